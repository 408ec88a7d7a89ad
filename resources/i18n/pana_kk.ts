<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>AddLinkDialog</name>
    <message>
        <location filename="../../app/ui/case_editor/links_box.py" line="+65"/>
        <source>Add a link</source>
        <translation>Байланыс қосу</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start of the other case&apos;s reference, then Enter</source>
        <translation>Басқа іс нөмірінің басы, содан соң Enter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The office believes this source</source>
        <translation>Кеңсе осы дереккөзге сенеді</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Link</source>
        <translation>Байланыс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find case</source>
        <translation>Істі табу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked record</source>
        <translation>Немен байланысты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the source says</source>
        <translation>Дереккөз не дейді</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Аты / атауы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Елі</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>New official or organisation…</source>
        <translation>Жаңа лауазымды тұлға немесе ұйым…</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../../app/ui/petition_status.py" line="+77"/>
        <source>Answer received</source>
        <translation>Жауап алынды</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answered on</source>
        <translation>Жауап күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply (a file of the case)</source>
        <translation>Жауап (іс файлы)</translation>
    </message>
</context>
<context>
    <name>AttachmentsModel</name>
    <message>
        <location filename="../../app/ui/models/attachments_model.py" line="+45"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Көлемі</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added</source>
        <translation>Қосылған күні</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not saved yet</source>
        <translation>әлі сақталмаған</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not received yet</source>
        <translation>әлі алынбаған</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../../app/ui/case_editor/attachments_tab.py" line="+92"/>
        <source>Add files…</source>
        <translation>Файлдарды қосу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a copy…</source>
        <translation>Көшірмесін сақтау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What it shows, where it comes from</source>
        <translation>Не көрсетеді, қайдан алынды</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Сипаттама</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Add scans, photos or audio</source>
        <translation>Скан, фото немесе аудио қосу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scans, photos, audio (*.png *.jpg *.jpeg *.gif *.pdf *.mp3 *.ogg *.wav *.m4a);;All files (*)</source>
        <translation>Скандар, фотолар, аудио (*.png *.jpg *.jpeg *.gif *.pdf *.mp3 *.ogg *.wav *.m4a);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The file could not be read.</source>
        <translation>Файлды оқу мүмкін болмады.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Kept in memory; stored in the vault when the case is saved.</source>
        <translation>Әзірге жадта; іс сақталғанда қоймаға жазылады.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Stored in the vault (encrypted).</source>
        <translation>Қоймада сақталған (шифрланған).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file was not stored.</source>
        <translation>Файл сақталмады.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is empty (0 bytes), so it was not added: scan or copy it again.</source>
        <translation>%1 бос (0 байт), сондықтан қосылмады: оны қайта сканерлеңіз не көшіріңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is larger than %2 MiB, so it was not added.</source>
        <translation>%1 %2 МБ-тан үлкен, сондықтан қосылмады.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>This attachment could not be read: it may be damaged (SHA-256 mismatch).</source>
        <translation>Бұл тіркемені оқу мүмкін болмады: ол зақымдалған болуы мүмкін (SHA-256 сәйкес емес).</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No files in this case yet. Add files… keeps scans, photos, documents.</source>
        <translation>Істе әзірге файл жоқ. «Файлдарды қосу…» сканерлерді, фотоларды, құжаттарды сақтайды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose an attachment to see it here.</source>
        <translation>Мұнда көру үшін тіркемені таңдаңыз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>No preview for this kind of file.</source>
        <translation>Бұл түрдегі файлды алдын ала қарау мүмкін емес.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The copy of %1 will NOT be encrypted. Anyone who gets this computer or the medium you save it to can open it. Save a copy anyway?</source>
        <translation>%1 көшірмесі ШИФРЛАНБАЙДЫ. Бұл компьютер немесе көшірме сақталатын тасымалдағыш кімнің қолына түссе, сол оны аша алады. Бәрібір көшірмесін сақтау керек пе?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save an unencrypted copy</source>
        <translation>Шифрланбаған көшірмені сақтау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a copy</source>
        <translation>Көшірмесін сақтау</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unencrypted copy saved. Delete it when it is no longer needed.</source>
        <translation>Шифрланбаған көшірме сақталды. Қажет болмай қалғанда оны жойыңыз.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The copy could not be saved.</source>
        <translation>Көшірмені сақтау мүмкін болмады.</translation>
    </message>
</context>
<context>
    <name>BackupFiles</name>
    <message>
        <location filename="../../app/ui/vault_actions.py" line="+42"/>
        <source>Save the backup</source>
        <translation>Сақтық көшірмені сақтау</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Pana backups (*.panabackup);;All files (*)</source>
        <translation>Pana сақтық көшірмелері (*.panabackup);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Choose the backup</source>
        <translation>Сақтық көшірмені таңдаңыз</translation>
    </message>
