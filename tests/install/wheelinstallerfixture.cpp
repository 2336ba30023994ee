// SPDX-License-Identifier: GPL-3.0-or-later
#include "wheelinstallerfixture.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "core/install/filelinker.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari::Test
{

namespace
{

// Unpacks a wheel as the wheel cache would (Python's zipfile, executable bits kept) and
// describes it as JSON, so these tests do not depend on WheelCache.
const char *const ExtractScript = R"PY(
import configparser, csv, hashlib, io, json, os, sys, zipfile
from email.parser import HeaderParser
wheel, dest = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(wheel) as z:
    z.extractall(dest)
    for info in z.infolist():
        if not info.is_dir() and info.external_attr >> 16 & 0o111:
            os.chmod(os.path.join(dest, info.filename), 0o755)
    names = z.namelist()
dist_info = next(n.split("/")[0] for n in names if n.split("/")[0].endswith(".dist-info"))
data_dir = dist_info[: -len(".dist-info")] + ".data"
def read(name):
    with open(os.path.join(dest, dist_info, name), encoding="utf-8") as f:
        return f.read()
meta = HeaderParser().parsestr(read("METADATA"))
wheel_meta = HeaderParser().parsestr(read("WHEEL"))
record = [row for row in csv.reader(io.StringIO(read("RECORD"))) if row]
entry_points = []
if os.path.exists(os.path.join(dest, dist_info, "entry_points.txt")):
    parser = configparser.ConfigParser(delimiters="=")
    parser.optionxform = str
    parser.read_string(read("entry_points.txt"))
    for section, gui in [["console_scripts", False], ["gui_scripts", True]]:
        if parser.has_section(section):
            for name, value in parser.items(section):
                module, _, obj = value.split("[")[0].strip().partition(":")
                entry_points.append({"name": name, "module": module.strip(), "object": obj.strip(), "gui": gui})
with open(wheel, "rb") as f:
    sha = hashlib.sha256(f.read()).hexdigest()
json.dump({"name": meta["Name"], "version": meta["Version"], "distInfo": dist_info,
           "dataDir": data_dir if any(n.startswith(data_dir + "/") for n in names) else "",
           "rootIsPurelib": wheel_meta["Root-Is-Purelib"].strip().lower() == "true",
           "record": record, "entryPoints": entry_points, "sha256": sha}, sys.stdout)
)PY";

// Writes a wheel from a JSON description: {name, version, rootIsPurelib, files, executable, entryPoints}.
const char *const MakeWheelScript = R"PY(
import base64, hashlib, json, sys, zipfile
out, spec = sys.argv[1], json.loads(sys.argv[2])
name, version = spec["name"], spec["version"]
dist = name.replace("-", "_")
dist_info = dist + "-" + version + ".dist-info"
files = dict(spec["files"])
files[dist_info + "/METADATA"] = "Metadata-Version: 2.1\nName: " + name + "\nVersion: " + version + "\n"
files[dist_info + "/WHEEL"] = "Wheel-Version: 1.0\nGenerator: akari-test\nRoot-Is-Purelib: " + spec["rootIsPurelib"] + "\nTag: py3-none-any\n"
if spec.get("entryPoints"):
    files[dist_info + "/entry_points.txt"] = spec["entryPoints"]
path = out + "/" + dist + "-" + version + "-py3-none-any.whl"
record = []
with zipfile.ZipFile(path, "w") as z:
    for member, text in files.items():
        data = text.encode()
        info = zipfile.ZipInfo(member)
        info.external_attr = (0o755 if member in spec.get("executable", []) else 0o644) << 16
        z.writestr(info, data)
        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
        record.append(member + ",sha256=" + digest + "," + str(len(data)))
    record.append(dist_info + "/RECORD,,")
    z.writestr(dist_info + "/RECORD", "\n".join(record) + "\n")
print(path)
)PY";

} // namespace

WheelInstallerFixture::WheelInstallerFixture()
    : m_python(QStringLiteral(AKARI_PYTHON3))
{}

