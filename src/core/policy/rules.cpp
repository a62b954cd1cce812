#include "policy/rules.h"

#include <QCoreApplication>

#include <array>

namespace authlab {

namespace {
#define R(rule, check, id, cite, text)                                                                       \
    RuleInfo                                                                                                 \
    {                                                                                                        \
        Rule::rule, Check::check, id, cite, text                                                             \
    }
// clang-format off
constexpr std::array<RuleInfo, size_t(Rule::RuleCount)> kRules = {{
    R(WellFramed, Framing, "well-framed", "RFC 9112 §2",
      QT_TRANSLATE_NOOP("authlab::Rules", "The request line and header fields parse as HTTP/1.1 within the limits.")),
    R(MalformedFraming, Framing, "malformed", "RFC 9110 §15.5.1",
      QT_TRANSLATE_NOOP("authlab::Rules", "The bytes are not a valid HTTP/1.1 request (%1): malformed syntax gets 400 Bad Request.")),
    R(HeaderBlockTooLarge, Framing, "header-block-too-large", "RFC 6585 §5, RFC 9110 §5.4",
      QT_TRANSLATE_NOOP("authlab::Rules", "The request line and header fields exceed %1 bytes: 431, and the connection is closed.")),
    R(HeaderFieldTooLarge, Framing, "header-field-too-large", "RFC 6585 §5, RFC 9110 §5.4",
      QT_TRANSLATE_NOOP("authlab::Rules", "The %1 header field makes the request line and header fields exceed %2 bytes: 431 names the field (a server must not just truncate it).")),
    R(TooManyHeaderFields, Framing, "too-many-header-fields", "RFC 6585 §5, RFC 9110 §5.4",
      QT_TRANSLATE_NOOP("authlab::Rules", "The request has more than %1 header fields: 431, and the connection is closed.")),
    R(BodyTooLarge, Framing, "body-too-large", "RFC 9110 §15.5.14",
      QT_TRANSLATE_NOOP("authlab::Rules", "The request content is larger than %1 bytes: 413 Content Too Large.")),
    R(RequestTimeout, Framing, "request-timeout", "RFC 9110 §15.5.9",
      QT_TRANSLATE_NOOP("authlab::Rules", "No complete header block arrived within %1 ms: 408, and the connection is closed.")),
    R(Overloaded, Framing, "overloaded", "RFC 9110 §15.6.4",
      QT_TRANSLATE_NOOP("authlab::Rules", "All %1 connection slots are busy with requests in progress: 503 with Retry-After.")),
    R(UriTooLong, Framing, "uri-too-long", "RFC 9112 §3, RFC 9110 §15.5.15",
      QT_TRANSLATE_NOOP("authlab::Rules", "The request-target makes the request line longer than the %1 bytes allowed for the request line and header fields: 414 URI Too Long, and the connection is closed.")),
    R(MethodNotImplemented, Framing, "method-not-implemented", "RFC 9110 §9.1, §15.6.2",
      QT_TRANSLATE_NOOP("authlab::Rules", "The method %1 is not one this server recognises (method names are case-sensitive): 501 Not Implemented, and the connection is closed.")),
    R(VersionNotSupported, Framing, "version-not-supported", "RFC 9110 §2.5, §15.6.6",
      QT_TRANSLATE_NOOP("authlab::Rules", "The request line says %1, a major version this text protocol does not carry (HTTP/2 and later are binary): 505 HTTP Version Not Supported.")),

    R(HigherMinorVersion, Framing, "higher-minor-version", "RFC 9110 §2.5",
      QT_TRANSLATE_NOOP("authlab::Rules", "The request says %1: a higher minor version is handled as HTTP/1.1, the highest minor version this server conforms to.")),
    R(HostPresent, Framing, "host", "RFC 9112 §3.2",
      QT_TRANSLATE_NOOP("authlab::Rules", "The request names its host in exactly one valid Host header field.")),
    R(HostOptionalHttp10, Framing, "host-optional-http10", "RFC 9112 §3.2",
      QT_TRANSLATE_NOOP("authlab::Rules", "An HTTP/1.0 request may omit the Host header field; only HTTP/1.1 requests must carry it.")),
    R(HostMissing, Framing, "host-missing", "RFC 9112 §3.2",
      QT_TRANSLATE_NOOP("authlab::Rules", "The HTTP/1.1 request has no Host header field: a server MUST answer 400.")),
    R(HostDuplicate, Framing, "host-duplicate", "RFC 9112 §3.2",
      QT_TRANSLATE_NOOP("authlab::Rules", "The request has %1 Host field lines: a server MUST answer 400 to more than one.")),
    R(HostInvalid, Framing, "host-invalid", "RFC 9112 §3.2, RFC 3986 §3.2.2",
      QT_TRANSLATE_NOOP("authlab::Rules", "The Host field value \"%1\" is not a valid host[:port]: a server MUST answer 400.")),
    R(HostFromTarget, Framing, "host-from-target", "RFC 9112 §3.2.2",
      QT_TRANSLATE_NOOP("authlab::Rules", "The request-target is in absolute-form: its authority %1 names the host, and the Host field is ignored.")),
    R(ExpectationUnknown, Framing, "expectation-unknown", "RFC 9110 §10.1.1, §15.5.18",
      QT_TRANSLATE_NOOP("authlab::Rules", "The Expect field asks for \"%1\", an expectation this server cannot meet: 417 Expectation Failed, and the connection is closed.")),
    R(ExpectContinue, Framing, "expect-100-continue", "RFC 9110 §10.1.1",
      QT_TRANSLATE_NOOP("authlab::Rules", "Expect: 100-continue: the client waits for the server's verdict on the header fields before it sends the content.")),
    R(ExpectIgnoredHttp10, Framing, "expect-ignored-http10", "RFC 9110 §10.1.1",
      QT_TRANSLATE_NOOP("authlab::Rules", "Expect: 100-continue in an HTTP/1.0 request: a server MUST ignore it.")),
    R(Http10TransferEncoding, Framing, "http10-transfer-encoding", "RFC 9112 §6.1",
      QT_TRANSLATE_NOOP("authlab::Rules", "An HTTP/1.0 request with Transfer-Encoding: its framing is treated as faulty, so the connection is closed after this answer.")),
    R(AsteriskNotOptions, Route, "asterisk-not-options", "RFC 9112 §3.2.4",
      QT_TRANSLATE_NOOP("authlab::Rules", "The request-target \"*\" is only for OPTIONS, not %1: 400.")),

    R(ProxyOriginForm, Proxy, "proxy-origin-form", "RFC 9112 §3.2.1",
      QT_TRANSLATE_NOOP("authlab::Rules", "Proxy mode is on, but the request-target is in origin-form: the request is addressed to the origin server itself, so the proxy asks for nothing.")),
    R(ProxyTargetSelf, Proxy, "proxy-target-self", "RFC 9112 §3.2.2, RFC 9110 §11.7",
      QT_TRANSLATE_NOOP("authlab::Rules", "The absolute-form target names this server (%1): AuthLab answers it as the forward proxy in front of itself, which asks for Proxy-Authorization first.")),
    R(ProxyTargetOther, Proxy, "proxy-target-other", "RFC 9110 §15.5.4, RFC 9112 §3.2.2",
      QT_TRANSLATE_NOOP("authlab::Rules", "The request-target names %1, not this server (%2): AuthLab is not an open proxy and forwards nothing, 403.")),
    R(ProxyNoTunnel, Proxy, "proxy-no-tunnel", "RFC 9110 §9.3.6, §15.5.4",
      QT_TRANSLATE_NOOP("authlab::Rules", "CONNECT %1 asks the proxy for a tunnel: AuthLab is not an open proxy and opens none, 403.")),
    R(ProxyNoCredentials, Proxy, "proxy-no-credentials", "RFC 9110 §11.7.1, §15.5.8",
      QT_TRANSLATE_NOOP("authlab::Rules", "The request carries no Proxy-Authorization header field: the proxy answers 407 with a challenge in Proxy-Authenticate.")),
    R(ProxyDuplicateCredentials, Proxy, "proxy-duplicate-credentials", "RFC 9110 §5.3, §11.7.2, §15.5.8",
      QT_TRANSLATE_NOOP("authlab::Rules", "The request has %1 Proxy-Authorization field lines; the field is a singleton, so the proxy checks none of them: 407 and its challenge again.")),
    R(ProxyCredentialsMalformed, Proxy, "proxy-credentials-malformed", "RFC 9110 §11.4, §11.7.2, §15.5.8",
      QT_TRANSLATE_NOOP("authlab::Rules", "The Proxy-Authorization field does not match the credentials grammar (a scheme token, a space, then token68 or parameters): 407 and the proxy's challenge again.")),
    R(ProxyUnsupportedScheme, Proxy, "proxy-unsupported-scheme", "RFC 9110 §11.4, §15.5.8",
      QT_TRANSLATE_NOOP("authlab::Rules", "The Proxy-Authorization field uses the scheme \"%1\"; this proxy accepts only Basic: treated as no credentials, 407.")),
    R(ProxyCredentialsRejected, Proxy, "proxy-credentials-rejected", "RFC 9110 §15.5.8, §11.7.2",
      QT_TRANSLATE_NOOP("authlab::Rules", "The proxy does not accept these Basic credentials (the step above says why): it answers 407 with a fresh Proxy-Authenticate challenge, never 401 (that is the origin's answer), and malformed ones get 407 too, so that the client can retry.")),
    R(ProxyAuthenticated, Proxy, "proxy-authenticated", "RFC 9110 §11.7.2",
      QT_TRANSLATE_NOOP("authlab::Rules", "%1 is authenticated to the proxy (its own realm, \"AuthLab proxy\"). Proxy-Authorization is used up here; the origin's checks below judge the Authorization field on their own.")),
    R(ProxyChallengeSent, Response, "proxy-challenge", "RFC 9110 §11.7.1, §15.5.8",
      QT_TRANSLATE_NOOP("authlab::Rules", "A 407 MUST carry Proxy-Authenticate with a challenge for the proxy: Basic realm=\"AuthLab proxy\". Never WWW-Authenticate, which is the origin's.")),

    R(ResourceMatched, Route, "resource", "RFC 9110 §7.1",
      QT_TRANSLATE_NOOP("authlab::Rules", "The target %1 names the resource %2.")),
    R(NoResource, Route, "no-resource", "RFC 9110 §15.5.5",
      QT_TRANSLATE_NOOP("authlab::Rules", "No resource matches %1: 404 Not Found.")),

    R(NoAddressRule, Address, "no-address-rule", "RFC 9110 §15.5.4",
      QT_TRANSLATE_NOOP("authlab::Rules", "The resource accepts requests from any address.")),
    R(AddressSimulated, Address, "address-simulated", "RFC 9110 §15.5.4",
      QT_TRANSLATE_NOOP("authlab::Rules", "The address rules see the simulated address %1 (the real peer is %2), a setting of this server. Client-supplied fields such as X-Forwarded-For are never trusted for this.")),
    R(ServerAddressAllowed, Address, "server-address-allowed", "RFC 9110 §15.5.4",
      QT_TRANSLATE_NOOP("authlab::Rules", "The client address %1 matches \"%2\", the first matching address rule (a rule of the whole server): allowed.")),
    R(ServerAddressDenied, Address, "server-address-denied", "RFC 9110 §15.5.4, §11.6.1",
      QT_TRANSLATE_NOOP("authlab::Rules", "The client address %1 matches \"%2\", the first matching address rule (a rule of the whole server): 403. Credentials would not change this, so no challenge is sent.")),
    R(AddressAllowed, Address, "address-allowed", "RFC 9110 §15.5.4",
      QT_TRANSLATE_NOOP("authlab::Rules", "The client address %1 matches \"%2\", the first matching address rule (a rule of this resource): allowed.")),
    R(AddressDenied, Address, "address-denied", "RFC 9110 §15.5.4, §11.6.1",
      QT_TRANSLATE_NOOP("authlab::Rules", "The client address %1 matches \"%2\", the first matching address rule (a rule of this resource): 403. Credentials would not change this, so no challenge is sent.")),
    R(AddressNoRuleMatched, Address, "address-no-rule-matched", "RFC 9110 §15.5.4",
      QT_TRANSLATE_NOOP("authlab::Rules", "The client address %1 matches none of the %2 address rules: allowed (as nginx's access module does).")),

    R(PublicResource, Credentials, "public", "RFC 9110 §11.4",
      QT_TRANSLATE_NOOP("authlab::Rules", "The resource is public: credentials, if any, are not examined.")),
    R(NoCredentials, Credentials, "no-credentials", "RFC 9110 §11.4, §15.5.2",
      QT_TRANSLATE_NOOP("authlab::Rules", "The request carries no Authorization header field: 401 with a challenge says how to authenticate.")),
    R(DuplicateAuthorization, Credentials, "duplicate-authorization", "RFC 9110 §5.3, §11.6.2",
      QT_TRANSLATE_NOOP("authlab::Rules", "The request has %1 Authorization field lines; the field is a singleton, so the request is malformed: 400.")),
    R(UnsupportedScheme, Credentials, "unsupported-scheme", "RFC 9110 §11.4; RFC 6750 §3.1",
      QT_TRANSLATE_NOOP("authlab::Rules", "The Authorization field uses the scheme \"%1\", which this resource does not accept (%2): treated as no credentials, 401.")),
    R(SchemeAccepted, Credentials, "scheme", "RFC 9110 §11.1",
      QT_TRANSLATE_NOOP("authlab::Rules", "The Authorization field uses the %1 scheme (scheme names are case-insensitive).")),
    R(SchemeNotImplemented, Credentials, "scheme-not-implemented", "RFC 9110 §15.6.2",
      QT_TRANSLATE_NOOP("authlab::Rules", "This resource only accepts %1, which this version of AuthLab does not implement yet: 501.")),
    R(CredentialsMalformed, WellFormed, "credentials-malformed", "RFC 9110 §11.4, §15.5.1",
      QT_TRANSLATE_NOOP("authlab::Rules", "The Authorization field does not match the credentials grammar (a scheme token, a space, then token68 or parameters): malformed, 400.")),

    R(BasicWellFormed, WellFormed, "basic-well-formed", "RFC 7617 §2",
      QT_TRANSLATE_NOOP("authlab::Rules", "The Basic credentials decode to user-id \"%1\" and a password, split at the first colon.")),
    R(BasicMissingToken, WellFormed, "basic-missing-token", "RFC 7617 §2, RFC 9110 §15.5.1",
      QT_TRANSLATE_NOOP("authlab::Rules", "The Basic scheme name is not followed by a token68: malformed, 400.")),
    R(BasicNotToken68, WellFormed, "basic-not-token68", "RFC 9110 §11.2, §15.5.1",
      QT_TRANSLATE_NOOP("authlab::Rules", "The Basic credentials contain characters outside the token68 syntax: malformed, 400.")),
    R(BasicBadBase64, WellFormed, "basic-bad-base64", "RFC 7617 §2, RFC 9110 §15.5.1",
      QT_TRANSLATE_NOOP("authlab::Rules", "The Basic credentials are not valid base64: malformed, 400.")),
    R(BasicNoColon, WellFormed, "basic-no-colon", "RFC 7617 §2, RFC 9110 §15.5.1",
      QT_TRANSLATE_NOOP("authlab::Rules", "The decoded Basic credentials contain no colon, so there is no user-id:password pair: malformed, 400.")),
    R(BasicControlCharacter, WellFormed, "basic-control-character", "RFC 7617 §2, RFC 9110 §5.5",
      QT_TRANSLATE_NOOP("authlab::Rules", "The decoded user-id or password contains a control character, which RFC 7617 forbids: malformed, 400.")),
    R(BasicUtf8, WellFormed, "basic-utf8", "RFC 7617 §2.1",
      QT_TRANSLATE_NOOP("authlab::Rules", "The user-pass bytes are valid UTF-8, the encoding the challenge's charset=\"UTF-8\" asks for.")),
    R(BasicLatin1, WellFormed, "basic-latin1", "RFC 7617 §2.1",
      QT_TRANSLATE_NOOP("authlab::Rules", "The user-pass bytes are not valid UTF-8; they were read as ISO-8859-1 (Latin-1), as Qt and Python requests send non-ASCII text.")),

    R(UserKnown, User, "user-known", "RFC 9110 §11.4",
      QT_TRANSLATE_NOOP("authlab::Rules", "%1 is a user of this scenario.")),
    R(UserUnknown, User, "user-unknown", "RFC 9110 §11.4, §15.5.2",
      QT_TRANSLATE_NOOP("authlab::Rules", "There is no user \"%1\": 401, byte for byte the same answer as a wrong password, so that user names cannot be probed.")),
    R(PasswordCorrect, Secret, "password-correct", "RFC 7617 §2",
      QT_TRANSLATE_NOOP("authlab::Rules", "The password of %1 is correct (compared in constant time).")),
    R(PasswordWrong, Secret, "password-wrong", "RFC 9110 §11.4, §15.5.2",
      QT_TRANSLATE_NOOP("authlab::Rules", "The password of %1 is wrong: invalid credentials get 401 and the challenge again.")),

    R(BearerWellFormed, WellFormed, "bearer-well-formed", "RFC 6750 §2.1",
      QT_TRANSLATE_NOOP("authlab::Rules", "The bearer token has the b64token syntax.")),
    R(BearerMalformed, WellFormed, "bearer-malformed", "RFC 6750 §2.1, §3.1",
      QT_TRANSLATE_NOOP("authlab::Rules", "The Bearer credentials are not a single b64token: error=\"invalid_request\", 400.")),
    R(TokenKnown, User, "token-known", "RFC 6750 §3.1",
      QT_TRANSLATE_NOOP("authlab::Rules", "The bearer token belongs to %1 and is valid.")),
    R(TokenUnknown, User, "token-unknown", "RFC 6750 §3.1",
      QT_TRANSLATE_NOOP("authlab::Rules", "The bearer token is not known: error=\"invalid_token\", 401.")),
    R(TokenExpired, User, "token-expired", "RFC 6750 §3.1",
      QT_TRANSLATE_NOOP("authlab::Rules", "The bearer token of %1 has expired: error=\"invalid_token\", 401.")),

    R(BearerFromHeader, Credentials, "bearer-from-header", "RFC 6750 §2.1",
      QT_TRANSLATE_NOOP("authlab::Rules", "The access token comes in the Authorization header field with the Bearer scheme, the method every resource server MUST support.")),
    R(BearerFromBody, Credentials, "bearer-from-body", "RFC 6750 §2.2",
      QT_TRANSLATE_NOOP("authlab::Rules", "The access token comes in the access_token field of an application/x-www-form-urlencoded body of a %1 request (the form-encoded body parameter): it is checked like a token in the Authorization header field.")),
    R(BearerBodyNotForMethod, Credentials, "bearer-body-not-for-method", "RFC 6750 §2.2",
      QT_TRANSLATE_NOOP("authlab::Rules", "The form body of this %1 request has an access_token field, but it is not a token: the form-encoded body parameter needs a method whose content has defined semantics, and GET MUST NOT be used.")),
    R(BearerQueryNotAccepted, Credentials, "bearer-query-not-accepted", "RFC 6750 §2.3",
      QT_TRANSLATE_NOOP("authlab::Rules", "The query has an access_token parameter (the URI query parameter method). Resource servers MAY support it and clients SHOULD NOT use it (URLs get logged); this server does not accept it, so the request counts as carrying no token.")),
    R(BearerMultipleMethods, WellFormed, "bearer-multiple-methods", "RFC 6750 §3.1, §2",
      QT_TRANSLATE_NOOP("authlab::Rules", "The access token is sent by more than one method (%1): a request that uses more than one method for including an access token gets error=\"invalid_request\", 400.")),
    R(BearerTokenRepeated, WellFormed, "bearer-token-repeated", "RFC 6750 §3.1",
      QT_TRANSLATE_NOOP("authlab::Rules", "The access_token parameter appears more than once in the %1: a request that repeats the same parameter gets error=\"invalid_request\", 400.")),
    R(BearerFormUnreadable, WellFormed, "bearer-form-unreadable", "RFC 6750 §2.2, §3.1, RFC 9110 §15.5.14",
      QT_TRANSLATE_NOOP("authlab::Rules", "The form body cannot be read for an access_token field (%1): 413 when it is larger than the limit, otherwise error=\"invalid_request\", 400.")),

    R(DigestWellFormed, WellFormed, "digest-well-formed", "RFC 7616 §3.4",
      QT_TRANSLATE_NOOP("authlab::Rules", "The Digest credentials parse: algorithm %1, qop=auth, nc %2, each parameter once.")),
    R(DigestMalformed, WellFormed, "digest-malformed", "RFC 7616 §3.4, RFC 9110 §11.2",
      QT_TRANSLATE_NOOP("authlab::Rules", "The Digest credentials are malformed: %1 Malformed credentials get 400.")),
    R(DigestUriMismatch, WellFormed, "digest-uri-mismatch", "RFC 7616 §3.4.6",
      QT_TRANSLATE_NOOP("authlab::Rules", "The uri parameter \"%1\" is not the request-target \"%2\": the server MUST answer 400.")),
    R(DigestUserhash, User, "digest-userhash", "RFC 7616 §3.4.4",
      QT_TRANSLATE_NOOP("authlab::Rules", "userhash=true: the username parameter is H(username:realm), found through the index of user hashes (%1).")),
    R(DigestUserKnown, User, "digest-user-known", "RFC 7616 §3.4",
      QT_TRANSLATE_NOOP("authlab::Rules", "%1 is a user of this scenario.")),
    R(DigestUserUnknown, User, "digest-user-unknown", "RFC 7616 §3.4, RFC 9110 §15.5.2",
      QT_TRANSLATE_NOOP("authlab::Rules", "There is no user \"%1\": the digest was computed with a dummy password, so the 401 and its cost are those of a wrong password.")),
    R(DigestRealmMismatch, Secret, "digest-realm-mismatch", "RFC 7616 §3.4",
      QT_TRANSLATE_NOOP("authlab::Rules", "The credentials are for the realm \"%1\", not this server's: 401 with a fresh challenge.")),
    R(DigestArithmetic, Secret, "digest-arithmetic", "RFC 7616 §3.4.1, §3.4.2, §3.4.3",
      QT_TRANSLATE_NOOP("authlab::Rules", "The expected response under %1 (the password and HA1 not shown): %2")),
    R(DigestResponseWrong, Secret, "digest-response-wrong", "RFC 7616 §3.4.1, §3.3",
      QT_TRANSLATE_NOOP("authlab::Rules", "The response sent for %1 is not the expected one: wrong password, 401 with a fresh challenge (never stale=true).")),
    R(DigestResponseCorrect, Secret, "digest-response-correct", "RFC 7616 §3.4.1",
      QT_TRANSLATE_NOOP("authlab::Rules", "The response sent for %1 is the expected one (compared in constant time).")),
    R(DigestNonceForeign, Secret, "digest-nonce-foreign", "RFC 7616 §3.3",
      QT_TRANSLATE_NOOP("authlab::Rules", "The digest is right but this server did not issue the nonce (another process, realm or opaque): 401 with a new nonce and stale=true.")),
    R(DigestNonceStale, Secret, "digest-nonce-stale", "RFC 7616 §3.3, §3.6",
      QT_TRANSLATE_NOOP("authlab::Rules", "The digest is right but the nonce has expired: 401 with a new nonce and stale=true, so the client retries without asking its user.")),
    R(DigestReplay, Secret, "digest-replay", "RFC 7616 §3.4, §5.5",
      QT_TRANSLATE_NOOP("authlab::Rules", "nc %1 is not above %2, the highest count already seen with this nonce: a replay, refused with 401, a new nonce and stale=true.")),
    R(DigestNonceForgotten, Secret, "digest-nonce-forgotten", "RFC 7616 §5.5",
      QT_TRANSLATE_NOOP("authlab::Rules", "The nonce's count was forgotten at the cap of the nonce table, so a replay cannot be ruled out: 401 with a new nonce and stale=true.")),
    R(DigestNonceFresh, Secret, "digest-nonce-fresh", "RFC 7616 §3.3, §5.5",
      QT_TRANSLATE_NOOP("authlab::Rules", "The nonce was issued here and is fresh, and nc %1 is above the highest count seen with it: not a replay.")),
    R(DigestChallenges, Response, "digest-challenges", "RFC 7616 §3.3, §3.7",
      QT_TRANSLATE_NOOP("authlab::Rules", "Two Digest challenges with the same nonce, opaque and realm: SHA-256 first (preferred), then MD5 for older clients.")),
    R(DigestAuthenticationInfo, Response, "digest-authentication-info", "RFC 7616 §3.5",
      QT_TRANSLATE_NOOP("authlab::Rules", "Authentication-Info carries rspauth, the digest of the answer: the client can check that the server knows the password too.")),

    R(SessionLoginForm, Response, "session-login-form", "RFC 9110 §15.3.1",
      QT_TRANSLATE_NOOP("authlab::Rules", "GET /login: the login form (200); it POSTs username, password and next back to /login.")),
    R(SessionFormMediaType, WellFormed, "session-form-media-type", "RFC 9110 §15.5.16",
      QT_TRANSLATE_NOOP("authlab::Rules", "The login expects an application/x-www-form-urlencoded body, not %1: 415.")),
    R(SessionFormMalformed, WellFormed, "session-form-malformed", "RFC 9110 §15.5.1, §15.5.14",
      QT_TRANSLATE_NOOP("authlab::Rules", "The login form cannot be read: %1.")),
    R(SessionLoginFailed, Credentials, "session-login-failed", "RFC 9110 §15.3.1",
      QT_TRANSLATE_NOOP("authlab::Rules", "Wrong user name or password for %1: the form is shown again with an error (200, no redirect, no cookie).")),
    R(SessionCreated, Response, "session-created", "RFC 9110 §15.4.4, RFC 6265 §4.1",
      QT_TRANSLATE_NOOP("authlab::Rules", "%1 logged in: a new session (128 random bits) in a Set-Cookie with HttpOnly, SameSite=Lax and Path=/, and 303 See Other to %2.")),
    R(SessionNextRefused, Response, "session-next-refused", "RFC 9110 §15.4",
      QT_TRANSLATE_NOOP("authlab::Rules", "next=%1 is not a local path: the redirect goes to / instead (no open redirect).")),
    R(SessionEnded, Response, "session-ended", "RFC 9110 §15.4.4, RFC 6265 §3.1",
      QT_TRANSLATE_NOOP("authlab::Rules", "Logout: the session ends on the server, the cookie is cleared (Max-Age=0), and 303 See Other to /login.")),
    R(SessionCookieValid, Credentials, "session-cookie-valid", "RFC 6265 §5.4",
      QT_TRANSLATE_NOOP("authlab::Rules", "The Cookie header field names a live session of %1.")),
    R(SessionLoginRedirect, Response, "session-login-redirect", "RFC 9110 §15.4.3",
      QT_TRANSLATE_NOOP("authlab::Rules", "A browser (Accept: text/html) without a session: 302 Found to the login form %1 instead of a 401.")),

    R(NoGroupRequired, Permission, "no-group-required", "RFC 9110 §11.4",
      QT_TRANSLATE_NOOP("authlab::Rules", "Any authenticated user may access this resource.")),
    R(GroupMember, Permission, "group-member", "RFC 9110 §11.4",
      QT_TRANSLATE_NOOP("authlab::Rules", "%1 is in group %2, which the resource requires.")),
    R(NotGroupMember, Permission, "not-in-group", "RFC 9110 §11.4, §15.5.4",
      QT_TRANSLATE_NOOP("authlab::Rules", "%1 is authenticated but not in %2: valid credentials that are not adequate get 403, not 401.")),
    R(ScopeGranted, Permission, "scope-granted", "RFC 6750 §3.1",
      QT_TRANSLATE_NOOP("authlab::Rules", "The token's scopes include %1.")),
    R(ScopeMissing, Permission, "insufficient-scope", "RFC 6750 §3.1",
      QT_TRANSLATE_NOOP("authlab::Rules", "The token lacks the scope %1: error=\"insufficient_scope\", 403 with a challenge.")),

    R(NotHidden, Hide, "not-hidden", "RFC 9110 §15.5.4",
      QT_TRANSLATE_NOOP("authlab::Rules", "The resource is not hidden: its real status is shown.")),
    R(HiddenAllowed, Hide, "hidden-allowed", "RFC 9110 §15.5.4",
      QT_TRANSLATE_NOOP("authlab::Rules", "The resource is hidden, but this caller may see it: the credentials came with the request itself, since a hidden resource never sends a challenge to ask for them.")),
    R(HiddenAsNotFound, Hide, "hidden", "RFC 9110 §15.5.4, §15.5.5",
      QT_TRANSLATE_NOOP("authlab::Rules", "The resource is hidden: instead of %1 the server answers 404, identical to a missing resource, so that its existence is not disclosed.")),
    R(HiddenNoChallenge, Hide, "hidden-no-challenge", "RFC 9110 §11.6.1, §15.5.5",
      QT_TRANSLATE_NOOP("authlab::Rules", "This 404 carries no challenge, so a client that waits for one before sending credentials (browsers, curl --anyauth, wget by default) never authenticates here: only credentials sent with the first request (curl -u, wget --auth-no-challenge) can reach a hidden resource.")),

    R(MethodAllowed, Method, "method-allowed", "RFC 9110 §9.1",
      QT_TRANSLATE_NOOP("authlab::Rules", "The resource supports the method %1.")),
    R(MethodNotAllowed, Method, "method-not-allowed", "RFC 9110 §15.5.6, §10.2.1",
      QT_TRANSLATE_NOOP("authlab::Rules", "The resource does not support %1; it allows %2: 405 with an Allow field. Checked only after authentication, so a 405 tells a caller no more than a 401 or 404 would.")),
    R(OptionsAnswered, Method, "options", "RFC 9110 §9.3.7",
      QT_TRANSLATE_NOOP("authlab::Rules", "OPTIONS: the Allow field lists the methods of %1: 200 with no content.")),

    R(BehaviourRfc9110, Behaviour, "behaviour-rfc9110", "RFC 9110",
      QT_TRANSLATE_NOOP("authlab::Rules", "Server behaviour: RFC 9110 as written, no deviations.")),
    R(BehaviourNotApplied, Behaviour, "behaviour-not-applied", "RFC 9110",
      QT_TRANSLATE_NOOP("authlab::Rules", "Server behaviour %1: nothing in this answer is rewritten; it is what RFC 9110 asks for.")),
    R(BehaviourNever401, Behaviour, "behaviour-never-401", "RFC 9110 §15.5.2, §15.5.4",
      QT_TRANSLATE_NOOP("authlab::Rules", "Server behaviour never-401 (the roll-your-own school): RFC 9110 answers %1 here; this server sends %2 without a challenge instead. A 403 tells the client that credentials will not help, so no client prompts for them or sends any.")),
    R(BehaviourHideAll, Behaviour, "behaviour-hide-all", "RFC 9110 §15.5.4, §15.5.5",
      QT_TRANSLATE_NOOP("authlab::Rules", "Server behaviour hide-all (the hiding school): the correct answer is %1; this server answers %2 for every refusal, exactly like a path that does not exist. A server MAY hide a forbidden resource with 404, but hiding a 401 also hides how to authenticate: only clients that send credentials unasked get in.")),
    R(BehaviourUnchallenged401, Behaviour, "behaviour-401-without-challenge", "RFC 9110 §11.6.1, §15.5.2",
      QT_TRANSLATE_NOOP("authlab::Rules", "Server behaviour 401-without-challenge (a bug): the 401 goes out without WWW-Authenticate, although a server generating a 401 MUST send one with at least one challenge. curl --anyauth and --digest then never send the credentials, browsers show no prompt, and Qt reports an error without asking.")),
    R(BehaviourForbiddenForAnonymous, Behaviour, "behaviour-403-for-anonymous", "RFC 9110 §15.5.2, §15.5.4",
      QT_TRANSLATE_NOOP("authlab::Rules", "Server behaviour 403-for-anonymous (a bug): no credentials were sent, which RFC 9110 answers with %1 and a challenge; this server answers %2. A 403 says that credentials would not help, so no client offers any.")),
    R(BehaviourUnauthorizedForForbidden, Behaviour, "behaviour-401-for-forbidden", "RFC 9110 §15.5.4, §15.5.2",
      QT_TRANSLATE_NOOP("authlab::Rules", "Server behaviour 401-for-forbidden (a bug): the caller is authenticated but not allowed, which RFC 9110 answers with %1; this server answers %2 with a challenge, so clients prompt again or retry credentials that can never work.")),
    R(BehaviourLoginRedirectForApi, Behaviour, "behaviour-login-redirect-for-api", "RFC 9110 §15.4.3, §11.6.1",
      QT_TRANSLATE_NOOP("authlab::Rules", "Server behaviour login-redirect-for-api (a bug): a client that is not a browser gets %2 to the HTML login form instead of %1 with a challenge. Clients follow redirects on their own (requests, Qt, curl -L) and end with 200 and an HTML page where they expected data.")),
    R(BehaviourSoft401, Behaviour, "behaviour-soft-401", "RFC 9110 §15.5.2, §15.3.1",
      QT_TRANSLATE_NOOP("authlab::Rules", "Server behaviour soft-401 (a bug): the correct answer is %1; this server answers %2 with a login page. Scripts, monitors and caches take the 200 for success.")),
    R(BehaviourLeakyHide, Behaviour, "behaviour-leaky-hide", "RFC 9110 §15.5.5",
      QT_TRANSLATE_NOOP("authlab::Rules", "Server behaviour leaky-hide (a bug): the hidden resource answers 404, but its content differs in length from the 404 of a path that does not exist, so anyone can tell that something is there.")),
    R(BehaviourOddChallengeSyntax, Behaviour, "behaviour-odd-challenge-syntax", "RFC 9110 §11.1, §11.5, §11.6.1",
      QT_TRANSLATE_NOOP("authlab::Rules", "Server behaviour odd-challenge-syntax: all challenges in one field line, the scheme in lower case, the realm unquoted. The scheme is case-insensitive, but a sender MUST quote the realm, and several challenges in one line might not be interoperable: Qt reads only the first scheme of a line.")),
    R(BehaviourTrustsForwardedFor, Behaviour, "behaviour-trusts-x-forwarded-for", "RFC 7239 §8.1",
      QT_TRANSLATE_NOOP("authlab::Rules", "Server behaviour trusts-x-forwarded-for (a bug): the address rules believe the client's X-Forwarded-For %1 instead of the connection's address %2. Any client can write that field; only a proxy the server trusts may be believed.")),

    R(ChallengeSent, Response, "challenge", "RFC 9110 §11.6.1, §15.5.2",
      QT_TRANSLATE_NOOP("authlab::Rules", "A 401 MUST carry WWW-Authenticate with at least one challenge: %1.")),
    R(NoStore, Response, "no-store", "RFC 9111 §5.2.2.5, RFC 9110 §12.5.5",
      QT_TRANSLATE_NOOP("authlab::Rules", "The answer depends on the credentials: Cache-Control: no-store and Vary: Authorization.")),
    R(ContinueSent, Response, "continue-sent", "RFC 9110 §10.1.1, §15.2.1",
      QT_TRANSLATE_NOOP("authlab::Rules", "The header fields were acceptable: 100 Continue was sent, then the content arrived and was read.")),
    R(FinalBeforeContent, Response, "final-before-content", "RFC 9110 §10.1.1, RFC 9112 §9.6",
      QT_TRANSLATE_NOOP("authlab::Rules", "The header fields already decide the final status, so it is sent before the client sends the content (Expect: 100-continue); the content is not read, and Connection: close says so.")),
    R(Granted, Response, "granted", "RFC 9110 §15.3.1",
      QT_TRANSLATE_NOOP("authlab::Rules", "Access granted to %1: 200 OK.")),
    R(ServedPublic, Response, "served-public", "RFC 9110 §15.3.1",
      QT_TRANSLATE_NOOP("authlab::Rules", "Public resource served: 200 OK.")),
}};
// clang-format on
#undef R

constexpr bool rulesInOrder()
{
    for (size_t i = 0; i < kRules.size(); ++i) {
        if (size_t(kRules[i].rule) != i)
            return false;
    }
    return true;
}
static_assert(rulesInOrder(), "kRules must list every Rule in enum order");

} // namespace

const RuleInfo &ruleInfo(Rule rule)
{
    return kRules[size_t(rule)];
}

const char *ruleId(Rule rule)
{
    return ruleInfo(rule).id;
}

QString ruleText(Rule rule, const QString &a1, const QString &a2)
{
    QString text = QCoreApplication::translate("authlab::Rules", ruleInfo(rule).text);
    if (text.contains(QLatin1String("%2")))
        return text.arg(a1, a2);
    if (text.contains(QLatin1String("%1")))
        return text.arg(a1);
    return text;
}

QString ruleCitation(Rule rule)
{
    return QString::fromUtf8(ruleInfo(rule).citation);
}

QString checkName(Check check)
{
    switch (check) {
    case Check::Framing:
        return QCoreApplication::translate("authlab::Rules", "Framing and limits");
    case Check::Proxy:
        return QCoreApplication::translate("authlab::Rules", "Proxy authentication");
    case Check::Route:
        return QCoreApplication::translate("authlab::Rules", "Resource");
    case Check::Address:
        return QCoreApplication::translate("authlab::Rules", "Address rule");
    case Check::Credentials:
        return QCoreApplication::translate("authlab::Rules", "Credentials present");
    case Check::WellFormed:
        return QCoreApplication::translate("authlab::Rules", "Well-formed");
    case Check::User:
        return QCoreApplication::translate("authlab::Rules", "User known");
    case Check::Secret:
        return QCoreApplication::translate("authlab::Rules", "Secret correct");
    case Check::Permission:
        return QCoreApplication::translate("authlab::Rules", "Group / scope");
    case Check::Hide:
        return QCoreApplication::translate("authlab::Rules", "Hide policy");
    case Check::Method:
        return QCoreApplication::translate("authlab::Rules", "Method");
    case Check::Behaviour:
        return QCoreApplication::translate("authlab::Rules", "Server behaviour");
    case Check::Response:
        return QCoreApplication::translate("authlab::Rules", "Response");
    case Check::CheckCount:
        break;
    }
    return {};
}

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pass:
        return QCoreApplication::translate("authlab::Rules", "passed");
    case Outcome::Fail:
        return QCoreApplication::translate("authlab::Rules", "failed");
    case Outcome::Info:
        return QCoreApplication::translate("authlab::Rules", "note");
    case Outcome::Skip:
        return QCoreApplication::translate("authlab::Rules", "not applicable");
    }
    return {};
}

} // namespace authlab
