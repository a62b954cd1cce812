#include "scenario/scenarioio.h"

#include "auth/syntax.h"
#include "http/http.h"
#include "scenario/jsonreader.h"
#include "scenario/safefile.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QVarLengthArray>

#include <cmath>

namespace authlab {

QString ScenarioProblem::toString() const
{
    if (where.isEmpty())
        return file + QLatin1String(": ") + message;
    if (line > 0)
        return file + QLatin1String(": ") + where + QLatin1Char(' ') + ScenarioIO::tr("(line %1)").arg(line) +
               QLatin1String(": ") + message;
    return file + QLatin1String(": ") + where + QLatin1String(": ") + message;
}

QString ScenarioLoad::errorText() const
{
    QStringList lines;
    for (const ScenarioProblem &p : problems)
        lines.append(p.toString());
    return lines.join(QLatin1Char('\n'));
}

namespace {

bool hasControl(const QString &s)
{
    for (QChar c : s) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

// scope-token = 1*( %x21 / %x23-5B / %x5D-7E )   (RFC 6750 §3). A scope goes into the
// WWW-Authenticate field of a 403 (scope="a b"): a space would split it, and a control
// character such as LF would end the field line there, letting a scenario file write its own
// response header fields (found by fuzz_scenario).
bool isScopeToken(const QString &s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        const char16_t u = c.unicode();
        if (u < 0x21 || u > 0x7e || u == '"' || u == '\\')
            return false;
    }
    return true;
}

// QJsonDocument keeps only the last of two members with the same name, silently: a resource
// with "auth": ["basic"] and later "auth": [] would load as public. This scanner walks the raw
// bytes of a document QJsonDocument has already accepted (so its syntax is valid and its depth
// at most Qt's limit of 1024) and reports every name given twice in one object, with the JSON
// path and both lines. Names are compared after decoding escapes, as the parser compares them.
class DuplicateKeys
{
public:
    struct Found
    {
        QString path;
        int firstLine = 0;
        int line = 0;
    };

    explicit DuplicateKeys(const QByteArray &json) : p(json.constData()), end(json.constData() + json.size())
    {}

    QList<Found> scan()
    {
        ws();
        if (p < end)
            value();
        return found;
    }

    // The line every value starts on, by JSON path.
    QHash<QString, int> valueLines()
    {
        recordLines = true;
        scan();
        return lines;
    }

    // The names of every object's members in the order written, by JSON path.
    QHash<QString, QStringList> keyOrders()
    {
        recordOrders = true;
        scan();
        return orders;
    }

private:
    // The way down to the current value: a member name (raw bytes between the quotes) or an
    // array index. The JSON path is spelled out only for a duplicate: building it for every
    // member was two thirds of loading a 10,000-user scenario.
    struct Segment
    {
        const char *keyBegin = nullptr;
        const char *keyEnd = nullptr;
        qsizetype index = -1; // >= 0: an array element
    };
    // A member name as compared: its UTF-8 bytes. Without escapes that is the raw text, a view
    // of the document (no allocation); with escapes it is decoded, and a name whose escapes do
    // not make valid UTF-16 (a lone surrogate) is kept as its raw text after a byte that valid
    // UTF-8 never holds, so that two different names never compare equal.
    struct Name
    {
        QByteArray bytes;
        int line = 0;
    };

    void ws()
    {
        while (p < end && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')) {
            if (*p == '\n')
                ++line;
            ++p;
        }
    }

    // At a '"': steps past the closing quote; [*begin, *end) is the text between the quotes.
    bool skipString(const char **begin, const char **stop)
    {
        ++p; // opening quote
        *begin = p;
        bool escaped = false;
        while (p < end && *p != '"') {
            if (*p == '\\') {
                escaped = true;
                ++p; // \uXXXX's digits contain no quote or backslash: skipped as plain bytes
            }
            ++p;
        }
        *stop = qMin(p, end);
        if (p < end)
            ++p; // closing quote
        return escaped;
    }

    static QString decode(const char *q, const char *stop)
    {
        QByteArray utf8;
        QString out;
        auto flush = [&] {
            if (!utf8.isEmpty()) {
                out += QString::fromUtf8(utf8);
                utf8.clear();
            }
        };
        while (q < stop) {
            const char *run = q;
            while (q < stop && *q != '\\')
                ++q;
            utf8.append(run, q - run);
            if (q >= stop || ++q >= stop) // backslash
                break;
            const char e = *q++;
            switch (e) {
            case 'b':
                utf8 += '\b';
                break;
            case 'f':
                utf8 += '\f';
                break;
            case 'n':
                utf8 += '\n';
                break;
            case 'r':
                utf8 += '\r';
                break;
            case 't':
                utf8 += '\t';
                break;
            case 'u': {
                char16_t u = 0;
                for (int i = 0; i < 4 && q < stop; ++i, ++q)
                    u = char16_t((u << 4) | char16_t(qMax(0, http::hexValue(*q))));
                flush();
                out += QChar(u); // a surrogate pair arrives as two \u escapes, in order
                break;
            }
            default:
                utf8 += e;
                break; // " \ /
            }
        }
        flush();
        return out;
    }

