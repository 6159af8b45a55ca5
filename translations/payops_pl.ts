<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>ActionText</name>
    <message>
        <location filename="../widgets/ActionText.cpp" line="11"/>
        <source>%1: contains a NUL character</source>
        <translation>%1: zawiera znak NUL</translation>
    </message>
</context>
<context>
    <name>AttemptTimelineModel</name>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="50"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="51"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="67"/>
        <source>manual: %1</source>
        <translation>ręcznie: %1</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="68"/>
        <source>schedule</source>
        <translation>harmonogram</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="170"/>
        <source>succeeded</source>
        <translation>udana</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="172"/>
        <source>failed</source>
        <translation>nieudana</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="174"/>
        <source>retry after</source>
        <translation>ponów po</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="176"/>
        <source>gone (410)</source>
        <translation>usunięty (410)</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="178"/>
        <source>timeout</source>
        <translation>przekroczony czas</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="180"/>
        <source>refused</source>
        <translation>odrzucona</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="182"/>
        <source>circuit open</source>
        <translation>obwód otwarty</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="184"/>
        <source>scheduled</source>
        <translation>zaplanowana</translation>
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
        <translation>Następna próba zaplanowana na %1</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="279"/>
        <source>Manual retry asked by %1, due %2</source>
        <translation>Ręczne ponowienie zlecone przez %1, termin %2</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="328"/>
        <source>Attempt %1 — %2</source>
        <translation>Próba %1 — %2</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="329"/>
        <source>Started %1</source>
        <translation>Rozpoczęta %1</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="331"/>
        <source>Took %1</source>
        <translation>Trwała %1</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="336"/>
        <source>Manual retry asked by %1</source>
        <translation>Ręczne ponowienie zlecone przez %1</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="346"/>
        <source>Started</source>
        <translation>Początek</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="348"/>
        <source>Duration</source>
        <translation>Czas trwania</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="350"/>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="352"/>
        <source>HTTP status / error</source>
        <translation>Status HTTP / błąd</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="354"/>
        <source>Trigger</source>
        <translation>Wyzwalacz</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="356"/>
        <source>Next attempt</source>
        <translation>Następna próba</translation>
    </message>
</context>
<context>
    <name>AttemptTimelineView</name>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="43"/>
        <source>first</source>
        <translation>pierwsza</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="45"/>
        <source>+%1 s</source>
        <translation>+%1 s</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="47"/>
        <source>+%1 min</source>
        <translation>+%1 min</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="49"/>
        <source>+%1 h</source>
        <translation>+%1 h</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="50"/>
        <source>+%1 d</source>
        <translation>+%1 d</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="83"/>
        <source>Attempt timeline</source>
        <translation>Oś czasu prób</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="242"/>
        <source>First attempt %1</source>
        <translation>Pierwsza próba %1</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="246"/>
        <source>time since the first attempt (log scale)</source>
        <translation>czas od pierwszej próby (skala log.)</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="295"/>
        <source>now</source>
        <translation>teraz</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="369"/>
        <source>success</source>
        <translation>sukces</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="370"/>
        <source>failure</source>
        <translation>błąd</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="371"/>
        <source>429 / retry after</source>
        <translation>429 / ponów po</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="372"/>
        <source>timeout / no answer</source>
        <translation>limit czasu / brak odpowiedzi</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="373"/>
        <source>410 gone</source>
        <translation>410 usunięty</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="396"/>
        <source>scheduled</source>
        <translation>zaplanowana</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="401"/>
        <source>manual retry</source>
        <translation>ręczne ponowienie</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="403"/>
        <source>size: duration</source>
        <translation>rozmiar: czas trwania</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="411"/>
        <source>No attempts yet</source>
        <translation>Jeszcze bez prób</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="411"/>
        <source>Select a delivery</source>
        <translation>Wybierz doręczenie</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <location filename="../models/AuditLogModel.cpp" line="78"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location filename="../models/AuditLogModel.cpp" line="80"/>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <location filename="../models/AuditLogModel.cpp" line="82"/>
        <source>Action</source>
        <translation>Akcja</translation>
    </message>
    <message>
        <location filename="../models/AuditLogModel.cpp" line="84"/>
        <source>Target</source>
        <translation>Cel</translation>
    </message>
    <message>
        <location filename="../models/AuditLogModel.cpp" line="86"/>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location filename="../models/AuditLogModel.cpp" line="88"/>
        <source>Changed</source>
        <translation>Zmiany</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../widgets/AuditView.cpp" line="35"/>
        <source>Between</source>
        <translation>Między</translation>
    </message>
    <message>
        <location filename="../widgets/AuditView.cpp" line="41"/>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Poprzednia</translation>
    </message>
    <message>
        <location filename="../widgets/AuditView.cpp" line="42"/>
        <source>&amp;Next ▶</source>
        <translation>&amp;Następna ▶</translation>
    </message>
    <message>
        <location filename="../widgets/AuditView.cpp" line="65"/>
        <source>Select a row to see what it changed.</source>
        <translation>Wybierz wiersz, aby zobaczyć, co zmienił.</translation>
    </message>
    <message>
        <location filename="../widgets/AuditView.cpp" line="95"/>
        <source>who (login)</source>
        <translation>kto (login)</translation>
    </message>
    <message>
        <location filename="../widgets/AuditView.cpp" line="97"/>
        <source>action, e.g. mute</source>
        <translation>akcja, np. mute</translation>
    </message>
    <message>
        <location filename="../widgets/AuditView.cpp" line="99"/>
        <source>target contains, e.g. downtime:12</source>
        <translation>cel zawiera, np. downtime:12</translation>
    </message>
    <message>
        <location filename="../widgets/AuditView.cpp" line="108"/>
        <source>&amp;Search</source>
        <translation>&amp;Szukaj</translation>
    </message>
    <message>
        <location filename="../widgets/AuditView.cpp" line="121"/>
        <source>and</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../widgets/AuditView.cpp" line="176"/>
        <source>Page %1 · loading…</source>
        <translation>Strona %1 · wczytywanie…</translation>
    </message>
    <message>
        <location filename="../widgets/AuditView.cpp" line="194"/>
        <source>Could not read the audit log: %1</source>
        <translation>Nie udało się odczytać dziennika audytu: %1</translation>
    </message>
    <message>
        <location filename="../widgets/AuditView.cpp" line="196"/>
        <source>Page %1 · no entries</source>
        <translation>Strona %1 · brak wpisów</translation>
    </message>
    <message>
        <location filename="../widgets/AuditView.cpp" line="197"/>
        <source>Page %1 · entries %2–%3%4</source>
        <translation>Strona %1 · wpisy %2–%3%4</translation>
    </message>
    <message>
        <location filename="../widgets/AuditView.cpp" line="201"/>
        <source>, more follow</source>
        <translation>, są kolejne</translation>
    </message>
    <message>
        <location filename="../widgets/AuditView.cpp" line="215"/>
        <source>%1 by %2 on %3</source>
        <translation>%1 — %2, cel: %3</translation>
    </message>
    <message>
        <location filename="../widgets/AuditView.cpp" line="216"/>
        <source> — reason: %1</source>
        <translation> — powód: %1</translation>
    </message>
    <message>
        <location filename="../widgets/AuditView.cpp" line="217"/>
        <source>No changes recorded.</source>
        <translation>Nie zapisano żadnych zmian.</translation>
    </message>
</context>
<context>
    <name>BacktestDowntimesModel</name>
    <message>
        <location filename="../models/BacktestDowntimesModel.cpp" line="144"/>
        <source>current v%1</source>
        <translation>bieżąca v%1</translation>
    </message>
    <message>
        <location filename="../models/BacktestDowntimesModel.cpp" line="145"/>
        <source>edited</source>
        <translation>edytowana</translation>
    </message>
    <message>
        <location filename="../models/BacktestDowntimesModel.cpp" line="151"/>
        <source>open at the end</source>
        <translation>otwarty na końcu</translation>
    </message>
    <message>
        <location filename="../models/BacktestDowntimesModel.cpp" line="161"/>
        <source>labelled true</source>
        <translation>oznaczony jako prawdziwy</translation>
    </message>
    <message>
        <location filename="../models/BacktestDowntimesModel.cpp" line="162"/>
        <source>labelled false</source>
        <translation>oznaczony jako fałszywy</translation>
    </message>
    <message>
        <location filename="../models/BacktestDowntimesModel.cpp" line="178"/>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <location filename="../models/BacktestDowntimesModel.cpp" line="180"/>
        <source>Cohort</source>
        <translation>Kohorta</translation>
    </message>
    <message>
        <location filename="../models/BacktestDowntimesModel.cpp" line="182"/>
        <source>Started (UTC)</source>
        <translation>Początek (UTC)</translation>
    </message>
    <message>
        <location filename="../models/BacktestDowntimesModel.cpp" line="184"/>
        <source>Resolved (UTC)</source>
        <translation>Koniec (UTC)</translation>
    </message>
    <message>
        <location filename="../models/BacktestDowntimesModel.cpp" line="186"/>
        <source>Duration</source>
        <translation>Czas trwania</translation>
    </message>
    <message>
        <location filename="../models/BacktestDowntimesModel.cpp" line="188"/>
        <source>Severity</source>
        <translation>Ważność</translation>
    </message>
    <message>
        <location filename="../models/BacktestDowntimesModel.cpp" line="190"/>
        <source>Lowest SR</source>
        <translation>Najniższy SR</translation>
    </message>
    <message>
        <location filename="../models/BacktestDowntimesModel.cpp" line="192"/>
        <source>Payments</source>
        <translation>Płatności</translation>
    </message>
    <message>
        <location filename="../models/BacktestDowntimesModel.cpp" line="194"/>
        <source>Labels</source>
        <translation>Oznaczenia</translation>
    </message>
    <message>
        <location filename="../models/BacktestDowntimesModel.cpp" line="196"/>
        <source>Ground truth</source>
        <translation>Dane wzorcowe</translation>
    </message>
</context>
<context>
    <name>BacktestMatrixModel</name>
    <message>
        <location filename="../models/BacktestMatrixModel.cpp" line="75"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../models/BacktestMatrixModel.cpp" line="86"/>
        <source>Current</source>
        <translation>Bieżąca</translation>
    </message>
    <message>
        <location filename="../models/BacktestMatrixModel.cpp" line="86"/>
        <source>Edited</source>
        <translation>Edytowana</translation>
    </message>
    <message>
        <location filename="../models/BacktestMatrixModel.cpp" line="89"/>
        <source>True positives</source>
        <translation>Trafne alarmy</translation>
    </message>
    <message>
        <location filename="../models/BacktestMatrixModel.cpp" line="91"/>
        <source>False positives</source>
        <translation>Fałszywe alarmy</translation>
    </message>
    <message>
        <location filename="../models/BacktestMatrixModel.cpp" line="93"/>
        <source>… labelled false</source>
        <translation>… oznaczone jako fałszywe</translation>
    </message>
    <message>
        <location filename="../models/BacktestMatrixModel.cpp" line="95"/>
        <source>Missed (false negatives)</source>
        <translation>Pominięte (fałszywie ujemne)</translation>
    </message>
    <message>
        <location filename="../models/BacktestMatrixModel.cpp" line="97"/>
        <source>Precision</source>
        <translation>Precyzja</translation>
    </message>
    <message>
        <location filename="../models/BacktestMatrixModel.cpp" line="99"/>
        <source>Recall</source>
        <translation>Czułość</translation>
    </message>
    <message>
        <location filename="../models/BacktestMatrixModel.cpp" line="101"/>
        <source>Median delay</source>
        <translation>Mediana opóźnienia</translation>
    </message>
</context>
<context>
    <name>BacktestTimelineView</name>
    <message>
        <location filename="../widgets/BacktestTimelineView.cpp" line="35"/>
        <source>Backtest timeline: the downtimes of the current and the edited rule</source>
        <translation>Oś czasu testu wstecznego: przestoje bieżącej i edytowanej reguły</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestTimelineView.cpp" line="169"/>
        <source>current</source>
        <translation>bieżąca</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestTimelineView.cpp" line="172"/>
        <source>edited</source>
        <translation>edytowana</translation>
    </message>
</context>
<context>
    <name>BacktestView</name>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="103"/>
        <source>Cancelled: no results.</source>
        <translation>Anulowano: brak wyników.</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="105"/>
        <source>The backtest failed: %1</source>
        <translation>Test wsteczny nie powiódł się: %1</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="138"/>
        <source>Last hour</source>
        <translation>Ostatnia godzina</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="138"/>
        <source>Last 24 hours</source>
        <translation>Ostatnie 24 godziny</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="138"/>
        <source>Simulated day (30 min)</source>
        <translation>Symulowany dzień (30 min)</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="138"/>
        <source>Custom</source>
        <translation>Własny</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="139"/>
        <source>Ranges end at the newest stored payment event.</source>
        <translation>Zakresy kończą się na najnowszym zapisanym zdarzeniu płatności.</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="151"/>
        <source>Run backtest</source>
        <translation>Uruchom test wsteczny</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="154"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="171"/>
        <source>Range:</source>
        <translation>Zakres:</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="173"/>
        <source>from</source>
        <translation>od</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="175"/>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="177"/>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="195"/>
        <source>Against the labelled downtimes</source>
        <translation>Względem oznaczonych przestojów</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="196"/>
        <source>Downtimes of this rule that operators labelled: true positives are the incidents, false positives are known false.</source>
        <translation>Przestoje tej reguły oznaczone przez operatorów: trafne alarmy to incydenty, fałszywe alarmy są znane jako fałszywe.</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="201"/>
        <source>Against a ground-truth file</source>
        <translation>Względem pliku danych wzorcowych</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="204"/>
        <source>No file loaded.</source>
        <translation>Nie wczytano pliku.</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="206"/>
        <source>Load ground truth…</source>
        <translation>Wczytaj dane wzorcowe…</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="210"/>
        <source>Ground truth</source>
        <translation>Dane wzorcowe</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="210"/>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="253"/>
        <source>The edited rule cannot run: %1</source>
        <translation>Edytowanej reguły nie można uruchomić: %1</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="260"/>
        <source>Open a rule in the editor and choose Backtest: its edited definition runs next to the saved one.</source>
        <translation>Otwórz regułę w edytorze i wybierz Test wsteczny: jej edytowana definicja zostanie uruchomiona obok zapisanej.</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="264"/>
        <source>a new rule</source>
        <translation>nowa reguła</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="265"/>
        <source>%1: current version %2 (upper bars) against the edited definition (lower bars).</source>
        <translation>%1: bieżąca wersja %2 (górne paski) względem edytowanej definicji (dolne paski).</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="269"/>
        <source>%1: the edited definition (no saved version yet).</source>
        <translation>%1: edytowana definicja (brak jeszcze zapisanej wersji).</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="316"/>
        <source>to: must be later than from</source>
        <translation>do: musi być później niż od</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="328"/>
        <source>Reading the stored events…</source>
        <translation>Odczyt zapisanych zdarzeń…</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="358"/>
        <source>%1 events in %2 s; current: %3 downtimes over %4 windows; edited: %5 downtimes over %6 windows; %7 labelled downtimes in the range.</source>
        <translation>%1 zdarzeń w %2 s; bieżąca: %3 przestojów w %4 oknach; edytowana: %5 przestojów w %6 oknach; %7 oznaczonych przestojów w zakresie.</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="361"/>
        <source>no</source>
        <translation>brak</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="416"/>
        <source>%1 (the previous file stays in use)</source>
        <translation>%1 (nadal używany jest poprzedni plik)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/BacktestView.cpp" line="423"/>
        <source>%1: %n incident(s)</source>
        <translation>
            <numerusform>%1: %n incydent</numerusform>
            <numerusform>%1: %n incydenty</numerusform>
            <numerusform>%1: %n incydentów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BalanceLedgerModel</name>
    <message>
        <location filename="../models/BalanceLedgerModel.cpp" line="74"/>
        <source>no balance yet</source>
        <translation>brak salda</translation>
    </message>
    <message>
        <location filename="../models/BalanceLedgerModel.cpp" line="108"/>
        <source>Cashback %1</source>
        <translation>Cashback %1</translation>
    </message>
    <message>
        <location filename="../models/BalanceLedgerModel.cpp" line="123"/>
        <source>credit</source>
        <translation>uznanie</translation>
    </message>
    <message>
        <location filename="../models/BalanceLedgerModel.cpp" line="123"/>
        <source>reversal</source>
        <translation>storno</translation>
    </message>
    <message>
        <location filename="../models/BalanceLedgerModel.cpp" line="143"/>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <location filename="../models/BalanceLedgerModel.cpp" line="145"/>
        <source>Entry</source>
        <translation>Wpis</translation>
    </message>
    <message>
        <location filename="../models/BalanceLedgerModel.cpp" line="147"/>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <location filename="../models/BalanceLedgerModel.cpp" line="149"/>
        <source>Balance after</source>
        <translation>Saldo po</translation>
    </message>
    <message>
        <location filename="../models/BalanceLedgerModel.cpp" line="151"/>
        <source>Payment</source>
        <translation>Płatność</translation>
    </message>
    <message>
        <location filename="../models/BalanceLedgerModel.cpp" line="153"/>
        <source>Idempotency key</source>
        <translation>Klucz idempotencji</translation>
    </message>
