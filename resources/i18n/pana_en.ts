<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>CaseListPanel</name>
    <message numerus="yes">
        <location filename="../../app/ui/case_list.py" line="+234"/>
        <source>Due in the next %n days</source>
        <translation>
            <numerusform>Due in the next %n day</numerusform>
            <numerusform>Due in the next %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Cases found by name: %n</source>
        <translation>
            <numerusform>Cases found by name: %n</numerusform>
            <numerusform>Cases found by name: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Cases: %n</source>
        <translation>
            <numerusform>Cases: %n</numerusform>
            <numerusform>Cases: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message numerus="yes">
        <location filename="../../app/ui/models/case_table_model.py" line="+357"/>
        <source>Days since it expired: %n</source>
        <translation>
            <numerusform>Days since it expired: %n</numerusform>
            <numerusform>Days since it expired: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Days left: %n</source>
        <translation>
            <numerusform>Days left: %n</numerusform>
            <numerusform>Days left: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message numerus="yes">
        <location filename="../../app/ui/conflicts_page.py" line="+184"/>
        <location line="+125"/>
        <source>%n open conflict(s) to review</source>
        <translation>
            <numerusform>%n open conflict to review</numerusform>
            <numerusform>%n open conflicts to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-84"/>
        <source>This record has %n other open conflict(s): answering this one keeps the values shown now for them.</source>
        <translation>
            <numerusform>This record has %n other open conflict: answering this one keeps the value shown now for it.</numerusform>
            <numerusform>This record has %n other open conflicts: answering this one keeps the values shown now for them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPanel</name>
    <message numerus="yes">
        <location filename="../../app/ui/dashboard.py" line="+179"/>
        <source>Due in the next %n days: %1</source>
        <translation>
            <numerusform>Due in the next %n day: %1</numerusform>
            <numerusform>Due in the next %n days: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n merge conflict(s) between offices wait for an answer</source>
        <translation>
            <numerusform>%n merge conflict between offices waits for an answer</numerusform>
            <numerusform>%n merge conflicts between offices wait for an answer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Certificates expiring within %n days</source>
        <translation>
            <numerusform>Certificates expiring within %n day</numerusform>
            <numerusform>Certificates expiring within %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DaysLeft</name>
    <message numerus="yes">
        <location filename="../../app/ui/models/legal_events_model.py" line="+45"/>
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>expired %n day ago</numerusform>
            <numerusform>expired %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DaysLeftWords</name>
    <message numerus="yes">
        <location filename="../../app/ui/models/deadlines_model.py" line="+51"/>
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>overdue by %n day</numerusform>
            <numerusform>overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlinesView</name>
    <message numerus="yes">
        <location filename="../../app/ui/deadlines_view.py" line="+288"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Overdue: %1 · due in the next %n days: %2</source>
        <translation>
            <numerusform>Overdue: %1 · due in the next %n day: %2</numerusform>
            <numerusform>Overdue: %1 · due in the next %n days: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message numerus="yes">
        <location filename="../../app/ui/models/documents_model.py" line="+101"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message numerus="yes">
        <location filename="../../app/ui/case_editor/duplicates_panel.py" line="+144"/>
        <source>%n or more person(s) in the vault may be this one; the %2 most likely: %1. Compare before going on; if not, say so.</source>
        <translation>
            <numerusform>%n or more people in the vault may be this one; the %2 most likely: %1. Compare before going on; if not, say so.</numerusform>
            <numerusform>%n or more people in the vault may be this one; the %2 most likely: %1. Compare before going on; if not, say so.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n person(s) in the vault may be this one; the %2 most likely: %1. Compare before going on; if not, say so.</source>
        <translation>
            <numerusform>%n person in the vault may be this one; the %2 most likely: %1. Compare before going on; if not, say so.</numerusform>
            <numerusform>%n people in the vault may be this one; the %2 most likely: %1. Compare before going on; if not, say so.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n person(s) in the vault may be this one: %1. Compare before going on; if not, say so.</source>
        <translation>
            <numerusform>%n person in the vault may be this one: %1. Compare before going on; if not, say so.</numerusform>
            <numerusform>%n people in the vault may be this one: %1. Compare before going on; if not, say so.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EraseCountdownDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/locking.py" line="+296"/>
        <source>Erasing in %n s</source>
        <translation>
            <numerusform>Erasing in %n s</numerusform>
            <numerusform>Erasing in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/export_dialog.py" line="+272"/>
        <source>%n record revision(s)</source>
        <translation>
            <numerusform>%n record revision</numerusform>
            <numerusform>%n record revisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n attached file(s)</source>
        <translation>
            <numerusform>%n attached file</numerusform>
            <numerusform>%n attached files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n attached file(s) left out: this office has not received them from the office that added them yet. They go with the first file with attached files to these offices after they arrive.</source>
        <translation>
            <numerusform>%n attached file left out: this office has not received it from the office that added it yet. It goes with the first file with attached files to these offices after it arrives.</numerusform>
            <numerusform>%n attached files left out: this office has not received them from the office that added them yet. They go with the first file with attached files to these offices after they arrive.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message numerus="yes">
        <location filename="../../app/ui/first_run.py" line="+264"/>
        <source>That is not group %n.</source>
        <translation>
            <numerusform>That is not group %n.</numerusform>
            <numerusform>That is not group %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>To check that you wrote it down, type group %n of the key (counting from the left):</source>
        <translation>
            <numerusform>To check that you wrote it down, type group %n of the key (counting from the left):</numerusform>
            <numerusform>To check that you wrote it down, type group %n of the key (counting from the left):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message numerus="yes">
        <location filename="../../app/ui/case_editor/history_tab.py" line="+131"/>
        <source>%n revision(s), newest first.</source>
        <translation>
            <numerusform>%n revision, newest first.</numerusform>
            <numerusform>%n revisions, newest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReportView</name>
    <message numerus="yes">
        <location filename="../../app/ui/import_report.py" line="+83"/>
        <source>%n arriving person(s) may be someone already here. Nothing is merged: compare them, then link them or mark them as different in the case file.</source>
        <translation>
            <numerusform>%n arriving person may be someone already here. Nothing is merged: compare them, then link them or mark them as different in the case file.</numerusform>
            <numerusform>%n arriving persons may be people already here. Nothing is merged: compare them, then link them or mark them as different in the case file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1: %n persons here have a name alike; the %2 most likely are listed.</source>
        <translation>
            <numerusform>%1: %n person here has a name alike; the %2 most likely are listed.</numerusform>
            <numerusform>%1: %n persons here have a name alike; the %2 most likely are listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n more arriving person(s) with more namesakes here than are listed.</source>
        <translation>
            <numerusform>%n more arriving person with more namesakes here than are listed.</numerusform>
            <numerusform>%n more arriving persons with more namesakes here than are listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n new record(s)</source>
        <translation>
            <numerusform>%n new record</numerusform>
            <numerusform>%n new records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, of them %n new case(s)</source>
        <translation>
            <numerusform>, of them %n new case</numerusform>
            <numerusform>, of them %n new cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n record(s) updated to the newer version from there</source>
        <translation>
            <numerusform>%n record updated to the newer version from there</numerusform>
            <numerusform>%n records updated to the newer version from there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n record(s) merged automatically (different fields changed)</source>
        <translation>
            <numerusform>%n record merged automatically (different fields changed)</numerusform>
            <numerusform>%n records merged automatically (different fields changed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n conflict(s) to review: the same field changed differently; nothing is lost</source>
        <translation>
            <numerusform>%n conflict to review: the same field changed differently; nothing is lost</numerusform>
            <numerusform>%n conflicts to review: the same field changed differently; nothing is lost</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n record(s) deleted</source>
        <translation>
            <numerusform>%n record deleted</numerusform>
            <numerusform>%n records deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n record(s) already up to date here</source>
        <translation>
            <numerusform>%n record already up to date here</numerusform>
            <numerusform>%n records already up to date here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n attached file(s)</source>
        <translation>
            <numerusform>%n attached file</numerusform>
            <numerusform>%n attached files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n record(s) purged for good, as another office purged them (a person at risk)</source>
        <translation>
            <numerusform>%n record purged for good, as another office purged it (a person at risk)</numerusform>
            <numerusform>%n records purged for good, as another office purged them (a person at risk)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n record(s) kept back: %1</source>
        <translation>
            <numerusform>%n record kept back: %1</numerusform>
            <numerusform>%n records kept back: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>This is a lawyer packet: the sending office withheld %n field(s) that could endanger people. Where this vault has a value for them, it keeps it.</source>
        <translation>
            <numerusform>This is a lawyer packet: the sending office withheld %n field that could endanger people. Where this vault has a value for it, it keeps it.</numerusform>
            <numerusform>This is a lawyer packet: the sending office withheld %n fields that could endanger people. Where this vault has a value for them, it keeps it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n change(s) are dated more than a day ahead of this computer&apos;s clock: a clock may be set wrong here or there.</source>
        <translation>
            <numerusform>%n change is dated more than a day ahead of this computer&apos;s clock: a clock may be set wrong here or there.</numerusform>
            <numerusform>%n changes are dated more than a day ahead of this computer&apos;s clock: a clock may be set wrong here or there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n record(s) are waiting for the records they belong to, which another office has not sent yet; they will appear here once those arrive.</source>
        <translation>
            <numerusform>%n record is waiting for the record it belongs to, which another office has not sent yet; it will appear here once that arrives.</numerusform>
            <numerusform>%n records are waiting for the records they belong to, which another office has not sent yet; they will appear here once those arrive.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n arriving person(s) were not compared by name with the persons here (too many at once); the case file still warns when one of them may be someone already here.</source>
        <translation>
            <numerusform>%n arriving person was not compared by name with the persons here (too many at once); the case file still warns when they may be someone already here.</numerusform>
            <numerusform>%n arriving persons were not compared by name with the persons here (too many at once); the case file still warns when one of them may be someone already here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatternsPage</name>
    <message numerus="yes">
        <location filename="../../app/ui/patterns_page.py" line="+288"/>
        <source>%n pressure report(s)</source>
        <translation>
            <numerusform>%n pressure report</numerusform>
            <numerusform>%n pressure reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n detention(s)</source>
        <translation>
            <numerusform>%n detention</numerusform>
            <numerusform>%n detentions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>in %n case(s)</source>
        <translation>
            <numerusform>in %n case</numerusform>
            <numerusform>in %n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+87"/>
        <source>%n case(s) behind “%1”</source>
        <translation>
            <numerusform>%n case behind “%1”</numerusform>
            <numerusform>%n cases behind “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfPasswordDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/pdf_password_dialog.py" line="+24"/>
        <source>Whoever has the file needs this password to open it; it allows printing. Give it to the reader another way than the file, by telephone say. It has at least %n characters.</source>
        <translation>
            <numerusform>Whoever has the file needs this password to open it; it allows printing. Give it to the reader another way than the file, by telephone say. It has at least %n character.</numerusform>
            <numerusform>Whoever has the file needs this password to open it; it allows printing. Give it to the reader another way than the file, by telephone say. It has at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PetitionDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/petition_dialog.py" line="+239"/>
        <source>%n page(s), as they will print.</source>
        <translation>
            <numerusform>%n page, as it will print.</numerusform>
            <numerusform>%n pages, as they will print.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PetitionsPage</name>
    <message numerus="yes">
        <location filename="../../app/ui/petitions_page.py" line="+103"/>
        <source>%n petition(s) in all</source>
        <translation>
            <numerusform>%n petition in all</numerusform>
            <numerusform>%n petitions in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message numerus="yes">
        <location filename="../../app/ui/purge_dialog.py" line="+143"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n persons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>It removes %n record(s) with all their history</source>
        <translation>
            <numerusform>It removes %n record with all its history</numerusform>
            <numerusform>It removes %n records with all their history</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message numerus="yes">
        <location filename="../../app/ui/widgets/strength_meter.py" line="+35"/>
        <source>At least %n characters; a few unrelated words are easy to remember.</source>
        <translation>
            <numerusform>At least %n characters; a few unrelated words are easy to remember.</numerusform>
            <numerusform>At least %n characters; a few unrelated words are easy to remember.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Use at least %n characters.</numerusform>
            <numerusform>Use at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message numerus="yes">
        <location filename="../../app/ui/case_editor/timeline_tab.py" line="+232"/>
        <source>Without a date: %n</source>
        <translation>
            <numerusform>Without a date: %n</numerusform>
            <numerusform>Without a date: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Aimed at %n relative(s): shown in each one&apos;s lane</source>
        <translation>
            <numerusform>Aimed at %n relative: shown in their lane</numerusform>
            <numerusform>Aimed at %n relatives: shown in each one&apos;s lane</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaitingWords</name>
    <message numerus="yes">
        <location filename="../../app/ui/models/requests_model.py" line="+29"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>(about %n month(s))</source>
        <translation>
            <numerusform>(about %n month)</numerusform>
            <numerusform>(about %n months)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>(about %n year(s))</source>
        <translation>
            <numerusform>(about %n year)</numerusform>
            <numerusform>(about %n years)</numerusform>
        </translation>
    </message>
</context>
</TS>
