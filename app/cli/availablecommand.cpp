// SPDX-License-Identifier: GPL-3.0-or-later
#include "availablecommand.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "cliapplication.h"
#include "clioutput.h"
#include "cliproject.h"
#include "core/backend/torchbackend.h"
#include "core/index/indexsession.h"
#include "core/pep/version.h"
#include "core/resolve/torchavailability.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{

const QStringList DefaultPackages{u"torch"_s, u"torchvision"_s, u"torchaudio"_s};

QString newestCuda()
{
    // The catalogue lists CUDA newest first.
    for (const TorchBackend &backend : TorchBackend::all()) {
        if (backend.kind() == TorchBackend::Kind::Cuda)
            return backend.id();
    }
    return u"cpu"_s;
}

QStringList planBackends(const TorchPlan &plan)
{
    bool pypi = false;
    if (plan.mode() == TorchPlan::Mode::PerPlatform) {
        for (const QString &package : plan.packages()) {
            const PlatformBackends backends = plan.backends(package);
            pypi = pypi || std::ranges::find(backends.ids, TorchPlan::PyPi) != backends.ids.end();
        }
    } else {
        for (const TorchVariant &variant : plan.variants())
            pypi = pypi || std::ranges::find(variant.backends.ids, TorchPlan::PyPi) != variant.backends.ids.end();
    }
    QStringList backends = plan.backendIds();
    if (pypi || backends.isEmpty())
        backends.prepend(TorchPlan::PyPi);
    return backends;
}

/// The newest version among \a versions lists (each newest first).
std::optional<Version> newest(const QList<const TorchAvailability::Cell *> &cells)
{
    std::optional<Version> best;
    for (const TorchAvailability::Cell *cell : cells) {
        if (!cell || cell->versions.isEmpty())
            continue;
        const Result<Version> version = Version::parse(cell->versions.first());
        if (version && (!best || *version > *best))
            best = *version;
    }
    return best;
}

} // namespace

QString AvailableCommand::summary()
{
    return tr("available Show which PyTorch versions each backend has wheels for, per platform and Python.");
}

int AvailableCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Reads the PyTorch indexes and shows, per backend, platform and Python version, the newest torch, "
           "torchvision and torchaudio with wheels: where a backend stops, and which Pythons have none yet."));
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, tr("Show this help and exit."));
    const QCommandLineOption backendOption(
        u"backend"_s, tr("A backend to check (pypi, cpu, cu128, rocm6.4, xpu); repeatable. Default: the project's."),
        u"ID"_s);
    const QCommandLineOption pythonOption(
        u"python"_s, tr("A Python version (3.12); repeatable. Default: those PyTorch has wheels for."), u"X.Y"_s);
    const QCommandLineOption platformOption(
        u"platform"_s, tr("linux, windows or macos; repeatable. Default: all three."), u"PLATFORM"_s);
    const QCommandLineOption packageOption(
        u"package"_s, tr("A package to look up; repeatable. Default: torch, torchvision and torchaudio."), u"NAME"_s);
    const QCommandLineOption indexOption(
        u"index"_s, tr("Read backend ID from this index URL or folder instead (a mirror); repeatable."), u"ID=URL"_s);
    const QCommandLineOption jsonOption(u"json"_s, tr("Print JSON instead of text."));
    parser.addOptions(
        {helpOption, backendOption, pythonOption, platformOption, packageOption, indexOption, jsonOption});
    int exitCode = CliApplication::ExitOk;
    const std::optional<QString> projectPath =
        CliProject::parseArguments(parser, helpOption, u"available"_s, arguments, &exitCode);
    if (!projectPath)
        return exitCode;

    TorchAvailability::Query query;
    query.backends = parser.values(backendOption);
    query.pythonVersions = parser.values(pythonOption);
    query.packages = parser.isSet(packageOption) ? parser.values(packageOption) : DefaultPackages;
    for (const QString &name : parser.values(platformOption)) {
        const std::optional<TargetPlatform> platform = TargetPlatform::fromName(name.toLower());
        if (!platform) {
            CliOutput::printError(tr("“%1” is not a platform; use linux, windows or macos.").arg(name));
            return CliApplication::ExitBadUsage;
        }
        if (!query.platforms.contains(platform->os))
            query.platforms.append(platform->os);
    }
    if (query.platforms.isEmpty())
        query.platforms = {TargetPlatform::Os::Linux, TargetPlatform::Os::Windows, TargetPlatform::Os::MacOs};
    for (const QString &spec : parser.values(indexOption)) {
        const qsizetype equals = spec.indexOf(u'=');
        if (equals <= 0 || equals == spec.size() - 1) {
            CliOutput::printError(tr("“%1” is not ID=URL (e.g. cu128=https://mirror.example/whl/cu128).").arg(spec));
            return CliApplication::ExitBadUsage;
        }
        QString location = spec.mid(equals + 1);
        if (!location.contains(u"://"_s) && QFileInfo(location).isDir())
            location = QFileInfo(location).absoluteFilePath();
        query.indexOverrides.append({spec.left(equals), location});
    }

    // The project matters only for the defaults; without one named, "." is read if it has one.
    const bool projectNamed = parser.positionalArguments().size() > 1;
    const bool needProject = query.backends.isEmpty() || query.pythonVersions.isEmpty();
    QString requiresPython;
    if (needProject && (projectNamed || QFileInfo::exists(QDir(*projectPath).filePath(u"pyproject.toml"_s)))) {
        const std::optional<LoadedProject> project = CliProject::load(*projectPath, &exitCode);
        if (!project)
            return exitCode;
        requiresPython = project->reading.requiresPython;
        if (query.backends.isEmpty())
            query.backends = planBackends(project->reading.plan);
        if (!parser.isSet(packageOption) && !project->reading.withoutPyTorch)
            query.packages = project->reading.plan.packages();
    } else if (query.backends.isEmpty()) {
        query.backends = {TorchPlan::PyPi, u"cpu"_s, newestCuda()};
    }
    if (query.pythonVersions.isEmpty())
        query.pythonVersions = TorchAvailability::supportedPythons(requiresPython);
    query.backends.removeDuplicates();
    query.pythonVersions.removeDuplicates();
    query.packages.removeDuplicates();

    const Result<TorchAvailability::Report> report = TorchAvailability::check(query, IndexSession::shared());
    if (!report) {
        CliOutput::printError(report.error().toString());
        return report.error().code() == Error::Code::InvalidArgument ? CliApplication::ExitBadUsage
                                                                     : CliApplication::ExitFailed;
    }

    if (parser.isSet(jsonOption)) {
        QJsonObject packages;
        for (const QString &package : query.packages) {
            QJsonObject backends;
            for (const QString &backend : query.backends) {
                QJsonObject platforms;
                for (const TargetPlatform::Os os : query.platforms) {
                    QJsonObject pythons;
                    for (const QString &python : query.pythonVersions) {
                        if (const TorchAvailability::Cell *cell = report->cell(package, backend, python, os))
                            pythons.insert(python, QJsonArray::fromStringList(cell->versions));
                    }
                    if (!pythons.isEmpty())
                        platforms.insert(TargetPlatform{os}.name(), pythons);
                }
                if (!platforms.isEmpty())
                    backends.insert(backend, platforms);
            }
            packages.insert(package, backends);
        }
        const QJsonObject json{{u"packages"_s, packages},
                               {u"warnings"_s, QJsonArray::fromStringList(report->warnings)}};
        CliOutput::printOut(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)));
        return CliApplication::ExitOk;
    }

    const QString none = tr("—", "no wheels in this cell");
    const QString unknown = tr("?", "the index could not be read");
    QString text;
    for (const TargetPlatform::Os os : query.platforms) {
        text += tr("%1 (newest version with wheels):", "platform").arg(TargetPlatform{os}.displayName()) + u'\n';
        QList<QStringList> rows{QStringList{tr("Package"), tr("Backend")} + query.pythonVersions};
        for (const QString &package : query.packages) {
            for (const QString &backend : query.backends) {
                QStringList row{package, backend};
                for (const QString &python : query.pythonVersions) {
                    const TorchAvailability::Cell *cell = report->cell(package, backend, python, os);
                    row.append(!cell ? unknown : cell->versions.isEmpty() ? none : cell->versions.first());
                }
                rows.append(row);
            }
        }
        text += CliOutput::table(rows) + u'\n';
    }

    // The facts the table hides in its cells, in one line each.
    QStringList notes;
    for (const QString &package : query.packages) {
        QList<const TorchAvailability::Cell *> all;
        QHash<QString, QList<const TorchAvailability::Cell *>> byBackend;
        QHash<QString, QList<const TorchAvailability::Cell *>> byPython;
        for (const QString &backend : query.backends) {
            for (const TargetPlatform::Os os : query.platforms) {
                for (const QString &python : query.pythonVersions) {
                    const TorchAvailability::Cell *cell = report->cell(package, backend, python, os);
                    if (!cell)
                        continue;
                    all.append(cell);
                    byBackend[backend].append(cell);
                    byPython[python].append(cell);
                }
            }
        }
        const std::optional<Version> overall = newest(all);
        if (!overall)
            continue;
        for (const QString &backend : query.backends) {
            const std::optional<Version> stop = newest(byBackend.value(backend));
            if (stop && *stop < *overall)
                notes.append(tr("%1 stops at %2 %3.").arg(backend, package, stop->toString()));
            else if (!stop && byBackend.contains(backend))
                notes.append(tr("%1 has no %2 wheels.").arg(backend, package));
        }
        for (const QString &python : query.pythonVersions) {
            if (byPython.contains(python) && !newest(byPython.value(python)))
                notes.append(tr("No %1 wheels for Python %2 from these backends.").arg(package, python));
        }
    }
    if (!notes.isEmpty())
        text += notes.join(u'\n') + u'\n';
    CliOutput::printOut(text);
    for (const QString &warning : report->warnings)
        CliOutput::printError(warning);
    return CliApplication::ExitOk;
}

} // namespace Akari
