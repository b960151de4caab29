// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <cmath>

/** A token bucket: up to burst tokens, refilled at perSecond; full when first used. Callers
    keep it consistent (one thread, or a lock). */
struct TokenBucket
{
    double tokens = -1; // below zero: never used, so full
    qint64 updatedMs = 0;

    void refill(qint64 nowMs, double perSecond, double burst)
    {
        tokens = tokens < 0 ? burst
                            : qMin(burst, tokens + double(nowMs - updatedMs) * perSecond / 1000);
        updatedMs = nowMs;
    }
    /** Takes a token if one is there. */
    bool take(qint64 nowMs, double perSecond, double burst)
    {
        refill(nowMs, perSecond, burst);
        if (tokens < 1)
            return false;
        tokens -= 1;
        return true;
    }
    /** Puts back a token taken for something that did not count. */
    void giveBack(double burst) { tokens = qMin(burst, tokens + 1); }
    /** Time until the next token, as of the last refill. */
    qint64 msUntilToken(double perSecond) const
    {
        return tokens >= 1 ? 0 : qint64(std::ceil((1 - tokens) * 1000 / perSecond));
    }
    bool isFull(double burst) const { return tokens < 0 || tokens >= burst; }
};
