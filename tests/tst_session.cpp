// The building blocks of the cookie-session login (/login, /logout, /app/): the form body
// parser, the Cookie / Set-Cookie helpers, the bounded session store, the login page and the
// open-redirect guard for `next`.

#include "auth/loginpage.h"
#include "auth/sessions.h"
#include "auth/state.h"
#include "http/cookies.h"
#include "http/formbody.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QTest>

using namespace authlab;
using namespace authlab::session;

namespace {

using Bytes = QList<QByteArray>;

// "name=value" per field, for readable comparisons.
Bytes fieldsOf(const Form &form)
{
    Bytes out;
    for (const FormField &f : form.fields)
        out.append(f.name + '=' + f.value);
    return out;
}

Bytes pairsOf(const CookieList &list)
{
    Bytes out;
    for (const CookiePair &p : list.pairs)
        out.append(p.name.toByteArray() + '=' + p.value.toByteArray());
    return out;
}

} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formParse_data();
    void formParse();
    void formLimits_data();
    void formLimits();
    void formValue();
    void countFields_data();
    void countFields();
    void mediaType_data();
    void mediaType();

    void cookieParse_data();
    void cookieParse();
    void cookieLimits();
    void cookieValuesOverFields();
    void setCookie();

    void idsAreUniqueHex128();
    void findExactIdOnly_data();
    void findExactIdOnly();

    void safeNext_data();
    void safeNext();
    void loginLocation_data();
    void loginLocation();
    void loginPage();
    void htmlEscaping();
};

// ---- form body ------------------------------------------------------------------------------

void TestSession::formParse_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Bytes>("fields");
    QTest::addColumn<Bytes>("duplicates");
    QTest::addColumn<bool>("replaced");

    const Bytes none;
    QTest::newRow("login") << QByteArray("username=alice&password=s3cret&next=%2Fapp%2F")
                           << Bytes{"username=alice", "password=s3cret", "next=/app/"} << none << false;
    QTest::newRow("empty") << QByteArray() << none << none << false;
    QTest::newRow("plus is space") << QByteArray("a+b=c+d") << Bytes{"a b=c d"} << none << false;
    QTest::newRow("%2B is plus") << QByteArray("a=%2B") << Bytes{"a=+"} << none << false;
    QTest::newRow("%20 and +") << QByteArray("a=x%20y+z") << Bytes{"a=x y z"} << none << false;
    QTest::newRow("bad percent kept") << QByteArray("a=%zz") << Bytes{"a=%zz"} << none << false;
    QTest::newRow("short percent kept") << QByteArray("a=%4") << Bytes{"a=%4"} << none << false;
    QTest::newRow("lone percent kept") << QByteArray("a=%") << Bytes{"a=%"} << none << false;
    QTest::newRow("percent then valid") << QByteArray("a=%%41") << Bytes{"a=%A"} << none << false;
    QTest::newRow("100%25") << QByteArray("a=100%25") << Bytes{"a=100%"} << none << false;
    QTest::newRow("lower-case hex") << QByteArray("a=%c3%a9") << Bytes{"a=\xc3\xa9"} << none << false;
    QTest::newRow("empty sequences skipped")
        << QByteArray("&&a=1&&b=2&") << Bytes{"a=1", "b=2"} << none << false;
    QTest::newRow("no equals") << QByteArray("a") << Bytes{"a="} << none << false;
    QTest::newRow("empty name") << QByteArray("=v") << Bytes{"=v"} << none << false;
    QTest::newRow("second equals in value") << QByteArray("a==b") << Bytes{"a==b"} << none << false;
    QTest::newRow("encoded ampersand") << QByteArray("a=x%26b%3Dy") << Bytes{"a=x&b=y"} << none << false;
    QTest::newRow("utf8 raw") << QByteArray("name=Z\xc3\xb6\x65") << Bytes{"name=Z\xc3\xb6\x65"} << none
                              << false;
    QTest::newRow("invalid utf8 replaced") << QByteArray("a=%FF") << Bytes{"a=\xef\xbf\xbd"} << none << true;
    QTest::newRow("overlong replaced")
        << QByteArray("a=%C0%AF") << Bytes{"a=\xef\xbf\xbd\xef\xbf\xbd"} << none << true;
    QTest::newRow("bom kept") << QByteArray("a=%EF%BB%BFx") << Bytes{"a=\xef\xbb\xbfx"} << none << false;
    QTest::newRow("nul byte") << QByteArray("a=%00") << Bytes{QByteArray("a=\0", 3)} << none << false;
    QTest::newRow("duplicate keeps first")
        << QByteArray("a=1&b=2&a=3&a=4") << Bytes{"a=1", "b=2"} << Bytes{"a"} << false;
    QTest::newRow("duplicate after decoding")
        << QByteArray("user=a&%75ser=b&us+er=c&us%20er=d") << Bytes{"user=a", "us er=c"}
        << Bytes{"user", "us er"} << false;
}

