#pragma once

#include <QByteArrayView>
#include <QtGlobal>

#include <array>

// Fixed-size digests of secrets (passwords, bearer tokens), so that checking a guess costs the
// same whatever the stored secret's length and content: the presented secret is digested once,
// and 16 bytes are compared in constant time. The digest is SipHash-2-4 with 128-bit output
// (a keyed pseudo-random function) under a key drawn at random once per process: a digest never
// leaves the process and cannot be computed offline by anyone who has not read its memory.
namespace authlab::secret {

using Digest = std::array<quint8, 16>;
using Key = std::array<quint8, 16>;

Digest digest(QByteArrayView secret);               // under the process key
Digest digest(const Key &key, QByteArrayView data); // SipHash-2-4-128 (tests check the reference vectors)
const Digest &dummy();                              // stands in for the secret of an unknown user

// Compares all 16 bytes, whatever they hold.
bool equal(const Digest &a, const Digest &b);

} // namespace authlab::secret
