// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include "../error.h"

namespace Akari
{

/// What the environment's own Python said about the PyTorch packages in it.
struct EnvironmentVerification
{
    struct Module
    {
        QString name; ///< "torch", "torchvision", "torchaudio"
        bool imported = false;
        QString version; ///< `__version__` when imported
        QString error;   ///< the exception's last line when the import failed
    };

    QString pythonVersion;
    QList<Module> modules;
    QString torchVersion;      ///< torch.__version__, empty without torch
    QString cudaVersion;       ///< torch.version.cuda, empty when not a CUDA build
    QString hipVersion;        ///< torch.version.hip, empty when not a ROCm build
    bool gpuAvailable = false; ///< torch.cuda.is_available() (also true for ROCm builds with a GPU)
    QStringList devices;       ///< torch.cuda.get_device_name(i) for each device

    /// True when every module that was asked for imported.
    [[nodiscard]] bool allImported() const;
};

/**
 * \brief Runs an environment's Python (isolated from the user's site and PYTHON* variables)
 *        to import the PyTorch packages and report what torch was built for and what it sees.
 */
class EnvironmentVerifier final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::EnvironmentVerifier)

public:
    static constexpr int TimeoutMs = 120000; ///< importing torch with CUDA can take a while

    /// Imports \a modules (those of torch, torchvision, torchaudio, intel-extension... that the
    /// environment has) with \a python. Blocking. An error means Python could not be run or
    /// answered nonsense; failed imports are reported in the result, not as errors.
    [[nodiscard]] static Result<EnvironmentVerification> verify(const QString &python, const QStringList &modules,
                                                                const std::function<bool()> &isCancelled = {});

    /// The import names of the PyTorch packages among \a packageNames (normalised names).
    [[nodiscard]] static QStringList modulesFor(const QStringList &packageNames);
};

} // namespace Akari

Q_DECLARE_METATYPE(Akari::EnvironmentVerification)
