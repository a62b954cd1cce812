#pragma once

#include "auth/secretdigest.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>
#include <unordered_map>
#include <vector>

// Login sessions of the cookie-session scheme (`/login`, `/logout`, `/app/`): a bounded table
// owned by the server. The decision only reads it through a SessionView and returns
// SessionChanges; the server applies them (under its own lock) after the verdict.
namespace authlab::session {

// At most this many live sessions; creating one more evicts the oldest (counted). At about
// 100 bytes a session this bounds the table to ~10 MB (docs/performance.md: 1,000,000 logins
// stay flat once the cap is full).
inline constexpr int kMaxSessions = 100'000;

// A session id is 128 random bits from QRandomGenerator::system(), as 32 lower-case hex digits.
inline constexpr qsizetype kSessionIdChars = 32;

struct Session
{
    int user = -1;        // index into Scenario::users of the snapshot that created it (the
                          // server clear()s the store when a new snapshot changes the users)
    qint64 createdMs = 0; // ms since the epoch, as the caller said
};

// A state change a verdict asks for; the server applies it with SessionStore::apply().
// Create carries the id the server drew before judging (SessionStore::newId()), so that the
// verdict's Set-Cookie and the stored session agree and the judge stays deterministic.
struct SessionChange
{
    enum class Kind { Create, End };
    Kind kind = Kind::Create;
    QByteArray id;        // 32 hex digits
    int user = -1;        // Create only
    qint64 createdMs = 0; // Create only

    static SessionChange create(QByteArray id, int user, qint64 createdMs)
    {
        return {Kind::Create, std::move(id), user, createdMs};
    }
    static SessionChange end(QByteArray id) { return {Kind::End, std::move(id), -1, 0}; }
    bool operator==(const SessionChange &) const = default;
};

class SessionStore
{
public:
    explicit SessionStore(int cap = kMaxSessions);

    // 32 lower-case hex digits of 128 bits from QRandomGenerator::system().
    static QByteArray newId();
    // Exactly 32 lower-case hex digits (what newId() makes); anything else never names a session.
    static bool isWellFormedId(QByteArrayView id);

    // A new session for `user` with a fresh id; evicts the oldest session when full.
    QByteArray create(int user, qint64 createdMs);
    // Stores a session under a given id (what apply() does for Create). False for a malformed
    // id or one already in use (then nothing changes).
    bool insert(QByteArrayView id, int user, qint64 createdMs);
    // The session of this id. The table is keyed by a keyed digest (SipHash-2-4-128, process
    // key) of the whole id, and the found entry's digest is compared in constant time: how long
    // a lookup takes does not depend on how many leading characters of a guess are right.
    std::optional<Session> find(QByteArrayView id) const;
    // Ends a session; false if there was none.
    bool end(QByteArrayView id);
    void apply(const SessionChange &change);

    int size() const { return int(m_index.size()); }
    int cap() const { return m_cap; }
    // Slots allocated so far: never more than cap(), whatever was created and ended.
    int slotsAllocated() const { return int(m_slots.size()); }
    // Sessions evicted to make room, since construction (clear() keeps the count).
    quint64 evictions() const { return m_evictions; }
    void clear();

private:
    // A slot in a pool, linked in creation order (oldest first) or in the free list.
    struct Slot
    {
        secret::Digest key{};
        Session session;
        int prev = -1;
        int next = -1;
    };
    struct DigestHash
    {
        size_t operator()(const secret::Digest &d) const;
    };

    int takeSlot();
    void unlink(int slot);
    void release(int slot);

    int m_cap;
    std::vector<Slot> m_slots;                                   // grows up to m_cap, then reused
    std::unordered_map<secret::Digest, int, DigestHash> m_index; // digest of the id → slot
    int m_oldest = -1;
    int m_newest = -1;
    int m_free = -1; // singly linked through Slot::next
    quint64 m_evictions = 0;
};

// What the decision sees: read-only, no way to change the store. Valid while the caller holds
// the store's lock (the server's worker thread owns the store, so: while it decides).
class SessionView
{
public:
    SessionView() = default;
    explicit SessionView(const SessionStore &store) : m_store(&store) {}
    std::optional<Session> find(QByteArrayView id) const
    {
        return m_store ? m_store->find(id) : std::nullopt;
    }

private:
    const SessionStore *m_store = nullptr;
};

} // namespace authlab::session
