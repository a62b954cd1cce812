#include "http/formbody.h"

#include "http/http.h"

#include <QStringDecoder>

namespace authlab::session {

namespace {

// '+' → ' ', then percent-decode, then UTF-8 decode without BOM (bad sequences → U+FFFD).
QByteArray decodeComponent(QByteArrayView bytes, bool *replaced)
{
    QByteArray plus = bytes.toByteArray();
    plus.replace('+', ' ');
    const QByteArray raw = percentDecode(plus);
    // ConvertInitialBom keeps a leading U+FEFF: "without BOM" means it is not stripped.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    const QString text = decoder.decode(raw);
    QByteArray utf8 = text.toUtf8();
    if (utf8 != raw)
        *replaced = true;
    return utf8;
}

} // namespace

QByteArray percentDecode(QByteArrayView bytes)
{
    QByteArray out;
    out.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (c == '%' && i + 2 < bytes.size()) {
            const int hi = http::hexValue(bytes[i + 1]);
            const int lo = http::hexValue(bytes[i + 2]);
            if (hi >= 0 && lo >= 0) {
                out.append(char((hi << 4) | lo));
                i += 2;
                continue;
            }
        }
        out.append(c);
    }
    return out;
}

Form parseForm(QByteArrayView body, qsizetype maxBytes, int maxFields)
{
    Form form;
    if (body.size() > maxBytes) {
        form.error = FormError::TooLarge;
        return form;
    }
    int count = 0;
    qsizetype start = 0;
    while (start <= body.size()) {
        qsizetype end = body.indexOf('&', start);
        if (end < 0)
            end = body.size();
        const QByteArrayView sequence = body.sliced(start, end - start);
        start = end + 1;
        if (sequence.isEmpty())
            continue;
        if (++count > maxFields) {
            form.error = FormError::TooManyFields;
            form.fields.clear();
            form.duplicates.clear();
            return form;
        }
        const qsizetype eq = sequence.indexOf('=');
        const QByteArrayView rawName = eq < 0 ? sequence : sequence.first(eq);
        const QByteArrayView rawValue = eq < 0 ? QByteArrayView() : sequence.sliced(eq + 1);
        FormField field{decodeComponent(rawName, &form.replacedInvalidUtf8),
                        decodeComponent(rawValue, &form.replacedInvalidUtf8)};
        if (form.has(field.name)) {
            if (!form.duplicates.contains(field.name))
                form.duplicates.append(field.name);
            continue;
        }
        if (field.value.isNull())
            field.value = QByteArray(""); // present but empty: not null
        form.fields.append(std::move(field));
    }
    return form;
}

int countFields(QByteArrayView form, QByteArrayView name)
{
    int count = 0;
    qsizetype start = 0;
    while (start < form.size()) {
        qsizetype end = form.indexOf('&', start);
        if (end < 0)
            end = form.size();
        const QByteArrayView sequence = form.sliced(start, end - start);
        start = end + 1;
        if (sequence.isEmpty())
            continue; // as parseForm(): "a=1&&b=2" has two fields
        const qsizetype eq = sequence.indexOf('=');
        const QByteArrayView rawName = eq < 0 ? sequence : sequence.first(eq);
        // An encoded name is never shorter than its decoding: skip the decoding of most names.
        if (rawName.size() < name.size())
            continue;
        if (!rawName.contains('%') && !rawName.contains('+')) {
            count += rawName == name;
            continue;
        }
        QByteArray plus = rawName.toByteArray();
        plus.replace('+', ' ');
        if (percentDecode(plus) == name)
            ++count;
    }
    return count;
}

bool Form::has(QByteArrayView name) const
{
    for (const FormField &f : fields) {
        if (f.name == name)
            return true;
    }
    return false;
}

QByteArray Form::value(QByteArrayView name) const
{
    for (const FormField &f : fields) {
        if (f.name == name)
            return f.value;
    }
    return {};
}

bool isFormMediaType(QByteArrayView contentType)
{
    const qsizetype semi = contentType.indexOf(';');
    const QByteArrayView type = http::trimOws(semi < 0 ? contentType : contentType.first(semi));
    if (!http::equalsIgnoreCase(type, kFormMediaType))
        return false;
    if (semi < 0)
        return true;
    // Exactly one parameter, charset=UTF-8 (RFC 9110 §8.3.1: parameter names and the charset
    // value are case-insensitive; the value may be a quoted-string).
    const QByteArrayView param = http::trimOws(contentType.sliced(semi + 1));
    if (param.contains(';'))
        return false;
    const qsizetype eq = param.indexOf('=');
    if (eq < 0)
        return false;
    const QByteArrayView name = param.first(eq);
    QByteArrayView value = param.sliced(eq + 1);
    // RFC 9110 §5.6.6: no whitespace around '='.
    if (!http::equalsIgnoreCase(name, "charset"))
        return false;
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"')
        value = value.sliced(1, value.size() - 2);
    return http::equalsIgnoreCase(value, "utf-8");
}

QByteArrayView formErrorText(FormError error)
{
    switch (error) {
    case FormError::None:
        return "form body parsed";
    case FormError::TooLarge:
        return "form body larger than the limit";
    case FormError::TooManyFields:
        return "form body has more fields than the limit";
    }
    return "form body not parsed";
}

} // namespace authlab::session