void TestSession::formParse()
{
    QFETCH(QByteArray, body);
    QFETCH(Bytes, fields);
    QFETCH(Bytes, duplicates);
    QFETCH(bool, replaced);
    const Form form = parseForm(body);
    QVERIFY(form.ok());
    QCOMPARE(fieldsOf(form), fields);
    QCOMPARE(form.duplicates, duplicates);
    QCOMPARE(form.replacedInvalidUtf8, replaced);
}

// countFields(): a query's access_token parameters (RFC 6750 §2.3), counted as parseForm() splits
// and decodes names, without its field limit.
void TestSession::countFields_data()
{
    QTest::addColumn<QByteArray>("form");
    QTest::addColumn<int>("count");
    QTest::newRow("none") << QByteArray() << 0;
    QTest::newRow("one") << QByteArray("access_token=a") << 1;
    QTest::newRow("no value") << QByteArray("access_token") << 1;
    QTest::newRow("empty value") << QByteArray("x=1&access_token=") << 1;
    QTest::newRow("twice") << QByteArray("access_token=a&b=2&access_token=c") << 2;
    QTest::newRow("percent-encoded name") << QByteArray("access%5ftoken=a&%61ccess_token=b") << 2;
    QTest::newRow("name in a value") << QByteArray("x=access_token") << 0;
    QTest::newRow("longer name") << QByteArray("access_tokens=a&xaccess_token=b") << 0;
    QTest::newRow("plus is a space") << QByteArray("access+token=a") << 0;
    QTest::newRow("encoded plus, found by fuzz_formbody") << QByteArray("%2B=1&+=2") << 0;
    QTest::newRow("beyond the field limit")
        << QByteArray("a=1&").repeated(kMaxFormFields * 4) + "access_token=z" << 1;
    QTest::newRow("empty sequences") << QByteArray("&&access_token=a&&") << 1;
}

void TestSession::countFields()
{
    QFETCH(QByteArray, form);
    QFETCH(int, count);
    QCOMPARE(session::countFields(form, "access_token"), count);
    // Every name of the form, as parseForm() decodes it, is counted once (or more, if repeated).
    const Form parsed = parseForm(form, form.size(), int(form.size()) + 1);
    for (const FormField &f : parsed.fields) {
        const int n = session::countFields(form, f.name);
        QVERIFY2(parsed.duplicates.contains(f.name) ? n >= 2 : n == 1, f.name.constData());
    }
}

