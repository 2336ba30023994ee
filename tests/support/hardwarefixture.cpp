// SPDX-License-Identifier: GPL-3.0-or-later
#include "hardwarefixture.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>

#include "fakecommandrunner.h"
#include "lspcilisting.h"
#include "sysfstree.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari::Test
{

namespace
{

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

/// fail() for functions that return an optional.
std::nullopt_t failNull(QString *error, const QString &message)
{
    fail(error, message);
    return std::nullopt;
}

std::optional<QByteArray> readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error, u"Cannot read %1: %2"_s.arg(path, file.errorString()));
        return std::nullopt;
    }
    return file.readAll();
}

/// A typo in a scenario must not silently drop a check, so unknown keys are errors.
bool onlyKnownKeys(const QJsonObject &object, const QSet<QString> &known, const QString &where, QString *error)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            return fail(error, u"%1: unknown key \"%2\""_s.arg(where, it.key()));
    }
    return true;
}

bool copyTree(const QString &from, const QString &to, QString *error)
{
    QDirIterator it(from, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        const QString target = to + u'/' + QDir(from).relativeFilePath(info.filePath());
        if (info.isSymLink())
            return fail(error, u"%1 is a link; scenario trees hold plain files only"_s.arg(info.filePath()));
        if (info.isDir()) {
            if (!QDir().mkpath(target))
                return fail(error, u"Cannot create %1"_s.arg(target));
            continue;
        }
        if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::copy(info.filePath(), target))
            return fail(error, u"Cannot copy %1 to %2"_s.arg(info.filePath(), target));
    }
    return true;
}

QString pciDevicesPath(const QString &root)
{
    return root + u"/sys/bus/pci/devices"_s;
}

/// The files sysfs has for each device, written as the kernel writes them ("0x030000\n"). Plain
/// folders under sys/bus/pci/devices: no ':' in a stored file name, and no links a Windows
/// checkout would lack, beyond the driver's.
bool writePciTree(const QString &root, const QList<LspciDevice> &devices, QString *error)
{
    const SysfsTree tree(root);
    for (const LspciDevice &device : devices) {
        if (!tree.addPciDevice(device, SysfsTree::Layout::PlainFolders))
            return fail(error, u"Cannot write the sysfs files of %1 below %2"_s.arg(device.address, root));
    }
    return true;
}

bool makeDrmCards(const QString &root, const QJsonArray &cards, QString *error)
{
    for (const QJsonValue &value : cards) {
        const QJsonObject card = value.toObject();
        if (!onlyKnownKeys(card, {u"card"_s, u"pci"_s}, u"drm entry"_s, error))
            return false;
        const QString name = card.value(u"card"_s).toString();
        const QString address = card.value(u"pci"_s).toString();
        if (name.isEmpty() || name.contains(u'/') || address.isEmpty())
            return fail(error, u"drm entries need a card name and a pci address"_s);
        if (!QFileInfo(pciDevicesPath(root) + u'/' + address).isDir())
            return fail(error, u"drm card %1 points at %2, which the lspci listing does not have"_s.arg(name, address));
        const QString cardFolder = root + u"/sys/class/drm/"_s + name;
        if (!QDir().mkpath(cardFolder) ||
            !QFile::link(u"../../../bus/pci/devices/"_s + address, cardFolder + u"/device"_s))
            return fail(error, u"Cannot link %1 to %2"_s.arg(cardFolder, address));
    }
    return true;
}

std::optional<Akari::SystemInfo> parseMachine(const QJsonObject &machine, QString *error)
{
    if (!onlyKnownKeys(machine, {u"os"_s, u"architecture"_s, u"glibc"_s, u"musl"_s, u"wsl"_s}, u"machine"_s, error))
        return std::nullopt;
    Akari::SystemInfo info;
    const QString os = machine.value(u"os"_s).toString();
    if (os == u"linux"_s)
        info.osFamily = Akari::SystemInfo::OsFamily::Linux;
    else if (os == u"windows"_s)
        info.osFamily = Akari::SystemInfo::OsFamily::Windows;
    else if (os == u"macos"_s)
        info.osFamily = Akari::SystemInfo::OsFamily::MacOs;
    else if (os == u"other"_s)
        info.osFamily = Akari::SystemInfo::OsFamily::Other;
    else
        return failNull(error, u"machine.os must be linux, windows, macos or other, not \"%1\""_s.arg(os));
    info.architecture = machine.value(u"architecture"_s).toString();
    info.glibcVersion = machine.value(u"glibc"_s).toString();
    if (!info.glibcVersion.isEmpty())
        info.libc = u"glibc "_s + info.glibcVersion;
    info.musl = machine.value(u"musl"_s).toBool();
    info.wsl = machine.value(u"wsl"_s).toBool();
    return info;
}

