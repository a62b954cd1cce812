#pragma once

#include "auth/scheme.h"
#include "auth/state.h"
#include "http/http.h"
#include "http/request.h"
#include "policy/renderkey.h"
#include "policy/trace.h"
#include "scenario/scenario.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace authlab {

// What the server decided and why: the status, who the caller turned out to be, what the
// response must carry, and the ordered trace of checks. judge() computes it; it is a pure
// function of (scenario, request facts, auth state view). render() turns it into header fields
// and a body, reading only its RenderKey (renderkey.h) and, for an answer that is not cacheable,
// the per-request detail.
struct Verdict
{
    using Body = ResponseBody;
    // Judged at the end of the header block, before the content (RequestFacts::contentPending):
    // None means the verdict is final and is sent now; otherwise the content is read first.
    enum class Interim : quint8 { None, Continue, Wait };

    int status = 500;
    int resource = -1;                // index into Scenario::resources, -1 when no resource matched
    int user = -1;                    // the authenticated user's index, -1 when not authenticated
    std::optional<AuthScheme> scheme; // the scheme the caller used, if recognised
    QString claimedUser;              // user-id from the credentials, even if unknown or wrong
    Rule reason = Rule::WellFramed;   // the decisive rule (also chooses the body's wording)

    // Shape of the response
    Body body = Body::Problem;
    http::Preferred format = http::Preferred::Html;
    AuthTarget target = AuthTarget::Origin; // which fields and status the challenge uses
    auth::Challenges challenges;            // one WWW-Authenticate (Proxy-Authenticate) line each
    bool noStore = false;                   // Cache-Control: no-store
    bool varyAuthorization = false;         // Vary: the target's credentials field
    bool close = false;                     // close the connection after this response
    quint16 allow = 0;                      // methods::Set for an Allow field (405, OPTIONS); 0: none
    Interim interim = Interim::None;
    QByteArray detail;      // Text bodies: what exactly was wrong (framing, limits)
    QList<int> shownHidden; // Index bodies: the hidden resources this caller may see
    qint64 limit = 0;
    QByteArray nonce;              // Digest: the nonce every Digest challenge carries (minted by judge())
    QByteArray authenticationInfo; // Digest: the Authentication-Info value of a granted request
    QByteArray location;           // a redirect's Location (session login: 302, 303)
    QByteArray setCookie;          // session login / logout: the Set-Cookie value
    bool oddChallenges = false;    // behaviour odd-challenge-syntax: one line, lower case, unquoted realm

    Trace trace;
    StateChanges stateChanges; // what the server applies to its AuthState after judging

    bool authenticated() const { return user >= 0; }
};

// The header fields (without Date, Content-Length and Connection, which belong to the
// transport) and the content of a response.
struct Response
{
    int status = 500;
    QByteArray headers; // "Name: value\r\n" lines, Content-Type included
    QByteArray body;
};

struct Decision
{
    Verdict verdict;
    Response response;
};

// The state view defaults to an empty one (no nonces, no sessions).
Verdict judge(const Scenario &scenario, const RequestFacts &request, const AuthStateView &state = {});
Response render(const Scenario &scenario, const Verdict &verdict);
// The response of a cacheable key alone: what render() gives for any verdict with this key.
Response render(const Scenario &scenario, const RenderKey &cacheableKey);
Decision decide(const Scenario &scenario, const RequestFacts &request, const AuthStateView &state = {});
// The verdict RFC 9110 asks for, whatever the scenario's behaviour: judge() without the overrides
// (for an override that judges the request again under other assumptions, and for comparisons).
Verdict judgeRfc9110(const Scenario &scenario, const RequestFacts &request, const AuthStateView &state = {});

} // namespace authlab