void WheelInstallerFixture::setUp(QString *skip)
{
    QVERIFY(m_temp.isValid());
    m_env = environmentWithLanguage(u"C.UTF-8"_s);
    for (const QString &key : m_env.keys())
        if (key.startsWith(u"PIP_"_s) || key.startsWith(u"PYTHON"_s) || key == u"VIRTUAL_ENV"_s)
            m_env.remove(key);
    m_env.insert(u"HOME"_s, m_temp.filePath(u"home"_s));
    m_env.insert(u"XDG_CACHE_HOME"_s, m_temp.filePath(u"cache"_s));
    m_env.insert(u"PIP_CONFIG_FILE"_s, u"/dev/null"_s);
    m_env.insert(u"PIP_DISABLE_PIP_VERSION_CHECK"_s, u"1"_s);
    m_env.insert(u"PIP_NO_CACHE_DIR"_s, u"1"_s);
    m_env.insert(u"PIP_NO_WARN_SCRIPT_LOCATION"_s, u"1"_s);
    const ProcessResult minor = run(m_python, {u"-c"_s, u"import sys; print('%d.%d' % sys.version_info[:2])"_s});
    if (minor.exitCode != 0) {
        *skip = u"no Python with pip for the comparison"_s;
        return;
    }
    m_minor = minor.out.trimmed();
    if (run(m_python, {u"-m"_s, u"pip"_s, u"--version"_s}).exitCode != 0) {
        *skip = u"the Python has no pip"_s;
        return;
    }

    for (const QString &file : QDir(u"/usr/share/python-wheels"_s).entryList({u"*.whl"_s}, QDir::Files))
        m_wheels.insert(file.section(u'-', 0, 0), u"/usr/share/python-wheels/"_s + file);

    // Everything a wheel can carry: .data folders, console and GUI entry points (one with a
    // dotted object), a `#!python` script and an executable shell script, platlib root.
    QJsonObject files{
        {u"akari_demo/__init__.py"_s, u"def main():\n    print('console ok')\n    return 0\n\n"
                                      "def gui():\n    print('gui ok')\n\n"
                                      "class App:\n    @staticmethod\n    def run():\n        print('dotted ok')\n"_s},
        {u"akari_demo/data.txt"_s, u"package data\n"_s},
        {u"akari_demo-1.0.data/scripts/demo-script"_s, u"#!python\nimport sys\nprint('script ok', sys.prefix)\n"_s},
        {u"akari_demo-1.0.data/scripts/plain.sh"_s, u"#!/bin/sh\necho plain ok\n"_s},
        {u"akari_demo-1.0.data/headers/demo.h"_s, u"#define AKARI_DEMO 1\n"_s},
        {u"akari_demo-1.0.data/data/share/akari-demo/readme.txt"_s, u"readme\n"_s},
        {u"akari_demo-1.0.data/purelib/akari_demo_pure/__init__.py"_s, u"PURE = True\n"_s},
        {u"akari_demo-1.0.data/platlib/akari_demo_plat/__init__.py"_s, u"PLAT = True\n"_s},
    };
    const QJsonObject demo{
        {u"name"_s, u"akari-demo"_s},
        {u"version"_s, u"1.0"_s},
        {u"rootIsPurelib"_s, u"false"_s},
        {u"files"_s, files},
        {u"executable"_s, QJsonArray{u"akari_demo-1.0.data/scripts/plain.sh"_s}},
        {u"entryPoints"_s, u"[console_scripts]\nakari-demo = akari_demo:main\nakari-dotted = akari_demo:App.run\n\n"
                           "[gui_scripts]\nakari-demo-gui = akari_demo:gui\n"_s},
    };
    m_wheels.insert(u"generated"_s, makeWheel(demo));
    const QJsonObject fakeSetuptools{
        {u"name"_s, u"setuptools"_s},
        {u"version"_s, u"99.0"_s},
        {u"rootIsPurelib"_s, u"true"_s},
        {u"files"_s, QJsonObject{{u"setuptools/__init__.py"_s, u"__version__ = '99.0'\n"_s},
                                 {u"setuptools/new_module.py"_s, u"NEW = 1\n"_s}}},
        {u"entryPoints"_s, u"[console_scripts]\nsetuptools-new = setuptools.new_module:main\n"_s},
    };
    m_wheels.insert(u"fake-setuptools"_s, makeWheel(fakeSetuptools));
    QVERIFY(QFileInfo::exists(m_wheels.value(u"generated"_s)));
    QVERIFY(QFileInfo::exists(m_wheels.value(u"fake-setuptools"_s)));
}

