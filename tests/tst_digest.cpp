// The Digest unit (RFC 7616): the §3.9.1 vectors, parsing and every parse error, the challenge
// text, stateless nonces and the bounded nc replay guard.

#include "auth/digest.h"
#include "auth/digestscheme.h"
#include "auth/state.h"

#include <QSet>
#include <QTest>

#include <cctype>

using namespace authlab;
using namespace authlab::digest;

namespace {

// RFC 7616 §3.9.1 (standards.md §4.1)
constexpr QByteArrayView kUser = "Mufasa";
constexpr QByteArrayView kPassword = "Circle of Life";
constexpr QByteArrayView kRealm = "http-auth@example.org";
constexpr QByteArrayView kUri = "/dir/index.html";
constexpr QByteArrayView kNonce = "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v";
constexpr QByteArrayView kCnonce = "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ";
constexpr QByteArrayView kOpaque = "FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS";

// The RFC's Authorization values, continuation lines joined with a space (RFC 7616 §2.1).
QByteArray rfcAuthorization(QByteArrayView algorithm, QByteArrayView response)
{
    return "Digest username=\"Mufasa\", realm=\"http-auth@example.org\", uri=\"/dir/index.html\", "
           "algorithm=" +
           algorithm.toByteArray() +
           ", nonce=\"7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v\", nc=00000001, "
           "cnonce=\"f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ\", qop=auth, response=\"" +
           response.toByteArray() + "\", opaque=\"FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS\"";
}

// Well-formed credentials, without the parameter `skip` when one is named.
QByteArray validWithout(QByteArrayView skip)
{
    static const std::pair<QByteArrayView, QByteArrayView> params[] = {
        {"username", "\"u\""},  {"realm", "\"r\""}, {"nonce", "\"n\""}, {"uri", "\"/x\""},
        {"response", "\"ab\""}, {"qop", "auth"},    {"nc", "00000001"}, {"cnonce", "\"c\""}};
    QByteArray out = "Digest ";
    for (const auto &[name, value] : params) {
        if (name == skip)
            continue;
        if (!out.endsWith(' '))
            out += ", ";
        out += name.toByteArray() + '=' + value.toByteArray();
    }
    return out;
}

const QByteArray kValid = validWithout({});

} // namespace

class TestDigest : public QObject
{
    Q_OBJECT
    using Outcome = digest::Outcome; // not the trace's authlab::Outcome
    using Check = digest::Check;     // nor the rules' authlab::Check

private Q_SLOTS:
    void algorithms_data();
    void algorithms();
    void rfcVectors_data();
    void rfcVectors();
    void rfcAuthorizationVerifies_data();
    void rfcAuthorizationVerifies();
    void sessionAlgorithm();
    void userhashValue();
    void breakdownHidesSecrets();
    void parseForms_data();
    void parseForms();
    void parseErrors_data();
    void parseErrors();
    void formatRoundTrip_data();
    void formatRoundTrip();
    void challengeText_data();
    void challengeText();
    void authenticationInfoText();
    void nonceFreshness();
    void nonceTampered_data();
    void nonceTampered();
    void nonceUnique();
    void checkOutcomes_data();
    void checkOutcomes();
    void grantedNonceKeepsItsBinding();
    void capturedClients_data();
    void capturedClients();
};

void TestDigest::algorithms_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<int>("algorithm");
    QTest::newRow("SHA-256") << QByteArray("SHA-256") << int(Algorithm::Sha256);
    QTest::newRow("sha-256") << QByteArray("sha-256") << int(Algorithm::Sha256);
    QTest::newRow("MD5") << QByteArray("MD5") << int(Algorithm::Md5);
    QTest::newRow("md5") << QByteArray("md5") << int(Algorithm::Md5);
    QTest::newRow("SHA-256-sess") << QByteArray("SHA-256-sess") << int(Algorithm::Sha256Sess);
    QTest::newRow("MD5-SESS") << QByteArray("MD5-SESS") << int(Algorithm::Md5Sess);
    QTest::newRow("SHA-512-256 unknown") << QByteArray("SHA-512-256") << -1;
    QTest::newRow("SHA unknown") << QByteArray("SHA") << -1;
    QTest::newRow("empty") << QByteArray() << -1;
}

void TestDigest::algorithms()
{
    QFETCH(QByteArray, wire);
    QFETCH(int, algorithm);
    const std::optional<Algorithm> a = parseAlgorithm(wire);
    QCOMPARE(a.has_value(), algorithm >= 0);
    if (a) {
        QCOMPARE(int(*a), algorithm);
        QVERIFY(algorithmName(*a).compare(wire, Qt::CaseInsensitive) == 0);
        QCOMPARE(isSession(*a), wire.toLower().endsWith("-sess"));
    }
}

void TestDigest::rfcVectors_data()
{
    QTest::addColumn<int>("algorithm");
    QTest::addColumn<QByteArray>("ha1");
    QTest::addColumn<QByteArray>("ha2");
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<QByteArray>("rspauth");
    QTest::newRow("MD5") << int(Algorithm::Md5) << QByteArray("3d78807defe7de2157e2b0b6573a855f")
                         << QByteArray("39aff3a2bab6126f332b942af96d3366")
                         << QByteArray("8ca523f5e9506fed4657c9700eebdbec")
                         << QByteArray("9b712497bc9f91499fbcca1dfc5f09a5");
    QTest::newRow("SHA-256") << int(Algorithm::Sha256)
                             << QByteArray("7987c64c30e25f1b74be53f966b49b90f2808aa92faf9a00262392d7b4794232")
                             << QByteArray("9a3fdae9a622fe8de177c24fa9c070f2b181ec85e15dcbdc32e10c82ad450b04")
                             << QByteArray("753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1")
                             << QByteArray(
                                    "86d3b25618d41854ca5039a5d7e53ff6355d5134a9b1fb088a78ac3c462195a0");
}

