#include "auth/sessions.h"

#include "auth/secretdigest.h"

#include <QRandomGenerator>

namespace authlab::session {

QByteArray newId()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    const QByteArray raw(reinterpret_cast<const char *>(words), sizeof words);
    return raw.toHex();
}

bool isWellFormedId(QByteArrayView id)
{
    if (id.size() != kSessionIdChars)
        return false;
    for (const char c : id) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return true;
}

QByteArray tableKey(QByteArrayView id)
{
    const secret::Digest d = secret::digest(id);
    return QByteArray(reinterpret_cast<const char *>(d.data()), qsizetype(d.size()));
}

} // namespace authlab::session
