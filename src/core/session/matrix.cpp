#include "session/matrix.h"

#include "client/clientnames.h"
#include "http/http.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace authlab {

namespace {
// Records held for the client to find (every cell's legs: 50 identities × 100 resources × 2 fit).
constexpr size_t kFeedCapacity = 16384;
} // namespace

QString MatrixRow::identityId() const
{
    return identity.kind == Identity::Kind::Anonymous ? QStringLiteral("anonymous") : identity.user;
}

QString MatrixRow::credentialsId() const
{
    return clientnames::credentialStates.id(credentials);
}

Matrix::Matrix(QObject *parent) : QObject(parent), m_server(this), m_client(this)
{
    m_server.setRecordLevel(RecordLevel::Full);
    m_server.setFeedCapacity(kFeedCapacity);
    m_client.setServerLookup([this](const QByteArray &id) { return record(id); });
    connect(&m_client, &ClientEngine::finished, this, &Matrix::onFinished);
}

Matrix::~Matrix()
{
    m_client.abortAll();
    m_server.close();
}

bool Matrix::start()
{
    return m_server.isListening() || m_server.listen(QHostAddress(QHostAddress::LocalHost), 0);
}

std::shared_ptr<const Exchange> Matrix::record(const QByteArray &requestId)
{
    // The server publishes its record before it writes the response: by the time the answer is
    // here, its record can be taken.
    for (Exchange &e : m_server.takeExchanges()) {
        if (e.requestId.isEmpty())
            continue;
        const QByteArray id = e.requestId; // before the record is moved from
        m_records.insert(id, std::make_shared<const Exchange>(std::move(e)));
    }
    return m_records.value(requestId);
}

QList<MatrixRow> Matrix::rowsFor(const Scenario &s)
{
    QList<MatrixRow> rows{{Identity::anonymous(), CredentialState::None}};
    for (const User &u : s.users)
        rows.append({Identity::scenarioUser(u.name), CredentialState::Correct});
    if (!s.users.isEmpty()) {
        const Identity first = Identity::scenarioUser(s.users.constFirst().name);
        rows.append({first, CredentialState::WrongPassword});
        rows.append({first, CredentialState::UnknownUser});
        rows.append({first, CredentialState::Malformed});
    }
    return rows;
}

RequestSpec Matrix::specFor(const Scenario &s, const MatrixRow &row, const Resource &r, const QUrl &url,
                            QString *note)
{
    RequestSpec spec;
    spec.url = url;
    spec.identity = row.identity;
    spec.credentials = row.credentials;
    // Each row is a browser profile of its own (its cookie jar).
    spec.cookieProfile = row.identityId() + QLatin1Char('/') + row.credentialsId();
    // The resource's own scheme, so that the cell answers "what does this identity get here":
    // Basic sent at once (like curl -u; a public resource gets it too: it must not matter; a row
    // without credentials sends nothing and follows nothing),
    // Digest and the cookie login answered as a challenge-driven client (a browser) does, Bearer
    // with the user's token.
    if (r.isPublic() || r.accepts(AuthScheme::Basic) || row.credentials == CredentialState::None) {
        spec.scheme = ClientScheme::Basic;
    } else if (r.accepts(AuthScheme::Digest)) {
        spec.scheme = ClientScheme::Digest;
        spec.flow = ClientFlow::ChallengeFirst;
    } else if (r.accepts(AuthScheme::Session)) {
        spec.scheme = ClientScheme::Session;
        spec.flow = ClientFlow::ChallengeFirst;
        spec.followRedirects = true;
    } else {
        spec.scheme = ClientScheme::Bearer;
    }
    if (note && spec.credentials != CredentialState::None && row.identity.kind != Identity::Kind::Anonymous &&
        spec.scheme == ClientScheme::Bearer && CredentialBuilder::build(s, spec).authorization.isEmpty())
        *note = tr("%1 has no credential for %2: sent without one.")
                    .arg(row.identity.user, schemeName(r.schemes.value(0, AuthScheme::Basic)));
    return spec;
}

QStringList Matrix::resources() const
{
    QStringList paths;
    for (const Resource &r : m_scenario.resources)
        paths.append(r.path);
    return paths;
}

void Matrix::recompute(const Scenario &scenario)
{
    m_client.abortAll();
    m_client.clearAllCookies(); // every computation logs in afresh: the conversation is the cell's
    m_pending.clear();
    if (!m_cells.isEmpty() && !m_rows.isEmpty()) {
        m_previous.clear();
        for (const MatrixCell &c : std::as_const(m_cells))
            m_previous.append(c.status);
    }
    const bool sameShape =
        rowsFor(scenario).size() == m_rows.size() && scenario.resources.size() == m_scenario.resources.size();
    if (!sameShape)
        m_previous.clear();
    m_scenario = scenario;
    m_scenario.finalize();
    m_server.setScenario(makeSnapshot(m_scenario));
    m_server.takeExchanges(); // an earlier computation's
    m_records.clear();
    m_rows = rowsFor(scenario);
    m_columns = int(scenario.resources.size());
    m_cells = QList<MatrixCell>(m_rows.size() * m_columns);
    m_timer.start();
    Q_EMIT started();
    for (int r = 0; r < m_rows.size(); ++r) {
        for (int c = 0; c < m_columns; ++c) {
            const Resource &res = scenario.resources[c];
            QString note;
            const RequestSpec spec =
                specFor(scenario, m_rows[r], res, m_server.url().resolved(QUrl(res.path)), &note);
            const quint64 id = m_client.send(spec, CredentialBuilder::build(scenario, spec));
            m_pending.insert(id, {r * m_columns + c, note});
        }
    }
    if (m_pending.isEmpty())
        Q_EMIT finished();
}