void TestDigest::rfcVectors()
{
    QFETCH(int, algorithm);
    QFETCH(QByteArray, ha1);
    QFETCH(QByteArray, ha2);
    QFETCH(QByteArray, response);
    QFETCH(QByteArray, rspauth);
    const auto a = Algorithm(algorithm);
    QCOMPARE(digest::ha1(a, kUser, kRealm, kPassword, kNonce, kCnonce), ha1);
    QCOMPARE(digest::ha2(a, "GET", kUri), ha2);
    QCOMPARE(digest::response(a, ha1, kNonce, "00000001", kCnonce, "auth", ha2), response);
    QCOMPARE(digest::rspauth(a, ha1, kNonce, "00000001", kCnonce, "auth", kUri), rspauth);

    const Breakdown b =
        compute(a, kUser, kRealm, kPassword, "GET", kUri, kNonce, "00000001", kCnonce, "auth");
    QCOMPARE(b.a1.input, QByteArray("Mufasa:http-auth@example.org:<password>"));
    QCOMPARE(b.a1.output, ha1);
    QCOMPARE(b.ha1(), ha1);
    QVERIFY(b.a1Session.input.isEmpty());
    QCOMPARE(b.a2.input, QByteArray("GET:/dir/index.html"));
    QCOMPARE(b.a2.output, ha2);
    QCOMPARE(b.response.input,
             ha1 + ':' + kNonce.toByteArray() + ":00000001:" + kCnonce.toByteArray() + ":auth:" + ha2);
    QCOMPARE(b.response.output, response);
    QVERIFY(responseMatches(response, b.response.output));
    QVERIFY(responseMatches(response.toUpper(), b.response.output));

    // Erratum 4495: "Circle Of Life" (RFC 2617's spelling) is another password.
    const Breakdown wrong =
        compute(a, kUser, kRealm, "Circle Of Life", "GET", kUri, kNonce, "00000001", kCnonce, "auth");
    QVERIFY(!responseMatches(response, wrong.response.output));
    QVERIFY(!responseMatches(response.chopped(1), b.response.output));
    QVERIFY(!responseMatches({}, b.response.output));
}

void TestDigest::rfcAuthorizationVerifies_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<int>("algorithm");
    QTest::newRow("MD5") << rfcAuthorization("MD5", "8ca523f5e9506fed4657c9700eebdbec")
                         << int(Algorithm::Md5);
    QTest::newRow("SHA-256") << rfcAuthorization(
                                    "SHA-256",
                                    "753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1")
                             << int(Algorithm::Sha256);
}

void TestDigest::rfcAuthorizationVerifies()
{
    QFETCH(QByteArray, field);
    QFETCH(int, algorithm);
    const Parsed p = parseCredentials(field);
    QVERIFY2(p.ok(), qPrintable(p.reason()));
    const Credentials &c = p.credentials;
    QCOMPARE(c.username, kUser.toByteArray());
    QCOMPARE(c.realm, kRealm.toByteArray());
    QCOMPARE(c.uri, kUri.toByteArray());
    QCOMPARE(int(c.algorithm), algorithm);
    QVERIFY(c.algorithmGiven);
    QCOMPARE(c.nonce, kNonce.toByteArray());
    QCOMPARE(c.cnonce, kCnonce.toByteArray());
    QCOMPARE(c.opaque, kOpaque.toByteArray());
    QCOMPARE(c.nc, QByteArray("00000001"));
    QCOMPARE(c.count, 1u);
    QCOMPARE(c.qop, QByteArray("auth"));
    QVERIFY(!c.userhash && !c.usernameStar);
    QVERIFY(responseMatches(c.response, compute(c, "GET", kUser, kPassword).response.output));
    QVERIFY(!responseMatches(c.response, compute(c, "GET", kUser, "Circle Of Life").response.output));
    QVERIFY(!responseMatches(c.response, compute(c, "POST", kUser, kPassword).response.output));
}

void TestDigest::sessionAlgorithm()
{
    // -sess: H(A1) = H(H(user:realm:password) ":" nonce ":" cnonce) (§3.4.2).
    const QByteArray base = hash(Algorithm::Sha256, "Mufasa:http-auth@example.org:Circle of Life");
    const QByteArray expected =
        hash(Algorithm::Sha256, QByteArray(base + ':' + kNonce.toByteArray() + ':' + kCnonce.toByteArray()));
    QCOMPARE(ha1(Algorithm::Sha256Sess, kUser, kRealm, kPassword, kNonce, kCnonce), expected);
    QVERIFY(expected != base);
    const Breakdown b = compute(Algorithm::Sha256Sess, kUser, kRealm, kPassword, "GET", kUri, kNonce,
                                "00000001", kCnonce, "auth");
    QCOMPARE(b.a1.output, base);
    QCOMPARE(b.ha1(), expected);
    QCOMPARE(b.a1Session.input, base + ':' + kNonce.toByteArray() + ':' + kCnonce.toByteArray());
    QCOMPARE(b.response.output, response(Algorithm::Sha256Sess, expected, kNonce, "00000001", kCnonce, "auth",
                                         ha2(Algorithm::Sha256Sess, "GET", kUri)));
    QCOMPARE(ha1(Algorithm::Md5Sess, kUser, kRealm, kPassword, kNonce, kCnonce).size(), 32);
}