    static QByteArray nameBytes(const char *b, const char *e, bool escaped)
    {
        if (!escaped)
            return QByteArray::fromRawData(b, e - b);
        const QString d = decode(b, e);
        if (d.isValidUtf16())
            return d.toUtf8();
        return '\xff' + QByteArray(b, e - b);
    }

    QString pathHere() const
    {
        QString path;
        for (const Segment &s : segments)
            path = s.index >= 0 ? JsonReader::index(path, s.index)
                                : JsonReader::join(path, decode(s.keyBegin, s.keyEnd));
        return path;
    }

    void value()
    {
        if (p >= end)
            return;
        if (recordLines) // only when an error needs a line: spelling out paths is the expensive part
            lines.insert(pathHere(), line);
        if (*p == '{') {
            object();
        } else if (*p == '[') {
            array();
        } else if (*p == '"') {
            const char *b = nullptr;
            const char *e = nullptr;
            skipString(&b, &e);
        } else {
            while (p < end && !QByteArrayView(",]} \t\r\n").contains(*p))
                ++p;
        }
    }

    void object()
    {
        ++p; // {
        // Few members in most objects: a list, then a hash past kListed, so that a huge object
        // still costs one lookup a member.
        constexpr qsizetype kListed = 16;
        QVarLengthArray<Name, kListed> listed;
        QHash<QByteArray, int> hashed;
        const QString here = recordOrders ? pathHere() : QString();
        QStringList keys;
        ws();
        while (p < end && *p != '}') {
            if (*p != '"')
                return; // cannot happen after QJsonDocument accepted the document
            const int keyLine = line;
            const char *kb = nullptr;
            const char *ke = nullptr;
            const bool escaped = skipString(&kb, &ke);
            const QByteArray name = nameBytes(kb, ke, escaped);
            if (recordOrders)
                keys.append(escaped ? decode(kb, ke) : QString::fromUtf8(kb, ke - kb));
            int firstLine = 0;
            if (hashed.isEmpty()) {
                for (const Name &n : listed) {
                    if (n.bytes == name)
                        firstLine = n.line;
                }
            } else if (const auto it = hashed.constFind(name); it != hashed.constEnd()) {
                firstLine = *it;
            }
            segments.append({kb, ke, -1});
            if (firstLine > 0) {
                found.append({pathHere(), firstLine, keyLine});
            } else if (hashed.isEmpty() && listed.size() < kListed) {
                listed.append({name, keyLine});
            } else {
                if (hashed.isEmpty()) {
                    for (const Name &n : listed)
                        hashed.insert(n.bytes, n.line);
                }
                hashed.insert(name, keyLine);
            }
            ws();
            if (p < end && *p == ':')
                ++p;
            ws();
            value();
            segments.removeLast();
            ws();
            if (p < end && *p == ',') {
                ++p;
                ws();
            }
        }
        if (recordOrders)
            orders.insert(here, keys);
        if (p < end)
            ++p; // }
    }

    void array()
    {
        ++p; // [
        ws();
        qsizetype i = 0;
        while (p < end && *p != ']') {
            const char *before = p;
            segments.append({nullptr, nullptr, i++});
            value();
            segments.removeLast();
            ws();
            if (p < end && *p == ',') {
                ++p;
                ws();
            }
            if (p == before)
                return; // no progress: not JSON this scanner understands
        }
        if (p < end)
            ++p; // ]
    }

    const char *p;
    const char *end;
    int line = 1;
    QVarLengthArray<Segment, 16> segments;
    QList<Found> found;
    bool recordLines = false;
    QHash<QString, int> lines;
    bool recordOrders = false;
    QHash<QString, QStringList> orders;
};

// Reading the document, one function per section; the messages keep ScenarioIO's tr() context.
class Sections
{
    Q_DECLARE_TR_FUNCTIONS(authlab::ScenarioIO)
public:
    Sections(JsonReader &rd, Scenario &s) : rd(rd), s(s) {}

