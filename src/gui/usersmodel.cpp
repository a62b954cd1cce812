#include "usersmodel.h"

namespace authlab::gui {

UsersModel::UsersModel(Workbench *workbench, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workbench(workbench)
    , m_users(int(workbench->scenario().users.size()))
    , m_groups(int(workbench->scenario().groups.size()))
{
    connect(workbench, &Workbench::scenarioChanged, this, &UsersModel::onScenarioChanged);
}

void UsersModel::onScenarioChanged()
{
    const Scenario &s = m_workbench->scenario();
    if (int(s.users.size()) != m_users || int(s.groups.size()) != m_groups) {
        beginResetModel();
        m_users = int(s.users.size());
        m_groups = int(s.groups.size());
        endResetModel();
        return;
    }
    if (m_users > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_users - 1, columnCount() - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

int UsersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_users;
}

int UsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstGroupColumn + m_groups;
}

QVariant UsersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_users || index.column() >= columnCount())
        return {};
    const Scenario &s = m_workbench->scenario();
    const User &u = s.users[index.row()];
    if (index.column() >= FirstGroupColumn) {
        const Group &g = s.groups[index.column() - FirstGroupColumn];
        if (role == Qt::CheckStateRole)
            return u.inGroup(g.name) ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return u.inGroup(g.name) ? tr("%1 is in %2").arg(u.name, g.name)
                                     : tr("%1 is not in %2").arg(u.name, g.name);
        if (role == Qt::AccessibleTextRole)
            return g.name;
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return u.name;
    case PasswordColumn:
        return u.password;
    case TokensColumn: {
        QStringList tokens;
        for (const Token &t : u.tokens)
            tokens.append(t.value + QLatin1String(" (") + t.scopes.join(QLatin1Char(' ')) + QLatin1Char(')'));
        return tokens.join(QLatin1String(", "));
    }
    default:
        break;
    }
    return {};
}

bool UsersModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::CheckStateRole || index.column() < FirstGroupColumn ||
        index.row() >= m_users || index.column() >= columnCount())
        return false;
    const Scenario &s = m_workbench->scenario();
    const QString user = s.users[index.row()].name;
    const QString group = s.groups[index.column() - FirstGroupColumn].name;
    const bool member = value.value<Qt::CheckState>() == Qt::Checked;
    // The workbench emits scenarioChanged, which refreshes this model.
    return m_workbench->setMembership(user, group, member);
}

Qt::ItemFlags UsersModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() >= FirstGroupColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("User");
    case PasswordColumn:
        return tr("Password");
    case TokensColumn:
        return tr("Bearer tokens (scopes)");
    default:
        break;
    }
    const int g = section - FirstGroupColumn;
    if (g >= 0 && g < m_groups)
        return m_workbench->scenario().groups[g].name; // group names are data, not translated
    return {};
}

} // namespace authlab::gui
