// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pythonindexserver.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Akari::Test
{

/**
 * \brief The sync index (tests/tools/sync_index.py) in its own process: installable wheels.
 *
 * One index, `sync`, at indexUrl() (/sync/simple/): Debian's real pip, setuptools and wheel
 * wheels plus generated torch-like wheels (torch 2.8.0+cu128 and 2.7.1+cu128, torchvision,
 * torchaudio, numpy, two nvidia-* packages) for /usr/bin/python3's tag; files at
 * /files/sync/<file> with Range support. The script's docstring lists the options start()
 * passes on (--wrong-hash NAME, --die-after-bytes N, --rate-kbps N, --extra-wheels DIR,
 * --bulk-mb N) and the fault URLs (/fault/die-after/<N>/files/sync/<file>).
 *
 * Unlike the script (50 MiB), the torch padding defaults to 1 MiB here so that tests start
 * fast; pass `--torch-mb N` to start() for more. The wheels are tagged for /usr/bin/python3
 * (`--python` overrides).
 */
class SyncIndexServer final : public PythonIndexServer
{
public:
    SyncIndexServer();

    /// http://127.0.0.1:PORT/sync/simple/
    [[nodiscard]] QUrl indexUrl() const;
    /// manifest.json: "files" maps each file name to {project, version, size, sha256, origin}.
    [[nodiscard]] QJsonObject manifest() const;
    /// The absolute URL of \a fileName as the index links it.
    [[nodiscard]] QUrl fileUrl(const QString &fileName) const;

    /// A pyproject.toml named \a name that depends on \a dependencies (PEP 508 strings) and
    /// takes every package from \a index (`[[tool.uv.index]] name = "sync"`, default = true).
    [[nodiscard]] static QByteArray pyproject(const QUrl &index, const QStringList &dependencies,
                                              const QString &name = QStringLiteral("sync-test"));
    /// tests/tools/sync_index.py in the source tree.
    [[nodiscard]] static QString syncScript();
};

} // namespace Akari::Test
