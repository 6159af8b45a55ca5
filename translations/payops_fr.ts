<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActionText</name>
    <message>
        <location filename="../widgets/ActionText.cpp" line="11"/>
        <source>%1: contains a NUL character</source>
        <translation>%1 : contient un caractère NUL</translation>
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
        <translation>manuel : %1</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="68"/>
        <source>schedule</source>
        <translation>planifié</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="170"/>
        <source>succeeded</source>
        <translation>réussie</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="172"/>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="174"/>
        <source>retry after</source>
        <translation>réessayer après</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="176"/>
        <source>gone (410)</source>
        <translation>disparu (410)</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="178"/>
        <source>timeout</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="180"/>
        <source>refused</source>
        <translation>refusée</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="182"/>
        <source>circuit open</source>
        <translation>circuit ouvert</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="184"/>
        <source>scheduled</source>
        <translation>prévue</translation>
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
        <translation>Prochaine tentative prévue le %1</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="279"/>
        <source>Manual retry asked by %1, due %2</source>
        <translation>Nouvelle tentative manuelle demandée par %1, prévue le %2</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="328"/>
        <source>Attempt %1 — %2</source>
        <translation>Tentative %1 — %2</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="329"/>
        <source>Started %1</source>
        <translation>Commencée le %1</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="331"/>
        <source>Took %1</source>
        <translation>Durée %1</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="336"/>
        <source>Manual retry asked by %1</source>
        <translation>Nouvelle tentative manuelle demandée par %1</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="346"/>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="348"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="350"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="352"/>
        <source>HTTP status / error</source>
        <translation>Statut HTTP / erreur</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="354"/>
        <source>Trigger</source>
        <translation>Déclencheur</translation>
    </message>
    <message>
        <location filename="../models/AttemptTimelineModel.cpp" line="356"/>
        <source>Next attempt</source>
        <translation>Tentative suivante</translation>
    </message>
</context>
<context>
    <name>AttemptTimelineView</name>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="43"/>
        <source>first</source>
        <translation>première</translation>
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
        <translation>+%1 j</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="83"/>
        <source>Attempt timeline</source>
        <translation>Chronologie des tentatives</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="242"/>
        <source>First attempt %1</source>
        <translation>Première tentative %1</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="246"/>
        <source>time since the first attempt (log scale)</source>
        <translation>temps depuis la première tentative (échelle log.)</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="295"/>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="369"/>
        <source>success</source>
        <translation>succès</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="370"/>
        <source>failure</source>
        <translation>échec</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="371"/>
        <source>429 / retry after</source>
        <translation>429 / réessayer après</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="372"/>
        <source>timeout / no answer</source>
        <translation>délai / sans réponse</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="373"/>
        <source>410 gone</source>
        <translation>410 disparu</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="396"/>
        <source>scheduled</source>
        <translation>prévue</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="401"/>
        <source>manual retry</source>
        <translation>tentative manuelle</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="403"/>
        <source>size: duration</source>
        <translation>taille : durée</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="411"/>
        <source>No attempts yet</source>
        <translation>Aucune tentative pour l’instant</translation>
    </message>
    <message>
        <location filename="../widgets/AttemptTimelineView.cpp" line="411"/>
        <source>Select a delivery</source>
        <translation>Sélectionnez une livraison</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <location filename="../models/AuditLogModel.cpp" line="78"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../models/AuditLogModel.cpp" line="80"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../models/AuditLogModel.cpp" line="82"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../models/AuditLogModel.cpp" line="84"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location filename="../models/AuditLogModel.cpp" line="86"/>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <location filename="../models/AuditLogModel.cpp" line="88"/>
        <source>Changed</source>
        <translation>Modifications</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../widgets/AuditView.cpp" line="35"/>
        <source>Between</source>
        <translation>Entre</translation>
    </message>
    <message>
        <location filename="../widgets/AuditView.cpp" line="41"/>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Précédente</translation>
    </message>
    <message>
        <location filename="../widgets/AuditView.cpp" line="42"/>
        <source>&amp;Next ▶</source>
        <translation>&amp;Suivante ▶</translation>
    </message>
    <message>
        <location filename="../widgets/AuditView.cpp" line="65"/>
        <source>Select a row to see what it changed.</source>
        <translation>Sélectionnez une ligne pour voir ce qu’elle a modifié.</translation>
    </message>
    <message>
        <location filename="../widgets/AuditView.cpp" line="95"/>
        <source>who (login)</source>
        <translation>qui (compte)</translation>
    </message>
    <message>
        <location filename="../widgets/AuditView.cpp" line="97"/>
        <source>action, e.g. mute</source>
        <translation>action, p. ex. mute</translation>
    </message>
    <message>
        <location filename="../widgets/AuditView.cpp" line="99"/>
        <source>target contains, e.g. downtime:12</source>
        <translation>la cible contient, p. ex. downtime:12</translation>
    </message>
    <message>
        <location filename="../widgets/AuditView.cpp" line="108"/>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../widgets/AuditView.cpp" line="121"/>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <location filename="../widgets/AuditView.cpp" line="176"/>
        <source>Page %1 · loading…</source>
        <translation>Page %1 · chargement…</translation>
    </message>
    <message>
        <location filename="../widgets/AuditView.cpp" line="194"/>
        <source>Could not read the audit log: %1</source>
        <translation>Impossible de lire le journal d’audit : %1</translation>
    </message>
    <message>
        <location filename="../widgets/AuditView.cpp" line="196"/>
        <source>Page %1 · no entries</source>
        <translation>Page %1 · aucune entrée</translation>
    </message>
    <message>
        <location filename="../widgets/AuditView.cpp" line="197"/>
        <source>Page %1 · entries %2–%3%4</source>
        <translation>Page %1 · entrées %2–%3%4</translation>
    </message>
    <message>
        <location filename="../widgets/AuditView.cpp" line="201"/>
        <source>, more follow</source>
        <translation>, d’autres suivent</translation>
    </message>
    <message>
        <location filename="../widgets/AuditView.cpp" line="215"/>
        <source>%1 by %2 on %3</source>
        <translation>%1 par %2 sur %3</translation>
    </message>
    <message>
        <location filename="../widgets/AuditView.cpp" line="216"/>
        <source> — reason: %1</source>
        <translation> — raison : %1</translation>
    </message>
    <message>
        <location filename="../widgets/AuditView.cpp" line="217"/>
        <source>No changes recorded.</source>
        <translation>Aucune modification enregistrée.</translation>
    </message>
</context>
<context>
    <name>BacktestDowntimesModel</name>
    <message>
        <location filename="../models/BacktestDowntimesModel.cpp" line="144"/>
        <source>current v%1</source>
        <translation>actuelle v%1</translation>
    </message>
    <message>
        <location filename="../models/BacktestDowntimesModel.cpp" line="145"/>
        <source>edited</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <location filename="../models/BacktestDowntimesModel.cpp" line="151"/>
        <source>open at the end</source>
        <translation>ouverte à la fin</translation>
    </message>
    <message>
        <location filename="../models/BacktestDowntimesModel.cpp" line="161"/>
        <source>labelled true</source>
        <translation>qualifiée vraie</translation>
    </message>
    <message>
        <location filename="../models/BacktestDowntimesModel.cpp" line="162"/>
        <source>labelled false</source>
        <translation>qualifiée fausse</translation>
    </message>
    <message>
        <location filename="../models/BacktestDowntimesModel.cpp" line="178"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../models/BacktestDowntimesModel.cpp" line="180"/>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <location filename="../models/BacktestDowntimesModel.cpp" line="182"/>
        <source>Started (UTC)</source>
        <translation>Début (UTC)</translation>
    </message>
    <message>
        <location filename="../models/BacktestDowntimesModel.cpp" line="184"/>
        <source>Resolved (UTC)</source>
        <translation>Résolution (UTC)</translation>
    </message>
    <message>
        <location filename="../models/BacktestDowntimesModel.cpp" line="186"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../models/BacktestDowntimesModel.cpp" line="188"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../models/BacktestDowntimesModel.cpp" line="190"/>
        <source>Lowest SR</source>
        <translation>SR le plus bas</translation>
    </message>
    <message>
        <location filename="../models/BacktestDowntimesModel.cpp" line="192"/>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <location filename="../models/BacktestDowntimesModel.cpp" line="194"/>
        <source>Labels</source>
        <translation>Qualifications</translation>
    </message>
    <message>
        <location filename="../models/BacktestDowntimesModel.cpp" line="196"/>
        <source>Ground truth</source>
        <translation>Vérité terrain</translation>
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
        <translation>Actuelle</translation>
    </message>
    <message>
        <location filename="../models/BacktestMatrixModel.cpp" line="86"/>
        <source>Edited</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <location filename="../models/BacktestMatrixModel.cpp" line="89"/>
        <source>True positives</source>
        <translation>Vrais positifs</translation>
    </message>
    <message>
        <location filename="../models/BacktestMatrixModel.cpp" line="91"/>
        <source>False positives</source>
        <translation>Faux positifs</translation>
    </message>
    <message>
        <location filename="../models/BacktestMatrixModel.cpp" line="93"/>
        <source>… labelled false</source>
        <translation>… qualifiés faux</translation>
    </message>
    <message>
        <location filename="../models/BacktestMatrixModel.cpp" line="95"/>
        <source>Missed (false negatives)</source>
        <translation>Manqués (faux négatifs)</translation>
    </message>
    <message>
        <location filename="../models/BacktestMatrixModel.cpp" line="97"/>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <location filename="../models/BacktestMatrixModel.cpp" line="99"/>
        <source>Recall</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <location filename="../models/BacktestMatrixModel.cpp" line="101"/>
        <source>Median delay</source>
        <translation>Délai médian</translation>
    </message>
</context>
<context>
    <name>BacktestTimelineView</name>
    <message>
        <location filename="../widgets/BacktestTimelineView.cpp" line="35"/>
        <source>Backtest timeline: the downtimes of the current and the edited rule</source>
        <translation>Chronologie du test rétrospectif : les indisponibilités de la règle actuelle et de la règle modifiée</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestTimelineView.cpp" line="169"/>
        <source>current</source>
        <translation>actuelle</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestTimelineView.cpp" line="172"/>
        <source>edited</source>
        <translation>modifiée</translation>
    </message>
</context>
<context>
    <name>BacktestView</name>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="103"/>
        <source>Cancelled: no results.</source>
        <translation>Annulé : aucun résultat.</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="105"/>
        <source>The backtest failed: %1</source>
        <translation>Le test rétrospectif a échoué : %1</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="138"/>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="138"/>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="138"/>
        <source>Simulated day (30 min)</source>
        <translation>Journée simulée (30 min)</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="138"/>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="139"/>
        <source>Ranges end at the newest stored payment event.</source>
        <translation>Les plages se terminent au dernier événement de paiement enregistré.</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="151"/>
        <source>Run backtest</source>
        <translation>Lancer le test rétrospectif</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="154"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="171"/>
        <source>Range:</source>
        <translation>Plage :</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="173"/>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="175"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="177"/>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="195"/>
        <source>Against the labelled downtimes</source>
        <translation>Par rapport aux indisponibilités qualifiées</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="196"/>
        <source>Downtimes of this rule that operators labelled: true positives are the incidents, false positives are known false.</source>
        <translation>Indisponibilités de cette règle qualifiées par les opérateurs : les vrais positifs sont les incidents, les faux positifs sont des fausses alertes connues.</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="201"/>
        <source>Against a ground-truth file</source>
        <translation>Par rapport à un fichier de vérité terrain</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="204"/>
        <source>No file loaded.</source>
        <translation>Aucun fichier chargé.</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="206"/>
        <source>Load ground truth…</source>
        <translation>Charger la vérité terrain…</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="210"/>
        <source>Ground truth</source>
        <translation>Vérité terrain</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="210"/>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="253"/>
        <source>The edited rule cannot run: %1</source>
        <translation>La règle modifiée ne peut pas s’exécuter : %1</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="260"/>
        <source>Open a rule in the editor and choose Backtest: its edited definition runs next to the saved one.</source>
        <translation>Ouvrez une règle dans l’éditeur et choisissez Test rétrospectif : sa définition modifiée s’exécute à côté de celle enregistrée.</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="264"/>
        <source>a new rule</source>
        <translation>une nouvelle règle</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="265"/>
        <source>%1: current version %2 (upper bars) against the edited definition (lower bars).</source>
        <translation>%1 : version actuelle %2 (barres du haut) face à la définition modifiée (barres du bas).</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="269"/>
        <source>%1: the edited definition (no saved version yet).</source>
        <translation>%1 : la définition modifiée (aucune version enregistrée pour l’instant).</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="316"/>
        <source>to: must be later than from</source>
        <translation>au : doit être postérieur à du</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="328"/>
        <source>Reading the stored events…</source>
        <translation>Lecture des événements enregistrés…</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="358"/>
        <source>%1 events in %2 s; current: %3 downtimes over %4 windows; edited: %5 downtimes over %6 windows; %7 labelled downtimes in the range.</source>
        <translation>%1 événements en %2 s ; actuelle : %3 indisponibilités sur %4 fenêtres ; modifiée : %5 indisponibilités sur %6 fenêtres ; %7 indisponibilités qualifiées dans la plage.</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="361"/>
        <source>no</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../widgets/BacktestView.cpp" line="416"/>
        <source>%1 (the previous file stays in use)</source>
        <translation>%1 (le fichier précédent reste utilisé)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/BacktestView.cpp" line="423"/>
        <source>%1: %n incident(s)</source>
        <translation>
            <numerusform>%1 : %n incident</numerusform>
            <numerusform>%1 : %n incidents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BalanceLedgerModel</name>
    <message>
        <location filename="../models/BalanceLedgerModel.cpp" line="74"/>
        <source>no balance yet</source>
        <translation>pas encore de solde</translation>
    </message>
    <message>
        <location filename="../models/BalanceLedgerModel.cpp" line="108"/>
        <source>Cashback %1</source>
        <translation>Cashback %1</translation>
    </message>
    <message>
        <location filename="../models/BalanceLedgerModel.cpp" line="123"/>
        <source>credit</source>
        <translation>crédit</translation>
    </message>
    <message>
        <location filename="../models/BalanceLedgerModel.cpp" line="123"/>
        <source>reversal</source>
        <translation>annulation</translation>
    </message>
    <message>
        <location filename="../models/BalanceLedgerModel.cpp" line="143"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../models/BalanceLedgerModel.cpp" line="145"/>
        <source>Entry</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <location filename="../models/BalanceLedgerModel.cpp" line="147"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../models/BalanceLedgerModel.cpp" line="149"/>
        <source>Balance after</source>
        <translation>Solde après</translation>
    </message>
    <message>
        <location filename="../models/BalanceLedgerModel.cpp" line="151"/>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <location filename="../models/BalanceLedgerModel.cpp" line="153"/>
        <source>Idempotency key</source>
        <translation>Clé d’idempotence</translation>
    </message>
