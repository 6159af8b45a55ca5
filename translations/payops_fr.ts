<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/console/CommandLine.cpp" line="8"/>
        <source>The store to open: a libpq connection string (default: PAYOPS_DSN, then the last store connected to, then the embedded store).</source>
        <translation>La base à ouvrir : une chaîne de connexion libpq (par défaut : PAYOPS_DSN, puis la dernière base utilisée, puis la base intégrée).</translation>
    </message>
    <message>
        <location filename="../app/console/CommandLine.cpp" line="12"/>
        <source>Render the window to FILE (PNG) once data has loaded, then exit: status 0 when data loaded, 1 otherwise.</source>
        <translation>Rendre la fenêtre dans FILE (PNG) une fois les données chargées, puis quitter : code 0 si les données ont été chargées, 1 sinon.</translation>
    </message>
    <message>
        <location filename="../app/console/CommandLine.cpp" line="16"/>
        <source>The area to show first: wall, deliveries, rules or cashback.</source>
        <translation>La zone à afficher d&apos;abord : wall, deliveries, rules ou cashback.</translation>
    </message>
    <message>
        <location filename="../app/console/CommandLine.cpp" line="19"/>
        <source>The console&apos;s language: en, fr, pl or ru (default: the system&apos;s).</source>
        <translation>La langue de la console : en, fr, pl ou ru (par défaut : celle du système).</translation>
    </message>
    <message>
        <location filename="../app/console/CommandLine.cpp" line="23"/>
        <source>The payops operations console: the store&apos;s payments, deliveries, downtimes and cashback.</source>
        <translation>La console d&apos;exploitation payops : paiements, livraisons, indisponibilités et cashback de la base.</translation>
    </message>
    <message>
        <location filename="../app/console/CommandLine.cpp" line="35"/>
        <source>unknown area “%1” (wall, deliveries, rules or cashback)</source>
        <translation>zone inconnue « %1 » (wall, deliveries, rules ou cashback)</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../widgets/ConnectionDialog.ui" line="14"/>
        <source>Connect to a store</source>
        <translation>Se connecter à une base</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionDialog.ui" line="20"/>
        <source>A libpq connection string, as key=value pairs or a postgresql:// URI. The password is used for this connection only and never saved.</source>
        <translation>Une chaîne de connexion libpq, en paires clé=valeur ou en URI postgresql://. Le mot de passe ne sert qu&apos;à cette connexion et n&apos;est jamais enregistré.</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionDialog.ui" line="32"/>
        <source>&amp;Store:</source>
        <translation>&amp;Base :</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionDialog.ui" line="42"/>
        <source>host=db.example.com dbname=payops user=operator</source>
        <translation>host=db.example.com dbname=payops user=operator</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionDialog.ui" line="59"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionDialog.ui" line="72"/>
        <source>not needed for the embedded store</source>
        <translation>inutile pour la base intégrée</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionDialog.cpp" line="36"/>
        <source>Enter a connection string.</source>
        <translation>Saisissez une chaîne de connexion.</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionDialog.cpp" line="38"/>
        <source>Not a valid connection string: %1</source>
        <translation>Chaîne de connexion invalide : %1</translation>
    </message>
