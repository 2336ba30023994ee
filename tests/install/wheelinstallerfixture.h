// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include "core/error.h"
#include "core/install/environmentlayout.h"
#include "core/install/unpackedwheel.h"
#include "core/install/wheelinstaller.h"
#include "processrunner.h"

namespace Akari::Test
{

/**
 * \brief What the WheelInstaller tests (tst_wheelinstaller, tst_wheelinstallerfailures) share:
 *        a Python with pip, empty virtual environments, generated and real wheels unpacked as
 *        the wheel cache would (by Python's zipfile, so that they do not depend on WheelCache),
 *        and trees of files to compare.
 *
 * A test class derives from it beside QObject and calls setUp() from its initTestCase().
 * Wheels by row name: "pip", "setuptools", "wheel" (/usr/share/python-wheels, when there),
 * "generated" (everything a wheel can carry) and "fake-setuptools" (setuptools 99.0).
 */
class WheelInstallerFixture
{
protected:
    /// Every entry below a root: folders as "<dir>", links as "<link>target", files by content.
    using Tree = QMap<QString, QByteArray>;

    struct Venv
    {
        EnvironmentLayout layout;
        Tree empty; ///< the tree right after creation
    };

    WheelInstallerFixture();

    /// Prepares the processes' environment and the wheels; sets \a skip to why this machine
    /// cannot run the tests (no Python with pip). Failures are QVERIFY's.
    void setUp(QString *skip);

    /// The error's text for a failed check; empty when \a result succeeded (QVERIFY2 evaluates it always).
    template<typename T>
    [[nodiscard]] static QByteArray why(const Result<T> &result)
    {
        return result ? QByteArray() : result.error().toString().toUtf8();
    }

    [[nodiscard]] static Tree treeOf(const QString &root);

    ProcessResult run(const QString &program, const QStringList &arguments, int timeoutMs = 120000) const;
    /// A new, empty folder in the temporary folder.
    QString scratch(const QString &prefix);
    /// A virtual environment without pip at \a root, made by the Python, and its layout.
    Venv makeVenv(const QString &root);
    /// The unpacked tree of \a wheel in a fresh folder, described as WheelCache would.
    std::optional<UnpackedWheel> unpack(const QString &wheel);
    /// Writes a wheel from a JSON description: {name, version, rootIsPurelib, files, executable, entryPoints}.
    QString makeWheel(const QJsonObject &spec);
    /// Unpacks the wheel of \a wheelRow and installs it into \a layout.
    Result<WheelInstaller::Installed> install(const QString &wheelRow, const EnvironmentLayout &layout,
                                              WheelInstaller::Options options = {});

    QTemporaryDir m_temp;
    QString m_python;
    QString m_minor;
    QProcessEnvironment m_env;
    QMap<QString, QString> m_wheels; ///< row name -> wheel file
    int m_counter = 0;
};

} // namespace Akari::Test
