#include "resourcesmodel.h"

namespace authlab::gui {

ResourcesModel::ResourcesModel(Workbench *workbench, QObject *parent)
    : QAbstractTableModel(parent), m_workbench(workbench), m_rows(int(workbench->scenario().resources.size()))
{
    connect(workbench, &Workbench::scenarioChanged, this, [this] {
        beginResetModel();
        m_rows = int(m_workbench->scenario().resources.size());
        endResetModel();
    });
}

int ResourcesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ResourcesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ResourcesModel::accessText(const Resource &r)
{
    if (r.isPublic())
        return tr("public");
    QStringList schemes;
    for (AuthScheme s : r.schemes)
        schemes.append(schemeName(s)); // scheme names are protocol tokens
    return schemes.join(QLatin1String(", "));
}

QString ResourcesModel::requiresText(const Resource &r)
{
    QStringList parts;
    if (!r.groups.isEmpty())
        parts.append(tr("group %1").arg(r.groups.join(tr(" or "))));
    if (!r.scopes.isEmpty())
        parts.append(tr("scope %1").arg(r.scopes.join(QLatin1Char(' '))));
    if (parts.isEmpty() && !r.isPublic())
        parts.append(tr("any valid user"));
    return parts.join(QLatin1String("; "));
}

QVariant ResourcesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows)
        return {};
    const Resource &r = m_workbench->scenario().resources[index.row()];
    if (role == PathRole)
        return r.path;
    if (role == Qt::ToolTipRole)
        return r.description;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case PathColumn:
        return r.match == Resource::Match::Prefix ? r.path + QStringLiteral("…") : r.path;
    case TitleColumn:
        return r.title;
    case AccessColumn:
        return accessText(r);
    case RequiresColumn:
        return requiresText(r);
    case HiddenColumn:
        return r.hidden ? tr("hidden (404)") : QString();
    case AddressColumn: {
        // The rules as nginx writes them (protocol-like text, not translated), first match wins.
        QStringList rules;
        for (const AddressRule &rule : r.access)
            rules.append(rule.toString());
        return rules.isEmpty() ? tr("any") : rules.join(QLatin1String(", "));
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ResourcesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case PathColumn:
        return tr("Path");
    case TitleColumn:
        return tr("Title");
    case AccessColumn:
        return tr("Scheme");
    case RequiresColumn:
        return tr("Requires");
    case HiddenColumn:
        return tr("Hidden");
    case AddressColumn:
        return tr("From");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace authlab::gui
