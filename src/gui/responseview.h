#pragma once

#include "client/clientengine.h"

#include <QUrl>

#include <optional>

#include <QWidget>

#include <memory>

class QPlainTextEdit;

namespace Ui {
class ResponseView;
}

namespace authlab::gui {

class HeadersModel;
class StatusBadge;
class SequenceDiagram;
class TraceModel;

// The answer to the client's request: big badge, status line, headers with explanations,
// body, raw bytes on the wire, every leg of the exchange, and the server's reasons.
class ResponseView : public QWidget
{
    Q_OBJECT
public:
    explicit ResponseView(QWidget *parent = nullptr);
    ~ResponseView() override;

    void showExchange(const ClientExchange &exchange);
    void refreshReasons(); // the shown exchange worded again (stepview.h)
    void clear();

    // The line above the badge that says which exchange is shown. `pinned`: something other
    // than the live answer is shown, so offer the way back. `stale`: the shown answer is older
    // than the request on screen (Live is off).
    void setShowing(const QString &text, bool pinned, bool stale);
    QString showingText() const;
    bool isPinned() const;
    // Whether the server that answered is the embedded one (so a missing trace is explained
    // as such, not as a foreign server). The window keeps it up to date.
    void setOwnServer(const QUrl &base) { m_ownServer = base; }

    StatusBadge *badge() const;
    HeadersModel *headersModel() const { return m_headers; }
    TraceModel *traceModel() const { return m_trace; }
    SequenceDiagram *sequenceDiagram() const { return m_sequence; }
    QString rawRequestText() const;
    QString rawResponseText() const;
    QString legsText() const;
    QByteArray rawRequestBytes() const { return m_rawRequest; }
    QByteArray rawResponseBytes() const { return m_rawResponse; }
    QString reasonText() const;
    // The exchange shown (none after clear()), the leg whose text holds a position of the legs
    // view (-1: none), the legs view itself, and a way to bring the sequence diagram to front.
    const std::optional<ClientExchange> &shownExchange() const { return m_exchange; }
    int legAt(int textPosition) const;
    QPlainTextEdit *legsView() const;
    void showSequenceTab();

Q_SIGNALS:
    void followLiveRequested();
    // The user asked for a leg's context menu (mouse or keyboard) at this global position.
    void legContextMenuRequested(int leg, const QPoint &globalPos);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyFonts();
    void applyMinimumSizes();
    void buildSequenceTab();
    void copyBytes(const QByteArray &bytes);

    std::unique_ptr<Ui::ResponseView> ui;
    QByteArray m_rawRequest;
    QByteArray m_rawResponse;
    QUrl m_ownServer;
    std::optional<ClientExchange> m_exchange;
    QList<int> m_legStarts; // where each leg's text starts in the legs view
    HeadersModel *m_headers;
    TraceModel *m_trace;
    SequenceDiagram *m_sequence = nullptr;
};

} // namespace authlab::gui
