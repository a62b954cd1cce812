#pragma once

#include <QString>
#include <QtGlobal>

// What `authlab check URL` can find, in one table (checkrules.cpp): the stable id, the severity,
// the RFC citation and its sentence, and an explanation for a person. Like policy/rules.cpp for
// the server's own rules, this is the only place these texts live; the CLI, the GUI's Check pane
// and the tests read them from here.
namespace authlab {

// MUST: a MUST (or MUST NOT, REQUIRED) of the cited text is broken.
// SHOULD: a SHOULD or SHOULD NOT is broken.
// Advice: no BCP 14 keyword is broken ("ought to", "the only allowed value" are none), but
// clients or security suffer (standards.md's "Rec.").
enum class Severity : quint8 { Must, Should, Advice };

enum class Finding : quint8 {
    TlsCertificate,               // the certificate is not valid: the check stops (unless --insecure)
    TlsCertificateAccepted,       // ... and --insecure went on anyway
    NoResponse,                   // a probe got no HTTP response (timeout, reset, ...)
    Unchallenged401,              // 401 without WWW-Authenticate (or without any challenge in it)
    ChallengeUnparsable,          // WWW-Authenticate that is not a list of challenges
    RealmUnquoted,                // realm=token
    DuplicateParameter,           // a parameter twice in one challenge
    BasicWithoutRealm,            // Basic challenge without realm
    BadCharset,                   // Basic charset other than UTF-8
    ChallengesOnOneLine,          // several challenges in one field line
    BearerWithoutParameters,      // "Bearer" alone
    BearerErrorStatus,            // error code on the wrong status
    BearerErrorWithoutToken,      // error sent when no token came
    Bearer403WithoutChallenge,    // 403 without WWW-Authenticate: no token, or not enough (6750 §3)
    ForbiddenForAnonymous,        // 403 (or 404) where a 401 challenge would do: credentials open it
    WrongCredentialsForbidden,    // wrong password / unknown user answered 403
    WrongCredentialsAccepted,     // wrong password answered 2xx where anonymous is refused
    OtherUserUnauthorized,        // valid credentials of another user answered 401
    LoginRedirectForJson,         // a JSON request redirected to an HTML login page
    Soft401,                      // 200 with a login form where credentials give the resource
    UnknownUserDistinguishable,   // unknown user answered differently from a wrong password
    HiddenWithoutChallenge,       // 404 for anonymous, 2xx with credentials (hiding: a MAY)
    HiddenDistinguishable,        // the hiding 404 differs from a genuine 404
    AuthenticatedSharedCacheable, // public / s-maxage / must-revalidate on an authenticated answer
    BasicOverPlainHttp,           // Basic offered over http to a host that is not loopback
    HeadDiffers,                  // HEAD answered with another status or other fields than GET
    ProxyStatusFromOrigin,        // 407 from the server the URL names
    ProxyWithoutChallenge,        // 407 without Proxy-Authenticate
    TrustsForwardedFor,           // X-Forwarded-For changes the answer
    CredentialsRefused,           // the given good credentials got 401: checks that need them skipped
    Count
};

struct FindingInfo
{
    Finding finding;
    Severity severity;
    const char *id;          // stable, for JSON and tests: "401-without-challenge"
    const char *title;       // short, translatable (context "authlab::CheckRules")
    const char *citation;    // "RFC 9110 §15.5.2", never translated
    const char *rfcSentence; // the sentence of the RFC (standards.md), translatable
    const char *explanation; // what it means and what to do, translatable
};

const FindingInfo &findingInfo(Finding finding);
Finding findingById(const QString &id, bool *ok = nullptr);
QString findingTitle(Finding finding);       // translated
QString findingSentence(Finding finding);    // translated
QString findingExplanation(Finding finding); // translated
QString severityId(Severity severity);       // "MUST", "SHOULD", "advice": never translated
QString severityName(Severity severity);     // translated, for people

} // namespace authlab