bool scriptCommands(const QString &dir, const QJsonArray &commands, FakeCommandRunner &runner, QString *error)
{
    const QSet<QString> known{u"program"_s,  u"arguments"_s, u"stdout"_s,     u"stderr"_s,
                              u"exitCode"_s, u"hang"_s,      u"failToStart"_s};
    for (const QJsonValue &value : commands) {
        const QJsonObject command = value.toObject();
        if (!onlyKnownKeys(command, known, u"command"_s, error))
            return false;
        const QString program = command.value(u"program"_s).toString();
        if (program.isEmpty())
            return fail(error, u"a command without a program"_s);
        // Explicit null means "any arguments"; a missing key is more likely a mistake.
        if (!command.contains(u"arguments"_s))
            return fail(error, u"command %1: say \"arguments\": [...] or null"_s.arg(program));
        std::optional<QStringList> arguments;
        if (!command.value(u"arguments"_s).isNull()) {
            QStringList list;
            for (const QJsonValue &argument : command.value(u"arguments"_s).toArray())
                list.append(argument.toString());
            arguments = list;
        }
        FakeCommandRunner::Answer answer;
        answer.exitCode = command.value(u"exitCode"_s).toInt(0);
        answer.hang = command.value(u"hang"_s).toBool(false);
        answer.failToStart = command.value(u"failToStart"_s).toBool(false);
        for (const auto &[key, target] :
             {std::pair{u"stdout"_s, &answer.standardOutput}, std::pair{u"stderr"_s, &answer.standardError}}) {
            const QString file = command.value(key).toString();
            if (file.isEmpty())
                continue;
            const std::optional<QByteArray> contents = readFile(dir + u'/' + file, error);
            if (!contents)
                return false;
            *target = *contents;
        }
        runner.setAnswer(program, arguments, answer);
    }
    return true;
}

const QSet<QString> &expectedKeys()
{
    static const QSet<QString> keys{u"accelerator"_s,
                                    u"uv_error"_s,
                                    u"gpus"_s,
                                    u"nvidia_driver_version"_s,
                                    u"cuda_version"_s,
                                    u"rocm_version"_s,
                                    u"cuda_visible_devices"_s,
                                    u"nvidia_smi_only_in_wsl_path"_s,
                                    u"failures"_s,
                                    u"no_failures"_s,
                                    u"no_commands"_s,
                                    u"retried_without_compute_cap"_s};
    return keys;
}

bool checkExpected(const QJsonObject &expected, QString *error)
{
    if (!onlyKnownKeys(expected, expectedKeys(), u"expected"_s, error) ||
        !onlyKnownKeys(expected.value(u"accelerator"_s).toObject(), {u"kind"_s, u"value"_s, u"source"_s},
                       u"expected.accelerator"_s, error))
        return false;
    const QSet<QString> gpuKeys{u"vendor"_s,         u"name"_s,       u"memory_mib"_s,    u"compute_capability"_s,
                                u"architecture"_s,   u"pci_bus_id"_s, u"pci_device_id"_s, u"index"_s,
                                u"driver_version"_s, u"integrated"_s, u"visible"_s,       u"source"_s};
    for (const QJsonValue &gpu : expected.value(u"gpus"_s).toArray()) {
        if (!onlyKnownKeys(gpu.toObject(), gpuKeys, u"expected.gpus[]"_s, error))
            return false;
        if (!gpu.toObject().contains(u"vendor"_s))
            return fail(error, u"every expected GPU names its vendor"_s);
    }
    return true;
}

} // namespace

