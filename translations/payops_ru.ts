<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ActionText</name>
    <message>
        <location filename="../widgets/ActionText.cpp" line="11"/>
        <source>%1: contains a NUL character</source>
        <translation>%1: содержит символ NUL</translation>
    </message>
</context>
<context>
    <name>AttemptTimelineModel</name>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="50"/>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="51"/>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="67"/>
        <source>manual: %1</source>
        <translation>вручную: %1</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="68"/>
        <source>schedule</source>
        <translation>по расписанию</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="170"/>
        <source>succeeded</source>
        <translation>успешно</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="172"/>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="174"/>
        <source>retry after</source>
        <translation>повтор позже</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="176"/>
        <source>gone (410)</source>
        <translation>удалён (410)</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="178"/>
        <source>timeout</source>
        <translation>тайм-аут</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="180"/>
        <source>refused</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="182"/>
        <source>circuit open</source>
        <translation>цепь разомкнута</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="184"/>
        <source>scheduled</source>
        <translation>запланировано</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="259"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="264"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="278"/>
        <source>Next attempt scheduled for %1</source>
        <translation>Следующая попытка запланирована на %1</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="279"/>
        <source>Manual retry asked by %1, due %2</source>
        <translation>Ручной повтор запрошен %1, срок %2</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="328"/>
        <source>Attempt %1 — %2</source>
        <translation>Попытка %1 — %2</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="329"/>
        <source>Started %1</source>
        <translation>Начата %1</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="331"/>
        <source>Took %1</source>
        <translation>Длилась %1</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="336"/>
        <source>Manual retry asked by %1</source>
        <translation>Ручной повтор запрошен %1</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="346"/>
        <source>Started</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="348"/>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="350"/>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="352"/>
        <source>HTTP status / error</source>
        <translation>Статус HTTP / ошибка</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="354"/>
        <source>Trigger</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="356"/>
        <source>Next attempt</source>
        <translation>Следующая попытка</translation>
    </message>
</context>
<context>
    <name>AttemptTimelineView</name>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="43"/>
        <source>first</source>
        <translation>первая</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="45"/>
        <source>+%1 s</source>
        <translation>+%1 с</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="47"/>
        <source>+%1 min</source>
        <translation>+%1 мин</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="49"/>
        <source>+%1 h</source>
        <translation>+%1 ч</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="50"/>
        <source>+%1 d</source>
        <translation>+%1 д</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="83"/>
        <source>Attempt timeline</source>
        <translation>Хронология попыток</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="242"/>
        <source>First attempt %1</source>
        <translation>Первая попытка %1</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="246"/>
        <source>time since the first attempt (log scale)</source>
        <translation>время с первой попытки (лог. шкала)</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="295"/>
        <source>now</source>
        <translation>сейчас</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="369"/>
        <source>success</source>
        <translation>успех</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="370"/>
        <source>failure</source>
        <translation>сбой</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="371"/>
        <source>429 / retry after</source>
        <translation>429 / повтор позже</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="372"/>
        <source>timeout / no answer</source>
        <translation>тайм-аут / нет ответа</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="373"/>
        <source>410 gone</source>
        <translation>410 удалён</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="396"/>
        <source>scheduled</source>
        <translation>запланирована</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="401"/>
        <source>manual retry</source>
        <translation>ручной повтор</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="403"/>
        <source>size: duration</source>
        <translation>размер: длительность</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="411"/>
        <source>No attempts yet</source>
        <translation>Попыток пока нет</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="411"/>
        <source>Select a delivery</source>
        <translation>Выберите доставку</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <location filename="../models/AuditLogModel.cpp" line="78"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../models/AuditLogModel.cpp" line="80"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../models/AuditLogModel.cpp" line="82"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../models/AuditLogModel.cpp" line="84"/>
        <source>Target</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location filename="../models/AuditLogModel.cpp" line="86"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../models/AuditLogModel.cpp" line="88"/>
        <source>Changed</source>
        <translation>Изменения</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../widgets/AuditView.cpp" line="35"/>
        <source>Between</source>
        <translation>Между</translation>
    </message>
    <message>
        <location filename="../widgets/AuditView.cpp" line="41"/>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Предыдущая</translation>
    </message>
    <message>
        <location filename="../widgets/AuditView.cpp" line="42"/>
        <source>&amp;Next ▶</source>
        <translation>&amp;Следующая ▶</translation>
    </message>
    <message>
        <location filename="../widgets/AuditView.cpp" line="65"/>
        <source>Select a row to see what it changed.</source>
        <translation>Выберите строку, чтобы увидеть, что она изменила.</translation>
    </message>
    <message>
        <location filename="../widgets/AuditView.cpp" line="95"/>
        <source>who (login)</source>
        <translation>кто (учётная запись)</translation>
    </message>
    <message>
        <location filename="../widgets/AuditView.cpp" line="97"/>
        <source>action, e.g. mute</source>
        <translation>действие, напр. mute</translation>
    </message>
    <message>
        <location filename="../widgets/AuditView.cpp" line="99"/>
        <source>target contains, e.g. downtime:12</source>
        <translation>объект содержит, напр. downtime:12</translation>
    </message>
    <message>
        <location filename="../widgets/AuditView.cpp" line="108"/>
        <source>&amp;Search</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location filename="../widgets/AuditView.cpp" line="121"/>
        <source>and</source>
        <translation>и</translation>
    </message>
    <message>
        <location filename="../widgets/AuditView.cpp" line="176"/>
        <source>Page %1 · loading…</source>
        <translation>Страница %1 · загрузка…</translation>
    </message>
    <message>
        <location filename="../widgets/AuditView.cpp" line="194"/>
        <source>Could not read the audit log: %1</source>
        <translation>Не удалось прочитать журнал аудита: %1</translation>
    </message>
    <message>
        <location filename="../widgets/AuditView.cpp" line="196"/>
        <source>Page %1 · no entries</source>
        <translation>Страница %1 · записей нет</translation>
    </message>
    <message>
        <location filename="../widgets/AuditView.cpp" line="197"/>
        <source>Page %1 · entries %2–%3%4</source>
        <translation>Страница %1 · записи %2–%3%4</translation>
    </message>
    <message>
        <location filename="../widgets/AuditView.cpp" line="201"/>
        <source>, more follow</source>
        <translation>, есть ещё</translation>
    </message>
    <message>
        <location filename="../widgets/AuditView.cpp" line="215"/>
        <source>%1 by %2 on %3</source>
        <translation>%1: %2, объект %3</translation>
    </message>
    <message>
        <location filename="../widgets/AuditView.cpp" line="216"/>
        <source> — reason: %1</source>
        <translation> — причина: %1</translation>
    </message>
    <message>
        <location filename="../widgets/AuditView.cpp" line="217"/>
        <source>No changes recorded.</source>
        <translation>Изменения не записаны.</translation>
    </message>
</context>
<context>
    <name>BacktestDowntimesModel</name>
    <message>
        <location filename="../models/BacktestDowntimesModel.cpp" line="144"/>
        <source>current v%1</source>
        <translation>текущая v%1</translation>
    </message>
    <message>
        <location filename="../models/BacktestDowntimesModel.cpp" line="145"/>
        <source>edited</source>
        <translation>изменённая</translation>
    </message>
    <message>
        <location filename="../models/BacktestDowntimesModel.cpp" line="151"/>
        <source>open at the end</source>
        <translation>открыт в конце</translation>
    </message>
    <message>
        <location filename="../models/BacktestDowntimesModel.cpp" line="161"/>
        <source>labelled true</source>
        <translation>размечен как истинный</translation>
    </message>
    <message>
        <location filename="../models/BacktestDowntimesModel.cpp" line="162"/>
        <source>labelled false</source>
        <translation>размечен как ложный</translation>
    </message>
    <message>
        <location filename="../models/BacktestDowntimesModel.cpp" line="178"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../models/BacktestDowntimesModel.cpp" line="180"/>
        <source>Cohort</source>
        <translation>Когорта</translation>
    </message>
    <message>
        <location filename="../models/BacktestDowntimesModel.cpp" line="182"/>
        <source>Started (UTC)</source>
        <translation>Начало (UTC)</translation>
    </message>
    <message>
        <location filename="../models/BacktestDowntimesModel.cpp" line="184"/>
        <source>Resolved (UTC)</source>
        <translation>Устранение (UTC)</translation>
    </message>
    <message>
        <location filename="../models/BacktestDowntimesModel.cpp" line="186"/>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <location filename="../models/BacktestDowntimesModel.cpp" line="188"/>
        <source>Severity</source>
        <translation>Критичность</translation>
    </message>
    <message>
        <location filename="../models/BacktestDowntimesModel.cpp" line="190"/>
        <source>Lowest SR</source>
        <translation>Минимальная SR</translation>
    </message>
    <message>
        <location filename="../models/BacktestDowntimesModel.cpp" line="192"/>
        <source>Payments</source>
        <translation>Платежи</translation>
    </message>
    <message>
        <location filename="../models/BacktestDowntimesModel.cpp" line="194"/>
        <source>Labels</source>
        <translation>Разметка</translation>
    </message>
    <message>
        <location filename="../models/BacktestDowntimesModel.cpp" line="196"/>
        <source>Ground truth</source>
        <translation>Эталон</translation>
    </message>
</context>
<context>
    <name>BacktestMatrixModel</name>
    <message>
        <location filename="../models/BacktestMatrixModel.cpp" line="75"/>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <location filename="../models/BacktestMatrixModel.cpp" line="86"/>
        <source>Current</source>
        <translation>Текущая</translation>
    </message>
    <message>
        <location filename="../models/BacktestMatrixModel.cpp" line="86"/>
        <source>Edited</source>
        <translation>Изменённая</translation>
    </message>
    <message>
        <location filename="../models/BacktestMatrixModel.cpp" line="89"/>
        <source>True positives</source>
        <translation>Истинные срабатывания</translation>
    </message>
    <message>
        <location filename="../models/BacktestMatrixModel.cpp" line="91"/>
        <source>False positives</source>
        <translation>Ложные срабатывания</translation>
    </message>
    <message>
        <location filename="../models/BacktestMatrixModel.cpp" line="93"/>
        <source>… labelled false</source>
        <translation>… размеченные как ложные</translation>
    </message>
    <message>
        <location filename="../models/BacktestMatrixModel.cpp" line="95"/>
        <source>Missed (false negatives)</source>
        <translation>Пропущенные (ложноотрицательные)</translation>
    </message>
    <message>
        <location filename="../models/BacktestMatrixModel.cpp" line="97"/>
        <source>Precision</source>
        <translation>Точность</translation>
    </message>
    <message>
        <location filename="../models/BacktestMatrixModel.cpp" line="99"/>
        <source>Recall</source>
        <translation>Полнота</translation>
    </message>
    <message>
        <location filename="../models/BacktestMatrixModel.cpp" line="101"/>
        <source>Median delay</source>
        <translation>Медианная задержка</translation>
    </message>
</context>
<context>
    <name>BacktestTimelineView</name>
    <message>
        <location filename="../widgets/BacktestTimelineView.cpp" line="35"/>
        <source>Backtest timeline: the downtimes of the current and the edited rule</source>
        <translation>Хронология бэктеста: простои текущего и изменённого правила</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestTimelineView.cpp" line="169"/>
        <source>current</source>
        <translation>текущая</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestTimelineView.cpp" line="172"/>
        <source>edited</source>
        <translation>изменённая</translation>
    </message>
</context>
<context>
    <name>BacktestView</name>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="103"/>
        <source>Cancelled: no results.</source>
        <translation>Отменено: результатов нет.</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="105"/>
        <source>The backtest failed: %1</source>
        <translation>Бэктест не удался: %1</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="138"/>
        <source>Last hour</source>
        <translation>За час</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="138"/>
        <source>Last 24 hours</source>
        <translation>За 24 часа</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="138"/>
        <source>Simulated day (30 min)</source>
        <translation>Симулированный день (30 мин)</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="138"/>
        <source>Custom</source>
        <translation>Свой</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="139"/>
        <source>Ranges end at the newest stored payment event.</source>
        <translation>Диапазоны заканчиваются на последнем сохранённом платёжном событии.</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="151"/>
        <source>Run backtest</source>
        <translation>Запустить бэктест</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="154"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="171"/>
        <source>Range:</source>
        <translation>Диапазон:</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="173"/>
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="175"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="177"/>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="195"/>
        <source>Against the labelled downtimes</source>
        <translation>Сравнение с размеченными простоями</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="196"/>
        <source>Downtimes of this rule that operators labelled: true positives are the incidents, false positives are known false.</source>
        <translation>Простои этого правила, размеченные операторами: истинные срабатывания — это инциденты, ложные — заведомо ложные.</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="201"/>
        <source>Against a ground-truth file</source>
        <translation>Сравнение с эталонным файлом</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="204"/>
        <source>No file loaded.</source>
        <translation>Файл не загружен.</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="206"/>
        <source>Load ground truth…</source>
        <translation>Загрузить эталон…</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="210"/>
        <source>Ground truth</source>
        <translation>Эталон</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="210"/>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="253"/>
        <source>The edited rule cannot run: %1</source>
        <translation>Изменённое правило нельзя запустить: %1</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="260"/>
        <source>Open a rule in the editor and choose Backtest: its edited definition runs next to the saved one.</source>
        <translation>Откройте правило в редакторе и выберите «Бэктест»: изменённое определение запустится рядом с сохранённым.</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="264"/>
        <source>a new rule</source>
        <translation>новое правило</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="265"/>
        <source>%1: current version %2 (upper bars) against the edited definition (lower bars).</source>
        <translation>%1: текущая версия %2 (верхние полосы) против изменённого определения (нижние полосы).</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="269"/>
        <source>%1: the edited definition (no saved version yet).</source>
        <translation>%1: изменённое определение (сохранённой версии пока нет).</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="316"/>
        <source>to: must be later than from</source>
        <translation>по: должно быть позже, чем с</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="328"/>
        <source>Reading the stored events…</source>
        <translation>Чтение сохранённых событий…</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="358"/>
        <source>%1 events in %2 s; current: %3 downtimes over %4 windows; edited: %5 downtimes over %6 windows; %7 labelled downtimes in the range.</source>
        <translation>%1 событий за %2 с; текущая: %3 простоев на %4 окнах; изменённая: %5 простоев на %6 окнах; размеченных простоев в диапазоне: %7.</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="361"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="416"/>
        <source>%1 (the previous file stays in use)</source>
        <translation>%1 (по-прежнему используется предыдущий файл)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/BacktestView.cpp" line="423"/>
        <source>%1: %n incident(s)</source>
        <translation>
            <numerusform>%1: %n инцидент</numerusform>
            <numerusform>%1: %n инцидента</numerusform>
            <numerusform>%1: %n инцидентов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BalanceLedgerModel</name>
    <message>
        <location filename="../models/BalanceLedgerModel.cpp" line="74"/>
        <source>no balance yet</source>
        <translation>баланса пока нет</translation>
    </message>
    <message>
        <location filename="../models/BalanceLedgerModel.cpp" line="108"/>
        <source>Cashback %1</source>
        <translation>Кэшбэк %1</translation>
    </message>
    <message>
        <location filename="../models/BalanceLedgerModel.cpp" line="123"/>
        <source>credit</source>
        <translation>зачисление</translation>
    </message>
    <message>
        <location filename="../models/BalanceLedgerModel.cpp" line="123"/>
        <source>reversal</source>
        <translation>сторно</translation>
    </message>
    <message>
        <location filename="../models/BalanceLedgerModel.cpp" line="143"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../models/BalanceLedgerModel.cpp" line="145"/>
        <source>Entry</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../models/BalanceLedgerModel.cpp" line="147"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../models/BalanceLedgerModel.cpp" line="149"/>
        <source>Balance after</source>
        <translation>Баланс после</translation>
    </message>
    <message>
        <location filename="../models/BalanceLedgerModel.cpp" line="151"/>
        <source>Payment</source>
        <translation>Платёж</translation>
    </message>
    <message>
        <location filename="../models/BalanceLedgerModel.cpp" line="153"/>
        <source>Idempotency key</source>
        <translation>Ключ идемпотентности</translation>
    </message>
