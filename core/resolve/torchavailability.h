// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

#include "../backend/targetplatform.h"
#include "../error.h"

namespace Akari
{

class Job;
class JobContext;
class SimpleIndexClient;

/**
 * \brief Which torch / torchvision / torchaudio versions have wheels, per backend × Python
 *        version × platform: "no wheels for Python 3.14", "cu118 stops at torch 2.7".
 *
 * Reads each backend's index (PyPI for `pypi`, download.pytorch.org/whl/<id> otherwise, or
 * the index URLs the caller passes, so tests can point it at a loopback server) through
 * SimpleIndexClient (cached), and checks every listed wheel against the tags of
 * TargetEnvironment::forPlatform(platform, python).
 */
class TorchAvailability final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::TorchAvailability)

public:
    struct Query
    {
        QStringList backends;       ///< backend ids ("pypi", "cpu", "cu128", ...)
        QStringList pythonVersions; ///< "3.10" ... "3.14"
        QList<TargetPlatform::Os> platforms;
        QStringList packages{QStringLiteral("torch"), QStringLiteral("torchvision"), QStringLiteral("torchaudio")};
        /// backend id → index root URL, overriding the real ones (tests, mirrors).
        QList<std::pair<QString, QString>> indexOverrides;
    };

    /// One cell: a package for one backend, Python and platform.
    struct Cell
    {
        QString package;
        QString backend;
        QString python;
        TargetPlatform::Os platform = TargetPlatform::Os::Linux;
        QStringList versions; ///< public versions with a compatible wheel, newest first (local part dropped)
    };

    struct Report
    {
        QList<Cell> cells;
        QStringList warnings; ///< translated: indexes that could not be read, etc.
        /// The cell for these keys, or nullptr.
        [[nodiscard]] const Cell *cell(const QString &package, const QString &backend, const QString &python,
                                       TargetPlatform::Os platform) const;
    };

    /**
     * \brief The Python versions ("3.9" ... "3.14") PyTorch publishes wheels for
     *        (TorchPythonSupport), oldest first, limited to those \a requiresPython admits.
     *
     * A minor counts when any of its patch releases is admitted (">=3.10.2" keeps 3.10); an
     * empty or invalid \a requiresPython admits all. check() uses them when the query names none.
     */
    [[nodiscard]] static QStringList supportedPythons(const QString &requiresPython = {});

    /// Empty backends: none checked; empty pythonVersions: supportedPythons(); empty platforms: all three.
    [[nodiscard]] static Result<Report> check(const Query &query, const std::shared_ptr<SimpleIndexClient> &client,
                                              JobContext *context = nullptr);
    [[nodiscard]] static Job *checkJob(Query query, std::shared_ptr<SimpleIndexClient> client,
                                       QObject *parent = nullptr);
};

} // namespace Akari

Q_DECLARE_METATYPE(Akari::TorchAvailability::Report)