void TestDigest::userhashValue()
{
    // §3.4.4 userhash = H(username ":" realm), with the user name of RFC 7616 §3.9.2; value computed
    // with Python hashlib (the RFC prints only the SHA-512-256 one).
    QCOMPARE(userhash(Algorithm::Sha256, "J\xc3\xa4s\xc3\xb8n Doe", "api@example.org"),
             QByteArray("5a1a8a47df5c298551b9b42ba9b05835174a5bd7d511ff7fe9191d8e946fc4e7"));
    QCOMPARE(userhash(Algorithm::Md5, kUser, kRealm), hash(Algorithm::Md5, "Mufasa:http-auth@example.org"));

    Credentials c;
    c.realm = kRealm.toByteArray();
    c.algorithm = Algorithm::Sha256;
    c.username = userhash(Algorithm::Sha256, kUser, kRealm).toUpper(); // hex in either case
    QVERIFY(!namesUser(c, kUser));                                     // without userhash=true it is a name
    c.userhash = true;
    QVERIFY(namesUser(c, kUser));
    QVERIFY(!namesUser(c, "mufasa"));
    c.algorithm = Algorithm::Md5; // the hash follows the credentials' algorithm
    QVERIFY(!namesUser(c, kUser));
}

void TestDigest::breakdownHidesSecrets()
{
    for (Algorithm a : {Algorithm::Sha256, Algorithm::Md5, Algorithm::Sha256Sess, Algorithm::Md5Sess}) {
        const Breakdown b =
            compute(a, kUser, kRealm, kPassword, "GET", kUri, kNonce, "00000001", kCnonce, "auth");
        const Breakdown r = b.redacted();
        for (const Breakdown *x : {&b, &r}) {
            for (const Step *s : {&x->a1, &x->a1Session, &x->a2, &x->response})
                QVERIFY(!s->input.contains(kPassword.toByteArray()) &&
                        !s->output.contains(kPassword.toByteArray()));
        }
        // In the redacted form no password equivalent remains: neither H(A1) nor the base hash.
        for (const Step *s : {&r.a1, &r.a1Session, &r.a2, &r.response}) {
            QVERIFY(!s->input.contains(b.a1.output) && !s->output.contains(b.a1.output));
            QVERIFY(!s->input.contains(b.ha1()) && !s->output.contains(b.ha1()));
        }
        QVERIFY(r.response.input.startsWith("<HA1>:"));
        QCOMPARE(r.response.output, b.response.output);
        QCOMPARE(r.a2.output, b.a2.output);
    }
}

void TestDigest::parseForms_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QByteArray>("username");
    QTest::addColumn<bool>("star");
    QTest::addColumn<bool>("userhash");
    QTest::addColumn<int>("algorithm");
    QTest::addColumn<QByteArray>("realm");

    QTest::newRow("minimal, algorithm absent = MD5")
        << kValid << QByteArray("u") << false << false << int(Algorithm::Md5) << QByteArray("r");
    // Python requests quotes algorithm and qop (standards.md §3.2): RFC 9110 §11.2 says accept both.
    QTest::newRow("requests' quoting")
        << QByteArray("Digest username=\"u\", realm=\"r\", nonce=\"n\", uri=\"/x\", response=\"ab\", "
                      "algorithm=\"SHA-256\", qop=\"auth\", nc=00000001, cnonce=\"c\"")
        << QByteArray("u") << false << false << int(Algorithm::Sha256) << QByteArray("r");
    QTest::newRow("scheme and names in other case, BWS, empty elements, tabs")
        << QByteArray("dIgEsT  USERNAME = u ,, Realm\t=\t\"r\",nonce=\"n\" , URI=\"/x\",response=ab,QOP=AUTH,"
                      "NC=0000000A,cnonce=c , ")
        << QByteArray("u") << false << false << int(Algorithm::Md5) << QByteArray("r");
    QTest::newRow("quoted-pair and comma inside quotes")
        << QByteArray(
               "Digest username=\"a\\\"b\\\\c, d\", realm=\"r\", nonce=\"n\", uri=\"/x\", response=\"ab\", "
               "qop=auth, nc=00000001, cnonce=\"c\"")
        << QByteArray("a\"b\\c, d") << false << false << int(Algorithm::Md5) << QByteArray("r");
    QTest::newRow("UTF-8 in the quoted username")
        << QByteArray("Digest username=\"J\xc3\xa4s\xc3\xb8n\", realm=\"r\", nonce=\"n\", uri=\"/x\", "
                      "response=\"ab\", "
                      "qop=auth, nc=00000001, cnonce=\"c\"")
        << QByteArray("J\xc3\xa4s\xc3\xb8n") << false << false << int(Algorithm::Md5) << QByteArray("r");
    QTest::newRow("username* (RFC 7616 §3.9.2)")
        << QByteArray(
               "Digest username*=UTF-8''J%C3%A4s%C3%B8n%20Doe, realm=\"api@example.org\", nonce=\"n\", "
               "uri=\"/x\", response=\"ab\", qop=auth, nc=00000001, cnonce=\"c\", algorithm=SHA-256-sess")
        << QByteArray("J\xc3\xa4s\xc3\xb8n Doe") << true << false << int(Algorithm::Sha256Sess)
        << QByteArray("api@example.org");
    QTest::newRow("username* ISO-8859-1 with language")
        << QByteArray("Digest username*=iso-8859-1'de'J%E4s%F8n, realm=\"r\", nonce=\"n\", uri=\"/x\", "
                      "response=\"ab\", qop=auth, nc=00000001, cnonce=\"c\"")
        << QByteArray("J\xc3\xa4s\xc3\xb8n") << true << false << int(Algorithm::Md5) << QByteArray("r");
    QTest::newRow("userhash=true, unknown parameter ignored")
        << QByteArray("Digest username=\"488869\", realm=\"r\", nonce=\"n\", uri=\"/x\", response=\"ab\", "
                      "qop=auth, nc=00000001, cnonce=\"c\", userhash=TRUE, x-extension=\"1\"")
        << QByteArray("488869") << false << true << int(Algorithm::Md5) << QByteArray("r");
    QTest::newRow("empty realm") << QByteArray("Digest username=\"\", realm=\"\", nonce=\"n\", uri=\"/x\", "
                                               "response=\"\", qop=auth, nc=ffffffff, cnonce=\"\"")
                                 << QByteArray() << false << false << int(Algorithm::Md5) << QByteArray();
}

