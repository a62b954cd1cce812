#include "auth/secretdigest.h"

#include <QRandomGenerator>
#include <QtEndian>

#include <cstring>

namespace authlab::secret {

namespace {

inline quint64 rotl(quint64 x, int b)
{
    return (x << b) | (x >> (64 - b));
}

inline quint64 load64(const uchar *p)
{
    return qFromLittleEndian<quint64>(p); // one unaligned load
}

inline void store64(quint8 *p, quint64 v)
{
    qToLittleEndian<quint64>(v, p);
}

struct State
{
    quint64 v0, v1, v2, v3;

    void round()
    {
        v0 += v1;
        v1 = rotl(v1, 13);
        v1 ^= v0;
        v0 = rotl(v0, 32);
        v2 += v3;
        v3 = rotl(v3, 16);
        v3 ^= v2;
        v0 += v3;
        v3 = rotl(v3, 21);
        v3 ^= v0;
        v2 += v1;
        v1 = rotl(v1, 17);
        v1 ^= v2;
        v2 = rotl(v2, 32);
    }
};

Key randomKey()
{
    Key k;
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    std::memcpy(k.data(), words, sizeof words);
    return k;
}

const Key &processKey()
{
    static const Key key = randomKey();
    return key;
}

} // namespace

Digest digest(const Key &key, QByteArrayView data)
{
    const quint64 k0 = load64(key.data());
    const quint64 k1 = load64(key.data() + 8);
    State s{0x736f6d6570736575ULL ^ k0, 0x646f72616e646f6dULL ^ k1, 0x6c7967656e657261ULL ^ k0,
            0x7465646279746573ULL ^ k1};
    s.v1 ^= 0xee; // 128-bit output
    const auto *p = reinterpret_cast<const uchar *>(data.data());
    const qsizetype n = data.size();
    const qsizetype full = n - (n % 8);
    for (qsizetype i = 0; i < full; i += 8) {
        const quint64 m = load64(p + i);
        s.v3 ^= m;
        s.round();
        s.round();
        s.v0 ^= m;
    }
    uchar tail[8] = {};
    if (n > full) // never memcpy from the null pointer of an empty view
        std::memcpy(tail, p + full, size_t(n - full));
    const quint64 b = (quint64(n) << 56) | load64(tail);
    s.v3 ^= b;
    s.round();
    s.round();
    s.v0 ^= b;
    s.v2 ^= 0xee;
    for (int i = 0; i < 4; ++i)
        s.round();
    Digest out;
    store64(out.data(), s.v0 ^ s.v1 ^ s.v2 ^ s.v3);
    s.v1 ^= 0xdd;
    for (int i = 0; i < 4; ++i)
        s.round();
    store64(out.data() + 8, s.v0 ^ s.v1 ^ s.v2 ^ s.v3);
    return out;
}

Digest digest(QByteArrayView secret)
{
    return digest(processKey(), secret);
}

const Digest &dummy()
{
    static const Digest d = digest(QByteArrayView("authlab-dummy-secret-for-unknown-users"));
    return d;
}

bool equal(const Digest &a, const Digest &b)
{
    unsigned diff = 0;
    for (size_t i = 0; i < a.size(); ++i)
        diff |= unsigned(a[i] ^ b[i]);
    // Compiler barrier: the loop above must not be turned into an early-exit memcmp.
    asm volatile("" : "+r"(diff));
    return diff == 0;
}

} // namespace authlab::secret