</context>
<context>
    <name>CampaignEditorDialog</name>
    <message>
        <location filename="../widgets/CampaignEditorDialog.cpp" line="48"/>
        <source>Enabled</source>
        <translation>Включена</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignEditorDialog.cpp" line="52"/>
        <source>Edit campaign %1</source>
        <translation>Изменить кампанию %1</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignEditorDialog.cpp" line="52"/>
        <source>New campaign</source>
        <translation>Новая кампания</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignEditorDialog.cpp" line="54"/>
        <source>Merchant</source>
        <translation>Продавец</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignEditorDialog.cpp" line="55"/>
        <source>Merchant group</source>
        <translation>Группа продавцов</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignEditorDialog.cpp" line="58"/>
        <source>per day</source>
        <translation>в день</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignEditorDialog.cpp" line="59"/>
        <source>per week</source>
        <translation>в неделю</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignEditorDialog.cpp" line="60"/>
        <source>per month</source>
        <translation>в месяц</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignEditorDialog.cpp" line="61"/>
        <source>per campaign</source>
        <translation>за кампанию</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignEditorDialog.cpp" line="71"/>
        <source>e.g. 2.5</source>
        <translation>напр. 2.5</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignEditorDialog.cpp" line="72"/>
        <source>empty: no cap</source>
        <translation>пусто: без лимита</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignEditorDialog.cpp" line="87"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignEditorDialog.cpp" line="88"/>
        <source>Applies to</source>
        <translation>Применяется к</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignEditorDialog.cpp" line="89"/>
        <source>Cashback (%)</source>
        <translation>Кэшбэк (%)</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignEditorDialog.cpp" line="90"/>
        <source>Cap per payment (minor units)</source>
        <translation>Лимит на платёж (в минимальных единицах)</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignEditorDialog.cpp" line="91"/>
        <source>Cap per customer (minor units)</source>
        <translation>Лимит на клиента (в минимальных единицах)</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignEditorDialog.cpp" line="92"/>
        <source>Minimum payment (minor units)</source>
        <translation>Минимальный платёж (в минимальных единицах)</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignEditorDialog.cpp" line="93"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignEditorDialog.cpp" line="94"/>
        <source>Valid from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignEditorDialog.cpp" line="95"/>
        <source>Valid to</source>
        <translation>Действует по</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignEditorDialog.cpp" line="140"/>
        <source>The store refused the campaign: %1</source>
        <translation>База отклонила кампанию: %1</translation>
    </message>
</context>
<context>
    <name>CampaignListModel</name>
    <message>
        <location filename="../models/CampaignListModel.cpp" line="49"/>
        <source>disabled</source>
        <translation>отключена</translation>
    </message>
    <message>
        <location filename="../models/CampaignListModel.cpp" line="52"/>
        <source>scheduled</source>
        <translation>запланирована</translation>
    </message>
    <message>
        <location filename="../models/CampaignListModel.cpp" line="54"/>
        <source>ended</source>
        <translation>завершена</translation>
    </message>
    <message>
        <location filename="../models/CampaignListModel.cpp" line="55"/>
        <source>active</source>
        <translation>активна</translation>
    </message>
    <message>
        <location filename="../models/CampaignListModel.cpp" line="61"/>
        <source>per day</source>
        <translation>в день</translation>
    </message>
    <message>
        <location filename="../models/CampaignListModel.cpp" line="63"/>
        <source>per week</source>
        <translation>в неделю</translation>
    </message>
    <message>
        <location filename="../models/CampaignListModel.cpp" line="65"/>
        <source>per month</source>
        <translation>в месяц</translation>
    </message>
    <message>
        <location filename="../models/CampaignListModel.cpp" line="66"/>
        <source>per campaign</source>
        <translation>за кампанию</translation>
    </message>
    <message>
        <location filename="../models/CampaignListModel.cpp" line="93"/>
        <source>Campaign %1, created by %2</source>
        <translation>Кампания %1, создана: %2</translation>
    </message>
    <message>
        <location filename="../models/CampaignListModel.cpp" line="107"/>
        <source>group %1</source>
        <translation>группа %1</translation>
    </message>
    <message>
        <location filename="../models/CampaignListModel.cpp" line="113"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../models/CampaignListModel.cpp" line="115"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../models/CampaignListModel.cpp" line="119"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../models/CampaignListModel.cpp" line="134"/>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <location filename="../models/CampaignListModel.cpp" line="136"/>
        <source>Merchant</source>
        <translation>Продавец</translation>
    </message>
    <message>
        <location filename="../models/CampaignListModel.cpp" line="138"/>
        <source>Cashback</source>
        <translation>Кэшбэк</translation>
    </message>
    <message>
        <location filename="../models/CampaignListModel.cpp" line="140"/>
        <source>Cap per payment</source>
        <translation>Лимит на платёж</translation>
    </message>
    <message>
        <location filename="../models/CampaignListModel.cpp" line="142"/>
        <source>Cap per customer</source>
        <translation>Лимит на клиента</translation>
    </message>
    <message>
        <location filename="../models/CampaignListModel.cpp" line="144"/>
        <source>Minimum payment</source>
        <translation>Минимальный платёж</translation>
    </message>
    <message>
        <location filename="../models/CampaignListModel.cpp" line="146"/>
        <source>Valid</source>
        <translation>Срок действия</translation>
    </message>
    <message>
        <location filename="../models/CampaignListModel.cpp" line="148"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>CampaignsView</name>
    <message>
        <location filename="../widgets/CampaignsView.cpp" line="25"/>
        <source>&amp;New campaign…</source>
        <translation>&amp;Новая кампания…</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignsView.cpp" line="26"/>
        <source>&amp;Edit campaign…</source>
        <translation>&amp;Изменить кампанию…</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignsView.cpp" line="38"/>
        <source>Could not read the campaigns: %1</source>
        <translation>Не удалось прочитать кампании: %1</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignsView.cpp" line="137"/>
        <source>Campaign %1 saved.</source>
        <translation>Кампания %1 сохранена.</translation>
    </message>
</context>
<context>
    <name>CashbackFlowModel</name>
    <message>
        <location filename="../models/CashbackFlowModel.cpp" line="66"/>
        <source>computed, not queued yet</source>
        <translation>рассчитан, ещё не в очереди</translation>
    </message>
    <message>
        <location filename="../models/CashbackFlowModel.cpp" line="68"/>
        <source>queued for credit</source>
        <translation>в очереди на зачисление</translation>
    </message>
    <message>
        <location filename="../models/CashbackFlowModel.cpp" line="70"/>
        <source>credited</source>
        <translation>зачислен</translation>
    </message>
    <message>
        <location filename="../models/CashbackFlowModel.cpp" line="72"/>
        <source>refunded, reversal pending</source>
        <translation>возвращён, сторно ожидается</translation>
    </message>
    <message>
        <location filename="../models/CashbackFlowModel.cpp" line="74"/>
        <source>reversed</source>
        <translation>сторнирован</translation>
    </message>
    <message>
        <location filename="../models/CashbackFlowModel.cpp" line="76"/>
        <source>dead-lettered</source>
        <translation>в недоставленных</translation>
    </message>
    <message>
        <location filename="../models/CashbackFlowModel.cpp" line="155"/>
        <source>Dead-lettered %1: %2</source>
        <translation>В недоставленных с %1: %2</translation>
    </message>
    <message>
        <location filename="../models/CashbackFlowModel.cpp" line="159"/>
        <source>Campaign %1</source>
        <translation>Кампания %1</translation>
    </message>
    <message>
        <location filename="../models/CashbackFlowModel.cpp" line="160"/>
        <source>Campaign %1: %2 %</source>
        <translation>Кампания %1: %2 %</translation>
    </message>
    <message>
        <location filename="../models/CashbackFlowModel.cpp" line="162"/>
        <source>From the payment&apos;s capture to the customer&apos;s credit</source>
        <translation>От списания платежа до зачисления клиенту</translation>
    </message>
    <message>
        <location filename="../models/CashbackFlowModel.cpp" line="174"/>
        <source>Computed</source>
        <translation>Рассчитан</translation>
    </message>
    <message>
        <location filename="../models/CashbackFlowModel.cpp" line="176"/>
        <source>Payment</source>
        <translation>Платёж</translation>
    </message>
    <message>
        <location filename="../models/CashbackFlowModel.cpp" line="178"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../models/CashbackFlowModel.cpp" line="180"/>
        <source>Merchant</source>
        <translation>Продавец</translation>
    </message>
    <message>
        <location filename="../models/CashbackFlowModel.cpp" line="182"/>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <location filename="../models/CashbackFlowModel.cpp" line="184"/>
        <source>Payment amount</source>
        <translation>Сумма платежа</translation>
    </message>
    <message>
        <location filename="../models/CashbackFlowModel.cpp" line="186"/>
        <source>Cashback</source>
        <translation>Кэшбэк</translation>
    </message>
    <message>
        <location filename="../models/CashbackFlowModel.cpp" line="188"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location filename="../models/CashbackFlowModel.cpp" line="190"/>
        <source>Lag to credit</source>
        <translation>Задержка до зачисления</translation>
    </message>
</context>
<context>
    <name>CashbackFlowsView</name>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="55"/>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Предыдущая</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="56"/>
        <source>&amp;Next ▶</source>
        <translation>&amp;Следующая ▶</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="57"/>
        <source>Customer&apos;s &amp;balance</source>
        <translation>&amp;Баланс клиента</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="58"/>
        <source>Re&amp;queue credit…</source>
        <translation>Вернуть зачисление в &amp;очередь…</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="75"/>
        <source>Could not read the flow of %1: %2</source>
        <translation>Не удалось прочитать поток %1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="78"/>
        <source>Payment %1: the store has no event of it</source>
        <translation>Платёж %1: в базе нет его событий</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="81"/>
        <source>Payment %1 at %2</source>
        <translation>Платёж %1 у %2</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="104"/>
        <source>Payment id</source>
        <translation>Id платежа</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="105"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="106"/>
        <source>Merchant id</source>
        <translation>Id продавца</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="108"/>
        <source>Empty: every cashback, newest first</source>
        <translation>Пусто: весь кэшбэк, сначала новый</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="110"/>
        <source>&amp;Search</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="117"/>
        <source>Search by</source>
        <translation>Искать по</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="139"/>
        <source>Sends the selected dead-lettered credit or reversal to the balance workers again (the ledger still takes it only once).</source>
        <translation>Снова отправляет выбранное недоставленное зачисление или сторно обработчикам балансов (журнал операций всё равно примет его только один раз).</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="172"/>
        <source>Select a cashback, or search a payment id, to see its flow.</source>
        <translation>Выберите кэшбэк или найдите id платежа, чтобы увидеть его поток.</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="218"/>
        <source>Page %1 · loading…</source>
        <translation>Страница %1 · загрузка…</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="232"/>
        <source>Could not search the cashbacks: %1</source>
        <translation>Не удалось выполнить поиск кэшбэка: %1</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="242"/>
        <source>Page %1 · no cashbacks</source>
        <translation>Страница %1 · кэшбэка нет</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="243"/>
        <source>Page %1 · cashbacks %2–%3%4</source>
        <translation>Страница %1 · кэшбэк %2–%3%4</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="247"/>
        <source>, more follow</source>
        <translation>, есть ещё</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="289"/>
        <source>Requeue credit</source>
        <translation>Вернуть зачисление в очередь</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="290"/>
        <source>Send cashback %1 of payment %2 (%3) to the balance workers again? It was dead-lettered: %4</source>
        <translation>Снова отправить кэшбэк %1 платежа %2 (%3) обработчикам балансов? Он попал в недоставленные: %4</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="301"/>
        <source>Cashback %1 is queued again.</source>
        <translation>Кэшбэк %1 снова в очереди.</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="302"/>
        <source>The store refused the requeue: %1</source>
        <translation>База отказала в возврате в очередь: %1</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="315"/>
        <source>Payment %1 · loading…</source>
        <translation>Платёж %1 · загрузка…</translation>
    </message>
</context>
<context>
    <name>CashbackPage</name>
    <message>
        <location filename="../widgets/CashbackPage.cpp" line="33"/>
        <source>&amp;Flows</source>
        <translation>&amp;Потоки</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackPage.cpp" line="34"/>
        <source>&amp;Pipeline</source>
        <translation>&amp;Конвейер</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackPage.cpp" line="35"/>
        <source>Customer &amp;balance</source>
        <translation>&amp;Баланс клиента</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackPage.cpp" line="36"/>
        <source>&amp;Dead letters</source>
        <translation>&amp;Недоставленные</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackPage.cpp" line="37"/>
        <source>&amp;Campaigns</source>
        <translation>К&amp;ампании</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackPage.cpp" line="50"/>
        <source>Cashback</source>
        <translation>Кэшбэк</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackPage.cpp" line="51"/>
        <source>Cashback from payment to credit: each payment&apos;s flow, the credit pipeline through RabbitMQ live, customers&apos; balances and ledgers, and the campaigns.</source>
        <translation>Кэшбэк от платежа до зачисления: поток каждого платежа, конвейер зачислений через RabbitMQ в реальном времени, балансы и журналы операций клиентов, кампании.</translation>
    </message>
</context>
<context>
    <name>CashbackPipelineChart</name>
    <message>
        <location filename="../widgets/CashbackPipelineChart.cpp" line="44"/>
        <source>queue depth (messages)</source>
        <translation>глубина очереди (сообщения)</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackPipelineChart.cpp" line="45"/>
        <source>published /s</source>
        <translation>опубликовано /с</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackPipelineChart.cpp" line="46"/>
        <source>acknowledged /s</source>
        <translation>подтверждено /с</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackPipelineChart.cpp" line="47"/>
        <source>credited in the store /s</source>
        <translation>зачислено в базе /с</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackPipelineChart.cpp" line="52"/>
        <source>Credit pipeline chart</source>
        <translation>График конвейера зачислений</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackPipelineChart.cpp" line="53"/>
        <source>Queue depth, and credits published, acknowledged and credited in the store per second, over the last minutes</source>
        <translation>Глубина очереди, а также опубликованные, подтверждённые и зачисленные в базе зачисления в секунду за последние минуты</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackPipelineChart.cpp" line="59"/>
        <source>seconds before now</source>
        <translation>секунд назад</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackPipelineChart.cpp" line="61"/>
        <source>messages</source>
        <translation>сообщения</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackPipelineChart.cpp" line="63"/>
        <source>per second</source>
        <translation>в секунду</translation>
    </message>
</context>
<context>
    <name>CashbackPipelineView</name>
    <message>
        <location filename="../widgets/CashbackPipelineView.cpp" line="94"/>
        <source>&lt;b&gt;End-to-end lag&lt;/b&gt; (payment captured → customer credited, last minute): %1</source>
        <translation>&lt;b&gt;Сквозная задержка&lt;/b&gt; (платёж списан → клиенту зачислено, последняя минута): %1</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackPipelineView.cpp" line="99"/>
        <source>Store: %1</source>
        <translation>База: %1</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackPipelineView.cpp" line="101"/>
        <source>Broker: %1</source>
        <translation>Брокер: %1</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackPipelineView.cpp" line="109"/>
        <source>RabbitMQ management API at %1: queues %2</source>
        <translation>API управления RabbitMQ на %1: очереди %2</translation>
    </message>
