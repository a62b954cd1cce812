#pragma once

#include "http/recorded.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace authlab::gui {

// The context menu of an exchange, wherever it is shown (a log row, a watched row, a leg, a
// matrix cell): Copy as curl, Copy raw request / response (exact bytes), Export as HAR…, Open in
// the sequence diagram, and the redaction choice the exports use. The actions act on `leg`; the
// HAR holds every leg.
struct ExchangeMenuTarget
{
    QList<RecordedExchange> legs;
    int leg = -1; // the leg the copy actions take; -1: the last one (the answer shown)
    std::function<void()> openInSequence; // empty: the action is not offered
    std::function<void(const QList<RecordedExchange> &)> exportHar;
};

class ExchangeMenu
{
    Q_DECLARE_TR_FUNCTIONS(authlab::gui::ExchangeMenu)
public:
    // A new menu (deleted when it closes, if shown with popup()). `redact` is the shared checkable
    // "Redact passwords and tokens" action, added at the end.
    static QMenu *create(const ExchangeMenuTarget &target, QAction *redact, QWidget *parent);
    static void copyCurl(const RecordedExchange &leg);
    static void copyBytes(const QByteArray &bytes);
    // The bytes as they crossed the wire (the server's record for its own requests).
    static QByteArray rawRequest(const RecordedExchange &leg);
    static QByteArray rawResponse(const RecordedExchange &leg);
};

} // namespace authlab::gui
