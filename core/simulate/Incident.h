#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

// One scripted incident of a scenario: which payments it hits and, relative to the run's
// start, when (microseconds, [start, end)). During it, the payments that count (design.md) of
// its cohort succeed with successRate; a flapping gateway alternates `down` and `up` periods,
// starting down.
struct Incident
{
    enum class Kind
    {
        IssuerDown,
        MethodDegraded,
        GatewayFlapping,
        MerchantBroken
    };

    QString name;
    Kind kind = Kind::IssuerDown;
    QString method; // empty: any
    QString issuer;
    QString gateway;
    QString merchant;
    qint64 start = 0;
    qint64 end = 0;
    double successRate = 0.02;
    qint64 down = 0; // flapping only
    qint64 up = 0;

    bool activeAt(qint64 offset) const;
    // The cohort the ground truth names (design.md's dimensions).
    QMap<QString, QString> cohort() const;

    static QString kindName(Kind kind);
    static const QStringList& kindNames();
};
