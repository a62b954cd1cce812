#include "responseview.h"

#include "stepview.h"
#include "ui_responseview.h"

#include "headersmodel.h"
#include "http/exchangetext.h"
#include "sequencediagram.h"
#include "statusbadge.h"
#include "tracemodel.h"

#include <QClipboard>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace authlab::gui {

namespace {
QString legArrowText(const ClientLeg &leg)
{
    QString text;
    switch (leg.why) {
    case ClientLeg::Why::First:
        break;
    case ClientLeg::Why::ChallengeRetry:
        text += ResponseView::tr("(retry with credentials, answering the challenge)") + QLatin1Char('\n');
        break;
    case ClientLeg::Why::StaleRetry:
        text += ResponseView::tr("(retry with the new nonce: the old one was stale)") + QLatin1Char('\n');
        break;
    case ClientLeg::Why::Redirect:
        text += ResponseView::tr("(following the redirect)") + QLatin1Char('\n');
        break;
    case ClientLeg::Why::Login:
        text += ResponseView::tr("(filling in and posting the login form, as a browser would)") +
                QLatin1Char('\n');
        break;
    case ClientLeg::Why::ProxyRetry:
        text +=
            ResponseView::tr("(retry with proxy credentials, answering the proxy's 407)") + QLatin1Char('\n');
        break;
    }
    if (!leg.challengeChoice.isEmpty())
        text += leg.challengeChoice + QLatin1Char('\n');
    text += QStringLiteral("→ ") + QString::fromLatin1(leg.method) + QLatin1Char(' ') + leg.url.toString() +
            QLatin1Char('\n');
    for (const auto &[n, v] : leg.requestHeaders)
        text += QLatin1String("    ") + printable(n) + QLatin1String(": ") + printable(v, 400) +
                QLatin1Char('\n');
    if (leg.digest) {
        // The arithmetic of RFC 7616 §3.4.1, step by step; the password is shown as <password>.
        const digest::Breakdown &b = leg.digest->breakdown;
        const QString h = QString::fromLatin1(digest::algorithmName(b.algorithm));
        auto step = [&](const QString &label, const digest::Step &st) -> QString {
            return QLatin1String("      ") + label + QLatin1String(" = ") + h + QLatin1Char('(') +
                   printable(st.input, 400) + QLatin1String(") = ") + QString::fromLatin1(st.output) +
                   QLatin1Char('\n');
        };
        text += QLatin1String("    ") +
                ResponseView::tr("Digest arithmetic (%1, qop=auth, nc=%2):")
                    .arg(h, QString::fromLatin1(leg.digest->nc)) +
                QLatin1Char('\n');
        text += step(QStringLiteral("H(A1)"), b.a1);
        if (digest::isSession(b.algorithm))
            text += step(QStringLiteral("H(A1-sess)"), b.a1Session);
        text += step(QStringLiteral("H(A2)"), b.a2);
        text += step(QStringLiteral("response"), b.response);
    }
    if (leg.status == 0) {
        text += QStringLiteral("← ") + ResponseView::tr("no response: %1").arg(leg.transportError) +
                QLatin1Char('\n');
        return text;
    }
    text += QStringLiteral("← ") + statusText(leg.status) + QLatin1String("   ") +
            ResponseView::tr("%1 ms").arg(double(leg.elapsedNs) / 1e6, 0, 'f', 1) + QLatin1Char('\n');
    for (const auto &[n, v] : leg.responseHeaders) {
        if (http::equalsIgnoreCase(n, "WWW-Authenticate") || http::equalsIgnoreCase(n, "Location") ||
            http::equalsIgnoreCase(n, "Cache-Control") || http::equalsIgnoreCase(n, "Authentication-Info"))
            text += QLatin1String("    ") + printable(n) + QLatin1String(": ") + printable(v, 400) +
                    QLatin1Char('\n');
    }
    if (leg.digest && leg.digest->rspauth != ClientDigest::Rspauth::NotSent)
        text += QLatin1String("    ") +
                (leg.digest->rspauth == ClientDigest::Rspauth::Valid
                     ? ResponseView::tr("rspauth checked: the server knows the password too (RFC 7616 §3.5).")
                     : ResponseView::tr(
                           "rspauth does NOT match: this server cannot prove it knows the password.")) +
                QLatin1Char('\n');
    return text;
}
} // namespace

