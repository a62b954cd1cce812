#include "auth/digest.h"

#include "auth/syntax.h"
#include "http/http.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QVarLengthArray>
#include <QtEndian>

#include <chrono>

namespace authlab::digest {

// ---------------------------------------------------------------------------------------------
// Algorithms

QByteArrayView algorithmName(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::Sha256:
        return "SHA-256";
    case Algorithm::Md5:
        return "MD5";
    case Algorithm::Sha256Sess:
        return "SHA-256-sess";
    case Algorithm::Md5Sess:
        return "MD5-sess";
    }
    return "MD5";
}

std::optional<Algorithm> parseAlgorithm(QByteArrayView name)
{
    for (Algorithm a : {Algorithm::Sha256, Algorithm::Md5, Algorithm::Sha256Sess, Algorithm::Md5Sess}) {
        if (http::equalsIgnoreCase(name, algorithmName(a)))
            return a;
    }
    return std::nullopt;
}

bool isSession(Algorithm algorithm)
{
    return algorithm == Algorithm::Sha256Sess || algorithm == Algorithm::Md5Sess;
}

static QCryptographicHash::Algorithm qtAlgorithm(Algorithm algorithm)
{
    return (algorithm == Algorithm::Md5 || algorithm == Algorithm::Md5Sess) ? QCryptographicHash::Md5
                                                                            : QCryptographicHash::Sha256;
}

// ---------------------------------------------------------------------------------------------
// Parsing

namespace {

enum class Param : quint8 {
    Username,
    UsernameStar,
    Realm,
    Uri,
    Response,
    Algorithm,
    Cnonce,
    Opaque,
    Qop,
    Nc,
    Userhash,
    Nonce,
    Count
};

constexpr QByteArrayView kParamNames[] = {"username", "username*", "realm", "uri", "response", "algorithm",
                                          "cnonce",   "opaque",    "qop",   "nc",  "userhash", "nonce"};

std::optional<Param> paramFor(QByteArrayView name)
{
    for (int i = 0; i < int(Param::Count); ++i) {
        if (http::equalsIgnoreCase(name, kParamNames[i]))
            return Param(i);
    }
    return std::nullopt;
}

bool isOws(char c)
{
    return c == ' ' || c == '\t';
}

// qdtext and the octet of a quoted-pair (RFC 9110 §5.6.4): HTAB, SP, VCHAR, obs-text.
bool isQuotable(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return c == '\t' || (u >= 0x20 && u != 0x7f);
}

// attr-char of RFC 8187 §3.2.1: a token character (RFC 9110 §5.6.2) other than "*", "'" and "%".
bool isAttrChar(char c)
{
    return syntax::isTchar(c) && c != '*' && c != '\'' && c != '%';
}

// ext-value = charset "'" [ language ] "'" value-chars (RFC 8187 §3.2.1), decoded to UTF-8.
std::optional<QByteArray> decodeExtValue(QByteArrayView v)
{
    const qsizetype q1 = v.indexOf('\'');
    if (q1 < 0)
        return std::nullopt;
    const qsizetype q2 = v.sliced(q1 + 1).indexOf('\'');
    if (q2 < 0)
        return std::nullopt;
    const QByteArrayView charset = v.first(q1);
    const QByteArrayView language = v.sliced(q1 + 1, q2);
    const QByteArrayView chars = v.sliced(q1 + 1 + q2 + 1);
    const bool utf8 = http::equalsIgnoreCase(charset, "UTF-8");
    if (!utf8 && !http::equalsIgnoreCase(charset, "ISO-8859-1"))
        return std::nullopt;
    for (char c : language) {
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'))
            return std::nullopt;
    }
    QByteArray out;
    out.reserve(chars.size());
    for (qsizetype i = 0; i < chars.size(); ++i) {
        const char c = chars[i];
        if (c == '%') {
            if (i + 2 >= chars.size())
                return std::nullopt;
            const int hi = http::hexValue(chars[i + 1]);
            const int lo = http::hexValue(chars[i + 2]);
            if (hi < 0 || lo < 0)
                return std::nullopt;
            out.append(char(hi * 16 + lo));
            i += 2;
        } else if (isAttrChar(c)) {
            out.append(c);
        } else {
            return std::nullopt;
        }
    }
    if (!utf8)
        out = syntax::latin1ToUtf8(out);
    if (!syntax::isValidUtf8(out) || syntax::hasControlCharacter(out))
        return std::nullopt;
    return out;
}

Parsed failed(Error error, QByteArrayView parameter)
{
    Parsed p;
    p.error = error;
    // A name as sent is a token (printable); keep what a message shows short.
    p.parameter = parameter.first(qMin<qsizetype>(parameter.size(), 64)).toByteArray().toLower();
    return p;
}

} // namespace

