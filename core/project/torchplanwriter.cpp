// SPDX-License-Identifier: GPL-3.0-or-later
#include "torchplanwriter.h"

#include <QRegularExpression>
#include <QSet>

#include "../backend/torchbackend.h"
#include "../logging/logcategories.h"
#include "../pep/marker.h"
#include "../pep/packagename.h"
#include "../pep/requirement.h"
#include "planedits.h"
#include "plantomltext.h"
#include "tomldocument.h"
#include "tomleditor.h"
#include "torchplanreader.h"
#include "tritoncompanion.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{
// Rows that say something: PyPI everywhere is the same as not routing the package at all.
QMap<QString, PlatformBackends> routedRows(const TorchPlan &plan)
{
    QMap<QString, PlatformBackends> rows;
    for (const QString &package : plan.packages()) {
        const PlatformBackends row = plan.backends(package);
        if (!row.isAllPyPi())
            rows.insert(package, row);
    }
    return rows;
}

QList<TorchVariant> sortedVariants(QList<TorchVariant> variants)
{
    std::sort(variants.begin(), variants.end(), [](const TorchVariant &a, const TorchVariant &b) {
        return PackageName::canonicalize(a.name) < PackageName::canonicalize(b.name);
    });
    return variants;
}

QStringList sortedPackages(QStringList packages)
{
    packages.sort();
    return packages;
}
} // namespace

bool TorchPlanWriter::samePlan(const TorchPlan &a, const TorchPlan &b)
{
    if (a.mode() != b.mode())
        return false;
    if (a.mode() == TorchPlan::Mode::PerPlatform)
        return routedRows(a) == routedRows(b);
    return sortedPackages(a.packages()) == sortedPackages(b.packages()) &&
           sortedVariants(a.variants()) == sortedVariants(b.variants());
}

Result<QByteArray> TorchPlanWriter::apply(const TomlDocument &document, const TorchPlan &plan)
{
    QString why;
    if (!plan.isValid(&why))
        return fail(Error{Error::Code::InvalidArgument, why});
    const PlanReading before = TorchPlanReader::read(document);
    for (const QString &package : plan.packages()) {
        if (before.keptPackages.contains(package)) {
            return fail(Error{Error::Code::InvalidArgument,
                              tr("Akari leaves the sources of “%1” as they are written, so the plan cannot "
                                 "include it. Remove it from the plan, or simplify its [tool.uv.sources] entry "
                                 "by hand first.")
                                  .arg(package),
                              document.filePath()});
        }
    }
    if (samePlan(before.plan, plan))
        return document.text();
    if (plan.mode() == TorchPlan::Mode::Variants && !document.nodeAt({u"project"_s})) {
        return fail(Error{Error::Code::InvalidArgument,
                          tr("Variants are extras of the project, but this file has no [project] table (a workspace "
                             "root, perhaps). Configure the member projects, or use one backend per platform."),
                          document.filePath()});
    }

    PlanEdits edits(document, before, plan);
    Result<QByteArray> text = edits.make();
    if (!text)
        return text;

    // The result must parse and mean exactly the plan; otherwise nothing is written.
    const Result<TomlDocument> after = TomlDocument::parse(*text, document.filePath());
    if (!after) {
        qCDebug(lcProject) << "plan edit produced malformed TOML:" << after.error().toString();
        qCDebug(lcProject).noquote() << QString::fromUtf8(*text);
        return fail(Error{Error::Code::Internal,
                          tr("Akari could not write this plan into the file without breaking it (%1). "
                             "The file was not changed.")
                              .arg(after.error().message()),
                          document.filePath()});
    }
    const PlanReading reread = TorchPlanReader::read(*after);
    // What the plan cannot express stays exactly as it was kept.
    if (!samePlan(reread.plan, plan) || reread.keptPackages != before.keptPackages) {
        qCDebug(lcProject) << "plan edit verification failed; wanted" << plan.toJson() << "got" << reread.plan.toJson();
        return fail(Error{Error::Code::Internal,
                          tr("Akari could not express this plan in the file's layout; the file was not "
                             "changed."),
                          document.filePath()});
    }
    return text;
}

} // namespace Akari
