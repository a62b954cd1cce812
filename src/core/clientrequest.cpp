#include "clientrequest.h"

#include "authbearer.h"

namespace authlab {

namespace {
// Credentials that are wrong in a recognisable way; a user name no scenario should define.
const QString kWrongPassword = QStringLiteral("not-the-password");
const QString kUnknownUserPrefix = QStringLiteral("nobody-");
const QString kUnknownToken = QStringLiteral("no-such-token");
} // namespace

QString CredentialBuilder::stateName(CredentialState state)
{
    switch (state) {
    case CredentialState::Correct: return tr("correct");
    case CredentialState::WrongPassword: return tr("wrong password");
    case CredentialState::UnknownUser: return tr("unknown user");
    case CredentialState::Malformed: return tr("malformed header");
    case CredentialState::None: return tr("none sent");
    }
    return {};
}

QString CredentialBuilder::identityName(const Identity &identity)
{
    switch (identity.kind) {
    case Identity::Kind::Anonymous: return tr("anonymous");
    case Identity::Kind::ScenarioUser: return identity.user;
    case Identity::Kind::Custom: return tr("%1 (custom)").arg(identity.user);
    }
    return {};
}

BuiltCredentials CredentialBuilder::build(const Scenario &scenario, const RequestSpec &spec)
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

    const int userIndex = id.kind == Identity::Kind::ScenarioUser ? scenario.userIndex(id.user) : -1;
    const User *user = userIndex >= 0 ? &scenario.users[userIndex] : nullptr;
    QString name = id.user;
    QString password = id.kind == Identity::Kind::Custom ? id.password : (user ? user->password : QString());

    if (spec.scheme == ClientScheme::Bearer) {
        QString token;
        if (id.kind == Identity::Kind::Custom)
            token = id.password; // a custom identity's "password" field holds the token
        else if (user && !user->tokens.isEmpty())
            token = user->tokens.constFirst().value;
        switch (spec.credentials) {
        case CredentialState::Correct:
            if (token.isEmpty()) {
                out.summary = tr("%1 has no bearer token in this scenario; nothing is sent.").arg(name);
                return out;
            }
            out.authorization = bearer::authorization(token);
            out.summary = tr("Bearer token of %1.").arg(name);
            break;
        case CredentialState::WrongPassword:
            out.authorization = bearer::authorization((token.isEmpty() ? QStringLiteral("token") : token) +
                                                      QStringLiteral("-revoked"));
            out.summary = tr("A token that looks like %1's but is not valid.").arg(name);
            break;
        case CredentialState::UnknownUser:
            out.authorization = bearer::authorization(kUnknownToken);
            out.summary = tr("A token the server does not know.");
            break;
        case CredentialState::Malformed:
            out.authorization = "Bearer two tokens";
            out.summary = tr("Malformed: two words after Bearer, not one b64token.");
            break;
        case CredentialState::None:
            break;
        }
        return out;
    }

    switch (spec.credentials) {
    case CredentialState::Correct:
        out.summary = tr("Basic, %1 with the right password.").arg(name);
        break;
    case CredentialState::WrongPassword:
        password = kWrongPassword;
        out.summary = tr("Basic, %1 with a wrong password.").arg(name);
        break;
    case CredentialState::UnknownUser:
        name = kUnknownUserPrefix + name;
        out.summary = tr("Basic, a user the server does not know (%1).").arg(name);
        break;
    case CredentialState::Malformed:
        // user-id without a colon: base64 is fine, the user-pass is not (RFC 7617 §2).
        out.authorization = "Basic " + name.toUtf8().toBase64();
        out.summary = tr("Malformed: Basic credentials without the colon between user-id and password.");
        return out;
    case CredentialState::None:
        break;
    }
    bool lossy = false;
    out.authorization = basic::authorization(name, password, spec.encoding, &lossy);
    out.summary += QLatin1Char(' ') + (spec.encoding == basic::Encoding::Utf8 ? tr("Encoded as UTF-8 (RFC 7617 §2.1).")
                                                                              : tr("Encoded as Latin-1, as Qt and Python requests do."));
    if (lossy)
        out.warning = tr("Latin-1 cannot carry every character of \"%1\"; those characters were sent as '?'.").arg(name);
    return out;
}

} // namespace authlab