bool errorNamesParameter(Error error)
{
    switch (error) {
    case Error::BadQuoting:
    case Error::DuplicateParameter:
    case Error::MissingParameter:
        return true;
    default:
        return false;
    }
}

Parsed parseCredentials(QByteArrayView value)
{
    const syntax::Credentials c = syntax::splitCredentials(value);
    if (!c.valid || !http::equalsIgnoreCase(c.scheme, "Digest"))
        return failed(Error::NotDigest, {});
    return parseParameters(c.rest);
}

Parsed parseParameters(QByteArrayView v)
{
    Parsed p;
    Credentials &cr = p.credentials;
    quint32 seen = 0; // bit per known Param
    QVarLengthArray<QByteArrayView, 8> unknown;
    int count = 0;
    qsizetype i = 0;
    const qsizetype n = v.size();
    QByteArray value;
    while (true) {
        while (i < n && (isOws(v[i]) || v[i] == ',')) // empty list elements are allowed (RFC 9110 §5.6.1)
            ++i;
        if (i >= n)
            break;
        const qsizetype nameStart = i;
        while (i < n && syntax::isTchar(v[i]))
            ++i;
        const QByteArrayView name = v.sliced(nameStart, i - nameStart);
        if (name.isEmpty())
            return failed(Error::BadSyntax, {});
        while (i < n && isOws(v[i]))
            ++i;
        if (i >= n || v[i] != '=')
            return failed(Error::BadSyntax, name);
        ++i;
        while (i < n && isOws(v[i]))
            ++i;
        value.clear();
        bool quoted = false;
        if (i < n && v[i] == '"') {
            quoted = true;
            ++i;
            bool closed = false;
            while (i < n) {
                // A run of plain characters is appended at once (a value is mostly one run).
                const qsizetype run = i;
                while (i < n && v[i] != '"' && v[i] != '\\' && isQuotable(v[i]))
                    ++i;
                value.append(v.sliced(run, i - run));
                if (i >= n)
                    break;
                const char ch = v[i];
                if (ch == '"') {
                    closed = true;
                    ++i;
                    break;
                }
                if (ch != '\\' || i + 1 >= n || !isQuotable(v[i + 1]))
                    return failed(Error::BadQuoting, name);
                value.append(v[i + 1]);
                i += 2;
            }
            if (!closed)
                return failed(Error::BadQuoting, name);
        } else {
            const qsizetype valueStart = i;
            while (i < n && syntax::isTchar(v[i]))
                ++i;
            if (i == valueStart)
                return failed(Error::BadSyntax, name);
            value = v.sliced(valueStart, i - valueStart).toByteArray();
        }
        while (i < n && isOws(v[i]))
            ++i;
        if (i < n && v[i] != ',')
            return failed(quoted ? Error::BadQuoting : Error::BadSyntax, name);

        if (++count > kMaxParameters)
            return failed(Error::TooManyParameters, {});
        const std::optional<Param> param = paramFor(name);
        if (!param) {
            // Unknown parameters are ignored, but still only once each (RFC 9110 §11.2).
            for (QByteArrayView other : unknown) {
                if (http::equalsIgnoreCase(other, name))
                    return failed(Error::DuplicateParameter, name);
            }
            unknown.append(name);
            continue;
        }
        const quint32 bit = 1u << int(*param);
        if (seen & bit)
            return failed(Error::DuplicateParameter, name);
        seen |= bit;
        switch (*param) {
        case Param::Username:
            cr.username = value;
            break;
        case Param::UsernameStar: {
            // An ext-value is never a quoted-string (RFC 8187 §3.2).
            const std::optional<QByteArray> decoded = quoted ? std::nullopt : decodeExtValue(value);
            if (!decoded)
                return failed(Error::BadUsernameStar, name);
            cr.username = *decoded;
            cr.usernameStar = true;
            break;
        }
        case Param::Realm:
            cr.realm = value;
            break;
        case Param::Uri:
            cr.uri = value;
            break;
        case Param::Response:
            cr.response = value;
            break;
        case Param::Algorithm: {
            const std::optional<Algorithm> a = parseAlgorithm(value);
            if (!a)
                return failed(Error::UnknownAlgorithm, name);
            cr.algorithm = *a;
            cr.algorithmGiven = true;
            break;
        }
        case Param::Cnonce:
            cr.cnonce = value;
            break;
        case Param::Opaque:
            cr.opaque = value;
            cr.opaqueGiven = true;
            break;
        case Param::Qop:
            if (!http::equalsIgnoreCase(value, "auth"))
                return failed(Error::UnsupportedQop, name);
            cr.qop = value;
            break;
        case Param::Nc: {
            // §3.5: "the nc value MUST be exactly 8 hexadecimal digits"; the first request is 00000001.
            quint32 nc = 0;
            bool ok = value.size() == 8;
            for (char ch : value) {
                const int h = http::hexValue(ch);
                ok = ok && h >= 0;
                nc = (nc << 4) | quint32(h & 0xf);
            }
            if (!ok || nc == 0)
                return failed(Error::BadNc, name);
            cr.nc = value;
            cr.count = nc;
            break;
        }
        case Param::Userhash:
            if (http::equalsIgnoreCase(value, "true"))
                cr.userhash = true;
            else if (!http::equalsIgnoreCase(value, "false"))
                return failed(Error::BadUserhash, name);
            break;
        case Param::Nonce:
            cr.nonce = value;
            break;
        case Param::Count:
            break;
        }
    }

    const auto has = [seen](Param param) { return (seen & (1u << int(param))) != 0; };
    if (has(Param::Username) && has(Param::UsernameStar))
        return failed(Error::UsernameAndUsernameStar, "username*");
    if (!has(Param::Username) && !has(Param::UsernameStar))
        return failed(Error::MissingParameter, "username");
    for (Param required :
         {Param::Realm, Param::Nonce, Param::Uri, Param::Response, Param::Qop, Param::Nc, Param::Cnonce}) {
        if (!has(required))
            return failed(Error::MissingParameter, kParamNames[int(required)]);
    }
    return p;
}

