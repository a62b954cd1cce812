#include "server/exchangefeed.h"

#include <QMutexLocker>

namespace authlab {

ExchangeFeed::ExchangeFeed(size_t capacity) : m_capacity(capacity ? capacity : 1), m_capacityHint(m_capacity)
{}

void ExchangeFeed::setWakeup(std::function<void()> wakeup)
{
    QMutexLocker lock(&m_mutex);
    m_wakeup = std::move(wakeup);
}

void ExchangeFeed::setCapacity(size_t capacity)
{
    QMutexLocker lock(&m_mutex);
    m_capacity = capacity ? capacity : 1;
    m_capacityHint.store(m_capacity, std::memory_order_relaxed);
    while (m_pending.size() > m_capacity) {
        m_pending.pop_front();
        m_dropped.fetch_add(1, std::memory_order_relaxed);
    }
    m_pendingCount.store(m_pending.size(), std::memory_order_relaxed);
}

void ExchangeFeed::push(Exchange &&e)
{
    std::function<void()> wake;
    {
        QMutexLocker lock(&m_mutex);
        if (m_pending.size() >= m_capacity) {
            m_pending.pop_front();
            m_dropped.fetch_add(1, std::memory_order_relaxed);
        }
        m_pending.push_back(std::move(e));
        m_pendingCount.store(m_pending.size(), std::memory_order_relaxed);
        m_pushed.fetch_add(1, std::memory_order_relaxed);
        if (!m_wakePending && m_wakeup) {
            m_wakePending = true;
            wake = m_wakeup;
        }
    }
    if (wake)
        wake();
}

std::vector<Exchange> ExchangeFeed::takeAll(size_t limit)
{
    std::vector<Exchange> out;
    QMutexLocker lock(&m_mutex);
    const size_t n = m_pending.size();
    const size_t firstKept = limit && n > limit ? n - limit : 0;
    out.reserve(n - firstKept);
    for (size_t i = 0; i < n; ++i) {
        Exchange &e = m_pending[i];
        if (i >= firstKept || !e.requestId.isEmpty())
            out.push_back(std::move(e));
        else
            m_dropped.fetch_add(1, std::memory_order_relaxed);
    }
    m_pending.clear();
    m_pendingCount.store(0, std::memory_order_relaxed);
    m_wakePending = false;
    return out;
}

} // namespace authlab
