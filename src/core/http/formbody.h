#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

// application/x-www-form-urlencoded, as the WHATWG URL Standard (§5.1 "application/
// x-www-form-urlencoded parsing") defines it: the body of `POST /login` and the query of
// `GET /login?next=…`. Bounded: a peer controls every byte of it.
namespace authlab::session {

// Limits (docs/robustness.md): the login form has three fields; a body beyond kMaxFormBytes is
// answered 413 by the caller, more than kMaxFormFields fields 400.
inline constexpr qsizetype kMaxFormBytes = 8 * 1024;
inline constexpr int kMaxFormFields = 16;

// The media type of a form body (Content-Type), without parameters.
inline constexpr QByteArrayView kFormMediaType = "application/x-www-form-urlencoded";

enum class FormError {
    None,
    TooLarge,      // more than maxBytes: nothing is parsed (413 Content Too Large)
    TooManyFields, // more than maxFields name/value pairs (400; nothing is returned)
};

struct FormField
{
    QByteArray name;  // UTF-8, decoded
    QByteArray value; // UTF-8, decoded
};

struct Form
{
    FormError error = FormError::None;
    // In order; of several fields with one name only the first is kept (the login must not
    // depend on which of two `username` fields a later layer would pick).
    QList<FormField> fields;
    // Names that occurred more than once (each listed once, in order of their first repeat).
    QList<QByteArray> duplicates;
    // A name or value was not valid UTF-8 after percent-decoding: its bad sequences were
    // replaced by U+FFFD, as the standard's "UTF-8 decode without BOM" does.
    bool replacedInvalidUtf8 = false;

    bool ok() const { return error == FormError::None; }
    bool has(QByteArrayView name) const;
    // The value of the (first) field with this name; a null QByteArray when there is none.
    QByteArray value(QByteArrayView name) const;
};

// Splits at '&', skips empty sequences, splits each at its first '=' (none: the value is empty),
// turns '+' into a space, percent-decodes ("%" not followed by two hex digits stays as it is),
// then decodes UTF-8. Byte-exact to the standard apart from the limits.
Form parseForm(QByteArrayView body, qsizetype maxBytes = kMaxFormBytes, int maxFields = kMaxFormFields);

// How many fields named `name` (a plain ASCII name) the form has, split and decoded as parseForm()
// does ('&', the first '=', '+', percent-decoding), without its limits and without keeping any
// value: for a request-target's query, which the header block's limit already bounds.
int countFields(QByteArrayView form, QByteArrayView name);

// The URL Standard's percent-decode of a byte sequence (no '+' handling).
QByteArray percentDecode(QByteArrayView bytes);

// True for "application/x-www-form-urlencoded" (any case), optionally followed by a
// "charset=UTF-8" parameter (any case, quoted or not, with optional whitespace around ';').
// Any other parameter or charset: false (the caller answers 415).
bool isFormMediaType(QByteArrayView contentType);

// A short English sentence for a FormError (for the trace / problem detail).
QByteArrayView formErrorText(FormError error);

} // namespace authlab::session
