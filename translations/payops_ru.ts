<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AttemptTimelineModel</name>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="49"/>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="50"/>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="66"/>
        <source>manual: %1</source>
        <translation>вручную: %1</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="67"/>
        <source>schedule</source>
        <translation>по расписанию</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="169"/>
        <source>succeeded</source>
        <translation>успешно</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="171"/>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="173"/>
        <source>retry after</source>
        <translation>повтор позже</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="175"/>
        <source>gone (410)</source>
        <translation>удалён (410)</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="177"/>
        <source>timeout</source>
        <translation>тайм-аут</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="179"/>
        <source>refused</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="181"/>
        <source>circuit open</source>
        <translation>цепь разомкнута</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="183"/>
        <source>scheduled</source>
        <translation>запланировано</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="258"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="263"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="277"/>
        <source>Next attempt scheduled for %1</source>
        <translation>Следующая попытка запланирована на %1</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="278"/>
        <source>Manual retry asked by %1, due %2</source>
        <translation>Ручной повтор запрошен %1, срок %2</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="327"/>
        <source>Attempt %1 — %2</source>
        <translation>Попытка %1 — %2</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="328"/>
        <source>Started %1</source>
        <translation>Начата %1</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="330"/>
        <source>Took %1</source>
        <translation>Длилась %1</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="335"/>
        <source>Manual retry asked by %1</source>
        <translation>Ручной повтор запрошен %1</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="345"/>
        <source>Started</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="347"/>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="349"/>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="351"/>
        <source>HTTP status / error</source>
        <translation>Статус HTTP / ошибка</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="353"/>
        <source>Trigger</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="355"/>
        <source>Next attempt</source>
        <translation>Следующая попытка</translation>
    </message>