QString Parsed::reason() const
{
    const QString name = QString::fromLatin1(parameter);
    switch (error) {
    case Error::None:
        return QCoreApplication::translate("authlab::digest", "The Digest credentials are well-formed.");
    case Error::NotDigest:
        return QCoreApplication::translate("authlab::digest",
                                           "The Authorization field does not start with the Digest scheme.");
    case Error::BadSyntax:
        if (name.isEmpty())
            return QCoreApplication::translate(
                "authlab::digest",
                "The Digest credentials are not a comma-separated list of name=value parameters.");
        return QCoreApplication::translate(
                   "authlab::digest",
                   "The Digest parameter %1 is not written as name=value with a token or a quoted string.")
            .arg(name);
    case Error::BadQuoting:
        return QCoreApplication::translate(
                   "authlab::digest", "The quoted value of the Digest parameter %1 does not close, holds a "
                                      "control character, or is followed by something other than a comma.")
            .arg(name);
    case Error::TooManyParameters:
        return QCoreApplication::translate("authlab::digest",
                                           "The Digest credentials have more than %1 parameters.")
            .arg(kMaxParameters);
    case Error::DuplicateParameter:
        return QCoreApplication::translate(
                   "authlab::digest",
                   "The Digest parameter %1 appears more than once; each parameter may be sent only once.")
            .arg(name);
    case Error::MissingParameter:
        return QCoreApplication::translate("authlab::digest",
                                           "The Digest credentials lack the required parameter %1.")
            .arg(name);
    case Error::UsernameAndUsernameStar:
        return QCoreApplication::translate(
            "authlab::digest",
            "The Digest credentials carry both username and username*, which must be treated as an error.");
    case Error::BadUsernameStar:
        return QCoreApplication::translate(
            "authlab::digest",
            "The username* value is not an RFC 8187 extended value in UTF-8 or ISO-8859-1.");
    case Error::BadNc:
        return QCoreApplication::translate(
            "authlab::digest", "The nc value must be exactly 8 hexadecimal digits and at least 00000001.");
    case Error::UnknownAlgorithm:
        return QCoreApplication::translate(
            "authlab::digest",
            "The Digest algorithm is not one this server knows (SHA-256, MD5, SHA-256-sess, MD5-sess).");
    case Error::UnsupportedQop:
        return QCoreApplication::translate(
            "authlab::digest",
            "The qop value must be auth, the only quality of protection this server offers.");
    case Error::BadUserhash:
        return QCoreApplication::translate("authlab::digest", "The userhash value must be true or false.");
    }
    return {};
}

