// libFuzzer target: absolute-form request-targets and the proxy's authority match
// (targetAuthority(), Scenario::proxy), and the decisions of the simulated forward proxy.
//
// Input: 1 selector byte, then the request-target.
//   bits 0-1: the address the connection came in on (127.0.0.1, ::1, 192.168.1.5, ::ffff:10.0.0.7)
//   bits 2-3: Proxy-Authorization: none, bob's (right), bob's wrong password, the raw input
//   bit 4:    Authorization: Basic bob:builder
//   bit 5:    HEAD instead of GET
//   bit 6:    the server's port is 80 instead of 8080
//
// Invariants: NotAbsolute exactly when absoluteFormAuthority() finds no authority; Self only for
// "http:" with an authority that QUrl, read independently, takes for one of this server's
// hosts and its port, and never with userinfo; changing the case of the scheme changes
// nothing; a target built to name this server is Self, the same on another port is Other. With
// the proxy on: Other is 403 (the body names no more than a bounded part of the target), Self
// without the right Proxy-Authorization is 407 carrying only the proxy's challenge, Self with
// it is never 407 and is the origin's decision; with the proxy off the decision is exactly the
// one of a scenario that has no proxy, and never 407. Every decision passes checkDecision().

#include "fuzzcommon.h"

#include "http/request.h"

#include <QHostAddress>
#include <QUrl>

using namespace authlab;

