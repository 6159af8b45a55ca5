#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

// One step of a payment's way to a credit, as the console draws it.
struct CashbackStage
{
    enum Kind
    {
        Captured,       // the payment's captured event
        Computed,       // the cashback row was written (amount, campaign)
        NoCashback,     // captured, but no campaign gave it a cashback
        Queued,         // the credit message was confirmed by the broker
        Credited,       // the balance worker wrote the ledger entry
        DeadLettered,   // the credit or reversal could not be applied: reason
        Refunded,       // the payment's refunded event
        ReversalQueued, // the reversal message was confirmed by the broker
        Reversed        // the reversal entry was written
    };
    enum Status
    {
        Done,
        Waiting, // not reached yet
        Failed
    };

    Kind kind = Captured;
    Status status = Waiting;
    QDateTime at;   // when it was reached (Done, Failed)
    QString detail; // data for the view: amounts, campaign, reason (not translated)

    bool operator==(const CashbackStage&) const = default;
};
