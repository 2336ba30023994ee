// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncprogress.h"

namespace Akari
{

QString SyncProgress::phaseName(Phase phase)
{
    switch (phase) {
    case Phase::Discovering:
        return tr("Finding Python");
    case Phase::Resolving:
        return tr("Resolving");
    case Phase::Planning:
        return tr("Planning");
    case Phase::Downloading:
        return tr("Downloading");
    case Phase::Installing:
        return tr("Installing");
    case Phase::Committing:
        return tr("Replacing the environment");
    case Phase::Verifying:
        return tr("Verifying");
    }
    return {};
}

QString SyncProgress::stageName(SyncPackageProgress::Stage stage)
{
    using Stage = SyncPackageProgress::Stage;
    switch (stage) {
    case Stage::Waiting:
        return tr("Waiting", "package stage");
    case Stage::Downloading:
        return tr("Downloading", "package stage");
    case Stage::Unpacking:
        return tr("Unpacking", "package stage");
    case Stage::Installing:
        return tr("Installing", "package stage");
    case Stage::Removing:
        return tr("Removing", "package stage");
    case Stage::Done:
        return tr("Done", "package stage");
    case Stage::Failed:
        return tr("Failed", "package stage");
    }
    return {};
}

} // namespace Akari
