#include "auth/state.h"

#include <algorithm>

namespace authlab {

bool AuthState::apply(const StateChanges &changes)
{
    if (changes.isEmpty())
        return true;
    bool held = true;
    QMutexLocker lock(&m_mutex);
    for (const StateChange &c : changes) {
        Table &t = table(c.table);
        auto it = t.index.find(c.key);
        if (c.kind == StateChange::Kind::Remove) {
            if (it != t.index.end()) {
                t.order.erase(*it);
                t.index.erase(it);
            }
            continue;
        }
        if (c.kind == StateChange::Kind::Raise &&
            (it != t.index.end() ? (*it)->second.count >= c.entry.count : c.entry.stamp <= t.forgottenUpTo)) {
            held = false;
            continue;
        }
        if (it != t.index.end()) {
            (*it)->second = c.entry; // replaced in place: its age is its creation's
            continue;
        }
        if (t.index.size() >= capacity(c.table)) {
            t.forgottenUpTo = std::max(t.forgottenUpTo, t.order.front().second.stamp);
            t.index.remove(t.order.front().first);
            t.order.pop_front();
            ++t.evicted;
        }
        t.order.emplace_back(c.key, c.entry);
        t.index.insert(c.key, std::prev(t.order.end()));
    }
    return held;
}

std::optional<StateEntry> AuthState::find(StateTable t, QByteArrayView key) const
{
    QMutexLocker lock(&m_mutex);
    const Table &tab = table(t);
    const auto it = tab.index.constFind(QByteArray::fromRawData(key.data(), key.size()));
    if (it == tab.index.constEnd())
        return std::nullopt;
    return (*it)->second;
}

qsizetype AuthState::size(StateTable t) const
{
    QMutexLocker lock(&m_mutex);
    return table(t).index.size();
}

quint64 AuthState::evicted(StateTable t) const
{
    QMutexLocker lock(&m_mutex);
    return table(t).evicted;
}

qint64 AuthState::forgottenUpTo(StateTable t) const
{
    QMutexLocker lock(&m_mutex);
    return table(t).forgottenUpTo;
}

void AuthState::clear()
{
    QMutexLocker lock(&m_mutex);
    for (Table &t : m_tables) {
        // What was cleared is forgotten: its nonces must not be accepted again from count 1.
        for (const auto &e : t.order)
            t.forgottenUpTo = std::max(t.forgottenUpTo, e.second.stamp);
        t.index.clear();
        t.order.clear();
    }
}

const digest::NonceMinter &AuthStateView::minter() const
{
    if (m_state)
        return m_state->minter();
    static const digest::NonceMinter processMinter;
    return processMinter;
}

} // namespace authlab
