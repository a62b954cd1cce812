#pragma once

#include "client/clientrequest.h"
#include "client/cookiejar.h"
#include "scenario/scenario.h"

#include <QHostAddress>
#include <QUrl>
#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QMenu;
class QPushButton;

namespace Ui {
class ClientPane;
}

namespace authlab::gui {

// The client side: method, URL, identity, credential state, scheme and the chosen user's
// groups. It shows state it is given and re-emits what the user asks for; the
// main window wires it to the workbench.
class ClientPane : public QWidget
{
    Q_OBJECT
public:
    explicit ClientPane(QWidget *parent = nullptr);
    ~ClientPane() override;

    void setScenario(const Scenario &scenario);
    void setRequest(const RequestSpec &spec); // updates the widgets without emitting anything
    void setServerUrl(const QUrl &url);
    void setCredentials(const BuiltCredentials &credentials);
    // The server's simulated client address (Scenario::simulatedClient); null: the real one.
    void setSimulatedAddress(const QHostAddress &address);
    void setCookies(const CookieJar &jar); // shown with the Session scheme

    RequestSpec request() const { return m_request; }
    void focusUrl(); // keyboard focus to the URL, its text selected (Ctrl+L)
    QCheckBox *groupCheckBox(const QString &group) const;

Q_SIGNALS:
    void requestEdited(const authlab::RequestSpec &spec);
    void membershipToggled(const QString &user, const QString &group, bool member);
    void sendRequested();
    // A valid address was typed (null: back to the real address). Invalid text emits nothing.
    void simulatedAddressEdited(const QHostAddress &address);
    void clearCookiesRequested();

private:
    void rebuildIdentities();
    void rebuildResourcesMenu();
    void rebuildGroups(bool force = true); // force = false: only if whose groups they are changed
    void rebuildCredentialStates();        // the states offered for the identity and scheme, named for them
    void syncWidgets();
    void readWidgets(); // widgets -> m_request, then emit requestEdited
    void updateEnabled();
    void readAddress(); // the address field -> simulatedAddressEdited, or a note on what is wrong
    void showAddressNote(const QString &problem);
    QUrl proxyUrl() const; // the embedded server as a proxy: its scheme and authority

    std::unique_ptr<Ui::ClientPane> ui;
    Scenario m_scenario;
    RequestSpec m_request;
    QUrl m_serverUrl;
    QMenu *m_resourcesMenu = nullptr;
    QLabel *m_cookiesLabel = nullptr;
    QPushButton *m_clearCookiesButton = nullptr;
    QList<QCheckBox *> m_groupBoxes;
    QString m_groupsShown; // whose groups (or which note) the groups row shows
    std::pair<Identity::Kind, ClientScheme> m_statesShown{Identity::Kind::Anonymous, ClientScheme::Basic};
    bool m_statesBuilt = false;
    QHostAddress m_simulated; // what the server uses now
};

} // namespace authlab::gui
