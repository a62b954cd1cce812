#pragma once

#include "http/exchange.h"

#include <QMutex>

#include <atomic>
#include <deque>
#include <functional>
#include <vector>

namespace authlab {

// Hands exchanges from the server's I/O threads to one consumer thread in batches. When the
// consumer falls behind, the oldest pending exchanges are dropped and counted, so memory
// stays bounded however fast the server is flooded; the server's own counters stay exact.
class ExchangeFeed
{
public:
    explicit ExchangeFeed(size_t capacity = 20000);

    // Called (from any thread) when the feed goes from empty to non-empty. Keep it cheap:
    // typically it posts one queued call to the consumer.
    void setWakeup(std::function<void()> wakeup);
    void setCapacity(size_t capacity);

    void push(Exchange &&e); // any thread
    // Consumer thread. With a limit, only the newest `limit` records are taken and the older
    // ones dropped (and counted) — except records that carry an X-Request-ID, which a client
    // is waiting for. This bounds the consumer's work per batch however fast the server runs.
    std::vector<Exchange> takeAll(size_t limit = 0);

    // True when the consumer has not taken what is pending and the feed is full: producers
    // then skip building records nobody will see (they only count them).
    bool saturated() const
    {
        return m_pendingCount.load(std::memory_order_relaxed) >=
               m_capacityHint.load(std::memory_order_relaxed);
    }

    quint64 pushed() const { return m_pushed.load(std::memory_order_relaxed); }
    quint64 dropped() const { return m_dropped.load(std::memory_order_relaxed); }

private:
    QMutex m_mutex;
    std::deque<Exchange> m_pending;
    size_t m_capacity;
    std::function<void()> m_wakeup;
    bool m_wakePending = false;
    std::atomic<size_t> m_pendingCount{0};
    std::atomic<size_t> m_capacityHint{0};
    std::atomic<quint64> m_pushed{0};
    std::atomic<quint64> m_dropped{0};
};

} // namespace authlab