ResponseView::ResponseView(QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::ResponseView>())
    , m_headers(new HeadersModel(this))
    , m_trace(new TraceModel(this))
{
    ui->setupUi(this);
    applyFonts();
    connect(ui->followButton, &QPushButton::clicked, this, &ResponseView::followLiveRequested);
    connect(ui->copyRequestButton, &QPushButton::clicked, this, [this] { copyBytes(m_rawRequest); });
    connect(ui->copyResponseButton, &QPushButton::clicked, this, [this] { copyBytes(m_rawResponse); });
    setShowing(QString(), false, false);
    ui->headersView->setModel(m_headers);
    ui->headersView->verticalHeader()->hide();
    // Values such as a whole challenge matter as much as their meaning: share the width, wrap.
    QHeaderView *hh = ui->headersView->horizontalHeader();
    hh->setSectionResizeMode(HeadersModel::NameColumn, QHeaderView::ResizeToContents);
    hh->setSectionResizeMode(HeadersModel::ValueColumn, QHeaderView::Stretch);
    hh->setSectionResizeMode(HeadersModel::MeaningColumn, QHeaderView::Stretch);
    ui->headersView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    TraceModel::setUpView(ui->traceView, m_trace);
    buildSequenceTab();
    clear();
    // A leg's context menu (Copy as curl, …): the window fills it; by mouse on the leg under the
    // pointer, by keyboard (Menu key, Shift+F10) on the leg at the text cursor.
    ui->legsView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(ui->legsView, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (!m_exchange)
            return;
        const bool byKeyboard = !ui->legsView->viewport()->rect().contains(pos) ||
                                QGuiApplication::mouseButtons() == Qt::NoButton;
        const QTextCursor c = byKeyboard ? ui->legsView->textCursor() : ui->legsView->cursorForPosition(pos);
        const int leg = legAt(c.position());
        if (leg >= 0)
            Q_EMIT legContextMenuRequested(leg, ui->legsView->viewport()->mapToGlobal(pos));
    });
}

// The conversation as a sequence diagram: a tab of its own, after the legs in text; exported by
// the buttons under it (or the diagram's context menu).
void ResponseView::buildSequenceTab()
{
    m_sequence = new SequenceDiagram(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_sequence);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *png = new QPushButton(tr("Export PNG…"), this);
    auto *svg = new QPushButton(tr("Export SVG…"), this);
    auto save = [this](bool asSvg) {
        const QString name = QFileDialog::getSaveFileName(
            this, asSvg ? tr("Export the sequence diagram as SVG") : tr("Export the sequence diagram as PNG"),
            asSvg ? QStringLiteral("sequence.svg") : QStringLiteral("sequence.png"),
            asSvg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)"));
        if (name.isEmpty())
            return;
        QString error;
        if (!(asSvg ? m_sequence->exportSvg(name, &error) : m_sequence->exportPng(name, &error)))
            QMessageBox::warning(this, tr("Export failed"),
                                 tr("%1 could not be written: %2").arg(name, error));
    };
    connect(png, &QPushButton::clicked, this, [save] { save(false); });
    connect(svg, &QPushButton::clicked, this, [save] { save(true); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(png);
    buttons->addWidget(svg);
    buttons->addStretch();
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0); // the tab must stay as short as the others (a 1024×768 fit)
    scroll->setMinimumHeight(2 * fontMetrics().lineSpacing());
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
    ui->tabs->addTab(page, tr("Sequence"));
}

ResponseView::~ResponseView() = default;

StatusBadge *ResponseView::badge() const
{
    return ui->badge;
}

QString ResponseView::rawRequestText() const
{
    return ui->rawRequestView->toPlainText();
}

QString ResponseView::rawResponseText() const
{
    return ui->rawResponseView->toPlainText();
}

QString ResponseView::legsText() const
{
    return ui->legsView->toPlainText();
}

void ResponseView::applyFonts()
{
    // Only the family is set, so the size still follows the window's zoom (QApplication::font).
    QFont mono;
    mono.setFamilies({QFontDatabase::systemFont(QFontDatabase::FixedFont).family()});
    mono.setStyleHint(QFont::TypeWriter);
    for (QWidget *w : {static_cast<QWidget *>(ui->rawRequestView),
                       static_cast<QWidget *>(ui->rawResponseView), static_cast<QWidget *>(ui->legsView),
                       static_cast<QWidget *>(ui->bodyView), static_cast<QWidget *>(ui->statusLine)})
        w->setFont(mono);
    applyMinimumSizes();
}

void ResponseView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        applyMinimumSizes();
}

