// libFuzzer target: the input as Cookie field values (split at each '\n' into several fields)
// and as a session id put into the server's Sessions table (AuthState).
//
// Invariants: the limits hold; every pair has a token name and a value of cookie-octets, both
// views into the input; pairs joined again parse to the same pairs; cookieValues() finds
// exactly the authlab_session pairs; the table finds a session only for its exact id, and a
// session put under an id can be found and ended again.

#include "fuzzcommon.h"

#include "auth/sessions.h"
#include "auth/state.h"
#include "auth/syntax.h"
#include "http/cookies.h"

using namespace authlab;
using namespace authlab::session;

namespace {

bool within(QByteArrayView part, QByteArrayView whole)
{
    return part.isEmpty() ||
           (part.data() >= whole.data() && part.data() + part.size() <= whole.data() + whole.size());
}

QVarLengthArray<QByteArrayView, 4> checkOneField(QByteArrayView value)
{
    QVarLengthArray<QByteArrayView, 4> sessionValues;
    const CookieList list = parseCookies(value);
    if (value.size() > kMaxCookieBytes) {
        FUZZ_CHECK(list.tooLong && list.pairs.isEmpty() && list.malformed == 0);
        return sessionValues;
    }
    FUZZ_CHECK(!list.tooLong);
    FUZZ_CHECK(list.pairs.size() <= kMaxCookiePairs);
    FUZZ_CHECK(!list.truncated || list.pairs.size() == kMaxCookiePairs);
    FUZZ_CHECK(list.pairs.size() + list.malformed <= value.count(';') + 1);
    for (const CookiePair &p : list.pairs) {
        FUZZ_CHECK(syntax::isToken(p.name));
        for (const char c : p.value)
            FUZZ_CHECK(isCookieOctet(c));
        FUZZ_CHECK(within(p.name, value) && within(p.value, value));
        if (p.name == kSessionCookieName)
            sessionValues.append(p.value);
    }

    // Joined again the RFC 6265 way, the pairs parse to themselves, nothing malformed.
    QByteArray joined;
    for (const CookiePair &p : list.pairs) {
        if (!joined.isEmpty())
            joined += "; ";
        joined += p.name.toByteArray() + '=' + p.value.toByteArray();
    }
    if (joined.size() <= kMaxCookieBytes) {
        const CookieList back = parseCookies(joined);
        FUZZ_CHECK(back.malformed == 0 && !back.truncated && back.pairs.size() == list.pairs.size());
        for (qsizetype i = 0; i < list.pairs.size(); ++i) {
            FUZZ_CHECK(back.pairs[i].name == list.pairs[i].name);
            FUZZ_CHECK(back.pairs[i].value == list.pairs[i].value);
        }
    }
    return sessionValues;
}

void checkStore(QByteArrayView input)
{
    // One table for the whole run, filled past its cap so that eviction is exercised all the time.
    static AuthState state;
    static AuthState fresh;
    static const QByteArray freshId = newId();
    using K = StateChange::Kind;
    constexpr StateTable t = StateTable::Sessions;
    if (fresh.size(t) == 0)
        fresh.apply({{K::Put, t, tableKey(freshId), {"bob", 0, 0}}});

    // A session is found for exactly its id and nothing else (a table nothing else touches).
    FUZZ_CHECK(fresh.find(t, tableKey(input)).has_value() == (input == freshId));

    const bool wellFormed = isWellFormedId(input);
    FUZZ_CHECK(wellFormed == (input.size() == kSessionIdChars &&
                              QByteArray::fromHex(input.toByteArray()).toHex() == input));
    const qsizetype before = state.size(t);
    const quint64 evictedBefore = state.evicted(t);
    const bool existed = state.find(t, tableKey(input)).has_value();
    state.apply({{K::Put, t, tableKey(input), {"carol", 3, 7}}});
    FUZZ_CHECK(state.size(t) <= AuthState::capacity(t));
    FUZZ_CHECK(state.find(t, tableKey(input)) && state.find(t, tableKey(input))->value == "carol");
    FUZZ_CHECK(existed ? state.size(t) == before
                       : (state.size(t) == before + 1 ||
                          (before == AuthState::capacity(t) && state.evicted(t) == evictedBefore + 1)));
    if (!wellFormed) { // the decision never puts such an id: take it out again
        state.apply({{K::Remove, t, tableKey(input), {}}});
        FUZZ_CHECK(!state.find(t, tableKey(input)));
    }

    // A login cookie for any id made of cookie-octets reads back as that id.
    bool octets = !input.isEmpty() && input.size() <= 256;
    for (const char c : input)
        octets = octets && isCookieOctet(c);
    if (octets && !(input.size() >= 2 && input.front() == '"' && input.back() == '"')) {
        const QByteArray set = sessionSetCookie(input);
        const QByteArray pair = set.first(set.indexOf(';')); // the views below point into it
        const CookieList back = parseCookies(pair);
        FUZZ_CHECK(back.pairs.size() == 1 && back.pairs[0].name == kSessionCookieName &&
                   back.pairs[0].value == input);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));

    // Each line a Cookie field of one request (alternating the field name's case).
    http::HeaderFields fields;
    QVarLengthArray<QByteArrayView, 4> expected;
    qsizetype start = 0;
    int n = 0;
    while (start <= input.size() && n < 16) {
        qsizetype end = input.indexOf('\n', start);
        if (end < 0)
            end = input.size();
        const QByteArrayView line = input.sliced(start, end - start);
        start = end + 1;
        fields.append({(n++ & 1) ? QByteArrayView("cookie") : kCookieHeader, line});
        for (const QByteArrayView v : checkOneField(line)) {
            if (expected.size() < kMaxCookiePairs)
                expected.append(v);
        }
    }
    fields.append({"X-Not-Cookie", "authlab_session=nope"});
    const auto values = cookieValues(fields);
    FUZZ_CHECK(values.size() == expected.size());
    for (qsizetype i = 0; i < values.size(); ++i)
        FUZZ_CHECK(values[i] == expected[i]);

    checkStore(input);
    return 0;
}