    // format, version, name, description, realm, behaviour, proxy
    void header(const QJsonObject &root)
    {
        const QString format = rd.string(root, QString(), "format", true);
        if (!format.isEmpty() && format != QLatin1String(ScenarioIO::FormatName))
            rd.problem(QStringLiteral("format"),
                       tr("must be \"%1\", not \"%2\"").arg(QLatin1String(ScenarioIO::FormatName), format));
        const QJsonValue version = root.value(QLatin1String("version"));
        if (version.isUndefined()) {
            rd.problem(QStringLiteral("version"), tr("required field is missing"));
        } else if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble())) {
            rd.problem(QStringLiteral("version"),
                       tr("must be an integer, not %1").arg(JsonReader::typeName(version)));
        } else if (version.toDouble() > Scenario::CurrentVersion) {
            rd.problem(QStringLiteral("version"),
                       tr("version %1 was written by a newer AuthLab; this one reads up to version %2")
                           .arg(version.toDouble(), 0, 'g', 12)
                           .arg(Scenario::CurrentVersion));
        } else if (version.toDouble() < 1) {
            rd.problem(QStringLiteral("version"), tr("must be 1 or higher"));
        }
        s.name = rd.string(root, QString(), "name", false);
        s.description = rd.string(root, QString(), "description", false);
        s.realm = rd.string(root, QString(), "realm", false, s.realm);
        if (s.realm.isEmpty() || hasControl(s.realm))
            rd.problem(QStringLiteral("realm"), tr("must be a non-empty string without control characters"));
        s.access = addressRules(root, QString(), "access");
        const QJsonValue simulated = root.value(QLatin1String("simulatedClient"));
        if (!simulated.isUndefined()) {
            const QString text = simulated.toString();
            const QHostAddress address = parseHostAddress(text);
            if (!simulated.isString() || address.isNull())
                rd.problemWithLine(
                    QStringLiteral("simulatedClient"),
                    tr("must be one IPv4 or IPv6 address such as \"10.1.2.3\" (the client address "
                       "the address rules see), not %1")
                        .arg(simulated.isString() ? QLatin1Char('"') + text + QLatin1Char('"')
                                                  : JsonReader::typeName(simulated)));
            else
                s.simulatedClient = address;
        }
        const QString behaviour = rd.string(root, QString(), "behaviour", false, behaviourId(s.behaviour));
        if (const auto b = behaviourFromId(behaviour))
            s.behaviour = *b;
        else
            rd.problem(QStringLiteral("behaviour"),
                       tr("unknown behaviour \"%1\" (known: %2)")
                           .arg(behaviour, behaviourIds().join(QLatin1String(", "))));
        s.proxy = rd.boolean(root, QString(), "proxy", false);
    }

    void groups(const QJsonObject &root)
    {
        const QJsonArray groups = rd.array(root, QString(), "groups");
        for (qsizetype i = 0; i < groups.size(); ++i) {
            const QString path = JsonReader::index(QStringLiteral("groups"), i);
            QJsonObject o;
            if (!rd.object(groups[i], path, &o))
                continue;
            rd.checkKeys(o, path, {"name", "description"});
            Group g;
            g.name = rd.string(o, path, "name", true);
            g.description = rd.string(o, path, "description", false);
            if (o.contains(QLatin1String("name")) && (g.name.isEmpty() || hasControl(g.name)))
                rd.problem(JsonReader::join(path, QStringLiteral("name")),
                           tr("must be a non-empty name without control characters"));
            if (groupNames.contains(g.name))
                rd.problem(JsonReader::join(path, QStringLiteral("name")),
                           tr("duplicate group \"%1\"").arg(g.name));
            groupNames.insert(g.name);
            s.groups.append(g);
        }
    }

