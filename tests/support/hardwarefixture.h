// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "core/hardware/probeenvironment.h"

class QTemporaryDir;

namespace Akari::Test
{

class FakeCommandRunner;

/**
 * \brief One captured machine from tests/data/hardware/<scenario>, ready for the probes.
 *
 * load() reads scenario.json (format: tests/data/hardware/README.md), copies the scenario's
 * root/ tree into a temporary folder, adds the PCI devices of a captured lspci listing and the
 * DRM card links, and scripts a FakeCommandRunner with the captured command outputs. Copies
 * share the temporary folder, which goes away with the last copy.
 */
class HardwareFixture final
{
public:
    /// Loads \a scenarioDir; on failure returns nullopt and says why in \a error.
    [[nodiscard]] static std::optional<HardwareFixture> load(const QString &scenarioDir, QString *error);
    /// The scenario folders (those holding a scenario.json) below \a dataDir, sorted by name.
    [[nodiscard]] static QStringList scenarioDirectories(const QString &dataDir);

    /// Root, variables, runner and machine of the scenario; NVML is off so nvidia-smi answers.
    [[nodiscard]] Akari::ProbeEnvironment environment() const;
    /// The scenario's "expected" object.
    [[nodiscard]] QJsonObject expected() const { return m_expected; }
    /// The scenario folder's name.
    [[nodiscard]] QString name() const { return m_name; }
    /// The temporary root the probes read below.
    [[nodiscard]] QString rootPath() const;
    [[nodiscard]] std::shared_ptr<FakeCommandRunner> runner() const { return m_runner; }

private:
    HardwareFixture() = default;

    QString m_name;
    QJsonObject m_expected;
    std::shared_ptr<QTemporaryDir> m_root;
    std::shared_ptr<FakeCommandRunner> m_runner;
    QProcessEnvironment m_variables;
    std::optional<Akari::SystemInfo> m_machine;
};

} // namespace Akari::Test
