// SPDX-License-Identifier: MIT
// What one PIN guess costs against a copied tablet file: CPU time per hash for the Argon2id
// hashes PINs get now (libsodium's interactive cost) and the PBKDF2-SHA256 ones from before,
// and what that makes of a search over every 4, 6 and 8 digit PIN on one core.
// docs/operations.md, PIN hashes, carries the figures.
#include "pinhash.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <ctime>

namespace {

double cpuSeconds()
{
    timespec now {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

void report(const char *name, int rounds, double cpu, double wall)
{
    const double perGuess = cpu / rounds;
    std::printf("%-44s %8.1f ms CPU %8.1f ms wall | 10^4: %8.0f s  10^6: %7.1f h  10^8: %7.0f d\n",
                name, perGuess * 1000, wall / rounds * 1000, perGuess * 1e4, perGuess * 1e6 / 3600,
                perGuess * 1e8 / 86400);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? std::atoi(argv[1]) : 20;
    const QString stored = PinHash::hash(QStringLiteral("246810"));
    const QString salt = PinHash::newSalt();
    const QString old = PinHash::pbkdf2(QStringLiteral("246810"), salt, PinHash::pbkdf2Iterations);
    std::printf("per guess (one core), and a whole search of every PIN of that length\n");

    QElapsedTimer wall;
    double cpu = cpuSeconds();
    wall.start();
    for (int i = 0; i < rounds; ++i) {
        const bool match = PinHash::verify(QString::number(100000 + i), {}, 0, stored);
        Q_UNUSED(match);
    }
    report("Argon2id, t=2, m=64 MiB (new PINs)", rounds, cpuSeconds() - cpu,
           double(wall.elapsed()) / 1000);

    cpu = cpuSeconds();
    wall.restart();
    for (int i = 0; i < rounds; ++i) {
        const bool match
            = PinHash::verify(QString::number(100000 + i), salt, PinHash::pbkdf2Iterations, old);
        Q_UNUSED(match);
    }
    report("PBKDF2-SHA256, 20,000 rounds (before; Qt)", rounds, cpuSeconds() - cpu,
           double(wall.elapsed()) / 1000);
    return 0;
}