</context>
<context>
    <name>CampaignEditorDialog</name>
    <message>
        <location filename="../widgets/CampaignEditorDialog.cpp" line="48"/>
        <source>Enabled</source>
        <translation>Włączona</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignEditorDialog.cpp" line="52"/>
        <source>Edit campaign %1</source>
        <translation>Edytuj kampanię %1</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignEditorDialog.cpp" line="52"/>
        <source>New campaign</source>
        <translation>Nowa kampania</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignEditorDialog.cpp" line="54"/>
        <source>Merchant</source>
        <translation>Sprzedawca</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignEditorDialog.cpp" line="55"/>
        <source>Merchant group</source>
        <translation>Grupa sprzedawców</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignEditorDialog.cpp" line="58"/>
        <source>per day</source>
        <translation>na dzień</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignEditorDialog.cpp" line="59"/>
        <source>per week</source>
        <translation>na tydzień</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignEditorDialog.cpp" line="60"/>
        <source>per month</source>
        <translation>na miesiąc</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignEditorDialog.cpp" line="61"/>
        <source>per campaign</source>
        <translation>na kampanię</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignEditorDialog.cpp" line="71"/>
        <source>e.g. 2.5</source>
        <translation>np. 2.5</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignEditorDialog.cpp" line="72"/>
        <source>empty: no cap</source>
        <translation>puste: bez limitu</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignEditorDialog.cpp" line="87"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignEditorDialog.cpp" line="88"/>
        <source>Applies to</source>
        <translation>Dotyczy</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignEditorDialog.cpp" line="89"/>
        <source>Cashback (%)</source>
        <translation>Cashback (%)</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignEditorDialog.cpp" line="90"/>
        <source>Cap per payment (minor units)</source>
        <translation>Limit na płatność (jednostki drobne)</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignEditorDialog.cpp" line="91"/>
        <source>Cap per customer (minor units)</source>
        <translation>Limit na klienta (jednostki drobne)</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignEditorDialog.cpp" line="92"/>
        <source>Minimum payment (minor units)</source>
        <translation>Minimalna płatność (jednostki drobne)</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignEditorDialog.cpp" line="93"/>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignEditorDialog.cpp" line="94"/>
        <source>Valid from</source>
        <translation>Ważna od</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignEditorDialog.cpp" line="95"/>
        <source>Valid to</source>
        <translation>Ważna do</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignEditorDialog.cpp" line="140"/>
        <source>The store refused the campaign: %1</source>
        <translation>Baza odrzuciła kampanię: %1</translation>
    </message>
</context>
<context>
    <name>CampaignListModel</name>
    <message>
        <location filename="../models/CampaignListModel.cpp" line="49"/>
        <source>disabled</source>
        <translation>wyłączona</translation>
    </message>
    <message>
        <location filename="../models/CampaignListModel.cpp" line="52"/>
        <source>scheduled</source>
        <translation>zaplanowana</translation>
    </message>
    <message>
        <location filename="../models/CampaignListModel.cpp" line="54"/>
        <source>ended</source>
        <translation>zakończona</translation>
    </message>
    <message>
        <location filename="../models/CampaignListModel.cpp" line="55"/>
        <source>active</source>
        <translation>aktywna</translation>
    </message>
    <message>
        <location filename="../models/CampaignListModel.cpp" line="61"/>
        <source>per day</source>
        <translation>na dzień</translation>
    </message>
    <message>
        <location filename="../models/CampaignListModel.cpp" line="63"/>
        <source>per week</source>
        <translation>na tydzień</translation>
    </message>
    <message>
        <location filename="../models/CampaignListModel.cpp" line="65"/>
        <source>per month</source>
        <translation>na miesiąc</translation>
    </message>
    <message>
        <location filename="../models/CampaignListModel.cpp" line="66"/>
        <source>per campaign</source>
        <translation>na kampanię</translation>
    </message>
    <message>
        <location filename="../models/CampaignListModel.cpp" line="93"/>
        <source>Campaign %1, created by %2</source>
        <translation>Kampania %1, utworzona przez %2</translation>
    </message>
    <message>
        <location filename="../models/CampaignListModel.cpp" line="107"/>
        <source>group %1</source>
        <translation>grupa %1</translation>
    </message>
    <message>
        <location filename="../models/CampaignListModel.cpp" line="113"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../models/CampaignListModel.cpp" line="115"/>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <location filename="../models/CampaignListModel.cpp" line="119"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../models/CampaignListModel.cpp" line="134"/>
        <source>Campaign</source>
        <translation>Kampania</translation>
    </message>
    <message>
        <location filename="../models/CampaignListModel.cpp" line="136"/>
        <source>Merchant</source>
        <translation>Sprzedawca</translation>
    </message>
    <message>
        <location filename="../models/CampaignListModel.cpp" line="138"/>
        <source>Cashback</source>
        <translation>Cashback</translation>
    </message>
    <message>
        <location filename="../models/CampaignListModel.cpp" line="140"/>
        <source>Cap per payment</source>
        <translation>Limit na płatność</translation>
    </message>
    <message>
        <location filename="../models/CampaignListModel.cpp" line="142"/>
        <source>Cap per customer</source>
        <translation>Limit na klienta</translation>
    </message>
    <message>
        <location filename="../models/CampaignListModel.cpp" line="144"/>
        <source>Minimum payment</source>
        <translation>Minimalna płatność</translation>
    </message>
    <message>
        <location filename="../models/CampaignListModel.cpp" line="146"/>
        <source>Valid</source>
        <translation>Ważność</translation>
    </message>
    <message>
        <location filename="../models/CampaignListModel.cpp" line="148"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
</context>
<context>
    <name>CampaignsView</name>
    <message>
        <location filename="../widgets/CampaignsView.cpp" line="25"/>
        <source>&amp;New campaign…</source>
        <translation>&amp;Nowa kampania…</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignsView.cpp" line="26"/>
        <source>&amp;Edit campaign…</source>
        <translation>&amp;Edytuj kampanię…</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignsView.cpp" line="38"/>
        <source>Could not read the campaigns: %1</source>
        <translation>Nie udało się odczytać kampanii: %1</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignsView.cpp" line="137"/>
        <source>Campaign %1 saved.</source>
        <translation>Kampania %1 zapisana.</translation>
    </message>
</context>
<context>
    <name>CashbackFlowModel</name>
    <message>
        <location filename="../models/CashbackFlowModel.cpp" line="66"/>
        <source>computed, not queued yet</source>
        <translation>obliczony, jeszcze nie w kolejce</translation>
    </message>
    <message>
        <location filename="../models/CashbackFlowModel.cpp" line="68"/>
        <source>queued for credit</source>
        <translation>w kolejce do uznania</translation>
    </message>
    <message>
        <location filename="../models/CashbackFlowModel.cpp" line="70"/>
        <source>credited</source>
        <translation>uznany</translation>
    </message>
    <message>
        <location filename="../models/CashbackFlowModel.cpp" line="72"/>
        <source>refunded, reversal pending</source>
        <translation>zwrócony, storno oczekuje</translation>
    </message>
    <message>
        <location filename="../models/CashbackFlowModel.cpp" line="74"/>
        <source>reversed</source>
        <translation>wystornowany</translation>
    </message>
    <message>
        <location filename="../models/CashbackFlowModel.cpp" line="76"/>
        <source>dead-lettered</source>
        <translation>martwa wiadomość</translation>
    </message>
    <message>
        <location filename="../models/CashbackFlowModel.cpp" line="155"/>
        <source>Dead-lettered %1: %2</source>
        <translation>Martwa wiadomość %1: %2</translation>
    </message>
    <message>
        <location filename="../models/CashbackFlowModel.cpp" line="159"/>
        <source>Campaign %1</source>
        <translation>Kampania %1</translation>
    </message>
    <message>
        <location filename="../models/CashbackFlowModel.cpp" line="160"/>
        <source>Campaign %1: %2 %</source>
        <translation>Kampania %1: %2%</translation>
    </message>
    <message>
        <location filename="../models/CashbackFlowModel.cpp" line="162"/>
        <source>From the payment&apos;s capture to the customer&apos;s credit</source>
        <translation>Od obciążenia płatności do uznania klienta</translation>
    </message>
    <message>
        <location filename="../models/CashbackFlowModel.cpp" line="174"/>
        <source>Computed</source>
        <translation>Obliczono</translation>
    </message>
    <message>
        <location filename="../models/CashbackFlowModel.cpp" line="176"/>
        <source>Payment</source>
        <translation>Płatność</translation>
    </message>
    <message>
        <location filename="../models/CashbackFlowModel.cpp" line="178"/>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../models/CashbackFlowModel.cpp" line="180"/>
        <source>Merchant</source>
        <translation>Sprzedawca</translation>
    </message>
    <message>
        <location filename="../models/CashbackFlowModel.cpp" line="182"/>
        <source>Campaign</source>
        <translation>Kampania</translation>
    </message>
    <message>
        <location filename="../models/CashbackFlowModel.cpp" line="184"/>
        <source>Payment amount</source>
        <translation>Kwota płatności</translation>
    </message>
    <message>
        <location filename="../models/CashbackFlowModel.cpp" line="186"/>
        <source>Cashback</source>
        <translation>Cashback</translation>
    </message>
    <message>
        <location filename="../models/CashbackFlowModel.cpp" line="188"/>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <location filename="../models/CashbackFlowModel.cpp" line="190"/>
        <source>Lag to credit</source>
        <translation>Opóźnienie do uznania</translation>
    </message>
</context>
<context>
    <name>CashbackFlowsView</name>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="55"/>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Poprzednia</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="56"/>
        <source>&amp;Next ▶</source>
        <translation>&amp;Następna ▶</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="57"/>
        <source>Customer&apos;s &amp;balance</source>
        <translation>&amp;Saldo klienta</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="58"/>
        <source>Re&amp;queue credit…</source>
        <translation>Ponownie &amp;kolejkuj uznanie…</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="75"/>
        <source>Could not read the flow of %1: %2</source>
        <translation>Nie udało się odczytać przepływu %1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="78"/>
        <source>Payment %1: the store has no event of it</source>
        <translation>Płatność %1: baza nie ma jej zdarzeń</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="81"/>
        <source>Payment %1 at %2</source>
        <translation>Płatność %1 u %2</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="104"/>
        <source>Payment id</source>
        <translation>Identyfikator płatności</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="105"/>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="106"/>
        <source>Merchant id</source>
        <translation>Identyfikator sprzedawcy</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="108"/>
        <source>Empty: every cashback, newest first</source>
        <translation>Puste: każdy cashback, od najnowszych</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="110"/>
        <source>&amp;Search</source>
        <translation>&amp;Szukaj</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="117"/>
        <source>Search by</source>
        <translation>Szukaj według</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="139"/>
        <source>Sends the selected dead-lettered credit or reversal to the balance workers again (the ledger still takes it only once).</source>
        <translation>Wysyła ponownie wybrane uznanie lub storno z martwych wiadomości do procesów sald (księga i tak przyjmie je tylko raz).</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="172"/>
        <source>Select a cashback, or search a payment id, to see its flow.</source>
        <translation>Wybierz cashback lub wyszukaj identyfikator płatności, aby zobaczyć jego przepływ.</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="218"/>
        <source>Page %1 · loading…</source>
        <translation>Strona %1 · wczytywanie…</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="232"/>
        <source>Could not search the cashbacks: %1</source>
        <translation>Nie udało się wyszukać cashbacków: %1</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="242"/>
        <source>Page %1 · no cashbacks</source>
        <translation>Strona %1 · brak cashbacków</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="243"/>
        <source>Page %1 · cashbacks %2–%3%4</source>
        <translation>Strona %1 · cashbacki %2–%3%4</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="247"/>
        <source>, more follow</source>
        <translation>, są kolejne</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="289"/>
        <source>Requeue credit</source>
        <translation>Ponownie kolejkuj uznanie</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="290"/>
        <source>Send cashback %1 of payment %2 (%3) to the balance workers again? It was dead-lettered: %4</source>
        <translation>Wysłać ponownie cashback %1 płatności %2 (%3) do procesów sald? Trafił do martwych wiadomości: %4</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="301"/>
        <source>Cashback %1 is queued again.</source>
        <translation>Cashback %1 jest ponownie w kolejce.</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="302"/>
        <source>The store refused the requeue: %1</source>
        <translation>Baza odmówiła ponownego zakolejkowania: %1</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="315"/>
        <source>Payment %1 · loading…</source>
        <translation>Płatność %1 · wczytywanie…</translation>
    </message>
</context>
<context>
    <name>CashbackPage</name>
    <message>
        <location filename="../widgets/CashbackPage.cpp" line="33"/>
        <source>&amp;Flows</source>
        <translation>&amp;Przepływy</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackPage.cpp" line="34"/>
        <source>&amp;Pipeline</source>
        <translation>P&amp;otok</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackPage.cpp" line="35"/>
        <source>Customer &amp;balance</source>
        <translation>&amp;Saldo klienta</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackPage.cpp" line="36"/>
        <source>&amp;Dead letters</source>
        <translation>&amp;Martwe wiadomości</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackPage.cpp" line="37"/>
        <source>&amp;Campaigns</source>
        <translation>&amp;Kampanie</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackPage.cpp" line="50"/>
        <source>Cashback</source>
        <translation>Cashback</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackPage.cpp" line="51"/>
        <source>Cashback from payment to credit: each payment&apos;s flow, the credit pipeline through RabbitMQ live, customers&apos; balances and ledgers, and the campaigns.</source>
        <translation>Cashback od płatności do uznania: przepływ każdej płatności, potok uznań przez RabbitMQ na żywo, salda i księgi klientów oraz kampanie.</translation>
    </message>
