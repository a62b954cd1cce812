// Credential parsing and challenge building: RFC 7617 (Basic), RFC 6750 (Bearer) and the
// generic RFC 9110 §11 syntax helpers they share.

#include "auth/basic.h"
#include "auth/bearer.h"
#include "auth/secretdigest.h"
#include "auth/syntax.h"
#include "client/clientrequest.h"
#include "policy/decision.h"
#include "policy/rules.h"
#include "scenario/scenarioio.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTest>

using namespace authlab;
using namespace Qt::StringLiterals;

namespace {

QByteArray errorName(basic::Error e)
{
    switch (e) {
    case basic::Error::None:
        return QByteArrayLiteral("None");
    case basic::Error::MissingToken:
        return QByteArrayLiteral("MissingToken");
    case basic::Error::NotToken68:
        return QByteArrayLiteral("NotToken68");
    case basic::Error::BadBase64:
        return QByteArrayLiteral("BadBase64");
    case basic::Error::NoColon:
        return QByteArrayLiteral("NoColon");
    case basic::Error::ControlCharacter:
        return QByteArrayLiteral("ControlCharacter");
    }
    return QByteArrayLiteral("(unknown)");
}

// "zoë" and "crème brûlée" as UTF-8 bytes, spelled out so that the test does not depend on
// the source file's encoding.
const QByteArray kZoeUtf8 = QByteArrayLiteral("zo\xc3\xab");
const QByteArray kCremeUtf8 = QByteArrayLiteral("cr\xc3\xa8me br\xc3\xbbl\xc3\xa9\x65");

} // namespace

class tst_Credentials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // basic::parse
    void basicParse_data();
    void basicParse();
    void basicParseErrors_data();
    void basicParseErrors();

    // basic::challenge / basic::authorization
    void basicChallenge_data();
    void basicChallenge();
    void basicAuthorization_data();
    void basicAuthorization();
    void basicAuthorizationLossy();
    void basicAuthorizationRoundTrip_data();
    void basicAuthorizationRoundTrip();

    // bearer
    void bearerWellFormed_data();
    void bearerWellFormed();
    void bearerChallenge_data();
    void bearerChallenge();
    void bearerAuthorization();

    // syntax
    void splitCredentials_data();
    void splitCredentials();
    void token68_data();
    void token68();
    void validUtf8_data();
    void validUtf8();
    void latin1ToUtf8();
    void controlCharacters_data();
    void controlCharacters();
    void constantTimeEquals_data();
    void constantTimeEquals();
    void secretDigestVectors_data();
    void secretDigestVectors();
    void secretDigestCompare();
    void challengeSchemes_data();
    void challengeSchemes();
    void challengeSchemesOfOwnChallenges();

    // CredentialBuilder: what the client sends, and what it says it sends
    void builtCredentialsAreWhatTheServerJudges_data();
    void builtCredentialsAreWhatTheServerJudges();
    void stateNamesFollowSchemeAndIdentity_data();
    void stateNamesFollowSchemeAndIdentity();
    void customIdentityIsJudgedAsTheUserItNames_data();
    void customIdentityIsJudgedAsTheUserItNames();
};

// ---------------------------------------------------------------------------------------
// basic::parse

void tst_Credentials::basicParse_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QByteArray>("userId");
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<bool>("latin1");

    // RFC 7617 §2
    QTest::newRow("RFC 7617 §2 Aladdin")
        << QByteArrayLiteral("QWxhZGRpbjpvcGVuIHNlc2FtZQ==") << QByteArrayLiteral("Aladdin")
        << QByteArrayLiteral("open sesame") << false;
    // RFC 7617 §2.1: test / "123£" in UTF-8
    QTest::newRow("RFC 7617 §2.1 UTF-8") << QByteArrayLiteral("dGVzdDoxMjPCow==") << QByteArrayLiteral("test")
                                         << QByteArrayLiteral("123\xc2\xa3") << false;
    // The same user-pass in Latin-1 (what Qt and Python requests send): converted to UTF-8.
    QTest::newRow("RFC 7617 §2.1 Latin-1") << QByteArrayLiteral("dGVzdDoxMjOj") << QByteArrayLiteral("test")
                                           << QByteArrayLiteral("123\xc2\xa3") << true;
    // The first colon separates user-id and password; later ones belong to the password.
    QTest::newRow("a:b:c") << QByteArrayLiteral("YTpiOmM=") << QByteArrayLiteral("a")
                           << QByteArrayLiteral("b:c") << false;
    QTest::newRow("empty user and password")
        << QByteArrayLiteral("Og==") << QByteArray() << QByteArray() << false;
    QTest::newRow("empty password") << QByteArray("alice:").toBase64() << QByteArrayLiteral("alice")
                                    << QByteArray() << false;
    QTest::newRow("zoë UTF-8") << QByteArray(kZoeUtf8 + ':' + kCremeUtf8).toBase64() << kZoeUtf8 << kCremeUtf8
                               << false;
    QTest::newRow("zoë Latin-1") << QByteArrayLiteral("em/rOmNy6G1lIGJy+2zpZQ==") << kZoeUtf8 << kCremeUtf8
                                 << true;
    QTest::newRow("password with spaces kept")
        << QByteArray("u: p w ").toBase64() << QByteArrayLiteral("u") << QByteArrayLiteral(" p w ") << false;
}

void tst_Credentials::basicParse()
{
    QFETCH(QByteArray, token);
    QFETCH(QByteArray, userId);
    QFETCH(QByteArray, password);
    QFETCH(bool, latin1);

    const basic::Credentials c = basic::parse(token);
    QCOMPARE(errorName(c.error), errorName(basic::Error::None));
    QCOMPARE(c.userId, userId);
    QCOMPARE(c.password, password);
    QCOMPARE(c.latin1, latin1);
}

