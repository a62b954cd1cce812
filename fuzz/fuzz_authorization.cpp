// libFuzzer target: an Authorization field value (or two) decided against the protected
// resources of the default scenario, and the scheme parsers called directly.
//
// Input: 1 selector byte, then the field value.
//   bits 0-2: the resource (/staff, /admin, /vault, /api/reports, /app/…, /lan-only)
//   bit 3:    two Authorization fields: the value is split at its first '\n' (or sent twice)
//   bit 4:    Accept: application/json
//   bit 5:    HEAD instead of GET
//   bit 6:    field name in lower case
//   bit 7:    peer 10.0.0.7 instead of 127.0.0.1

#include "fuzzcommon.h"

#include "auth/basic.h"
#include "auth/bearer.h"
#include "auth/syntax.h"

#include <QHostAddress>
#include <QStringDecoder>

using namespace authlab;

namespace {

constexpr const char *kTargets[] = {"/staff", "/admin", "/vault", "/api/reports", "/app/inbox", "/lan-only"};

// The scheme and the credentials after it, read independently of authsyntax: the oracle
// for "a 200 needs the right secret".
// UTF-8 to QString keeping a leading U+FEFF: QString::fromUtf8() drops it as a byte order
// mark, and a password may start with that character.
QString fromUtf8KeepingBom(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return decoder.decode(bytes);
}

bool schemeAndRest(QByteArrayView value, QByteArrayView scheme, QByteArrayView *rest)
{
    value = http::trimOws(value);
    if (value.size() <= scheme.size() || !http::equalsIgnoreCase(value.first(scheme.size()), scheme) ||
        value[scheme.size()] != ' ')
        return false;
    value = value.sliced(scheme.size());
    while (!value.isEmpty() && value.front() == ' ')
        value = value.sliced(1);
    *rest = value;
    return true;
}

// True when `value` carries Basic credentials of a user of `s`, with that user's password.
bool basicIsCorrect(const Scenario &s, QByteArrayView value, int *user)
{
    QByteArrayView rest;
    if (!schemeAndRest(value, "Basic", &rest))
        return false;
    const auto decoded =
        QByteArray::fromBase64Encoding(rest.toByteArray(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    for (qsizetype i = 0; i < s.users.size(); ++i) {
        const User &u = s.users[i];
        const QString userPass = u.name + QLatin1Char(':') + u.password;
        // RFC 7617 §2.1: UTF-8, or ISO-8859-1 from clients that do not say (only when every
        // character has a Latin-1 byte).
        const bool latin1Ok = QString::fromLatin1(userPass.toLatin1()) == userPass;
        if (decoded.decoded == userPass.toUtf8() || (latin1Ok && decoded.decoded == userPass.toLatin1())) {
            *user = int(i);
            return true;
        }
    }
    return false;
}

// True when `value` carries a Bearer token of `s` that has not expired.
bool bearerIsCorrect(const Scenario &s, QByteArrayView value, int *user, const Token **token)
{
    QByteArrayView rest;
    if (!schemeAndRest(value, "Bearer", &rest))
        return false;
    for (qsizetype i = 0; i < s.users.size(); ++i) {
        for (const Token &t : s.users[i].tokens) {
            if (!t.expired && rest == QByteArrayView(t.value.toUtf8())) {
                *user = int(i);
                *token = &t;
                return true;
            }
        }
    }
    return false;
}

Decision decideWith(const Scenario &s, QByteArrayView target, const http::HeaderFields &fields, uint8_t sel)
{
    static const QHostAddress local(QStringLiteral("127.0.0.1"));
    static const QHostAddress lan(QStringLiteral("10.0.0.7"));
    RequestFacts facts;
    facts.method = (sel & 0x20) ? QByteArrayView("HEAD") : QByteArrayView("GET");
    facts.target = target;
    facts.headers = fields;
    facts.peer = (sel & 0x80) ? lan : local;
    return decide(s, facts);
}

http::HeaderFields fieldsFor(uint8_t sel, QByteArrayView first, const QByteArrayView *second)
{
    http::HeaderFields fields;
    const QByteArrayView name = (sel & 0x40) ? QByteArrayView("authorization") : http::header::Authorization;
    fields.append({http::header::Host, "localhost"});
    if (sel & 0x10)
        fields.append({http::header::Accept, "application/json"});
    fields.append({name, first});
    if (second)
        fields.append({name, *second});
    return fields;
}

void checkSchemeParsers(QByteArrayView value)
{
    // splitCredentials: the scheme is a token at the start, the rest a suffix of the value.
    const syntax::Credentials c = syntax::splitCredentials(value);
    (void)(fuzz::touch(c.scheme) + fuzz::touch(c.rest));
    if (c.valid) {
        FUZZ_CHECK(syntax::isToken(c.scheme));
        FUZZ_CHECK(value.contains(c.scheme));
        FUZZ_CHECK(c.rest.isEmpty() || value.endsWith(c.rest) || http::trimOws(value).endsWith(c.rest));
        FUZZ_CHECK(c.rest.isEmpty() || (c.rest.front() != ' ' && c.rest.back() != ' '));
    }
    FUZZ_CHECK(bearer::isWellFormed(c.rest) == syntax::isToken68(c.rest));

    // basic::parse: a success gives a colon-free user-id and UTF-8 without control characters,
    // and building the field from them again parses to the same credentials.
    const basic::Credentials b = basic::parse(c.rest);
    if (b.error == basic::Error::None) {
        FUZZ_CHECK(!b.userId.contains(':'));
        FUZZ_CHECK(syntax::isValidUtf8(b.userId) && syntax::isValidUtf8(b.password));
        FUZZ_CHECK(!syntax::hasControlCharacter(b.userId) && !syntax::hasControlCharacter(b.password));
        const QByteArray again = basic::authorization(fromUtf8KeepingBom(b.userId),
                                                      fromUtf8KeepingBom(b.password), basic::Encoding::Utf8);
        const syntax::Credentials c2 = syntax::splitCredentials(again);
        FUZZ_CHECK(c2.valid);
        const basic::Credentials b2 = basic::parse(c2.rest);
        FUZZ_CHECK(b2.error == basic::Error::None && !b2.latin1);
        FUZZ_CHECK(b2.userId == b.userId && b2.password == b.password);
    }

    // isValidUtf8 agrees with Qt's decoder: valid exactly when decoding loses nothing.
    const bool valid = syntax::isValidUtf8(value);
    FUZZ_CHECK(valid == (fromUtf8KeepingBom(value).toUtf8() == value));
    FUZZ_CHECK(syntax::isValidUtf8(syntax::latin1ToUtf8(value)));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t sel = data[0];
    const QByteArrayView input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const Scenario &s = fuzz::defaultScenario();
    const QByteArrayView target(kTargets[(sel & 7) % 6]);

    QByteArrayView first = input;
    QByteArrayView second;
    const bool two = (sel & 0x08) != 0;
    if (two) {
        const qsizetype nl = input.indexOf('\n');
        if (nl >= 0) {
            first = input.first(nl);
            second = input.sliced(nl + 1);
        } else {
            second = input;
        }
    }

    checkSchemeParsers(first);
    if (two)
        checkSchemeParsers(second);

    const Decision d = decideWith(s, target, fieldsFor(sel, first, two ? &second : nullptr), sel);
    fuzz::checkDecision(s, d);
    const Verdict &v = d.verdict;
    const int resource = s.resourceIndexForPath(QString::fromLatin1(target));
    FUZZ_CHECK(resource >= 0 && v.resource == resource);
    const Resource &r = s.resources[resource];

    // Two Authorization fields are never accepted (RFC 9110 §5.3: not a list).
    if (two)
        FUZZ_CHECK(v.status != 200);

    // A 200 only with the right secret: a known user with its password, or a live token;
    // unknown users and wrong passwords never get in.
    if (v.status == 200) {
        int user = -1;
        const Token *token = nullptr;
        const bool basicOk = r.accepts(AuthScheme::Basic) && basicIsCorrect(s, first, &user);
        const bool bearerOk =
            !basicOk && r.accepts(AuthScheme::Bearer) && bearerIsCorrect(s, first, &user, &token);
        FUZZ_CHECK(basicOk || bearerOk);
        FUZZ_CHECK(v.user == user);
        bool member = r.groups.isEmpty();
        for (const QString &g : r.groups)
            member = member || s.users[user].inGroup(g);
        FUZZ_CHECK(member);
        for (const QString &scope : r.scopes)
            FUZZ_CHECK(token && token->scopes.contains(scope));
        if (!r.access.isEmpty())
            FUZZ_CHECK(sel & 0x80);
    }

    // A hidden resource answers 200 or exactly like a missing one: never 400, 401 or 403,
    // and no challenge that would give it away.
    if (r.hidden) {
        FUZZ_CHECK(v.status == 200 || v.status == 404);
        if (v.status == 404)
            FUZZ_CHECK(!fuzz::hasChallenge(d.response.headers));
    }

    // Unknown user and wrong password differ only in the trace: the response is byte for byte
    // the one for a user that certainly does not exist.
    if (v.reason == Rule::UserUnknown || v.reason == Rule::PasswordWrong) {
        const QByteArray unknown =
            basic::authorization(QStringLiteral("nobody-at-all"), QStringLiteral("x"), basic::Encoding::Utf8);
        const Decision ref = decideWith(s, target, fieldsFor(sel, unknown, nullptr), sel);
        FUZZ_CHECK(ref.verdict.reason == Rule::UserUnknown);
        FUZZ_CHECK(ref.response.status == d.response.status);
        FUZZ_CHECK(ref.response.headers == d.response.headers);
        FUZZ_CHECK(ref.response.body == d.response.body);
    }
    return 0;
}
