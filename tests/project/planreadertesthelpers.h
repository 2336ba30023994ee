// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <optional>

#include <QDebug>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QStringList>

#include "core/project/tomldocument.h"
#include "core/project/torchplanreader.h"
#include "testenvironment.h"

// Plans written in a short notation, reading text and the checks every reading must pass:
// shared by tst_torchplanreader and tst_torchplanreadercorpus. Header-only.
namespace Akari::Test
{

using namespace Qt::Literals::StringLiterals;

inline QStringList words(const QString &text)
{
    return text.split(u' ', Qt::SkipEmptyParts);
}

// "cu124/cpu/cpu" is Linux, Windows, macOS; "cpu" is the same backend everywhere.
inline PlatformBackends row(const QString &text)
{
    const QStringList parts = text.split(u'/');
    if (parts.size() == 1)
        return PlatformBackends::uniform(parts.first());
    PlatformBackends result;
    for (int i = 0; i < PlatformBackends::PlatformCount; ++i)
        result.ids[i] = parts.value(i);
    return result;
}

// "torch=cu124/cpu/cpu torchaudio": a package without "=" comes from PyPI everywhere.
inline TorchPlan perPlatform(const QString &spec)
{
    TorchPlan plan;
    QStringList packages;
    for (const QString &word : words(spec))
        packages.append(word.section(u'=', 0, 0));
    plan.setPackages(packages);
    for (const QString &word : words(spec)) {
        if (word.contains(u'='))
            plan.setBackends(word.section(u'=', 0, 0), row(word.section(u'=', 1)));
    }
    return plan;
}

// Packages "torch torchvision"; variants "cpu=cpu group:cuda12=cu128/cu128/pypi".
inline TorchPlan variantPlan(const QString &packages, const QString &spec)
{
    TorchPlan plan;
    plan.setMode(TorchPlan::Mode::Variants);
    plan.setPackages(words(packages));
    QList<TorchVariant> variants;
    for (QString word : words(spec)) {
        TorchVariant variant;
        if (word.startsWith(u"group:"_s)) {
            variant.kind = TorchVariant::Kind::Group;
            word.remove(0, 6);
        }
        variant.name = word.section(u'=', 0, 0);
        variant.backends = row(word.section(u'=', 1));
        variants.append(variant);
    }
    plan.setVariants(variants);
    return plan;
}

inline QByteArray json(const TorchPlan &plan)
{
    return QJsonDocument(plan.toJson()).toJson(QJsonDocument::Compact);
}

inline std::optional<PlanReading> readText(const QByteArray &text)
{
    const auto document = TomlDocument::parse(text, u"pyproject.toml"_s);
    if (!document) {
        qWarning().noquote() << "parse failed:" << document.error().toString();
        return std::nullopt;
    }
    return TorchPlanReader::read(*document);
}

// What every reading must satisfy, whatever the file: each kept package has exactly one
// finding and is not in the plan, findings point into the file, and a plan with packages is
// one the writer accepts.
inline bool hasConsistentFindings(const PlanReading &reading, QString *why)
{
    const QStringList &kept = reading.keptPackages;
    for (const QString &package : kept) {
        if (reading.plan.packages().contains(package))
            return *why = u"%1 is both kept and planned"_s.arg(package), false;
        const auto count =
            std::ranges::count_if(reading.findings, [&package](const PlanFinding &f) { return f.package == package; });
        if (count != 1)
            return *why = u"%1 has %2 findings"_s.arg(package).arg(count), false;
    }
    for (const PlanFinding &finding : reading.findings) {
        if (!finding.package.isEmpty() && !kept.contains(finding.package))
            return *why = u"finding for %1 which is not kept"_s.arg(finding.package), false;
        if (finding.message.isEmpty() || finding.line <= 0 || finding.column <= 0)
            return *why = u"finding without message or position: %1"_s.arg(finding.message), false;
    }
    if (reading.plan.packages().isEmpty() && kept.isEmpty())
        return *why = u"no packages and nothing kept"_s, false;
    if (!reading.plan.packages().isEmpty() && !reading.plan.isValid(why))
        return false;
    return true;
}

// The text of a corpus file; empty when it cannot be read.
inline QByteArray corpusText(const QString &file)
{
    QFile in(QDir(sharedPath(u"corpus/pyprojects"_s)).filePath(file));
    if (!in.open(QIODevice::ReadOnly))
        return {};
    return in.readAll();
}

} // namespace Akari::Test
