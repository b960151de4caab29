// SPDX-License-Identifier: MIT
#include "enrolmentlimiter.h"
#include "connectionguard.h"

EnrolmentLimiter::Ticket EnrolmentLimiter::reserve(const QHostAddress &peer, qint64 nowMs)
{
    if (m_addresses.size() > 4096 && nowMs - m_prunedAtMs > 10000)
        prune(nowMs);
    Ticket ticket;
    ticket.key = peerKey(peer);
    Entry &entry = m_addresses[ticket.key];
    entry.bucket.refill(nowMs, addressRate(), addressBurst());
    m_shared.refill(nowMs, sharedRate(), sharedBurst());
    if (entry.bucket.tokens < 1) {
        ticket.retryAfterMs = entry.bucket.msUntilToken(addressRate());
        return ticket;
    }
    if (m_shared.tokens >= 1) {
        m_shared.tokens -= 1;
        ticket.tookShared = true;
    } else if (entry.lastFailureMs && nowMs - *entry.lastFailureMs < quietMs) {
        ticket.retryAfterMs
            = qMin(m_shared.msUntilToken(sharedRate()), quietMs - (nowMs - *entry.lastFailureMs));
        return ticket;
    }
    // Counted as a failure until the answer says otherwise, so that attempts in flight at the
    // same time are not all let through.
    entry.bucket.tokens -= 1;
    ticket.previousFailureMs = entry.lastFailureMs;
    entry.lastFailureMs = nowMs;
    ticket.allowed = true;
    return ticket;
}

void EnrolmentLimiter::settle(const Ticket &ticket, bool wrongCode)
{
    if (!ticket.allowed || wrongCode)
        return;
    const auto entry = m_addresses.find(ticket.key);
    if (entry != m_addresses.end()) {
        entry->bucket.giveBack(addressBurst());
        entry->lastFailureMs = ticket.previousFailureMs;
    }
    if (ticket.tookShared)
        m_shared.giveBack(sharedBurst());
}

void EnrolmentLimiter::prune(qint64 nowMs)
{
    // An address with a full budget and no recent failure is the same as one never seen.
    m_prunedAtMs = nowMs;
    for (auto it = m_addresses.begin(); it != m_addresses.end();) {
        it->bucket.refill(nowMs, addressRate(), addressBurst());
        const bool quiet = !it->lastFailureMs || nowMs - *it->lastFailureMs >= quietMs;
        if (quiet && it->bucket.isFull(addressBurst()))
            it = m_addresses.erase(it);
        else
            ++it;
    }
}