    void users(const QJsonObject &root)
    {
        const QJsonArray users = rd.array(root, QString(), "users");
        QSet<QString> userNames;
        QSet<QString> tokenValues;
        for (qsizetype i = 0; i < users.size(); ++i) {
            const QString path = JsonReader::index(QStringLiteral("users"), i);
            QJsonObject o;
            if (!rd.object(users[i], path, &o))
                continue;
            rd.checkKeys(o, path, {"name", "password", "groups", "tokens"});
            User u;
            u.name = rd.string(o, path, "name", true);
            u.password = rd.string(o, path, "password", true);
            u.groups = rd.strings(o, path, "groups");
            checkGroupRefs(u.groups, JsonReader::join(path, QStringLiteral("groups")));
            const QString namePath = JsonReader::join(path, QStringLiteral("name"));
            if (o.contains(QLatin1String("name"))) {
                if (u.name.isEmpty())
                    rd.problem(namePath, tr("must not be empty"));
                else if (u.name.contains(QLatin1Char(':')))
                    rd.problem(namePath, tr("a user name must not contain a colon: Basic splits user-id and "
                                            "password at the first one (RFC 7617 §2)"));
                else if (hasControl(u.name))
                    rd.problem(namePath, tr("must not contain control characters (RFC 7617 §2)"));
                if (userNames.contains(u.name))
                    rd.problem(namePath, tr("duplicate user \"%1\"").arg(u.name));
                userNames.insert(u.name);
            }
            if (hasControl(u.password))
                rd.problem(JsonReader::join(path, QStringLiteral("password")),
                           tr("must not contain control characters (RFC 7617 §2)"));
            const QJsonArray tokens = rd.array(o, path, "tokens");
            for (qsizetype k = 0; k < tokens.size(); ++k) {
                const QString tpath = JsonReader::index(JsonReader::join(path, QStringLiteral("tokens")), k);
                QJsonObject to;
                if (!rd.object(tokens[k], tpath, &to))
                    continue;
                rd.checkKeys(to, tpath, {"token", "scopes", "expired"});
                Token t;
                t.value = rd.string(to, tpath, "token", true);
                t.scopes = rd.strings(to, tpath, "scopes");
                for (qsizetype k = 0; k < t.scopes.size(); ++k) {
                    if (!isScopeToken(t.scopes[k]))
                        rd.problem(
                            JsonReader::index(JsonReader::join(tpath, QStringLiteral("scopes")), k),
                            tr("a scope is printable ASCII without spaces, '\"' or '\\' (RFC 6750 §3)"));
                }
                t.expired = rd.boolean(to, tpath, "expired", false);
                if (to.contains(QLatin1String("token"))) {
                    if (!syntax::isToken68(t.value.toUtf8()))
                        rd.problem(JsonReader::join(tpath, QStringLiteral("token")),
                                   tr("must be a b64token (letters, digits, - . _ ~ + / and trailing =), RFC "
                                      "6750 §2.1"));
                    if (tokenValues.contains(t.value))
                        rd.problem(JsonReader::join(tpath, QStringLiteral("token")),
                                   tr("the same token is given twice"));
                    tokenValues.insert(t.value);
                }
                u.tokens.append(t);
            }
            s.users.append(u);
        }
    }

