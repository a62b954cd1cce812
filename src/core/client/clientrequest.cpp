#include "client/clientrequest.h"

#include "auth/bearer.h"
#include "auth/syntax.h"

#include <algorithm>

namespace authlab {

namespace {
// Credentials that are wrong in a recognisable way; each is changed until the scenario does not
// happen to accept it, so that the label stays true.
const QString kWrongPassword = QStringLiteral("not-the-password");
const QString kUnknownUserPrefix = QStringLiteral("nobody-");
const QString kUnknownToken = QStringLiteral("no-such-token");
const QString kAlteredSuffix = QStringLiteral("-altered");

bool sameSecret(const QString &a, const QString &b)
{
    return syntax::constantTimeEquals(a.toUtf8(), b.toUtf8());
}

// The user owning this bearer token, or -1; `token` is set to the matching entry.
int tokenOwner(const Scenario &scenario, const QString &value, const Token **token = nullptr)
{
    for (qsizetype i = 0; i < scenario.users.size(); ++i) {
        for (const Token &t : scenario.users[i].tokens) {
            if (sameSecret(value, t.value)) {
                if (token)
                    *token = &t;
                return int(i);
            }
        }
    }
    return -1;
}

const Token *firstValidToken(const User &user)
{
    for (const Token &t : user.tokens) {
        if (!t.expired)
            return &t;
    }
    return nullptr;
}

QString unusedToken(const Scenario &scenario, QString value)
{
    while (tokenOwner(scenario, value) >= 0)
        value += QLatin1Char('x');
    return value;
}

// How the server splits a Basic user-pass: the user-id ends at the first colon (RFC 7617 §2).
std::pair<QString, QString> splitUserPass(const QString &user, const QString &password)
{
    const qsizetype colon = user.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return {user, password};
    return {user.left(colon), user.mid(colon + 1) + QLatin1Char(':') + password};
}

bool isCustomAsTyped(const RequestSpec &spec)
{
    return spec.identity.kind == Identity::Kind::Custom && spec.credentials != CredentialState::Malformed &&
           spec.credentials != CredentialState::None;
}

QString whoText(const RequestSpec &spec, const QString &name, const QString &sentUser)
{
    if (isCustomAsTyped(spec))
        return CredentialBuilder::tr("the typed user-id \"%1\" and password").arg(name);
    if (spec.credentials == CredentialState::WrongPassword)
        return CredentialBuilder::tr("%1 with a wrong password").arg(name);
    if (spec.credentials == CredentialState::UnknownUser)
        return CredentialBuilder::tr("a user the server does not know (%1)").arg(sentUser);
    return CredentialBuilder::tr("%1 with the right password").arg(name);
}

QString sessionSummary(const RequestSpec &spec, const QString &name, const QString &sentUser)
{
    return CredentialBuilder::tr("Cookie session, %1: like a browser, the client sends its cookies for this "
                                 "identity, follows the redirect to the login form, posts it, and keeps the "
                                 "session cookie it gets (one cookie jar per identity).")
        .arg(whoText(spec, name, sentUser));
}

QString digestSummary(const RequestSpec &spec, const QString &name, const QString &sentUser)
{
    const QString who = whoText(spec, name, sentUser);
    return CredentialBuilder::tr("Digest (RFC 7616), %1: sent only in answer to the server's challenge, as a "
                                 "hash over its nonce; the password itself never travels.")
        .arg(who);
}
} // namespace

QList<CredentialState> CredentialBuilder::offeredStates(Identity::Kind kind)
{
    if (kind == Identity::Kind::Custom)
        return {CredentialState::Correct, CredentialState::Malformed, CredentialState::None};
    return {CredentialState::Correct, CredentialState::WrongPassword, CredentialState::UnknownUser,
            CredentialState::Malformed, CredentialState::None};
}

QString CredentialBuilder::stateName(CredentialState state, ClientScheme scheme, Identity::Kind kind)
{
    const bool bearer = scheme == ClientScheme::Bearer;
    if (kind == Identity::Kind::Custom && state != CredentialState::Malformed &&
        state != CredentialState::None)
        return bearer ? tr("typed token") : tr("typed password");
    switch (state) {
    case CredentialState::Correct:
        return bearer ? tr("valid token") : tr("correct password");
    case CredentialState::WrongPassword:
        return bearer ? tr("altered token") : tr("wrong password");
    case CredentialState::UnknownUser:
        return bearer ? tr("unknown token") : tr("unknown user");
    case CredentialState::Malformed:
        return tr("malformed header");
    case CredentialState::None:
        return tr("no credentials");
    }
    return {};
}

QString CredentialBuilder::identityName(const Identity &identity)
{
    switch (identity.kind) {
    case Identity::Kind::Anonymous:
        return tr("anonymous");
    case Identity::Kind::ScenarioUser:
        return identity.user;
    case Identity::Kind::Custom:
        return tr("%1 (custom)").arg(identity.user);
    }
    return {};
}

int CredentialBuilder::scenarioUserIndex(const Scenario &scenario, const RequestSpec &spec)
{
    const Identity &id = spec.identity;
    switch (id.kind) {
    case Identity::Kind::Anonymous:
        return -1;
    case Identity::Kind::ScenarioUser:
        return scenario.userIndex(id.user);
    case Identity::Kind::Custom:
        if (spec.scheme == ClientScheme::Bearer)
            return tokenOwner(scenario, id.password);
        return scenario.userIndex(splitUserPass(id.user, id.password).first);
    }
    return -1;
}

BuiltCredentials CredentialBuilder::build(const Scenario &scenario, const RequestSpec &spec)
{
    BuiltCredentials out = buildOrigin(scenario, spec);
    if (spec.proxy.isEmpty())
        return out;
    if (spec.proxyCredentials == ProxyCredentials::SameAsRequest) {
        // The same identity and credential state, as Basic: what AuthLab's proxy asks for.
        RequestSpec asBasic = spec;
        asBasic.scheme = ClientScheme::Basic;
        if (spec.scheme != ClientScheme::Basic)
            asBasic.encoding = basic::Encoding::Utf8;
        out.proxyAuthorization = buildOrigin(scenario, asBasic).authorization;
    }
    out.summary +=
        QLatin1Char(' ') +
        (out.proxyAuthorization.isEmpty()
             ? tr("Through the proxy %1, without proxy credentials: its 407 is not answered.")
             : tr("Through the proxy %1: its 407 is answered once with Proxy-Authorization, the same "
                  "credentials as Basic; the proxy gets them on every later leg, the origin never."))
            .arg(spec.proxy.toDisplayString());
    return out;
}

BuiltCredentials CredentialBuilder::buildOrigin(const Scenario &scenario, const RequestSpec &spec)
{
    BuiltCredentials out;
    const Identity &id = spec.identity;
    if (id.kind == Identity::Kind::Anonymous) {
        out.summary = tr("No credentials (anonymous).");
        return out;
    }
    if (spec.credentials == CredentialState::None) {
        out.summary = tr("No credentials sent, although %1 is selected.").arg(identityName(id));
        return out;
    }
    const bool custom = id.kind == Identity::Kind::Custom;
    const int userIndex = custom ? -1 : scenario.userIndex(id.user);
    const User *user = userIndex >= 0 ? &scenario.users[userIndex] : nullptr;
    const QString &name = id.user;

    if (spec.scheme == ClientScheme::Bearer) {
        if (spec.credentials == CredentialState::Malformed) {
            out.authorization = "Bearer two tokens";
            out.summary = tr("Malformed: two words after Bearer, not one b64token.");
            return out;
        }
        if (isCustomAsTyped(spec)) {
            // A custom identity's "password" field holds the token.
            const QString &token = id.password;
            if (token.isEmpty()) {
                out.summary = tr("Bearer, but no token is typed; nothing is sent.");
                return out;
            }
            out.authorization = bearer::authorization(token);
            out.summary = tr("Bearer, the typed token (the user-id is not sent with Bearer).");
            const Token *found = nullptr;
            const int owner = tokenOwner(scenario, token, &found);
            QString verdict;
            if (!bearer::isWellFormed(token.toUtf8()))
                verdict =
                    tr("It is not one b64token (RFC 6750 §2.1): the server will find the field malformed.");
            else if (owner < 0)
                verdict = tr("No user of this scenario has this token: the server will not know it.");
            else if (found->expired)
                verdict = tr("In this scenario that is %1's token, which has expired.")
                              .arg(scenario.users[owner].name);
            else
                verdict = tr("In this scenario that is %1's token.").arg(scenario.users[owner].name);
            out.summary += QLatin1Char(' ') + verdict;
            return out;
        }
        const Token *valid = user ? firstValidToken(*user) : nullptr;
        switch (spec.credentials) {
        case CredentialState::Correct:
            if (!valid) {
                out.summary = tr("%1 has no valid bearer token in this scenario; nothing is sent.").arg(name);
                return out;
            }
            out.authorization = bearer::authorization(valid->value);
            out.summary = tr("Bearer token of %1.").arg(name);
            break;
        case CredentialState::WrongPassword:
            if (!valid) {
                out.summary =
                    tr("%1 has no valid bearer token in this scenario to alter; nothing is sent.").arg(name);
                return out;
            }
            out.authorization = bearer::authorization(unusedToken(scenario, valid->value + kAlteredSuffix));
            out.summary =
                tr("Bearer, %1's token altered: no user of this scenario has it, so the server will not "
                   "know it, as with an unknown token.")
                    .arg(name);
            break;
        case CredentialState::UnknownUser:
            out.authorization = bearer::authorization(unusedToken(scenario, kUnknownToken));
            out.summary = tr("Bearer, a token no user of this scenario has.");
            break;
        case CredentialState::Malformed:
        case CredentialState::None:
            break; // handled above
        }
        return out;
    }

    if (spec.credentials == CredentialState::Malformed && spec.scheme == ClientScheme::Session) {
        out.malformedCookie = "authlab_session=\"not a cookie value";
        out.summary = tr("Malformed: a session cookie whose value is not cookie-octets (RFC 6265 §4.1.1).");
        return out;
    }
    if (spec.credentials == CredentialState::Malformed && spec.scheme == ClientScheme::Digest) {
        out.malformedDigest = true;
        out.summary = tr("Malformed: a Digest field without its response parameter (RFC 7616 §3.4), sent in "
                         "answer to the challenge.");
        return out;
    }
    if (spec.credentials == CredentialState::Malformed) {
        // user-id without a colon: base64 is fine, the user-pass is not (RFC 7617 §2).
        out.authorization = "Basic " + name.toUtf8().toBase64();
        out.summary = tr("Malformed: Basic credentials without the colon between user-id and password.");
        return out;
    }
    QString sentUser = name;
    QString password;
    if (isCustomAsTyped(spec)) {
        password = id.password;
        out.summary = tr("Basic, the typed user-id \"%1\" and password.").arg(name);
        const auto [judgedUser, judgedPassword] = splitUserPass(name, password);
        const int u = scenario.userIndex(judgedUser);
        QString verdict;
        if (u < 0)
            verdict =
                tr("This scenario has no user \"%1\": the server will not know this user.").arg(judgedUser);
        else if (sameSecret(judgedPassword, scenario.users[u].password))
            verdict = tr("In this scenario that is %1's password.").arg(judgedUser);
        else
            verdict = tr("In this scenario that is not %1's password: the server will find it wrong.")
                          .arg(judgedUser);
        out.summary += QLatin1Char(' ') + verdict;
        if (judgedUser != name)
            out.warning =
                tr("A user-id cannot contain a colon (RFC 7617 §2): the server reads the user-id only up to "
                   "the first colon.");
    } else {
        password = user ? user->password : QString();
        switch (spec.credentials) {
        case CredentialState::Correct:
            out.summary =
                user ? tr("Basic, %1 with the right password.").arg(name)
                     : tr("Basic, %1, who is not in this scenario, with an empty password.").arg(name);
            break;
        case CredentialState::WrongPassword:
            password = kWrongPassword;
            while (user && password == user->password)
                password += QLatin1Char('x');
            out.summary = tr("Basic, %1 with a wrong password.").arg(name);
            break;
        case CredentialState::UnknownUser:
            sentUser = kUnknownUserPrefix + name;
            while (scenario.userIndex(sentUser) >= 0)
                sentUser += QLatin1Char('x');
            out.summary = tr("Basic, a user the server does not know (%1).").arg(sentUser);
            break;
        case CredentialState::Malformed:
        case CredentialState::None:
            break; // handled above
        }
    }
    out.hasPassword = true;
    out.user = sentUser;
    out.password = password;
    if (spec.scheme == ClientScheme::Session) {
        out.summary = sessionSummary(spec, name, sentUser);
        out.warning.clear();
        return out;
    }
    if (spec.scheme == ClientScheme::Digest) {
        // Same who and which secret as Basic, but nothing can be sent before the server's nonce.
        out.summary = digestSummary(spec, name, sentUser);
        out.warning.clear();
        if (isCustomAsTyped(spec) && sentUser.contains(QLatin1Char(':')))
            out.warning = tr("With Digest the whole user-id is sent as typed, colon included.");
        // Nothing goes with the first request; a challenge-driven client that is offered only
        // Basic falls back to it (UTF-8).
        out.basicFallback = basic::authorization(sentUser, password, basic::Encoding::Utf8);
        return out;
    }
    bool lossy = false;
    out.authorization = basic::authorization(sentUser, password, spec.encoding, &lossy);
    out.summary += QLatin1Char(' ') + (spec.encoding == basic::Encoding::Utf8
                                           ? tr("Encoded as UTF-8 (RFC 7617 §2.1).")
                                           : tr("Encoded as Latin-1, as Qt and Python requests do."));
    if (lossy) {
        const bool userLossy =
            std::any_of(sentUser.cbegin(), sentUser.cend(), [](QChar ch) { return ch.unicode() > 0xff; });
        if (!out.warning.isEmpty())
            out.warning += QLatin1Char(' ');
        out.warning +=
            userLossy
                ? tr("Latin-1 cannot carry every character of \"%1\"; those characters were sent as '?'.")
                      .arg(sentUser)
                : tr("Latin-1 cannot carry every character of the password; those characters were "
                     "sent as '?'.");
    }
    return out;
}

} // namespace authlab
