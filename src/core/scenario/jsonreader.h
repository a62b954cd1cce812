#pragma once

#include "scenario/scenarioio.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>

namespace authlab {

// Walks a JSON document (a scenario, a lesson, the scenario file's "client"), remembering where it
// is, and collects every problem (file, JSON path, message) instead of stopping at the first, so
// that one round of fixes is enough. A missing optional value gives the fallback; a value of the
// wrong type gives a problem and the fallback. The messages are the scenario loader's
// (translation context authlab::ScenarioIO).
class JsonReader
{
public:
    explicit JsonReader(QString file) : m_file(std::move(file)) {}

    QList<ScenarioProblem> problems;
    // Indexes into problems whose message also names the line of the value (see problemWithLine()).
    QList<qsizetype> withLine;

    void problem(const QString &where, const QString &message) { problems.append({m_file, where, message}); }
    // A problem whose message also names the line of the value at `where` (filled in by the
    // caller, which scans the document for lines only when there is such a problem).
    void problemWithLine(const QString &where, const QString &message)
    {
        withLine.append(problems.size());
        problem(where, message);
    }

    // The document; nothing, and "not valid JSON" at the error's line and column, when it is not JSON.
    std::optional<QJsonDocument> parse(const QByteArray &json);
    // The document's top-level object; nothing, and a problem, when it is something else.
    std::optional<QJsonObject> topLevel(const QJsonDocument &doc);

    // "users" + "name" = "users.name"; an empty name (legal JSON) is shown as "".
    static QString join(const QString &path, const QString &key);
    // "users" + 2 = "users[2]".
    static QString index(const QString &path, qsizetype i);
    // "null", "a number", … for "must be a string, not a number".
    static QString typeName(const QJsonValue &v);

    void checkKeys(const QJsonObject &o, const QString &path, std::initializer_list<const char *> allowed);
    void checkKeys(const QJsonObject &o, const QString &path, const QStringList &allowed);

    QString string(const QJsonObject &o, const QString &path, const char *key, bool required,
                   const QString &fallback = {});
    // As string(), and a string of only white space is a problem too.
    QString nonEmptyString(const QJsonObject &o, const QString &path, const char *key, bool required,
                           const QString &fallback = {});
    bool boolean(const QJsonObject &o, const QString &path, const char *key, bool fallback);
    // An array of strings (none when the key is absent); nonEmpty: a blank element is a problem too.
    QStringList strings(const QJsonObject &o, const QString &path, const char *key, bool nonEmpty = false);
    QJsonArray array(const QJsonObject &o, const QString &path, const char *key, bool required = false);
    bool object(const QJsonValue &v, const QString &path, QJsonObject *out);

    // A string naming one entry of a table of ids (client/clientnames.h: IdTable): its value;
    // nothing when the key is absent or names no entry (a problem listing the ids).
    template<typename Table>
    auto choice(const QJsonObject &o, const QString &path, const char *key, const Table &table)
        -> decltype(table.value(QString()))
    {
        if (!o.contains(QLatin1String(key)))
            return std::nullopt;
        const QString text = string(o, path, key, true);
        if (!o.value(QLatin1String(key)).isString())
            return std::nullopt;
        if (auto value = table.value(text))
            return value;
        choiceProblem(join(path, QLatin1String(key)), table.ids(), text);
        return std::nullopt;
    }

private:
    void choiceProblem(const QString &where, const QStringList &ids, const QString &text);

    QString m_file;
};

} // namespace authlab