</context>
<context>
    <name>CampaignEditorDialog</name>
    <message>
        <location filename="../widgets/CampaignEditorDialog.cpp" line="48"/>
        <source>Enabled</source>
        <translation>Activée</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignEditorDialog.cpp" line="52"/>
        <source>Edit campaign %1</source>
        <translation>Modifier la campagne %1</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignEditorDialog.cpp" line="52"/>
        <source>New campaign</source>
        <translation>Nouvelle campagne</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignEditorDialog.cpp" line="54"/>
        <source>Merchant</source>
        <translation>Marchand</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignEditorDialog.cpp" line="55"/>
        <source>Merchant group</source>
        <translation>Groupe de marchands</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignEditorDialog.cpp" line="58"/>
        <source>per day</source>
        <translation>par jour</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignEditorDialog.cpp" line="59"/>
        <source>per week</source>
        <translation>par semaine</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignEditorDialog.cpp" line="60"/>
        <source>per month</source>
        <translation>par mois</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignEditorDialog.cpp" line="61"/>
        <source>per campaign</source>
        <translation>par campagne</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignEditorDialog.cpp" line="71"/>
        <source>e.g. 2.5</source>
        <translation>p. ex. 2.5</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignEditorDialog.cpp" line="72"/>
        <source>empty: no cap</source>
        <translation>vide : pas de plafond</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignEditorDialog.cpp" line="87"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignEditorDialog.cpp" line="88"/>
        <source>Applies to</source>
        <translation>S’applique à</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignEditorDialog.cpp" line="89"/>
        <source>Cashback (%)</source>
        <translation>Cashback (%)</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignEditorDialog.cpp" line="90"/>
        <source>Cap per payment (minor units)</source>
        <translation>Plafond par paiement (unités mineures)</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignEditorDialog.cpp" line="91"/>
        <source>Cap per customer (minor units)</source>
        <translation>Plafond par client (unités mineures)</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignEditorDialog.cpp" line="92"/>
        <source>Minimum payment (minor units)</source>
        <translation>Paiement minimum (unités mineures)</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignEditorDialog.cpp" line="93"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignEditorDialog.cpp" line="94"/>
        <source>Valid from</source>
        <translation>Valable du</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignEditorDialog.cpp" line="95"/>
        <source>Valid to</source>
        <translation>Valable au</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignEditorDialog.cpp" line="140"/>
        <source>The store refused the campaign: %1</source>
        <translation>La base a refusé la campagne : %1</translation>
    </message>
</context>
<context>
    <name>CampaignListModel</name>
    <message>
        <location filename="../models/CampaignListModel.cpp" line="49"/>
        <source>disabled</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <location filename="../models/CampaignListModel.cpp" line="52"/>
        <source>scheduled</source>
        <translation>prévue</translation>
    </message>
    <message>
        <location filename="../models/CampaignListModel.cpp" line="54"/>
        <source>ended</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location filename="../models/CampaignListModel.cpp" line="55"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../models/CampaignListModel.cpp" line="61"/>
        <source>per day</source>
        <translation>par jour</translation>
    </message>
    <message>
        <location filename="../models/CampaignListModel.cpp" line="63"/>
        <source>per week</source>
        <translation>par semaine</translation>
    </message>
    <message>
        <location filename="../models/CampaignListModel.cpp" line="65"/>
        <source>per month</source>
        <translation>par mois</translation>
    </message>
    <message>
        <location filename="../models/CampaignListModel.cpp" line="66"/>
        <source>per campaign</source>
        <translation>par campagne</translation>
    </message>
    <message>
        <location filename="../models/CampaignListModel.cpp" line="93"/>
        <source>Campaign %1, created by %2</source>
        <translation>Campagne %1, créée par %2</translation>
    </message>
    <message>
        <location filename="../models/CampaignListModel.cpp" line="107"/>
        <source>group %1</source>
        <translation>groupe %1</translation>
    </message>
    <message>
        <location filename="../models/CampaignListModel.cpp" line="113"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../models/CampaignListModel.cpp" line="115"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../models/CampaignListModel.cpp" line="119"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../models/CampaignListModel.cpp" line="134"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location filename="../models/CampaignListModel.cpp" line="136"/>
        <source>Merchant</source>
        <translation>Marchand</translation>
    </message>
    <message>
        <location filename="../models/CampaignListModel.cpp" line="138"/>
        <source>Cashback</source>
        <translation>Cashback</translation>
    </message>
    <message>
        <location filename="../models/CampaignListModel.cpp" line="140"/>
        <source>Cap per payment</source>
        <translation>Plafond par paiement</translation>
    </message>
    <message>
        <location filename="../models/CampaignListModel.cpp" line="142"/>
        <source>Cap per customer</source>
        <translation>Plafond par client</translation>
    </message>
    <message>
        <location filename="../models/CampaignListModel.cpp" line="144"/>
        <source>Minimum payment</source>
        <translation>Paiement minimum</translation>
    </message>
    <message>
        <location filename="../models/CampaignListModel.cpp" line="146"/>
        <source>Valid</source>
        <translation>Validité</translation>
    </message>
    <message>
        <location filename="../models/CampaignListModel.cpp" line="148"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>CampaignsView</name>
    <message>
        <location filename="../widgets/CampaignsView.cpp" line="25"/>
        <source>&amp;New campaign…</source>
        <translation>&amp;Nouvelle campagne…</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignsView.cpp" line="26"/>
        <source>&amp;Edit campaign…</source>
        <translation>&amp;Modifier la campagne…</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignsView.cpp" line="38"/>
        <source>Could not read the campaigns: %1</source>
        <translation>Impossible de lire les campagnes : %1</translation>
    </message>
    <message>
        <location filename="../widgets/CampaignsView.cpp" line="137"/>
        <source>Campaign %1 saved.</source>
        <translation>Campagne %1 enregistrée.</translation>
    </message>
</context>
<context>
    <name>CashbackFlowModel</name>
    <message>
        <location filename="../models/CashbackFlowModel.cpp" line="66"/>
        <source>computed, not queued yet</source>
        <translation>calculé, pas encore en file</translation>
    </message>
    <message>
        <location filename="../models/CashbackFlowModel.cpp" line="68"/>
        <source>queued for credit</source>
        <translation>en file pour crédit</translation>
    </message>
    <message>
        <location filename="../models/CashbackFlowModel.cpp" line="70"/>
        <source>credited</source>
        <translation>crédité</translation>
    </message>
    <message>
        <location filename="../models/CashbackFlowModel.cpp" line="72"/>
        <source>refunded, reversal pending</source>
        <translation>remboursé, annulation en attente</translation>
    </message>
    <message>
        <location filename="../models/CashbackFlowModel.cpp" line="74"/>
        <source>reversed</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../models/CashbackFlowModel.cpp" line="76"/>
        <source>dead-lettered</source>
        <translation>en lettre morte</translation>
    </message>
    <message>
        <location filename="../models/CashbackFlowModel.cpp" line="155"/>
        <source>Dead-lettered %1: %2</source>
        <translation>En lettre morte le %1 : %2</translation>
    </message>
    <message>
        <location filename="../models/CashbackFlowModel.cpp" line="159"/>
        <source>Campaign %1</source>
        <translation>Campagne %1</translation>
    </message>
    <message>
        <location filename="../models/CashbackFlowModel.cpp" line="160"/>
        <source>Campaign %1: %2 %</source>
        <translation>Campagne %1 : %2 %</translation>
    </message>
    <message>
        <location filename="../models/CashbackFlowModel.cpp" line="162"/>
        <source>From the payment&apos;s capture to the customer&apos;s credit</source>
        <translation>De la capture du paiement au crédit du client</translation>
    </message>
    <message>
        <location filename="../models/CashbackFlowModel.cpp" line="174"/>
        <source>Computed</source>
        <translation>Calculé</translation>
    </message>
    <message>
        <location filename="../models/CashbackFlowModel.cpp" line="176"/>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <location filename="../models/CashbackFlowModel.cpp" line="178"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../models/CashbackFlowModel.cpp" line="180"/>
        <source>Merchant</source>
        <translation>Marchand</translation>
    </message>
    <message>
        <location filename="../models/CashbackFlowModel.cpp" line="182"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location filename="../models/CashbackFlowModel.cpp" line="184"/>
        <source>Payment amount</source>
        <translation>Montant du paiement</translation>
    </message>
    <message>
        <location filename="../models/CashbackFlowModel.cpp" line="186"/>
        <source>Cashback</source>
        <translation>Cashback</translation>
    </message>
    <message>
        <location filename="../models/CashbackFlowModel.cpp" line="188"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../models/CashbackFlowModel.cpp" line="190"/>
        <source>Lag to credit</source>
        <translation>Délai jusqu’au crédit</translation>
    </message>
</context>
<context>
    <name>CashbackFlowsView</name>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="55"/>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Précédente</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="56"/>
        <source>&amp;Next ▶</source>
        <translation>&amp;Suivante ▶</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="57"/>
        <source>Customer&apos;s &amp;balance</source>
        <translation>&amp;Solde du client</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="58"/>
        <source>Re&amp;queue credit…</source>
        <translation>Remettre le crédit en &amp;file…</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="75"/>
        <source>Could not read the flow of %1: %2</source>
        <translation>Impossible de lire le flux de %1 : %2</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="78"/>
        <source>Payment %1: the store has no event of it</source>
        <translation>Paiement %1 : la base n’en a aucun événement</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="81"/>
        <source>Payment %1 at %2</source>
        <translation>Paiement %1 chez %2</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="104"/>
        <source>Payment id</source>
        <translation>Identifiant du paiement</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="105"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="106"/>
        <source>Merchant id</source>
        <translation>Identifiant du marchand</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="108"/>
        <source>Empty: every cashback, newest first</source>
        <translation>Vide : tous les cashbacks, les plus récents d’abord</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="110"/>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="117"/>
        <source>Search by</source>
        <translation>Rechercher par</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="139"/>
        <source>Sends the selected dead-lettered credit or reversal to the balance workers again (the ledger still takes it only once).</source>
        <translation>Renvoie le crédit ou l’annulation en lettre morte sélectionné aux workers de solde (le grand livre ne l’enregistre toujours qu’une fois).</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="172"/>
        <source>Select a cashback, or search a payment id, to see its flow.</source>
        <translation>Sélectionnez un cashback, ou recherchez un identifiant de paiement, pour voir son flux.</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="218"/>
        <source>Page %1 · loading…</source>
        <translation>Page %1 · chargement…</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="232"/>
        <source>Could not search the cashbacks: %1</source>
        <translation>Impossible de rechercher les cashbacks : %1</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="242"/>
        <source>Page %1 · no cashbacks</source>
        <translation>Page %1 · aucun cashback</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="243"/>
        <source>Page %1 · cashbacks %2–%3%4</source>
        <translation>Page %1 · cashbacks %2–%3%4</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="247"/>
        <source>, more follow</source>
        <translation>, d’autres suivent</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="289"/>
        <source>Requeue credit</source>
        <translation>Remettre le crédit en file</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="290"/>
        <source>Send cashback %1 of payment %2 (%3) to the balance workers again? It was dead-lettered: %4</source>
        <translation>Renvoyer le cashback %1 du paiement %2 (%3) aux workers de solde ? Il a été mis en lettre morte : %4</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="301"/>
        <source>Cashback %1 is queued again.</source>
        <translation>Le cashback %1 est de nouveau en file.</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="302"/>
        <source>The store refused the requeue: %1</source>
        <translation>La base a refusé la remise en file : %1</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackFlowsView.cpp" line="315"/>
        <source>Payment %1 · loading…</source>
        <translation>Paiement %1 · chargement…</translation>
    </message>
</context>
<context>
    <name>CashbackPage</name>
    <message>
        <location filename="../widgets/CashbackPage.cpp" line="33"/>
        <source>&amp;Flows</source>
        <translation>&amp;Flux</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackPage.cpp" line="34"/>
        <source>&amp;Pipeline</source>
        <translation>&amp;Chaîne</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackPage.cpp" line="35"/>
        <source>Customer &amp;balance</source>
        <translation>&amp;Solde client</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackPage.cpp" line="36"/>
        <source>&amp;Dead letters</source>
        <translation>&amp;Lettres mortes</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackPage.cpp" line="37"/>
        <source>&amp;Campaigns</source>
        <translation>Ca&amp;mpagnes</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackPage.cpp" line="50"/>
        <source>Cashback</source>
        <translation>Cashback</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackPage.cpp" line="51"/>
        <source>Cashback from payment to credit: each payment&apos;s flow, the credit pipeline through RabbitMQ live, customers&apos; balances and ledgers, and the campaigns.</source>
        <translation>Le cashback du paiement au crédit : le flux de chaque paiement, la chaîne de crédit via RabbitMQ en direct, les soldes et grands livres des clients, et les campagnes.</translation>
    </message>
