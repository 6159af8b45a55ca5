<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AttemptTimelineModel</name>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="49"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="50"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="66"/>
        <source>manual: %1</source>
        <translation>ręcznie: %1</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="67"/>
        <source>schedule</source>
        <translation>harmonogram</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="169"/>
        <source>succeeded</source>
        <translation>udana</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="171"/>
        <source>failed</source>
        <translation>nieudana</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="173"/>
        <source>retry after</source>
        <translation>ponów po</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="175"/>
        <source>gone (410)</source>
        <translation>usunięty (410)</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="177"/>
        <source>timeout</source>
        <translation>przekroczony czas</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="179"/>
        <source>refused</source>
        <translation>odrzucona</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="181"/>
        <source>circuit open</source>
        <translation>obwód otwarty</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="183"/>
        <source>scheduled</source>
        <translation>zaplanowana</translation>
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
        <translation>Następna próba zaplanowana na %1</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="278"/>
        <source>Manual retry asked by %1, due %2</source>
        <translation>Ręczne ponowienie zlecone przez %1, termin %2</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="327"/>
        <source>Attempt %1 — %2</source>
        <translation>Próba %1 — %2</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="328"/>
        <source>Started %1</source>
        <translation>Rozpoczęta %1</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="330"/>
        <source>Took %1</source>
        <translation>Trwała %1</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="335"/>
        <source>Manual retry asked by %1</source>
        <translation>Ręczne ponowienie zlecone przez %1</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="345"/>
        <source>Started</source>
        <translation>Początek</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="347"/>
        <source>Duration</source>
        <translation>Czas trwania</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="349"/>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="351"/>
        <source>HTTP status / error</source>
        <translation>Status HTTP / błąd</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="353"/>
        <source>Trigger</source>
        <translation>Wyzwalacz</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="355"/>
        <source>Next attempt</source>
        <translation>Następna próba</translation>
    </message>
