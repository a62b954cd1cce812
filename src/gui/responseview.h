#pragma once

#include "clientengine.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ResponseView;
}

namespace authlab::gui {

class HeadersModel;
class StatusBadge;
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
    void clear();

    StatusBadge *badge() const;
    HeadersModel *headersModel() const { return m_headers; }
    TraceModel *traceModel() const { return m_trace; }
    QString rawRequestText() const;
    QString rawResponseText() const;
    QString legsText() const;

private:
    std::unique_ptr<Ui::ResponseView> ui;
    HeadersModel *m_headers;
    TraceModel *m_trace;
};

} // namespace authlab::gui
