<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>AddLinkDialog</name>
    <message>
        <location filename="../../app/ui/case_editor/links_box.py" line="+65"/>
        <source>Add a link</source>
        <translation>Добавление связи</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start of the other case&apos;s reference, then Enter</source>
        <translation>Начало номера другого дела, затем Enter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The office believes this source</source>
        <translation>Офис считает этот источник верным</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Link</source>
        <translation>Связь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find case</source>
        <translation>Найти дело</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked record</source>
        <translation>Связать с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the source says</source>
        <translation>Что сообщает источник</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Имя / название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>New official or organisation…</source>
        <translation>Новое должностное лицо или организация…</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../../app/ui/petition_status.py" line="+77"/>
        <source>Answer received</source>
        <translation>Получен ответ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answered on</source>
        <translation>Дата ответа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply (a file of the case)</source>
        <translation>Ответ (файл дела)</translation>
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
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not saved yet</source>
        <translation>ещё не сохранено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not received yet</source>
        <translation>ещё не получено</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../../app/ui/case_editor/attachments_tab.py" line="+92"/>
        <source>Add files…</source>
        <translation>Добавить файлы…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a copy…</source>
        <translation>Сохранить копию…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What it shows, where it comes from</source>
        <translation>Что на нём, откуда он</translation>
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
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Add scans, photos or audio</source>
        <translation>Добавить сканы, фото или аудио</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scans, photos, audio (*.png *.jpg *.jpeg *.gif *.pdf *.mp3 *.ogg *.wav *.m4a);;All files (*)</source>
        <translation>Сканы, фото, аудио (*.png *.jpg *.jpeg *.gif *.pdf *.mp3 *.ogg *.wav *.m4a);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The file could not be read.</source>
        <translation>Не удалось прочитать файл.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Kept in memory; stored in the vault when the case is saved.</source>
        <translation>Пока в памяти; попадёт в хранилище при сохранении дела.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Stored in the vault (encrypted).</source>
        <translation>Сохранено в хранилище (зашифровано).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file was not stored.</source>
        <translation>Файл не сохранён.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is empty (0 bytes), so it was not added: scan or copy it again.</source>
        <translation>%1 пуст (0 байт), поэтому не добавлен: отсканируйте или скопируйте его заново.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is larger than %2 MiB, so it was not added.</source>
        <translation>%1 больше %2 МБ, поэтому не добавлен.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>This attachment could not be read: it may be damaged (SHA-256 mismatch).</source>
        <translation>Не удалось прочитать вложение: возможно, оно повреждено (не совпадает SHA-256).</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No files in this case yet. Add files… keeps scans, photos, documents.</source>
        <translation>В деле пока нет файлов. «Добавить файлы…» сохранит сканы, фото, документы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose an attachment to see it here.</source>
        <translation>Выберите вложение, чтобы просмотреть его здесь.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>No preview for this kind of file.</source>
        <translation>Для файлов этого вида нет предпросмотра.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The copy of %1 will NOT be encrypted. Anyone who gets this computer or the medium you save it to can open it. Save a copy anyway?</source>
        <translation>Копия %1 НЕ будет зашифрована. Её сможет открыть любой, к кому попадёт этот компьютер или носитель, на который вы её сохраните. Всё равно сохранить копию?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save an unencrypted copy</source>
        <translation>Сохранить незашифрованную копию</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a copy</source>
        <translation>Сохранить копию</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unencrypted copy saved. Delete it when it is no longer needed.</source>
        <translation>Незашифрованная копия сохранена. Удалите её, когда она станет не нужна.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The copy could not be saved.</source>
        <translation>Не удалось сохранить копию.</translation>
    </message>
</context>
<context>
    <name>BackupFiles</name>
    <message>
        <location filename="../../app/ui/vault_actions.py" line="+42"/>
        <source>Save the backup</source>
        <translation>Сохранить резервную копию</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Pana backups (*.panabackup);;All files (*)</source>
        <translation>Резервные копии Pana (*.panabackup);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Choose the backup</source>
        <translation>Выберите резервную копию</translation>
    </message>
</context>
<context>
    <name>CandidateCard</name>
    <message>
        <location filename="../../app/ui/case_editor/duplicates_panel.py" line="+39"/>
        <source>Born: %1</source>
        <translation>Дата рождения: %1</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Names %1% alike</source>
        <translation>Имена совпадают на %1 %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Born: %1, not %2 as here</source>
        <translation>Дата рождения: %1, а не %2, как здесь</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(no reference)</source>
        <translation>(без номера)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case %1: this person&apos;s own case</source>
        <translation>Дело %1: собственное дело этого человека</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case %1: a relative of %2</source>
        <translation>Дело %1: в числе родственников %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not the same person</source>
        <translation>Это другой человек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open case</source>
        <translation>Открыть дело</translation>
    </message>