void ResponseView::applyMinimumSizes()
{
    // The decisive reason is the point of the view: never squeeze it below two lines.
    ui->reasonLabel->setMinimumHeight(2 * fontMetrics().lineSpacing() + 4);
    // Every tab scrolls its own content, so none needs to be tall: the window must still fit a
    // 960×540 screen (1080p at QT_SCALE_FACTOR=2) without pushing the status bar off it.
    const int lines = fontMetrics().lineSpacing();
    for (int i = 0; i < ui->tabs->count(); ++i)
        ui->tabs->widget(i)->setMinimumSize(10 * lines, 4 * lines);
    ui->rawRequestView->setMinimumHeight(2 * lines);
    ui->rawResponseView->setMinimumHeight(2 * lines);
}

void ResponseView::copyBytes(const QByteArray &bytes)
{
    // The bytes themselves, CR LF and all: text/plain carries them unchanged, so pasting into
    // `nc` or a test reproduces the message exactly.
    auto *mime = new QMimeData;
    mime->setData(QStringLiteral("text/plain"), bytes);
    mime->setData(QStringLiteral("application/octet-stream"), bytes);
    QGuiApplication::clipboard()->setMimeData(mime);
}

void ResponseView::setShowing(const QString &text, bool pinned, bool stale)
{
    ui->showingLabel->setText(text);
    ui->followButton->setVisible(pinned);
    ui->showingBar->setVisible(!text.isEmpty());
    // Stale or pinned: say so with more than colour (the text says it too).
    QPalette pal = palette();
    if (stale || pinned) {
        ui->showingBar->setAutoFillBackground(true);
        pal.setColor(QPalette::Window, stale ? QColor(0xff, 0xf3, 0xcd) : QColor(0xe3, 0xf2, 0xfd));
        pal.setColor(QPalette::WindowText, QColor(0x21, 0x21, 0x21));
    } else {
        ui->showingBar->setAutoFillBackground(false);
    }
    ui->showingBar->setPalette(pal);
    ui->badge->setStale(stale);
}

QString ResponseView::showingText() const
{
    return ui->showingLabel->text();
}

bool ResponseView::isPinned() const
{
    return !ui->followButton->isHidden();
}

QString ResponseView::reasonText() const
{
    return ui->reasonLabel->text();
}

void ResponseView::clear()
{
    ui->badge->setStatus(0, true);
    ui->statusLine->clear();
    ui->summaryLabel->setText(tr("Waiting for the first answer…"));
    ui->reasonLabel->clear();
    m_headers->clear();
    m_trace->clear();
    ui->bodyView->clear();
    ui->rawRequestView->clear();
    ui->rawResponseView->clear();
    ui->rawNote->clear();
    ui->legsView->clear();
    m_legStarts.clear();
    m_exchange.reset();
    m_sequence->clear();
    m_rawRequest.clear();
    m_rawResponse.clear();
    ui->copyRequestButton->setEnabled(false);
    ui->copyResponseButton->setEnabled(false);
}

void ResponseView::refreshReasons()
{
    if (m_exchange) {
        const ClientExchange e = *m_exchange;
        showExchange(e);
    }
}