// ---------------------------------------------------------------------------------------------
// Formatting

namespace {

// A quoted-string of `text` without its control characters (they cannot be sent in a field).
void appendQuoted(QByteArray &out, QByteArrayView text)
{
    out.append('"');
    qsizetype run = 0; // the start of the characters not yet appended: copied in runs
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const auto u = static_cast<unsigned char>(c);
        const bool dropped = (u < 0x20 && c != '\t') || u == 0x7f;
        if (!dropped && c != '"' && c != '\\')
            continue;
        out.append(text.sliced(run, i - run));
        if (!dropped)
            out.append('\\').append(c);
        run = i + 1;
    }
    out.append(text.sliced(run)).append('"');
}

void appendExtValue(QByteArray &out, QByteArrayView utf8)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    out.append("UTF-8''");
    for (char c : utf8) {
        if (isAttrChar(c)) {
            out.append(c);
        } else {
            const auto u = static_cast<unsigned char>(c);
            out.append('%');
            out.append(kHex[u >> 4]);
            out.append(kHex[u & 0xf]);
        }
    }
}

} // namespace

QByteArray formatCredentials(const Credentials &c)
{
    QByteArray out;
    out.reserve(256 + c.username.size() + c.uri.size() + c.realm.size() + c.nonce.size() + c.opaque.size());
    out.append("Digest ");
    if (c.usernameStar) {
        out.append("username*=");
        appendExtValue(out, c.username);
    } else {
        out.append("username=");
        appendQuoted(out, c.username);
    }
    out.append(", realm=");
    appendQuoted(out, c.realm);
    out.append(", uri=");
    appendQuoted(out, c.uri);
    if (c.algorithmGiven) {
        out.append(", algorithm=");
        out.append(algorithmName(c.algorithm));
    }
    out.append(", nonce=");
    appendQuoted(out, c.nonce);
    out.append(", nc=");
    out.append(c.nc);
    out.append(", cnonce=");
    appendQuoted(out, c.cnonce);
    out.append(", qop=");
    out.append(c.qop);
    out.append(", response=");
    appendQuoted(out, c.response);
    if (c.opaqueGiven) {
        out.append(", opaque=");
        appendQuoted(out, c.opaque);
    }
    if (c.userhash)
        out.append(", userhash=true");
    return out;
}

// ---------------------------------------------------------------------------------------------
// Arithmetic

namespace {

QByteArray hashOf(Algorithm algorithm, std::initializer_list<QByteArrayView> parts)
{
    QCryptographicHash h(qtAlgorithm(algorithm));
    bool first = true;
    for (QByteArrayView part : parts) {
        if (!first)
            h.addData(QByteArrayView(":"));
        h.addData(part);
        first = false;
    }
    return h.result().toHex(); // lower case (RFC 7616 §3.2)
}

QByteArray joined(std::initializer_list<QByteArrayView> parts)
{
    QByteArray out;
    qsizetype size = 0;
    for (QByteArrayView part : parts)
        size += part.size() + 1;
    out.reserve(size);
    bool first = true;
    for (QByteArrayView part : parts) {
        if (!first)
            out.append(':');
        out.append(part);
        first = false;
    }
    return out;
}

constexpr QByteArrayView kPasswordShown = "<password>";
constexpr QByteArrayView kHa1Shown = "<HA1>";

} // namespace

QByteArray hash(Algorithm algorithm, QByteArrayView data)
{
    return hashOf(algorithm, {data});
}