void TestDigest::parseForms()
{
    QFETCH(QByteArray, field);
    QFETCH(QByteArray, username);
    QFETCH(bool, star);
    QFETCH(bool, userhash);
    QFETCH(int, algorithm);
    QFETCH(QByteArray, realm);
    const Parsed p = parseCredentials(field);
    QVERIFY2(p.ok(), qPrintable(p.reason()));
    QCOMPARE(p.credentials.username, username);
    QCOMPARE(p.credentials.usernameStar, star);
    QCOMPARE(p.credentials.userhash, userhash);
    QCOMPARE(int(p.credentials.algorithm), algorithm);
    QCOMPARE(p.credentials.realm, realm);
    QVERIFY(p.credentials.count >= 1);
}

void TestDigest::parseErrors_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<int>("error");
    QTest::addColumn<QByteArray>("parameter");

    const auto without = [](QByteArrayView param) { return validWithout(param); };
    QTest::newRow("Basic scheme") << QByteArray("Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==") << int(Error::NotDigest)
                                  << QByteArray();
    QTest::newRow("scheme only") << QByteArray("Digest") << int(Error::MissingParameter)
                                 << QByteArray("username");
    QTest::newRow("token68") << QByteArray("Digest abc==") << int(Error::BadSyntax) << QByteArray("abc");
    QTest::newRow("no value") << QByteArray("Digest username=, realm=\"r\"") << int(Error::BadSyntax)
                              << QByteArray("username");
    QTest::newRow("two tokens") << QByteArray("Digest username=a b") << int(Error::BadSyntax)
                                << QByteArray("username");
    QTest::newRow("slash unquoted") << QByteArray("Digest uri=/x") << int(Error::BadSyntax)
                                    << QByteArray("uri");
    QTest::newRow("not a token") << QByteArray("Digest , @=1") << int(Error::BadSyntax) << QByteArray();
    QTest::newRow("quote never closes") << QByteArray("Digest username=\"Mufasa, realm=\"r\"x")
                                        << int(Error::BadQuoting) << QByteArray("username");
    QTest::newRow("unterminated") << QByteArray("Digest realm=\"abc") << int(Error::BadQuoting)
                                  << QByteArray("realm");
    QTest::newRow("backslash at end")
        << QByteArray("Digest realm=\"abc\\") << int(Error::BadQuoting) << QByteArray("realm");
    QTest::newRow("junk after quote")
        << QByteArray("Digest realm=\"a\"b, nonce=\"n\"") << int(Error::BadQuoting) << QByteArray("realm");
    QTest::newRow("control character")
        << QByteArray("Digest realm=\"a\x01\"") << int(Error::BadQuoting) << QByteArray("realm");
    QTest::newRow("DEL in quoted-pair")
        << QByteArray("Digest realm=\"a\\\x7f\"") << int(Error::BadQuoting) << QByteArray("realm");
    QByteArray many = "Digest ";
    for (int i = 0; i <= kMaxParameters; ++i)
        many += "x" + QByteArray::number(i) + "=1, ";
    QTest::newRow("too many") << many << int(Error::TooManyParameters) << QByteArray();
    QTest::newRow("duplicate nonce") << kValid + ", nonce=\"n\"" << int(Error::DuplicateParameter)
                                     << QByteArray("nonce");
    QTest::newRow("duplicate, other case")
        << kValid + ", Realm=r" << int(Error::DuplicateParameter) << QByteArray("realm");
    QTest::newRow("duplicate unknown")
        << kValid + ", foo=1, FOO=2" << int(Error::DuplicateParameter) << QByteArray("foo");
    QTest::newRow("username and username*")
        << kValid + ", username*=UTF-8''u" << int(Error::UsernameAndUsernameStar) << QByteArray("username*");
    QTest::newRow("username* quoted") << without("username") + ", username*=\"UTF-8''u\""
                                      << int(Error::BadUsernameStar) << QByteArray("username*");
    QTest::newRow("username* charset") << without("username") + ", username*=KOI8-R''u"
                                       << int(Error::BadUsernameStar) << QByteArray("username*");
    QTest::newRow("username* bad pct") << without("username") + ", username*=UTF-8''a%4"
                                       << int(Error::BadUsernameStar) << QByteArray("username*");
    QTest::newRow("username* bad UTF-8") << without("username") + ", username*=UTF-8''%C3"
                                         << int(Error::BadUsernameStar) << QByteArray("username*");
    QTest::newRow("username* control") << without("username") + ", username*=UTF-8''a%0Ab"
                                       << int(Error::BadUsernameStar) << QByteArray("username*");
    for (const char *nc : {"0000001", "000000001", "0000000g", "00000000", "+0000001"}) {
        QByteArray f = kValid;
        f.replace("nc=00000001", QByteArray("nc=" + QByteArray(nc)));
        QTest::addRow("nc=%s", nc) << f << int(Error::BadNc) << QByteArray("nc");
    }
    QTest::newRow("algorithm SHA-512-256")
        << kValid + ", algorithm=SHA-512-256" << int(Error::UnknownAlgorithm) << QByteArray("algorithm");
    QTest::newRow("qop auth-int") << QByteArray(kValid).replace("qop=auth", "qop=auth-int")
                                  << int(Error::UnsupportedQop) << QByteArray("qop");
    QTest::newRow("qop list") << QByteArray(kValid).replace("qop=auth", "qop=\"auth,auth-int\"")
                              << int(Error::UnsupportedQop) << QByteArray("qop");
    QTest::newRow("userhash yes") << kValid + ", userhash=yes" << int(Error::BadUserhash)
                                  << QByteArray("userhash");
    for (const char *param : {"username", "realm", "nonce", "uri", "response", "qop", "nc", "cnonce"})
        QTest::addRow("missing %s", param)
            << without(param) << int(Error::MissingParameter) << QByteArray(param);
    QTest::newRow("missing all") << QByteArray("Digest ") << int(Error::MissingParameter)
                                 << QByteArray("username");
    QTest::newRow("Digestive") << QByteArray("Digestive username=\"u\"") << int(Error::NotDigest)
                               << QByteArray();
    QTest::newRow("missing: empty list")
        << QByteArray("Digest ,") << int(Error::MissingParameter) << QByteArray("username");
}