</context>
<context>
    <name>CaseDeletion</name>
    <message>
        <location filename="../../app/ui/case_deletion.py" line="+34"/>
        <source>Delete this case</source>
        <translation>Удалить это дело</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete %1? It leaves the case list here, and at partner offices when they import this office&apos;s next exchange file. Its history is kept. Unsaved changes in it are lost.</source>
        <translation>Удалить %1? Дело исчезнет из списка дел здесь, а в офисах-партнёрах — когда они импортируют следующий файл обмена этого офиса. История дела сохраняется. Несохранённые изменения в нём будут потеряны.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this case</source>
        <translation>это дело</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../../app/ui/case_editor/editor.py" line="+107"/>
        <location line="+66"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+66"/>
        <source>Discard</source>
        <translation>Отбросить</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>&amp;Identity</source>
        <translation>&amp;Личные данные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;nterviews</source>
        <translation>&amp;Интервью</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Legal timeline</source>
        <translation>&amp;Правовая хронология</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Relatives</source>
        <translation>&amp;Родственники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;quests</source>
        <translation>&amp;Обращения</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Petitions</source>
        <translation>&amp;Заявления</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>S&amp;ources</source>
        <translation>Исто&amp;чники</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Attachments</source>
        <translation>&amp;Вложения</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;History</source>
        <translation>Ис&amp;тория</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Хронология дела</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Opening the case…</source>
        <translation>Открытие дела…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · case %2</source>
        <translation>%1 · дело %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/editor_drafts.py" line="+62"/>
        <source>it could not be read</source>
        <translation>его не удалось прочитать</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>files too large for a draft, add them again: %1</source>
        <translation>файлы слишком велики для черновика, добавьте их снова: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore unsaved changes from %1? (%2)</source>
        <translation>Восстановить несохранённые изменения от %1? (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nothing differs from the case</source>
        <translation>ничем не отличается от дела</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>That draft could not be read; it was left as it was.</source>
        <translation>Не удалось прочитать черновик; он оставлен как есть.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Changed since by someone else too, and now as in the draft: %1. Check before saving.</source>
        <translation>После черновика это изменил и кто-то другой; сейчас — как в черновике: %1. Проверьте перед сохранением.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The draft could not be kept; save the case soon.</source>
        <translation>Не удалось сохранить черновик; сохраните дело как можно скорее.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/editor.py" line="+26"/>
        <source>Not saved: see the marked field.</source>
        <translation>Не сохранено: см. отмеченное поле.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>CaseEditorMessages</name>
    <message>
        <location filename="../../app/ui/case_editor/messages.py" line="+14"/>
        <source>Record informed consent (given, and how) before the account is saved.</source>
        <translation>Прежде чем сохранять рассказ, зафиксируйте информированное согласие (получено ли и как).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say how consent was recorded.</source>
        <translation>Укажите, как зафиксировано согласие.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a spelling of the name or, if it is not known, a description.</source>
        <translation>Введите написание имени или, если оно неизвестно, описание.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter at least one spelling of the name.</source>
        <translation>Введите хотя бы одно написание имени.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A spelling must not be empty.</source>
        <translation>Написание не может быть пустым.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This must not be empty.</source>
        <translation>Это поле не может быть пустым.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This names a relative, person or file the case no longer has.</source>
        <translation>Здесь указан родственник, человек или файл, которых в деле больше нет.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This belongs to another case.</source>
        <translation>Это относится к другому делу.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A linked record no longer exists; remove the link.</source>
        <translation>Связанной записи больше нет; удалите связь.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This kind of link cannot join these records.</source>
        <translation>Связь такого вида не может соединять эти записи.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This text is too long to be stored.</source>
        <translation>Текст слишком длинный для сохранения.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This text contains characters that cannot be stored.</source>
        <translation>В тексте есть символы, которые нельзя сохранить.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This choice is not known to this version of Pana.</source>
        <translation>Этот вариант неизвестен данной версии Pana.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This number must not be negative.</source>
        <translation>Число не может быть отрицательным.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An added file is empty (0 bytes); remove it.</source>
        <translation>Добавленный файл пуст (0 байт); удалите его.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An added file is too large to be stored; remove it.</source>
        <translation>Добавленный файл слишком велик для хранения; удалите его.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;Documentation only&quot; cannot be given with any other use.</source>
        <translation>«Только документирование» нельзя отметить вместе с другим использованием.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This date is before the date it follows; check both.</source>
        <translation>Эта дата раньше той, за которой она следует; проверьте обе.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another case has this reference; choose another, or leave it empty for a new one.</source>
        <translation>Этот номер уже у другого дела; выберите другой или оставьте поле пустым, чтобы получить новый.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This value cannot be saved.</source>
        <translation>Это значение нельзя сохранить.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The vault could not be written (disk full, read-only or removed medium). Your changes are kept as a draft.</source>
        <translation>Не удалось записать в хранилище (диск заполнен, доступен только для чтения или носитель извлечён). Изменения сохранены как черновик.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The vault is locked. Your changes are kept as a draft.</source>
        <translation>Хранилище заблокировано. Изменения сохранены как черновик.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vault is damaged; restore it from a backup.</source>
        <translation>Хранилище повреждено; восстановите его из резервной копии.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This case no longer exists in the vault.</source>
        <translation>Этого дела больше нет в хранилище.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some of the case could not be saved; see the marked field.</source>
        <translation>Часть дела не удалось сохранить; см. отмеченное поле.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The case could not be saved because of an internal error. Your changes are kept as a draft.</source>
        <translation>Дело не сохранено из-за внутренней ошибки. Изменения сохранены как черновик.</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <location filename="../../app/ui/case_editor/person_forms.py" line="+62"/>
        <source>Given when the case is saved</source>
        <translation>Присваивается при сохранении дела</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Reference</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidentiality</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened on</source>
        <translation>Дата открытия</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <location filename="../../app/ui/case_list.py" line="+175"/>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All offices</source>
        <translation>Все офисы</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Any deadline</source>
        <translation>Любой срок</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Deadline passed</source>
        <translation>Срок истёк</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Due in the next %n days</source>
        <translation>
            <numerusform>Срок в ближайший %n день</numerusform>
            <numerusform>Срок в ближайшие %n дня</numerusform>
            <numerusform>Срок в ближайшие %n дней</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No deadline</source>
        <translation>Без срока</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find by any spelling, case reference or document number (Ctrl+F)</source>
        <translation>Поиск по любому написанию имени, номеру дела или документа (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open an empty case file for a new person (Ctrl+N)</source>
        <translation>Открыть пустое дело для нового человека (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Cases found by name: %n</source>
        <translation>
            <numerusform>Найдено дел по имени: %n</numerusform>
            <numerusform>Найдено дел по имени: %n</numerusform>
            <numerusform>Найдено дел по имени: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Cases: %n</source>
        <translation>
            <numerusform>Дел: %n</numerusform>
            <numerusform>Дел: %n</numerusform>
            <numerusform>Дел: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../app/ui/models/case_cells.py" line="+33"/>
        <source>Reference</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last change</source>
        <translation>Изменено</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/models/case_table_model.py" line="+357"/>
        <source>Days since it expired: %n</source>
        <translation>
            <numerusform>Просрочено на %n день</numerusform>
            <numerusform>Просрочено на %n дня</numerusform>
            <numerusform>Просрочено на %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Days left: %n</source>
        <translation>
            <numerusform>Осталось дней: %n</numerusform>
            <numerusform>Осталось дней: %n</numerusform>
            <numerusform>Осталось дней: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/models/case_cells.py" line="+22"/>
        <source>document %1</source>
        <translation>документ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>matched %1</source>
        <translation>найдено по «%1»</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../app/ui/passphrase_dialog.py" line="+77"/>
        <location line="+4"/>
        <source>Change passphrase</source>
        <translation>Сменить парольную фразу</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Current passphrase:</source>
        <translation>Текущая парольная фраза:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase:</source>
        <translation>Новая парольная фраза:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat new passphrase:</source>
        <translation>Повтор новой парольной фразы:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Changing the passphrase…</source>
        <translation>Смена парольной фразы…</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location filename="../../app/ui/models/conflicts_model.py" line="+24"/>
        <location line="+6"/>
        <source>(no case)</source>
        <translation>(без дела)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Deleted at one office, still needed at another</source>
        <translation>Удалено в одном офисе, ещё нужно в другом</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted at one office, edited at another</source>
        <translation>Удалено в одном офисе, изменено в другом</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>an office not known here</source>
        <translation>офис, неизвестный здесь</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (this office)</source>
        <translation>%1 (этот офис)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept by the exchange</source>
        <translation>Сохранено при обмене</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted the record</source>
        <translation>Удалил(а) запись</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other records still need it</source>
        <translation>Она ещё нужна другим записям</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edited the record</source>
        <translation>Изменил(а) запись</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the record</source>
        <translation>Удалить запись</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the record</source>
        <translation>Оставить запись</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep this value</source>
        <translation>Оставить это значение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Side %1</source>
        <translation>Сторона %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Found</source>
        <translation>Обнаружено</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message numerus="yes">
        <location filename="../../app/ui/conflicts_page.py" line="+184"/>
        <location line="+125"/>
        <source>%n open conflict(s) to review</source>
        <translation>
            <numerusform>%n нерешённый конфликт ждёт рассмотрения</numerusform>
            <numerusform>%n нерешённых конфликта ждут рассмотрения</numerusform>
            <numerusform>%n нерешённых конфликтов ждут рассмотрения</numerusform>
        </translation>
    </message>
    <message>
        <location line="-117"/>
        <source>The conflicts could not be loaded.</source>
        <translation>Не удалось загрузить конфликты.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Case: %1</source>
        <translation>Дело: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record: %1</source>
        <translation>Запись: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>This record has %n other open conflict(s): answering this one keeps the values shown now for them.</source>
        <translation>
            <numerusform>У этой записи есть ещё %n нерешённый конфликт: при ответе на этот для него сохраняется значение, показанное сейчас.</numerusform>
            <numerusform>У этой записи есть ещё %n нерешённых конфликта: при ответе на этот для них сохраняются значения, показанные сейчас.</numerusform>
            <numerusform>У этой записи есть ещё %n нерешённых конфликтов: при ответе на этот для них сохраняются значения, показанные сейчас.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Delete the record</source>
        <translation>Удалить запись</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete this record, as the other office did? Its history is kept, and the deletion reaches the other offices with the next exchange file.</source>
        <translation>Удалить эту запись, как это сделал другой офис? Её история сохранится, а удаление дойдёт до других офисов со следующим файлом обмена.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saving the answer…</source>
        <translation>Сохранение ответа…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This conflict was answered already; the list is reloaded.</source>
        <translation>На этот конфликт уже ответили; список загружается заново.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This record holds others and cannot be deleted here.</source>
        <translation>Эта запись содержит другие записи, поэтому её нельзя удалить здесь.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The answer could not be saved.</source>
        <translation>Не удалось сохранить ответ.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No conflict is waiting for an answer.</source>
        <translation>Нет конфликтов, ожидающих ответа.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or write the answer:</source>
        <translation>Или впишите ответ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this answer</source>
        <translation>Сохранить этот ответ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past imports: what each exchange file did</source>
        <translation>Прошлые импорты: что изменил каждый файл обмена</translation>
    </message>
</context>
<context>
    <name>ContestDialog</name>
    <message>
        <location filename="../../app/ui/petition_status.py" line="+14"/>
        <source>Complaint or appeal</source>
        <translation>Жалоба или апелляция</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was done</source>
        <translation>Что сделано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On</source>
        <translation>Дата</translation>
    </message>
</context>
<context>
    <name>CopiesDialog</name>
    <message>
        <location filename="../../app/ui/copies_dialog.py" line="+79"/>
        <source>Older copies of this vault</source>
        <translation>Старые копии этого хранилища</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pana keeps the vault a restore replaces and a backup made before each upgrade. Each copy still opens with the passphrases that were valid when it was made, even after a passphrase change. Delete the copies you no longer need; erasing the vault deletes them all.</source>
        <translation>Pana сохраняет хранилище, заменённое при восстановлении, и резервную копию, сделанную перед каждым обновлением. Каждая копия открывается парольными фразами, действовавшими при её создании, даже после смены парольной фразы. Удалите копии, которые больше не нужны; уничтожение хранилища удаляет их все.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There are no older copies of this vault.</source>
        <translation>У этого хранилища нет старых копий.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete copy…</source>
        <translation>&amp;Удалить копию…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Looking for copies…</source>
        <translation>Поиск копий…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Delete copy</source>
        <translation>Удаление копии</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the copy kept since %1 (%2)? Its keys are destroyed first; it cannot be opened again.</source>
        <translation>Удалить копию, хранящуюся с %1 (%2)? Сначала уничтожаются её ключи; открыть её больше будет нельзя.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deleting the copy…</source>
        <translation>Удаление копии…</translation>
    </message>
</context>
<context>
    <name>CopiesModel</name>
    <message>
        <location filename="../../app/ui/models/copies_model.py" line="+15"/>
        <source>The vault a restore replaced</source>
        <translation>Хранилище, заменённое при восстановлении</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left by an interrupted restore</source>
        <translation>Осталось от прерванного восстановления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup made before an upgrade</source>
        <translation>Резервная копия перед обновлением</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left by an interrupted backup</source>
        <translation>Осталось от прерванного резервного копирования</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Kept since</source>
        <translation>Хранится с</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What</source>
        <translation>Что это</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
</context>
<context>
    <name>DashboardPanel</name>
    <message>
        <location filename="../../app/ui/dashboard.py" line="+131"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The dashboard could not be loaded.</source>
        <translation>Не удалось загрузить сводку.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What needs attention</source>
        <translation>Что требует внимания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All deadlines…</source>
        <translation>Все сроки…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overdue: %1</source>
        <translation>Просрочено: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Due in the next %n days: %1</source>
        <translation>
            <numerusform>Срок в ближайший %n день: %1</numerusform>
            <numerusform>Срок в ближайшие %n дня: %1</numerusform>
            <numerusform>Срок в ближайшие %n дней: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n merge conflict(s) between offices wait for an answer</source>
        <translation>
            <numerusform>%n конфликт при объединении данных офисов ждёт ответа</numerusform>
            <numerusform>%n конфликта при объединении данных офисов ждут ответа</numerusform>
            <numerusform>%n конфликтов при объединении данных офисов ждут ответа</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review conflicts…</source>
        <translation>Рассмотреть конфликты…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cases in intake: %1 · open: %2 · your unsaved drafts: %3</source>
        <translation>Дел на первичном приёме: %1 · открытых: %2 · ваших несохранённых черновиков: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Certificates expiring within %n days</source>
        <translation>
            <numerusform>Удостоверения, истекающие в течение %n дня</numerusform>
            <numerusform>Удостоверения, истекающие в течение %n дней</numerusform>
            <numerusform>Удостоверения, истекающие в течение %n дней</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certificates already expired</source>
        <translation>Удостоверения с истёкшим сроком</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(%1, the first %2 listed)</source>
        <translation>(%1, в списке первые %2)</translation>
    </message>
</context>
<context>
    <name>DaysLeft</name>
    <message numerus="yes">
        <location filename="../../app/ui/models/legal_events_model.py" line="+45"/>
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>истёк %n день назад</numerusform>
            <numerusform>истёк %n дня назад</numerusform>
            <numerusform>истёк %n дней назад</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expires today</source>
        <translation>истекает сегодня</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>остался %n день</numerusform>
            <numerusform>осталось %n дня</numerusform>
            <numerusform>осталось %n дней</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DaysLeftWords</name>
    <message numerus="yes">
        <location filename="../../app/ui/models/deadlines_model.py" line="+51"/>
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>просрочено на %n день</numerusform>
            <numerusform>просрочено на %n дня</numerusform>
            <numerusform>просрочено на %n дней</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>через %n день</numerusform>
            <numerusform>через %n дня</numerusform>
            <numerusform>через %n дней</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlinesModel</name>
    <message>
        <location line="+17"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days left</source>
        <translation>Осталось дней</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is due</source>
        <translation>Что нужно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
</context>
<context>
    <name>DeadlinesView</name>
    <message>
        <location filename="../../app/ui/deadlines_view.py" line="+160"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The deadlines could not be loaded.</source>
        <translation>Не удалось загрузить сроки.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Select a deadline to see its rule and legal source.</source>
        <translation>Выберите срок, чтобы увидеть его правило и правовой источник.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: due %2, %3</source>
        <translation>%1: срок %2, %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No decision on the complaint by %1: silence counts as a refusal (APC Art. 100(5)), so the court claim counts from that day.</source>
        <translation>К %1 решения по жалобе нет: молчание считается отказом (АППК, ст. 100(5)), поэтому срок иска отсчитывается с этого дня.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The travel document says it is valid until %1, but it is never valid beyond the refugee certificate, which expires first.</source>
        <translation>Проездной документ действителен до %1, но не дольше удостоверения беженца, которое истекает раньше.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No end of validity is recorded: it is counted by the rule from the day it was issued, %1.</source>
        <translation>Срок действия не записан: он считается по правилу со дня выдачи, %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note: %1</source>
        <translation>Примечание: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confidence: %1</source>
        <translation>Надёжность: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case %1, %2</source>
        <translation>Дело %1, %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rule: %1 (due the day it expires: apply to extend it before then)</source>
        <translation>Правило: %1 (срок — день окончания: подайте на продление заранее)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rule: %1 (counted from %2)</source>
        <translation>Правило: %1 (отсчёт от %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These deadlines are a lawyer&apos;s aid, not legal advice: check each against the law in force.</source>
        <translation>Эти сроки — подсказка для юриста, а не юридическая консультация: сверяйте каждый с действующим законом.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show what falls due within:</source>
        <translation>Показать сроки в пределах:</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Overdue: %1 · due in the next %n days: %2</source>
        <translation>
            <numerusform>Просрочено: %1 · срок в ближайший %n день: %2</numerusform>
            <numerusform>Просрочено: %1 · срок в ближайшие %n дня: %2</numerusform>
            <numerusform>Просрочено: %1 · срок в ближайшие %n дней: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rules in force: the office&apos;s file %1</source>
        <translation>Действующие правила: файл офиса %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rules in force: those shipped with Pana</source>
        <translation>Действующие правила: поставляемые с Pana</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The office&apos;s rules file was not used: %1. The shipped rules count meanwhile.</source>
        <translation>Файл правил офиса не использован: %1. Пока действуют поставляемые правила.</translation>
    </message>
</context>
<context>
    <name>DetentionForm</name>
    <message>
        <location filename="../../app/ui/case_editor/incidents.py" line="+57"/>
        <source>Who was held</source>
        <translation>Кто был задержан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facility</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stated reason</source>
        <translation>Названная причина</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Treatment</source>
        <translation>Обращение с задержанным</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The person: %1</source>
        <translation>Лицо по делу: %1</translation>
    </message>
</context>
<context>
    <name>DetentionsModel</name>
    <message>
        <location filename="../../app/ui/models/family_models.py" line="+153"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facility</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Until</source>
        <translation>Окончание</translation>
    </message>
</context>
<context>
    <name>DocumentForm</name>
    <message>
        <location filename="../../app/ui/case_editor/person_forms.py" line="+163"/>
        <source>Document number</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued by</source>
        <translation>Кем выдан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued on</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <location filename="../../app/ui/models/documents_model.py" line="+78"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued by</source>
        <translation>Кем выдан</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>valid</source>
        <translation>корректен</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n ошибка</numerusform>
            <numerusform>%n ошибки</numerusform>
            <numerusform>%n ошибок</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftText</name>
    <message>
        <location filename="../../app/ui/case_editor/draft_text.py" line="+30"/>
        <source>changed: %1</source>
        <translation>изменено: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new: %1</source>
        <translation>новое: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed: %1</source>
        <translation>удалено: %1</translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message numerus="yes">
        <location filename="../../app/ui/case_editor/duplicates_panel.py" line="+86"/>
        <source>%n or more person(s) in the vault may be this one; the %2 most likely: %1. Compare before going on; if not, say so.</source>
        <translation>
            <numerusform>%n или больше человек в хранилище могут быть этим человеком; %2 наиболее вероятных: %1. Сравните, прежде чем продолжать; если это не он, отметьте это.</numerusform>
            <numerusform>%n или больше человек в хранилище могут быть этим человеком; %2 наиболее вероятных: %1. Сравните, прежде чем продолжать; если это не он, отметьте это.</numerusform>
            <numerusform>%n или больше человек в хранилище могут быть этим человеком; %2 наиболее вероятных: %1. Сравните, прежде чем продолжать; если это не он, отметьте это.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n person(s) in the vault may be this one; the %2 most likely: %1. Compare before going on; if not, say so.</source>
        <translation>
            <numerusform>%n человек в хранилище может быть этим человеком; %2 наиболее вероятных: %1. Сравните, прежде чем продолжать; если это не он, отметьте это.</numerusform>
            <numerusform>%n человека в хранилище могут быть этим человеком; %2 наиболее вероятных: %1. Сравните, прежде чем продолжать; если это не он, отметьте это.</numerusform>
            <numerusform>%n человек в хранилище могут быть этим человеком; %2 наиболее вероятных: %1. Сравните, прежде чем продолжать; если это не он, отметьте это.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n person(s) in the vault may be this one: %1. Compare before going on; if not, say so.</source>
        <translation>
            <numerusform>%n человек в хранилище может быть этим человеком: %1. Сравните, прежде чем продолжать; если это не он, отметьте это.</numerusform>
            <numerusform>%n человека в хранилище могут быть этим человеком: %1. Сравните, прежде чем продолжать; если это не он, отметьте это.</numerusform>
            <numerusform>%n человек в хранилище могут быть этим человеком: %1. Сравните, прежде чем продолжать; если это не он, отметьте это.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EraseCountdownDialog</name>
    <message>
        <location filename="../../app/ui/locking.py" line="+292"/>
        <source>Quick erase</source>
        <translation>Быстрое уничтожение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every case in this vault will be destroyed for good. Press Cancel (or Esc) to stop.</source>
        <translation>Все дела в этом хранилище будут уничтожены безвозвратно. Чтобы остановить, нажмите «Отмена» (или Esc).</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Erasing in %n s</source>
        <translation>
            <numerusform>Уничтожение через %n с</numerusform>
            <numerusform>Уничтожение через %n с</numerusform>
            <numerusform>Уничтожение через %n с</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeFiles</name>
    <message>
        <location filename="../../app/ui/exchange_files.py" line="+41"/>
        <source>Save the exchange file</source>
        <translation>Сохранить файл обмена</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Exchange files (*.age);;All files (*)</source>
        <translation>Файлы обмена (*.age);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Open an exchange file</source>
        <translation>Открыть файл обмена</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../app/ui/export_dialog.py" line="+45"/>
        <source>Collecting the records…</source>
        <translation>Сбор записей…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing and encrypting…</source>
        <translation>Подписание и шифрование…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the file…</source>
        <translation>Запись файла…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done.</source>
        <translation>Готово.</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Export for partner offices</source>
        <translation>Экспорт для офисов-партнёров</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is encrypted: only the offices ticked below, and this office, can open it. Carry it as you like (USB stick, e-mail, messenger); its name says nothing about its content.</source>
        <translation>Файл зашифрован: открыть его смогут только отмеченные ниже офисы и этот офис. Передавайте его любым способом (флешка, электронная почта, мессенджер); его имя ничего не говорит о содержимом.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send to</source>
        <translation>Кому отправить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This office is always included, so the file can be read here too.</source>
        <translation>Этот офис включается всегда, чтобы файл можно было прочитать и здесь.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No partner offices yet. Add them in Preferences, Partner offices, from their cards.</source>
        <translation>Офисов-партнёров пока нет. Добавьте их по их карточкам (Настройки, Офисы-партнёры).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to send</source>
        <translation>Что отправить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every case (a full sync)</source>
        <translation>Все дела (полная синхронизация)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the changes since the last file to these offices</source>
        <translation>Только изменения после последнего файла для этих офисов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the cases selected in the case list:</source>
        <translation>Только дела, выбранные в списке дел:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only selected cases (select them in the case list first)</source>
        <translation>Только выбранные дела (сначала выберите их в списке дел)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A lawyer packet of these cases, without what endangers people</source>
        <translation>Пакет для юриста по этим делам, без того, что опасно для людей</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Their whole history, without relatives&apos; exact addresses in Xinjiang, who informed or relayed a report, and internal notes. The partner keeps its own values for those fields.</source>
        <translation>Вся их история, но без точных адресов родственников в Синьцзяне, без того, кто сообщил или передал сведения, и без внутренних заметок. Партнёр сохраняет для этих полей свои значения.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Include attached files (scans, photos): the file gets larger</source>
        <translation>Включить вложенные файлы (сканы, фото): файл станет больше</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attached files an earlier file to these offices left out go with the next file that includes them.</source>
        <translation>Вложенные файлы, которые не вошли в прежний файл для этих офисов, уйдут со следующим файлом, который их включает.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспортировать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>this office</source>
        <translation>этот офис</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Written: %1</source>
        <translation>Записан: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n record revision(s)</source>
        <translation>
            <numerusform>%n редакция записей</numerusform>
            <numerusform>%n редакции записей</numerusform>
            <numerusform>%n редакций записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n attached file(s)</source>
        <translation>
            <numerusform>%n вложенный файл</numerusform>
            <numerusform>%n вложенных файла</numerusform>
            <numerusform>%n вложенных файлов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Can be opened by: %1</source>
        <translation>Могут открыть: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n attached file(s) left out: this office has not received them from the office that added them yet. They go with the first file with attached files to these offices after they arrive.</source>
        <translation>
            <numerusform>%n вложенный файл не включён: этот офис ещё не получил его от офиса, который его добавил. Он уйдёт с первым файлом с вложениями для этих офисов, когда поступит.</numerusform>
            <numerusform>%n вложенных файла не включены: этот офис ещё не получил их от офиса, который их добавил. Они уйдут с первым файлом с вложениями для этих офисов, когда поступят.</numerusform>
            <numerusform>%n вложенных файлов не включены: этот офис ещё не получил их от офиса, который их добавил. Они уйдут с первым файлом с вложениями для этих офисов, когда поступят.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The vault locked while the exchange file was being written, which stopped it: no file was written. Start it again from Exchange → Export for partner offices…</source>
        <translation>Хранилище заблокировалось во время записи файла обмена, и это его остановило: файл не записан. Запустите его снова: Обмен → Экспорт для офисов-партнёров…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The exchange file was written to %1 just before the vault locked.</source>
        <translation>Файл обмена записан в %1 незадолго до блокировки хранилища.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One of these partner offices was revoked meanwhile; untick it.</source>
        <translation>Один из этих офисов-партнёров тем временем был отозван; снимите с него отметку.</translation>
    </message>
</context>
<context>
    <name>FamilyView</name>
    <message>
        <location filename="../../app/ui/case_editor/family_view.py" line="+54"/>
        <source>last contact %1</source>
        <translation>последняя связь %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>born %1</source>
        <translation>род. %1</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>No relatives recorded yet.</source>
        <translation>Родственники пока не внесены.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Red: held · amber: watched or barred from leaving · blue: released or at home · green: safe outside China · grey: died · white: nothing known</source>
        <translation>Красный: под стражей · жёлтый: под надзором или без права выезда · синий: освобождён или дома · зелёный: в безопасности вне Китая · серый: умер · белый: ничего не известно</translation>
    </message>
</context>
<context>
    <name>FieldChangesModel</name>
    <message>
        <location filename="../../app/ui/models/history_models.py" line="+235"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After</source>
        <translation>Стало</translation>
    </message>
</context>
<context>
    <name>FileTaskDialog</name>
    <message>
        <location filename="../../app/ui/file_task_dialog.py" line="+75"/>
        <source>Starting…</source>
        <translation>Начало…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A file with this name exists already; choose another name.</source>
        <translation>Файл с таким именем уже есть; выберите другое имя.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file could not be written there (no space, or no permission).</source>
        <translation>Файл не удалось записать туда (нет места или нет прав).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelled: no file was written.</source>
        <translation>Отменено: файл не записан.</translation>
    </message>
</context>
<context>
    <name>FilingDialog</name>
    <message>
        <location filename="../../app/ui/petition_status.py" line="-45"/>
        <source>Petition filed</source>
        <translation>Заявление подано</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filed on</source>
        <translation>Дата подачи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With (authority)</source>
        <translation>Куда (орган)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered under number</source>
        <translation>Зарегистрировано под номером</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say which authority it was filed with.</source>
        <translation>Укажите, в какой орган оно подано.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../app/ui/first_run.py" line="+151"/>
        <source>Enter the office name.</source>
        <translation>Введите название офиса.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your user name.</source>
        <translation>Введите имя пользователя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a stronger passphrase.</source>
        <translation>Выберите более надёжную парольную фразу.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Creating the encrypted vault…</source>
        <translation>Создание зашифрованного хранилища…</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Correct.</source>
        <translation>Верно.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>That is not group %n.</source>
        <translation>
            <numerusform>Это не %n-я группа.</numerusform>
            <numerusform>Это не %n-я группа.</numerusform>
            <numerusform>Это не %n-я группа.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Pana: new vault</source>
        <translation>Pana: новое хранилище</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome to Pana</source>
        <translation>Добро пожаловать в Pana</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pana keeps case files in an encrypted vault on this computer. Without the passphrase or the recovery key nobody can read it — not even us. There is no way to reset a lost passphrase.</source>
        <translation>Pana хранит дела в зашифрованном хранилище на этом компьютере. Без парольной фразы или ключа восстановления никто не сможет их прочитать — даже мы. Сбросить забытую парольную фразу невозможно.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Office name:</source>
        <translation>Название офиса:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your user name:</source>
        <translation>Ваше имя пользователя:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase:</source>
        <translation>Парольная фраза:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat passphrase:</source>
        <translation>Повтор парольной фразы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create vault</source>
        <translation>Создать хранилище</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your recovery key</source>
        <translation>Ваш ключ восстановления</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write this key on paper now and keep it somewhere safe, away from this computer. It opens the vault if the passphrase is forgotten. It is shown only this once.</source>
        <translation>Запишите этот ключ на бумагу прямо сейчас и храните в надёжном месте, отдельно от этого компьютера. Он откроет хранилище, если парольная фраза забыта. Ключ показывается только один раз.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>To check that you wrote it down, type group %n of the key (counting from the left):</source>
        <translation>
            <numerusform>Чтобы проверить, что ключ записан, введите его %n-ю группу (считая слева):</numerusform>
            <numerusform>Чтобы проверить, что ключ записан, введите его %n-ю группу (считая слева):</numerusform>
            <numerusform>Чтобы проверить, что ключ записан, введите его %n-ю группу (считая слева):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I wrote it down — continue</source>
        <translation>Я записал(а) ключ — продолжить</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have not confirmed the recovery key. It will not be shown again. Close anyway?</source>
        <translation>Вы не подтвердили ключ восстановления. Больше он показан не будет. Всё равно закрыть?</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../app/ui/models/history_models.py" line="-84"/>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>created</source>
        <translation>создано</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fields</source>
        <translation>Поля</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../app/ui/case_editor/history_tab.py" line="+43"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>this case</source>
        <translation>это дело</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Loading the history…</source>
        <translation>Загрузка истории…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The history could not be read.</source>
        <translation>Не удалось прочитать историю.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The history starts when the case is saved for the first time.</source>
        <translation>История начнётся после первого сохранения дела.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n revision(s), newest first.</source>
        <translation>
            <numerusform>%n редакция, сначала новые.</numerusform>
            <numerusform>%n редакции, сначала новые.</numerusform>
            <numerusform>%n редакций, сначала новые.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Deleted. The last values are kept in the revision before this one.</source>
        <translation>Удалено. Последние значения сохранены в предыдущей редакции.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What this revision changed, compared with the one before it:</source>
        <translation>Что изменилось в этой редакции по сравнению с предыдущей:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created with these values:</source>
        <translation>Создано со значениями:</translation>
    </message>
</context>
<context>
    <name>IdentityTab</name>
    <message>
        <location filename="../../app/ui/case_editor/identity_tab.py" line="+52"/>
        <source>Add document</source>
        <translation>Добавить документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove document</source>
        <translation>Удалить документ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add residence</source>
        <translation>Добавить место жительства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove residence</source>
        <translation>Удалить место жительства</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Names (every spelling, any script)</source>
        <translation>Имена (все написания, любая письменность)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Identity documents</source>
        <translation>Документы, удостоверяющие личность</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Places of residence</source>
        <translation>Места жительства</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="+100"/>
        <source>Import from a partner office</source>
        <translation>Импорт от офиса-партнёра</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose an exchange file a partner office sent. Pana first checks it and shows what importing it would do; nothing changes until you press Import.</source>
        <translation>Выберите файл обмена, присланный офисом-партнёром. Pana сначала проверит его и покажет, что изменит импорт; ничего не изменится, пока вы не нажмёте «Импортировать».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No file chosen yet.</source>
        <translation>Файл ещё не выбран.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Выбрать файл…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>this office</source>
        <translation>этот офис</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Checking the file…</source>
        <translation>Проверка файла…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Press Import to apply this to the vault.</source>
        <translation>Нажмите «Импортировать», чтобы применить это к хранилищу.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Importing… (it is done whole or not at all: Cancel undoes all of it)</source>
        <translation>Импорт… (выполняется целиком или не выполняется вовсе: «Отмена» отменяет всё)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The exchange file %1 was imported just before the vault locked.</source>
        <translation>Файл обмена %1 импортирован незадолго до блокировки хранилища.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Imported.</source>
        <translation>Импортировано.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The vault locked while an exchange file was being imported, which stopped it: nothing was imported. Import it again from Exchange → Import from a partner office…</source>
        <translation>Хранилище заблокировалось во время импорта файла обмена, и это его остановило: ничего не импортировано. Импортируйте его снова: Обмен → Импорт от офиса-партнёра…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Отменено. Ничего не изменено.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The file could not be read.</source>
        <translation>Не удалось прочитать файл.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing was imported; the vault is unchanged.</source>
        <translation>Ничего не импортировано; хранилище не изменилось.</translation>
    </message>
</context>
<context>
    <name>ImportReportView</name>
    <message>
        <location filename="../../app/ui/import_report.py" line="+24"/>
        <source>the record it belongs to is not here yet</source>
        <translation>записи, к которой она относится, здесь ещё нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the record it belongs to was deleted here</source>
        <translation>запись, к которой она относится, здесь удалена</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>From: %1, file number %2 from that office, made %3 (UTC)</source>
        <translation>От: %1, файл № %2 этого офиса, создан %3 (UTC)</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n arriving person(s) may be someone already here. Nothing is merged: compare them, then link them or mark them as different in the case file.</source>
        <translation>
            <numerusform>%n человек из файла может оказаться тем, кто уже есть здесь. Ничего не объединяется: сравните, затем свяжите или отметьте как разных людей в деле.</numerusform>
            <numerusform>%n человека из файла могут оказаться теми, кто уже есть здесь. Ничего не объединяется: сравните, затем свяжите или отметьте как разных людей в деле.</numerusform>
            <numerusform>%n человек из файла могут оказаться теми, кто уже есть здесь. Ничего не объединяется: сравните, затем свяжите или отметьте как разных людей в деле.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1: %n persons here have a name alike; the %2 most likely are listed.</source>
        <translation>
            <numerusform>%1: здесь %n человек с похожим именем; показаны %2 наиболее вероятных.</numerusform>
            <numerusform>%1: здесь %n человека с похожим именем; показаны %2 наиболее вероятных.</numerusform>
            <numerusform>%1: здесь %n человек с похожим именем; показаны %2 наиболее вероятных.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n more arriving person(s) with more namesakes here than are listed.</source>
        <translation>
            <numerusform>Ещё у %n человека из файла здесь больше тёзок, чем показано.</numerusform>
            <numerusform>Ещё у %n человек из файла здесь больше тёзок, чем показано.</numerusform>
            <numerusform>Ещё у %n человек из файла здесь больше тёзок, чем показано.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This file was imported before. Importing it again changes nothing.</source>
        <translation>Этот файл уже импортировался. Повторный импорт ничего не изменит.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing this file would change this vault as follows:</source>
        <translation>Импорт этого файла изменит это хранилище так:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file was imported:</source>
        <translation>Файл импортирован:</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new record(s)</source>
        <translation>
            <numerusform>%n новая запись</numerusform>
            <numerusform>%n новые записи</numerusform>
            <numerusform>%n новых записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, of them %n new case(s)</source>
        <translation>
            <numerusform>, из них %n новое дело</numerusform>
            <numerusform>, из них %n новых дела</numerusform>
            <numerusform>, из них %n новых дел</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n record(s) updated to the newer version from there</source>
        <translation>
            <numerusform>%n запись обновлена до более новой версии оттуда</numerusform>
            <numerusform>%n записи обновлены до более новой версии оттуда</numerusform>
            <numerusform>%n записей обновлено до более новой версии оттуда</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n record(s) merged automatically (different fields changed)</source>
        <translation>
            <numerusform>%n запись объединена автоматически (изменены разные поля)</numerusform>
            <numerusform>%n записи объединены автоматически (изменены разные поля)</numerusform>
            <numerusform>%n записей объединено автоматически (изменены разные поля)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n conflict(s) to review: the same field changed differently; nothing is lost</source>
        <translation>
            <numerusform>%n конфликт для рассмотрения: одно и то же поле изменено по-разному; ничего не потеряно</numerusform>
            <numerusform>%n конфликта для рассмотрения: одно и то же поле изменено по-разному; ничего не потеряно</numerusform>
            <numerusform>%n конфликтов для рассмотрения: одно и то же поле изменено по-разному; ничего не потеряно</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n record(s) deleted</source>
        <translation>
            <numerusform>%n запись удалена</numerusform>
            <numerusform>%n записи удалены</numerusform>
            <numerusform>%n записей удалено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n record(s) already up to date here</source>
        <translation>
            <numerusform>%n запись здесь уже актуальна</numerusform>
            <numerusform>%n записи здесь уже актуальны</numerusform>
            <numerusform>%n записей здесь уже актуальны</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n attached file(s)</source>
        <translation>
            <numerusform>%n вложенный файл</numerusform>
            <numerusform>%n вложенных файла</numerusform>
            <numerusform>%n вложенных файлов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n record(s) purged for good, as another office purged them (a person at risk)</source>
        <translation>
            <numerusform>%n запись стёрта навсегда, так как её стёр другой офис (человек в опасности)</numerusform>
            <numerusform>%n записи стёрты навсегда, так как их стёр другой офис (человек в опасности)</numerusform>
            <numerusform>%n записей стёрто навсегда, так как их стёр другой офис (человек в опасности)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n record(s) kept back: %1</source>
        <translation>
            <numerusform>%n запись отложена: %1</numerusform>
            <numerusform>%n записи отложены: %1</numerusform>
            <numerusform>%n записей отложено: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>This is a lawyer packet: the sending office withheld %n field(s) that could endanger people. Where this vault has a value for them, it keeps it.</source>
        <translation>
            <numerusform>Это пакет для юриста: офис-отправитель не передал %n поле, которое может подвергнуть людей опасности. Если в этом хранилище для него есть значение, оно сохраняется.</numerusform>
            <numerusform>Это пакет для юриста: офис-отправитель не передал %n поля, которые могут подвергнуть людей опасности. Если в этом хранилище для них есть значения, они сохраняются.</numerusform>
            <numerusform>Это пакет для юриста: офис-отправитель не передал %n полей, которые могут подвергнуть людей опасности. Если в этом хранилище для них есть значения, они сохраняются.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Earlier files from this office have not been imported here: number(s) %1. Import them too, in any order; changes they made wait for them. If one is lost, ask that office for a file of all its cases (not only the changes since the last file).</source>
        <translation>Более ранние файлы этого офиса здесь не импортированы: № %1. Импортируйте и их, в любом порядке: внесённые в них изменения ждут их. Если файл утерян, попросите этот офис прислать файл со всеми его делами (а не только с изменениями после прошлого файла).</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n change(s) are dated more than a day ahead of this computer&apos;s clock: a clock may be set wrong here or there.</source>
        <translation>
            <numerusform>%n изменение датировано более чем на сутки вперёд относительно часов этого компьютера: возможно, часы настроены неверно здесь или там.</numerusform>
            <numerusform>%n изменения датированы более чем на сутки вперёд относительно часов этого компьютера: возможно, часы настроены неверно здесь или там.</numerusform>
            <numerusform>%n изменений датированы более чем на сутки вперёд относительно часов этого компьютера: возможно, часы настроены неверно здесь или там.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n record(s) are waiting for the records they belong to, which another office has not sent yet; they will appear here once those arrive.</source>
        <translation>
            <numerusform>%n запись ждёт записи, к которой относится и которую другой офис ещё не прислал; она появится здесь, когда та придёт.</numerusform>
            <numerusform>%n записи ждут записей, к которым относятся и которые другой офис ещё не прислал; они появятся здесь, когда те придут.</numerusform>
            <numerusform>%n записей ждут записей, к которым относятся и которые другой офис ещё не прислал; они появятся здесь, когда те придут.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n arriving person(s) were not compared by name with the persons here (too many at once); the case file still warns when one of them may be someone already here.</source>
        <translation>
            <numerusform>%n человек из файла не сравнивался по имени с людьми здесь (слишком много сразу); дело всё равно предупредит о возможном совпадении с тем, кто уже есть здесь.</numerusform>
            <numerusform>%n человека из файла не сравнивались по имени с людьми здесь (слишком много сразу); дело всё равно предупредит о возможном совпадении с тем, кто уже есть здесь.</numerusform>
            <numerusform>%n человек из файла не сравнивались по имени с людьми здесь (слишком много сразу); дело всё равно предупредит о возможном совпадении с тем, кто уже есть здесь.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterviewForm</name>
    <message>
        <location filename="../../app/ui/case_editor/interview_tab.py" line="+57"/>
        <source>Informed consent given</source>
        <translation>Информированное согласие получено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(how was it recorded?)</source>
        <translation>(как оно зафиксировано?)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Narrative</source>
        <translation>Рассказ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free narrative</source>
        <translation>Своими словами</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interview</source>
        <translation>Интервью</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interviewer</source>
        <translation>Интервьюер</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interpreter</source>
        <translation>Переводчик</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Informed consent (required before the account)</source>
        <translation>Информированное согласие (обязательно до рассказа)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recorded as</source>
        <translation>Как зафиксировано</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Account</source>
        <translation>Рассказ</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Record informed consent first: tick &quot;consent given&quot; and say how it was recorded. The account can be written after that.</source>
        <translation>Сначала зафиксируйте информированное согласие: отметьте «согласие получено» и укажите, как оно зафиксировано. После этого можно записывать рассказ.</translation>
    </message>
</context>
<context>
    <name>InterviewTab</name>
    <message>
        <location line="+93"/>
        <source>New interview</source>
        <translation>Новое интервью</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove interview</source>
        <translation>Удалить интервью</translation>
    </message>
</context>
<context>
    <name>InterviewsModel</name>
    <message>
        <location filename="../../app/ui/models/interviews_model.py" line="+22"/>
        <source>recorded</source>
        <translation>есть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not recorded</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interviewer</source>
        <translation>Интервьюер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
</context>
<context>
    <name>LegalEventForm</name>
    <message>
        <location filename="../../app/ui/case_editor/legal_tab.py" line="+92"/>
        <source> months</source>
        <translation> мес.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended sentence</source>
        <translation>Условное осуждение</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Turn into a request</source>
        <translation>Сделать обращением</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An application recorded as an event: move it to the Requests tab, links included</source>
        <translation>Заявление, записанное как событие: перенести на вкладку «Обращения» вместе со связями</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authority</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Term</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credit for pre-trial detention</source>
        <translation>Зачёт срока содержания под стражей</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal basis</source>
        <translation>Правовое основание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destination country</source>
        <translation>Страна назначения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Court case number</source>
        <translation>Номер судебного дела</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate number</source>
        <translation>Номер удостоверения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter number</source>
        <translation>Номер письма</translation>
    </message>
</context>
<context>
    <name>LegalEventsModel</name>
    <message>
        <location filename="../../app/ui/models/legal_events_model.py" line="-23"/>
        <source>Annulled by a court, %1</source>
        <translation>Отменено судом, %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annulled on complaint, %1</source>
        <translation>Отменено по жалобе, %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annulled by a court</source>
        <translation>Отменено судом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annulled on complaint</source>
        <translation>Отменено по жалобе</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Days left</source>
        <translation>Осталось дней</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>superseded</source>
        <translation>заменено новым</translation>
    </message>
</context>
<context>
    <name>LegalTab</name>
    <message>
        <location filename="../../app/ui/case_editor/legal_tab.py" line="+100"/>
        <source>Add legal event</source>
        <translation>Добавить правовое событие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove event</source>
        <translation>Удалить событие</translation>
    </message>
</context>
<context>
    <name>LinkText</name>
    <message>
        <location filename="../../app/ui/case_editor/link_text.py" line="+117"/>
        <source>%1 in case %2</source>
        <translation>%1 в деле %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 in another case</source>
        <translation>%1 в другом деле</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>believed by the office</source>
        <translation>офис считает верным</translation>
    </message>
</context>
<context>
    <name>LinksBox</name>
    <message>
        <location filename="../../app/ui/case_editor/links_box.py" line="+106"/>
        <source>Links</source>
        <translation>Связи</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add link…</source>
        <translation>Добавить связь…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove link</source>
        <translation>Удалить связь</translation>
    </message>
</context>
<context>
    <name>LockWait</name>
    <message>
        <location filename="../../app/ui/lock_wait.py" line="+106"/>
        <source>The vault locks when this is done…</source>
        <translation>Хранилище заблокируется, когда это закончится…</translation>
    </message>
</context>
<context>
    <name>LongSteps</name>
    <message>
        <location filename="../../app/ui/long_steps.py" line="+17"/>
        <source>Keeping a backup before the upgrade (%1 %)…</source>
        <translation>Создание резервной копии перед обновлением (%1 %)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpacking the backup (%1 %)…</source>
        <translation>Распаковка резервной копии (%1 %)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking every page of the backup (%1 %)…</source>
        <translation>Проверка каждой страницы резервной копии (%1 %)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Upgrading the vault (%1 of %2)…</source>
        <translation>Обновление хранилища (%1 из %2)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rebuilding the name index (%1 of %2 spellings)…</source>
        <translation>Перестройка указателя имён (%1 из %2 написаний)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unlocking the backup…</source>
        <translation>Открытие резервной копии…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <location filename="../../app/ui/main_menus.py" line="+109"/>
        <source>&amp;Vault</source>
        <translation>&amp;Хранилище</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock</source>
        <translation>За&amp;блокировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation>Н&amp;астройки…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change passphr&amp;ase…</source>
        <translation>Сменить парольную &amp;фразу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Users…</source>
        <translation>Пользовател&amp;и…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Older copies of this vault…</source>
        <translation>Старые &amp;копии хранилища…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back up the vault…</source>
        <translation>&amp;Резервная копия хранилища…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;tore from a backup…</source>
        <translation>Восстановить из р&amp;езервной копии…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;heck the vault…</source>
        <translation>Пр&amp;оверить хранилище…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;recovery key…</source>
        <translation>Новый к&amp;люч восстановления…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the vault &amp;key…</source>
        <translation>За&amp;менить ключ хранилища…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick &amp;erase of this vault…</source>
        <translation>Быстрое &amp;уничтожение хранилища…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Case</source>
        <translation>&amp;Дело</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New case</source>
        <translation>&amp;Новое дело</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save case</source>
        <translation>&amp;Сохранить дело</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close case file</source>
        <translation>&amp;Закрыть карточку дела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print case summary…</source>
        <translation>&amp;Печать справки по делу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find a person</source>
        <translation>Найти &amp;человека</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete this case…</source>
        <translation>У&amp;далить это дело…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purge a person of this case…</source>
        <translation>Стереть человека из этого дела…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;urge this case…</source>
        <translation>С&amp;тереть это дело…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xchange</source>
        <translation>&amp;Обмен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export for partner offices…</source>
        <translation>&amp;Экспорт для офисов-партнёров…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import from a partner office…</source>
        <translation>&amp;Импорт от офиса-партнёра…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Report for analysts…</source>
        <translation>&amp;Отчёт для аналитиков…</translation>
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
        <translation>Закрыть карточку дела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Petitions</source>
        <translation>Заявления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patterns</source>
        <translation>Закономерности</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Case deleted</source>
        <translation>Дело удалено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case %1 is deleted. Its history is kept.</source>
        <translation>Дело %1 удалено. Его история сохранена.</translation>
    </message>
</context>
<context>
    <name>MonthPicker</name>
    <message>
        <location filename="../../app/ui/patterns_filters.py" line="+54"/>
        <source>any</source>
        <translation>любой</translation>
    </message>
</context>
<context>
    <name>NameVariantsEditor</name>
    <message>
        <location filename="../../app/ui/case_editor/names_editor.py" line="+44"/>
        <source>Type a spelling, press Enter for the next</source>
        <translation>Введите написание и нажмите Enter для следующего</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New spelling</source>
        <translation>Новое написание</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scheme</source>
        <translation>Система записи</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kind of name</source>
        <translation>Вид имени</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add spelling</source>
        <translation>Добавить написание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Type the spelling first.</source>
        <translation>Сначала введите написание.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This spelling is already in the list.</source>
        <translation>Такое написание уже есть в списке.</translation>
    </message>
</context>
<context>
    <name>NameVariantsModel</name>
    <message>
        <location filename="../../app/ui/models/names_model.py" line="+33"/>
        <source>Spelling</source>
        <translation>Написание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Script</source>
        <translation>Письменность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheme</source>
        <translation>Система</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary</source>
        <translation>Основное</translation>
    </message>
</context>
<context>
    <name>PartialDate</name>
    <message>
        <location filename="../../app/ui/widgets/date_text.py" line="+24"/>
        <source>early %1</source>
        <translation>начало %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mid %1</source>
        <translation>середина %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>late %1</source>
        <translation>конец %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 %2</source>
        <comment>month and year</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 %3</source>
        <comment>day, month and year</comment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>between %1 and %2</source>
        <translation>в промежутке %1 – %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>about %1</source>
        <translation>около %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>until about %1</source>
        <translation>примерно до %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>until about the end of %1</source>
        <translation>примерно до конца %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until the end of %1</source>
        <translation>до конца %1</translation>
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <location filename="../../app/ui/widgets/partial_date_edit.py" line="+127"/>
        <source>year</source>
        <translation>год</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>month</source>
        <translation>месяц</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>exact</source>
        <translation>точно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about</source>
        <translation>около</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>early</source>
        <translation>начало</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mid</source>
        <translation>середина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>late</source>
        <translation>конец</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>between</source>
        <translation>в промежутке</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>The second date must come after the first; only the first is kept.</source>
        <translation>Вторая дата должна быть позже первой; пока сохраняется только первая.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a date Pana can read.</source>
        <translation>Pana не может прочитать эту дату.</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>day</source>
        <translation>день</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>How the date is known</source>
        <translation>Насколько точно известна дата</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You can also paste a date, such as 12.05.2018.</source>
        <translation>Можно также вставить дату, например 12.05.2018.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+201"/>
        <source>unknown</source>
        <translation>неизв.</translation>
    </message>
</context>
<context>
    <name>PartnerOffices</name>
    <message>
        <location filename="../../app/ui/partner_offices.py" line="+45"/>
        <source>This file is not a Pana office card.</source>
        <translation>Этот файл не является карточкой офиса Pana.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is too large to be an office card.</source>
        <translation>Файл слишком велик для карточки офиса.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This office card was made by another version of Pana and cannot be read.</source>
        <translation>Эта карточка офиса создана другой версией Pana и не может быть прочитана.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This office card is damaged: a field is missing or malformed.</source>
        <translation>Карточка офиса повреждена: поле отсутствует или искажено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This office card was altered or damaged: its signature does not match.</source>
        <translation>Карточка офиса изменена или повреждена: подпись не совпадает.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is this office&apos;s own card.</source>
        <translation>Это карточка самого этого офиса.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This office was revoked with these keys. Ask it for a card with new keys.</source>
        <translation>Этот офис отозван с этими ключами. Попросите у него карточку с новыми ключами.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add a partner office from its card</source>
        <translation>Добавить офис-партнёр по его карточке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office cards (*.pana-card);;All files (*)</source>
        <translation>Карточки офисов (*.pana-card);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save this office&apos;s card</source>
        <translation>Сохранить карточку этого офиса</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check the fingerprint</source>
        <translation>Проверьте отпечаток</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Every group matches: add</source>
        <translation>Все группы совпадают: добавить</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Office: %1
Office id: %2

Call this office and ask them to read out their fingerprint (Preferences, Partner offices). Add it only if every group below is the same.</source>
        <translation>Офис: %1
Идентификатор офиса: %2

Позвоните в этот офис и попросите зачитать их отпечаток (Настройки, Офисы-партнёры). Добавляйте, только если все группы ниже совпадают.</translation>
    </message>
</context>
<context>
    <name>PartnerOfficesPage</name>
    <message>
        <location line="+86"/>
        <source>Bundles are exchanged only with these offices. Add an office from the card it gave you, after comparing its fingerprint with it by phone.</source>
        <translation>Пакетами обмениваются только с этими офисами. Добавьте офис по карточке, которую он вам дал, сверив с ним отпечаток по телефону.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Office id</source>
        <translation>Идентификатор офиса</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add from card…</source>
        <translation>&amp;Добавить по карточке…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revoke…</source>
        <translation>&amp;Отозвать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save our card…</source>
        <translation>&amp;Сохранить нашу карточку…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New case references start with:</source>
        <translation>Номера новых дел начинаются с:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set</source>
        <translation>Задать</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This office&apos;s fingerprint: %1</source>
        <translation>Отпечаток этого офиса: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Revoked on %1</source>
        <translation>Отозван %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation>Действует</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The file could not be read.</source>
        <translation>Не удалось прочитать файл.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Revoke %1? Bundles signed with its present keys will be refused. It can be added again only from a card with new keys.</source>
        <translation>Отозвать %1? Пакеты, подписанные его нынешними ключами, будут отклоняться. Снова добавить его можно только по карточке с новыми ключами.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revoke a partner office</source>
        <translation>Отозвать офис-партнёр</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A reference prefix is one to ten letters or digits, with no spaces or dashes.</source>
        <translation>Префикс номера — от одной до десяти букв или цифр, без пробелов и дефисов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This card is older than the one already added for this office.</source>
        <translation>Эта карточка старше уже добавленной для этого офиса.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card could not be saved there.</source>
        <translation>Не удалось сохранить карточку в этом месте.</translation>
    </message>
</context>
<context>
    <name>PastImportsModel</name>
    <message>
        <location filename="../../app/ui/models/conflicts_model.py" line="+16"/>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Обновлённые</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged</source>
        <translation>Объединённые</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Удалённые</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this office</source>
        <translation>этот офис</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Imported</source>
        <translation>Дата импорта</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From</source>
        <translation>От кого</translation>
    </message>
</context>
<context>
    <name>PatternFilterBar</name>
    <message>
        <location filename="../../app/ui/patterns_filters.py" line="+84"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every office</source>
        <translation>Все офисы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every kind of pressure</source>
        <translation>Все виды давления</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reliability at least</source>
        <translation>Достоверность не ниже</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any</source>
        <translation>любой</translation>
    </message>
</context>
<context>
    <name>PatternsModels</name>
    <message>
        <location filename="../../app/ui/models/patterns_models.py" line="+22"/>
        <source>Pressure reports by kind</source>
        <translation>Сообщения о давлении по видам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pressure reports by actor</source>
        <translation>Сообщения о давлении по исполнителям</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pressure reports by county of the relatives aimed at</source>
        <translation>Сообщения о давлении по уезду родственников, на которых оно направлено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pressure reports by relationship of the relatives aimed at</source>
        <translation>Сообщения о давлении по родству тех, на кого оно направлено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pressure reports by month</source>
        <translation>Сообщения о давлении по месяцам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detentions by relationship</source>
        <translation>Задержания по степени родства</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Detentions by county of the relative</source>
        <translation>Задержания по уезду родственника</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Detentions by month of arrest</source>
        <translation>Задержания по месяцу ареста</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>by kind</source>
        <translation>по видам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by actor</source>
        <translation>по исполнителям</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by county</source>
        <translation>по уездам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by relationship</source>
        <translation>по родству</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by month</source>
        <translation>по месяцам</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No kind recorded</source>
        <translation>Вид не указан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actor not known</source>
        <translation>Исполнитель неизвестен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>County not known</source>
        <translation>Уезд неизвестен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No relative recorded</source>
        <translation>Родственник не указан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month not known</source>
        <translation>Месяц неизвестен</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The person themself</source>
        <translation>Само лицо по делу</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Counted under</source>
        <translation>Учтено в графе</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Count</source>
        <translation>Число</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Лицо по делу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records counted</source>
        <translation>Учтено записей</translation>
    </message>
</context>
<context>
    <name>PatternsPage</name>
    <message>
        <location filename="../../app/ui/patterns_page.py" line="+209"/>
        <source>Counting cancelled.</source>
        <translation>Подсчёт отменён.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The patterns could not be counted.</source>
        <translation>Не удалось подсчитать закономерности.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Click a bar to list the cases behind it.</source>
        <translation>Щёлкните столбец, чтобы увидеть дела, из которых он сложился.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n pressure report(s)</source>
        <translation>
            <numerusform>%n сообщение о давлении</numerusform>
            <numerusform>%n сообщения о давлении</numerusform>
            <numerusform>%n сообщений о давлении</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n detention(s)</source>
        <translation>
            <numerusform>%n задержание</numerusform>
            <numerusform>%n задержания</numerusform>
            <numerusform>%n задержаний</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>in %n case(s)</source>
        <translation>
            <numerusform>в %n деле</numerusform>
            <numerusform>в %n делах</numerusform>
            <numerusform>в %n делах</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A report of several kinds, or aimed at several relatives, counts under each of them: the bars add up to more than the total.</source>
        <translation>Сообщение нескольких видов или о нескольких родственниках учитывается под каждым из них: сумма столбцов больше итога.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Detentions have no kind or reliability: those filters count pressure reports only.</source>
        <translation>У задержаний нет вида и достоверности: эти фильтры действуют только на сообщения о давлении.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Looking for the cases behind “%1”…</source>
        <translation>Поиск дел по «%1»…</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n case(s) behind “%1”</source>
        <translation>
            <numerusform>%n дело по «%1»</numerusform>
            <numerusform>%n дела по «%1»</numerusform>
            <numerusform>%n дел по «%1»</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pressure reports</source>
        <translation>Сообщения о давлении</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detentions</source>
        <translation>Задержания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>PdfPasswordDialog</name>
    <message>
        <location filename="../../app/ui/pdf_password_dialog.py" line="+19"/>
        <source>Protect the PDF with a password</source>
        <translation>Защитить PDF паролем</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Whoever has the file needs this password to open it; it allows printing. Give it to the reader another way than the file, by telephone say. It has at least %n characters.</source>
        <translation>
            <numerusform>Открыть файл можно только с этим паролем; печать им разрешена. Сообщите пароль читателю иначе, чем сам файл, например по телефону. В пароле не меньше %n знака.</numerusform>
            <numerusform>Открыть файл можно только с этим паролем; печать им разрешена. Сообщите пароль читателю иначе, чем сам файл, например по телефону. В пароле не меньше %n знаков.</numerusform>
            <numerusform>Открыть файл можно только с этим паролем; печать им разрешена. Сообщите пароль читателю иначе, чем сам файл, например по телефону. В пароле не меньше %n знаков.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat it:</source>
        <translation>Повторите его:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Too short.</source>
        <translation>Слишком короткий.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two entries differ.</source>
        <translation>Два ввода не совпадают.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../app/ui/case_editor/person_forms.py" line="-143"/>
        <source>unknown</source>
        <translation>неизвестен</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Kazakh, Uyghur, Kyrgyz, Hui, Han</source>
        <comment>ethnicities suggested, separated by commas</comment>
        <translation>казах, казашка, уйгур, уйгурка, киргиз, киргизка, хуэй, хань</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+35"/>
        <source>Missing papers</source>
        <translation>Недостающие документы</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+35"/>
        <source>What it blocks</source>
        <translation>Что это блокирует</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Age as of</source>
        <translation>Возраст на дату</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Birth place</source>
        <translation>Место рождения</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Civil status</source>
        <translation>Семейное положение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Occupation</source>
        <translation>Род занятий</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ethnicity</source>
        <translation>Национальность</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
</context>
<context>
    <name>PetitionDialog</name>
    <message>
        <location filename="../../app/ui/petition_dialog.py" line="+86"/>
        <source>Print a petition</source>
        <translation>Печать заявления</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Preview</source>
        <translation>&amp;Просмотр</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pass&amp;word-protect</source>
        <translation>С паро&amp;лем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the PDF encrypted: it opens only with a password</source>
        <translation>Сохранить PDF зашифрованным: он откроется только с паролем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Сохранить PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rint…</source>
        <translation>&amp;Напечатать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep as draft</source>
        <translation>Сохранить как &amp;черновик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Petition</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Rendering the pages…</source>
        <translation>Подготовка страниц…</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n page(s), as they will print.</source>
        <translation>
            <numerusform>%n страница — так она будет напечатана.</numerusform>
            <numerusform>%n страницы — так они будут напечатаны.</numerusform>
            <numerusform>%n страниц — так они будут напечатаны.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Annex %1 is not an image Pana can read: listed, not appended.</source>
        <translation>Приложение %1 — изображение, которое Pana не может прочитать: оно указано в списке, но не добавлено.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Changed: press Preview to see the pages.</source>
        <translation>Изменено: нажмите «Просмотр», чтобы увидеть страницы.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the petition as PDF</source>
        <translation>Сохранить заявление в PDF</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved with its password. Kept in the case&apos;s petitions.</source>
        <translation>Сохранено с паролем. Записано в заявления дела.</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>The PDF could not be saved: %1</source>
        <translation>Не удалось сохранить PDF: %1</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Saved. Kept in the case&apos;s petitions.</source>
        <translation>Сохранено. Записано в заявления дела.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Preparing the pages for the printer…</source>
        <translation>Подготовка страниц для принтера…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The printer could not be opened.</source>
        <translation>Не удалось открыть принтер.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sent to the printer. Kept in the case&apos;s petitions.</source>
        <translation>Отправлено на печать. Записано в заявления дела.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kept as a draft in the case&apos;s petitions.</source>
        <translation>Записано как черновик в заявления дела.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The template %1 cannot be used (line %2): %3</source>
        <translation>Шаблон %1 нельзя использовать (строка %2): %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fill in before printing: %1</source>
        <translation>Заполните перед печатью: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no template of this petition in this language.</source>
        <translation>Для этого заявления нет шаблона на этом языке.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something went wrong; the petition was not made.</source>
        <translation>Что-то пошло не так; заявление не создано.</translation>
    </message>
</context>
<context>
    <name>PetitionFields</name>
    <message>
        <location filename="../../app/ui/petition_panels.py" line="+43"/>
        <source>Refuse blanks (every field must be filled)</source>
        <translation>Не допускать пропусков (все поля обязательны)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To complete before printing</source>
        <translation>Заполнить перед печатью</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annexes (the case&apos;s files)</source>
        <translation>Приложения (файлы дела)</translation>
    </message>
</context>
<context>
    <name>PetitionWording</name>
    <message>
        <location line="+65"/>
        <source>Use this &amp;wording</source>
        <translation>Принять эту &amp;формулировку</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paragraphs (choose one to reword it)</source>
        <translation>Абзацы (выберите, чтобы изменить формулировку)</translation>
    </message>
</context>
<context>
    <name>PetitionsModel</name>
    <message>
        <location filename="../../app/ui/models/petitions_model.py" line="+22"/>
        <source>Travel document</source>
        <translation>Проездной документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refugee certificate extension</source>
        <translation>Продление удостоверения беженца</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asylum-seeker certificate extension</source>
        <translation>Продление свидетельства лица, ищущего убежище</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Citizenship application</source>
        <translation>Заявление о приёме в гражданство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint against a citizenship refusal</source>
        <translation>Жалоба на отказ в приёме в гражданство</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Objection to deportation (non-refoulement)</source>
        <translation>Возражение против выдворения (невысылка)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marriage registration</source>
        <translation>Регистрация брака</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Individual identification number (IIN)</source>
        <translation>Индивидуальный идентификационный номер (ИИН)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint against an administrative act</source>
        <translation>Жалоба на административный акт</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Administrative claim to a court</source>
        <translation>Административный иск в суд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter supporting resettlement</source>
        <translation>Письмо в поддержку переселения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case summary for a lawyer</source>
        <translation>Справка по делу для юриста</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>printed</source>
        <translation>напечатано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>filed</source>
        <translation>подано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answered</source>
        <translation>получен ответ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>complained</source>
        <translation>обжаловано в вышестоящий орган</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>appealed</source>
        <translation>обжаловано в суд</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Made</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Petition</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filed</source>
        <translation>Подано</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With</source>
        <translation>Куда</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
</context>
<context>
    <name>PetitionsPage</name>
    <message>
        <location filename="../../app/ui/petitions_page.py" line="+89"/>
        <source>The petitions could not be loaded.</source>
        <translation>Не удалось загрузить заявления.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n petition(s) in all</source>
        <translation>
            <numerusform>Всего %n заявление</numerusform>
            <numerusform>Всего %n заявления</numerusform>
            <numerusform>Всего %n заявлений</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every status</source>
        <translation>любой статус</translation>
    </message>
</context>
<context>
    <name>PetitionsTab</name>
    <message>
        <location filename="../../app/ui/case_editor/petitions_tab.py" line="+63"/>
        <source>Petitions are drafts for a lawyer to check; the deadlines they start are a lawyer&apos;s aid.</source>
        <translation>Заявления — черновики для проверки юристом; сроки, которые они запускают, — подсказка для юриста.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New petition…</source>
        <translation>&amp;Новое заявление…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print &amp;again…</source>
        <translation>Напечатать &amp;ещё раз…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Filed…</source>
        <translation>&amp;Подано…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ans&amp;wer received…</source>
        <translation>Получен &amp;ответ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Complaint or appeal…</source>
        <translation>&amp;Жалоба или апелляция…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Save the case first; then its petitions can be printed.</source>
        <translation>Сначала сохраните дело; затем можно печатать заявления.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No petitions for this case yet. New petition… fills one from the case.</source>
        <translation>По этому делу заявлений пока нет. «Новое заявление…» заполнит его по данным дела.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Save or discard the changes to the case first.</source>
        <translation>Сначала сохраните или отмените изменения дела.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The petitions could not be read or changed.</source>
        <translation>Не удалось прочитать или изменить заявления.</translation>
    </message>
</context>
<context>
    <name>PrcId</name>
    <message>
        <location filename="../../app/ui/models/documents_model.py" line="-79"/>
        <source>needs 18 characters (%1 typed)</source>
        <translation>нужно 18 символов (введено %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only digits, and X as the last character</source>
        <translation>только цифры, последним символом может быть X</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the region code %1 is not a PRC province</source>
        <translation>код региона %1 не соответствует провинции КНР</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the birth date part %1 is not a possible date</source>
        <translation>дата рождения в номере (%1) невозможна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the check digit should be %1</source>
        <translation>контрольный символ должен быть %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the ID says born %1 but the recorded birth date is %2</source>
        <translation>по номеру дата рождения %1, а в деле указана %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Valid resident ID: born %1, %2</source>
        <translation>Номер удостоверения КНР верен: род. %1, пол: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, registered in Xinjiang</source>
        <translation>, регистрация в Синьцзяне</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Resident ID: %1</source>
        <translation>Номер удостоверения КНР: %1</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../app/ui/preferences.py" line="+134"/>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner offices</source>
        <translation>Офисы-партнёры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock after idle:</source>
        <translation>Блокировать после простоя:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart Pana when it locks</source>
        <translation>Перезапускать Pana при блокировке</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pana locks itself when nobody has used it for this long. An open case file keeps its unsaved changes as an encrypted draft.</source>
        <translation>Pana блокируется сама, если ею не пользовались столько времени. Несохранённые изменения открытого дела сохраняются как зашифрованный черновик.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restarting on lock clears what the session showed from Pana&apos;s memory, which locking alone cannot do.</source>
        <translation>Перезапуск при блокировке стирает из памяти Pana всё, что было показано за сеанс; одна блокировка этого не делает.</translation>
    </message>
</context>
<context>
    <name>PressureForm</name>
    <message>
        <location filename="../../app/ui/case_editor/incidents.py" line="+41"/>
        <source>Kinds</source>
        <translation>Виды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kinds of pressure</source>
        <translation>Виды давления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aimed at</source>
        <translation>Против кого</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relatives it was aimed at</source>
        <translation>Родственники, против которых направлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often</source>
        <translation>Как часто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Happened</source>
        <translation>Произошло</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported</source>
        <translation>Сообщено</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>(not recorded)</source>
        <translation>(не указано)</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Relayed by</source>
        <translation>Передал(а)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words reported</source>
        <translation>Сказанные слова</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heard through</source>
        <translation>Как стало известно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reliability</source>
        <translation>Достоверность</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the source knows</source>
        <translation>Откуда известно источнику</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
</context>
<context>
    <name>PressureReportsModel</name>
    <message>
        <location filename="../../app/ui/models/family_models.py" line="+23"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Actor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Kinds</source>
        <translation>Виды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aimed at</source>
        <translation>Против кого</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How often</source>
        <translation>Частота</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reliability</source>
        <translation>Достоверность</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <location filename="../../app/ui/purge_dialog.py" line="+98"/>
        <source>Purge a person</source>
        <translation>Стереть человека</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purging removes this person for good: their names, documents and places of residence, their place as a relative or a source in any case, the links to them, and all their history. The case itself stays.</source>
        <translation>Стирание навсегда удаляет этого человека: его имена, документы и места жительства, его роль родственника или источника в любом деле, связи с ним и всю его историю. Само дело остаётся.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Purge a case</source>
        <translation>Стереть дело</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purging removes this case for good: every record and file in it, all their history, and the people no other case names.</source>
        <translation>Стирание навсегда удаляет это дело: все его записи и файлы, всю их историю и людей, которые не упоминаются ни в одном другом деле.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It cannot be undone. Partner offices purge it too when they import this office&apos;s next exchange file, and it never comes back from any exchange file. Backups and older copies of the vault keep it until they are erased.</source>
        <translation>Это действие необратимо. Офисы-партнёры тоже сотрут эти данные, когда импортируют следующий файл обмена этого офиса, и они никогда не вернутся ни из одного файла обмена. Резервные копии и старые копии хранилища хранят их, пока эти копии не уничтожены.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Person:</source>
        <translation>Лицо:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your passphrase, again:</source>
        <translation>Повторите вашу парольную фразу:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I understand that this cannot be undone.</source>
        <translation>Я понимаю, что это действие необратимо.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purge for good</source>
        <translation>Стереть навсегда</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>relative</source>
        <translation>родственник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relayed a report</source>
        <translation>передал(а) сообщение</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Counting what it removes…</source>
        <translation>Подсчёт того, что будет удалено…</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n дело</numerusform>
            <numerusform>%n дела</numerusform>
            <numerusform>%n дел</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n человек</numerusform>
            <numerusform>%n человека</numerusform>
            <numerusform>%n человек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файла</numerusform>
            <numerusform>%n файлов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>It removes %n record(s) with all their history</source>
        <translation>
            <numerusform>Будет удалена %n запись со всей историей</numerusform>
            <numerusform>Будут удалены %n записи со всей историей</numerusform>
            <numerusform>Будет удалено %n записей со всей историей</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This case names nobody but its subject; purge the case instead.</source>
        <translation>В этом деле не указан никто, кроме лица по делу; вместо этого сотрите дело целиком.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Purging…</source>
        <translation>Стирание…</translation>
    </message>
</context>
<context>
    <name>QuickErase</name>
    <message>
        <location filename="../../app/ui/quick_erase.py" line="+67"/>
        <source>Quick erase</source>
        <translation>Быстрое уничтожение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destroy this vault and every case in it? This cannot be undone, and backups made elsewhere are not touched.</source>
        <translation>Уничтожить это хранилище и все дела в нём? Это действие необратимо; резервные копии в других местах не затрагиваются.</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <location filename="../../app/ui/case_editor/record_panel.py" line="+144"/>
        <source>Move up</source>
        <translation>Переместить вверх</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move down</source>
        <translation>Переместить вниз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move up (Alt+Up) among items with the same or overlapping dates</source>
        <translation>Выше (Alt+Вверх) среди записей с одинаковыми или пересекающимися датами</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move down (Alt+Down) among items with the same or overlapping dates</source>
        <translation>Ниже (Alt+Вниз) среди записей с одинаковыми или пересекающимися датами</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../app/ui/recovery_key_dialog.py" line="+18"/>
        <source>New recovery key</source>
        <translation>Новый ключ восстановления</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write this key on paper now and keep it away from this computer. The old recovery key no longer opens the vault. This key is shown only this once.</source>
        <translation>Запишите этот ключ на бумаге сейчас и храните его отдельно от компьютера. Старый ключ восстановления больше не открывает хранилище. Этот ключ показывается только один раз.</translation>
    </message>
</context>
<context>
    <name>RelativeForm</name>
    <message>
        <location filename="../../app/ui/case_editor/relative_form.py" line="+48"/>
        <source>Names</source>
        <translation>Имена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the name is not known: her mother, about 70</source>
        <translation>Если имя неизвестно: её мать, около 70 лет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minor</source>
        <translation>Несовершеннолетний</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationship</source>
        <translation>Степень родства</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>as of</source>
        <translation>на дату</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Statuses</source>
        <translation>Положение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupation</source>
        <translation>Род занятий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefecture</source>
        <translation>Округ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>County</source>
        <translation>Уезд</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Township</source>
        <translation>Волость</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation>Село</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contact</source>
        <translation>Последняя связь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
</context>
<context>
    <name>RelativeStatusesModel</name>
    <message>
        <location filename="../../app/ui/models/family_models.py" line="-110"/>
        <source>Status</source>
        <translation>Положение</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Until</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
</context>
<context>
    <name>RelativesModel</name>
    <message>
        <location line="-52"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relationship</source>
        <translation>Родство</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Положение</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last contact</source>
        <translation>Последняя связь</translation>
    </message>
</context>
<context>
    <name>RelativesTab</name>
    <message>
        <location filename="../../app/ui/case_editor/relatives_tab.py" line="+42"/>
        <source>Add relative</source>
        <translation>Добавить родственника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove relative</source>
        <translation>Удалить родственника</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add detention</source>
        <translation>Добавить задержание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove detention</source>
        <translation>Удалить задержание</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add pressure report</source>
        <translation>Добавить сообщение о давлении</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove report</source>
        <translation>Удалить сообщение</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Relatives</source>
        <translation>Родственники</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Family view</source>
        <translation>Схема семьи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detentions</source>
        <translation>Задержания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pressure reports</source>
        <translation>Сообщения о давлении</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The person: %1</source>
        <translation>Лицо по делу: %1</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Removed %1. Detentions removed with them: %2. Pressure reports that no longer name this relative: %3. Sources that no longer name this relative: %4. Nothing is written until you save.</source>
        <translation>Удалён(а) %1. Удалено задержаний: %2. Сообщений о давлении, где этот родственник больше не указан: %3. Источников, где этот родственник больше не указан: %4. Ничего не записано, пока вы не сохраните.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="+41"/>
        <source>Starting…</source>
        <translation>Начало…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the cases…</source>
        <translation>Запись дел…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the events…</source>
        <translation>Запись событий…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the relatives…</source>
        <translation>Запись родственников…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the pressure reports…</source>
        <translation>Запись сообщений о давлении…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawing the charts…</source>
        <translation>Построение диаграмм…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done.</source>
        <translation>Готово.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Report for analysts</source>
        <translation>Отчёт для аналитиков</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cases, events, relatives and pressure reports, one row per record, for analysis in a spreadsheet or in Uwazi; or a PDF of the pattern charts. The file is written only where you choose. It is not encrypted: keep it safe.</source>
        <translation>Дела, события, родственники и сообщения о давлении, по строке на запись, для анализа в таблице или в Uwazi; или PDF с диаграммами закономерностей. Файл записывается только туда, куда вы укажете. Он не зашифрован: храните его бережно.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (one per table, zipped)</source>
        <translation>Файлы CSV (по одному на таблицу, в архиве zip)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (XLSX)</source>
        <translation>Книга Excel (XLSX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uwazi CSV (pressure reports)</source>
        <translation>CSV для Uwazi (сообщения о давлении)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF report with charts</source>
        <translation>Отчёт PDF с диаграммами</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anonymised</source>
        <translation>Обезличенно</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No names, document or reference numbers, free text or places finer than a county; dates to the month; ids replaced; counts under 5 shown as &lt;5.</source>
        <translation>Без имён, номеров документов и дел, свободного текста и мест мельче уезда; даты до месяца; идентификаторы заменены; числа меньше 5 показаны как &lt;5.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A record counts when its date may fall in the period (&quot;2019&quot; counts for March 2019).</source>
        <translation>Запись учитывается, если её дата может попасть в период («2019» учитывается для марта 2019).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспортировать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pressure reports by kind</source>
        <translation>Сообщения о давлении по видам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pressure reports by actor</source>
        <translation>Сообщения о давлении по исполнителям</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pressure reports by county</source>
        <translation>Сообщения о давлении по уездам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pressure reports by relationship of the relative</source>
        <translation>Сообщения о давлении по степени родства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pressure reports by month</source>
        <translation>Сообщения о давлении по месяцам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detentions by relationship</source>
        <translation>Задержания по степени родства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detentions by county</source>
        <translation>Задержания по уездам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detentions by month they began</source>
        <translation>Задержания по месяцу начала</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pressure on relatives and detentions: patterns across cases</source>
        <translation>Давление на родственников и задержания: закономерности по всем делам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period: {period}</source>
        <translation>Период: {period}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all dates</source>
        <translation>все даты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anonymised: no names or document numbers; counts under 5 are shown as &lt;5 and not drawn.</source>
        <translation>Обезличено: без имён и номеров документов; числа меньше 5 показаны как &lt;5 и не рисуются.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Totals</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pressure reports</source>
        <translation>Сообщения о давлении</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detentions</source>
        <translation>Задержания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count</source>
        <translation>Число</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not known</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page {page}</source>
        <translation>Страница {page}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The person themself</source>
        <translation>Само лицо по делу</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The vault locked while the report was being written, which stopped it: no file was written. Start it again from Exchange → Report for analysts…</source>
        <translation>Хранилище заблокировалось во время записи отчёта, и это его остановило: файл не записан. Запустите его снова: Обмен → Отчёт для аналитиков…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The report was written to %1 just before the vault locked.</source>
        <translation>Отчёт записан в %1 незадолго до блокировки хранилища.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Written: %1</source>
        <translation>Записано: %1</translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <location line="-196"/>
        <source>Save the report</source>
        <translation>Сохранить отчёт</translation>
    </message>
</context>
<context>
    <name>RequestForm</name>
    <message>
        <location filename="../../app/ui/case_editor/requests_tab.py" line="+44"/>
        <source>Request</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authority</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filed on</source>
        <translation>Дата подачи</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reference number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What was asked</source>
        <translation>Суть обращения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answered on</source>
        <translation>Дата ответа</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legal basis cited</source>
        <translation>Указанное правовое основание</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Answer reference</source>
        <translation>Номер ответа</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Answer scan</source>
        <translation>Скан ответа</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <location filename="../../app/ui/models/requests_model.py" line="+59"/>
        <source>Filed</source>
        <translation>Подано</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Request</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authority</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting</source>
        <translation>Ожидание</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <location filename="../../app/ui/case_editor/requests_tab.py" line="+70"/>
        <source>Add request</source>
        <translation>Добавить обращение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove request</source>
        <translation>Удалить обращение</translation>
    </message>
</context>
<context>
    <name>ResidenceForm</name>
    <message>
        <location filename="../../app/ui/case_editor/residence_form.py" line="+24"/>
        <source>Place of residence</source>
        <translation>Место жительства</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Place</source>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Область / регион</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since</source>
        <translation>Проживает с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>Проживал(а) до</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
</context>
<context>
    <name>ResidencesModel</name>
    <message>
        <location filename="../../app/ui/models/residences_model.py" line="+27"/>
        <source>Place</source>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Область / регион</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Since</source>
        <translation>С</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Until</source>
        <translation>До</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../app/ui/restore_dialog.py" line="+92"/>
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vault on this computer is replaced by the backup. The backup is checked first; the vault it replaces is kept as an older copy (Vault → Older copies). Afterwards, unlock with a passphrase the backup knows.</source>
        <translation>Хранилище на этом компьютере будет заменено резервной копией. Сначала копия проверяется; заменённое хранилище сохраняется как старая копия (Хранилище → Старые копии). Затем откройте хранилище парольной фразой, которую знает резервная копия.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup file:</source>
        <translation>Файл резервной копии:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase of the backup:</source>
        <translation>Парольная фраза копии:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Checking the backup and putting it in place…</source>
        <translation>Проверка резервной копии и замена хранилища…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancelled. The vault is as it was.</source>
        <translation>Отменено. Хранилище осталось прежним.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup file could not be read.</source>
        <translation>Не удалось прочитать файл резервной копии.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>RotateKeyDialog</name>
    <message>
        <location filename="../../app/ui/rotate_key_dialog.py" line="+30"/>
        <source>Replace the vault key</source>
        <translation>Замена ключа хранилища</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every page of the vault is encrypted again under a new key. On a large vault this takes minutes; until it is done you can cancel it, and the vault stays as it was.</source>
        <translation>Каждая страница хранилища будет заново зашифрована новым ключом. В большом хранилище это занимает несколько минут; пока работа не закончена, её можно отменить, и хранилище останется прежним.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A new recovery key is made and shown once: the one written down now stops working. Your passphrase stays the same.</source>
        <translation>Будет создан новый ключ восстановления, он будет показан один раз: записанный сейчас ключ перестанет действовать. Ваша парольная фраза не меняется.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backups and older copies made before keep the old key: they still open with the old passphrases and recovery key.</source>
        <translation>Резервные и старые копии, сделанные раньше, сохраняют старый ключ: они по-прежнему открываются старыми парольными фразами и старым ключом восстановления.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>These users lose access and must be added again (Vault → Users…): %1</source>
        <translation>Эти пользователи потеряют доступ, их нужно будет добавить заново (Хранилище → Пользователи…): %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your passphrase:</source>
        <translation>Ваша парольная фраза:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Replace the key</source>
        <translation>Заменить ключ</translation>
    </message>
</context>
<context>
    <name>SamePersonModel</name>
    <message>
        <location filename="../../app/ui/models/exchange_models.py" line="+101"/>
        <source>Arriving person</source>
        <translation>Человек из файла</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>May be, here</source>
        <translation>Возможное совпадение здесь</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Their cases here</source>
        <translation>Дела здесь</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names alike</source>
        <translation>Сходство имён</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not the arriving person&apos;s birth date: probably a namesake.</source>
        <translation>Не дата рождения прибывающего человека: вероятно, это полный тёзка.</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../app/ui/shell.py" line="+227"/>
        <source>When the vault locked</source>
        <translation>Когда хранилище заблокировалось</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>The vault was restored from the backup and checked. Unlock it with a passphrase the backup knows.</source>
        <translation>Хранилище восстановлено из резервной копии и проверено. Откройте его парольной фразой, которую знает резервная копия.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The vault it replaced is kept in %1 (Vault → Older copies).</source>
        <translation>Заменённое хранилище сохранено в %1 (Хранилище → Старые копии).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vault restored</source>
        <translation>Хранилище восстановлено</translation>
    </message>
</context>
<context>
    <name>SideCard</name>
    <message>
        <location filename="../../app/ui/conflicts_page.py" line="-254"/>
        <source>Shown until you choose</source>
        <translation>Показано, пока вы не выберете</translation>
    </message>
</context>
<context>
    <name>SourceForm</name>
    <message>
        <location filename="../../app/ui/case_editor/sources_tab.py" line="+41"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publisher</source>
        <translation>Издание</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Published on</source>
        <translation>Дата публикации</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Information as of</source>
        <translation>Сведения на дату</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the source knows</source>
        <translation>Откуда известно источнику</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reliability</source>
        <translation>Достоверность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <location filename="../../app/ui/models/sources_model.py" line="+28"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publisher</source>
        <translation>Издание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reliability</source>
        <translation>Достоверность</translation>
    </message>
</context>
<context>
    <name>SourcesTab</name>
    <message>
        <location filename="../../app/ui/case_editor/sources_tab.py" line="+64"/>
        <source>Add source</source>
        <translation>Добавить источник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove source</source>
        <translation>Удалить источник</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The person the case is about</source>
        <translation>Лицо по делу</translation>
    </message>
</context>
<context>
    <name>StatusForm</name>
    <message>
        <location filename="../../app/ui/case_editor/relative_form.py" line="+90"/>
        <source>Status</source>
        <translation>Положение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
</context>
<context>
    <name>StatusHistory</name>
    <message>
        <location line="+37"/>
        <source>Add status</source>
        <translation>Добавить положение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove status</source>
        <translation>Удалить положение</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message numerus="yes">
        <location filename="../../app/ui/widgets/strength_meter.py" line="+35"/>
        <source>At least %n characters; a few unrelated words are easy to remember.</source>
        <translation>
            <numerusform>Не менее %n символа; несколько не связанных между собой слов легко запомнить.</numerusform>
            <numerusform>Не менее %n символов; несколько не связанных между собой слов легко запомнить.</numerusform>
            <numerusform>Не менее %n символов; несколько не связанных между собой слов легко запомнить.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Very weak</source>
        <translation>Очень слабая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weak</source>
        <translation>Слабая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fair</source>
        <translation>Средняя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong</source>
        <translation>Надёжная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very strong</source>
        <translation>Очень надёжная</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Используйте не менее %n символа.</numerusform>
            <numerusform>Используйте не менее %n символов.</numerusform>
            <numerusform>Используйте не менее %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a well-known password.</source>
        <translation>Это широко известный пароль.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many repeated characters.</source>
        <translation>Слишком много повторяющихся символов.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mix words, digits or other characters.</source>
        <translation>Сочетайте слова, цифры и другие символы.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../app/ui/case_editor/timeline_tab.py" line="+51"/>
        <source>Legal events</source>
        <translation>Правовые события</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detentions</source>
        <translation>Задержания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interviews</source>
        <translation>Интервью</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Petitions</source>
        <translation>Заявления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pressure reports</source>
        <translation>Сообщения о давлении</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relatives&apos; statuses</source>
        <translation>Положение родственников</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pressure</source>
        <translation>Давление</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer: %1</source>
        <translation>Ответ: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Detention</source>
        <translation>Задержание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview</source>
        <translation>Интервью</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>since %1, still going on</source>
        <translation>%1 – по сей день</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from %1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The person</source>
        <translation>Лицо по делу</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Show</source>
        <translation>&amp;Показать</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the whole case</source>
        <translation>Показать всё дело</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Fit</source>
        <translation>&amp;Целиком</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Annulled</source>
        <translation>Отменено</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Without a date: %n</source>
        <translation>
            <numerusform>Без даты: %n</numerusform>
            <numerusform>Без даты: %n</numerusform>
            <numerusform>Без даты: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Aimed at %n relative(s): shown in each one&apos;s lane</source>
        <translation>
            <numerusform>Направлено на %n родственника: показано в строке каждого</numerusform>
            <numerusform>Направлено на %n родственников: показано в строке каждого</numerusform>
            <numerusform>Направлено на %n родственников: показано в строке каждого</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../app/ui/unlock.py" line="+204"/>
        <source>Unlocking…</source>
        <translation>Разблокировка…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Pana: locked</source>
        <translation>Pana: заблокировано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault is locked</source>
        <translation>Хранилище заблокировано</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Enter your passphrase to open the case files.</source>
        <translation>Введите парольную фразу, чтобы открыть дела.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Type the recovery key printed when the vault was made.</source>
        <translation>Введите ключ восстановления, распечатанный при создании хранилища.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>User (optional):</source>
        <translation>Пользователь (необязательно):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase:</source>
        <translation>Парольная фраза:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery key:</source>
        <translation>Ключ восстановления:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I forgot the passphrase: use the printed recovery key</source>
        <translation>Я забыл(а) парольную фразу: ввести записанный ключ восстановления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quick erase…</source>
        <translation>Быстрое уничтожение…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore from a backup…</source>
        <translation>Восстановить из резервной копии…</translation>
    </message>
</context>
<context>
    <name>UserPrompts</name>
    <message>
        <location filename="../../app/ui/prompts.py" line="+42"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This case file has changes that are not saved yet.</source>
        <translation>В деле есть несохранённые изменения.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Pana</source>
        <translation>Pana</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pana: internal error</source>
        <translation>Pana: внутренняя ошибка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong inside Pana. What was saved before is safe; the last change may not have been saved. If this happens again, restart Pana and tell your coordinator what you were doing (without names).</source>
        <translation>В Pana произошла внутренняя ошибка. Всё, что было сохранено раньше, в безопасности; последнее изменение могло не сохраниться. Если это повторится, перезапустите Pana и расскажите координатору, что вы делали (без имён).</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../app/ui/users_dialog.py" line="+140"/>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a user</source>
        <translation>Добавить пользователя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name:</source>
        <translation>Имя пользователя:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their passphrase:</source>
        <translation>Парольная фраза пользователя:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat it:</source>
        <translation>Повторите её:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 can now unlock this vault with their own passphrase.</source>
        <translation>%1 теперь может открывать это хранилище своей парольной фразой.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove a user</source>
        <translation>Удалить пользователя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1&apos;s passphrase will no longer open this vault. What they recorded, and its history, stay.</source>
        <translation>Парольная фраза пользователя %1 больше не будет открывать это хранилище. Его или её записи и их история останутся.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 can no longer unlock this vault.</source>
        <translation>%1 больше не может открыть это хранилище.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The last user who can unlock the vault cannot be removed.</source>
        <translation>Нельзя удалить последнего пользователя, который может открыть хранилище.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This user name is taken, or holds characters a user name cannot have.</source>
        <translation>Это имя пользователя занято или содержит недопустимые символы.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The users could not be changed.</source>
        <translation>Не удалось изменить пользователей.</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location line="-165"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Can unlock</source>
        <translation>Может открыть</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (you)</source>
        <translation>%1 (вы)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no, removed</source>
        <translation>нет, удалён</translation>
    </message>
</context>
<context>
    <name>VaultActions</name>
    <message>
        <location filename="../../app/ui/vault_actions.py" line="+80"/>
        <source>The backup could not be written there.</source>
        <translation>Резервную копию не удалось записать туда.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Backup written</source>
        <translation>Резервная копия записана</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The encrypted backup (%1 MB) was written to %2. It opens only with a passphrase or the recovery key of this vault.</source>
        <translation>Зашифрованная резервная копия (%1 МБ) записана в %2. Она открывается только парольной фразой или ключом восстановления этого хранилища.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Writing the encrypted backup…</source>
        <translation>Запись зашифрованной резервной копии…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vault locked while the backup was being written, which stopped it: no file was written. Start it again from Vault → Back up the vault…</source>
        <translation>Хранилище заблокировалось во время записи резервной копии, и это её остановило: файл не записан. Запустите её снова: Хранилище → Резервная копия хранилища…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup was written to %1 just before the vault locked.</source>
        <translation>Резервная копия записана в %1 незадолго до блокировки хранилища.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+8"/>
        <source>Vault check</source>
        <translation>Проверка хранилища</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking every page of the vault…</source>
        <translation>Проверка каждой страницы хранилища…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vault could not be checked.</source>
        <translation>Не удалось проверить хранилище.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The vault locked while it was being checked, which stopped the check before it ended. Run it again from Vault → Check the vault…</source>
        <translation>Хранилище заблокировалось во время проверки, и проверка остановилась, не закончившись. Запустите её снова: Хранилище → Проверить хранилище…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The vault is sound: every page, its structure, the links between records, the history and the audit log were checked.</source>
        <translation>Хранилище в порядке: проверены каждая страница, его структура, связи между записями, история и журнал аудита.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>pages that fail their checksum</source>
        <translation>страницы с неверной контрольной суммой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a damaged structure</source>
        <translation>повреждённая структура</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>links to records that are missing</source>
        <translation>ссылки на отсутствующие записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a broken audit log</source>
        <translation>нарушенный журнал аудита</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>records without their history, or a damaged key file</source>
        <translation>записи без истории или повреждённый файл ключей</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check found damage: %1. Stop entering cases on this laptop and restore the most recent backup (Vault → Restore from a backup…); the damaged vault is kept as an older copy.</source>
        <translation>Проверка обнаружила повреждения: %1. Прекратите ввод дел на этом ноутбуке и восстановите последнюю резервную копию (Хранилище → Восстановить из резервной копии…); повреждённое хранилище будет сохранено как старая копия.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For a technician:</source>
        <translation>Для специалиста:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>The vault key was not replaced; the vault is as it was.</source>
        <translation>Ключ хранилища не заменён; хранилище осталось прежним.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The vault key is replaced: every page of the vault is encrypted under the new key.</source>
        <translation>Ключ хранилища заменён: каждая страница хранилища зашифрована новым ключом.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add these users again (Vault → Users…): %1</source>
        <translation>Добавьте этих пользователей заново (Хранилище → Пользователи…): %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Replace the vault key</source>
        <translation>Замена ключа хранилища</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypting every page of the vault again…</source>
        <translation>Каждая страница хранилища шифруется заново…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The vault locked while its key was being replaced, which stopped it: the vault key is as it was. Start it again from Vault → Replace the vault key…</source>
        <translation>Хранилище заблокировалось во время замены ключа, и это её остановило: ключ хранилища остался прежним. Запустите замену снова: Хранилище → Заменить ключ хранилища…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The vault key was replaced just before the vault locked, but its new recovery key could not be shown. Make a new one now: Vault → New recovery key…</source>
        <translation>Ключ хранилища был заменён незадолго до блокировки, но новый ключ восстановления показать не удалось. Создайте новый сейчас: Хранилище → Новый ключ восстановления…</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>New recovery key</source>
        <translation>Новый ключ восстановления</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a new recovery key? The one written down now stops working at once; the new one is shown only once.</source>
        <translation>Создать новый ключ восстановления? Записанный сейчас ключ сразу перестанет работать; новый будет показан только один раз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No new recovery key was made.</source>
        <translation>Новый ключ восстановления не создан.</translation>
    </message>
</context>
<context>
    <name>VaultDialogs</name>
    <message>
        <location filename="../../app/ui/vault_dialogs.py" line="+86"/>
        <source>Passphrase changed</source>
        <translation>Парольная фраза изменена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From now on, unlock with the new passphrase.</source>
        <translation>Теперь открывайте хранилище новой парольной фразой.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From now on, unlock with the new passphrase. These older copies of the vault still open with the old one: %1. Show them now, to delete the ones you no longer need?</source>
        <translation>Теперь открывайте хранилище новой парольной фразой. Эти старые копии хранилища всё ещё открываются прежней: %1. Показать их сейчас, чтобы удалить ненужные?</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Purged</source>
        <translation>Стёрто</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is gone from this vault. Partner offices purge it too when they import this office&apos;s next exchange file.</source>
        <translation>Эти данные удалены из хранилища. Офисы-партнёры тоже сотрут их, когда импортируют следующий файл обмена этого офиса.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Older copies of this vault still hold it: %1. Show them now, to erase them?</source>
        <translation>Старые копии этого хранилища всё ещё содержат эти данные: %1. Показать их сейчас, чтобы уничтожить?</translation>
    </message>
</context>
<context>
    <name>Vocab</name>
    <message>
        <location filename="../../app/ui/models/documents_model.py" line="-19"/>
        <location filename="../../app/ui/models/vocab_labels.py" line="+44"/>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../app/ui/models/vocab_labels.py" line="-1"/>
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/vocab_labels.py" line="-26"/>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alias</source>
        <translation>Другое имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As on a document</source>
        <translation>Как в документе</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cyrillic</source>
        <translation>Кириллица</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latin</source>
        <translation>Латиница</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic script</source>
        <translation>Арабица</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+73"/>
        <source>Chinese</source>
        <translation>Китайский</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Mixed / other</source>
        <translation>Смешанная / другая</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kazakh Cyrillic</source>
        <translation>Казахская кириллица</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakh Latin (2021)</source>
        <translation>Каз. латиница (2021)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakh Latin (2018)</source>
        <translation>Каз. латиница (2018)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakh Latin (2017)</source>
        <translation>Каз. латиница (2017)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISO 9</source>
        <translation>ISO 9</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passport (Russian style)</source>
        <translation>Паспортная (русская)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English (press)</source>
        <translation>Английская (пресса)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakh Arabic script</source>
        <translation>Казахская арабица</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese transcription</source>
        <translation>Китайская транскрипция</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Other</source>
        <translation>Другой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Неизвестен</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PRC resident ID card</source>
        <translation>Удостоверение личности КНР</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PRC passport</source>
        <translation>Паспорт КНР</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakhstan IIN</source>
        <translation>ИИН (Казахстан)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakhstan residence permit</source>
        <translation>Вид на жительство в РК</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refugee certificate</source>
        <translation>Удостоверение беженца</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asylum-seeker certificate</source>
        <translation>Свидетельство лица, ищущего убежище</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+235"/>
        <source>Travel document</source>
        <translation>Проездной документ</translation>
    </message>
    <message>
        <location line="-234"/>
        <source>Birth certificate</source>
        <translation>Свидетельство о рождении</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visa</source>
        <translation>Виза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court verdict</source>
        <translation>Приговор суда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deportation order</source>
        <translation>Решение о выдворении</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter from a ministry</source>
        <translation>Письмо министерства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitation</source>
        <translation>Приглашение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other document</source>
        <translation>Другой документ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Intake</source>
        <translation>Первичный приём</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for an answer</source>
        <translation>Ожидает ответа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Normal</source>
        <translation>Обычная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restricted</source>
        <translation>Ограниченная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret</source>
        <translation>Секретная</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Written, signed</source>
        <translation>Письменно, с подписью</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oral, audio-recorded</source>
        <translation>Устно, с аудиозаписью</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oral, witnessed</source>
        <translation>Устно, при свидетеле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thumbprint</source>
        <translation>Отпечаток пальца</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Documentation only</source>
        <translation>Только документирование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal action</source>
        <translation>Юридические действия (суд, заявления)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share with partner offices</source>
        <translation>Передача партнёрским офисам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advocacy, anonymised</source>
        <translation>Правозащитная огласка, анонимно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public, with name</source>
        <translation>Публично, с именем</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Background</source>
        <translation>Биография</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flight</source>
        <translation>Бегство</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+299"/>
        <source>Detention</source>
        <translation>Задержание</translation>
    </message>
    <message>
        <location line="-298"/>
        <source>Family</source>
        <translation>Семья</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status in Kazakhstan</source>
        <translation>Статус в Казахстане</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs</source>
        <translation>Нужды</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uyghur</source>
        <translation>Уйгурский</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Border crossing</source>
        <translation>Пересечение границы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrest</source>
        <translation>Арест</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charge</source>
        <translation>Обвинение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trial</source>
        <translation>Судебное разбирательство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sentence</source>
        <translation>Назначенное наказание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appeal filed</source>
        <translation>Подана апелляционная жалоба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appeal decided</source>
        <translation>Решение по апелляции</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deportation ordered</source>
        <translation>Назначено выдворение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deportation refused</source>
        <translation>Отказ в выдворении</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release</source>
        <translation>Освобождение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asylum application</source>
        <translation>Ходатайство об убежище</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asylum-seeker status</source>
        <translation>Статус лица, ищущего убежище</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refugee status granted</source>
        <translation>Присвоен статус беженца</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refugee status refused</source>
        <translation>Отказ в присвоении статуса беженца</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refugee status refusal appealed</source>
        <translation>Обжалован отказ в присвоении статуса беженца</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate issued</source>
        <translation>Выдано удостоверение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate extended</source>
        <translation>Продлено удостоверение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizenship application</source>
        <translation>Ходатайство о приёме в гражданство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizenship refused</source>
        <translation>Отказ в приёме в гражданство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residence permit application</source>
        <translation>Заявление о выдаче вида на жительство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residence permit refused</source>
        <translation>Отказ в выдаче вида на жительство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel document requested</source>
        <translation>Запрошен проездной документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel document reply</source>
        <translation>Ответ по проездному документу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departure to a third country</source>
        <translation>Выезд в третью страну</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statement by an official</source>
        <translation>Заявление должностного лица</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearing scheduled</source>
        <translation>Назначено заседание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearing postponed</source>
        <translation>Заседание отложено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conviction (verdict)</source>
        <translation>Обвинительный приговор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asylum-seeker status extended</source>
        <translation>Статус лица, ищущего убежище, продлён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status or asylum granted abroad</source>
        <translation>Статус или убежище предоставлены за рубежом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel document refused</source>
        <translation>Отказ в выдаче проездного документа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return or extradition requested by China</source>
        <translation>Запрос Китая о возвращении или выдаче</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deportation warning (no order)</source>
        <translation>Предупреждение о выдворении (без решения)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residence permit granted</source>
        <translation>Вид на жительство выдан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marriage registration refused</source>
        <translation>Отказ в регистрации брака</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IIN registration refused</source>
        <translation>Отказ в присвоении ИИН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitation for family reunification</source>
        <translation>Приглашение на воссоединение семьи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other event</source>
        <translation>Другое событие</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Father</source>
        <translation>Отец</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mother</source>
        <translation>Мать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spouse</source>
        <translation>Супруг(а)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Son</source>
        <translation>Сын</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daughter</source>
        <translation>Дочь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brother</source>
        <translation>Брат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sister</source>
        <translation>Сестра</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grandparent</source>
        <translation>Дедушка / бабушка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grandchild</source>
        <translation>Внук / внучка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uncle / aunt</source>
        <translation>Дядя / тётя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cousin</source>
        <translation>Двоюродный брат / сестра</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In-law</source>
        <translation>Свойственник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older brother</source>
        <translation>Старший брат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Younger brother</source>
        <translation>Младший брат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older sister</source>
        <translation>Старшая сестра</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Younger sister</source>
        <translation>Младшая сестра</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner (marriage not registrable)</source>
        <translation>Партнёр (брак нельзя зарегистрировать)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acquaintance</source>
        <translation>Знакомый</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person from the same town</source>
        <translation>Земляк</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-applicant</source>
        <translation>Созаявитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crossed the border together</source>
        <translation>Вместе пересекли границу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other relative</source>
        <translation>Другой родственник</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At home</source>
        <translation>Дома</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under surveillance</source>
        <translation>Под наблюдением</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detained</source>
        <translation>Под стражей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a camp</source>
        <translation>В лагере</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imprisoned</source>
        <translation>В заключении</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released</source>
        <translation>Освобождён(а)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forbidden to leave</source>
        <translation>Запрет на выезд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In Kazakhstan</source>
        <translation>В Казахстане</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abroad</source>
        <translation>За рубежом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deceased</source>
        <translation>Умер(ла)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status unknown</source>
        <translation>Положение неизвестно</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demand to return</source>
        <translation>Требование вернуться</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threat</source>
        <translation>Угроза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Police visit</source>
        <translation>Визит полиции</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interrogation</source>
        <translation>Допрос</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relative detained</source>
        <translation>Задержание родственника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release delayed</source>
        <translation>Затягивание освобождения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit refused</source>
        <translation>Отказ в выезде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Movement restricted</source>
        <translation>Ограничение передвижения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Property held</source>
        <translation>Удержание имущества</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions about the person abroad</source>
        <translation>Расспросы о человеке за рубежом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health harmed</source>
        <translation>Вред здоровью</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relative forced back to the home township</source>
        <translation>Родственника принудительно вернули в его волость</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threat of forced return or abduction</source>
        <translation>Угроза принудительного возвращения или похищения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inducement (property or money promised)</source>
        <translation>Посулы (обещали вернуть имущество или деньги)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>False claim</source>
        <translation>Ложное утверждение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medical treatment denied</source>
        <translation>Отказ в лечении</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprisal inside Kazakhstan</source>
        <translation>Преследование в Казахстане</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No pressure reported</source>
        <translation>Давления не сообщалось</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other pressure</source>
        <translation>Другое давление</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>County police</source>
        <translation>Уездная полиция</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Armed police</source>
        <translation>Вооружённая полиция</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State security</source>
        <translation>Госбезопасность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local officials</source>
        <translation>Местные чиновники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village committee</source>
        <translation>Сельский комитет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camp staff</source>
        <translation>Персонал лагеря</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Police (level unknown)</source>
        <translation>Полиция (уровень неизвестен)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central government</source>
        <translation>Центральное правительство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakhstan: Ministry of Internal Affairs</source>
        <translation>Казахстан: МВД</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakhstan: migration service</source>
        <translation>Казахстан: миграционная служба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakhstan: National Security Committee</source>
        <translation>Казахстан: КНБ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakhstan: court</source>
        <translation>Казахстан: суд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown actor</source>
        <translation>Исполнитель неизвестен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other actor</source>
        <translation>Другой исполнитель</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone call</source>
        <translation>Телефонный звонок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messenger</source>
        <translation>Мессенджер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Through a relative</source>
        <translation>Через родственника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visitor</source>
        <translation>Приезжий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In person</source>
        <translation>Лично</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other channel</source>
        <translation>Другой канал</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Victim themself</source>
        <translation>Сам пострадавший</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eyewitness</source>
        <translation>Очевидец</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family member</source>
        <translation>Член семьи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearsay</source>
        <translation>С чужих слов</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <location line="+85"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Unknown source</source>
        <translation>Источник неизвестен</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Recognition as a refugee</source>
        <translation>Признание беженцем</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Admission to citizenship</source>
        <translation>Приём в гражданство</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Answer awaited</source>
        <translation>Ожидается ответ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision on the complaint awaited</source>
        <translation>Ожидается решение по жалобе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision on status awaited</source>
        <translation>Ожидается решение о статусе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint to file</source>
        <translation>Подать жалобу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court claim to file</source>
        <translation>Подать иск в суд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asylum application to file</source>
        <translation>Подать ходатайство об убежище</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate expires</source>
        <translation>Истекает удостоверение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asylum-seeker certificate expires</source>
        <translation>Истекает свидетельство лица, ищущего убежище</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel document expires</source>
        <translation>Истекает проездной документ</translation>
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
        <translation>Другой файл</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="+89"/>
        <location line="+18"/>
        <location filename="../../app/ui/models/vocab_labels.py" line="-88"/>
        <location line="+108"/>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <location line="-81"/>
        <location filename="../../app/ui/models/vocab_labels.py" line="+1"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/vocab_labels.py" line="+1"/>
        <source>Identity document</source>
        <translation>Документ, удостоверяющий личность</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="+25"/>
        <location filename="../../app/ui/models/vocab_labels.py" line="+1"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/vocab_labels.py" line="-108"/>
        <location line="+109"/>
        <source>Interview</source>
        <translation>Интервью</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal event</source>
        <translation>Правовое событие</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="+44"/>
        <location filename="../../app/ui/models/vocab_labels.py" line="+1"/>
        <source>Relative</source>
        <translation>Родственник</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/vocab_labels.py" line="+2"/>
        <source>Pressure report</source>
        <translation>Сообщение о давлении</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attachment</source>
        <translation>Вложение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Petition</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="-48"/>
        <source>Actor</source>
        <translation>Исполнитель</translation>
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
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth place</source>
        <translation>Место рождения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/vocab_labels.py" line="-195"/>
        <source>Public testimony (press, video)</source>
        <translation>Публичное свидетельство (пресса, видео)</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>A: completely reliable</source>
        <translation>A: полностью надёжен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B: usually reliable</source>
        <translation>B: обычно надёжен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C: fairly reliable</source>
        <translation>C: достаточно надёжен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D: not usually reliable</source>
        <translation>D: обычно ненадёжен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E: unreliable</source>
        <translation>E: ненадёжен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F: cannot be judged</source>
        <translation>F: оценить нельзя</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Insider or official</source>
        <translation>Инсайдер или должностное лицо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service provider (lawyer, NGO)</source>
        <translation>Помогающая сторона (юрист, НКО)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Single</source>
        <translation>Не в браке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Married</source>
        <translation>В браке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Married, not registered</source>
        <translation>В незарегистрированном браке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Widowed</source>
        <translation>Вдова / вдовец</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Divorced</source>
        <translation>Разведён(а)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Civil status unknown</source>
        <translation>Семейное положение неизвестно</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No IIN</source>
        <translation>Нет ИИН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No identity document</source>
        <translation>Нет удостоверения личности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No residence registration</source>
        <translation>Нет регистрации по месту жительства</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+30"/>
        <source>Marriage registration</source>
        <translation>Регистрация брака</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>A phone number</source>
        <translation>Номер телефона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work</source>
        <translation>Работа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medical care</source>
        <translation>Медицинская помощь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social help</source>
        <translation>Социальная помощь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A bank account</source>
        <translation>Банковский счёт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel</source>
        <translation>Поездки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Once</source>
        <translation>Однократно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeated</source>
        <translation>Неоднократно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ongoing</source>
        <translation>Продолжается</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often: unknown</source>
        <translation>Частота неизвестна</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Published article</source>
        <translation>Опубликованная статья</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Broadcast or video</source>
        <translation>Передача или видео</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other source</source>
        <translation>Другой источник</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asylum</source>
        <translation>Убежище</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extension of asylum-seeker status</source>
        <translation>Продление статуса лица, ищущего убежище</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extension of a certificate</source>
        <translation>Продление удостоверения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Residence permit</source>
        <translation>Вид на жительство</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IIN registration</source>
        <translation>Присвоение ИИН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint against a decision</source>
        <translation>Жалоба на решение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claim to a court</source>
        <translation>Иск в суд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family reunification</source>
        <translation>Воссоединение семьи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request for information</source>
        <translation>Запрос информации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other request</source>
        <translation>Другое обращение</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pending</source>
        <translation>Ожидает ответа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>Получен ответ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer in time</source>
        <translation>Нет ответа в срок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Granted</source>
        <translation>Удовлетворено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly granted</source>
        <translation>Удовлетворено частично</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No decision</source>
        <translation>Решения нет</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Official</source>
        <translation>Должностное лицо</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lawyer</source>
        <translation>Юрист</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NGO</source>
        <translation>НКО</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activist group</source>
        <translation>Активистская группа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journalist</source>
        <translation>Журналист</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other party</source>
        <translation>Другая сторона</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>answers</source>
        <translation>отвечает на</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contests</source>
        <translation>обжалует</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extends</source>
        <translation>продлевает</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>follows</source>
        <translation>следует за</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>may answer</source>
        <translation>возможно, ответ на</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>concerns</source>
        <translation>касается</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>concerns the case</source>
        <translation>касается дела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is a source for</source>
        <translation>источник для</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>perpetrator of</source>
        <translation>исполнитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decided</source>
        <translation>принял решение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>intervened in</source>
        <translation>вмешался в</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>answered by</source>
        <translation>ответ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contested by</source>
        <translation>обжаловано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extended by</source>
        <translation>продлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>followed by</source>
        <translation>далее</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>may be answered by</source>
        <translation>возможный ответ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>concerned by</source>
        <translation>касается</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>perpetrator</source>
        <translation>исполнитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decided by</source>
        <translation>решение принял</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>intervention by</source>
        <translation>вмешательство</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>China</source>
        <translation>Китай</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Kazakhstan</source>
        <translation>Казахстан</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Kyrgyzstan</source>
        <translation>Кыргызстан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uzbekistan</source>
        <translation>Узбекистан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mongolia</source>
        <translation>Монголия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russia</source>
        <translation>Россия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Türkiye</source>
        <translation>Турция</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PRC</source>
        <translation>КНР</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stateless</source>
        <translation>Лицо без гражданства</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Request</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relative&apos;s status</source>
        <translation>Положение родственника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residence</source>
        <translation>Место жительства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official or organisation</source>
        <translation>Должностное лицо или организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>Связь</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/field_labels.py" line="-43"/>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age as of</source>
        <translation>Возраст на дату</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer (file)</source>
        <translation>Ответ (файл)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal basis of the answer</source>
        <translation>Правовое основание ответа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer reference</source>
        <translation>Номер ответа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered on</source>
        <translation>Дата ответа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was asked</source>
        <translation>Суть обращения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it blocks</source>
        <translation>Что это блокирует</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Civil status</source>
        <translation>Семейное положение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filed on</source>
        <translation>Дата подачи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often</source>
        <translation>Как часто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information as of</source>
        <translation>Сведения на дату</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kinds</source>
        <translation>Виды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing papers</source>
        <translation>Недостающие документы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minor</source>
        <translation>Несовершеннолетний</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Occupation</source>
        <translation>Род занятий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Believed by the office</source>
        <translation>Офис считает верным</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published on</source>
        <translation>Дата публикации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publisher</source>
        <translation>Издание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Область / регион</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relayed by</source>
        <translation>Передал(а)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported on</source>
        <translation>Дата сообщения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since</source>
        <translation>С</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Порядок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From (kind)</source>
        <translation>От (тип)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other case</source>
        <translation>Другое дело</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>К</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aimed at</source>
        <translation>Против кого</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To (kind)</source>
        <translation>К (тип)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>До</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words reported</source>
        <translation>Сказанные слова</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Closed on</source>
        <translation>Дата закрытия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidentiality</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent given</source>
        <translation>Согласие получено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent recorded as</source>
        <translation>Как зафиксировано согласие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent scope</source>
        <translation>Объём согласия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added on</source>
        <translation>Дата добавления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>County</source>
        <translation>Уезд</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination country</source>
        <translation>Страна назначения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit for detention (days)</source>
        <translation>Зачёт срока содержания под стражей (дн.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File name</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended on</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ethnicity</source>
        <translation>Национальность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facility</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held on</source>
        <translation>Дата проведения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter</source>
        <translation>Переводчик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interviewer</source>
        <translation>Интервьюер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary name</source>
        <translation>Основное имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued on</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued by</source>
        <translation>Кем выдан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contact</source>
        <translation>Последняя связь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal basis</source>
        <translation>Правовое основание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File type</source>
        <translation>Тип файла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Narrative</source>
        <translation>Рассказ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened on</source>
        <translation>Дата открытия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefecture</source>
        <translation>Округ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationship</source>
        <translation>Степень родства</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reliability</source>
        <translation>Достоверность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheme</source>
        <translation>Система записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Script</source>
        <translation>Письменность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview sections</source>
        <translation>Разделы интервью</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+84"/>
        <source>How the source knows</source>
        <translation>Откуда известно источнику</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started on</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stated reason</source>
        <translation>Названная причина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended</source>
        <translation>Условно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term (months)</source>
        <translation>Срок (мес.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spelling</source>
        <translation>Написание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Township</source>
        <translation>Волость</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treatment</source>
        <translation>Обращение с задержанным</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation>Село</translation>
    </message>
</context>
<context>
    <name>WaitingWords</name>
    <message numerus="yes">
        <location filename="../../app/ui/models/requests_model.py" line="-42"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>(about %n month(s))</source>
        <translation>
            <numerusform>(около %n месяца)</numerusform>
            <numerusform>(около %n месяцев)</numerusform>
            <numerusform>(около %n месяцев)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>(about %n year(s))</source>
        <translation>
            <numerusform>(около %n года)</numerusform>
            <numerusform>(около %n лет)</numerusform>
            <numerusform>(около %n лет)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_StatusDialog</name>
    <message>
        <location filename="../../app/ui/petition_status.py" line="-21"/>
        <source>Give the date (at least the year).</source>
        <translation>Укажите дату (хотя бы год).</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../app/ui/errors.py" line="+16"/>
        <source>Wrong passphrase (or wrong user name). Try again.</source>
        <translation>Неверная парольная фраза (или имя пользователя). Попробуйте ещё раз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This recovery key does not unlock this vault.</source>
        <translation>Этот ключ восстановления не подходит к этому хранилищу.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recovery key has a typing error. Check each group of five characters.</source>
        <translation>В ключе восстановления опечатка. Проверьте каждую группу из пяти символов.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vault key file is damaged or was altered. Restore the vault from a backup.</source>
        <translation>Файл ключей хранилища повреждён или изменён. Восстановите хранилище из резервной копии.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key file would take too long to try; it may have been altered to make unlocking slow. Restore the vault from a backup.</source>
        <translation>Проверка ключей этого хранилища заняла бы слишком много времени; файл ключей мог быть изменён, чтобы замедлить разблокировку. Восстановите хранилище из резервной копии.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This file is damaged: its bytes no longer match what was stored. Restore it from a backup.</source>
        <translation>Этот файл повреждён: его байты больше не совпадают с сохранёнными. Восстановите его из резервной копии.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file has not been received yet: the office that sent its record did not include the file. Ask that office for an exchange file of this case with its files.</source>
        <translation>Этот файл ещё не получен: офис, приславший его запись, не включил сам файл. Попросите этот офис прислать файл обмена этого дела вместе с его файлами.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The vault database is damaged. Restore the vault from a backup.</source>
        <translation>База данных хранилища повреждена. Восстановите хранилище из резервной копии.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key file and the database in this folder belong to different vaults. Put back this vault&apos;s own key file, or restore the vault from a backup.</source>
        <translation>Файл ключей и база данных в этой папке принадлежат разным хранилищам. Верните на место собственный файл ключей этого хранилища или восстановите хранилище из резервной копии.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This vault was made by a newer version of Pana. Update Pana to open it.</source>
        <translation>Это хранилище создано более новой версией Pana. Чтобы открыть его, обновите Pana.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vault is open in another Pana window. Close it there first.</source>
        <translation>Хранилище открыто в другом окне Pana. Сначала закройте его там.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Upgrading the vault failed. Nothing was changed; the vault is as it was.</source>
        <translation>Не удалось обновить хранилище. Ничего не изменено; хранилище осталось прежним.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A backup in the vault&apos;s own folder would be lost with the vault&apos;s disk. Choose another place, such as a USB stick.</source>
        <translation>Резервная копия в папке самого хранилища пропадёт вместе с его диском. Выберите другое место, например USB-флешку.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup could not be written to %1: %2. The vault itself is unchanged.</source>
        <translation>Не удалось записать резервную копию в %1: %2. Само хранилище не изменилось.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Before upgrading the vault, Pana could not write a backup of it to %1: %2. The vault was not upgraded and is unchanged.</source>
        <translation>Перед обновлением хранилища Pana не удалось записать его резервную копию в %1: %2. Хранилище не обновлено и не изменилось.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The vault could not be read or written (disk full, read-only or removed).</source>
        <translation>Не удалось прочитать или записать хранилище (диск заполнен, доступен только для чтения или извлечён).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no vault in this folder.</source>
        <translation>В этой папке нет хранилища.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A vault already exists in this folder.</source>
        <translation>В этой папке уже есть хранилище.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault is locked.</source>
        <translation>Хранилище заблокировано.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This copy of Pana lacks the encryption it needs (SQLCipher 4); it opens and stores nothing.</source>
        <translation>В этой копии Pana нет нужного ей шифрования (SQLCipher 4); она ничего не открывает и не сохраняет.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file is not a Pana file of a supported kind.</source>
        <translation>Этот файл не является поддерживаемым файлом Pana.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup file is damaged or not a Pana backup.</source>
        <translation>Файл резервной копии повреждён или не является резервной копией Pana.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audit log has been altered.</source>
        <translation>Журнал аудита был изменён.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some information is not valid; check the form.</source>
        <translation>Часть данных некорректна; проверьте форму.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This record no longer exists.</source>
        <translation>Этой записи больше нет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This copy of the vault no longer exists.</source>
        <translation>Этой копии хранилища больше нет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last passphrase of the vault cannot be removed.</source>
        <translation>Нельзя удалить последнюю парольную фразу хранилища.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A key change was interrupted; finish it before changing keys again.</source>
        <translation>Смена ключей была прервана; завершите её, прежде чем снова менять ключи.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A record in this file was altered after it was written; nothing was imported.</source>
        <translation>Запись в этом файле была изменена после создания; ничего не импортировано.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This office card cannot be used.</source>
        <translation>Эту карточку офиса нельзя использовать.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This partner office is not on the list.</source>
        <translation>Этого офиса-партнёра нет в списке.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A petition template has a mistake.</source>
        <translation>В шаблоне заявления ошибка.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some fields of the petition are not filled in.</source>
        <translation>Некоторые поля заявления не заполнены.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no such petition template.</source>
        <translation>Такого шаблона заявления нет.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the medium is read-only</source>
        <translation>носитель доступен только для чтения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no permission to write there</source>
        <translation>нет прав на запись в это место</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its folder is not there (was the medium removed?)</source>
        <translation>такой папки нет (носитель извлечён?)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the medium failed or was removed</source>
        <translation>носитель неисправен или извлечён</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file is larger than Pana accepts for an exchange file.</source>
        <translation>Файл больше, чем Pana допускает для файла обмена.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file&apos;s encryption header is larger than any exchange file needs: it may be hostile.</source>
        <translation>Заголовок шифрования файла больше, чем нужно любому файлу обмена: файл может быть вредоносным.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is addressed to more offices than Pana accepts.</source>
        <translation>Файл адресован большему числу офисов, чем допускает Pana.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file would take too long to open; it may have been made to stall Pana.</source>
        <translation>Открытие файла заняло бы слишком много времени; возможно, он создан, чтобы застопорить Pana.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is damaged (its text form is broken).</source>
        <translation>Файл повреждён (нарушена его текстовая форма).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is damaged (its encryption header is broken).</source>
        <translation>Файл повреждён (нарушен его заголовок шифрования).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a Pana exchange file.</source>
        <translation>Это не файл обмена Pana.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file was encrypted in a format version this Pana cannot read.</source>
        <translation>Файл зашифрован в версии формата, которую эта версия Pana прочитать не может.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file is not for this office: it was encrypted for other offices only.</source>
        <translation>Этот файл не для этого офиса: он зашифрован только для других офисов.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file was altered or damaged after it was made. Ask the sender for a new copy.</source>
        <translation>Файл был изменён или повреждён после создания. Попросите отправителя прислать новую копию.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is incomplete (cut short). Ask the sender for a new copy.</source>
        <translation>Файл неполный (обрезан). Попросите отправителя прислать новую копию.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file opens, but it does not hold a Pana exchange bundle.</source>
        <translation>Файл открывается, но в нём нет пакета обмена Pana.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundle inside the file is damaged.</source>
        <translation>Пакет внутри файла повреждён.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle inside the file lists an entry twice.</source>
        <translation>В пакете внутри файла один элемент указан дважды.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle was made by a version of Pana whose exchange format this one cannot read.</source>
        <translation>Пакет создан версией Pana, формат обмена которой эта версия прочитать не может.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundle&apos;s signature does not match: it was altered or forged.</source>
        <translation>Подпись пакета не совпадает: он изменён или подделан.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundle comes from an office that is not one of your partner offices.</source>
        <translation>Пакет пришёл от офиса, который не входит в число ваших офисов-партнёров.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundle comes from a partner office that was revoked (Preferences, Partner offices).</source>
        <translation>Пакет пришёл от отозванного офиса-партнёра (Настройки, Офисы-партнёры).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sender did not address this bundle to this office; someone else passed it on.</source>
        <translation>Отправитель не адресовал этот пакет этому офису; его переслал кто-то другой.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundle comes from a newer (or much older) Pana; update Pana to read it.</source>
        <translation>Пакет создан более новой (или намного более старой) версией Pana; чтобы прочитать его, обновите Pana.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A record in the bundle holds a text longer than any field accepts; nothing was imported.</source>
        <translation>Одна из записей пакета содержит текст длиннее, чем допускает любое поле; ничего не импортировано.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another office already sent a bundle under this bundle&apos;s identity: one of them is forged. Nothing was imported; ask the sender, by phone, which bundles they sent.</source>
        <translation>Другой офис уже присылал пакет с тем же идентификатором: один из них поддельный. Ничего не импортировано; уточните у отправителя по телефону, какие пакеты он отправлял.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The operation failed.</source>
        <translation>Операция не выполнена.</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <location filename="../../app/ui/i18n.py" line="+25"/>
        <source>Intake</source>
        <translation>Первичный приём</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for an answer</source>
        <translation>Ожидает ответа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
</context>
</TS>
