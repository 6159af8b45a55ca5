#pragma once

#include <QString>

// Amounts are kept in minor units (design.md); this writes them in major units with the
// currency's own number of decimals: 12345 INR → "123.45 INR", 500 JPY → "500 JPY".
namespace MinorAmount {

int decimals(const QString& currency);
QString text(qint64 minor, const QString& currency);

} // namespace MinorAmount
