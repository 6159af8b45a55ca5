#pragma once

#include <QMap>
#include <QString>

// One scripted incident of the ground truth: the cohort it hits (dimension -> value, of
// method, issuer, network, card_type, gateway, merchant_id) and when, in microseconds since
// the Unix epoch, [startsAt, endsAt).
struct TruthIncident
{
    QString name;
    QString kind; // the scenario's kind (issuer_down, ...); may be empty in a hand-made truth
    QMap<QString, QString> cohort;
    qint64 startsAt = 0;
    qint64 endsAt = 0;
};
