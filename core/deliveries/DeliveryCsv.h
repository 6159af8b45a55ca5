#pragma once

#include "DeliveryRow.h"

#include <QByteArray>

// Deliveries as CSV (console/Csv). Times in UTC, ISO 8601 with milliseconds; every text (ids,
// URL, the merchant's answer) made inert for spreadsheets.
namespace DeliveryCsv {

QByteArray header();
QByteArray line(const DeliveryRow& row);

} // namespace DeliveryCsv
