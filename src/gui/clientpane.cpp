#include "clientpane.h"

#include "ui_clientpane.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalBlocker>
#include <QToolButton>

namespace authlab::gui {

namespace {
enum IdentityRole { KindRole = Qt::UserRole + 1, UserRole };
} // namespace

ClientPane::ClientPane(QWidget *parent) : QWidget(parent), ui(std::make_unique<Ui::ClientPane>())
{
    ui->setupUi(this);
    // Methods are protocol tokens: never translated.
    for (const char *m : {"GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS"})
        ui->methodCombo->addItem(QString::fromLatin1(m));
    rebuildCredentialStates();
    ui->schemeCombo->addItem(QStringLiteral("Basic"), int(ClientScheme::Basic));
    ui->schemeCombo->addItem(QStringLiteral("Bearer"), int(ClientScheme::Bearer));
    ui->schemeCombo->addItem(QStringLiteral("Digest"), int(ClientScheme::Digest));
    ui->schemeCombo->addItem(tr("Session cookie (login form)"), int(ClientScheme::Session));
    ui->encodingCombo->addItem(QStringLiteral("UTF-8"), int(basic::Encoding::Utf8));
    ui->encodingCombo->addItem(QStringLiteral("Latin-1"), int(basic::Encoding::Latin1));
    ui->flowCombo->addItem(tr("Send credentials at once (like curl -u)"), int(ClientFlow::Preemptive));
    ui->flowCombo->addItem(tr("Wait for a 401 challenge, then retry (like a browser)"),
                           int(ClientFlow::ChallengeFirst));

    m_resourcesMenu = new QMenu(this);
    ui->resourcesButton->setMenu(m_resourcesMenu);
    auto *groupsLayout = new QHBoxLayout(ui->groupsBox);
    groupsLayout->setContentsMargins(0, 0, 0, 0);

    auto edited = [this] { readWidgets(); };
    connect(ui->methodCombo, &QComboBox::currentTextChanged, this, edited);
    connect(ui->urlEdit, &QLineEdit::editingFinished, this, edited);
    connect(ui->identityCombo, &QComboBox::currentIndexChanged, this, edited);
    // Live while typing, like every other control (the workbench coalesces the rounds).
    connect(ui->customUserEdit, &QLineEdit::textEdited, this, edited);
    connect(ui->customPasswordEdit, &QLineEdit::textEdited, this, edited);
    connect(ui->credentialCombo, &QComboBox::currentIndexChanged, this, edited);
    connect(ui->schemeCombo, &QComboBox::currentIndexChanged, this, edited);
    connect(ui->encodingCombo, &QComboBox::currentIndexChanged, this, edited);
    connect(ui->flowCombo, &QComboBox::currentIndexChanged, this, edited);
    // Validated as it is typed: a valid address (or nothing) takes effect at once, anything else
    // only says what is wrong.
    connect(ui->addressEdit, &QLineEdit::textEdited, this, &ClientPane::readAddress);
    connect(ui->realAddressButton, &QToolButton::clicked, this, [this] {
        ui->addressEdit->clear();
        readAddress();
    });
    showAddressNote({});
    connect(ui->acceptCertificateBox, &QCheckBox::toggled, this, edited);
    // AuthLab's proxy only proxies to itself: "through the proxy" means through the embedded server.
    ui->proxyCredentialsCombo->addItem(tr("same credentials to the proxy"),
                                       int(ProxyCredentials::SameAsRequest));
    ui->proxyCredentialsCombo->addItem(tr("no credentials to the proxy"), int(ProxyCredentials::None));
    connect(ui->proxyBox, &QCheckBox::toggled, this, edited);
    connect(ui->proxyCredentialsCombo, &QComboBox::currentIndexChanged, this, edited);
    // The Session scheme's cookie jar, for this identity: what it holds, and a way to empty it.
    m_cookiesLabel = new QLabel(ui->identityBox);
    m_cookiesLabel->setObjectName(QStringLiteral("cookiesLabel"));
    m_cookiesLabel->setWordWrap(true);
    m_cookiesLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_clearCookiesButton = new QPushButton(tr("Clear cookies"), ui->identityBox);
    m_clearCookiesButton->setObjectName(QStringLiteral("clearCookiesButton"));
    m_clearCookiesButton->setToolTip(tr("Empty this identity's cookie jar: the next request logs in again"));
    const int row = ui->identityLayout->rowCount();
    ui->identityLayout->addWidget(m_cookiesLabel, row, 0, 1, 2);
    ui->identityLayout->addWidget(m_clearCookiesButton, row + 1, 0, 1, 2, Qt::AlignLeft);
    connect(m_clearCookiesButton, &QPushButton::clicked, this, &ClientPane::clearCookiesRequested);
    QWidget::setTabOrder(ui->flowCombo, m_clearCookiesButton);

    connect(ui->sendButton, &QPushButton::clicked, this, [this] {
        readWidgets();
        Q_EMIT sendRequested();
    });
    updateEnabled();
}

ClientPane::~ClientPane() = default;

void ClientPane::focusUrl()
{
    ui->urlEdit->setFocus(Qt::ShortcutFocusReason);
    ui->urlEdit->selectAll();
}

QCheckBox *ClientPane::groupCheckBox(const QString &group) const
{
    for (QCheckBox *b : m_groupBoxes) {
        if (b->property("group").toString() == group)
            return b;
    }
    return nullptr;
}

void ClientPane::setScenario(const Scenario &scenario)
{
    QStringList oldUsers, newUsers, oldGroups, newGroups;
    for (const User &u : m_scenario.users)
        oldUsers.append(u.name);
    for (const User &u : scenario.users)
        newUsers.append(u.name);
    for (const Group &g : m_scenario.groups)
        oldGroups.append(g.name);
    for (const Group &g : scenario.groups)
        newGroups.append(g.name);
    m_scenario = scenario;
    if (oldUsers != newUsers)
        rebuildIdentities();
    rebuildResourcesMenu();
    if (oldGroups != newGroups || oldUsers != newUsers || m_groupBoxes.isEmpty()) {
        rebuildGroups();
        return;
    }
    // Same boxes: only their state changes, so keyboard focus stays where it is.
    const int u = CredentialBuilder::scenarioUserIndex(m_scenario, m_request);
    if (u < 0 || m_scenario.users[u].name != m_groupsShown) {
        rebuildGroups();
        return;
    }
    for (QCheckBox *box : std::as_const(m_groupBoxes)) {
        const QSignalBlocker block(box);
        box->setChecked(u >= 0 && m_scenario.users[u].inGroup(box->property("group").toString()));
    }
}

void ClientPane::setServerUrl(const QUrl &url)
{
    m_serverUrl = url;
    rebuildResourcesMenu();
    // Through the proxy: the proxy is the embedded server, wherever it listens now.
    if (!m_request.proxy.isEmpty() && url.isValid() && m_request.proxy != proxyUrl()) {
        m_request.proxy = proxyUrl();
        Q_EMIT requestEdited(m_request);
    }
}

QUrl ClientPane::proxyUrl() const
{
    QUrl proxy = m_serverUrl;
    proxy.setPath(QStringLiteral("/"));
    proxy.setQuery(QString());
    proxy.setFragment(QString());
    return proxy;
}

void ClientPane::setCredentials(const BuiltCredentials &c)
{
    QString text = c.summary;
    if (!c.authorization.isEmpty())
        text += QLatin1String("<br><code>Authorization: ") +
                QString::fromLatin1(c.authorization).toHtmlEscaped() + QLatin1String("</code>");
    if (!c.proxyAuthorization.isEmpty())
        text += QLatin1String("<br><code>Proxy-Authorization: ") +
                QString::fromLatin1(c.proxyAuthorization).toHtmlEscaped() + QLatin1String("</code>");
    if (!c.warning.isEmpty())
        text += QLatin1String("<br><b>") + c.warning.toHtmlEscaped() + QLatin1String("</b>");
    ui->credentialSummary->setText(text);
}

void ClientPane::setSimulatedAddress(const QHostAddress &address)
{
    m_simulated = address;
    const QString text = ui->addressEdit->text().trimmed();
    // The echo of what is being typed must not move the cursor or undo the user's spelling.
    if (!text.isEmpty() && parseHostAddress(text) == address)
        return;
    if (text.isEmpty() && address.isNull())
        return;
    const QSignalBlocker block(ui->addressEdit);
    ui->addressEdit->setText(address.isNull() ? QString() : address.toString());
    showAddressNote({});
}

void ClientPane::readAddress()
{
    const QString text = ui->addressEdit->text().trimmed();
    const QHostAddress address = parseHostAddress(text);
    if (!text.isEmpty() && address.isNull()) {
        showAddressNote(
            tr("\"%1\" is not an IPv4 or IPv6 address (such as 10.1.2.3); the server keeps using %2.")
                .arg(text, m_simulated.isNull() ? tr("the real address") : m_simulated.toString()));
        return;
    }
    showAddressNote({});
    if (address == m_simulated)
        return;
    m_simulated = address;
    ui->realAddressButton->setEnabled(!address.isNull());
    Q_EMIT simulatedAddressEdited(address);
}

void ClientPane::showAddressNote(const QString &problem)
{
    ui->addressNote->setVisible(!problem.isEmpty());
    ui->addressNote->setText(problem);
    QPalette p = ui->addressEdit->palette();
    p.setColor(QPalette::Text, problem.isEmpty() ? palette().color(QPalette::Text) : QColor(Qt::darkRed));
    ui->addressEdit->setPalette(p);
    ui->addressEdit->setProperty("invalid", !problem.isEmpty());
    ui->realAddressButton->setEnabled(!m_simulated.isNull() || !ui->addressEdit->text().isEmpty());
}

void ClientPane::setCookies(const CookieJar &jar)
{
    QString text;
    if (jar.isEmpty()) {
        text = tr("Cookie jar of %1: empty.").arg(CredentialBuilder::identityName(m_request.identity));
    } else {
        text = tr("Cookie jar of %1:").arg(CredentialBuilder::identityName(m_request.identity));
        for (const ClientCookie &c : jar.cookies())
            text += QLatin1String("<br><code>") +
                    QString::fromLatin1(c.name + '=' + c.value).toHtmlEscaped() + QLatin1String("</code> ") +
                    tr("(for %1%2)").arg(c.host, QString::fromLatin1(c.path)).toHtmlEscaped();
    }
    m_cookiesLabel->setText(text);
    m_clearCookiesButton->setEnabled(!jar.isEmpty());
}

void ClientPane::rebuildIdentities()
{
    const QSignalBlocker block(ui->identityCombo);
    ui->identityCombo->clear();
    ui->identityCombo->addItem(tr("anonymous (no credentials)"));
    ui->identityCombo->setItemData(0, int(Identity::Kind::Anonymous), KindRole);
    for (const User &u : m_scenario.users) {
        ui->identityCombo->addItem(u.name);
        const int i = ui->identityCombo->count() - 1;
        ui->identityCombo->setItemData(i, int(Identity::Kind::ScenarioUser), KindRole);
        ui->identityCombo->setItemData(i, u.name, UserRole);
    }
    ui->identityCombo->addItem(tr("custom user-id and password…"));
    ui->identityCombo->setItemData(ui->identityCombo->count() - 1, int(Identity::Kind::Custom), KindRole);
    syncWidgets();
}

void ClientPane::rebuildResourcesMenu()
{
    m_resourcesMenu->clear();
    for (const Resource &r : m_scenario.resources) {
        QAction *a = m_resourcesMenu->addAction(r.path + QStringLiteral("  —  ") + r.title);
        const QString path = r.path;
        connect(a, &QAction::triggered, this, [this, path] {
            const QUrl url = m_serverUrl.isValid() ? m_serverUrl.resolved(QUrl(path)) : QUrl(path);
            ui->urlEdit->setText(url.toString());
            readWidgets();
        });
    }
    ui->resourcesButton->setEnabled(!m_scenario.resources.isEmpty());
}

void ClientPane::rebuildGroups(bool force)
{
    // A custom identity shows the groups of the scenario user the server will take it for.
    const Identity &id = m_request.identity;
    const int u = CredentialBuilder::scenarioUserIndex(m_scenario, m_request);
    QString note;
    if (u < 0) {
        if (id.kind == Identity::Kind::Anonymous)
            note = tr("anonymous belongs to no group");
        else if (id.kind == Identity::Kind::Custom && m_request.scheme == ClientScheme::Bearer)
            note = tr("no user of this scenario has the typed token: no groups");
        else if (id.user.isEmpty())
            note = tr("type the user-id of a scenario user to see its groups");
        else
            note = tr("%1 is not a user of this scenario: no groups").arg(id.user);
    }
    const QString shown = u >= 0 ? m_scenario.users[u].name : note;
    if (!force && shown == m_groupsShown && (u >= 0) == !m_groupBoxes.isEmpty())
        return;
    m_groupsShown = shown;

    auto *layout = static_cast<QHBoxLayout *>(ui->groupsBox->layout());
    while (layout->count() > 0) {
        const std::unique_ptr<QLayoutItem> item(layout->takeAt(0)); // we own what takeAt() returns
        if (QWidget *w = item->widget())
            w->deleteLater();
    }
    m_groupBoxes.clear();
    if (u < 0) {
        auto *label = new QLabel(note, ui->groupsBox);
        label->setEnabled(false);
        layout->addWidget(label);
        layout->addStretch();
        return;
    }
    const User &user = m_scenario.users[u];
    for (const Group &g : m_scenario.groups) {
        auto *box = new QCheckBox(g.name, ui->groupsBox);
        box->setProperty("group", g.name);
        box->setChecked(user.inGroup(g.name));
        box->setToolTip(g.description.isEmpty() ? tr("%1 is a member of %2").arg(user.name, g.name)
                                                : g.description);
        const QString userName = user.name;
        const QString group = g.name;
        connect(box, &QCheckBox::toggled, this,
                [this, userName, group](bool on) { Q_EMIT membershipToggled(userName, group, on); });
        layout->addWidget(box);
        // New widgets join the end of the window's Tab chain: put them where they are seen.
        QWidget::setTabOrder(
            m_groupBoxes.isEmpty() ? static_cast<QWidget *>(ui->flowCombo) : m_groupBoxes.constLast(), box);
        m_groupBoxes.append(box);
    }
    layout->addStretch();
}

void ClientPane::setRequest(const RequestSpec &spec)
{
    m_request = spec;
    syncWidgets();
    rebuildGroups(false);
}

void ClientPane::rebuildCredentialStates()
{
    const Identity::Kind kind = m_request.identity.kind;
    const std::pair shown{kind, m_request.scheme};
    if (m_statesBuilt && shown == m_statesShown)
        return;
    m_statesBuilt = true;
    m_statesShown = shown;
    // The names come from the builder, which knows what each state sends for this scheme.
    const QSignalBlocker block(ui->credentialCombo);
    ui->credentialCombo->clear();
    for (CredentialState s : CredentialBuilder::offeredStates(kind))
        ui->credentialCombo->addItem(CredentialBuilder::stateName(s, m_request.scheme, kind), int(s));
}

void ClientPane::syncWidgets()
{
    const QSignalBlocker b1(ui->methodCombo), b2(ui->identityCombo), b3(ui->credentialCombo),
        b4(ui->schemeCombo), b5(ui->encodingCombo), b6(ui->flowCombo), b7(ui->urlEdit),
        b8(ui->customUserEdit), b9(ui->customPasswordEdit), b10(ui->acceptCertificateBox), b11(ui->proxyBox),
        b12(ui->proxyCredentialsCombo);
    ui->methodCombo->setCurrentText(QString::fromLatin1(m_request.method));
    if (!ui->urlEdit->hasFocus())
        ui->urlEdit->setText(m_request.url.toString());
    int identityRow = 0;
    for (int i = 0; i < ui->identityCombo->count(); ++i) {
        const auto kind = Identity::Kind(ui->identityCombo->itemData(i, KindRole).toInt());
        if (kind != m_request.identity.kind)
            continue;
        if (kind != Identity::Kind::ScenarioUser ||
            ui->identityCombo->itemData(i, UserRole).toString() == m_request.identity.user) {
            identityRow = i;
            break;
        }
    }
    ui->identityCombo->setCurrentIndex(identityRow);
    if (m_request.identity.kind == Identity::Kind::Custom) {
        // Only when different: the echo of what is being typed must not move the cursor.
        if (ui->customUserEdit->text() != m_request.identity.user)
            ui->customUserEdit->setText(m_request.identity.user);
        if (ui->customPasswordEdit->text() != m_request.identity.password)
            ui->customPasswordEdit->setText(m_request.identity.password);
    }
    rebuildCredentialStates();
    // A custom identity is sent as typed: the builder's "wrong" states mean the same for it.
    const int stateRow = ui->credentialCombo->findData(int(m_request.credentials));
    ui->credentialCombo->setCurrentIndex(stateRow >= 0 ? stateRow : 0);
    ui->schemeCombo->setCurrentIndex(ui->schemeCombo->findData(int(m_request.scheme)));
    ui->encodingCombo->setCurrentIndex(ui->encodingCombo->findData(int(m_request.encoding)));
    ui->flowCombo->setCurrentIndex(ui->flowCombo->findData(int(m_request.flow)));
    ui->acceptCertificateBox->setChecked(m_request.acceptAnyCertificate);
    ui->proxyBox->setChecked(!m_request.proxy.isEmpty());
    ui->proxyCredentialsCombo->setCurrentIndex(
        ui->proxyCredentialsCombo->findData(int(m_request.proxyCredentials)));
    updateEnabled();
}

void ClientPane::readWidgets()
{
    RequestSpec s = m_request;
    s.method = ui->methodCombo->currentText().trimmed().toUpper().toLatin1();
    if (s.method.isEmpty())
        s.method = "GET";
    s.url = QUrl::fromUserInput(ui->urlEdit->text().trimmed());
    const int row = ui->identityCombo->currentIndex();
    const auto kind = Identity::Kind(ui->identityCombo->itemData(row, KindRole).toInt());
    switch (kind) {
    case Identity::Kind::Anonymous:
        s.identity = Identity::anonymous();
        break;
    case Identity::Kind::ScenarioUser:
        s.identity = Identity::scenarioUser(ui->identityCombo->itemData(row, UserRole).toString());
        break;
    case Identity::Kind::Custom:
        s.identity = Identity::custom(ui->customUserEdit->text(), ui->customPasswordEdit->text());
        break;
    }
    s.credentials = CredentialState(ui->credentialCombo->currentData().toInt());
    if (!CredentialBuilder::offeredStates(s.identity.kind).contains(s.credentials))
        s.credentials = CredentialState::Correct; // e.g. "wrong password" carried over to a custom identity
    s.scheme = ClientScheme(ui->schemeCombo->currentData().toInt());
    s.encoding = basic::Encoding(ui->encodingCombo->currentData().toInt());
    s.flow = ClientFlow(ui->flowCombo->currentData().toInt());
    s.acceptAnyCertificate = ui->acceptCertificateBox->isChecked();
    s.proxy = ui->proxyBox->isChecked() && m_serverUrl.isValid() ? proxyUrl() : QUrl();
    s.proxyCredentials = ProxyCredentials(ui->proxyCredentialsCombo->currentData().toInt());
    if (s == m_request)
        return; // e.g. focus left a field that did not change
    m_request = s;
    {
        // The identity or scheme may have changed what the states are called.
        const QSignalBlocker block(ui->credentialCombo);
        rebuildCredentialStates();
        ui->credentialCombo->setCurrentIndex(qMax(0, ui->credentialCombo->findData(int(s.credentials))));
    }
    rebuildGroups(false);
    updateEnabled();
    Q_EMIT requestEdited(s);
}

void ClientPane::updateEnabled()
{
    const bool custom = m_request.identity.kind == Identity::Kind::Custom;
    const bool anonymous = m_request.identity.kind == Identity::Kind::Anonymous;
    ui->customLabel->setVisible(custom);
    ui->customUserEdit->setVisible(custom);
    ui->customPasswordEdit->setVisible(custom);
    ui->customUserEdit->setEnabled(m_request.scheme != ClientScheme::Bearer); // Bearer sends only the token
    ui->credentialCombo->setEnabled(!anonymous);
    ui->schemeCombo->setEnabled(!anonymous);
    ui->encodingCombo->setEnabled(!anonymous && m_request.scheme == ClientScheme::Basic);
    ui->flowCombo->setEnabled(!anonymous);
    const bool session = m_request.scheme == ClientScheme::Session;
    m_cookiesLabel->setVisible(session);
    m_clearCookiesButton->setVisible(session);
    ui->proxyBox->setEnabled(m_serverUrl.isValid() || !m_request.proxy.isEmpty());
    ui->proxyCredentialsCombo->setEnabled(!m_request.proxy.isEmpty());
}

} // namespace authlab::gui
