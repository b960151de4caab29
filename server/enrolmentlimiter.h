// SPDX-License-Identifier: MIT
#pragma once

#include "tokenbucket.h"

#include <QHash>
#include <QHostAddress>

#include <optional>

/** How many wrong enrolment codes the service checks before it answers 429. */
struct EnrolmentLimits
{
    /** Wrong codes per minute from one address (an IPv6 /64); bursts of twice that. */
    int failuresPerMinutePerAddress = 5;
    /** Wrong codes per minute from everywhere together (also its burst). */
    int failuresPerMinute = 60;
};

/**
 * Slows down guessing of enrolment codes: each address has a budget of wrong codes, and all
 * addresses together have another. An attempt takes from both before the code is checked and
 * gets them back unless the code was wrong. While the shared budget is used up, an address that
 * had no wrong code for 15 minutes still gets one try, so a store enrolling a tablet is not
 * locked out by someone guessing elsewhere. Used on one thread (the service's event loop).
 */
class EnrolmentLimiter
{
public:
    explicit EnrolmentLimiter(const EnrolmentLimits &limits)
        : m_limits(limits)
    { }

    struct Ticket
    {
        bool allowed = false;
        qint64 retryAfterMs = 0;
        QString key;
        bool tookShared = false;
        std::optional<qint64> previousFailureMs;
    };
    /** May this address try a code now? An allowed ticket must be settled. */
    Ticket reserve(const QHostAddress &peer, qint64 nowMs);
    /** The code was checked: a wrong one keeps its cost, anything else gives it back. */
    void settle(const Ticket &ticket, bool wrongCode);

    static constexpr qint64 quietMs = 15 * 60 * 1000;

private:
    struct Entry
    {
        TokenBucket bucket;
        std::optional<qint64> lastFailureMs;
    };
    void prune(qint64 nowMs);
    double addressRate() const { return m_limits.failuresPerMinutePerAddress / 60.0; }
    double addressBurst() const { return m_limits.failuresPerMinutePerAddress * 2.0; }
    double sharedRate() const { return m_limits.failuresPerMinute / 60.0; }
    double sharedBurst() const { return m_limits.failuresPerMinute; }

    EnrolmentLimits m_limits;
    QHash<QString, Entry> m_addresses;
    TokenBucket m_shared;
    qint64 m_prunedAtMs = 0;
};
