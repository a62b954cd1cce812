#include "auth/sessions.h"

#include <QRandomGenerator>

#include <cstring>

namespace authlab::session {

size_t SessionStore::DigestHash::operator()(const secret::Digest &d) const
{
    // The digest is already a keyed pseudo-random function of the id: any 8 of its bytes are a
    // good hash, and a peer cannot aim ids at one bucket without the process key.
    size_t h = 0;
    std::memcpy(&h, d.data(), sizeof h);
    return h;
}

SessionStore::SessionStore(int cap) : m_cap(cap < 1 ? 1 : cap) {}

QByteArray SessionStore::newId()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    const QByteArray raw(reinterpret_cast<const char *>(words), sizeof words);
    return raw.toHex();
}

bool SessionStore::isWellFormedId(QByteArrayView id)
{
    if (id.size() != kSessionIdChars)
        return false;
    for (const char c : id) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return true;
}

QByteArray SessionStore::create(int user, qint64 createdMs)
{
    // A collision of 128 random bits does not happen; the loop only keeps insert() honest.
    for (;;) {
        QByteArray id = newId();
        if (insert(id, user, createdMs))
            return id;
    }
}

int SessionStore::takeSlot()
{
    if (m_free >= 0) {
        const int slot = m_free;
        m_free = m_slots[slot].next;
        return slot;
    }
    if (int(m_slots.size()) < m_cap) {
        m_slots.emplace_back();
        return int(m_slots.size()) - 1;
    }
    // Full: the oldest session goes.
    const int slot = m_oldest;
    m_index.erase(m_slots[slot].key);
    unlink(slot);
    ++m_evictions;
    return slot;
}

void SessionStore::unlink(int slot)
{
    Slot &s = m_slots[slot];
    if (s.prev >= 0)
        m_slots[s.prev].next = s.next;
    else
        m_oldest = s.next;
    if (s.next >= 0)
        m_slots[s.next].prev = s.prev;
    else
        m_newest = s.prev;
    s.prev = s.next = -1;
}

void SessionStore::release(int slot)
{
    unlink(slot);
    m_slots[slot] = Slot{};
    m_slots[slot].next = m_free;
    m_free = slot;
}

bool SessionStore::insert(QByteArrayView id, int user, qint64 createdMs)
{
    if (!isWellFormedId(id))
        return false;
    const secret::Digest key = secret::digest(id);
    if (m_index.count(key))
        return false;
    const int slot = takeSlot();
    Slot &s = m_slots[slot];
    s.key = key;
    s.session = Session{user, createdMs};
    s.prev = m_newest;
    s.next = -1;
    if (m_newest >= 0)
        m_slots[m_newest].next = slot;
    else
        m_oldest = slot;
    m_newest = slot;
    m_index.emplace(key, slot);
    return true;
}

std::optional<Session> SessionStore::find(QByteArrayView id) const
{
    // The length and alphabet are public (every id has them); only a well-formed id is digested.
    if (!isWellFormedId(id))
        return std::nullopt;
    const secret::Digest key = secret::digest(id);
    const auto it = m_index.find(key);
    if (it == m_index.end())
        return std::nullopt;
    const Slot &s = m_slots[it->second];
    if (!secret::equal(s.key, key))
        return std::nullopt;
    return s.session;
}

bool SessionStore::end(QByteArrayView id)
{
    if (!isWellFormedId(id))
        return false;
    const auto it = m_index.find(secret::digest(id));
    if (it == m_index.end())
        return false;
    const int slot = it->second;
    m_index.erase(it);
    release(slot);
    return true;
}

void SessionStore::apply(const SessionChange &change)
{
    switch (change.kind) {
    case SessionChange::Kind::Create:
        insert(change.id, change.user, change.createdMs);
        return;
    case SessionChange::Kind::End:
        end(change.id);
        return;
    }
}

void SessionStore::clear()
{
    m_slots.clear();
    m_slots.shrink_to_fit();
    m_index.clear();
    m_oldest = m_newest = m_free = -1;
}

} // namespace authlab::session
