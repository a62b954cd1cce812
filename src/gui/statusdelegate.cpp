#include "statusdelegate.h"

#include "statusbadge.h"

#include <QPainter>

namespace authlab::gui {

StatusDelegate::StatusDelegate(int statusRole, int pendingRole, QObject *parent)
    : QStyledItemDelegate(parent), m_statusRole(statusRole), m_pendingRole(pendingRole)
{}

void StatusDelegate::setCompact(bool compact, int changedRole)
{
    m_compact = compact;
    m_changedRole = changedRole;
}

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
    const QString text = m_compact && status ? QString::number(status) : statusText(status, noResultYet);
    paintStatusBadge(*painter, r, status, text, noResultYet);
    if (m_changedRole >= 0 && index.data(m_changedRole).toBool()) {
        // Changed since the last computation: a thick outline in the text colour, readable
        // without colour.
        painter->setOpacity(1.0);
        painter->setPen(QPen(option.palette.color(QPalette::Text), 3));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5), 4, 4);
    }
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
    const int compactWidth =
        option.fontMetrics.horizontalAdvance(QStringLiteral("000")) + 3 * option.fontMetrics.height();
    s.setWidth(qMax(s.width(), m_compact ? compactWidth : badgeWidth(option.fontMetrics)));
    s.setHeight(qMax(s.height(), option.fontMetrics.height() + 12));
    return s;
}

} // namespace authlab::gui