std::optional<HardwareFixture> HardwareFixture::load(const QString &scenarioDir, QString *error)
{
    const QString jsonPath = scenarioDir + u"/scenario.json"_s;
    const std::optional<QByteArray> bytes = readFile(jsonPath, error);
    if (!bytes)
        return std::nullopt;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*bytes, &parseError);
    if (!document.isObject())
        return failNull(error, u"%1 is not a JSON object: %2"_s.arg(jsonPath, parseError.errorString()));
    const QJsonObject scenario = document.object();
    const QSet<QString> known{u"description"_s, u"sources"_s,     u"machine"_s,  u"environment"_s, u"lspci"_s,
                              u"drm"_s,         u"executables"_s, u"commands"_s, u"expected"_s};
    if (!onlyKnownKeys(scenario, known, jsonPath, error))
        return std::nullopt;
    if (!scenario.value(u"description"_s).isString() || !scenario.value(u"sources"_s).isArray() ||
        !scenario.value(u"expected"_s).isObject())
        return failNull(error, u"%1 needs a description, a sources list and an expected object"_s.arg(jsonPath));

    HardwareFixture fixture;
    fixture.m_name = QFileInfo(scenarioDir).fileName();
    fixture.m_expected = scenario.value(u"expected"_s).toObject();
    if (!checkExpected(fixture.m_expected, error))
        return std::nullopt;

    fixture.m_root = std::make_shared<QTemporaryDir>();
    if (!fixture.m_root->isValid())
        return failNull(error, u"Cannot create a temporary folder: %1"_s.arg(fixture.m_root->errorString()));
    const QString root = fixture.m_root->path();
    const QString literalRoot = scenarioDir + u"/root"_s;
    if (QFileInfo(literalRoot).isDir() && !copyTree(literalRoot, root, error))
        return std::nullopt;

    if (scenario.contains(u"lspci"_s)) {
        const QString listingPath = scenarioDir + u'/' + scenario.value(u"lspci"_s).toString();
        const std::optional<QByteArray> listing = readFile(listingPath, error);
        if (!listing)
            return std::nullopt;
        const std::optional<QList<LspciDevice>> devices = parseLspci(QString::fromUtf8(*listing), listingPath, error);
        if (!devices || !writePciTree(root, *devices, error))
            return std::nullopt;
    }
    if (!makeDrmCards(root, scenario.value(u"drm"_s).toArray(), error))
        return std::nullopt;

    if (scenario.contains(u"machine"_s)) {
        fixture.m_machine = parseMachine(scenario.value(u"machine"_s).toObject(), error);
        if (!fixture.m_machine)
            return std::nullopt;
    }
    const QJsonObject variables = scenario.value(u"environment"_s).toObject();
    for (auto it = variables.begin(); it != variables.end(); ++it)
        fixture.m_variables.insert(it.key(), it.value().toString());

    fixture.m_runner = std::make_shared<FakeCommandRunner>();
    for (const QJsonValue &value : scenario.value(u"executables"_s).toArray()) {
        const QJsonObject executable = value.toObject();
        if (!onlyKnownKeys(executable, {u"path"_s, u"onPath"_s}, u"executable"_s, error))
            return std::nullopt;
        const QString path = executable.value(u"path"_s).toString();
        if (!path.startsWith(u'/'))
            return failNull(error, u"executables are named by absolute logical paths, not \"%1\""_s.arg(path));
        fixture.m_runner->addExecutable(path, executable.value(u"onPath"_s).toBool(true));
    }
    if (!scriptCommands(scenarioDir, scenario.value(u"commands"_s).toArray(), *fixture.m_runner, error))
        return std::nullopt;
    return fixture;
}

QStringList HardwareFixture::scenarioDirectories(const QString &dataDir)
{
    QStringList directories;
    const QDir data(dataDir);
    for (const QString &name : data.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (QFileInfo::exists(data.filePath(name) + u"/scenario.json"_s))
            directories.append(data.filePath(name));
    }
    return directories;
}

Akari::ProbeEnvironment HardwareFixture::environment() const
{
    Akari::ProbeEnvironment environment;
    environment.root = rootPath();
    environment.environment = m_variables;
    environment.runner = m_runner;
    environment.useNvml = false;
    environment.machine = m_machine;
    return environment;
}

QString HardwareFixture::rootPath() const
{
    return m_root->path();
}

} // namespace Akari::Test