</context>
<context>
    <name>AttemptTimelineView</name>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="42"/>
        <source>first</source>
        <translation>pierwsza</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="44"/>
        <source>+%1 s</source>
        <translation>+%1 s</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="46"/>
        <source>+%1 min</source>
        <translation>+%1 min</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="48"/>
        <source>+%1 h</source>
        <translation>+%1 h</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="49"/>
        <source>+%1 d</source>
        <translation>+%1 d</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="82"/>
        <source>Attempt timeline</source>
        <translation>Oś czasu prób</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="241"/>
        <source>First attempt %1</source>
        <translation>Pierwsza próba %1</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="245"/>
        <source>time since the first attempt (log scale)</source>
        <translation>czas od pierwszej próby (skala log.)</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="294"/>
        <source>now</source>
        <translation>teraz</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="368"/>
        <source>success</source>
        <translation>sukces</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="369"/>
        <source>failure</source>
        <translation>błąd</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="370"/>
        <source>429 / retry after</source>
        <translation>429 / ponów po</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="371"/>
        <source>timeout / no answer</source>
        <translation>limit czasu / brak odpowiedzi</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="372"/>
        <source>410 gone</source>
        <translation>410 usunięty</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="395"/>
        <source>scheduled</source>
        <translation>zaplanowana</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="400"/>
        <source>manual retry</source>
        <translation>ręczne ponowienie</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="402"/>
        <source>size: duration</source>
        <translation>rozmiar: czas trwania</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="410"/>
        <source>No attempts yet</source>
        <translation>Jeszcze bez prób</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="410"/>
        <source>Select a delivery</source>
        <translation>Wybierz doręczenie</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/console/CommandLine.cpp" line="8"/>
        <source>The store to open: a libpq connection string (default: PAYOPS_DSN, then the last store connected to, then the embedded store).</source>
        <translation>Baza do otwarcia: ciąg połączenia libpq (domyślnie: PAYOPS_DSN, następnie ostatnio używana baza, następnie baza wbudowana).</translation>
    </message>
    <message>
        <location filename="../app/console/CommandLine.cpp" line="12"/>
        <source>Render the window to FILE (PNG) once data has loaded, then exit: status 0 when data loaded, 1 otherwise.</source>
        <translation>Zapisz obraz okna do pliku FILE (PNG) po wczytaniu danych i zakończ: kod 0, gdy dane się wczytały, w przeciwnym razie 1.</translation>
    </message>
    <message>
        <location filename="../app/console/CommandLine.cpp" line="16"/>
        <source>The area to show first: wall, deliveries, rules or cashback.</source>
        <translation>Obszar pokazywany na starcie: wall, deliveries, rules lub cashback.</translation>
    </message>
    <message>
        <location filename="../app/console/CommandLine.cpp" line="19"/>
        <source>The console&apos;s language: en, fr, pl or ru (default: the system&apos;s).</source>
        <translation>Język konsoli: en, fr, pl lub ru (domyślnie: język systemu).</translation>
    </message>
    <message>
        <location filename="../app/console/CommandLine.cpp" line="23"/>
        <source>The payops operations console: the store&apos;s payments, deliveries, downtimes and cashback.</source>
        <translation>Konsola operacyjna payops: płatności, doręczenia, przestoje i cashback zapisane w bazie.</translation>
    </message>
    <message>
        <location filename="../app/console/CommandLine.cpp" line="35"/>
        <source>unknown area “%1” (wall, deliveries, rules or cashback)</source>
        <translation>nieznany obszar „%1” (wall, deliveries, rules lub cashback)</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../widgets/ConnectionDialog.ui" line="14"/>
        <source>Connect to a store</source>
        <translation>Połącz z bazą</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionDialog.ui" line="20"/>
        <source>A libpq connection string, as key=value pairs or a postgresql:// URI. The password is used for this connection only and never saved.</source>
        <translation>Ciąg połączenia libpq: pary klucz=wartość lub URI postgresql://. Hasło służy tylko do tego połączenia i nigdy nie jest zapisywane.</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionDialog.ui" line="32"/>
        <source>&amp;Store:</source>
        <translation>&amp;Baza:</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionDialog.ui" line="42"/>
        <source>host=db.example.com dbname=payops user=operator</source>
        <translation>host=db.example.com dbname=payops user=operator</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionDialog.ui" line="59"/>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionDialog.ui" line="72"/>
        <source>not needed for the embedded store</source>
        <translation>niepotrzebne dla bazy wbudowanej</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionDialog.cpp" line="36"/>
        <source>Enter a connection string.</source>
        <translation>Wpisz ciąg połączenia.</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionDialog.cpp" line="38"/>
        <source>Not a valid connection string: %1</source>
        <translation>Nieprawidłowy ciąg połączenia: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionStatusWidget</name>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="89"/>
        <source>Store: %1</source>
        <translation>Baza: %1</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="90"/>
        <source>The PostgreSQL store this console reads (File › Connect… to change)</source>
        <translation>Baza PostgreSQL, z której czyta ta konsola (Plik › Połącz…, aby ją zmienić)</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="121"/>
        <source>Not connected</source>
        <translation>Brak połączenia</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="123"/>
        <source>Connecting…</source>
        <translation>Łączenie…</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="125"/>
        <source>Connected</source>
        <translation>Połączono</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="127"/>
        <source>Refused: %1</source>
        <translation>Odmowa: %1</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="133"/>
        <source>Reconnecting…</source>
        <translation>Ponowne łączenie…</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="134"/>
        <source>Reconnecting in %n s</source>
        <translation>
            <numerusform>Ponowne łączenie za %n s</numerusform>
            <numerusform>Ponowne łączenie za %n s</numerusform>
            <numerusform>Ponowne łączenie za %n s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="140"/>
        <source>Role: none</source>
        <translation>Rola: brak</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="141"/>
        <source>Role: —</source>
        <translation>Rola: —</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="143"/>
        <source>This login holds no payops role: the store refuses its reads.</source>
        <translation>Ten login nie ma żadnej roli payops: baza odmawia mu odczytu.</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="147"/>
        <source>Role: %1</source>
        <translation>Rola: %1</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="149"/>
        <source>Viewer: may look at everything but secrets, and change nothing.</source>
        <translation>Przeglądający: może oglądać wszystko poza sekretami i niczego nie zmienia.</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="151"/>
        <source>Operator: may retry deliveries, mute alerts and label downtimes.</source>
        <translation>Operator: może ponawiać doręczenia, wyciszać alerty i oznaczać przestoje.</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="153"/>
        <source>Admin: may also edit rules, endpoints and cashback campaigns.</source>
        <translation>Administrator: może też edytować reguły, punkty końcowe i kampanie cashback.</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="156"/>
        <source>An engine&apos;s login: it writes data and is not meant for the console.</source>
        <translation>Login silnika: zapisuje dane i nie jest przeznaczony dla konsoli.</translation>
    </message>
