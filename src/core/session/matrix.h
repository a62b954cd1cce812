#pragma once

#include "client/clientengine.h"
#include "client/clientrequest.h"
#include "scenario/scenario.h"
#include "server/httpserver.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>

#include <optional>

namespace authlab {

// One row of the matrix: who asks, with which credentials.
struct MatrixRow
{
    Identity identity;
    CredentialState credentials = CredentialState::Correct;

    QString identityId() const;    // "anonymous" or the user's name (the JSON interface)
    QString credentialsId() const; // "correct", "wrong-password", "unknown-user", "malformed", "none"
};

// One cell: the status of a real request through the server, and why.
struct MatrixCell
{
    int status = 0;       // 0: not answered (yet)
    QString reason;       // the server's decisive reason (English, as the trace words it), plus a note
    QByteArray rule;      // the decisive rule's id ("not-in-group"); empty when the server kept no record
    bool changed = false; // differs from the previous computation
    std::optional<ClientExchange> exchange;
};

// The whole truth table at once (issue "the matrix"): rows = anonymous, each scenario user with
// correct credentials, then the first user with a wrong password, an unknown user name and a
// malformed header; columns = the scenario's resources. Every cell is a real request sent by
// ClientEngine to an embedded server of the matrix's own (loopback, any free port: the window's
// exchange log stays the user's), with the credentials of the resource's scheme; a cell whose
// identity has no credential for that scheme is sent without one and says so. recompute() sends
// them all at once; finished() when all are in. The GUI and `authlab matrix` share this code.
class Matrix : public QObject
{
    Q_OBJECT
public:
    explicit Matrix(QObject *parent = nullptr);
    ~Matrix() override;

    // Starts the matrix's server (127.0.0.1, a free port); false if it cannot listen.
    bool start();
    QString errorString() const { return m_server.errorString(); }

    static QList<MatrixRow> rowsFor(const Scenario &scenario);
    // The request of one cell, and what it lacks ("" or a note for the reason).
    static RequestSpec specFor(const Scenario &scenario, const MatrixRow &row, const Resource &resource,
                               const QUrl &url, QString *note = nullptr);

    void recompute(const Scenario &scenario);
    bool isRunning() const { return !m_pending.isEmpty(); }

    const Scenario &scenario() const { return m_scenario; }
    const QList<MatrixRow> &rows() const { return m_rows; }
    QStringList resources() const; // the columns' paths
    const MatrixCell &cell(int row, int column) const { return m_cells[row * m_columns + column]; }
    int rowCount() const { return int(m_rows.size()); }
    int columnCount() const { return m_columns; }
    qint64 lastElapsedNs() const { return m_elapsedNs; } // of the last complete computation

    // The interface of `authlab matrix` (README): text for people, JSON and CSV for tools.
    QByteArray toText() const;
    QByteArray toJson() const;
    QByteArray toCsv() const;

Q_SIGNALS:
    void started();
    void cellFinished(int row, int column);
    void finished();

private:
    void onFinished(const ClientExchange &exchange);
    std::shared_ptr<const Exchange> record(const QByteArray &requestId);

    HttpServer m_server;
    ClientEngine m_client;
    QHash<QByteArray, std::shared_ptr<const Exchange>> m_records; // this computation's, by X-Request-ID
    Scenario m_scenario;
    QList<MatrixRow> m_rows;
    int m_columns = 0;
    QList<MatrixCell> m_cells;
    QList<int> m_previous; // statuses of the last complete computation, for `changed`
    QHash<quint64, std::pair<int, QString>> m_pending; // client id -> cell index, note
    QElapsedTimer m_timer;
    qint64 m_elapsedNs = 0;
};

} // namespace authlab
