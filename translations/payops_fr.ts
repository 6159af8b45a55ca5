<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <translation>manuel : %1</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="67"/>
        <source>schedule</source>
        <translation>planifié</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="169"/>
        <source>succeeded</source>
        <translation>réussie</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="171"/>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="173"/>
        <source>retry after</source>
        <translation>réessayer après</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="175"/>
        <source>gone (410)</source>
        <translation>disparu (410)</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="177"/>
        <source>timeout</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="179"/>
        <source>refused</source>
        <translation>refusée</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="181"/>
        <source>circuit open</source>
        <translation>circuit ouvert</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="183"/>
        <source>scheduled</source>
        <translation>prévue</translation>
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
        <translation>Prochaine tentative prévue le %1</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="278"/>
        <source>Manual retry asked by %1, due %2</source>
        <translation>Nouvelle tentative manuelle demandée par %1, prévue le %2</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="327"/>
        <source>Attempt %1 — %2</source>
        <translation>Tentative %1 — %2</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="328"/>
        <source>Started %1</source>
        <translation>Commencée le %1</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="330"/>
        <source>Took %1</source>
        <translation>Durée %1</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="335"/>
        <source>Manual retry asked by %1</source>
        <translation>Nouvelle tentative manuelle demandée par %1</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="345"/>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="347"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="349"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="351"/>
        <source>HTTP status / error</source>
        <translation>Statut HTTP / erreur</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="353"/>
        <source>Trigger</source>
        <translation>Déclencheur</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="355"/>
        <source>Next attempt</source>
        <translation>Tentative suivante</translation>
    </message>
</context>
<context>
    <name>AttemptTimelineView</name>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="42"/>
        <source>first</source>
        <translation>première</translation>
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
        <translation>+%1 j</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="82"/>
        <source>Attempt timeline</source>
        <translation>Chronologie des tentatives</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="241"/>
        <source>First attempt %1</source>
        <translation>Première tentative %1</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="245"/>
        <source>time since the first attempt (log scale)</source>
        <translation>temps depuis la première tentative (échelle log.)</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="294"/>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="368"/>
        <source>success</source>
        <translation>succès</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="369"/>
        <source>failure</source>
        <translation>échec</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="370"/>
        <source>429 / retry after</source>
        <translation>429 / réessayer après</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="371"/>
        <source>timeout / no answer</source>
        <translation>délai / sans réponse</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="372"/>
        <source>410 gone</source>
        <translation>410 disparu</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="395"/>
        <source>scheduled</source>
        <translation>prévue</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="400"/>
        <source>manual retry</source>
        <translation>tentative manuelle</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="402"/>
        <source>size: duration</source>
        <translation>taille : durée</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="410"/>
        <source>No attempts yet</source>
        <translation>Aucune tentative pour l’instant</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="410"/>
        <source>Select a delivery</source>
        <translation>Sélectionnez une livraison</translation>
    </message>