</context>
<context>
    <name>DeliveriesPage</name>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="64"/>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Poprzednia</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="65"/>
        <source>&amp;Next ▶</source>
        <translation>&amp;Następna ▶</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="66"/>
        <source>&amp;Retry delivery…</source>
        <translation>&amp;Ponów doręczenie…</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="67"/>
        <source>Retry &amp;all matching…</source>
        <translation>Ponów &amp;wszystkie pasujące…</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="68"/>
        <source>Copy as c&amp;url</source>
        <translation>Kopiuj jako c&amp;url</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="69"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Eksportuj CSV…</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="107"/>
        <source>Deliveries</source>
        <translation>Doręczenia</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="108"/>
        <source>Webhook deliveries to merchant endpoints, newest first: search them, open an event&apos;s attempts, retry what failed.</source>
        <translation>Doręczenia webhooków do punktów końcowych sprzedawców, od najnowszych: wyszukuj je, otwieraj próby zdarzenia, ponawiaj to, co się nie udało.</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="146"/>
        <source>Copies a curl command repeating the selected delivery&apos;s last request: URL, body and headers with the signature it carried. Never the signing secret.</source>
        <translation>Kopiuje polecenie curl powtarzające ostatnie żądanie wybranego doręczenia: URL, treść i nagłówki z wysłanym podpisem. Nigdy sekretu podpisu.</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="149"/>
        <source>Writes every delivery matching the current search (all pages, read from the store page by page) to a CSV file.</source>
        <translation>Zapisuje do pliku CSV wszystkie doręczenia pasujące do wyszukiwania (wszystkie strony, czytane z bazy strona po stronie).</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="183"/>
        <source>Event</source>
        <translation>Zdarzenie</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="215"/>
        <source>Page %1 · loading…</source>
        <translation>Strona %1 · wczytywanie…</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="229"/>
        <source>Could not search the deliveries: %1</source>
        <translation>Nie udało się wyszukać doręczeń: %1</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="241"/>
        <source>Page %1 · no deliveries</source>
        <translation>Strona %1 · brak doręczeń</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="242"/>
        <source>Page %1 · deliveries %2–%3%4</source>
        <translation>Strona %1 · doręczenia %2–%3%4</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="246"/>
        <source>, more follow</source>
        <translation>, są kolejne</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="296"/>
        <source>Retries every delivery matching the current search now, after telling you how many.</source>
        <translation>Ponawia teraz wszystkie doręczenia pasujące do wyszukiwania, po podaniu ich liczby.</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="301"/>
        <source>Search by merchant, endpoint id or state first: a bulk retry of every delivery is not allowed.</source>
        <translation>Najpierw wyszukaj według sprzedawcy, identyfikatora punktu końcowego lub stanu: ponowienie wszystkich doręczeń jest niedozwolone.</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="306"/>
        <source>A bulk retry filters by merchant, endpoint id, state and time only; this search also uses a payment id, an event id or a URL fragment. Retry the deliveries one by one.</source>
        <translation>Ponowienie zbiorcze filtruje tylko według sprzedawcy, identyfikatora punktu końcowego, stanu i czasu; to wyszukiwanie używa też identyfikatora płatności, zdarzenia lub fragmentu URL. Ponów doręczenia pojedynczo.</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="312"/>
        <source>Deliveries in flight are being attempted right now and cannot be retried.</source>
        <translation>Doręczenia w toku są właśnie próbowane i nie można ich ponowić.</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="333"/>
        <source>Retry delivery</source>
        <translation>Ponów doręczenie</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="330"/>
        <source>Retry delivery %1 of event %2 to %3 now, ahead of scheduled work?</source>
        <translation>Ponowić teraz doręczenie %1 zdarzenia %2 do %3, przed zaplanowaną pracą?</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="184"/>
        <source>Endpoint health</source>
        <translation>Kondycja punktów końcowych</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="329"/>
        <source>Retry delivery %1 now, ahead of scheduled work?</source>
        <translation>Ponowić teraz doręczenie %1, przed zaplanowaną pracą?</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="340"/>
        <location filename="../widgets/DeliveriesPage.cpp" line="392"/>
        <source>The store refused the retry: %1</source>
        <translation>Baza odmówiła ponowienia: %1</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="343"/>
        <source>Delivery %1 is due now, ahead of scheduled work.</source>
        <translation>Doręczenie %1 jest teraz wymagalne, przed zaplanowaną pracą.</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="362"/>
        <source>Could not count the matching deliveries: %1</source>
        <translation>Nie udało się policzyć pasujących doręczeń: %1</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="373"/>
        <source>No delivery matching the search can be retried (deliveries in flight and those of disabled endpoints are skipped).</source>
        <translation>Żadnego doręczenia pasującego do wyszukiwania nie można ponowić (doręczenia w toku i te do wyłączonych punktów końcowych są pomijane).</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="378"/>
        <source>Retry the one delivery matching the current search now, ahead of scheduled work?</source>
        <translation>Ponowić teraz jedyne doręczenie pasujące do wyszukiwania, przed zaplanowaną pracą?</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/DeliveriesPage.cpp" line="380"/>
        <source>Retry %n deliveries matching the current search now, ahead of scheduled work?</source>
        <translation>
            <numerusform>Ponowić teraz %n doręczenie pasujące do wyszukiwania, przed zaplanowaną pracą?</numerusform>
            <numerusform>Ponowić teraz %n doręczenia pasujące do wyszukiwania, przed zaplanowaną pracą?</numerusform>
            <numerusform>Ponowić teraz %n doręczeń pasujących do wyszukiwania, przed zaplanowaną pracą?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="384"/>
        <source>Retry all matching deliveries</source>
        <translation>Ponów wszystkie pasujące doręczenia</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="385"/>
        <source>Deliveries in flight and those of disabled endpoints are skipped.</source>
        <translation>Doręczenia w toku i te do wyłączonych punktów końcowych są pomijane.</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="397"/>
        <source>One delivery retried.</source>
        <translation>Ponowiono jedno doręczenie.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/DeliveriesPage.cpp" line="398"/>
        <source>%n deliveries retried.</source>
        <translation>
            <numerusform>Ponowiono %n doręczenie.</numerusform>
            <numerusform>Ponowiono %n doręczenia.</numerusform>
            <numerusform>Ponowiono %n doręczeń.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="412"/>
        <source>Could not read delivery %1: %2</source>
        <translation>Nie udało się odczytać doręczenia %1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="422"/>
        <source>Copied a curl command for delivery %1. It was never attempted, so the command carries no signature.</source>
        <translation>Skopiowano polecenie curl dla doręczenia %1. Nie było jeszcze prób, więc polecenie nie ma podpisu.</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="425"/>
        <source>Copied a curl command for delivery %1 with the headers of its last attempt (signature included, secret never).</source>
        <translation>Skopiowano polecenie curl dla doręczenia %1 z nagłówkami ostatniej próby (z podpisem, nigdy z sekretem).</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="434"/>
        <source>Export all matching deliveries</source>
        <translation>Eksportuj wszystkie pasujące doręczenia</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="435"/>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/DeliveriesPage.cpp" line="447"/>
        <source>Exporting… %n deliveries written</source>
        <translation>
            <numerusform>Eksport… zapisano %n doręczenie</numerusform>
            <numerusform>Eksport… zapisano %n doręczenia</numerusform>
            <numerusform>Eksport… zapisano %n doręczeń</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="454"/>
        <source>Exported one delivery to %1.</source>
        <translation>Wyeksportowano jedno doręczenie do %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/DeliveriesPage.cpp" line="455"/>
        <source>Exported %n deliveries to %1.</source>
        <translation>
            <numerusform>Wyeksportowano %n doręczenie do %1.</numerusform>
            <numerusform>Wyeksportowano %n doręczenia do %1.</numerusform>
            <numerusform>Wyeksportowano %n doręczeń do %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="457"/>
        <source>Export failed, nothing written: %1</source>
        <translation>Eksport nie powiódł się, nic nie zapisano: %1</translation>
    </message>
