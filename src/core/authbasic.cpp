#include "authbasic.h"

#include "authsyntax.h"
#include "http.h"

namespace authlab::basic {

Credentials parse(QByteArrayView token68)
{
    Credentials c;
    if (token68.isEmpty()) {
        c.error = Error::MissingToken;
        return c;
    }
    if (!syntax::isToken68(token68)) {
        c.error = Error::NotToken68;
        return c;
    }
    // token68 also allows - . _ ~ which base64 (RFC 4648 §4) does not; the decoder rejects them.
    // fromRawData: decode straight from the request's bytes, without copying them first.
    auto decoded = QByteArray::fromBase64Encoding(QByteArray::fromRawData(token68.data(), token68.size()),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        c.error = Error::BadBase64;
        return c;
    }
    const QByteArray &userPass = decoded.decoded;
    const qsizetype colon = userPass.indexOf(':');
    if (colon < 0) {
        c.error = Error::NoColon;
        return c;
    }
    if (syntax::hasControlCharacter(userPass)) {
        c.error = Error::ControlCharacter;
        return c;
    }
    if (syntax::isValidUtf8(userPass)) {
        c.userId = userPass.first(colon);
        c.password = userPass.sliced(colon + 1);
    } else {
        c.latin1 = true;
        c.userId = syntax::latin1ToUtf8(QByteArrayView(userPass).first(colon));
        c.password = syntax::latin1ToUtf8(QByteArrayView(userPass).sliced(colon + 1));
    }
    return c;
}

QByteArray challenge(const QString &realm)
{
    return "Basic realm=" + http::quoted(realm.toUtf8()) + ", charset=\"UTF-8\"";
}

QByteArray authorization(const QString &user, const QString &password, Encoding encoding, bool *lossy)
{
    const QString userPass = user + QLatin1Char(':') + password;
    QByteArray bytes;
    bool lost = false;
    if (encoding == Encoding::Utf8) {
        bytes = userPass.toUtf8();
    } else {
        for (QChar ch : userPass)
            lost = lost || ch.unicode() > 0xff;
        bytes = userPass.toLatin1();
    }
    if (lossy)
        *lossy = lost;
    return "Basic " + bytes.toBase64();
}

} // namespace authlab::basic