void TestSession::formLimits_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("error");
    QTest::addColumn<int>("count");

    QByteArray atLimit(kMaxFormBytes, 'x');
    atLimit[0] = 'a';
    atLimit[1] = '=';
    QTest::newRow("bytes at limit") << atLimit << int(FormError::None) << 1;
    QTest::newRow("one byte over") << QByteArray(atLimit + 'x') << int(FormError::TooLarge) << 0;

    QByteArray fields;
    for (int i = 0; i < kMaxFormFields; ++i)
        fields += "f" + QByteArray::number(i) + "=v&";
    QTest::newRow("fields at limit") << fields << int(FormError::None) << kMaxFormFields;
    QTest::newRow("one field over") << QByteArray(fields + "x=y") << int(FormError::TooManyFields) << 0;
    QTest::newRow("duplicates count")
        << QByteArray("a=1&").repeated(kMaxFormFields + 1) << int(FormError::TooManyFields) << 0;
    QTest::newRow("empty sequences free")
        << QByteArray(QByteArray(500, '&') + "a=1" + QByteArray(500, '&')) << int(FormError::None) << 1;
}

void TestSession::formLimits()
{
    QFETCH(QByteArray, body);
    QFETCH(int, error);
    QFETCH(int, count);
    const Form form = parseForm(body);
    QCOMPARE(int(form.error), error);
    QCOMPARE(form.fields.size(), count);
    QVERIFY(!formErrorText(form.error).isEmpty());
    // Smaller limits are honoured as given.
    QCOMPARE(parseForm("a=1&b=2", 7, 2).error, FormError::None);
    QCOMPARE(parseForm("a=1&b=2", 6, 2).error, FormError::TooLarge);
    QCOMPARE(parseForm("a=1&b=2", 7, 1).error, FormError::TooManyFields);
}

void TestSession::formValue()
{
    const Form form = parseForm("username=&next=%2F");
    QVERIFY(form.has("username"));
    QVERIFY(!form.value("username").isNull());
    QVERIFY(form.value("username").isEmpty());
    QVERIFY(!form.has("password"));
    QVERIFY(form.value("password").isNull());
    QCOMPARE(form.value("next"), QByteArray("/"));
}

void TestSession::mediaType_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("plain") << QByteArray("application/x-www-form-urlencoded") << true;
    QTest::newRow("upper case") << QByteArray("Application/X-WWW-Form-URLEncoded") << true;
    QTest::newRow("charset") << QByteArray("application/x-www-form-urlencoded; charset=UTF-8") << true;
    QTest::newRow("charset lower, no space")
        << QByteArray("application/x-www-form-urlencoded;charset=utf-8") << true;
    QTest::newRow("charset quoted") << QByteArray("application/x-www-form-urlencoded; Charset=\"UTF-8\"")
                                    << true;
    QTest::newRow("ows around") << QByteArray(" application/x-www-form-urlencoded \t; charset=utf-8 ")
                                << true;
    QTest::newRow("latin1") << QByteArray("application/x-www-form-urlencoded; charset=ISO-8859-1") << false;
    QTest::newRow("other param") << QByteArray("application/x-www-form-urlencoded; foo=bar") << false;
    QTest::newRow("two params") << QByteArray("application/x-www-form-urlencoded; charset=utf-8; a=b")
                                << false;
    QTest::newRow("space around =") << QByteArray("application/x-www-form-urlencoded; charset = utf-8")
                                    << false;
    QTest::newRow("empty param") << QByteArray("application/x-www-form-urlencoded;") << false;
    QTest::newRow("multipart") << QByteArray("multipart/form-data; boundary=x") << false;
    QTest::newRow("json") << QByteArray("application/json") << false;
    QTest::newRow("prefix") << QByteArray("application/x-www-form-urlencodedx") << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestSession::mediaType()
{
    QFETCH(QByteArray, contentType);
    QFETCH(bool, accepted);
    QCOMPARE(isFormMediaType(contentType), accepted);
}

// ---- cookies --------------------------------------------------------------------------------