</context>
<context>
    <name>DeliverySearchForm</name>
    <message>
        <location filename="../widgets/DeliverySearchForm.cpp" line="14"/>
        <source>Merchant id</source>
        <translation>Identyfikator sprzedawcy</translation>
    </message>
    <message>
        <location filename="../widgets/DeliverySearchForm.cpp" line="15"/>
        <source>Payment id</source>
        <translation>Identyfikator płatności</translation>
    </message>
    <message>
        <location filename="../widgets/DeliverySearchForm.cpp" line="16"/>
        <source>Event id</source>
        <translation>Identyfikator zdarzenia</translation>
    </message>
    <message>
        <location filename="../widgets/DeliverySearchForm.cpp" line="17"/>
        <source>Endpoint id or part of its URL</source>
        <translation>Identyfikator punktu końcowego lub część jego URL</translation>
    </message>
    <message>
        <location filename="../widgets/DeliverySearchForm.cpp" line="19"/>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <location filename="../widgets/DeliverySearchForm.cpp" line="20"/>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <location filename="../widgets/DeliverySearchForm.cpp" line="23"/>
        <source>&amp;Search</source>
        <translation>&amp;Szukaj</translation>
    </message>
    <message>
        <location filename="../widgets/DeliverySearchForm.cpp" line="27"/>
        <source>Any state</source>
        <translation>Dowolny stan</translation>
    </message>
    <message>
        <location filename="../widgets/DeliverySearchForm.cpp" line="28"/>
        <source>Pending</source>
        <translation>Oczekuje</translation>
    </message>
    <message>
        <location filename="../widgets/DeliverySearchForm.cpp" line="29"/>
        <source>In flight</source>
        <translation>W toku</translation>
    </message>
    <message>
        <location filename="../widgets/DeliverySearchForm.cpp" line="30"/>
        <source>Failed, retrying</source>
        <translation>Nieudane, ponawiane</translation>
    </message>
    <message>
        <location filename="../widgets/DeliverySearchForm.cpp" line="31"/>
        <source>Succeeded</source>
        <translation>Udane</translation>
    </message>
    <message>
        <location filename="../widgets/DeliverySearchForm.cpp" line="32"/>
        <source>Dead</source>
        <translation>Porzucone</translation>
    </message>
    <message>
        <location filename="../widgets/DeliverySearchForm.cpp" line="35"/>
        <source>C&amp;lear</source>
        <translation>Wy&amp;czyść</translation>
    </message>
    <message>
        <location filename="../widgets/DeliverySearchForm.cpp" line="87"/>
        <source>Deliveries created at or after “From” and before “To” (local time)</source>
        <translation>Doręczenia utworzone od „Od” i przed „Do” (czas lokalny)</translation>
    </message>
    <message>
        <location filename="../widgets/DeliverySearchForm.cpp" line="129"/>
        <source>“To” must be after “From”.</source>
        <translation>„Do” musi być po „Od”.</translation>
    </message>
