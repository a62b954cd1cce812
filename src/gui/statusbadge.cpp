#include "statusbadge.h"

#include "http/http.h"

#include <QPainter>
#include <QPainterPath>

namespace authlab::gui {

StatusLook statusLook(int status)
{
    using G = StatusLook::Glyph;
    if (status == 0)
        return {QColor(0xe0, 0xe0, 0xe0), QColor(0x42, 0x42, 0x42), G::Pending};
    if (status >= 200 && status < 300)
        return {QColor(0x2e, 0x7d, 0x32), Qt::white, G::Check};
    if (status >= 300 && status < 400)
        return {QColor(0x15, 0x65, 0xc0), Qt::white, G::Arrow};
    switch (status) {
    case 401:
    case 407:
        return {QColor(0xff, 0xb3, 0x00), QColor(0x21, 0x21, 0x21), G::Lock};
    case 403:
        return {QColor(0xc6, 0x28, 0x28), Qt::white, G::NoEntry};
    case 404:
        return {QColor(0x61, 0x61, 0x61), Qt::white, G::Question};
    default:
        break;
    }
    if (status >= 400 && status < 500)
        return {QColor(0x6a, 0x1b, 0x9a), Qt::white, G::Exclamation};
    return {QColor(0x21, 0x21, 0x21), Qt::white, G::Cross};
}

QString statusText(int status, bool pending)
{
    if (pending)
        return StatusBadge::tr("sending…");
    if (status == 0)
        return StatusBadge::tr("no response");
    // Status codes and reason phrases are protocol tokens: never translated.
    return QString::number(status) + QLatin1Char(' ') + QString::fromLatin1(http::reasonPhrase(status));
}

namespace {
void paintGlyph(QPainter &p, const QRectF &r, StatusLook::Glyph g, const QColor &c)
{
    using G = StatusLook::Glyph;
    QPen pen(c, qMax(1.5, r.width() / 8), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    const qreal w = r.width(), h = r.height();
    const QPointF o = r.topLeft();
    switch (g) {
    case G::None:
        break;
    case G::Pending:
        for (int i = 0; i < 3; ++i)
            p.drawPoint(QPointF(o.x() + w * (0.2 + 0.3 * i), o.y() + h * 0.5));
        break;
    case G::Check: {
        const QPointF pts[] = {{o.x() + w * 0.15, o.y() + h * 0.55},
                               {o.x() + w * 0.4, o.y() + h * 0.8},
                               {o.x() + w * 0.85, o.y() + h * 0.25}};
        p.drawPolyline(pts, 3);
        break;
    }
    case G::Lock: {
        p.setBrush(c);
        p.drawRoundedRect(QRectF(o.x() + w * 0.2, o.y() + h * 0.45, w * 0.6, h * 0.45), w * 0.06, w * 0.06);
        p.setBrush(Qt::NoBrush);
        p.drawArc(QRectF(o.x() + w * 0.32, o.y() + h * 0.12, w * 0.36, h * 0.5), 0, 180 * 16);
        p.drawLine(QPointF(o.x() + w * 0.32, o.y() + h * 0.37), QPointF(o.x() + w * 0.32, o.y() + h * 0.47));
        p.drawLine(QPointF(o.x() + w * 0.68, o.y() + h * 0.37), QPointF(o.x() + w * 0.68, o.y() + h * 0.47));
        break;
    }
    case G::NoEntry:
        p.drawEllipse(r.adjusted(w * 0.1, h * 0.1, -w * 0.1, -h * 0.1));
        p.drawLine(QPointF(o.x() + w * 0.3, o.y() + h * 0.5), QPointF(o.x() + w * 0.7, o.y() + h * 0.5));
        break;
    case G::Question:
    case G::Exclamation: {
        QFont f = p.font();
        f.setBold(true);
        f.setPixelSize(int(h * 0.9));
        p.setFont(f);
        p.drawText(r, Qt::AlignCenter, g == G::Question ? QStringLiteral("?") : QStringLiteral("!"));
        break;
    }
    case G::Arrow: {
        p.drawLine(QPointF(o.x() + w * 0.15, o.y() + h * 0.5), QPointF(o.x() + w * 0.8, o.y() + h * 0.5));
        const QPointF pts[] = {{o.x() + w * 0.55, o.y() + h * 0.25},
                               {o.x() + w * 0.8, o.y() + h * 0.5},
                               {o.x() + w * 0.55, o.y() + h * 0.75}};
        p.drawPolyline(pts, 3);
        break;
    }
    case G::Cross:
        p.drawLine(QPointF(o.x() + w * 0.25, o.y() + h * 0.25), QPointF(o.x() + w * 0.75, o.y() + h * 0.75));
        p.drawLine(QPointF(o.x() + w * 0.75, o.y() + h * 0.25), QPointF(o.x() + w * 0.25, o.y() + h * 0.75));
        break;
    }
}
} // namespace

void paintStatusBadge(QPainter &p, const QRectF &rect, int status, const QString &text, bool pending)
{
    const StatusLook look = statusLook(pending ? 0 : status);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const qreal radius = qMin(rect.height() / 4, 10.0);
    p.setPen(Qt::NoPen);
    p.setBrush(look.background);
    p.drawRoundedRect(rect, radius, radius);
    const qreal pad = rect.height() * 0.18;
    const qreal glyph = rect.height() - 2 * pad;
    const QRectF glyphRect(rect.left() + pad, rect.top() + pad, glyph, glyph);
    paintGlyph(p, glyphRect, look.glyph, look.foreground);
    QFont f = p.font();
    f.setBold(true);
    f.setPixelSize(qMax(9, int(rect.height() * 0.5)));
    p.setFont(f);
    p.setPen(look.foreground);
    const QRectF textRect = rect.adjusted(glyph + 2 * pad, 0, -pad, 0);
    p.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
               p.fontMetrics().elidedText(text, Qt::ElideRight, int(textRect.width())));
    p.restore();
}

StatusBadge::StatusBadge(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setAccessibleName(tr("Response status"));
}

QString StatusBadge::text() const
{
    const QString t = statusText(m_status, m_pending);
    return m_stale ? tr("%1 (stale)").arg(t) : t;
}

void StatusBadge::setStale(bool stale)
{
    if (stale == m_stale)
        return;
    m_stale = stale;
    setAccessibleDescription(text());
    setToolTip(text());
    update();
}

void StatusBadge::setStatus(int status, bool pending)
{
    if (status == m_status && pending == m_pending)
        return;
    m_status = status;
    m_pending = pending;
    setAccessibleDescription(text());
    setToolTip(text());
    update();
}

void StatusBadge::setEmphasis(double factor)
{
    if (qFuzzyCompare(factor, m_emphasis))
        return;
    m_emphasis = factor;
    updateGeometry();
    update();
}

// Sized from the font, so that zoom and presenter mode make the badge grow with the text.
QSize StatusBadge::sizeHint() const
{
    const int h = int(qMax(56, fontMetrics().height() * 3) * m_emphasis);
    return {h * 13 / 2, h};
}

QSize StatusBadge::minimumSizeHint() const
{
    const int h = int(qMax(56, fontMetrics().height() * 3) * m_emphasis);
    return {h * 3, h};
}

void StatusBadge::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QRectF r = QRectF(rect()).adjusted(1, 1, -1, -1);
    if (m_stale)
        p.setOpacity(0.45);
    paintStatusBadge(p, r, m_status, text(), m_pending);
    if (m_stale) {
        p.setOpacity(1.0);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(palette().color(QPalette::WindowText), 2, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        const qreal radius = qMin(r.height() / 4, 10.0);
        p.drawRoundedRect(r, radius, radius);
    }
}

} // namespace authlab::gui