</context>
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
    <name>DeliveriesPage</name>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="64"/>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Précédente</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="65"/>
        <source>&amp;Next ▶</source>
        <translation>&amp;Suivante ▶</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="66"/>
        <source>&amp;Retry delivery…</source>
        <translation>&amp;Relancer la livraison…</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="67"/>
        <source>Retry &amp;all matching…</source>
        <translation>Relancer &amp;toutes les correspondantes…</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="68"/>
        <source>Copy as c&amp;url</source>
        <translation>Copier en c&amp;url</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="69"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="107"/>
        <source>Deliveries</source>
        <translation>Livraisons</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="108"/>
        <source>Webhook deliveries to merchant endpoints, newest first: search them, open an event&apos;s attempts, retry what failed.</source>
        <translation>Livraisons de webhooks aux points de terminaison des marchands, les plus récentes d’abord : recherchez-les, ouvrez les tentatives d’un événement, relancez ce qui a échoué.</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="146"/>
        <source>Copies a curl command repeating the selected delivery&apos;s last request: URL, body and headers with the signature it carried. Never the signing secret.</source>
        <translation>Copie une commande curl qui répète la dernière requête de la livraison choisie : URL, corps et en-têtes avec la signature envoyée. Jamais le secret de signature.</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="149"/>
        <source>Writes every delivery matching the current search (all pages, read from the store page by page) to a CSV file.</source>
        <translation>Écrit dans un fichier CSV toutes les livraisons correspondant à la recherche (toutes les pages, lues dans la base page par page).</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="183"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="215"/>
        <source>Page %1 · loading…</source>
        <translation>Page %1 · chargement…</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="229"/>
        <source>Could not search the deliveries: %1</source>
        <translation>Impossible de rechercher les livraisons : %1</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="241"/>
        <source>Page %1 · no deliveries</source>
        <translation>Page %1 · aucune livraison</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="242"/>
        <source>Page %1 · deliveries %2–%3%4</source>
        <translation>Page %1 · livraisons %2–%3%4</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="246"/>
        <source>, more follow</source>
        <translation>, d’autres suivent</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="296"/>
        <source>Retries every delivery matching the current search now, after telling you how many.</source>
        <translation>Relance maintenant toutes les livraisons correspondant à la recherche, après vous avoir dit combien.</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="301"/>
        <source>Search by merchant, endpoint id or state first: a bulk retry of every delivery is not allowed.</source>
        <translation>Recherchez d’abord par marchand, identifiant de point de terminaison ou état : relancer toutes les livraisons n’est pas permis.</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="306"/>
        <source>A bulk retry filters by merchant, endpoint id, state and time only; this search also uses a payment id, an event id or a URL fragment. Retry the deliveries one by one.</source>
        <translation>Une relance groupée ne filtre que par marchand, identifiant de point de terminaison, état et période ; cette recherche utilise aussi un identifiant de paiement, d’événement ou un fragment d’URL. Relancez les livraisons une par une.</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="312"/>
        <source>Deliveries in flight are being attempted right now and cannot be retried.</source>
        <translation>Les livraisons en cours sont tentées en ce moment et ne peuvent pas être relancées.</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="333"/>
        <source>Retry delivery</source>
        <translation>Relancer la livraison</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="330"/>
        <source>Retry delivery %1 of event %2 to %3 now, ahead of scheduled work?</source>
        <translation>Relancer maintenant la livraison %1 de l’événement %2 vers %3, avant le travail planifié ?</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="184"/>
        <source>Endpoint health</source>
        <translation>Santé des points de terminaison</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="329"/>
        <source>Retry delivery %1 now, ahead of scheduled work?</source>
        <translation>Relancer maintenant la livraison %1, avant le travail planifié ?</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="340"/>
        <location filename="../widgets/DeliveriesPage.cpp" line="392"/>
        <source>The store refused the retry: %1</source>
        <translation>La base a refusé la relance : %1</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="343"/>
        <source>Delivery %1 is due now, ahead of scheduled work.</source>
        <translation>La livraison %1 est due maintenant, avant le travail planifié.</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="362"/>
        <source>Could not count the matching deliveries: %1</source>
        <translation>Impossible de compter les livraisons correspondantes : %1</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="373"/>
        <source>No delivery matching the search can be retried (deliveries in flight and those of disabled endpoints are skipped).</source>
        <translation>Aucune livraison correspondant à la recherche ne peut être relancée (les livraisons en cours et celles des points de terminaison désactivés sont ignorées).</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="378"/>
        <source>Retry the one delivery matching the current search now, ahead of scheduled work?</source>
        <translation>Relancer maintenant la seule livraison correspondant à la recherche, avant le travail planifié ?</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/DeliveriesPage.cpp" line="380"/>
        <source>Retry %n deliveries matching the current search now, ahead of scheduled work?</source>
        <translation>
            <numerusform>Relancer maintenant %n livraison correspondant à la recherche, avant le travail planifié ?</numerusform>
            <numerusform>Relancer maintenant %n livraisons correspondant à la recherche, avant le travail planifié ?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="384"/>
        <source>Retry all matching deliveries</source>
        <translation>Relancer toutes les livraisons correspondantes</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="385"/>
        <source>Deliveries in flight and those of disabled endpoints are skipped.</source>
        <translation>Les livraisons en cours et celles des points de terminaison désactivés sont ignorées.</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="397"/>
        <source>One delivery retried.</source>
        <translation>Une livraison relancée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/DeliveriesPage.cpp" line="398"/>
        <source>%n deliveries retried.</source>
        <translation>
            <numerusform>%n livraison relancée.</numerusform>
            <numerusform>%n livraisons relancées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="412"/>
        <source>Could not read delivery %1: %2</source>
        <translation>Impossible de lire la livraison %1 : %2</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="422"/>
        <source>Copied a curl command for delivery %1. It was never attempted, so the command carries no signature.</source>
        <translation>Commande curl copiée pour la livraison %1. Elle n’a jamais été tentée : la commande ne porte pas de signature.</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="425"/>
        <source>Copied a curl command for delivery %1 with the headers of its last attempt (signature included, secret never).</source>
        <translation>Commande curl copiée pour la livraison %1 avec les en-têtes de sa dernière tentative (signature comprise, jamais le secret).</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="434"/>
        <source>Export all matching deliveries</source>
        <translation>Exporter toutes les livraisons correspondantes</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="435"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/DeliveriesPage.cpp" line="447"/>
        <source>Exporting… %n deliveries written</source>
        <translation>
            <numerusform>Export… %n livraison écrite</numerusform>
            <numerusform>Export… %n livraisons écrites</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="454"/>
        <source>Exported one delivery to %1.</source>
        <translation>Une livraison exportée vers %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/DeliveriesPage.cpp" line="455"/>
        <source>Exported %n deliveries to %1.</source>
        <translation>
            <numerusform>%n livraison exportée vers %1.</numerusform>
            <numerusform>%n livraisons exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="457"/>
        <source>Export failed, nothing written: %1</source>
        <translation>Échec de l’export, rien n’a été écrit : %1</translation>
    </message>
