#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

// The Digest scheme, RFC 7616, qop=auth only: parsing credentials, the hash arithmetic (with a
// step-by-step breakdown for the trace), the challenge, stateless nonces and the bounded nc
// replay guard. Pure functions and small values; no widgets, no I/O. docs/architecture.md,
// "Digest unit", says where it plugs in.
namespace authlab::digest {

// RFC 7616 §3.2 / §6.1. Wire names: SHA-256, MD5, SHA-256-sess, MD5-sess (matched case-insensitively).
enum class Algorithm : quint8 { Sha256, Md5, Sha256Sess, Md5Sess };

QByteArrayView algorithmName(Algorithm algorithm);
std::optional<Algorithm> parseAlgorithm(QByteArrayView name);
bool isSession(Algorithm algorithm);

// ---------------------------------------------------------------------------------------------
// Parsing the Authorization field (RFC 7616 §3.4, auth-param syntax of RFC 9110 §11.2)

enum class Error : quint8 {
    None,
    NotDigest,          // the scheme is not "Digest"
    BadSyntax,          // not a list of auth-params (token BWS "=" BWS ( token / quoted-string ))
    BadQuoting,         // a quoted-string that does not close, holds a control character, or runs into junk
    TooManyParameters,  // more than kMaxParameters
    DuplicateParameter, // RFC 9110 §11.2: each parameter name only once
    MissingParameter,   // a required parameter is absent
    UsernameAndUsernameStar, // RFC 7616 §3.4: both together MUST be treated as an error
    BadUsernameStar,         // username* is not an RFC 8187 ext-value in UTF-8 or ISO-8859-1
    BadNc,                   // nc is not exactly 8 hex digits, or is 00000000
    UnknownAlgorithm,        // not one of the four algorithms above
    UnsupportedQop,          // qop other than "auth" (the only one we offer)
    BadUserhash,             // userhash other than true / false
};

// The parameters a client sends; kMaxParameters bounds how many (known or not) one field may hold.
inline constexpr int kMaxParameters = 32;

// Whether an error of this kind always names the parameter (Parsed::parameter is not empty).
bool errorNamesParameter(Error error);

struct Credentials
{
    QByteArray username;       // as sent (UTF-8 bytes); decoded from username* when usernameStar
    bool usernameStar = false; // the name came as username* (RFC 8187), not username
    bool userhash = false;     // username is H(username ":" realm), RFC 7616 §3.4.4
    QByteArray realm;
    QByteArray uri;                       // compare with the request-target exactly (RFC 7616 §3.4.6)
    QByteArray response;                  // hex as sent
    Algorithm algorithm = Algorithm::Md5; // §3.3: absent means MD5
    bool algorithmGiven = false;
    QByteArray nonce;
    QByteArray cnonce;
    QByteArray opaque; // empty when absent
    bool opaqueGiven = false;
    QByteArray qop;    // "auth" (any letter case), as sent: it enters the hash as sent
    QByteArray nc;     // 8 hex digits as sent: they enter the hash as sent
    quint32 count = 0; // nc's value, at least 1

    bool operator==(const Credentials &) const = default;
};

struct Parsed
{
    Error error = Error::None;
    QByteArray parameter; // the parameter the error is about (lower case when known); may be empty
    Credentials credentials;

    bool ok() const { return error == Error::None; }
    // One sentence for a person (translatable, context "authlab::digest"); names the parameter.
    QString reason() const;
};

// The whole field value, "Digest" included (the scheme matched case-insensitively).
Parsed parseCredentials(QByteArrayView authorizationValue);
// Only the auth-param list that follows the scheme and its spaces.
Parsed parseParameters(QByteArrayView authParams);

// The Authorization value a client sends for these credentials, with the quoting RFC 7616 §3.4
// prescribes (username, realm, nonce, uri, response, cnonce, opaque quoted; algorithm, qop, nc not).
// parseCredentials(formatCredentials(c)) gives c back for every c that parsed.
QByteArray formatCredentials(const Credentials &credentials);

// ---------------------------------------------------------------------------------------------
// The arithmetic (RFC 7616 §3.4.1-§3.4.4). Hashes are lower-case hex.

QByteArray hash(Algorithm algorithm, QByteArrayView data);
// H(A1): H(username ":" realm ":" password), and for -sess H(that ":" nonce ":" cnonce).
QByteArray ha1(Algorithm algorithm, QByteArrayView username, QByteArrayView realm, QByteArrayView password,
               QByteArrayView nonce, QByteArrayView cnonce);
// H(A2) = H(method ":" uri) for qop=auth.
QByteArray ha2(Algorithm algorithm, QByteArrayView method, QByteArrayView uri);
// KD(H(A1), nonce ":" nc ":" cnonce ":" qop ":" H(A2)).
QByteArray response(Algorithm algorithm, QByteArrayView ha1, QByteArrayView nonce, QByteArrayView nc,
                    QByteArrayView cnonce, QByteArrayView qop, QByteArrayView ha2);
// rspauth of Authentication-Info (§3.5): the response with A2 = ":" uri (an empty method).
QByteArray rspauth(Algorithm algorithm, QByteArrayView ha1, QByteArrayView nonce, QByteArrayView nc,
                   QByteArrayView cnonce, QByteArrayView qop, QByteArrayView uri);
// §3.4.4: H(username ":" realm).
QByteArray userhash(Algorithm algorithm, QByteArrayView username, QByteArrayView realm);

// One hashing step for the trace: what went in (the password shown as "<password>") and what came out.
struct Step
{
    QByteArray input;
    QByteArray output;
};

// The arithmetic of one response, step by step, for the trace. H(A1) is a password equivalent
// for its realm: anything written to a log should use redacted(), which shows it as "<HA1>".
struct Breakdown
{
    Algorithm algorithm = Algorithm::Sha256;
    Step a1;        // H(username ":" realm ":" <password>)
    Step a1Session; // -sess only: H(H(A1) ":" nonce ":" cnonce); empty otherwise
    Step a2;        // H(method ":" uri)
    Step response;  // H(H(A1) ":" nonce ":" nc ":" cnonce ":" qop ":" H(A2))