void TestDigest::parseErrors()
{
    QFETCH(QByteArray, field);
    QFETCH(int, error);
    QFETCH(QByteArray, parameter);
    const Parsed p = parseCredentials(field);
    QCOMPARE(int(p.error), error);
    QCOMPARE(p.parameter, parameter);
    QVERIFY(!p.ok());
    const QString reason = p.reason();
    QVERIFY(!reason.isEmpty());
    if (errorNamesParameter(p.error)) {
        QVERIFY(!parameter.isEmpty());
        QVERIFY2(reason.contains(QString::fromLatin1(parameter)), qPrintable(reason));
    }
    // The same defect after the scheme alone.
    if (p.error != Error::NotDigest && field.indexOf(' ') > 0)
        QCOMPARE(int(parseParameters(field.sliced(field.indexOf(' ') + 1)).error), error);
}

void TestDigest::formatRoundTrip_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::newRow("RFC MD5") << rfcAuthorization("MD5", "8ca523f5e9506fed4657c9700eebdbec");
    QTest::newRow("minimal") << kValid;
    QTest::newRow("username*") << QByteArray(
        "Digest username*=UTF-8''J%C3%A4s%C3%B8n%20Doe, realm=\"a\\\"b\", "
        "nonce=\"n\", uri=\"/x?y=\\\\\", response=\"ab\", qop=AUTH, "
        "nc=0000000F, cnonce=\"c\", userhash=false, algorithm=md5-sess");
    QTest::newRow("userhash") << kValid + ", userhash=true, opaque=\"\"";
}

void TestDigest::formatRoundTrip()
{
    QFETCH(QByteArray, field);
    const Parsed p = parseCredentials(field);
    QVERIFY2(p.ok(), qPrintable(p.reason()));
    const QByteArray formatted = formatCredentials(p.credentials);
    const Parsed again = parseCredentials(formatted);
    QVERIFY2(again.ok(), formatted.constData());
    QCOMPARE(again.credentials, p.credentials);
    QCOMPARE(formatCredentials(again.credentials), formatted);
    // RFC 7616 §3.4 quoting: algorithm, qop and nc never quoted.
    QVERIFY(!formatted.contains("algorithm=\"") && !formatted.contains("qop=\"") &&
            !formatted.contains("nc=\""));
}

void TestDigest::challengeText_data()
{
    QTest::addColumn<int>("algorithm");
    QTest::addColumn<QString>("realm");
    QTest::addColumn<bool>("stale");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("SHA-256") << int(Algorithm::Sha256) << QStringLiteral("AuthLab") << false
                             << QByteArray(
                                    "Digest realm=\"AuthLab\", qop=\"auth\", algorithm=SHA-256, nonce=\"N\", "
                                    "opaque=\"O\", charset=UTF-8, userhash=true");
    QTest::newRow("MD5 stale") << int(Algorithm::Md5) << QStringLiteral("AuthLab") << true
                               << QByteArray(
                                      "Digest realm=\"AuthLab\", qop=\"auth\", algorithm=MD5, nonce=\"N\", "
                                      "opaque=\"O\", charset=UTF-8, userhash=true, stale=true");
    QTest::newRow("realm escaped, CR LF dropped")
        << int(Algorithm::Sha256) << QStringLiteral("a\"b\\c\r\nX-Evil: 1") << false
        << QByteArray("Digest realm=\"a\\\"b\\\\cX-Evil: 1\", qop=\"auth\", algorithm=SHA-256, nonce=\"N\", "
                      "opaque=\"O\", charset=UTF-8, userhash=true");
}

void TestDigest::challengeText()
{
    QFETCH(int, algorithm);
    QFETCH(QString, realm);
    QFETCH(bool, stale);
    QFETCH(QByteArray, expected);
    QCOMPARE(challenge(Algorithm(algorithm), realm, "N", "O", stale), expected);
}

void TestDigest::authenticationInfoText()
{
    const QByteArray rsp = rspauth(Algorithm::Md5, "3d78807defe7de2157e2b0b6573a855f", kNonce, "00000001",
                                   kCnonce, "auth", kUri);
    QCOMPARE(authenticationInfo(rsp, "auth", "00000001", kCnonce),
             "rspauth=\"9b712497bc9f91499fbcca1dfc5f09a5\", qop=auth, nc=00000001, cnonce=\"" +
                 kCnonce.toByteArray() + '"');
}

