#pragma once

#include <QStyledItemDelegate>

namespace authlab::gui {

// Paints a status cell as a small badge (same look as the big one). Reads the status from
// `statusRole` and "pending" from `pendingRole` (optional).
class StatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    StatusDelegate(int statusRole, int pendingRole = -1, QObject *parent = nullptr);
    // Compact: the status number only ("403"), for dense grids such as the matrix; a cell whose
    // `changedRole` is true gets a thick outline.
    void setCompact(bool compact, int changedRole = -1);
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // Wide enough for the common answers ("401 Unauthorized") in a badge of that font.
    static int badgeWidth(const QFontMetrics &fm);

private:
    int m_statusRole;
    int m_pendingRole;
    int m_changedRole = -1;
    bool m_compact = false;
};

} // namespace authlab::gui