</context>
<context>
    <name>ConnectionStatusWidget</name>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="89"/>
        <source>Store: %1</source>
        <translation>Base : %1</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="90"/>
        <source>The PostgreSQL store this console reads (File › Connect… to change)</source>
        <translation>La base PostgreSQL que lit cette console (Fichier › Se connecter… pour en changer)</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="121"/>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="123"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="125"/>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="127"/>
        <source>Refused: %1</source>
        <translation>Refusé : %1</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="133"/>
        <source>Reconnecting…</source>
        <translation>Reconnexion…</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="134"/>
        <source>Reconnecting in %n s</source>
        <translation>
            <numerusform>Reconnexion dans %n s</numerusform>
            <numerusform>Reconnexion dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="140"/>
        <source>Role: none</source>
        <translation>Rôle : aucun</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="141"/>
        <source>Role: —</source>
        <translation>Rôle : —</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="143"/>
        <source>This login holds no payops role: the store refuses its reads.</source>
        <translation>Ce compte n&apos;a aucun rôle payops : la base refuse ses lectures.</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="147"/>
        <source>Role: %1</source>
        <translation>Rôle : %1</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="149"/>
        <source>Viewer: may look at everything but secrets, and change nothing.</source>
        <translation>Lecteur : peut tout consulter sauf les secrets, sans rien modifier.</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="151"/>
        <source>Operator: may retry deliveries, mute alerts and label downtimes.</source>
        <translation>Opérateur : peut relancer des livraisons, mettre des alertes en sourdine et qualifier des indisponibilités.</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="153"/>
        <source>Admin: may also edit rules, endpoints and cashback campaigns.</source>
        <translation>Administrateur : peut aussi modifier les règles, les points de terminaison et les campagnes de cashback.</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="156"/>
        <source>An engine&apos;s login: it writes data and is not meant for the console.</source>
        <translation>Compte d&apos;un moteur : il écrit des données et n&apos;est pas destiné à la console.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="51"/>
        <source>payops console</source>
        <translation>console payops</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="73"/>
        <source>Wall</source>
        <translation>Mur</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="75"/>
        <location filename="../widgets/MainWindow.cpp" line="79"/>
        <source>Deliveries</source>
        <translation>Livraisons</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="76"/>
        <source>Webhook deliveries to merchant endpoints: their state, every attempt on a timeline, and manual retries.</source>
        <translation>Livraisons de webhooks vers les points de terminaison des marchands : leur état, chaque tentative sur une frise chronologique, et les relances manuelles.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="81"/>
        <source>Rules &amp; downtimes</source>
        <translation>Règles et indisponibilités</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="82"/>
        <source>Detection rules and their versions, the downtimes they found, mutes, and true/false-positive labels.</source>
        <translation>Les règles de détection et leurs versions, les indisponibilités détectées, les sourdines et les qualifications vrai/faux positif.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="85"/>
        <source>Rules &amp;&amp; downtimes</source>
        <translation>Règles et indisponibilités</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="87"/>
        <location filename="../widgets/MainWindow.cpp" line="91"/>
        <source>Cashback</source>
        <translation>Cashback</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="88"/>
        <source>Each cashback flow from payment to cashback to credit, campaigns, and the balance queue.</source>
        <translation>Chaque flux de cashback, du paiement au cashback puis au crédit, les campagnes et la file des soldes.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="116"/>
        <source>Areas</source>
        <translation>Zones</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="125"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="127"/>
        <source>&amp;Connect…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="131"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="134"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="138"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="141"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="142"/>
        <source>&amp;About payops console</source>
        <translation>À &amp;propos de la console payops</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="143"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="145"/>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="171"/>
        <source>payops console — %1</source>
        <translation>console payops — %1</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="204"/>
        <source>About payops console</source>
        <translation>À propos de la console payops</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="205"/>
        <source>&lt;h3&gt;payops console %1&lt;/h3&gt;&lt;p&gt;The operations console of a payment gateway: live success rates, downtimes, webhook deliveries and cashback, over one PostgreSQL store.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;console payops %1&lt;/h3&gt;&lt;p&gt;La console d&apos;exploitation d&apos;une passerelle de paiement : taux de succès en direct, indisponibilités, livraisons de webhooks et cashback, sur une seule base PostgreSQL.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../widgets/PlaceholderPage.cpp" line="15"/>
        <source>Filled by %1 — not built yet: this area arrives in a later version of payops.</source>
        <translation>Alimentée par %1 — pas encore construite : cette zone arrive dans une prochaine version de payops.</translation>
    </message>
</context>
<context>
    <name>ScreenshotJob</name>
    <message>
        <location filename="../app/console/ScreenshotJob.cpp" line="25"/>
        <source>the store did not answer in time</source>
        <translation>la base n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <location filename="../app/console/ScreenshotJob.cpp" line="32"/>
        <source>refused: %1</source>
        <translation>refusé : %1</translation>
    </message>
    <message>
        <location filename="../app/console/ScreenshotJob.cpp" line="50"/>
        <source>payops-console: cannot write %1</source>
        <translation>payops-console : impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <location filename="../app/console/ScreenshotJob.cpp" line="52"/>
        <source>payops-console: no data loaded (%1); the picture shows the console without it</source>
        <translation>payops-console : aucune donnée chargée (%1) ; l&apos;image montre la console sans données</translation>
    </message>