</context>
<context>
    <name>CashbackStagesModel</name>
    <message>
        <location filename="../models/CashbackStagesModel.cpp" line="38"/>
        <source>Payment captured</source>
        <translation>Платёж списан</translation>
    </message>
    <message>
        <location filename="../models/CashbackStagesModel.cpp" line="40"/>
        <source>Cashback computed</source>
        <translation>Кэшбэк рассчитан</translation>
    </message>
    <message>
        <location filename="../models/CashbackStagesModel.cpp" line="42"/>
        <source>No cashback</source>
        <translation>Без кэшбэка</translation>
    </message>
    <message>
        <location filename="../models/CashbackStagesModel.cpp" line="44"/>
        <source>Credit queued</source>
        <translation>Зачисление в очереди</translation>
    </message>
    <message>
        <location filename="../models/CashbackStagesModel.cpp" line="46"/>
        <source>Credited</source>
        <translation>Зачислено</translation>
    </message>
    <message>
        <location filename="../models/CashbackStagesModel.cpp" line="48"/>
        <source>Dead-lettered</source>
        <translation>В недоставленных</translation>
    </message>
    <message>
        <location filename="../models/CashbackStagesModel.cpp" line="50"/>
        <source>Payment refunded</source>
        <translation>Платёж возвращён</translation>
    </message>
    <message>
        <location filename="../models/CashbackStagesModel.cpp" line="52"/>
        <source>Reversal queued</source>
        <translation>Сторно в очереди</translation>
    </message>
    <message>
        <location filename="../models/CashbackStagesModel.cpp" line="54"/>
        <source>Reversed</source>
        <translation>Сторнировано</translation>
    </message>
    <message>
        <location filename="../models/CashbackStagesModel.cpp" line="92"/>
        <source>Reached before the previous stage was recorded: the steps run concurrently (a balance worker may apply a credit before the publisher has noted the broker&apos;s confirmation).</source>
        <translation>Достигнут раньше, чем записан предыдущий этап: шаги выполняются параллельно (обработчик балансов может применить зачисление раньше, чем издатель отметит подтверждение брокера).</translation>
    </message>
    <message>
        <location filename="../models/CashbackStagesModel.cpp" line="120"/>
        <source>waiting</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <location filename="../models/CashbackStagesModel.cpp" line="149"/>
        <source>no captured event in the store</source>
        <translation>в базе нет события списания</translation>
    </message>
    <message>
        <location filename="../models/CashbackStagesModel.cpp" line="150"/>
        <source>%1 at %2</source>
        <translation>%1 у %2</translation>
    </message>
    <message>
        <location filename="../models/CashbackStagesModel.cpp" line="152"/>
        <source>no active campaign of merchant %1 gave this payment a cashback</source>
        <translation>ни одна активная кампания продавца %1 не дала этому платежу кэшбэк</translation>
    </message>
    <message>
        <location filename="../models/CashbackStagesModel.cpp" line="156"/>
        <source>ledger of %1</source>
        <translation>журнал операций %1</translation>
    </message>
    <message>
        <location filename="../models/CashbackStagesModel.cpp" line="159"/>
        <source>reason: %1</source>
        <translation>причина: %1</translation>
    </message>
    <message>
        <location filename="../models/CashbackStagesModel.cpp" line="175"/>
        <source>%1 · %2</source>
        <extracomment>A computed cashback: %1 the amount, %2 the campaign</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../models/CashbackStagesModel.cpp" line="177"/>
        <source>%1 (%2) · %3</source>
        <extracomment>A computed cashback: %1 the amount, %2 the campaign&apos;s percentage, %3 the campaign</extracomment>
        <translation>%1 (%2) · %3</translation>
    </message>
    <message>
        <location filename="../models/CashbackStagesModel.cpp" line="187"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location filename="../models/CashbackStagesModel.cpp" line="189"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../models/CashbackStagesModel.cpp" line="191"/>
        <source>After</source>
        <translation>Через</translation>
    </message>
    <message>
        <location filename="../models/CashbackStagesModel.cpp" line="193"/>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>CashbackTime</name>
    <message>
        <location filename="../models/CashbackTime.cpp" line="20"/>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <location filename="../models/CashbackTime.cpp" line="22"/>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <location filename="../models/CashbackTime.cpp" line="25"/>
        <source>%1 min %2 s</source>
        <translation>%1 мин %2 с</translation>
    </message>
    <message>
        <location filename="../models/CashbackTime.cpp" line="28"/>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