</context>
<context>
    <name>CashbackPipelineChart</name>
    <message>
        <location filename="../widgets/CashbackPipelineChart.cpp" line="44"/>
        <source>queue depth (messages)</source>
        <translation>głębokość kolejki (wiadomości)</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackPipelineChart.cpp" line="45"/>
        <source>published /s</source>
        <translation>opublikowane /s</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackPipelineChart.cpp" line="46"/>
        <source>acknowledged /s</source>
        <translation>potwierdzone /s</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackPipelineChart.cpp" line="47"/>
        <source>credited in the store /s</source>
        <translation>uznane w bazie /s</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackPipelineChart.cpp" line="52"/>
        <source>Credit pipeline chart</source>
        <translation>Wykres potoku uznań</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackPipelineChart.cpp" line="53"/>
        <source>Queue depth, and credits published, acknowledged and credited in the store per second, over the last minutes</source>
        <translation>Głębokość kolejki oraz uznania opublikowane, potwierdzone i uznane w bazie na sekundę, z ostatnich minut</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackPipelineChart.cpp" line="59"/>
        <source>seconds before now</source>
        <translation>sekundy przed chwilą obecną</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackPipelineChart.cpp" line="61"/>
        <source>messages</source>
        <translation>wiadomości</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackPipelineChart.cpp" line="63"/>
        <source>per second</source>
        <translation>na sekundę</translation>
    </message>
</context>
<context>
    <name>CashbackPipelineView</name>
    <message>
        <location filename="../widgets/CashbackPipelineView.cpp" line="94"/>
        <source>&lt;b&gt;End-to-end lag&lt;/b&gt; (payment captured → customer credited, last minute): %1</source>
        <translation>&lt;b&gt;Opóźnienie od początku do końca&lt;/b&gt; (płatność obciążona → klient uznany, ostatnia minuta): %1</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackPipelineView.cpp" line="99"/>
        <source>Store: %1</source>
        <translation>Baza: %1</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackPipelineView.cpp" line="101"/>
        <source>Broker: %1</source>
        <translation>Broker: %1</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackPipelineView.cpp" line="109"/>
        <source>RabbitMQ management API at %1: queues %2</source>
        <translation>API zarządzania RabbitMQ pod %1: kolejki %2</translation>
    </message>
</context>
<context>
    <name>CashbackStagesModel</name>
    <message>
        <location filename="../models/CashbackStagesModel.cpp" line="38"/>
        <source>Payment captured</source>
        <translation>Płatność obciążona</translation>
    </message>
    <message>
        <location filename="../models/CashbackStagesModel.cpp" line="40"/>
        <source>Cashback computed</source>
        <translation>Cashback obliczony</translation>
    </message>
    <message>
        <location filename="../models/CashbackStagesModel.cpp" line="42"/>
        <source>No cashback</source>
        <translation>Brak cashbacku</translation>
    </message>
    <message>
        <location filename="../models/CashbackStagesModel.cpp" line="44"/>
        <source>Credit queued</source>
        <translation>Uznanie w kolejce</translation>
    </message>
    <message>
        <location filename="../models/CashbackStagesModel.cpp" line="46"/>
        <source>Credited</source>
        <translation>Uznano</translation>
    </message>
    <message>
        <location filename="../models/CashbackStagesModel.cpp" line="48"/>
        <source>Dead-lettered</source>
        <translation>Martwa wiadomość</translation>
    </message>
    <message>
        <location filename="../models/CashbackStagesModel.cpp" line="50"/>
        <source>Payment refunded</source>
        <translation>Płatność zwrócona</translation>
    </message>
    <message>
        <location filename="../models/CashbackStagesModel.cpp" line="52"/>
        <source>Reversal queued</source>
        <translation>Storno w kolejce</translation>
    </message>
    <message>
        <location filename="../models/CashbackStagesModel.cpp" line="54"/>
        <source>Reversed</source>
        <translation>Wystornowano</translation>
    </message>
    <message>
        <location filename="../models/CashbackStagesModel.cpp" line="92"/>
        <source>Reached before the previous stage was recorded: the steps run concurrently (a balance worker may apply a credit before the publisher has noted the broker&apos;s confirmation).</source>
        <translation>Osiągnięty przed zapisaniem poprzedniego etapu: kroki działają równolegle (proces sald może zastosować uznanie, zanim wydawca odnotuje potwierdzenie brokera).</translation>
    </message>
    <message>
        <location filename="../models/CashbackStagesModel.cpp" line="120"/>
        <source>waiting</source>
        <translation>oczekuje</translation>
    </message>
    <message>
        <location filename="../models/CashbackStagesModel.cpp" line="149"/>
        <source>no captured event in the store</source>
        <translation>brak zdarzenia obciążenia w bazie</translation>
    </message>
    <message>
        <location filename="../models/CashbackStagesModel.cpp" line="150"/>
        <source>%1 at %2</source>
        <translation>%1 u %2</translation>
    </message>
    <message>
        <location filename="../models/CashbackStagesModel.cpp" line="152"/>
        <source>no active campaign of merchant %1 gave this payment a cashback</source>
        <translation>żadna aktywna kampania sprzedawcy %1 nie dała tej płatności cashbacku</translation>
    </message>
    <message>
        <location filename="../models/CashbackStagesModel.cpp" line="156"/>
        <source>ledger of %1</source>
        <translation>księga %1</translation>
    </message>
    <message>
        <location filename="../models/CashbackStagesModel.cpp" line="159"/>
        <source>reason: %1</source>
        <translation>powód: %1</translation>
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
        <translation>Etap</translation>
    </message>
    <message>
        <location filename="../models/CashbackStagesModel.cpp" line="189"/>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <location filename="../models/CashbackStagesModel.cpp" line="191"/>
        <source>After</source>
        <translation>Po</translation>
    </message>
    <message>
        <location filename="../models/CashbackStagesModel.cpp" line="193"/>
        <source>Detail</source>
        <translation>Szczegóły</translation>
    </message>