QByteArray ha1(Algorithm algorithm, QByteArrayView username, QByteArrayView realm, QByteArrayView password,
               QByteArrayView nonce, QByteArrayView cnonce)
{
    const QByteArray base = hashOf(algorithm, {username, realm, password});
    if (!isSession(algorithm))
        return base;
    return hashOf(algorithm, {base, nonce, cnonce});
}

QByteArray ha2(Algorithm algorithm, QByteArrayView method, QByteArrayView uri)
{
    return hashOf(algorithm, {method, uri});
}

QByteArray response(Algorithm algorithm, QByteArrayView ha1, QByteArrayView nonce, QByteArrayView nc,
                    QByteArrayView cnonce, QByteArrayView qop, QByteArrayView ha2)
{
    return hashOf(algorithm, {ha1, nonce, nc, cnonce, qop, ha2});
}

QByteArray rspauth(Algorithm algorithm, QByteArrayView ha1, QByteArrayView nonce, QByteArrayView nc,
                   QByteArrayView cnonce, QByteArrayView qop, QByteArrayView uri)
{
    return response(algorithm, ha1, nonce, nc, cnonce, qop, ha2(algorithm, {}, uri));
}

QByteArray userhash(Algorithm algorithm, QByteArrayView username, QByteArrayView realm)
{
    return hashOf(algorithm, {username, realm});
}

bool namesUser(const Credentials &c, QByteArrayView username)
{
    if (!c.userhash)
        return c.username == username;
    return c.username.toLower() == userhash(c.algorithm, username, c.realm);
}

Breakdown compute(Algorithm algorithm, QByteArrayView username, QByteArrayView realm, QByteArrayView password,
                  QByteArrayView method, QByteArrayView uri, QByteArrayView nonce, QByteArrayView nc,
                  QByteArrayView cnonce, QByteArrayView qop)
{
    Breakdown b;
    b.algorithm = algorithm;
    b.a1.input = joined({username, realm, kPasswordShown});
    b.a1.output = hashOf(algorithm, {username, realm, password});
    if (isSession(algorithm)) {
        b.a1Session.input = joined({b.a1.output, nonce, cnonce});
        b.a1Session.output = hashOf(algorithm, {b.a1.output, nonce, cnonce});
    }
    b.a2.input = joined({method, uri});
    b.a2.output = hashOf(algorithm, {method, uri});
    b.response.input = joined({b.ha1(), nonce, nc, cnonce, qop, b.a2.output});
    b.response.output = hash(algorithm, b.response.input);
    return b;
}

Breakdown compute(const Credentials &c, QByteArrayView method, QByteArrayView username,
                  QByteArrayView password)
{
    return compute(c.algorithm, username, c.realm, password, method, c.uri, c.nonce, c.nc, c.cnonce, c.qop);
}

Breakdown Breakdown::redacted() const
{
    Breakdown r = *this;
    const QByteArray secret = ha1();
    if (isSession(algorithm)) {
        // H(A1) of the -sess form is the secret; the base hash is a password equivalent too.
        r.a1.output = kHa1Shown.toByteArray();
        r.a1Session.input.replace(a1.output, kHa1Shown.toByteArray());
        r.a1Session.output = kHa1Shown.toByteArray();
    } else {
        r.a1.output = kHa1Shown.toByteArray();
    }
    if (!secret.isEmpty())
        r.response.input.replace(secret, kHa1Shown.toByteArray());
    return r;
}

bool responseMatches(QByteArrayView sent, QByteArrayView expected)
{
    // Lower-casing what the peer sent reveals nothing about the expected value.
    return syntax::constantTimeEquals(sent.toByteArray().toLower(), expected);
}

// ---------------------------------------------------------------------------------------------
// What the server sends

QByteArray challenge(Algorithm algorithm, const QString &realm, QByteArrayView nonce, QByteArrayView opaque,
                     bool stale)
{
    QByteArray out;
    out.reserve(160 + realm.size() * 3 + nonce.size() + opaque.size());
    out.append("Digest realm=");
    appendQuoted(out, realm.toUtf8());
    out.append(", qop=\"auth\", algorithm=");
    out.append(algorithmName(algorithm));
    out.append(", nonce=");
    appendQuoted(out, nonce);
    out.append(", opaque=");
    appendQuoted(out, opaque);
    out.append(", charset=UTF-8, userhash=true");
    if (stale)
        out.append(", stale=true");
    return out;
}

