#pragma once

#include "client/clientengine.h"

#include <QWidget>

class QPainter;

namespace authlab::gui {

// The conversation of one exchange, leg by leg: a lane for the client, one for the server (and one
// for the proxy when a leg went through one), an arrow per request and per answer labelled with
// the method and target or the status, and the decisive header field of each (what the client
// sent: Authorization, Proxy-Authorization, Cookie; what the server answered: WWW-Authenticate,
// Proxy-Authenticate, Location, Set-Cookie, Authentication-Info). Painted with QPainter in the
// widget's font (so it follows zoom and presenter mode), and the same painting exports PNG and SVG.
class SequenceDiagram : public QWidget
{
    Q_OBJECT

public:
    // One arrow of the diagram, as it is drawn (tests read these).
    struct Arrow
    {
        int from = 0; // lane index
        int to = 0;
        QString label;  // "GET /digest/staff" or "401 Unauthorized"
        QString detail; // the decisive field, "Authorization: Digest username=…"; may be empty
        int status = 0; // answers: the status (colours the label); requests: 0
    };

    explicit SequenceDiagram(QWidget *parent = nullptr);

    void setExchange(const ClientExchange &exchange);
    void clear();

    QStringList lanes() const { return m_lanes; }
    const QList<Arrow> &arrows() const { return m_arrows; }

    // Atomic saves (QSaveFile); false with *error set when the file cannot be written.
    bool exportPng(const QString &fileName, QString *error) const;
    bool exportSvg(const QString &fileName, QString *error) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void paint(QPainter &p, const QSize &size) const;
    QSize diagramSize() const;
    int laneX(int lane, int width) const;

    QStringList m_lanes;
    QList<Arrow> m_arrows;
};

} // namespace authlab::gui