</context>
<context>
    <name>DeliverySearchModel</name>
    <message>
        <location filename="../models/DeliverySearchModel.cpp" line="143"/>
        <source>%1 (payment %2)</source>
        <translation>%1 (płatność %2)</translation>
    </message>
    <message>
        <location filename="../models/DeliverySearchModel.cpp" line="145"/>
        <source>Endpoint %1: %2</source>
        <translation>Punkt końcowy %1: %2</translation>
    </message>
    <message>
        <location filename="../models/DeliverySearchModel.cpp" line="148"/>
        <source>Not attempted yet</source>
        <translation>Jeszcze bez prób</translation>
    </message>
    <message>
        <location filename="../models/DeliverySearchModel.cpp" line="151"/>
        <source>Event created %1; delivery created %2</source>
        <translation>Zdarzenie utworzone %1; doręczenie utworzone %2</translation>
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
        <translation>oczekuje</translation>
    </message>
    <message>
        <location filename="../models/DeliverySearchModel.cpp" line="172"/>
        <source>in flight</source>
        <translation>w toku</translation>
    </message>
    <message>
        <location filename="../models/DeliverySearchModel.cpp" line="174"/>
        <source>failed, retrying</source>
        <translation>nieudane, ponawiane</translation>
    </message>
    <message>
        <location filename="../models/DeliverySearchModel.cpp" line="176"/>
        <source>succeeded</source>
        <translation>udane</translation>
    </message>
    <message>
        <location filename="../models/DeliverySearchModel.cpp" line="178"/>
        <source>dead</source>
        <translation>porzucone</translation>
    </message>
    <message>
        <location filename="../models/DeliverySearchModel.cpp" line="188"/>
        <source>Event time</source>
        <translation>Czas zdarzenia</translation>
    </message>
    <message>
        <location filename="../models/DeliverySearchModel.cpp" line="190"/>
        <source>Event id</source>
        <translation>Identyfikator zdarzenia</translation>
    </message>
    <message>
        <location filename="../models/DeliverySearchModel.cpp" line="192"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../models/DeliverySearchModel.cpp" line="194"/>
        <source>Merchant</source>
        <translation>Sprzedawca</translation>
    </message>
    <message>
        <location filename="../models/DeliverySearchModel.cpp" line="196"/>
        <source>Endpoint</source>
        <translation>Punkt końcowy</translation>
    </message>
    <message>
        <location filename="../models/DeliverySearchModel.cpp" line="198"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../models/DeliverySearchModel.cpp" line="200"/>
        <source>Attempts</source>
        <translation>Próby</translation>
    </message>
    <message>
        <location filename="../models/DeliverySearchModel.cpp" line="202"/>
        <source>Last status / error</source>
        <translation>Ostatni status / błąd</translation>
    </message>
    <message>
        <location filename="../models/DeliverySearchModel.cpp" line="204"/>
        <source>Next attempt</source>
        <translation>Następna próba</translation>
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
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="124"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="135"/>
        <source>open</source>
        <translation>otwarty</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="137"/>
        <source>half-open</source>
        <translation>półotwarty</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="138"/>
        <source>closed</source>
        <translation>zamknięty</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="140"/>
        <source>enabled</source>
        <translation>włączony</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="140"/>
        <location filename="../models/EndpointHealthModel.cpp" line="171"/>
        <source>disabled: %1</source>
        <translation>wyłączony: %1</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="161"/>
        <source>%1 of %2 attempts succeeded in the last hour</source>
        <translation>%1 z %2 prób udanych w ostatniej godzinie</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/EndpointHealthModel.cpp" line="165"/>
        <source>%n consecutive failure(s)</source>
        <translation>
            <numerusform>%n kolejny błąd</numerusform>
            <numerusform>%n kolejne błędy</numerusform>
            <numerusform>%n kolejnych błędów</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="167"/>
        <source>failing since %1</source>
        <translation>błędy od %1</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="181"/>
        <source>Endpoint</source>
        <translation>Punkt końcowy</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="183"/>
        <source>Merchant</source>
        <translation>Sprzedawca</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="185"/>
        <source>Success (1 h)</source>
        <translation>Sukces (1 h)</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="187"/>
        <source>Attempts (1 h)</source>
        <translation>Próby (1 h)</translation>
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
        <translation>Obwód</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="195"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