</context>
<context>
    <name>AttemptTimelineView</name>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="42"/>
        <source>first</source>
        <translation>первая</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="44"/>
        <source>+%1 s</source>
        <translation>+%1 с</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="46"/>
        <source>+%1 min</source>
        <translation>+%1 мин</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="48"/>
        <source>+%1 h</source>
        <translation>+%1 ч</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="49"/>
        <source>+%1 d</source>
        <translation>+%1 д</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="82"/>
        <source>Attempt timeline</source>
        <translation>Хронология попыток</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="241"/>
        <source>First attempt %1</source>
        <translation>Первая попытка %1</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="245"/>
        <source>time since the first attempt (log scale)</source>
        <translation>время с первой попытки (лог. шкала)</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="294"/>
        <source>now</source>
        <translation>сейчас</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="368"/>
        <source>success</source>
        <translation>успех</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="369"/>
        <source>failure</source>
        <translation>сбой</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="370"/>
        <source>429 / retry after</source>
        <translation>429 / повтор позже</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="371"/>
        <source>timeout / no answer</source>
        <translation>тайм-аут / нет ответа</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="372"/>
        <source>410 gone</source>
        <translation>410 удалён</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="395"/>
        <source>scheduled</source>
        <translation>запланирована</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="400"/>
        <source>manual retry</source>
        <translation>ручной повтор</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="402"/>
        <source>size: duration</source>
        <translation>размер: длительность</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="410"/>
        <source>No attempts yet</source>
        <translation>Попыток пока нет</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="410"/>
        <source>Select a delivery</source>
        <translation>Выберите доставку</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/console/CommandLine.cpp" line="8"/>
        <source>The store to open: a libpq connection string (default: PAYOPS_DSN, then the last store connected to, then the embedded store).</source>
        <translation>База для подключения: строка подключения libpq (по умолчанию: PAYOPS_DSN, затем последняя использованная база, затем встроенная база).</translation>
    </message>
    <message>
        <location filename="../app/console/CommandLine.cpp" line="12"/>
        <source>Render the window to FILE (PNG) once data has loaded, then exit: status 0 when data loaded, 1 otherwise.</source>
        <translation>Сохранить изображение окна в FILE (PNG) после загрузки данных и выйти: код 0, если данные загружены, иначе 1.</translation>
    </message>
    <message>
        <location filename="../app/console/CommandLine.cpp" line="16"/>
        <source>The area to show first: wall, deliveries, rules or cashback.</source>
        <translation>Раздел, открываемый первым: wall, deliveries, rules или cashback.</translation>
    </message>
    <message>
        <location filename="../app/console/CommandLine.cpp" line="19"/>
        <source>The console&apos;s language: en, fr, pl or ru (default: the system&apos;s).</source>
        <translation>Язык консоли: en, fr, pl или ru (по умолчанию — язык системы).</translation>
    </message>
    <message>
        <location filename="../app/console/CommandLine.cpp" line="23"/>
        <source>The payops operations console: the store&apos;s payments, deliveries, downtimes and cashback.</source>
        <translation>Операционная консоль payops: платежи, доставки, простои и кэшбэк из базы.</translation>
    </message>
    <message>
        <location filename="../app/console/CommandLine.cpp" line="35"/>
        <source>unknown area “%1” (wall, deliveries, rules or cashback)</source>
        <translation>неизвестный раздел «%1» (wall, deliveries, rules или cashback)</translation>
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
        <location filename="../widgets/ConnectionDialog.cpp" line="36"/>
        <source>Enter a connection string.</source>
        <translation>Введите строку подключения.</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionDialog.cpp" line="38"/>
        <source>Not a valid connection string: %1</source>
        <translation>Некорректная строка подключения: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionStatusWidget</name>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="89"/>
        <source>Store: %1</source>
        <translation>База: %1</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="90"/>
        <source>The PostgreSQL store this console reads (File › Connect… to change)</source>
        <translation>База PostgreSQL, которую читает эта консоль (Файл › Подключиться…, чтобы сменить)</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="121"/>
        <source>Not connected</source>
        <translation>Не подключено</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="123"/>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="125"/>
        <source>Connected</source>
        <translation>Подключено</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="127"/>
        <source>Refused: %1</source>
        <translation>Отказано: %1</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="133"/>
        <source>Reconnecting…</source>
        <translation>Переподключение…</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="134"/>
        <source>Reconnecting in %n s</source>
        <translation>
            <numerusform>Переподключение через %n с</numerusform>
            <numerusform>Переподключение через %n с</numerusform>
            <numerusform>Переподключение через %n с</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="140"/>
        <source>Role: none</source>
        <translation>Роль: нет</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="141"/>
        <source>Role: —</source>
        <translation>Роль: —</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="143"/>
        <source>This login holds no payops role: the store refuses its reads.</source>
        <translation>У этой учётной записи нет роли payops: база отказывает ей в чтении.</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="147"/>
        <source>Role: %1</source>
        <translation>Роль: %1</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="149"/>
        <source>Viewer: may look at everything but secrets, and change nothing.</source>
        <translation>Наблюдатель: может просматривать всё, кроме секретов, и ничего не меняет.</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="151"/>
        <source>Operator: may retry deliveries, mute alerts and label downtimes.</source>
        <translation>Оператор: может повторять доставки, заглушать оповещения и размечать простои.</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="153"/>
        <source>Admin: may also edit rules, endpoints and cashback campaigns.</source>
        <translation>Администратор: может также редактировать правила, конечные точки и кампании кэшбэка.</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="156"/>
        <source>An engine&apos;s login: it writes data and is not meant for the console.</source>
        <translation>Учётная запись движка: записывает данные и не предназначена для консоли.</translation>
    </message>