void tst_Credentials::basicParseErrors_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<basic::Error>("error");

    QTest::newRow("empty") << QByteArray() << basic::Error::MissingToken;
    // base64("Aladdin"): no colon after decoding
    QTest::newRow("no colon") << QByteArrayLiteral("QWxhZGRpbg==") << basic::Error::NoColon;
    // not even token68
    QTest::newRow("!!!") << QByteArrayLiteral("!!!") << basic::Error::NotToken68;
    QTest::newRow("space inside") << QByteArrayLiteral("QWxhZGRp bjpvcGVuIHNlc2FtZQ==")
                                  << basic::Error::NotToken68;
    QTest::newRow("comma inside") << QByteArrayLiteral("QWxh,ZGRp") << basic::Error::NotToken68;
    QTest::newRow("= in the middle") << QByteArrayLiteral("QQ==QQ==") << basic::Error::NotToken68;
    QTest::newRow("only padding") << QByteArrayLiteral("==") << basic::Error::NotToken68;
    QTest::newRow("leading space") << QByteArrayLiteral(" QWxhZGRpbjpvcGVuIHNlc2FtZQ==")
                                   << basic::Error::NotToken68;
    QTest::newRow("non-ASCII") << QByteArrayLiteral("QWxh\xc3\xa9") << basic::Error::NotToken68;
    // token68 allows - . _ ~ but base64 (RFC 4648 §4) does not
    QTest::newRow("abc-def") << QByteArrayLiteral("abc-def") << basic::Error::BadBase64;
    QTest::newRow("base64url alphabet") << QByteArrayLiteral("YTpi_w~~") << basic::Error::BadBase64;
    QTest::newRow("dot") << QByteArrayLiteral("YTpi.mM=") << basic::Error::BadBase64;
    QTest::newRow("too much padding") << QByteArrayLiteral("YTpiOmM===") << basic::Error::BadBase64;
    // RFC 7617 §2: no control characters in user-id or password
    QTest::newRow("control character in password")
        << QByteArray("a:b\x01").toBase64() << basic::Error::ControlCharacter;
    QTest::newRow("control character in user-id")
        << QByteArray("a\tb:c").toBase64() << basic::Error::ControlCharacter;
    QTest::newRow("DEL in password") << QByteArray("a:b\x7f").toBase64() << basic::Error::ControlCharacter;
    QTest::newRow("NUL in password") << QByteArray("a:b\0c", 5).toBase64() << basic::Error::ControlCharacter;
    QTest::newRow("CR LF in password")
        << QByteArray("a:b\r\nX-Evil: 1").toBase64() << basic::Error::ControlCharacter;
}

void tst_Credentials::basicParseErrors()
{
    QFETCH(QByteArray, token);
    QFETCH(basic::Error, error);

    const basic::Credentials c = basic::parse(token);
    QCOMPARE(errorName(c.error), errorName(error));
    QVERIFY2(c.userId.isEmpty() && c.password.isEmpty(),
             QByteArray("a rejected credential must not leak a user-id or password: " + c.userId + " / " +
                        c.password)
                 .constData());
}

// ---------------------------------------------------------------------------------------
// basic::challenge

void tst_Credentials::basicChallenge_data()
{
    QTest::addColumn<QString>("realm");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("AuthLab") << QStringLiteral("AuthLab")
                             << QByteArrayLiteral("Basic realm=\"AuthLab\", charset=\"UTF-8\"");
    QTest::newRow("RFC 7617 WallyWorld")
        << QStringLiteral("WallyWorld") << QByteArrayLiteral("Basic realm=\"WallyWorld\", charset=\"UTF-8\"");
    // RFC 9110 §5.6.4: '"' and '\' are escaped with a backslash inside a quoted-string
    QTest::newRow("quote and backslash")
        << QStringLiteral("a \"b\" \\c")
        << QByteArrayLiteral("Basic realm=\"a \\\"b\\\" \\\\c\", charset=\"UTF-8\"");
    QTest::newRow("comma inside the realm")
        << QStringLiteral("a, b") << QByteArrayLiteral("Basic realm=\"a, b\", charset=\"UTF-8\"");
    QTest::newRow("non-ASCII realm as UTF-8")
        << QStringLiteral("Caf\u00e9") << QByteArrayLiteral("Basic realm=\"Caf\xc3\xa9\", charset=\"UTF-8\"");
}

void tst_Credentials::basicChallenge()
{
    QFETCH(QString, realm);
    QFETCH(QByteArray, expected);

    const QByteArray challenge = basic::challenge(realm);
    QCOMPARE(challenge, expected);
    // The escaped value must still parse as one Basic challenge.
    QCOMPARE(syntax::challengeSchemes(challenge), QList<QByteArray>{QByteArrayLiteral("Basic")});
}

// ---------------------------------------------------------------------------------------
// basic::authorization

void tst_Credentials::basicAuthorization_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<basic::Encoding>("encoding");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("Aladdin UTF-8") << QStringLiteral("Aladdin") << QStringLiteral("open sesame")
                                   << basic::Encoding::Utf8
                                   << QByteArrayLiteral("Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==");
    QTest::newRow("Aladdin Latin-1") << QStringLiteral("Aladdin") << QStringLiteral("open sesame")
                                     << basic::Encoding::Latin1
                                     << QByteArrayLiteral("Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==");
    QTest::newRow("test/123£ UTF-8") << QStringLiteral("test") << QStringLiteral("123\u00a3")
                                     << basic::Encoding::Utf8 << QByteArrayLiteral("Basic dGVzdDoxMjPCow==");
    QTest::newRow("test/123£ Latin-1") << QStringLiteral("test") << QStringLiteral("123\u00a3")
                                       << basic::Encoding::Latin1 << QByteArrayLiteral("Basic dGVzdDoxMjOj");
    QTest::newRow("zoë UTF-8") << QStringLiteral("zo\u00eb")
                               << QStringLiteral("cr\u00e8me br\u00fbl\u00e9\u0065") << basic::Encoding::Utf8
                               << QByteArrayLiteral("Basic em/DqzpjcsOobWUgYnLDu2zDqWU=");
    QTest::newRow("zoë Latin-1") << QStringLiteral("zo\u00eb")
                                 << QStringLiteral("cr\u00e8me br\u00fbl\u00e9\u0065")
                                 << basic::Encoding::Latin1
                                 << QByteArrayLiteral("Basic em/rOmNy6G1lIGJy+2zpZQ==");
}

void tst_Credentials::basicAuthorization()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(basic::Encoding, encoding);
    QFETCH(QByteArray, expected);

    bool lossy = true;
    QCOMPARE(basic::authorization(user, password, encoding, &lossy), expected);
    QVERIFY2(!lossy, "every character of this user-pass is representable in the encoding");
    // Without the out-parameter it must not crash and give the same value.
    QCOMPARE(basic::authorization(user, password, encoding), expected);
}

