#include "Dsn.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QStringList>
#include <libpq-fe.h>
#include <memory>

namespace {

struct ConninfoFree
{
    void operator()(PQconninfoOption* options) const { PQconninfoFree(options); }
};
using Options = std::unique_ptr<PQconninfoOption, ConninfoFree>;

Options parse(const QString& conninfo, QString* error = nullptr)
{
    char* message = nullptr;
    Options options(PQconninfoParse(conninfo.toUtf8().constData(), &message));
    if (message) {
        if (error)
            *error = QString::fromUtf8(message).trimmed();
        PQfreemem(message);
    }
    return options;
}

QMap<QString, QString> fields(const QString& conninfo)
{
    QMap<QString, QString> map;
    const Options options = parse(conninfo);
    for (auto* option = options.get(); option && option->keyword; ++option) {
        if (option->val)
            map.insert(QString::fromUtf8(option->keyword), QString::fromUtf8(option->val));
    }
    return map;
}

QString quoted(const QString& value)
{
    if (!value.isEmpty() && !value.contains(u' ') && !value.contains(u'\'') &&
        !value.contains(u'\\'))
        return value;
    QString escaped = value;
    escaped.replace(QStringLiteral("\\"), QStringLiteral("\\\\"))
        .replace(QStringLiteral("'"), QStringLiteral("\\'"));
    return u'\'' + escaped + u'\'';
}

} // namespace

namespace Dsn {

QString varDir()
{
    const QString fromEnv = qEnvironmentVariable("PAYOPS_VAR");
    return fromEnv.isEmpty() ? QStringLiteral(PAYOPS_VAR_DIR) : fromEnv;
}

QString embedded(const QString& user, const QString& database)
{
    QFile recorded(QDir(varDir()).filePath(QStringLiteral("pg.socketdir")));
    QString socketDir = QDir(varDir()).filePath(QStringLiteral("run"));
    if (recorded.open(QIODevice::ReadOnly))
        socketDir = QString::fromUtf8(recorded.readAll()).trimmed();
    return QStringLiteral("host=%1 port=5432 dbname=%2 user=%3")
        .arg(quoted(socketDir), quoted(database), quoted(user));
}

QString resolve()
{
    const QString fromEnv = qEnvironmentVariable("PAYOPS_DSN");
    return fromEnv.isEmpty() ? embedded() : fromEnv;
}

std::optional<QString> validate(const QString& conninfo)
{
    QString error;
    if (!parse(conninfo, &error))
        return error.isEmpty() ? QStringLiteral("invalid connection string")
                               : maskPassword(error, conninfo);
    return std::nullopt;
}

QString maskPassword(const QString& message, const QString& conninfo)
{
    // The string may not parse: the password is found the way a reader would find it.
    static const QRegularExpression uriPassword(
        QStringLiteral("^\\s*postgres(?:ql)?://[^:@/?#]*:([^/?#]*)@"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression keywordPassword(
        QStringLiteral("(?:^|\\s)password\\s*=\\s*(?:'((?:[^'\\\\]|\\\\.)*)'?|(\\S+))"));
    QStringList passwords;
    if (const auto m = uriPassword.match(conninfo); m.hasMatch())
        passwords << m.captured(1);
    for (auto it = keywordPassword.globalMatch(conninfo); it.hasNext();) {
        const auto m = it.next();
        passwords << m.captured(1) << m.captured(2);
    }
    passwords.removeAll(QString());
    if (passwords.isEmpty())
        return message;
    // A password of a few characters is masked wherever it appears (one holding a '"' breaks
    // libpq's quoting); a shorter one only inside quotes, so that "user" keeps its "e".
    QString text = message;
    for (const QString& password : std::as_const(passwords)) {
        if (password.size() >= 4)
            text.replace(password, QStringLiteral("***"));
    }
    static const QRegularExpression quotedPart(QStringLiteral("\"[^\"]*\"?"));
    QString masked;
    qsizetype from = 0;
    for (auto it = quotedPart.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        QString part = m.captured();
        for (const QString& password : std::as_const(passwords))
            part.replace(password, QStringLiteral("***"));
        masked += text.mid(from, m.capturedStart() - from) + part;
        from = m.capturedEnd();
    }
    return masked + text.mid(from);
}

QString withoutPassword(const QString& conninfo)
{
    QStringList parts;
    const auto map = fields(conninfo);
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (it.key() != u"password")
            parts.append(it.key() + u'=' + quoted(it.value()));
    }
    return parts.join(u' ');
}

QString withPassword(const QString& conninfo, const QString& password)
{
    if (password.isEmpty())
        return conninfo;
    return withoutPassword(conninfo) + QStringLiteral(" password=") + quoted(password);
}

QString value(const QString& conninfo, const QString& keyword)
{
    return fields(conninfo).value(keyword);
}

QString describe(const QString& conninfo)
{
    const auto map = fields(conninfo);
    const QString host = map.value(QStringLiteral("host"), QStringLiteral("localhost"));
    const QString port = map.value(QStringLiteral("port"));
    QString text = map.value(QStringLiteral("user")) + u'@' + host;
    if (!port.isEmpty() && !host.startsWith(u'/'))
        text += u':' + port;
    return text + u'/' + map.value(QStringLiteral("dbname"), map.value(QStringLiteral("user")));
}

} // namespace Dsn
