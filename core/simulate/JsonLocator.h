#pragma once

#include <QByteArray>
#include <QJsonParseError>
#include <QList>
#include <QString>
#include <QVariant>
#include <functional>
#include <optional>

class QJsonObject;

// Where a field of a JSON document is, for errors that name the field and its line:
// a path of QString keys and int indexes, written "merchants[0].behaviour.kind".
class JsonLocator
{
public:
    using Path = QList<QVariant>;

    static QString describe(const Path& path);
    // The line (1-based) where the deepest existing value of path starts in a valid text.
    static int lineOf(const QByteArray& text, const Path& path);
    // "line L, column C: what" for a text QJsonDocument refused.
    static QString parseErrorText(const QByteArray& text, const QJsonParseError& error);

    // Parses text, which must hold a JSON object, and hands it to read, which may throw
    // JsonFieldError; false with *error ("line L: path: why") when anything is wrong.
    static bool readObject(const QByteArray& text, const QString& notAnObject,
                           const std::function<void(const QJsonObject&)>& read, QString* error);
    // The file's bytes, or nothing with *error "FILE: why".
    static std::optional<QByteArray> readFile(const QString& fileName, QString* error);
};

// A refusal of a field of a JSON document: its path and why.
struct JsonFieldError
{
    JsonLocator::Path path;
    QString message;
};
