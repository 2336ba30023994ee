// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include "targetplatform.h"

namespace Akari
{

/// One piece of advice with its reason in plain, translated words.
struct Advice
{
    enum class Severity : quint8
    {
        Info,    ///< worth knowing
        Warning, ///< the user should act, or uv's choice would disappoint
    };

    QString id; ///< stable machine name for JSON and tests, e.g. "compute-capability-unsupported"
    Severity severity = Severity::Info;
    QString text; ///< translated

    friend bool operator==(const Advice &, const Advice &) = default;
};

/// What the Advisor suggests for one target platform.
struct Recommendation
{
    TargetPlatform platform;
    /// Akari's pick: a backend id ("cu129", "cpu", …) or "pypi" (the default index's builds).
    QString primary;
    /// Exactly the backends uv's `auto` would try, in uv's order (ending in "cpu" where uv's does);
    /// empty when uv would stop with a detection error.
    QStringList backends;
    /// Why primary was chosen, first; then everything else worth saying.
    QList<Advice> advice;
};

} // namespace Akari

Q_DECLARE_METATYPE(Akari::Recommendation)