void TestSession::cookieParse_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<Bytes>("pairs");
    QTest::addColumn<int>("malformed");

    QTest::newRow("one") << QByteArray("authlab_session=0123abcd") << Bytes{"authlab_session=0123abcd"} << 0;
    QTest::newRow("two, RFC spacing") << QByteArray("a=1; b=2") << Bytes{"a=1", "b=2"} << 0;
    QTest::newRow("no space") << QByteArray("a=1;b=2") << Bytes{"a=1", "b=2"} << 0;
    QTest::newRow("loose whitespace") << QByteArray(" a = 1 ;\tb=2 ") << Bytes{"a=1", "b=2"} << 0;
    QTest::newRow("quoted value") << QByteArray("a=\"q1\"") << Bytes{"a=q1"} << 0;
    QTest::newRow("empty value") << QByteArray("a=; b=2") << Bytes{"a=", "b=2"} << 0;
    QTest::newRow("empty pieces") << QByteArray(";; a=1 ;;") << Bytes{"a=1"} << 0;
    QTest::newRow("empty") << QByteArray() << Bytes{} << 0;
    QTest::newRow("value with =") << QByteArray("a=b=c") << Bytes{"a=b=c"} << 0;
    QTest::newRow("no equals") << QByteArray("flag; a=1") << Bytes{"a=1"} << 1;
    QTest::newRow("empty name") << QByteArray("=v; a=1") << Bytes{"a=1"} << 1;
    QTest::newRow("name with space") << QByteArray("a b=1; c=2") << Bytes{"c=2"} << 1;
    QTest::newRow("name with separator") << QByteArray("a(b)=1") << Bytes{} << 1;
    QTest::newRow("space in value") << QByteArray("a=1 2; c=3") << Bytes{"c=3"} << 1;
    QTest::newRow("comma in value") << QByteArray("a=x,y; c=3") << Bytes{"c=3"} << 1;
    QTest::newRow("backslash in value") << QByteArray("a=x\\y") << Bytes{} << 1;
    QTest::newRow("lone quote") << QByteArray("a=\"") << Bytes{} << 1;
    QTest::newRow("control in value") << QByteArray("a=x\x01y; c=3") << Bytes{"c=3"} << 1;
    QTest::newRow("8-bit in value") << QByteArray("a=\xc3\xa9; c=3") << Bytes{"c=3"} << 1;
    QTest::newRow("same name twice") << QByteArray("s=1; s=2") << Bytes{"s=1", "s=2"} << 0;
}

void TestSession::cookieParse()
{
    QFETCH(QByteArray, header);
    QFETCH(Bytes, pairs);
    QFETCH(int, malformed);
    const CookieList list = parseCookies(header);
    QCOMPARE(pairsOf(list), pairs);
    QCOMPARE(list.malformed, malformed);
    QVERIFY(!list.tooLong);
    QVERIFY(!list.truncated);
}

void TestSession::cookieLimits()
{
    QByteArray atLimit = "a=" + QByteArray(kMaxCookieBytes - 2, 'x');
    CookieList list = parseCookies(atLimit);
    QVERIFY(!list.tooLong);
    QCOMPARE(list.pairs.size(), 1);

    list = parseCookies(QByteArray(atLimit + 'x'));
    QVERIFY(list.tooLong);
    QCOMPARE(list.pairs.size(), 0);

    QByteArray many;
    for (int i = 0; i < kMaxCookiePairs + 5; ++i)
        many += "c" + QByteArray::number(i) + "=v; ";
    list = parseCookies(many);
    QVERIFY(list.truncated);
    QCOMPARE(list.pairs.size(), kMaxCookiePairs);
    QCOMPARE(list.pairs.last().name.toByteArray(), QByteArray("c" + QByteArray::number(kMaxCookiePairs - 1)));
}

