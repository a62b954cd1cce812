// libFuzzer target: ScenarioIO::fromJson on arbitrary bytes (a scenario file someone sent
// you), the save/load round trip, and a few decisions against whatever loaded.
//
// Invariants: a file that does not load has at least one problem, each with a message (a
// duplicate key names two lines of the file, in order); a hidden resource's 404 has the header
// fields and body of a path that does not exist; a
// file that loads saves to JSON that loads again without problems, and saving that gives the
// same bytes (toJson is a fixed point after one round); a loaded scenario answers requests
// within the rules every decision obeys.

#include "fuzzcommon.h"

#include "auth/basic.h"
#include "auth/bearer.h"

#include <QHostAddress>
#include <QRegularExpression>

using namespace authlab;

namespace {

void decideSome(const Scenario &s)
{
    static const QHostAddress peer(QStringLiteral("10.0.0.1"));
    const QByteArray basic =
        s.users.isEmpty()
            ? QByteArray()
            : basic::authorization(s.users.front().name, s.users.front().password, basic::Encoding::Utf8);
    QByteArray bearer;
    for (const User &u : s.users) {
        if (!u.tokens.isEmpty()) {
            bearer = bearer::authorization(u.tokens.front().value);
            break;
        }
    }
    // Bounded work per input: the first few resources.
    const qsizetype n = qMin<qsizetype>(s.resources.size(), 8);
    for (qsizetype i = 0; i < n; ++i) {
        const QByteArray target = s.resources[i].path.toUtf8();
        for (int variant = 0; variant < 3; ++variant) {
            RequestFacts facts;
            facts.method = "GET";
            facts.target = target;
            facts.peer = peer;
            facts.headers.append(
                {http::header::Host, "localhost"}); // else every answer is 400 (RFC 9112 §3.2)
            if (variant == 0)
                facts.headers.append({http::header::Accept, "application/json"});
            if (variant == 1 && !basic.isEmpty())
                facts.headers.append({http::header::Authorization, basic});
            if (variant == 2 && !bearer.isEmpty())
                facts.headers.append({http::header::Authorization, bearer});
            const Decision d = decide(s, facts);
            fuzz::checkDecision(s, d);
            if (d.verdict.status == 404 && d.verdict.resource >= 0) {
                FUZZ_CHECK(s.resources[d.verdict.resource].hidden);
                // A hidden resource that says 404 says it exactly like a path that does not exist.
                static const QByteArray missing = QByteArrayLiteral("/authlab-fuzz-no-such-path");
                if (s.resourceIndexForPath(QByteArrayView(missing)) < 0) {
                    RequestFacts other = facts;
                    other.target = missing;
                    const Decision m = decide(s, other);
                    FUZZ_CHECK(m.response.status == 404);
                    FUZZ_CHECK(m.response.headers == d.response.headers);
                    FUZZ_CHECK(m.response.body == d.response.body);
                }
            }
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString file = QStringLiteral("fuzz.json");
    const ScenarioLoad first = ScenarioIO::fromJson(json, file);
    if (!first.ok()) {
        FUZZ_CHECK(!first.problems.isEmpty());
        const qsizetype lines = json.count('\n') + 1;
        for (const ScenarioProblem &p : first.problems) {
            FUZZ_CHECK(!p.message.isEmpty());
            FUZZ_CHECK(p.file == file);
            // A duplicate key names two lines of the file, in order.
            static const QRegularExpression dup(
                QStringLiteral("^duplicate key \\(lines (\\d+) and (\\d+)\\)"));
            const QRegularExpressionMatch m = dup.match(p.message);
            if (m.hasMatch()) {
                const qsizetype a = m.captured(1).toLongLong();
                const qsizetype b = m.captured(2).toLongLong();
                FUZZ_CHECK(a >= 1 && a <= b && b <= lines);
                FUZZ_CHECK(!p.where.isEmpty());
            }
        }
        FUZZ_CHECK(!first.errorText().isEmpty());
        return 0;
    }
    FUZZ_CHECK(first.problems.isEmpty());

    const QByteArray saved = ScenarioIO::toJson(*first.scenario);
    const ScenarioLoad second = ScenarioIO::fromJson(saved, file);
    if (!second.ok()) {
        std::fprintf(stderr, "saved scenario does not load again:\n%s\n--- saved:\n%s\n",
                     qPrintable(second.errorText()), saved.constData());
    }
    FUZZ_CHECK(second.ok());
    const QByteArray savedAgain = ScenarioIO::toJson(*second.scenario);
    if (savedAgain != saved) {
        std::fprintf(stderr, "--- saved once:\n%s\n--- saved twice:\n%s\n", saved.constData(),
                     savedAgain.constData());
    }
    FUZZ_CHECK(savedAgain == saved);

    Scenario s = *first.scenario;
    s.finalize();
    decideSome(s);
    return 0;
}
