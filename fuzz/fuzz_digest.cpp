// libFuzzer target: the Digest unit (src/core/authdigest.h) on an Authorization field value.
//
// Input: the field value, as a peer sends it. Invariants:
//   - parseCredentials never crashes, and says the same as parseParameters on what follows the scheme;
//   - an error that should name a parameter does, and its reason shows the name;
//   - a success is canonical enough to round-trip: format → parse gives the same credentials, and
//     formatting again gives the same bytes; nc is 8 hex digits worth at least 1, qop is auth;
//   - the breakdown of any parsed credentials never shows the password, and redacted() hides H(A1);
//   - no input is accepted as a nonce minted here (the MAC cannot be guessed);
//   - the challenge built with the input as realm is one well-formed Digest challenge without CR/LF.

#include "fuzzcommon.h"

#include "auth/digest.h"
#include "auth/syntax.h"

using namespace authlab;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));

    const digest::Parsed p = digest::parseCredentials(input);
    (void)fuzz::touch(p.parameter);
    const syntax::Credentials split = syntax::splitCredentials(input);
    if (split.valid && http::equalsIgnoreCase(split.scheme, "Digest")) {
        const digest::Parsed q = digest::parseParameters(split.rest);
        FUZZ_CHECK(q.error == p.error && q.parameter == p.parameter);
    } else {
        FUZZ_CHECK(p.error == digest::Error::NotDigest);
    }

    if (!p.ok()) {
        const QString reason = p.reason();
        FUZZ_CHECK(!reason.isEmpty());
        if (digest::errorNamesParameter(p.error)) {
            FUZZ_CHECK(!p.parameter.isEmpty());
            FUZZ_CHECK(reason.contains(QString::fromLatin1(p.parameter)));
        }
    } else {
        const digest::Credentials &c = p.credentials;
        FUZZ_CHECK(c.nc.size() == 8 && c.count >= 1);
        FUZZ_CHECK(http::equalsIgnoreCase(c.qop, "auth"));
        FUZZ_CHECK(p.parameter.isEmpty());
        if (c.userhash)
            FUZZ_CHECK(digest::namesUser(c, "x") ==
                       (c.username.toLower() == digest::userhash(c.algorithm, "x", c.realm)));
        else
            FUZZ_CHECK(digest::namesUser(c, c.username));

        const QByteArray formatted = digest::formatCredentials(c);
        FUZZ_CHECK(!syntax::hasControlCharacter(QByteArray(formatted).replace('\t', ' ')));
        const digest::Parsed again = digest::parseCredentials(formatted);
        FUZZ_CHECK(again.ok());
        FUZZ_CHECK(again.credentials == c);
        FUZZ_CHECK(digest::formatCredentials(again.credentials) == formatted);

        static constexpr QByteArrayView kPassword = "s3cret-Password!";
        const digest::Breakdown b = digest::compute(c, "GET", c.username, kPassword);
        const digest::Breakdown r = b.redacted();
        for (const digest::Step *s :
             {&b.a1, &b.a1Session, &b.a2, &b.response, &r.a1, &r.a1Session, &r.response}) {
            if (!c.username.contains(kPassword) && !c.realm.contains(kPassword) &&
                !c.uri.contains(kPassword) && !c.nonce.contains(kPassword) && !c.cnonce.contains(kPassword))
                FUZZ_CHECK(!s->input.contains(kPassword));
        }
        FUZZ_CHECK(!r.response.input.contains(b.ha1()));
        FUZZ_CHECK(r.response.output == b.response.output);
        FUZZ_CHECK(digest::responseMatches(b.response.output, b.response.output));
    }

    static const digest::NonceMinter minter(QByteArrayView("fuzz-key-fuzz-key-fuzz-key-fuzz-"));
    const QByteArrayView nonce = p.ok() ? QByteArrayView(p.credentials.nonce) : input;
    FUZZ_CHECK(minter.verify(nonce, "AuthLab", {}, 1000).freshness ==
               digest::NonceMinter::Freshness::Invalid);

    const QByteArray ch =
        digest::challenge(digest::Algorithm::Sha256, QString::fromUtf8(input), "n", "o", true);
    FUZZ_CHECK(!ch.contains('\r') && !ch.contains('\n') && !ch.contains('\0'));
    const QList<QByteArray> schemes = syntax::challengeSchemes(ch);
    FUZZ_CHECK(schemes.size() == 1 && schemes.front() == "Digest");
    FUZZ_CHECK(ch.endsWith(", charset=UTF-8, userhash=true, stale=true"));
    return 0;
}
