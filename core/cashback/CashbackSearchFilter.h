#pragma once

#include <QString>

// What the Cashback page searches for: the cashbacks of one payment, of one customer (the
// account credited) or of one merchant. An empty value lists every cashback, newest first.
struct CashbackSearchFilter
{
    enum By
    {
        Payment,
        Customer,
        Merchant
    };

    By by = Payment;
    QString value;

    bool operator==(const CashbackSearchFilter&) const = default;
};