</context>
<context>
    <name>CashbackPipelineChart</name>
    <message>
        <location filename="../widgets/CashbackPipelineChart.cpp" line="44"/>
        <source>queue depth (messages)</source>
        <translation>profondeur de file (messages)</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackPipelineChart.cpp" line="45"/>
        <source>published /s</source>
        <translation>publiés /s</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackPipelineChart.cpp" line="46"/>
        <source>acknowledged /s</source>
        <translation>acquittés /s</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackPipelineChart.cpp" line="47"/>
        <source>credited in the store /s</source>
        <translation>crédités dans la base /s</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackPipelineChart.cpp" line="52"/>
        <source>Credit pipeline chart</source>
        <translation>Graphique de la chaîne de crédit</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackPipelineChart.cpp" line="53"/>
        <source>Queue depth, and credits published, acknowledged and credited in the store per second, over the last minutes</source>
        <translation>Profondeur de file, et crédits publiés, acquittés et crédités dans la base par seconde, sur les dernières minutes</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackPipelineChart.cpp" line="59"/>
        <source>seconds before now</source>
        <translation>secondes avant maintenant</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackPipelineChart.cpp" line="61"/>
        <source>messages</source>
        <translation>messages</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackPipelineChart.cpp" line="63"/>
        <source>per second</source>
        <translation>par seconde</translation>
    </message>
</context>
<context>
    <name>CashbackPipelineView</name>
    <message>
        <location filename="../widgets/CashbackPipelineView.cpp" line="94"/>
        <source>&lt;b&gt;End-to-end lag&lt;/b&gt; (payment captured → customer credited, last minute): %1</source>
        <translation>&lt;b&gt;Délai de bout en bout&lt;/b&gt; (paiement capturé → client crédité, dernière minute) : %1</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackPipelineView.cpp" line="99"/>
        <source>Store: %1</source>
        <translation>Base : %1</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackPipelineView.cpp" line="101"/>
        <source>Broker: %1</source>
        <translation>Broker : %1</translation>
    </message>
    <message>
        <location filename="../widgets/CashbackPipelineView.cpp" line="109"/>
        <source>RabbitMQ management API at %1: queues %2</source>
        <translation>API de gestion RabbitMQ sur %1 : files %2</translation>
    </message>
