#pragma once

#include "auth/secretdigest.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace authlab {

// How a resource wants callers to authenticate. Session is cookie login (outside HTTP
// authentication, RFC 9110 §11.4), the others are HTTP authentication schemes.
enum class AuthScheme : quint8 { Basic, Bearer, Digest, Session };

QString schemeName(AuthScheme scheme);                      // "Basic", "Bearer", "Digest", "session"
std::optional<AuthScheme> schemeFromName(QStringView name); // case-insensitive
// The HTTP authentication scheme an auth-scheme token names (case-insensitive, RFC 9110 §11.1);
// "session" is not an HTTP scheme and never matches.
std::optional<AuthScheme> schemeFromToken(QByteArrayView token);

struct Token
{
    QString value;
    QStringList scopes;
    bool expired = false;
    QByteArray valueUtf8;    // derived
    secret::Digest digest{}; // derived: what a presented token is compared with
};

struct User
{
    QString name;
    QString password;
    QStringList groups;
    QList<Token> tokens;
    // derived by Scenario::finalize(), so that a decision never converts or allocates them
    QByteArray nameUtf8;
    QByteArray passwordUtf8;
    secret::Digest passwordDigest{}; // what a presented password is compared with

    bool inGroup(const QString &group) const { return groups.contains(group); }
};

struct Group
{
    QString name;
    QString description;
};

struct Subnet
{
    QHostAddress network;
    int prefixLength = 0;

    static std::optional<Subnet> parse(const QString &text);
    bool contains(const QHostAddress &address) const;
    QString toString() const;
    friend bool operator==(const Subnet &, const Subnet &) = default;
};

// One rule of an ordered address list, as nginx's access module has them ("allow 10.0.0.0/8;",
// "deny all;"): the first rule that matches the client address decides; none matching allows.
// IPv4 and IPv6 networks; an IPv4-mapped IPv6 address (::ffff:a.b.c.d), as a client or as a
// rule's network, counts as the IPv4 address.
struct AddressRule
{
    enum class Action : quint8 { Allow, Deny };

    Action action = Action::Allow;
    std::optional<Subnet> network; // nullopt: "all"

    // "allow 10.0.0.0/8", "deny ::1", "deny all" (one space or more between the two words).
    static std::optional<AddressRule> parse(const QString &text);
    bool matches(const QHostAddress &address) const;
    QString toString() const; // the form parse() reads
    friend bool operator==(const AddressRule &, const AddressRule &) = default;
};
using AddressRules = QList<AddressRule>;

// One IPv4 address in full dotted-decimal ("10.1.2.3", not the shorthand "10.1") or one IPv6
// address, without a prefix length; a null address for anything else.
QHostAddress parseHostAddress(const QString &text);

// The address the address rules look at: an IPv4-mapped IPv6 address as plain IPv4.
QHostAddress unmappedAddress(const QHostAddress &address);

struct Resource
{
    enum class Match : quint8 { Exact, Prefix };

    QString path;
    Match match = Match::Exact;
    QString title;
    QString description;
    QList<AuthScheme> schemes; // empty: public
    QStringList groups;        // the caller must be in one of these (empty: any authenticated user)
    QStringList scopes;        // a bearer token must carry all of these
    bool hidden = false;       // 404 instead of 401/403 for callers who may not see it
    AddressRules access;       // after the server's rules; first match wins; empty: any address

    bool isPublic() const { return schemes.isEmpty(); }
    // The first of the required groups the user is in; empty when none is (or none is required).
    QString grantingGroup(const User &user) const
    {
        for (const QString &g : groups) {
            if (user.inGroup(g))
                return g;
        }
        return {};
    }
    // Whether the group rule lets the user in: no group required, or one of them held.
    bool groupsAdmit(const User &user) const { return groups.isEmpty() || !grantingGroup(user).isEmpty(); }
    bool accepts(AuthScheme s) const { return schemes.contains(s); }
    QByteArray pathUtf8; // derived by Scenario::finalize()
};

