#include "RuleVersionsModel.h"

#include "DisplayFormat.h"

#include <QJsonDocument>

RuleVersionsModel::RuleVersionsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void RuleVersionsModel::setResult(const QueryResult& result)
{
    m_error = result.error;
    if (result.ok()) {
        const auto column = [&result](const char* name) {
            return result.column(QString::fromLatin1(name));
        };
        const int version = column("version"), name = column("name");
        const int enabled = column("enabled"), definition = column("definition");
        const int comment = column("comment"), by = column("created_by");
        const int at = column("created_at");
        QList<Version> versions;
        for (const QVariantList& row : result.rows)
            versions.append(
                {row.value(version).toInt(),
                 {row.value(name).toString(), row.value(enabled).toBool(),
                  QJsonDocument::fromJson(row.value(definition).toString().toUtf8()).object()},
                 row.value(comment).toString(),
                 row.value(by).toString(),
                 row.value(at).toDateTime()});
        beginResetModel();
        m_versions = std::move(versions);
        endResetModel();
    }
    emit resultApplied();
}

void RuleVersionsModel::clear()
{
    beginResetModel();
    m_versions.clear();
    m_error.clear();
    endResetModel();
}

int RuleVersionsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_versions.size());
}

int RuleVersionsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RuleVersionsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Version& v = m_versions.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == CommentColumn)
        return v.comment;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case VersionColumn:
        return v.version;
    case AuthorColumn:
        return v.author;
    case TimeColumn:
        return DisplayFormat::dateTime(v.at);
    case CommentColumn:
        return v.comment;
    default:
        return {};
    }
}

QVariant RuleVersionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case VersionColumn:
        return tr("Version");
    case AuthorColumn:
        return tr("Author");
    case TimeColumn:
        return tr("Saved");
    case CommentColumn:
        return tr("Comment");
    default:
        return {};
    }
}