void tst_Credentials::basicAuthorizationLossy()
{
    // U+0141 (Ł) and U+20AC (€) are outside ISO-8859-1.
    bool lossy = false;
    const QByteArray latin1 = basic::authorization(QStringLiteral("\u0141ukasz"), QStringLiteral("10\u20ac"),
                                                   basic::Encoding::Latin1, &lossy);
    QVERIFY2(lossy, "a character outside Latin-1 must set *lossy");
    QVERIFY2(latin1.startsWith("Basic "), latin1.constData());

    lossy = true;
    const QByteArray utf8 = basic::authorization(QStringLiteral("\u0141ukasz"), QStringLiteral("10\u20ac"),
                                                 basic::Encoding::Utf8, &lossy);
    QVERIFY2(!lossy, "UTF-8 can encode every character");
    const basic::Credentials c = basic::parse(QByteArrayView(utf8).sliced(6));
    QCOMPARE(errorName(c.error), errorName(basic::Error::None));
    QCOMPARE(c.userId, QByteArrayLiteral("\xc5\x81ukasz"));
    QCOMPARE(c.password, QByteArrayLiteral("10\xe2\x82\xac"));

    lossy = true;
    basic::authorization(QStringLiteral("zo\u00eb"), QStringLiteral("x"), basic::Encoding::Latin1, &lossy);
    QVERIFY2(!lossy, "ë is in Latin-1: nothing is lost");
}

void tst_Credentials::basicAuthorizationRoundTrip_data()
{
    QTest::addColumn<basic::Encoding>("encoding");
    QTest::addColumn<bool>("latin1");

    QTest::newRow("UTF-8") << basic::Encoding::Utf8 << false;
    QTest::newRow("Latin-1") << basic::Encoding::Latin1 << true;
}

void tst_Credentials::basicAuthorizationRoundTrip()
{
    QFETCH(basic::Encoding, encoding);
    QFETCH(bool, latin1);

    const QByteArray value = basic::authorization(
        QStringLiteral("zo\u00eb"), QStringLiteral("cr\u00e8me br\u00fbl\u00e9\u0065"), encoding);
    QVERIFY2(value.startsWith("Basic "), value.constData());
    const basic::Credentials c = basic::parse(QByteArrayView(value).sliced(6));
    QCOMPARE(errorName(c.error), errorName(basic::Error::None));
    QCOMPARE(c.userId, kZoeUtf8);
    QCOMPARE(c.password, kCremeUtf8);
    QCOMPARE(c.latin1, latin1);
}

// ---------------------------------------------------------------------------------------
// bearer

void tst_Credentials::bearerWellFormed_data()
{
    QTest::addColumn<QByteArray>("rest");
    QTest::addColumn<bool>("wellFormed");

    QTest::newRow("alice-token") << QByteArrayLiteral("alice-token") << true;
    QTest::newRow("RFC 6750 example") << QByteArrayLiteral("mF_9.B5f-4.1JqM") << true;
    QTest::newRow("every b64token character") << QByteArrayLiteral("aZ09-._~+/") << true;
    QTest::newRow("trailing =") << QByteArrayLiteral("abc==") << true;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("two tokens") << QByteArrayLiteral("a b") << false;
    QTest::newRow("= in the middle") << QByteArrayLiteral("ab=c") << false;
    QTest::newRow("only =") << QByteArrayLiteral("=") << false;
    QTest::newRow("comma") << QByteArrayLiteral("a,b") << false;
    QTest::newRow("auth-param") << QByteArrayLiteral("token=\"abc\"") << false;
    QTest::newRow("non-ASCII") << QByteArrayLiteral("t\xc3\xa9") << false;
}

void tst_Credentials::bearerWellFormed()
{
    QFETCH(QByteArray, rest);
    QFETCH(bool, wellFormed);
    QCOMPARE(bearer::isWellFormed(rest), wellFormed);
}

void tst_Credentials::bearerChallenge_data()
{
    QTest::addColumn<bearer::Error>("error");
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<QByteArray>("errorCode"); // empty: no error attribute at all
    QTest::addColumn<QByteArray>("scope");     // empty: no scope attribute

    QTest::newRow("no token") << bearer::Error::None << QStringList() << QByteArray() << QByteArray();
    QTest::newRow("invalid_request") << bearer::Error::InvalidRequest << QStringList()
                                     << QByteArrayLiteral("invalid_request") << QByteArray();
    QTest::newRow("invalid_token") << bearer::Error::InvalidToken << QStringList()
                                   << QByteArrayLiteral("invalid_token") << QByteArray();
    QTest::newRow("insufficient_scope admin")
        << bearer::Error::InsufficientScope << QStringList{QStringLiteral("admin")}
        << QByteArrayLiteral("insufficient_scope") << QByteArrayLiteral("admin");
    QTest::newRow("insufficient_scope two scopes")
        << bearer::Error::InsufficientScope << QStringList{QStringLiteral("read"), QStringLiteral("write")}
        << QByteArrayLiteral("insufficient_scope") << QByteArrayLiteral("read write");
}

void tst_Credentials::bearerChallenge()
{
    QFETCH(bearer::Error, error);
    QFETCH(QStringList, scopes);
    QFETCH(QByteArray, errorCode);
    QFETCH(QByteArray, scope);

    const QByteArray c = bearer::challenge(QStringLiteral("AuthLab"), error, scopes);
    if (errorCode.isEmpty() && scope.isEmpty()) {
        // RFC 6750 §3.1: no error information when no token was sent; §3: at least one auth-param.
        QCOMPARE(c, QByteArrayLiteral("Bearer realm=\"AuthLab\""));
        return;
    }
    QVERIFY2(c.startsWith("Bearer realm=\"AuthLab\", "), c.constData());
    const QByteArray errorAttr = "error=\"" + errorCode + '"';
    QVERIFY2(c.contains(errorAttr), c.constData());
    QCOMPARE(c.count("error="), 1);
    QCOMPARE(c.count("realm="), 1);
    if (scope.isEmpty()) {
        QVERIFY2(!c.contains("scope="), c.constData());
    } else {
        QVERIFY2(c.contains(QByteArray(", scope=\"" + scope + '"')), c.constData());
        QCOMPARE(c.count("scope="), 1);
    }
    QCOMPARE(syntax::challengeSchemes(c), QList<QByteArray>{QByteArrayLiteral("Bearer")});
}

