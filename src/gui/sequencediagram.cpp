#include "sequencediagram.h"

#include "http/http.h"
#include "statusbadge.h"

#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QSaveFile>
#include <QSvgGenerator>

namespace authlab::gui {

namespace {

constexpr int kMaxDetail = 72; // characters of a field value shown on an arrow
constexpr int kMargin = 16;    // around the diagram, in pixels at the base font
constexpr int kArrowHead = 8;

// The first field of `names` present in `fields`, as "Name: value", shortened.
QString decisiveField(const HeaderList &fields, std::initializer_list<QByteArrayView> names)
{
    for (QByteArrayView name : names) {
        for (const auto &[n, v] : fields) {
            if (!http::equalsIgnoreCase(n, name))
                continue;
            QString text = QString::fromLatin1(n) + QStringLiteral(": ") + QString::fromUtf8(v);
            if (text.size() > kMaxDetail)
                text = text.left(kMaxDetail - 1) + QChar(0x2026);
            return text;
        }
    }
    return {};
}

bool has(const HeaderList &fields, QByteArrayView name)
{
    for (const auto &f : fields) {
        if (http::equalsIgnoreCase(f.first, name))
            return true;
    }
    return false;
}

bool viaProxy(const ClientLeg &leg)
{
    return !leg.proxy.isEmpty() || leg.status == 407 ||
           has(leg.requestHeaders, http::header::ProxyAuthorization) ||
           has(leg.responseHeaders, http::header::ProxyAuthenticate);
}

QString target(const ClientLeg &leg)
{
    QString t = leg.url.path(QUrl::FullyEncoded);
    if (t.isEmpty())
        t = QStringLiteral("/");
    if (leg.url.hasQuery())
        t += QLatin1Char('?') + leg.url.query(QUrl::FullyEncoded);
    return t;
}

} // namespace

SequenceDiagram::SequenceDiagram(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Sequence diagram"));
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    clear();
}

void SequenceDiagram::clear()
{
    m_lanes = {tr("Client"), tr("Server")};
    m_arrows.clear();
    updateGeometry();
    update();
}

void SequenceDiagram::setExchange(const ClientExchange &exchange)
{
    bool proxy = false;
    for (const ClientLeg &leg : exchange.legs)
        proxy = proxy || viaProxy(leg);
    const QString server = exchange.legs.isEmpty()
                               ? tr("Server")
                               : tr("Server %1").arg(exchange.legs.constFirst().url.authority());
    m_lanes = proxy ? QStringList{tr("Client"), tr("Proxy"), server} : QStringList{tr("Client"), server};
    const int client = 0, proxyLane = 1, origin = proxy ? 2 : 1;
    m_arrows.clear();
    for (const ClientLeg &leg : exchange.legs) {
        const QString request = QString::fromLatin1(leg.method) + QLatin1Char(' ') + target(leg);
        const QString sent = decisiveField(leg.requestHeaders, {http::header::Authorization, "Cookie"});
        const QString answer = leg.status
                                   ? statusText(leg.status)
                                   : (leg.transportError.isEmpty() ? tr("no response") : leg.transportError);
        const QString received = decisiveField(
            leg.responseHeaders, {http::header::WwwAuthenticate, http::header::ProxyAuthenticate,
                                  http::header::Location, "Set-Cookie", http::header::AuthenticationInfo});
        if (proxy && viaProxy(leg)) {
            const QString proxySent = decisiveField(leg.requestHeaders, {http::header::ProxyAuthorization});
            m_arrows.append({client, proxyLane, request,
                             proxySent.isEmpty() ? tr("(no proxy credentials)") : proxySent, 0});
            if (leg.status == 407) {
                m_arrows.append({proxyLane, client, answer, received, leg.status});
                continue;
            }
            m_arrows.append({proxyLane, origin, request, sent.isEmpty() ? tr("(no credentials)") : sent, 0});
        } else {
            m_arrows.append({client, origin, request, sent.isEmpty() ? tr("(no credentials)") : sent, 0});
        }
        m_arrows.append({origin, client, answer, received, leg.status});
    }
    updateGeometry();
    update();
}

QSize SequenceDiagram::diagramSize() const
{
    const QFontMetrics fm(font());
    int widest = 0;
    for (const Arrow &a : m_arrows)
        widest = qMax(widest, qMax(fm.horizontalAdvance(a.label), fm.horizontalAdvance(a.detail)));
    for (const QString &lane : m_lanes)
        widest = qMax(widest, fm.horizontalAdvance(lane));
    const int laneGap = widest + 2 * kMargin;
    const int width =
        2 * kMargin + (int(m_lanes.size()) - 1) * laneGap + fm.horizontalAdvance(m_lanes.constLast());
    const int rowHeight = 3 * fm.height() + fm.height() / 2;
    const int height =
        2 * kMargin + 2 * fm.height() + qMax(1, int(m_arrows.size())) * rowHeight + fm.height();
    return {qMax(width, 12 * fm.averageCharWidth()), height};
}

int SequenceDiagram::laneX(int lane, int width) const
{
    const int lanes = int(m_lanes.size());
    const QFontMetrics fm(font());
    const int left = kMargin + fm.horizontalAdvance(m_lanes.constFirst()) / 2;
    const int right = width - kMargin - fm.horizontalAdvance(m_lanes.constLast()) / 2;
    return lanes < 2 ? left : left + (right - left) * lane / (lanes - 1);
}

QSize SequenceDiagram::sizeHint() const
{
    return diagramSize();
}

QSize SequenceDiagram::minimumSizeHint() const
{
    return diagramSize();
}

void SequenceDiagram::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    paint(p, size());
}