</context>
<context>
    <name>DeliveriesPage</name>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="64"/>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Предыдущая</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="65"/>
        <source>&amp;Next ▶</source>
        <translation>&amp;Следующая ▶</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="66"/>
        <source>&amp;Retry delivery…</source>
        <translation>&amp;Повторить доставку…</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="67"/>
        <source>Retry &amp;all matching…</source>
        <translation>Повторить &amp;все найденные…</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="68"/>
        <source>Copy as c&amp;url</source>
        <translation>Копировать как c&amp;url</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="69"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Экспорт в CSV…</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="107"/>
        <source>Deliveries</source>
        <translation>Доставки</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="108"/>
        <source>Webhook deliveries to merchant endpoints, newest first: search them, open an event&apos;s attempts, retry what failed.</source>
        <translation>Доставки вебхуков на конечные точки продавцов, сначала новые: ищите их, открывайте попытки события, повторяйте неудавшиеся.</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="146"/>
        <source>Copies a curl command repeating the selected delivery&apos;s last request: URL, body and headers with the signature it carried. Never the signing secret.</source>
        <translation>Копирует команду curl, повторяющую последний запрос выбранной доставки: URL, тело и заголовки с отправленной подписью. Никогда — секрет подписи.</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="149"/>
        <source>Writes every delivery matching the current search (all pages, read from the store page by page) to a CSV file.</source>
        <translation>Записывает в файл CSV все доставки, подходящие под поиск (все страницы, читаемые из хранилища постранично).</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="183"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="215"/>
        <source>Page %1 · loading…</source>
        <translation>Страница %1 · загрузка…</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="229"/>
        <source>Could not search the deliveries: %1</source>
        <translation>Не удалось выполнить поиск доставок: %1</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="241"/>
        <source>Page %1 · no deliveries</source>
        <translation>Страница %1 · доставок нет</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="242"/>
        <source>Page %1 · deliveries %2–%3%4</source>
        <translation>Страница %1 · доставки %2–%3%4</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="246"/>
        <source>, more follow</source>
        <translation>, есть ещё</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="296"/>
        <source>Retries every delivery matching the current search now, after telling you how many.</source>
        <translation>Сейчас повторяет все доставки, подходящие под поиск, предварительно сообщив их число.</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="301"/>
        <source>Search by merchant, endpoint id or state first: a bulk retry of every delivery is not allowed.</source>
        <translation>Сначала выполните поиск по продавцу, id конечной точки или состоянию: повторять все доставки сразу нельзя.</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="306"/>
        <source>A bulk retry filters by merchant, endpoint id, state and time only; this search also uses a payment id, an event id or a URL fragment. Retry the deliveries one by one.</source>
        <translation>Массовый повтор фильтрует только по продавцу, id конечной точки, состоянию и времени; этот поиск использует ещё id платежа, id события или часть URL. Повторите доставки по одной.</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="312"/>
        <source>Deliveries in flight are being attempted right now and cannot be retried.</source>
        <translation>Доставки в процессе выполняются прямо сейчас, повторить их нельзя.</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="333"/>
        <source>Retry delivery</source>
        <translation>Повторить доставку</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="330"/>
        <source>Retry delivery %1 of event %2 to %3 now, ahead of scheduled work?</source>
        <translation>Повторить сейчас доставку %1 события %2 на %3, раньше запланированной работы?</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="184"/>
        <source>Endpoint health</source>
        <translation>Состояние конечных точек</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="329"/>
        <source>Retry delivery %1 now, ahead of scheduled work?</source>
        <translation>Повторить сейчас доставку %1, раньше запланированной работы?</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="340"/>
        <location filename="../widgets/DeliveriesPage.cpp" line="392"/>
        <source>The store refused the retry: %1</source>
        <translation>Хранилище отказало в повторе: %1</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="343"/>
        <source>Delivery %1 is due now, ahead of scheduled work.</source>
        <translation>Доставка %1 назначена на сейчас, раньше запланированной работы.</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="362"/>
        <source>Could not count the matching deliveries: %1</source>
        <translation>Не удалось подсчитать подходящие доставки: %1</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="373"/>
        <source>No delivery matching the search can be retried (deliveries in flight and those of disabled endpoints are skipped).</source>
        <translation>Ни одну подходящую доставку нельзя повторить (доставки в процессе и доставки на отключённые конечные точки пропускаются).</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="378"/>
        <source>Retry the one delivery matching the current search now, ahead of scheduled work?</source>
        <translation>Повторить сейчас единственную подходящую доставку, раньше запланированной работы?</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/DeliveriesPage.cpp" line="380"/>
        <source>Retry %n deliveries matching the current search now, ahead of scheduled work?</source>
        <translation>
            <numerusform>Повторить сейчас %n подходящую доставку, раньше запланированной работы?</numerusform>
            <numerusform>Повторить сейчас %n подходящие доставки, раньше запланированной работы?</numerusform>
            <numerusform>Повторить сейчас %n подходящих доставок, раньше запланированной работы?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="384"/>
        <source>Retry all matching deliveries</source>
        <translation>Повторить все подходящие доставки</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="385"/>
        <source>Deliveries in flight and those of disabled endpoints are skipped.</source>
        <translation>Доставки в процессе и доставки на отключённые конечные точки пропускаются.</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="397"/>
        <source>One delivery retried.</source>
        <translation>Повторена одна доставка.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/DeliveriesPage.cpp" line="398"/>
        <source>%n deliveries retried.</source>
        <translation>
            <numerusform>Повторена %n доставка.</numerusform>
            <numerusform>Повторены %n доставки.</numerusform>
            <numerusform>Повторено %n доставок.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="412"/>
        <source>Could not read delivery %1: %2</source>
        <translation>Не удалось прочитать доставку %1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="422"/>
        <source>Copied a curl command for delivery %1. It was never attempted, so the command carries no signature.</source>
        <translation>Команда curl для доставки %1 скопирована. Попыток ещё не было, поэтому подписи в команде нет.</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="425"/>
        <source>Copied a curl command for delivery %1 with the headers of its last attempt (signature included, secret never).</source>
        <translation>Команда curl для доставки %1 скопирована с заголовками последней попытки (подпись включена, секрет — никогда).</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="434"/>
        <source>Export all matching deliveries</source>
        <translation>Экспорт всех подходящих доставок</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="435"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/DeliveriesPage.cpp" line="447"/>
        <source>Exporting… %n deliveries written</source>
        <translation>
            <numerusform>Экспорт… записана %n доставка</numerusform>
            <numerusform>Экспорт… записаны %n доставки</numerusform>
            <numerusform>Экспорт… записано %n доставок</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="454"/>
        <source>Exported one delivery to %1.</source>
        <translation>Одна доставка экспортирована в %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/DeliveriesPage.cpp" line="455"/>
        <source>Exported %n deliveries to %1.</source>
        <translation>
            <numerusform>%n доставка экспортирована в %1.</numerusform>
            <numerusform>%n доставки экспортированы в %1.</numerusform>
            <numerusform>%n доставок экспортировано в %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="457"/>
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
    <name>EndpointHealthModel</name>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="18"/>
        <location filename="../models/EndpointHealthModel.cpp" line="126"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="19"/>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="124"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="135"/>
        <source>open</source>
        <translation>разомкнута</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="137"/>
        <source>half-open</source>
        <translation>полуоткрыта</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="138"/>
        <source>closed</source>
        <translation>замкнута</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="140"/>
        <source>enabled</source>
        <translation>включён</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="140"/>
        <location filename="../models/EndpointHealthModel.cpp" line="171"/>
        <source>disabled: %1</source>
        <translation>отключён: %1</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="161"/>
        <source>%1 of %2 attempts succeeded in the last hour</source>
        <translation>Успешно %1 из %2 попыток за последний час</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/EndpointHealthModel.cpp" line="165"/>
        <source>%n consecutive failure(s)</source>
        <translation>
            <numerusform>%n сбой подряд</numerusform>
            <numerusform>%n сбоя подряд</numerusform>
            <numerusform>%n сбоев подряд</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="167"/>
        <source>failing since %1</source>
        <translation>сбои с %1</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="181"/>
        <source>Endpoint</source>
        <translation>Конечная точка</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="183"/>
        <source>Merchant</source>
        <translation>Продавец</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="185"/>
        <source>Success (1 h)</source>
        <translation>Успех (1 ч)</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="187"/>
        <source>Attempts (1 h)</source>
        <translation>Попытки (1 ч)</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="189"/>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="191"/>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="193"/>
        <source>Circuit</source>
        <translation>Цепь</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="195"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>EndpointHealthView</name>
    <message>
        <location filename="../widgets/EndpointHealthView.cpp" line="24"/>
        <source>Re-enable…</source>
        <translation>Включить снова…</translation>
    </message>
    <message>
        <location filename="../widgets/EndpointHealthView.cpp" line="39"/>
        <source>Enable the selected endpoint again (admins; audited)</source>
        <translation>Снова включить выбранную конечную точку (администраторы; с аудитом)</translation>
    </message>
    <message>
        <location filename="../widgets/EndpointHealthView.cpp" line="99"/>
        <source>Re-enable endpoint</source>
        <translation>Включить конечную точку снова</translation>
    </message>
    <message>
        <location filename="../widgets/EndpointHealthView.cpp" line="100"/>
        <source>Why may %1 receive deliveries again? The reason goes to the audit log.</source>
        <translation>Почему %1 снова может получать доставки? Причина попадёт в журнал аудита.</translation>
    </message>
    <message>
        <location filename="../widgets/EndpointHealthView.cpp" line="103"/>
        <source>Re-enable</source>
        <translation>Включить снова</translation>
    </message>
    <message>
        <location filename="../widgets/EndpointHealthView.cpp" line="114"/>
        <source>Endpoint %1 enabled again.</source>
        <translation>Конечная точка %1 снова включена.</translation>
    </message>
    <message>
        <location filename="../widgets/EndpointHealthView.cpp" line="119"/>
        <source>The store refused: %1</source>
        <translation>База отказала: %1</translation>
    </message>
    <message>
        <location filename="../widgets/EndpointHealthView.cpp" line="127"/>
        <source>Could not read endpoint health: %1</source>
        <translation>Не удалось прочитать состояние конечных точек: %1</translation>
    </message>
