#include "exchangefeed.h"

#include <QMutexLocker>

namespace authlab {

ExchangeFeed::ExchangeFeed(size_t capacity)
    : m_capacity(capacity ? capacity : 1)
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
    while (m_pending.size() > m_capacity) {
        m_pending.pop_front();
        m_dropped.fetch_add(1, std::memory_order_relaxed);
    }
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
        m_pushed.fetch_add(1, std::memory_order_relaxed);
        if (!m_wakePending && m_wakeup) {
            m_wakePending = true;
            wake = m_wakeup;
        }
    }
    if (wake)
        wake();
}

std::vector<Exchange> ExchangeFeed::takeAll()
{
    std::vector<Exchange> out;
    QMutexLocker lock(&m_mutex);
    out.reserve(m_pending.size());
    for (Exchange &e : m_pending)
        out.push_back(std::move(e));
    m_pending.clear();
    m_wakePending = false;
    return out;
}

} // namespace authlab