</context>
<context>
    <name>EndpointHealthView</name>
    <message>
        <location filename="../widgets/EndpointHealthView.cpp" line="24"/>
        <source>Re-enable…</source>
        <translation>Włącz ponownie…</translation>
    </message>
    <message>
        <location filename="../widgets/EndpointHealthView.cpp" line="39"/>
        <source>Enable the selected endpoint again (admins; audited)</source>
        <translation>Włącz ponownie wybrany punkt końcowy (administratorzy; audytowane)</translation>
    </message>
    <message>
        <location filename="../widgets/EndpointHealthView.cpp" line="99"/>
        <source>Re-enable endpoint</source>
        <translation>Włącz ponownie punkt końcowy</translation>
    </message>
    <message>
        <location filename="../widgets/EndpointHealthView.cpp" line="100"/>
        <source>Why may %1 receive deliveries again? The reason goes to the audit log.</source>
        <translation>Dlaczego %1 może znów odbierać doręczenia? Powód trafi do dziennika audytu.</translation>
    </message>
    <message>
        <location filename="../widgets/EndpointHealthView.cpp" line="103"/>
        <source>Re-enable</source>
        <translation>Włącz ponownie</translation>
    </message>
    <message>
        <location filename="../widgets/EndpointHealthView.cpp" line="114"/>
        <source>Endpoint %1 enabled again.</source>
        <translation>Punkt końcowy %1 włączony ponownie.</translation>
    </message>
    <message>
        <location filename="../widgets/EndpointHealthView.cpp" line="119"/>
        <source>The store refused: %1</source>
        <translation>Baza odmówiła: %1</translation>
    </message>
    <message>
        <location filename="../widgets/EndpointHealthView.cpp" line="127"/>
        <source>Could not read endpoint health: %1</source>
        <translation>Nie udało się odczytać stanu punktów końcowych: %1</translation>
    </message>
</context>
<context>
    <name>EventDeliveriesModel</name>
    <message>
        <location filename="../models/EventDeliveriesModel.cpp" line="81"/>
        <source>This endpoint is disabled</source>
        <translation>Ten punkt końcowy jest wyłączony</translation>
    </message>
    <message>
        <location filename="../models/EventDeliveriesModel.cpp" line="83"/>
        <source>Manual retry asked by %1</source>
        <translation>Ręczne ponowienie zlecone przez %1</translation>
    </message>
    <message>
        <location filename="../models/EventDeliveriesModel.cpp" line="102"/>
        <source>%1 (disabled)</source>
        <translation>%1 (wyłączony)</translation>
    </message>
    <message>
        <location filename="../models/EventDeliveriesModel.cpp" line="112"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../models/EventDeliveriesModel.cpp" line="126"/>
        <source>Endpoint</source>
        <translation>Punkt końcowy</translation>
    </message>
    <message>
        <location filename="../models/EventDeliveriesModel.cpp" line="128"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../models/EventDeliveriesModel.cpp" line="130"/>
        <source>Attempts</source>
        <translation>Próby</translation>
    </message>
    <message>
        <location filename="../models/EventDeliveriesModel.cpp" line="132"/>
        <source>Next attempt</source>
        <translation>Następna próba</translation>
    </message>
    <message>
        <location filename="../models/EventDeliveriesModel.cpp" line="134"/>
        <source>Last result</source>
        <translation>Ostatni wynik</translation>
    </message>