</context>
<context>
    <name>EventDeliveriesModel</name>
    <message>
        <location filename="../models/EventDeliveriesModel.cpp" line="81"/>
        <source>This endpoint is disabled</source>
        <translation>Эта конечная точка отключена</translation>
    </message>
    <message>
        <location filename="../models/EventDeliveriesModel.cpp" line="83"/>
        <source>Manual retry asked by %1</source>
        <translation>Ручной повтор запрошен %1</translation>
    </message>
    <message>
        <location filename="../models/EventDeliveriesModel.cpp" line="102"/>
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
        <location filename="../widgets/EventDetailPanel.cpp" line="96"/>
        <source>Retry delivery…</source>
        <translation>Повторить доставку…</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="109"/>
        <source>Payload</source>
        <translation>Содержимое</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="152"/>
        <source>No event selected.</source>
        <translation>Событие не выбрано.</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="170"/>
        <source>Deliveries</source>
        <translation>Доставки</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="184"/>
        <source>Attempt timeline</source>
        <translation>Хронология попыток</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="196"/>
        <source>Request headers</source>
        <translation>Заголовки запроса</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="199"/>
        <source>Response / error</source>
        <translation>Ответ / ошибка</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="224"/>
        <source>Loading event %1…</source>
        <translation>Загрузка события %1…</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="253"/>
        <source>Could not read the event: %1</source>
        <translation>Не удалось прочитать событие: %1</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="259"/>
        <source>No webhook event %1 in the store.</source>
        <translation>В базе нет события webhook %1.</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="267"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="277"/>
        <source>merchant %1 · payment %2 · created %3</source>
        <translation>продавец %1 · платёж %2 · создано %3</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="287"/>
        <source>Could not read the deliveries: %1</source>
        <translation>Не удалось прочитать доставки: %1</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="334"/>
        <source>Could not read the attempts: %1</source>
        <translation>Не удалось прочитать попытки: %1</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="366"/>
        <source>Not sent yet: %1</source>
        <translation>Ещё не отправлено: %1</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="376"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="378"/>
        <source>Transport error: %1</source>
        <translation>Ошибка передачи: %1</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="380"/>
        <source>(no response body)</source>
        <translation>(нет тела ответа)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="52"/>
        <source>payops console</source>
        <translation>консоль payops</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="74"/>
        <source>Wall</source>
        <translation>Табло</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="75"/>
        <source>Deliveries</source>
        <translation>Доставки</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="77"/>
        <source>Rules &amp; downtimes</source>
        <translation>Правила и простои</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="78"/>
        <source>Detection rules and their versions, the downtimes they found, mutes, and true/false-positive labels.</source>
        <translation>Правила обнаружения и их версии, найденные простои, заглушения и метки истинных/ложных срабатываний.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="81"/>
        <source>Rules &amp;&amp; downtimes</source>
        <translation>Правила и простои</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="83"/>
        <location filename="../widgets/MainWindow.cpp" line="87"/>
        <source>Cashback</source>
        <translation>Кэшбэк</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="84"/>
        <source>Each cashback flow from payment to cashback to credit, campaigns, and the balance queue.</source>
        <translation>Каждый поток кэшбэка от платежа к начислению и зачислению на счёт, кампании и очередь балансов.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="112"/>
        <source>Areas</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="121"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="123"/>
        <source>&amp;Connect…</source>
        <translation>&amp;Подключиться…</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="127"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="130"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="134"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="137"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="138"/>
        <source>&amp;About payops console</source>
        <translation>&amp;О консоли payops</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="139"/>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="141"/>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="167"/>
        <source>payops console — %1</source>
        <translation>консоль payops — %1</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="200"/>
        <source>About payops console</source>
        <translation>О консоли payops</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="201"/>
        <source>&lt;h3&gt;payops console %1&lt;/h3&gt;&lt;p&gt;The operations console of a payment gateway: live success rates, downtimes, webhook deliveries and cashback, over one PostgreSQL store.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;консоль payops %1&lt;/h3&gt;&lt;p&gt;Операционная консоль платёжного шлюза: успешность платежей в реальном времени, простои, доставка вебхуков и кэшбэк — поверх одной базы PostgreSQL.&lt;/p&gt;</translation>
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
    <name>RetryDialog</name>
    <message>
        <location filename="../widgets/RetryDialog.cpp" line="19"/>
        <source>Why? (kept in the audit log)</source>
        <translation>Почему? (сохраняется в журнале аудита)</translation>
    </message>
    <message>
        <location filename="../widgets/RetryDialog.cpp" line="23"/>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../widgets/RetryDialog.cpp" line="31"/>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