</context>
<context>
    <name>DeliverySearchForm</name>
    <message>
        <location filename="../widgets/DeliverySearchForm.cpp" line="14"/>
        <source>Merchant id</source>
        <translation>Identifiant du marchand</translation>
    </message>
    <message>
        <location filename="../widgets/DeliverySearchForm.cpp" line="15"/>
        <source>Payment id</source>
        <translation>Identifiant du paiement</translation>
    </message>
    <message>
        <location filename="../widgets/DeliverySearchForm.cpp" line="16"/>
        <source>Event id</source>
        <translation>Identifiant de l’événement</translation>
    </message>
    <message>
        <location filename="../widgets/DeliverySearchForm.cpp" line="17"/>
        <source>Endpoint id or part of its URL</source>
        <translation>Identifiant du point de terminaison ou partie de son URL</translation>
    </message>
    <message>
        <location filename="../widgets/DeliverySearchForm.cpp" line="19"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../widgets/DeliverySearchForm.cpp" line="20"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../widgets/DeliverySearchForm.cpp" line="23"/>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../widgets/DeliverySearchForm.cpp" line="27"/>
        <source>Any state</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location filename="../widgets/DeliverySearchForm.cpp" line="28"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../widgets/DeliverySearchForm.cpp" line="29"/>
        <source>In flight</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../widgets/DeliverySearchForm.cpp" line="30"/>
        <source>Failed, retrying</source>
        <translation>Échouée, nouvel essai prévu</translation>
    </message>
    <message>
        <location filename="../widgets/DeliverySearchForm.cpp" line="31"/>
        <source>Succeeded</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <location filename="../widgets/DeliverySearchForm.cpp" line="32"/>
        <source>Dead</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <location filename="../widgets/DeliverySearchForm.cpp" line="35"/>
        <source>C&amp;lear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <location filename="../widgets/DeliverySearchForm.cpp" line="87"/>
        <source>Deliveries created at or after “From” and before “To” (local time)</source>
        <translation>Livraisons créées à partir de « Du » et avant « Au » (heure locale)</translation>
    </message>
    <message>
        <location filename="../widgets/DeliverySearchForm.cpp" line="129"/>
        <source>“To” must be after “From”.</source>
        <translation>« Au » doit être après « Du ».</translation>
    </message>
