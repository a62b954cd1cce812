#include "scenario/scenario.h"

#include "auth/digest.h"
#include "auth/scheme.h"
#include "http/http.h"

#include <algorithm>
#include <array>
#include <functional>

namespace authlab {

QString schemeName(AuthScheme scheme)
{
    switch (scheme) {
    case AuthScheme::Basic:
        return QStringLiteral("Basic");
    case AuthScheme::Bearer:
        return QStringLiteral("Bearer");
    case AuthScheme::Digest:
        return QStringLiteral("Digest");
    case AuthScheme::Session:
        return QStringLiteral("session");
    }
    return {};
}

std::optional<AuthScheme> schemeFromName(QStringView name)
{
    for (AuthScheme s : {AuthScheme::Basic, AuthScheme::Bearer, AuthScheme::Digest, AuthScheme::Session}) {
        if (name.compare(schemeName(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

std::optional<AuthScheme> schemeFromToken(QByteArrayView token)
{
    if (const auth::SchemeUnit *u = auth::schemeForToken(token))
        return u->id;
    return std::nullopt;
}

namespace {
// In the order of the enum (checked below).
constexpr std::array<const char *, size_t(Behaviour::Count)> kBehaviourIds = {
    "rfc9110",
    "never-401",
    "hide-all",
    "401-without-challenge",
    "403-for-anonymous",
    "401-for-forbidden",
    "login-redirect-for-api",
    "soft-401",
    "leaky-hide",
    "odd-challenge-syntax",
    "trusts-x-forwarded-for",
};
} // namespace

QString behaviourId(Behaviour b)
{
    return size_t(b) < kBehaviourIds.size() ? QString::fromLatin1(kBehaviourIds[size_t(b)]) : QString();
}

std::optional<Behaviour> behaviourFromId(QStringView id)
{
    for (size_t i = 0; i < kBehaviourIds.size(); ++i) {
        if (id == QLatin1String(kBehaviourIds[i]))
            return Behaviour(i);
    }
    return std::nullopt;
}

QStringList behaviourIds()
{
    QStringList ids;
    for (const char *id : kBehaviourIds)
        ids.append(QString::fromLatin1(id));
    return ids;
}

QHostAddress unmappedAddress(const QHostAddress &address)
{
    // An IPv4 client on a dual-stack socket shows up as ::ffff:a.b.c.d.
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}

QHostAddress parseHostAddress(const QString &text)
{
    const QString t = text.trimmed();
    const QHostAddress a(t);
    if (a.isNull() || t.contains(QLatin1Char('/')))
        return {};
    // QHostAddress reads "10.1" as 10.0.0.1 (inet_aton's shorthand): a person typing 10.1.2.3 means
    // none of the addresses on the way there.
    if (a.protocol() == QAbstractSocket::IPv4Protocol &&
        (t.count(QLatin1Char('.')) != 3 || a.toString() != t))
        return {};
    return a;
}

std::optional<Subnet> Subnet::parse(const QString &text)
{
    const auto [net, len] = QHostAddress::parseSubnet(text.trimmed());
    if (net.isNull() || len < 0)
        return std::nullopt;
    // ::ffff:10.0.0.0/104 is 10.0.0.0/8: a mapped network is the IPv4 network it maps.
    constexpr int kMappedPrefixBits = 96;
    if (net.protocol() == QAbstractSocket::IPv6Protocol && len >= kMappedPrefixBits) {
        const QHostAddress v4 = unmappedAddress(net);
        if (v4.protocol() == QAbstractSocket::IPv4Protocol)
            return Subnet{v4, len - kMappedPrefixBits};
    }
    return Subnet{net, len};
}

bool Subnet::contains(const QHostAddress &address) const
{
    return unmappedAddress(address).isInSubnet(network, prefixLength);
}

std::optional<AddressRule> AddressRule::parse(const QString &text)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '));
    if (words.size() != 2)
        return std::nullopt;
    AddressRule rule;
    if (words[0] == QLatin1String("allow"))
        rule.action = Action::Allow;
    else if (words[0] == QLatin1String("deny"))
        rule.action = Action::Deny;
    else
        return std::nullopt;
    if (words[1] == QLatin1String("all"))
        return rule;
    rule.network = Subnet::parse(words[1]);
    if (!rule.network)
        return std::nullopt;
    return rule;
}

bool AddressRule::matches(const QHostAddress &address) const
{
    return !network || network->contains(address);
}

QString AddressRule::toString() const
{
    return (action == Action::Allow ? QStringLiteral("allow ") : QStringLiteral("deny ")) +
           (network ? network->toString() : QStringLiteral("all"));
}

QString Subnet::toString() const
{
    return network.toString() + QLatin1Char('/') + QString::number(prefixLength);
}

void Scenario::finalize()
{
    m_firstHidden = -1;
    m_exactByPath.clear();
    m_prefixByPath.clear();
    m_prefixLengths.clear();
    for (qsizetype i = 0; i < resources.size(); ++i) {
        Resource &r = resources[i];
        r.pathUtf8 = r.path.toUtf8();
        if (r.hidden && m_firstHidden < 0)
            m_firstHidden = int(i);
        const bool exact = r.match == Resource::Match::Exact;
        QHash<QByteArray, int> &index = exact ? m_exactByPath : m_prefixByPath;
        if (!index.contains(r.pathUtf8)) // with duplicates the first one counts, as before
            index.insert(r.pathUtf8, int(i));
        if (!exact && !m_prefixLengths.contains(r.pathUtf8.size()))
            m_prefixLengths.append(r.pathUtf8.size());
    }
    std::sort(m_prefixLengths.begin(), m_prefixLengths.end(), std::greater<>());
    m_userByName.clear();
    m_userByHash.clear();
    m_tokenByDigest.clear();
    const QByteArray realmUtf8 = realm.toUtf8();
    m_userByName.reserve(users.size());
    for (qsizetype i = 0; i < users.size(); ++i) {
        User &u = users[i];
        u.nameUtf8 = u.name.toUtf8();
        u.passwordUtf8 = u.password.toUtf8();
        u.passwordDigest = secret::digest(u.passwordUtf8);
        if (!m_userByName.contains(u.nameUtf8))
            m_userByName.insert(u.nameUtf8, int(i));
        for (digest::Algorithm a : {digest::Algorithm::Sha256, digest::Algorithm::Md5}) {
            const QByteArray h = digest::userhash(a, u.nameUtf8, realmUtf8);
            if (!m_userByHash.contains(h))
                m_userByHash.insert(h, int(i));
        }
        for (qsizetype k = 0; k < u.tokens.size(); ++k) {
            Token &t = u.tokens[k];
            t.valueUtf8 = t.value.toUtf8();
            t.digest = secret::digest(t.valueUtf8);
            const QByteArray key(reinterpret_cast<const char *>(t.digest.data()), qsizetype(t.digest.size()));
            if (!m_tokenByDigest.contains(key))
                m_tokenByDigest.insert(key, {int(i), int(k)});
        }
    }
}

const Token *Scenario::tokenForDigest(const secret::Digest &digest, int *user) const
{
    // A view of the digest as the key: no allocation. The table compares digests, never
    // secrets, so its early exits reveal nothing an attacker can steer.
    const auto it = m_tokenByDigest.constFind(
        QByteArray::fromRawData(reinterpret_cast<const char *>(digest.data()), qsizetype(digest.size())));
    if (it == m_tokenByDigest.constEnd()) {
        *user = -1;
        return nullptr;
    }
    *user = it->first;
    return &users[it->first].tokens[it->second];
}

int Scenario::userIndex(QStringView name) const
{
    for (qsizetype i = 0; i < users.size(); ++i) {
        if (users[i].name == name)
            return int(i);
    }
    return -1;
}

int Scenario::groupIndex(QStringView name) const
{
    for (qsizetype i = 0; i < groups.size(); ++i) {
        if (groups[i].name == name)
            return int(i);
    }
    return -1;
}

int Scenario::resourceIndexForPath(QByteArrayView path) const
{
    // Views of the request's bytes as keys: no allocation.
    const auto key = [&](qsizetype n) { return QByteArray::fromRawData(path.data(), n); };
    if (const auto it = m_exactByPath.constFind(key(path.size())); it != m_exactByPath.constEnd())
        return *it;
    for (const qsizetype n : m_prefixLengths) { // longest first: the first match is the longest
        if (n > path.size())
            continue;
        if (const auto it = m_prefixByPath.constFind(key(n)); it != m_prefixByPath.constEnd())
            return *it;
    }
    return -1;
}

bool Scenario::setMembership(const QString &user, const QString &group, bool member)
{
    const int u = userIndex(user);
    if (u < 0 || groupIndex(group) < 0)
        return false;
    QStringList &g = users[u].groups;
    if (member && !g.contains(group)) {
        // Keep the scenario's group order, so that saved files and the GUI stay stable.
        QStringList ordered;
        for (const Group &known : std::as_const(groups)) {
            if (known.name == group || g.contains(known.name))
                ordered.append(known.name);
        }
        g = ordered;
    } else if (!member) {
        g.removeAll(group);
    }
    return true;
}

bool Scenario::renameGroup(const QString &from, const QString &to)
{
    const int g = groupIndex(from);
    if (g < 0)
        return false;
    groups[g].name = to;
    auto rename = [&](QStringList &list) {
        for (QString &name : list) {
            if (name == from)
                name = to;
        }
    };
    for (User &u : users)
        rename(u.groups);
    for (Resource &r : resources)
        rename(r.groups);
    return true;
}

bool Scenario::removeGroup(const QString &name)
{
    const int g = groupIndex(name);
    if (g < 0)
        return false;
    groups.removeAt(g);
    for (User &u : users)
        u.groups.removeAll(name);
    for (Resource &r : resources)
        r.groups.removeAll(name);
    return true;
}

ScenarioSnapshot makeSnapshot(Scenario scenario)
{
    scenario.finalize();
    return std::make_shared<const Scenario>(std::move(scenario));
}

} // namespace authlab
