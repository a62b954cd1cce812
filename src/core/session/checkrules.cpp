#include "session/checkrules.h"

#include <QCoreApplication>

#include <array>

namespace authlab {

namespace {
// clang-format off
// The texts are written out as QT_TRANSLATE_NOOP (not through a macro of our own) so that
// lupdate, which does not expand macros, finds them. The RFC sentences are quoted from
// /work/shared/reference/standards.md (§ numbers in the comments) where it has them.
constexpr std::array<FindingInfo, size_t(Finding::Count)> kFindings = {{
    {Finding::TlsCertificate, Severity::Must, "tls-certificate",
     QT_TRANSLATE_NOOP("authlab::CheckRules", "The TLS certificate is not valid for this server"),
     "RFC 9110 §4.3.4",
     QT_TRANSLATE_NOOP("authlab::CheckRules", "If the certificate is not valid for the target URI's origin, a user agent MUST either obtain confirmation from the user before proceeding (see Section 3.5) or terminate the connection with a bad certificate error."),
     QT_TRANSLATE_NOOP("authlab::CheckRules", "Every careful client refuses to talk to this server, so the check stops here. Use --insecure (like curl -k) to check the server anyway, for example a test server with a self-signed certificate.")},
    {Finding::TlsCertificateAccepted, Severity::Advice, "tls-certificate-accepted",
     QT_TRANSLATE_NOOP("authlab::CheckRules", "The TLS certificate is not valid, accepted because of --insecure"),
     "RFC 9110 §4.3.4",
     QT_TRANSLATE_NOOP("authlab::CheckRules", "If the certificate is not valid for the target URI's origin, a user agent MUST either obtain confirmation from the user before proceeding (see Section 3.5) or terminate the connection with a bad certificate error."),
     QT_TRANSLATE_NOOP("authlab::CheckRules", "The check went on because you asked it to. Real clients will refuse the connection unless they are told to trust this certificate.")},
    {Finding::NoResponse, Severity::Advice, "no-response",
     QT_TRANSLATE_NOOP("authlab::CheckRules", "A probe got no HTTP response"),
     "RFC 9110 §15.5",
     QT_TRANSLATE_NOOP("authlab::CheckRules", "Except when responding to a HEAD request, the server SHOULD send a representation containing an explanation of the error situation, and whether it is a temporary or permanent condition."),
     QT_TRANSLATE_NOOP("authlab::CheckRules", "The server closed, reset or did not answer one of the requests within the time allowed (--timeout). A server should answer a request it does not like with a 4xx status, not with silence; the findings that needed this answer were not checked.")},
    {Finding::Unchallenged401, Severity::Must, "401-without-challenge",
     QT_TRANSLATE_NOOP("authlab::CheckRules", "401 without a WWW-Authenticate challenge"),
     "RFC 9110 §15.5.2, §11.6.1",
     QT_TRANSLATE_NOOP("authlab::CheckRules", "The server generating a 401 response MUST send a WWW-Authenticate header field (Section 11.6.1) containing at least one challenge applicable to the target resource."),
     QT_TRANSLATE_NOOP("authlab::CheckRules", "Without a challenge no client knows how to authenticate: browsers show no prompt, curl --anyauth and --digest never send the credentials, and some clients loop. Send the challenge of the scheme you accept (for example Basic realm=\"...\"), or, if no HTTP authentication scheme applies (a cookie login), answer 403 instead of 401.")},
    {Finding::ChallengeUnparsable, Severity::Must, "challenge-syntax",
     QT_TRANSLATE_NOOP("authlab::CheckRules", "WWW-Authenticate is not a valid list of challenges"),
     "RFC 9110 §11.6.1, §11.3",
     QT_TRANSLATE_NOOP("authlab::CheckRules", "A server generating a 401 (Unauthorized) response MUST send a WWW-Authenticate header field containing at least one challenge."),
     QT_TRANSLATE_NOOP("authlab::CheckRules", "Part of the field does not follow the challenge grammar of RFC 9110 §11.3, challenge = auth-scheme [ 1*SP ( token68 / #auth-param ) ]: a scheme token, a space, then token68 or name=value parameters separated by commas, values as token or quoted-string. Clients stop reading at the first error and may miss the scheme they need.")},
    {Finding::RealmUnquoted, Severity::Must, "realm-not-quoted",
     QT_TRANSLATE_NOOP("authlab::CheckRules", "The realm is not a quoted-string"),
     "RFC 9110 §11.5",
     QT_TRANSLATE_NOOP("authlab::CheckRules", "For historical reasons, a sender MUST only generate the quoted-string syntax."),
     QT_TRANSLATE_NOOP("authlab::CheckRules", "Write realm=\"Example\" with the double quotes, even when the value is a single token: older clients read only the quoted form.")},
    {Finding::DuplicateParameter, Severity::Must, "duplicate-parameter",
     QT_TRANSLATE_NOOP("authlab::CheckRules", "A challenge repeats a parameter"),
     "RFC 9110 §11.2",
     QT_TRANSLATE_NOOP("authlab::CheckRules", "Authentication parameters are name/value pairs, where the name token is matched case-insensitively and each parameter name MUST only occur once per challenge."),
     QT_TRANSLATE_NOOP("authlab::CheckRules", "Which of the two values a client uses is up to the client. Send each parameter once.")},
    {Finding::BasicWithoutRealm, Severity::Must, "basic-without-realm",
     QT_TRANSLATE_NOOP("authlab::CheckRules", "A Basic challenge without realm"),
     "RFC 7617 §2",
     QT_TRANSLATE_NOOP("authlab::CheckRules", "The authentication parameter 'realm' is REQUIRED ([RFC7235], Section 2.2)."),
     QT_TRANSLATE_NOOP("authlab::CheckRules", "The realm names the protection space: browsers show it in their prompt and key their password cache by it. Add realm=\"...\".")},
    {Finding::BadCharset, Severity::Advice, "bad-charset",
     QT_TRANSLATE_NOOP("authlab::CheckRules", "A Basic challenge with a charset other than UTF-8"),
     "RFC 7617 §2.1",
     QT_TRANSLATE_NOOP("authlab::CheckRules", "The only allowed value is \"UTF-8\"; it is to be matched case-insensitively (see [RFC2978], Section 2.3)."),
     QT_TRANSLATE_NOOP("authlab::CheckRules", "RFC 7617 allows no other value, but with no MUST: the parameter is \"purely advisory\". Send charset=\"UTF-8\" or no charset at all; clients ignore other values and fall back to their own guess.")},
    {Finding::ChallengesOnOneLine, Severity::Advice, "challenges-on-one-line",
     QT_TRANSLATE_NOOP("authlab::CheckRules", "Several challenges in one WWW-Authenticate field line"),
     "RFC 9110 §11.6.1",
     QT_TRANSLATE_NOOP("authlab::CheckRules", "Some user agents do not recognize this form, however. As a result, sending a WWW-Authenticate field value with more than one member on the same field line might not be interoperable."),
     QT_TRANSLATE_NOOP("authlab::CheckRules", "Allowed, but Qt, for one, reads only the first scheme of each line. Send one challenge per WWW-Authenticate field line.")},
    {Finding::BearerWithoutParameters, Severity::Must, "bearer-without-parameters",
     QT_TRANSLATE_NOOP("authlab::CheckRules", "A Bearer challenge without any parameter"),
     "RFC 6750 §3",
     QT_TRANSLATE_NOOP("authlab::CheckRules", "All challenges defined by this specification MUST use the auth-scheme value \"Bearer\". This scheme MUST be followed by one or more auth-param values."),
     QT_TRANSLATE_NOOP("authlab::CheckRules", "Send at least the realm: Bearer realm=\"api\".")},
    {Finding::BearerErrorStatus, Severity::Should, "bearer-error-status",
     QT_TRANSLATE_NOOP("authlab::CheckRules", "A Bearer error code on the wrong status"),
     "RFC 6750 §3.1 (invalid_request, invalid_token, insufficient_scope)",
     QT_TRANSLATE_NOOP("authlab::CheckRules", "The request is missing a required parameter, includes an unsupported parameter or parameter value, repeats the same parameter, uses more than one method for including an access token, or is otherwise malformed. The resource server SHOULD respond with the HTTP 400 (Bad Request) status code. The access token provided is expired, revoked, malformed, or invalid for other reasons. The resource SHOULD respond with the HTTP 401 (Unauthorized) status code. The request requires higher privileges than provided by the access token. The resource server SHOULD respond with the HTTP 403 (Forbidden) status code and MAY include the \"scope\" attribute with the scope necessary to access the protected resource."),
     QT_TRANSLATE_NOOP("authlab::CheckRules", "The status and the error code disagree, so clients act on the status: a 401 with insufficient_scope makes them fetch a new token that will not help; a 403 with invalid_token makes them give up when a new token would.")},
    {Finding::BearerErrorWithoutToken, Severity::Should, "bearer-error-without-token",
     QT_TRANSLATE_NOOP("authlab::CheckRules", "A Bearer error code although no token was sent"),
     "RFC 6750 §3.1",
     QT_TRANSLATE_NOOP("authlab::CheckRules", "If the request lacks any authentication information (e.g., the client was unaware that authentication is necessary or attempted using an unsupported authentication method), the resource server SHOULD NOT include an error code or other error information."),
     QT_TRANSLATE_NOOP("authlab::CheckRules", "A request without a Bearer token gets a bare challenge (Bearer realm=\"...\"); error=\"invalid_token\" makes clients throw away a token they never sent.")},
    {Finding::Bearer403WithoutChallenge, Severity::Must, "403-without-bearer-challenge",
     QT_TRANSLATE_NOOP("authlab::CheckRules", "403 without WWW-Authenticate from a resource protected by Bearer tokens"),
     "RFC 6750 §3",
     QT_TRANSLATE_NOOP("authlab::CheckRules", "If the protected resource request does not include authentication credentials or does not contain an access token that enables access to the protected resource, the resource server MUST include the HTTP \"WWW-Authenticate\" response header field; it MAY include it in response to other conditions as well."),
     QT_TRANSLATE_NOOP("authlab::CheckRules", "The request had no token, or a token that does not open this resource (for a valid token: not enough scope), and the 403 says nothing about how to get in. Without a token answer 401 with Bearer realm=\"...\"; for a valid token without the scope answer 403 with Bearer error=\"insufficient_scope\", scope=\"...\" (standards.md rows 1 and 8).")},
    {Finding::ForbiddenForAnonymous, Severity::Should, "403-for-anonymous",
     QT_TRANSLATE_NOOP("authlab::CheckRules", "403 for a request without credentials, where credentials open the resource"),
     "RFC 9110 §11.4",
     QT_TRANSLATE_NOOP("authlab::CheckRules", "Upon receipt of a request for a protected resource that omits credentials, contains invalid credentials (e.g., a bad password) or partial credentials (e.g., when the authentication scheme requires more than one round trip), an origin server SHOULD send a 401 (Unauthorized) response that contains a WWW-Authenticate header field with at least one (possibly new) challenge applicable to the requested resource."),
     QT_TRANSLATE_NOOP("authlab::CheckRules", "403 says that credentials would not help, yet the given credentials do help. Browsers show no prompt and challenge-driven clients never send the password. Answer 401 with a challenge.")},
    {Finding::WrongCredentialsForbidden, Severity::Should, "403-for-wrong-credentials",
     QT_TRANSLATE_NOOP("authlab::CheckRules", "403 for a wrong password or an unknown user"),
     "RFC 9110 §11.4",
     QT_TRANSLATE_NOOP("authlab::CheckRules", "Upon receipt of a request for a protected resource that omits credentials, contains invalid credentials (e.g., a bad password) or partial credentials (e.g., when the authentication scheme requires more than one round trip), an origin server SHOULD send a 401 (Unauthorized) response that contains a WWW-Authenticate header field with at least one (possibly new) challenge applicable to the requested resource."),
     QT_TRANSLATE_NOOP("authlab::CheckRules", "A bad password is \"invalid credentials\": 401 and the challenge again, so that the user can retype it. 403 tells the client not to try again (RFC 9110 §15.5.4).")},
    {Finding::WrongCredentialsAccepted, Severity::Should, "wrong-credentials-accepted",
     QT_TRANSLATE_NOOP("authlab::CheckRules", "A wrong password or an unknown user gets a 2xx answer where a request without credentials is refused"),
     "RFC 9110 §11.4",
     QT_TRANSLATE_NOOP("authlab::CheckRules", "Upon receipt of a request for a protected resource that omits credentials, contains invalid credentials (e.g., a bad password) or partial credentials (e.g., when the authentication scheme requires more than one round trip), an origin server SHOULD send a 401 (Unauthorized) response that contains a WWW-Authenticate header field with at least one (possibly new) challenge applicable to the requested resource."),
     QT_TRANSLATE_NOOP("authlab::CheckRules", "The server seems to let in anyone who sends any credentials. Check the password (or token) verification.")},
    {Finding::OtherUserUnauthorized, Severity::Advice, "401-for-forbidden",
     QT_TRANSLATE_NOOP("authlab::CheckRules", "401 for valid credentials that are not enough (--other-user)"),
     "RFC 9110 §11.4, §15.5.4",
     QT_TRANSLATE_NOOP("authlab::CheckRules", "A server that receives valid credentials that are not adequate to gain access ought to respond with the 403 (Forbidden) status code (Section 15.5.4)."),
     QT_TRANSLATE_NOOP("authlab::CheckRules", "RFC 9110 says \"ought to\", no MUST or SHOULD, but the other user's credentials are valid (you said so with --other-user), so a 401 makes clients prompt again and again for a password that will never work. Answer 403. If the other user's password is in fact wrong, this finding is not about the server.")},
    {Finding::LoginRedirectForJson, Severity::Advice, "login-redirect-for-json",
     QT_TRANSLATE_NOOP("authlab::CheckRules", "A JSON request is redirected to an HTML login page"),
     "RFC 9110 §11.4",
     QT_TRANSLATE_NOOP("authlab::CheckRules", "Note that various custom mechanisms for user authentication use the Set-Cookie and Cookie header fields, defined in [COOKIE], for passing tokens related to authentication."),
     QT_TRANSLATE_NOOP("authlab::CheckRules", "A cookie login is outside HTTP authentication, so no RFC keyword is broken, but a redirect to the login page is right for a browser's navigation, never for an API call: HTTP clients follow the 302 and end on a 200 HTML page, which they take for success. For a request that asks for JSON answer 401 with a challenge (or 403 if no HTTP scheme applies), as standards.md row 12 says.")},
    {Finding::Soft401, Severity::Advice, "soft-401",
     QT_TRANSLATE_NOOP("authlab::CheckRules", "200 with a login form where credentials are needed"),
     "RFC 9110 §11.4",
     QT_TRANSLATE_NOOP("authlab::CheckRules", "Note that various custom mechanisms for user authentication use the Set-Cookie and Cookie header fields, defined in [COOKIE], for passing tokens related to authentication."),
     QT_TRANSLATE_NOOP("authlab::CheckRules", "A login form is a cookie login, outside HTTP authentication, so no RFC keyword is broken. Still, the request without valid credentials gets 200 and a page with a password field, while the good credentials get the resource: the status says success when the request was refused. Caches store it and API clients parse the form as data. Answer 401 (a browser may be shown the form in its body).")},
    {Finding::UnknownUserDistinguishable, Severity::Advice, "unknown-user-distinguishable",
     QT_TRANSLATE_NOOP("authlab::CheckRules", "An unknown user is answered differently from a wrong password"),
     "RFC 9110 §11.4",
     QT_TRANSLATE_NOOP("authlab::CheckRules", "Upon receipt of a request for a protected resource that omits credentials, contains invalid credentials (e.g., a bad password) or partial credentials (e.g., when the authentication scheme requires more than one round trip), an origin server SHOULD send a 401 (Unauthorized) response that contains a WWW-Authenticate header field with at least one (possibly new) challenge applicable to the requested resource."),
     QT_TRANSLATE_NOOP("authlab::CheckRules", "No RFC text requires identical answers, but a difference in status, header fields, body or length tells an attacker which user names exist (user enumeration). Answer both with the same 401 and the same body (standards.md rows 4 and 5).")},
    {Finding::HiddenWithoutChallenge, Severity::Advice, "404-instead-of-challenge",
     QT_TRANSLATE_NOOP("authlab::CheckRules", "404 without credentials, while credentials open the resource"),
     "RFC 9110 §15.5.4",
     QT_TRANSLATE_NOOP("authlab::CheckRules", "An origin server that wishes to \"hide\" the current existence of a forbidden target resource MAY instead respond with a status code of 404 (Not Found)."),
     QT_TRANSLATE_NOOP("authlab::CheckRules", "Hiding is allowed, but without a 401 no client learns how to authenticate: only clients that send credentials unasked (curl -u, wget --auth-no-challenge) get in. If the resource is not meant to be secret, answer 401 with a challenge.")},
    {Finding::HiddenDistinguishable, Severity::Advice, "hiding-404-distinguishable",
     QT_TRANSLATE_NOOP("authlab::CheckRules", "The hiding 404 differs from the 404 of a path that does not exist"),
     "RFC 9110 §15.5.5",
     QT_TRANSLATE_NOOP("authlab::CheckRules", "The 404 (Not Found) status code indicates that the origin server did not find a current representation for the target resource or is not willing to disclose that one exists."),
     QT_TRANSLATE_NOOP("authlab::CheckRules", "A 404 that hides a resource only hides it if it is indistinguishable from a genuine 404: same body, same header fields, same length (standards.md §1.13). This one is not, so the resource's existence leaks.")},
    {Finding::AuthenticatedSharedCacheable, Severity::Advice, "authenticated-shared-cacheable",
     QT_TRANSLATE_NOOP("authlab::CheckRules", "An answer to an authenticated request may be stored by shared caches"),
     "RFC 9111 §3.5",
     QT_TRANSLATE_NOOP("authlab::CheckRules", "A shared cache MUST NOT use a cached response to a request with an Authorization header field (Section 11.6.2 of [HTTP]) to satisfy any subsequent request unless the response contains a Cache-Control field with a response directive (Section 5.2.2) that allows it to be stored by a shared cache, and the cache conforms to the requirements of that directive for that response."),
     QT_TRANSLATE_NOOP("authlab::CheckRules", "public, s-maxage and must-revalidate are the directives that let a shared cache hand this user's answer to the next caller. Unless the answer is the same for everyone, send Cache-Control: private (or no-store).")},
    {Finding::BasicOverPlainHttp, Severity::Should, "basic-over-http",
     QT_TRANSLATE_NOOP("authlab::CheckRules", "Basic authentication offered over plain http"),
     "RFC 7617 §4",
     QT_TRANSLATE_NOOP("authlab::CheckRules", "Because Basic authentication involves the cleartext transmission of passwords, it SHOULD NOT be used (without enhancements such as HTTPS [RFC2818]) to protect sensitive or valuable information."),
     QT_TRANSLATE_NOOP("authlab::CheckRules", "Anyone on the path between client and server reads the password. Serve this resource over https (loopback addresses are exempt: the check does not report them).")},
    {Finding::HeadDiffers, Severity::Should, "head-differs-from-get",
     QT_TRANSLATE_NOOP("authlab::CheckRules", "HEAD is answered differently from GET"),
     "RFC 9110 §9.3.2",
     QT_TRANSLATE_NOOP("authlab::CheckRules", "The server SHOULD send the same header fields in response to a HEAD request as it would have sent if the request method had been GET. However, a server MAY omit header fields for which a value is determined only while generating the content."),
     QT_TRANSLATE_NOOP("authlab::CheckRules", "HEAD is GET without the content: link checkers and monitors use it and trust its status and fields. A HEAD that loses the challenge or gets another status misleads them.")},
    {Finding::ProxyStatusFromOrigin, Severity::Advice, "407-from-origin",
     QT_TRANSLATE_NOOP("authlab::CheckRules", "407 (proxy authentication) from the server itself"),
     "RFC 9110 §11.7.1, §15.5.8",
     QT_TRANSLATE_NOOP("authlab::CheckRules", "The proxy MUST send a Proxy-Authenticate header field (Section 11.7.1) containing a challenge applicable to that proxy for the request. The client MAY repeat the request with a new or replaced Proxy-Authorization header field (Section 11.7.2)."),
     QT_TRANSLATE_NOOP("authlab::CheckRules", "The request went to the server directly, not through a proxy, so a 407 is a 401 mixed up: clients answer it with Proxy-Authorization, which the server never reads. An origin server asks with 401 and WWW-Authenticate.")},
    {Finding::ProxyWithoutChallenge, Severity::Must, "407-without-challenge",
     QT_TRANSLATE_NOOP("authlab::CheckRules", "407 without a Proxy-Authenticate challenge"),
     "RFC 9110 §11.7.1",
     QT_TRANSLATE_NOOP("authlab::CheckRules", "A proxy MUST send at least one Proxy-Authenticate header field in each 407 (Proxy Authentication Required) response that it generates."),
     QT_TRANSLATE_NOOP("authlab::CheckRules", "Without Proxy-Authenticate no client knows how to authenticate to the proxy.")},
    {Finding::TrustsForwardedFor, Severity::Advice, "trusts-x-forwarded-for",
     QT_TRANSLATE_NOOP("authlab::CheckRules", "X-Forwarded-For sent by the client changes the answer"),
     "RFC 7239 §8.1",
     QT_TRANSLATE_NOOP("authlab::CheckRules", "The \"Forwarded\" HTTP header field cannot be relied upon to be correct, as it may be modified, whether mistakenly or for malicious reasons, by every node on the way to the server, including the client making the request."),
     QT_TRANSLATE_NOOP("authlab::CheckRules", "The check talked to the server directly and claimed another address in X-Forwarded-For, and the answer changed: an address rule believes the client's claim. Read the field only from a proxy you run, and only the entry that proxy added.")},
    {Finding::CredentialsRefused, Severity::Advice, "credentials-refused",
     QT_TRANSLATE_NOOP("authlab::CheckRules", "The credentials given to the check were refused"),
     "RFC 9110 §15.5.2",
     QT_TRANSLATE_NOOP("authlab::CheckRules", "The 401 (Unauthorized) status code indicates that the request has not been applied because it lacks valid authentication credentials for the target resource."),
     QT_TRANSLATE_NOOP("authlab::CheckRules", "The server answered the credentials of --user (or --token) with 401, so the findings that compare an authenticated answer with the others were not checked. Check the user name, password or token.")},
}};
// clang-format on

constexpr bool inEnumOrder()
{
    for (size_t i = 0; i < kFindings.size(); ++i) {
        if (size_t(kFindings[i].finding) != i)
            return false;
    }
    return true;
}
static_assert(inEnumOrder(), "kFindings must list the findings in the order of the enum");
} // namespace

const FindingInfo &findingInfo(Finding f)
{
    return kFindings[size_t(f)];
}

Finding findingById(const QString &id, bool *ok)
{
    for (const FindingInfo &i : kFindings) {
        if (id == QLatin1String(i.id)) {
            if (ok)
                *ok = true;
            return i.finding;
        }
    }
    if (ok)
        *ok = false;
    return Finding::Count;
}

QString findingTitle(Finding f)
{
    return QCoreApplication::translate("authlab::CheckRules", findingInfo(f).title);
}

QString findingSentence(Finding f)
{
    return QCoreApplication::translate("authlab::CheckRules", findingInfo(f).rfcSentence);
}

QString findingExplanation(Finding f)
{
    return QCoreApplication::translate("authlab::CheckRules", findingInfo(f).explanation);
}

QString severityId(Severity s)
{
    switch (s) {
    case Severity::Must:
        return QStringLiteral("MUST");
    case Severity::Should:
        return QStringLiteral("SHOULD");
    case Severity::Advice:
        return QStringLiteral("advice");
    }
    return {};
}

QString severityName(Severity s)
{
    switch (s) {
    case Severity::Must:
        return QCoreApplication::translate("authlab::CheckRules", "MUST violated");
    case Severity::Should:
        return QCoreApplication::translate("authlab::CheckRules", "SHOULD violated");
    case Severity::Advice:
        return QCoreApplication::translate("authlab::CheckRules", "Advice");
    }
    return {};
}

} // namespace authlab
