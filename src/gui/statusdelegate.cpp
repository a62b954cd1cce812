#include "statusdelegate.h"

#include "statusbadge.h"

#include <QPainter>

namespace authlab::gui {

StatusDelegate::StatusDelegate(int statusRole, int pendingRole, QObject *parent)
    : QStyledItemDelegate(parent), m_statusRole(statusRole), m_pendingRole(pendingRole)
{}

void StatusDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    const QVariant v = index.data(m_statusRole);
    if (!v.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const int status = v.toInt();
    const bool pending = m_pendingRole >= 0 && index.data(m_pendingRole).toBool();
    const bool noResultYet = pending && status == 0;
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    if (opt.widget) // background and selection, without the text
        opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    const QRectF r = QRectF(option.rect).adjusted(2, 2, -2, -2);
    painter->save();
    if (pending && !noResultYet)
        painter->setOpacity(0.75); // a new answer is on its way; the old one stays readable
    paintStatusBadge(*painter, r, status, statusText(status, noResultYet), noResultYet);
    painter->restore();
}

int StatusDelegate::badgeWidth(const QFontMetrics &fm)
{
    // The badge text is bold at about the font's height: measure generously.
    return fm.horizontalAdvance(QStringLiteral("401 Unauthorized")) * 5 / 4 + 3 * fm.height();
}

QSize StatusDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setWidth(qMax(s.width(), badgeWidth(option.fontMetrics)));
    s.setHeight(qMax(s.height(), option.fontMetrics.height() + 12));
    return s;
}

} // namespace authlab::gui
