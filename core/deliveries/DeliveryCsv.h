#pragma once

#include "DeliveryRow.h"

#include <QByteArray>

// Deliveries as CSV (RFC 4180): UTF-8, comma-separated, CRLF line ends, a field quoted when it
// holds a comma, a quote, CR or LF (quotes doubled). Times in UTC, ISO 8601 with milliseconds.
namespace DeliveryCsv {

QByteArray header();
QByteArray line(const DeliveryRow& row);
QString field(const QString& value);
// last_error carries what a merchant's server answered: a leading = + - @ (or tab, CR) would
// make a spreadsheet run it as a formula, so such a text gets a leading apostrophe.
QString inert(const QString& text);

} // namespace DeliveryCsv
