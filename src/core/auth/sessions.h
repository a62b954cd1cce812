#pragma once

#include <QByteArray>
#include <QByteArrayView>

// Session ids of the cookie-session scheme (`/login`, `/logout`, `/app/`). The sessions
// themselves live in the server's AuthState (StateTable::Sessions: capped at kMaxSessions, the
// oldest evicted and counted); the decision reads them through its AuthStateView and asks for
// new or ended ones in Verdict::stateChanges.
namespace authlab::session {

// A session id is 128 random bits from QRandomGenerator::system(), as 32 lower-case hex digits.
inline constexpr qsizetype kSessionIdChars = 32;

// A fresh id. The worker draws it before judging a POST (RequestFacts::newSessionId), so that
// the verdict's Set-Cookie and the stored session agree and the judge stays deterministic.
QByteArray newId();
// Exactly 32 lower-case hex digits (what newId() makes); anything else never names a session.
bool isWellFormedId(QByteArrayView id);
// The key of a session in the Sessions table: a keyed digest (SipHash-2-4-128, process key) of
// the whole id, so that the table holds no ids and a lookup's hashing and comparing say nothing
// about how much of a guessed id is right.
QByteArray tableKey(QByteArrayView id);

} // namespace authlab::session