</context>
<context>
    <name>EventDetailPanel</name>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="96"/>
        <source>Retry delivery…</source>
        <translation>Ponów doręczenie…</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="109"/>
        <source>Payload</source>
        <translation>Treść</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="152"/>
        <source>No event selected.</source>
        <translation>Nie wybrano zdarzenia.</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="170"/>
        <source>Deliveries</source>
        <translation>Doręczenia</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="184"/>
        <source>Attempt timeline</source>
        <translation>Oś czasu prób</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="196"/>
        <source>Request headers</source>
        <translation>Nagłówki żądania</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="199"/>
        <source>Response / error</source>
        <translation>Odpowiedź / błąd</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="224"/>
        <source>Loading event %1…</source>
        <translation>Wczytywanie zdarzenia %1…</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="253"/>
        <source>Could not read the event: %1</source>
        <translation>Nie udało się odczytać zdarzenia: %1</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="259"/>
        <source>No webhook event %1 in the store.</source>
        <translation>Brak zdarzenia webhook %1 w bazie.</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="267"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="277"/>
        <source>merchant %1 · payment %2 · created %3</source>
        <translation>sprzedawca %1 · płatność %2 · utworzone %3</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="287"/>
        <source>Could not read the deliveries: %1</source>
        <translation>Nie udało się odczytać doręczeń: %1</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="334"/>
        <source>Could not read the attempts: %1</source>
        <translation>Nie udało się odczytać prób: %1</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="366"/>
        <source>Not sent yet: %1</source>
        <translation>Jeszcze nie wysłano: %1</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="376"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="378"/>
        <source>Transport error: %1</source>
        <translation>Błąd transportu: %1</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="380"/>
        <source>(no response body)</source>
        <translation>(brak treści odpowiedzi)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="52"/>
        <source>payops console</source>
        <translation>konsola payops</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="74"/>
        <source>Wall</source>
        <translation>Tablica</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="75"/>
        <source>Deliveries</source>
        <translation>Doręczenia</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="77"/>
        <source>Rules &amp; downtimes</source>
        <translation>Reguły i przestoje</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="78"/>
        <source>Detection rules and their versions, the downtimes they found, mutes, and true/false-positive labels.</source>
        <translation>Reguły wykrywania i ich wersje, wykryte przestoje, wyciszenia oraz oznaczenia trafny/fałszywy alarm.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="81"/>
        <source>Rules &amp;&amp; downtimes</source>
        <translation>Reguły i przestoje</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="83"/>
        <location filename="../widgets/MainWindow.cpp" line="87"/>
        <source>Cashback</source>
        <translation>Cashback</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="84"/>
        <source>Each cashback flow from payment to cashback to credit, campaigns, and the balance queue.</source>
        <translation>Każdy przepływ cashbacku od płatności przez cashback do uznania rachunku, kampanie i kolejka sald.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="112"/>
        <source>Areas</source>
        <translation>Obszary</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="121"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="123"/>
        <source>&amp;Connect…</source>
        <translation>&amp;Połącz…</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="127"/>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="130"/>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="134"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="137"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="138"/>
        <source>&amp;About payops console</source>
        <translation>&amp;O konsoli payops</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="139"/>
        <source>About &amp;Qt</source>
        <translation>O &amp;Qt</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="141"/>
        <source>Main</source>
        <translation>Główny</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="167"/>
        <source>payops console — %1</source>
        <translation>konsola payops — %1</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="200"/>
        <source>About payops console</source>
        <translation>O konsoli payops</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="201"/>
        <source>&lt;h3&gt;payops console %1&lt;/h3&gt;&lt;p&gt;The operations console of a payment gateway: live success rates, downtimes, webhook deliveries and cashback, over one PostgreSQL store.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;konsola payops %1&lt;/h3&gt;&lt;p&gt;Konsola operacyjna bramki płatniczej: bieżące wskaźniki sukcesu, przestoje, doręczenia webhooków i cashback, w jednej bazie PostgreSQL.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../widgets/PlaceholderPage.cpp" line="15"/>
        <source>Filled by %1 — not built yet: this area arrives in a later version of payops.</source>
        <translation>Wypełnia %1 — jeszcze niezbudowane: ten obszar pojawi się w jednej z kolejnych wersji payops.</translation>
    </message>
</context>
<context>
    <name>RetryDialog</name>
    <message>
        <location filename="../widgets/RetryDialog.cpp" line="19"/>
        <source>Why? (kept in the audit log)</source>
        <translation>Dlaczego? (zapisywane w dzienniku audytu)</translation>
    </message>
    <message>
        <location filename="../widgets/RetryDialog.cpp" line="23"/>
        <source>Retry</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <location filename="../widgets/RetryDialog.cpp" line="31"/>
        <source>Reason:</source>
        <translation>Powód:</translation>
    </message>
</context>
<context>
    <name>ScreenshotJob</name>
    <message>
        <location filename="../app/console/ScreenshotJob.cpp" line="25"/>
        <source>the store did not answer in time</source>
        <translation>baza nie odpowiedziała na czas</translation>
    </message>
    <message>
        <location filename="../app/console/ScreenshotJob.cpp" line="32"/>
        <source>refused: %1</source>
        <translation>odmowa: %1</translation>
    </message>
    <message>
        <location filename="../app/console/ScreenshotJob.cpp" line="50"/>
        <source>payops-console: cannot write %1</source>
        <translation>payops-console: nie można zapisać %1</translation>
    </message>
    <message>
        <location filename="../app/console/ScreenshotJob.cpp" line="52"/>
        <source>payops-console: no data loaded (%1); the picture shows the console without it</source>
        <translation>payops-console: nie wczytano danych (%1); obraz pokazuje konsolę bez nich</translation>
    </message>
