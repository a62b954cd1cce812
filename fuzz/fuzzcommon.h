#pragma once

// Shared helpers of the libFuzzer targets: the default scenario, the invariant check, and
// the checks every decision must pass whatever request produced it.

#include "policy/decision.h"
#include "scenario/scenarioio.h"

#include <QByteArray>
#include <QByteArrayView>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace authlab::fuzz {

// An invariant does not hold: say which, then stop so that libFuzzer keeps the input.
[[noreturn]] inline void violated(const char *what, const char *file, int line)
{
    std::fprintf(stderr, "\n==== fuzz invariant violated: %s (%s:%d)\n", what, file, line);
    std::fflush(stderr);
    __builtin_trap();
}

#define FUZZ_CHECK(cond)                                                                                     \
    do {                                                                                                     \
        if (!(cond))                                                                                         \
            ::authlab::fuzz::violated(#cond, __FILE__, __LINE__);                                            \
    } while (false)

// The built-in default scenario (the resource in authlab_core), loaded once, finalized.
// Qt's resources of a static library are registered by an object library that CMake links
// into the executable, so no QCoreApplication and no Q_INIT_RESOURCE are needed: the check
// below stops the fuzzer at once if that ever changes.
inline const Scenario &defaultScenario()
{
    static const Scenario s = [] {
        Scenario sc = ScenarioIO::defaultScenario();
        if (sc.resources.isEmpty() || sc.users.isEmpty()) {
            std::fprintf(stderr, "fuzz: the default scenario resource did not load\n");
            std::abort();
        }
        sc.finalize();
        return sc;
    }();
    return s;
}

inline bool isSendableStatus(int status)
{
    switch (status) {
    case 200:
    case 302:
    case 303:
    case 400:
    case 401:
    case 403:
    case 404:
    case 405:
    case 407:
    case 408:
    case 413:
    case 414:
    case 415:
    case 417:
    case 431:
    case 501:
    case 503:
    case 505:
        return true;
    default:
        return false;
    }
}

// Every header line is "Name: value\r\n" with no CR or LF inside (no response splitting).
inline bool wellFormedHeaderLines(const QByteArray &headers)
{
    qsizetype pos = 0;
    while (pos < headers.size()) {
        const qsizetype eol = headers.indexOf("\r\n", pos);
        if (eol < 0)
            return false;
        const QByteArrayView line = QByteArrayView(headers).sliced(pos, eol - pos);
        if (line.contains('\r') || line.contains('\n'))
            return false;
        const qsizetype colon = line.indexOf(": ");
        if (colon <= 0)
            return false;
        pos = eol + 2;
    }
    return true;
}

inline bool hasField(const QByteArray &headers, const QByteArray &name)
{
    return headers.startsWith(QByteArray(name + ": ")) || headers.contains(QByteArray("\r\n" + name + ": "));
}

inline bool hasChallenge(const QByteArray &headers)
{
    return hasField(headers, "WWW-Authenticate");
}

// What every decision must satisfy, whatever the request.
inline void checkDecision(const Scenario &s, const Decision &d)
{
    const Verdict &v = d.verdict;
    FUZZ_CHECK(isSendableStatus(v.status));
    FUZZ_CHECK(d.response.status == v.status);
    // RFC 9110 §11.6.1 / §15.5.2: a 401 MUST carry a challenge.
    if (v.status == 401)
        FUZZ_CHECK(hasChallenge(d.response.headers));
    // RFC 9110 §11.7.1 / §15.5.8: a 407 MUST carry Proxy-Authenticate, and only the proxy's
    // challenge: never WWW-Authenticate; and no other answer carries Proxy-Authenticate.
    FUZZ_CHECK(hasField(d.response.headers, "Proxy-Authenticate") == (v.status == 407));
    if (v.status == 407)
        FUZZ_CHECK(!hasChallenge(d.response.headers));
    FUZZ_CHECK(wellFormedHeaderLines(d.response.headers));
    // Every response with content says what it is (an OPTIONS answer has none).
    FUZZ_CHECK(d.response.headers.startsWith("Content-Type: ") ||
               (v.body == Verdict::Body::Empty && d.response.body.isEmpty()));
    // 405 and OPTIONS carry Allow (RFC 9110 §15.5.6, §9.3.7).
    if (v.status == 405 || v.reason == Rule::OptionsAnswered)
        FUZZ_CHECK(d.response.headers.contains("\r\nAllow: ") || d.response.headers.startsWith("Allow: "));
    // Every decision names the rule that decided it, and that rule is the verdict's reason.
    const TraceStep *decisive = v.trace.decisiveStep();
    FUZZ_CHECK(decisive != nullptr);
    FUZZ_CHECK(decisive->rule == v.reason);
    FUZZ_CHECK(v.resource >= -1 && v.resource < s.resources.size());
    FUZZ_CHECK(v.user >= -1 && v.user < s.users.size());
    // "OPTIONS *" and the built-in login form (GET /login) are 200s without a resource.
    if (v.status == 200 && !(v.reason == Rule::OptionsAnswered && v.resource < 0) &&
        v.body != Verdict::Body::LoginForm)
        FUZZ_CHECK(v.resource >= 0 && (v.authenticated() || s.resources[v.resource].isPublic()));
    // The trace is shown to a person: every step must render.
    for (const TraceStep &step : v.trace.steps) {
        const QString text = step.text();
        FUZZ_CHECK(!text.isEmpty());
    }
}

// Reads every byte of a view, so that ASan reports a view into freed or foreign memory.
inline unsigned touch(QByteArrayView v)
{
    unsigned sum = 0;
    for (char c : v)
        sum = sum * 31u + static_cast<unsigned char>(c);
    return sum;
}

} // namespace authlab::fuzz
