#include "checkpane.h"

#include "checkmodel.h"
#include "rowcopy.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>

namespace authlab::gui {

CheckPane::CheckPane(QWidget *parent)
    : QWidget(parent)
    , m_checker(new Checker(this))
    , m_model(new CheckModel(m_checker, this))
    , m_url(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_otherUser(new QLineEdit(this))
    , m_otherPassword(new QLineEdit(this))
    , m_token(new QLineEdit(this))
    , m_insecure(new QCheckBox(tr("Accept any certificate"), this))
    , m_run(new QPushButton(tr("Run check"), this))
    , m_status(new QLabel(this))
    , m_view(new QTableView(this))
    , m_explanation(new QPlainTextEdit(this))
{
    // No mnemonics here: Alt+8 brings the pane and puts the cursor in the URL; Tab goes on.
    m_url->setAccessibleName(tr("URL to check"));
    m_url->setPlaceholderText(tr("http:// or https:// URL of a real server"));
    m_user->setAccessibleName(tr("User name for the check"));
    m_user->setPlaceholderText(tr("optional"));
    m_password->setAccessibleName(tr("Password for the check"));
    m_password->setEchoMode(QLineEdit::Password);
    m_otherUser->setAccessibleName(tr("Another valid user, with other rights"));
    m_otherUser->setPlaceholderText(tr("optional"));
    m_otherUser->setToolTip(tr("A valid user with other rights (like --other-user): the check compares "
                               "their answers with the first user's"));
    m_otherPassword->setAccessibleName(tr("Password of the other user"));
    m_otherPassword->setEchoMode(QLineEdit::Password);
    m_token->setAccessibleName(tr("Bearer token for the check"));
    m_token->setPlaceholderText(tr("optional"));
    m_token->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_insecure->setToolTip(
        tr("Go on despite TLS certificate errors (like curl -k); they are still reported"));
    m_run->setToolTip(tr("Probe the URL and list what the RFCs say of its answers (Enter in any field)"));
    m_run->setDefault(true);

    auto *urlLabel = new QLabel(tr("URL:"), this);
    urlLabel->setBuddy(m_url);
    auto *userLabel = new QLabel(tr("User:"), this);
    userLabel->setBuddy(m_user);
    auto *passwordLabel = new QLabel(tr("Password:"), this);
    passwordLabel->setBuddy(m_password);
    auto *otherUserLabel = new QLabel(tr("Other user:"), this);
    otherUserLabel->setBuddy(m_otherUser);
    auto *otherPasswordLabel = new QLabel(tr("Password:"), this);
    otherPasswordLabel->setBuddy(m_otherPassword);
    auto *tokenLabel = new QLabel(tr("Token:"), this);
    tokenLabel->setBuddy(m_token);

    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Findings of the check"));
    m_view->verticalHeader()->hide();
    // The severity and the citation as wide as they need, the finding a fair share, the detail the
    // rest (and in full below the table).
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(CheckModel::FindingColumn, QHeaderView::Interactive);
    m_view->horizontalHeader()->setSectionResizeMode(CheckModel::DetailColumn, QHeaderView::Stretch);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->setToolTip(tr("Select a finding (arrow keys, or Enter) to see the exchange it was seen in"));
    installRowCopy(m_view);
    m_status->setWordWrap(true);
    // The selected finding's detail, RFC sentence, explanation and evidence, scrolled if longer.
    m_explanation->setReadOnly(true);
    m_explanation->setTabChangesFocus(true);
    m_explanation->setAccessibleName(tr("RFC sentence and explanation of the selected finding"));
    m_explanation->setPlaceholderText(tr("The selected finding's RFC sentence and what it means"));
    measure();

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(2, 2, 2, 2);
    grid->addWidget(urlLabel, 0, 0);
    grid->addWidget(m_url, 0, 1, 1, 5);
    grid->addWidget(m_run, 0, 6);
    grid->addWidget(userLabel, 1, 0);
    grid->addWidget(m_user, 1, 1);
    grid->addWidget(passwordLabel, 1, 2);
    grid->addWidget(m_password, 1, 3);
    grid->addWidget(tokenLabel, 1, 4);
    grid->addWidget(m_token, 1, 5, 1, 2);
    grid->addWidget(otherUserLabel, 2, 0);
    grid->addWidget(m_otherUser, 2, 1);
    grid->addWidget(otherPasswordLabel, 2, 2);
    grid->addWidget(m_otherPassword, 2, 3);
    // Under the token, not beside it: the user and password fields keep their width (German).
    grid->addWidget(m_insecure, 2, 4, 1, 3);
    grid->addWidget(m_status, 3, 0, 1, 7);
    // The list and the selected finding's text share the height; the user moves the line between.
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_explanation);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    grid->addWidget(split, 4, 0, 1, 7);
    grid->setRowStretch(4, 1);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    grid->setColumnStretch(5, 1);
    setTabOrder(m_url, m_user);
    setTabOrder(m_user, m_password);
    setTabOrder(m_password, m_token);
    setTabOrder(m_token, m_otherUser);
    setTabOrder(m_otherUser, m_otherPassword);
    setTabOrder(m_otherPassword, m_insecure);
    setTabOrder(m_insecure, m_run);
    setTabOrder(m_run, m_view);
    setTabOrder(m_view, m_explanation);

    for (QLineEdit *e : {m_url, m_user, m_password, m_token, m_otherUser, m_otherPassword})
        connect(e, &QLineEdit::returnPressed, this, &CheckPane::run);
    connect(m_run, &QPushButton::clicked, this, &CheckPane::run);
    connect(m_checker, &Checker::finished, this, &CheckPane::onFinished);
    connect(m_checker, &Checker::probeFinished, this, [this] {
        int done = 0;
        for (const CheckProbe &p : m_checker->report().probes)
            done += p.done;
        m_status->setText(
            tr("Checking… %1 of %2 requests answered.").arg(done).arg(m_checker->report().probes.size()));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showFinding(current.row()); });
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex &index) { showFinding(index.row()); });
    connect(m_view, &QTableView::clicked, this,
            [this](const QModelIndex &index) { showFinding(index.row()); });
    m_status->setText(
        tr("Checks a server's authentication against RFC 9110, 7617, 6750 and 9111, like `authlab "
           "check`: enter its URL and, optionally, good credentials, then Run."));
}

