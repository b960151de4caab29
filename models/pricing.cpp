// SPDX-License-Identifier: MIT
#include "pricing.h"

#include <algorithm>
#include <numeric>

namespace Pricing {

qint64 includedVat(qint64 amount, int vatRateBp)
{
    if (vatRateBp <= 0 || amount == 0)
        return 0;
    // amount * rate / (1 + rate), with rates in basis points, rounded half away from zero.
    const qint64 denominator = 10000 + vatRateBp;
    const qint64 numerator = amount * vatRateBp;
    const qint64 sign = numerator < 0 ? -1 : 1;
    return sign * ((sign * numerator * 2 + denominator) / (2 * denominator));
}

QList<qint64> allocate(qint64 amount, const QList<qint64> &weights)
{
    QList<qint64> shares(weights.size(), 0);
    const qint64 total = std::accumulate(weights.begin(), weights.end(), qint64(0));
    if (weights.isEmpty() || total <= 0)
        return shares;
    if (amount < 0) {
        // Giving back is the mirror image of charging: same shares, opposite sign.
        shares = allocate(-amount, weights);
        for (qint64 &share : shares)
            share = -share;
        return shares;
    }
    struct Rest
    {
        qint64 remainder;
        int index;
    };
    QList<Rest> rests;
    qint64 given = 0;
    for (int i = 0; i < weights.size(); ++i) {
        // Exact in 64 bits for amounts and weights of retail size (< 10^9 minor units each).
        const qint64 product = amount * weights.at(i);
        shares[i] = product / total;
        rests << Rest{product % total, i};
        given += shares[i];
    }
    std::stable_sort(rests.begin(), rests.end(),
                     [](const Rest &a, const Rest &b) { return a.remainder > b.remainder; });
    for (int k = 0; given != amount && k < rests.size(); ++k) {
        ++shares[rests.at(k).index];
        ++given;
    }
    return shares;
}

Quote quote(QList<Line> lines, const QString &currency, int vatRateBp, qint64 shippingMinor,
            int percentOffBp, qint64 amountOffMinor)
{
    Quote q;
    q.currency = currency;
    QList<qint64> gross;
    for (const Line &line : lines) {
        gross << line.unitPriceMinor * line.quantity;
        q.subtotalMinor += gross.last();
    }
    const qint64 percentOff = (q.subtotalMinor * qBound(0, percentOffBp, 10000) + 5000) / 10000;
    q.discountMinor = qMin(q.subtotalMinor, percentOff + qMax<qint64>(0, amountOffMinor));
    const QList<qint64> discounts = allocate(q.discountMinor, gross);
    for (int i = 0; i < lines.size(); ++i) {
        Line &line = lines[i];
        line.discountMinor = discounts.value(i);
        line.totalMinor = gross.at(i) - line.discountMinor;
        line.taxMinor = includedVat(line.totalMinor, vatRateBp);
        q.taxMinor += line.taxMinor;
    }
    q.shippingMinor = qMax<qint64>(0, shippingMinor);
    q.taxMinor += includedVat(q.shippingMinor, vatRateBp);
    q.totalMinor = q.subtotalMinor - q.discountMinor + q.shippingMinor;
    q.lines = lines;
    return q;
}

CashTendered cashTendered(qint64 givenMinor, qint64 dueMinor)
{
    CashTendered out;
    if (givenMinor <= 0 || dueMinor <= 0) {
        out.stillDueMinor = qMax<qint64>(dueMinor, 0);
        return out;
    }
    out.takenMinor = qMin(givenMinor, dueMinor);
    out.changeMinor = givenMinor - out.takenMinor;
    out.stillDueMinor = dueMinor - out.takenMinor;
    return out;
}

} // namespace Pricing