void TestDigest::nonceFreshness()
{
    const NonceMinter minter;
    const qint64 t = 1'000'000;
    const QByteArray nonce = minter.mint("AuthLab", "op", t);
    QCOMPARE(nonce.size(), NonceMinter::kNonceLength);
    for (char c : nonce)
        QVERIFY(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_');

    using F = NonceMinter::Freshness;
    QCOMPARE(minter.verify(nonce, "AuthLab", "op", t).freshness, F::Fresh);
    QCOMPARE(minter.verify(nonce, "AuthLab", "op", t).issued, t);
    QCOMPARE(minter.verify(nonce, "AuthLab", "op", t + NonceMinter::kLifetimeSeconds).freshness, F::Fresh);
    const NonceMinter::Verdict late =
        minter.verify(nonce, "AuthLab", "op", t + NonceMinter::kLifetimeSeconds + 1);
    QCOMPARE(late.freshness, F::Stale);
    QCOMPARE(late.issued, t);
    QCOMPARE(minter.verify(nonce, "AuthLab", "op", t - 1).freshness, F::Stale); // the clock went back
    // Bound to realm and opaque, and to this key.
    QCOMPARE(minter.verify(nonce, "authlab", "op", t).freshness, F::Invalid);
    QCOMPARE(minter.verify(nonce, "AuthLab", "", t).freshness, F::Invalid);
    QCOMPARE(minter.verify(nonce, "AuthLa", "bop", t).freshness, F::Invalid);
    QCOMPARE(NonceMinter().verify(nonce, "AuthLab", "op", t).freshness, F::Invalid);
    const QByteArray key(NonceMinter::kKeySize, 'k');
    QCOMPARE(NonceMinter(key).verify(NonceMinter(key).mint("r", "", t), "r", "", t).freshness, F::Fresh);
    QVERIFY(NonceMinter::steadyNow() <= NonceMinter::steadyNow());
}

void TestDigest::nonceTampered_data()
{
    QTest::addColumn<int>("position");
    for (int i = 0; i < NonceMinter::kNonceLength; i += 6)
        QTest::addRow("char %d", i) << i;
    QTest::addRow("last char") << int(NonceMinter::kNonceLength - 1);
}

void TestDigest::nonceTampered()
{
    QFETCH(int, position);
    const NonceMinter minter;
    const QByteArray nonce = minter.mint("AuthLab", "", 50);
    QByteArray bad = nonce;
    bad[position] = bad[position] == 'A' ? 'B' : 'A';
    QCOMPARE(minter.verify(bad, "AuthLab", "", 50).freshness, NonceMinter::Freshness::Invalid);
    // Other spellings of the same bytes, and wrong lengths, are not ours either.
    QCOMPARE(minter.verify(QByteArray(nonce + '='), "AuthLab", "", 50).freshness,
             NonceMinter::Freshness::Invalid);
    QCOMPARE(minter.verify(nonce.chopped(1), "AuthLab", "", 50).freshness, NonceMinter::Freshness::Invalid);
    const QByteArray padded = QByteArray::fromBase64(nonce, QByteArray::Base64UrlEncoding).toBase64();
    QCOMPARE(minter.verify(padded, "AuthLab", "", 50).freshness, NonceMinter::Freshness::Invalid);
    // The last character carries 2 unused bits: setting one spells the same bytes differently.
    static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    const qsizetype last = QByteArrayView(kAlphabet).indexOf(nonce.back());
    QVERIFY(last >= 0 && last % 4 == 0);
    QByteArray respelled = nonce;
    respelled.back() = kAlphabet[last + 1];
    QCOMPARE(QByteArray::fromBase64(respelled, QByteArray::Base64UrlEncoding),
             QByteArray::fromBase64(nonce, QByteArray::Base64UrlEncoding));
    QCOMPARE(minter.verify(respelled, "AuthLab", "", 50).freshness, NonceMinter::Freshness::Invalid);
    QCOMPARE(minter.verify(QByteArray(NonceMinter::kNonceLength, '*'), "AuthLab", "", 50).freshness,
             NonceMinter::Freshness::Invalid);
    QCOMPARE(minter.verify(nonce, "AuthLab", "", 50).freshness, NonceMinter::Freshness::Fresh);
}

void TestDigest::nonceUnique()
{
    const NonceMinter minter;
    QSet<QByteArray> seen;
    for (int i = 0; i < 1000; ++i)
        seen.insert(minter.mint("AuthLab", "op", 7)); // the same second, realm and opaque
    QCOMPARE(seen.size(), 1000);
}

void TestDigest::checkOutcomes_data()
{
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("realm");
    QTest::addColumn<int>("mintedAgo");
    QTest::addColumn<bool>("tamper");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<bool>("stale");
    const QByteArray p = kPassword.toByteArray();
    const QByteArray t = kUri.toByteArray();
    const QByteArray r = kRealm.toByteArray();
    QTest::newRow("authenticated") << p << t << r << 0 << false << int(Outcome::Authenticated) << false;
    QTest::newRow("wrong password") << QByteArray("Circle Of Life") << t << r << 0 << false
                                    << int(Outcome::WrongResponse) << false;
    QTest::newRow("wrong password, stale nonce: no stale")
        << QByteArray("x") << t << r << 1000 << false << int(Outcome::WrongResponse) << false;
    QTest::newRow("uri mismatch") << p << QByteArray("/dir/other.html") << r << 0 << false
                                  << int(Outcome::UriMismatch) << false;
    QTest::newRow("realm mismatch") << p << t << QByteArray("other") << 0 << false
                                    << int(Outcome::RealmMismatch) << false;
    QTest::newRow("stale nonce") << p << t << r << int(NonceMinter::kLifetimeSeconds + 1) << false
                                 << int(Outcome::StaleNonce) << true;
    QTest::newRow("tampered nonce, right digest")
        << p << t << r << 0 << true << int(Outcome::ForeignNonce) << true;
    QTest::newRow("replay: nc 1 already granted")
        << p << t << r << 0 << false << int(Outcome::Replay) << true;
    QTest::newRow("forgotten: the table evicted a newer nonce")
        << p << t << r << 0 << false << int(Outcome::ForgottenNonce) << true;
}

void TestDigest::checkOutcomes()
{
    QFETCH(QByteArray, password);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, realm);
    QFETCH(int, mintedAgo);
    QFETCH(bool, tamper);
    QFETCH(int, outcome);
    QFETCH(bool, stale);

    const NonceMinter minter;
    AuthState state; // the server's nc table, changed only by what a check asks for
    const AuthStateView counts(&state);
    const qint64 now = 5000;
    QByteArray nonce = minter.mint(kRealm, kOpaque, now - mintedAgo);
    if (tamper)
        nonce[5] = nonce[5] == 'x' ? 'y' : 'x';
    // What a client that knows `password` sends for GET /dir/index.html.
    Credentials c;
    c.username = kUser.toByteArray();
    c.realm = kRealm.toByteArray();
    c.uri = kUri.toByteArray();
    c.algorithm = Algorithm::Sha256;
    c.algorithmGiven = true;
    c.nonce = nonce;
    c.cnonce = kCnonce.toByteArray();
    c.opaque = kOpaque.toByteArray();
    c.opaqueGiven = true;
    c.qop = "auth";
    c.nc = "00000001";
    c.count = 1;
    c.response = compute(c, "GET", kUser, password).response.output;
    const Parsed parsed = parseCredentials(formatCredentials(c));
    QVERIFY(parsed.ok());

    using K = StateChange::Kind;
    if (outcome == int(Outcome::Replay))
        state.apply({{K::Raise, StateTable::Nonces, nonce, {{}, 1, now}}});
    if (outcome == int(Outcome::ForgottenNonce)) { // fill the table with nonces minted later
        for (int i = 0; i <= AuthState::capacity(StateTable::Nonces); ++i)
            state.apply({{K::Raise, StateTable::Nonces, "later" + QByteArray::number(i), {{}, 1, now + 1}}});
    }
    const qsizetype before = state.size(StateTable::Nonces);

    const Check result =
        check(parsed.credentials, "GET", target, realm, kUser, kPassword, minter, counts, now);
    QCOMPARE(int(result.outcome), outcome);
    QCOMPARE(staleFor(result.outcome), stale);
    QCOMPARE(state.size(StateTable::Nonces), before); // a check only reads the table
    if (result.outcome == Outcome::Replay)
        QCOMPARE(result.highest, quint64(1));
    if (result.outcome == Outcome::Authenticated) {
        QVERIFY(state.apply({nonceCountChange(parsed.credentials, result)}));
        QCOMPARE(state.find(StateTable::Nonces, nonce)->count, quint64(1));
        // The same request again is a replay (standards.md §4.1 negative vectors), and stale=true.
        const Check again =
            check(parsed.credentials, "GET", target, realm, kUser, kPassword, minter, counts, now);
        QCOMPARE(again.outcome, Outcome::Replay);
        QVERIFY(staleFor(again.outcome));
        // A thread that judged nc 1 before the change was applied cannot have it too.
        QVERIFY(!state.apply({nonceCountChange(parsed.credentials, result)}));
        c.nc = "00000002";
        c.count = 2;
        c.response = compute(c, "GET", kUser, kPassword).response.output;
        QCOMPARE(check(c, "GET", target, realm, kUser, kPassword, minter, counts, now).outcome,
                 Outcome::Authenticated);
    }
}

