// libFuzzer target: what AuthLab's client shows of bytes an arbitrary server sent:
// challenge lists (syntax::challengeSchemes, HeaderHelp::explain) and raw messages
// (escapeRaw, splitRawMessage).

#include "fuzzcommon.h"

#include "auth/syntax.h"
#include "http/exchangetext.h"
#include "http/headerhelp.h"

using namespace authlab;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));

    // Every scheme is a non-empty token that occurs in the value, and there cannot be more
    // schemes than list elements.
    const QList<QByteArray> schemes = syntax::challengeSchemes(input);
    FUZZ_CHECK(schemes.size() <= input.count(',') + 1);
    for (const QByteArray &s : schemes) {
        FUZZ_CHECK(syntax::isToken(s));
        FUZZ_CHECK(input.contains(s));
    }

    const QString help = HeaderHelp::explain("WWW-Authenticate", input, true);
    FUZZ_CHECK(!help.isEmpty());
    (void)HeaderHelp::explain("Authorization", input, false);
    (void)HeaderHelp::explain(input.first(qMin<qsizetype>(input.size(), 24)), input, false);

    // escapeRaw hides nothing and shows no control character except the line breaks it adds
    // after "\n"; what it shows decodes (no lone surrogates).
    const QString shown = escapeRaw(input);
    for (qsizetype i = 0; i < shown.size(); ++i) {
        const QChar c = shown[i];
        FUZZ_CHECK(c == QLatin1Char('\n') || (c.unicode() >= 0x20 && c.unicode() != 0x7f));
        if (c.isHighSurrogate())
            FUZZ_CHECK(i + 1 < shown.size() && shown[i + 1].isLowSurrogate());
        if (c.isLowSurrogate())
            FUZZ_CHECK(i > 0 && shown[i - 1].isHighSurrogate());
    }
    FUZZ_CHECK(shown.size() >= input.count('\n') * 3);
    FUZZ_CHECK(shown.count(QLatin1Char('\n')) == input.count('\n'));
    (void)printable(input, 64);

    // splitRawMessage: -1 or an offset just past the first empty line, within the input; the
    // start line and the fields come from the header block.
    QByteArray startLine;
    HeaderList fields;
    const qsizetype body = splitRawMessage(input, &startLine, &fields);
    FUZZ_CHECK(body == -1 || (body >= 4 && body <= input.size()));
    if (body == -1) {
        FUZZ_CHECK(!input.contains("\r\n\r\n"));
        FUZZ_CHECK(startLine.isEmpty() && fields.isEmpty());
    } else {
        FUZZ_CHECK(input.first(body).endsWith("\r\n\r\n"));
        FUZZ_CHECK(input.startsWith(startLine));
        FUZZ_CHECK(!startLine.contains("\r\n"));
        for (const auto &[name, value] : fields) {
            FUZZ_CHECK(!name.isEmpty() && !name.contains("\r\n") && !value.contains("\r\n"));
            FUZZ_CHECK(input.first(body).contains(name));
        }
        FUZZ_CHECK(fields.size() <= input.first(body).count("\r\n"));
    }
    return 0;
}
