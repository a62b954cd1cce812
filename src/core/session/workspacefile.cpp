#include "session/workspacefile.h"

#include "auth/syntax.h"
#include "scenario/safefile.h"

#include <QJsonArray>

#include <array>

namespace authlab {

namespace {

template<typename E> struct Named
{
    E value;
    const char *name;
};

constexpr std::array<Named<CredentialState>, 5> kStates = {
    {{CredentialState::Correct, "correct"},
     {CredentialState::WrongPassword, "wrong-password"},
     {CredentialState::UnknownUser, "unknown-user"},
     {CredentialState::Malformed, "malformed"},
     {CredentialState::None, "none"}}};
constexpr std::array<Named<ClientScheme>, 4> kSchemes = {{{ClientScheme::Basic, "basic"},
                                                          {ClientScheme::Bearer, "bearer"},
                                                          {ClientScheme::Digest, "digest"},
                                                          {ClientScheme::Session, "session"}}};
constexpr std::array<Named<basic::Encoding>, 2> kEncodings = {
    {{basic::Encoding::Utf8, "utf-8"}, {basic::Encoding::Latin1, "latin-1"}}};
constexpr std::array<Named<ClientFlow>, 2> kFlows = {
    {{ClientFlow::Preemptive, "preemptive"}, {ClientFlow::ChallengeFirst, "challenge-first"}}};
constexpr std::array<Named<ProxyCredentials>, 2> kProxyCredentials = {
    {{ProxyCredentials::SameAsRequest, "same"}, {ProxyCredentials::None, "none"}}};
constexpr std::array<Named<Identity::Kind>, 3> kIdentities = {{{Identity::Kind::Anonymous, "anonymous"},
                                                               {Identity::Kind::ScenarioUser, "user"},
                                                               {Identity::Kind::Custom, "custom"}}};

template<typename E, size_t N> QString nameOf(const std::array<Named<E>, N> &table, E value)
{
    for (const auto &n : table) {
        if (n.value == value)
            return QLatin1String(n.name);
    }
    return QLatin1String(table[0].name);
}

template<typename E, size_t N> QStringList namesOf(const std::array<Named<E>, N> &table)
{
    QStringList out;
    for (const auto &n : table)
        out.append(QLatin1String(n.name));
    return out;
}

bool pointsAtServer(const QUrl &url, const QUrl &serverBase)
{
    return serverBase.isValid() && url.scheme() == serverBase.scheme() && url.host() == serverBase.host() &&
           url.port() == serverBase.port();
}

QUrl proxyFor(const QUrl &serverBase)
{
    QUrl proxy = serverBase;
    proxy.setPath(QStringLiteral("/"));
    proxy.setQuery(QString());
    proxy.setFragment(QString());
    return proxy;
}

// Reads the client member, collecting every problem (the loader's way: file, JSON path, message).
class ClientReader
{
    Q_DECLARE_TR_FUNCTIONS(authlab::WorkspaceFile)
public:
    ClientReader(const QJsonObject &o, const QString &file, QList<ScenarioProblem> *problems)
        : o(o), file(file), problems(problems)
    {}

    void problem(const QString &key, const QString &message)
    {
        problems->append({file, QStringLiteral("client.") + key, message});
    }

    QString string(const char *key, const QString &fallback)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return fallback;
        if (!v.isString()) {
            problem(QLatin1String(key), tr("must be a string"));
            return fallback;
        }
        return v.toString();
    }

    bool boolean(const char *key, bool fallback)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return fallback;
        if (!v.isBool()) {
            problem(QLatin1String(key), tr("must be true or false"));
            return fallback;
        }
        return v.toBool();
    }

    template<typename E, size_t N> E choice(const char *key, const std::array<Named<E>, N> &table, E fallback)
    {
        const QString text = string(key, nameOf(table, fallback));
        for (const auto &n : table) {
            if (text == QLatin1String(n.name))
                return n.value;
        }
        problem(QLatin1String(key),
                tr("must be one of %1, not \"%2\"").arg(namesOf(table).join(QStringLiteral(", ")), text));
        return fallback;
    }

