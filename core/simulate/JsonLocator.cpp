#include "JsonLocator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {

using Path = JsonLocator::Path;

// Walks a (valid) JSON text to where a value starts.
class Locator
{
public:
    explicit Locator(const QByteArray& text)
        : m_text(text)
    {}

    // The line of the deepest value of path that exists (1-based).
    int lineOf(const Path& path)
    {
        m_position = 0;
        skipSpace();
        for (const QVariant& step : path) {
            const qsizetype here = m_position;
            if (!enter(step)) {
                m_position = here;
                break;
            }
        }
        return 1 + int(std::count(m_text.begin(), m_text.begin() + m_position, '\n'));
    }

private:
    char at() const { return m_position < m_text.size() ? m_text[m_position] : '\0'; }
    void skipSpace()
    {
        while (m_position < m_text.size() && std::strchr(" \t\r\n", m_text[m_position]))
            ++m_position;
    }
    QString readString()
    {
        const qsizetype start = ++m_position;
        while (m_position < m_text.size() && m_text[m_position] != '"')
            m_position += m_text[m_position] == '\\' ? 2 : 1;
        const QByteArray raw = m_text.mid(start, m_position - start);
        ++m_position;
        return QJsonDocument::fromJson("[\"" + raw + "\"]").array().at(0).toString();
    }
    void skipValue()
    {
        skipSpace();
        const char open = at();
        if (open == '"') {
            readString();
        } else if (open == '{' || open == '[') {
            const char close = open == '{' ? '}' : ']';
            ++m_position;
            skipSpace();
            while (at() != close && at() != '\0') {
                if (open == '{') {
                    readString();
                    skipSpace();
                    ++m_position; // ':'
                }
                skipValue();
                skipSpace();
                if (at() == ',')
                    ++m_position;
                skipSpace();
            }
            ++m_position;
        } else {
            while (at() != '\0' && !std::strchr(",}] \t\r\n", at()))
                ++m_position;
        }
    }
    // Moves from the start of a container to the start of its member `step`.
    bool enter(const QVariant& step)
    {
        skipSpace();
        const bool byIndex = step.typeId() == QMetaType::Int;
        if (at() != (byIndex ? '[' : '{'))
            return false;
        ++m_position;
        for (int index = 0;; ++index) {
            skipSpace();
            if (at() == ']' || at() == '}' || at() == '\0')
                return false;
            bool found = byIndex && index == step.toInt();
            if (!byIndex) {
                found = readString() == step.toString();
                skipSpace();
                ++m_position; // ':'
            }
            skipSpace();
            if (found)
                return true;
            skipValue();
            skipSpace();
            if (at() == ',')
                ++m_position;
        }
    }

    const QByteArray& m_text;
    qsizetype m_position = 0;
};

} // namespace

QString JsonLocator::describe(const Path& path)
{
    QString text;
    for (const QVariant& step : path) {
        if (step.typeId() == QMetaType::Int)
            text += u'[' + QString::number(step.toInt()) + u']';
        else
            text += (text.isEmpty() ? QString() : u"."_s) + step.toString();
    }
    return text;
}

int JsonLocator::lineOf(const QByteArray& text, const Path& path)
{
    return Locator(text).lineOf(path);
}

QString JsonLocator::parseErrorText(const QByteArray& text, const QJsonParseError& error)
{
    const QByteArray before = text.left(error.offset);
    const int line = 1 + int(before.count('\n'));
    const int column = int(error.offset - before.lastIndexOf('\n'));
    return u"line %1, column %2: %3"_s.arg(line).arg(column).arg(error.errorString());
}

bool JsonLocator::readObject(const QByteArray& text, const QString& notAnObject,
                             const std::function<void(const QJsonObject&)>& read, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = parseErrorText(text, parseError);
        return false;
    }
    if (!document.isObject()) {
        *error = u"line 1: "_s + notAnObject;
        return false;
    }
    try {
        read(document.object());
        return true;
    } catch (const JsonFieldError& failure) {
        *error = u"line %1: %2: %3"_s.arg(lineOf(text, failure.path))
                     .arg(describe(failure.path), failure.message);
        return false;
    }
}

std::optional<QByteArray> JsonLocator::readFile(const QString& fileName, QString* error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = fileName + u": "_s + file.errorString();
        return std::nullopt;
    }
    return file.readAll();
}