void Matrix::onFinished(const ClientExchange &exchange)
{
    const auto it = m_pending.constFind(exchange.id);
    if (it == m_pending.cend())
        return; // a cell of an earlier computation
    const auto [index, note] = *it;
    m_pending.erase(it);
    MatrixCell &cell = m_cells[index];
    cell.status = exchange.status();
    cell.exchange = exchange;
    const ClientLeg *leg = exchange.last();
    QString reason;
    if (leg && leg->server && leg->server->trace.decisiveStep()) {
        const TraceStep *d = leg->server->trace.decisiveStep();
        cell.rule = ruleId(d->rule);
        reason = d->text();
    } else if (leg && !leg->transportError.isEmpty()) {
        reason = leg->transportError;
    }
    cell.reason = note.isEmpty() ? reason : note + QLatin1Char(' ') + reason;
    cell.changed = !m_previous.isEmpty() && m_previous.value(index) != cell.status;
    Q_EMIT cellFinished(index / m_columns, index % m_columns);
    if (m_pending.isEmpty()) {
        m_elapsedNs = m_timer.nsecsElapsed();
        Q_EMIT finished();
    }
}

QByteArray Matrix::toJson() const
{
    QJsonArray resources;
    for (const QString &p : this->resources())
        resources.append(p);
    QJsonArray rows;
    for (int r = 0; r < rowCount(); ++r) {
        QJsonObject cells;
        for (int c = 0; c < m_columns; ++c) {
            const MatrixCell &x = cell(r, c);
            cells.insert(m_scenario.resources[c].path, QJsonObject{{QStringLiteral("status"), x.status},
                                                                   {QStringLiteral("reason"), x.reason}});
        }
        rows.append(QJsonObject{{QStringLiteral("identity"), m_rows[r].identityId()},
                                {QStringLiteral("credentials"), m_rows[r].credentialsId()},
                                {QStringLiteral("cells"), cells}});
    }
    const QJsonObject root{{QStringLiteral("behaviour"), behaviourId(m_scenario.behaviour)},
                           {QStringLiteral("resources"), resources},
                           {QStringLiteral("rows"), rows}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

namespace {
QByteArray csvField(const QString &s)
{
    QByteArray b = s.toUtf8();
    if (b.contains(',') || b.contains('"') || b.contains('\n') || b.contains('\r'))
        b = '"' + b.replace("\"", "\"\"") + '"';
    return b;
}
} // namespace

QByteArray Matrix::toCsv() const
{
    // RFC 4180: CRLF line ends, fields with commas or quotes quoted.
    QByteArray out = "identity,credentials";
    for (const QString &p : resources())
        out += ',' + csvField(p);
    out += "\r\n";
    for (int r = 0; r < rowCount(); ++r) {
        out += csvField(m_rows[r].identityId()) + ',' + csvField(m_rows[r].credentialsId());
        for (int c = 0; c < m_columns; ++c)
            out += ',' + QByteArray::number(cell(r, c).status);
        out += "\r\n";
    }
    return out;
}

QByteArray Matrix::toText() const
{
    // Aligned in characters, not bytes (zoë): built as a QString, written as UTF-8.
    const QStringList paths = resources();
    auto label = [this](int r) -> QString {
        return m_rows[r].identityId() + QLatin1Char(' ') + m_rows[r].credentialsId();
    };
    qsizetype first = 0;
    for (int r = 0; r < rowCount(); ++r)
        first = qMax(first, label(r).size());
    QList<qsizetype> widths;
    auto endLine = [](QString &text) {
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        text += QLatin1Char('\n');
    };
    QString out = QStringLiteral("behaviour ") + behaviourId(m_scenario.behaviour) + QLatin1Char('\n');
    out += QString(first, QLatin1Char(' '));
    for (const QString &p : paths) {
        widths.append(qMax<qsizetype>(4, p.size()));
        out += QStringLiteral("  ") + p.leftJustified(widths.constLast());
    }
    endLine(out);
    for (int r = 0; r < rowCount(); ++r) {
        out += label(r).leftJustified(first);
        for (int c = 0; c < m_columns; ++c)
            out += QStringLiteral("  ") + QString::number(cell(r, c).status).leftJustified(widths[c]);
        endLine(out);
    }
    return out.toUtf8();
}

} // namespace authlab