// What the server does apart from the scenario's rules: RFC 9110 as written, a school that
// reads it otherwise, or a realistic bug. Each is a list of overrides of the correct verdict
// (policy/overrides.h), which also holds what each one does and which RFC sentence it breaks.
enum class Behaviour : quint8 {
    Rfc9110,
    Never401,
    HideAll,
    Unchallenged401,
    Forbidden403ForAnonymous,
    Unauthorized401ForForbidden,
    LoginRedirectForApi,
    Soft401,
    LeakyHide,
    OddChallengeSyntax,
    TrustsXForwardedFor,
    Count
};

// Stable names ("rfc9110", "never-401", ...): the scenario file, `serve --behaviour`, JSON.
QString behaviourId(Behaviour b);
std::optional<Behaviour> behaviourFromId(QStringView id);
QStringList behaviourIds(); // all of them, in order

// A whole scenario: users, groups, resources, server behaviour. Plain value; the server
// decides against immutable snapshots of it (ScenarioSnapshot).
struct Scenario
{
    static constexpr int CurrentVersion = 1;

    QString name;
    QString description;
    QString realm = QStringLiteral("AuthLab");
    Behaviour behaviour = Behaviour::Rfc9110;
    // Server-wide address rules, checked before every resource's own (one list, first match wins).
    AddressRules access;
    // Everything runs on loopback: the client address the address rules see instead of the peer's
    // (the trace says so). Null: the real peer address. Client-supplied fields such as
    // X-Forwarded-For are never trusted for this.
    QHostAddress simulatedClient;
    // Also act as an authenticating forward proxy for absolute-form requests addressed to this
    // server (Proxy-Authorization: Basic, the scenario's users, realm auth::kProxyRealm; any
    // other authority: 403). `authlab serve --proxy` and the GUI's Server menu set it.
    bool proxy = false;
    QList<Group> groups;
    QList<User> users;
    QList<Resource> resources;

    // Derived data (UTF-8 copies of names and secrets, digests of secrets, the indexes below).
    // Call after every edit; snapshots do.
    void finalize();

    // Lookups in constant time whatever the number of users (needs finalize()): a user by the
    // UTF-8 bytes of the name, a token by the digest of its value. -1 / nullptr when unknown;
    // with duplicates (which a loaded file cannot have) the first one counts.
    int userIndexForUtf8(const QByteArray &nameUtf8) const { return m_userByName.value(nameUtf8, -1); }
    // A user by a Digest userhash, H(name ":" realm) in lower-case hex under SHA-256 or MD5
    // (RFC 7616 §3.4.4), for this scenario's realm: one hash lookup, like a name.
    int userIndexForUserhash(const QByteArray &hexLower) const { return m_userByHash.value(hexLower, -1); }
    const Token *tokenForDigest(const secret::Digest &digest, int *user) const;
    // The first hidden resource, -1 if none (needs finalize()): a missing path does its work.
    int firstHiddenResource() const { return m_firstHidden; }

    int userIndex(QStringView name) const;
    int groupIndex(QStringView name) const;
    // The resource a request path names: an exact match, else the longest matching prefix
    // (needs finalize()). One hash lookup for the exact match and one per distinct length of a
    // prefix resource's path, whatever the number of resources: no scan on the request path.
    int resourceIndexForPath(QByteArrayView utf8Path) const;
    int resourceIndexForPath(QStringView path) const { return resourceIndexForPath(path.toUtf8()); }

    // Edits used by the GUI. Each returns false (and changes nothing) if the names are unknown.
    bool setMembership(const QString &user, const QString &group, bool member);
    // A group renamed or removed everywhere: in its own entry, every user's and every resource's list.
    bool renameGroup(const QString &from, const QString &to);
    bool removeGroup(const QString &name);

private:
    QHash<QByteArray, int> m_userByName;
    QHash<QByteArray, int> m_userByHash;                    // Digest userhash (SHA-256 and MD5 hex) -> user
    QHash<QByteArray, std::pair<int, int>> m_tokenByDigest; // digest bytes -> (user, token)
    QHash<QByteArray, int> m_exactByPath;                   // exact-match resources by UTF-8 path
    QHash<QByteArray, int> m_prefixByPath;                  // prefix resources by UTF-8 path
    QList<qsizetype> m_prefixLengths;                       // their distinct lengths, longest first
    int m_firstHidden = -1;
};

using ScenarioSnapshot = std::shared_ptr<const Scenario>;
ScenarioSnapshot makeSnapshot(Scenario scenario);

} // namespace authlab