void TestSession::cookieValuesOverFields()
{
    http::HeaderFields fields;
    fields.append({"Host", "localhost"});
    fields.append({"Cookie", "theme=dark; authlab_session=first"});
    fields.append({"cookie", "AUTHLAB_SESSION=wrongcase; authlab_session=\"second\""});
    fields.append({"X-Cookie", "authlab_session=not-a-cookie-field"});
    fields.append({"COOKIE", "authlab_session=bad value; authlab_session=third"});
    const auto values = cookieValues(fields);
    QCOMPARE(values.size(), 3);
    QCOMPARE(values[0], QByteArrayView("first"));
    QCOMPARE(values[1], QByteArrayView("second"));
    QCOMPARE(values[2], QByteArrayView("third"));
    QCOMPARE(cookieValues(fields, "theme").size(), 1);

    http::HeaderFields none;
    none.append({"Cookie", "theme=dark"});
    QVERIFY(cookieValues(none).isEmpty());
}

void TestSession::setCookie()
{
    const QByteArray id = newId();
    QCOMPARE(sessionSetCookie(id), QByteArray("authlab_session=" + id + "; Path=/; HttpOnly; SameSite=Lax"));
    QCOMPARE(sessionClearCookie(), QByteArray("authlab_session=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax"));
    // What we set, a browser sends back as a Cookie the parser reads.
    const QByteArray set = sessionSetCookie(id);
    const QByteArray pair = set.left(set.indexOf(';')); // the list's views point into it
    const CookieList back = parseCookies(pair);
    QCOMPARE(pairsOf(back), Bytes{"authlab_session=" + id});
}

// ---- session ids and their table ------------------------------------------------------------
// The table is AuthState's Sessions table (bounds, eviction and Remove: tst_render's state
// tests); here what the cookie scheme puts in it: ids and their keys.

void TestSession::idsAreUniqueHex128()
{
    QSet<QByteArray> seen;
    QByteArray orBits(16, '\0');
    QByteArray andBits(16, '\xff');
    for (int i = 0; i < 2000; ++i) {
        const QByteArray id = newId();
        QCOMPARE(id.size(), kSessionIdChars);
        QVERIFY2(isWellFormedId(id), id.constData());
        QVERIFY(!seen.contains(id));
        seen.insert(id);
        const QByteArray raw = QByteArray::fromHex(id);
        QCOMPARE(raw.size(), 16);
        for (int b = 0; b < 16; ++b) {
            orBits[b] = char(orBits[b] | raw[b]);
            andBits[b] = char(andBits[b] & raw[b]);
        }
    }
    // Every one of the 128 bits took both values: none is fixed (the chance that a truly random
    // bit stays constant over 2000 ids is 2^-1999).
    QCOMPARE(orBits, QByteArray(16, '\xff'));
    QCOMPARE(andBits, QByteArray(16, '\0'));
}

void TestSession::findExactIdOnly_data()
{
    QTest::addColumn<int>("variant");
    QTest::addColumn<bool>("wellFormed");
    QTest::newRow("unknown well-formed") << 0 << true;
    QTest::newRow("truncated by one") << 1 << false;
    QTest::newRow("half") << 2 << false;
    QTest::newRow("one more char") << 3 << false;
    QTest::newRow("upper case") << 4 << false;
    QTest::newRow("last char changed") << 5 << true;
    QTest::newRow("first char changed") << 6 << true;
    QTest::newRow("empty") << 7 << false;
    QTest::newRow("quoted") << 8 << false;
}

