<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/console/CommandLine.cpp" line="8"/>
        <source>The store to open: a libpq connection string (default: PAYOPS_DSN, then the last store connected to, then the embedded store).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/CommandLine.cpp" line="12"/>
        <source>Render the window to FILE (PNG) once data has loaded, then exit: status 0 when data loaded, 1 otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/CommandLine.cpp" line="16"/>
        <source>The area to show first: wall, deliveries, rules or cashback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/CommandLine.cpp" line="19"/>
        <source>The console&apos;s language: en, fr, pl or ru (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/CommandLine.cpp" line="23"/>
        <source>The payops operations console: the store&apos;s payments, deliveries, downtimes and cashback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/CommandLine.cpp" line="35"/>
        <source>unknown area “%1” (wall, deliveries, rules or cashback)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../widgets/ConnectionDialog.ui" line="14"/>
        <source>Connect to a store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionDialog.ui" line="20"/>
        <source>A libpq connection string, as key=value pairs or a postgresql:// URI. The password is used for this connection only and never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionDialog.ui" line="32"/>
        <source>&amp;Store:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionDialog.ui" line="42"/>
        <source>host=db.example.com dbname=payops user=operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionDialog.ui" line="59"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionDialog.ui" line="72"/>
        <source>not needed for the embedded store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionDialog.cpp" line="36"/>
        <source>Enter a connection string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionDialog.cpp" line="38"/>
        <source>Not a valid connection string: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionStatusWidget</name>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="89"/>
        <source>Store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="90"/>
        <source>The PostgreSQL store this console reads (File › Connect… to change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="121"/>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="123"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="125"/>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="127"/>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="133"/>
        <source>Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="134"/>
        <source>Reconnecting in %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="140"/>
        <source>Role: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="141"/>
        <source>Role: —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="143"/>
        <source>This login holds no payops role: the store refuses its reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="147"/>
        <source>Role: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="149"/>
        <source>Viewer: may look at everything but secrets, and change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="151"/>
        <source>Operator: may retry deliveries, mute alerts and label downtimes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="153"/>
        <source>Admin: may also edit rules, endpoints and cashback campaigns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="156"/>
        <source>An engine&apos;s login: it writes data and is not meant for the console.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="51"/>
        <source>payops console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="73"/>
        <source>Wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="75"/>
        <location filename="../widgets/MainWindow.cpp" line="79"/>
        <source>Deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="76"/>
        <source>Webhook deliveries to merchant endpoints: their state, every attempt on a timeline, and manual retries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="81"/>
        <source>Rules &amp; downtimes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="82"/>
        <source>Detection rules and their versions, the downtimes they found, mutes, and true/false-positive labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="85"/>
        <source>Rules &amp;&amp; downtimes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="87"/>
        <location filename="../widgets/MainWindow.cpp" line="91"/>
        <source>Cashback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="88"/>
        <source>Each cashback flow from payment to cashback to credit, campaigns, and the balance queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="116"/>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="125"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="127"/>
        <source>&amp;Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="131"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="134"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="138"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="141"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="142"/>
        <source>&amp;About payops console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="143"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="145"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="171"/>
        <source>payops console — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="204"/>
        <source>About payops console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="205"/>
        <source>&lt;h3&gt;payops console %1&lt;/h3&gt;&lt;p&gt;The operations console of a payment gateway: live success rates, downtimes, webhook deliveries and cashback, over one PostgreSQL store.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../widgets/PlaceholderPage.cpp" line="15"/>
        <source>Filled by %1 — not built yet: this area arrives in a later version of payops.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenshotJob</name>
    <message>
        <location filename="../app/console/ScreenshotJob.cpp" line="25"/>
        <source>the store did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/ScreenshotJob.cpp" line="32"/>
        <source>refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/ScreenshotJob.cpp" line="50"/>
        <source>payops-console: cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/ScreenshotJob.cpp" line="52"/>
        <source>payops-console: no data loaded (%1); the picture shows the console without it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreBanner</name>
    <message>
        <location filename="../widgets/StoreBanner.cpp" line="48"/>
        <source>The store refused the connection — %1. File › Connect… chooses another store or login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/StoreBanner.cpp" line="52"/>
        <source>Store unreachable — %1. Reconnecting by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/StoreBanner.cpp" line="58"/>
        <source>no data loaded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/StoreBanner.cpp" line="62"/>
        <source>showing data from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreOverviewModel</name>
    <message>
        <location filename="../models/StoreOverviewModel.cpp" line="144"/>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/StoreOverviewModel.cpp" line="146"/>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/StoreOverviewModel.cpp" line="148"/>
        <source>Last 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/StoreOverviewModel.cpp" line="158"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/StoreOverviewModel.cpp" line="160"/>
        <source>Authorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/StoreOverviewModel.cpp" line="162"/>
        <source>Captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/StoreOverviewModel.cpp" line="164"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/StoreOverviewModel.cpp" line="166"/>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/StoreOverviewModel.cpp" line="168"/>
        <source>All payment events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/StoreOverviewModel.cpp" line="170"/>
        <source>Quarantined input lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/StoreOverviewModel.cpp" line="179"/>
        <source>Payment events with status “%1” that occurred in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/StoreOverviewModel.cpp" line="182"/>
        <source>Payment events of every status that occurred in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/StoreOverviewModel.cpp" line="183"/>
        <source>Lines that payops ingest rejected in the period (see ingest_quarantine)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WallPage</name>
    <message>
        <location filename="../widgets/WallPage.cpp" line="30"/>
        <source>Payment events in the store by status, as the engines wrote them. Live success-rate charts per cohort join this page once payops detect fills sr_windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/WallPage.cpp" line="43"/>
        <source>Store overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/WallPage.cpp" line="77"/>
        <source>Schema version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/WallPage.cpp" line="79"/>
        <source>latest event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/WallPage.cpp" line="81"/>
        <source>updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/WallPage.cpp" line="83"/>
        <source>Waiting for the store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/WallPage.cpp" line="87"/>
        <source>Could not read the overview: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