</context>
<context>
    <name>CashbackTime</name>
    <message>
        <location filename="../models/CashbackTime.cpp" line="20"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../models/CashbackTime.cpp" line="22"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../models/CashbackTime.cpp" line="25"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../models/CashbackTime.cpp" line="28"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>CohortDetailDialog</name>
    <message>
        <location filename="../widgets/CohortDetailDialog.cpp" line="37"/>
        <source>Cohort</source>
        <translation>Kohorta</translation>
    </message>
    <message>
        <location filename="../widgets/CohortDetailDialog.cpp" line="73"/>
        <source>Downtimes of this cohort, newest first:</source>
        <translation>Przestoje tej kohorty, od najnowszych:</translation>
    </message>
    <message>
        <location filename="../widgets/CohortDetailDialog.cpp" line="90"/>
        <source>This cohort has no data in the Wall&apos;s time range any more.</source>
        <translation>Ta kohorta nie ma już danych w zakresie czasu tablicy.</translation>
    </message>
    <message>
        <location filename="../widgets/CohortDetailDialog.cpp" line="94"/>
        <source>all payments</source>
        <translation>wszystkie płatności</translation>
    </message>
    <message>
        <location filename="../widgets/CohortDetailDialog.cpp" line="95"/>
        <source>%1 — rule %2</source>
        <translation>%1 — reguła %2</translation>
    </message>
    <message>
        <location filename="../widgets/CohortDetailDialog.cpp" line="96"/>
        <source>Cohort %1</source>
        <translation>Kohorta %1</translation>
    </message>
    <message>
        <location filename="../widgets/CohortDetailDialog.cpp" line="97"/>
        <source>Cohort %1 of rule %2 (#%3). Newest window: SR %4 over %5 attempts. A downtime opens below %6.</source>
        <translation>Kohorta %1 reguły %2 (#%3). Najnowsze okno: SR %4 z %5 prób. Przestój otwiera się poniżej %6.</translation>
    </message>
    <message>
        <location filename="../widgets/CohortDetailDialog.cpp" line="104"/>
        <source>Open downtime: %1.</source>
        <translation>Otwarty przestój: %1.</translation>
    </message>
</context>
<context>
    <name>CohortDowntimesModel</name>
    <message>
        <location filename="../models/CohortDowntimesModel.cpp" line="20"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../models/CohortDowntimesModel.cpp" line="22"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../models/CohortDowntimesModel.cpp" line="23"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../models/CohortDowntimesModel.cpp" line="99"/>
        <source>open</source>
        <translation>otwarty</translation>
    </message>
    <message>
        <location filename="../models/CohortDowntimesModel.cpp" line="112"/>
        <source>muted</source>
        <translation>wyciszony</translation>
    </message>
    <message>
        <location filename="../models/CohortDowntimesModel.cpp" line="115"/>
        <source>true positive</source>
        <translation>trafny alarm</translation>
    </message>
    <message>
        <location filename="../models/CohortDowntimesModel.cpp" line="117"/>
        <source>false positive</source>
        <translation>fałszywy alarm</translation>
    </message>
    <message>
        <location filename="../models/CohortDowntimesModel.cpp" line="130"/>
        <source>Started</source>
        <translation>Początek</translation>
    </message>
    <message>
        <location filename="../models/CohortDowntimesModel.cpp" line="132"/>
        <source>Resolved</source>
        <translation>Rozwiązany</translation>
    </message>
    <message>
        <location filename="../models/CohortDowntimesModel.cpp" line="134"/>
        <source>Duration</source>
        <translation>Czas trwania</translation>
    </message>
    <message>
        <location filename="../models/CohortDowntimesModel.cpp" line="136"/>
        <source>Severity</source>
        <translation>Ważność</translation>
    </message>
    <message>
        <location filename="../models/CohortDowntimesModel.cpp" line="138"/>
        <source>Lowest SR</source>
        <translation>Najniższy SR</translation>
    </message>
    <message>
        <location filename="../models/CohortDowntimesModel.cpp" line="140"/>
        <source>Payments</source>
        <translation>Płatności</translation>
    </message>
    <message>
        <location filename="../models/CohortDowntimesModel.cpp" line="142"/>
        <source>Muted</source>
        <translation>Wyciszony</translation>
    </message>
    <message>
        <location filename="../models/CohortDowntimesModel.cpp" line="144"/>
        <source>Label</source>
        <translation>Oznaczenie</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/console/CommandLine.cpp" line="10"/>
        <source>The store to open: a libpq connection string (default: PAYOPS_DSN, then the last store connected to, then the embedded store).</source>
        <translation>Baza do otwarcia: ciąg połączenia libpq (domyślnie: PAYOPS_DSN, następnie ostatnio używana baza, następnie baza wbudowana).</translation>
    </message>
    <message>
        <location filename="../app/console/CommandLine.cpp" line="24"/>
        <source>The area to show first: wall, deliveries, rules or cashback.</source>
        <translation>Obszar pokazywany na starcie: wall, deliveries, rules lub cashback.</translation>
    </message>
    <message>
        <location filename="../app/console/CommandLine.cpp" line="14"/>
        <source>Read from this store instead, a streaming replica of the --dsn store: every view&apos;s queries go there, operator actions and notifications stay on the primary (default: PAYOPS_READ_DSN, else the store read with --dsn).</source>
        <translation>Czytaj zamiast tego z tej bazy, repliki strumieniowej bazy --dsn: tam trafiają zapytania wszystkich widoków, a działania operatorów i powiadomienia pozostają w bazie głównej (domyślnie: PAYOPS_READ_DSN, w przeciwnym razie baza podana w --dsn).</translation>
    </message>
    <message>
        <location filename="../app/console/CommandLine.cpp" line="19"/>
        <source>Render the window to FILE (PNG) once data has loaded and the --step steps have played, then exit: status 0 when data loaded and every step played, 1 otherwise.</source>
        <translation>Zapisz obraz okna do pliku FILE (PNG) po wczytaniu danych i wykonaniu kroków --step, po czym zakończ: kod 0, gdy dane się wczytały i wszystkie kroki zostały wykonane, w przeciwnym razie 1.</translation>
    </message>
    <message>
        <location filename="../app/console/CommandLine.cpp" line="27"/>
        <source>The console&apos;s language: en, fr, pl or ru (default: the one chosen in Preferences, else the system&apos;s).</source>
        <translation>Język konsoli: en, fr, pl lub ru (domyślnie: wybrany w Ustawieniach, w przeciwnym razie język systemu).</translation>
    </message>
    <message>
        <location filename="../app/console/CommandLine.cpp" line="31"/>
        <source>Start in wall mode: full screen, the Wall alone in a dark high-contrast theme, its pages of charts rotating (F11 or Escape leaves it).</source>
        <translation>Uruchom w trybie tablicy: pełny ekran, sama tablica w ciemnym motywie o wysokim kontraście, strony wykresów zmieniają się kolejno (F11 lub Escape kończy tryb).</translation>
    </message>
    <message>
        <location filename="../app/console/CommandLine.cpp" line="34"/>
        <source>With --screenshot: what to do before the picture, once data has loaded, one step a second (repeatable): tab:NAME=N, set:NAME=VALUE, click:NAME, select:NAME=ROW, show:NAME, grab:NAME (the picture is of that widget), wait:MS. NAME is a widget&apos;s object name.</source>
        <translation>Z --screenshot: co zrobić przed zrzutem, po wczytaniu danych, jeden krok na sekundę (opcję można powtarzać): tab:NAME=N, set:NAME=VALUE, click:NAME, select:NAME=ROW, show:NAME, grab:NAME (zrzut przedstawia ten widżet), wait:MS. NAME to nazwa obiektu widżetu.</translation>
    </message>
    <message>
        <location filename="../app/console/CommandLine.cpp" line="41"/>
        <source>The payops operations console: the store&apos;s payments, deliveries, downtimes and cashback.</source>
        <translation>Konsola operacyjna payops: płatności, doręczenia, przestoje i cashback zapisane w bazie.</translation>
    </message>
    <message>
        <location filename="../app/console/CommandLine.cpp" line="50"/>
        <source>unknown area “%1” (wall, deliveries, rules or cashback)</source>
        <translation>nieznany obszar „%1” (wall, deliveries, rules lub cashback)</translation>
    </message>
    <message>
        <location filename="../app/console/CommandLine.cpp" line="57"/>
        <source>--step needs --screenshot (steps play only before a picture)</source>
        <translation>--step wymaga --screenshot (kroki są wykonywane tylko przed zrzutem)</translation>
    </message>
    <message>
        <location filename="../app/console/CommandLine.cpp" line="71"/>
        <source>%1: not a connection string: %2</source>
        <translation>%1: nieprawidłowy ciąg połączenia: %2</translation>
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
        <location filename="../widgets/ConnectionDialog.ui" line="79"/>
        <source>&amp;Read from:</source>
        <translation>&amp;Odczyt z:</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionDialog.ui" line="89"/>
        <source>optional: a streaming replica of the store, e.g. host=replica.example.com dbname=payops user=operator</source>
        <translation>opcjonalnie: replika strumieniowa bazy, np. host=replica.example.com dbname=payops user=operator</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionDialog.ui" line="92"/>
        <source>Views read from this replica; operator actions and notifications stay on the store above. Same password.</source>
        <translation>Widoki czytają z tej repliki; działania operatorów i powiadomienia pozostają w bazie powyżej. To samo hasło.</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionDialog.cpp" line="46"/>
        <source>Enter a connection string.</source>
        <translation>Wpisz ciąg połączenia.</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionDialog.cpp" line="48"/>
        <source>Not a valid connection string: %1</source>
        <translation>Nieprawidłowy ciąg połączenia: %1</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionDialog.cpp" line="54"/>
        <source>Read from: not a valid connection string: %1</source>
        <translation>Odczyt z: nieprawidłowy ciąg połączenia: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionStatusWidget</name>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="90"/>
        <source>Store: %1</source>
        <translation>Baza: %1</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="91"/>
        <source>The PostgreSQL store this console reads (File › Connect… to change)</source>
        <translation>Baza PostgreSQL, z której czyta ta konsola (Plik › Połącz…, aby ją zmienić)</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="100"/>
        <source>%1, reading from %2</source>
        <translation>%1, odczyt z %2</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="133"/>
        <source>A query asked at %1 is still unanswered: a lock or a slow statement in the store. The console stays usable and shows the answer when it comes.</source>
        <translation>Zapytanie wysłane o %1 wciąż czeka na odpowiedź: blokada lub wolne polecenie w bazie. Z konsoli można dalej korzystać; odpowiedź pojawi się, gdy nadejdzie.</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="145"/>
        <source>Not connected</source>
        <translation>Brak połączenia</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="147"/>
        <source>Connecting…</source>
        <translation>Łączenie…</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="150"/>
        <source>Connected · waiting on the store for %n s</source>
        <translation>
            <numerusform>Połączono · oczekiwanie na bazę od %n s</numerusform>
            <numerusform>Połączono · oczekiwanie na bazę od %n s</numerusform>
            <numerusform>Połączono · oczekiwanie na bazę od %n s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="152"/>
        <source>Connected</source>
        <translation>Połączono</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="155"/>
        <source>Read store refused: %1</source>
        <translation>Baza odczytu odmówiła: %1</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="156"/>
        <source>Refused: %1</source>
        <translation>Odmowa: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="162"/>
        <source>Read store unreachable, reconnecting in %n s</source>
        <translation>
            <numerusform>Baza odczytu nieosiągalna, ponowne łączenie za %n s</numerusform>
            <numerusform>Baza odczytu nieosiągalna, ponowne łączenie za %n s</numerusform>
            <numerusform>Baza odczytu nieosiągalna, ponowne łączenie za %n s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="163"/>
        <source>Read store unreachable, reconnecting…</source>
        <translation>Baza odczytu nieosiągalna, ponowne łączenie…</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="165"/>
        <source>Reconnecting…</source>
        <translation>Ponowne łączenie…</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="166"/>
        <source>Reconnecting in %n s</source>
        <translation>
            <numerusform>Ponowne łączenie za %n s</numerusform>
            <numerusform>Ponowne łączenie za %n s</numerusform>
            <numerusform>Ponowne łączenie za %n s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="172"/>
        <source>Role: none</source>
        <translation>Rola: brak</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="173"/>
        <source>Role: —</source>
        <translation>Rola: —</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="175"/>
        <source>This login holds no payops role: the store refuses its reads.</source>
        <translation>Ten login nie ma żadnej roli payops: baza odmawia mu odczytu.</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="179"/>
        <source>Role: %1</source>
        <translation>Rola: %1</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="181"/>
        <source>Viewer: may look at everything but secrets, and change nothing.</source>
        <translation>Przeglądający: może oglądać wszystko poza sekretami i niczego nie zmienia.</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="183"/>
        <source>Operator: may retry deliveries, mute alerts and label downtimes.</source>
        <translation>Operator: może ponawiać doręczenia, wyciszać alerty i oznaczać przestoje.</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="185"/>
        <source>Admin: may also edit rules, endpoints and cashback campaigns.</source>
        <translation>Administrator: może też edytować reguły, punkty końcowe i kampanie cashback.</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="188"/>
        <source>An engine&apos;s login: it writes data and is not meant for the console.</source>
        <translation>Login silnika: zapisuje dane i nie jest przeznaczony dla konsoli.</translation>
    </message>
</context>
<context>
    <name>CustomerBalanceView</name>
    <message>
        <location filename="../widgets/CustomerBalanceView.cpp" line="31"/>
        <source>Customer (account id)</source>
        <translation>Klient (identyfikator konta)</translation>
    </message>
    <message>
        <location filename="../widgets/CustomerBalanceView.cpp" line="33"/>
        <source>S&amp;how</source>
        <translation>&amp;Pokaż</translation>
    </message>
    <message>
        <location filename="../widgets/CustomerBalanceView.cpp" line="63"/>
        <source>Give a customer&apos;s account id, or pick a cashback in the flows.</source>
        <translation>Podaj identyfikator konta klienta lub wybierz cashback w przepływach.</translation>
    </message>
    <message>
        <location filename="../widgets/CustomerBalanceView.cpp" line="73"/>
        <source>Loading %1…</source>
        <translation>Wczytywanie %1…</translation>
    </message>
    <message>
        <location filename="../widgets/CustomerBalanceView.cpp" line="90"/>
        <source>Could not read the balance of %1: %2</source>
        <translation>Nie udało się odczytać salda %1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/CustomerBalanceView.cpp" line="96"/>
        <source>the %1 balance differs from its ledger&apos;s sum (%2)</source>
        <translation>saldo w %1 różni się od sumy jego księgi (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/CustomerBalanceView.cpp" line="101"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: balance %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: saldo %2</translation>
    </message>
    <message>
        <location filename="../widgets/CustomerBalanceView.cpp" line="105"/>
        <source> — equals the sum of its ledger</source>
        <translation> — równe sumie jego księgi</translation>
    </message>
    <message>
        <location filename="../widgets/CustomerBalanceView.cpp" line="109"/>
        <source> (newest %1 entries shown)</source>
        <translation> (pokazano %1 najnowszych wpisów)</translation>
    </message>
</context>
<context>
    <name>DeadLetterModel</name>
    <message>
        <location filename="../models/DeadLetterModel.cpp" line="63"/>
        <source>Message: %1</source>
        <translation>Wiadomość: %1</translation>
    </message>
    <message>
        <location filename="../models/DeadLetterModel.cpp" line="86"/>
        <source>(no cashback)</source>
        <translation>(brak cashbacku)</translation>
    </message>
    <message>
        <location filename="../models/DeadLetterModel.cpp" line="92"/>
        <source>%1 (requeued since)</source>
        <translation>%1 (od tego czasu ponownie w kolejce)</translation>
    </message>
    <message>
        <location filename="../models/DeadLetterModel.cpp" line="106"/>
        <source>Dead-lettered</source>
        <translation>Martwa wiadomość</translation>
    </message>
    <message>
        <location filename="../models/DeadLetterModel.cpp" line="108"/>
        <source>Payment</source>
        <translation>Płatność</translation>
    </message>
    <message>
        <location filename="../models/DeadLetterModel.cpp" line="110"/>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../models/DeadLetterModel.cpp" line="112"/>
        <source>Message</source>
        <translation>Wiadomość</translation>
    </message>
    <message>
        <location filename="../models/DeadLetterModel.cpp" line="114"/>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location filename="../models/DeadLetterModel.cpp" line="116"/>
        <source>Message key</source>
        <translation>Klucz wiadomości</translation>
    </message>
</context>
<context>
    <name>DeadLettersView</name>
    <message>
        <location filename="../widgets/DeadLettersView.cpp" line="34"/>
        <source>Could not read the dead letters: %1</source>
        <translation>Nie udało się odczytać martwych wiadomości: %1</translation>
    </message>
    <message>
        <location filename="../widgets/DeadLettersView.cpp" line="36"/>
        <source>No credit message has been dead-lettered.</source>
        <translation>Żadna wiadomość o uznaniu nie trafiła do martwych wiadomości.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/DeadLettersView.cpp" line="38"/>
        <source>The newest %n dead-lettered message(s); open one to see its payment&apos;s flow (operators requeue it there).</source>
        <translation>
            <numerusform>Najnowsza %n martwa wiadomość; otwórz ją, aby zobaczyć przepływ jej płatności (tam operatorzy kolejkują ją ponownie).</numerusform>
            <numerusform>Najnowsze %n martwe wiadomości; otwórz jedną, aby zobaczyć przepływ jej płatności (tam operatorzy kolejkują ją ponownie).</numerusform>
            <numerusform>Najnowsze %n martwych wiadomości; otwórz jedną, aby zobaczyć przepływ jej płatności (tam operatorzy kolejkują ją ponownie).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeliveriesPage</name>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="61"/>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Poprzednia</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="62"/>
        <source>&amp;Next ▶</source>
        <translation>&amp;Następna ▶</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="63"/>
        <source>&amp;Retry delivery…</source>
        <translation>&amp;Ponów doręczenie…</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="64"/>
        <source>Retry &amp;all matching…</source>
        <translation>Ponów &amp;wszystkie pasujące…</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="65"/>
        <source>Copy as c&amp;url</source>
        <translation>Kopiuj jako c&amp;url</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="66"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Eksportuj CSV…</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="104"/>
        <source>Deliveries</source>
        <translation>Doręczenia</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="105"/>
        <source>Webhook deliveries to merchant endpoints, newest first: search them, open an event&apos;s attempts, retry what failed.</source>
        <translation>Doręczenia webhooków do punktów końcowych sprzedawców, od najnowszych: wyszukuj je, otwieraj próby zdarzenia, ponawiaj to, co się nie udało.</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="144"/>
        <source>Copies a curl command repeating the selected delivery&apos;s last request: URL, body and headers with the signature it carried. Never the signing secret.</source>
        <translation>Kopiuje polecenie curl powtarzające ostatnie żądanie wybranego doręczenia: URL, treść i nagłówki z wysłanym podpisem. Nigdy sekretu podpisu.</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="147"/>
        <source>Writes every delivery matching the current search (all pages, read from the store page by page) to a CSV file.</source>
        <translation>Zapisuje do pliku CSV wszystkie doręczenia pasujące do wyszukiwania (wszystkie strony, czytane z bazy strona po stronie).</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="181"/>
        <source>Event</source>
        <translation>Zdarzenie</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="209"/>
        <source>Page %1 · loading…</source>
        <translation>Strona %1 · wczytywanie…</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="226"/>
        <source>Could not search the deliveries: %1</source>
        <translation>Nie udało się wyszukać doręczeń: %1</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="238"/>
        <source>Page %1 · no deliveries</source>
        <translation>Strona %1 · brak doręczeń</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="239"/>
        <source>Page %1 · deliveries %2–%3%4</source>
        <translation>Strona %1 · doręczenia %2–%3%4</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="243"/>
        <source>, more follow</source>
        <translation>, są kolejne</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="294"/>
        <source>Retries every delivery matching the current search now, after telling you how many.</source>
        <translation>Ponawia teraz wszystkie doręczenia pasujące do wyszukiwania, po podaniu ich liczby.</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="299"/>
        <source>Search by merchant, endpoint id or state first: a bulk retry of every delivery is not allowed.</source>
        <translation>Najpierw wyszukaj według sprzedawcy, identyfikatora punktu końcowego lub stanu: ponowienie wszystkich doręczeń jest niedozwolone.</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="304"/>
        <source>A bulk retry filters by merchant, endpoint id, state and time only; this search also uses a payment id, an event id or a URL fragment. Retry the deliveries one by one.</source>
        <translation>Ponowienie zbiorcze filtruje tylko według sprzedawcy, identyfikatora punktu końcowego, stanu i czasu; to wyszukiwanie używa też identyfikatora płatności, zdarzenia lub fragmentu URL. Ponów doręczenia pojedynczo.</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="310"/>
        <source>Deliveries in flight are being attempted right now and cannot be retried.</source>
        <translation>Doręczenia w toku są właśnie próbowane i nie można ich ponowić.</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="331"/>
        <source>Retry delivery</source>
        <translation>Ponów doręczenie</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="328"/>
        <source>Retry delivery %1 of event %2 to %3 now, ahead of scheduled work?</source>
        <translation>Ponowić teraz doręczenie %1 zdarzenia %2 do %3, przed zaplanowaną pracą?</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="182"/>
        <source>Endpoint health</source>
        <translation>Kondycja punktów końcowych</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="327"/>
        <source>Retry delivery %1 now, ahead of scheduled work?</source>
        <translation>Ponowić teraz doręczenie %1, przed zaplanowaną pracą?</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="338"/>
        <location filename="../widgets/DeliveriesPage.cpp" line="390"/>
        <source>The store refused the retry: %1</source>
        <translation>Baza odmówiła ponowienia: %1</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="341"/>
        <source>Delivery %1 is due now, ahead of scheduled work.</source>
        <translation>Doręczenie %1 jest teraz wymagalne, przed zaplanowaną pracą.</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="360"/>
        <source>Could not count the matching deliveries: %1</source>
        <translation>Nie udało się policzyć pasujących doręczeń: %1</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="371"/>
        <source>No delivery matching the search can be retried (deliveries in flight and those of disabled endpoints are skipped).</source>
        <translation>Żadnego doręczenia pasującego do wyszukiwania nie można ponowić (doręczenia w toku i te do wyłączonych punktów końcowych są pomijane).</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="376"/>
        <source>Retry the one delivery matching the current search now, ahead of scheduled work?</source>
        <translation>Ponowić teraz jedyne doręczenie pasujące do wyszukiwania, przed zaplanowaną pracą?</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/DeliveriesPage.cpp" line="378"/>
        <source>Retry %n deliveries matching the current search now, ahead of scheduled work?</source>
        <translation>
            <numerusform>Ponowić teraz %n doręczenie pasujące do wyszukiwania, przed zaplanowaną pracą?</numerusform>
            <numerusform>Ponowić teraz %n doręczenia pasujące do wyszukiwania, przed zaplanowaną pracą?</numerusform>
            <numerusform>Ponowić teraz %n doręczeń pasujących do wyszukiwania, przed zaplanowaną pracą?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="382"/>
        <source>Retry all matching deliveries</source>
        <translation>Ponów wszystkie pasujące doręczenia</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="383"/>
        <source>Deliveries in flight and those of disabled endpoints are skipped.</source>
        <translation>Doręczenia w toku i te do wyłączonych punktów końcowych są pomijane.</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="395"/>
        <source>One delivery retried.</source>
        <translation>Ponowiono jedno doręczenie.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/DeliveriesPage.cpp" line="396"/>
        <source>%n deliveries retried.</source>
        <translation>
            <numerusform>Ponowiono %n doręczenie.</numerusform>
            <numerusform>Ponowiono %n doręczenia.</numerusform>
            <numerusform>Ponowiono %n doręczeń.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="410"/>
        <source>Could not read delivery %1: %2</source>
        <translation>Nie udało się odczytać doręczenia %1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="420"/>
        <source>Copied a curl command for delivery %1. It was never attempted, so the command carries no signature.</source>
        <translation>Skopiowano polecenie curl dla doręczenia %1. Nie było jeszcze prób, więc polecenie nie ma podpisu.</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="423"/>
        <source>Copied a curl command for delivery %1 with the headers of its last attempt (signature included, secret never).</source>
        <translation>Skopiowano polecenie curl dla doręczenia %1 z nagłówkami ostatniej próby (z podpisem, nigdy z sekretem).</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="432"/>
        <source>Export all matching deliveries</source>
        <translation>Eksportuj wszystkie pasujące doręczenia</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="433"/>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/DeliveriesPage.cpp" line="445"/>
        <source>Exporting… %n deliveries written</source>
        <translation>
            <numerusform>Eksport… zapisano %n doręczenie</numerusform>
            <numerusform>Eksport… zapisano %n doręczenia</numerusform>
            <numerusform>Eksport… zapisano %n doręczeń</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="452"/>
        <source>Exported one delivery to %1.</source>
        <translation>Wyeksportowano jedno doręczenie do %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/DeliveriesPage.cpp" line="453"/>
        <source>Exported %n deliveries to %1.</source>
        <translation>
            <numerusform>Wyeksportowano %n doręczenie do %1.</numerusform>
            <numerusform>Wyeksportowano %n doręczenia do %1.</numerusform>
            <numerusform>Wyeksportowano %n doręczeń do %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="455"/>
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
    <name>DisplayFormat</name>
    <message>
        <location filename="../models/DisplayFormat.cpp" line="11"/>
        <source>%1 %</source>
        <extracomment>A percentage: %1 is the number (85.5); the sign&apos;s place and spacing per language</extracomment>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>DowntimeDetailPanel</name>
    <message>
        <location filename="../widgets/DowntimeDetailPanel.cpp" line="39"/>
        <source>&amp;Label…</source>
        <translation>&amp;Oznacz…</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeDetailPanel.cpp" line="40"/>
        <source>&amp;Mute like this…</source>
        <translation>&amp;Wycisz w ten sposób…</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeDetailPanel.cpp" line="57"/>
        <source>Label it a true or false positive, with a note.</source>
        <translation>Oznacz go jako trafny lub fałszywy alarm, z notatką.</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeDetailPanel.cpp" line="59"/>
        <source>A mute of this rule and cohort, editable before it is saved: downtimes it covers are still recorded but not notified.</source>
        <translation>Wyciszenie tej reguły i kohorty, edytowalne przed zapisaniem: objęte nim przestoje są nadal zapisywane, ale bez powiadomień.</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeDetailPanel.cpp" line="80"/>
        <source>Downtime %1 · %2</source>
        <translation>Przestój %1 · %2</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeDetailPanel.cpp" line="96"/>
        <source>No downtime selected</source>
        <translation>Nie wybrano przestoju</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeDetailPanel.cpp" line="97"/>
        <source>Select a downtime to see its SR chart and details.</source>
        <translation>Wybierz przestój, aby zobaczyć jego wykres SR i szczegóły.</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeDetailPanel.cpp" line="122"/>
        <source>Could not read its SR windows: %1</source>
        <translation>Nie udało się odczytać jego okien SR: %1</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeDetailPanel.cpp" line="127"/>
        <source>SR of %1 (rule %2) from 10 minutes before the downtime to 10 minutes after it; the dashed line is where it opens.</source>
        <translation>SR %1 (reguła %2) od 10 minut przed przestojem do 10 minut po nim; linia przerywana wskazuje moment jego otwarcia.</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeDetailPanel.cpp" line="138"/>
        <source>Rule %1 (#%2) version %3 · severity %4 · lowest SR %5 % · payments %6</source>
        <translation>Reguła %1 (#%2) wersja %3 · ważność %4 · najniższy SR %5% · płatności %6</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeDetailPanel.cpp" line="146"/>
        <source>Started %1, open (detected %2).</source>
        <translation>Rozpoczęty %1, otwarty (wykryty %2).</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeDetailPanel.cpp" line="148"/>
        <source>Started %1, resolved %2 (%3) after %4.</source>
        <translation>Rozpoczęty %1, rozwiązany %2 (%3) po %4.</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeDetailPanel.cpp" line="152"/>
        <source>Muted: not notified.</source>
        <translation>Wyciszony: bez powiadomienia.</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeDetailPanel.cpp" line="154"/>
        <source>Muted by mute %1 of %2 (%3): not notified.</source>
        <translation>Wyciszony wyciszeniem %1 autorstwa %2 (%3): bez powiadomienia.</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeDetailPanel.cpp" line="158"/>
        <source>Not labelled.</source>
        <translation>Nieoznaczony.</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeDetailPanel.cpp" line="161"/>
        <source>Labelled %1 by %2 at %3%4</source>
        <translation>Oznaczony jako %1 przez %2, %3%4</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeDetailPanel.cpp" line="162"/>
        <source>true positive</source>
        <translation>trafny alarm</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeDetailPanel.cpp" line="162"/>
        <source>false positive</source>
        <translation>fałszywy alarm</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeDetailPanel.cpp" line="165"/>
        <source>Mute matchers for it: %1</source>
        <translation>Warunki wyciszenia dla niego: %1</translation>
    </message>
</context>
<context>
    <name>DowntimeLabelDialog</name>
    <message>
        <location filename="../widgets/DowntimeLabelDialog.cpp" line="20"/>
        <source>Label downtime %1</source>
        <translation>Oznacz przestój %1</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeLabelDialog.cpp" line="22"/>
        <source>True positive: a real outage</source>
        <translation>Trafny alarm: prawdziwa awaria</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeLabelDialog.cpp" line="23"/>
        <source>False positive: noise, not an outage</source>
        <translation>Fałszywy alarm: szum, nie awaria</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeLabelDialog.cpp" line="24"/>
        <source>No label</source>
        <translation>Bez oznaczenia</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeLabelDialog.cpp" line="27"/>
        <source>Why? (kept with the label and in the audit log)</source>
        <translation>Dlaczego? (zapisywane z oznaczeniem i w dzienniku audytu)</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeLabelDialog.cpp" line="30"/>
        <source>Save label</source>
        <translation>Zapisz oznaczenie</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeLabelDialog.cpp" line="33"/>
        <source>Labels feed payops evaluate and the backtest: a false positive counts against the rule&apos;s precision.</source>
        <translation>Oznaczenia zasilają payops evaluate i test wsteczny: fałszywy alarm obniża precyzję reguły.</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeLabelDialog.cpp" line="38"/>
        <source>Label:</source>
        <translation>Oznaczenie:</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeLabelDialog.cpp" line="39"/>
        <source>Note:</source>
        <translation>Notatka:</translation>
    </message>
</context>
<context>
    <name>DowntimeListModel</name>
    <message>
        <location filename="../models/DowntimeListModel.cpp" line="75"/>
        <source>Muted by mute %1 (%2): %3</source>
        <translation>Wyciszony wyciszeniem %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../models/DowntimeListModel.cpp" line="79"/>
        <source>%1 by %2: %3</source>
        <translation>%1 przez %2: %3</translation>
    </message>
    <message>
        <location filename="../models/DowntimeListModel.cpp" line="104"/>
        <source>open</source>
        <translation>otwarty</translation>
    </message>
    <message>
        <location filename="../models/DowntimeListModel.cpp" line="106"/>
        <source>%1 v%2</source>
        <translation>%1 v%2</translation>
    </message>
    <message>
        <location filename="../models/DowntimeListModel.cpp" line="120"/>
        <source>muted (#%1)</source>
        <translation>wyciszony (#%1)</translation>
    </message>
    <message>
        <location filename="../models/DowntimeListModel.cpp" line="120"/>
        <source>muted</source>
        <translation>wyciszony</translation>
    </message>
    <message>
        <location filename="../models/DowntimeListModel.cpp" line="123"/>
        <source>true positive</source>
        <translation>trafny alarm</translation>
    </message>
    <message>
        <location filename="../models/DowntimeListModel.cpp" line="125"/>
        <source>false positive</source>
        <translation>fałszywy alarm</translation>
    </message>
    <message>
        <location filename="../models/DowntimeListModel.cpp" line="138"/>
        <source>Started</source>
        <translation>Początek</translation>
    </message>
    <message>
        <location filename="../models/DowntimeListModel.cpp" line="140"/>
        <source>Resolved</source>
        <translation>Rozwiązany</translation>
    </message>
    <message>
        <location filename="../models/DowntimeListModel.cpp" line="142"/>
        <source>Rule</source>
        <translation>Reguła</translation>
    </message>
    <message>
        <location filename="../models/DowntimeListModel.cpp" line="144"/>
        <source>Cohort</source>
        <translation>Kohorta</translation>
    </message>
    <message>
        <location filename="../models/DowntimeListModel.cpp" line="146"/>
        <source>Severity</source>
        <translation>Ważność</translation>
    </message>
    <message>
        <location filename="../models/DowntimeListModel.cpp" line="148"/>
        <source>Lowest SR</source>
        <translation>Najniższy SR</translation>
    </message>
    <message>
        <location filename="../models/DowntimeListModel.cpp" line="150"/>
        <source>Payments</source>
        <translation>Płatności</translation>
    </message>
    <message>
        <location filename="../models/DowntimeListModel.cpp" line="152"/>
        <source>Muted</source>
        <translation>Wyciszony</translation>
    </message>
    <message>
        <location filename="../models/DowntimeListModel.cpp" line="154"/>
        <source>Label</source>
        <translation>Oznaczenie</translation>
    </message>
</context>
<context>
    <name>DowntimesView</name>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="42"/>
        <source>Between</source>
        <translation>Między</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="49"/>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Poprzednia</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="50"/>
        <source>&amp;Next ▶</source>
        <translation>&amp;Następna ▶</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="115"/>
        <source>Any state</source>
        <translation>Dowolny stan</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="116"/>
        <source>Open</source>
        <translation>Otwarte</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="117"/>
        <source>Resolved</source>
        <translation>Rozwiązane</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="123"/>
        <source>any severity</source>
        <translation>dowolna ważność</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="125"/>
        <source>Any rule</source>
        <translation>Dowolna reguła</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="127"/>
        <source>cohort contains, e.g. issuer=HDFC</source>
        <translation>kohorta zawiera, np. issuer=HDFC</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="139"/>
        <source>Any label</source>
        <translation>Dowolne oznaczenie</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="140"/>
        <source>True positive</source>
        <translation>Trafny alarm</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="141"/>
        <source>False positive</source>
        <translation>Fałszywy alarm</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="142"/>
        <source>Not labelled</source>
        <translation>Nieoznaczony</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="143"/>
        <source>&amp;Search</source>
        <translation>&amp;Szukaj</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="157"/>
        <source>and</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="174"/>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="238"/>
        <source>Page %1 · loading…</source>
        <translation>Strona %1 · wczytywanie…</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="250"/>
        <source>Could not read the downtimes: %1</source>
        <translation>Nie udało się odczytać przestojów: %1</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="261"/>
        <source>Page %1 · no downtimes</source>
        <translation>Strona %1 · brak przestojów</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="262"/>
        <source>Page %1 · downtimes %2–%3%4</source>
        <translation>Strona %1 · przestoje %2–%3%4</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="266"/>
        <source>, more follow</source>
        <translation>, są kolejne</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="338"/>
        <source>The store refused the label: %1</source>
        <translation>Baza odrzuciła oznaczenie: %1</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="342"/>
        <source>Downtime %1 has no label now.</source>
        <translation>Przestój %1 nie ma teraz oznaczenia.</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="343"/>
        <source>Downtime %1 labelled %2.</source>
        <translation>Przestój %1 oznaczony: %2.</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="359"/>
        <source>Mute %1 saved.</source>
        <translation>Wyciszenie %1 zapisane.</translation>
    </message>
</context>
<context>
    <name>EditMenu</name>
    <message>
        <location filename="../widgets/EditMenu.cpp" line="9"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <location filename="../widgets/EditMenu.cpp" line="11"/>
        <source>&amp;Find…</source>
        <translation>&amp;Znajdź…</translation>
    </message>
    <message>
        <location filename="../widgets/EditMenu.cpp" line="13"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Ustawienia…</translation>
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
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="136"/>
        <source>open</source>
        <translation>otwarty</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="138"/>
        <source>half-open</source>
        <translation>półotwarty</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="139"/>
        <source>closed</source>
        <translation>zamknięty</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="141"/>
        <source>enabled</source>
        <translation>włączony</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="141"/>
        <location filename="../models/EndpointHealthModel.cpp" line="172"/>
        <source>disabled: %1</source>
        <translation>wyłączony: %1</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="162"/>
        <source>%1 of %2 attempts succeeded in the last hour</source>
        <translation>%1 z %2 prób udanych w ostatniej godzinie</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/EndpointHealthModel.cpp" line="166"/>
        <source>%n consecutive failure(s)</source>
        <translation>
            <numerusform>%n kolejny błąd</numerusform>
            <numerusform>%n kolejne błędy</numerusform>
            <numerusform>%n kolejnych błędów</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="168"/>
        <source>failing since %1</source>
        <translation>błędy od %1</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="182"/>
        <source>Endpoint</source>
        <translation>Punkt końcowy</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="184"/>
        <source>Merchant</source>
        <translation>Sprzedawca</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="186"/>
        <source>Success (1 h)</source>
        <translation>Sukces (1 h)</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="188"/>
        <source>Attempts (1 h)</source>
        <translation>Próby (1 h)</translation>
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
        <translation>Obwód</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="196"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
</context>
<context>
    <name>EndpointHealthView</name>
    <message>
        <location filename="../widgets/EndpointHealthView.cpp" line="25"/>
        <source>Re-enable…</source>
        <translation>Włącz ponownie…</translation>
    </message>
    <message>
        <location filename="../widgets/EndpointHealthView.cpp" line="40"/>
        <source>Enable the selected endpoint again (admins; audited)</source>
        <translation>Włącz ponownie wybrany punkt końcowy (administratorzy; audytowane)</translation>
    </message>
    <message>
        <location filename="../widgets/EndpointHealthView.cpp" line="100"/>
        <source>Re-enable endpoint</source>
        <translation>Włącz ponownie punkt końcowy</translation>
    </message>
    <message>
        <location filename="../widgets/EndpointHealthView.cpp" line="101"/>
        <source>Why may %1 receive deliveries again? The reason goes to the audit log.</source>
        <translation>Dlaczego %1 może znów odbierać doręczenia? Powód trafi do dziennika audytu.</translation>
    </message>
    <message>
        <location filename="../widgets/EndpointHealthView.cpp" line="104"/>
        <source>Re-enable</source>
        <translation>Włącz ponownie</translation>
    </message>
    <message>
        <location filename="../widgets/EndpointHealthView.cpp" line="121"/>
        <source>Endpoint %1 enabled again.</source>
        <translation>Punkt końcowy %1 włączony ponownie.</translation>
    </message>
    <message>
        <location filename="../widgets/EndpointHealthView.cpp" line="126"/>
        <source>The store refused: %1</source>
        <translation>Baza odmówiła: %1</translation>
    </message>
    <message>
        <location filename="../widgets/EndpointHealthView.cpp" line="134"/>
        <source>Could not read endpoint health: %1</source>
        <translation>Nie udało się odczytać stanu punktów końcowych: %1</translation>
    </message>
</context>
<context>
    <name>EnginesModel</name>
    <message>
        <location filename="../models/EnginesModel.cpp" line="69"/>
        <source>%1: no live instance</source>
        <translation>%1: brak działającej instancji</translation>
    </message>
    <message>
        <location filename="../models/EnginesModel.cpp" line="71"/>
        <source>%1: %2 s behind</source>
        <translation>%1: %2 s opóźnienia</translation>
    </message>
    <message>
        <location filename="../models/EnginesModel.cpp" line="82"/>
        <source>Data on screen may be older than it should be — %1</source>
        <translation>Dane na ekranie mogą być starsze, niż powinny — %1</translation>
    </message>
    <message>
        <location filename="../models/EnginesModel.cpp" line="132"/>
        <source>stale</source>
        <translation>nieaktualny</translation>
    </message>
    <message>
        <location filename="../models/EnginesModel.cpp" line="132"/>
        <source>live</source>
        <translation>działa</translation>
    </message>
    <message>
        <location filename="../models/EnginesModel.cpp" line="136"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../models/EnginesModel.cpp" line="140"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location filename="../models/EnginesModel.cpp" line="142"/>
        <source>%1 s ago</source>
        <translation>%1 s temu</translation>
    </message>
    <message>
        <location filename="../models/EnginesModel.cpp" line="162"/>
        <source>Engine</source>
        <translation>Silnik</translation>
    </message>
    <message>
        <location filename="../models/EnginesModel.cpp" line="164"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../models/EnginesModel.cpp" line="166"/>
        <source>Lag</source>
        <translation>Opóźnienie</translation>
    </message>
    <message>
        <location filename="../models/EnginesModel.cpp" line="168"/>
        <source>Rate</source>
        <translation>Szybkość</translation>
    </message>
    <message>
        <location filename="../models/EnginesModel.cpp" line="170"/>
        <source>Last beat</source>
        <translation>Ostatni sygnał</translation>
    </message>
    <message>
        <location filename="../models/EnginesModel.cpp" line="172"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../models/EnginesModel.cpp" line="174"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location filename="../models/EnginesModel.cpp" line="176"/>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <location filename="../models/EnginesModel.cpp" line="178"/>
        <source>Started</source>
        <translation>Uruchomiony</translation>
    </message>
</context>
<context>
    <name>EnginesPanel</name>
    <message>
        <location filename="../widgets/EnginesPanel.cpp" line="42"/>
        <source>Engines: click to show or hide every instance</source>
        <translation>Silniki: kliknij, aby pokazać lub ukryć wszystkie instancje</translation>
    </message>
    <message>
        <location filename="../widgets/EnginesPanel.cpp" line="44"/>
        <source>Engines</source>
        <translation>Silniki</translation>
    </message>
    <message>
        <location filename="../widgets/EnginesPanel.cpp" line="112"/>
        <source>%1 live</source>
        <translation>działające: %1</translation>
    </message>
    <message>
        <location filename="../widgets/EnginesPanel.cpp" line="115"/>
        <source>cannot read: %1</source>
        <translation>nie można odczytać: %1</translation>
    </message>
    <message>
        <location filename="../widgets/EnginesPanel.cpp" line="119"/>
        <source>no engine has registered</source>
        <translation>żaden silnik się nie zarejestrował</translation>
    </message>
    <message>
        <location filename="../widgets/EnginesPanel.cpp" line="121"/>
        <source>all running, none behind</source>
        <translation>wszystkie działają, żaden nie jest opóźniony</translation>
    </message>
</context>
<context>
    <name>EventDeliveriesModel</name>
    <message>
        <location filename="../models/EventDeliveriesModel.cpp" line="82"/>
        <source>This endpoint is disabled</source>
        <translation>Ten punkt końcowy jest wyłączony</translation>
    </message>
    <message>
        <location filename="../models/EventDeliveriesModel.cpp" line="84"/>
        <source>Manual retry asked by %1</source>
        <translation>Ręczne ponowienie zlecone przez %1</translation>
    </message>
    <message>
        <location filename="../models/EventDeliveriesModel.cpp" line="103"/>
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
        <location filename="../widgets/EventDetailPanel.cpp" line="97"/>
        <source>Retry delivery…</source>
        <translation>Ponów doręczenie…</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="110"/>
        <source>Payload</source>
        <translation>Treść</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="153"/>
        <source>No event selected.</source>
        <translation>Nie wybrano zdarzenia.</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="171"/>
        <source>Deliveries</source>
        <translation>Doręczenia</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="185"/>
        <source>Attempt timeline</source>
        <translation>Oś czasu prób</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="197"/>
        <source>Request headers</source>
        <translation>Nagłówki żądania</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="200"/>
        <source>Response / error</source>
        <translation>Odpowiedź / błąd</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="225"/>
        <source>Loading event %1…</source>
        <translation>Wczytywanie zdarzenia %1…</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="254"/>
        <source>Could not read the event: %1</source>
        <translation>Nie udało się odczytać zdarzenia: %1</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="260"/>
        <source>No webhook event %1 in the store.</source>
        <translation>Brak zdarzenia webhook %1 w bazie.</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="268"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="275"/>
        <source>merchant %1 · payment %2 · created %3</source>
        <translation>sprzedawca %1 · płatność %2 · utworzone %3</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="285"/>
        <source>Could not read the deliveries: %1</source>
        <translation>Nie udało się odczytać doręczeń: %1</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="332"/>
        <source>Could not read the attempts: %1</source>
        <translation>Nie udało się odczytać prób: %1</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="364"/>
        <source>Not sent yet: %1</source>
        <translation>Jeszcze nie wysłano: %1</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="374"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="376"/>
        <source>Transport error: %1</source>
        <translation>Błąd transportu: %1</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="378"/>
        <source>(no response body)</source>
        <translation>(brak treści odpowiedzi)</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <location filename="../widgets/ExportMenu.cpp" line="71"/>
        <source>Export failed</source>
        <translation>Eksport nie powiódł się</translation>
    </message>
    <message>
        <location filename="../widgets/ExportMenu.cpp" line="72"/>
        <source>Nothing was written: %1</source>
        <translation>Nic nie zapisano: %1</translation>
    </message>
    <message>
        <location filename="../widgets/ExportMenu.cpp" line="98"/>
        <source>Export table as &amp;CSV…</source>
        <translation>Eksportuj tabelę do &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../widgets/ExportMenu.cpp" line="98"/>
        <source>Export table as CSV</source>
        <translation>Eksportuj tabelę do CSV</translation>
    </message>
    <message>
        <location filename="../widgets/ExportMenu.cpp" line="99"/>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../widgets/ExportMenu.cpp" line="104"/>
        <source>Save chart as &amp;PNG…</source>
        <translation>Zapisz wykres jako &amp;PNG…</translation>
    </message>
    <message>
        <location filename="../widgets/ExportMenu.cpp" line="104"/>
        <source>Save chart as PNG</source>
        <translation>Zapisz wykres jako PNG</translation>
    </message>
    <message>
        <location filename="../widgets/ExportMenu.cpp" line="105"/>
        <source>PNG images (*.png)</source>
        <translation>Obrazy PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../widgets/ExportMenu.cpp" line="129"/>
        <source>could not write %1</source>
        <translation>nie udało się zapisać %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="60"/>
        <source>payops console</source>
        <translation>konsola payops</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="101"/>
        <source>Wall</source>
        <translation>Tablica</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="102"/>
        <source>Deliveries</source>
        <translation>Doręczenia</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="104"/>
        <source>Rules &amp;&amp; downtimes</source>
        <translation>Reguły i przestoje</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="105"/>
        <source>Cashback</source>
        <translation>Cashback</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="136"/>
        <source>Areas</source>
        <translation>Obszary</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="145"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="147"/>
        <source>&amp;Connect…</source>
        <translation>&amp;Połącz…</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="151"/>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="155"/>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="159"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="166"/>
        <source>&amp;Wall mode</source>
        <translation>Tryb &amp;tablicy</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="177"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="178"/>
        <source>&amp;About payops console</source>
        <translation>&amp;O konsoli payops</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="179"/>
        <source>About &amp;Qt</source>
        <translation>O &amp;Qt</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="181"/>
        <source>Main</source>
        <translation>Główny</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="206"/>
        <source>payops console — %1</source>
        <translation>konsola payops — %1</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="268"/>
        <source>About payops console</source>
        <translation>O konsoli payops</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="269"/>
        <source>&lt;h3&gt;payops console %1&lt;/h3&gt;&lt;p&gt;The operations console of a payment gateway: live success rates, downtimes, webhook deliveries and cashback, over one PostgreSQL store.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;konsola payops %1&lt;/h3&gt;&lt;p&gt;Konsola operacyjna bramki płatniczej: bieżące wskaźniki sukcesu, przestoje, doręczenia webhooków i cashback, w jednej bazie PostgreSQL.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MuteCoverageModel</name>
    <message>
        <location filename="../models/MuteCoverageModel.cpp" line="53"/>
        <source>cohort</source>
        <translation>kohorta</translation>
    </message>
    <message>
        <location filename="../models/MuteCoverageModel.cpp" line="54"/>
        <source>open downtime #%1 (already muted)</source>
        <translation>otwarty przestój #%1 (już wyciszony)</translation>
    </message>
    <message>
        <location filename="../models/MuteCoverageModel.cpp" line="55"/>
        <source>open downtime #%1</source>
        <translation>otwarty przestój #%1</translation>
    </message>
    <message>
        <location filename="../models/MuteCoverageModel.cpp" line="73"/>
        <source>Covers</source>
        <translation>Obejmuje</translation>
    </message>
    <message>
        <location filename="../models/MuteCoverageModel.cpp" line="75"/>
        <source>Rule</source>
        <translation>Reguła</translation>
    </message>
    <message>
        <location filename="../models/MuteCoverageModel.cpp" line="77"/>
        <source>Cohort</source>
        <translation>Kohorta</translation>
    </message>
    <message>
        <location filename="../models/MuteCoverageModel.cpp" line="79"/>
        <source>Severity</source>
        <translation>Ważność</translation>
    </message>
</context>
<context>
    <name>MuteEditorDialog</name>
    <message>
        <location filename="../widgets/MuteEditorDialog.cpp" line="29"/>
        <source>Now</source>
        <translation>Teraz</translation>
    </message>
    <message>
        <location filename="../widgets/MuteEditorDialog.cpp" line="41"/>
        <source>New mute</source>
        <translation>Nowe wyciszenie</translation>
    </message>
    <message>
        <location filename="../widgets/MuteEditorDialog.cpp" line="52"/>
        <source>Why? (kept with the mute and in the audit log)</source>
        <translation>Dlaczego? (zapisywane z wyciszeniem i w dzienniku audytu)</translation>
    </message>
    <message>
        <location filename="../widgets/MuteEditorDialog.cpp" line="74"/>
        <source>Save mute</source>
        <translation>Zapisz wyciszenie</translation>
    </message>
    <message>
        <location filename="../widgets/MuteEditorDialog.cpp" line="82"/>
        <source>Matchers:</source>
        <translation>Warunki:</translation>
    </message>
    <message>
        <location filename="../widgets/MuteEditorDialog.cpp" line="83"/>
        <source>Starts:</source>
        <translation>Początek:</translation>
    </message>
    <message>
        <location filename="../widgets/MuteEditorDialog.cpp" line="84"/>
        <source>Ends:</source>
        <translation>Koniec:</translation>
    </message>
    <message>
        <location filename="../widgets/MuteEditorDialog.cpp" line="85"/>
        <source>Reason:</source>
        <translation>Powód:</translation>
    </message>
    <message>
        <location filename="../widgets/MuteEditorDialog.cpp" line="87"/>
        <source>Downtimes a mute covers are still recorded and shown as muted; their notifications are not sent. Every matcher must equal what the downtime&apos;s rule and cohort fix.</source>
        <translation>Przestoje objęte wyciszeniem są nadal zapisywane i pokazywane jako wyciszone; powiadomienia o nich nie są wysyłane. Każdy warunek musi być równy temu, co ustalają reguła i kohorta przestoju.</translation>
    </message>
    <message>
        <location filename="../widgets/MuteEditorDialog.cpp" line="103"/>
        <source>Dimension</source>
        <translation>Wymiar</translation>
    </message>
    <message>
        <location filename="../widgets/MuteEditorDialog.cpp" line="103"/>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <location filename="../widgets/MuteEditorDialog.cpp" line="111"/>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <location filename="../widgets/MuteEditorDialog.cpp" line="113"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../widgets/MuteEditorDialog.cpp" line="204"/>
        <source>Add at least one matcher.</source>
        <translation>Dodaj co najmniej jeden warunek.</translation>
    </message>
    <message>
        <location filename="../widgets/MuteEditorDialog.cpp" line="207"/>
        <source>Asking the store what it would cover…</source>
        <translation>Pytanie bazy, co zostałoby objęte…</translation>
    </message>
    <message>
        <location filename="../widgets/MuteEditorDialog.cpp" line="215"/>
        <source>The store refuses these matchers: %1</source>
        <translation>Baza odrzuca te warunki: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/MuteEditorDialog.cpp" line="219"/>
        <source>It covers %n open downtime(s) now</source>
        <translation>
            <numerusform>Obejmuje teraz %n otwarty przestój</numerusform>
            <numerusform>Obejmuje teraz %n otwarte przestoje</numerusform>
            <numerusform>Obejmuje teraz %n otwartych przestojów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/MuteEditorDialog.cpp" line="220"/>
        <source> and cover %n cohort(s) with SR windows in the last hour:</source>
        <translation>
            <numerusform> i objęłoby %n kohortę z oknami SR w ostatniej godzinie:</numerusform>
            <numerusform> i objęłoby %n kohorty z oknami SR w ostatniej godzinie:</numerusform>
            <numerusform> i objęłoby %n kohort z oknami SR w ostatniej godzinie:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/MuteEditorDialog.cpp" line="236"/>
        <source>Saving…</source>
        <translation>Zapisywanie…</translation>
    </message>
    <message>
        <location filename="../widgets/MuteEditorDialog.cpp" line="243"/>
        <source>The store refused the mute: %1</source>
        <translation>Baza odrzuciła wyciszenie: %1</translation>
    </message>
</context>
<context>
    <name>MuteListModel</name>
    <message>
        <location filename="../models/MuteListModel.cpp" line="65"/>
        <source>Ended %1 by %2: %3</source>
        <translation>Zakończone %1 przez %2: %3</translation>
    </message>
    <message>
        <location filename="../models/MuteListModel.cpp" line="89"/>
        <source>active</source>
        <translation>aktywne</translation>
    </message>
    <message>
        <location filename="../models/MuteListModel.cpp" line="91"/>
        <source>pending</source>
        <translation>oczekujące</translation>
    </message>
    <message>
        <location filename="../models/MuteListModel.cpp" line="93"/>
        <source>ended early</source>
        <translation>zakończone wcześniej</translation>
    </message>
    <message>
        <location filename="../models/MuteListModel.cpp" line="94"/>
        <source>expired</source>
        <translation>wygasłe</translation>
    </message>
    <message>
        <location filename="../models/MuteListModel.cpp" line="110"/>
        <source>%1 at %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location filename="../models/MuteListModel.cpp" line="122"/>
        <source>Mute</source>
        <translation>Wyciszenie</translation>
    </message>
    <message>
        <location filename="../models/MuteListModel.cpp" line="124"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../models/MuteListModel.cpp" line="126"/>
        <source>Matchers</source>
        <translation>Warunki</translation>
    </message>
    <message>
        <location filename="../models/MuteListModel.cpp" line="128"/>
        <source>Starts</source>
        <translation>Początek</translation>
    </message>
    <message>
        <location filename="../models/MuteListModel.cpp" line="130"/>
        <source>Ends</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <location filename="../models/MuteListModel.cpp" line="132"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../models/MuteListModel.cpp" line="134"/>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location filename="../models/MuteListModel.cpp" line="136"/>
        <source>Downtimes muted</source>
        <translation>Wyciszone przestoje</translation>
    </message>
    <message>
        <location filename="../models/MuteListModel.cpp" line="138"/>
        <source>Ended by</source>
        <translation>Zakończone przez</translation>
    </message>
</context>
<context>
    <name>MutesView</name>
    <message>
        <location filename="../widgets/MutesView.cpp" line="26"/>
        <source>&amp;End mute early…</source>
        <translation>&amp;Zakończ wyciszenie wcześniej…</translation>
    </message>
    <message>
        <location filename="../widgets/MutesView.cpp" line="39"/>
        <source>Could not read the mutes: %1</source>
        <translation>Nie udało się odczytać wyciszeń: %1</translation>
    </message>
    <message>
        <location filename="../widgets/MutesView.cpp" line="63"/>
        <source>Create a mute from a downtime on the Downtimes tab.</source>
        <translation>Utwórz wyciszenie z przestoju na karcie Przestoje.</translation>
    </message>
    <message>
        <location filename="../widgets/MutesView.cpp" line="119"/>
        <location filename="../widgets/MutesView.cpp" line="124"/>
        <source>End mute</source>
        <translation>Zakończ wyciszenie</translation>
    </message>
    <message>
        <location filename="../widgets/MutesView.cpp" line="120"/>
        <source>End mute %1 (%2) now? Downtimes it covers will be notified again from now on.</source>
        <translation>Zakończyć teraz wyciszenie %1 (%2)? Od teraz o objętych nim przestojach znów będą wysyłane powiadomienia.</translation>
    </message>
    <message>
        <location filename="../widgets/MutesView.cpp" line="140"/>
        <source>The store refused to end the mute: %1</source>
        <translation>Baza odmówiła zakończenia wyciszenia: %1</translation>
    </message>
    <message>
        <location filename="../widgets/MutesView.cpp" line="143"/>
        <source>Mute %1 ended.</source>
        <translation>Wyciszenie %1 zakończone.</translation>
    </message>
</context>
<context>
    <name>PipelineModel</name>
    <message>
        <location filename="../models/PipelineModel.cpp" line="64"/>
        <source>nothing credited in the last %1 s</source>
        <translation>nic nie uznano w ostatnich %1 s</translation>
    </message>
    <message>
        <location filename="../models/PipelineModel.cpp" line="67"/>
        <source>median %1 · p95 %2 · max %3</source>
        <translation>mediana %1 · p95 %2 · maks. %3</translation>
    </message>
    <message>
        <location filename="../models/PipelineModel.cpp" line="125"/>
        <source>Payments captured</source>
        <translation>Obciążone płatności</translation>
    </message>
    <message>
        <location filename="../models/PipelineModel.cpp" line="127"/>
        <source>Cashbacks computed</source>
        <translation>Obliczone cashbacki</translation>
    </message>
    <message>
        <location filename="../models/PipelineModel.cpp" line="129"/>
        <source>Credit queue (RabbitMQ)</source>
        <translation>Kolejka uznań (RabbitMQ)</translation>
    </message>
    <message>
        <location filename="../models/PipelineModel.cpp" line="131"/>
        <source>Credited</source>
        <translation>Uznano</translation>
    </message>
    <message>
        <location filename="../models/PipelineModel.cpp" line="133"/>
        <source>Reversed</source>
        <translation>Wystornowano</translation>
    </message>
    <message>
        <location filename="../models/PipelineModel.cpp" line="135"/>
        <source>Dead letters</source>
        <translation>Martwe wiadomości</translation>
    </message>
    <message>
        <location filename="../models/PipelineModel.cpp" line="206"/>
        <source>out: those that earned a cashback</source>
        <translation>wyjście: te, które dały cashback</translation>
    </message>
    <message>
        <location filename="../models/PipelineModel.cpp" line="208"/>
        <source>waiting: not yet confirmed by the broker</source>
        <translation>oczekuje: jeszcze niepotwierdzone przez brokera</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/PipelineModel.cpp" line="212"/>
        <source>%1 ready · %2 unacknowledged · %n consumer(s)</source>
        <translation>
            <numerusform>gotowe: %1 · niepotwierdzone: %2 · %n konsument</numerusform>
            <numerusform>gotowe: %1 · niepotwierdzone: %2 · %n konsumenci</numerusform>
            <numerusform>gotowe: %1 · niepotwierdzone: %2 · %n konsumentów</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/PipelineModel.cpp" line="216"/>
        <source>waiting: queued, not yet in the ledger</source>
        <translation>oczekuje: w kolejce, jeszcze nie w księdze</translation>
    </message>
    <message>
        <location filename="../models/PipelineModel.cpp" line="218"/>
        <source>waiting: refunded, not yet reversed</source>
        <translation>oczekuje: zwrócone, jeszcze nie wystornowane</translation>
    </message>
    <message>
        <location filename="../models/PipelineModel.cpp" line="220"/>
        <source>waiting: messages in %1</source>
        <translation>oczekuje: wiadomości w %1</translation>
    </message>
    <message>
        <location filename="../models/PipelineModel.cpp" line="232"/>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <location filename="../models/PipelineModel.cpp" line="234"/>
        <source>In /s</source>
        <translation>Wejście /s</translation>
    </message>
    <message>
        <location filename="../models/PipelineModel.cpp" line="236"/>
        <source>Out /s</source>
        <translation>Wyjście /s</translation>
    </message>
    <message>
        <location filename="../models/PipelineModel.cpp" line="238"/>
        <source>Waiting</source>
        <translation>Oczekuje</translation>
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
    <name>PreferencesDialog</name>
    <message>
        <location filename="../widgets/PreferencesDialog.cpp" line="28"/>
        <source>Preferences</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location filename="../widgets/PreferencesDialog.cpp" line="34"/>
        <source>As the system</source>
        <translation>Jak w systemie</translation>
    </message>
    <message>
        <location filename="../widgets/PreferencesDialog.cpp" line="42"/>
        <source>A new language applies when the console starts next; the --lang option overrides it. A theme applies at once.</source>
        <translation>Nowy język obowiązuje od następnego uruchomienia konsoli; opcja --lang ma przed nim pierwszeństwo. Motyw zmienia się od razu.</translation>
    </message>
    <message>
        <location filename="../widgets/PreferencesDialog.cpp" line="47"/>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <location filename="../widgets/PreferencesDialog.cpp" line="48"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Motyw:</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../widgets/DowntimeDetailPanel.cpp" line="27"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeDetailPanel.cpp" line="28"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>RetryDialog</name>
    <message>
        <location filename="../widgets/RetryDialog.cpp" line="21"/>
        <source>Why? (kept in the audit log)</source>
        <translation>Dlaczego? (zapisywane w dzienniku audytu)</translation>
    </message>
    <message>
        <location filename="../widgets/RetryDialog.cpp" line="25"/>
        <source>Retry</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <location filename="../widgets/RetryDialog.cpp" line="37"/>
        <source>Reason:</source>
        <translation>Powód:</translation>
    </message>
</context>
<context>
    <name>RuleDiffModel</name>
    <message>
        <location filename="../models/RuleDiffModel.cpp" line="73"/>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <location filename="../models/RuleDiffModel.cpp" line="75"/>
        <location filename="../models/RuleDiffModel.cpp" line="77"/>
        <source>Version %1</source>
        <translation>Wersja %1</translation>
    </message>
    <message>
        <location filename="../models/RuleDiffModel.cpp" line="75"/>
        <source>Left</source>
        <translation>Lewa</translation>
    </message>
    <message>
        <location filename="../models/RuleDiffModel.cpp" line="77"/>
        <source>Right</source>
        <translation>Prawa</translation>
    </message>
</context>
<context>
    <name>RuleEditorDialog</name>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="102"/>
        <source>New rule</source>
        <translation>Nowa reguła</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="104"/>
        <source>Edit rule %1 (version %2)</source>
        <translation>Edytuj regułę %1 (wersja %2)</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="106"/>
        <source>Rule %1 (version %2, read only)</source>
        <translation>Reguła %1 (wersja %2, tylko do odczytu)</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="125"/>
        <source>&amp;Save new version</source>
        <translation>&amp;Zapisz nową wersję</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="132"/>
        <source>&amp;Backtest…</source>
        <translation>&amp;Test wsteczny…</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="134"/>
        <source>Run this definition over past payments next to the saved version, before saving</source>
        <translation>Uruchom tę definicję na przeszłych płatnościach obok zapisanej wersji, przed zapisaniem</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="147"/>
        <source>Only administrators can change rules.</source>
        <translation>Tylko administratorzy mogą zmieniać reguły.</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="164"/>
        <source>&amp;Name</source>
        <translation>&amp;Nazwa</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="165"/>
        <source>Detects downtimes</source>
        <translation>Wykrywa przestoje</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="166"/>
        <source>&amp;Enabled</source>
        <translation>&amp;Włączona</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="170"/>
        <source>Filter %1</source>
        <translation>Filtr %1</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="171"/>
        <source>any; a value, or values separated by commas</source>
        <translation>dowolna; wartość lub wartości oddzielone przecinkami</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="172"/>
        <source>&amp;Group by</source>
        <translation>&amp;Grupuj według</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="173"/>
        <source>dimensions in order, e.g. method, issuer</source>
        <translation>wymiary po kolei, np. method, issuer</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="175"/>
        <source>Time (size, step)</source>
        <translation>Czasowe (rozmiar, krok)</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="176"/>
        <source>Count (last n payments)</source>
        <translation>Liczbowe (ostatnie n płatności)</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="177"/>
        <source>&amp;Window</source>
        <translation>&amp;Okno</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="182"/>
        <source>Window size (s)</source>
        <translation>Rozmiar okna (s)</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="183"/>
        <source>Window step (s)</source>
        <translation>Krok okna (s)</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="184"/>
        <source>Window payments (n)</source>
        <translation>Płatności w oknie (n)</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="185"/>
        <source>&amp;Minimum volume</source>
        <translation>&amp;Minimalny wolumen</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="186"/>
        <source>payments a window needs to count</source>
        <translation>płatności potrzebne, by okno się liczyło</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="187"/>
        <source>&amp;Open below (SR)</source>
        <translation>Otwórz &amp;poniżej (SR)</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="188"/>
        <source>a fraction, e.g. 0.8</source>
        <translation>ułamek, np. 0.8</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="189"/>
        <source>&amp;Recover above (SR)</source>
        <translation>&amp;Przywróć powyżej (SR)</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="190"/>
        <source>a fraction above open below, e.g. 0.9</source>
        <translation>ułamek większy niż próg otwarcia, np. 0.9</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="191"/>
        <source>Open after (windows)</source>
        <translation>Otwórz po (oknach)</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="192"/>
        <source>Resolve after (windows)</source>
        <translation>Rozwiąż po (oknach)</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="193"/>
        <source>Se&amp;verity bands</source>
        <translation>Progi wa&amp;żności</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="194"/>
        <source>&amp;Comment</source>
        <translation>&amp;Komentarz</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="195"/>
        <source>why this change (required, kept with the version)</source>
        <translation>dlaczego ta zmiana (wymagane, zapisywane z wersją)</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="237"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="237"/>
        <source>Below (SR)</source>
        <translation>Poniżej (SR)</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="242"/>
        <source>&amp;Add band</source>
        <translation>&amp;Dodaj próg</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="244"/>
        <source>Remo&amp;ve band</source>
        <translation>&amp;Usuń próg</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="402"/>
        <source>Watches %1, windows of %2, %3.</source>
        <translation>Obserwuje %1, okna %2, %3.</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="443"/>
        <source>The store refused the rule: %1</source>
        <translation>Baza odrzuciła regułę: %1</translation>
    </message>
</context>
<context>
    <name>RuleListModel</name>
    <message numerus="yes">
        <location filename="../models/RuleListModel.cpp" line="14"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/RuleListModel.cpp" line="16"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/RuleListModel.cpp" line="17"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
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
        <translation>%1 spośród %2</translation>
    </message>
    <message>
        <location filename="../models/RuleListModel.cpp" line="91"/>
        <source>per %1</source>
        <translation>według %1</translation>
    </message>
    <message>
        <location filename="../models/RuleListModel.cpp" line="92"/>
        <source>all payments</source>
        <translation>wszystkie płatności</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/RuleListModel.cpp" line="98"/>
        <source>last %n payments</source>
        <translation>
            <numerusform>ostatnia %n płatność</numerusform>
            <numerusform>ostatnie %n płatności</numerusform>
            <numerusform>ostatnich %n płatności</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/RuleListModel.cpp" line="99"/>
        <source>%1 every %2</source>
        <translation>%1 co %2</translation>
    </message>
    <message>
        <location filename="../models/RuleListModel.cpp" line="104"/>
        <source>open below %1 · recover above %2</source>
        <translation>otwarcie poniżej %1 · powrót powyżej %2</translation>
    </message>
    <message>
        <location filename="../models/RuleListModel.cpp" line="127"/>
        <source>Version %1 by %2: %3</source>
        <translation>Wersja %1 autorstwa %2: %3</translation>
    </message>
    <message>
        <location filename="../models/RuleListModel.cpp" line="151"/>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <location filename="../models/RuleListModel.cpp" line="151"/>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../models/RuleListModel.cpp" line="153"/>
        <source>unusable: %1</source>
        <translation>nieużywalna: %1</translation>
    </message>
    <message>
        <location filename="../models/RuleListModel.cpp" line="175"/>
        <source>Rule</source>
        <translation>Reguła</translation>
    </message>
    <message>
        <location filename="../models/RuleListModel.cpp" line="177"/>
        <source>Enabled</source>
        <translation>Włączona</translation>
    </message>
    <message>
        <location filename="../models/RuleListModel.cpp" line="179"/>
        <source>Cohort</source>
        <translation>Kohorta</translation>
    </message>
    <message>
        <location filename="../models/RuleListModel.cpp" line="181"/>
        <source>Window</source>
        <translation>Okno</translation>
    </message>
    <message>
        <location filename="../models/RuleListModel.cpp" line="183"/>
        <source>Thresholds</source>
        <translation>Progi</translation>
    </message>
    <message>
        <location filename="../models/RuleListModel.cpp" line="185"/>
        <source>Cohorts watched (1 h)</source>
        <translation>Obserwowane kohorty (1 h)</translation>
    </message>
    <message>
        <location filename="../models/RuleListModel.cpp" line="187"/>
        <source>Downtimes (7 days)</source>
        <translation>Przestoje (7 dni)</translation>
    </message>
    <message>
        <location filename="../models/RuleListModel.cpp" line="189"/>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
</context>
<context>
    <name>RuleVersionsModel</name>
    <message>
        <location filename="../models/RuleVersionsModel.cpp" line="85"/>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <location filename="../models/RuleVersionsModel.cpp" line="87"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../models/RuleVersionsModel.cpp" line="89"/>
        <source>Saved</source>
        <translation>Zapisana</translation>
    </message>
    <message>
        <location filename="../models/RuleVersionsModel.cpp" line="91"/>
        <source>Comment</source>
        <translation>Komentarz</translation>
    </message>
</context>
<context>
    <name>RuleVersionsView</name>
    <message>
        <location filename="../widgets/RuleVersionsView.cpp" line="50"/>
        <location filename="../widgets/RuleVersionsView.cpp" line="60"/>
        <source>Select a rule to see its versions.</source>
        <translation>Wybierz regułę, aby zobaczyć jej wersje.</translation>
    </message>
    <message>
        <location filename="../widgets/RuleVersionsView.cpp" line="74"/>
        <source>Could not load the versions: %1</source>
        <translation>Nie udało się wczytać wersji: %1</translation>
    </message>
    <message>
        <location filename="../widgets/RuleVersionsView.cpp" line="77"/>
        <source>Select one version to compare it with the one before, or two to compare them (Ctrl+click).</source>
        <translation>Wybierz jedną wersję, aby porównać ją z poprzednią, lub dwie, aby porównać je ze sobą (Ctrl+klik).</translation>
    </message>
</context>
<context>
    <name>RulesDowntimesPage</name>
    <message>
        <location filename="../widgets/RulesDowntimesPage.cpp" line="27"/>
        <source>&amp;Rules</source>
        <translation>&amp;Reguły</translation>
    </message>
    <message>
        <location filename="../widgets/RulesDowntimesPage.cpp" line="29"/>
        <source>&amp;Backtest</source>
        <translation>&amp;Test wsteczny</translation>
    </message>
    <message>
        <location filename="../widgets/RulesDowntimesPage.cpp" line="46"/>
        <source>&amp;Downtimes</source>
        <translation>P&amp;rzestoje</translation>
    </message>
    <message>
        <location filename="../widgets/RulesDowntimesPage.cpp" line="47"/>
        <source>M&amp;utes</source>
        <translation>&amp;Wyciszenia</translation>
    </message>
    <message>
        <location filename="../widgets/RulesDowntimesPage.cpp" line="48"/>
        <source>&amp;Audit</source>
        <translation>&amp;Audyt</translation>
    </message>
    <message>
        <location filename="../widgets/RulesDowntimesPage.cpp" line="54"/>
        <source>Rules &amp; downtimes</source>
        <translation>Reguły &amp; przestoje</translation>
    </message>
    <message>
        <location filename="../widgets/RulesDowntimesPage.cpp" line="55"/>
        <source>Detection rules and their versions, the downtimes they found, mutes, true/false-positive labels and the audit log.</source>
        <translation>Reguły wykrywania i ich wersje, wykryte przestoje, wyciszenia, oznaczenia trafnych/fałszywych alarmów i dziennik audytu.</translation>
    </message>
</context>
<context>
    <name>RulesView</name>
    <message>
        <location filename="../widgets/RulesView.cpp" line="30"/>
        <source>&amp;New rule…</source>
        <translation>&amp;Nowa reguła…</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/RulesView.cpp" line="39"/>
        <source>%n rule(s).</source>
        <translation>
            <numerusform>%n reguła.</numerusform>
            <numerusform>%n reguły.</numerusform>
            <numerusform>%n reguł.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/RulesView.cpp" line="40"/>
        <source>Could not load the rules: %1</source>
        <translation>Nie udało się wczytać reguł: %1</translation>
    </message>
    <message>
        <location filename="../widgets/RulesView.cpp" line="105"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <location filename="../widgets/RulesView.cpp" line="105"/>
        <source>&amp;View…</source>
        <translation>&amp;Pokaż…</translation>
    </message>
    <message>
        <location filename="../widgets/RulesView.cpp" line="170"/>
        <source>no version was returned</source>
        <translation>nie zwrócono żadnej wersji</translation>
    </message>
    <message>
        <location filename="../widgets/RulesView.cpp" line="176"/>
        <source>Saved version %1 of rule %2.</source>
        <translation>Zapisano wersję %1 reguły %2.</translation>
    </message>
</context>
<context>
    <name>ScreenshotJob</name>
    <message>
        <location filename="../app/console/ScreenshotJob.cpp" line="33"/>
        <source>the store did not answer in time</source>
        <translation>baza nie odpowiedziała na czas</translation>
    </message>
    <message>
        <location filename="../app/console/ScreenshotJob.cpp" line="44"/>
        <source>refused: %1</source>
        <translation>odmowa: %1</translation>
    </message>
    <message>
        <location filename="../app/console/ScreenshotJob.cpp" line="80"/>
        <source>payops-console: cannot write %1</source>
        <translation>payops-console: nie można zapisać %1</translation>
    </message>
    <message>
        <location filename="../app/console/ScreenshotJob.cpp" line="82"/>
        <source>payops-console: %1</source>
        <translation>payops-console: %1</translation>
    </message>
    <message>
        <location filename="../app/console/ScreenshotJob.cpp" line="84"/>
        <source>payops-console: no data loaded (%1); the picture shows the console without it</source>
        <translation>payops-console: nie wczytano danych (%1); obraz pokazuje konsolę bez nich</translation>
    </message>
</context>
<context>
    <name>ScreenshotSteps</name>
    <message>
        <location filename="../app/console/ScreenshotSteps.cpp" line="55"/>
        <source>expected ACTION:NAME or ACTION:NAME=VALUE</source>
        <translation>oczekiwano ACTION:NAME lub ACTION:NAME=VALUE</translation>
    </message>
    <message>
        <location filename="../app/console/ScreenshotSteps.cpp" line="57"/>
        <source>wait takes milliseconds</source>
        <translation>wait przyjmuje liczbę milisekund</translation>
    </message>
    <message>
        <location filename="../app/console/ScreenshotSteps.cpp" line="60"/>
        <source>%1 needs =N, a number from 1</source>
        <translation>%1 wymaga =N, liczby od 1 wzwyż</translation>
    </message>
    <message>
        <location filename="../app/console/ScreenshotSteps.cpp" line="62"/>
        <source>set needs =VALUE</source>
        <translation>set wymaga =VALUE</translation>
    </message>
    <message>
        <location filename="../app/console/ScreenshotSteps.cpp" line="64"/>
        <source>%1 takes no value</source>
        <translation>%1 nie przyjmuje wartości</translation>
    </message>
    <message>
        <location filename="../app/console/ScreenshotSteps.cpp" line="66"/>
        <source>unknown action “%1” (tab, set, click, select, show, grab or wait)</source>
        <translation>nieznana akcja „%1” (tab, set, click, select, show, grab lub wait)</translation>
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
        <translation>brak widżetu o nazwie „%1”</translation>
    </message>
    <message>
        <location filename="../app/console/ScreenshotSteps.cpp" line="135"/>
        <source>not a tab widget with %1 tabs</source>
        <translation>to nie widżet kart z kartą nr %1</translation>
    </message>
    <message>
        <location filename="../app/console/ScreenshotSteps.cpp" line="140"/>
        <source>not a view with %1 rows</source>
        <translation>to nie widok z wierszem nr %1</translation>
    </message>
    <message>
        <location filename="../app/console/ScreenshotSteps.cpp" line="150"/>
        <source>the combo box has no item “%1”</source>
        <translation>lista rozwijana nie ma pozycji „%1”</translation>
    </message>
    <message>
        <location filename="../app/console/ScreenshotSteps.cpp" line="155"/>
        <source>a check box is set on or off, not “%1”</source>
        <translation>pole wyboru ustawia się na on lub off, nie „%1”</translation>
    </message>
    <message>
        <location filename="../app/console/ScreenshotSteps.cpp" line="158"/>
        <source>not a line edit, combo box or check box</source>
        <translation>to nie pole tekstowe, lista rozwijana ani pole wyboru</translation>
    </message>
</context>
<context>
    <name>SrChart</name>
    <message>
        <location filename="../widgets/SrChart.cpp" line="54"/>
        <source>Success rate chart</source>
        <translation>Wykres wskaźnika sukcesu</translation>
    </message>
    <message>
        <location filename="../widgets/SrChart.cpp" line="79"/>
        <source>%1 — %2
Click for its downtimes</source>
        <translation>%1 — %2
Kliknij, aby zobaczyć jej przestoje</translation>
    </message>
    <message>
        <location filename="../widgets/SrChart.cpp" line="119"/>
        <source>all payments</source>
        <translation>wszystkie płatności</translation>
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
        <translation>Ponów teraz</translation>
    </message>
    <message>
        <location filename="../widgets/StoreBanner.cpp" line="33"/>
        <source>Store status</source>
        <translation>Stan bazy</translation>
    </message>
    <message>
        <location filename="../widgets/StoreBanner.cpp" line="36"/>
        <source>Try to reach the store now instead of waiting for the next attempt</source>
        <translation>Spróbuj połączyć się z bazą teraz, zamiast czekać na następną próbę</translation>
    </message>
    <message>
        <location filename="../widgets/StoreBanner.cpp" line="101"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../widgets/StoreBanner.cpp" line="107"/>
        <source>Since %1 this page may be out of date</source>
        <translation>Od %1 ta strona może być nieaktualna</translation>
    </message>
    <message>
        <location filename="../widgets/StoreBanner.cpp" line="109"/>
        <source>No data read yet</source>
        <translation>Jeszcze nie odczytano danych</translation>
    </message>
    <message>
        <location filename="../widgets/StoreBanner.cpp" line="110"/>
        <source>Data as of %1</source>
        <translation>Dane z %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/StoreBanner.cpp" line="116"/>
        <source>the store has kept this page waiting for %n s (a lock or a slow query); it shows the answer when it comes</source>
        <translation>
            <numerusform>baza każe tej stronie czekać już %n sekundę (blokada lub wolne zapytanie); odpowiedź pojawi się, gdy nadejdzie</numerusform>
            <numerusform>baza każe tej stronie czekać już %n sekundy (blokada lub wolne zapytanie); odpowiedź pojawi się, gdy nadejdzie</numerusform>
            <numerusform>baza każe tej stronie czekać już %n sekund (blokada lub wolne zapytanie); odpowiedź pojawi się, gdy nadejdzie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/StoreBanner.cpp" line="121"/>
        <source>the read store %1 is out of reach, retrying in %n s; operator actions still go to %2</source>
        <translation>
            <numerusform>baza odczytu %1 jest nieosiągalna, ponowna próba za %n sekundę; działania operatorów nadal trafiają do %2</numerusform>
            <numerusform>baza odczytu %1 jest nieosiągalna, ponowna próba za %n sekundy; działania operatorów nadal trafiają do %2</numerusform>
            <numerusform>baza odczytu %1 jest nieosiągalna, ponowna próba za %n sekund; działania operatorów nadal trafiają do %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/StoreBanner.cpp" line="125"/>
        <source>the read store %1 is out of reach, retrying now; operator actions still go to %2</source>
        <translation>baza odczytu %1 jest nieosiągalna, ponowna próba teraz; działania operatorów nadal trafiają do %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/StoreBanner.cpp" line="129"/>
        <source>the store refuses this login (see the status bar), asking again in %n s. File › Connect… chooses another store or login.</source>
        <translation>
            <numerusform>baza odrzuca ten login (zob. pasek stanu), ponowna próba za %n sekundę. Plik › Połącz… pozwala wybrać inną bazę lub login.</numerusform>
            <numerusform>baza odrzuca ten login (zob. pasek stanu), ponowna próba za %n sekundy. Plik › Połącz… pozwala wybrać inną bazę lub login.</numerusform>
            <numerusform>baza odrzuca ten login (zob. pasek stanu), ponowna próba za %n sekund. Plik › Połącz… pozwala wybrać inną bazę lub login.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/StoreBanner.cpp" line="132"/>
        <source>the store refuses this login (see the status bar), asking again now. File › Connect… chooses another store or login.</source>
        <translation>baza odrzuca ten login (zob. pasek stanu), ponowna próba teraz. Plik › Połącz… pozwala wybrać inną bazę lub login.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/StoreBanner.cpp" line="134"/>
        <source>store unreachable, retrying in %n s</source>
        <translation>
            <numerusform>baza nieosiągalna, ponowna próba za %n sekundę</numerusform>
            <numerusform>baza nieosiągalna, ponowna próba za %n sekundy</numerusform>
            <numerusform>baza nieosiągalna, ponowna próba za %n sekund</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/StoreBanner.cpp" line="135"/>
        <source>store unreachable, retrying now</source>
        <translation>baza nieosiągalna, ponowna próba teraz</translation>
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
    <name>Theme</name>
    <message>
        <location filename="../widgets/Theme.cpp" line="27"/>
        <source>Light</source>
        <translation>Jasny</translation>
    </message>
    <message>
        <location filename="../widgets/Theme.cpp" line="29"/>
        <source>Dark</source>
        <translation>Ciemny</translation>
    </message>
    <message>
        <location filename="../widgets/Theme.cpp" line="30"/>
        <source>As the system</source>
        <translation>Jak w systemie</translation>
    </message>
</context>
<context>
    <name>WallCohortsModel</name>
    <message>
        <location filename="../models/WallCohortsModel.cpp" line="262"/>
        <source>all payments</source>
        <translation>wszystkie płatności</translation>
    </message>
    <message>
        <location filename="../models/WallCohortsModel.cpp" line="265"/>
        <source>rule %1</source>
        <translation>reguła %1</translation>
    </message>
    <message>
        <location filename="../models/WallCohortsModel.cpp" line="279"/>
        <source>%1 — rule %2 (%3)</source>
        <translation>%1 — reguła %2 (%3)</translation>
    </message>
    <message>
        <location filename="../models/WallCohortsModel.cpp" line="281"/>
        <source>SR of the newest window: %1 over %2 attempts</source>
        <translation>SR najnowszego okna: %1 z %2 prób</translation>
    </message>
    <message>
        <location filename="../models/WallCohortsModel.cpp" line="284"/>
        <source>Opens a downtime below %1</source>
        <translation>Otwiera przestój poniżej %1</translation>
    </message>
    <message>
        <location filename="../models/WallCohortsModel.cpp" line="286"/>
        <source>Open downtime: %1</source>
        <translation>Otwarty przestój: %1</translation>
    </message>
    <message>
        <location filename="../models/WallCohortsModel.cpp" line="296"/>
        <source>Cohort</source>
        <translation>Kohorta</translation>
    </message>
    <message>
        <location filename="../models/WallCohortsModel.cpp" line="298"/>
        <source>Rule</source>
        <translation>Reguła</translation>
    </message>
    <message>
        <location filename="../models/WallCohortsModel.cpp" line="300"/>
        <source>Current SR</source>
        <translation>Bieżący SR</translation>
    </message>
    <message>
        <location filename="../models/WallCohortsModel.cpp" line="302"/>
        <source>Threshold</source>
        <translation>Próg</translation>
    </message>
    <message>
        <location filename="../models/WallCohortsModel.cpp" line="304"/>
        <source>Severity</source>
        <translation>Ważność</translation>
    </message>
</context>
<context>
    <name>WallPage</name>
    <message>
        <location filename="../widgets/WallPage.cpp" line="180"/>
        <source>Store overview</source>
        <translation>Przegląd bazy</translation>
    </message>
    <message>
        <location filename="../widgets/WallPage.cpp" line="406"/>
        <source>Schema version %1</source>
        <translation>Wersja schematu %1</translation>
    </message>
    <message>
        <location filename="../widgets/WallPage.cpp" line="408"/>
        <source>latest event %1</source>
        <translation>ostatnie zdarzenie %1</translation>
    </message>
    <message>
        <location filename="../widgets/WallPage.cpp" line="392"/>
        <location filename="../widgets/WallPage.cpp" line="410"/>
        <source>updated %1</source>
        <translation>odświeżono %1</translation>
    </message>
    <message>
        <location filename="../widgets/WallPage.cpp" line="133"/>
        <source>Wall</source>
        <translation>Tablica</translation>
    </message>
    <message>
        <location filename="../widgets/WallPage.cpp" line="135"/>
        <source>15 min</source>
        <translation>15 min</translation>
    </message>
    <message>
        <location filename="../widgets/WallPage.cpp" line="136"/>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <location filename="../widgets/WallPage.cpp" line="137"/>
        <source>6 h</source>
        <translation>6 h</translation>
    </message>
    <message>
        <location filename="../widgets/WallPage.cpp" line="138"/>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <location filename="../widgets/WallPage.cpp" line="146"/>
        <source>Chart the last %1</source>
        <translation>Wykres z ostatnich %1</translation>
    </message>
    <message>
        <location filename="../widgets/WallPage.cpp" line="155"/>
        <source>Previous page of charts</source>
        <translation>Poprzednia strona wykresów</translation>
    </message>
    <message>
        <location filename="../widgets/WallPage.cpp" line="159"/>
        <source>Next page of charts</source>
        <translation>Następna strona wykresów</translation>
    </message>
    <message>
        <location filename="../widgets/WallPage.cpp" line="381"/>
        <source>Page %1 of %2 · %3 cohorts</source>
        <translation>Strona %1 z %2 · kohorty: %3</translation>
    </message>
    <message>
        <location filename="../widgets/WallPage.cpp" line="390"/>
        <source>Could not read the charts: %1</source>
        <translation>Nie udało się odczytać wykresów: %1</translation>
    </message>
    <message>
        <location filename="../widgets/WallPage.cpp" line="394"/>
        <location filename="../widgets/WallPage.cpp" line="412"/>
        <source>Waiting for the store…</source>
        <translation>Oczekiwanie na bazę…</translation>
    </message>
    <message>
        <location filename="../widgets/WallPage.cpp" line="396"/>
        <source>No success-rate windows in this time range yet: payops detect writes them as payments arrive.</source>
        <translation>Brak jeszcze okien wskaźnika sukcesu w tym zakresie czasu: payops detect zapisuje je w miarę napływu płatności.</translation>
    </message>
    <message>
        <location filename="../widgets/WallPage.cpp" line="416"/>
        <source>Could not read the overview: %1</source>
        <translation>Nie udało się odczytać przeglądu: %1</translation>
    </message>
</context>
<context>
    <name>WallTilesModel</name>
    <message>
        <location filename="../models/WallTilesModel.cpp" line="74"/>
        <source>Open downtimes</source>
        <translation>Otwarte przestoje</translation>
    </message>
    <message>
        <location filename="../models/WallTilesModel.cpp" line="76"/>
        <source>Webhook success, 15 min</source>
        <translation>Sukces webhooków, 15 min</translation>
    </message>
    <message>
        <location filename="../models/WallTilesModel.cpp" line="78"/>
        <source>Dead deliveries</source>
        <translation>Porzucone doręczenia</translation>
    </message>
    <message>
        <location filename="../models/WallTilesModel.cpp" line="115"/>
        <source>waiting for the store…</source>
        <translation>oczekiwanie na bazę…</translation>
    </message>
    <message>
        <location filename="../models/WallTilesModel.cpp" line="121"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../models/WallTilesModel.cpp" line="124"/>
        <source>%1 muted</source>
        <translation>wyciszone: %1</translation>
    </message>
    <message>
        <location filename="../models/WallTilesModel.cpp" line="125"/>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <location filename="../models/WallTilesModel.cpp" line="128"/>
        <source>%1 attempts</source>
        <translation>prób: %1</translation>
    </message>
    <message>
        <location filename="../models/WallTilesModel.cpp" line="130"/>
        <source>%1 in the last 24 h</source>
        <translation>%1 w ostatnich 24 h</translation>
    </message>
</context>
</TS>
