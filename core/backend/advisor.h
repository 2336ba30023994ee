// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

#include "../hardware/hardwarereport.h"
#include "recommendation.h"
#include "targetplatform.h"

namespace Akari
{

class AdviceContext;

/**
 * \brief Turns a HardwareReport into a Recommendation for one target platform.
 *
 * uvBackends() reproduces uv's `TorchStrategy::index_urls` exactly (UV-TORCH-FACTS.md §2.2,
 * tables §2.3 and §3). recommend() starts from that list and adds what uv does not look
 * at: compute capability against the wheels, the driver needed for CUDA 13, hybrid
 * laptops, WSL, Apple MPS, AMD on Windows, hidden GPUs. Pure; safe on any thread.
 */
class Advisor final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::Advisor)

public:
    /// The backend ids uv's `auto` would try for \a accelerator on \a platform, in order.
    [[nodiscard]] static QStringList uvBackends(const UvAccelerator &accelerator, const TargetPlatform &platform);

    [[nodiscard]] static Recommendation recommend(const HardwareReport &report, const TargetPlatform &platform);

private:
    static void addUvChoice(AdviceContext &context);
    static void addUvError(AdviceContext &context);
    static void addAmd(AdviceContext &context);
    static void addApple(AdviceContext &context);
    static void addTargetPlatform(AdviceContext &context);
};

} // namespace Akari