void TestSession::findExactIdOnly()
{
    QFETCH(int, variant);
    QFETCH(bool, wellFormed);
    AuthState state;
    const QByteArray id = newId();
    state.apply({{StateChange::Kind::Put, StateTable::Sessions, tableKey(id), {"alice", 0, 0}}});
    QCOMPARE(state.find(StateTable::Sessions, tableKey(id))->value, QByteArray("alice"));
    QCOMPARE(tableKey(id).size(), 16);    // a digest, not the id
    QCOMPARE(tableKey(id), tableKey(id)); // the same key for the same id within the process

    QByteArray other;
    switch (variant) {
    case 0:
        other = newId();
        break;
    case 1:
        other = id.left(kSessionIdChars - 1);
        break;
    case 2:
        other = id.left(kSessionIdChars / 2);
        break;
    case 3:
        other = id + '0';
        break;
    case 4:
        other = id.toUpper();
        if (other == id) // all digits: make it differ anyway
            other[0] = 'A';
        break;
    case 5:
        other = id;
        other[kSessionIdChars - 1] = other.back() == '0' ? '1' : '0';
        break;
    case 6:
        other = id;
        other[0] = other.front() == '0' ? '1' : '0';
        break;
    case 7:
        break;
    case 8:
        other = '"' + id + '"';
        break;
    }
    QVERIFY(other != id);
    QCOMPARE(isWellFormedId(other), wellFormed);
    QVERIFY(tableKey(other) != tableKey(id));
    QVERIFY(!state.find(StateTable::Sessions, tableKey(other)).has_value());
    state.apply({{StateChange::Kind::Remove, StateTable::Sessions, tableKey(other), {}}});
    QVERIFY(state.find(StateTable::Sessions, tableKey(id)).has_value()); // only its own id ends it
    state.apply({{StateChange::Kind::Remove, StateTable::Sessions, tableKey(id), {}}});
    QVERIFY(!state.find(StateTable::Sessions, tableKey(id)).has_value());
}

// ---- login page and next --------------------------------------------------------------------

void TestSession::safeNext_data()
{
    QTest::addColumn<QByteArray>("next");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray root("/");

    QTest::newRow("app") << QByteArray("/app/") << QByteArray("/app/");
    QTest::newRow("app query") << QByteArray("/app/?x=1") << QByteArray("/app/?x=1");
    QTest::newRow("fragment") << QByteArray("/app/#top") << QByteArray("/app/#top");
    QTest::newRow("root") << root << root;
    QTest::newRow("encoded space ok") << QByteArray("/app/a%20b") << QByteArray("/app/a%20b");
    QTest::newRow("encoded utf8 ok") << QByteArray("/app/caf%C3%A9") << QByteArray("/app/caf%C3%A9");
    QTest::newRow("encoded backslash inside ok") << QByteArray("/app/%5Cx") << QByteArray("/app/%5Cx");
    QTest::newRow("encoded tab") << QByteArray("/%09/evil.example") << QByteArray("/");
    QTest::newRow("encoded slash lower-case double") << QByteArray("/%252f%252fevil") << QByteArray("/");
    QTest::newRow("dot segments ok") << QByteArray("/app/../staff") << QByteArray("/app/../staff");
    QTest::newRow("empty") << QByteArray() << root;
    QTest::newRow("relative") << QByteArray("app/") << root;
    QTest::newRow("protocol-relative") << QByteArray("//evil.example") << root;
    QTest::newRow("protocol-relative path") << QByteArray("//evil.example/app/") << root;
    QTest::newRow("slash backslash") << QByteArray("/\\evil.example") << root;
    QTest::newRow("backslash slash") << QByteArray("\\/evil.example") << root;
    QTest::newRow("backslash later") << QByteArray("/app\\..\\x") << root;
    QTest::newRow("encoded slashes") << QByteArray("%2F%2Fevil.example") << root;
    QTest::newRow("slash then encoded slash") << QByteArray("/%2Fevil.example") << root;
    QTest::newRow("slash then encoded lower") << QByteArray("/%2fevil.example") << root;
    QTest::newRow("slash then encoded backslash") << QByteArray("/%5Cevil.example") << root;
    QTest::newRow("double encoded") << QByteArray("/%252Fevil.example") << root;
    QTest::newRow("triple encoded") << QByteArray("/%25252Fevil.example") << root;
    QTest::newRow("encoded newline") << QByteArray("/app/%0d%0aSet-Cookie:x=1") << root;
    QTest::newRow("https") << QByteArray("https://evil.example/") << root;
    QTest::newRow("http upper") << QByteArray("HTTP://evil.example/") << root;
    QTest::newRow("javascript") << QByteArray("javascript:alert(1)") << root;
    QTest::newRow("data") << QByteArray("data:text/html,x") << root;
    QTest::newRow("tab trick") << QByteArray("/\t/evil.example") << root;
    QTest::newRow("newline trick") << QByteArray("/\n/evil.example") << root;
    QTest::newRow("cr lf") << QByteArray("/app/\r\nSet-Cookie: x=1") << root;
    QTest::newRow("nul") << QByteArray("/app/\0x", 7) << root;
    QTest::newRow("space") << QByteArray("/app/ x") << root;
    QTest::newRow("leading space") << QByteArray(" /app/") << root;
    QTest::newRow("8-bit") << QByteArray("/app/\xc3\xa9") << root;
    QTest::newRow("del") << QByteArray("/app/\x7f") << root;
    QTest::newRow("too long") << QByteArray("/" + QByteArray(kMaxNextBytes, 'a')) << root;
    QTest::newRow("at length limit") << QByteArray("/" + QByteArray(kMaxNextBytes - 1, 'a'))
                                     << QByteArray("/" + QByteArray(kMaxNextBytes - 1, 'a'));
}