    const QJsonObject &o;
    const QString &file;
    QList<ScenarioProblem> *problems;
};

} // namespace

QHash<QString, QStringList> WorkspaceFile::canonicalOrders()
{
    return {
        {QStringLiteral("client"),
         {QStringLiteral("method"), QStringLiteral("url"), QStringLiteral("identity"), QStringLiteral("user"),
          QStringLiteral("password"), QStringLiteral("credentials"), QStringLiteral("scheme"),
          QStringLiteral("encoding"), QStringLiteral("flow"), QStringLiteral("followRedirects"),
          QStringLiteral("throughProxy"), QStringLiteral("proxyCredentials"), QStringLiteral("watched")}}};
}

QJsonObject WorkspaceFile::clientJson(const ClientSetup &setup, const QUrl &serverBase)
{
    const RequestSpec &r = setup.request;
    QJsonObject o;
    o.insert(QStringLiteral("method"), QString::fromLatin1(r.method));
    // A URL of the embedded server is kept as its path: the server may listen elsewhere next time.
    QString url = r.url.toString();
    if (pointsAtServer(r.url, serverBase) || r.url.isRelative()) {
        url = r.url.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority);
        if (!url.startsWith(QLatin1Char('/')))
            url.prepend(QLatin1Char('/')); // "http://127.0.0.1:8080" is its "/"
    }
    o.insert(QStringLiteral("url"), url);
    o.insert(QStringLiteral("identity"), nameOf(kIdentities, r.identity.kind));
    if (r.identity.kind != Identity::Kind::Anonymous)
        o.insert(QStringLiteral("user"), r.identity.user);
    if (r.identity.kind == Identity::Kind::Custom)
        o.insert(QStringLiteral("password"), r.identity.password);
    o.insert(QStringLiteral("credentials"), nameOf(kStates, r.credentials));
    o.insert(QStringLiteral("scheme"), nameOf(kSchemes, r.scheme));
    o.insert(QStringLiteral("encoding"), nameOf(kEncodings, r.encoding));
    o.insert(QStringLiteral("flow"), nameOf(kFlows, r.flow));
    o.insert(QStringLiteral("followRedirects"), r.followRedirects);
    if (!r.proxy.isEmpty()) {
        o.insert(QStringLiteral("throughProxy"), true);
        o.insert(QStringLiteral("proxyCredentials"), nameOf(kProxyCredentials, r.proxyCredentials));
    }
    QJsonArray watched;
    for (const Watch &w : setup.watches)
        watched.append(QString(QString::fromLatin1(w.method) + QLatin1Char(' ') + w.path));
    o.insert(QStringLiteral("watched"), watched);
    return o;
}

