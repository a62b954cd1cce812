#pragma once

#include <QAbstractTableModel>

namespace authlab {
class Checker;
struct ClientExchange;
struct CheckFinding;
} // namespace authlab

namespace authlab::gui {

// The findings of the last check as a table: severity (an icon and the word, readable without
// colour), the finding's title, what exactly, and the RFC citation; the RFC sentence and the
// explanation as tooltip (and SentenceRole / ExplanationRole). Empty while a check runs; reset
// when it finishes.
class CheckModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, FindingColumn, DetailColumn, CitationColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SeverityRole, SentenceRole, ExplanationRole, EvidenceRole };

    explicit CheckModel(const Checker *checker, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const CheckFinding *finding(int row) const;
    // The exchange a finding was first seen in (its evidence), if any.
    const ClientExchange *exchange(int row) const;

private:
    void reset();

    const Checker *m_checker;
    int m_rows = 0;
};

} // namespace authlab::gui
