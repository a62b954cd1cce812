#pragma once

#include "auth/scheme.h"

#include <QByteArray>
#include <QByteArrayView>

// The Digest scheme (RFC 7616, qop=auth) as a unit of the registry: verify() and the challenge,
// around the arithmetic, nonces and parsing of auth/digest.h. State: the nonce counts live in the
// server's AuthState (StateTable::Nonces, one table per server behind its mutex); verify() reads
// them through the view and asks for the new count in Verdict::stateChanges.
namespace authlab::digest {

// The opaque every challenge of this server carries (RFC 7616 §3.3): nonces are bound to it.
QByteArrayView serverOpaque();

bool verify(const auth::SchemeContext &ctx, QByteArrayView authParams, auth::SchemeGrant *grant);
// Field line 0: the SHA-256 challenge, line 1: MD5 — the same nonce, opaque and realm (§3.7).
QByteArray challengeValue(const Scenario &scenario, const RenderKey &key, const auth::Challenge &c,
                          QByteArrayView nonce, int line);

} // namespace authlab::digest
