#include "checkmodel.h"

#include "session/check.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

namespace authlab::gui {

CheckModel::CheckModel(const Checker *checker, QObject *parent)
    : QAbstractTableModel(parent), m_checker(checker)
{
    connect(checker, &Checker::started, this, &CheckModel::reset);
    connect(checker, &Checker::finished, this, &CheckModel::reset);
    m_rows = int(checker->report().findings.size());
}

void CheckModel::reset()
{
    beginResetModel();
    m_rows = m_checker->isRunning() ? 0 : int(m_checker->report().findings.size());
    endResetModel();
}

int CheckModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int CheckModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const CheckFinding *CheckModel::finding(int row) const
{
    if (row < 0 || row >= m_rows || row >= m_checker->report().findings.size())
        return nullptr;
    return &m_checker->report().findings[row];
}

const ClientExchange *CheckModel::exchange(int row) const
{
    const CheckFinding *f = finding(row);
    if (!f || f->seen.isEmpty())
        return nullptr;
    const int probe = f->seen.constFirst().first;
    const CheckReport &r = m_checker->report();
    return probe >= 0 && probe < r.probes.size() ? &r.probes[probe].exchange : nullptr;
}

QVariant CheckModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const CheckFinding *f = finding(index.row());
    if (!f)
        return {};
    const FindingInfo &info = findingInfo(f->finding);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityName(info.severity);
        case FindingColumn:
            return findingTitle(f->finding);
        case DetailColumn:
            return f->detail;
        case CitationColumn:
            return QString::fromUtf8(info.citation);
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() != SeverityColumn)
            return {};
        // The icon's shape and the word say the severity; colour only adds to it.
        switch (info.severity) {
        case Severity::Must:
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        case Severity::Should:
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        case Severity::Advice:
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation);
        }
        return {};
    case Qt::ToolTipRole:
        return QStringLiteral("%1 — %2: “%3”\n\n%4")
            .arg(findingTitle(f->finding), QString::fromUtf8(info.citation), findingSentence(f->finding),
                 findingExplanation(f->finding));
    case IdRole:
        return QLatin1String(info.id);
    case SeverityRole:
        return int(info.severity);
    case SentenceRole:
        return findingSentence(f->finding);
    case ExplanationRole:
        return findingExplanation(f->finding);
    case EvidenceRole:
        return m_checker->report().evidence(*f).join(QLatin1Char('\n'));
    default:
        return {};
    }
}

QVariant CheckModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case FindingColumn:
        return tr("Finding");
    case DetailColumn:
        return tr("What exactly");
    case CitationColumn:
        return tr("RFC");
    default:
        return {};
    }
}

} // namespace authlab::gui