</context>
<context>
    <name>ScreenshotJob</name>
    <message>
        <location filename="../app/console/ScreenshotJob.cpp" line="25"/>
        <source>the store did not answer in time</source>
        <translation>база не ответила вовремя</translation>
    </message>
    <message>
        <location filename="../app/console/ScreenshotJob.cpp" line="32"/>
        <source>refused: %1</source>
        <translation>отказано: %1</translation>
    </message>
    <message>
        <location filename="../app/console/ScreenshotJob.cpp" line="50"/>
        <source>payops-console: cannot write %1</source>
        <translation>payops-console: не удаётся записать %1</translation>
    </message>
    <message>
        <location filename="../app/console/ScreenshotJob.cpp" line="52"/>
        <source>payops-console: no data loaded (%1); the picture shows the console without it</source>
        <translation>payops-console: данные не загружены (%1); на снимке консоль без них</translation>
    </message>
</context>
<context>
    <name>StoreBanner</name>
    <message>
        <location filename="../widgets/StoreBanner.cpp" line="49"/>
        <source>The store refused the connection — %1. File › Connect… chooses another store or login.</source>
        <translation>База отказала в подключении — %1. Файл › Подключиться… позволяет выбрать другую базу или учётную запись.</translation>
    </message>
    <message>
        <location filename="../widgets/StoreBanner.cpp" line="53"/>
        <source>Store unreachable — %1. Reconnecting by itself.</source>
        <translation>База недоступна — %1. Переподключение произойдёт автоматически.</translation>
    </message>
    <message>
        <location filename="../widgets/StoreBanner.cpp" line="59"/>
        <source>no data loaded yet</source>
        <translation>данные ещё не загружены</translation>
    </message>
    <message>
        <location filename="../widgets/StoreBanner.cpp" line="63"/>
        <source>showing data from %1</source>
        <translation>показаны данные на %1</translation>
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
    <name>WallPage</name>
    <message>
        <location filename="../widgets/WallPage.cpp" line="30"/>
        <source>Payment events in the store by status, as the engines wrote them. Live success-rate charts per cohort join this page once payops detect fills sr_windows.</source>
        <translation>Платёжные события в базе по статусам, как их записали движки. Графики успешности по когортам в реальном времени появятся здесь, когда payops detect начнёт заполнять sr_windows.</translation>
    </message>
    <message>
        <location filename="../widgets/WallPage.cpp" line="43"/>
        <source>Store overview</source>
        <translation>Обзор базы</translation>
    </message>
    <message>
        <location filename="../widgets/WallPage.cpp" line="77"/>
        <source>Schema version %1</source>
        <translation>Версия схемы %1</translation>
    </message>
    <message>
        <location filename="../widgets/WallPage.cpp" line="79"/>
        <source>latest event %1</source>
        <translation>последнее событие %1</translation>
    </message>
    <message>
        <location filename="../widgets/WallPage.cpp" line="81"/>
        <source>updated %1</source>
        <translation>обновлено %1</translation>
    </message>
    <message>
        <location filename="../widgets/WallPage.cpp" line="83"/>
        <source>Waiting for the store…</source>
        <translation>Ожидание базы…</translation>
    </message>
    <message>
        <location filename="../widgets/WallPage.cpp" line="87"/>
        <source>Could not read the overview: %1</source>
        <translation>Не удалось прочитать обзор: %1</translation>
    </message>
</context>
</TS>
