#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QMutex>

#include "auth/digest.h"

#include <array>
#include <limits>
#include <list>
#include <optional>

// What the server remembers between requests for authentication: Digest nonces and their
// counts, login sessions. judge() stays a pure function of (scenario, request, state view): it
// reads the state through an AuthStateView and never changes it; the changes it wants come back
// on the verdict (Verdict::stateChanges) and the server applies them after judging.
//
// Bounded, because every entry is made by a peer's request: each table has a cap; at the cap the
// oldest entry (by creation) is evicted to make room, and evictions are counted. Nothing else
// grows. The caps are below; docs/architecture.md ("Auth state") has the rules a scheme follows.
namespace authlab {

enum class StateTable : quint8 { Nonces, Sessions };
inline constexpr int kStateTableCount = 2;

inline constexpr int kMaxTrackedNonces = 4096; // Digest: nonces issued and not yet forgotten
inline constexpr int kMaxSessions = 1024;      // cookie login: live sessions

struct StateEntry
{
    QByteArray value;  // what the scheme stores (a user name, a nonce's opaque data...)
    quint64 count = 0; // a counter the scheme keeps (a Digest nonce count)
    qint64 stamp = 0;  // when its subject was made (a Digest nonce's issue time, NonceMinter clock)
    friend bool operator==(const StateEntry &, const StateEntry &) = default;
};

// One change a verdict asks for. Put creates or replaces the entry under key; Remove forgets it.
// Raise is a Put that holds only if the entry's count goes up (absent: only if its stamp is newer
// than anything forgotten) — a Digest nc: two threads that judged the same count against the
// same state cannot both have it (apply() says which lost).
struct StateChange
{
    enum class Kind : quint8 { Put, Remove, Raise };
    Kind kind = Kind::Put;
    StateTable table = StateTable::Nonces;
    QByteArray key;
    StateEntry entry;
};
using StateChanges = QList<StateChange>; // empty (no allocation) for every verdict but a stateful scheme's

// The state itself: owned by the server (ServerShared), shared by its I/O threads under a mutex.
// Only stateful schemes read it, so a request that uses none takes no lock.
class AuthState
{
public:
    static constexpr int capacity(StateTable t)
    {
        return t == StateTable::Nonces ? kMaxTrackedNonces : kMaxSessions;
    }

    // Applies the changes under one lock; false if a Raise was refused (that one is not applied:
    // the verdict was reached against a state another thread has changed since — judge again).
    bool apply(const StateChanges &changes);
    std::optional<StateEntry> find(StateTable table, QByteArrayView key) const;
    qsizetype size(StateTable table) const;
    quint64 evicted(StateTable table) const; // entries dropped at the cap since the start
    // The newest stamp of an entry evicted so far (min() while none was): an entry stamped no
    // later and not in the table may have been forgotten, so it is never trusted again.
    qint64 forgottenUpTo(StateTable table) const;
    void clear();

    // Digest nonces are minted and checked with this key (random per server, RFC 7616 §3.3);
    // const and thread-safe, so it needs no lock.
    const digest::NonceMinter &minter() const { return m_minter; }

private:
    struct Table
    {
        using Order = std::list<std::pair<QByteArray, StateEntry>>; // oldest first
        Order order;
        QHash<QByteArray, Order::iterator> index;
        quint64 evicted = 0;
        qint64 forgottenUpTo = std::numeric_limits<qint64>::min();
    };
    Table &table(StateTable t) { return m_tables[size_t(t)]; }
    const Table &table(StateTable t) const { return m_tables[size_t(t)]; }

    mutable QMutex m_mutex;
    std::array<Table, kStateTableCount> m_tables;
    const digest::NonceMinter m_minter;
};

// What judge() may do with the state: look things up, nothing else. A default view is empty
// (tests, the GUI's own decisions, a request before any state exists).
class AuthStateView
{
public:
    AuthStateView() = default;
    explicit AuthStateView(const AuthState *state) : m_state(state) {}
    std::optional<StateEntry> find(StateTable table, QByteArrayView key) const
    {
        return m_state ? m_state->find(table, key) : std::nullopt;
    }
    qint64 forgottenUpTo(StateTable table) const
    {
        return m_state ? m_state->forgottenUpTo(table) : std::numeric_limits<qint64>::min();
    }
    // The server's nonce minter; a default view (no server) has one of its own for the process.
    const digest::NonceMinter &minter() const;
    qint64 now() const { return digest::NonceMinter::steadyNow(); }

private:
    const AuthState *m_state = nullptr;
};

} // namespace authlab
