#include "Csv.h"

#include <QLocale>
#include <cmath>

namespace Csv {

QString field(const QString& value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') &&
        !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

namespace {

// "-3.2", "+1,5": a spreadsheet reads a signed number as a number, not a formula.
bool isNumber(const QString& text)
{
    for (const QLocale& locale : {QLocale::c(), QLocale()}) {
        bool ok = false;
        const double value = locale.toDouble(text, &ok);
        if (ok && std::isfinite(value))
            return true;
    }
    return false;
}

} // namespace

QString inert(const QString& text)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (text.isEmpty() || !formulaStarts.contains(text.front()))
        return text;
    if ((text.front() == u'-' || text.front() == u'+') && isNumber(text))
        return text;
    return u'\'' + text;
}

QByteArray line(const QStringList& fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString& value : fields)
        quoted << field(value);
    return quoted.join(u',').toUtf8() + "\r\n";
}

} // namespace Csv
