#include "session/workspacefile.h"

#include "auth/syntax.h"
#include "client/clientnames.h"
#include "scenario/jsonreader.h"
#include "scenario/safefile.h"

#include <QJsonArray>

namespace authlab {

namespace {

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
    o.insert(QStringLiteral("identity"), clientnames::identityKinds.id(r.identity.kind));
    if (r.identity.kind != Identity::Kind::Anonymous)
        o.insert(QStringLiteral("user"), r.identity.user);
    if (r.identity.kind == Identity::Kind::Custom)
        o.insert(QStringLiteral("password"), r.identity.password);
    o.insert(QStringLiteral("credentials"), clientnames::credentialStates.id(r.credentials));
    o.insert(QStringLiteral("scheme"), clientnames::schemes.id(r.scheme));
    o.insert(QStringLiteral("encoding"), clientnames::encodings.id(r.encoding));
    o.insert(QStringLiteral("flow"), clientnames::flows.id(r.flow));
    o.insert(QStringLiteral("followRedirects"), r.followRedirects);
    if (!r.proxy.isEmpty()) {
        o.insert(QStringLiteral("throughProxy"), true);
        o.insert(QStringLiteral("proxyCredentials"), clientnames::proxyCredentials.id(r.proxyCredentials));
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
    JsonReader rd(file);
    const QString here = QStringLiteral("client");
    const auto at = [&here](const QString &key) { return JsonReader::join(here, key); };
    rd.checkKeys(o, here, canonicalOrders().value(here));
    ClientSetup setup;
    RequestSpec &r = setup.request;
    const QString method = rd.string(o, here, "method", false, QStringLiteral("GET"));
    if (!syntax::isToken(method.toLatin1()) || method.toLatin1() != method.toUtf8())
        rd.problem(at(QStringLiteral("method")),
                   tr("must be a method token such as GET or POST (RFC 9110 §9.1)"));
    r.method = method.toLatin1();

    const QString url = rd.string(o, here, "url", false, QStringLiteral("/"));
    if (url.startsWith(QLatin1Char('/'))) {
        r.url = serverBase.isValid() ? serverBase.resolved(QUrl(url)) : QUrl(url);
    } else {
        r.url = QUrl(url, QUrl::StrictMode);
        if (!r.url.isValid() ||
            (r.url.scheme() != QLatin1String("http") && r.url.scheme() != QLatin1String("https")))
            rd.problem(
                at(QStringLiteral("url")),
                tr("must be a path of the embedded server (\"/admin\") or an http:// or https:// URL"));
    }

    r.identity.kind =
        rd.choice(o, here, "identity", clientnames::identityKinds).value_or(Identity::Kind::Anonymous);
    const QString user = rd.string(o, here, "user", false, QString());
    const bool hasUser = o.contains(QLatin1String("user"));
    if (r.identity.kind != Identity::Kind::Anonymous) {
        if (!hasUser)
            rd.problem(at(QStringLiteral("user")),
                       tr("required field is missing (the identity names a user)"));
        r.identity.user = user;
    } else if (hasUser) {
        rd.problem(at(QStringLiteral("user")), tr("an anonymous identity has no user"));
    }
    if (o.contains(QLatin1String("password")) && r.identity.kind != Identity::Kind::Custom)
        rd.problem(at(QStringLiteral("password")),
                   tr("only a custom identity has a password here (a scenario user's is in \"users\")"));
    r.identity.password = rd.string(o, here, "password", false, QString());
    r.credentials =
        rd.choice(o, here, "credentials", clientnames::credentialStates).value_or(CredentialState::Correct);
    r.scheme = rd.choice(o, here, "scheme", clientnames::schemes).value_or(ClientScheme::Basic);
    r.encoding = rd.choice(o, here, "encoding", clientnames::encodings).value_or(basic::Encoding::Utf8);
    r.flow = rd.choice(o, here, "flow", clientnames::flows).value_or(ClientFlow::Preemptive);
    r.followRedirects = rd.boolean(o, here, "followRedirects", false);
    if (rd.boolean(o, here, "throughProxy", false))
        r.proxy = proxyFor(serverBase);
    r.proxyCredentials = rd.choice(o, here, "proxyCredentials", clientnames::proxyCredentials)
                             .value_or(ProxyCredentials::SameAsRequest);

    const QJsonValue watched = o.value(QLatin1String("watched"));
    if (!watched.isUndefined() && !watched.isArray()) {
        rd.problem(at(QStringLiteral("watched")), tr("must be an array of strings such as \"GET /staff\""));
    } else {
        const QJsonArray a = watched.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString text = a[i].toString();
            const qsizetype space = text.indexOf(QLatin1Char(' '));
            const QString m = text.left(space);
            const QString path = text.mid(space + 1);
            if (!a[i].isString() || space <= 0 || !syntax::isToken(m.toLatin1()) ||
                !path.startsWith(QLatin1Char('/')) || path.contains(QLatin1Char(' '))) {
                rd.problem(JsonReader::index(at(QStringLiteral("watched")), i),
                           tr("must be a method, one space and a path, such as \"GET /staff\""));
                continue;
            }
            setup.watches.append({m.toLatin1(), path});
        }
    }
    problems->append(rd.problems);
    if (!rd.problems.isEmpty())
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