std::optional<ClientSetup> WorkspaceFile::clientFromJson(const QJsonObject &o, const QString &file,
                                                         const QUrl &serverBase,
                                                         QList<ScenarioProblem> *problems)
{
    const qsizetype before = problems->size();
    ClientReader rd(o, file, problems);
    const QStringList known = canonicalOrders().value(QStringLiteral("client"));
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            rd.problem(it.key(),
                       tr("unknown field (known fields here: %1)").arg(known.join(QStringLiteral(", "))));
    }
    ClientSetup setup;
    RequestSpec &r = setup.request;
    const QString method = rd.string("method", QStringLiteral("GET"));
    if (!syntax::isToken(method.toLatin1()) || method.toLatin1() != method.toUtf8())
        rd.problem(QStringLiteral("method"),
                   tr("must be a method token such as GET or POST (RFC 9110 §9.1)"));
    r.method = method.toLatin1();

    const QString url = rd.string("url", QStringLiteral("/"));
    if (url.startsWith(QLatin1Char('/'))) {
        r.url = serverBase.isValid() ? serverBase.resolved(QUrl(url)) : QUrl(url);
    } else {
        r.url = QUrl(url, QUrl::StrictMode);
        if (!r.url.isValid() ||
            (r.url.scheme() != QLatin1String("http") && r.url.scheme() != QLatin1String("https")))
            rd.problem(
                QStringLiteral("url"),
                tr("must be a path of the embedded server (\"/admin\") or an http:// or https:// URL"));
    }

    r.identity.kind = rd.choice("identity", kIdentities, Identity::Kind::Anonymous);
    const QString user = rd.string("user", QString());
    const bool hasUser = o.contains(QLatin1String("user"));
    if (r.identity.kind != Identity::Kind::Anonymous) {
        if (!hasUser)
            rd.problem(QStringLiteral("user"), tr("required field is missing (the identity names a user)"));
        r.identity.user = user;
    } else if (hasUser) {
        rd.problem(QStringLiteral("user"), tr("an anonymous identity has no user"));
    }
    if (o.contains(QLatin1String("password")) && r.identity.kind != Identity::Kind::Custom)
        rd.problem(QStringLiteral("password"),
                   tr("only a custom identity has a password here (a scenario user's is in \"users\")"));
    r.identity.password = rd.string("password", QString());
    r.credentials = rd.choice("credentials", kStates, CredentialState::Correct);
    r.scheme = rd.choice("scheme", kSchemes, ClientScheme::Basic);
    r.encoding = rd.choice("encoding", kEncodings, basic::Encoding::Utf8);
    r.flow = rd.choice("flow", kFlows, ClientFlow::Preemptive);
    r.followRedirects = rd.boolean("followRedirects", false);
    if (rd.boolean("throughProxy", false))
        r.proxy = proxyFor(serverBase);
    r.proxyCredentials = rd.choice("proxyCredentials", kProxyCredentials, ProxyCredentials::SameAsRequest);

    const QJsonValue watched = o.value(QLatin1String("watched"));
    if (!watched.isUndefined() && !watched.isArray()) {
        rd.problem(QStringLiteral("watched"), tr("must be an array of strings such as \"GET /staff\""));
    } else {
        const QJsonArray a = watched.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString text = a[i].toString();
            const qsizetype space = text.indexOf(QLatin1Char(' '));
            const QString m = text.left(space);
            const QString path = text.mid(space + 1);
            if (!a[i].isString() || space <= 0 || !syntax::isToken(m.toLatin1()) ||
                !path.startsWith(QLatin1Char('/')) || path.contains(QLatin1Char(' '))) {
                rd.problem(QStringLiteral("watched[%1]").arg(i),
                           tr("must be a method, one space and a path, such as \"GET /staff\""));
                continue;
            }
            setup.watches.append({m.toLatin1(), path});
        }
    }
    if (problems->size() > before)
        return std::nullopt;
    return setup;
}

WorkspaceLoad WorkspaceFile::fromJson(const QByteArray &json, const QString &file, const QUrl &serverBase)
{
    WorkspaceLoad out;
    ScenarioLoad l = ScenarioIO::fromJson(json, file);
    out.problems = l.problems;
    std::optional<ClientSetup> client;
    if (l.client)
        client = clientFromJson(*l.client, file, serverBase, &out.problems);
    if (out.problems.isEmpty() && l.scenario)
        out.workspace = Workspace{std::move(*l.scenario), std::move(l.layout), client};
    return out;
}

WorkspaceLoad WorkspaceFile::load(const QString &path, const QUrl &serverBase)
{
    constexpr qint64 maxSize = 16 * 1024 * 1024; // as ScenarioIO::load
    const FileRead f = SafeFile::read(path, maxSize);
    if (!f.ok()) {
        WorkspaceLoad r;
        r.problems.append({path, QString(), f.problem});
        return r;
    }
    return fromJson(f.data, path, serverBase);
}

QByteArray WorkspaceFile::toJson(const Workspace &w, const QUrl &serverBase)
{
    QJsonObject root = ScenarioIO::toJsonObject(w.scenario);
    if (w.client)
        root.insert(QStringLiteral("client"), clientJson(*w.client, serverBase));
    return ScenarioIO::writeJson(root, w.layout, canonicalOrders());
}

bool WorkspaceFile::save(const Workspace &w, const QString &path, const QUrl &serverBase, QString *error)
{
    return ScenarioIO::saveBytes(toJson(w, serverBase), path, error);
}

} // namespace authlab