namespace {

const QHostAddress &localAddress(int which)
{
    static const QHostAddress addresses[] = {
        QHostAddress(QStringLiteral("127.0.0.1")), QHostAddress(QStringLiteral("::1")),
        QHostAddress(QStringLiteral("192.168.1.5")), QHostAddress(QStringLiteral("::ffff:10.0.0.7"))};
    return addresses[which & 3];
}

const Scenario &proxyScenario()
{
    static const Scenario s = [] {
        Scenario sc = fuzz::defaultScenario();
        sc.proxy = true;
        sc.finalize();
        return sc;
    }();
    return s;
}

// The oracle for Self: QUrl's own reading of the authority names one of this server's hosts and
// its port.
bool qurlSaysSelf(QByteArrayView authority, const QHostAddress &local, quint16 port)
{
    const QUrl url(QStringLiteral("http://") + QString::fromLatin1(authority), QUrl::StrictMode);
    if (!url.isValid() || !url.userInfo().isEmpty() || url.port(80) != port)
        return false;
    const QString host = url.host();
    if (host == QLatin1String("localhost"))
        return true;
    const QHostAddress a(host);
    const auto mode =
        QHostAddress::ConversionMode(QHostAddress::ConvertV4MappedToIPv4 | QHostAddress::ConvertLocalHost);
    return !a.isNull() && (a.isEqual(QHostAddress(QHostAddress::LocalHost), mode) || a.isEqual(local, mode));
}

Decision decideFor(const Scenario &s, QByteArrayView method, QByteArrayView target,
                   const http::HeaderFields &h, const QHostAddress &local, quint16 port)
{
    RequestFacts f;
    f.method = method;
    f.target = target;
    f.headers = h;
    f.peer = QHostAddress(QHostAddress::LocalHost);
    f.local = local;
    f.localPort = port;
    return decide(s, f);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const quint8 sel = data[0];
    const QByteArrayView target(reinterpret_cast<const char *>(data) + 1, qsizetype(size) - 1);
    const QHostAddress &local = localAddress(sel);
    const quint16 port = (sel & 0x40) ? 80 : 8080;

    // The authority match.
    const TargetAuthority ta = targetAuthority(target, local, port);
    const std::optional<QByteArrayView> authority = absoluteFormAuthority(target);
    FUZZ_CHECK((ta == TargetAuthority::NotAbsolute) == !authority.has_value());
    FUZZ_CHECK(targetAuthority(target, local, 0) != TargetAuthority::Self); // unknown port: never us
    if (ta == TargetAuthority::Self) {
        FUZZ_CHECK(http::equalsIgnoreCase(target.first(7), "http://"));
        FUZZ_CHECK(!authority->contains('@'));
        FUZZ_CHECK(qurlSaysSelf(*authority, local, port));
    }
    if (authority && target.size() >= 5) {
        QByteArray flipped = target.toByteArray();
        for (qsizetype i = 0; i < 5; ++i) {
            const char c = flipped[i];
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
                flipped[i] = char(c ^ 0x20);
        }
        FUZZ_CHECK(targetAuthority(flipped, local, port) == ta);
    }
    // Targets built to name this server, with the input as what follows the authority.
    if (target.isEmpty() || target.front() == '/' || target.front() == '?' || target.front() == '#') {
        const QByteArray p = QByteArray::number(port);
        const QByteArray rest = target.toByteArray();
        auto named = [&](const char *prefix, const QByteArray &portText) -> TargetAuthority {
            return targetAuthority(QByteArray(prefix + portText + rest), local, port);
        };
        FUZZ_CHECK(named("http://127.0.0.1:", p) == TargetAuthority::Self);
        FUZZ_CHECK(named("HTTP://LocalHost:", p) == TargetAuthority::Self);
        FUZZ_CHECK(named("http://[::1]:", p) == TargetAuthority::Self);
        FUZZ_CHECK(named("http://127.0.0.1:", QByteArray::number(port + 1)) == TargetAuthority::Other);
        FUZZ_CHECK(named("https://127.0.0.1:", p) == TargetAuthority::Other);
        FUZZ_CHECK(named("http://user@127.0.0.1:", p) == TargetAuthority::Other);
        FUZZ_CHECK(named("http://example.invalid:", p) == TargetAuthority::Other);
    }

    // The decisions.
    static const QByteArray bob = "Basic " + QByteArray("bob:builder").toBase64();
    static const QByteArray wrong = "Basic " + QByteArray("bob:wrong").toBase64();
    http::HeaderFields h;
    h.append({http::header::Host, "127.0.0.1"});
    const int proxyCredentials = (sel >> 2) & 3;
    if (proxyCredentials == 1)
        h.append({http::header::ProxyAuthorization, bob});
    else if (proxyCredentials == 2)
        h.append({http::header::ProxyAuthorization, wrong});
    else if (proxyCredentials == 3)
        h.append({http::header::ProxyAuthorization, target});
    if (sel & 0x10)
        h.append({http::header::Authorization, bob});
    const QByteArrayView method = (sel & 0x20) ? QByteArrayView("HEAD") : QByteArrayView("GET");

    const Scenario &on = proxyScenario();
    const Decision d = decideFor(on, method, target, h, local, port);
    fuzz::checkDecision(on, d);
    const bool proxySteps = d.verdict.trace.contains(Rule::ProxyTargetSelf);
    switch (ta) {
    case TargetAuthority::Other:
        FUZZ_CHECK(d.verdict.status == 403 && d.verdict.reason == Rule::ProxyTargetOther);
        FUZZ_CHECK(d.response.body.size() < 1024); // the target is quoted, not copied whole
        FUZZ_CHECK(!d.verdict.authenticated());
        break;
    case TargetAuthority::Self:
        FUZZ_CHECK(proxySteps);
        if (proxyCredentials != 1) // the raw input starts with "http:", never a credentials token
            FUZZ_CHECK(d.verdict.status == 407 && d.verdict.target == AuthTarget::Proxy);
        if (proxyCredentials == 1) {
            FUZZ_CHECK(d.verdict.status != 407 && d.verdict.target == AuthTarget::Origin);
            FUZZ_CHECK(d.verdict.trace.contains(Rule::ProxyAuthenticated));
        }
        break;
    case TargetAuthority::NotAbsolute:
        FUZZ_CHECK(!proxySteps && d.verdict.status != 407);
        break;
    }
    if (d.verdict.status == 407)
        FUZZ_CHECK(d.response.headers.contains(
            "Proxy-Authenticate: Basic realm=\"AuthLab proxy\", charset=\"UTF-8\"\r\n"));

    // Proxy off: the scenario without the flag decides exactly as before, never 407.
    const Decision off = decideFor(fuzz::defaultScenario(), method, target, h, local, port);
    fuzz::checkDecision(fuzz::defaultScenario(), off);
    FUZZ_CHECK(off.verdict.status != 407 && off.verdict.target == AuthTarget::Origin);
    for (const TraceStep &step : off.verdict.trace.steps)
        FUZZ_CHECK(step.check() != Check::Proxy);
    return 0;
}
