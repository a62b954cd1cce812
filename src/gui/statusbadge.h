#pragma once

#include <QColor>
#include <QString>
#include <QWidget>

class QPainter;

namespace authlab::gui {

// How a status looks, in one place: colour, and a glyph and text so that it is readable
// without colour (colour-blind users, greyscale projectors).
struct StatusLook
{
    enum class Glyph { None, Pending, Check, Lock, NoEntry, Question, Exclamation, Arrow, Cross };
    QColor background;
    QColor foreground;
    Glyph glyph = Glyph::None;
};

StatusLook statusLook(int status);
// "401 Unauthorized"; "…" while pending; "no response" for 0.
QString statusText(int status, bool pending = false);
void paintStatusBadge(QPainter &p, const QRectF &rect, int status, const QString &text, bool pending = false);

// The big badge of the response view.
class StatusBadge : public QWidget
{
    Q_OBJECT
public:
    explicit StatusBadge(QWidget *parent = nullptr);

    void setStatus(int status, bool pending = false);
    // Stale: the answer shown is older than the request on screen (Live is off). Drawn faded,
    // with a dashed outline and "stale" in the text: readable without colour.
    void setStale(bool stale);
    bool isStale() const { return m_stale; }
    // Presenter mode: larger than the text around it.
    void setEmphasis(double factor);
    int status() const { return m_status; }
    bool isPending() const { return m_pending; }
    QString text() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int m_status = 0;
    bool m_pending = true;
    bool m_stale = false;
    double m_emphasis = 1.0;
};

} // namespace authlab::gui
