#include "RuleListModel.h"

#include "DisplayFormat.h"
#include "StatusColor.h"

#include <QColor>
#include <QJsonDocument>

namespace {

QString duration(qint64 seconds)
{
    if (seconds % 3600 == 0)
        return RuleListModel::tr("%n h", nullptr, int(seconds / 3600));
    if (seconds % 60 == 0)
        return RuleListModel::tr("%n min", nullptr, int(seconds / 60));
    return RuleListModel::tr("%n s", nullptr, int(seconds));
}

QString percent(double fraction)
{
    return DisplayFormat::percent(fraction, 'g', 4);
}

} // namespace

RuleListModel::RuleListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void RuleListModel::setResult(const QueryResult& result)
{
    m_error = result.error;
    if (result.ok()) {
        const auto column = [&result](const char* name) {
            return result.column(QString::fromLatin1(name));
        };
        const int id = column("rule_id"), version = column("version"), name = column("name");
        const int enabled = column("enabled"), definition = column("definition");
        const int comment = column("comment"), by = column("created_by");
        const int at = column("created_at"), watched = column("watched");
        const int opened = column("opened_week");
        QList<Rule> rules;
        for (const QVariantList& row : result.rows) {
            Rule rule;
            rule.id = row.value(id).toLongLong();
            rule.version = row.value(version).toInt();
            rule.name = row.value(name).toString();
            rule.enabled = row.value(enabled).toBool();
            rule.definition =
                QJsonDocument::fromJson(row.value(definition).toString().toUtf8()).object();
            rule.comment = row.value(comment).toString();
            rule.createdBy = row.value(by).toString();
            rule.createdAt = row.value(at).toDateTime();
            rule.watched = row.value(watched).toLongLong();
            rule.openedWeek = row.value(opened).toLongLong();
            rule.parsed = DetectionRule::parse(rule.id, rule.version, rule.name, rule.definition,
                                               &rule.problem);
            rules.append(std::move(rule));
        }
        beginResetModel();
        m_rules = std::move(rules);
        endResetModel();
    }
    emit resultApplied();
}

int RuleListModel::rowOf(qint64 ruleId) const
{
    for (qsizetype i = 0; i < m_rules.size(); ++i)
        if (m_rules[i].id == ruleId)
            return int(i);
    return -1;
}

QString RuleListModel::cohortText(const DetectionRule& rule)
{
    QStringList parts;
    for (int d = 0; d < Cohort::DimensionCount; ++d) {
        const QStringList& values = rule.filters[d];
        if (values.size() == 1)
            parts.append(tr("%1 = %2").arg(Cohort::dimensionName(d), values.first()));
        else if (!values.isEmpty())
            parts.append(
                tr("%1 in %2").arg(Cohort::dimensionName(d), values.join(QStringLiteral(", "))));
    }
    QStringList groups;
    for (int d : rule.groupBy)
        groups.append(Cohort::dimensionName(d));
    if (!groups.isEmpty())
        parts.append(tr("per %1").arg(groups.join(QStringLiteral(" × "))));
    return parts.isEmpty() ? tr("all payments") : parts.join(QStringLiteral("; "));
}

QString RuleListModel::windowText(const DetectionRule& rule)
{
    if (rule.windowKind == DetectionRule::WindowKind::Count)
        return tr("last %n payments", nullptr, rule.countN);
    return tr("%1 every %2").arg(duration(rule.sizeSeconds), duration(rule.stepSeconds));
}

QString RuleListModel::thresholdsText(const DetectionRule& rule)
{
    return tr("open below %1 · recover above %2")
        .arg(percent(rule.openBelow), percent(rule.recoverAbove));
}

int RuleListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

int RuleListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RuleListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Rule& rule = m_rules.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(rule, index.column());
    case Qt::ToolTipRole:
        return rule.parsed ? tr("Version %1 by %2: %3")
                                 .arg(QString::number(rule.version), rule.createdBy, rule.comment)
                           : rule.problem;
    case Qt::ForegroundRole:
        if (!rule.parsed)
            return StatusColor::of(StatusColor::Bad);
        return rule.enabled ? QVariant() : StatusColor::of(StatusColor::Muted);
    case Qt::TextAlignmentRole:
        return index.column() >= WatchedColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                               : QVariant();
    case RuleIdRole:
        return rule.id;
    default:
        return {};
    }
}

QVariant RuleListModel::display(const Rule& rule, int column) const
{
    const bool ok = rule.parsed.has_value();
    switch (column) {
    case NameColumn:
        return rule.name;
    case EnabledColumn:
        return rule.enabled ? tr("yes") : tr("no");
    case CohortColumn:
        return ok ? cohortText(*rule.parsed) : tr("unusable: %1").arg(rule.problem);
    case WindowColumn:
        return ok ? windowText(*rule.parsed) : QString();
    case ThresholdsColumn:
        return ok ? thresholdsText(*rule.parsed) : QString();
    case WatchedColumn:
        return rule.watched;
    case OpenedColumn:
        return rule.openedWeek;
    case VersionColumn:
        return rule.version;
    default:
        return {};
    }
}

QVariant RuleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Rule");
    case EnabledColumn:
        return tr("Enabled");
    case CohortColumn:
        return tr("Cohort");
    case WindowColumn:
        return tr("Window");
    case ThresholdsColumn:
        return tr("Thresholds");
    case WatchedColumn:
        return tr("Cohorts watched (1 h)");
    case OpenedColumn:
        return tr("Downtimes (7 days)");
    case VersionColumn:
        return tr("Version");
    default:
        return {};
    }
}
