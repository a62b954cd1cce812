// libFuzzer target: the input as an application/x-www-form-urlencoded body (the login form,
// the query of GET /login), as a Content-Type value and as a `next` redirect target.
//
// Invariants: the limits hold; decoded names and values are valid UTF-8 and distinct; a body
// serialized again from the parsed fields parses to the same fields; safeNext() returns the
// input or "/", and what it returns is a local path even after percent-decoding; the login page
// never carries the input unescaped; loginLocation() round-trips through the form parser.

#include "fuzzcommon.h"

#include "auth/loginpage.h"
#include "auth/syntax.h"
#include "http/formbody.h"
#include "http/http.h"

using namespace authlab;
using namespace authlab::session;

namespace {

// The URL Standard's application/x-www-form-urlencoded serializer, written independently of
// the parser: unreserved bytes as they are, space as '+', everything else %XX.
QByteArray serialize(const Form &form)
{
    static const char hex[] = "0123456789ABCDEF";
    const auto encode = [](const QByteArray &in) {
        QByteArray out;
        for (const char c : in) {
            const auto u = static_cast<unsigned char>(c);
            if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || c == '*' ||
                c == '-' || c == '.' || c == '_') {
                out += c;
            } else if (c == ' ') {
                out += '+';
            } else {
                out += '%';
                out += hex[u >> 4];
                out += hex[u & 15];
            }
        }
        return out;
    };
    QByteArray body;
    for (const FormField &f : form.fields) {
        if (!body.isEmpty())
            body += '&';
        body += encode(f.name) + '=' + encode(f.value);
    }
    return body;
}

bool startsLocal(QByteArrayView p)
{
    return !p.isEmpty() && p.front() == '/' && !(p.size() >= 2 && (p[1] == '/' || p[1] == '\\'));
}

void checkForm(QByteArrayView input)
{
    const Form form = parseForm(input);
    FUZZ_CHECK(!formErrorText(form.error).isEmpty());
    if (input.size() > kMaxFormBytes) {
        FUZZ_CHECK(form.error == FormError::TooLarge && form.fields.isEmpty());
        return;
    }
    FUZZ_CHECK(form.error != FormError::TooLarge);
    if (!form.ok()) {
        FUZZ_CHECK(form.fields.isEmpty() && form.duplicates.isEmpty());
        return;
    }
    FUZZ_CHECK(form.fields.size() <= kMaxFormFields);
    FUZZ_CHECK(form.duplicates.size() <= form.fields.size());
    // Without '%' and '+' a field is its bytes: a decoded value is never longer than its input.
    qsizetype total = 0;
    for (qsizetype i = 0; i < form.fields.size(); ++i) {
        const FormField &f = form.fields[i];
        FUZZ_CHECK(syntax::isValidUtf8(f.name) && syntax::isValidUtf8(f.value));
        FUZZ_CHECK(!f.value.isNull());
        FUZZ_CHECK(form.value(f.name) == f.value);
        for (qsizetype j = 0; j < i; ++j)
            FUZZ_CHECK(form.fields[j].name != f.name);
        total += f.name.size() + f.value.size();
    }
    if (!form.replacedInvalidUtf8)
        FUZZ_CHECK(total <= input.size());
    for (const QByteArray &d : form.duplicates)
        FUZZ_CHECK(form.has(d));
    // countFields() (the Bearer unit's query count) splits and decodes names as parseForm() does.
    if (!form.replacedInvalidUtf8) {
        for (const FormField &f : form.fields) {
            const int n = countFields(input, f.name);
            FUZZ_CHECK(form.duplicates.contains(f.name) ? n >= 2 : n == 1);
        }
        const int tokens = countFields(input, "access_token");
        FUZZ_CHECK(!form.has("access_token")                  ? tokens == 0
                   : form.duplicates.contains("access_token") ? tokens >= 2
                                                              : tokens == 1);
    }

    // Serialize and parse again: the same fields, nothing replaced, no duplicates.
    const QByteArray again = serialize(form);
    if (again.size() <= kMaxFormBytes) {
        const Form back = parseForm(again);
        FUZZ_CHECK(back.ok() && !back.replacedInvalidUtf8 && back.duplicates.isEmpty());
        FUZZ_CHECK(back.fields.size() == form.fields.size());
        for (qsizetype i = 0; i < form.fields.size(); ++i) {
            FUZZ_CHECK(back.fields[i].name == form.fields[i].name);
            FUZZ_CHECK(back.fields[i].value == form.fields[i].value);
        }
    }

    // percentDecode: never longer, the identity without '%'.
    const QByteArray decoded = percentDecode(input);
    FUZZ_CHECK(decoded.size() <= input.size());
    if (!input.contains('%'))
        FUZZ_CHECK(decoded == input);
}

void checkMediaType(QByteArrayView input)
{
    if (isFormMediaType(input)) {
        const qsizetype semi = input.indexOf(';');
        const QByteArrayView type = http::trimOws(semi < 0 ? input : input.first(semi));
        FUZZ_CHECK(http::equalsIgnoreCase(type, kFormMediaType));
        FUZZ_CHECK(semi < 0 || http::trimOws(input.sliced(semi + 1)).size() <= 17); // charset="utf-8"
    }
}

void checkNext(QByteArrayView input)
{
    const QByteArray next = safeNext(input);
    FUZZ_CHECK(next == "/" || next == input);
    FUZZ_CHECK(next.size() <= kMaxNextBytes);
    FUZZ_CHECK(startsLocal(next));
    QByteArray d = next;
    for (int round = 0; round < 4; ++round) {
        FUZZ_CHECK(startsLocal(d));
        for (const char c : d)
            FUZZ_CHECK(static_cast<unsigned char>(c) >= 0x20 && c != 0x7f);
        d = percentDecode(d);
    }
    for (const char c : next)
        FUZZ_CHECK(static_cast<unsigned char>(c) > 0x20 && static_cast<unsigned char>(c) < 0x7f && c != '\\');

    // The page: the input appears only escaped (no raw markup characters from it).
    const QByteArray escaped = htmlEscape(input);
    for (const char c : escaped)
        FUZZ_CHECK(c != '<' && c != '>' && c != '"' && c != '\'');
    LoginForm form;
    form.next = input;
    form.username = input;
    form.failed = !input.isEmpty() && (input.front() & 1);
    const QByteArray html = loginPageHtml(form);
    FUZZ_CHECK(html.contains(QByteArray("name=\"next\" value=\"" + htmlEscape(next) + "\"")));
    FUZZ_CHECK(html.contains(QByteArray("value=\"" + escaped + "\"")));
    FUZZ_CHECK(html.count("<input") == 3 && html.count("<form") == 1);

    // The redirect to the form carries any path back through the form parser.
    if (syntax::isValidUtf8(input) && input.size() <= 1024) {
        const QByteArray location = loginLocation(input);
        FUZZ_CHECK(location.startsWith("/login?next="));
        for (const char c : location)
            FUZZ_CHECK(static_cast<unsigned char>(c) > 0x20 && static_cast<unsigned char>(c) < 0x7f);
        const Form query = parseForm(location.sliced(location.indexOf('?') + 1));
        FUZZ_CHECK(query.ok() && query.value("next") == input);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    checkForm(input);
    checkMediaType(input);
    checkNext(input);
    return 0;
}