void tst_Credentials::bearerAuthorization()
{
    QCOMPARE(bearer::authorization(QStringLiteral("alice-token")), QByteArrayLiteral("Bearer alice-token"));
    QCOMPARE(bearer::challenge(QStringLiteral("say \"hi\"")),
             QByteArrayLiteral("Bearer realm=\"say \\\"hi\\\"\""));
}

// ---------------------------------------------------------------------------------------
// syntax

void tst_Credentials::splitCredentials_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QByteArray>("scheme");
    QTest::addColumn<QByteArray>("rest");

    QTest::newRow("Basic") << QByteArrayLiteral("Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==") << true
                           << QByteArrayLiteral("Basic") << QByteArrayLiteral("QWxhZGRpbjpvcGVuIHNlc2FtZQ==");
    QTest::newRow("case kept as sent")
        << QByteArrayLiteral("bAsIc abc") << true << QByteArrayLiteral("bAsIc") << QByteArrayLiteral("abc");
    QTest::newRow("several spaces") << QByteArrayLiteral("Bearer   tok") << true
                                    << QByteArrayLiteral("Bearer") << QByteArrayLiteral("tok");
    QTest::newRow("scheme only") << QByteArrayLiteral("Basic") << true << QByteArrayLiteral("Basic")
                                 << QByteArray();
    QTest::newRow("scheme and trailing space")
        << QByteArrayLiteral("Basic ") << true << QByteArrayLiteral("Basic") << QByteArray();
    QTest::newRow("auth-params kept whole")
        << QByteArrayLiteral("Digest username=\"a\", realm=\"b\"") << true << QByteArrayLiteral("Digest")
        << QByteArrayLiteral("username=\"a\", realm=\"b\"");
    QTest::newRow("inner spaces kept")
        << QByteArrayLiteral("Basic a b") << true << QByteArrayLiteral("Basic") << QByteArrayLiteral("a b");
    QTest::newRow("leading whitespace tolerated") << QByteArrayLiteral(" \tBasic abc") << true
                                                  << QByteArrayLiteral("Basic") << QByteArrayLiteral("abc");
    QTest::newRow("empty") << QByteArray() << false << QByteArray() << QByteArray();
    QTest::newRow("only spaces") << QByteArrayLiteral("   ") << false << QByteArray() << QByteArray();
    QTest::newRow("not a token") << QByteArrayLiteral("=abc") << false << QByteArray() << QByteArray();
    QTest::newRow("tab instead of space")
        << QByteArrayLiteral("Basic\tabc") << false << QByteArrayLiteral("Basic") << QByteArray();
    QTest::newRow("token runs into a comma")
        << QByteArrayLiteral("Bas,ic abc") << false << QByteArrayLiteral("Bas") << QByteArray();
}

void tst_Credentials::splitCredentials()
{
    QFETCH(QByteArray, field);
    QFETCH(bool, valid);
    QFETCH(QByteArray, scheme);
    QFETCH(QByteArray, rest);

    const syntax::Credentials c = syntax::splitCredentials(field);
    QCOMPARE(c.valid, valid);
    if (!valid)
        return; // scheme and rest are unspecified for invalid input
    QCOMPARE(c.scheme.toByteArray(), scheme);
    QCOMPARE(c.rest.toByteArray(), rest);
}

void tst_Credentials::token68_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("token68");

    QTest::newRow("letters") << QByteArrayLiteral("abc") << true;
    QTest::newRow("base64 with padding") << QByteArrayLiteral("QWxhZGRpbg==") << true;
    QTest::newRow("all extra characters") << QByteArrayLiteral("-._~+/") << true;
    QTest::newRow("single char") << QByteArrayLiteral("a") << true;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("only =") << QByteArrayLiteral("==") << false;
    QTest::newRow("= in the middle") << QByteArrayLiteral("a=b") << false;
    QTest::newRow("space") << QByteArrayLiteral("a b") << false;
    QTest::newRow("trailing space") << QByteArrayLiteral("abc ") << false;
    QTest::newRow("comma") << QByteArrayLiteral("a,b") << false;
    QTest::newRow("quote") << QByteArrayLiteral("\"abc\"") << false;
    QTest::newRow("!") << QByteArrayLiteral("!!!") << false;
    QTest::newRow("NUL") << QByteArray("ab\0c", 4) << false;
    QTest::newRow("non-ASCII") << QByteArrayLiteral("\xc3\xa9") << false;
}

void tst_Credentials::token68()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, token68);
    QCOMPARE(syntax::isToken68(text), token68);
}