    void resources(const QJsonObject &root)
    {
        const QJsonArray resources = rd.array(root, QString(), "resources");
        QSet<QString> paths;
        for (qsizetype i = 0; i < resources.size(); ++i) {
            const QString path = JsonReader::index(QStringLiteral("resources"), i);
            QJsonObject o;
            if (!rd.object(resources[i], path, &o))
                continue;
            rd.checkKeys(o, path,
                         {"path", "match", "title", "description", "auth", "groups", "scopes", "hidden",
                          "access", "allowFrom"});
            Resource r;
            r.path = rd.string(o, path, "path", true);
            const QString pathPath = JsonReader::join(path, QStringLiteral("path"));
            if (o.contains(QLatin1String("path")) && !r.path.startsWith(QLatin1Char('/')))
                rd.problem(pathPath, tr("must start with \"/\""));
            const QString match = rd.string(o, path, "match", false, QStringLiteral("exact"));
            if (match == QLatin1String("prefix"))
                r.match = Resource::Match::Prefix;
            else if (match != QLatin1String("exact"))
                rd.problem(JsonReader::join(path, QStringLiteral("match")),
                           tr("must be \"exact\" or \"prefix\", not \"%1\"").arg(match));
            const QString key = match + QLatin1Char(' ') + r.path;
            if (paths.contains(key))
                rd.problem(pathPath, tr("duplicate resource path \"%1\"").arg(r.path));
            paths.insert(key);
            r.title = rd.string(o, path, "title", false);
            r.description = rd.string(o, path, "description", false);
            const QStringList auth = rd.strings(o, path, "auth");
            for (qsizetype k = 0; k < auth.size(); ++k) {
                const auto scheme = schemeFromName(auth[k]);
                if (!scheme)
                    rd.problem(
                        JsonReader::index(JsonReader::join(path, QStringLiteral("auth")), k),
                        tr("unknown scheme \"%1\" (known: basic, bearer, digest, session)").arg(auth[k]));
                else if (r.schemes.contains(*scheme))
                    rd.problem(JsonReader::index(JsonReader::join(path, QStringLiteral("auth")), k),
                               tr("scheme listed twice"));
                else
                    r.schemes.append(*scheme);
            }
            r.groups = rd.strings(o, path, "groups");
            checkGroupRefs(r.groups, JsonReader::join(path, QStringLiteral("groups")));
            r.scopes = rd.strings(o, path, "scopes");
            for (qsizetype k = 0; k < r.scopes.size(); ++k) {
                if (!isScopeToken(r.scopes[k]))
                    rd.problem(JsonReader::index(JsonReader::join(path, QStringLiteral("scopes")), k),
                               tr("a scope is printable ASCII without spaces, '\"' or '\\' (RFC 6750 §3)"));
            }
            r.hidden = rd.boolean(o, path, "hidden", false);
            r.access = addressRules(o, path, "access");
            // The first form: "allowFrom": [networks] is "allow" each of them, then "deny all".
            if (o.contains(QLatin1String("allowFrom"))) {
                if (o.contains(QLatin1String("access")))
                    rd.problemWithLine(
                        JsonReader::join(path, QStringLiteral("allowFrom")),
                        tr("give either \"access\" (ordered allow/deny rules) or \"allowFrom\" (the "
                           "older form), not both"));
                const QStringList nets = rd.strings(o, path, "allowFrom");
                AddressRules allowed;
                for (qsizetype k = 0; k < nets.size(); ++k) {
                    if (const auto n = Subnet::parse(nets[k]))
                        allowed.append({AddressRule::Action::Allow, *n});
                    else
                        rd.problemWithLine(
                            JsonReader::index(JsonReader::join(path, QStringLiteral("allowFrom")), k),
                            tr("\"%1\" is not an address or network (e.g. 10.0.0.0/8)").arg(nets[k]));
                }
                if (!allowed.isEmpty() && !o.contains(QLatin1String("access"))) {
                    allowed.append({AddressRule::Action::Deny, std::nullopt});
                    r.access = allowed;
                }
            }
            if (r.schemes.isEmpty() && !r.groups.isEmpty())
                rd.problem(JsonReader::join(path, QStringLiteral("groups")),
                           tr("a public resource (no \"auth\") cannot require groups"));
            if (!r.scopes.isEmpty() && !r.schemes.contains(AuthScheme::Bearer))
                rd.problem(JsonReader::join(path, QStringLiteral("scopes")),
                           tr("scopes only apply to the bearer scheme; add \"bearer\" to \"auth\""));
            s.resources.append(r);
        }
    }

private:
    // An ordered list of address rules ("allow 10.0.0.0/8", "deny all") at `key`.
    AddressRules addressRules(const QJsonObject &o, const QString &path, const char *key)
    {
        AddressRules out;
        const QJsonArray a = rd.array(o, path, key);
        const QString here = JsonReader::join(path, QLatin1String(key));
        for (qsizetype k = 0; k < a.size(); ++k) {
            const QString where = JsonReader::index(here, k);
            if (!a[k].isString()) {
                rd.problemWithLine(where,
                                   tr("must be a string such as \"allow 10.0.0.0/8\" or \"deny all\", not %1")
                                       .arg(JsonReader::typeName(a[k])));
                continue;
            }
            if (const auto rule = AddressRule::parse(a[k].toString()))
                out.append(*rule);
            else
                rd.problemWithLine(where,
                                   tr("\"%1\" is not an address rule: \"allow\" or \"deny\", a space, then "
                                      "an address, a network (10.0.0.0/8, fd00::/8) or \"all\"")
                                       .arg(a[k].toString()));
        }
        return out;
    }

    void checkGroupRefs(const QStringList &refs, const QString &path)
    {
        for (qsizetype k = 0; k < refs.size(); ++k) {
            if (!groupNames.contains(refs[k]))
                rd.problem(JsonReader::index(path, k),
                           tr("group \"%1\" does not exist (declare it under \"groups\")").arg(refs[k]));
        }
    }

    JsonReader &rd;
    Scenario &s;
    QSet<QString> groupNames; // groups() fills it; users() and resources() check against it
};

} // namespace

// --- key order

void ScenarioLayout::record(const QString &kind, const QString &identity, const QStringList &keys)
{
    m_byObject.insert(kind + QLatin1Char('\x1f') + identity, keys);
    if (!m_byKind.contains(kind))
        m_byKind.insert(kind, keys);
}

QStringList ScenarioLayout::order(const QString &kind, const QString &identity) const
{
    const auto it = m_byObject.constFind(kind + QLatin1Char('\x1f') + identity);
    return it != m_byObject.constEnd() ? *it : m_byKind.value(kind);
}

QString ScenarioLayout::identity(const QString &kind, const QString &path, const QJsonObject &o)
{
    if (kind == QLatin1String("groups[]") || kind == QLatin1String("users[]"))
        return o.value(QLatin1String("name")).toString();
    if (kind == QLatin1String("users[].tokens[]"))
        return o.value(QLatin1String("token")).toString();
    if (kind == QLatin1String("resources[]"))
        return o.value(QLatin1String("match")).toString(QStringLiteral("exact")) + QLatin1Char(' ') +
               o.value(QLatin1String("path")).toString();
    return path;
}

