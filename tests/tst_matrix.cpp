// The matrix: every identity against every resource, each cell a real request through the
// embedded server. On the default scenario under rfc9110 it equals BRIEF.md's table cell for
// cell; a behaviour or a membership change recomputes it and marks the cells that changed.

#include "session/matrix.h"
#include "session/workbench.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace authlab;

namespace {

// BRIEF.md's default-scenario table: alice, bob, carol, anonymous, wrong password. 0: "—"
// (carol has no token: no such cell in the brief).
struct BriefRow
{
    const char *path;
    int alice, bob, carol, anonymous, wrong;
};

// /app/'s anonymous cell is "browser: 302 → /login": the matrix's client asks like a browser.
// Its wrong-password cell ("login form re-shown") is the form's 200 after the failed login.
constexpr BriefRow kBrief[] = {
    {"/", 200, 200, 200, 200, 200},
    {"/public", 200, 200, 200, 200, 200},
    {"/staff", 200, 200, 403, 401, 401},
    {"/admin", 200, 403, 403, 401, 401},
    {"/vault", 200, 404, 404, 404, 404},
    {"/lan-only", 403, 403, 403, 403, 403},
    {"/digest/staff", 200, 200, 403, 401, 401},
    {"/api/reports", 200, 200, 0, 401, 401},
    {"/api/admin", 403, 403, 0, 401, 401},
    {"/app/", 200, 200, 200, 302, 200},
};

} // namespace

class tst_Matrix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void equalsTheBrief_data();
    void equalsTheBrief();
    void rowsAndColumns();
    void json();
    void csvAndText();
    void changesAreMarked();
    void everyBehaviourOnTheDefaultMatrix_data();
    void everyBehaviourOnTheDefaultMatrix();

private:
    void compute(Matrix &m);
    int row(const Matrix &m, const QString &identity, const QString &credentials) const;

    std::unique_ptr<Workbench> bench;
    std::unique_ptr<Matrix> matrix;
};

void tst_Matrix::init()
{
    bench = std::make_unique<Workbench>(); // holds the scenario the tests change
    bench->setLive(false);
    matrix = std::make_unique<Matrix>();
    QVERIFY(matrix->start());
    compute(*matrix);
}

void tst_Matrix::cleanup()
{
    matrix.reset();
    bench.reset();
}

void tst_Matrix::compute(Matrix &m)
{
    QSignalSpy done(&m, &Matrix::finished);
    m.recompute(bench->scenario());
    QVERIFY(done.wait(20000));
    QVERIFY(!m.isRunning());
}

int tst_Matrix::row(const Matrix &m, const QString &identity, const QString &credentials) const
{
    for (int r = 0; r < m.rowCount(); ++r) {
        if (m.rows()[r].identityId() == identity && m.rows()[r].credentialsId() == credentials)
            return r;
    }
    return -1;
}

void tst_Matrix::equalsTheBrief_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("identity");
    QTest::addColumn<QString>("credentials");
    QTest::addColumn<int>("status");
    for (const BriefRow &b : kBrief) {
        const std::pair<const char *, int> cells[] = {{"alice", b.alice},
                                                      {"bob", b.bob},
                                                      {"carol", b.carol},
                                                      {"anonymous", b.anonymous},
                                                      {"wrong", b.wrong}};
        for (const auto &[who, status] : cells) {
            if (!status)
                continue;
            const bool wrong = QByteArrayView(who) == "wrong";
            const bool anonymous = QByteArrayView(who) == "anonymous";
            QTest::addRow("%s %s", b.path, who)
                << QString::fromLatin1(b.path) << QString::fromLatin1(wrong ? "alice" : who)
                << QString::fromLatin1(wrong       ? "wrong-password"
                                       : anonymous ? "none"
                                                   : "correct")
                << status;
        }
    }
}

void tst_Matrix::equalsTheBrief()
{
    QFETCH(QString, path);
    QFETCH(QString, identity);
    QFETCH(QString, credentials);
    QFETCH(int, status);
    const int r = row(*matrix, identity, credentials);
    QVERIFY(r >= 0);
    const int c = int(matrix->resources().indexOf(path));
    QVERIFY(c >= 0);
    const MatrixCell &cell = matrix->cell(r, c);
    QVERIFY2(cell.status == status,
             qPrintable(QString::number(cell.status) + QStringLiteral(": ") + cell.reason));
    QVERIFY(!cell.reason.isEmpty());
    QVERIFY(cell.exchange.has_value());
}

void tst_Matrix::rowsAndColumns()
{
    QStringList ids;
    for (const MatrixRow &r : matrix->rows())
        ids.append(r.identityId() + QLatin1Char('/') + r.credentialsId());
    QCOMPARE(ids, QStringList({QStringLiteral("anonymous/none"), QStringLiteral("alice/correct"),
                               QStringLiteral("bob/correct"), QStringLiteral("carol/correct"),
                               QStringLiteral("zo\u00eb/correct"), QStringLiteral("alice/wrong-password"),
                               QStringLiteral("alice/unknown-user"), QStringLiteral("alice/malformed")}));
    QCOMPARE(matrix->columnCount(), int(bench->scenario().resources.size()));
    // A cell without a credential for the scheme says so: carol has no bearer token.
    const int carol = row(*matrix, QStringLiteral("carol"), QStringLiteral("correct"));
    const MatrixCell &reports =
        matrix->cell(carol, int(matrix->resources().indexOf(QStringLiteral("/api/reports"))));
    QCOMPARE(reports.status, 401);
    QVERIFY2(reports.reason.contains(QLatin1String("carol has no credential for Bearer")),
             qPrintable(reports.reason));
    // The malformed header's 400 names the rule.
    const int malformed = row(*matrix, QStringLiteral("alice"), QStringLiteral("malformed"));
    QCOMPARE(matrix->cell(malformed, int(matrix->resources().indexOf(QStringLiteral("/staff")))).status, 400);
}

