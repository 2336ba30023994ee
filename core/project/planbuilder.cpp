// SPDX-License-Identifier: GPL-3.0-or-later
#include "planbuilder.h"

#include "../backend/torchbackend.h"
#include "../backend/torchpackages.h"
#include "../pep/packagename.h"
#include "torchplanreader.h"
#include "tritoncompanion.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

PlatformBackends PlanBuilder::whereAvailable(const QString &backendId)
{
    PlatformBackends row;
    const std::optional<TorchBackend> backend = TorchBackend::fromId(backendId);
    if (!backend)
        return row;
    row.set(TargetPlatform::Os::Linux, backendId);
    if (backend->kind() != TorchBackend::Kind::Rocm)
        row.set(TargetPlatform::Os::Windows, backendId);
    if (backend->kind() == TorchBackend::Kind::Cpu)
        row.set(TargetPlatform::Os::MacOs, backendId);
    return row;
}

Result<QString> PlanBuilder::checkedBackend(const QString &id)
{
    const QString lower = id.trimmed().toLower();
    if (lower == TorchPlan::PyPi || TorchBackend::fromId(lower))
        return lower;
    return fail(Error{Error::Code::InvalidArgument,
                      tr("“%1” is not a PyTorch backend. Use pypi, cpu, a CUDA build such as cu128, a ROCm build "
                         "such as rocm6.4, or xpu.")
                          .arg(id)});
}

Result<QStringList> PlanBuilder::packagesFor(const QStringList &requested, const PlanReading &current)
{
    if (requested.isEmpty())
        return current.plan.packages().isEmpty() ? TorchPlan::defaultPlan().packages() : current.plan.packages();
    QStringList packages;
    for (const QString &name : requested) {
        const QString canonical = PackageName::canonicalize(name.trimmed());
        if (!TorchPackages::pytorchIndex().contains(canonical) || TritonCompanion::kindOf(canonical)) {
            QStringList supported = TorchPackages::pytorchIndex();
            supported.removeIf([](const QString &p) { return TritonCompanion::kindOf(p).has_value(); });
            return fail(Error{Error::Code::InvalidArgument,
                              tr("“%1” is not a package PyTorch's indexes publish. A plan can cover: %2.")
                                  .arg(name, supported.join(tr(", ", "between the names of a list")))});
        }
        if (!packages.contains(canonical))
            packages.append(canonical);
    }
    return packages;
}

Result<TorchPlan> PlanBuilder::perPlatform(const QStringList &specs, const QStringList &packages,
                                           const PlanReading &current)
{
    PlatformBackends row;
    for (const QString &spec : specs) {
        const qsizetype equals = spec.indexOf(u'=');
        if (equals < 0) {
            const Result<QString> id = checkedBackend(spec);
            if (!id)
                return fail(id.error());
            row = *id == TorchPlan::PyPi ? PlatformBackends() : whereAvailable(*id);
            continue;
        }
        const QString platformName = spec.left(equals).trimmed();
        const std::optional<TargetPlatform> platform = TargetPlatform::fromName(platformName);
        if (!platform) {
            return fail(
                Error{Error::Code::InvalidArgument,
                      tr("Unknown platform “%1” in “%2”: use linux, windows or macos.").arg(platformName, spec)});
        }
        const Result<QString> id = checkedBackend(spec.mid(equals + 1));
        if (!id)
            return fail(id.error());
        if (*id != TorchPlan::PyPi && whereAvailable(*id).at(platform->os) != *id) {
            return fail(Error{Error::Code::InvalidArgument,
                              tr("PyTorch publishes no %1 builds for %2.")
                                  .arg(TorchBackend::fromId(*id)->displayName(), platform->displayName())});
        }
        row.set(platform->os, *id);
    }
    TorchPlan plan;
    plan.setPackages(packages);
    for (const QString &package : plan.packages())
        plan.setBackends(package, row);
    // The project's other packages keep their row, or follow the new one out of variants.
    const bool keepRows = current.plan.mode() == TorchPlan::Mode::PerPlatform;
    for (const QString &package : current.plan.packages()) {
        if (!plan.packages().contains(package))
            plan.setBackends(package, keepRows ? current.plan.backends(package) : row);
    }
    return plan;
}

Result<TorchPlan> PlanBuilder::variants(const QStringList &backendIds, const QStringList &packages,
                                        const PlanReading &current)
{
    const QList<TorchVariant> existing =
        current.plan.mode() == TorchPlan::Mode::Variants ? current.plan.variants() : QList<TorchVariant>();
    // The one backend a variant uses besides PyPI, if it uses exactly one.
    const auto onlyBackend = [](const TorchVariant &variant) {
        QStringList ids;
        for (const QString &id : variant.backends.ids) {
            if (id != TorchPlan::PyPi && !ids.contains(id))
                ids.append(id);
        }
        return ids.size() == 1 ? ids.first() : QString();
    };
    QList<TorchVariant> variants;
    for (const QString &spec : backendIds) {
        const Result<QString> id = checkedBackend(spec);
        if (!id)
            return fail(id.error());
        if (*id == TorchPlan::PyPi) {
            return fail(Error{Error::Code::InvalidArgument,
                              tr("A variant needs a PyTorch index; “pypi” is what the project gets without one.")});
        }
        TorchVariant variant{*id, TorchVariant::Kind::Extra, PlatformBackends::uniform(*id)};
        // Keep a variant the project already has for this backend: the one named after it,
        // else one with a name of its own ("cuda" for cu124), with its kind and platform limits.
        for (const TorchVariant &old : existing) {
            const bool sameName = PackageName::canonicalize(old.name) == PackageName::canonicalize(*id);
            const bool ownName = !TorchBackend::fromId(old.name);
            if (onlyBackend(old) == *id && (sameName || ownName)) {
                variant = old;
                if (sameName)
                    break;
            }
        }
        variants.append(variant);
    }
    TorchPlan plan;
    plan.setMode(TorchPlan::Mode::Variants);
    plan.setPackages(packages + current.plan.packages());
    plan.setVariants(variants);
    QString why;
    if (!plan.isValid(&why))
        return fail(Error{Error::Code::InvalidArgument, why});
    return plan;
}

} // namespace Akari