QByteArray authenticationInfo(QByteArrayView rspauthHex, QByteArrayView qop, QByteArrayView nc,
                              QByteArrayView cnonce)
{
    QByteArray out;
    out.reserve(40 + rspauthHex.size() + qop.size() + nc.size() + cnonce.size());
    out.append("rspauth=");
    appendQuoted(out, rspauthHex);
    out.append(", qop=");
    out.append(qop);
    out.append(", nc=");
    out.append(nc);
    out.append(", cnonce=");
    appendQuoted(out, cnonce);
    return out;
}

// ---------------------------------------------------------------------------------------------
// Nonces

namespace {
constexpr qsizetype kIssuedSize = 8;
constexpr qsizetype kSaltSize = 8;
constexpr qsizetype kMacSize = 16;
constexpr qsizetype kRawSize = kIssuedSize + kSaltSize + kMacSize; // 32 bytes: 43 base64url characters
constexpr auto kNonceEncoding = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
} // namespace

NonceMinter::NonceMinter()
{
    m_key.resize(kKeySize);
    QRandomGenerator::system()->generate(m_key.begin(), m_key.end());
}

NonceMinter::NonceMinter(QByteArrayView key) : m_key(key.toByteArray()) {}

qint64 NonceMinter::steadyNow()
{
    using namespace std::chrono;
    return duration_cast<seconds>(steady_clock::now().time_since_epoch()).count();
}

QByteArray NonceMinter::mac(QByteArrayView issuedAndSalt, QByteArrayView realm, QByteArrayView opaque) const
{
    QMessageAuthenticationCode code(QCryptographicHash::Sha256, m_key);
    code.addData(issuedAndSalt.data(), issuedAndSalt.size()); // Qt 6.4: no QByteArrayView overload
    // The realm's length first: ("ab", "c") and ("a", "bc") must not give the same input.
    char length[8];
    qToBigEndian(quint64(realm.size()), length);
    code.addData(length, sizeof length);
    code.addData(realm.data(), realm.size());
    code.addData(opaque.data(), opaque.size());
    return code.result().first(kMacSize);
}

QByteArray NonceMinter::mint(QByteArrayView realm, QByteArrayView opaque, qint64 now) const
{
    char raw[kIssuedSize + kSaltSize];
    qToBigEndian(quint64(now), raw);
    // The salt makes every nonce unique, even two minted in the same second for the same realm.
    const quint64 salt = QRandomGenerator::global()->generate64();
    qToBigEndian(salt, raw + kIssuedSize);
    const QByteArrayView head(raw, sizeof raw);
    QByteArray bytes;
    bytes.reserve(kRawSize);
    bytes.append(head);
    bytes.append(mac(head, realm, opaque));
    return bytes.toBase64(kNonceEncoding);
}

NonceMinter::Verdict NonceMinter::verify(QByteArrayView nonce, QByteArrayView realm, QByteArrayView opaque,
                                         qint64 now) const
{
    Verdict v;
    if (nonce.size() != kNonceLength)
        return v;
    const QByteArray text = nonce.toByteArray();
    const auto decoded =
        QByteArray::fromBase64Encoding(text, kNonceEncoding | QByteArray::AbortOnBase64DecodingErrors);
    // Only the canonical spelling: two spellings of the same bytes would be two entries in the nc table.
    if (!decoded || decoded.decoded.size() != kRawSize || decoded.decoded.toBase64(kNonceEncoding) != text)
        return v;
    const QByteArrayView raw(decoded.decoded);
    const QByteArrayView head = raw.first(kIssuedSize + kSaltSize);
    if (!syntax::constantTimeEquals(raw.sliced(kIssuedSize + kSaltSize), mac(head, realm, opaque)))
        return v;
    v.issued = qint64(qFromBigEndian<quint64>(raw.data()));
    v.freshness = age(v.issued, now);
    return v;
}

NonceMinter::Freshness NonceMinter::age(qint64 issued, qint64 now)
{
    return issued <= now && now - issued <= kLifetimeSeconds ? Freshness::Fresh : Freshness::Stale;
}

} // namespace authlab::digest
