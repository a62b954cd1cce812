#include "scenario/jsonreader.h"

#include <QJsonDocument>

namespace authlab {

namespace {

// Where a syntax error is, as an editor shows it: columns count characters, not UTF-8 bytes.
QString lineColumn(const QByteArray &json, const QJsonParseError &err)
{
    qsizetype offset = err.offset;
    // For token errors Qt reports the offset just after the character it stumbled on; point at it.
    switch (err.error) {
    case QJsonParseError::IllegalValue:
    case QJsonParseError::MissingNameSeparator:
    case QJsonParseError::MissingValueSeparator:
    case QJsonParseError::UnterminatedObject:
    case QJsonParseError::UnterminatedArray:
    case QJsonParseError::MissingObject:
        if (offset > 0 && offset <= json.size() && !QByteArrayView(" \t\r\n").contains(json[offset - 1]))
            --offset;
        break;
    default:
        break;
    }
    int line = 1, col = 1;
    for (qsizetype i = 0; i < offset && i < json.size(); ++i) {
        if (json[i] == '\n') {
            ++line;
            col = 1;
        } else if ((static_cast<unsigned char>(json[i]) & 0xc0) != 0x80) { // not a UTF-8 continuation byte
            ++col;
        }
    }
    return QCoreApplication::translate("authlab::ScenarioIO", "line %1, column %2").arg(line).arg(col);
}

} // namespace

// The messages are written out in full (lupdate does not expand macros) in the context of the
// scenario loader, whose German translations they are.

std::optional<QJsonDocument> JsonReader::parse(const QByteArray &json)
{
    QJsonParseError err{};
    QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError) {
        problem(
            lineColumn(json, err),
            QCoreApplication::translate("authlab::ScenarioIO", "not valid JSON: %1").arg(err.errorString()));
        return std::nullopt;
    }
    return doc;
}

std::optional<QJsonObject> JsonReader::topLevel(const QJsonDocument &doc)
{
    if (!doc.isObject()) {
        problem(QString(),
                QCoreApplication::translate("authlab::ScenarioIO", "the top level must be a JSON object"));
        return std::nullopt;
    }
    return doc.object();
}

QString JsonReader::join(const QString &path, const QString &key)
{
    const QString k = key.isEmpty() ? QStringLiteral("\"\"") : key;
    return path.isEmpty() ? k : path + QLatin1Char('.') + k;
}

QString JsonReader::index(const QString &path, qsizetype i)
{
    return path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

QString JsonReader::typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QCoreApplication::translate("authlab::ScenarioIO", "null");
    case QJsonValue::Bool:
        return QCoreApplication::translate("authlab::ScenarioIO", "a boolean");
    case QJsonValue::Double:
        return QCoreApplication::translate("authlab::ScenarioIO", "a number");
    case QJsonValue::String:
        return QCoreApplication::translate("authlab::ScenarioIO", "a string");
    case QJsonValue::Array:
        return QCoreApplication::translate("authlab::ScenarioIO", "an array");
    case QJsonValue::Object:
        return QCoreApplication::translate("authlab::ScenarioIO", "an object");
    case QJsonValue::Undefined:
        break;
    }
    return QCoreApplication::translate("authlab::ScenarioIO", "nothing");
}

void JsonReader::checkKeys(const QJsonObject &o, const QString &path,
                           std::initializer_list<const char *> allowed)
{
    QStringList names;
    for (const char *k : allowed)
        names.append(QLatin1String(k));
    checkKeys(o, path, names);
}

void JsonReader::checkKeys(const QJsonObject &o, const QString &path, const QStringList &allowed)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!allowed.contains(it.key()))
            problem(join(path, it.key()), QCoreApplication::translate("authlab::ScenarioIO",
                                                                      "unknown field (known fields here: %1)")
                                              .arg(allowed.join(QLatin1String(", "))));
    }
}

QString JsonReader::string(const QJsonObject &o, const QString &path, const char *key, bool required,
                           const QString &fallback)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined()) {
        if (required)
            problem(join(path, QLatin1String(key)),
                    QCoreApplication::translate("authlab::ScenarioIO", "required field is missing"));
        return fallback;
    }
    if (!v.isString()) {
        problem(
            join(path, QLatin1String(key)),
            QCoreApplication::translate("authlab::ScenarioIO", "must be a string, not %1").arg(typeName(v)));
        return fallback;
    }
    return v.toString();
}

QString JsonReader::nonEmptyString(const QJsonObject &o, const QString &path, const char *key, bool required,
                                   const QString &fallback)
{
    const QJsonValue v = o.value(QLatin1String(key));
    const QString s = string(o, path, key, required, fallback);
    if (v.isString() && s.trimmed().isEmpty()) {
        problem(join(path, QLatin1String(key)),
                QCoreApplication::translate("authlab::ScenarioIO", "must not be empty"));
        return fallback;
    }
    return s;
}

bool JsonReader::boolean(const QJsonObject &o, const QString &path, const char *key, bool fallback)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return fallback;
    if (!v.isBool()) {
        problem(join(path, QLatin1String(key)),
                QCoreApplication::translate("authlab::ScenarioIO", "must be true or false, not %1")
                    .arg(typeName(v)));
        return fallback;
    }
    return v.toBool();
}

QStringList JsonReader::strings(const QJsonObject &o, const QString &path, const char *key, bool nonEmpty)
{
    QStringList out;
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return out;
    const QString here = join(path, QLatin1String(key));
    if (!v.isArray()) {
        problem(here,
                QCoreApplication::translate("authlab::ScenarioIO", "must be an array of strings, not %1")
                    .arg(typeName(v)));
        return out;
    }
    const QJsonArray a = v.toArray();
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!a[i].isString())
            problem(index(here, i),
                    QCoreApplication::translate("authlab::ScenarioIO", "must be a string, not %1")
                        .arg(typeName(a[i])));
        else if (nonEmpty && a[i].toString().trimmed().isEmpty())
            problem(index(here, i), QCoreApplication::translate("authlab::ScenarioIO", "must not be empty"));
        else
            out.append(a[i].toString());
    }
    return out;
}

QJsonArray JsonReader::array(const QJsonObject &o, const QString &path, const char *key, bool required)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined()) {
        if (required)
            problem(join(path, QLatin1String(key)),
                    QCoreApplication::translate("authlab::ScenarioIO", "required field is missing"));
        return {};
    }
    if (!v.isArray()) {
        problem(
            join(path, QLatin1String(key)),
            QCoreApplication::translate("authlab::ScenarioIO", "must be an array, not %1").arg(typeName(v)));
        return {};
    }
    return v.toArray();
}

bool JsonReader::object(const QJsonValue &v, const QString &path, QJsonObject *out)
{
    if (!v.isObject()) {
        problem(
            path,
            QCoreApplication::translate("authlab::ScenarioIO", "must be an object, not %1").arg(typeName(v)));
        return false;
    }
    *out = v.toObject();
    return true;
}

void JsonReader::choiceProblem(const QString &where, const QStringList &ids, const QString &text)
{
    // Worded (and translated) first for the scenario file's "client".
    problem(where, QCoreApplication::translate("authlab::WorkspaceFile", "must be one of %1, not \"%2\"")
                       .arg(ids.join(QLatin1String(", ")), text));
}

} // namespace authlab