</context>
<context>
    <name>DeliverySearchModel</name>
    <message>
        <location filename="../models/DeliverySearchModel.cpp" line="143"/>
        <source>%1 (payment %2)</source>
        <translation>%1 (paiement %2)</translation>
    </message>
    <message>
        <location filename="../models/DeliverySearchModel.cpp" line="145"/>
        <source>Endpoint %1: %2</source>
        <translation>Point de terminaison %1 : %2</translation>
    </message>
    <message>
        <location filename="../models/DeliverySearchModel.cpp" line="148"/>
        <source>Not attempted yet</source>
        <translation>Pas encore tentée</translation>
    </message>
    <message>
        <location filename="../models/DeliverySearchModel.cpp" line="151"/>
        <source>Event created %1; delivery created %2</source>
        <translation>Événement créé %1 ; livraison créée %2</translation>
    </message>
    <message>
        <location filename="../models/DeliverySearchModel.cpp" line="161"/>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1 : %2</translation>
    </message>
    <message>
        <location filename="../models/DeliverySearchModel.cpp" line="163"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../models/DeliverySearchModel.cpp" line="170"/>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../models/DeliverySearchModel.cpp" line="172"/>
        <source>in flight</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../models/DeliverySearchModel.cpp" line="174"/>
        <source>failed, retrying</source>
        <translation>échouée, nouvel essai prévu</translation>
    </message>
    <message>
        <location filename="../models/DeliverySearchModel.cpp" line="176"/>
        <source>succeeded</source>
        <translation>réussie</translation>
    </message>
    <message>
        <location filename="../models/DeliverySearchModel.cpp" line="178"/>
        <source>dead</source>
        <translation>abandonnée</translation>
    </message>
    <message>
        <location filename="../models/DeliverySearchModel.cpp" line="188"/>
        <source>Event time</source>
        <translation>Heure de l’événement</translation>
    </message>
    <message>
        <location filename="../models/DeliverySearchModel.cpp" line="190"/>
        <source>Event id</source>
        <translation>Identifiant de l’événement</translation>
    </message>
    <message>
        <location filename="../models/DeliverySearchModel.cpp" line="192"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../models/DeliverySearchModel.cpp" line="194"/>
        <source>Merchant</source>
        <translation>Marchand</translation>
    </message>
    <message>
        <location filename="../models/DeliverySearchModel.cpp" line="196"/>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <location filename="../models/DeliverySearchModel.cpp" line="198"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../models/DeliverySearchModel.cpp" line="200"/>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location filename="../models/DeliverySearchModel.cpp" line="202"/>
        <source>Last status / error</source>
        <translation>Dernier statut / erreur</translation>
    </message>
    <message>
        <location filename="../models/DeliverySearchModel.cpp" line="204"/>
        <source>Next attempt</source>
        <translation>Tentative suivante</translation>
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
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="135"/>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="137"/>
        <source>half-open</source>
        <translation>semi-ouvert</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="138"/>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="140"/>
        <source>enabled</source>
        <translation>activé</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="140"/>
        <location filename="../models/EndpointHealthModel.cpp" line="171"/>
        <source>disabled: %1</source>
        <translation>désactivé : %1</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="161"/>
        <source>%1 of %2 attempts succeeded in the last hour</source>
        <translation>%1 tentatives réussies sur %2 dans la dernière heure</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/EndpointHealthModel.cpp" line="165"/>
        <source>%n consecutive failure(s)</source>
        <translation>
            <numerusform>%n échec consécutif</numerusform>
            <numerusform>%n échecs consécutifs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="167"/>
        <source>failing since %1</source>
        <translation>en échec depuis %1</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="181"/>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="183"/>
        <source>Merchant</source>
        <translation>Marchand</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="185"/>
        <source>Success (1 h)</source>
        <translation>Succès (1 h)</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="187"/>
        <source>Attempts (1 h)</source>
        <translation>Tentatives (1 h)</translation>
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
        <translation>Circuit</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="195"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>EndpointHealthView</name>
    <message>
        <location filename="../widgets/EndpointHealthView.cpp" line="24"/>
        <source>Re-enable…</source>
        <translation>Réactiver…</translation>
    </message>
    <message>
        <location filename="../widgets/EndpointHealthView.cpp" line="39"/>
        <source>Enable the selected endpoint again (admins; audited)</source>
        <translation>Réactiver le point de terminaison sélectionné (administrateurs ; audité)</translation>
    </message>
    <message>
        <location filename="../widgets/EndpointHealthView.cpp" line="99"/>
        <source>Re-enable endpoint</source>
        <translation>Réactiver le point de terminaison</translation>
    </message>
    <message>
        <location filename="../widgets/EndpointHealthView.cpp" line="100"/>
        <source>Why may %1 receive deliveries again? The reason goes to the audit log.</source>
        <translation>Pourquoi %1 peut-il de nouveau recevoir des livraisons ? La raison est inscrite au journal d’audit.</translation>
    </message>
    <message>
        <location filename="../widgets/EndpointHealthView.cpp" line="103"/>
        <source>Re-enable</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <location filename="../widgets/EndpointHealthView.cpp" line="114"/>
        <source>Endpoint %1 enabled again.</source>
        <translation>Point de terminaison %1 réactivé.</translation>
    </message>
    <message>
        <location filename="../widgets/EndpointHealthView.cpp" line="119"/>
        <source>The store refused: %1</source>
        <translation>La base a refusé : %1</translation>
    </message>
    <message>
        <location filename="../widgets/EndpointHealthView.cpp" line="127"/>
        <source>Could not read endpoint health: %1</source>
        <translation>Impossible de lire l’état des points de terminaison : %1</translation>
    </message>