    const QByteArray &ha1() const { return isSession(algorithm) ? a1Session.output : a1.output; }
    Breakdown redacted() const;
};

// Whether the credentials name this user (UTF-8): the name itself, or with userhash=true
// H(username ":" realm) under the credentials' algorithm and realm (hex in either case). curl sends
// userhash=true when the challenge offers it; requests, wget and Qt send the name.
bool namesUser(const Credentials &credentials, QByteArrayView username);

// `username` is the user's real name (not the userhash), `password` in UTF-8.
Breakdown compute(Algorithm algorithm, QByteArrayView username, QByteArrayView realm, QByteArrayView password,
                  QByteArrayView method, QByteArrayView uri, QByteArrayView nonce, QByteArrayView nc,
                  QByteArrayView cnonce, QByteArrayView qop);
Breakdown compute(const Credentials &credentials, QByteArrayView method, QByteArrayView username,
                  QByteArrayView password);

// The sent response against the computed one, in constant time (hex letters in either case).
bool responseMatches(QByteArrayView sent, QByteArrayView expected);

// ---------------------------------------------------------------------------------------------
// What the server sends

// WWW-Authenticate value (one challenge; one field line each, preferred algorithm first, §3.7):
// Digest realm="…", qop="auth", algorithm=SHA-256, nonce="…", opaque="…", charset=UTF-8, userhash=true[,
// stale=true] realm, nonce and opaque are quoted-strings (control characters dropped); algorithm and stale
// never quoted (§3.3).
QByteArray challenge(Algorithm algorithm, const QString &realm, QByteArrayView nonce, QByteArrayView opaque,
                     bool stale);

// Authentication-Info value (§3.5): rspauth="…", qop=auth, nc=…, cnonce="…"
QByteArray authenticationInfo(QByteArrayView rspauth, QByteArrayView qop, QByteArrayView nc,
                              QByteArrayView cnonce);

// ---------------------------------------------------------------------------------------------
// Stateless nonces: base64url( issued (8 bytes, big-endian seconds) || salt (8 random bytes)
//                              || HMAC-SHA256(key, issued || salt || realm || 0 || opaque) truncated to 16
//                              bytes )
// 43 characters, no padding. A 401 costs no memory; only this process can mint or check them.
// mint() and verify() are const and touch no shared state: safe from any thread.
class NonceMinter
{
public:
    static constexpr qint64 kLifetimeSeconds = 300;
    static constexpr qsizetype kKeySize = 32;
    static constexpr qsizetype kNonceLength = 43;

    enum class Freshness : quint8 {
        Fresh,   // minted here for this realm and opaque, at most kLifetimeSeconds ago
        Stale,   // minted here, but expired (or dated in the future: the clock went back)
        Invalid, // not ours: bad encoding or length, tampered, another realm / opaque, or another process
    };
    struct Verdict
    {
        Freshness freshness = Freshness::Invalid;
        qint64 issued = 0; // when it was minted (valid unless Invalid)
    };

    NonceMinter();                            // a random key from QRandomGenerator::system()
    explicit NonceMinter(QByteArrayView key); // a given key (tests)

    // `now` in seconds of one clock the caller uses throughout; steadyNow() is the one to use.
    QByteArray mint(QByteArrayView realm, QByteArrayView opaque, qint64 now) const;
    Verdict verify(QByteArrayView nonce, QByteArrayView realm, QByteArrayView opaque, qint64 now) const;
    // Fresh or Stale by age alone, for a nonce minted here at `issued` (verify() says the rest).
    static Freshness age(qint64 issued, qint64 now);

    static qint64 steadyNow(); // seconds of a monotonic clock: nonces never outlive the process anyway

private:
    QByteArray mac(QByteArrayView issuedAndSalt, QByteArrayView realm, QByteArrayView opaque) const;
    QByteArray m_key;
};

} // namespace authlab::digest