</context>
<context>
    <name>CandidateCard</name>
    <message>
        <location filename="../../app/ui/case_editor/duplicates_panel.py" line="+39"/>
        <source>Born: %1</source>
        <translation>Туған күні: %1</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Names %1% alike</source>
        <translation>Есімдер %1 % ұқсас</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Born: %1, not %2 as here</source>
        <translation>Туған күні: %1, мұндағыдай %2 емес</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(no reference)</source>
        <translation>(нөмірі жоқ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case %1: this person&apos;s own case</source>
        <translation>%1 ісі: осы адамның өз ісі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case %1: a relative of %2</source>
        <translation>%1 ісі: %2 есімді адамның туысы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not the same person</source>
        <translation>Бұл басқа адам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open case</source>
        <translation>Істі ашу</translation>
    </message>
</context>
<context>
    <name>CaseDeletion</name>
    <message>
        <location filename="../../app/ui/case_deletion.py" line="+34"/>
        <source>Delete this case</source>
        <translation>Осы істі жою</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete %1? It leaves the case list here, and at partner offices when they import this office&apos;s next exchange file. Its history is kept. Unsaved changes in it are lost.</source>
        <translation>%1 жойылсын ба? Іс мұндағы істер тізімінен, ал серіктес кеңселерде олар осы кеңсенің келесі алмасу файлын импорттағанда жоғалады. Істің тарихы сақталады. Ондағы сақталмаған өзгерістер жоғалады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this case</source>
        <translation>осы іс</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../../app/ui/case_editor/editor.py" line="+107"/>
        <location line="+66"/>
        <source>Restore</source>
        <translation>Қалпына келтіру</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+66"/>
        <source>Discard</source>
        <translation>Тастау</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>&amp;Identity</source>
        <translation>&amp;Жеке деректер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;nterviews</source>
        <translation>&amp;Сұхбаттар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Legal timeline</source>
        <translation>&amp;Құқықтық хронология</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Relatives</source>
        <translation>&amp;Туыстар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;quests</source>
        <translation>&amp;Өтініштер</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Petitions</source>
        <translation>А&amp;рыздар</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>S&amp;ources</source>
        <translation>&amp;Дереккөздер</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Attachments</source>
        <translation>Тір&amp;кемелер</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;History</source>
        <translation>Т&amp;арих</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Уақыт желісі</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Saving…</source>
        <translation>Сақталуда…</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Opening the case…</source>
        <translation>Іс ашылуда…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>New case</source>
        <translation>Жаңа іс</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · case %2</source>
        <translation>%1 · %2 ісі</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/editor_drafts.py" line="+62"/>
        <source>it could not be read</source>
        <translation>оны оқу мүмкін болмады</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>files too large for a draft, add them again: %1</source>
        <translation>файлдар жоба үшін тым үлкен, оларды қайта қосыңыз: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore unsaved changes from %1? (%2)</source>
        <translation>Сағат %1 кезіндегі сақталмаған өзгерістерді қалпына келтіру керек пе? (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nothing differs from the case</source>
        <translation>істен ешбір айырмашылығы жоқ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>That draft could not be read; it was left as it was.</source>
        <translation>Бұл жобаны оқу мүмкін болмады; ол сол күйінде қалдырылды.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Changed since by someone else too, and now as in the draft: %1. Check before saving.</source>
        <translation>Жобадан кейін мұны басқа біреу де өзгертті; қазір жобадағыдай: %1. Сақтамас бұрын тексеріңіз.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The draft could not be kept; save the case soon.</source>
        <translation>Жобаны сақтау мүмкін болмады; істі тезірек сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/editor.py" line="+26"/>
        <source>Not saved: see the marked field.</source>
        <translation>Сақталмады: белгіленген өрісті қараңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved: %1</source>
        <translation>Сақталмады: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saved.</source>
        <translation>Сақталды.</translation>
    </message>
</context>
<context>
    <name>CaseEditorMessages</name>
    <message>
        <location filename="../../app/ui/case_editor/messages.py" line="+14"/>
        <source>Record informed consent (given, and how) before the account is saved.</source>
        <translation>Әңгімені сақтамас бұрын ақпараттандырылған келісімді тіркеңіз (алынғанын және қалай).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say how consent was recorded.</source>
        <translation>Келісімнің қалай тіркелгенін көрсетіңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a spelling of the name or, if it is not known, a description.</source>
        <translation>Есімнің жазылуын немесе, ол белгісіз болса, сипаттамасын енгізіңіз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter at least one spelling of the name.</source>
        <translation>Есімнің кемінде бір жазылуын енгізіңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A spelling must not be empty.</source>
        <translation>Жазылуы бос болмауы керек.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This must not be empty.</source>
        <translation>Бұл өріс бос болмауы керек.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This names a relative, person or file the case no longer has.</source>
        <translation>Мұнда істе енді жоқ туыс, адам немесе файл көрсетілген.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This belongs to another case.</source>
        <translation>Бұл басқа іске жатады.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A linked record no longer exists; remove the link.</source>
        <translation>Байланысқан жазба енді жоқ; байланысты жойыңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This kind of link cannot join these records.</source>
        <translation>Мұндай байланыс бұл жазбаларды біріктіре алмайды.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This text is too long to be stored.</source>
        <translation>Бұл мәтін сақтау үшін тым ұзын.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This text contains characters that cannot be stored.</source>
        <translation>Мәтінде сақтауға болмайтын таңбалар бар.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This choice is not known to this version of Pana.</source>
        <translation>Бұл таңдау Pana бағдарламасының осы нұсқасына белгісіз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This number must not be negative.</source>
        <translation>Бұл сан теріс болмауы керек.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An added file is empty (0 bytes); remove it.</source>
        <translation>Қосылған файл бос (0 байт); оны жойыңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An added file is too large to be stored; remove it.</source>
        <translation>Қосылған файл сақтау үшін тым үлкен; оны жойыңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;Documentation only&quot; cannot be given with any other use.</source>
        <translation>«Тек құжаттау» басқа қолданыспен бірге белгіленбейді.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This date is before the date it follows; check both.</source>
        <translation>Бұл күн өзінен бұрынғы күннен ерте тұр; екеуін де тексеріңіз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another case has this reference; choose another, or leave it empty for a new one.</source>
        <translation>Бұл нөмір басқа іске берілген; басқасын таңдаңыз немесе жаңасын алу үшін бос қалдырыңыз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This value cannot be saved.</source>
        <translation>Бұл мәнді сақтау мүмкін емес.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The vault could not be written (disk full, read-only or removed medium). Your changes are kept as a draft.</source>
        <translation>Қоймаға жазу мүмкін болмады (диск толы, тек оқуға арналған немесе тасымалдағыш алынған). Өзгерістеріңіз жоба ретінде сақталды.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The vault is locked. Your changes are kept as a draft.</source>
        <translation>Қойма құлыпталған. Өзгерістеріңіз жоба ретінде сақталды.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vault is damaged; restore it from a backup.</source>
        <translation>Қойма зақымдалған; оны сақтық көшірмеден қалпына келтіріңіз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This case no longer exists in the vault.</source>
        <translation>Бұл іс қоймада енді жоқ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some of the case could not be saved; see the marked field.</source>
        <translation>Істің бір бөлігін сақтау мүмкін болмады; белгіленген өрісті қараңыз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The case could not be saved because of an internal error. Your changes are kept as a draft.</source>
        <translation>Ішкі қатеге байланысты іс сақталмады. Өзгерістеріңіз жоба ретінде сақталды.</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <location filename="../../app/ui/case_editor/person_forms.py" line="+62"/>
        <source>Given when the case is saved</source>
        <translation>Іс сақталғанда беріледі</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>Summary</source>
        <translation>Қысқаша мазмұны</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Reference</source>
        <translation>Іс нөмірі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidentiality</source>
        <translation>Құпиялылық</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened on</source>
        <translation>Ашылған күні</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <location filename="../../app/ui/case_list.py" line="+175"/>
        <source>Searching…</source>
        <translation>Іздеу…</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>All statuses</source>
        <translation>Барлық күйлер</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All offices</source>
        <translation>Барлық кеңселер</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Any deadline</source>
        <translation>Кез келген мерзім</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Deadline passed</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Due in the next %n days</source>
        <translation>
            <numerusform>Мерзімі алдағы %n күнде</numerusform>
            <numerusform>Мерзімі алдағы %n күнде</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No deadline</source>
        <translation>Мерзімі жоқ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find by any spelling, case reference or document number (Ctrl+F)</source>
        <translation>Кез келген жазылуы, іс нөмірі немесе құжат нөмірі бойынша іздеу (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New case</source>
        <translation>Жаңа іс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open an empty case file for a new person (Ctrl+N)</source>
        <translation>Жаңа адамға бос іс ашу (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Cases found by name: %n</source>
        <translation>
            <numerusform>Есім бойынша табылған істер: %n</numerusform>
            <numerusform>Есім бойынша табылған істер: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Cases: %n</source>
        <translation>
            <numerusform>Істер: %n</numerusform>
            <numerusform>Істер: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../app/ui/models/case_cells.py" line="+33"/>
        <source>Reference</source>
        <translation>Іс нөмірі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office</source>
        <translation>Кеңсе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Ашылған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Мерзім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last change</source>
        <translation>Соңғы өзгеріс</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/models/case_table_model.py" line="+357"/>
        <source>Days since it expired: %n</source>
        <translation>
            <numerusform>Мерзімі %n күн бұрын өткен</numerusform>
            <numerusform>Мерзімі %n күн бұрын өткен</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Days left: %n</source>
        <translation>
            <numerusform>Қалған күн: %n</numerusform>
            <numerusform>Қалған күн: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/models/case_cells.py" line="+22"/>
        <source>document %1</source>
        <translation>құжат %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>matched %1</source>
        <translation>«%1» бойынша табылды</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../app/ui/passphrase_dialog.py" line="+77"/>
        <location line="+4"/>
        <source>Change passphrase</source>
        <translation>Құпия фразаны өзгерту</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Current passphrase:</source>
        <translation>Қазіргі құпия фраза:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase:</source>
        <translation>Жаңа құпия фраза:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat new passphrase:</source>
        <translation>Жаңа құпия фразаны қайталаңыз:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Changing the passphrase…</source>
        <translation>Құпия фраза өзгертілуде…</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location filename="../../app/ui/models/conflicts_model.py" line="+24"/>
        <location line="+6"/>
        <source>(no case)</source>
        <translation>(іссіз)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Deleted at one office, still needed at another</source>
        <translation>Бір кеңседе жойылған, басқасында әлі қажет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted at one office, edited at another</source>
        <translation>Бір кеңседе жойылған, басқасында өзгертілген</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>an office not known here</source>
        <translation>мұнда белгісіз кеңсе</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (this office)</source>
        <translation>%1 (осы кеңсе)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept by the exchange</source>
        <translation>Алмасу кезінде сақталған</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted the record</source>
        <translation>Жазбаны жойды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other records still need it</source>
        <translation>Ол басқа жазбаларға әлі қажет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edited the record</source>
        <translation>Жазбаны өзгертті</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the record</source>
        <translation>Жазбаны жою</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the record</source>
        <translation>Жазбаны қалдыру</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep this value</source>
        <translation>Осы мәнді қалдыру</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Side %1</source>
        <translation>%1-тарап</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Found</source>
        <translation>Анықталған уақыты</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message numerus="yes">
        <location filename="../../app/ui/conflicts_page.py" line="+184"/>
        <location line="+125"/>
        <source>%n open conflict(s) to review</source>
        <translation>
            <numerusform>Қарауды күтетін %n шешілмеген қайшылық</numerusform>
            <numerusform>Қарауды күтетін %n шешілмеген қайшылық</numerusform>
        </translation>
    </message>
    <message>
        <location line="-117"/>
        <source>The conflicts could not be loaded.</source>
        <translation>Қайшылықтарды жүктеу мүмкін болмады.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Case: %1</source>
        <translation>Іс: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record: %1</source>
        <translation>Жазба: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>This record has %n other open conflict(s): answering this one keeps the values shown now for them.</source>
        <translation>
            <numerusform>Бұл жазбада тағы %n шешілмеген қайшылық бар: осыған жауап берсеңіз, олар үшін қазір көрсетілген мәндер сақталады.</numerusform>
            <numerusform>Бұл жазбада тағы %n шешілмеген қайшылық бар: осыған жауап берсеңіз, олар үшін қазір көрсетілген мәндер сақталады.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Delete the record</source>
        <translation>Жазбаны жою</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete this record, as the other office did? Its history is kept, and the deletion reaches the other offices with the next exchange file.</source>
        <translation>Басқа кеңсе сияқты бұл жазбаны жою керек пе? Оның тарихы сақталады, ал жою туралы мәлімет басқа кеңселерге келесі алмасу файлымен жетеді.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saving the answer…</source>
        <translation>Жауап сақталуда…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This conflict was answered already; the list is reloaded.</source>
        <translation>Бұл қайшылыққа жауап берілген; тізім қайта жүктеледі.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This record holds others and cannot be deleted here.</source>
        <translation>Бұл жазбаның ішінде басқа жазбалар бар, сондықтан оны мұнда жоюға болмайды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The answer could not be saved.</source>
        <translation>Жауапты сақтау мүмкін болмады.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No conflict is waiting for an answer.</source>
        <translation>Жауап күтіп тұрған қайшылық жоқ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or write the answer:</source>
        <translation>Немесе жауапты өзіңіз жазыңыз:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this answer</source>
        <translation>Осы жауапты сақтау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past imports: what each exchange file did</source>
        <translation>Бұрынғы импорттар: әр алмасу файлы не өзгертті</translation>
    </message>
</context>
<context>
    <name>ContestDialog</name>
    <message>
        <location filename="../../app/ui/petition_status.py" line="+14"/>
        <source>Complaint or appeal</source>
        <translation>Шағым немесе апелляция</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was done</source>
        <translation>Не істелді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On</source>
        <translation>Күні</translation>
    </message>
</context>
<context>
    <name>CopiesDialog</name>
    <message>
        <location filename="../../app/ui/copies_dialog.py" line="+79"/>
        <source>Older copies of this vault</source>
        <translation>Осы қойманың ескі көшірмелері</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pana keeps the vault a restore replaces and a backup made before each upgrade. Each copy still opens with the passphrases that were valid when it was made, even after a passphrase change. Delete the copies you no longer need; erasing the vault deletes them all.</source>
        <translation>Pana қалпына келтіру кезінде ауыстырылған қойманы және әр жаңарту алдында жасалған сақтық көшірмені сақтайды. Әр көшірме құпия фраза өзгертілгеннен кейін де өзі жасалған кездегі құпия фразалармен ашылады. Енді қажет емес көшірмелерді жойыңыз; қойманы жою олардың бәрін жояды.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There are no older copies of this vault.</source>
        <translation>Бұл қойманың ескі көшірмелері жоқ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete copy…</source>
        <translation>Көшірмені &amp;жою…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Looking for copies…</source>
        <translation>Көшірмелер ізделуде…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Delete copy</source>
        <translation>Көшірмені жою</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the copy kept since %1 (%2)? Its keys are destroyed first; it cannot be opened again.</source>
        <translation>%1 бастап сақталған көшірмені (%2) жою керек пе? Алдымен оның кілттері жойылады; оны енді ашу мүмкін болмайды.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deleting the copy…</source>
        <translation>Көшірме жойылуда…</translation>
    </message>
</context>
<context>
    <name>CopiesModel</name>
    <message>
        <location filename="../../app/ui/models/copies_model.py" line="+15"/>
        <source>The vault a restore replaced</source>
        <translation>Қалпына келтіру ауыстырған қойма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left by an interrupted restore</source>
        <translation>Үзілген қалпына келтіруден қалған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup made before an upgrade</source>
        <translation>Жаңарту алдындағы сақтық көшірме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left by an interrupted backup</source>
        <translation>Үзілген сақтық көшірмеден қалған</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Kept since</source>
        <translation>Сақталған күні</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What</source>
        <translation>Не екені</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Көлемі</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
</context>
<context>
    <name>DashboardPanel</name>
    <message>
        <location filename="../../app/ui/dashboard.py" line="+131"/>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The dashboard could not be loaded.</source>
        <translation>Жиынтықты жүктеу мүмкін болмады.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What needs attention</source>
        <translation>Назар аударуды қажет ететіндер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All deadlines…</source>
        <translation>Барлық мерзімдер…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overdue: %1</source>
        <translation>Мерзімі өткен: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Due in the next %n days: %1</source>
        <translation>
            <numerusform>Мерзімі алдағы %n күнде: %1</numerusform>
            <numerusform>Мерзімі алдағы %n күнде: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n merge conflict(s) between offices wait for an answer</source>
        <translation>
            <numerusform>Кеңселер деректерін біріктірудегі %n қайшылық жауап күтуде</numerusform>
            <numerusform>Кеңселер деректерін біріктірудегі %n қайшылық жауап күтуде</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review conflicts…</source>
        <translation>Қайшылықтарды қарау…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cases in intake: %1 · open: %2 · your unsaved drafts: %3</source>
        <translation>Алғашқы қабылдаудағы істер: %1 · ашық: %2 · сақталмаған жобаларыңыз: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Certificates expiring within %n days</source>
        <translation>
            <numerusform>%n күн ішінде мерзімі бітетін куәліктер</numerusform>
            <numerusform>%n күн ішінде мерзімі бітетін куәліктер</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certificates already expired</source>
        <translation>Мерзімі өтіп кеткен куәліктер</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(%1, the first %2 listed)</source>
        <translation>(%1, тізімде алғашқы %2)</translation>
    </message>
</context>
<context>
    <name>DaysLeft</name>
    <message numerus="yes">
        <location filename="../../app/ui/models/legal_events_model.py" line="+45"/>
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>мерзімі %n күн бұрын өткен</numerusform>
            <numerusform>мерзімі %n күн бұрын өткен</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expires today</source>
        <translation>мерзімі бүгін бітеді</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n күн қалды</numerusform>
            <numerusform>%n күн қалды</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DaysLeftWords</name>
    <message numerus="yes">
        <location filename="../../app/ui/models/deadlines_model.py" line="+51"/>
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>%n күнге кешікті</numerusform>
            <numerusform>%n күнге кешікті</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>today</source>
        <translation>бүгін</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n күннен кейін</numerusform>
            <numerusform>%n күннен кейін</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlinesModel</name>
    <message>
        <location line="+17"/>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days left</source>
        <translation>Қалған күн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is due</source>
        <translation>Не істеу керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation>Ереже</translation>
    </message>
</context>
<context>
    <name>DeadlinesView</name>
    <message>
        <location filename="../../app/ui/deadlines_view.py" line="+160"/>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The deadlines could not be loaded.</source>
        <translation>Мерзімдерді жүктеу мүмкін болмады.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Select a deadline to see its rule and legal source.</source>
        <translation>Ережесі мен құқықтық көзін көру үшін мерзімді таңдаңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: due %2, %3</source>
        <translation>%1: мерзімі %2, %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source: %1</source>
        <translation>Дереккөзі: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No decision on the complaint by %1: silence counts as a refusal (APC Art. 100(5)), so the court claim counts from that day.</source>
        <translation>%1 дейін шағым бойынша шешім жоқ: үнсіздік бас тарту деп есептеледі (ӘРПК, 100(5)-бап), сондықтан талап арыз мерзімі сол күннен бастап есептеледі.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The travel document says it is valid until %1, but it is never valid beyond the refugee certificate, which expires first.</source>
        <translation>Жол жүру құжаты %1 дейін жарамды, бірақ ол босқын куәлігінен ұзақ жарамды болмайды, ал куәліктің мерзімі ертерек бітеді.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No end of validity is recorded: it is counted by the rule from the day it was issued, %1.</source>
        <translation>Жарамдылық мерзімі жазылмаған: ол ереже бойынша берілген күннен, %1, есептеледі.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note: %1</source>
        <translation>Ескерту: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confidence: %1</source>
        <translation>Сенімділік: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case %1, %2</source>
        <translation>Іс %1, %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rule: %1 (due the day it expires: apply to extend it before then)</source>
        <translation>Ереже: %1 (мерзімі — аяқталу күні: ұзартуға алдын ала өтініш беріңіз)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rule: %1 (counted from %2)</source>
        <translation>Ереже: %1 (%2 бастап есептеледі)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deadlines</source>
        <translation>Мерзімдер</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These deadlines are a lawyer&apos;s aid, not legal advice: check each against the law in force.</source>
        <translation>Бұл мерзімдер — заңгерге көмек, заң кеңесі емес: әрқайсысын қолданыстағы заңмен тексеріңіз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show what falls due within:</source>
        <translation>Мына мерзім ішінде көрсету:</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n күн</numerusform>
            <numerusform>%n күн</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Overdue: %1 · due in the next %n days: %2</source>
        <translation>
            <numerusform>Мерзімі өткен: %1 · алдағы %n күнде: %2</numerusform>
            <numerusform>Мерзімі өткен: %1 · алдағы %n күнде: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rules in force: the office&apos;s file %1</source>
        <translation>Қолданыстағы ережелер: кеңсе файлы %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rules in force: those shipped with Pana</source>
        <translation>Қолданыстағы ережелер: Pana-мен бірге берілгендер</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The office&apos;s rules file was not used: %1. The shipped rules count meanwhile.</source>
        <translation>Кеңсенің ережелер файлы қолданылмады: %1. Әзірге бағдарламамен келген ережелер қолданылады.</translation>
    </message>
</context>
<context>
    <name>DetentionForm</name>
    <message>
        <location filename="../../app/ui/case_editor/incidents.py" line="+57"/>
        <source>Who was held</source>
        <translation>Кім ұсталды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facility</source>
        <translation>Мекеме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>Аяқталуы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stated reason</source>
        <translation>Айтылған себебі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Treatment</source>
        <translation>Ұстау жағдайы</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The person: %1</source>
        <translation>Істің иесі: %1</translation>
    </message>
</context>
<context>
    <name>DetentionsModel</name>
    <message>
        <location filename="../../app/ui/models/family_models.py" line="+153"/>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facility</source>
        <translation>Мекеме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Until</source>
        <translation>Аяқталуы</translation>
    </message>
</context>
<context>
    <name>DocumentForm</name>
    <message>
        <location filename="../../app/ui/case_editor/person_forms.py" line="+163"/>
        <source>Document number</source>
        <translation>Құжат нөмірі</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued by</source>
        <translation>Кім берген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued on</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>Жарамдылық мерзімі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Ескертпе</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <location filename="../../app/ui/models/documents_model.py" line="+78"/>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued by</source>
        <translation>Кім берген</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid until</source>
        <translation>Жарамдылық мерзімі</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>valid</source>
        <translation>дұрыс</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n қате</numerusform>
            <numerusform>%n қате</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftText</name>
    <message>
        <location filename="../../app/ui/case_editor/draft_text.py" line="+30"/>
        <source>changed: %1</source>
        <translation>өзгерген: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new: %1</source>
        <translation>жаңа: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed: %1</source>
        <translation>жойылған: %1</translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message numerus="yes">
        <location filename="../../app/ui/case_editor/duplicates_panel.py" line="+86"/>
        <source>%n or more person(s) in the vault may be this one; the %2 most likely: %1. Compare before going on; if not, say so.</source>
        <translation>
            <numerusform>Қоймадағы %n не одан көп адам осы адам болуы мүмкін; ең ықтимал %2: %1. Жалғастырмас бұрын салыстырыңыз; егер ол емес болса, соны белгілеңіз.</numerusform>
            <numerusform>Қоймадағы %n не одан көп адам осы адам болуы мүмкін; ең ықтимал %2: %1. Жалғастырмас бұрын салыстырыңыз; егер ол емес болса, соны белгілеңіз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n person(s) in the vault may be this one; the %2 most likely: %1. Compare before going on; if not, say so.</source>
        <translation>
            <numerusform>Қоймадағы %n адам осы адам болуы мүмкін; ең ықтимал %2: %1. Жалғастырмас бұрын салыстырыңыз; егер ол емес болса, соны белгілеңіз.</numerusform>
            <numerusform>Қоймадағы %n адам осы адам болуы мүмкін; ең ықтимал %2: %1. Жалғастырмас бұрын салыстырыңыз; егер ол емес болса, соны белгілеңіз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n person(s) in the vault may be this one: %1. Compare before going on; if not, say so.</source>
        <translation>
            <numerusform>Қоймадағы %n адам осы адам болуы мүмкін: %1. Жалғастырмас бұрын салыстырыңыз; егер ол емес болса, соны белгілеңіз.</numerusform>
            <numerusform>Қоймадағы %n адам осы адам болуы мүмкін: %1. Жалғастырмас бұрын салыстырыңыз; егер ол емес болса, соны белгілеңіз.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EraseCountdownDialog</name>
    <message>
        <location filename="../../app/ui/locking.py" line="+292"/>
        <source>Quick erase</source>
        <translation>Жылдам жою</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every case in this vault will be destroyed for good. Press Cancel (or Esc) to stop.</source>
        <translation>Осы қоймадағы барлық іс біржола жойылады. Тоқтату үшін «Бас тарту» (немесе Esc) батырмасын басыңыз.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Erasing in %n s</source>
        <translation>
            <numerusform>%n с кейін жойылады</numerusform>
            <numerusform>%n с кейін жойылады</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeFiles</name>
    <message>
        <location filename="../../app/ui/exchange_files.py" line="+41"/>
        <source>Save the exchange file</source>
        <translation>Алмасу файлын сақтау</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Exchange files (*.age);;All files (*)</source>
        <translation>Алмасу файлдары (*.age);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Open an exchange file</source>
        <translation>Алмасу файлын ашу</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="+45"/>
        <source>Collecting the records…</source>
        <translation>Жазбалар жиналуда…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing and encrypting…</source>
        <translation>Қол қойылып, шифрлануда…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the file…</source>
        <translation>Файл жазылуда…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done.</source>
        <translation>Дайын.</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Export for partner offices</source>
        <translation>Серіктес кеңселерге экспорттау</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is encrypted: only the offices ticked below, and this office, can open it. Carry it as you like (USB stick, e-mail, messenger); its name says nothing about its content.</source>
        <translation>Файл шифрланған: оны тек төменде белгіленген кеңселер және осы кеңсе аша алады. Оны кез келген жолмен жеткізіңіз (флешка, электрондық пошта, мессенджер); файл атауы оның мазмұны туралы ештеңе айтпайды.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send to</source>
        <translation>Кімге жіберу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This office is always included, so the file can be read here too.</source>
        <translation>Осы кеңсе әрдайым қосылады, сондықтан файлды мұнда да оқуға болады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No partner offices yet. Add them in Preferences, Partner offices, from their cards.</source>
        <translation>Серіктес кеңселер әлі жоқ. Оларды карточкалары бойынша қосыңыз (Баптаулар, Серіктес кеңселер).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to send</source>
        <translation>Не жіберу керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every case (a full sync)</source>
        <translation>Барлық іс (толық синхрондау)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the changes since the last file to these offices</source>
        <translation>Осы кеңселерге жіберілген соңғы файлдан кейінгі өзгерістер ғана</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the cases selected in the case list:</source>
        <translation>Істер тізімінде таңдалған істер ғана:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only selected cases (select them in the case list first)</source>
        <translation>Таңдалған істер ғана (алдымен оларды істер тізімінде таңдаңыз)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A lawyer packet of these cases, without what endangers people</source>
        <translation>Осы істер бойынша заңгерге арналған пакет, адамдарға қауіпті мәліметтерсіз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Their whole history, without relatives&apos; exact addresses in Xinjiang, who informed or relayed a report, and internal notes. The partner keeps its own values for those fields.</source>
        <translation>Олардың бүкіл тарихы, бірақ туыстардың Шыңжаңдағы нақты мекенжайларынсыз, хабар берген не жеткізген адамсыз және ішкі жазбаларсыз. Серіктес бұл өрістер үшін өз мәндерін сақтайды.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Include attached files (scans, photos): the file gets larger</source>
        <translation>Тіркелген файлдарды қосу (скандар, фотолар): файл үлкейеді</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attached files an earlier file to these offices left out go with the next file that includes them.</source>
        <translation>Осы кеңселерге бұрынғы файлға кірмеген тіркелген файлдар оларды қамтитын келесі файлмен кетеді.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорттау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>this office</source>
        <translation>осы кеңсе</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Written: %1</source>
        <translation>Жазылды: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n record revision(s)</source>
        <translation>
            <numerusform>%n жазба нұсқасы</numerusform>
            <numerusform>%n жазба нұсқасы</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n attached file(s)</source>
        <translation>
            <numerusform>%n тіркелген файл</numerusform>
            <numerusform>%n тіркелген файл</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Can be opened by: %1</source>
        <translation>Аша алатындар: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n attached file(s) left out: this office has not received them from the office that added them yet. They go with the first file with attached files to these offices after they arrive.</source>
        <translation>
            <numerusform>%n тіркелген файл қосылмады: бұл кеңсе оларды қосқан кеңседен әлі алған жоқ. Олар келгенде осы кеңселерге тіркелген файлдары бар алғашқы файлмен кетеді.</numerusform>
            <numerusform>%n тіркелген файл қосылмады: бұл кеңсе оларды қосқан кеңседен әлі алған жоқ. Олар келгенде осы кеңселерге тіркелген файлдары бар алғашқы файлмен кетеді.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The vault locked while the exchange file was being written, which stopped it: no file was written. Start it again from Exchange → Export for partner offices…</source>
        <translation>Алмасу файлы жазылып жатқанда қойма құлыпталып, оны тоқтатты: файл жазылмады. Оны қайта бастаңыз: Алмасу → Серіктес кеңселерге экспорттау…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The exchange file was written to %1 just before the vault locked.</source>
        <translation>Алмасу файлы қойма құлыпталардың алдында ғана %1 ішіне жазылды.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One of these partner offices was revoked meanwhile; untick it.</source>
        <translation>Осы серіктес кеңселердің бірі осы аралықта қайтарылып алынды; оның белгісін алып тастаңыз.</translation>
    </message>
</context>
<context>
    <name>FamilyView</name>
    <message>
        <location filename="../../app/ui/case_editor/family_view.py" line="+54"/>
        <source>last contact %1</source>
        <translation>соңғы байланыс %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>born %1</source>
        <translation>туған күні %1</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>No relatives recorded yet.</source>
        <translation>Туыстар әлі енгізілмеген.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Red: held · amber: watched or barred from leaving · blue: released or at home · green: safe outside China · grey: died · white: nothing known</source>
        <translation>Қызыл: ұсталған · сары: бақылауда немесе шығуға тыйым салынған · көк: босатылған немесе үйде · жасыл: Қытайдан тыс қауіпсіз · сұр: қайтыс болған · ақ: ештеңе белгісіз</translation>
    </message>
</context>
<context>
    <name>FieldChangesModel</name>
    <message>
        <location filename="../../app/ui/models/history_models.py" line="+235"/>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before</source>
        <translation>Бұрынғы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After</source>
        <translation>Жаңа</translation>
    </message>
</context>
<context>
    <name>FileTaskDialog</name>
    <message>
        <location filename="../../app/ui/file_task_dialog.py" line="+75"/>
        <source>Starting…</source>
        <translation>Басталуда…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cancelling…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A file with this name exists already; choose another name.</source>
        <translation>Бұл атаумен файл бар; басқа атау таңдаңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file could not be written there (no space, or no permission).</source>
        <translation>Файлды онда жазу мүмкін болмады (орын не рұқсат жоқ).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelled: no file was written.</source>
        <translation>Тоқтатылды: файл жазылмады.</translation>
    </message>
</context>
<context>
    <name>FilingDialog</name>
    <message>
        <location filename="../../app/ui/petition_status.py" line="-45"/>
        <source>Petition filed</source>
        <translation>Арыз берілді</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filed on</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With (authority)</source>
        <translation>Қайда (орган)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered under number</source>
        <translation>Тіркелген нөмірі</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say which authority it was filed with.</source>
        <translation>Қай органға берілгенін көрсетіңіз.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../app/ui/first_run.py" line="+151"/>
        <source>Enter the office name.</source>
        <translation>Кеңсе атауын енгізіңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your user name.</source>
        <translation>Пайдаланушы атыңызды енгізіңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a stronger passphrase.</source>
        <translation>Сенімдірек құпия фраза таңдаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ.</source>
        <translation>Құпия фразалар сәйкес емес.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Creating the encrypted vault…</source>
        <translation>Шифрланған қойма құрылуда…</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Correct.</source>
        <translation>Дұрыс.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>That is not group %n.</source>
        <translation>
            <numerusform>Бұл %n-топ емес.</numerusform>
            <numerusform>Бұл %n-топ емес.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Pana: new vault</source>
        <translation>Pana: жаңа қойма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome to Pana</source>
        <translation>Pana бағдарламасына қош келдіңіз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pana keeps case files in an encrypted vault on this computer. Without the passphrase or the recovery key nobody can read it — not even us. There is no way to reset a lost passphrase.</source>
        <translation>Pana істерді осы компьютердегі шифрланған қоймада сақтайды. Құпия фраза немесе қалпына келтіру кілті болмаса, оларды ешкім оқи алмайды — тіпті біз де. Ұмытылған құпия фразаны қалпына келтірудің жолы жоқ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Office name:</source>
        <translation>Кеңсе атауы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your user name:</source>
        <translation>Пайдаланушы атыңыз:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase:</source>
        <translation>Құпия фраза:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat passphrase:</source>
        <translation>Құпия фразаны қайталаңыз:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create vault</source>
        <translation>Қойма құру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your recovery key</source>
        <translation>Қалпына келтіру кілтіңіз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write this key on paper now and keep it somewhere safe, away from this computer. It opens the vault if the passphrase is forgotten. It is shown only this once.</source>
        <translation>Бұл кілтті дәл қазір қағазға жазып, осы компьютерден бөлек, қауіпсіз жерде сақтаңыз. Құпия фраза ұмытылса, қойма осы кілтпен ашылады. Ол тек осы жолы ғана көрсетіледі.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>To check that you wrote it down, type group %n of the key (counting from the left):</source>
        <translation>
            <numerusform>Кілтті жазып алғаныңызды тексеру үшін оның %n-тобын теріңіз (солдан санағанда):</numerusform>
            <numerusform>Кілтті жазып алғаныңызды тексеру үшін оның %n-тобын теріңіз (солдан санағанда):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I wrote it down — continue</source>
        <translation>Жазып алдым — жалғастыру</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Recovery key</source>
        <translation>Қалпына келтіру кілті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have not confirmed the recovery key. It will not be shown again. Close anyway?</source>
        <translation>Қалпына келтіру кілтін растамадыңыз. Ол қайта көрсетілмейді. Бәрібір жабу керек пе?</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../app/ui/models/history_models.py" line="-84"/>
        <source>deleted</source>
        <translation>жойылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>өзгертілді</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>created</source>
        <translation>құрылды</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Өзгеріс</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fields</source>
        <translation>Өрістер</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../app/ui/case_editor/history_tab.py" line="+43"/>
        <source>Refresh</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>this case</source>
        <translation>осы іс</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Loading the history…</source>
        <translation>Тарих жүктелуде…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The history could not be read.</source>
        <translation>Тарихты оқу мүмкін болмады.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The history starts when the case is saved for the first time.</source>
        <translation>Тарих іс алғаш сақталғаннан бастап жүргізіледі.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n revision(s), newest first.</source>
        <translation>
            <numerusform>%n нұсқа, жаңалары басында.</numerusform>
            <numerusform>%n нұсқа, жаңалары басында.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Deleted. The last values are kept in the revision before this one.</source>
        <translation>Жойылды. Соңғы мәндер алдыңғы нұсқада сақталған.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What this revision changed, compared with the one before it:</source>
        <translation>Бұл нұсқада алдыңғысымен салыстырғанда не өзгерді:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created with these values:</source>
        <translation>Мына мәндермен құрылды:</translation>
    </message>
</context>
<context>
    <name>IdentityTab</name>
    <message>
        <location filename="../../app/ui/case_editor/identity_tab.py" line="+52"/>
        <source>Add document</source>
        <translation>Құжат қосу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove document</source>
        <translation>Құжатты жою</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add residence</source>
        <translation>Тұрғылықты жер қосу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove residence</source>
        <translation>Тұрғылықты жерді жою</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Names (every spelling, any script)</source>
        <translation>Есімдер (барлық жазылуы, кез келген жазу)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Person</source>
        <translation>Тұлға</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Identity documents</source>
        <translation>Жеке басты куәландыратын құжаттар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Places of residence</source>
        <translation>Тұрғылықты жерлері</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="+100"/>
        <source>Import from a partner office</source>
        <translation>Серіктес кеңседен импорттау</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose an exchange file a partner office sent. Pana first checks it and shows what importing it would do; nothing changes until you press Import.</source>
        <translation>Серіктес кеңсе жіберген алмасу файлын таңдаңыз. Pana алдымен оны тексеріп, импорттаудың нені өзгертетінін көрсетеді; «Импорттау» батырмасын баспайынша ештеңе өзгермейді.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No file chosen yet.</source>
        <translation>Файл әлі таңдалмаған.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose file…</source>
        <translation>Файлды &amp;таңдау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;Импорттау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>this office</source>
        <translation>осы кеңсе</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Checking the file…</source>
        <translation>Файл тексерілуде…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Press Import to apply this to the vault.</source>
        <translation>Мұны қоймаға қолдану үшін «Импорттау» батырмасын басыңыз.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Importing… (it is done whole or not at all: Cancel undoes all of it)</source>
        <translation>Импорттау… (толық орындалады не мүлде орындалмайды: «Бас тарту» бәрін кері қайтарады)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The exchange file %1 was imported just before the vault locked.</source>
        <translation>%1 алмасу файлы қойма құлыпталардың алдында ғана импортталды.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Imported.</source>
        <translation>Импортталды.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cancelling…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The vault locked while an exchange file was being imported, which stopped it: nothing was imported. Import it again from Exchange → Import from a partner office…</source>
        <translation>Алмасу файлы импортталып жатқанда қойма құлыпталып, оны тоқтатты: ештеңе импортталмады. Оны қайта импорттаңыз: Алмасу → Серіктес кеңседен импорттау…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Тоқтатылды. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The file could not be read.</source>
        <translation>Файлды оқу мүмкін болмады.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing was imported; the vault is unchanged.</source>
        <translation>Ештеңе импортталмады; қойма өзгермеді.</translation>
    </message>
</context>
<context>
    <name>ImportReportView</name>
    <message>
        <location filename="../../app/ui/import_report.py" line="+24"/>
        <source>the record it belongs to is not here yet</source>
        <translation>ол тиесілі жазба мұнда әлі жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the record it belongs to was deleted here</source>
        <translation>ол тиесілі жазба мұнда жойылған</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>From: %1, file number %2 from that office, made %3 (UTC)</source>
        <translation>Кімнен: %1, сол кеңсенің № %2 файлы, жасалған уақыты: %3 (UTC)</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n arriving person(s) may be someone already here. Nothing is merged: compare them, then link them or mark them as different in the case file.</source>
        <translation>
            <numerusform>Файлдағы %n адам мұнда бұрыннан бар біреу болуы мүмкін. Ештеңе біріктірілмейді: оларды салыстырып, содан соң істе байланыстырыңыз немесе басқа адамдар деп белгілеңіз.</numerusform>
            <numerusform>Файлдағы %n адам мұнда бұрыннан бар біреу болуы мүмкін. Ештеңе біріктірілмейді: оларды салыстырып, содан соң істе байланыстырыңыз немесе басқа адамдар деп белгілеңіз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1: %n persons here have a name alike; the %2 most likely are listed.</source>
        <translation>
            <numerusform>%1: мұнда аты ұқсас %n адам бар; ең ықтимал %2 адам көрсетілген.</numerusform>
            <numerusform>%1: мұнда аты ұқсас %n адам бар; ең ықтимал %2 адам көрсетілген.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n more arriving person(s) with more namesakes here than are listed.</source>
        <translation>
            <numerusform>Файлдағы тағы %n адамның мұнда көрсетілгеннен көп аттасы бар.</numerusform>
            <numerusform>Файлдағы тағы %n адамның мұнда көрсетілгеннен көп аттасы бар.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This file was imported before. Importing it again changes nothing.</source>
        <translation>Бұл файл бұрын импортталған. Қайта импорттау ештеңені өзгертпейді.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing this file would change this vault as follows:</source>
        <translation>Бұл файлды импорттау осы қойманы былай өзгертеді:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file was imported:</source>
        <translation>Файл импортталды:</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new record(s)</source>
        <translation>
            <numerusform>%n жаңа жазба</numerusform>
            <numerusform>%n жаңа жазба</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, of them %n new case(s)</source>
        <translation>
            <numerusform>, оның ішінде %n жаңа іс</numerusform>
            <numerusform>, оның ішінде %n жаңа іс</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n record(s) updated to the newer version from there</source>
        <translation>
            <numerusform>%n жазба басқа кеңседегі жаңарақ нұсқаға дейін жаңартылды</numerusform>
            <numerusform>%n жазба басқа кеңседегі жаңарақ нұсқаға дейін жаңартылды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n record(s) merged automatically (different fields changed)</source>
        <translation>
            <numerusform>%n жазба автоматты түрде біріктірілді (әртүрлі өрістер өзгертілген)</numerusform>
            <numerusform>%n жазба автоматты түрде біріктірілді (әртүрлі өрістер өзгертілген)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n conflict(s) to review: the same field changed differently; nothing is lost</source>
        <translation>
            <numerusform>Қарауға %n қайшылық: бір өріс әртүрлі өзгертілген; ештеңе жоғалмайды</numerusform>
            <numerusform>Қарауға %n қайшылық: бір өріс әртүрлі өзгертілген; ештеңе жоғалмайды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n record(s) deleted</source>
        <translation>
            <numerusform>%n жазба жойылды</numerusform>
            <numerusform>%n жазба жойылды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n record(s) already up to date here</source>
        <translation>
            <numerusform>%n жазба мұнда бұрыннан өзекті</numerusform>
            <numerusform>%n жазба мұнда бұрыннан өзекті</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n attached file(s)</source>
        <translation>
            <numerusform>%n тіркелген файл</numerusform>
            <numerusform>%n тіркелген файл</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n record(s) purged for good, as another office purged them (a person at risk)</source>
        <translation>
            <numerusform>%n жазба біржола өшірілді, себебі оны басқа кеңсе өшірді (адам қауіпте)</numerusform>
            <numerusform>%n жазба біржола өшірілді, себебі оны басқа кеңсе өшірді (адам қауіпте)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n record(s) kept back: %1</source>
        <translation>
            <numerusform>%n жазба кейінге қалдырылды: %1</numerusform>
            <numerusform>%n жазба кейінге қалдырылды: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>This is a lawyer packet: the sending office withheld %n field(s) that could endanger people. Where this vault has a value for them, it keeps it.</source>
        <translation>
            <numerusform>Бұл — заңгерге арналған пакет: жіберуші кеңсе адамдарға қауіп төндіруі мүмкін %n өрісті жібермеді. Бұл қоймада олардың мәні болса, ол сақталады.</numerusform>
            <numerusform>Бұл — заңгерге арналған пакет: жіберуші кеңсе адамдарға қауіп төндіруі мүмкін %n өрісті жібермеді. Бұл қоймада олардың мәні болса, ол сақталады.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Earlier files from this office have not been imported here: number(s) %1. Import them too, in any order; changes they made wait for them. If one is lost, ask that office for a file of all its cases (not only the changes since the last file).</source>
        <translation>Осы кеңсенің бұрынғы файлдары мұнда импортталмаған: № %1. Оларды да кез келген ретпен импорттаңыз: олардағы өзгерістер соларды күтеді. Файл жоғалса, сол кеңседен барлық істері бар файлды сұраңыз (соңғы файлдан кейінгі өзгерістер ғана емес).</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n change(s) are dated more than a day ahead of this computer&apos;s clock: a clock may be set wrong here or there.</source>
        <translation>
            <numerusform>%n өзгерістің күні осы компьютер сағатынан бір тәуліктен артық алда: сағат мұнда немесе онда қате қойылған болуы мүмкін.</numerusform>
            <numerusform>%n өзгерістің күні осы компьютер сағатынан бір тәуліктен артық алда: сағат мұнда немесе онда қате қойылған болуы мүмкін.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n record(s) are waiting for the records they belong to, which another office has not sent yet; they will appear here once those arrive.</source>
        <translation>
            <numerusform>%n жазба өзі тиесілі жазбаны күтіп тұр, оны басқа кеңсе әлі жібермеген; ол келгенде, жазба мұнда көрінеді.</numerusform>
            <numerusform>%n жазба өзі тиесілі жазбаны күтіп тұр, оны басқа кеңсе әлі жібермеген; ол келгенде, жазба мұнда көрінеді.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n arriving person(s) were not compared by name with the persons here (too many at once); the case file still warns when one of them may be someone already here.</source>
        <translation>
            <numerusform>Файлдағы %n адам мұндағы адамдармен есімі бойынша салыстырылмады (бір мезгілде тым көп); олардың бірі мұнда бұрыннан бар адам болуы мүмкін болса, іс бәрібір ескертеді.</numerusform>
            <numerusform>Файлдағы %n адам мұндағы адамдармен есімі бойынша салыстырылмады (бір мезгілде тым көп); олардың бірі мұнда бұрыннан бар адам болуы мүмкін болса, іс бәрібір ескертеді.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterviewForm</name>
    <message>
        <location filename="../../app/ui/case_editor/interview_tab.py" line="+57"/>
        <source>Informed consent given</source>
        <translation>Ақпараттандырылған келісім алынды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(how was it recorded?)</source>
        <translation>(қалай тіркелді?)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Narrative</source>
        <translation>Әңгіме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free narrative</source>
        <translation>Еркін әңгіме</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interview</source>
        <translation>Сұхбат</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interviewer</source>
        <translation>Сұхбат алған</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interpreter</source>
        <translation>Аудармашы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Informed consent (required before the account)</source>
        <translation>Ақпараттандырылған келісім (әңгімеге дейін міндетті)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recorded as</source>
        <translation>Қалай тіркелді</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Account</source>
        <translation>Әңгіме</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Record informed consent first: tick &quot;consent given&quot; and say how it was recorded. The account can be written after that.</source>
        <translation>Алдымен ақпараттандырылған келісімді тіркеңіз: «келісім алынды» белгісін қойып, оның қалай тіркелгенін көрсетіңіз. Содан кейін әңгімені жазуға болады.</translation>
    </message>
</context>
<context>
    <name>InterviewTab</name>
    <message>
        <location line="+93"/>
        <source>New interview</source>
        <translation>Жаңа сұхбат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove interview</source>
        <translation>Сұхбатты жою</translation>
    </message>
</context>
<context>
    <name>InterviewsModel</name>
    <message>
        <location filename="../../app/ui/models/interviews_model.py" line="+22"/>
        <source>recorded</source>
        <translation>тіркелген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not recorded</source>
        <translation>тіркелмеген</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interviewer</source>
        <translation>Сұхбат алған</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent</source>
        <translation>Келісім</translation>
    </message>
</context>
<context>
    <name>LegalEventForm</name>
    <message>
        <location filename="../../app/ui/case_editor/legal_tab.py" line="+92"/>
        <source> months</source>
        <translation> ай</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended sentence</source>
        <translation>Шартты түрде соттау</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> days</source>
        <translation> күн</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Turn into a request</source>
        <translation>Өтінішке айналдыру</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An application recorded as an event: move it to the Requests tab, links included</source>
        <translation>Оқиға ретінде жазылған өтініш: байланыстарымен бірге «Өтініштер» қойындысына көшіру</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Event</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authority</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference number</source>
        <translation>Тіркеу нөмірі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Term</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credit for pre-trial detention</source>
        <translation>Күзетпен ұстау мерзімін есепке жатқызу</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Valid until</source>
        <translation>Жарамдылық мерзімі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal basis</source>
        <translation>Құқықтық негіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destination country</source>
        <translation>Баратын елі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Court case number</source>
        <translation>Сот ісінің нөмірі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate number</source>
        <translation>Куәлік нөмірі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter number</source>
        <translation>Хат нөмірі</translation>
    </message>
</context>
<context>
    <name>LegalEventsModel</name>
    <message>
        <location filename="../../app/ui/models/legal_events_model.py" line="-23"/>
        <source>Annulled by a court, %1</source>
        <translation>Сот күшін жойды, %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annulled on complaint, %1</source>
        <translation>Шағым бойынша күші жойылды, %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annulled by a court</source>
        <translation>Сот күшін жойды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annulled on complaint</source>
        <translation>Шағым бойынша күші жойылды</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Event</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Мәліметтер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid until</source>
        <translation>Жарамдылық мерзімі</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Days left</source>
        <translation>Қалған күн</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>superseded</source>
        <translation>жаңасымен ауыстырылған</translation>
    </message>
</context>
<context>
    <name>LegalTab</name>
    <message>
        <location filename="../../app/ui/case_editor/legal_tab.py" line="+100"/>
        <source>Add legal event</source>
        <translation>Құқықтық оқиға қосу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove event</source>
        <translation>Оқиғаны жою</translation>
    </message>
</context>
<context>
    <name>LinkText</name>
    <message>
        <location filename="../../app/ui/case_editor/link_text.py" line="+117"/>
        <source>%1 in case %2</source>
        <translation>%2 ісіндегі %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 in another case</source>
        <translation>басқа істегі %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>believed by the office</source>
        <translation>кеңсе сенеді</translation>
    </message>
</context>
<context>
    <name>LinksBox</name>
    <message>
        <location filename="../../app/ui/case_editor/links_box.py" line="+106"/>
        <source>Links</source>
        <translation>Байланыстар</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add link…</source>
        <translation>Байланыс қосу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove link</source>
        <translation>Байланысты жою</translation>
    </message>
</context>
<context>
    <name>LockWait</name>
    <message>
        <location filename="../../app/ui/lock_wait.py" line="+106"/>
        <source>The vault locks when this is done…</source>
        <translation>Бұл аяқталғанда қойма құлыпталады…</translation>
    </message>
</context>
<context>
    <name>LongSteps</name>
    <message>
        <location filename="../../app/ui/long_steps.py" line="+17"/>
        <source>Keeping a backup before the upgrade (%1 %)…</source>
        <translation>Жаңарту алдында сақтық көшірме жасалуда (%1 %)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpacking the backup (%1 %)…</source>
        <translation>Сақтық көшірме ашылып шығарылуда (%1 %)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking every page of the backup (%1 %)…</source>
        <translation>Сақтық көшірменің әр беті тексерілуде (%1 %)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Upgrading the vault (%1 of %2)…</source>
        <translation>Қойма жаңартылуда (%1/%2)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rebuilding the name index (%1 of %2 spellings)…</source>
        <translation>Есімдер көрсеткіші қайта құрылуда (%1/%2 жазылу)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unlocking the backup…</source>
        <translation>Сақтық көшірменің құлпы ашылуда…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working…</source>
        <translation>Орындалуда…</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <location filename="../../app/ui/main_menus.py" line="+109"/>
        <source>&amp;Vault</source>
        <translation>&amp;Қойма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock</source>
        <translation>Құ&amp;лыптау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation>Бап&amp;таулар…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change passphr&amp;ase…</source>
        <translation>Құпия фразаны &amp;өзгерту…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Users…</source>
        <translation>&amp;Пайдаланушылар…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Older copies of this vault…</source>
        <translation>Қойманың &amp;ескі көшірмелері…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back up the vault…</source>
        <translation>&amp;Қойманың сақтық көшірмесі…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;tore from a backup…</source>
        <translation>Сақтық көшірмеден қалпына келті&amp;ру…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;heck the vault…</source>
        <translation>Қо&amp;йманы тексеру…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;recovery key…</source>
        <translation>Жаңа қалпына &amp;келтіру кілті…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the vault &amp;key…</source>
        <translation>Қой&amp;ма кілтін ауыстыру…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick &amp;erase of this vault…</source>
        <translation>&amp;Осы қойманы жылдам жою…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Case</source>
        <translation>&amp;Іс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New case</source>
        <translation>&amp;Жаңа іс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save case</source>
        <translation>Істі &amp;сақтау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close case file</source>
        <translation>Іс карточкасын &amp;жабу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print case summary…</source>
        <translation>Іс анықтамасын &amp;басып шығару…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find a person</source>
        <translation>&amp;Адамды іздеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete this case…</source>
        <translation>Осы істі жо&amp;ю…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purge a person of this case…</source>
        <translation>Осы істегі адамды біржола өшіру…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;urge this case…</source>
        <translation>Осы &amp;істі біржола өшіру…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xchange</source>
        <translation>&amp;Алмасу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export for partner offices…</source>
        <translation>Серіктес кеңселерге &amp;экспорттау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import from a partner office…</source>
        <translation>Серіктес кеңседен &amp;импорттау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Report for analysts…</source>
        <translation>&amp;Талдаушыларға есеп…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="+147"/>
        <source>Pana</source>
        <translation>Pana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close case file</source>
        <translation>Іс карточкасын жабу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overview</source>
        <translation>Шолу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadlines</source>
        <translation>Мерзімдер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Petitions</source>
        <translation>Арыздар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>Қайшылықтар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patterns</source>
        <translation>Заңдылықтар</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>New case</source>
        <translation>Жаңа іс</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Case deleted</source>
        <translation>Іс жойылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case %1 is deleted. Its history is kept.</source>
        <translation>%1 ісі жойылды. Оның тарихы сақталды.</translation>
    </message>
</context>
<context>
    <name>MonthPicker</name>
    <message>
        <location filename="../../app/ui/patterns_filters.py" line="+54"/>
        <source>any</source>
        <translation>кез келген</translation>
    </message>
</context>
<context>
    <name>NameVariantsEditor</name>
    <message>
        <location filename="../../app/ui/case_editor/names_editor.py" line="+44"/>
        <source>Type a spelling, press Enter for the next</source>
        <translation>Жазылуын теріп, келесісі үшін Enter басыңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New spelling</source>
        <translation>Жаңа жазылуы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scheme</source>
        <translation>Жазу жүйесі</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kind of name</source>
        <translation>Есім түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add spelling</source>
        <translation>Жазылуын қосу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Type the spelling first.</source>
        <translation>Алдымен жазылуын теріңіз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This spelling is already in the list.</source>
        <translation>Бұл жазылу тізімде бар.</translation>
    </message>
</context>
<context>
    <name>NameVariantsModel</name>
    <message>
        <location filename="../../app/ui/models/names_model.py" line="+33"/>
        <source>Spelling</source>
        <translation>Жазылуы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Script</source>
        <translation>Жазу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheme</source>
        <translation>Жүйесі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary</source>
        <translation>Негізгі</translation>
    </message>
</context>
<context>
    <name>PartialDate</name>
    <message>
        <location filename="../../app/ui/widgets/date_text.py" line="+24"/>
        <source>early %1</source>
        <translation>%1 басы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mid %1</source>
        <translation>%1 ортасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>late %1</source>
        <translation>%1 соңы</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 %2</source>
        <comment>month and year</comment>
        <translation>%2 ж. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 %3</source>
        <comment>day, month and year</comment>
        <translation>%3 ж. %1 %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>between %1 and %2</source>
        <translation>%1 – %2 аралығында</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>about %1</source>
        <translation>шамамен %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>until about %1</source>
        <translation>соңғы күні: шамамен %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until %1</source>
        <translation>соңғы күні: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>until about the end of %1</source>
        <translation>шамамен %1 соңына дейін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until the end of %1</source>
        <translation>%1 соңына дейін</translation>
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <location filename="../../app/ui/widgets/partial_date_edit.py" line="+127"/>
        <source>year</source>
        <translation>жыл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>month</source>
        <translation>ай</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>exact</source>
        <translation>нақты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about</source>
        <translation>шамамен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>early</source>
        <translation>басы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mid</source>
        <translation>ортасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>late</source>
        <translation>соңы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>between</source>
        <translation>аралығында</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>The second date must come after the first; only the first is kept.</source>
        <translation>Екінші күн біріншісінен кейін болуы керек; әзірге тек біріншісі сақталады.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a date Pana can read.</source>
        <translation>Pana бұл күнді оқи алмайды.</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>day</source>
        <translation>күн</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>How the date is known</source>
        <translation>Күн қаншалықты нақты белгілі</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You can also paste a date, such as 12.05.2018.</source>
        <translation>Күнді қоюға да болады, мысалы 12.05.2018.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Day</source>
        <translation>Күн</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+201"/>
        <source>unknown</source>
        <translation>белгісіз</translation>
    </message>
</context>
<context>
    <name>PartnerOffices</name>
    <message>
        <location filename="../../app/ui/partner_offices.py" line="+45"/>
        <source>This file is not a Pana office card.</source>
        <translation>Бұл файл Pana кеңсе карточкасы емес.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is too large to be an office card.</source>
        <translation>Файл кеңсе карточкасы болу үшін тым үлкен.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This office card was made by another version of Pana and cannot be read.</source>
        <translation>Бұл кеңсе карточкасы Pana-ның басқа нұсқасында жасалған, оны оқу мүмкін емес.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This office card is damaged: a field is missing or malformed.</source>
        <translation>Кеңсе карточкасы зақымдалған: өріс жоқ немесе бұрмаланған.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This office card was altered or damaged: its signature does not match.</source>
        <translation>Кеңсе карточкасы өзгертілген немесе зақымдалған: қолтаңба сәйкес келмейді.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is this office&apos;s own card.</source>
        <translation>Бұл осы кеңсенің өз карточкасы.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This office was revoked with these keys. Ask it for a card with new keys.</source>
        <translation>Бұл кеңсе осы кілттермен қайтарылып алынған. Одан жаңа кілттері бар карточка сұраңыз.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add a partner office from its card</source>
        <translation>Серіктес кеңсені оның карточкасы бойынша қосу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office cards (*.pana-card);;All files (*)</source>
        <translation>Кеңсе карточкалары (*.pana-card);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save this office&apos;s card</source>
        <translation>Осы кеңсенің карточкасын сақтау</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check the fingerprint</source>
        <translation>Саусақ ізін тексеріңіз</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Every group matches: add</source>
        <translation>Барлық топ сәйкес: қосу</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Office: %1
Office id: %2

Call this office and ask them to read out their fingerprint (Preferences, Partner offices). Add it only if every group below is the same.</source>
        <translation>Кеңсе: %1
Кеңсе идентификаторы: %2

Осы кеңсеге қоңырау шалып, олардың саусақ ізін оқып беруін сұраңыз (Баптаулар, Серіктес кеңселер). Төмендегі барлық топ бірдей болса ғана қосыңыз.</translation>
    </message>
</context>
<context>
    <name>PartnerOfficesPage</name>
    <message>
        <location line="+86"/>
        <source>Bundles are exchanged only with these offices. Add an office from the card it gave you, after comparing its fingerprint with it by phone.</source>
        <translation>Пакет алмасу тек осы кеңселермен жүреді. Кеңсені ол берген карточка бойынша, оның саусақ ізін телефонмен салыстырғаннан кейін қосыңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Office</source>
        <translation>Кеңсе</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Office id</source>
        <translation>Кеңсе идентификаторы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fingerprint</source>
        <translation>Саусақ ізі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add from card…</source>
        <translation>Карточкадан &amp;қосу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revoke…</source>
        <translation>Қайтарып &amp;алу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save our card…</source>
        <translation>Біздің карточканы &amp;сақтау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New case references start with:</source>
        <translation>Жаңа іс нөмірлерінің басы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set</source>
        <translation>Орнату</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This office&apos;s fingerprint: %1</source>
        <translation>Осы кеңсенің саусақ ізі: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Revoked on %1</source>
        <translation>%1 қайтарылып алынды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation>Белсенді</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The file could not be read.</source>
        <translation>Файлды оқу мүмкін болмады.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Revoke %1? Bundles signed with its present keys will be refused. It can be added again only from a card with new keys.</source>
        <translation>%1 қайтарып алу керек пе? Оның қазіргі кілттерімен қол қойылған пакеттер қабылданбайды. Оны тек жаңа кілттері бар карточкамен қайта қосуға болады.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revoke a partner office</source>
        <translation>Серіктес кеңсені қайтарып алу</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A reference prefix is one to ten letters or digits, with no spaces or dashes.</source>
        <translation>Нөмір басы — бірден онға дейін әріп не цифр, бос орынсыз және сызықшасыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This card is older than the one already added for this office.</source>
        <translation>Бұл карточка осы кеңсе үшін бұрын қосылғанынан ескі.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card could not be saved there.</source>
        <translation>Карточканы ол жерге сақтау мүмкін болмады.</translation>
    </message>
</context>
<context>
    <name>PastImportsModel</name>
    <message>
        <location filename="../../app/ui/models/conflicts_model.py" line="+16"/>
        <source>New</source>
        <translation>Жаңа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Жаңартылған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged</source>
        <translation>Біріктірілген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>Қайшылықтар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Жойылған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>Файлдар</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this office</source>
        <translation>осы кеңсе</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Imported</source>
        <translation>Импортталған уақыты</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From</source>
        <translation>Кімнен</translation>
    </message>
</context>
<context>
    <name>PatternFilterBar</name>
    <message>
        <location filename="../../app/ui/patterns_filters.py" line="+84"/>
        <source>From</source>
        <translation>Бастап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>дейін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every office</source>
        <translation>Барлық кеңселер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every kind of pressure</source>
        <translation>Қысымның барлық түрі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reliability at least</source>
        <translation>Сенімділігі кемінде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any</source>
        <translation>кез келген</translation>
    </message>
</context>
<context>
    <name>PatternsModels</name>
    <message>
        <location filename="../../app/ui/models/patterns_models.py" line="+22"/>
        <source>Pressure reports by kind</source>
        <translation>Қысым туралы хабарлар түрі бойынша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pressure reports by actor</source>
        <translation>Қысым туралы хабарлар қысым көрсетуші бойынша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pressure reports by county of the relatives aimed at</source>
        <translation>Қысым туралы хабарлар қысым көрген туыстардың ауданы бойынша</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pressure reports by relationship of the relatives aimed at</source>
        <translation>Қысым туралы хабарлар қысым көрген туыстардың туыстығы бойынша</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pressure reports by month</source>
        <translation>Қысым туралы хабарлар ай бойынша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detentions by relationship</source>
        <translation>Қамаулар туыстық бойынша</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Detentions by county of the relative</source>
        <translation>Қамаулар туыстың ауданы бойынша</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Detentions by month of arrest</source>
        <translation>Қамаулар қамалған айы бойынша</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>by kind</source>
        <translation>түрі бойынша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by actor</source>
        <translation>қысым көрсетуші бойынша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by county</source>
        <translation>аудан бойынша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by relationship</source>
        <translation>туыстық бойынша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by month</source>
        <translation>ай бойынша</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No kind recorded</source>
        <translation>Түрі жазылмаған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actor not known</source>
        <translation>Қысым көрсетуші белгісіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>County not known</source>
        <translation>Аудан белгісіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No relative recorded</source>
        <translation>Туыс жазылмаған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month not known</source>
        <translation>Айы белгісіз</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The person themself</source>
        <translation>Істің иесінің өзі</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Counted under</source>
        <translation>Есептелген тұсы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Count</source>
        <translation>Саны</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Істің иесі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office</source>
        <translation>Кеңсе</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records counted</source>
        <translation>Есептелген жазбалар</translation>
    </message>
</context>
<context>
    <name>PatternsPage</name>
    <message>
        <location filename="../../app/ui/patterns_page.py" line="+209"/>
        <source>Counting cancelled.</source>
        <translation>Санау тоқтатылды.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The patterns could not be counted.</source>
        <translation>Заңдылықтарды санау мүмкін болмады.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Click a bar to list the cases behind it.</source>
        <translation>Бағанға кіретін істерді көру үшін оны басыңыз.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n pressure report(s)</source>
        <translation>
            <numerusform>Қысым туралы %n хабар</numerusform>
            <numerusform>Қысым туралы %n хабар</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n detention(s)</source>
        <translation>
            <numerusform>%n қамау</numerusform>
            <numerusform>%n қамау</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>in %n case(s)</source>
        <translation>
            <numerusform>%n істе</numerusform>
            <numerusform>%n істе</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A report of several kinds, or aimed at several relatives, counts under each of them: the bars add up to more than the total.</source>
        <translation>Бірнеше түрлі немесе бірнеше туысқа бағытталған хабар әрқайсысында есептеледі: бағандардың қосындысы жалпы саннан көп болады.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Detentions have no kind or reliability: those filters count pressure reports only.</source>
        <translation>Қамаулардың түрі мен сенімділігі жоқ: бұл сүзгілер тек қысым туралы хабарларға қолданылады.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Looking for the cases behind “%1”…</source>
        <translation>«%1» бойынша істер ізделуде…</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n case(s) behind “%1”</source>
        <translation>
            <numerusform>«%1» бойынша %n іс</numerusform>
            <numerusform>«%1» бойынша %n іс</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pressure reports</source>
        <translation>Қысым туралы хабарлар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detentions</source>
        <translation>Қамаулар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>PdfPasswordDialog</name>
    <message>
        <location filename="../../app/ui/pdf_password_dialog.py" line="+19"/>
        <source>Protect the PDF with a password</source>
        <translation>PDF-ті құпиясөзбен қорғау</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Whoever has the file needs this password to open it; it allows printing. Give it to the reader another way than the file, by telephone say. It has at least %n characters.</source>
        <translation>
            <numerusform>Файлды тек осы құпиясөзбен ашуға болады; басып шығаруға рұқсат етілген. Құпиясөзді оқырманға файлдан басқа жолмен, мысалы, телефонмен айтыңыз. Құпиясөзде кемінде %n таңба болады.</numerusform>
            <numerusform>Файлды тек осы құпиясөзбен ашуға болады; басып шығаруға рұқсат етілген. Құпиясөзді оқырманға файлдан басқа жолмен, мысалы, телефонмен айтыңыз. Құпиясөзде кемінде %n таңба болады.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Password:</source>
        <translation>Құпиясөз:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat it:</source>
        <translation>Қайталаңыз:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Too short.</source>
        <translation>Тым қысқа.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two entries differ.</source>
        <translation>Екі енгізу сәйкес емес.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../app/ui/case_editor/person_forms.py" line="-143"/>
        <source>unknown</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>Age</source>
        <translation>Жасы</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Kazakh, Uyghur, Kyrgyz, Hui, Han</source>
        <comment>ethnicities suggested, separated by commas</comment>
        <translation>қазақ, ұйғыр, қырғыз, дүңген, хань</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+35"/>
        <source>Missing papers</source>
        <translation>Жетіспейтін құжаттар</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+35"/>
        <source>What it blocks</source>
        <translation>Нені шектейді</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Age as of</source>
        <translation>Жасы (күні)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Birth place</source>
        <translation>Туған жері</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Civil status</source>
        <translation>Отбасылық жағдайы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Occupation</source>
        <translation>Кәсібі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ethnicity</source>
        <translation>Ұлты</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Citizenship</source>
        <translation>Азаматтығы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes</source>
        <translation>Ескертпе</translation>
    </message>
</context>
<context>
    <name>PetitionDialog</name>
    <message>
        <location filename="../../app/ui/petition_dialog.py" line="+86"/>
        <source>Print a petition</source>
        <translation>Арызды басып шығару</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Preview</source>
        <translation>&amp;Алдын ала қарау</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pass&amp;word-protect</source>
        <translation>Құпиясө&amp;збен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the PDF encrypted: it opens only with a password</source>
        <translation>PDF-ті шифрлап сақтау: ол тек құпиясөзбен ашылады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save PDF…</source>
        <translation>PDF &amp;сақтау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rint…</source>
        <translation>Басып &amp;шығару…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep as draft</source>
        <translation>&amp;Жоба ретінде сақтау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Petition</source>
        <translation>Арыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Rendering the pages…</source>
        <translation>Беттер дайындалуда…</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n page(s), as they will print.</source>
        <translation>
            <numerusform>%n бет — басылатын түрінде.</numerusform>
            <numerusform>%n бет — басылатын түрінде.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Annex %1 is not an image Pana can read: listed, not appended.</source>
        <translation>%1-қосымша — Pana оқи алмайтын сурет: тізімде бар, бірақ қосылмады.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Changed: press Preview to see the pages.</source>
        <translation>Өзгертілді: беттерді көру үшін «Алдын ала қарау» басыңыз.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the petition as PDF</source>
        <translation>Арызды PDF ретінде сақтау</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved with its password. Kept in the case&apos;s petitions.</source>
        <translation>Құпиясөзбен сақталды. Істің арыздарына қосылды.</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>The PDF could not be saved: %1</source>
        <translation>PDF сақталмады: %1</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Saved. Kept in the case&apos;s petitions.</source>
        <translation>Сақталды. Істің арыздарына қосылды.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Preparing the pages for the printer…</source>
        <translation>Беттер принтерге дайындалуда…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The printer could not be opened.</source>
        <translation>Принтерді ашу мүмкін болмады.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sent to the printer. Kept in the case&apos;s petitions.</source>
        <translation>Басып шығаруға жіберілді. Істің арыздарына қосылды.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kept as a draft in the case&apos;s petitions.</source>
        <translation>Істің арыздарына жоба ретінде қосылды.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The template %1 cannot be used (line %2): %3</source>
        <translation>%1 үлгісін қолдануға болмайды (%2-жол): %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fill in before printing: %1</source>
        <translation>Басып шығарар алдында толтырыңыз: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no template of this petition in this language.</source>
        <translation>Бұл арыздың осы тілде үлгісі жоқ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something went wrong; the petition was not made.</source>
        <translation>Бірдеңе дұрыс болмады; арыз жасалмады.</translation>
    </message>
</context>
<context>
    <name>PetitionFields</name>
    <message>
        <location filename="../../app/ui/petition_panels.py" line="+43"/>
        <source>Refuse blanks (every field must be filled)</source>
        <translation>Бос орынға жол бермеу (барлық өріс толтырылуы тиіс)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To complete before printing</source>
        <translation>Басып шығарар алдында толтыру</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annexes (the case&apos;s files)</source>
        <translation>Қосымшалар (іс файлдары)</translation>
    </message>
</context>
<context>
    <name>PetitionWording</name>
    <message>
        <location line="+65"/>
        <source>Use this &amp;wording</source>
        <translation>Осы &amp;мәтінді қабылдау</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paragraphs (choose one to reword it)</source>
        <translation>Азат жолдар (мәтінін өзгерту үшін таңдаңыз)</translation>
    </message>
</context>
<context>
    <name>PetitionsModel</name>
    <message>
        <location filename="../../app/ui/models/petitions_model.py" line="+22"/>
        <source>Travel document</source>
        <translation>Жол жүру құжаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refugee certificate extension</source>
        <translation>Босқын куәлігін ұзарту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asylum-seeker certificate extension</source>
        <translation>Пана іздеген адамның куәлігін ұзарту</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Citizenship application</source>
        <translation>Азаматтыққа қабылдау туралы өтініш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint against a citizenship refusal</source>
        <translation>Азаматтыққа қабылдаудан бас тартуға шағым</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Objection to deportation (non-refoulement)</source>
        <translation>Елден шығарып жіберуге қарсылық (мәжбүрлеп қайтармау)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marriage registration</source>
        <translation>Некені тіркеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Individual identification number (IIN)</source>
        <translation>Жеке сәйкестендіру нөмірі (ЖСН)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint against an administrative act</source>
        <translation>Әкімшілік актіге шағым</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Administrative claim to a court</source>
        <translation>Сотқа әкімшілік талап арыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter supporting resettlement</source>
        <translation>Қоныс аударуды қолдау хаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case summary for a lawyer</source>
        <translation>Заңгерге арналған іс анықтамасы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Russian</source>
        <translation>Орыс тілі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakh</source>
        <translation>Қазақ тілі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Ағылшын тілі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>draft</source>
        <translation>жоба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>printed</source>
        <translation>басылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>filed</source>
        <translation>берілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answered</source>
        <translation>жауап алынды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>complained</source>
        <translation>жоғары органға шағымданылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>appealed</source>
        <translation>сотқа шағымданылды</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Made</source>
        <translation>Жасалды</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Petition</source>
        <translation>Арыз</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filed</source>
        <translation>Берілді</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With</source>
        <translation>Қайда</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer</source>
        <translation>Жауап</translation>
    </message>
</context>
<context>
    <name>PetitionsPage</name>
    <message>
        <location filename="../../app/ui/petitions_page.py" line="+89"/>
        <source>The petitions could not be loaded.</source>
        <translation>Арыздарды жүктеу мүмкін болмады.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n petition(s) in all</source>
        <translation>
            <numerusform>Барлығы %n арыз</numerusform>
            <numerusform>Барлығы %n арыз</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show</source>
        <translation>Көрсету</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every status</source>
        <translation>кез келген күй</translation>
    </message>
</context>
<context>
    <name>PetitionsTab</name>
    <message>
        <location filename="../../app/ui/case_editor/petitions_tab.py" line="+63"/>
        <source>Petitions are drafts for a lawyer to check; the deadlines they start are a lawyer&apos;s aid.</source>
        <translation>Арыздар — заңгер тексеретін жобалар; олар бастайтын мерзімдер — заңгерге көмек.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New petition…</source>
        <translation>&amp;Жаңа арыз…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print &amp;again…</source>
        <translation>&amp;Қайта басып шығару…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Filed…</source>
        <translation>&amp;Берілді…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ans&amp;wer received…</source>
        <translation>Ж&amp;ауап алынды…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Complaint or appeal…</source>
        <translation>&amp;Шағым немесе апелляция…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Save the case first; then its petitions can be printed.</source>
        <translation>Алдымен істі сақтаңыз; содан кейін арыздарды басып шығаруға болады.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No petitions for this case yet. New petition… fills one from the case.</source>
        <translation>Бұл іс бойынша әзірге арыз жоқ. «Жаңа арыз…» оны іс деректерінен толтырады.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Save or discard the changes to the case first.</source>
        <translation>Алдымен істегі өзгерістерді сақтаңыз немесе болдырмаңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The petitions could not be read or changed.</source>
        <translation>Арыздарды оқу немесе өзгерту мүмкін болмады.</translation>
    </message>
</context>
<context>
    <name>PrcId</name>
    <message>
        <location filename="../../app/ui/models/documents_model.py" line="-79"/>
        <source>needs 18 characters (%1 typed)</source>
        <translation>18 таңба керек (%1 енгізілді)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only digits, and X as the last character</source>
        <translation>тек цифрлар, соңғы таңба X болуы мүмкін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the region code %1 is not a PRC province</source>
        <translation>%1 аймақ коды ҚХР провинциясына сәйкес келмейді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the birth date part %1 is not a possible date</source>
        <translation>нөмірдегі туған күн (%1) мүмкін емес күн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the check digit should be %1</source>
        <translation>бақылау таңбасы %1 болуы керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the ID says born %1 but the recorded birth date is %2</source>
        <translation>нөмір бойынша туған күні %1, ал іске %2 деп жазылған</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Valid resident ID: born %1, %2</source>
        <translation>ҚХР куәлігінің нөмірі дұрыс: туған күні %1, жынысы: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, registered in Xinjiang</source>
        <translation>, Шыңжаңда тіркелген</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Resident ID: %1</source>
        <translation>ҚХР куәлігінің нөмірі: %1</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../app/ui/preferences.py" line="+134"/>
        <source>Preferences</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General</source>
        <translation>Жалпы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner offices</source>
        <translation>Серіктес кеңселер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Тіл:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock after idle:</source>
        <translation>Бос тұрса, құлыптау:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart Pana when it locks</source>
        <translation>Құлыпталғанда Pana-ны қайта іске қосу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pana locks itself when nobody has used it for this long. An open case file keeps its unsaved changes as an encrypted draft.</source>
        <translation>Осы уақыт бойы ешкім пайдаланбаса, Pana өзін-өзі құлыптайды. Ашық тұрған істің сақталмаған өзгерістері шифрланған жоба ретінде сақталады.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restarting on lock clears what the session showed from Pana&apos;s memory, which locking alone cannot do.</source>
        <translation>Құлыпталғанда қайта іске қосу сеанс кезінде көрсетілгеннің бәрін Pana жадынан өшіреді; жай құлыптау мұны істей алмайды.</translation>
    </message>
</context>
<context>
    <name>PressureForm</name>
    <message>
        <location filename="../../app/ui/case_editor/incidents.py" line="+41"/>
        <source>Kinds</source>
        <translation>Түрлері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kinds of pressure</source>
        <translation>Қысым түрлері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aimed at</source>
        <translation>Кімге бағытталған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relatives it was aimed at</source>
        <translation>Қысым бағытталған туыстар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often</source>
        <translation>Қаншалықты жиі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Happened</source>
        <translation>Болған күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported</source>
        <translation>Хабарланған күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>(not recorded)</source>
        <translation>(көрсетілмеген)</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Relayed by</source>
        <translation>Жеткізген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words reported</source>
        <translation>Айтылған сөздер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actor</source>
        <translation>Қысым көрсетуші</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heard through</source>
        <translation>Қалай белгілі болды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reliability</source>
        <translation>Сенімділігі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the source knows</source>
        <translation>Дереккөз қайдан біледі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Сипаттамасы</translation>
    </message>
</context>
<context>
    <name>PressureReportsModel</name>
    <message>
        <location filename="../../app/ui/models/family_models.py" line="+23"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Actor</source>
        <translation>Қысым көрсетуші</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Kinds</source>
        <translation>Түрлері</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aimed at</source>
        <translation>Кімге бағытталған</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How often</source>
        <translation>Жиілігі</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reliability</source>
        <translation>Сенімділігі</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Description</source>
        <translation>Сипаттамасы</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <location filename="../../app/ui/purge_dialog.py" line="+98"/>
        <source>Purge a person</source>
        <translation>Адамды біржола өшіру</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purging removes this person for good: their names, documents and places of residence, their place as a relative or a source in any case, the links to them, and all their history. The case itself stays.</source>
        <translation>Біржола өшіру бұл адамды түгел жояды: оның есімдерін, құжаттары мен тұрғылықты жерлерін, кез келген істегі туыс немесе дереккөз ретіндегі орнын, оған қатысты байланыстарды және бүкіл тарихын. Істің өзі қалады.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Purge a case</source>
        <translation>Істі біржола өшіру</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purging removes this case for good: every record and file in it, all their history, and the people no other case names.</source>
        <translation>Біржола өшіру бұл істі түгел жояды: ондағы барлық жазба мен файлды, олардың бүкіл тарихын және басқа ешбір істе аталмайтын адамдарды.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It cannot be undone. Partner offices purge it too when they import this office&apos;s next exchange file, and it never comes back from any exchange file. Backups and older copies of the vault keep it until they are erased.</source>
        <translation>Мұны қайтару мүмкін емес. Серіктес кеңселер осы кеңсенің келесі алмасу файлын импорттағанда оны олар да өшіреді және ол ешбір алмасу файлынан қайтып келмейді. Сақтық көшірмелер мен қойманың ескі көшірмелері жойылғанша оны сақтайды.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Person:</source>
        <translation>Тұлға:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your passphrase, again:</source>
        <translation>Құпия фразаңызды қайталаңыз:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I understand that this cannot be undone.</source>
        <translation>Мұны қайтару мүмкін емес екенін түсінемін.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purge for good</source>
        <translation>Біржола өшіру</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>relative</source>
        <translation>туыс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation>дереккөз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relayed a report</source>
        <translation>хабар жеткізген</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Counting what it removes…</source>
        <translation>Жойылатын деректер есептелуде…</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n іс</numerusform>
            <numerusform>%n іс</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n адам</numerusform>
            <numerusform>%n адам</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файл</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>It removes %n record(s) with all their history</source>
        <translation>
            <numerusform>%n жазба бүкіл тарихымен бірге жойылады</numerusform>
            <numerusform>%n жазба бүкіл тарихымен бірге жойылады</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This case names nobody but its subject; purge the case instead.</source>
        <translation>Бұл істе істің иесінен басқа ешкім аталмайды; оның орнына істі түгел өшіріңіз.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Purging…</source>
        <translation>Біржола өшірілуде…</translation>
    </message>
</context>
<context>
    <name>QuickErase</name>
    <message>
        <location filename="../../app/ui/quick_erase.py" line="+67"/>
        <source>Quick erase</source>
        <translation>Жылдам жою</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destroy this vault and every case in it? This cannot be undone, and backups made elsewhere are not touched.</source>
        <translation>Осы қойманы және ондағы барлық істі жою керек пе? Бұл әрекетті қайтару мүмкін емес, ал басқа жерде жасалған сақтық көшірмелер өзгеріссіз қалады.</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <location filename="../../app/ui/case_editor/record_panel.py" line="+144"/>
        <source>Move up</source>
        <translation>Жоғары жылжыту</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move down</source>
        <translation>Төмен жылжыту</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move up (Alt+Up) among items with the same or overlapping dates</source>
        <translation>Жоғары (Alt+Жоғары): күндері бірдей не қиылысатын жазбалар арасында</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move down (Alt+Down) among items with the same or overlapping dates</source>
        <translation>Төмен (Alt+Төмен): күндері бірдей не қиылысатын жазбалар арасында</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../app/ui/recovery_key_dialog.py" line="+18"/>
        <source>New recovery key</source>
        <translation>Жаңа қалпына келтіру кілті</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write this key on paper now and keep it away from this computer. The old recovery key no longer opens the vault. This key is shown only this once.</source>
        <translation>Бұл кілтті қазір қағазға жазып, компьютерден бөлек сақтаңыз. Ескі қалпына келтіру кілті қойманы енді ашпайды. Бұл кілт тек бір рет көрсетіледі.</translation>
    </message>
</context>
<context>
    <name>RelativeForm</name>
    <message>
        <location filename="../../app/ui/case_editor/relative_form.py" line="+48"/>
        <source>Names</source>
        <translation>Есімдері</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Сипаттамасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the name is not known: her mother, about 70</source>
        <translation>Есімі белгісіз болса: оның анасы, шамамен 70 жаста</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minor</source>
        <translation>Кәмелетке толмаған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationship</source>
        <translation>Туыстығы</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Age</source>
        <translation>Жасы</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>as of</source>
        <translation>күні:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Statuses</source>
        <translation>Жағдайы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupation</source>
        <translation>Кәсібі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Елі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefecture</source>
        <translation>Аймақ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>County</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Township</source>
        <translation>Ауыл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation>Қыстақ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contact</source>
        <translation>Соңғы байланыс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Ескертпе</translation>
    </message>
</context>
<context>
    <name>RelativeStatusesModel</name>
    <message>
        <location filename="../../app/ui/models/family_models.py" line="-110"/>
        <source>Status</source>
        <translation>Жағдайы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Until</source>
        <translation>Аяқталуы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes</source>
        <translation>Ескертпе</translation>
    </message>
</context>
<context>
    <name>RelativesModel</name>
    <message>
        <location line="-52"/>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relationship</source>
        <translation>Туыстығы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Жағдайы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last contact</source>
        <translation>Соңғы байланыс</translation>
    </message>
</context>
<context>
    <name>RelativesTab</name>
    <message>
        <location filename="../../app/ui/case_editor/relatives_tab.py" line="+42"/>
        <source>Add relative</source>
        <translation>Туыс қосу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove relative</source>
        <translation>Туысты жою</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add detention</source>
        <translation>Қамау жағдайын қосу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove detention</source>
        <translation>Қамау жағдайын жою</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add pressure report</source>
        <translation>Қысым туралы хабар қосу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove report</source>
        <translation>Хабарды жою</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Relatives</source>
        <translation>Туыстар</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Family view</source>
        <translation>Отбасы сызбасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detentions</source>
        <translation>Қамау жағдайлары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pressure reports</source>
        <translation>Қысым туралы хабарлар</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The person: %1</source>
        <translation>Істің иесі: %1</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Removed %1. Detentions removed with them: %2. Pressure reports that no longer name this relative: %3. Sources that no longer name this relative: %4. Nothing is written until you save.</source>
        <translation>%1 жойылды. Бірге жойылған қамаулар: %2. Бұл туыс енді аталмайтын қысым туралы хабарлар: %3. Бұл туыс енді аталмайтын дереккөздер: %4. Сақтамайынша ештеңе жазылмайды.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="+41"/>
        <source>Starting…</source>
        <translation>Басталуда…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the cases…</source>
        <translation>Істер жазылуда…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the events…</source>
        <translation>Оқиғалар жазылуда…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the relatives…</source>
        <translation>Туыстар жазылуда…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the pressure reports…</source>
        <translation>Қысым туралы хабарлар жазылуда…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counting…</source>
        <translation>Санау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawing the charts…</source>
        <translation>Диаграммалар салынуда…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done.</source>
        <translation>Дайын.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Report for analysts</source>
        <translation>Талдаушыларға есеп</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cases, events, relatives and pressure reports, one row per record, for analysis in a spreadsheet or in Uwazi; or a PDF of the pattern charts. The file is written only where you choose. It is not encrypted: keep it safe.</source>
        <translation>Істер, оқиғалар, туыстар және қысым туралы хабарлар, әр жазбаға бір жол, кестеде немесе Uwazi-де талдау үшін; не заңдылықтар диаграммалары бар PDF. Файл тек сіз таңдаған жерге жазылады. Ол шифрланбаған: оны қауіпсіз жерде сақтаңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format:</source>
        <translation>Пішімі:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (one per table, zipped)</source>
        <translation>CSV файлдары (әр кестеге бір, zip мұрағатында)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel кітабы (XLSX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uwazi CSV (pressure reports)</source>
        <translation>Uwazi үшін CSV (қысым туралы хабарлар)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF report with charts</source>
        <translation>Диаграммалары бар PDF есеп</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anonymised</source>
        <translation>Есімсіз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No names, document or reference numbers, free text or places finer than a county; dates to the month; ids replaced; counts under 5 shown as &lt;5.</source>
        <translation>Есімдерсіз, құжат пен іс нөмірлерінсіз, еркін мәтінсіз және ауданнан ұсақ жерлерсіз; күндер айға дейін; идентификаторлар ауыстырылған; 5-тен аз сандар &lt;5 болып көрсетіледі.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Бастап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Дейін</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A record counts when its date may fall in the period (&quot;2019&quot; counts for March 2019).</source>
        <translation>Жазба күні кезеңге түсуі мүмкін болса есептеледі («2019» 2019 жылғы наурыз үшін есептеледі).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорттау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pressure reports by kind</source>
        <translation>Қысым туралы хабарлар түрі бойынша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pressure reports by actor</source>
        <translation>Қысым туралы хабарлар қысым көрсетуші бойынша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pressure reports by county</source>
        <translation>Қысым туралы хабарлар аудан бойынша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pressure reports by relationship of the relative</source>
        <translation>Қысым туралы хабарлар туыстық бойынша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pressure reports by month</source>
        <translation>Қысым туралы хабарлар ай бойынша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detentions by relationship</source>
        <translation>Қамаулар туыстық бойынша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detentions by county</source>
        <translation>Қамаулар аудан бойынша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detentions by month they began</source>
        <translation>Қамаулар басталған айы бойынша</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pressure on relatives and detentions: patterns across cases</source>
        <translation>Туыстарға қысым және қамаулар: барлық істердегі заңдылықтар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period: {period}</source>
        <translation>Кезең: {period}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all dates</source>
        <translation>барлық күндер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anonymised: no names or document numbers; counts under 5 are shown as &lt;5 and not drawn.</source>
        <translation>Есімсіз: есімдер мен құжат нөмірлерінсіз; 5-тен аз сандар &lt;5 болып көрсетіледі және салынбайды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Totals</source>
        <translation>Жиыны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pressure reports</source>
        <translation>Қысым туралы хабарлар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detentions</source>
        <translation>Қамаулар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count</source>
        <translation>Саны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not known</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page {page}</source>
        <translation>{page}-бет</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The person themself</source>
        <translation>Істің иесінің өзі</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The period ends before it starts.</source>
        <translation>Кезең басталмай тұрып аяқталады.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The vault locked while the report was being written, which stopped it: no file was written. Start it again from Exchange → Report for analysts…</source>
        <translation>Есеп жазылып жатқанда қойма құлыпталып, оны тоқтатты: файл жазылмады. Оны қайта бастаңыз: Алмасу → Талдаушыларға есеп…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The report was written to %1 just before the vault locked.</source>
        <translation>Есеп қойма құлыпталардың алдында ғана %1 ішіне жазылды.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Written: %1</source>
        <translation>Жазылды: %1</translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <location line="-196"/>
        <source>Save the report</source>
        <translation>Есепті сақтау</translation>
    </message>
</context>
<context>
    <name>RequestForm</name>
    <message>
        <location filename="../../app/ui/case_editor/requests_tab.py" line="+44"/>
        <source>Request</source>
        <translation>Өтініш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authority</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filed on</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reference number</source>
        <translation>Тіркеу нөмірі</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What was asked</source>
        <translation>Не сұралды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answered on</source>
        <translation>Жауап күні</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legal basis cited</source>
        <translation>Көрсетілген құқықтық негіз</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Answer reference</source>
        <translation>Жауап нөмірі</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Answer scan</source>
        <translation>Жауап сканы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes</source>
        <translation>Ескертпе</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <location filename="../../app/ui/models/requests_model.py" line="+59"/>
        <source>Filed</source>
        <translation>Берілген</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Request</source>
        <translation>Өтініш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authority</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting</source>
        <translation>Күту</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer</source>
        <translation>Жауап</translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <location filename="../../app/ui/case_editor/requests_tab.py" line="+70"/>
        <source>Add request</source>
        <translation>Өтініш қосу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove request</source>
        <translation>Өтінішті жою</translation>
    </message>
</context>
<context>
    <name>ResidenceForm</name>
    <message>
        <location filename="../../app/ui/case_editor/residence_form.py" line="+24"/>
        <source>Place of residence</source>
        <translation>Тұрғылықты жері</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Place</source>
        <translation>Елді мекен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Облыс / өңір</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Елі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since</source>
        <translation>Қашаннан бері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>Қашанға дейін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Ескертпе</translation>
    </message>
</context>
<context>
    <name>ResidencesModel</name>
    <message>
        <location filename="../../app/ui/models/residences_model.py" line="+27"/>
        <source>Place</source>
        <translation>Елді мекен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Облыс / өңір</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Елі</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Since</source>
        <translation>Бастап</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Until</source>
        <translation>Дейін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Ескертпе</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="+92"/>
        <source>Restore from a backup</source>
        <translation>Сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vault on this computer is replaced by the backup. The backup is checked first; the vault it replaces is kept as an older copy (Vault → Older copies). Afterwards, unlock with a passphrase the backup knows.</source>
        <translation>Осы компьютердегі қойма сақтық көшірмемен ауыстырылады. Алдымен көшірме тексеріледі; ауыстырылған қойма ескі көшірме ретінде сақталады (Қойма → Ескі көшірмелер). Содан кейін қойманы сақтық көшірме білетін құпия фразамен ашыңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup file:</source>
        <translation>Сақтық көшірме файлы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase of the backup:</source>
        <translation>Көшірменің құпия фразасы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore</source>
        <translation>Қалпына келтіру</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Checking the backup and putting it in place…</source>
        <translation>Сақтық көшірме тексеріліп, орнына қойылуда…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancelled. The vault is as it was.</source>
        <translation>Тоқтатылды. Қойма бұрынғы күйінде қалды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup file could not be read.</source>
        <translation>Сақтық көшірме файлын оқу мүмкін болмады.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelling…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
</context>
<context>
    <name>RotateKeyDialog</name>
    <message>
        <location filename="../../app/ui/rotate_key_dialog.py" line="+30"/>
        <source>Replace the vault key</source>
        <translation>Қойма кілтін ауыстыру</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every page of the vault is encrypted again under a new key. On a large vault this takes minutes; until it is done you can cancel it, and the vault stays as it was.</source>
        <translation>Қойманың әр беті жаңа кілтпен қайта шифрланады. Үлкен қоймада бұл бірнеше минутқа созылады; жұмыс аяқталғанша оны тоқтатуға болады, сонда қойма бұрынғыдай қалады.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A new recovery key is made and shown once: the one written down now stops working. Your passphrase stays the same.</source>
        <translation>Жаңа қалпына келтіру кілті жасалып, бір рет көрсетіледі: қазір жазып алынған кілт жұмыс істемей қалады. Құпия фразаңыз өзгермейді.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backups and older copies made before keep the old key: they still open with the old passphrases and recovery key.</source>
        <translation>Бұрын жасалған сақтық және ескі көшірмелер ескі кілтті сақтайды: олар әлі де ескі құпия фразалармен және ескі қалпына келтіру кілтімен ашылады.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>These users lose access and must be added again (Vault → Users…): %1</source>
        <translation>Бұл пайдаланушылар қолжетімділіктен айырылады, оларды қайта қосу керек (Қойма → Пайдаланушылар…): %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your passphrase:</source>
        <translation>Құпия фразаңыз:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Replace the key</source>
        <translation>Кілтті ауыстыру</translation>
    </message>
</context>
<context>
    <name>SamePersonModel</name>
    <message>
        <location filename="../../app/ui/models/exchange_models.py" line="+101"/>
        <source>Arriving person</source>
        <translation>Файлдағы адам</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>Born</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>May be, here</source>
        <translation>Мұндағы ықтимал сәйкестік</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Their cases here</source>
        <translation>Мұндағы істері</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names alike</source>
        <translation>Есімдердің ұқсастығы</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not the arriving person&apos;s birth date: probably a namesake.</source>
        <translation>Келген адамның туған күні емес: бәлкім, аттасы.</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../app/ui/shell.py" line="+227"/>
        <source>When the vault locked</source>
        <translation>Қойма құлыпталған кезде</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>The vault was restored from the backup and checked. Unlock it with a passphrase the backup knows.</source>
        <translation>Қойма сақтық көшірмеден қалпына келтіріліп, тексерілді. Оны сақтық көшірме білетін құпия фразамен ашыңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The vault it replaced is kept in %1 (Vault → Older copies).</source>
        <translation>Ауыстырылған қойма %1 ішінде сақталды (Қойма → Ескі көшірмелер).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vault restored</source>
        <translation>Қойма қалпына келтірілді</translation>
    </message>
</context>
<context>
    <name>SideCard</name>
    <message>
        <location filename="../../app/ui/conflicts_page.py" line="-254"/>
        <source>Shown until you choose</source>
        <translation>Сіз таңдағанша көрсетіледі</translation>
    </message>
</context>
<context>
    <name>SourceForm</name>
    <message>
        <location filename="../../app/ui/case_editor/sources_tab.py" line="+41"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Тұлға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publisher</source>
        <translation>Басылым</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Published on</source>
        <translation>Жарияланған күні</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Information as of</source>
        <translation>Мәлімет күні</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the source knows</source>
        <translation>Дереккөз қайдан біледі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reliability</source>
        <translation>Сенімділігі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Ескертпе</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <location filename="../../app/ui/models/sources_model.py" line="+28"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publisher</source>
        <translation>Басылым</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published</source>
        <translation>Жарияланған</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reliability</source>
        <translation>Сенімділігі</translation>
    </message>
</context>
<context>
    <name>SourcesTab</name>
    <message>
        <location filename="../../app/ui/case_editor/sources_tab.py" line="+64"/>
        <source>Add source</source>
        <translation>Дереккөз қосу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove source</source>
        <translation>Дереккөзді жою</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The person the case is about</source>
        <translation>Істің иесі</translation>
    </message>
</context>
<context>
    <name>StatusForm</name>
    <message>
        <location filename="../../app/ui/case_editor/relative_form.py" line="+90"/>
        <source>Status</source>
        <translation>Жағдайы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>Аяқталуы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Ескертпе</translation>
    </message>
</context>
<context>
    <name>StatusHistory</name>
    <message>
        <location line="+37"/>
        <source>Add status</source>
        <translation>Жағдай қосу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove status</source>
        <translation>Жағдайды жою</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message numerus="yes">
        <location filename="../../app/ui/widgets/strength_meter.py" line="+35"/>
        <source>At least %n characters; a few unrelated words are easy to remember.</source>
        <translation>
            <numerusform>Кемінде %n таңба; бір-бірімен байланыссыз бірнеше сөзді есте сақтау оңай.</numerusform>
            <numerusform>Кемінде %n таңба; бір-бірімен байланыссыз бірнеше сөзді есте сақтау оңай.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Very weak</source>
        <translation>Өте әлсіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weak</source>
        <translation>Әлсіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fair</source>
        <translation>Орташа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong</source>
        <translation>Күшті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very strong</source>
        <translation>Өте күшті</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Кемінде %n таңба қолданыңыз.</numerusform>
            <numerusform>Кемінде %n таңба қолданыңыз.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a well-known password.</source>
        <translation>Бұл — көпке мәлім құпиясөз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many repeated characters.</source>
        <translation>Қайталанатын таңбалар тым көп.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mix words, digits or other characters.</source>
        <translation>Сөздерді, цифрларды немесе басқа таңбаларды араластырыңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passphrases differ.</source>
        <translation>Құпия фразалар сәйкес емес.</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../app/ui/case_editor/timeline_tab.py" line="+51"/>
        <source>Legal events</source>
        <translation>Құқықтық оқиғалар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation>Өтініштер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers</source>
        <translation>Жауаптар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detentions</source>
        <translation>Қамаулар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interviews</source>
        <translation>Сұхбаттар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Petitions</source>
        <translation>Арыздар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pressure reports</source>
        <translation>Қысым туралы хабарлар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relatives&apos; statuses</source>
        <translation>Туыстардың жағдайы</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pressure</source>
        <translation>Қысым</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Answer</source>
        <translation>Жауап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer: %1</source>
        <translation>Жауап: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Detention</source>
        <translation>Қамау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview</source>
        <translation>Сұхбат</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>since %1, still going on</source>
        <translation>%1 – осы күнге дейін</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from %1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The person</source>
        <translation>Істің иесі</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Show</source>
        <translation>&amp;Көрсету</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Zoom out</source>
        <translation>Кішірейту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Үлкейту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the whole case</source>
        <translation>Бүкіл істі көрсету</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Fit</source>
        <translation>&amp;Толық</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Annulled</source>
        <translation>Күші жойылды</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Without a date: %n</source>
        <translation>
            <numerusform>Күні жоқ: %n</numerusform>
            <numerusform>Күні жоқ: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Aimed at %n relative(s): shown in each one&apos;s lane</source>
        <translation>
            <numerusform>%n туысқа бағытталған: әрқайсысының жолында көрсетілген</numerusform>
            <numerusform>%n туысқа бағытталған: әрқайсысының жолында көрсетілген</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../app/ui/unlock.py" line="+204"/>
        <source>Unlocking…</source>
        <translation>Құлып ашылуда…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Pana: locked</source>
        <translation>Pana: құлыпталған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault is locked</source>
        <translation>Қойма құлыпталған</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Enter your passphrase to open the case files.</source>
        <translation>Істерді ашу үшін құпия фразаңызды енгізіңіз.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Type the recovery key printed when the vault was made.</source>
        <translation>Қойма жасалғанда басып шығарылған қалпына келтіру кілтін енгізіңіз.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>User (optional):</source>
        <translation>Пайдаланушы (міндетті емес):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase:</source>
        <translation>Құпия фраза:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery key:</source>
        <translation>Қалпына келтіру кілті:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I forgot the passphrase: use the printed recovery key</source>
        <translation>Құпия фраза ұмытылды: қағаздағы қалпына келтіру кілтін енгізу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>Құлпын ашу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick erase…</source>
        <translation>Жылдам жою…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore from a backup…</source>
        <translation>Сақтық көшірмеден қалпына келтіру…</translation>
    </message>
</context>
<context>
    <name>UserPrompts</name>
    <message>
        <location filename="../../app/ui/prompts.py" line="+42"/>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This case file has changes that are not saved yet.</source>
        <translation>Бұл істе әлі сақталмаған өзгерістер бар.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Pana</source>
        <translation>Pana</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pana: internal error</source>
        <translation>Pana: ішкі қате</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong inside Pana. What was saved before is safe; the last change may not have been saved. If this happens again, restart Pana and tell your coordinator what you were doing (without names).</source>
        <translation>Pana бағдарламасында ішкі қате болды. Бұған дейін сақталғанның бәрі аман; соңғы өзгеріс сақталмаған болуы мүмкін. Бұл қайталанса, бағдарламаны қайта іске қосып, үйлестірушіге не істеп жатқаныңызды айтыңыз (есімдерсіз).</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="+140"/>
        <source>Users</source>
        <translation>Пайдаланушылар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Жою…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a user</source>
        <translation>Пайдаланушы қосу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name:</source>
        <translation>Пайдаланушы аты:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their passphrase:</source>
        <translation>Оның құпия фразасы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat it:</source>
        <translation>Қайталаңыз:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add</source>
        <translation>&amp;Қосу</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 can now unlock this vault with their own passphrase.</source>
        <translation>%1 енді бұл қойманы өз құпия фразасымен аша алады.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove a user</source>
        <translation>Пайдаланушыны жою</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1&apos;s passphrase will no longer open this vault. What they recorded, and its history, stay.</source>
        <translation>%1 есімді пайдаланушының құпия фразасы бұл қойманы енді ашпайды. Ол жазған деректер мен олардың тарихы сақталады.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 can no longer unlock this vault.</source>
        <translation>%1 бұл қойманы енді аша алмайды.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The last user who can unlock the vault cannot be removed.</source>
        <translation>Қойманы аша алатын соңғы пайдаланушыны жоюға болмайды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This user name is taken, or holds characters a user name cannot have.</source>
        <translation>Бұл пайдаланушы аты бұрыннан бар немесе онда рұқсат етілмеген таңбалар бар.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The users could not be changed.</source>
        <translation>Пайдаланушыларды өзгерту мүмкін болмады.</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location line="-165"/>
        <source>User</source>
        <translation>Пайдаланушы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Can unlock</source>
        <translation>Аша алады</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (you)</source>
        <translation>%1 (сіз)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no, removed</source>
        <translation>жоқ, жойылған</translation>
    </message>
</context>
<context>
    <name>VaultActions</name>
    <message>
        <location filename="../../app/ui/vault_actions.py" line="+80"/>
        <source>The backup could not be written there.</source>
        <translation>Сақтық көшірмені онда жазу мүмкін болмады.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Backup written</source>
        <translation>Сақтық көшірме жазылды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The encrypted backup (%1 MB) was written to %2. It opens only with a passphrase or the recovery key of this vault.</source>
        <translation>Шифрланған сақтық көшірме (%1 МБ) %2 ішіне жазылды. Ол тек осы қойманың құпия фразасымен немесе қалпына келтіру кілтімен ашылады.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Writing the encrypted backup…</source>
        <translation>Шифрланған сақтық көшірме жазылуда…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vault locked while the backup was being written, which stopped it: no file was written. Start it again from Vault → Back up the vault…</source>
        <translation>Сақтық көшірме жазылып жатқанда қойма құлыпталып, оны тоқтатты: файл жазылмады. Оны қайта бастаңыз: Қойма → Қойманың сақтық көшірмесі…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup was written to %1 just before the vault locked.</source>
        <translation>Сақтық көшірме қойма құлыпталардың алдында ғана %1 ішіне жазылды.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+8"/>
        <source>Vault check</source>
        <translation>Қойманы тексеру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking every page of the vault…</source>
        <translation>Қойманың әр беті тексерілуде…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vault could not be checked.</source>
        <translation>Қойманы тексеру мүмкін болмады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The vault locked while it was being checked, which stopped the check before it ended. Run it again from Vault → Check the vault…</source>
        <translation>Қойма тексеріліп жатқанда құлыпталып, тексеру аяқталмай тоқтады. Оны қайта іске қосыңыз: Қойма → Қойманы тексеру…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The vault is sound: every page, its structure, the links between records, the history and the audit log were checked.</source>
        <translation>Қойма дұрыс: әр беті, құрылымы, жазбалар арасындағы байланыстар, тарихы және аудит журналы тексерілді.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>pages that fail their checksum</source>
        <translation>бақылау сомасы сәйкес келмейтін беттер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a damaged structure</source>
        <translation>зақымдалған құрылым</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>links to records that are missing</source>
        <translation>жоқ жазбаларға сілтемелер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a broken audit log</source>
        <translation>бұзылған аудит журналы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>records without their history, or a damaged key file</source>
        <translation>тарихы жоқ жазбалар немесе зақымдалған кілттер файлы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check found damage: %1. Stop entering cases on this laptop and restore the most recent backup (Vault → Restore from a backup…); the damaged vault is kept as an older copy.</source>
        <translation>Тексеру зақым тапты: %1. Бұл ноутбукте істерді енгізуді тоқтатып, ең соңғы сақтық көшірмені қалпына келтіріңіз (Қойма → Сақтық көшірмеден қалпына келтіру…); зақымдалған қойма ескі көшірме ретінде сақталады.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For a technician:</source>
        <translation>Маманға арналған:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>The vault key was not replaced; the vault is as it was.</source>
        <translation>Қойма кілті ауыстырылмады; қойма бұрынғыдай қалды.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The vault key is replaced: every page of the vault is encrypted under the new key.</source>
        <translation>Қойма кілті ауыстырылды: қойманың әр беті жаңа кілтпен шифрланған.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add these users again (Vault → Users…): %1</source>
        <translation>Бұл пайдаланушыларды қайта қосыңыз (Қойма → Пайдаланушылар…): %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Replace the vault key</source>
        <translation>Қойма кілтін ауыстыру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypting every page of the vault again…</source>
        <translation>Қойманың әр беті қайта шифрлануда…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The vault locked while its key was being replaced, which stopped it: the vault key is as it was. Start it again from Vault → Replace the vault key…</source>
        <translation>Қойма кілті ауыстырылып жатқанда қойма құлыпталып, оны тоқтатты: қойма кілті бұрынғыдай қалды. Оны қайта бастаңыз: Қойма → Қойма кілтін ауыстыру…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The vault key was replaced just before the vault locked, but its new recovery key could not be shown. Make a new one now: Vault → New recovery key…</source>
        <translation>Қойма кілті қойма құлыпталардың алдында ғана ауыстырылды, бірақ жаңа қалпына келтіру кілтін көрсету мүмкін болмады. Қазір жаңасын жасаңыз: Қойма → Жаңа қалпына келтіру кілті…</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>Backup</source>
        <translation>Сақтық көшірме</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Cancelling…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>New recovery key</source>
        <translation>Жаңа қалпына келтіру кілті</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a new recovery key? The one written down now stops working at once; the new one is shown only once.</source>
        <translation>Жаңа қалпына келтіру кілтін жасау керек пе? Қазір жазылған кілт бірден жұмыс істемей қалады; жаңасы тек бір рет көрсетіледі.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No new recovery key was made.</source>
        <translation>Жаңа қалпына келтіру кілті жасалмады.</translation>
    </message>
</context>
<context>
    <name>VaultDialogs</name>
    <message>
        <location filename="../../app/ui/vault_dialogs.py" line="+86"/>
        <source>Passphrase changed</source>
        <translation>Құпия фраза өзгертілді</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From now on, unlock with the new passphrase.</source>
        <translation>Енді қойманы жаңа құпия фразамен ашыңыз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From now on, unlock with the new passphrase. These older copies of the vault still open with the old one: %1. Show them now, to delete the ones you no longer need?</source>
        <translation>Енді қойманы жаңа құпия фразамен ашыңыз. Қойманың мына ескі көшірмелері әлі де бұрынғы құпия фразамен ашылады: %1. Қажет еместерін жою үшін оларды қазір көрсету керек пе?</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Purged</source>
        <translation>Біржола өшірілді</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is gone from this vault. Partner offices purge it too when they import this office&apos;s next exchange file.</source>
        <translation>Ол бұл қоймадан жойылды. Серіктес кеңселер осы кеңсенің келесі алмасу файлын импорттағанда оны олар да өшіреді.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Older copies of this vault still hold it: %1. Show them now, to erase them?</source>
        <translation>Осы қойманың ескі көшірмелерінде ол әлі бар: %1. Оларды жою үшін қазір көрсету керек пе?</translation>
    </message>
</context>
<context>
    <name>Vocab</name>
    <message>
        <location filename="../../app/ui/models/documents_model.py" line="-19"/>
        <location filename="../../app/ui/models/vocab_labels.py" line="+44"/>
        <source>Male</source>
        <translation>Ер</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../app/ui/models/vocab_labels.py" line="-1"/>
        <source>Female</source>
        <translation>Әйел</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/vocab_labels.py" line="-26"/>
        <source>Full name</source>
        <translation>Толық есім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patronymic</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alias</source>
        <translation>Басқа аты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As on a document</source>
        <translation>Құжаттағыдай</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cyrillic</source>
        <translation>Кирилл жазуы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latin</source>
        <translation>Латын жазуы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic script</source>
        <translation>Араб жазуы</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+73"/>
        <source>Chinese</source>
        <translation>Қытайша</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Mixed / other</source>
        <translation>Аралас / басқа</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kazakh Cyrillic</source>
        <translation>Қазақ кириллицасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakh Latin (2021)</source>
        <translation>Қазақ латыны (2021)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakh Latin (2018)</source>
        <translation>Қазақ латыны (2018)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakh Latin (2017)</source>
        <translation>Қазақ латыны (2017)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISO 9</source>
        <translation>ISO 9</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passport (Russian style)</source>
        <translation>Паспорттық (орысша)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English (press)</source>
        <translation>Ағылшынша (баспасөз)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakh Arabic script</source>
        <translation>Төте жазу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese transcription</source>
        <translation>Қытайша транскрипция</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Белгісіз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PRC resident ID card</source>
        <translation>ҚХР жеке куәлігі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PRC passport</source>
        <translation>ҚХР төлқұжаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakhstan IIN</source>
        <translation>ЖСН (Қазақстан)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakhstan residence permit</source>
        <translation>ҚР-да тұруға ықтиярхат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refugee certificate</source>
        <translation>Босқын куәлігі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asylum-seeker certificate</source>
        <translation>Пана іздеген адамның куәлігі</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+235"/>
        <source>Travel document</source>
        <translation>Жол жүру құжаты</translation>
    </message>
    <message>
        <location line="-234"/>
        <source>Birth certificate</source>
        <translation>Туу туралы куәлік</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visa</source>
        <translation>Виза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court verdict</source>
        <translation>Сот үкімі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deportation order</source>
        <translation>Елден шығарып жіберу туралы шешім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter from a ministry</source>
        <translation>Министрлік хаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitation</source>
        <translation>Шақыру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other document</source>
        <translation>Басқа құжат</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Intake</source>
        <translation>Алғашқы қабылдау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for an answer</source>
        <translation>Жауап күтуде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Жабық</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived</source>
        <translation>Мұрағатта</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Normal</source>
        <translation>Қалыпты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restricted</source>
        <translation>Шектеулі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret</source>
        <translation>Құпия</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Written, signed</source>
        <translation>Жазбаша, қол қойылған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oral, audio-recorded</source>
        <translation>Ауызша, аудиоға жазылған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oral, witnessed</source>
        <translation>Ауызша, куәгер алдында</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thumbprint</source>
        <translation>Саусақ ізі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Documentation only</source>
        <translation>Тек құжаттау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal action</source>
        <translation>Заңдық іс-әрекет (сот, арыздар)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share with partner offices</source>
        <translation>Серіктес кеңселерге беру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advocacy, anonymised</source>
        <translation>Құқық қорғау насихаты, есімсіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public, with name</source>
        <translation>Жария, есімімен</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Background</source>
        <translation>Өмірбаяны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flight</source>
        <translation>Қашу</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+299"/>
        <source>Detention</source>
        <translation>Қамау</translation>
    </message>
    <message>
        <location line="-298"/>
        <source>Family</source>
        <translation>Отбасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status in Kazakhstan</source>
        <translation>ҚР-дағы мәртебесі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs</source>
        <translation>Қажеттіліктер</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kazakh</source>
        <translation>Қазақша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>Орысша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uyghur</source>
        <translation>Ұйғырша</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>English</source>
        <translation>Ағылшынша</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Border crossing</source>
        <translation>Шекарадан өту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrest</source>
        <translation>Қамауға алу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charge</source>
        <translation>Айып тағу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trial</source>
        <translation>Сот талқылауы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sentence</source>
        <translation>Тағайындалған жаза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appeal filed</source>
        <translation>Апелляциялық шағым берілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appeal decided</source>
        <translation>Апелляция бойынша шешім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deportation ordered</source>
        <translation>Шығарып жіберу тағайындалды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deportation refused</source>
        <translation>Шығарып жіберуден бас тартылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release</source>
        <translation>Босату</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asylum application</source>
        <translation>Пана сұрау туралы өтінішхат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asylum-seeker status</source>
        <translation>Пана іздеген адам мәртебесі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refugee status granted</source>
        <translation>Босқын мәртебесі берілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refugee status refused</source>
        <translation>Босқын мәртебесін беруден бас тартылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refugee status refusal appealed</source>
        <translation>Босқын мәртебесін беруден бас тартуға шағым берілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate issued</source>
        <translation>Куәлік берілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate extended</source>
        <translation>Куәлік ұзартылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizenship application</source>
        <translation>Азаматтыққа қабылдау туралы өтінішхат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizenship refused</source>
        <translation>Азаматтыққа қабылдаудан бас тартылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residence permit application</source>
        <translation>Ықтиярхат алуға өтініш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residence permit refused</source>
        <translation>Ықтиярхат беруден бас тартылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel document requested</source>
        <translation>Жол жүру құжаты сұралды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel document reply</source>
        <translation>Жол жүру құжаты бойынша жауап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departure to a third country</source>
        <translation>Үшінші елге кету</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statement by an official</source>
        <translation>Лауазымды тұлғаның мәлімдемесі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearing scheduled</source>
        <translation>Отырыс тағайындалды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearing postponed</source>
        <translation>Отырыс кейінге қалдырылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conviction (verdict)</source>
        <translation>Айыптау үкімі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asylum-seeker status extended</source>
        <translation>Пана іздеген адам мәртебесі ұзартылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status or asylum granted abroad</source>
        <translation>Шетелде мәртебе немесе пана берілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel document refused</source>
        <translation>Жол жүру құжатын беруден бас тартылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return or extradition requested by China</source>
        <translation>Қытай қайтаруды немесе ұстап беруді талап етті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deportation warning (no order)</source>
        <translation>Елден шығарып жіберу туралы ескерту (шешімсіз)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residence permit granted</source>
        <translation>Тұруға ықтиярхат берілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marriage registration refused</source>
        <translation>Некені тіркеуден бас тартылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IIN registration refused</source>
        <translation>ЖСН беруден бас тартылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitation for family reunification</source>
        <translation>Отбасын біріктіруге шақыру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other event</source>
        <translation>Басқа оқиға</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Father</source>
        <translation>Әке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mother</source>
        <translation>Ана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spouse</source>
        <translation>Жұбай</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Son</source>
        <translation>Ұл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daughter</source>
        <translation>Қыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brother</source>
        <translation>Аға / іні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sister</source>
        <translation>Әпке / сіңлі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grandparent</source>
        <translation>Ата / әже</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grandchild</source>
        <translation>Немере</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uncle / aunt</source>
        <translation>Ата-ананың бауыры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cousin</source>
        <translation>Немере туыс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In-law</source>
        <translation>Қайын жұрт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older brother</source>
        <translation>Аға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Younger brother</source>
        <translation>Іні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older sister</source>
        <translation>Әпке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Younger sister</source>
        <translation>Қарындас / сіңлі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child</source>
        <translation>Бала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner (marriage not registrable)</source>
        <translation>Өмірлік серігі (некені тіркеу мүмкін емес)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acquaintance</source>
        <translation>Таныс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person from the same town</source>
        <translation>Жерлес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-applicant</source>
        <translation>Бірлескен өтініш беруші</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crossed the border together</source>
        <translation>Шекарадан бірге өткен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other relative</source>
        <translation>Басқа туыс</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At home</source>
        <translation>Үйде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under surveillance</source>
        <translation>Бақылауда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detained</source>
        <translation>Ұсталған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a camp</source>
        <translation>Лагерьде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imprisoned</source>
        <translation>Түрмеде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released</source>
        <translation>Босатылған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forbidden to leave</source>
        <translation>Шығуға тыйым салынған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Kazakhstan</source>
        <translation>Қазақстанда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abroad</source>
        <translation>Шетелде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deceased</source>
        <translation>Қайтыс болған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status unknown</source>
        <translation>Жағдайы белгісіз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demand to return</source>
        <translation>Оралуды талап ету</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threat</source>
        <translation>Қорқыту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Police visit</source>
        <translation>Полицияның келуі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interrogation</source>
        <translation>Жауапқа алу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relative detained</source>
        <translation>Туысты ұстау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release delayed</source>
        <translation>Босатуды кешіктіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit refused</source>
        <translation>Шығуға рұқсат бермеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Movement restricted</source>
        <translation>Жүріп-тұруды шектеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Property held</source>
        <translation>Мүлікті ұстап қалу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions about the person abroad</source>
        <translation>Шетелдегі адам туралы сұрастыру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health harmed</source>
        <translation>Денсаулыққа зиян</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relative forced back to the home township</source>
        <translation>Туыс туған ауылына күштеп қайтарылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threat of forced return or abduction</source>
        <translation>Күштеп қайтару немесе ұрлау қаупі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inducement (property or money promised)</source>
        <translation>Уәде (мүлікті не ақшаны қайтаруға уәде)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>False claim</source>
        <translation>Жалған мәлімдеме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medical treatment denied</source>
        <translation>Емдеуден бас тарту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprisal inside Kazakhstan</source>
        <translation>Қазақстан ішіндегі қудалау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No pressure reported</source>
        <translation>Қысым туралы хабарланбаған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other pressure</source>
        <translation>Басқа қысым</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>County police</source>
        <translation>Аудандық полиция</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Armed police</source>
        <translation>Қарулы полиция</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State security</source>
        <translation>Мемлекеттік қауіпсіздік</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local officials</source>
        <translation>Жергілікті шенеуніктер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village committee</source>
        <translation>Қыстақ комитеті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camp staff</source>
        <translation>Лагерь қызметкерлері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Police (level unknown)</source>
        <translation>Полиция (деңгейі белгісіз)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central government</source>
        <translation>Орталық үкімет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakhstan: Ministry of Internal Affairs</source>
        <translation>Қазақстан: ІІМ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakhstan: migration service</source>
        <translation>Қазақстан: көші-қон қызметі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakhstan: National Security Committee</source>
        <translation>Қазақстан: ҰҚК</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakhstan: court</source>
        <translation>Қазақстан: сот</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown actor</source>
        <translation>Қысым көрсетуші белгісіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other actor</source>
        <translation>Басқа қысым көрсетуші</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone call</source>
        <translation>Телефон қоңырауы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messenger</source>
        <translation>Мессенджер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Through a relative</source>
        <translation>Туыс арқылы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visitor</source>
        <translation>Келген адам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In person</source>
        <translation>Жеке өзі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media</source>
        <translation>БАҚ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other channel</source>
        <translation>Басқа арна</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Victim themself</source>
        <translation>Зардап шегушінің өзі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eyewitness</source>
        <translation>Куәгер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family member</source>
        <translation>Отбасы мүшесі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearsay</source>
        <translation>Естуі бойынша</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <location line="+85"/>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Unknown source</source>
        <translation>Дереккөз белгісіз</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Recognition as a refugee</source>
        <translation>Босқын деп тану</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Admission to citizenship</source>
        <translation>Азаматтыққа қабылдау</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Answer awaited</source>
        <translation>Жауап күтілуде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision on the complaint awaited</source>
        <translation>Шағым бойынша шешім күтілуде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision on status awaited</source>
        <translation>Мәртебе туралы шешім күтілуде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint to file</source>
        <translation>Шағым беру керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court claim to file</source>
        <translation>Сотқа талап арыз беру керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asylum application to file</source>
        <translation>Пана сұрау туралы өтінішхат беру керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate expires</source>
        <translation>Куәліктің мерзімі бітеді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asylum-seeker certificate expires</source>
        <translation>Пана іздеген адам куәлігінің мерзімі бітеді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel document expires</source>
        <translation>Жол жүру құжатының мерзімі бітеді</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Scan</source>
        <translation>Скан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio</source>
        <translation>Аудио</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other file</source>
        <translation>Басқа файл</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="+89"/>
        <location line="+18"/>
        <location filename="../../app/ui/models/vocab_labels.py" line="-88"/>
        <location line="+108"/>
        <source>Person</source>
        <translation>Тұлға</translation>
    </message>
    <message>
        <location line="-81"/>
        <location filename="../../app/ui/models/vocab_labels.py" line="+1"/>
        <source>Name</source>
        <translation>Есім</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/vocab_labels.py" line="+1"/>
        <source>Identity document</source>
        <translation>Жеке басты куәландыратын құжат</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="+25"/>
        <location filename="../../app/ui/models/vocab_labels.py" line="+1"/>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/vocab_labels.py" line="-108"/>
        <location line="+109"/>
        <source>Interview</source>
        <translation>Сұхбат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal event</source>
        <translation>Құқықтық оқиға</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="+44"/>
        <location filename="../../app/ui/models/vocab_labels.py" line="+1"/>
        <source>Relative</source>
        <translation>Туыс</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/vocab_labels.py" line="+2"/>
        <source>Pressure report</source>
        <translation>Қысым туралы хабар</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attachment</source>
        <translation>Тіркеме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Petition</source>
        <translation>Арыз</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="-48"/>
        <source>Actor</source>
        <translation>Қысым көрсетуші</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/ui/models/vocab_labels.py" line="-76"/>
        <source>Authority</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth place</source>
        <translation>Туған жері</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Арна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizenship</source>
        <translation>Азаматтығы</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/vocab_labels.py" line="-195"/>
        <source>Public testimony (press, video)</source>
        <translation>Жария айғақ (баспасөз, бейне)</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>A: completely reliable</source>
        <translation>A: толық сенімді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B: usually reliable</source>
        <translation>B: әдетте сенімді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C: fairly reliable</source>
        <translation>C: біршама сенімді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D: not usually reliable</source>
        <translation>D: әдетте сенімсіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E: unreliable</source>
        <translation>E: сенімсіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F: cannot be judged</source>
        <translation>F: бағалау мүмкін емес</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Insider or official</source>
        <translation>Іштегі адам немесе лауазымды тұлға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service provider (lawyer, NGO)</source>
        <translation>Көмек көрсетуші (заңгер, ҮЕҰ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Single</source>
        <translation>Некеде емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Married</source>
        <translation>Некеде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Married, not registered</source>
        <translation>Тіркелмеген некеде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Widowed</source>
        <translation>Жесір / тұл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Divorced</source>
        <translation>Ажырасқан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Civil status unknown</source>
        <translation>Отбасылық жағдайы белгісіз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No IIN</source>
        <translation>ЖСН жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No identity document</source>
        <translation>Жеке куәлік жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No residence registration</source>
        <translation>Тұрғылықты жері бойынша тіркеуі жоқ</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+30"/>
        <source>Marriage registration</source>
        <translation>Некені тіркеу</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>A phone number</source>
        <translation>Телефон нөмірі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work</source>
        <translation>Жұмыс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medical care</source>
        <translation>Медициналық көмек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social help</source>
        <translation>Әлеуметтік көмек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A bank account</source>
        <translation>Банк шоты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel</source>
        <translation>Сапарлар</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Once</source>
        <translation>Бір рет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeated</source>
        <translation>Қайталанған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ongoing</source>
        <translation>Жалғасуда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often: unknown</source>
        <translation>Жиілігі белгісіз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Published article</source>
        <translation>Жарияланған мақала</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Broadcast or video</source>
        <translation>Хабар немесе бейне</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other source</source>
        <translation>Басқа дереккөз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asylum</source>
        <translation>Пана</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extension of asylum-seeker status</source>
        <translation>Пана іздеген адам мәртебесін ұзарту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extension of a certificate</source>
        <translation>Куәлікті ұзарту</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Residence permit</source>
        <translation>Тұруға ықтиярхат</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IIN registration</source>
        <translation>ЖСН беру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint against a decision</source>
        <translation>Шешімге шағым</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claim to a court</source>
        <translation>Сотқа талап арыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family reunification</source>
        <translation>Отбасын біріктіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request for information</source>
        <translation>Ақпарат сұрау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other request</source>
        <translation>Басқа өтініш</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pending</source>
        <translation>Жауап күтуде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>Жауап алынды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer in time</source>
        <translation>Мерзімінде жауап жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Кері қайтарып алынды</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Granted</source>
        <translation>Қанағаттандырылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Бас тартылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly granted</source>
        <translation>Ішінара қанағаттандырылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No decision</source>
        <translation>Шешім жоқ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Official</source>
        <translation>Лауазымды тұлға</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Court</source>
        <translation>Сот</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lawyer</source>
        <translation>Заңгер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NGO</source>
        <translation>ҮЕҰ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activist group</source>
        <translation>Белсенділер тобы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journalist</source>
        <translation>Журналист</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other party</source>
        <translation>Басқа тарап</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>answers</source>
        <translation>жауап береді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contests</source>
        <translation>шағымданады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extends</source>
        <translation>ұзартады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>follows</source>
        <translation>кейін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>may answer</source>
        <translation>мүмкін, мынаған жауап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>concerns</source>
        <translation>қатысты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>concerns the case</source>
        <translation>іске қатысты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is a source for</source>
        <translation>дереккөзі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>perpetrator of</source>
        <translation>орындаушы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decided</source>
        <translation>шешім қабылдады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>intervened in</source>
        <translation>араласты</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>answered by</source>
        <translation>жауабы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contested by</source>
        <translation>шағымданған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extended by</source>
        <translation>ұзартқан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>followed by</source>
        <translation>одан кейін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>may be answered by</source>
        <translation>мүмкін жауабы</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>concerned by</source>
        <translation>қатысты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation>дереккөз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>perpetrator</source>
        <translation>орындаушы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decided by</source>
        <translation>шешім қабылдаған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>intervention by</source>
        <translation>араласқан</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>China</source>
        <translation>Қытай</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Kazakhstan</source>
        <translation>Қазақстан</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Kyrgyzstan</source>
        <translation>Қырғызстан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uzbekistan</source>
        <translation>Өзбекстан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mongolia</source>
        <translation>Моңғолия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russia</source>
        <translation>Ресей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Türkiye</source>
        <translation>Түркия</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PRC</source>
        <translation>ҚХР</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stateless</source>
        <translation>Азаматтығы жоқ адам</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Request</source>
        <translation>Өтініш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relative&apos;s status</source>
        <translation>Туыстың жағдайы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residence</source>
        <translation>Тұрғылықты жері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official or organisation</source>
        <translation>Лауазымды тұлға немесе ұйым</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>Байланыс</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="-43"/>
        <source>Age</source>
        <translation>Жасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age as of</source>
        <translation>Жасы (күні)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer (file)</source>
        <translation>Жауап (файл)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal basis of the answer</source>
        <translation>Жауаптың құқықтық негізі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer reference</source>
        <translation>Жауап нөмірі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered on</source>
        <translation>Жауап күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was asked</source>
        <translation>Не сұралды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it blocks</source>
        <translation>Нені шектейді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Civil status</source>
        <translation>Отбасылық жағдайы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filed on</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often</source>
        <translation>Қаншалықты жиі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information as of</source>
        <translation>Мәлімет күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kinds</source>
        <translation>Түрлері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing papers</source>
        <translation>Жетіспейтін құжаттар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minor</source>
        <translation>Кәмелетке толмаған</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Occupation</source>
        <translation>Кәсібі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Believed by the office</source>
        <translation>Кеңсе сенеді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published on</source>
        <translation>Жарияланған күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publisher</source>
        <translation>Басылым</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Облыс / өңір</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relayed by</source>
        <translation>Жеткізген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported on</source>
        <translation>Хабарланған күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since</source>
        <translation>Бастап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Реті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Кімнен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From (kind)</source>
        <translation>Кімнен (түрі)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other case</source>
        <translation>Басқа іс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Кімге</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aimed at</source>
        <translation>Кімге бағытталған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To (kind)</source>
        <translation>Кімге (түрі)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>Дейін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words reported</source>
        <translation>Айтылған сөздер</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Closed on</source>
        <translation>Жабылған күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidentiality</source>
        <translation>Құпиялылық</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent given</source>
        <translation>Келісім алынды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent recorded as</source>
        <translation>Келісім қалай тіркелді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent scope</source>
        <translation>Келісім аясы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Елі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added on</source>
        <translation>Қосылған күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>County</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Description</source>
        <translation>Сипаттамасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination country</source>
        <translation>Баратын елі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit for detention (days)</source>
        <translation>Күзетпен ұстау мерзімін есепке жатқызу (күн)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File name</source>
        <translation>Файл атауы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended on</source>
        <translation>Аяқталған күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ethnicity</source>
        <translation>Ұлты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facility</source>
        <translation>Мекеме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held on</source>
        <translation>Өткізілген күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter</source>
        <translation>Аудармашы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interviewer</source>
        <translation>Сұхбат алған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary name</source>
        <translation>Негізгі есім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued on</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued by</source>
        <translation>Кім берген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contact</source>
        <translation>Соңғы байланыс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal basis</source>
        <translation>Құқықтық негіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File type</source>
        <translation>Файл түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Narrative</source>
        <translation>Әңгіме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office</source>
        <translation>Кеңсе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened on</source>
        <translation>Ашылған күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefecture</source>
        <translation>Аймақ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Іс нөмірі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference number</source>
        <translation>Тіркеу нөмірі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationship</source>
        <translation>Туыстығы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reliability</source>
        <translation>Сенімділігі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheme</source>
        <translation>Жазу жүйесі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Script</source>
        <translation>Жазу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview sections</source>
        <translation>Сұхбат бөлімдері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Көлемі</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+84"/>
        <source>How the source knows</source>
        <translation>Дереккөз қайдан біледі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started on</source>
        <translation>Басталған күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stated reason</source>
        <translation>Айтылған себебі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>Қысқаша мазмұны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended</source>
        <translation>Шартты түрде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term (months)</source>
        <translation>Мерзімі (ай)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spelling</source>
        <translation>Жазылуы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Township</source>
        <translation>Ауыл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treatment</source>
        <translation>Ұстау жағдайы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>Жарамдылық мерзімі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation>Қыстақ</translation>
    </message>
</context>
<context>
    <name>WaitingWords</name>
    <message numerus="yes">
        <location filename="../../app/ui/models/requests_model.py" line="-42"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n күн</numerusform>
            <numerusform>%n күн</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>(about %n month(s))</source>
        <translation>
            <numerusform>(шамамен %n ай)</numerusform>
            <numerusform>(шамамен %n ай)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>(about %n year(s))</source>
        <translation>
            <numerusform>(шамамен %n жыл)</numerusform>
            <numerusform>(шамамен %n жыл)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_StatusDialog</name>
    <message>
        <location filename="../../app/ui/petition_status.py" line="-21"/>
        <source>Give the date (at least the year).</source>
        <translation>Күнін көрсетіңіз (кем дегенде жылын).</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../app/ui/errors.py" line="+16"/>
        <source>Wrong passphrase (or wrong user name). Try again.</source>
        <translation>Құпия фраза (немесе пайдаланушы аты) қате. Қайталап көріңіз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This recovery key does not unlock this vault.</source>
        <translation>Бұл қалпына келтіру кілті осы қойманы ашпайды.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recovery key has a typing error. Check each group of five characters.</source>
        <translation>Қалпына келтіру кілті қате терілген. Бес таңбалы әр топты тексеріңіз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vault key file is damaged or was altered. Restore the vault from a backup.</source>
        <translation>Қойманың кілт файлы зақымдалған немесе өзгертілген. Қойманы сақтық көшірмеден қалпына келтіріңіз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key file would take too long to try; it may have been altered to make unlocking slow. Restore the vault from a backup.</source>
        <translation>Бұл қойманың кілттерін тексеру тым ұзаққа созылар еді; кілт файлы құлыпты ашуды баяулату үшін өзгертілген болуы мүмкін. Қойманы сақтық көшірмеден қалпына келтіріңіз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This file is damaged: its bytes no longer match what was stored. Restore it from a backup.</source>
        <translation>Бұл файл зақымдалған: оның байттары сақталғандарымен енді сәйкес келмейді. Оны сақтық көшірмеден қалпына келтіріңіз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file has not been received yet: the office that sent its record did not include the file. Ask that office for an exchange file of this case with its files.</source>
        <translation>Бұл файл әлі алынған жоқ: оның жазбасын жіберген кеңсе файлдың өзін қоспаған. Сол кеңседен осы істің файлдары бар алмасу файлын сұраңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The vault database is damaged. Restore the vault from a backup.</source>
        <translation>Қойманың дерекқоры зақымдалған. Қойманы сақтық көшірмеден қалпына келтіріңіз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key file and the database in this folder belong to different vaults. Put back this vault&apos;s own key file, or restore the vault from a backup.</source>
        <translation>Осы қалтадағы кілт файлы мен дерекқор әртүрлі қоймаларға тиесілі. Осы қойманың өз кілт файлын орнына қойыңыз немесе қойманы сақтық көшірмеден қалпына келтіріңіз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This vault was made by a newer version of Pana. Update Pana to open it.</source>
        <translation>Бұл қойма Pana бағдарламасының жаңарақ нұсқасында жасалған. Оны ашу үшін бағдарламаны жаңартыңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vault is open in another Pana window. Close it there first.</source>
        <translation>Қойма Pana бағдарламасының басқа терезесінде ашық. Алдымен оны сол жерде жабыңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Upgrading the vault failed. Nothing was changed; the vault is as it was.</source>
        <translation>Қойманы жаңарту сәтсіз аяқталды. Ештеңе өзгертілмеді; қойма бұрынғы күйінде.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A backup in the vault&apos;s own folder would be lost with the vault&apos;s disk. Choose another place, such as a USB stick.</source>
        <translation>Қойманың өз қалтасындағы сақтық көшірме оның дискісімен бірге жоғалады. Басқа орынды таңдаңыз, мысалы, USB жинақтауышын.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup could not be written to %1: %2. The vault itself is unchanged.</source>
        <translation>Сақтық көшірмені %1 файлына жазу мүмкін болмады: %2. Қойманың өзі өзгерген жоқ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Before upgrading the vault, Pana could not write a backup of it to %1: %2. The vault was not upgraded and is unchanged.</source>
        <translation>Қойманы жаңарту алдында Pana оның сақтық көшірмесін %1 файлына жаза алмады: %2. Қойма жаңартылмады және өзгерген жоқ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The vault could not be read or written (disk full, read-only or removed).</source>
        <translation>Қойманы оқу не жазу мүмкін болмады (диск толы, тек оқуға арналған немесе ажыратылған).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no vault in this folder.</source>
        <translation>Бұл қалтада қойма жоқ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A vault already exists in this folder.</source>
        <translation>Бұл қалтада қойма бұрыннан бар.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault is locked.</source>
        <translation>Қойма құлыпталған.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This copy of Pana lacks the encryption it needs (SQLCipher 4); it opens and stores nothing.</source>
        <translation>Pana-ның бұл көшірмесінде қажетті шифрлау (SQLCipher 4) жоқ; ол ештеңе ашпайды және сақтамайды.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file is not a Pana file of a supported kind.</source>
        <translation>Бұл файл Pana бағдарламасы қолдайтын файл емес.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup file is damaged or not a Pana backup.</source>
        <translation>Сақтық көшірме файлы зақымдалған немесе ол Pana сақтық көшірмесі емес.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audit log has been altered.</source>
        <translation>Аудит журналы өзгертілген.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some information is not valid; check the form.</source>
        <translation>Кейбір мәліметтер жарамсыз; пішінді тексеріңіз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This record no longer exists.</source>
        <translation>Бұл жазба енді жоқ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This copy of the vault no longer exists.</source>
        <translation>Қойманың бұл көшірмесі енді жоқ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last passphrase of the vault cannot be removed.</source>
        <translation>Қойманың соңғы құпия фразасын жоюға болмайды.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A key change was interrupted; finish it before changing keys again.</source>
        <translation>Кілттерді ауыстыру үзіліп қалды; кілттерді қайта ауыстырмас бұрын оны аяқтаңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled.</source>
        <translation>Тоқтатылды.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A record in this file was altered after it was written; nothing was imported.</source>
        <translation>Бұл файлдағы жазба жазылғаннан кейін өзгертілген; ештеңе импортталмады.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This office card cannot be used.</source>
        <translation>Бұл кеңсе карточкасын пайдалануға болмайды.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This partner office is not on the list.</source>
        <translation>Бұл серіктес кеңсе тізімде жоқ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A petition template has a mistake.</source>
        <translation>Арыз үлгісінде қате бар.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some fields of the petition are not filled in.</source>
        <translation>Арыздың кейбір өрістері толтырылмаған.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no such petition template.</source>
        <translation>Мұндай арыз үлгісі жоқ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the disk is full</source>
        <translation>диск толы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the medium is read-only</source>
        <translation>тасымалдағыш тек оқуға арналған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no permission to write there</source>
        <translation>ол жерге жазуға рұқсат жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its folder is not there (was the medium removed?)</source>
        <translation>мұндай қалта жоқ (тасымалдағыш алынып тасталды ма?)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the medium failed or was removed</source>
        <translation>тасымалдағыш істен шықты немесе алынып тасталды</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file is larger than Pana accepts for an exchange file.</source>
        <translation>Файл Pana алмасу файлы үшін қабылдайтын көлемнен үлкен.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file&apos;s encryption header is larger than any exchange file needs: it may be hostile.</source>
        <translation>Файлдың шифрлау тақырыптамасы кез келген алмасу файлына қажеттіден үлкен: файл зиянды болуы мүмкін.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is addressed to more offices than Pana accepts.</source>
        <translation>Файл Pana қабылдайтыннан көп кеңсеге арналған.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file would take too long to open; it may have been made to stall Pana.</source>
        <translation>Файлды ашу тым ұзаққа созылар еді; ол Pana бағдарламасын тұралату үшін жасалған болуы мүмкін.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is damaged (its text form is broken).</source>
        <translation>Файл зақымдалған (оның мәтіндік пішімі бұзылған).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is damaged (its encryption header is broken).</source>
        <translation>Файл зақымдалған (оның шифрлау тақырыптамасы бұзылған).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a Pana exchange file.</source>
        <translation>Бұл Pana алмасу файлы емес.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file was encrypted in a format version this Pana cannot read.</source>
        <translation>Файл Pana бағдарламасының бұл нұсқасы оқи алмайтын пішім нұсқасында шифрланған.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file is not for this office: it was encrypted for other offices only.</source>
        <translation>Бұл файл осы кеңсеге арналмаған: ол тек басқа кеңселер үшін шифрланған.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file was altered or damaged after it was made. Ask the sender for a new copy.</source>
        <translation>Файл жасалғаннан кейін өзгертілген немесе зақымдалған. Жіберушіден жаңа көшірме сұраңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is incomplete (cut short). Ask the sender for a new copy.</source>
        <translation>Файл толық емес (үзіліп қалған). Жіберушіден жаңа көшірме сұраңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file opens, but it does not hold a Pana exchange bundle.</source>
        <translation>Файл ашылады, бірақ онда Pana алмасу пакеті жоқ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundle inside the file is damaged.</source>
        <translation>Файл ішіндегі пакет зақымдалған.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle inside the file lists an entry twice.</source>
        <translation>Файл ішіндегі пакетте бір элемент екі рет көрсетілген.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle was made by a version of Pana whose exchange format this one cannot read.</source>
        <translation>Пакет алмасу пішімін бұл нұсқа оқи алмайтын Pana нұсқасында жасалған.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundle&apos;s signature does not match: it was altered or forged.</source>
        <translation>Пакеттің қолтаңбасы сәйкес келмейді: ол өзгертілген немесе қолдан жасалған.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundle comes from an office that is not one of your partner offices.</source>
        <translation>Пакет серіктес кеңселеріңіздің қатарына кірмейтін кеңседен келген.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundle comes from a partner office that was revoked (Preferences, Partner offices).</source>
        <translation>Пакет қайтарылып алынған серіктес кеңседен келген (Баптаулар, Серіктес кеңселер).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sender did not address this bundle to this office; someone else passed it on.</source>
        <translation>Жіберуші бұл пакетті осы кеңсеге арнамаған; оны басқа біреу әрі қарай жіберген.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundle comes from a newer (or much older) Pana; update Pana to read it.</source>
        <translation>Пакет Pana бағдарламасының жаңарақ (немесе әлдеқайда ескі) нұсқасынан келген; оны оқу үшін Pana бағдарламасын жаңартыңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A record in the bundle holds a text longer than any field accepts; nothing was imported.</source>
        <translation>Пакеттегі бір жазбада кез келген өріс қабылдайтыннан ұзын мәтін бар; ештеңе импортталмады.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another office already sent a bundle under this bundle&apos;s identity: one of them is forged. Nothing was imported; ask the sender, by phone, which bundles they sent.</source>
        <translation>Басқа кеңсе осы идентификатормен пакет жіберген: олардың бірі жалған. Ештеңе импортталмады; жіберушіден телефон арқылы қандай пакеттер жібергенін сұраңыз.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The operation failed.</source>
        <translation>Әрекет орындалмады.</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <location filename="../../app/ui/i18n.py" line="+25"/>
        <source>Intake</source>
        <translation>Алғашқы қабылдау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for an answer</source>
        <translation>Жауап күтуде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Жабық</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived</source>
        <translation>Мұрағатта</translation>
    </message>
</context>
</TS>