void tst_Credentials::validUtf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");

    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("ASCII") << QByteArrayLiteral("alice:wonderland") << true;
    QTest::newRow("2-byte é") << QByteArrayLiteral("\xc3\xa9") << true;
    QTest::newRow("2-byte lowest U+0080") << QByteArrayLiteral("\xc2\x80") << true;
    QTest::newRow("3-byte €") << QByteArrayLiteral("\xe2\x82\xac") << true;
    QTest::newRow("3-byte lowest U+0800") << QByteArrayLiteral("\xe0\xa0\x80") << true;
    QTest::newRow("3-byte U+FFFF") << QByteArrayLiteral("\xef\xbf\xbf") << true;
    QTest::newRow("3-byte next to surrogates U+D7FF") << QByteArrayLiteral("\xed\x9f\xbf") << true;
    QTest::newRow("4-byte emoji") << QByteArrayLiteral("\xf0\x9f\x98\x80") << true;
    QTest::newRow("4-byte lowest U+10000") << QByteArrayLiteral("\xf0\x90\x80\x80") << true;
    QTest::newRow("4-byte highest U+10FFFF") << QByteArrayLiteral("\xf4\x8f\xbf\xbf") << true;
    QTest::newRow("mixed") << QByteArrayLiteral("zo\xc3\xab:cr\xc3\xa8me \xe2\x82\xac \xf0\x9f\x98\x80")
                           << true;

    QTest::newRow("overlong 2-byte /") << QByteArrayLiteral("\xc0\xaf") << false;
    QTest::newRow("overlong 2-byte C1") << QByteArrayLiteral("\xc1\xbf") << false;
    QTest::newRow("overlong 3-byte") << QByteArrayLiteral("\xe0\x80\xaf") << false;
    QTest::newRow("overlong 3-byte U+07FF") << QByteArrayLiteral("\xe0\x9f\xbf") << false;
    QTest::newRow("overlong 4-byte") << QByteArrayLiteral("\xf0\x80\x80\xaf") << false;
    QTest::newRow("overlong 4-byte U+FFFF") << QByteArrayLiteral("\xf0\x8f\xbf\xbf") << false;
    QTest::newRow("surrogate U+D800") << QByteArrayLiteral("\xed\xa0\x80") << false;
    QTest::newRow("surrogate U+DFFF") << QByteArrayLiteral("\xed\xbf\xbf") << false;
    QTest::newRow("above U+10FFFF") << QByteArrayLiteral("\xf4\x90\x80\x80") << false;
    QTest::newRow("lead F5") << QByteArrayLiteral("\xf5\x80\x80\x80") << false;
    QTest::newRow("lead FF") << QByteArrayLiteral("\xff") << false;
    QTest::newRow("truncated 2-byte") << QByteArrayLiteral("\xc3") << false;
    QTest::newRow("truncated 3-byte") << QByteArrayLiteral("\xe2\x82") << false;
    QTest::newRow("truncated 4-byte") << QByteArrayLiteral("\xf0\x9f\x98") << false;
    QTest::newRow("truncated at the end") << QByteArrayLiteral("abc\xc3") << false;
    QTest::newRow("lone continuation") << QByteArrayLiteral("\x80") << false;
    QTest::newRow("continuation replaced by ASCII") << QByteArrayLiteral("\xe2\x41\xac") << false;
    QTest::newRow("Latin-1 pound") << QByteArrayLiteral("123\xa3") << false;
}

void tst_Credentials::validUtf8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    QCOMPARE(syntax::isValidUtf8(bytes), valid);
}

void tst_Credentials::latin1ToUtf8()
{
    QCOMPARE(syntax::latin1ToUtf8("123\xa3"), QByteArrayLiteral("123\xc2\xa3"));
    QCOMPARE(syntax::latin1ToUtf8("zo\xeb"), kZoeUtf8);
    QCOMPARE(syntax::latin1ToUtf8("\xff\x80"), QByteArrayLiteral("\xc3\xbf\xc2\x80"));
    QCOMPARE(syntax::latin1ToUtf8("plain"), QByteArrayLiteral("plain"));
    QCOMPARE(syntax::latin1ToUtf8(QByteArrayView()), QByteArray());
}

void tst_Credentials::controlCharacters_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("control");

    QTest::newRow("plain") << QByteArrayLiteral("a:b c~") << false;
    QTest::newRow("UTF-8") << kCremeUtf8 << false;
    QTest::newRow("NUL") << QByteArray("a\0b", 3) << true;
    QTest::newRow("SOH") << QByteArrayLiteral("a\x01") << true;
    QTest::newRow("tab") << QByteArrayLiteral("a\tb") << true;
    QTest::newRow("US") << QByteArrayLiteral("\x1f") << true;
    QTest::newRow("DEL") << QByteArrayLiteral("\x7f") << true;
}

void tst_Credentials::controlCharacters()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, control);
    QCOMPARE(syntax::hasControlCharacter(bytes), control);
}

void tst_Credentials::constantTimeEquals_data()
{
    QTest::addColumn<QByteArray>("given");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<bool>("equal");

    QTest::newRow("equal") << QByteArrayLiteral("wonderland") << QByteArrayLiteral("wonderland") << true;
    QTest::newRow("equal UTF-8") << kCremeUtf8 << kCremeUtf8 << true;
    QTest::newRow("both empty") << QByteArray() << QByteArray() << true;
    QTest::newRow("last byte differs")
        << QByteArrayLiteral("wonderlanD") << QByteArrayLiteral("wonderland") << false;
    QTest::newRow("first byte differs")
        << QByteArrayLiteral("Wonderland") << QByteArrayLiteral("wonderland") << false;
    QTest::newRow("given is a prefix")
        << QByteArrayLiteral("wonder") << QByteArrayLiteral("wonderland") << false;
    QTest::newRow("expected is a prefix")
        << QByteArrayLiteral("wonderland!") << QByteArrayLiteral("wonderland") << false;
    QTest::newRow("given repeats expected")
        << QByteArrayLiteral("abcabc") << QByteArrayLiteral("abc") << false;
    QTest::newRow("expected repeats given")
        << QByteArrayLiteral("abc") << QByteArrayLiteral("abcabc") << false;
    QTest::newRow("given empty") << QByteArray() << QByteArrayLiteral("secret") << false;
    QTest::newRow("expected empty") << QByteArrayLiteral("secret") << QByteArray() << false;
    QTest::newRow("NUL vs empty") << QByteArray("\0", 1) << QByteArray() << false;
    QTest::newRow("high bit") << QByteArrayLiteral("\xff") << QByteArrayLiteral("\x7f") << false;
}

void tst_Credentials::constantTimeEquals()
{
    QFETCH(QByteArray, given);
    QFETCH(QByteArray, expected);
    QFETCH(bool, equal);
    QCOMPARE(syntax::constantTimeEquals(given, expected), equal);
    QCOMPARE(syntax::constantTimeEquals(expected, given), equal);
}

// SipHash-2-4 with 128-bit output, key 00 01 ... 0f: the reference vectors (the first is the
// paper's; the others were computed with `openssl mac -macopt size:16 SIPHASH`).
void tst_Credentials::secretDigestVectors_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("hex");
    QTest::newRow("empty") << QByteArray() << QByteArrayLiteral("a3817f04ba25a8e66df67214c7550293");
    QTest::newRow("10 bytes") << QByteArrayLiteral("wonderland")
                              << QByteArrayLiteral("b9b90e3dde71a8e0f0e6181f9ddb61ff");
    QTest::newRow("two blocks and 3 bytes")
        << QByteArrayLiteral("0123456789abcdefXYZ") << QByteArrayLiteral("d0ee5b1fd847c64ef0482476d15f7561");
}