void ResponseView::showExchange(const ClientExchange &e)
{
    const ClientLeg *leg = e.last();
    if (!leg) {
        clear();
        return;
    }
    ui->badge->setStatus(leg->status, false);
    m_sequence->setExchange(e);

    // Header fields: exactly as sent (the embedded server's record, else what the client read).
    QByteArray startLine;
    HeaderList fields;
    if (leg->server && splitRawMessage(leg->server->rawResponse, &startLine, &fields) >= 0) {
        m_headers->setHeaders(fields, true);
    } else {
        startLine = leg->status ? "HTTP/1.1 " + QByteArray::number(leg->status) + ' ' + leg->reasonPhrase
                                : QByteArray();
        m_headers->setHeaders(leg->responseHeaders, true);
    }
    ui->statusLine->setText(leg->status ? QString::fromLatin1(startLine) : leg->transportError);

    QStringList path;
    for (const ClientLeg &l : e.legs)
        path.append(l.status ? QString::number(l.status) : tr("error"));
    const double ms = double(leg->elapsedNs) / 1e6;
    ui->summaryLabel->setText(e.legs.size() > 1 ? tr("%1 legs: %2 — %3 ms in all")
                                                      .arg(e.legs.size())
                                                      .arg(path.join(QStringLiteral(" → ")))
                                                      .arg(ms, 0, 'f', 1)
                                                : tr("%1 ms").arg(ms, 0, 'f', 1));

    if (leg->server && leg->server->trace.decisiveStep()) {
        const TraceStep *d = leg->server->trace.decisiveStep();
        QString reason = QLatin1String("<b>") + shownText(*d).toHtmlEscaped() + QLatin1String("</b> <i>(") +
                         shownCitation(*d).toHtmlEscaped() + QLatin1String(")</i>");
        // The surprise of hiding: a client that waits for a challenge never gets one here, so it
        // never sends the credentials that would have let it in.
        if (leg->status == 404 && e.spec.flow == ClientFlow::ChallengeFirst &&
            leg->server->trace.contains(Rule::HiddenNoChallenge))
            reason +=
                QLatin1String("<br>") +
                tr("This client waits for a challenge before it sends credentials (like a browser, curl "
                   "--anyauth or wget), and a hidden resource never sends one: it gets 404 even with the "
                   "right password. Send credentials at once (like curl -u) to get in.")
                    .toHtmlEscaped();
        ui->reasonLabel->setText(reason);
        m_trace->setTrace(leg->server->trace);
    } else {
        const bool ours = m_ownServer.isValid() && leg->url.host() == m_ownServer.host() &&
                          leg->url.port(80) == m_ownServer.port(80);
        ui->reasonLabel->setText(ours ? tr("The embedded server's record of this request was not found (it "
                                           "may have been dropped under "
                                           "load), so its reasons cannot be shown.")
                                      : tr("This server is not AuthLab's own, so its reasons are unknown."));
        m_trace->clear();
    }

    ui->bodyView->setPlainText(QString::fromUtf8(leg->responseBody));

    if (leg->server) {
        m_rawRequest = leg->server->rawRequest;
        m_rawResponse = leg->server->rawResponse;
        ui->rawNote->setText(
            tr("Exactly the bytes the embedded server received and sent (\\r\\n shown as text)."));
        ui->rawRequestView->setPlainText(
            escapeRaw(leg->server->rawRequest) +
            (leg->server->rawRequestTruncated() ? tr("\n[… truncated]") : QString()));
        ui->rawResponseView->setPlainText(
            escapeRaw(leg->server->rawResponse) +
            (leg->server->rawResponseTruncated() ? tr("\n[… truncated]") : QString()));
    } else {
        // Any other server: the bytes the client itself wrote and read on this leg's connection.
        m_rawRequest = leg->rawRequest;
        m_rawResponse = leg->rawResponse;
        QString note = tr("Exactly the bytes AuthLab's client sent and received (\\r\\n shown as text).");
        if (!leg->tlsErrors.isEmpty())
            note += QLatin1Char(' ') + (leg->tlsErrorsAccepted
                                            ? tr("Certificate errors, accepted for this request: %1")
                                            : tr("Certificate errors, not accepted: %1"))
                                           .arg(leg->tlsErrors.join(QStringLiteral("; ")));
        ui->rawNote->setText(note);
        ui->rawRequestView->setPlainText(escapeRaw(m_rawRequest));
        ui->rawResponseView->setPlainText(escapeRaw(m_rawResponse));
    }
    ui->copyRequestButton->setEnabled(!m_rawRequest.isEmpty());
    ui->copyResponseButton->setEnabled(!m_rawResponse.isEmpty());

    QString legs;
    m_legStarts.clear();
    for (const ClientLeg &l : e.legs) {
        m_legStarts.append(int(legs.size()));
        legs += legArrowText(l) + QLatin1Char('\n');
    }
    ui->legsView->setPlainText(legs);
    m_exchange = e;
}

int ResponseView::legAt(int textPosition) const
{
    int leg = -1;
    for (int i = 0; i < m_legStarts.size() && m_legStarts.at(i) <= textPosition; ++i)
        leg = i;
    return leg;
}

QPlainTextEdit *ResponseView::legsView() const
{
    return ui->legsView;
}

void ResponseView::showSequenceTab()
{
    ui->tabs->setCurrentIndex(ui->tabs->count() - 1); // the sequence diagram is the last tab
}

} // namespace authlab::gui