</context>
<context>
    <name>StoreBanner</name>
    <message>
        <location filename="../widgets/StoreBanner.cpp" line="49"/>
        <source>The store refused the connection — %1. File › Connect… chooses another store or login.</source>
        <translation>Baza odmówiła połączenia — %1. Plik › Połącz… pozwala wybrać inną bazę lub login.</translation>
    </message>
    <message>
        <location filename="../widgets/StoreBanner.cpp" line="53"/>
        <source>Store unreachable — %1. Reconnecting by itself.</source>
        <translation>Baza nieosiągalna — %1. Połączenie zostanie wznowione samoczynnie.</translation>
    </message>
    <message>
        <location filename="../widgets/StoreBanner.cpp" line="59"/>
        <source>no data loaded yet</source>
        <translation>jeszcze nie wczytano danych</translation>
    </message>
    <message>
        <location filename="../widgets/StoreBanner.cpp" line="63"/>
        <source>showing data from %1</source>
        <translation>wyświetlane dane z %1</translation>
    </message>
</context>
<context>
    <name>StoreOverviewModel</name>
    <message>
        <location filename="../models/StoreOverviewModel.cpp" line="144"/>
        <source>Counted</source>
        <translation>Liczone</translation>
    </message>
    <message>
        <location filename="../models/StoreOverviewModel.cpp" line="146"/>
        <source>Last hour</source>
        <translation>Ostatnia godzina</translation>
    </message>
    <message>
        <location filename="../models/StoreOverviewModel.cpp" line="148"/>
        <source>Last 24 h</source>
        <translation>Ostatnie 24 h</translation>
    </message>
    <message>
        <location filename="../models/StoreOverviewModel.cpp" line="158"/>
        <source>Created</source>
        <translation>Utworzone</translation>
    </message>
    <message>
        <location filename="../models/StoreOverviewModel.cpp" line="160"/>
        <source>Authorized</source>
        <translation>Autoryzowane</translation>
    </message>
    <message>
        <location filename="../models/StoreOverviewModel.cpp" line="162"/>
        <source>Captured</source>
        <translation>Obciążone</translation>
    </message>
    <message>
        <location filename="../models/StoreOverviewModel.cpp" line="164"/>
        <source>Failed</source>
        <translation>Nieudane</translation>
    </message>
    <message>
        <location filename="../models/StoreOverviewModel.cpp" line="166"/>
        <source>Refunded</source>
        <translation>Zwrócone</translation>
    </message>
    <message>
        <location filename="../models/StoreOverviewModel.cpp" line="168"/>
        <source>All payment events</source>
        <translation>Wszystkie zdarzenia płatności</translation>
    </message>
    <message>
        <location filename="../models/StoreOverviewModel.cpp" line="170"/>
        <source>Quarantined input lines</source>
        <translation>Wiersze wejściowe w kwarantannie</translation>
    </message>
    <message>
        <location filename="../models/StoreOverviewModel.cpp" line="179"/>
        <source>Payment events with status “%1” that occurred in the period</source>
        <translation>Zdarzenia płatności o statusie „%1”, które wystąpiły w tym okresie</translation>
    </message>
    <message>
        <location filename="../models/StoreOverviewModel.cpp" line="182"/>
        <source>Payment events of every status that occurred in the period</source>
        <translation>Zdarzenia płatności o dowolnym statusie, które wystąpiły w tym okresie</translation>
    </message>
    <message>
        <location filename="../models/StoreOverviewModel.cpp" line="183"/>
        <source>Lines that payops ingest rejected in the period (see ingest_quarantine)</source>
        <translation>Wiersze odrzucone przez payops ingest w tym okresie (zob. ingest_quarantine)</translation>
    </message>
</context>
<context>
    <name>WallPage</name>
    <message>
        <location filename="../widgets/WallPage.cpp" line="30"/>
        <source>Payment events in the store by status, as the engines wrote them. Live success-rate charts per cohort join this page once payops detect fills sr_windows.</source>
        <translation>Zdarzenia płatności w bazie według statusu, tak jak zapisały je silniki. Bieżące wykresy wskaźnika sukcesu dla kohort dołączą do tej strony, gdy payops detect zacznie wypełniać sr_windows.</translation>
    </message>
    <message>
        <location filename="../widgets/WallPage.cpp" line="43"/>
        <source>Store overview</source>
        <translation>Przegląd bazy</translation>
    </message>
    <message>
        <location filename="../widgets/WallPage.cpp" line="77"/>
        <source>Schema version %1</source>
        <translation>Wersja schematu %1</translation>
    </message>
    <message>
        <location filename="../widgets/WallPage.cpp" line="79"/>
        <source>latest event %1</source>
        <translation>ostatnie zdarzenie %1</translation>
    </message>
    <message>
        <location filename="../widgets/WallPage.cpp" line="81"/>
        <source>updated %1</source>
        <translation>odświeżono %1</translation>
    </message>
    <message>
        <location filename="../widgets/WallPage.cpp" line="83"/>
        <source>Waiting for the store…</source>
        <translation>Oczekiwanie na bazę…</translation>
    </message>
    <message>
        <location filename="../widgets/WallPage.cpp" line="87"/>
        <source>Could not read the overview: %1</source>
        <translation>Nie udało się odczytać przeglądu: %1</translation>
    </message>
</context>
</TS>