void tst_Credentials::secretDigestVectors()
{
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, hex);
    secret::Key key;
    for (int i = 0; i < 16; ++i)
        key[i] = quint8(i);
    const secret::Digest d = secret::digest(key, data);
    QCOMPARE(QByteArray(reinterpret_cast<const char *>(d.data()), 16).toHex(), hex);
}

void tst_Credentials::secretDigestCompare()
{
    // Under the process key: equal secrets give equal digests, different ones do not, and
    // neither matches the stand-in for unknown users.
    const secret::Digest a = secret::digest(QByteArrayView("wonderland"));
    QVERIFY(secret::equal(a, secret::digest(QByteArrayView("wonderland"))));
    QVERIFY(!secret::equal(a, secret::digest(QByteArrayView("Wonderland"))));
    QVERIFY(!secret::equal(a, secret::digest(QByteArrayView("wonderland "))));
    QVERIFY(!secret::equal(secret::digest(QByteArrayView("")), secret::dummy()));
    secret::Digest b = a;
    b[15] ^= 1;
    QVERIFY(!secret::equal(a, b));
    b = a;
    b[0] ^= 0x80;
    QVERIFY(!secret::equal(a, b));
}

void tst_Credentials::challengeSchemes_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QList<QByteArray>>("schemes");

    using L = QList<QByteArray>;
    const QByteArray Basic = QByteArrayLiteral("Basic");
    const QByteArray Bearer = QByteArrayLiteral("Bearer");

    QTest::newRow("comma in a quoted realm")
        << QByteArrayLiteral("Basic realm=\"a, b\", charset=\"UTF-8\"") << L{Basic};
    QTest::newRow("Basic and Bearer")
        << QByteArrayLiteral("Basic realm=\"x\", Bearer realm=\"y\", error=\"invalid_token\"")
        << L{Basic, Bearer};
    QTest::newRow("RFC 9110 §11.6.1 Newauth")
        << QByteArrayLiteral(
               "Newauth realm=\"apps\", type=1, title=\"Login to \\\"apps\\\"\", Basic realm=\"simple\"")
        << L{QByteArrayLiteral("Newauth"), Basic};
    QTest::newRow("token68") << QByteArrayLiteral("Negotiate abc==") << L{QByteArrayLiteral("Negotiate")};
    QTest::newRow("token68 then another challenge") << QByteArrayLiteral("Negotiate abc==, Basic realm=\"x\"")
                                                    << L{QByteArrayLiteral("Negotiate"), Basic};
    QTest::newRow("scheme without parameters")
        << QByteArrayLiteral("Negotiate") << L{QByteArrayLiteral("Negotiate")};
    QTest::newRow("two bare schemes") << QByteArrayLiteral("Negotiate, NTLM")
                                      << L{QByteArrayLiteral("Negotiate"), QByteArrayLiteral("NTLM")};
    QTest::newRow("unquoted parameter value")
        << QByteArrayLiteral("Basic realm=simple, charset=UTF-8") << L{Basic};
    QTest::newRow("lowercase scheme kept as sent")
        << QByteArrayLiteral("basic realm=\"x\"") << L{QByteArrayLiteral("basic")};
    QTest::newRow("field lines joined, empty elements")
        << QByteArrayLiteral("Basic realm=\"x\",, , Bearer realm=\"y\"") << L{Basic, Bearer};
    QTest::newRow("Digest") << QByteArrayLiteral(
                                   "Digest realm=\"r\", qop=\"auth\", algorithm=SHA-256, nonce=\"n\", "
                                   "opaque=\"o\", Digest realm=\"r\", qop=\"auth\", algorithm=MD5, "
                                   "nonce=\"n\", opaque=\"o\"")
                            << L{QByteArrayLiteral("Digest"), QByteArrayLiteral("Digest")};
    QTest::newRow("empty") << QByteArray() << L{};
    QTest::newRow("only commas and spaces") << QByteArrayLiteral(" , ,, ") << L{};

    // Garbage: parsing stops at the first thing that is not valid syntax, without crashing.
    QTest::newRow("garbage after a challenge")
        << QByteArrayLiteral("Basic realm=\"x\", @@@, Bearer realm=\"y\"") << L{Basic};
    QTest::newRow("garbage first") << QByteArrayLiteral("@@@ Basic realm=\"x\"") << L{};
    QTest::newRow("unterminated quoted string")
        << QByteArrayLiteral("Basic realm=\"x, Bearer realm=\"y") << L{Basic};
    QTest::newRow("backslash at the very end") << QByteArrayLiteral("Basic realm=\"x\\") << L{Basic};
    QTest::newRow("token68 that looks like a parameter")
        << QByteArrayLiteral("Basic realm=, Bearer realm=\"y\"") << L{Basic, Bearer};
    QTest::newRow("parameter without value")
        << QByteArrayLiteral("Basic realm=\"x\", charset=, Bearer realm=\"y\"") << L{Basic};
    QTest::newRow("token glued to garbage")
        << QByteArrayLiteral("Basic realm=\"x\", Bearer@ realm=\"y\"") << L{Basic};
    QTest::newRow("only a quote") << QByteArrayLiteral("\"") << L{};
    QTest::newRow("only =") << QByteArrayLiteral("=") << L{};
    QTest::newRow("junk after parameter")
        << QByteArrayLiteral("Basic realm=\"x\" junk, Bearer realm=\"y\"") << L{Basic};
    QTest::newRow("NUL after the scheme") << QByteArray("Basic\0realm", 11) << L{};
}

void tst_Credentials::challengeSchemes()
{
    QFETCH(QByteArray, field);
    QFETCH(QList<QByteArray>, schemes);
    QCOMPARE(syntax::challengeSchemes(field), schemes);
}

void tst_Credentials::challengeSchemesOfOwnChallenges()
{
    // What the server sends must parse back, also when several are joined into one line.
    const QByteArray basicC = basic::challenge(QStringLiteral("Realm, with \"comma\""));
    const QByteArray bearerC = bearer::challenge(QStringLiteral("AuthLab"), bearer::Error::InsufficientScope,
                                                 {QStringLiteral("admin")});
    QCOMPARE(syntax::challengeSchemes(QByteArray(basicC + ", " + bearerC)),
             (QList<QByteArray>{QByteArrayLiteral("Basic"), QByteArrayLiteral("Bearer")}));
    QCOMPARE(syntax::challengeSchemes(QByteArray(bearerC + ", " + basicC)),
             (QList<QByteArray>{QByteArrayLiteral("Bearer"), QByteArrayLiteral("Basic")}));
}

