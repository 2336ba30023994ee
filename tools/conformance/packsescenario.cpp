// SPDX-License-Identifier: GPL-3.0-or-later
#include "packsescenario.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include "core/pep/packagename.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari::Conformance
{

namespace
{
QStringList strings(const QJsonValue &value)
{
    QStringList result;
    for (const QJsonValue &item : value.toArray())
        result.append(item.toString());
    return result;
}
} // namespace

const QList<PackseScenario::PackageVersion> *PackseScenario::versionsOf(const QString &canonicalName) const
{
    for (const auto &[packageName, versions] : packages) {
        if (PackageName::canonicalize(packageName) == canonicalName)
            return &versions;
    }
    return nullptr;
}

Result<PackseScenario> PackseScenario::fromJson(const QJsonObject &object)
{
    PackseScenario scenario;
    scenario.name = object.value("name"_L1).toString();
    scenario.file = object.value("_file"_L1).toString();
    if (scenario.name.isEmpty() || !object.value("expected"_L1).isObject())
        return fail(Error(Error::Code::Parse, u"scenario without name or expected"_s, scenario.file));

    const QJsonObject root = object.value("root"_L1).toObject();
    scenario.rootRequires = strings(root.value("requires"_L1));
    if (root.contains("requires_python"_L1))
        scenario.rootRequiresPython = root.value("requires_python"_L1).toString();

    const QJsonObject packages = object.value("packages"_L1).toObject();
    for (auto package = packages.begin(); package != packages.end(); ++package) {
        QList<PackageVersion> versions;
        const QJsonObject listed = package.value().toObject().value("versions"_L1).toObject();
        for (auto entry = listed.begin(); entry != listed.end(); ++entry) {
            const QJsonObject fields = entry.value().toObject();
            PackageVersion version;
            version.version = entry.key();
            version.requirements = strings(fields.value("requires"_L1));
            const QJsonObject extras = fields.value("extras"_L1).toObject();
            for (auto extra = extras.begin(); extra != extras.end(); ++extra)
                version.extras.append({extra.key(), strings(extra.value())});
            version.requiresPython = fields.value("requires_python"_L1).toString(version.requiresPython);
            version.sdist = fields.value("sdist"_L1).toBool(true);
            version.wheel = fields.value("wheel"_L1).toBool(true);
            version.yanked = fields.value("yanked"_L1).toBool(false);
            version.wheelTags = strings(fields.value("wheel_tags"_L1));
            versions.append(version);
        }
        scenario.packages.append({package.key(), versions});
    }

    const QJsonObject environment = object.value("environment"_L1).toObject();
    scenario.environmentPython = environment.value("python"_L1).toString(scenario.environmentPython);
    const QJsonObject options = object.value("resolver_options"_L1).toObject();
    if (options.contains("python"_L1))
        scenario.resolverPython = options.value("python"_L1).toString();
    if (options.contains("prereleases"_L1))
        scenario.prereleases = options.value("prereleases"_L1).toBool();
    scenario.noBuild = strings(options.value("no_build"_L1));
    scenario.noBinary = strings(options.value("no_binary"_L1));
    scenario.universal = options.value("universal"_L1).toBool(false);
    scenario.pythonPlatform = options.value("python_platform"_L1).toString();

    const QJsonObject expected = object.value("expected"_L1).toObject();
    scenario.expectedSatisfiable = expected.value("satisfiable"_L1).toBool();
    scenario.expectedExplanation = expected.value("explanation"_L1).toString();
    if (expected.contains("packages"_L1)) {
        QList<std::pair<QString, QString>> pins;
        const QJsonObject listed = expected.value("packages"_L1).toObject();
        for (auto pin = listed.begin(); pin != listed.end(); ++pin)
            pins.append({pin.key(), pin.value().toString()});
        scenario.expectedPackages = pins;
    }
    return scenario;
}

Result<QList<PackseScenario>> PackseScenario::readAll(const QString &directory)
{
    const QString path = QDir(directory).filePath(u"all-scenarios.json"_s);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error(Error::Code::Io, file.errorString(), path));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isArray())
        return fail(Error(Error::Code::Parse, error.errorString(), path));
    QList<PackseScenario> scenarios;
    for (const QJsonValue &value : document.array()) {
        Result<PackseScenario> scenario = fromJson(value.toObject());
        if (!scenario)
            return fail(scenario.error());
        scenarios.append(std::move(*scenario));
    }
    return scenarios;
}

} // namespace Akari::Conformance