namespace {

void recordValue(const QJsonValue &v, const QString &path, const QString &kind,
                 const QHash<QString, QStringList> &orders, ScenarioLayout *layout)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        layout->record(kind, ScenarioLayout::identity(kind, path, o), orders.value(path));
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.value().isObject() || it.value().isArray()) // no path spelt out for plain values
                recordValue(it.value(), JsonReader::join(path, it.key()), JsonReader::join(kind, it.key()),
                            orders, layout);
        }
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        const QString elementKind = kind + QLatin1String("[]");
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (a[i].isObject() || a[i].isArray())
                recordValue(a[i], JsonReader::index(path, i), elementKind, orders, layout);
        }
    }
}

void recordLayout(const QJsonObject &root, const QHash<QString, QStringList> &orders, ScenarioLayout *layout)
{
    recordValue(root, QString(), QString(), orders, layout);
}

// The order of docs/scenario-format.md, for keys a file did not have.
const QHash<QString, QStringList> &canonicalOrders()
{
    static const QHash<QString, QStringList> orders = {
        {QString(),
         {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("name"),
          QStringLiteral("description"), QStringLiteral("realm"), QStringLiteral("behaviour"),
          QStringLiteral("access"), QStringLiteral("simulatedClient"), QStringLiteral("proxy"),
          QStringLiteral("groups"), QStringLiteral("users"), QStringLiteral("resources"),
          QStringLiteral("client")}},
        {QStringLiteral("groups[]"), {QStringLiteral("name"), QStringLiteral("description")}},
        {QStringLiteral("users[]"),
         {QStringLiteral("name"), QStringLiteral("password"), QStringLiteral("groups"),
          QStringLiteral("tokens")}},
        {QStringLiteral("users[].tokens[]"),
         {QStringLiteral("token"), QStringLiteral("scopes"), QStringLiteral("expired")}},
        {QStringLiteral("resources[]"),
         {QStringLiteral("path"), QStringLiteral("match"), QStringLiteral("title"),
          QStringLiteral("description"), QStringLiteral("auth"), QStringLiteral("groups"),
          QStringLiteral("scopes"), QStringLiteral("hidden"), QStringLiteral("access")}},
    };
    return orders;
}