// ---------------------------------------------------------------------------------------
// CredentialBuilder

namespace {

// The server's verdict on a request carrying `authorization` (none if empty).
Verdict judgeAuthorization(const Scenario &scenario, const QByteArray &path, const QByteArray &authorization)
{
    RequestFacts f;
    f.method = "GET";
    f.target = path;
    f.peer = QHostAddress(QHostAddress::LocalHost);
    f.headers.append(http::HeaderField{QByteArrayView("Host"), QByteArrayView("127.0.0.1")}); // HTTP/1.1 MUST
    if (!authorization.isEmpty())
        f.headers.append(http::HeaderField{QByteArrayView("Authorization"), authorization});
    return judge(scenario, f);
}

Identity identityFrom(const QString &who, const QString &password)
{
    if (who.isEmpty())
        return Identity::anonymous();
    if (who.startsWith(QLatin1String("custom:")))
        return Identity::custom(who.mid(7), password);
    return Identity::scenarioUser(who);
}

} // namespace

void tst_Credentials::builtCredentialsAreWhatTheServerJudges_data()
{
    QTest::addColumn<QString>("who");   // scenario user, "custom:<user-id>", or empty (anonymous)
    QTest::addColumn<QString>("typed"); // a custom identity's typed password or token
    QTest::addColumn<int>("scheme");
    QTest::addColumn<int>("state");
    QTest::addColumn<QByteArray>("authorization"); // exact, or "*" for any non-empty value
    QTest::addColumn<QByteArray>("rule");          // the server's decisive rule
    QTest::addColumn<QStringList>("says");         // the summary contains each of these
    QTest::addColumn<QStringList>("neverSays");    // ...and none of these

    const int basicScheme = int(ClientScheme::Basic), bearerScheme = int(ClientScheme::Bearer);
    const auto c = [](CredentialState s) { return int(s); };
    const QString none;
    const QByteArray any("*");
    // Scenario users: the scenario's own secrets, wrong in a named way.
    QTest::newRow("alice basic correct")
        << u"alice"_s << none << basicScheme << c(CredentialState::Correct)
        << QByteArray("Basic YWxpY2U6d29uZGVybGFuZA==") << QByteArray("granted")
        << QStringList{u"alice"_s, u"right password"_s} << QStringList{};
    QTest::newRow("alice basic wrong")
        << u"alice"_s << none << basicScheme << c(CredentialState::WrongPassword) << any
        << QByteArray("password-wrong") << QStringList{u"wrong password"_s}
        << QStringList{u"right password"_s};
    QTest::newRow("alice basic unknown")
        << u"alice"_s << none << basicScheme << c(CredentialState::UnknownUser) << any
        << QByteArray("user-unknown") << QStringList{u"does not know"_s} << QStringList{u"right password"_s};
    QTest::newRow("alice basic malformed")
        << u"alice"_s << none << basicScheme << c(CredentialState::Malformed) << QByteArray("Basic YWxpY2U=")
        << QByteArray("basic-no-colon") << QStringList{u"colon"_s} << QStringList{};
    QTest::newRow("alice basic none")
        << u"alice"_s << none << basicScheme << c(CredentialState::None) << QByteArray()
        << QByteArray("no-credentials") << QStringList{u"No credentials"_s} << QStringList{};
    QTest::newRow("alice bearer valid") << u"alice"_s << none << bearerScheme << c(CredentialState::Correct)
                                        << QByteArray("Bearer alice-token") << QByteArray("granted")
                                        << QStringList{u"alice"_s} << QStringList{u"password"_s};
    QTest::newRow("alice bearer altered")
        << u"alice"_s << none << bearerScheme << c(CredentialState::WrongPassword) << any
        << QByteArray("token-unknown") << QStringList{u"altered"_s}
        << QStringList{u"password"_s, u"revoked"_s};
    QTest::newRow("alice bearer unknown")
        << u"alice"_s << none << bearerScheme << c(CredentialState::UnknownUser) << any
        << QByteArray("token-unknown") << QStringList{u"token"_s} << QStringList{u"password"_s};
    QTest::newRow("alice bearer malformed")
        << u"alice"_s << none << bearerScheme << c(CredentialState::Malformed) << any
        << QByteArray("bearer-malformed") << QStringList{u"Malformed"_s} << QStringList{u"password"_s};
    QTest::newRow("carol bearer valid (has no token)")
        << u"carol"_s << none << bearerScheme << c(CredentialState::Correct) << QByteArray()
        << QByteArray("no-credentials") << QStringList{u"carol has no"_s, u"nothing is sent"_s}
        << QStringList{};

    // A custom identity: what is typed is what is sent, whatever the state says; the summary
    // says what the scenario makes of it.
    QTest::newRow("custom bob, bob's password")
        << u"custom:bob"_s << u"builder"_s << basicScheme << c(CredentialState::Correct)
        << QByteArray("Basic Ym9iOmJ1aWxkZXI=") << QByteArray("granted") << QStringList{u"bob's password"_s}
        << QStringList{u"not bob's"_s};
    QTest::newRow("custom bob, a typed wrong password")
        << u"custom:bob"_s << u"bilder"_s << basicScheme << c(CredentialState::Correct)
        << QByteArray("Basic Ym9iOmJpbGRlcg==") << QByteArray("password-wrong")
        << QStringList{u"not bob's password"_s} << QStringList{u"right password"_s};
    QTest::newRow("custom bob, state 'wrong password' sends the typed one")
        << u"custom:bob"_s << u"builder"_s << basicScheme << c(CredentialState::WrongPassword)
        << QByteArray("Basic Ym9iOmJ1aWxkZXI=") << QByteArray("granted") << QStringList{u"bob's password"_s}
        << QStringList{u"wrong password"_s};
    QTest::newRow("custom mallory") << u"custom:mallory"_s << u"x"_s << basicScheme
                                    << c(CredentialState::Correct) << QByteArray("Basic bWFsbG9yeTp4")
                                    << QByteArray("user-unknown") << QStringList{u"mallory"_s, u"no user"_s}
                                    << QStringList{u"right password"_s};
    QTest::newRow("custom bob malformed")
        << u"custom:bob"_s << u"builder"_s << basicScheme << c(CredentialState::Malformed)
        << QByteArray("Basic Ym9i") << QByteArray("basic-no-colon") << QStringList{u"colon"_s}
        << QStringList{};
    QTest::newRow("custom typed bob's token")
        << u"custom:anyone"_s << u"bob-token"_s << bearerScheme << c(CredentialState::Correct)
        << QByteArray("Bearer bob-token") << QByteArray("granted") << QStringList{u"bob's token"_s}
        << QStringList{u"password"_s};
    QTest::newRow("custom typed unknown token")
        << u"custom:bob"_s << u"guess"_s << bearerScheme << c(CredentialState::Correct)
        << QByteArray("Bearer guess") << QByteArray("token-unknown") << QStringList{u"No user"_s}
        << QStringList{u"bob's token"_s};
    QTest::newRow("custom typed token, state 'altered' sends it as typed")
        << u"custom:bob"_s << u"bob-token"_s << bearerScheme << c(CredentialState::WrongPassword)
        << QByteArray("Bearer bob-token") << QByteArray("granted") << QStringList{u"bob's token"_s}
        << QStringList{u"altered"_s};
}