</context>
<context>
    <name>CashbackStagesModel</name>
    <message>
        <location filename="../models/CashbackStagesModel.cpp" line="38"/>
        <source>Payment captured</source>
        <translation>Paiement capturé</translation>
    </message>
    <message>
        <location filename="../models/CashbackStagesModel.cpp" line="40"/>
        <source>Cashback computed</source>
        <translation>Cashback calculé</translation>
    </message>
    <message>
        <location filename="../models/CashbackStagesModel.cpp" line="42"/>
        <source>No cashback</source>
        <translation>Pas de cashback</translation>
    </message>
    <message>
        <location filename="../models/CashbackStagesModel.cpp" line="44"/>
        <source>Credit queued</source>
        <translation>Crédit en file</translation>
    </message>
    <message>
        <location filename="../models/CashbackStagesModel.cpp" line="46"/>
        <source>Credited</source>
        <translation>Crédité</translation>
    </message>
    <message>
        <location filename="../models/CashbackStagesModel.cpp" line="48"/>
        <source>Dead-lettered</source>
        <translation>En lettre morte</translation>
    </message>
    <message>
        <location filename="../models/CashbackStagesModel.cpp" line="50"/>
        <source>Payment refunded</source>
        <translation>Paiement remboursé</translation>
    </message>
    <message>
        <location filename="../models/CashbackStagesModel.cpp" line="52"/>
        <source>Reversal queued</source>
        <translation>Annulation en file</translation>
    </message>
    <message>
        <location filename="../models/CashbackStagesModel.cpp" line="54"/>
        <source>Reversed</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../models/CashbackStagesModel.cpp" line="92"/>
        <source>Reached before the previous stage was recorded: the steps run concurrently (a balance worker may apply a credit before the publisher has noted the broker&apos;s confirmation).</source>
        <translation>Atteinte avant que l’étape précédente soit enregistrée : les étapes s’exécutent en parallèle (un worker de solde peut appliquer un crédit avant que l’éditeur ait noté la confirmation du broker).</translation>
    </message>
    <message>
        <location filename="../models/CashbackStagesModel.cpp" line="120"/>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../models/CashbackStagesModel.cpp" line="149"/>
        <source>no captured event in the store</source>
        <translation>aucun événement de capture dans la base</translation>
    </message>
    <message>
        <location filename="../models/CashbackStagesModel.cpp" line="150"/>
        <source>%1 at %2</source>
        <translation>%1 chez %2</translation>
    </message>
    <message>
        <location filename="../models/CashbackStagesModel.cpp" line="152"/>
        <source>no active campaign of merchant %1 gave this payment a cashback</source>
        <translation>aucune campagne active du marchand %1 n’a donné de cashback à ce paiement</translation>
    </message>
    <message>
        <location filename="../models/CashbackStagesModel.cpp" line="156"/>
        <source>ledger of %1</source>
        <translation>grand livre de %1</translation>
    </message>
    <message>
        <location filename="../models/CashbackStagesModel.cpp" line="159"/>
        <source>reason: %1</source>
        <translation>raison : %1</translation>
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
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../models/CashbackStagesModel.cpp" line="189"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../models/CashbackStagesModel.cpp" line="191"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../models/CashbackStagesModel.cpp" line="193"/>
        <source>Detail</source>
        <translation>Détail</translation>
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
        <translation>Cohorte</translation>
    </message>
    <message>
        <location filename="../widgets/CohortDetailDialog.cpp" line="73"/>
        <source>Downtimes of this cohort, newest first:</source>
        <translation>Indisponibilités de cette cohorte, les plus récentes d’abord :</translation>
    </message>
    <message>
        <location filename="../widgets/CohortDetailDialog.cpp" line="90"/>
        <source>This cohort has no data in the Wall&apos;s time range any more.</source>
        <translation>Cette cohorte n’a plus de données dans la période du mur.</translation>
    </message>
    <message>
        <location filename="../widgets/CohortDetailDialog.cpp" line="94"/>
        <source>all payments</source>
        <translation>tous les paiements</translation>
    </message>
    <message>
        <location filename="../widgets/CohortDetailDialog.cpp" line="95"/>
        <source>%1 — rule %2</source>
        <translation>%1 — règle %2</translation>
    </message>
    <message>
        <location filename="../widgets/CohortDetailDialog.cpp" line="96"/>
        <source>Cohort %1</source>
        <translation>Cohorte %1</translation>
    </message>
    <message>
        <location filename="../widgets/CohortDetailDialog.cpp" line="97"/>
        <source>Cohort %1 of rule %2 (#%3). Newest window: SR %4 over %5 attempts. A downtime opens below %6.</source>
        <translation>Cohorte %1 de la règle %2 (#%3). Dernière fenêtre : SR %4 sur %5 tentatives. Une indisponibilité s’ouvre sous %6.</translation>
    </message>
    <message>
        <location filename="../widgets/CohortDetailDialog.cpp" line="104"/>
        <source>Open downtime: %1.</source>
        <translation>Indisponibilité ouverte : %1.</translation>
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
        <translation>ouverte</translation>
    </message>
    <message>
        <location filename="../models/CohortDowntimesModel.cpp" line="112"/>
        <source>muted</source>
        <translation>en sourdine</translation>
    </message>
    <message>
        <location filename="../models/CohortDowntimesModel.cpp" line="115"/>
        <source>true positive</source>
        <translation>vrai positif</translation>
    </message>
    <message>
        <location filename="../models/CohortDowntimesModel.cpp" line="117"/>
        <source>false positive</source>
        <translation>faux positif</translation>
    </message>
    <message>
        <location filename="../models/CohortDowntimesModel.cpp" line="130"/>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../models/CohortDowntimesModel.cpp" line="132"/>
        <source>Resolved</source>
        <translation>Résolue</translation>
    </message>
    <message>
        <location filename="../models/CohortDowntimesModel.cpp" line="134"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../models/CohortDowntimesModel.cpp" line="136"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../models/CohortDowntimesModel.cpp" line="138"/>
        <source>Lowest SR</source>
        <translation>SR le plus bas</translation>
    </message>
    <message>
        <location filename="../models/CohortDowntimesModel.cpp" line="140"/>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <location filename="../models/CohortDowntimesModel.cpp" line="142"/>
        <source>Muted</source>
        <translation>En sourdine</translation>
    </message>
    <message>
        <location filename="../models/CohortDowntimesModel.cpp" line="144"/>
        <source>Label</source>
        <translation>Qualification</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/console/CommandLine.cpp" line="10"/>
        <source>The store to open: a libpq connection string (default: PAYOPS_DSN, then the last store connected to, then the embedded store).</source>
        <translation>La base à ouvrir : une chaîne de connexion libpq (par défaut : PAYOPS_DSN, puis la dernière base utilisée, puis la base intégrée).</translation>
    </message>
    <message>
        <location filename="../app/console/CommandLine.cpp" line="24"/>
        <source>The area to show first: wall, deliveries, rules or cashback.</source>
        <translation>La zone à afficher d&apos;abord : wall, deliveries, rules ou cashback.</translation>
    </message>
    <message>
        <location filename="../app/console/CommandLine.cpp" line="14"/>
        <source>Read from this store instead, a streaming replica of the --dsn store: every view&apos;s queries go there, operator actions and notifications stay on the primary (default: PAYOPS_READ_DSN, else the store read with --dsn).</source>
        <translation>Lire plutôt depuis cette base, une réplique en flux de la base --dsn : les requêtes de toutes les vues y sont envoyées, les actions des opérateurs et les notifications restent sur la base principale (par défaut : PAYOPS_READ_DSN, sinon la base lue avec --dsn).</translation>
    </message>
    <message>
        <location filename="../app/console/CommandLine.cpp" line="19"/>
        <source>Render the window to FILE (PNG) once data has loaded and the --step steps have played, then exit: status 0 when data loaded and every step played, 1 otherwise.</source>
        <translation>Rendre la fenêtre dans FILE (PNG) une fois les données chargées et les étapes --step jouées, puis quitter : code 0 si les données ont été chargées et toutes les étapes jouées, 1 sinon.</translation>
    </message>
    <message>
        <location filename="../app/console/CommandLine.cpp" line="27"/>
        <source>The console&apos;s language: en, fr, pl or ru (default: the one chosen in Preferences, else the system&apos;s).</source>
        <translation>La langue de la console : en, fr, pl ou ru (par défaut : celle choisie dans les Préférences, sinon celle du système).</translation>
    </message>
    <message>
        <location filename="../app/console/CommandLine.cpp" line="31"/>
        <source>Start in wall mode: full screen, the Wall alone in a dark high-contrast theme, its pages of charts rotating (F11 or Escape leaves it).</source>
        <translation>Démarrer en mode mur : plein écran, le mur seul dans un thème sombre à fort contraste, ses pages de graphiques défilant (F11 ou Échap pour en sortir).</translation>
    </message>
    <message>
        <location filename="../app/console/CommandLine.cpp" line="34"/>
        <source>With --screenshot: what to do before the picture, once data has loaded, one step a second (repeatable): tab:NAME=N, set:NAME=VALUE, click:NAME, select:NAME=ROW, show:NAME, grab:NAME (the picture is of that widget), wait:MS. NAME is a widget&apos;s object name.</source>
        <translation>Avec --screenshot : ce qu’il faut faire avant la capture, une fois les données chargées, une étape par seconde (option répétable) : tab:NAME=N, set:NAME=VALUE, click:NAME, select:NAME=ROW, show:NAME, grab:NAME (la capture montre alors ce widget), wait:MS. NAME est le nom d’objet d’un widget.</translation>
    </message>
    <message>
        <location filename="../app/console/CommandLine.cpp" line="41"/>
        <source>The payops operations console: the store&apos;s payments, deliveries, downtimes and cashback.</source>
        <translation>La console d&apos;exploitation payops : paiements, livraisons, indisponibilités et cashback de la base.</translation>
    </message>
    <message>
        <location filename="../app/console/CommandLine.cpp" line="50"/>
        <source>unknown area “%1” (wall, deliveries, rules or cashback)</source>
        <translation>zone inconnue « %1 » (wall, deliveries, rules ou cashback)</translation>
    </message>
    <message>
        <location filename="../app/console/CommandLine.cpp" line="57"/>
        <source>--step needs --screenshot (steps play only before a picture)</source>
        <translation>--step exige --screenshot (les étapes ne se jouent qu’avant une capture)</translation>
    </message>
    <message>
        <location filename="../app/console/CommandLine.cpp" line="71"/>
        <source>%1: not a connection string: %2</source>
        <translation>%1 : chaîne de connexion invalide : %2</translation>
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
        <location filename="../widgets/ConnectionDialog.ui" line="79"/>
        <source>&amp;Read from:</source>
        <translation>&amp;Lecture depuis :</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionDialog.ui" line="89"/>
        <source>optional: a streaming replica of the store, e.g. host=replica.example.com dbname=payops user=operator</source>
        <translation>facultatif : une réplique en flux de la base, p. ex. host=replica.example.com dbname=payops user=operator</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionDialog.ui" line="92"/>
        <source>Views read from this replica; operator actions and notifications stay on the store above. Same password.</source>
        <translation>Les vues lisent depuis cette réplique ; les actions des opérateurs et les notifications restent sur la base ci-dessus. Même mot de passe.</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionDialog.cpp" line="46"/>
        <source>Enter a connection string.</source>
        <translation>Saisissez une chaîne de connexion.</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionDialog.cpp" line="48"/>
        <source>Not a valid connection string: %1</source>
        <translation>Chaîne de connexion invalide : %1</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionDialog.cpp" line="54"/>
        <source>Read from: not a valid connection string: %1</source>
        <translation>Lecture depuis : chaîne de connexion invalide : %1</translation>
    </message>
</context>
<context>
    <name>ConnectionStatusWidget</name>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="90"/>
        <source>Store: %1</source>
        <translation>Base : %1</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="91"/>
        <source>The PostgreSQL store this console reads (File › Connect… to change)</source>
        <translation>La base PostgreSQL que lit cette console (Fichier › Se connecter… pour en changer)</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="100"/>
        <source>%1, reading from %2</source>
        <translation>%1, lecture depuis %2</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="133"/>
        <source>A query asked at %1 is still unanswered: a lock or a slow statement in the store. The console stays usable and shows the answer when it comes.</source>
        <translation>Une requête envoyée à %1 attend toujours sa réponse : un verrou ou une instruction lente dans la base. La console reste utilisable et affichera la réponse dès son arrivée.</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="145"/>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="147"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="150"/>
        <source>Connected · waiting on the store for %n s</source>
        <translation>
            <numerusform>Connecté · attente de la base depuis %n s</numerusform>
            <numerusform>Connecté · attente de la base depuis %n s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="152"/>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="155"/>
        <source>Read store refused: %1</source>
        <translation>Refus de la base de lecture : %1</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="156"/>
        <source>Refused: %1</source>
        <translation>Refusé : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="162"/>
        <source>Read store unreachable, reconnecting in %n s</source>
        <translation>
            <numerusform>Base de lecture injoignable, reconnexion dans %n s</numerusform>
            <numerusform>Base de lecture injoignable, reconnexion dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="163"/>
        <source>Read store unreachable, reconnecting…</source>
        <translation>Base de lecture injoignable, reconnexion…</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="165"/>
        <source>Reconnecting…</source>
        <translation>Reconnexion…</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="166"/>
        <source>Reconnecting in %n s</source>
        <translation>
            <numerusform>Reconnexion dans %n s</numerusform>
            <numerusform>Reconnexion dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="172"/>
        <source>Role: none</source>
        <translation>Rôle : aucun</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="173"/>
        <source>Role: —</source>
        <translation>Rôle : —</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="175"/>
        <source>This login holds no payops role: the store refuses its reads.</source>
        <translation>Ce compte n&apos;a aucun rôle payops : la base refuse ses lectures.</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="179"/>
        <source>Role: %1</source>
        <translation>Rôle : %1</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="181"/>
        <source>Viewer: may look at everything but secrets, and change nothing.</source>
        <translation>Lecteur : peut tout consulter sauf les secrets, sans rien modifier.</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="183"/>
        <source>Operator: may retry deliveries, mute alerts and label downtimes.</source>
        <translation>Opérateur : peut relancer des livraisons, mettre des alertes en sourdine et qualifier des indisponibilités.</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="185"/>
        <source>Admin: may also edit rules, endpoints and cashback campaigns.</source>
        <translation>Administrateur : peut aussi modifier les règles, les points de terminaison et les campagnes de cashback.</translation>
    </message>
    <message>
        <location filename="../widgets/ConnectionStatusWidget.cpp" line="188"/>
        <source>An engine&apos;s login: it writes data and is not meant for the console.</source>
        <translation>Compte d&apos;un moteur : il écrit des données et n&apos;est pas destiné à la console.</translation>
    </message>
</context>
<context>
    <name>CustomerBalanceView</name>
    <message>
        <location filename="../widgets/CustomerBalanceView.cpp" line="31"/>
        <source>Customer (account id)</source>
        <translation>Client (identifiant de compte)</translation>
    </message>
    <message>
        <location filename="../widgets/CustomerBalanceView.cpp" line="33"/>
        <source>S&amp;how</source>
        <translation>A&amp;fficher</translation>
    </message>
    <message>
        <location filename="../widgets/CustomerBalanceView.cpp" line="63"/>
        <source>Give a customer&apos;s account id, or pick a cashback in the flows.</source>
        <translation>Indiquez l’identifiant de compte d’un client, ou choisissez un cashback dans les flux.</translation>
    </message>
    <message>
        <location filename="../widgets/CustomerBalanceView.cpp" line="73"/>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <location filename="../widgets/CustomerBalanceView.cpp" line="90"/>
        <source>Could not read the balance of %1: %2</source>
        <translation>Impossible de lire le solde de %1 : %2</translation>
    </message>
    <message>
        <location filename="../widgets/CustomerBalanceView.cpp" line="96"/>
        <source>the %1 balance differs from its ledger&apos;s sum (%2)</source>
        <translation>le solde en %1 diffère de la somme de son grand livre (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/CustomerBalanceView.cpp" line="101"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: balance %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; : solde %2</translation>
    </message>
    <message>
        <location filename="../widgets/CustomerBalanceView.cpp" line="105"/>
        <source> — equals the sum of its ledger</source>
        <translation> — égal à la somme de son grand livre</translation>
    </message>
    <message>
        <location filename="../widgets/CustomerBalanceView.cpp" line="109"/>
        <source> (newest %1 entries shown)</source>
        <translation> (les %1 écritures les plus récentes affichées)</translation>
    </message>
</context>
<context>
    <name>DeadLetterModel</name>
    <message>
        <location filename="../models/DeadLetterModel.cpp" line="63"/>
        <source>Message: %1</source>
        <translation>Message : %1</translation>
    </message>
    <message>
        <location filename="../models/DeadLetterModel.cpp" line="86"/>
        <source>(no cashback)</source>
        <translation>(pas de cashback)</translation>
    </message>
    <message>
        <location filename="../models/DeadLetterModel.cpp" line="92"/>
        <source>%1 (requeued since)</source>
        <translation>%1 (remis en file depuis)</translation>
    </message>
    <message>
        <location filename="../models/DeadLetterModel.cpp" line="106"/>
        <source>Dead-lettered</source>
        <translation>En lettre morte</translation>
    </message>
    <message>
        <location filename="../models/DeadLetterModel.cpp" line="108"/>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <location filename="../models/DeadLetterModel.cpp" line="110"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../models/DeadLetterModel.cpp" line="112"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../models/DeadLetterModel.cpp" line="114"/>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <location filename="../models/DeadLetterModel.cpp" line="116"/>
        <source>Message key</source>
        <translation>Clé du message</translation>
    </message>
</context>
<context>
    <name>DeadLettersView</name>
    <message>
        <location filename="../widgets/DeadLettersView.cpp" line="34"/>
        <source>Could not read the dead letters: %1</source>
        <translation>Impossible de lire les lettres mortes : %1</translation>
    </message>
    <message>
        <location filename="../widgets/DeadLettersView.cpp" line="36"/>
        <source>No credit message has been dead-lettered.</source>
        <translation>Aucun message de crédit n’a été mis en lettre morte.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/DeadLettersView.cpp" line="38"/>
        <source>The newest %n dead-lettered message(s); open one to see its payment&apos;s flow (operators requeue it there).</source>
        <translation>
            <numerusform>Le message en lettre morte le plus récent (%n) ; ouvrez-le pour voir le flux de son paiement (les opérateurs le remettent en file depuis là).</numerusform>
            <numerusform>Les %n messages en lettre morte les plus récents ; ouvrez-en un pour voir le flux de son paiement (les opérateurs le remettent en file depuis là).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeliveriesPage</name>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="61"/>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Précédente</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="62"/>
        <source>&amp;Next ▶</source>
        <translation>&amp;Suivante ▶</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="63"/>
        <source>&amp;Retry delivery…</source>
        <translation>&amp;Relancer la livraison…</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="64"/>
        <source>Retry &amp;all matching…</source>
        <translation>Relancer &amp;toutes les correspondantes…</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="65"/>
        <source>Copy as c&amp;url</source>
        <translation>Copier en c&amp;url</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="66"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="104"/>
        <source>Deliveries</source>
        <translation>Livraisons</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="105"/>
        <source>Webhook deliveries to merchant endpoints, newest first: search them, open an event&apos;s attempts, retry what failed.</source>
        <translation>Livraisons de webhooks aux points de terminaison des marchands, les plus récentes d’abord : recherchez-les, ouvrez les tentatives d’un événement, relancez ce qui a échoué.</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="144"/>
        <source>Copies a curl command repeating the selected delivery&apos;s last request: URL, body and headers with the signature it carried. Never the signing secret.</source>
        <translation>Copie une commande curl qui répète la dernière requête de la livraison choisie : URL, corps et en-têtes avec la signature envoyée. Jamais le secret de signature.</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="147"/>
        <source>Writes every delivery matching the current search (all pages, read from the store page by page) to a CSV file.</source>
        <translation>Écrit dans un fichier CSV toutes les livraisons correspondant à la recherche (toutes les pages, lues dans la base page par page).</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="181"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="209"/>
        <source>Page %1 · loading…</source>
        <translation>Page %1 · chargement…</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="226"/>
        <source>Could not search the deliveries: %1</source>
        <translation>Impossible de rechercher les livraisons : %1</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="238"/>
        <source>Page %1 · no deliveries</source>
        <translation>Page %1 · aucune livraison</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="239"/>
        <source>Page %1 · deliveries %2–%3%4</source>
        <translation>Page %1 · livraisons %2–%3%4</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="243"/>
        <source>, more follow</source>
        <translation>, d’autres suivent</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="294"/>
        <source>Retries every delivery matching the current search now, after telling you how many.</source>
        <translation>Relance maintenant toutes les livraisons correspondant à la recherche, après vous avoir dit combien.</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="299"/>
        <source>Search by merchant, endpoint id or state first: a bulk retry of every delivery is not allowed.</source>
        <translation>Recherchez d’abord par marchand, identifiant de point de terminaison ou état : relancer toutes les livraisons n’est pas permis.</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="304"/>
        <source>A bulk retry filters by merchant, endpoint id, state and time only; this search also uses a payment id, an event id or a URL fragment. Retry the deliveries one by one.</source>
        <translation>Une relance groupée ne filtre que par marchand, identifiant de point de terminaison, état et période ; cette recherche utilise aussi un identifiant de paiement, d’événement ou un fragment d’URL. Relancez les livraisons une par une.</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="310"/>
        <source>Deliveries in flight are being attempted right now and cannot be retried.</source>
        <translation>Les livraisons en cours sont tentées en ce moment et ne peuvent pas être relancées.</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="331"/>
        <source>Retry delivery</source>
        <translation>Relancer la livraison</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="328"/>
        <source>Retry delivery %1 of event %2 to %3 now, ahead of scheduled work?</source>
        <translation>Relancer maintenant la livraison %1 de l’événement %2 vers %3, avant le travail planifié ?</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="182"/>
        <source>Endpoint health</source>
        <translation>Santé des points de terminaison</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="327"/>
        <source>Retry delivery %1 now, ahead of scheduled work?</source>
        <translation>Relancer maintenant la livraison %1, avant le travail planifié ?</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="338"/>
        <location filename="../widgets/DeliveriesPage.cpp" line="390"/>
        <source>The store refused the retry: %1</source>
        <translation>La base a refusé la relance : %1</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="341"/>
        <source>Delivery %1 is due now, ahead of scheduled work.</source>
        <translation>La livraison %1 est due maintenant, avant le travail planifié.</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="360"/>
        <source>Could not count the matching deliveries: %1</source>
        <translation>Impossible de compter les livraisons correspondantes : %1</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="371"/>
        <source>No delivery matching the search can be retried (deliveries in flight and those of disabled endpoints are skipped).</source>
        <translation>Aucune livraison correspondant à la recherche ne peut être relancée (les livraisons en cours et celles des points de terminaison désactivés sont ignorées).</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="376"/>
        <source>Retry the one delivery matching the current search now, ahead of scheduled work?</source>
        <translation>Relancer maintenant la seule livraison correspondant à la recherche, avant le travail planifié ?</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/DeliveriesPage.cpp" line="378"/>
        <source>Retry %n deliveries matching the current search now, ahead of scheduled work?</source>
        <translation>
            <numerusform>Relancer maintenant %n livraison correspondant à la recherche, avant le travail planifié ?</numerusform>
            <numerusform>Relancer maintenant %n livraisons correspondant à la recherche, avant le travail planifié ?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="382"/>
        <source>Retry all matching deliveries</source>
        <translation>Relancer toutes les livraisons correspondantes</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="383"/>
        <source>Deliveries in flight and those of disabled endpoints are skipped.</source>
        <translation>Les livraisons en cours et celles des points de terminaison désactivés sont ignorées.</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="395"/>
        <source>One delivery retried.</source>
        <translation>Une livraison relancée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/DeliveriesPage.cpp" line="396"/>
        <source>%n deliveries retried.</source>
        <translation>
            <numerusform>%n livraison relancée.</numerusform>
            <numerusform>%n livraisons relancées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="410"/>
        <source>Could not read delivery %1: %2</source>
        <translation>Impossible de lire la livraison %1 : %2</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="420"/>
        <source>Copied a curl command for delivery %1. It was never attempted, so the command carries no signature.</source>
        <translation>Commande curl copiée pour la livraison %1. Elle n’a jamais été tentée : la commande ne porte pas de signature.</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="423"/>
        <source>Copied a curl command for delivery %1 with the headers of its last attempt (signature included, secret never).</source>
        <translation>Commande curl copiée pour la livraison %1 avec les en-têtes de sa dernière tentative (signature comprise, jamais le secret).</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="432"/>
        <source>Export all matching deliveries</source>
        <translation>Exporter toutes les livraisons correspondantes</translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="433"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/DeliveriesPage.cpp" line="445"/>
        <source>Exporting… %n deliveries written</source>
        <translation>
            <numerusform>Export… %n livraison écrite</numerusform>
            <numerusform>Export… %n livraisons écrites</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="452"/>
        <source>Exported one delivery to %1.</source>
        <translation>Une livraison exportée vers %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/DeliveriesPage.cpp" line="453"/>
        <source>Exported %n deliveries to %1.</source>
        <translation>
            <numerusform>%n livraison exportée vers %1.</numerusform>
            <numerusform>%n livraisons exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/DeliveriesPage.cpp" line="455"/>
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
    <name>DisplayFormat</name>
    <message>
        <location filename="../models/DisplayFormat.cpp" line="11"/>
        <source>%1 %</source>
        <extracomment>A percentage: %1 is the number (85.5); the sign&apos;s place and spacing per language</extracomment>
        <translation>%1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>DowntimeDetailPanel</name>
    <message>
        <location filename="../widgets/DowntimeDetailPanel.cpp" line="39"/>
        <source>&amp;Label…</source>
        <translation>&amp;Qualifier…</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeDetailPanel.cpp" line="40"/>
        <source>&amp;Mute like this…</source>
        <translation>&amp;Mettre en sourdine ainsi…</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeDetailPanel.cpp" line="57"/>
        <source>Label it a true or false positive, with a note.</source>
        <translation>La qualifier de vrai ou faux positif, avec une note.</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeDetailPanel.cpp" line="59"/>
        <source>A mute of this rule and cohort, editable before it is saved: downtimes it covers are still recorded but not notified.</source>
        <translation>Une mise en sourdine de cette règle et de cette cohorte, modifiable avant d’être enregistrée : les indisponibilités couvertes sont toujours enregistrées mais pas notifiées.</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeDetailPanel.cpp" line="80"/>
        <source>Downtime %1 · %2</source>
        <translation>Indisponibilité %1 · %2</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeDetailPanel.cpp" line="96"/>
        <source>No downtime selected</source>
        <translation>Aucune indisponibilité sélectionnée</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeDetailPanel.cpp" line="97"/>
        <source>Select a downtime to see its SR chart and details.</source>
        <translation>Sélectionnez une indisponibilité pour voir son graphique de SR et ses détails.</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeDetailPanel.cpp" line="122"/>
        <source>Could not read its SR windows: %1</source>
        <translation>Impossible de lire ses fenêtres de SR : %1</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeDetailPanel.cpp" line="127"/>
        <source>SR of %1 (rule %2) from 10 minutes before the downtime to 10 minutes after it; the dashed line is where it opens.</source>
        <translation>SR de %1 (règle %2) de 10 minutes avant l’indisponibilité à 10 minutes après ; la ligne pointillée marque son ouverture.</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeDetailPanel.cpp" line="138"/>
        <source>Rule %1 (#%2) version %3 · severity %4 · lowest SR %5 % · payments %6</source>
        <translation>Règle %1 (#%2) version %3 · gravité %4 · SR le plus bas %5 % · paiements %6</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeDetailPanel.cpp" line="146"/>
        <source>Started %1, open (detected %2).</source>
        <translation>Commencée le %1, ouverte (détectée le %2).</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeDetailPanel.cpp" line="148"/>
        <source>Started %1, resolved %2 (%3) after %4.</source>
        <translation>Commencée le %1, résolue le %2 (%3) après %4.</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeDetailPanel.cpp" line="152"/>
        <source>Muted: not notified.</source>
        <translation>En sourdine : non notifiée.</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeDetailPanel.cpp" line="154"/>
        <source>Muted by mute %1 of %2 (%3): not notified.</source>
        <translation>En sourdine par la mise en sourdine %1 de %2 (%3) : non notifiée.</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeDetailPanel.cpp" line="158"/>
        <source>Not labelled.</source>
        <translation>Non qualifiée.</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeDetailPanel.cpp" line="161"/>
        <source>Labelled %1 by %2 at %3%4</source>
        <translation>Qualifiée %1 par %2 le %3%4</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeDetailPanel.cpp" line="162"/>
        <source>true positive</source>
        <translation>vrai positif</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeDetailPanel.cpp" line="162"/>
        <source>false positive</source>
        <translation>faux positif</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeDetailPanel.cpp" line="165"/>
        <source>Mute matchers for it: %1</source>
        <translation>Critères de mise en sourdine correspondants : %1</translation>
    </message>
</context>
<context>
    <name>DowntimeLabelDialog</name>
    <message>
        <location filename="../widgets/DowntimeLabelDialog.cpp" line="20"/>
        <source>Label downtime %1</source>
        <translation>Qualifier l’indisponibilité %1</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeLabelDialog.cpp" line="22"/>
        <source>True positive: a real outage</source>
        <translation>Vrai positif : une vraie panne</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeLabelDialog.cpp" line="23"/>
        <source>False positive: noise, not an outage</source>
        <translation>Faux positif : du bruit, pas une panne</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeLabelDialog.cpp" line="24"/>
        <source>No label</source>
        <translation>Pas de qualification</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeLabelDialog.cpp" line="27"/>
        <source>Why? (kept with the label and in the audit log)</source>
        <translation>Pourquoi ? (conservé avec la qualification et dans le journal d’audit)</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeLabelDialog.cpp" line="30"/>
        <source>Save label</source>
        <translation>Enregistrer la qualification</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeLabelDialog.cpp" line="33"/>
        <source>Labels feed payops evaluate and the backtest: a false positive counts against the rule&apos;s precision.</source>
        <translation>Les qualifications alimentent payops evaluate et le test rétrospectif : un faux positif compte contre la précision de la règle.</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeLabelDialog.cpp" line="38"/>
        <source>Label:</source>
        <translation>Qualification :</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimeLabelDialog.cpp" line="39"/>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
</context>
<context>
    <name>DowntimeListModel</name>
    <message>
        <location filename="../models/DowntimeListModel.cpp" line="75"/>
        <source>Muted by mute %1 (%2): %3</source>
        <translation>En sourdine par la mise en sourdine %1 (%2) : %3</translation>
    </message>
    <message>
        <location filename="../models/DowntimeListModel.cpp" line="79"/>
        <source>%1 by %2: %3</source>
        <translation>%1 par %2 : %3</translation>
    </message>
    <message>
        <location filename="../models/DowntimeListModel.cpp" line="104"/>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <location filename="../models/DowntimeListModel.cpp" line="106"/>
        <source>%1 v%2</source>
        <translation>%1 v%2</translation>
    </message>
    <message>
        <location filename="../models/DowntimeListModel.cpp" line="120"/>
        <source>muted (#%1)</source>
        <translation>en sourdine (#%1)</translation>
    </message>
    <message>
        <location filename="../models/DowntimeListModel.cpp" line="120"/>
        <source>muted</source>
        <translation>en sourdine</translation>
    </message>
    <message>
        <location filename="../models/DowntimeListModel.cpp" line="123"/>
        <source>true positive</source>
        <translation>vrai positif</translation>
    </message>
    <message>
        <location filename="../models/DowntimeListModel.cpp" line="125"/>
        <source>false positive</source>
        <translation>faux positif</translation>
    </message>
    <message>
        <location filename="../models/DowntimeListModel.cpp" line="138"/>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../models/DowntimeListModel.cpp" line="140"/>
        <source>Resolved</source>
        <translation>Résolue</translation>
    </message>
    <message>
        <location filename="../models/DowntimeListModel.cpp" line="142"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../models/DowntimeListModel.cpp" line="144"/>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <location filename="../models/DowntimeListModel.cpp" line="146"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../models/DowntimeListModel.cpp" line="148"/>
        <source>Lowest SR</source>
        <translation>SR le plus bas</translation>
    </message>
    <message>
        <location filename="../models/DowntimeListModel.cpp" line="150"/>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <location filename="../models/DowntimeListModel.cpp" line="152"/>
        <source>Muted</source>
        <translation>En sourdine</translation>
    </message>
    <message>
        <location filename="../models/DowntimeListModel.cpp" line="154"/>
        <source>Label</source>
        <translation>Qualification</translation>
    </message>
</context>
<context>
    <name>DowntimesView</name>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="42"/>
        <source>Between</source>
        <translation>Entre</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="49"/>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Précédente</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="50"/>
        <source>&amp;Next ▶</source>
        <translation>&amp;Suivante ▶</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="115"/>
        <source>Any state</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="116"/>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="117"/>
        <source>Resolved</source>
        <translation>Résolues</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="123"/>
        <source>any severity</source>
        <translation>toute gravité</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="125"/>
        <source>Any rule</source>
        <translation>Toutes les règles</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="127"/>
        <source>cohort contains, e.g. issuer=HDFC</source>
        <translation>la cohorte contient, p. ex. issuer=HDFC</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="139"/>
        <source>Any label</source>
        <translation>Toute qualification</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="140"/>
        <source>True positive</source>
        <translation>Vrai positif</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="141"/>
        <source>False positive</source>
        <translation>Faux positif</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="142"/>
        <source>Not labelled</source>
        <translation>Non qualifiée</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="143"/>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="157"/>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="174"/>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="238"/>
        <source>Page %1 · loading…</source>
        <translation>Page %1 · chargement…</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="250"/>
        <source>Could not read the downtimes: %1</source>
        <translation>Impossible de lire les indisponibilités : %1</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="261"/>
        <source>Page %1 · no downtimes</source>
        <translation>Page %1 · aucune indisponibilité</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="262"/>
        <source>Page %1 · downtimes %2–%3%4</source>
        <translation>Page %1 · indisponibilités %2–%3%4</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="266"/>
        <source>, more follow</source>
        <translation>, d’autres suivent</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="338"/>
        <source>The store refused the label: %1</source>
        <translation>La base a refusé la qualification : %1</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="342"/>
        <source>Downtime %1 has no label now.</source>
        <translation>L’indisponibilité %1 n’a plus de qualification.</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="343"/>
        <source>Downtime %1 labelled %2.</source>
        <translation>Indisponibilité %1 qualifiée : %2.</translation>
    </message>
    <message>
        <location filename="../widgets/DowntimesView.cpp" line="359"/>
        <source>Mute %1 saved.</source>
        <translation>Mise en sourdine %1 enregistrée.</translation>
    </message>
</context>
<context>
    <name>EditMenu</name>
    <message>
        <location filename="../widgets/EditMenu.cpp" line="9"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../widgets/EditMenu.cpp" line="11"/>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location filename="../widgets/EditMenu.cpp" line="13"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
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
        <translation>ouvert</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="138"/>
        <source>half-open</source>
        <translation>semi-ouvert</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="139"/>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="141"/>
        <source>enabled</source>
        <translation>activé</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="141"/>
        <location filename="../models/EndpointHealthModel.cpp" line="172"/>
        <source>disabled: %1</source>
        <translation>désactivé : %1</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="162"/>
        <source>%1 of %2 attempts succeeded in the last hour</source>
        <translation>%1 tentatives réussies sur %2 dans la dernière heure</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/EndpointHealthModel.cpp" line="166"/>
        <source>%n consecutive failure(s)</source>
        <translation>
            <numerusform>%n échec consécutif</numerusform>
            <numerusform>%n échecs consécutifs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="168"/>
        <source>failing since %1</source>
        <translation>en échec depuis %1</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="182"/>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="184"/>
        <source>Merchant</source>
        <translation>Marchand</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="186"/>
        <source>Success (1 h)</source>
        <translation>Succès (1 h)</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="188"/>
        <source>Attempts (1 h)</source>
        <translation>Tentatives (1 h)</translation>
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
        <translation>Circuit</translation>
    </message>
    <message>
        <location filename="../models/EndpointHealthModel.cpp" line="196"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>EndpointHealthView</name>
    <message>
        <location filename="../widgets/EndpointHealthView.cpp" line="25"/>
        <source>Re-enable…</source>
        <translation>Réactiver…</translation>
    </message>
    <message>
        <location filename="../widgets/EndpointHealthView.cpp" line="40"/>
        <source>Enable the selected endpoint again (admins; audited)</source>
        <translation>Réactiver le point de terminaison sélectionné (administrateurs ; audité)</translation>
    </message>
    <message>
        <location filename="../widgets/EndpointHealthView.cpp" line="100"/>
        <source>Re-enable endpoint</source>
        <translation>Réactiver le point de terminaison</translation>
    </message>
    <message>
        <location filename="../widgets/EndpointHealthView.cpp" line="101"/>
        <source>Why may %1 receive deliveries again? The reason goes to the audit log.</source>
        <translation>Pourquoi %1 peut-il de nouveau recevoir des livraisons ? La raison est inscrite au journal d’audit.</translation>
    </message>
    <message>
        <location filename="../widgets/EndpointHealthView.cpp" line="104"/>
        <source>Re-enable</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <location filename="../widgets/EndpointHealthView.cpp" line="121"/>
        <source>Endpoint %1 enabled again.</source>
        <translation>Point de terminaison %1 réactivé.</translation>
    </message>
    <message>
        <location filename="../widgets/EndpointHealthView.cpp" line="126"/>
        <source>The store refused: %1</source>
        <translation>La base a refusé : %1</translation>
    </message>
    <message>
        <location filename="../widgets/EndpointHealthView.cpp" line="134"/>
        <source>Could not read endpoint health: %1</source>
        <translation>Impossible de lire l’état des points de terminaison : %1</translation>
    </message>
</context>
<context>
    <name>EnginesModel</name>
    <message>
        <location filename="../models/EnginesModel.cpp" line="69"/>
        <source>%1: no live instance</source>
        <translation>%1 : aucune instance active</translation>
    </message>
    <message>
        <location filename="../models/EnginesModel.cpp" line="71"/>
        <source>%1: %2 s behind</source>
        <translation>%1 : %2 s de retard</translation>
    </message>
    <message>
        <location filename="../models/EnginesModel.cpp" line="82"/>
        <source>Data on screen may be older than it should be — %1</source>
        <translation>Les données affichées peuvent être plus anciennes que prévu — %1</translation>
    </message>
    <message>
        <location filename="../models/EnginesModel.cpp" line="132"/>
        <source>stale</source>
        <translation>périmé</translation>
    </message>
    <message>
        <location filename="../models/EnginesModel.cpp" line="132"/>
        <source>live</source>
        <translation>actif</translation>
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
        <translation>il y a %1 s</translation>
    </message>
    <message>
        <location filename="../models/EnginesModel.cpp" line="162"/>
        <source>Engine</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <location filename="../models/EnginesModel.cpp" line="164"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../models/EnginesModel.cpp" line="166"/>
        <source>Lag</source>
        <translation>Retard</translation>
    </message>
    <message>
        <location filename="../models/EnginesModel.cpp" line="168"/>
        <source>Rate</source>
        <translation>Débit</translation>
    </message>
    <message>
        <location filename="../models/EnginesModel.cpp" line="170"/>
        <source>Last beat</source>
        <translation>Dernier signal</translation>
    </message>
    <message>
        <location filename="../models/EnginesModel.cpp" line="172"/>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <location filename="../models/EnginesModel.cpp" line="174"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location filename="../models/EnginesModel.cpp" line="176"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../models/EnginesModel.cpp" line="178"/>
        <source>Started</source>
        <translation>Démarré</translation>
    </message>
</context>
<context>
    <name>EnginesPanel</name>
    <message>
        <location filename="../widgets/EnginesPanel.cpp" line="42"/>
        <source>Engines: click to show or hide every instance</source>
        <translation>Moteurs : cliquez pour afficher ou masquer toutes les instances</translation>
    </message>
    <message>
        <location filename="../widgets/EnginesPanel.cpp" line="44"/>
        <source>Engines</source>
        <translation>Moteurs</translation>
    </message>
    <message>
        <location filename="../widgets/EnginesPanel.cpp" line="112"/>
        <source>%1 live</source>
        <translation>actifs : %1</translation>
    </message>
    <message>
        <location filename="../widgets/EnginesPanel.cpp" line="115"/>
        <source>cannot read: %1</source>
        <translation>lecture impossible : %1</translation>
    </message>
    <message>
        <location filename="../widgets/EnginesPanel.cpp" line="119"/>
        <source>no engine has registered</source>
        <translation>aucun moteur ne s’est enregistré</translation>
    </message>
    <message>
        <location filename="../widgets/EnginesPanel.cpp" line="121"/>
        <source>all running, none behind</source>
        <translation>tous en marche, aucun en retard</translation>
    </message>
</context>
<context>
    <name>EventDeliveriesModel</name>
    <message>
        <location filename="../models/EventDeliveriesModel.cpp" line="82"/>
        <source>This endpoint is disabled</source>
        <translation>Ce point de terminaison est désactivé</translation>
    </message>
    <message>
        <location filename="../models/EventDeliveriesModel.cpp" line="84"/>
        <source>Manual retry asked by %1</source>
        <translation>Nouvelle tentative manuelle demandée par %1</translation>
    </message>
    <message>
        <location filename="../models/EventDeliveriesModel.cpp" line="103"/>
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
        <location filename="../widgets/EventDetailPanel.cpp" line="97"/>
        <source>Retry delivery…</source>
        <translation>Relancer la livraison…</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="110"/>
        <source>Payload</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="153"/>
        <source>No event selected.</source>
        <translation>Aucun événement sélectionné.</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="171"/>
        <source>Deliveries</source>
        <translation>Livraisons</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="185"/>
        <source>Attempt timeline</source>
        <translation>Chronologie des tentatives</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="197"/>
        <source>Request headers</source>
        <translation>En-têtes de la requête</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="200"/>
        <source>Response / error</source>
        <translation>Réponse / erreur</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="225"/>
        <source>Loading event %1…</source>
        <translation>Chargement de l’événement %1…</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="254"/>
        <source>Could not read the event: %1</source>
        <translation>Impossible de lire l’événement : %1</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="260"/>
        <source>No webhook event %1 in the store.</source>
        <translation>Aucun événement webhook %1 dans la base.</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="268"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="275"/>
        <source>merchant %1 · payment %2 · created %3</source>
        <translation>marchand %1 · paiement %2 · créé le %3</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="285"/>
        <source>Could not read the deliveries: %1</source>
        <translation>Impossible de lire les livraisons : %1</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="332"/>
        <source>Could not read the attempts: %1</source>
        <translation>Impossible de lire les tentatives : %1</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="364"/>
        <source>Not sent yet: %1</source>
        <translation>Pas encore envoyée : %1</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="374"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="376"/>
        <source>Transport error: %1</source>
        <translation>Erreur de transport : %1</translation>
    </message>
    <message>
        <location filename="../widgets/EventDetailPanel.cpp" line="378"/>
        <source>(no response body)</source>
        <translation>(pas de corps de réponse)</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <location filename="../widgets/ExportMenu.cpp" line="71"/>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <location filename="../widgets/ExportMenu.cpp" line="72"/>
        <source>Nothing was written: %1</source>
        <translation>Rien n’a été écrit : %1</translation>
    </message>
    <message>
        <location filename="../widgets/ExportMenu.cpp" line="98"/>
        <source>Export table as &amp;CSV…</source>
        <translation>Exporter le tableau en &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../widgets/ExportMenu.cpp" line="98"/>
        <source>Export table as CSV</source>
        <translation>Exporter le tableau en CSV</translation>
    </message>
    <message>
        <location filename="../widgets/ExportMenu.cpp" line="99"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../widgets/ExportMenu.cpp" line="104"/>
        <source>Save chart as &amp;PNG…</source>
        <translation>Enregistrer le graphique en &amp;PNG…</translation>
    </message>
    <message>
        <location filename="../widgets/ExportMenu.cpp" line="104"/>
        <source>Save chart as PNG</source>
        <translation>Enregistrer le graphique en PNG</translation>
    </message>
    <message>
        <location filename="../widgets/ExportMenu.cpp" line="105"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../widgets/ExportMenu.cpp" line="129"/>
        <source>could not write %1</source>
        <translation>impossible d’écrire %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="60"/>
        <source>payops console</source>
        <translation>console payops</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="101"/>
        <source>Wall</source>
        <translation>Mur</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="102"/>
        <source>Deliveries</source>
        <translation>Livraisons</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="104"/>
        <source>Rules &amp;&amp; downtimes</source>
        <translation>Règles et indisponibilités</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="105"/>
        <source>Cashback</source>
        <translation>Cashback</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="136"/>
        <source>Areas</source>
        <translation>Zones</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="145"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="147"/>
        <source>&amp;Connect…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="151"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="155"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="159"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="166"/>
        <source>&amp;Wall mode</source>
        <translation>Mode &amp;mur</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="177"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="178"/>
        <source>&amp;About payops console</source>
        <translation>À &amp;propos de la console payops</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="179"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="181"/>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="206"/>
        <source>payops console — %1</source>
        <translation>console payops — %1</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="268"/>
        <source>About payops console</source>
        <translation>À propos de la console payops</translation>
    </message>
    <message>
        <location filename="../widgets/MainWindow.cpp" line="269"/>
        <source>&lt;h3&gt;payops console %1&lt;/h3&gt;&lt;p&gt;The operations console of a payment gateway: live success rates, downtimes, webhook deliveries and cashback, over one PostgreSQL store.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;console payops %1&lt;/h3&gt;&lt;p&gt;La console d&apos;exploitation d&apos;une passerelle de paiement : taux de succès en direct, indisponibilités, livraisons de webhooks et cashback, sur une seule base PostgreSQL.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MuteCoverageModel</name>
    <message>
        <location filename="../models/MuteCoverageModel.cpp" line="53"/>
        <source>cohort</source>
        <translation>cohorte</translation>
    </message>
    <message>
        <location filename="../models/MuteCoverageModel.cpp" line="54"/>
        <source>open downtime #%1 (already muted)</source>
        <translation>indisponibilité ouverte #%1 (déjà en sourdine)</translation>
    </message>
    <message>
        <location filename="../models/MuteCoverageModel.cpp" line="55"/>
        <source>open downtime #%1</source>
        <translation>indisponibilité ouverte #%1</translation>
    </message>
    <message>
        <location filename="../models/MuteCoverageModel.cpp" line="73"/>
        <source>Covers</source>
        <translation>Couvre</translation>
    </message>
    <message>
        <location filename="../models/MuteCoverageModel.cpp" line="75"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../models/MuteCoverageModel.cpp" line="77"/>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <location filename="../models/MuteCoverageModel.cpp" line="79"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
</context>
<context>
    <name>MuteEditorDialog</name>
    <message>
        <location filename="../widgets/MuteEditorDialog.cpp" line="29"/>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <location filename="../widgets/MuteEditorDialog.cpp" line="41"/>
        <source>New mute</source>
        <translation>Nouvelle mise en sourdine</translation>
    </message>
    <message>
        <location filename="../widgets/MuteEditorDialog.cpp" line="52"/>
        <source>Why? (kept with the mute and in the audit log)</source>
        <translation>Pourquoi ? (conservé avec la mise en sourdine et dans le journal d’audit)</translation>
    </message>
    <message>
        <location filename="../widgets/MuteEditorDialog.cpp" line="74"/>
        <source>Save mute</source>
        <translation>Enregistrer la mise en sourdine</translation>
    </message>
    <message>
        <location filename="../widgets/MuteEditorDialog.cpp" line="82"/>
        <source>Matchers:</source>
        <translation>Critères :</translation>
    </message>
    <message>
        <location filename="../widgets/MuteEditorDialog.cpp" line="83"/>
        <source>Starts:</source>
        <translation>Début :</translation>
    </message>
    <message>
        <location filename="../widgets/MuteEditorDialog.cpp" line="84"/>
        <source>Ends:</source>
        <translation>Fin :</translation>
    </message>
    <message>
        <location filename="../widgets/MuteEditorDialog.cpp" line="85"/>
        <source>Reason:</source>
        <translation>Raison :</translation>
    </message>
    <message>
        <location filename="../widgets/MuteEditorDialog.cpp" line="87"/>
        <source>Downtimes a mute covers are still recorded and shown as muted; their notifications are not sent. Every matcher must equal what the downtime&apos;s rule and cohort fix.</source>
        <translation>Les indisponibilités couvertes par une mise en sourdine sont toujours enregistrées et affichées en sourdine ; leurs notifications ne sont pas envoyées. Chaque critère doit être égal à ce que fixent la règle et la cohorte de l’indisponibilité.</translation>
    </message>
    <message>
        <location filename="../widgets/MuteEditorDialog.cpp" line="103"/>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location filename="../widgets/MuteEditorDialog.cpp" line="103"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../widgets/MuteEditorDialog.cpp" line="111"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../widgets/MuteEditorDialog.cpp" line="113"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../widgets/MuteEditorDialog.cpp" line="204"/>
        <source>Add at least one matcher.</source>
        <translation>Ajoutez au moins un critère.</translation>
    </message>
    <message>
        <location filename="../widgets/MuteEditorDialog.cpp" line="207"/>
        <source>Asking the store what it would cover…</source>
        <translation>Interrogation de la base sur ce qu’elle couvrirait…</translation>
    </message>
    <message>
        <location filename="../widgets/MuteEditorDialog.cpp" line="215"/>
        <source>The store refuses these matchers: %1</source>
        <translation>La base refuse ces critères : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/MuteEditorDialog.cpp" line="219"/>
        <source>It covers %n open downtime(s) now</source>
        <translation>
            <numerusform>Elle couvre actuellement %n indisponibilité ouverte</numerusform>
            <numerusform>Elle couvre actuellement %n indisponibilités ouvertes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/MuteEditorDialog.cpp" line="220"/>
        <source> and cover %n cohort(s) with SR windows in the last hour:</source>
        <translation>
            <numerusform> et couvrirait %n cohorte ayant des fenêtres de SR dans la dernière heure :</numerusform>
            <numerusform> et couvrirait %n cohortes ayant des fenêtres de SR dans la dernière heure :</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/MuteEditorDialog.cpp" line="236"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../widgets/MuteEditorDialog.cpp" line="243"/>
        <source>The store refused the mute: %1</source>
        <translation>La base a refusé la mise en sourdine : %1</translation>
    </message>
</context>
<context>
    <name>MuteListModel</name>
    <message>
        <location filename="../models/MuteListModel.cpp" line="65"/>
        <source>Ended %1 by %2: %3</source>
        <translation>Terminée le %1 par %2 : %3</translation>
    </message>
    <message>
        <location filename="../models/MuteListModel.cpp" line="89"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../models/MuteListModel.cpp" line="91"/>
        <source>pending</source>
        <translation>à venir</translation>
    </message>
    <message>
        <location filename="../models/MuteListModel.cpp" line="93"/>
        <source>ended early</source>
        <translation>terminée plus tôt</translation>
    </message>
    <message>
        <location filename="../models/MuteListModel.cpp" line="94"/>
        <source>expired</source>
        <translation>expirée</translation>
    </message>
    <message>
        <location filename="../models/MuteListModel.cpp" line="110"/>
        <source>%1 at %2: %3</source>
        <translation>%1 le %2 : %3</translation>
    </message>
    <message>
        <location filename="../models/MuteListModel.cpp" line="122"/>
        <source>Mute</source>
        <translation>Mise en sourdine</translation>
    </message>
    <message>
        <location filename="../models/MuteListModel.cpp" line="124"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../models/MuteListModel.cpp" line="126"/>
        <source>Matchers</source>
        <translation>Critères</translation>
    </message>
    <message>
        <location filename="../models/MuteListModel.cpp" line="128"/>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../models/MuteListModel.cpp" line="130"/>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../models/MuteListModel.cpp" line="132"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../models/MuteListModel.cpp" line="134"/>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <location filename="../models/MuteListModel.cpp" line="136"/>
        <source>Downtimes muted</source>
        <translation>Indisponibilités en sourdine</translation>
    </message>
    <message>
        <location filename="../models/MuteListModel.cpp" line="138"/>
        <source>Ended by</source>
        <translation>Terminée par</translation>
    </message>
</context>
<context>
    <name>MutesView</name>
    <message>
        <location filename="../widgets/MutesView.cpp" line="26"/>
        <source>&amp;End mute early…</source>
        <translation>&amp;Terminer la mise en sourdine plus tôt…</translation>
    </message>
    <message>
        <location filename="../widgets/MutesView.cpp" line="39"/>
        <source>Could not read the mutes: %1</source>
        <translation>Impossible de lire les mises en sourdine : %1</translation>
    </message>
    <message>
        <location filename="../widgets/MutesView.cpp" line="63"/>
        <source>Create a mute from a downtime on the Downtimes tab.</source>
        <translation>Créez une mise en sourdine à partir d’une indisponibilité dans l’onglet Indisponibilités.</translation>
    </message>
    <message>
        <location filename="../widgets/MutesView.cpp" line="119"/>
        <location filename="../widgets/MutesView.cpp" line="124"/>
        <source>End mute</source>
        <translation>Terminer la mise en sourdine</translation>
    </message>
    <message>
        <location filename="../widgets/MutesView.cpp" line="120"/>
        <source>End mute %1 (%2) now? Downtimes it covers will be notified again from now on.</source>
        <translation>Terminer maintenant la mise en sourdine %1 (%2) ? Les indisponibilités qu’elle couvre seront de nouveau notifiées à partir de maintenant.</translation>
    </message>
    <message>
        <location filename="../widgets/MutesView.cpp" line="140"/>
        <source>The store refused to end the mute: %1</source>
        <translation>La base a refusé de terminer la mise en sourdine : %1</translation>
    </message>
    <message>
        <location filename="../widgets/MutesView.cpp" line="143"/>
        <source>Mute %1 ended.</source>
        <translation>Mise en sourdine %1 terminée.</translation>
    </message>
</context>
<context>
    <name>PipelineModel</name>
    <message>
        <location filename="../models/PipelineModel.cpp" line="64"/>
        <source>nothing credited in the last %1 s</source>
        <translation>rien crédité dans les %1 dernières s</translation>
    </message>
    <message>
        <location filename="../models/PipelineModel.cpp" line="67"/>
        <source>median %1 · p95 %2 · max %3</source>
        <translation>médiane %1 · p95 %2 · max %3</translation>
    </message>
    <message>
        <location filename="../models/PipelineModel.cpp" line="125"/>
        <source>Payments captured</source>
        <translation>Paiements capturés</translation>
    </message>
    <message>
        <location filename="../models/PipelineModel.cpp" line="127"/>
        <source>Cashbacks computed</source>
        <translation>Cashbacks calculés</translation>
    </message>
    <message>
        <location filename="../models/PipelineModel.cpp" line="129"/>
        <source>Credit queue (RabbitMQ)</source>
        <translation>File de crédit (RabbitMQ)</translation>
    </message>
    <message>
        <location filename="../models/PipelineModel.cpp" line="131"/>
        <source>Credited</source>
        <translation>Crédité</translation>
    </message>
    <message>
        <location filename="../models/PipelineModel.cpp" line="133"/>
        <source>Reversed</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../models/PipelineModel.cpp" line="135"/>
        <source>Dead letters</source>
        <translation>Lettres mortes</translation>
    </message>
    <message>
        <location filename="../models/PipelineModel.cpp" line="206"/>
        <source>out: those that earned a cashback</source>
        <translation>sortie : ceux qui ont obtenu un cashback</translation>
    </message>
    <message>
        <location filename="../models/PipelineModel.cpp" line="208"/>
        <source>waiting: not yet confirmed by the broker</source>
        <translation>en attente : pas encore confirmés par le broker</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/PipelineModel.cpp" line="212"/>
        <source>%1 ready · %2 unacknowledged · %n consumer(s)</source>
        <translation>
            <numerusform>%1 prêts · %2 non acquittés · %n consommateur</numerusform>
            <numerusform>%1 prêts · %2 non acquittés · %n consommateurs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/PipelineModel.cpp" line="216"/>
        <source>waiting: queued, not yet in the ledger</source>
        <translation>en attente : en file, pas encore au grand livre</translation>
    </message>
    <message>
        <location filename="../models/PipelineModel.cpp" line="218"/>
        <source>waiting: refunded, not yet reversed</source>
        <translation>en attente : remboursés, pas encore annulés</translation>
    </message>
    <message>
        <location filename="../models/PipelineModel.cpp" line="220"/>
        <source>waiting: messages in %1</source>
        <translation>en attente : messages dans %1</translation>
    </message>
    <message>
        <location filename="../models/PipelineModel.cpp" line="232"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../models/PipelineModel.cpp" line="234"/>
        <source>In /s</source>
        <translation>Entrée /s</translation>
    </message>
    <message>
        <location filename="../models/PipelineModel.cpp" line="236"/>
        <source>Out /s</source>
        <translation>Sortie /s</translation>
    </message>
    <message>
        <location filename="../models/PipelineModel.cpp" line="238"/>
        <source>Waiting</source>
        <translation>En attente</translation>
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
    <name>PreferencesDialog</name>
    <message>
        <location filename="../widgets/PreferencesDialog.cpp" line="28"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../widgets/PreferencesDialog.cpp" line="34"/>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location filename="../widgets/PreferencesDialog.cpp" line="42"/>
        <source>A new language applies when the console starts next; the --lang option overrides it. A theme applies at once.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage de la console ; l’option --lang a priorité sur elle. Un thème s’applique immédiatement.</translation>
    </message>
    <message>
        <location filename="../widgets/PreferencesDialog.cpp" line="47"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../widgets/PreferencesDialog.cpp" line="48"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
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
        <translation>Pourquoi ? (conservé dans le journal d’audit)</translation>
    </message>
    <message>
        <location filename="../widgets/RetryDialog.cpp" line="25"/>
        <source>Retry</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <location filename="../widgets/RetryDialog.cpp" line="37"/>
        <source>Reason:</source>
        <translation>Raison :</translation>
    </message>
</context>
<context>
    <name>RuleDiffModel</name>
    <message>
        <location filename="../models/RuleDiffModel.cpp" line="73"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../models/RuleDiffModel.cpp" line="75"/>
        <location filename="../models/RuleDiffModel.cpp" line="77"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../models/RuleDiffModel.cpp" line="75"/>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <location filename="../models/RuleDiffModel.cpp" line="77"/>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
</context>
<context>
    <name>RuleEditorDialog</name>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="102"/>
        <source>New rule</source>
        <translation>Nouvelle règle</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="104"/>
        <source>Edit rule %1 (version %2)</source>
        <translation>Modifier la règle %1 (version %2)</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="106"/>
        <source>Rule %1 (version %2, read only)</source>
        <translation>Règle %1 (version %2, lecture seule)</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="125"/>
        <source>&amp;Save new version</source>
        <translation>&amp;Enregistrer une nouvelle version</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="132"/>
        <source>&amp;Backtest…</source>
        <translation>&amp;Test rétrospectif…</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="134"/>
        <source>Run this definition over past payments next to the saved version, before saving</source>
        <translation>Exécuter cette définition sur les paiements passés à côté de la version enregistrée, avant d’enregistrer</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="147"/>
        <source>Only administrators can change rules.</source>
        <translation>Seuls les administrateurs peuvent modifier les règles.</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="164"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="165"/>
        <source>Detects downtimes</source>
        <translation>Détecte des indisponibilités</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="166"/>
        <source>&amp;Enabled</source>
        <translation>Acti&amp;vée</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="170"/>
        <source>Filter %1</source>
        <translation>Filtre %1</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="171"/>
        <source>any; a value, or values separated by commas</source>
        <translation>tout ; une valeur, ou des valeurs séparées par des virgules</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="172"/>
        <source>&amp;Group by</source>
        <translation>&amp;Grouper par</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="173"/>
        <source>dimensions in order, e.g. method, issuer</source>
        <translation>dimensions dans l’ordre, p. ex. method, issuer</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="175"/>
        <source>Time (size, step)</source>
        <translation>Temps (taille, pas)</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="176"/>
        <source>Count (last n payments)</source>
        <translation>Nombre (n derniers paiements)</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="177"/>
        <source>&amp;Window</source>
        <translation>&amp;Fenêtre</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="182"/>
        <source>Window size (s)</source>
        <translation>Taille de la fenêtre (s)</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="183"/>
        <source>Window step (s)</source>
        <translation>Pas de la fenêtre (s)</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="184"/>
        <source>Window payments (n)</source>
        <translation>Paiements par fenêtre (n)</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="185"/>
        <source>&amp;Minimum volume</source>
        <translation>Volume &amp;minimum</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="186"/>
        <source>payments a window needs to count</source>
        <translation>paiements nécessaires pour qu’une fenêtre compte</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="187"/>
        <source>&amp;Open below (SR)</source>
        <translation>&amp;Ouvrir sous (SR)</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="188"/>
        <source>a fraction, e.g. 0.8</source>
        <translation>une fraction, p. ex. 0.8</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="189"/>
        <source>&amp;Recover above (SR)</source>
        <translation>&amp;Rétablir au-dessus (SR)</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="190"/>
        <source>a fraction above open below, e.g. 0.9</source>
        <translation>une fraction supérieure au seuil d’ouverture, p. ex. 0.9</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="191"/>
        <source>Open after (windows)</source>
        <translation>Ouvrir après (fenêtres)</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="192"/>
        <source>Resolve after (windows)</source>
        <translation>Résoudre après (fenêtres)</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="193"/>
        <source>Se&amp;verity bands</source>
        <translation>&amp;Paliers de gravité</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="194"/>
        <source>&amp;Comment</source>
        <translation>&amp;Commentaire</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="195"/>
        <source>why this change (required, kept with the version)</source>
        <translation>pourquoi cette modification (obligatoire, conservé avec la version)</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="237"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="237"/>
        <source>Below (SR)</source>
        <translation>Sous (SR)</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="242"/>
        <source>&amp;Add band</source>
        <translation>Ajouter un pa&amp;lier</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="244"/>
        <source>Remo&amp;ve band</source>
        <translation>Retirer un pal&amp;ier</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="402"/>
        <source>Watches %1, windows of %2, %3.</source>
        <translation>Surveille %1, fenêtres de %2, %3.</translation>
    </message>
    <message>
        <location filename="../widgets/RuleEditorDialog.cpp" line="443"/>
        <source>The store refused the rule: %1</source>
        <translation>La base a refusé la règle : %1</translation>
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
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/RuleListModel.cpp" line="16"/>
        <source>%n min</source>
        <translation>
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
        <translation>%1 parmi %2</translation>
    </message>
    <message>
        <location filename="../models/RuleListModel.cpp" line="91"/>
        <source>per %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <location filename="../models/RuleListModel.cpp" line="92"/>
        <source>all payments</source>
        <translation>tous les paiements</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/RuleListModel.cpp" line="98"/>
        <source>last %n payments</source>
        <translation>
            <numerusform>%n dernier paiement</numerusform>
            <numerusform>%n derniers paiements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/RuleListModel.cpp" line="99"/>
        <source>%1 every %2</source>
        <translation>%1 toutes les %2</translation>
    </message>
    <message>
        <location filename="../models/RuleListModel.cpp" line="104"/>
        <source>open below %1 · recover above %2</source>
        <translation>ouverture sous %1 · rétablissement au-dessus de %2</translation>
    </message>
    <message>
        <location filename="../models/RuleListModel.cpp" line="127"/>
        <source>Version %1 by %2: %3</source>
        <translation>Version %1 par %2 : %3</translation>
    </message>
    <message>
        <location filename="../models/RuleListModel.cpp" line="151"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../models/RuleListModel.cpp" line="151"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../models/RuleListModel.cpp" line="153"/>
        <source>unusable: %1</source>
        <translation>inutilisable : %1</translation>
    </message>
    <message>
        <location filename="../models/RuleListModel.cpp" line="175"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../models/RuleListModel.cpp" line="177"/>
        <source>Enabled</source>
        <translation>Activée</translation>
    </message>
    <message>
        <location filename="../models/RuleListModel.cpp" line="179"/>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <location filename="../models/RuleListModel.cpp" line="181"/>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <location filename="../models/RuleListModel.cpp" line="183"/>
        <source>Thresholds</source>
        <translation>Seuils</translation>
    </message>
    <message>
        <location filename="../models/RuleListModel.cpp" line="185"/>
        <source>Cohorts watched (1 h)</source>
        <translation>Cohortes surveillées (1 h)</translation>
    </message>
    <message>
        <location filename="../models/RuleListModel.cpp" line="187"/>
        <source>Downtimes (7 days)</source>
        <translation>Indisponibilités (7 jours)</translation>
    </message>
    <message>
        <location filename="../models/RuleListModel.cpp" line="189"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
</context>
<context>
    <name>RuleVersionsModel</name>
    <message>
        <location filename="../models/RuleVersionsModel.cpp" line="85"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../models/RuleVersionsModel.cpp" line="87"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../models/RuleVersionsModel.cpp" line="89"/>
        <source>Saved</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <location filename="../models/RuleVersionsModel.cpp" line="91"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
</context>
<context>
    <name>RuleVersionsView</name>
    <message>
        <location filename="../widgets/RuleVersionsView.cpp" line="50"/>
        <location filename="../widgets/RuleVersionsView.cpp" line="60"/>
        <source>Select a rule to see its versions.</source>
        <translation>Sélectionnez une règle pour voir ses versions.</translation>
    </message>
    <message>
        <location filename="../widgets/RuleVersionsView.cpp" line="74"/>
        <source>Could not load the versions: %1</source>
        <translation>Impossible de charger les versions : %1</translation>
    </message>
    <message>
        <location filename="../widgets/RuleVersionsView.cpp" line="77"/>
        <source>Select one version to compare it with the one before, or two to compare them (Ctrl+click).</source>
        <translation>Sélectionnez une version pour la comparer à la précédente, ou deux pour les comparer (Ctrl+clic).</translation>
    </message>
</context>
<context>
    <name>RulesDowntimesPage</name>
    <message>
        <location filename="../widgets/RulesDowntimesPage.cpp" line="27"/>
        <source>&amp;Rules</source>
        <translation>&amp;Règles</translation>
    </message>
    <message>
        <location filename="../widgets/RulesDowntimesPage.cpp" line="29"/>
        <source>&amp;Backtest</source>
        <translation>&amp;Test rétrospectif</translation>
    </message>
    <message>
        <location filename="../widgets/RulesDowntimesPage.cpp" line="46"/>
        <source>&amp;Downtimes</source>
        <translation>&amp;Indisponibilités</translation>
    </message>
    <message>
        <location filename="../widgets/RulesDowntimesPage.cpp" line="47"/>
        <source>M&amp;utes</source>
        <translation>&amp;Mises en sourdine</translation>
    </message>
    <message>
        <location filename="../widgets/RulesDowntimesPage.cpp" line="48"/>
        <source>&amp;Audit</source>
        <translation>&amp;Audit</translation>
    </message>
    <message>
        <location filename="../widgets/RulesDowntimesPage.cpp" line="54"/>
        <source>Rules &amp; downtimes</source>
        <translation>Règles et indisponibilités</translation>
    </message>
    <message>
        <location filename="../widgets/RulesDowntimesPage.cpp" line="55"/>
        <source>Detection rules and their versions, the downtimes they found, mutes, true/false-positive labels and the audit log.</source>
        <translation>Les règles de détection et leurs versions, les indisponibilités trouvées, les mises en sourdine, les qualifications vrai/faux positif et le journal d’audit.</translation>
    </message>
</context>
<context>
    <name>RulesView</name>
    <message>
        <location filename="../widgets/RulesView.cpp" line="30"/>
        <source>&amp;New rule…</source>
        <translation>&amp;Nouvelle règle…</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/RulesView.cpp" line="39"/>
        <source>%n rule(s).</source>
        <translation>
            <numerusform>%n règle.</numerusform>
            <numerusform>%n règles.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/RulesView.cpp" line="40"/>
        <source>Could not load the rules: %1</source>
        <translation>Impossible de charger les règles : %1</translation>
    </message>
    <message>
        <location filename="../widgets/RulesView.cpp" line="105"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../widgets/RulesView.cpp" line="105"/>
        <source>&amp;View…</source>
        <translation>&amp;Afficher…</translation>
    </message>
    <message>
        <location filename="../widgets/RulesView.cpp" line="170"/>
        <source>no version was returned</source>
        <translation>aucune version n’a été renvoyée</translation>
    </message>
    <message>
        <location filename="../widgets/RulesView.cpp" line="176"/>
        <source>Saved version %1 of rule %2.</source>
        <translation>Version %1 de la règle %2 enregistrée.</translation>
    </message>
</context>
<context>
    <name>ScreenshotJob</name>
    <message>
        <location filename="../app/console/ScreenshotJob.cpp" line="33"/>
        <source>the store did not answer in time</source>
        <translation>la base n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <location filename="../app/console/ScreenshotJob.cpp" line="44"/>
        <source>refused: %1</source>
        <translation>refusé : %1</translation>
    </message>
    <message>
        <location filename="../app/console/ScreenshotJob.cpp" line="80"/>
        <source>payops-console: cannot write %1</source>
        <translation>payops-console : impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <location filename="../app/console/ScreenshotJob.cpp" line="82"/>
        <source>payops-console: %1</source>
        <translation>payops-console : %1</translation>
    </message>
    <message>
        <location filename="../app/console/ScreenshotJob.cpp" line="84"/>
        <source>payops-console: no data loaded (%1); the picture shows the console without it</source>
        <translation>payops-console : aucune donnée chargée (%1) ; l&apos;image montre la console sans données</translation>
    </message>
</context>
<context>
    <name>ScreenshotSteps</name>
    <message>
        <location filename="../app/console/ScreenshotSteps.cpp" line="55"/>
        <source>expected ACTION:NAME or ACTION:NAME=VALUE</source>
        <translation>attendu : ACTION:NAME ou ACTION:NAME=VALUE</translation>
    </message>
    <message>
        <location filename="../app/console/ScreenshotSteps.cpp" line="57"/>
        <source>wait takes milliseconds</source>
        <translation>wait attend un nombre de millisecondes</translation>
    </message>
    <message>
        <location filename="../app/console/ScreenshotSteps.cpp" line="60"/>
        <source>%1 needs =N, a number from 1</source>
        <translation>%1 demande =N, un nombre à partir de 1</translation>
    </message>
    <message>
        <location filename="../app/console/ScreenshotSteps.cpp" line="62"/>
        <source>set needs =VALUE</source>
        <translation>set demande =VALUE</translation>
    </message>
    <message>
        <location filename="../app/console/ScreenshotSteps.cpp" line="64"/>
        <source>%1 takes no value</source>
        <translation>%1 ne prend pas de valeur</translation>
    </message>
    <message>
        <location filename="../app/console/ScreenshotSteps.cpp" line="66"/>
        <source>unknown action “%1” (tab, set, click, select, show, grab or wait)</source>
        <translation>action inconnue « %1 » (tab, set, click, select, show, grab ou wait)</translation>
    </message>
    <message>
        <location filename="../app/console/ScreenshotSteps.cpp" line="69"/>
        <location filename="../app/console/ScreenshotSteps.cpp" line="123"/>
        <source>--step %1: %2</source>
        <translation>--step %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/console/ScreenshotSteps.cpp" line="130"/>
        <source>no widget named “%1”</source>
        <translation>aucun widget nommé « %1 »</translation>
    </message>
    <message>
        <location filename="../app/console/ScreenshotSteps.cpp" line="135"/>
        <source>not a tab widget with %1 tabs</source>
        <translation>pas un widget à onglets ayant un onglet nº %1</translation>
    </message>
    <message>
        <location filename="../app/console/ScreenshotSteps.cpp" line="140"/>
        <source>not a view with %1 rows</source>
        <translation>pas une vue ayant une ligne nº %1</translation>
    </message>
    <message>
        <location filename="../app/console/ScreenshotSteps.cpp" line="150"/>
        <source>the combo box has no item “%1”</source>
        <translation>la liste déroulante n’a pas d’élément « %1 »</translation>
    </message>
    <message>
        <location filename="../app/console/ScreenshotSteps.cpp" line="155"/>
        <source>a check box is set on or off, not “%1”</source>
        <translation>une case à cocher se règle sur on ou off, pas « %1 »</translation>
    </message>
    <message>
        <location filename="../app/console/ScreenshotSteps.cpp" line="158"/>
        <source>not a line edit, combo box or check box</source>
        <translation>ni un champ de saisie, ni une liste déroulante, ni une case à cocher</translation>
    </message>
</context>
<context>
    <name>SrChart</name>
    <message>
        <location filename="../widgets/SrChart.cpp" line="54"/>
        <source>Success rate chart</source>
        <translation>Graphique du taux de succès</translation>
    </message>
    <message>
        <location filename="../widgets/SrChart.cpp" line="79"/>
        <source>%1 — %2
Click for its downtimes</source>
        <translation>%1 — %2
Cliquez pour voir ses indisponibilités</translation>
    </message>
    <message>
        <location filename="../widgets/SrChart.cpp" line="119"/>
        <source>all payments</source>
        <translation>tous les paiements</translation>
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
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <location filename="../widgets/StoreBanner.cpp" line="33"/>
        <source>Store status</source>
        <translation>État de la base</translation>
    </message>
    <message>
        <location filename="../widgets/StoreBanner.cpp" line="36"/>
        <source>Try to reach the store now instead of waiting for the next attempt</source>
        <translation>Tenter de joindre la base maintenant au lieu d’attendre la prochaine tentative</translation>
    </message>
    <message>
        <location filename="../widgets/StoreBanner.cpp" line="101"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../widgets/StoreBanner.cpp" line="107"/>
        <source>Since %1 this page may be out of date</source>
        <translation>Depuis %1, cette page n’est peut-être plus à jour</translation>
    </message>
    <message>
        <location filename="../widgets/StoreBanner.cpp" line="109"/>
        <source>No data read yet</source>
        <translation>Aucune donnée lue pour l’instant</translation>
    </message>
    <message>
        <location filename="../widgets/StoreBanner.cpp" line="110"/>
        <source>Data as of %1</source>
        <translation>Dernières données : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/StoreBanner.cpp" line="116"/>
        <source>the store has kept this page waiting for %n s (a lock or a slow query); it shows the answer when it comes</source>
        <translation>
            <numerusform>la base fait attendre cette page depuis %n seconde (un verrou ou une requête lente) ; la réponse s’affichera dès son arrivée</numerusform>
            <numerusform>la base fait attendre cette page depuis %n secondes (un verrou ou une requête lente) ; la réponse s’affichera dès son arrivée</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/StoreBanner.cpp" line="121"/>
        <source>the read store %1 is out of reach, retrying in %n s; operator actions still go to %2</source>
        <translation>
            <numerusform>la base de lecture %1 est injoignable, nouvelle tentative dans %n seconde ; les actions des opérateurs sont toujours envoyées à %2</numerusform>
            <numerusform>la base de lecture %1 est injoignable, nouvelle tentative dans %n secondes ; les actions des opérateurs sont toujours envoyées à %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/StoreBanner.cpp" line="125"/>
        <source>the read store %1 is out of reach, retrying now; operator actions still go to %2</source>
        <translation>la base de lecture %1 est injoignable, nouvelle tentative en cours ; les actions des opérateurs sont toujours envoyées à %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/StoreBanner.cpp" line="129"/>
        <source>the store refuses this login (see the status bar), asking again in %n s. File › Connect… chooses another store or login.</source>
        <translation>
            <numerusform>la base refuse ce compte (voir la barre d’état), nouvelle demande dans %n seconde. Fichier › Se connecter… permet de choisir une autre base ou un autre compte.</numerusform>
            <numerusform>la base refuse ce compte (voir la barre d’état), nouvelle demande dans %n secondes. Fichier › Se connecter… permet de choisir une autre base ou un autre compte.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/StoreBanner.cpp" line="132"/>
        <source>the store refuses this login (see the status bar), asking again now. File › Connect… chooses another store or login.</source>
        <translation>la base refuse ce compte (voir la barre d’état), nouvelle demande en cours. Fichier › Se connecter… permet de choisir une autre base ou un autre compte.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/StoreBanner.cpp" line="134"/>
        <source>store unreachable, retrying in %n s</source>
        <translation>
            <numerusform>base injoignable, nouvelle tentative dans %n seconde</numerusform>
            <numerusform>base injoignable, nouvelle tentative dans %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/StoreBanner.cpp" line="135"/>
        <source>store unreachable, retrying now</source>
        <translation>base injoignable, nouvelle tentative en cours</translation>
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
    <name>Theme</name>
    <message>
        <location filename="../widgets/Theme.cpp" line="27"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../widgets/Theme.cpp" line="29"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../widgets/Theme.cpp" line="30"/>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
</context>
<context>
    <name>WallCohortsModel</name>
    <message>
        <location filename="../models/WallCohortsModel.cpp" line="262"/>
        <source>all payments</source>
        <translation>tous les paiements</translation>
    </message>
    <message>
        <location filename="../models/WallCohortsModel.cpp" line="265"/>
        <source>rule %1</source>
        <translation>règle %1</translation>
    </message>
    <message>
        <location filename="../models/WallCohortsModel.cpp" line="279"/>
        <source>%1 — rule %2 (%3)</source>
        <translation>%1 — règle %2 (%3)</translation>
    </message>
    <message>
        <location filename="../models/WallCohortsModel.cpp" line="281"/>
        <source>SR of the newest window: %1 over %2 attempts</source>
        <translation>SR de la dernière fenêtre : %1 sur %2 tentatives</translation>
    </message>
    <message>
        <location filename="../models/WallCohortsModel.cpp" line="284"/>
        <source>Opens a downtime below %1</source>
        <translation>Ouvre une indisponibilité sous %1</translation>
    </message>
    <message>
        <location filename="../models/WallCohortsModel.cpp" line="286"/>
        <source>Open downtime: %1</source>
        <translation>Indisponibilité ouverte : %1</translation>
    </message>
    <message>
        <location filename="../models/WallCohortsModel.cpp" line="296"/>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <location filename="../models/WallCohortsModel.cpp" line="298"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../models/WallCohortsModel.cpp" line="300"/>
        <source>Current SR</source>
        <translation>SR actuel</translation>
    </message>
    <message>
        <location filename="../models/WallCohortsModel.cpp" line="302"/>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <location filename="../models/WallCohortsModel.cpp" line="304"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
</context>
<context>
    <name>WallPage</name>
    <message>
        <location filename="../widgets/WallPage.cpp" line="180"/>
        <source>Store overview</source>
        <translation>Vue d&apos;ensemble de la base</translation>
    </message>
    <message>
        <location filename="../widgets/WallPage.cpp" line="406"/>
        <source>Schema version %1</source>
        <translation>Version du schéma %1</translation>
    </message>
    <message>
        <location filename="../widgets/WallPage.cpp" line="408"/>
        <source>latest event %1</source>
        <translation>dernier événement %1</translation>
    </message>
    <message>
        <location filename="../widgets/WallPage.cpp" line="392"/>
        <location filename="../widgets/WallPage.cpp" line="410"/>
        <source>updated %1</source>
        <translation>mis à jour %1</translation>
    </message>
    <message>
        <location filename="../widgets/WallPage.cpp" line="133"/>
        <source>Wall</source>
        <translation>Mur</translation>
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
        <translation>Afficher les dernières %1</translation>
    </message>
    <message>
        <location filename="../widgets/WallPage.cpp" line="155"/>
        <source>Previous page of charts</source>
        <translation>Page de graphiques précédente</translation>
    </message>
    <message>
        <location filename="../widgets/WallPage.cpp" line="159"/>
        <source>Next page of charts</source>
        <translation>Page de graphiques suivante</translation>
    </message>
    <message>
        <location filename="../widgets/WallPage.cpp" line="381"/>
        <source>Page %1 of %2 · %3 cohorts</source>
        <translation>Page %1 sur %2 · %3 cohortes</translation>
    </message>
    <message>
        <location filename="../widgets/WallPage.cpp" line="390"/>
        <source>Could not read the charts: %1</source>
        <translation>Impossible de lire les graphiques : %1</translation>
    </message>
    <message>
        <location filename="../widgets/WallPage.cpp" line="394"/>
        <location filename="../widgets/WallPage.cpp" line="412"/>
        <source>Waiting for the store…</source>
        <translation>En attente de la base…</translation>
    </message>
    <message>
        <location filename="../widgets/WallPage.cpp" line="396"/>
        <source>No success-rate windows in this time range yet: payops detect writes them as payments arrive.</source>
        <translation>Aucune fenêtre de taux de succès dans cette période pour l’instant : payops detect les écrit à mesure que les paiements arrivent.</translation>
    </message>
    <message>
        <location filename="../widgets/WallPage.cpp" line="416"/>
        <source>Could not read the overview: %1</source>
        <translation>Impossible de lire la vue d&apos;ensemble : %1</translation>
    </message>
</context>
<context>
    <name>WallTilesModel</name>
    <message>
        <location filename="../models/WallTilesModel.cpp" line="74"/>
        <source>Open downtimes</source>
        <translation>Indisponibilités ouvertes</translation>
    </message>
    <message>
        <location filename="../models/WallTilesModel.cpp" line="76"/>
        <source>Webhook success, 15 min</source>
        <translation>Succès des webhooks, 15 min</translation>
    </message>
    <message>
        <location filename="../models/WallTilesModel.cpp" line="78"/>
        <source>Dead deliveries</source>
        <translation>Livraisons abandonnées</translation>
    </message>
    <message>
        <location filename="../models/WallTilesModel.cpp" line="115"/>
        <source>waiting for the store…</source>
        <translation>en attente de la base…</translation>
    </message>
    <message>
        <location filename="../models/WallTilesModel.cpp" line="121"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../models/WallTilesModel.cpp" line="124"/>
        <source>%1 muted</source>
        <translation>%1 en sourdine</translation>
    </message>
    <message>
        <location filename="../models/WallTilesModel.cpp" line="125"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../models/WallTilesModel.cpp" line="128"/>
        <source>%1 attempts</source>
        <translation>%1 tentatives</translation>
    </message>
    <message>
        <location filename="../models/WallTilesModel.cpp" line="130"/>
        <source>%1 in the last 24 h</source>
        <translation>%1 dans les dernières 24 h</translation>
    </message>
</context>
</TS>
