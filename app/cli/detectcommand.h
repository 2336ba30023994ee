// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Akari
{

struct GpuInfo;
struct HardwareReport;
struct Recommendation;

/**
 * \brief `akari-cli detect [--json] [--platform linux|windows|macos]`.
 *
 * Detects this machine's GPUs once (synchronously: the CLI has no interface to keep
 * responsive) and prints them with the Advisor's recommendation for the chosen platform.
 */
class DetectCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::DetectCommand)

public:
    /// \a arguments are the program name, "detect" and its options. Returns the exit code.
    [[nodiscard]] static int run(const QStringList &arguments);
    /// One line for the top-level help's command list.
    [[nodiscard]] static QString summary();

private:
    [[nodiscard]] static QString formatText(const HardwareReport &report, const Recommendation &recommendation);
    [[nodiscard]] static QString formatGpu(const GpuInfo &gpu);
};

} // namespace Akari