// A nonce already in the table is not MAC-checked again: its entry must still hold it to the
// opaque and realm the MAC covered, and to its age.
void TestDigest::grantedNonceKeepsItsBinding()
{
    const NonceMinter minter;
    AuthState state;
    const AuthStateView nonces(&state);
    const qint64 now = 5000;
    Credentials c;
    c.username = kUser.toByteArray();
    c.realm = kRealm.toByteArray();
    c.uri = kUri.toByteArray();
    c.algorithm = Algorithm::Sha256;
    c.nonce = minter.mint(kRealm, kOpaque, now);
    c.cnonce = kCnonce.toByteArray();
    c.opaque = kOpaque.toByteArray();
    c.qop = "auth";
    // c with count nc, this opaque, and the response a client that knows the password sends.
    const auto sign = [&](quint32 nc, QByteArrayView opaque) {
        Credentials d = c;
        d.count = nc;
        d.nc = QByteArray::number(nc, 16).rightJustified(8, '0');
        d.opaque = opaque.toByteArray();
        d.response = compute(d, "GET", kUser, kPassword).response.output;
        return d;
    };
    const auto send = [&](quint32 nc, QByteArrayView opaque, qint64 at) {
        return check(sign(nc, opaque), "GET", kUri, kRealm, kUser, kPassword, minter, nonces, at);
    };
    const Check first = send(1, kOpaque, now);
    QCOMPARE(first.outcome, Outcome::Authenticated);
    QVERIFY(state.apply({nonceCountChange(sign(1, kOpaque), first)}));
    QCOMPARE(send(1, kOpaque, now).outcome, Outcome::Replay); // and the table knows nc 1

    QCOMPARE(send(2, "another-opaque", now).outcome, Outcome::ForeignNonce);
    QCOMPARE(send(2, "", now).outcome, Outcome::ForeignNonce);
    QCOMPARE(send(2, kOpaque, now + NonceMinter::kLifetimeSeconds + 1).outcome, Outcome::StaleNonce);
    QCOMPARE(send(2, kOpaque, now - 1).outcome, Outcome::StaleNonce); // the clock went back
    const Check second = send(2, kOpaque, now + 1);
    QCOMPARE(second.outcome, Outcome::Authenticated);
    QCOMPARE(second.issued, now);
    // An entry that binds nothing (put by hand) is checked by its MAC as before.
    AuthState bare;
    bare.apply({{StateChange::Kind::Raise, StateTable::Nonces, c.nonce, {{}, 1, now}}});
    const Credentials other = sign(2, "another-opaque");
    QCOMPARE(check(other, "GET", kUri, kRealm, kUser, kPassword, minter, AuthStateView(&bare), now).outcome,
             Outcome::ForeignNonce);
}