void TestSession::safeNext()
{
    QFETCH(QByteArray, next);
    QFETCH(QByteArray, expected);
    QCOMPARE(session::safeNext(next), expected);
}

void TestSession::loginLocation_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("location");
    QTest::newRow("app") << QByteArray("/app/") << QByteArray("/login?next=/app/");
    QTest::newRow("query") << QByteArray("/app/?x=1&y=2") << QByteArray("/login?next=/app/%3Fx%3D1%26y%3D2");
    QTest::newRow("plus and percent")
        << QByteArray("/app/a+b%20") << QByteArray("/login?next=/app/a%2Bb%2520");
}

void TestSession::loginLocation()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, location);
    QCOMPARE(session::loginLocation(path), location);
    // The form reads next back from the query with the form parser: a round trip.
    const Form query = parseForm(location.mid(location.indexOf('?') + 1));
    QCOMPARE(query.value("next"), path);
}

void TestSession::loginPage()
{
    LoginForm form;
    form.next = "/app/?a=\"><script>alert(1)</script>";
    QByteArray html = loginPageHtml(form);
    QVERIFY(html.startsWith("<!DOCTYPE html>"));
    QVERIFY(html.contains("<form method=\"post\" action=\"/login\">"));
    QVERIFY(html.contains("<label for=\"username\">"));
    QVERIFY(html.contains("<label for=\"password\">"));
    QVERIFY(html.contains("id=\"username\" name=\"username\""));
    QVERIFY(html.contains("autocomplete=\"username\""));
    QVERIFY(html.contains("autocomplete=\"current-password\""));
    QVERIFY(html.contains("type=\"password\""));
    QVERIFY(html.contains("name=\"next\" value=\"/app/?a=&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""));
    QVERIFY(!html.contains("<script>"));
    QVERIFY(!html.contains("role=\"alert\""));

    form.next = "//evil.example";
    form.failed = true;
    form.username = "al\"ice<";
    html = loginPageHtml(form);
    QVERIFY(html.contains("name=\"next\" value=\"/\""));
    QVERIFY(!html.contains("evil.example"));
    QVERIFY(html.contains("role=\"alert\""));
    QVERIFY(html.contains("Wrong user name or password."));
    QVERIFY(html.contains("aria-describedby=\"login-error\""));
    QVERIFY(html.contains("value=\"al&quot;ice&lt;\""));
}

void TestSession::htmlEscaping()
{
    QCOMPARE(htmlEscape("a&b<c>d\"e'f"), QByteArray("a&amp;b&lt;c&gt;d&quot;e&#39;f"));
    QCOMPARE(htmlEscape("plain /app/"), QByteArray("plain /app/"));
    QCOMPARE(htmlEscape(""), QByteArray(""));
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
