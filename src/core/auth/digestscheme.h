#pragma once

#include "auth/digest.h"
#include "auth/scheme.h"
#include "auth/state.h"

#include <QByteArray>
#include <QByteArrayView>

// The Digest scheme (RFC 7616, qop=auth) as a unit of the registry: check(), verify() and the
// challenge, around the arithmetic, nonces and parsing of auth/digest.h. State: the nonce counts
// live in the server's AuthState (StateTable::Nonces, one table per server behind its mutex);
// check() reads them through the view and verify() asks for the new count in
// Verdict::stateChanges (a Raise, so two threads cannot both grant one nc).
namespace authlab::digest {

// The whole check, in the order that keeps it safe. The caller has parsed the credentials
// (a parse error is 400), found the user (by name, or by userhash) and passes that user's real
// name and password — or, for an unknown user, any name and a dummy password, so that the work
// and the answer are the same. The nc is recorded (nonceCountChange) only after the response
// verified, so a peer without the password cannot burn a client's counts.
enum class Outcome : quint8 {
    Authenticated,  // 200 (add Authentication-Info with rspauth)
    UriMismatch,    // 400: uri is not the request-target (§3.4.6)
    RealmMismatch,  // 401, no stale: credentials for another protection space
    WrongResponse,  // 401, no stale: wrong password or unknown user (log it, §3.4)
    StaleNonce,     // 401, stale=true: right digest, expired nonce (§3.6)
    ForeignNonce,   // 401, stale=true: right digest, nonce not minted here (restart, other realm/opaque)
    Replay,         // 401, stale=true: right digest, nc not above the highest seen (§5.5)
    ForgottenNonce, // 401, stale=true: right digest, the nonce's count was evicted
};

// Whether the fresh challenge answering this outcome says stale=true.
bool staleFor(Outcome outcome);

struct Check
{
    Outcome outcome = Outcome::WrongResponse;
    Breakdown breakdown; // empty for UriMismatch / RealmMismatch
    quint64 highest = 0; // Replay: the highest nc the nonce was granted
    qint64 issued = 0;   // when the nonce was minted (valid from StaleNonce on)
};

// `nonces` is the server's nc table (StateTable::Nonces): read, never changed.
Check check(const Credentials &credentials, QByteArrayView method, QByteArrayView requestTarget,
            QByteArrayView realm, QByteArrayView username, QByteArrayView password, const NonceMinter &minter,
            const AuthStateView &nonces, qint64 now);
// The state change that records an Authenticated check's nc: it holds only if the count still
// goes up when it is applied (AuthState::apply() refuses a replay that raced it).
StateChange nonceCountChange(const Credentials &credentials, const Check &authenticated);

// The opaque every challenge of this server carries (RFC 7616 §3.3): nonces are bound to it.
QByteArrayView serverOpaque();

bool verify(const auth::SchemeContext &ctx, QByteArrayView authParams, auth::SchemeGrant *grant);
// Field line 0: the SHA-256 challenge, line 1: MD5 — the same nonce, opaque and realm (§3.7).
QByteArray challengeValue(const Scenario &scenario, const RenderKey &key, const auth::Challenge &c,
                          QByteArrayView nonce, int line);

} // namespace authlab::digest