void SequenceDiagram::paint(QPainter &p, const QSize &size) const
{
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(font());
    const QFontMetrics fm(font());
    const QPalette pal = palette();
    const int top = kMargin + fm.height();
    const int bottom = size.height() - kMargin;
    // Lanes: a name on top and a dashed life line.
    QFont bold = font();
    bold.setBold(true);
    for (int i = 0; i < m_lanes.size(); ++i) {
        const int x = laneX(i, size.width());
        p.setFont(bold);
        p.setPen(pal.color(QPalette::Text));
        const int w = QFontMetrics(bold).horizontalAdvance(m_lanes[i]);
        // Centred on its life line, but never cut at either edge.
        const int textX = qBound(kMargin / 2, x - w / 2, size.width() - kMargin / 2 - w);
        p.drawText(QPoint(textX, kMargin + fm.ascent()), m_lanes[i]);
        p.setPen(QPen(pal.color(QPalette::Mid), 1, Qt::DashLine));
        p.drawLine(x, top + fm.height() / 2, x, bottom);
    }
    p.setFont(font());
    if (m_arrows.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(QRect(0, top + fm.height(), size.width(), fm.height() * 2), Qt::AlignCenter,
                   tr("No exchange yet: send a request."));
        return;
    }
    const int rowHeight = 3 * fm.height() + fm.height() / 2;
    int y = top + fm.height() + fm.height();
    for (const Arrow &a : m_arrows) {
        const int x1 = laneX(a.from, size.width());
        const int x2 = laneX(a.to, size.width());
        const int yLine = y + 2 * fm.height() + fm.height() / 3;
        const QColor colour = a.status ? statusLook(a.status).background : pal.color(QPalette::Text);
        p.setPen(QPen(colour, a.status ? 2 : 1.5));
        p.drawLine(x1, yLine, x2, yLine);
        const int dir = x2 > x1 ? -1 : 1;
        QPainterPath head;
        head.moveTo(x2, yLine);
        head.lineTo(x2 + dir * kArrowHead, yLine - kArrowHead / 2);
        head.lineTo(x2 + dir * kArrowHead, yLine + kArrowHead / 2);
        head.closeSubpath();
        p.fillPath(head, colour);
        // The label above the line, the decisive field under the label, both beside the start.
        const int left = qMin(x1, x2) + kMargin / 2;
        QFont labelFont = font();
        labelFont.setBold(a.status != 0);
        p.setFont(labelFont);
        p.setPen(a.status ? colour.darker(130) : pal.color(QPalette::Text));
        p.drawText(QPoint(left, y + fm.ascent()), a.label);
        p.setFont(font());
        p.setPen(pal.color(QPalette::Text));
        if (!a.detail.isEmpty())
            p.drawText(QPoint(left, y + fm.height() + fm.ascent()), a.detail);
        y += rowHeight;
    }
}

bool SequenceDiagram::exportPng(const QString &fileName, QString *error) const
{
    const QSize s = diagramSize();
    QImage image(s * 2, QImage::Format_ARGB32_Premultiplied); // twice the size: sharp on slides
    image.setDevicePixelRatio(2);
    image.fill(palette().color(QPalette::Base));
    {
        QPainter p(&image);
        paint(p, s);
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool SequenceDiagram::exportSvg(const QString &fileName, QString *error) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    const QSize s = diagramSize();
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    svg.setSize(s);
    svg.setViewBox(QRect(QPoint(0, 0), s));
    svg.setTitle(tr("AuthLab sequence diagram"));
    {
        QPainter p(&svg);
        p.fillRect(QRect(QPoint(0, 0), s), palette().color(QPalette::Base));
        paint(p, s);
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace authlab::gui