void TestDigest::capturedClients_data()
{
    // Authorization fields real clients sent (2026-11-30) to a throwaway server that answered 401
    // with challenge(SHA-256, "AuthLab", nonce, "opq") and challenge(MD5, ...) on two field lines,
    // the nonce minted at t=1000 under the key below; user alice, password wonderland, GET /staff.
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<int>("algorithm");
    QTest::addColumn<bool>("hashedName");
    QTest::newRow("curl 7.88.1 --digest: SHA-256, userhash")
        << QByteArray(
               "Digest username=\"9ababb255a60544a2c5628de1adbf90babe10d3c69efea8cdd534e7f4d115052\", "
               "realm=\"AuthLab\", nonce=\"AAAAAAAAA-jUQZqzKrOsqTyiVuToAdG6iGS6CtUQXok\", uri=\"/staff\", "
               "cnonce=\"YTQ2MWZlZmM3ZDlmOGFhMWRmYWE3MTRlNTExMjZkNzk=\", nc=00000001, qop=auth, "
               "response=\"c410bdc9d4bfe2370a5353830a0c13cb9d2fa2dd05431ca1b0ae79bb7513cfb6\", "
               "opaque=\"opq\", algorithm=SHA-256, userhash=true")
        << int(Algorithm::Sha256) << true;
    QTest::newRow("python-requests 2.34.2: MD5, quoted algorithm and qop")
        << QByteArray("Digest username=\"alice\", realm=\"AuthLab\", "
                      "nonce=\"AAAAAAAAA-hD1QNP08qQ1lafpox63aNGoZuTz-V8CuU\", uri=\"/staff\", "
                      "response=\"b385546379f2e84c1a5df7d688450502\", opaque=\"opq\", algorithm=\"MD5\", "
                      "qop=\"auth\", nc=00000001, cnonce=\"bbb639e6fdff7565\"")
        << int(Algorithm::Md5) << false;
    QTest::newRow("Wget 1.21.3: MD5")
        << QByteArray(
               "Digest username=\"alice\", realm=\"AuthLab\", "
               "nonce=\"AAAAAAAAA-g3liV8EOzr6TKUc9VA43s3cOPcOILWM9s\", uri=\"/staff\", "
               "response=\"3fafa563941b66876f5dfad8796e9fe6\", qop=auth, nc=00000001, cnonce=\"0c361a87\", "
               "opaque=\"opq\", algorithm=\"MD5\"")
        << int(Algorithm::Md5) << false;
    QTest::newRow("Qt 6.4.2 QNetworkAccessManager: MD5")
        << QByteArray(
               "Digest username=\"alice\", realm=\"AuthLab\", "
               "nonce=\"AAAAAAAAA-i5VyqSr-OV_HlhRT3DolczcKqs3xIxRtQ\", uri=\"/staff\", opaque=\"opq\", "
               "response=\"7486ec1fd2e05af934170caea2518c28\", algorithm=MD5, qop=auth, nc=00000001, "
               "cnonce=\"3c6ac4ae804b530ede34d451e1553cee\"")
        << int(Algorithm::Md5) << false;
}

void TestDigest::capturedClients()
{
    QFETCH(QByteArray, field);
    QFETCH(int, algorithm);
    QFETCH(bool, hashedName);
    const NonceMinter minter(QByteArrayView("probe-key-probe-key-probe-key-12"));
    AuthState state;
    const AuthStateView counts(&state);
    const Parsed p = parseCredentials(field);
    QVERIFY2(p.ok(), qPrintable(p.reason()));
    QCOMPARE(int(p.credentials.algorithm), algorithm);
    QCOMPARE(p.credentials.userhash, hashedName);
    QVERIFY(namesUser(p.credentials, "alice"));
    QVERIFY(!namesUser(p.credentials, "bob"));
    const Check c =
        check(p.credentials, "GET", "/staff", "AuthLab", "alice", "wonderland", minter, counts, 1000);
    QCOMPARE(c.outcome, Outcome::Authenticated);
    QVERIFY(state.apply({nonceCountChange(p.credentials, c)}));
    QCOMPARE(
        check(p.credentials, "GET", "/staff", "AuthLab", "alice", "wonderland", minter, counts, 1000).outcome,
        Outcome::Replay);
    const AuthStateView fresh;
    QCOMPARE(
        check(p.credentials, "GET", "/staff", "AuthLab", "alice", "wonderlanD", minter, fresh, 1000).outcome,
        Outcome::WrongResponse);
    QCOMPARE(check(p.credentials, "GET", "/staff", "AuthLab", "alice", "wonderland", minter, fresh,
                   1000 + NonceMinter::kLifetimeSeconds + 1)
                 .outcome,
             Outcome::StaleNonce);
}

QTEST_APPLESS_MAIN(TestDigest)
#include "tst_digest.moc"
