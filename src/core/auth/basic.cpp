#include "auth/basic.h"

#include "auth/secretdigest.h"
#include "auth/syntax.h"
#include "http/http.h"
#include "policy/decision.h"

namespace authlab::basic {

Credentials parse(QByteArrayView token68)
{
    Credentials c;
    if (token68.isEmpty()) {
        c.error = Error::MissingToken;
        return c;
    }
    if (!syntax::isToken68(token68)) {
        c.error = Error::NotToken68;
        return c;
    }
    // token68 also allows - . _ ~ which base64 (RFC 4648 §4) does not; the decoder rejects them.
    // fromRawData: decode straight from the request's bytes, without copying them first.
    auto decoded = QByteArray::fromBase64Encoding(QByteArray::fromRawData(token68.data(), token68.size()),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        c.error = Error::BadBase64;
        return c;
    }
    const QByteArray &userPass = decoded.decoded;
    const qsizetype colon = userPass.indexOf(':');
    if (colon < 0) {
        c.error = Error::NoColon;
        return c;
    }
    if (syntax::hasControlCharacter(userPass)) {
        c.error = Error::ControlCharacter;
        return c;
    }
    if (syntax::isValidUtf8(userPass)) {
        c.userId = userPass.first(colon);
        c.password = userPass.sliced(colon + 1);
    } else {
        c.latin1 = true;
        c.userId = syntax::latin1ToUtf8(QByteArrayView(userPass).first(colon));
        c.password = syntax::latin1ToUtf8(QByteArrayView(userPass).sliced(colon + 1));
    }
    return c;
}

QByteArray challenge(const QString &realm)
{
    return "Basic realm=" + http::quoted(realm.toUtf8()) + ", charset=\"UTF-8\"";
}

QByteArray authorization(const QString &user, const QString &password, Encoding encoding, bool *lossy)
{
    const QString userPass = user + QLatin1Char(':') + password;
    QByteArray bytes;
    bool lost = false;
    if (encoding == Encoding::Utf8) {
        bytes = userPass.toUtf8();
    } else {
        for (QChar ch : userPass)
            lost = lost || ch.unicode() > 0xff;
        bytes = userPass.toLatin1();
    }
    if (lossy)
        *lossy = lost;
    return "Basic " + bytes.toBase64();
}

} // namespace authlab::basic

namespace authlab::basic {

bool verify(const auth::SchemeContext &ctx, QByteArrayView token68, auth::SchemeGrant *grant)
{
    const Credentials c = parse(token68);
    switch (c.error) {
    case Error::None:
        break;
    case Error::MissingToken:
        ctx.fail(400, Rule::BasicMissingToken);
        return false;
    case Error::NotToken68:
        ctx.fail(400, Rule::BasicNotToken68);
        return false;
    case Error::BadBase64:
        ctx.fail(400, Rule::BasicBadBase64);
        return false;
    case Error::NoColon:
        ctx.fail(400, Rule::BasicNoColon);
        return false;
    case Error::ControlCharacter:
        ctx.fail(400, Rule::BasicControlCharacter);
        return false;
    }
    const Scenario &s = ctx.scenario;
    Verdict &v = ctx.verdict;
    // One hash lookup whatever the number of users, and one fixed-size digest comparison
    // whatever the stored password: an unknown user costs what a wrong password costs.
    const int found = s.userIndexForUtf8(c.userId);
    const bool passwordRight = secret::equal(secret::digest(c.password),
                                             found >= 0 ? s.users[found].passwordDigest : secret::dummy());
    // Both 401s (unknown user, wrong password) decode the name, so that they cost the same:
    // sharing a known user's name string saved ~370 instructions and told them apart by time.
    // Only a granted request, whose answer differs anyway, shares the string.
    v.claimedUser = found >= 0 && passwordRight ? s.users[found].name : QString::fromUtf8(c.userId);
    ctx.step(Rule::BasicWellFormed, Outcome::Pass, v.claimedUser);
    ctx.step(c.latin1 ? Rule::BasicLatin1 : Rule::BasicUtf8, Outcome::Info);
    if (found < 0) {
        ctx.unauthorized(Rule::UserUnknown, v.claimedUser);
        ctx.challengeAll();
        return false;
    }
    const User &u = s.users[found];
    ctx.step(Rule::UserKnown, Outcome::Pass, u.name);
    if (!passwordRight) {
        ctx.unauthorized(Rule::PasswordWrong, u.name);
        ctx.challengeAll();
        return false;
    }
    ctx.step(Rule::PasswordCorrect, Outcome::Pass, u.name);
    grant->user = found;
    return true;
}

QByteArray challengeValue(const Scenario &scenario, const RenderKey &key, const auth::Challenge &,
                          QByteArrayView, int)
{
    return challenge(auth::realmFor(scenario, key.target));
}

} // namespace authlab::basic
