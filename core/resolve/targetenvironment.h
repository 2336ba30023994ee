// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include "../backend/targetplatform.h"
#include "../error.h"
#include "../pep/markerenvironment.h"
#include "../pep/supportedtags.h"
#include "../pep/version.h"

namespace Akari
{

/**
 * \brief The one environment a resolution is for: its marker values and the wheel tags it accepts.
 *
 * Either a target named on the command line (`--python 3.12 --platform linux [--arch
 * aarch64]`: CPython with the platform's usual architecture and the platform tags uv assumes
 * for it), or this machine's interpreter, asked once (a short Python script prints its
 * marker environment and tag-relevant facts as JSON).
 */
struct TargetEnvironment
{
    Q_DECLARE_TR_FUNCTIONS(Akari::TargetEnvironment)

public:
    TargetPlatform::Os os = TargetPlatform::Os::Linux;
    QString arch;   ///< e.g. "x86_64", "aarch64", "AMD64", "arm64"
    Version python; ///< full version, e.g. 3.12.0
    MarkerEnvironment markers;
    SupportedTags tags;

    /// "CPython 3.12 on Linux (x86_64)", translated.
    [[nodiscard]] QString description() const;
    /// "3.12"
    [[nodiscard]] QString pythonMinor() const;

    /// A named target. \a arch empty: the platform's usual one (x86_64, AMD64, arm64).
    /// Fails (InvalidArgument, translated) for an architecture the platform does not know.
    [[nodiscard]] static Result<TargetEnvironment> forPlatform(TargetPlatform::Os os, const Version &python,
                                                               const QString &arch = {});

    /// Asks the interpreter \a pythonPath (a blocking process call; run it in a Job).
    [[nodiscard]] static Result<TargetEnvironment> forInterpreter(const QString &pythonPath);

    /// The target an interpreter described: \a facts holds the keys forInterpreter's script
    /// prints (the marker variables, glibc, mac_version, gil_disabled, debug, is_64bit), so
    /// another script that prints them too (PythonInterpreter::query) gets the same target.
    [[nodiscard]] static Result<TargetEnvironment> fromFacts(const QString &pythonPath, const QJsonObject &facts);

    /// Python code that builds a dict `facts` with the keys fromFacts() reads (it prints
    /// nothing; callers add their own keys and print it as JSON).
    [[nodiscard]] static QByteArray markerFactsScript();

    /// The project's `.venv/bin/python` when present, else `python3` on PATH; empty when none.
    [[nodiscard]] static QString defaultInterpreter(const QString &projectDirectory);
};

} // namespace Akari

Q_DECLARE_METATYPE(Akari::TargetEnvironment)
