// SPDX-License-Identifier: MIT
#include "demogenerator.h"

DemoGenerator::DemoGenerator(DemoOptions options)
    : m_options(std::move(options))
{}

bool DemoGenerator::generate(const QSqlDatabase &, QString *error, DemoSummary *)
{
    if (error)
        *error = QStringLiteral("not written yet");
    return false;
}