// The JSON shape is an interface (README): behaviour, resources, rows of identity, credentials, cells.
void tst_Matrix::json()
{
    const QJsonObject root = QJsonDocument::fromJson(matrix->toJson()).object();
    QCOMPARE(root.value(QStringLiteral("behaviour")).toString(), QStringLiteral("rfc9110"));
    const QJsonArray resources = root.value(QStringLiteral("resources")).toArray();
    QCOMPARE(resources.size(), matrix->columnCount());
    QCOMPARE(resources.first().toString(), QStringLiteral("/"));
    const QJsonArray rows = root.value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), matrix->rowCount());
    const QJsonObject bob = rows.at(2).toObject();
    QCOMPARE(bob.value(QStringLiteral("identity")).toString(), QStringLiteral("bob"));
    QCOMPARE(bob.value(QStringLiteral("credentials")).toString(), QStringLiteral("correct"));
    const QJsonObject admin =
        bob.value(QStringLiteral("cells")).toObject().value(QStringLiteral("/admin")).toObject();
    QCOMPARE(admin.value(QStringLiteral("status")).toInt(), 403);
    QVERIFY(admin.value(QStringLiteral("reason")).toString().contains(QLatin1String("bob")));
}

void tst_Matrix::csvAndText()
{
    const QList<QByteArray> csv = matrix->toCsv().split('\n');
    QVERIFY(csv.first().startsWith("identity,credentials,/,/public,/staff,/admin"));
    QVERIFY(csv.first().endsWith("\r"));
    QCOMPARE(csv.at(3), QByteArray("bob,correct,200,200,200,403,404,403,200,200,403,200\r"));
    const QByteArray text = matrix->toText();
    QVERIFY(text.startsWith("behaviour rfc9110\n"));
    QVERIFY2(text.contains("\nbob correct           200   200      200     403     404     403"),
             text.constData());
}

// A membership change or a behaviour recomputes; the cells whose status moved are marked.
void tst_Matrix::changesAreMarked()
{
    QVERIFY(bench->setMembership(QStringLiteral("bob"), QStringLiteral("admins"), true));
    compute(*matrix);
    const int bob = row(*matrix, QStringLiteral("bob"), QStringLiteral("correct"));
    const int admin = int(matrix->resources().indexOf(QStringLiteral("/admin")));
    QCOMPARE(matrix->cell(bob, admin).status, 200);
    QVERIFY(matrix->cell(bob, admin).changed);
    QVERIFY(!matrix->cell(bob, 0).changed);
    int changed = 0;
    for (int r = 0; r < matrix->rowCount(); ++r)
        for (int c = 0; c < matrix->columnCount(); ++c)
            changed += matrix->cell(r, c).changed;
    QCOMPARE(changed, 2); // /admin and /vault for bob

    bench->setBehaviour(Behaviour::Never401);
    compute(*matrix);
    const int anonymous = row(*matrix, QStringLiteral("anonymous"), QStringLiteral("none"));
    const int staff = int(matrix->resources().indexOf(QStringLiteral("/staff")));
    QCOMPARE(matrix->cell(anonymous, staff).status, 403);
    QVERIFY(matrix->cell(anonymous, staff).changed);
    QCOMPARE(matrix->cell(anonymous, staff).rule, QByteArray("behaviour-never-401"));
    QVERIFY(matrix->toJson().contains("\"behaviour\": \"never-401\""));
}

// Every behaviour's effect on the default matrix, from real requests: a golden table each
// (tests/golden/matrix/<id>.txt, reviewed by eye once; AUTHLAB_UPDATE_GOLDEN=1 rewrites them).
// tst_behaviours holds the same per behaviour for decide() alone, with what each answer carries.
void tst_Matrix::everyBehaviourOnTheDefaultMatrix_data()
{
    QTest::addColumn<int>("behaviour");
    for (int i = 0; i < int(Behaviour::Count); ++i)
        QTest::newRow(qPrintable(behaviourId(Behaviour(i)))) << i;
}

void tst_Matrix::everyBehaviourOnTheDefaultMatrix()
{
    QFETCH(int, behaviour);
    bench->setBehaviour(Behaviour(behaviour));
    compute(*matrix);
    const QByteArray table = matrix->toText();
    QFile file(QStringLiteral(AUTHLAB_GOLDEN_DIR "/") + behaviourId(Behaviour(behaviour)) +
               QStringLiteral(".txt"));
    if (qEnvironmentVariableIsSet("AUTHLAB_UPDATE_GOLDEN")) {
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(table);
        file.close();
    }
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QByteArray golden = file.readAll();
    const QByteArray message = "\n" + table + "--- expected:\n" + golden;
    QVERIFY2(table == golden, message.constData());
}

QTEST_GUILESS_MAIN(tst_Matrix)
#include "tst_matrix.moc"
