#include "exchangemenu.h"

#include "client/curlcommand.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMenu>
#include <QMimeData>

namespace authlab::gui {

namespace {
QByteArray rebuiltRequest(const RecordedExchange &r)
{
    QByteArray raw = r.method + ' ' + r.target + ' ' + r.httpVersion + "\r\n";
    for (const auto &[n, v] : r.requestHeaders)
        raw += n + ": " + v + "\r\n";
    return raw + "\r\n" + r.requestBody;
}
} // namespace

QByteArray ExchangeMenu::rawRequest(const RecordedExchange &leg)
{
    if (!leg.rawRequest.isEmpty())
        return leg.rawRequest;
    return leg.method.isEmpty() ? QByteArray() : rebuiltRequest(leg);
}

QByteArray ExchangeMenu::rawResponse(const RecordedExchange &leg)
{
    return leg.rawResponse;
}

void ExchangeMenu::copyBytes(const QByteArray &bytes)
{
    // The bytes themselves, CR LF and all (as the response view's copy buttons do).
    auto *mime = new QMimeData;
    mime->setData(QStringLiteral("text/plain"), bytes);
    mime->setData(QStringLiteral("application/octet-stream"), bytes);
    QGuiApplication::clipboard()->setMimeData(mime);
}

void ExchangeMenu::copyCurl(const RecordedExchange &leg)
{
    QGuiApplication::clipboard()->setText(Curl::command(leg).command);
}

QMenu *ExchangeMenu::create(const ExchangeMenuTarget &target, QAction *redact, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setToolTipsVisible(true);
    if (target.legs.isEmpty()) {
        menu->addAction(tr("No exchange here"))->setEnabled(false);
        return menu;
    }
    const int index =
        target.leg >= 0 && target.leg < target.legs.size() ? target.leg : int(target.legs.size()) - 1;
    const RecordedExchange leg = target.legs.at(index);
    const QString which =
        target.legs.size() > 1 ? tr(" (leg %1 of %2)").arg(index + 1).arg(target.legs.size()) : QString();

    QAction *curl = menu->addAction(tr("Copy as &curl") + which);
    curl->setObjectName(QStringLiteral("copyAsCurl"));
    const CurlCommand command = Curl::command(leg);
    curl->setToolTip(command.notes.isEmpty()
                         ? tr("A shell command that sends this request again, exactly: method, target, every "
                              "header field (Authorization included) and the body")
                         : command.notes.join(QLatin1Char('\n')));
    QObject::connect(curl, &QAction::triggered, menu, [leg] { copyCurl(leg); });

    const QByteArray request = rawRequest(leg), response = rawResponse(leg);
    QAction *copyRequest = menu->addAction(tr("Copy raw &request") + which);
    copyRequest->setObjectName(QStringLiteral("copyRawRequest"));
    copyRequest->setEnabled(!request.isEmpty());
    QObject::connect(copyRequest, &QAction::triggered, menu, [request] { copyBytes(request); });
    QAction *copyResponse = menu->addAction(tr("Copy raw re&sponse") + which);
    copyResponse->setObjectName(QStringLiteral("copyRawResponse"));
    copyResponse->setEnabled(!response.isEmpty());
    QObject::connect(copyResponse, &QAction::triggered, menu, [response] { copyBytes(response); });
    menu->addSeparator();

    QAction *har = menu->addAction(target.legs.size() > 1
                                       ? tr("&Export as HAR (%n legs)…", nullptr, int(target.legs.size()))
                                       : tr("&Export as HAR…"));
    har->setObjectName(QStringLiteral("exportHar"));
    har->setEnabled(bool(target.exportHar));
    const QList<RecordedExchange> legs = target.legs;
    const auto exportHar = target.exportHar;
    QObject::connect(har, &QAction::triggered, menu, [legs, exportHar] {
        if (exportHar)
            exportHar(legs);
    });
    if (target.openInSequence) {
        QAction *open = menu->addAction(tr("Open in the se&quence diagram"));
        open->setObjectName(QStringLiteral("openInSequence"));
        QObject::connect(open, &QAction::triggered, menu, target.openInSequence);
    }
    if (redact) {
        menu->addSeparator();
        menu->addAction(redact);
    }
    return menu;
}

} // namespace authlab::gui