</context>
<context>
    <name>CohortDetailDialog</name>
    <message>
        <location filename="../widgets/CohortDetailDialog.cpp" line="37"/>
        <source>Cohort</source>
        <translation>Когорта</translation>
    </message>
    <message>
        <location filename="../widgets/CohortDetailDialog.cpp" line="73"/>
        <source>Downtimes of this cohort, newest first:</source>
        <translation>Простои этой когорты, сначала новые:</translation>
    </message>
    <message>
        <location filename="../widgets/CohortDetailDialog.cpp" line="90"/>
        <source>This cohort has no data in the Wall&apos;s time range any more.</source>
        <translation>У этой когорты больше нет данных в интервале табло.</translation>
    </message>
    <message>
        <location filename="../widgets/CohortDetailDialog.cpp" line="94"/>
        <source>all payments</source>
        <translation>все платежи</translation>
    </message>
    <message>
        <location filename="../widgets/CohortDetailDialog.cpp" line="95"/>
        <source>%1 — rule %2</source>
        <translation>%1 — правило %2</translation>
    </message>
    <message>
        <location filename="../widgets/CohortDetailDialog.cpp" line="96"/>
        <source>Cohort %1</source>
        <translation>Когорта %1</translation>
    </message>
    <message>
        <location filename="../widgets/CohortDetailDialog.cpp" line="97"/>
        <source>Cohort %1 of rule %2 (#%3). Newest window: SR %4 over %5 attempts. A downtime opens below %6.</source>
        <translation>Когорта %1 правила %2 (#%3). Последнее окно: SR %4 при %5 попытках. Простой открывается ниже %6.</translation>
    </message>
    <message>
        <location filename="../widgets/CohortDetailDialog.cpp" line="104"/>
        <source>Open downtime: %1.</source>
        <translation>Открытый простой: %1.</translation>
    </message>
</context>
<context>
    <name>CohortDowntimesModel</name>
    <message>
        <location filename="../models/CohortDowntimesModel.cpp" line="20"/>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <location filename="../models/CohortDowntimesModel.cpp" line="22"/>
        <source>%1 min %2 s</source>
        <translation>%1 мин %2 с</translation>
    </message>
    <message>
        <location filename="../models/CohortDowntimesModel.cpp" line="23"/>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <location filename="../models/CohortDowntimesModel.cpp" line="99"/>
        <source>open</source>
        <translation>открыт</translation>
    </message>
    <message>
        <location filename="../models/CohortDowntimesModel.cpp" line="112"/>
        <source>muted</source>
        <translation>заглушён</translation>
    </message>
    <message>
        <location filename="../models/CohortDowntimesModel.cpp" line="115"/>
        <source>true positive</source>
        <translation>истинное срабатывание</translation>
    </message>
    <message>
        <location filename="../models/CohortDowntimesModel.cpp" line="117"/>
        <source>false positive</source>
        <translation>ложное срабатывание</translation>
    </message>
    <message>
        <location filename="../models/CohortDowntimesModel.cpp" line="130"/>
        <source>Started</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../models/CohortDowntimesModel.cpp" line="132"/>
        <source>Resolved</source>
        <translation>Устранён</translation>
    </message>
    <message>
        <location filename="../models/CohortDowntimesModel.cpp" line="134"/>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <location filename="../models/CohortDowntimesModel.cpp" line="136"/>
        <source>Severity</source>
        <translation>Критичность</translation>
    </message>
    <message>
        <location filename="../models/CohortDowntimesModel.cpp" line="138"/>
        <source>Lowest SR</source>
        <translation>Минимальная SR</translation>
    </message>
    <message>
        <location filename="../models/CohortDowntimesModel.cpp" line="140"/>
        <source>Payments</source>
        <translation>Платежи</translation>
    </message>
    <message>
        <location filename="../models/CohortDowntimesModel.cpp" line="142"/>
        <source>Muted</source>
        <translation>Заглушён</translation>
    </message>
    <message>
        <location filename="../models/CohortDowntimesModel.cpp" line="144"/>
        <source>Label</source>
        <translation>Разметка</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/console/CommandLine.cpp" line="10"/>
        <source>The store to open: a libpq connection string (default: PAYOPS_DSN, then the last store connected to, then the embedded store).</source>
        <translation>База для подключения: строка подключения libpq (по умолчанию: PAYOPS_DSN, затем последняя использованная база, затем встроенная база).</translation>
    </message>
    <message>
        <location filename="../app/console/CommandLine.cpp" line="24"/>
        <source>The area to show first: wall, deliveries, rules or cashback.</source>
        <translation>Раздел, открываемый первым: wall, deliveries, rules или cashback.</translation>
    </message>
    <message>
        <location filename="../app/console/CommandLine.cpp" line="14"/>
        <source>Read from this store instead, a streaming replica of the --dsn store: every view&apos;s queries go there, operator actions and notifications stay on the primary (default: PAYOPS_READ_DSN, else the store read with --dsn).</source>
        <translation>Читать вместо этого из этой базы — потоковой реплики базы --dsn: туда идут запросы всех экранов, а действия операторов и уведомления остаются на основной базе (по умолчанию: PAYOPS_READ_DSN, иначе база из --dsn).</translation>
    </message>
    <message>
        <location filename="../app/console/CommandLine.cpp" line="19"/>
        <source>Render the window to FILE (PNG) once data has loaded and the --step steps have played, then exit: status 0 when data loaded and every step played, 1 otherwise.</source>
        <translation>Сохранить изображение окна в FILE (PNG) после загрузки данных и выполнения шагов --step и выйти: код 0, если данные загружены и все шаги выполнены, иначе 1.</translation>
    </message>
    <message>
        <location filename="../app/console/CommandLine.cpp" line="27"/>
        <source>The console&apos;s language: en, fr, pl or ru (default: the one chosen in Preferences, else the system&apos;s).</source>
        <translation>Язык консоли: en, fr, pl или ru (по умолчанию — выбранный в окне «Параметры», иначе язык системы).</translation>
    </message>
    <message>
        <location filename="../app/console/CommandLine.cpp" line="31"/>
        <source>Start in wall mode: full screen, the Wall alone in a dark high-contrast theme, its pages of charts rotating (F11 or Escape leaves it).</source>
        <translation>Запуск в режиме табло: полный экран, только табло в тёмной контрастной теме, страницы графиков сменяются по кругу (F11 или Escape — выход).</translation>
    </message>
    <message>
        <location filename="../app/console/CommandLine.cpp" line="34"/>
        <source>With --screenshot: what to do before the picture, once data has loaded, one step a second (repeatable): tab:NAME=N, set:NAME=VALUE, click:NAME, select:NAME=ROW, show:NAME, grab:NAME (the picture is of that widget), wait:MS. NAME is a widget&apos;s object name.</source>
        <translation>С --screenshot: что сделать перед снимком после загрузки данных, по одному шагу в секунду (параметр можно повторять): tab:NAME=N, set:NAME=VALUE, click:NAME, select:NAME=ROW, show:NAME, grab:NAME (снимок будет только этого виджета), wait:MS. NAME — имя объекта виджета.</translation>
    </message>
    <message>
        <location filename="../app/console/CommandLine.cpp" line="41"/>
        <source>The payops operations console: the store&apos;s payments, deliveries, downtimes and cashback.</source>
        <translation>Операционная консоль payops: платежи, доставки, простои и кэшбэк из базы.</translation>
    </message>
    <message>
        <location filename="../app/console/CommandLine.cpp" line="50"/>
        <source>unknown area “%1” (wall, deliveries, rules or cashback)</source>
        <translation>неизвестный раздел «%1» (wall, deliveries, rules или cashback)</translation>
    </message>
    <message>
        <location filename="../app/console/CommandLine.cpp" line="57"/>
        <source>--step needs --screenshot (steps play only before a picture)</source>
        <translation>--step требует --screenshot (шаги выполняются только перед снимком)</translation>
    </message>
    <message>
        <location filename="../app/console/CommandLine.cpp" line="71"/>
        <source>%1: not a connection string: %2</source>
        <translation>%1: некорректная строка подключения: %2</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../widgets/ConnectionDialog.ui" line="14"/>
        <source>Connect to a store</source>
        <translation>Подключение к базе</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionDialog.ui" line="20"/>
        <source>A libpq connection string, as key=value pairs or a postgresql:// URI. The password is used for this connection only and never saved.</source>
        <translation>Строка подключения libpq: пары ключ=значение или URI postgresql://. Пароль используется только для этого подключения и никогда не сохраняется.</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionDialog.ui" line="32"/>
        <source>&amp;Store:</source>
        <translation>&amp;База:</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionDialog.ui" line="42"/>
        <source>host=db.example.com dbname=payops user=operator</source>
        <translation>host=db.example.com dbname=payops user=operator</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionDialog.ui" line="59"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionDialog.ui" line="72"/>
        <source>not needed for the embedded store</source>
        <translation>не нужен для встроенной базы</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionDialog.ui" line="79"/>
        <source>&amp;Read from:</source>
        <translation>&amp;Чтение из:</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionDialog.ui" line="89"/>
        <source>optional: a streaming replica of the store, e.g. host=replica.example.com dbname=payops user=operator</source>
        <translation>необязательно: потоковая реплика базы, напр. host=replica.example.com dbname=payops user=operator</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionDialog.ui" line="92"/>
        <source>Views read from this replica; operator actions and notifications stay on the store above. Same password.</source>
        <translation>Экраны читают из этой реплики; действия операторов и уведомления остаются на базе, указанной выше. Пароль тот же.</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionDialog.cpp" line="46"/>
        <source>Enter a connection string.</source>
        <translation>Введите строку подключения.</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionDialog.cpp" line="48"/>
        <source>Not a valid connection string: %1</source>
        <translation>Некорректная строка подключения: %1</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionDialog.cpp" line="54"/>
        <source>Read from: not a valid connection string: %1</source>
        <translation>Чтение из: некорректная строка подключения: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionStatusWidget</name>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="90"/>
        <source>Store: %1</source>
        <translation>База: %1</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="91"/>
        <source>The PostgreSQL store this console reads (File › Connect… to change)</source>
        <translation>База PostgreSQL, которую читает эта консоль (Файл › Подключиться…, чтобы сменить)</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="100"/>
        <source>%1, reading from %2</source>
        <translation>%1, чтение из %2</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="133"/>
        <source>A query asked at %1 is still unanswered: a lock or a slow statement in the store. The console stays usable and shows the answer when it comes.</source>
        <translation>Запрос, отправленный в %1, всё ещё без ответа: блокировка или медленная SQL-команда в базе. Консолью можно пользоваться дальше; ответ появится, как только придёт.</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="145"/>
        <source>Not connected</source>
        <translation>Не подключено</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="147"/>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="150"/>
        <source>Connected · waiting on the store for %n s</source>
        <translation>
            <numerusform>Подключено · ожидание базы уже %n с</numerusform>
            <numerusform>Подключено · ожидание базы уже %n с</numerusform>
            <numerusform>Подключено · ожидание базы уже %n с</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="152"/>
        <source>Connected</source>
        <translation>Подключено</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="155"/>
        <source>Read store refused: %1</source>
        <translation>База для чтения отказала: %1</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="156"/>
        <source>Refused: %1</source>
        <translation>Отказано: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="162"/>
        <source>Read store unreachable, reconnecting in %n s</source>
        <translation>
            <numerusform>База для чтения недоступна, переподключение через %n с</numerusform>
            <numerusform>База для чтения недоступна, переподключение через %n с</numerusform>
            <numerusform>База для чтения недоступна, переподключение через %n с</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="163"/>
        <source>Read store unreachable, reconnecting…</source>
        <translation>База для чтения недоступна, переподключение…</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="165"/>
        <source>Reconnecting…</source>
        <translation>Переподключение…</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="166"/>
        <source>Reconnecting in %n s</source>
        <translation>
            <numerusform>Переподключение через %n с</numerusform>
            <numerusform>Переподключение через %n с</numerusform>
            <numerusform>Переподключение через %n с</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="172"/>
        <source>Role: none</source>
        <translation>Роль: нет</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="173"/>
        <source>Role: —</source>
        <translation>Роль: —</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="175"/>
        <source>This login holds no payops role: the store refuses its reads.</source>
        <translation>У этой учётной записи нет роли payops: база отказывает ей в чтении.</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="179"/>
        <source>Role: %1</source>
        <translation>Роль: %1</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="181"/>
        <source>Viewer: may look at everything but secrets, and change nothing.</source>
        <translation>Наблюдатель: может просматривать всё, кроме секретов, и ничего не меняет.</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="183"/>
        <source>Operator: may retry deliveries, mute alerts and label downtimes.</source>
        <translation>Оператор: может повторять доставки, заглушать оповещения и размечать простои.</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="185"/>
        <source>Admin: may also edit rules, endpoints and cashback campaigns.</source>
        <translation>Администратор: может также редактировать правила, конечные точки и кампании кэшбэка.</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="188"/>
        <source>An engine&apos;s login: it writes data and is not meant for the console.</source>
        <translation>Учётная запись движка: записывает данные и не предназначена для консоли.</translation>
    </message>
</context>
<context>
    <name>CustomerBalanceView</name>
    <message>
        <location filename="../widgets/CustomerBalanceView.cpp" line="31"/>
        <source>Customer (account id)</source>
        <translation>Клиент (id счёта)</translation>
    </message>
    <message>
        <location filename="../widgets/CustomerBalanceView.cpp" line="33"/>
        <source>S&amp;how</source>
        <translation>&amp;Показать</translation>
    </message>
    <message>
        <location filename="../widgets/CustomerBalanceView.cpp" line="63"/>
        <source>Give a customer&apos;s account id, or pick a cashback in the flows.</source>
        <translation>Укажите id счёта клиента или выберите кэшбэк в потоках.</translation>
    </message>
    <message>
        <location filename="../widgets/CustomerBalanceView.cpp" line="73"/>
        <source>Loading %1…</source>
        <translation>Загрузка %1…</translation>
    </message>
    <message>
        <location filename="../widgets/CustomerBalanceView.cpp" line="90"/>
        <source>Could not read the balance of %1: %2</source>
        <translation>Не удалось прочитать баланс %1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/CustomerBalanceView.cpp" line="96"/>
        <source>the %1 balance differs from its ledger&apos;s sum (%2)</source>
        <translation>баланс в %1 отличается от суммы его журнала операций (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/CustomerBalanceView.cpp" line="101"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: balance %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: баланс %2</translation>
    </message>
    <message>
        <location filename="../widgets/CustomerBalanceView.cpp" line="105"/>
        <source> — equals the sum of its ledger</source>
        <translation> — равен сумме его журнала операций</translation>
    </message>
    <message>
        <location filename="../widgets/CustomerBalanceView.cpp" line="109"/>
        <source> (newest %1 entries shown)</source>
        <translation> (показаны последние записи: %1)</translation>
    </message>
</context>
<context>
    <name>DeadLetterModel</name>
    <message>
        <location filename="../models/DeadLetterModel.cpp" line="63"/>
        <source>Message: %1</source>
        <translation>Сообщение: %1</translation>
    </message>
    <message>
        <location filename="../models/DeadLetterModel.cpp" line="86"/>
        <source>(no cashback)</source>
        <translation>(без кэшбэка)</translation>
    </message>
    <message>
        <location filename="../models/DeadLetterModel.cpp" line="92"/>
        <source>%1 (requeued since)</source>
        <translation>%1 (с тех пор возвращено в очередь)</translation>
    </message>
    <message>
        <location filename="../models/DeadLetterModel.cpp" line="106"/>
        <source>Dead-lettered</source>
        <translation>В недоставленных</translation>
    </message>
    <message>
        <location filename="../models/DeadLetterModel.cpp" line="108"/>
        <source>Payment</source>
        <translation>Платёж</translation>
    </message>
    <message>
        <location filename="../models/DeadLetterModel.cpp" line="110"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../models/DeadLetterModel.cpp" line="112"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location filename="../models/DeadLetterModel.cpp" line="114"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../models/DeadLetterModel.cpp" line="116"/>
        <source>Message key</source>
        <translation>Ключ сообщения</translation>
    </message>
</context>
<context>
    <name>DeadLettersView</name>
    <message>
        <location filename="../widgets/DeadLettersView.cpp" line="34"/>
        <source>Could not read the dead letters: %1</source>
        <translation>Не удалось прочитать недоставленные сообщения: %1</translation>
    </message>
    <message>
        <location filename="../widgets/DeadLettersView.cpp" line="36"/>
        <source>No credit message has been dead-lettered.</source>
        <translation>Ни одно сообщение о зачислении не попало в недоставленные.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/DeadLettersView.cpp" line="38"/>
        <source>The newest %n dead-lettered message(s); open one to see its payment&apos;s flow (operators requeue it there).</source>
        <translation>
            <numerusform>Последнее %n недоставленное сообщение; откройте его, чтобы увидеть поток его платежа (операторы возвращают его в очередь там).</numerusform>
            <numerusform>Последние %n недоставленных сообщения; откройте одно, чтобы увидеть поток его платежа (операторы возвращают его в очередь там).</numerusform>
            <numerusform>Последние %n недоставленных сообщений; откройте одно, чтобы увидеть поток его платежа (операторы возвращают его в очередь там).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeliveriesPage</name>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="61"/>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Предыдущая</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="62"/>
        <source>&amp;Next ▶</source>
        <translation>&amp;Следующая ▶</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="63"/>
        <source>&amp;Retry delivery…</source>
        <translation>&amp;Повторить доставку…</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="64"/>
        <source>Retry &amp;all matching…</source>
        <translation>Повторить &amp;все найденные…</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="65"/>
        <source>Copy as c&amp;url</source>
        <translation>Копировать как c&amp;url</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="66"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Экспорт в CSV…</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="104"/>
        <source>Deliveries</source>
        <translation>Доставки</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="105"/>
        <source>Webhook deliveries to merchant endpoints, newest first: search them, open an event&apos;s attempts, retry what failed.</source>
        <translation>Доставки вебхуков на конечные точки продавцов, сначала новые: ищите их, открывайте попытки события, повторяйте неудавшиеся.</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="144"/>
        <source>Copies a curl command repeating the selected delivery&apos;s last request: URL, body and headers with the signature it carried. Never the signing secret.</source>
        <translation>Копирует команду curl, повторяющую последний запрос выбранной доставки: URL, тело и заголовки с отправленной подписью. Никогда — секрет подписи.</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="147"/>
        <source>Writes every delivery matching the current search (all pages, read from the store page by page) to a CSV file.</source>
        <translation>Записывает в файл CSV все доставки, подходящие под поиск (все страницы, читаемые из хранилища постранично).</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="181"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="209"/>
        <source>Page %1 · loading…</source>
        <translation>Страница %1 · загрузка…</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="226"/>
        <source>Could not search the deliveries: %1</source>
        <translation>Не удалось выполнить поиск доставок: %1</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="238"/>
        <source>Page %1 · no deliveries</source>
        <translation>Страница %1 · доставок нет</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="239"/>
        <source>Page %1 · deliveries %2–%3%4</source>
        <translation>Страница %1 · доставки %2–%3%4</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="243"/>
        <source>, more follow</source>
        <translation>, есть ещё</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="294"/>
        <source>Retries every delivery matching the current search now, after telling you how many.</source>
        <translation>Сейчас повторяет все доставки, подходящие под поиск, предварительно сообщив их число.</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="299"/>
        <source>Search by merchant, endpoint id or state first: a bulk retry of every delivery is not allowed.</source>
        <translation>Сначала выполните поиск по продавцу, id конечной точки или состоянию: повторять все доставки сразу нельзя.</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="304"/>
        <source>A bulk retry filters by merchant, endpoint id, state and time only; this search also uses a payment id, an event id or a URL fragment. Retry the deliveries one by one.</source>
        <translation>Массовый повтор фильтрует только по продавцу, id конечной точки, состоянию и времени; этот поиск использует ещё id платежа, id события или часть URL. Повторите доставки по одной.</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="310"/>
        <source>Deliveries in flight are being attempted right now and cannot be retried.</source>
        <translation>Доставки в процессе выполняются прямо сейчас, повторить их нельзя.</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="331"/>
        <source>Retry delivery</source>
        <translation>Повторить доставку</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="328"/>
        <source>Retry delivery %1 of event %2 to %3 now, ahead of scheduled work?</source>
        <translation>Повторить сейчас доставку %1 события %2 на %3, раньше запланированной работы?</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="182"/>
        <source>Endpoint health</source>
        <translation>Состояние конечных точек</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="327"/>
        <source>Retry delivery %1 now, ahead of scheduled work?</source>
        <translation>Повторить сейчас доставку %1, раньше запланированной работы?</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="338"/>
        <location filename="../widgets/DeliveriesPage.cpp" line="390"/>
        <source>The store refused the retry: %1</source>
        <translation>Хранилище отказало в повторе: %1</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="341"/>
        <source>Delivery %1 is due now, ahead of scheduled work.</source>
        <translation>Доставка %1 назначена на сейчас, раньше запланированной работы.</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="360"/>
        <source>Could not count the matching deliveries: %1</source>
        <translation>Не удалось подсчитать подходящие доставки: %1</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="371"/>
        <source>No delivery matching the search can be retried (deliveries in flight and those of disabled endpoints are skipped).</source>
        <translation>Ни одну подходящую доставку нельзя повторить (доставки в процессе и доставки на отключённые конечные точки пропускаются).</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="376"/>
        <source>Retry the one delivery matching the current search now, ahead of scheduled work?</source>
        <translation>Повторить сейчас единственную подходящую доставку, раньше запланированной работы?</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/DeliveriesPage.cpp" line="378"/>
        <source>Retry %n deliveries matching the current search now, ahead of scheduled work?</source>
        <translation>
            <numerusform>Повторить сейчас %n подходящую доставку, раньше запланированной работы?</numerusform>
            <numerusform>Повторить сейчас %n подходящие доставки, раньше запланированной работы?</numerusform>
            <numerusform>Повторить сейчас %n подходящих доставок, раньше запланированной работы?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="382"/>
        <source>Retry all matching deliveries</source>
        <translation>Повторить все подходящие доставки</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="383"/>
        <source>Deliveries in flight and those of disabled endpoints are skipped.</source>
        <translation>Доставки в процессе и доставки на отключённые конечные точки пропускаются.</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="395"/>
        <source>One delivery retried.</source>
        <translation>Повторена одна доставка.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/DeliveriesPage.cpp" line="396"/>
        <source>%n deliveries retried.</source>
        <translation>
            <numerusform>Повторена %n доставка.</numerusform>
            <numerusform>Повторены %n доставки.</numerusform>
            <numerusform>Повторено %n доставок.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="410"/>
        <source>Could not read delivery %1: %2</source>
        <translation>Не удалось прочитать доставку %1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="420"/>
        <source>Copied a curl command for delivery %1. It was never attempted, so the command carries no signature.</source>
        <translation>Команда curl для доставки %1 скопирована. Попыток ещё не было, поэтому подписи в команде нет.</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="423"/>
        <source>Copied a curl command for delivery %1 with the headers of its last attempt (signature included, secret never).</source>
        <translation>Команда curl для доставки %1 скопирована с заголовками последней попытки (подпись включена, секрет — никогда).</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="432"/>
        <source>Export all matching deliveries</source>
        <translation>Экспорт всех подходящих доставок</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="433"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/DeliveriesPage.cpp" line="445"/>
        <source>Exporting… %n deliveries written</source>
        <translation>
            <numerusform>Экспорт… записана %n доставка</numerusform>
            <numerusform>Экспорт… записаны %n доставки</numerusform>
            <numerusform>Экспорт… записано %n доставок</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="452"/>
        <source>Exported one delivery to %1.</source>
        <translation>Одна доставка экспортирована в %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/DeliveriesPage.cpp" line="453"/>
        <source>Exported %n deliveries to %1.</source>
        <translation>
            <numerusform>%n доставка экспортирована в %1.</numerusform>
            <numerusform>%n доставки экспортированы в %1.</numerusform>
            <numerusform>%n доставок экспортировано в %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="455"/>
        <source>Export failed, nothing written: %1</source>
        <translation>Экспорт не удался, ничего не записано: %1</translation>
    </message>
</context>
<context>
    <name>DeliverySearchForm</name>
    <message>
        <location filename="../widgets/DeliverySearchForm.cpp" line="14"/>
        <source>Merchant id</source>
        <translation>Id продавца</translation>
    </message>
    <message>
        <location filename="../widgets/DeliverySearchForm.cpp" line="15"/>
        <source>Payment id</source>
        <translation>Id платежа</translation>
    </message>
    <message>
        <location filename="../widgets/DeliverySearchForm.cpp" line="16"/>
        <source>Event id</source>
        <translation>Id события</translation>
    </message>
    <message>
        <location filename="../widgets/DeliverySearchForm.cpp" line="17"/>
        <source>Endpoint id or part of its URL</source>
        <translation>Id конечной точки или часть её URL</translation>
    </message>
    <message>
        <location filename="../widgets/DeliverySearchForm.cpp" line="19"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../widgets/DeliverySearchForm.cpp" line="20"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../widgets/DeliverySearchForm.cpp" line="23"/>
        <source>&amp;Search</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location filename="../widgets/DeliverySearchForm.cpp" line="27"/>
        <source>Any state</source>
        <translation>Любое состояние</translation>
    </message>
    <message>
        <location filename="../widgets/DeliverySearchForm.cpp" line="28"/>
        <source>Pending</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <location filename="../widgets/DeliverySearchForm.cpp" line="29"/>
        <source>In flight</source>
        <translation>В процессе</translation>
    </message>
    <message>
        <location filename="../widgets/DeliverySearchForm.cpp" line="30"/>
        <source>Failed, retrying</source>
        <translation>Неудачна, будет повтор</translation>
    </message>
    <message>
        <location filename="../widgets/DeliverySearchForm.cpp" line="31"/>
        <source>Succeeded</source>
        <translation>Успешна</translation>
    </message>
    <message>
        <location filename="../widgets/DeliverySearchForm.cpp" line="32"/>
        <source>Dead</source>
        <translation>Отброшена</translation>
    </message>
    <message>
        <location filename="../widgets/DeliverySearchForm.cpp" line="35"/>
        <source>C&amp;lear</source>
        <translation>&amp;Очистить</translation>
    </message>
    <message>
        <location filename="../widgets/DeliverySearchForm.cpp" line="87"/>
        <source>Deliveries created at or after “From” and before “To” (local time)</source>
        <translation>Доставки, созданные начиная с «С» и до «По» (местное время)</translation>
    </message>
    <message>
        <location filename="../widgets/DeliverySearchForm.cpp" line="129"/>
        <source>“To” must be after “From”.</source>
        <translation>«По» должно быть позже «С».</translation>
    </message>
</context>
<context>
    <name>DeliverySearchModel</name>
    <message>
        <location filename="../models/DeliverySearchModel.cpp" line="143"/>
        <source>%1 (payment %2)</source>
        <translation>%1 (платёж %2)</translation>
    </message>
    <message>
        <location filename="../models/DeliverySearchModel.cpp" line="145"/>
        <source>Endpoint %1: %2</source>
        <translation>Конечная точка %1: %2</translation>
    </message>
    <message>
        <location filename="../models/DeliverySearchModel.cpp" line="148"/>
        <source>Not attempted yet</source>
        <translation>Ещё не было попыток</translation>
    </message>
    <message>
        <location filename="../models/DeliverySearchModel.cpp" line="151"/>
        <source>Event created %1; delivery created %2</source>
        <translation>Событие создано %1; доставка создана %2</translation>
    </message>
    <message>
        <location filename="../models/DeliverySearchModel.cpp" line="161"/>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <location filename="../models/DeliverySearchModel.cpp" line="163"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../models/DeliverySearchModel.cpp" line="170"/>
        <source>pending</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <location filename="../models/DeliverySearchModel.cpp" line="172"/>
        <source>in flight</source>
        <translation>в процессе</translation>
    </message>
    <message>
        <location filename="../models/DeliverySearchModel.cpp" line="174"/>
        <source>failed, retrying</source>
        <translation>неудачна, будет повтор</translation>
    </message>
    <message>
        <location filename="../models/DeliverySearchModel.cpp" line="176"/>
        <source>succeeded</source>
        <translation>успешна</translation>
    </message>
    <message>
        <location filename="../models/DeliverySearchModel.cpp" line="178"/>
        <source>dead</source>
        <translation>отброшена</translation>
    </message>
    <message>
        <location filename="../models/DeliverySearchModel.cpp" line="188"/>
        <source>Event time</source>
        <translation>Время события</translation>
    </message>
    <message>
        <location filename="../models/DeliverySearchModel.cpp" line="190"/>
        <source>Event id</source>
        <translation>Id события</translation>
    </message>
    <message>
        <location filename="../models/DeliverySearchModel.cpp" line="192"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../models/DeliverySearchModel.cpp" line="194"/>
        <source>Merchant</source>
        <translation>Продавец</translation>
    </message>
    <message>
        <location filename="../models/DeliverySearchModel.cpp" line="196"/>
        <source>Endpoint</source>
        <translation>Конечная точка</translation>
    </message>
    <message>
        <location filename="../models/DeliverySearchModel.cpp" line="198"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../models/DeliverySearchModel.cpp" line="200"/>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <location filename="../models/DeliverySearchModel.cpp" line="202"/>
        <source>Last status / error</source>
        <translation>Последний статус / ошибка</translation>
    </message>
    <message>
        <location filename="../models/DeliverySearchModel.cpp" line="204"/>
        <source>Next attempt</source>
        <translation>Следующая попытка</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <location filename="../models/DisplayFormat.cpp" line="11"/>
        <source>%1 %</source>
        <extracomment>A percentage: %1 is the number (85.5); the sign&apos;s place and spacing per language</extracomment>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>DowntimeDetailPanel</name>
    <message>
        <location filename="../widgets/DowntimeDetailPanel.cpp" line="39"/>
        <source>&amp;Label…</source>
        <translation>&amp;Разметить…</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeDetailPanel.cpp" line="40"/>
        <source>&amp;Mute like this…</source>
        <translation>&amp;Заглушить так же…</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeDetailPanel.cpp" line="57"/>
        <source>Label it a true or false positive, with a note.</source>
        <translation>Разметить как истинное или ложное срабатывание, с примечанием.</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeDetailPanel.cpp" line="59"/>
        <source>A mute of this rule and cohort, editable before it is saved: downtimes it covers are still recorded but not notified.</source>
        <translation>Заглушение этого правила и когорты, которое можно изменить до сохранения: покрытые им простои по-прежнему записываются, но без уведомлений.</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeDetailPanel.cpp" line="80"/>
        <source>Downtime %1 · %2</source>
        <translation>Простой %1 · %2</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeDetailPanel.cpp" line="96"/>
        <source>No downtime selected</source>
        <translation>Простой не выбран</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeDetailPanel.cpp" line="97"/>
        <source>Select a downtime to see its SR chart and details.</source>
        <translation>Выберите простой, чтобы увидеть его график SR и подробности.</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeDetailPanel.cpp" line="122"/>
        <source>Could not read its SR windows: %1</source>
        <translation>Не удалось прочитать его окна SR: %1</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeDetailPanel.cpp" line="127"/>
        <source>SR of %1 (rule %2) from 10 minutes before the downtime to 10 minutes after it; the dashed line is where it opens.</source>
        <translation>SR %1 (правило %2) от 10 минут до простоя до 10 минут после; пунктир — момент его открытия.</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeDetailPanel.cpp" line="138"/>
        <source>Rule %1 (#%2) version %3 · severity %4 · lowest SR %5 % · payments %6</source>
        <translation>Правило %1 (#%2) версия %3 · критичность %4 · минимальная SR %5 % · платежей: %6</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeDetailPanel.cpp" line="146"/>
        <source>Started %1, open (detected %2).</source>
        <translation>Начался %1, открыт (обнаружен %2).</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeDetailPanel.cpp" line="148"/>
        <source>Started %1, resolved %2 (%3) after %4.</source>
        <translation>Начался %1, устранён %2 (%3) через %4.</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeDetailPanel.cpp" line="152"/>
        <source>Muted: not notified.</source>
        <translation>Заглушён: уведомление не отправлено.</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeDetailPanel.cpp" line="154"/>
        <source>Muted by mute %1 of %2 (%3): not notified.</source>
        <translation>Заглушён заглушением %1 от %2 (%3): уведомление не отправлено.</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeDetailPanel.cpp" line="158"/>
        <source>Not labelled.</source>
        <translation>Не размечен.</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeDetailPanel.cpp" line="161"/>
        <source>Labelled %1 by %2 at %3%4</source>
        <translation>Размечен как «%1»: %2, %3%4</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeDetailPanel.cpp" line="162"/>
        <source>true positive</source>
        <translation>истинное срабатывание</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeDetailPanel.cpp" line="162"/>
        <source>false positive</source>
        <translation>ложное срабатывание</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeDetailPanel.cpp" line="165"/>
        <source>Mute matchers for it: %1</source>
        <translation>Условия заглушения для него: %1</translation>
    </message>
</context>
<context>
    <name>DowntimeLabelDialog</name>
    <message>
        <location filename="../widgets/DowntimeLabelDialog.cpp" line="20"/>
        <source>Label downtime %1</source>
        <translation>Разметить простой %1</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeLabelDialog.cpp" line="22"/>
        <source>True positive: a real outage</source>
        <translation>Истинное срабатывание: реальный сбой</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeLabelDialog.cpp" line="23"/>
        <source>False positive: noise, not an outage</source>
        <translation>Ложное срабатывание: шум, а не сбой</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeLabelDialog.cpp" line="24"/>
        <source>No label</source>
        <translation>Без разметки</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeLabelDialog.cpp" line="27"/>
        <source>Why? (kept with the label and in the audit log)</source>
        <translation>Почему? (сохраняется с разметкой и в журнале аудита)</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeLabelDialog.cpp" line="30"/>
        <source>Save label</source>
        <translation>Сохранить разметку</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeLabelDialog.cpp" line="33"/>
        <source>Labels feed payops evaluate and the backtest: a false positive counts against the rule&apos;s precision.</source>
        <translation>Разметка используется в payops evaluate и бэктесте: ложное срабатывание снижает точность правила.</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeLabelDialog.cpp" line="38"/>
        <source>Label:</source>
        <translation>Разметка:</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeLabelDialog.cpp" line="39"/>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
</context>
<context>
    <name>DowntimeListModel</name>
    <message>
        <location filename="../models/DowntimeListModel.cpp" line="75"/>
        <source>Muted by mute %1 (%2): %3</source>
        <translation>Заглушён заглушением %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../models/DowntimeListModel.cpp" line="79"/>
        <source>%1 by %2: %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../models/DowntimeListModel.cpp" line="104"/>
        <source>open</source>
        <translation>открыт</translation>
    </message>
    <message>
        <location filename="../models/DowntimeListModel.cpp" line="106"/>
        <source>%1 v%2</source>
        <translation>%1 v%2</translation>
    </message>
    <message>
        <location filename="../models/DowntimeListModel.cpp" line="120"/>
        <source>muted (#%1)</source>
        <translation>заглушён (#%1)</translation>
    </message>
    <message>
        <location filename="../models/DowntimeListModel.cpp" line="120"/>
        <source>muted</source>
        <translation>заглушён</translation>
    </message>
    <message>
        <location filename="../models/DowntimeListModel.cpp" line="123"/>
        <source>true positive</source>
        <translation>истинное срабатывание</translation>
    </message>
    <message>
        <location filename="../models/DowntimeListModel.cpp" line="125"/>
        <source>false positive</source>
        <translation>ложное срабатывание</translation>
    </message>
    <message>
        <location filename="../models/DowntimeListModel.cpp" line="138"/>
        <source>Started</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../models/DowntimeListModel.cpp" line="140"/>
        <source>Resolved</source>
        <translation>Устранён</translation>
    </message>
    <message>
        <location filename="../models/DowntimeListModel.cpp" line="142"/>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location filename="../models/DowntimeListModel.cpp" line="144"/>
        <source>Cohort</source>
        <translation>Когорта</translation>
    </message>
    <message>
        <location filename="../models/DowntimeListModel.cpp" line="146"/>
        <source>Severity</source>
        <translation>Критичность</translation>
    </message>
    <message>
        <location filename="../models/DowntimeListModel.cpp" line="148"/>
        <source>Lowest SR</source>
        <translation>Минимальная SR</translation>
    </message>
    <message>
        <location filename="../models/DowntimeListModel.cpp" line="150"/>
        <source>Payments</source>
        <translation>Платежи</translation>
    </message>
    <message>
        <location filename="../models/DowntimeListModel.cpp" line="152"/>
        <source>Muted</source>
        <translation>Заглушён</translation>
    </message>
    <message>
        <location filename="../models/DowntimeListModel.cpp" line="154"/>
        <source>Label</source>
        <translation>Разметка</translation>
    </message>
</context>
<context>
    <name>DowntimesView</name>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="42"/>
        <source>Between</source>
        <translation>Между</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="49"/>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Предыдущая</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="50"/>
        <source>&amp;Next ▶</source>
        <translation>&amp;Следующая ▶</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="115"/>
        <source>Any state</source>
        <translation>Любое состояние</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="116"/>
        <source>Open</source>
        <translation>Открытые</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="117"/>
        <source>Resolved</source>
        <translation>Устранённые</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="123"/>
        <source>any severity</source>
        <translation>любая критичность</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="125"/>
        <source>Any rule</source>
        <translation>Любое правило</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="127"/>
        <source>cohort contains, e.g. issuer=HDFC</source>
        <translation>когорта содержит, напр. issuer=HDFC</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="139"/>
        <source>Any label</source>
        <translation>Любая разметка</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="140"/>
        <source>True positive</source>
        <translation>Истинное срабатывание</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="141"/>
        <source>False positive</source>
        <translation>Ложное срабатывание</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="142"/>
        <source>Not labelled</source>
        <translation>Не размечен</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="143"/>
        <source>&amp;Search</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="157"/>
        <source>and</source>
        <translation>и</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="174"/>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="238"/>
        <source>Page %1 · loading…</source>
        <translation>Страница %1 · загрузка…</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="250"/>
        <source>Could not read the downtimes: %1</source>
        <translation>Не удалось прочитать простои: %1</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="261"/>
        <source>Page %1 · no downtimes</source>
        <translation>Страница %1 · простоев нет</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="262"/>
        <source>Page %1 · downtimes %2–%3%4</source>
        <translation>Страница %1 · простои %2–%3%4</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="266"/>
        <source>, more follow</source>
        <translation>, есть ещё</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="338"/>
        <source>The store refused the label: %1</source>
        <translation>База отклонила разметку: %1</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="342"/>
        <source>Downtime %1 has no label now.</source>
        <translation>У простоя %1 теперь нет разметки.</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="343"/>
        <source>Downtime %1 labelled %2.</source>
        <translation>Простой %1 размечен: %2.</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="359"/>
        <source>Mute %1 saved.</source>
        <translation>Заглушение %1 сохранено.</translation>
    </message>
</context>
<context>
    <name>EditMenu</name>
    <message>
        <location filename="../widgets/EditMenu.cpp" line="9"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../widgets/EditMenu.cpp" line="11"/>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <location filename="../widgets/EditMenu.cpp" line="13"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Параметры…</translation>
    </message>
</context>
<context>
    <name>EndpointHealthModel</name>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="19"/>
        <location filename="../models/EndpointHealthModel.cpp" line="127"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="20"/>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="136"/>
        <source>open</source>
        <translation>разомкнута</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="138"/>
        <source>half-open</source>
        <translation>полуоткрыта</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="139"/>
        <source>closed</source>
        <translation>замкнута</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="141"/>
        <source>enabled</source>
        <translation>включён</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="141"/>
        <location filename="../models/EndpointHealthModel.cpp" line="172"/>
        <source>disabled: %1</source>
        <translation>отключён: %1</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="162"/>
        <source>%1 of %2 attempts succeeded in the last hour</source>
        <translation>Успешно %1 из %2 попыток за последний час</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/EndpointHealthModel.cpp" line="166"/>
        <source>%n consecutive failure(s)</source>
        <translation>
            <numerusform>%n сбой подряд</numerusform>
            <numerusform>%n сбоя подряд</numerusform>
            <numerusform>%n сбоев подряд</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="168"/>
        <source>failing since %1</source>
        <translation>сбои с %1</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="182"/>
        <source>Endpoint</source>
        <translation>Конечная точка</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="184"/>
        <source>Merchant</source>
        <translation>Продавец</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="186"/>
        <source>Success (1 h)</source>
        <translation>Успех (1 ч)</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="188"/>
        <source>Attempts (1 h)</source>
        <translation>Попытки (1 ч)</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="190"/>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="192"/>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="194"/>
        <source>Circuit</source>
        <translation>Цепь</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="196"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>EndpointHealthView</name>
    <message>
        <location filename="../widgets/EndpointHealthView.cpp" line="25"/>
        <source>Re-enable…</source>
        <translation>Включить снова…</translation>
    </message>
    <message>
        <location filename="../widgets/EndpointHealthView.cpp" line="40"/>
        <source>Enable the selected endpoint again (admins; audited)</source>
        <translation>Снова включить выбранную конечную точку (администраторы; с аудитом)</translation>
    </message>
    <message>
        <location filename="../widgets/EndpointHealthView.cpp" line="100"/>
        <source>Re-enable endpoint</source>
        <translation>Включить конечную точку снова</translation>
    </message>
    <message>
        <location filename="../widgets/EndpointHealthView.cpp" line="101"/>
        <source>Why may %1 receive deliveries again? The reason goes to the audit log.</source>
        <translation>Почему %1 снова может получать доставки? Причина попадёт в журнал аудита.</translation>
    </message>
    <message>
        <location filename="../widgets/EndpointHealthView.cpp" line="104"/>
        <source>Re-enable</source>
        <translation>Включить снова</translation>
    </message>
    <message>
        <location filename="../widgets/EndpointHealthView.cpp" line="121"/>
        <source>Endpoint %1 enabled again.</source>
        <translation>Конечная точка %1 снова включена.</translation>
    </message>
    <message>
        <location filename="../widgets/EndpointHealthView.cpp" line="126"/>
        <source>The store refused: %1</source>
        <translation>База отказала: %1</translation>
    </message>
    <message>
        <location filename="../widgets/EndpointHealthView.cpp" line="134"/>
        <source>Could not read endpoint health: %1</source>
        <translation>Не удалось прочитать состояние конечных точек: %1</translation>
    </message>
</context>
<context>
    <name>EnginesModel</name>
    <message>
        <location filename="../models/EnginesModel.cpp" line="69"/>
        <source>%1: no live instance</source>
        <translation>%1: нет работающих экземпляров</translation>
    </message>
    <message>
        <location filename="../models/EnginesModel.cpp" line="71"/>
        <source>%1: %2 s behind</source>
        <translation>%1: отставание %2 с</translation>
    </message>
    <message>
        <location filename="../models/EnginesModel.cpp" line="82"/>
        <source>Data on screen may be older than it should be — %1</source>
        <translation>Данные на экране могут быть старее, чем должны — %1</translation>
    </message>
    <message>
        <location filename="../models/EnginesModel.cpp" line="132"/>
        <source>stale</source>
        <translation>устарел</translation>
    </message>
    <message>
        <location filename="../models/EnginesModel.cpp" line="132"/>
        <source>live</source>
        <translation>работает</translation>
    </message>
    <message>
        <location filename="../models/EnginesModel.cpp" line="136"/>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <location filename="../models/EnginesModel.cpp" line="140"/>
        <source>%1/s</source>
        <translation>%1/с</translation>
    </message>
    <message>
        <location filename="../models/EnginesModel.cpp" line="142"/>
        <source>%1 s ago</source>
        <translation>%1 с назад</translation>
    </message>
    <message>
        <location filename="../models/EnginesModel.cpp" line="162"/>
        <source>Engine</source>
        <translation>Движок</translation>
    </message>
    <message>
        <location filename="../models/EnginesModel.cpp" line="164"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../models/EnginesModel.cpp" line="166"/>
        <source>Lag</source>
        <translation>Отставание</translation>
    </message>
    <message>
        <location filename="../models/EnginesModel.cpp" line="168"/>
        <source>Rate</source>
        <translation>Скорость</translation>
    </message>
    <message>
        <location filename="../models/EnginesModel.cpp" line="170"/>
        <source>Last beat</source>
        <translation>Последний сигнал</translation>
    </message>
    <message>
        <location filename="../models/EnginesModel.cpp" line="172"/>
        <source>Host</source>
        <translation>Хост</translation>
    </message>
    <message>
        <location filename="../models/EnginesModel.cpp" line="174"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location filename="../models/EnginesModel.cpp" line="176"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../models/EnginesModel.cpp" line="178"/>
        <source>Started</source>
        <translation>Запущен</translation>
    </message>
</context>
<context>
    <name>EnginesPanel</name>
    <message>
        <location filename="../widgets/EnginesPanel.cpp" line="42"/>
        <source>Engines: click to show or hide every instance</source>
        <translation>Движки: щёлкните, чтобы показать или скрыть все экземпляры</translation>
    </message>
    <message>
        <location filename="../widgets/EnginesPanel.cpp" line="44"/>
        <source>Engines</source>
        <translation>Движки</translation>
    </message>
    <message>
        <location filename="../widgets/EnginesPanel.cpp" line="112"/>
        <source>%1 live</source>
        <translation>работает: %1</translation>
    </message>
    <message>
        <location filename="../widgets/EnginesPanel.cpp" line="115"/>
        <source>cannot read: %1</source>
        <translation>не удаётся прочитать: %1</translation>
    </message>
    <message>
        <location filename="../widgets/EnginesPanel.cpp" line="119"/>
        <source>no engine has registered</source>
        <translation>ни один движок не зарегистрировался</translation>
    </message>
    <message>
        <location filename="../widgets/EnginesPanel.cpp" line="121"/>
        <source>all running, none behind</source>
        <translation>все работают, отставаний нет</translation>
    </message>
</context>
<context>
    <name>EventDeliveriesModel</name>
    <message>
        <location filename="../models/EventDeliveriesModel.cpp" line="82"/>
        <source>This endpoint is disabled</source>
        <translation>Эта конечная точка отключена</translation>
    </message>
    <message>
        <location filename="../models/EventDeliveriesModel.cpp" line="84"/>
        <source>Manual retry asked by %1</source>
        <translation>Ручной повтор запрошен %1</translation>
    </message>
    <message>
        <location filename="../models/EventDeliveriesModel.cpp" line="103"/>
        <source>%1 (disabled)</source>
        <translation>%1 (отключена)</translation>
    </message>
    <message>
        <location filename="../models/EventDeliveriesModel.cpp" line="112"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../models/EventDeliveriesModel.cpp" line="126"/>
        <source>Endpoint</source>
        <translation>Конечная точка</translation>
    </message>
    <message>
        <location filename="../models/EventDeliveriesModel.cpp" line="128"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../models/EventDeliveriesModel.cpp" line="130"/>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <location filename="../models/EventDeliveriesModel.cpp" line="132"/>
        <source>Next attempt</source>
        <translation>Следующая попытка</translation>
    </message>
    <message>
        <location filename="../models/EventDeliveriesModel.cpp" line="134"/>
        <source>Last result</source>
        <translation>Последний результат</translation>
    </message>
</context>
<context>
    <name>EventDetailPanel</name>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="97"/>
        <source>Retry delivery…</source>
        <translation>Повторить доставку…</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="110"/>
        <source>Payload</source>
        <translation>Содержимое</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="153"/>
        <source>No event selected.</source>
        <translation>Событие не выбрано.</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="171"/>
        <source>Deliveries</source>
        <translation>Доставки</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="185"/>
        <source>Attempt timeline</source>
        <translation>Хронология попыток</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="197"/>
        <source>Request headers</source>
        <translation>Заголовки запроса</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="200"/>
        <source>Response / error</source>
        <translation>Ответ / ошибка</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="225"/>
        <source>Loading event %1…</source>
        <translation>Загрузка события %1…</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="254"/>
        <source>Could not read the event: %1</source>
        <translation>Не удалось прочитать событие: %1</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="260"/>
        <source>No webhook event %1 in the store.</source>
        <translation>В базе нет события webhook %1.</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="268"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="275"/>
        <source>merchant %1 · payment %2 · created %3</source>
        <translation>продавец %1 · платёж %2 · создано %3</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="285"/>
        <source>Could not read the deliveries: %1</source>
        <translation>Не удалось прочитать доставки: %1</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="332"/>
        <source>Could not read the attempts: %1</source>
        <translation>Не удалось прочитать попытки: %1</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="364"/>
        <source>Not sent yet: %1</source>
        <translation>Ещё не отправлено: %1</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="374"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="376"/>
        <source>Transport error: %1</source>
        <translation>Ошибка передачи: %1</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="378"/>
        <source>(no response body)</source>
        <translation>(нет тела ответа)</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <location filename="../widgets/ExportMenu.cpp" line="71"/>
        <source>Export failed</source>
        <translation>Экспорт не удался</translation>
    </message>
    <message>
        <location filename="../widgets/ExportMenu.cpp" line="72"/>
        <source>Nothing was written: %1</source>
        <translation>Ничего не записано: %1</translation>
    </message>
    <message>
        <location filename="../widgets/ExportMenu.cpp" line="98"/>
        <source>Export table as &amp;CSV…</source>
        <translation>Экспортировать таблицу в &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../widgets/ExportMenu.cpp" line="98"/>
        <source>Export table as CSV</source>
        <translation>Экспорт таблицы в CSV</translation>
    </message>
    <message>
        <location filename="../widgets/ExportMenu.cpp" line="99"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../widgets/ExportMenu.cpp" line="104"/>
        <source>Save chart as &amp;PNG…</source>
        <translation>Сохранить график в &amp;PNG…</translation>
    </message>
    <message>
        <location filename="../widgets/ExportMenu.cpp" line="104"/>
        <source>Save chart as PNG</source>
        <translation>Сохранение графика в PNG</translation>
    </message>
    <message>
        <location filename="../widgets/ExportMenu.cpp" line="105"/>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../widgets/ExportMenu.cpp" line="129"/>
        <source>could not write %1</source>
        <translation>не удалось записать %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="60"/>
        <source>payops console</source>
        <translation>консоль payops</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="101"/>
        <source>Wall</source>
        <translation>Табло</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="102"/>
        <source>Deliveries</source>
        <translation>Доставки</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="104"/>
        <source>Rules &amp;&amp; downtimes</source>
        <translation>Правила и простои</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="105"/>
        <source>Cashback</source>
        <translation>Кэшбэк</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="136"/>
        <source>Areas</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="145"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="147"/>
        <source>&amp;Connect…</source>
        <translation>&amp;Подключиться…</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="151"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="155"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="159"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="166"/>
        <source>&amp;Wall mode</source>
        <translation>Режим &amp;табло</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="177"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="178"/>
        <source>&amp;About payops console</source>
        <translation>&amp;О консоли payops</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="179"/>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="181"/>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="206"/>
        <source>payops console — %1</source>
        <translation>консоль payops — %1</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="268"/>
        <source>About payops console</source>
        <translation>О консоли payops</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="269"/>
        <source>&lt;h3&gt;payops console %1&lt;/h3&gt;&lt;p&gt;The operations console of a payment gateway: live success rates, downtimes, webhook deliveries and cashback, over one PostgreSQL store.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;консоль payops %1&lt;/h3&gt;&lt;p&gt;Операционная консоль платёжного шлюза: успешность платежей в реальном времени, простои, доставка вебхуков и кэшбэк — поверх одной базы PostgreSQL.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MuteCoverageModel</name>
    <message>
        <location filename="../models/MuteCoverageModel.cpp" line="53"/>
        <source>cohort</source>
        <translation>когорта</translation>
    </message>
    <message>
        <location filename="../models/MuteCoverageModel.cpp" line="54"/>
        <source>open downtime #%1 (already muted)</source>
        <translation>открытый простой #%1 (уже заглушён)</translation>
    </message>
    <message>
        <location filename="../models/MuteCoverageModel.cpp" line="55"/>
        <source>open downtime #%1</source>
        <translation>открытый простой #%1</translation>
    </message>
    <message>
        <location filename="../models/MuteCoverageModel.cpp" line="73"/>
        <source>Covers</source>
        <translation>Покрывает</translation>
    </message>
    <message>
        <location filename="../models/MuteCoverageModel.cpp" line="75"/>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location filename="../models/MuteCoverageModel.cpp" line="77"/>
        <source>Cohort</source>
        <translation>Когорта</translation>
    </message>
    <message>
        <location filename="../models/MuteCoverageModel.cpp" line="79"/>
        <source>Severity</source>
        <translation>Критичность</translation>
    </message>
</context>
<context>
    <name>MuteEditorDialog</name>
    <message>
        <location filename="../widgets/MuteEditorDialog.cpp" line="29"/>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <location filename="../widgets/MuteEditorDialog.cpp" line="41"/>
        <source>New mute</source>
        <translation>Новое заглушение</translation>
    </message>
    <message>
        <location filename="../widgets/MuteEditorDialog.cpp" line="52"/>
        <source>Why? (kept with the mute and in the audit log)</source>
        <translation>Почему? (сохраняется с заглушением и в журнале аудита)</translation>
    </message>
    <message>
        <location filename="../widgets/MuteEditorDialog.cpp" line="74"/>
        <source>Save mute</source>
        <translation>Сохранить заглушение</translation>
    </message>
    <message>
        <location filename="../widgets/MuteEditorDialog.cpp" line="82"/>
        <source>Matchers:</source>
        <translation>Условия:</translation>
    </message>
    <message>
        <location filename="../widgets/MuteEditorDialog.cpp" line="83"/>
        <source>Starts:</source>
        <translation>Начало:</translation>
    </message>
    <message>
        <location filename="../widgets/MuteEditorDialog.cpp" line="84"/>
        <source>Ends:</source>
        <translation>Конец:</translation>
    </message>
    <message>
        <location filename="../widgets/MuteEditorDialog.cpp" line="85"/>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <location filename="../widgets/MuteEditorDialog.cpp" line="87"/>
        <source>Downtimes a mute covers are still recorded and shown as muted; their notifications are not sent. Every matcher must equal what the downtime&apos;s rule and cohort fix.</source>
        <translation>Простои, покрытые заглушением, по-прежнему записываются и показываются как заглушённые; уведомления о них не отправляются. Каждое условие должно совпадать с тем, что фиксируют правило и когорта простоя.</translation>
    </message>
    <message>
        <location filename="../widgets/MuteEditorDialog.cpp" line="103"/>
        <source>Dimension</source>
        <translation>Измерение</translation>
    </message>
    <message>
        <location filename="../widgets/MuteEditorDialog.cpp" line="103"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../widgets/MuteEditorDialog.cpp" line="111"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../widgets/MuteEditorDialog.cpp" line="113"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../widgets/MuteEditorDialog.cpp" line="204"/>
        <source>Add at least one matcher.</source>
        <translation>Добавьте хотя бы одно условие.</translation>
    </message>
    <message>
        <location filename="../widgets/MuteEditorDialog.cpp" line="207"/>
        <source>Asking the store what it would cover…</source>
        <translation>Запрос к базе о том, что будет покрыто…</translation>
    </message>
    <message>
        <location filename="../widgets/MuteEditorDialog.cpp" line="215"/>
        <source>The store refuses these matchers: %1</source>
        <translation>База отклоняет эти условия: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/MuteEditorDialog.cpp" line="219"/>
        <source>It covers %n open downtime(s) now</source>
        <translation>
            <numerusform>Сейчас оно покрывает %n открытый простой</numerusform>
            <numerusform>Сейчас оно покрывает %n открытых простоя</numerusform>
            <numerusform>Сейчас оно покрывает %n открытых простоев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/MuteEditorDialog.cpp" line="220"/>
        <source> and cover %n cohort(s) with SR windows in the last hour:</source>
        <translation>
            <numerusform> и покроет %n когорту с окнами SR за последний час:</numerusform>
            <numerusform> и покроет %n когорты с окнами SR за последний час:</numerusform>
            <numerusform> и покроет %n когорт с окнами SR за последний час:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/MuteEditorDialog.cpp" line="236"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../widgets/MuteEditorDialog.cpp" line="243"/>
        <source>The store refused the mute: %1</source>
        <translation>База отклонила заглушение: %1</translation>
    </message>
</context>
<context>
    <name>MuteListModel</name>
    <message>
        <location filename="../models/MuteListModel.cpp" line="65"/>
        <source>Ended %1 by %2: %3</source>
        <translation>Завершено %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../models/MuteListModel.cpp" line="89"/>
        <source>active</source>
        <translation>активно</translation>
    </message>
    <message>
        <location filename="../models/MuteListModel.cpp" line="91"/>
        <source>pending</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <location filename="../models/MuteListModel.cpp" line="93"/>
        <source>ended early</source>
        <translation>завершено досрочно</translation>
    </message>
    <message>
        <location filename="../models/MuteListModel.cpp" line="94"/>
        <source>expired</source>
        <translation>истекло</translation>
    </message>
    <message>
        <location filename="../models/MuteListModel.cpp" line="110"/>
        <source>%1 at %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location filename="../models/MuteListModel.cpp" line="122"/>
        <source>Mute</source>
        <translation>Заглушение</translation>
    </message>
    <message>
        <location filename="../models/MuteListModel.cpp" line="124"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../models/MuteListModel.cpp" line="126"/>
        <source>Matchers</source>
        <translation>Условия</translation>
    </message>
    <message>
        <location filename="../models/MuteListModel.cpp" line="128"/>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../models/MuteListModel.cpp" line="130"/>
        <source>Ends</source>
        <translation>Конец</translation>
    </message>
    <message>
        <location filename="../models/MuteListModel.cpp" line="132"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../models/MuteListModel.cpp" line="134"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../models/MuteListModel.cpp" line="136"/>
        <source>Downtimes muted</source>
        <translation>Заглушённые простои</translation>
    </message>
    <message>
        <location filename="../models/MuteListModel.cpp" line="138"/>
        <source>Ended by</source>
        <translation>Завершил</translation>
    </message>
</context>
<context>
    <name>MutesView</name>
    <message>
        <location filename="../widgets/MutesView.cpp" line="26"/>
        <source>&amp;End mute early…</source>
        <translation>&amp;Завершить заглушение досрочно…</translation>
    </message>
    <message>
        <location filename="../widgets/MutesView.cpp" line="39"/>
        <source>Could not read the mutes: %1</source>
        <translation>Не удалось прочитать заглушения: %1</translation>
    </message>
    <message>
        <location filename="../widgets/MutesView.cpp" line="63"/>
        <source>Create a mute from a downtime on the Downtimes tab.</source>
        <translation>Создайте заглушение из простоя на вкладке «Простои».</translation>
    </message>
    <message>
        <location filename="../widgets/MutesView.cpp" line="119"/>
        <location filename="../widgets/MutesView.cpp" line="124"/>
        <source>End mute</source>
        <translation>Завершить заглушение</translation>
    </message>
    <message>
        <location filename="../widgets/MutesView.cpp" line="120"/>
        <source>End mute %1 (%2) now? Downtimes it covers will be notified again from now on.</source>
        <translation>Завершить заглушение %1 (%2) сейчас? О покрытых им простоях с этого момента снова будут отправляться уведомления.</translation>
    </message>
    <message>
        <location filename="../widgets/MutesView.cpp" line="140"/>
        <source>The store refused to end the mute: %1</source>
        <translation>База отказала в завершении заглушения: %1</translation>
    </message>
    <message>
        <location filename="../widgets/MutesView.cpp" line="143"/>
        <source>Mute %1 ended.</source>
        <translation>Заглушение %1 завершено.</translation>
    </message>
</context>
<context>
    <name>PipelineModel</name>
    <message>
        <location filename="../models/PipelineModel.cpp" line="64"/>
        <source>nothing credited in the last %1 s</source>
        <translation>за последние %1 с ничего не зачислено</translation>
    </message>
    <message>
        <location filename="../models/PipelineModel.cpp" line="67"/>
        <source>median %1 · p95 %2 · max %3</source>
        <translation>медиана %1 · p95 %2 · макс. %3</translation>
    </message>
    <message>
        <location filename="../models/PipelineModel.cpp" line="125"/>
        <source>Payments captured</source>
        <translation>Списанные платежи</translation>
    </message>
    <message>
        <location filename="../models/PipelineModel.cpp" line="127"/>
        <source>Cashbacks computed</source>
        <translation>Рассчитанный кэшбэк</translation>
    </message>
    <message>
        <location filename="../models/PipelineModel.cpp" line="129"/>
        <source>Credit queue (RabbitMQ)</source>
        <translation>Очередь зачислений (RabbitMQ)</translation>
    </message>
    <message>
        <location filename="../models/PipelineModel.cpp" line="131"/>
        <source>Credited</source>
        <translation>Зачислено</translation>
    </message>
    <message>
        <location filename="../models/PipelineModel.cpp" line="133"/>
        <source>Reversed</source>
        <translation>Сторнировано</translation>
    </message>
    <message>
        <location filename="../models/PipelineModel.cpp" line="135"/>
        <source>Dead letters</source>
        <translation>Недоставленные сообщения</translation>
    </message>
    <message>
        <location filename="../models/PipelineModel.cpp" line="206"/>
        <source>out: those that earned a cashback</source>
        <translation>выход: те, что получили кэшбэк</translation>
    </message>
    <message>
        <location filename="../models/PipelineModel.cpp" line="208"/>
        <source>waiting: not yet confirmed by the broker</source>
        <translation>ожидает: ещё не подтверждено брокером</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/PipelineModel.cpp" line="212"/>
        <source>%1 ready · %2 unacknowledged · %n consumer(s)</source>
        <translation>
            <numerusform>готово: %1 · не подтверждено: %2 · %n потребитель</numerusform>
            <numerusform>готово: %1 · не подтверждено: %2 · %n потребителя</numerusform>
            <numerusform>готово: %1 · не подтверждено: %2 · %n потребителей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/PipelineModel.cpp" line="216"/>
        <source>waiting: queued, not yet in the ledger</source>
        <translation>ожидает: в очереди, ещё не в журнале операций</translation>
    </message>
    <message>
        <location filename="../models/PipelineModel.cpp" line="218"/>
        <source>waiting: refunded, not yet reversed</source>
        <translation>ожидает: возвращено, ещё не сторнировано</translation>
    </message>
    <message>
        <location filename="../models/PipelineModel.cpp" line="220"/>
        <source>waiting: messages in %1</source>
        <translation>ожидает: сообщения в %1</translation>
    </message>
    <message>
        <location filename="../models/PipelineModel.cpp" line="232"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location filename="../models/PipelineModel.cpp" line="234"/>
        <source>In /s</source>
        <translation>Вход /с</translation>
    </message>
    <message>
        <location filename="../models/PipelineModel.cpp" line="236"/>
        <source>Out /s</source>
        <translation>Выход /с</translation>
    </message>
    <message>
        <location filename="../models/PipelineModel.cpp" line="238"/>
        <source>Waiting</source>
        <translation>Ожидает</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../widgets/PlaceholderPage.cpp" line="15"/>
        <source>Filled by %1 — not built yet: this area arrives in a later version of payops.</source>
        <translation>Заполняется %1 — ещё не реализовано: этот раздел появится в одной из следующих версий payops.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../widgets/PreferencesDialog.cpp" line="28"/>
        <source>Preferences</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <location filename="../widgets/PreferencesDialog.cpp" line="34"/>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../widgets/PreferencesDialog.cpp" line="42"/>
        <source>A new language applies when the console starts next; the --lang option overrides it. A theme applies at once.</source>
        <translation>Новый язык вступает в силу при следующем запуске консоли; параметр --lang имеет приоритет. Тема применяется сразу.</translation>
    </message>
    <message>
        <location filename="../widgets/PreferencesDialog.cpp" line="47"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../widgets/PreferencesDialog.cpp" line="48"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Тема:</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../widgets/DowntimeDetailPanel.cpp" line="27"/>
        <source>%1 min %2 s</source>
        <translation>%1 мин %2 с</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeDetailPanel.cpp" line="28"/>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
</context>
<context>
    <name>RetryDialog</name>
    <message>
        <location filename="../widgets/RetryDialog.cpp" line="21"/>
        <source>Why? (kept in the audit log)</source>
        <translation>Почему? (сохраняется в журнале аудита)</translation>
    </message>
    <message>
        <location filename="../widgets/RetryDialog.cpp" line="25"/>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../widgets/RetryDialog.cpp" line="37"/>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
</context>
<context>
    <name>RuleDiffModel</name>
    <message>
        <location filename="../models/RuleDiffModel.cpp" line="73"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../models/RuleDiffModel.cpp" line="75"/>
        <location filename="../models/RuleDiffModel.cpp" line="77"/>
        <source>Version %1</source>
        <translation>Версия %1</translation>
    </message>
    <message>
        <location filename="../models/RuleDiffModel.cpp" line="75"/>
        <source>Left</source>
        <translation>Слева</translation>
    </message>
    <message>
        <location filename="../models/RuleDiffModel.cpp" line="77"/>
        <source>Right</source>
        <translation>Справа</translation>
    </message>
</context>
<context>
    <name>RuleEditorDialog</name>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="102"/>
        <source>New rule</source>
        <translation>Новое правило</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="104"/>
        <source>Edit rule %1 (version %2)</source>
        <translation>Изменить правило %1 (версия %2)</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="106"/>
        <source>Rule %1 (version %2, read only)</source>
        <translation>Правило %1 (версия %2, только чтение)</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="125"/>
        <source>&amp;Save new version</source>
        <translation>&amp;Сохранить новую версию</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="132"/>
        <source>&amp;Backtest…</source>
        <translation>&amp;Бэктест…</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="134"/>
        <source>Run this definition over past payments next to the saved version, before saving</source>
        <translation>Прогнать это определение по прошлым платежам рядом с сохранённой версией, до сохранения</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="147"/>
        <source>Only administrators can change rules.</source>
        <translation>Только администраторы могут изменять правила.</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="164"/>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="165"/>
        <source>Detects downtimes</source>
        <translation>Обнаруживает простои</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="166"/>
        <source>&amp;Enabled</source>
        <translation>&amp;Включено</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="170"/>
        <source>Filter %1</source>
        <translation>Фильтр %1</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="171"/>
        <source>any; a value, or values separated by commas</source>
        <translation>любое; значение или значения через запятую</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="172"/>
        <source>&amp;Group by</source>
        <translation>&amp;Группировать по</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="173"/>
        <source>dimensions in order, e.g. method, issuer</source>
        <translation>измерения по порядку, напр. method, issuer</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="175"/>
        <source>Time (size, step)</source>
        <translation>По времени (размер, шаг)</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="176"/>
        <source>Count (last n payments)</source>
        <translation>По числу (последние n платежей)</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="177"/>
        <source>&amp;Window</source>
        <translation>&amp;Окно</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="182"/>
        <source>Window size (s)</source>
        <translation>Размер окна (с)</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="183"/>
        <source>Window step (s)</source>
        <translation>Шаг окна (с)</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="184"/>
        <source>Window payments (n)</source>
        <translation>Платежей в окне (n)</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="185"/>
        <source>&amp;Minimum volume</source>
        <translation>&amp;Минимальный объём</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="186"/>
        <source>payments a window needs to count</source>
        <translation>платежей, нужных окну, чтобы учитываться</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="187"/>
        <source>&amp;Open below (SR)</source>
        <translation>Открыть &amp;ниже (SR)</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="188"/>
        <source>a fraction, e.g. 0.8</source>
        <translation>доля, напр. 0.8</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="189"/>
        <source>&amp;Recover above (SR)</source>
        <translation>Восстановить &amp;выше (SR)</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="190"/>
        <source>a fraction above open below, e.g. 0.9</source>
        <translation>доля выше порога открытия, напр. 0.9</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="191"/>
        <source>Open after (windows)</source>
        <translation>Открыть после (окон)</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="192"/>
        <source>Resolve after (windows)</source>
        <translation>Устранить после (окон)</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="193"/>
        <source>Se&amp;verity bands</source>
        <translation>&amp;Уровни критичности</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="194"/>
        <source>&amp;Comment</source>
        <translation>&amp;Комментарий</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="195"/>
        <source>why this change (required, kept with the version)</source>
        <translation>почему это изменение (обязательно, сохраняется с версией)</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="237"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="237"/>
        <source>Below (SR)</source>
        <translation>Ниже (SR)</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="242"/>
        <source>&amp;Add band</source>
        <translation>&amp;Добавить уровень</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="244"/>
        <source>Remo&amp;ve band</source>
        <translation>&amp;Удалить уровень</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="402"/>
        <source>Watches %1, windows of %2, %3.</source>
        <translation>Следит за: %1, окна %2, %3.</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="443"/>
        <source>The store refused the rule: %1</source>
        <translation>База отклонила правило: %1</translation>
    </message>
</context>
<context>
    <name>RuleListModel</name>
    <message numerus="yes">
        <location filename="../models/RuleListModel.cpp" line="14"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/RuleListModel.cpp" line="16"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/RuleListModel.cpp" line="17"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n с</numerusform>
            <numerusform>%n с</numerusform>
            <numerusform>%n с</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/RuleListModel.cpp" line="82"/>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <location filename="../models/RuleListModel.cpp" line="85"/>
        <source>%1 in %2</source>
        <translation>%1 из: %2</translation>
    </message>
    <message>
        <location filename="../models/RuleListModel.cpp" line="91"/>
        <source>per %1</source>
        <translation>по %1</translation>
    </message>
    <message>
        <location filename="../models/RuleListModel.cpp" line="92"/>
        <source>all payments</source>
        <translation>все платежи</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/RuleListModel.cpp" line="98"/>
        <source>last %n payments</source>
        <translation>
            <numerusform>последний %n платёж</numerusform>
            <numerusform>последние %n платежа</numerusform>
            <numerusform>последние %n платежей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/RuleListModel.cpp" line="99"/>
        <source>%1 every %2</source>
        <translation>%1 каждые %2</translation>
    </message>
    <message>
        <location filename="../models/RuleListModel.cpp" line="104"/>
        <source>open below %1 · recover above %2</source>
        <translation>открытие ниже %1 · восстановление выше %2</translation>
    </message>
    <message>
        <location filename="../models/RuleListModel.cpp" line="127"/>
        <source>Version %1 by %2: %3</source>
        <translation>Версия %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../models/RuleListModel.cpp" line="151"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../models/RuleListModel.cpp" line="151"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../models/RuleListModel.cpp" line="153"/>
        <source>unusable: %1</source>
        <translation>непригодно: %1</translation>
    </message>
    <message>
        <location filename="../models/RuleListModel.cpp" line="175"/>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location filename="../models/RuleListModel.cpp" line="177"/>
        <source>Enabled</source>
        <translation>Включено</translation>
    </message>
    <message>
        <location filename="../models/RuleListModel.cpp" line="179"/>
        <source>Cohort</source>
        <translation>Когорта</translation>
    </message>
    <message>
        <location filename="../models/RuleListModel.cpp" line="181"/>
        <source>Window</source>
        <translation>Окно</translation>
    </message>
    <message>
        <location filename="../models/RuleListModel.cpp" line="183"/>
        <source>Thresholds</source>
        <translation>Пороги</translation>
    </message>
    <message>
        <location filename="../models/RuleListModel.cpp" line="185"/>
        <source>Cohorts watched (1 h)</source>
        <translation>Отслеживаемые когорты (1 ч)</translation>
    </message>
    <message>
        <location filename="../models/RuleListModel.cpp" line="187"/>
        <source>Downtimes (7 days)</source>
        <translation>Простои (7 дней)</translation>
    </message>
    <message>
        <location filename="../models/RuleListModel.cpp" line="189"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
</context>
<context>
    <name>RuleVersionsModel</name>
    <message>
        <location filename="../models/RuleVersionsModel.cpp" line="85"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../models/RuleVersionsModel.cpp" line="87"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../models/RuleVersionsModel.cpp" line="89"/>
        <source>Saved</source>
        <translation>Сохранена</translation>
    </message>
    <message>
        <location filename="../models/RuleVersionsModel.cpp" line="91"/>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
</context>
<context>
    <name>RuleVersionsView</name>
    <message>
        <location filename="../widgets/RuleVersionsView.cpp" line="50"/>
        <location filename="../widgets/RuleVersionsView.cpp" line="60"/>
        <source>Select a rule to see its versions.</source>
        <translation>Выберите правило, чтобы увидеть его версии.</translation>
    </message>
    <message>
        <location filename="../widgets/RuleVersionsView.cpp" line="74"/>
        <source>Could not load the versions: %1</source>
        <translation>Не удалось загрузить версии: %1</translation>
    </message>
    <message>
        <location filename="../widgets/RuleVersionsView.cpp" line="77"/>
        <source>Select one version to compare it with the one before, or two to compare them (Ctrl+click).</source>
        <translation>Выберите одну версию, чтобы сравнить её с предыдущей, или две, чтобы сравнить их между собой (Ctrl+щелчок).</translation>
    </message>
</context>
<context>
    <name>RulesDowntimesPage</name>
    <message>
        <location filename="../widgets/RulesDowntimesPage.cpp" line="27"/>
        <source>&amp;Rules</source>
        <translation>&amp;Правила</translation>
    </message>
    <message>
        <location filename="../widgets/RulesDowntimesPage.cpp" line="29"/>
        <source>&amp;Backtest</source>
        <translation>&amp;Бэктест</translation>
    </message>
    <message>
        <location filename="../widgets/RulesDowntimesPage.cpp" line="46"/>
        <source>&amp;Downtimes</source>
        <translation>П&amp;ростои</translation>
    </message>
    <message>
        <location filename="../widgets/RulesDowntimesPage.cpp" line="47"/>
        <source>M&amp;utes</source>
        <translation>&amp;Заглушения</translation>
    </message>
    <message>
        <location filename="../widgets/RulesDowntimesPage.cpp" line="48"/>
        <source>&amp;Audit</source>
        <translation>&amp;Аудит</translation>
    </message>
    <message>
        <location filename="../widgets/RulesDowntimesPage.cpp" line="54"/>
        <source>Rules &amp; downtimes</source>
        <translation>Правила &amp; простои</translation>
    </message>
    <message>
        <location filename="../widgets/RulesDowntimesPage.cpp" line="55"/>
        <source>Detection rules and their versions, the downtimes they found, mutes, true/false-positive labels and the audit log.</source>
        <translation>Правила обнаружения и их версии, найденные ими простои, заглушения, разметка истинных/ложных срабатываний и журнал аудита.</translation>
    </message>
</context>
<context>
    <name>RulesView</name>
    <message>
        <location filename="../widgets/RulesView.cpp" line="30"/>
        <source>&amp;New rule…</source>
        <translation>&amp;Новое правило…</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/RulesView.cpp" line="39"/>
        <source>%n rule(s).</source>
        <translation>
            <numerusform>%n правило.</numerusform>
            <numerusform>%n правила.</numerusform>
            <numerusform>%n правил.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/RulesView.cpp" line="40"/>
        <source>Could not load the rules: %1</source>
        <translation>Не удалось загрузить правила: %1</translation>
    </message>
    <message>
        <location filename="../widgets/RulesView.cpp" line="105"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../widgets/RulesView.cpp" line="105"/>
        <source>&amp;View…</source>
        <translation>П&amp;росмотр…</translation>
    </message>
    <message>
        <location filename="../widgets/RulesView.cpp" line="170"/>
        <source>no version was returned</source>
        <translation>версия не возвращена</translation>
    </message>
    <message>
        <location filename="../widgets/RulesView.cpp" line="176"/>
        <source>Saved version %1 of rule %2.</source>
        <translation>Версия %1 правила %2 сохранена.</translation>
    </message>
</context>
<context>
    <name>ScreenshotJob</name>
    <message>
        <location filename="../app/console/ScreenshotJob.cpp" line="33"/>
        <source>the store did not answer in time</source>
        <translation>база не ответила вовремя</translation>
    </message>
    <message>
        <location filename="../app/console/ScreenshotJob.cpp" line="44"/>
        <source>refused: %1</source>
        <translation>отказано: %1</translation>
    </message>
    <message>
        <location filename="../app/console/ScreenshotJob.cpp" line="80"/>
        <source>payops-console: cannot write %1</source>
        <translation>payops-console: не удаётся записать %1</translation>
    </message>
    <message>
        <location filename="../app/console/ScreenshotJob.cpp" line="82"/>
        <source>payops-console: %1</source>
        <translation>payops-console: %1</translation>
    </message>
    <message>
        <location filename="../app/console/ScreenshotJob.cpp" line="84"/>
        <source>payops-console: no data loaded (%1); the picture shows the console without it</source>
        <translation>payops-console: данные не загружены (%1); на снимке консоль без них</translation>
    </message>
</context>
<context>
    <name>ScreenshotSteps</name>
    <message>
        <location filename="../app/console/ScreenshotSteps.cpp" line="55"/>
        <source>expected ACTION:NAME or ACTION:NAME=VALUE</source>
        <translation>ожидается ACTION:NAME или ACTION:NAME=VALUE</translation>
    </message>
    <message>
        <location filename="../app/console/ScreenshotSteps.cpp" line="57"/>
        <source>wait takes milliseconds</source>
        <translation>wait принимает число миллисекунд</translation>
    </message>
    <message>
        <location filename="../app/console/ScreenshotSteps.cpp" line="60"/>
        <source>%1 needs =N, a number from 1</source>
        <translation>%1 требует =N — число от 1</translation>
    </message>
    <message>
        <location filename="../app/console/ScreenshotSteps.cpp" line="62"/>
        <source>set needs =VALUE</source>
        <translation>set требует =VALUE</translation>
    </message>
    <message>
        <location filename="../app/console/ScreenshotSteps.cpp" line="64"/>
        <source>%1 takes no value</source>
        <translation>%1 не принимает значения</translation>
    </message>
    <message>
        <location filename="../app/console/ScreenshotSteps.cpp" line="66"/>
        <source>unknown action “%1” (tab, set, click, select, show, grab or wait)</source>
        <translation>неизвестное действие «%1» (tab, set, click, select, show, grab или wait)</translation>
    </message>
    <message>
        <location filename="../app/console/ScreenshotSteps.cpp" line="69"/>
        <location filename="../app/console/ScreenshotSteps.cpp" line="123"/>
        <source>--step %1: %2</source>
        <translation>--step %1: %2</translation>
    </message>
    <message>
        <location filename="../app/console/ScreenshotSteps.cpp" line="130"/>
        <source>no widget named “%1”</source>
        <translation>нет виджета с именем «%1»</translation>
    </message>
    <message>
        <location filename="../app/console/ScreenshotSteps.cpp" line="135"/>
        <source>not a tab widget with %1 tabs</source>
        <translation>не виджет вкладок с вкладкой № %1</translation>
    </message>
    <message>
        <location filename="../app/console/ScreenshotSteps.cpp" line="140"/>
        <source>not a view with %1 rows</source>
        <translation>не представление со строкой № %1</translation>
    </message>
    <message>
        <location filename="../app/console/ScreenshotSteps.cpp" line="150"/>
        <source>the combo box has no item “%1”</source>
        <translation>в выпадающем списке нет элемента «%1»</translation>
    </message>
    <message>
        <location filename="../app/console/ScreenshotSteps.cpp" line="155"/>
        <source>a check box is set on or off, not “%1”</source>
        <translation>флажок принимает значение on или off, а не «%1»</translation>
    </message>
    <message>
        <location filename="../app/console/ScreenshotSteps.cpp" line="158"/>
        <source>not a line edit, combo box or check box</source>
        <translation>не поле ввода, не выпадающий список и не флажок</translation>
    </message>
</context>
<context>
    <name>SrChart</name>
    <message>
        <location filename="../widgets/SrChart.cpp" line="54"/>
        <source>Success rate chart</source>
        <translation>График доли успешных платежей</translation>
    </message>
    <message>
        <location filename="../widgets/SrChart.cpp" line="79"/>
        <source>%1 — %2
Click for its downtimes</source>
        <translation>%1 — %2
Щёлкните, чтобы увидеть её простои</translation>
    </message>
    <message>
        <location filename="../widgets/SrChart.cpp" line="119"/>
        <source>all payments</source>
        <translation>все платежи</translation>
    </message>
    <message>
        <location filename="../widgets/SrChart.cpp" line="121"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
</context>
<context>
    <name>StoreBanner</name>
    <message>
        <location filename="../widgets/StoreBanner.cpp" line="26"/>
        <source>Retry now</source>
        <translation>Повторить сейчас</translation>
    </message>
    <message>
        <location filename="../widgets/StoreBanner.cpp" line="33"/>
        <source>Store status</source>
        <translation>Состояние базы</translation>
    </message>
    <message>
        <location filename="../widgets/StoreBanner.cpp" line="36"/>
        <source>Try to reach the store now instead of waiting for the next attempt</source>
        <translation>Попробовать связаться с базой сейчас, не дожидаясь следующей попытки</translation>
    </message>
    <message>
        <location filename="../widgets/StoreBanner.cpp" line="101"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../widgets/StoreBanner.cpp" line="107"/>
        <source>Since %1 this page may be out of date</source>
        <translation>С %1 эта страница может быть неактуальна</translation>
    </message>
    <message>
        <location filename="../widgets/StoreBanner.cpp" line="109"/>
        <source>No data read yet</source>
        <translation>Данные ещё не прочитаны</translation>
    </message>
    <message>
        <location filename="../widgets/StoreBanner.cpp" line="110"/>
        <source>Data as of %1</source>
        <translation>Данные на %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/StoreBanner.cpp" line="116"/>
        <source>the store has kept this page waiting for %n s (a lock or a slow query); it shows the answer when it comes</source>
        <translation>
            <numerusform>база заставляет эту страницу ждать уже %n секунду (блокировка или медленный запрос); ответ появится, как только придёт</numerusform>
            <numerusform>база заставляет эту страницу ждать уже %n секунды (блокировка или медленный запрос); ответ появится, как только придёт</numerusform>
            <numerusform>база заставляет эту страницу ждать уже %n секунд (блокировка или медленный запрос); ответ появится, как только придёт</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/StoreBanner.cpp" line="121"/>
        <source>the read store %1 is out of reach, retrying in %n s; operator actions still go to %2</source>
        <translation>
            <numerusform>база для чтения %1 недоступна, повторная попытка через %n секунду; действия операторов по-прежнему направляются на %2</numerusform>
            <numerusform>база для чтения %1 недоступна, повторная попытка через %n секунды; действия операторов по-прежнему направляются на %2</numerusform>
            <numerusform>база для чтения %1 недоступна, повторная попытка через %n секунд; действия операторов по-прежнему направляются на %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/StoreBanner.cpp" line="125"/>
        <source>the read store %1 is out of reach, retrying now; operator actions still go to %2</source>
        <translation>база для чтения %1 недоступна, повторная попытка — сейчас; действия операторов по-прежнему направляются на %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/StoreBanner.cpp" line="129"/>
        <source>the store refuses this login (see the status bar), asking again in %n s. File › Connect… chooses another store or login.</source>
        <translation>
            <numerusform>база отклоняет эту учётную запись (см. строку состояния), повторный запрос через %n секунду. Файл › Подключиться… позволяет выбрать другую базу или учётную запись.</numerusform>
            <numerusform>база отклоняет эту учётную запись (см. строку состояния), повторный запрос через %n секунды. Файл › Подключиться… позволяет выбрать другую базу или учётную запись.</numerusform>
            <numerusform>база отклоняет эту учётную запись (см. строку состояния), повторный запрос через %n секунд. Файл › Подключиться… позволяет выбрать другую базу или учётную запись.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/StoreBanner.cpp" line="132"/>
        <source>the store refuses this login (see the status bar), asking again now. File › Connect… chooses another store or login.</source>
        <translation>база отклоняет эту учётную запись (см. строку состояния), повторный запрос — сейчас. Файл › Подключиться… позволяет выбрать другую базу или учётную запись.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/StoreBanner.cpp" line="134"/>
        <source>store unreachable, retrying in %n s</source>
        <translation>
            <numerusform>база недоступна, повторная попытка через %n секунду</numerusform>
            <numerusform>база недоступна, повторная попытка через %n секунды</numerusform>
            <numerusform>база недоступна, повторная попытка через %n секунд</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/StoreBanner.cpp" line="135"/>
        <source>store unreachable, retrying now</source>
        <translation>база недоступна, повторная попытка — сейчас</translation>
    </message>
</context>
<context>
    <name>StoreOverviewModel</name>
    <message>
        <location filename="../models/StoreOverviewModel.cpp" line="144"/>
        <source>Counted</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../models/StoreOverviewModel.cpp" line="146"/>
        <source>Last hour</source>
        <translation>За час</translation>
    </message>
    <message>
        <location filename="../models/StoreOverviewModel.cpp" line="148"/>
        <source>Last 24 h</source>
        <translation>За 24 ч</translation>
    </message>
    <message>
        <location filename="../models/StoreOverviewModel.cpp" line="158"/>
        <source>Created</source>
        <translation>Созданные</translation>
    </message>
    <message>
        <location filename="../models/StoreOverviewModel.cpp" line="160"/>
        <source>Authorized</source>
        <translation>Авторизованные</translation>
    </message>
    <message>
        <location filename="../models/StoreOverviewModel.cpp" line="162"/>
        <source>Captured</source>
        <translation>Списанные</translation>
    </message>
    <message>
        <location filename="../models/StoreOverviewModel.cpp" line="164"/>
        <source>Failed</source>
        <translation>Неуспешные</translation>
    </message>
    <message>
        <location filename="../models/StoreOverviewModel.cpp" line="166"/>
        <source>Refunded</source>
        <translation>Возвращённые</translation>
    </message>
    <message>
        <location filename="../models/StoreOverviewModel.cpp" line="168"/>
        <source>All payment events</source>
        <translation>Все платёжные события</translation>
    </message>
    <message>
        <location filename="../models/StoreOverviewModel.cpp" line="170"/>
        <source>Quarantined input lines</source>
        <translation>Строки в карантине</translation>
    </message>
    <message>
        <location filename="../models/StoreOverviewModel.cpp" line="179"/>
        <source>Payment events with status “%1” that occurred in the period</source>
        <translation>Платёжные события со статусом «%1» за период</translation>
    </message>
    <message>
        <location filename="../models/StoreOverviewModel.cpp" line="182"/>
        <source>Payment events of every status that occurred in the period</source>
        <translation>Платёжные события с любым статусом за период</translation>
    </message>
    <message>
        <location filename="../models/StoreOverviewModel.cpp" line="183"/>
        <source>Lines that payops ingest rejected in the period (see ingest_quarantine)</source>
        <translation>Строки, отклонённые payops ingest за период (см. ingest_quarantine)</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../widgets/Theme.cpp" line="27"/>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <location filename="../widgets/Theme.cpp" line="29"/>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <location filename="../widgets/Theme.cpp" line="30"/>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
</context>
<context>
    <name>WallCohortsModel</name>
    <message>
        <location filename="../models/WallCohortsModel.cpp" line="262"/>
        <source>all payments</source>
        <translation>все платежи</translation>
    </message>
    <message>
        <location filename="../models/WallCohortsModel.cpp" line="265"/>
        <source>rule %1</source>
        <translation>правило %1</translation>
    </message>
    <message>
        <location filename="../models/WallCohortsModel.cpp" line="279"/>
        <source>%1 — rule %2 (%3)</source>
        <translation>%1 — правило %2 (%3)</translation>
    </message>
    <message>
        <location filename="../models/WallCohortsModel.cpp" line="281"/>
        <source>SR of the newest window: %1 over %2 attempts</source>
        <translation>SR последнего окна: %1 при %2 попытках</translation>
    </message>
    <message>
        <location filename="../models/WallCohortsModel.cpp" line="284"/>
        <source>Opens a downtime below %1</source>
        <translation>Открывает простой ниже %1</translation>
    </message>
    <message>
        <location filename="../models/WallCohortsModel.cpp" line="286"/>
        <source>Open downtime: %1</source>
        <translation>Открытый простой: %1</translation>
    </message>
    <message>
        <location filename="../models/WallCohortsModel.cpp" line="296"/>
        <source>Cohort</source>
        <translation>Когорта</translation>
    </message>
    <message>
        <location filename="../models/WallCohortsModel.cpp" line="298"/>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location filename="../models/WallCohortsModel.cpp" line="300"/>
        <source>Current SR</source>
        <translation>Текущая SR</translation>
    </message>
    <message>
        <location filename="../models/WallCohortsModel.cpp" line="302"/>
        <source>Threshold</source>
        <translation>Порог</translation>
    </message>
    <message>
        <location filename="../models/WallCohortsModel.cpp" line="304"/>
        <source>Severity</source>
        <translation>Критичность</translation>
    </message>
</context>
<context>
    <name>WallPage</name>
    <message>
        <location filename="../widgets/WallPage.cpp" line="180"/>
        <source>Store overview</source>
        <translation>Обзор базы</translation>
    </message>
    <message>
        <location filename="../widgets/WallPage.cpp" line="406"/>
        <source>Schema version %1</source>
        <translation>Версия схемы %1</translation>
    </message>
    <message>
        <location filename="../widgets/WallPage.cpp" line="408"/>
        <source>latest event %1</source>
        <translation>последнее событие %1</translation>
    </message>
    <message>
        <location filename="../widgets/WallPage.cpp" line="392"/>
        <location filename="../widgets/WallPage.cpp" line="410"/>
        <source>updated %1</source>
        <translation>обновлено %1</translation>
    </message>
    <message>
        <location filename="../widgets/WallPage.cpp" line="133"/>
        <source>Wall</source>
        <translation>Табло</translation>
    </message>
    <message>
        <location filename="../widgets/WallPage.cpp" line="135"/>
        <source>15 min</source>
        <translation>15 мин</translation>
    </message>
    <message>
        <location filename="../widgets/WallPage.cpp" line="136"/>
        <source>1 h</source>
        <translation>1 ч</translation>
    </message>
    <message>
        <location filename="../widgets/WallPage.cpp" line="137"/>
        <source>6 h</source>
        <translation>6 ч</translation>
    </message>
    <message>
        <location filename="../widgets/WallPage.cpp" line="138"/>
        <source>24 h</source>
        <translation>24 ч</translation>
    </message>
    <message>
        <location filename="../widgets/WallPage.cpp" line="146"/>
        <source>Chart the last %1</source>
        <translation>График за последние %1</translation>
    </message>
    <message>
        <location filename="../widgets/WallPage.cpp" line="155"/>
        <source>Previous page of charts</source>
        <translation>Предыдущая страница графиков</translation>
    </message>
    <message>
        <location filename="../widgets/WallPage.cpp" line="159"/>
        <source>Next page of charts</source>
        <translation>Следующая страница графиков</translation>
    </message>
    <message>
        <location filename="../widgets/WallPage.cpp" line="381"/>
        <source>Page %1 of %2 · %3 cohorts</source>
        <translation>Страница %1 из %2 · когорт: %3</translation>
    </message>
    <message>
        <location filename="../widgets/WallPage.cpp" line="390"/>
        <source>Could not read the charts: %1</source>
        <translation>Не удалось прочитать графики: %1</translation>
    </message>
    <message>
        <location filename="../widgets/WallPage.cpp" line="394"/>
        <location filename="../widgets/WallPage.cpp" line="412"/>
        <source>Waiting for the store…</source>
        <translation>Ожидание базы…</translation>
    </message>
    <message>
        <location filename="../widgets/WallPage.cpp" line="396"/>
        <source>No success-rate windows in this time range yet: payops detect writes them as payments arrive.</source>
        <translation>В этом интервале пока нет окон доли успешных: payops detect записывает их по мере поступления платежей.</translation>
    </message>
    <message>
        <location filename="../widgets/WallPage.cpp" line="416"/>
        <source>Could not read the overview: %1</source>
        <translation>Не удалось прочитать обзор: %1</translation>
    </message>
</context>
<context>
    <name>WallTilesModel</name>
    <message>
        <location filename="../models/WallTilesModel.cpp" line="74"/>
        <source>Open downtimes</source>
        <translation>Открытые простои</translation>
    </message>
    <message>
        <location filename="../models/WallTilesModel.cpp" line="76"/>
        <source>Webhook success, 15 min</source>
        <translation>Успешность вебхуков, 15 мин</translation>
    </message>
    <message>
        <location filename="../models/WallTilesModel.cpp" line="78"/>
        <source>Dead deliveries</source>
        <translation>Отброшенные доставки</translation>
    </message>
    <message>
        <location filename="../models/WallTilesModel.cpp" line="115"/>
        <source>waiting for the store…</source>
        <translation>ожидание базы…</translation>
    </message>
    <message>
        <location filename="../models/WallTilesModel.cpp" line="121"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../models/WallTilesModel.cpp" line="124"/>
        <source>%1 muted</source>
        <translation>заглушено: %1</translation>
    </message>
    <message>
        <location filename="../models/WallTilesModel.cpp" line="125"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../models/WallTilesModel.cpp" line="128"/>
        <source>%1 attempts</source>
        <translation>попыток: %1</translation>
    </message>
    <message>
        <location filename="../models/WallTilesModel.cpp" line="130"/>
        <source>%1 in the last 24 h</source>
        <translation>%1 за последние 24 ч</translation>
    </message>
</context>
</TS>
