#pragma once

#include "auth/basic.h"
#include "http/http.h"
#include "scenario/scenario.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

namespace authlab {

// Who the client pretends to be.
struct Identity
{
    enum class Kind : quint8 { Anonymous, ScenarioUser, Custom };
    Kind kind = Kind::Anonymous;
    QString user;     // ScenarioUser and Custom
    QString password; // Custom only (scenario users' passwords come from the scenario)

    static Identity anonymous() { return {}; }
    static Identity scenarioUser(const QString &name) { return {Kind::ScenarioUser, name, {}}; }
    static Identity custom(const QString &name, const QString &password)
    {
        return {Kind::Custom, name, password};
    }
    friend bool operator==(const Identity &, const Identity &) = default;
};

// What state the credentials are in: the knob that turns 200 into 401 or 400. For a scenario
// user the builder makes the secret right or wrong in a named way. A custom identity is sent
// exactly as typed: Correct, WrongPassword and UnknownUser all mean "as typed" for it (whether
// that is right is for the server to say), so only Correct ("typed ..."), Malformed and None
// are offered for it.
enum class CredentialState : quint8 { Correct, WrongPassword, UnknownUser, Malformed, None };

// Digest (RFC 7616) is only ever sent in answer to a challenge (or with a nonce the server gave
// before): its response depends on the server's nonce.
// Session: a browser with a cookie jar; it logs in through the server's login form when sent
// there, and sends the session cookie it got afterwards.
enum class ClientScheme : quint8 { Basic, Bearer, Digest, Session };

// Like curl -u (send credentials with the first request) or like a browser (send nothing,
// and only answer a 401 challenge).
enum class ClientFlow : quint8 { Preemptive, ChallengeFirst };

// Through a proxy (RequestSpec::proxy): what the client answers a 407 with. SameAsRequest: the
// request's identity and credential state as Basic (like curl -x … --proxy-user bob:builder
// -u bob:builder); None: no proxy credentials (the 407 stands).
enum class ProxyCredentials : quint8 { SameAsRequest, None };

struct RequestSpec
{
    QByteArray method = "GET";
    QUrl url;
    Identity identity;
    CredentialState credentials = CredentialState::Correct;
    ClientScheme scheme = ClientScheme::Basic;
    basic::Encoding encoding = basic::Encoding::Utf8;
    ClientFlow flow = ClientFlow::Preemptive;
    // The cookie jar (browser profile) this request uses; empty: its identity's own. The matrix
    // gives each row a profile of its own, so that alice with a wrong password is not let in by
    // the cookie alice's correct login left.
    QString cookieProfile;
    bool followRedirects = false;
    // Through an HTTP proxy (http://host:port; empty: direct): every leg connects to the proxy
    // and names the origin in absolute-form (RFC 9112 §3.2.2). Only http:// origins.
    QUrl proxy;
    ProxyCredentials proxyCredentials = ProxyCredentials::SameAsRequest;
    bool acceptAnyCertificate = false;          // https: go on despite certificate errors (like curl -k)
    QByteArray accept = "text/html, */*;q=0.8"; // what a browser-like client asks for
    QByteArray body;
    // Fields sent as they are on the first leg, after Authorization (the checker's
    // X-Forwarded-For probe); empty for everything else.
    HeaderList extraFields;

    friend bool operator==(const RequestSpec &, const RequestSpec &) = default;
};

// The Authorization value a spec leads to, and what it means, in words.
struct BuiltCredentials
{
    QByteArray authorization; // empty: send no Authorization field
    QString summary;          // "Basic, alice with her password (UTF-8)" — translated
    QString warning;          // e.g. characters Latin-1 cannot carry; empty if none
    // For a challenge that asks for a password (Digest, or Basic chosen by a challenge-driven
    // client): who and which secret, as the state makes them (right, wrong, unknown user).
    bool hasPassword = false;
    QString user;
    QString password;
    bool malformedDigest = false; // the Malformed state with Digest: a field without its response
    // With Digest: the Basic field a challenge-driven client falls back to if only Basic is offered.
    QByteArray basicFallback;
    // With Session and the Malformed state: a Cookie value that is not a cookie-string.
    QByteArray malformedCookie;
    // Through a proxy: the Proxy-Authorization value a 407 is answered with (always Basic, the
    // scheme AuthLab's proxy asks for); empty: none (no proxy, or ProxyCredentials::None).
    QByteArray proxyAuthorization;
};

class CredentialBuilder
{
    Q_DECLARE_TR_FUNCTIONS(authlab::CredentialBuilder)
public:
    // Uses the scenario for the chosen user's password and tokens. The summary names what is
    // sent, and for a custom identity what the scenario makes of it.
    static BuiltCredentials build(const Scenario &scenario, const RequestSpec &spec);
    // The states a menu offers for this kind of identity, in order, and what each is called for
    // the scheme in use ("wrong password" with Basic is "altered token" with Bearer).
    static QList<CredentialState> offeredStates(Identity::Kind kind);
    static QString stateName(CredentialState state, ClientScheme scheme, Identity::Kind kind);
    static QString identityName(const Identity &identity);
    // The scenario user (index) whose groups apply to this request, -1 if none: the chosen
    // scenario user; for a custom identity the user its user-id names (Basic) or the owner of
    // the typed token (Bearer), since that is who the server will take it for.
    static int scenarioUserIndex(const Scenario &scenario, const RequestSpec &spec);

private:
    static BuiltCredentials buildOrigin(const Scenario &scenario, const RequestSpec &spec);
};

} // namespace authlab
