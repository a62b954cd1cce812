#pragma once

#include <QString>
#include <QtGlobal>

// Every rule the server applies, with the check it belongs to, the RFC clause it rests on,
// and the sentence the decision trace shows. This file (with rules.cpp) is the only place
// these citations and texts live; the GUI, the CLI log and the tests all read them from here.
namespace authlab {

// The ordered checks of a decision (BRIEF.md capability 2).
enum class Check : quint8 {
    Framing,     // the bytes form an HTTP/1.1 request within the limits
    Proxy,       // proxy mode: whom an absolute-form target addresses, Proxy-Authorization
    Route,       // which resource the target names
    Address,     // address rules (network policy)
    Credentials, // is an Authorization field present, with a scheme we accept
    WellFormed,  // does it parse
    User,        // is the user (or token) known
    Secret,      // is the password correct
    Permission,  // group / scope
    Hide,        // hide policy (404 instead of 401/403)
    Method,      // does the resource support the method (after authentication)
    Behaviour,   // server behaviour overrides
    Response,    // what the answer carries and why
    CheckCount
};

enum class Outcome : quint8 { Pass, Fail, Info, Skip };

enum class Rule : quint8 {
    // Framing and limits
    WellFramed,
    MalformedFraming,
    HeaderBlockTooLarge,
    HeaderFieldTooLarge,
    TooManyHeaderFields,
    BodyTooLarge,
    RequestTimeout,
    Overloaded,
    UriTooLong,
    MethodNotImplemented,
    VersionNotSupported,
    // Protocol (RFC 9110 / 9112): version, Host, Expect, framing of HTTP/1.0
    HigherMinorVersion,
    HostPresent,
    HostOptionalHttp10,
    HostMissing,
    HostDuplicate,
    HostInvalid,
    HostFromTarget,
    ExpectationUnknown,
    ExpectContinue,
    ExpectIgnoredHttp10,
    Http10TransferEncoding,
    AsteriskNotOptions,
    // Proxy mode (RFC 9110 §11.7, §15.5.8): the simulated authenticating forward proxy
    ProxyOriginForm,
    ProxyTargetSelf,
    ProxyTargetOther,
    ProxyNoTunnel,
    ProxyNoCredentials,
    ProxyDuplicateCredentials,
    ProxyCredentialsMalformed,
    ProxyUnsupportedScheme,
    ProxyCredentialsRejected,
    ProxyAuthenticated,
    ProxyChallengeSent,
    // Route
    ResourceMatched,
    NoResource,
    // Address
    NoAddressRule,
    AddressSimulated,
    ServerAddressAllowed,
    ServerAddressDenied,
    AddressAllowed,
    AddressDenied,
    AddressNoRuleMatched,
    // Credentials
    PublicResource,
    NoCredentials,
    DuplicateAuthorization,
    UnsupportedScheme,
    SchemeAccepted,
    SchemeNotImplemented,
    CredentialsMalformed,
    // Basic (RFC 7617)
    BasicWellFormed,
    BasicMissingToken,
    BasicNotToken68,
    BasicBadBase64,
    BasicNoColon,
    BasicControlCharacter,
    BasicUtf8,
    BasicLatin1,
    // Users and secrets
    UserKnown,
    UserUnknown,
    PasswordCorrect,
    PasswordWrong,
    // Bearer (RFC 6750)
    BearerWellFormed,
    BearerMalformed,
    TokenKnown,
    TokenUnknown,
    TokenExpired,
    BearerFromHeader,
    BearerFromBody,
    BearerBodyNotForMethod,
    BearerQueryNotAccepted,
    BearerMultipleMethods,
    BearerTokenRepeated,
    BearerFormUnreadable,
    // Digest (RFC 7616)
    DigestWellFormed,
    DigestMalformed,
    DigestUriMismatch,
    DigestUserhash,
    DigestUserKnown,
    DigestUserUnknown,
    DigestRealmMismatch,
    DigestArithmetic,
    DigestResponseWrong,
    DigestResponseCorrect,
    DigestNonceForeign,
    DigestNonceStale,
    DigestReplay,
    DigestNonceForgotten,
    DigestNonceFresh,
    DigestChallenges,
    DigestAuthenticationInfo,
    // Cookie session (/login, /logout, /app/)
    SessionLoginForm,
    SessionFormMediaType,
    SessionFormMalformed,
    SessionLoginFailed,
    SessionCreated,
    SessionNextRefused,
    SessionEnded,
    SessionCookieValid,
    SessionLoginRedirect,
    // Permission
    NoGroupRequired,
    GroupMember,
    NotGroupMember,
    ScopeGranted,
    ScopeMissing,
    // Hide
    NotHidden,
    HiddenAllowed,
    HiddenAsNotFound,
    HiddenNoChallenge,
    // Method
    MethodAllowed,
    MethodNotAllowed,
    OptionsAnswered,
    // Behaviour
    BehaviourRfc9110,
    BehaviourNotApplied,
    BehaviourNever401,
    BehaviourHideAll,
    BehaviourUnchallenged401,
    BehaviourForbiddenForAnonymous,
    BehaviourUnauthorizedForForbidden,
    BehaviourLoginRedirectForApi,
    BehaviourSoft401,
    BehaviourLeakyHide,
    BehaviourOddChallengeSyntax,
    BehaviourTrustsForwardedFor,
    // Response
    ChallengeSent,
    NoStore,
    ContinueSent,
    FinalBeforeContent,
    Granted,
    ServedPublic,
    RuleCount
};

struct RuleInfo
{
    Rule rule;
    Check check;
    const char *id;       // stable identifier for logs, JSON and tests ("basic-no-colon")
    const char *citation; // e.g. "RFC 9110 §11.6.1" — a protocol reference, never translated
    const char *text;     // source text, translated at display time; %1 and %2 are arguments
};

const RuleInfo &ruleInfo(Rule rule);
QString checkName(Check check);                                              // translated
QString outcomeName(Outcome outcome);                                        // translated
QString ruleText(Rule rule, const QString &a1 = {}, const QString &a2 = {}); // translated
QString ruleCitation(Rule rule);

// Stable identifiers for logs, JSON and tests ("basic-no-colon").
const char *ruleId(Rule rule);

} // namespace authlab