void tst_Credentials::builtCredentialsAreWhatTheServerJudges()
{
    QFETCH(QString, who);
    QFETCH(QString, typed);
    QFETCH(int, scheme);
    QFETCH(int, state);
    QFETCH(QByteArray, authorization);
    QFETCH(QByteArray, rule);
    QFETCH(QStringList, says);
    QFETCH(QStringList, neverSays);

    const Scenario scenario = ScenarioIO::defaultScenario();
    RequestSpec spec;
    spec.identity = identityFrom(who, typed);
    spec.scheme = ClientScheme(scheme);
    spec.credentials = CredentialState(state);
    const BuiltCredentials built = CredentialBuilder::build(scenario, spec);
    if (authorization == "*")
        QVERIFY(!built.authorization.isEmpty());
    else
        QCOMPARE(built.authorization, authorization);

    // /staff takes Basic (group staff: alice, bob); /api/reports takes Bearer (scope read).
    const QByteArray path =
        spec.scheme == ClientScheme::Basic ? QByteArray("/staff") : QByteArray("/api/reports");
    const Verdict v = judgeAuthorization(scenario, path, built.authorization);
    QCOMPARE(QByteArray(ruleInfo(v.reason).id), rule);
    for (const QString &word : std::as_const(says))
        QVERIFY2(built.summary.contains(word), qPrintable(built.summary + u" lacks "_s + word));
    for (const QString &word : std::as_const(neverSays))
        QVERIFY2(!built.summary.contains(word), qPrintable(built.summary + u" says "_s + word));
}

void tst_Credentials::stateNamesFollowSchemeAndIdentity_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("scheme");
    QTest::addColumn<QStringList>("names"); // in menu order

    QTest::newRow("user, Basic") << int(Identity::Kind::ScenarioUser) << int(ClientScheme::Basic)
                                 << QStringList{u"correct password"_s, u"wrong password"_s, u"unknown user"_s,
                                                u"malformed header"_s, u"no credentials"_s};
    QTest::newRow("user, Bearer") << int(Identity::Kind::ScenarioUser) << int(ClientScheme::Bearer)
                                  << QStringList{u"valid token"_s, u"altered token"_s, u"unknown token"_s,
                                                 u"malformed header"_s, u"no credentials"_s};
    QTest::newRow("custom, Basic") << int(Identity::Kind::Custom) << int(ClientScheme::Basic)
                                   << QStringList{u"typed password"_s, u"malformed header"_s,
                                                  u"no credentials"_s};
    QTest::newRow("custom, Bearer") << int(Identity::Kind::Custom) << int(ClientScheme::Bearer)
                                    << QStringList{u"typed token"_s, u"malformed header"_s,
                                                   u"no credentials"_s};
}

void tst_Credentials::stateNamesFollowSchemeAndIdentity()
{
    QFETCH(int, kind);
    QFETCH(int, scheme);
    QFETCH(QStringList, names);
    QStringList got;
    for (CredentialState s : CredentialBuilder::offeredStates(Identity::Kind(kind)))
        got.append(CredentialBuilder::stateName(s, ClientScheme(scheme), Identity::Kind(kind)));
    QCOMPARE(got, names);
}

void tst_Credentials::customIdentityIsJudgedAsTheUserItNames_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("scheme");
    QTest::addColumn<QString>("user"); // empty: none of the scenario's users

    QTest::newRow("alice") << u"alice"_s << QString() << int(ClientScheme::Basic) << u"alice"_s;
    QTest::newRow("custom bob, Basic")
        << u"custom:bob"_s << u"wrong"_s << int(ClientScheme::Basic) << u"bob"_s;
    QTest::newRow("custom mallory, Basic")
        << u"custom:mallory"_s << u"x"_s << int(ClientScheme::Basic) << QString();
    QTest::newRow("custom bob with alice's token")
        << u"custom:bob"_s << u"alice-token"_s << int(ClientScheme::Bearer) << u"alice"_s;
    QTest::newRow("custom bob with no known token")
        << u"custom:bob"_s << u"guess"_s << int(ClientScheme::Bearer) << QString();
    QTest::newRow("anonymous") << QString() << QString() << int(ClientScheme::Basic) << QString();
}

void tst_Credentials::customIdentityIsJudgedAsTheUserItNames()
{
    QFETCH(QString, who);
    QFETCH(QString, typed);
    QFETCH(int, scheme);
    QFETCH(QString, user);
    const Scenario scenario = ScenarioIO::defaultScenario();
    RequestSpec spec;
    spec.identity = identityFrom(who, typed);
    spec.scheme = ClientScheme(scheme);
    QCOMPARE(CredentialBuilder::scenarioUserIndex(scenario, spec), scenario.userIndex(user));
}

QTEST_GUILESS_MAIN(tst_Credentials)
#include "tst_credentials.moc"
