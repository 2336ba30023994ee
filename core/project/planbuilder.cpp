// SPDX-License-Identifier: GPL-3.0-or-later
#include "planbuilder.h"

#include "../backend/torchbackend.h"
#include "../pep/packagename.h"
#include "torchplanreader.h"

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

QStringList PlanBuilder::packagesFor(const QStringList &requested, const PlanReading &current)
{
    if (!requested.isEmpty())
        return requested;
    if (!current.plan.packages().isEmpty())
        return current.plan.packages();
    return TorchPlan::defaultPlan().packages();
}

Result<TorchPlan> PlanBuilder::perPlatform(const QStringList &specs, const QStringList &packages)
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
        const QString platformName = spec.left(equals).trimmed().toLower();
        const std::optional<TargetPlatform> platform = TargetPlatform::fromName(platformName);
        if (!platform) {
            return fail(
                Error{Error::Code::InvalidArgument,
                      tr("Unknown platform “%1” in “%2”: use linux, windows or macos.").arg(platformName, spec)});
        }
        const Result<QString> id = checkedBackend(spec.mid(equals + 1));
        if (!id)
            return fail(id.error());
        row.set(platform->os, *id);
    }
    TorchPlan plan;
    plan.setPackages(packages);
    for (const QString &package : plan.packages())
        plan.setBackends(package, row);
    return plan;
}

Result<TorchPlan> PlanBuilder::variants(const QStringList &backendIds, const QStringList &packages,
                                        const PlanReading &current)
{
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
        // Keep the project's own name for a variant it already has ("cuda" for cu124).
        if (current.plan.mode() == TorchPlan::Mode::Variants) {
            for (const TorchVariant &existing : current.plan.variants()) {
                if (existing.backends == variant.backends) {
                    variant.name = existing.name;
                    variant.kind = existing.kind;
                    break;
                }
            }
        }
        variants.append(variant);
    }
    TorchPlan plan;
    plan.setMode(TorchPlan::Mode::Variants);
    plan.setPackages(packages);
    plan.setVariants(variants);
    QString why;
    if (!plan.isValid(&why))
        return fail(Error{Error::Code::InvalidArgument, why});
    return plan;
}

} // namespace Akari