void writeString(QByteArray &out, const QString &text)
{
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                out += "\\u00";
                out += "0123456789abcdef"[(c >> 4) & 0xf];
                out += "0123456789abcdef"[c & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

class Writer
{
public:
    Writer(const ScenarioLayout &layout, const QHash<QString, QStringList> &canonical)
        : layout(layout), canonical(canonical)
    {}

    void value(QByteArray &out, const QJsonValue &v, const QString &path, const QString &kind, int indent)
    {
        switch (v.type()) {
        case QJsonValue::Object:
            object(out, v.toObject(), path, kind, indent);
            break;
        case QJsonValue::Array:
            array(out, v.toArray(), path, kind, indent);
            break;
        case QJsonValue::String:
            writeString(out, v.toString());
            break;
        case QJsonValue::Bool:
            out += v.toBool() ? "true" : "false";
            break;
        case QJsonValue::Double: {
            const double d = v.toDouble();
            out += d == std::floor(d) && std::abs(d) < 1e15 ? QByteArray::number(qint64(d))
                                                            : QByteArray::number(d, 'g', 17);
            break;
        }
        default:
            out += "null";
        }
    }

private:
    QStringList keys(const QJsonObject &o, const QString &path, const QString &kind) const
    {
        QStringList out;
        for (const QString &k : layout.order(kind, ScenarioLayout::identity(kind, path, o))) {
            if (o.contains(k) && !out.contains(k))
                out.append(k);
        }
        const QStringList known =
            canonicalOrders().contains(kind) ? canonicalOrders().value(kind) : canonical.value(kind);
        for (const QString &k : known) {
            if (o.contains(k) && !out.contains(k))
                out.append(k);
        }
        for (const QString &k : o.keys()) {
            if (!out.contains(k))
                out.append(k);
        }
        return out;
    }

    void object(QByteArray &out, const QJsonObject &o, const QString &path, const QString &kind, int indent)
    {
        if (o.isEmpty()) {
            out += "{}";
            return;
        }
        out += "{\n";
        const QStringList names = keys(o, path, kind);
        for (qsizetype i = 0; i < names.size(); ++i) {
            out += QByteArray(indent + 4, ' ');
            writeString(out, names[i]);
            out += ": ";
            value(out, o.value(names[i]), JsonReader::join(path, names[i]), JsonReader::join(kind, names[i]),
                  indent + 4);
            out += i + 1 < names.size() ? ",\n" : "\n";
        }
        out += QByteArray(indent, ' ') + '}';
    }

    void array(QByteArray &out, const QJsonArray &a, const QString &path, const QString &kind, int indent)
    {
        bool flat = true;
        for (const QJsonValue &e : a)
            flat = flat && !e.isObject() && !e.isArray();
        if (flat) { // ["staff", "admins"] on one line
            out += '[';
            for (qsizetype i = 0; i < a.size(); ++i) {
                if (i > 0)
                    out += ", ";
                value(out, a[i], JsonReader::index(path, i), kind + QLatin1String("[]"), indent);
            }
            out += ']';
            return;
        }
        out += "[\n";
        for (qsizetype i = 0; i < a.size(); ++i) {
            out += QByteArray(indent + 4, ' ');
            value(out, a[i], JsonReader::index(path, i), kind + QLatin1String("[]"), indent + 4);
            out += i + 1 < a.size() ? ",\n" : "\n";
        }
        out += QByteArray(indent, ' ') + ']';
    }

    const ScenarioLayout &layout;
    const QHash<QString, QStringList> &canonical;
};

QJsonArray addressRulesJson(const AddressRules &rules)
{
    QJsonArray a;
    for (const AddressRule &rule : rules)
        a.append(rule.toString());
    return a;
}
} // namespace

ScenarioLoad ScenarioIO::fromJson(const QByteArray &json, const QString &file)
{
    ScenarioLoad result;
    JsonReader rd(file);

    const std::optional<QJsonDocument> doc = rd.parse(json);
    if (!doc) {
        result.problems = rd.problems;
        return result;
    }
    // Every name given twice in one object, before anything is read from the document.
    const QList<DuplicateKeys::Found> duplicates = DuplicateKeys(json).scan();
    for (const DuplicateKeys::Found &d : duplicates)
        rd.problem(
            d.path,
            tr("duplicate key (lines %1 and %2): only one of them would count").arg(d.firstLine).arg(d.line));
    if (!duplicates.isEmpty()) {
        result.problems = rd.problems;
        return result;
    }
    const std::optional<QJsonObject> top = rd.topLevel(*doc);
    if (!top) {
        result.problems = rd.problems;
        return result;
    }
    const QJsonObject &root = *top;
    Scenario s;

    rd.checkKeys(root, QString(),
                 {"format", "version", "name", "description", "realm", "behaviour", "access",
                  "simulatedClient", "proxy", "groups", "users", "resources", "client"});
    // The client set-up is read by session/workspacefile.h (the GUI); the server ignores it.
    if (const QJsonValue client = root.value(QLatin1String("client")); !client.isUndefined()) {
        QJsonObject o;
        if (rd.object(client, QStringLiteral("client"), &o))
            result.client = o;
    }
    Sections sections(rd, s);
    sections.header(root);
    sections.groups(root);
    sections.users(root);
    sections.resources(root);

    if (!rd.withLine.isEmpty()) {
        const QHash<QString, int> lines = DuplicateKeys(json).valueLines();
        for (qsizetype i : std::as_const(rd.withLine))
            rd.problems[i].line = lines.value(rd.problems[i].where);
    }
    result.problems = rd.problems;
    if (result.problems.isEmpty()) {
        s.finalize();
        result.scenario = std::move(s);
        recordLayout(root, DuplicateKeys(json).keyOrders(), &result.layout);
    }
    return result;
}

ScenarioLoad ScenarioIO::load(const QString &path)
{
    // A scenario is a few kilobytes; refuse anything absurd (or endless, such as a device or
    // a FIFO) rather than read it all.
    constexpr qint64 maxSize = 16 * 1024 * 1024;
    const FileRead f = SafeFile::read(path, maxSize);
    if (!f.ok()) {
        ScenarioLoad r;
        r.problems.append({path, QString(), f.problem});
        return r;
    }
    return fromJson(f.data, path);
}

QByteArray ScenarioIO::writeJson(const QJsonObject &root, const ScenarioLayout &layout,
                                 const QHash<QString, QStringList> &canonical)
{
    QByteArray out;
    Writer(layout, canonical).value(out, root, QString(), QString(), 0);
    out += '\n';
    return out;
}

QByteArray ScenarioIO::toJson(const Scenario &s, const ScenarioLayout &layout,
                              const std::optional<QJsonObject> &client)
{
    QJsonObject root = toJsonObject(s);
    if (client)
        root.insert(QStringLiteral("client"), *client);
    return writeJson(root, layout);
}

QList<ScenarioProblem> ScenarioIO::validate(const Scenario &scenario)
{
    return fromJsonObject(toJsonObject(scenario)).problems;
}

ScenarioLoad ScenarioIO::fromJsonObject(const QJsonObject &root)
{
    return fromJson(QJsonDocument(root).toJson(QJsonDocument::Compact), tr("the scenario"));
}

QJsonObject ScenarioIO::toJsonObject(const Scenario &s)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), QLatin1String(FormatName));
    root.insert(QStringLiteral("version"), Scenario::CurrentVersion);
    if (!s.name.isEmpty())
        root.insert(QStringLiteral("name"), s.name);
    if (!s.description.isEmpty())
        root.insert(QStringLiteral("description"), s.description);
    root.insert(QStringLiteral("realm"), s.realm);
    root.insert(QStringLiteral("behaviour"), behaviourId(s.behaviour));
    if (!s.access.isEmpty())
        root.insert(QStringLiteral("access"), addressRulesJson(s.access));
    if (!s.simulatedClient.isNull())
        root.insert(QStringLiteral("simulatedClient"), s.simulatedClient.toString());
    if (s.proxy)
        root.insert(QStringLiteral("proxy"), true);
    QJsonArray groups;
    for (const Group &g : s.groups) {
        QJsonObject o{{QStringLiteral("name"), g.name}};
        if (!g.description.isEmpty())
            o.insert(QStringLiteral("description"), g.description);
        groups.append(o);
    }
    root.insert(QStringLiteral("groups"), groups);
    QJsonArray users;
    for (const User &u : s.users) {
        QJsonObject o{{QStringLiteral("name"), u.name},
                      {QStringLiteral("password"), u.password},
                      {QStringLiteral("groups"), QJsonArray::fromStringList(u.groups)}};
        if (!u.tokens.isEmpty()) {
            QJsonArray tokens;
            for (const Token &t : u.tokens) {
                QJsonObject to{{QStringLiteral("token"), t.value},
                               {QStringLiteral("scopes"), QJsonArray::fromStringList(t.scopes)}};
                if (t.expired)
                    to.insert(QStringLiteral("expired"), true);
                tokens.append(to);
            }
            o.insert(QStringLiteral("tokens"), tokens);
        }
        users.append(o);
    }
    root.insert(QStringLiteral("users"), users);
    QJsonArray resources;
    for (const Resource &r : s.resources) {
        QJsonObject o{{QStringLiteral("path"), r.path}};
        if (r.match == Resource::Match::Prefix)
            o.insert(QStringLiteral("match"), QStringLiteral("prefix"));
        if (!r.title.isEmpty())
            o.insert(QStringLiteral("title"), r.title);
        if (!r.description.isEmpty())
            o.insert(QStringLiteral("description"), r.description);
        if (!r.schemes.isEmpty()) {
            QJsonArray auth;
            for (AuthScheme sc : r.schemes)
                auth.append(schemeName(sc).toLower());
            o.insert(QStringLiteral("auth"), auth);
        }
        if (!r.groups.isEmpty())
            o.insert(QStringLiteral("groups"), QJsonArray::fromStringList(r.groups));
        if (!r.scopes.isEmpty())
            o.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(r.scopes));
        if (r.hidden)
            o.insert(QStringLiteral("hidden"), true);
        if (!r.access.isEmpty())
            o.insert(QStringLiteral("access"), addressRulesJson(r.access));
        resources.append(o);
    }
    root.insert(QStringLiteral("resources"), resources);
    return root;
}

bool ScenarioIO::save(const Scenario &scenario, const QString &path, QString *error)
{
    return saveBytes(toJson(scenario), path, error);
}

bool ScenarioIO::saveBytes(const QByteArray &bytes, const QString &path, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("%1: cannot write: %2").arg(path, f.errorString());
        return false;
    }
    // flush() before commit(): Qt 6.4's commit() renames a file whose buffered write failed
    // half-way (EFBIG, ENOSPC) as if it were complete (tst_editor failingSaveLeavesTheOldFileIntact).
    if (f.write(bytes) != bytes.size() || !f.flush() || !f.commit()) {
        if (error)
            *error = tr("%1: cannot write: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

QString ScenarioIO::defaultScenarioPath()
{
    return QStringLiteral(":/authlab/scenarios/default.json");
}

Scenario ScenarioIO::defaultScenario()
{
    const ScenarioLoad l = load(defaultScenarioPath());
    // The built-in file is tested; if it ever fails to load, that is a build defect.
    Q_ASSERT_X(l.ok(), "defaultScenario", qPrintable(l.errorText()));
    return l.ok() ? *l.scenario : Scenario{};
}

} // namespace authlab