</context>
<context>
    <name>StoreBanner</name>
    <message>
        <location filename="../widgets/StoreBanner.cpp" line="49"/>
        <source>The store refused the connection — %1. File › Connect… chooses another store or login.</source>
        <translation>La base a refusé la connexion — %1. Fichier › Se connecter… permet de choisir une autre base ou un autre compte.</translation>
    </message>
    <message>
        <location filename="../widgets/StoreBanner.cpp" line="53"/>
        <source>Store unreachable — %1. Reconnecting by itself.</source>
        <translation>Base injoignable — %1. Reconnexion automatique.</translation>
    </message>
    <message>
        <location filename="../widgets/StoreBanner.cpp" line="59"/>
        <source>no data loaded yet</source>
        <translation>aucune donnée chargée pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../widgets/StoreBanner.cpp" line="63"/>
        <source>showing data from %1</source>
        <translation>données affichées de %1</translation>
    </message>
</context>
<context>
    <name>StoreOverviewModel</name>
    <message>
        <location filename="../models/StoreOverviewModel.cpp" line="144"/>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <location filename="../models/StoreOverviewModel.cpp" line="146"/>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <location filename="../models/StoreOverviewModel.cpp" line="148"/>
        <source>Last 24 h</source>
        <translation>Dernières 24 h</translation>
    </message>
    <message>
        <location filename="../models/StoreOverviewModel.cpp" line="158"/>
        <source>Created</source>
        <translation>Créés</translation>
    </message>
    <message>
        <location filename="../models/StoreOverviewModel.cpp" line="160"/>
        <source>Authorized</source>
        <translation>Autorisés</translation>
    </message>
    <message>
        <location filename="../models/StoreOverviewModel.cpp" line="162"/>
        <source>Captured</source>
        <translation>Capturés</translation>
    </message>
    <message>
        <location filename="../models/StoreOverviewModel.cpp" line="164"/>
        <source>Failed</source>
        <translation>Échoués</translation>
    </message>
    <message>
        <location filename="../models/StoreOverviewModel.cpp" line="166"/>
        <source>Refunded</source>
        <translation>Remboursés</translation>
    </message>
    <message>
        <location filename="../models/StoreOverviewModel.cpp" line="168"/>
        <source>All payment events</source>
        <translation>Tous les événements de paiement</translation>
    </message>
    <message>
        <location filename="../models/StoreOverviewModel.cpp" line="170"/>
        <source>Quarantined input lines</source>
        <translation>Lignes d&apos;entrée en quarantaine</translation>
    </message>
    <message>
        <location filename="../models/StoreOverviewModel.cpp" line="179"/>
        <source>Payment events with status “%1” that occurred in the period</source>
        <translation>Événements de paiement au statut « %1 » survenus sur la période</translation>
    </message>
    <message>
        <location filename="../models/StoreOverviewModel.cpp" line="182"/>
        <source>Payment events of every status that occurred in the period</source>
        <translation>Événements de paiement de tout statut survenus sur la période</translation>
    </message>
    <message>
        <location filename="../models/StoreOverviewModel.cpp" line="183"/>
        <source>Lines that payops ingest rejected in the period (see ingest_quarantine)</source>
        <translation>Lignes rejetées par payops ingest sur la période (voir ingest_quarantine)</translation>
    </message>
</context>
<context>
    <name>WallPage</name>
    <message>
        <location filename="../widgets/WallPage.cpp" line="30"/>
        <source>Payment events in the store by status, as the engines wrote them. Live success-rate charts per cohort join this page once payops detect fills sr_windows.</source>
        <translation>Événements de paiement de la base par statut, tels que les moteurs les ont écrits. Les graphiques de taux de succès par cohorte en direct rejoindront cette page quand payops detect remplira sr_windows.</translation>
    </message>
    <message>
        <location filename="../widgets/WallPage.cpp" line="43"/>
        <source>Store overview</source>
        <translation>Vue d&apos;ensemble de la base</translation>
    </message>
    <message>
        <location filename="../widgets/WallPage.cpp" line="77"/>
        <source>Schema version %1</source>
        <translation>Version du schéma %1</translation>
    </message>
    <message>
        <location filename="../widgets/WallPage.cpp" line="79"/>
        <source>latest event %1</source>
        <translation>dernier événement %1</translation>
    </message>
    <message>
        <location filename="../widgets/WallPage.cpp" line="81"/>
        <source>updated %1</source>
        <translation>mis à jour %1</translation>
    </message>
    <message>
        <location filename="../widgets/WallPage.cpp" line="83"/>
        <source>Waiting for the store…</source>
        <translation>En attente de la base…</translation>
    </message>
    <message>
        <location filename="../widgets/WallPage.cpp" line="87"/>
        <source>Could not read the overview: %1</source>
        <translation>Impossible de lire la vue d&apos;ensemble : %1</translation>
    </message>
</context>
</TS>
