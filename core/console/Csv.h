#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// CSV (RFC 4180) as the console writes it: UTF-8, comma-separated, CRLF line ends, a field
// quoted when it holds a comma, a quote, CR or LF (quotes doubled).
namespace Csv {

QString field(const QString& value);
// A text that came from outside (a merchant's answer, a table cell): a leading = + - @ (or tab,
// CR) would make a spreadsheet run it as a formula, so such a text gets a leading apostrophe;
// a signed number ("-3.2", "+1,5" in the current locale) stays as it is.
QString inert(const QString& text);
// One record: the fields quoted where needed, joined, CRLF-terminated.
QByteArray line(const QStringList& fields);

} // namespace Csv
