// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <cmath>
#include <cstddef>
#include <initializer_list>

namespace Demo {

/** splitmix64: turns any 64-bit value into a well-mixed one (seeding, hashing ids). */
inline quint64 mix64(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

/**
 * xoshiro256** seeded through splitmix64. Each customer gets its own stream (seed, index), so
 * a customer's rows do not depend on how many random numbers the ones before it used.
 */
class Rng
{
public:
    explicit Rng(quint64 seed, quint64 stream = 0)
    {
        quint64 x = mix64(seed) ^ mix64(stream + 0x632be59bd9b4e019ULL);
        for (quint64 &word : m_s) {
            x = mix64(x);
            word = x;
        }
    }

    quint64 next()
    {
        const quint64 result = rotl(m_s[1] * 5, 7) * 9;
        const quint64 t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    /** Uniform in [0, n); 0 when n is 0. */
    quint32 below(quint32 n) { return quint32(((next() >> 32) * quint64(n)) >> 32); }
    /** Uniform in [lo, hi], both included. */
    int range(int lo, int hi) { return lo + int(below(quint32(hi - lo + 1))); }
    qint64 range64(qint64 lo, qint64 hi)
    {
        if (hi <= lo)
            return lo;
        return lo + qint64(next() % quint64(hi - lo + 1));
    }
    /** Uniform in [0, 1). */
    double real() { return double(next() >> 11) * 0x1.0p-53; }
    bool chance(double p) { return real() < p; }
    /** Standard normal (Box-Muller). */
    double normal()
    {
        const double u = 1.0 - real();
        return std::sqrt(-2.0 * std::log(u)) * std::cos(6.283185307179586 * real());
    }
    /** Index picked with the given relative weights. */
    int weighted(std::initializer_list<int> weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int r = int(below(quint32(total)));
        int i = 0;
        for (int w : weights) {
            if (r < w)
                return i;
            r -= w;
            ++i;
        }
        return i - 1;
    }
    template<typename T, std::size_t N> const T &pick(const T (&items)[N])
    {
        return items[below(quint32(N))];
    }
    template<typename Container> const auto &pickFrom(const Container &items)
    {
        return items[below(quint32(items.size()))];
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    quint64 m_s[4];
};

} // namespace Demo
