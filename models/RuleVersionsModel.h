#pragma once

#include "rules/RuleVersionDiff.h"
#include "store/Query.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

// The versions of one rule, newest first (core/rules/RuleListQuery::versions): version,
// author, time and comment. An error result keeps the rows and is reported by error().
class RuleVersionsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    struct Version
    {
        int version = 0;
        RuleVersionDiff::Version content;
        QString comment;
        QString author;
        QDateTime at;
    };
    enum Column
    {
        VersionColumn,
        AuthorColumn,
        TimeColumn,
        CommentColumn,
        ColumnCount
    };

    explicit RuleVersionsModel(QObject* parent = nullptr);

    void setResult(const QueryResult& result);
    void clear();
    QString error() const { return m_error; }
    const Version& version(int row) const { return m_versions.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void resultApplied();

private:
    QList<Version> m_versions;
    QString m_error;
};
