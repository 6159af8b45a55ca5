#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>
#include <memory>

struct pg_result;

// Owns one PGresult. Values come out as Qt types chosen by the column's type OID.
class PgResult
{
public:
    PgResult() = default;
    explicit PgResult(pg_result* result);

    int rows() const;
    int columns() const;
    QString columnName(int column) const;
    bool isNull(int row, int column) const;
    QString text(int row, int column) const;
    qint64 toInt(int row, int column) const;
    QVariant value(int row, int column) const;
    // Rows changed by INSERT / UPDATE / DELETE / COPY.
    qint64 affected() const;

    // A timestamp or timestamptz as the server prints it with DateStyle ISO, in UTC; invalid
    // for what QDateTime cannot hold (infinity, BC).
    static QDateTime timestampFromText(QStringView text);

    pg_result* get() const { return m_result.get(); }

private:
    struct Clear
    {
        void operator()(pg_result* result) const;
    };
    std::unique_ptr<pg_result, Clear> m_result;
};
