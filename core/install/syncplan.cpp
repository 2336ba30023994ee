// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncplan.h"

#include <algorithm>

#include <QHash>
#include <QSet>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{

// Same public version: a different local label (2.8.0+cpu → 2.8.0+cu128) or, where both sides
// know it, a different archive is another build and must be reinstalled.
SyncAction::Kind kindFor(const ResolvedPackage &target, const InstalledDistribution &installed)
{
    const int order = installed.version.compare(target.version, Version::Scope::Public);
    if (order < 0)
        return SyncAction::Kind::Upgrade;
    if (order > 0)
        return SyncAction::Kind::Downgrade;
    if (installed.version.local() != target.version.local())
        return SyncAction::Kind::Reinstall;
    const QString wanted = target.file.sha256.toLower();
    const QString present = installed.archiveSha256.toLower();
    if (!wanted.isEmpty() && !present.isEmpty() && wanted != present)
        return SyncAction::Kind::Reinstall;
    return SyncAction::Kind::Keep;
}

} // namespace

QString SyncAction::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Install:
        return tr("install", "sync action, a table cell");
    case Kind::Upgrade:
        return tr("upgrade", "sync action, a table cell");
    case Kind::Downgrade:
        return tr("downgrade", "sync action, a table cell");
    case Kind::Reinstall:
        return tr("reinstall", "sync action, a table cell");
    case Kind::Remove:
        return tr("remove", "sync action, a table cell");
    case Kind::Keep:
        return tr("keep", "sync action, a table cell");
    }
    return {};
}

QList<SyncAction> SyncPlan::compare(const Resolution &resolution, const QList<InstalledDistribution> &installed)
{
    // The first record of a name wins; a second .dist-info of the same name is a broken
    // environment that pip would not produce either.
    QHash<QString, const InstalledDistribution *> present;
    for (const InstalledDistribution &distribution : installed) {
        const QString key = distribution.name.canonical();
        if (!present.contains(key))
            present.insert(key, &distribution);
    }

    QList<SyncAction> actions;
    QSet<QString> wanted;
    for (const ResolvedPackage &package : resolution.packages) {
        const QString key = package.name.canonical();
        wanted.insert(key);
        SyncAction action;
        action.name = package.name;
        action.targetVersion = package.version;
        if (const InstalledDistribution *distribution = present.value(key)) {
            action.kind = kindFor(package, *distribution);
            action.installedVersion = distribution->version;
            action.installed = *distribution;
        } else {
            action.kind = SyncAction::Kind::Install;
        }
        if (action.kind != SyncAction::Kind::Keep)
            action.package = package;
        actions.append(std::move(action));
    }
    // uv sync is exact: whatever the resolution lacks goes, pip and setuptools included.
    for (auto it = present.cbegin(); it != present.cend(); ++it) {
        if (wanted.contains(it.key()))
            continue;
        SyncAction action;
        action.kind = SyncAction::Kind::Remove;
        action.name = it.value()->name;
        action.installedVersion = it.value()->version;
        action.installed = *it.value();
        actions.append(std::move(action));
    }
    std::ranges::stable_sort(actions, {}, [](const SyncAction &action) { return action.name.canonical(); });
    return actions;
}

int SyncPlan::count(SyncAction::Kind kind) const
{
    return int(std::ranges::count_if(actions, [kind](const SyncAction &action) { return action.kind == kind; }));
}

bool SyncPlan::isEmpty() const
{
    return !createEnvironment && std::ranges::none_of(actions, &SyncAction::changes);
}

QString SyncPlan::summary() const
{
    // Each part is a whole phrase of its own, joined by a translated separator, so that a
    // language can order and inflect every part without Akari gluing words together.
    QStringList parts;
    const auto add = [&parts](int n, const QString &phrase) {
        if (n > 0)
            parts.append(phrase);
    };
    int n = count(SyncAction::Kind::Install);
    add(n, tr("%n to install", "sync summary part", n));
    n = count(SyncAction::Kind::Upgrade);
    add(n, tr("%n to upgrade", "sync summary part", n));
    n = count(SyncAction::Kind::Downgrade);
    add(n, tr("%n to downgrade", "sync summary part", n));
    n = count(SyncAction::Kind::Reinstall);
    add(n, tr("%n to reinstall", "sync summary part", n));
    n = count(SyncAction::Kind::Remove);
    add(n, tr("%n to remove", "sync summary part", n));
    n = count(SyncAction::Kind::Keep);
    add(n, tr("%n unchanged", "sync summary part", n));
    if (parts.isEmpty())
        return tr("No packages to install");
    return parts.join(tr(", ", "separator between the parts of a sync summary"));
}

} // namespace Akari