void CheckPane::measure()
{
    // Small minimums: the pane shares the bottom tabs with the others in a 768 px high window (the
    // window itself must fit 960x520: tst_mainwindow).
    const int line = fontMetrics().lineSpacing();
    m_explanation->setMinimumHeight(line * 2 + 8);
    m_view->setMinimumHeight(line * 2 + 8); // the header and a row: the rest scrolls
    m_view->horizontalHeader()->resizeSection(CheckModel::FindingColumn,
                                              fontMetrics().averageCharWidth() * 30);
}

void CheckPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        measure(); // zoom: four lines of the new font
}

void CheckPane::setDefaults(const QUrl &url, const QString &user, const QString &password,
                            const QString &otherUser, const QString &otherPassword)
{
    m_url->setText(url.toString());
    m_user->setText(user);
    m_password->setText(password);
    m_otherUser->setText(otherUser);
    m_otherPassword->setText(otherPassword);
}

CheckOptions CheckPane::options() const
{
    CheckOptions o;
    o.url = QUrl(m_url->text().trimmed(), QUrl::StrictMode);
    o.user = m_user->text();
    if (!o.user.isEmpty())
        o.password = m_password->text();
    o.otherUser = m_otherUser->text();
    if (!o.otherUser.isEmpty())
        o.otherPassword = m_otherPassword->text();
    o.token = m_token->text().trimmed();
    o.insecure = m_insecure->isChecked();
    return o;
}

void CheckPane::run()
{
    const CheckOptions o = options();
    if (const QString problem = Checker::validate(o); !problem.isEmpty()) {
        m_status->setText(tr("Cannot check: %1.").arg(problem));
        return;
    }
    m_explanation->clear();
    m_status->setText(tr("Checking %1…").arg(o.url.toString()));
    m_checker->start(o);
}

void CheckPane::onFinished()
{
    const CheckReport &r = m_checker->report();
    const double ms = double(r.elapsedNs) / 1e6;
    switch (r.outcome) {
    case CheckReport::Outcome::Unreachable:
        m_status->setText(tr("Cannot reach the server: %1").arg(r.error));
        return;
    case CheckReport::Outcome::StoppedByTls:
        m_status->setText(
            tr("The check stopped at the TLS certificate; tick “Accept any certificate” to go on."));
        break;
    default:
        m_status->setText(tr("%n request(s) in %1 ms: ", nullptr, r.requestCount()).arg(ms, 0, 'f', 1) +
                          (r.violates() ? tr("%1 MUST and %2 SHOULD violated, %3 advice.")
                                              .arg(r.count(Severity::Must))
                                              .arg(r.count(Severity::Should))
                                              .arg(r.count(Severity::Advice))
                                        : tr("no MUST or SHOULD violated (%n advice).", nullptr,
                                             r.count(Severity::Advice))));
    }
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
}

void CheckPane::showFinding(int row)
{
    if (!m_model->finding(row))
        return;
    const QModelIndex i = m_model->index(row, 0);
    m_explanation->setPlainText(tr("%1 — %2\n%3: “%4”\n%5\n\nEvidence:\n%6")
                                    .arg(m_model->index(row, CheckModel::FindingColumn).data().toString(),
                                         m_model->index(row, CheckModel::DetailColumn).data().toString(),
                                         m_model->index(row, CheckModel::CitationColumn).data().toString(),
                                         i.data(CheckModel::SentenceRole).toString(),
                                         i.data(CheckModel::ExplanationRole).toString(),
                                         i.data(CheckModel::EvidenceRole).toString()));
    Q_EMIT findingSelected(row);
}

} // namespace authlab::gui