</context>
<context>
    <name>EventDeliveriesModel</name>
    <message>
        <location filename="../models/EventDeliveriesModel.cpp" line="81"/>
        <source>This endpoint is disabled</source>
        <translation>Ce point de terminaison est désactivé</translation>
    </message>
    <message>
        <location filename="../models/EventDeliveriesModel.cpp" line="83"/>
        <source>Manual retry asked by %1</source>
        <translation>Nouvelle tentative manuelle demandée par %1</translation>
    </message>
    <message>
        <location filename="../models/EventDeliveriesModel.cpp" line="102"/>
        <source>%1 (disabled)</source>
        <translation>%1 (désactivé)</translation>
    </message>
    <message>
        <location filename="../models/EventDeliveriesModel.cpp" line="112"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../models/EventDeliveriesModel.cpp" line="126"/>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <location filename="../models/EventDeliveriesModel.cpp" line="128"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../models/EventDeliveriesModel.cpp" line="130"/>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location filename="../models/EventDeliveriesModel.cpp" line="132"/>
        <source>Next attempt</source>
        <translation>Tentative suivante</translation>
    </message>
    <message>
        <location filename="../models/EventDeliveriesModel.cpp" line="134"/>
        <source>Last result</source>
        <translation>Dernier résultat</translation>
    </message>
</context>
<context>
    <name>EventDetailPanel</name>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="96"/>
        <source>Retry delivery…</source>
        <translation>Relancer la livraison…</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="109"/>
        <source>Payload</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="152"/>
        <source>No event selected.</source>
        <translation>Aucun événement sélectionné.</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="170"/>
        <source>Deliveries</source>
        <translation>Livraisons</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="184"/>
        <source>Attempt timeline</source>
        <translation>Chronologie des tentatives</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="196"/>
        <source>Request headers</source>
        <translation>En-têtes de la requête</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="199"/>
        <source>Response / error</source>
        <translation>Réponse / erreur</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="224"/>
        <source>Loading event %1…</source>
        <translation>Chargement de l’événement %1…</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="253"/>
        <source>Could not read the event: %1</source>
        <translation>Impossible de lire l’événement : %1</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="259"/>
        <source>No webhook event %1 in the store.</source>
        <translation>Aucun événement webhook %1 dans la base.</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="267"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="277"/>
        <source>merchant %1 · payment %2 · created %3</source>
        <translation>marchand %1 · paiement %2 · créé le %3</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="287"/>
        <source>Could not read the deliveries: %1</source>
        <translation>Impossible de lire les livraisons : %1</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="334"/>
        <source>Could not read the attempts: %1</source>
        <translation>Impossible de lire les tentatives : %1</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="366"/>
        <source>Not sent yet: %1</source>
        <translation>Pas encore envoyée : %1</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="376"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="378"/>
        <source>Transport error: %1</source>
        <translation>Erreur de transport : %1</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="380"/>
        <source>(no response body)</source>
        <translation>(pas de corps de réponse)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="52"/>
        <source>payops console</source>
        <translation>console payops</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="74"/>
        <source>Wall</source>
        <translation>Mur</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="75"/>
        <source>Deliveries</source>
        <translation>Livraisons</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="77"/>
        <source>Rules &amp; downtimes</source>
        <translation>Règles et indisponibilités</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="78"/>
        <source>Detection rules and their versions, the downtimes they found, mutes, and true/false-positive labels.</source>
        <translation>Les règles de détection et leurs versions, les indisponibilités détectées, les sourdines et les qualifications vrai/faux positif.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="81"/>
        <source>Rules &amp;&amp; downtimes</source>
        <translation>Règles et indisponibilités</translation>
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
        <translation>Chaque flux de cashback, du paiement au cashback puis au crédit, les campagnes et la file des soldes.</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="112"/>
        <source>Areas</source>
        <translation>Zones</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="121"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="123"/>
        <source>&amp;Connect…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="127"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="130"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="134"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="137"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="138"/>
        <source>&amp;About payops console</source>
        <translation>À &amp;propos de la console payops</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="139"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="141"/>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="167"/>
        <source>payops console — %1</source>
        <translation>console payops — %1</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="200"/>
        <source>About payops console</source>
        <translation>À propos de la console payops</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="201"/>
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
    <name>RetryDialog</name>
    <message>
        <location filename="../widgets/RetryDialog.cpp" line="19"/>
        <source>Why? (kept in the audit log)</source>
        <translation>Pourquoi ? (conservé dans le journal d’audit)</translation>
    </message>
    <message>
        <location filename="../widgets/RetryDialog.cpp" line="23"/>
        <source>Retry</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <location filename="../widgets/RetryDialog.cpp" line="31"/>
        <source>Reason:</source>
        <translation>Raison :</translation>
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