WheelInstallerFixture::Tree WheelInstallerFixture::treeOf(const QString &root)
{
    Tree tree;
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        const QString relative = QDir(root).relativeFilePath(path);
        if (info.isSymLink())
            tree.insert(relative, "<link>" + info.symLinkTarget().toUtf8());
        else if (info.isDir())
            tree.insert(relative, "<dir>");
        else {
            QFile file(path);
            tree.insert(relative, file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>"));
        }
    }
    return tree;
}

ProcessResult WheelInstallerFixture::run(const QString &program, const QStringList &arguments, int timeoutMs) const
{
    return runProcess(program, arguments, m_env, m_temp.path(), timeoutMs);
}

QString WheelInstallerFixture::scratch(const QString &prefix)
{
    const QString path = m_temp.filePath(prefix + QString::number(++m_counter));
    QDir().mkpath(path);
    return path;
}

WheelInstallerFixture::Venv WheelInstallerFixture::makeVenv(const QString &root)
{
    Venv venv;
    const ProcessResult made = run(m_python, {u"-m"_s, u"venv"_s, u"--without-pip"_s, root});
    if (made.exitCode != 0)
        qWarning() << "venv failed:" << made.err;
    EnvironmentLayout &layout = venv.layout;
    layout.root = layout.finalRoot = root;
    layout.pythonMinor = m_minor;
    layout.scripts = root + u"/bin"_s;
    layout.purelib = layout.platlib = root + u"/lib/python"_s + m_minor + u"/site-packages"_s;
    layout.includeRoot = root + u"/include/site/python"_s + m_minor;
    layout.data = root;
    layout.python = layout.finalPython = root + u"/bin/python"_s;
    venv.empty = treeOf(root);
    return venv;
}

std::optional<UnpackedWheel> WheelInstallerFixture::unpack(const QString &wheel)
{
    const QString dest = scratch(u"unpacked"_s);
    const ProcessResult out = run(m_python, {u"-c"_s, QString::fromUtf8(ExtractScript), wheel, dest});
    if (out.exitCode != 0) {
        qWarning() << "extract failed:" << out.err;
        return std::nullopt;
    }
    const QJsonObject json = QJsonDocument::fromJson(out.out.toUtf8()).object();
    UnpackedWheel unpacked;
    unpacked.root = dest;
    unpacked.filename = QFileInfo(wheel).fileName();
    unpacked.sha256 = json[u"sha256"_s].toString();
    unpacked.name = PackageName::fromUnvalidated(json[u"name"_s].toString());
    unpacked.version = Version::parse(json[u"version"_s].toString()).value();
    unpacked.distInfo = json[u"distInfo"_s].toString();
    unpacked.dataDir = json[u"dataDir"_s].toString();
    unpacked.rootIsPurelib = json[u"rootIsPurelib"_s].toBool();
    for (const QJsonValue row : json[u"record"_s].toArray()) {
        const QJsonArray fields = row.toArray();
        const QString size = fields.at(2).toString();
        unpacked.record.append(
            {fields.at(0).toString(), fields.at(1).toString(), size.isEmpty() ? -1 : size.toLongLong()});
    }
    for (const QJsonValue value : json[u"entryPoints"_s].toArray()) {
        const QJsonObject ep = value.toObject();
        unpacked.entryPoints.append(
            {ep[u"name"_s].toString(), ep[u"module"_s].toString(), ep[u"object"_s].toString(), ep[u"gui"_s].toBool()});
    }
    unpacked.fileCount = int(unpacked.record.size());
    return unpacked;
}

QString WheelInstallerFixture::makeWheel(const QJsonObject &spec)
{
    const QString out = scratch(u"wheels"_s);
    const ProcessResult made = run(
        m_python, {u"-c"_s, QString::fromUtf8(MakeWheelScript), out, QString::fromUtf8(QJsonDocument(spec).toJson())});
    if (made.exitCode != 0)
        qWarning() << "wheel generation failed:" << made.err;
    return made.out.trimmed();
}

Result<WheelInstaller::Installed> WheelInstallerFixture::install(const QString &wheelRow,
                                                                 const EnvironmentLayout &layout,
                                                                 WheelInstaller::Options options)
{
    const std::optional<UnpackedWheel> wheel = unpack(m_wheels.value(wheelRow));
    if (!wheel)
        return fail(Error(Error::Code::Unknown, u"unpacking failed"_s));
    FileLinker linker;
    return WheelInstaller::install(*wheel, layout, linker, options);
}

} // namespace Akari::Test
