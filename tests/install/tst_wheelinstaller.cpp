// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include "core/install/environmentlayout.h"
#include "core/install/filelinker.h"
#include "core/install/installeddistribution.h"
#include "core/install/recordfile.h"
#include "core/install/wheelinstaller.h"
#include "processrunner.h"

using namespace Qt::Literals::StringLiterals;
using namespace Akari;

namespace
{

// The error's text for a failed check; empty when \a result succeeded (QVERIFY2 evaluates it always).
template<typename T>
QByteArray why(const Result<T> &result)
{
    return result ? QByteArray() : result.error().toString().toUtf8();
}

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

// Every entry below \a root: folders as "<dir>", links as "<link>target", files by content.
using Tree = QMap<QString, QByteArray>;

Tree treeOf(const QString &root)
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

Tree difference(const Tree &after, const Tree &before)
{
    Tree added;
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        if (!before.contains(it.key()) || before.value(it.key()) != it.value())
            added.insert(it.key(), it.value());
    return added;
}

QStringList keysOf(const Tree &tree)
{
    return tree.keys();
}

QString sha256Record(const QByteArray &data)
{
    return u"sha256="_s +
           QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

struct Venv
{
    EnvironmentLayout layout;
    Tree empty; ///< the tree right after creation
};

} // namespace

class TestWheelInstaller : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_temp;
    QString m_python = QStringLiteral(AKARI_PYTHON3);
    QString m_minor;
    QProcessEnvironment m_env;
    QMap<QString, QString> m_wheels; ///< row name -> wheel file
    int m_counter = 0;

    Test::ProcessResult run(const QString &program, const QStringList &arguments, int timeoutMs = 120000) const
    {
        return Test::runProcess(program, arguments, m_env, m_temp.path(), timeoutMs);
    }

    QString scratch(const QString &prefix)
    {
        const QString path = m_temp.filePath(prefix + QString::number(++m_counter));
        QDir().mkpath(path);
        return path;
    }

    Venv makeVenv(const QString &root)
    {
        Venv venv;
        const Test::ProcessResult made = run(m_python, {u"-m"_s, u"venv"_s, u"--without-pip"_s, root});
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

    // The unpacked tree of \a wheel in a fresh folder, described as WheelCache would.
    std::optional<UnpackedWheel> unpack(const QString &wheel)
    {
        const QString dest = scratch(u"unpacked"_s);
        const Test::ProcessResult out = run(m_python, {u"-c"_s, QString::fromUtf8(ExtractScript), wheel, dest});
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
            unpacked.entryPoints.append({ep[u"name"_s].toString(), ep[u"module"_s].toString(),
                                         ep[u"object"_s].toString(), ep[u"gui"_s].toBool()});
        }
        unpacked.fileCount = int(unpacked.record.size());
        return unpacked;
    }

    QString makeWheel(const QJsonObject &spec)
    {
        const QString out = scratch(u"wheels"_s);
        const Test::ProcessResult made = run(m_python, {u"-c"_s, QString::fromUtf8(MakeWheelScript), out,
                                                        QString::fromUtf8(QJsonDocument(spec).toJson())});
        if (made.exitCode != 0)
            qWarning() << "wheel generation failed:" << made.err;
        return made.out.trimmed();
    }

    Result<WheelInstaller::Installed> install(const QString &wheelRow, const EnvironmentLayout &layout,
                                              WheelInstaller::Options options = {})
    {
        const std::optional<UnpackedWheel> wheel = unpack(m_wheels.value(wheelRow));
        if (!wheel)
            return fail(Error(Error::Code::Unknown, u"unpacking failed"_s));
        FileLinker linker;
        return WheelInstaller::install(*wheel, layout, linker, options);
    }

    QList<RecordEntry> recordOf(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return RecordFile::parse(file.readAll(), path).value_or(QList<RecordEntry>{});
    }

    InstalledDistribution scanned(const EnvironmentLayout &layout, const QString &name)
    {
        const auto all = InstalledDistribution::scan(layout);
        if (all)
            for (const InstalledDistribution &distribution : *all)
                if (distribution.name.canonical() == name)
                    return distribution;
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_temp.isValid());
        m_env = Test::environmentWithLanguage(u"C.UTF-8"_s);
        for (const QString &key : m_env.keys())
            if (key.startsWith(u"PIP_"_s) || key.startsWith(u"PYTHON"_s) || key == u"VIRTUAL_ENV"_s)
                m_env.remove(key);
        m_env.insert(u"HOME"_s, m_temp.filePath(u"home"_s));
        m_env.insert(u"XDG_CACHE_HOME"_s, m_temp.filePath(u"cache"_s));
        m_env.insert(u"PIP_CONFIG_FILE"_s, u"/dev/null"_s);
        m_env.insert(u"PIP_DISABLE_PIP_VERSION_CHECK"_s, u"1"_s);
        m_env.insert(u"PIP_NO_CACHE_DIR"_s, u"1"_s);
        m_env.insert(u"PIP_NO_WARN_SCRIPT_LOCATION"_s, u"1"_s);
        const Test::ProcessResult minor =
            run(m_python, {u"-c"_s, u"import sys; print('%d.%d' % sys.version_info[:2])"_s});
        if (minor.exitCode != 0)
            QSKIP("no Python with pip for the comparison");
        m_minor = minor.out.trimmed();
        if (run(m_python, {u"-m"_s, u"pip"_s, u"--version"_s}).exitCode != 0)
            QSKIP("the Python has no pip");

        for (const QString &file : QDir(u"/usr/share/python-wheels"_s).entryList({u"*.whl"_s}, QDir::Files))
            m_wheels.insert(file.section(u'-', 0, 0), u"/usr/share/python-wheels/"_s + file);

        // Everything a wheel can carry: .data folders, console and GUI entry points (one with a
        // dotted object), a `#!python` script and an executable shell script, platlib root.
        QJsonObject files{
            {u"akari_demo/__init__.py"_s,
             u"def main():\n    print('console ok')\n    return 0\n\n"
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

    // The key test: the same wheel installed by pip and by WheelInstaller gives the same tree.
    void matchesPip_data()
    {
        QTest::addColumn<QString>("row");
        for (const QString &row : {u"pip"_s, u"setuptools"_s, u"wheel"_s, u"generated"_s})
            QTest::newRow(qPrintable(row)) << row;
    }

    void matchesPip()
    {
        QFETCH(QString, row);
        if (!m_wheels.contains(row))
            QSKIP("wheel not available here");
        const QString base = scratch(u"compare"_s);
        const Venv d1 = makeVenv(base + u"/D1"_s);
        const Venv d2 = makeVenv(base + u"/D2"_s);
        const Test::ProcessResult pip = run(m_python,
                                            {u"-m"_s, u"pip"_s, u"--python"_s, d1.layout.python, u"install"_s,
                                             u"--no-deps"_s, u"--no-compile"_s, u"--no-index"_s, m_wheels.value(row)},
                                            180000);
        QVERIFY2(pip.exitCode == 0, qPrintable(pip.out + pip.err));

        const std::optional<UnpackedWheel> wheel = unpack(m_wheels.value(row));
        QVERIFY(wheel);
        FileLinker linker;
        WheelInstaller::Options options;
        options.requested = true;
        const Result<WheelInstaller::Installed> installed = WheelInstaller::install(*wheel, d2.layout, linker, options);
        QVERIFY2(installed, why(installed).constData());
        QVERIFY(installed->filesLinked > 0);

        const Tree byPip = difference(treeOf(d1.layout.root), d1.empty);
        const Tree byAkari = difference(treeOf(d2.layout.root), d2.empty);
        const QString site =
            QDir(d2.layout.root).relativeFilePath(wheel->rootIsPurelib ? d2.layout.purelib : d2.layout.platlib);
        const QString distInfo = site + u'/' + wheel->distInfo;
        const QStringList pipKeys = keysOf(byPip);
        QSet<QString> expected(pipKeys.cbegin(), pipKeys.cend());
        QVERIFY(expected.remove(distInfo + u"/direct_url.json"_s));
        expected.insert(distInfo + u"/akari-wheel"_s);
        const QStringList akariKeys = keysOf(byAkari);
        QStringList expectedKeys = expected.values();
        expectedKeys.sort();
        QVERIFY(akariKeys.size() > 10);
        QCOMPARE(akariKeys, expectedKeys);

        QSet<QString> launchers;
        for (const EntryPoint &entryPoint : wheel->entryPoints)
            launchers.insert(u"bin/"_s + entryPoint.name);
        const QSet<QString> ownFiles{distInfo + u"/RECORD"_s, distInfo + u"/INSTALLER"_s, distInfo + u"/REQUESTED"_s,
                                     distInfo + u"/akari-wheel"_s};
        const QByteArray d1Root = d1.layout.root.toUtf8();
        const QByteArray d2Root = d2.layout.root.toUtf8();
        for (auto it = byAkari.cbegin(); it != byAkari.cend(); ++it) {
            if (ownFiles.contains(it.key()))
                continue;
            if (launchers.contains(it.key())) {
                QVERIFY(it.value().startsWith(QByteArray("#!" + d2.layout.finalPython.toUtf8() + '\n')));
                QVERIFY(byPip.value(it.key()).startsWith(QByteArray("#!" + d1.layout.finalPython.toUtf8() + '\n')));
                QVERIFY(QFileInfo(d1.layout.root + u'/' + it.key()).isExecutable());
                QVERIFY(QFileInfo(d2.layout.root + u'/' + it.key()).isExecutable());
                continue;
            }
            QByteArray pipBytes = byPip.value(it.key());
            pipBytes.replace(d1Root, d2Root); // a `#!python` script names the environment's Python
            QVERIFY2(it.value() == pipBytes, qPrintable(it.key()));
            if (it.key().startsWith(u"bin/"_s))
                QVERIFY2(QFileInfo(d2.layout.root + u'/' + it.key()).isExecutable(), qPrintable(it.key()));
        }
        QCOMPARE(byAkari.value(distInfo + u"/INSTALLER"_s), QByteArray("akari\n"));
        QCOMPARE(byAkari.value(distInfo + u"/akari-wheel"_s), QByteArray(wheel->sha256.toUtf8() + '\n'));

        // RECORD: pip's paths less pip's own file plus ours; every hash and size true to the file.
        const QString siteAbsolute = d2.layout.root + u'/' + site;
        QSet<QString> pipPaths;
        for (const RecordEntry &entry : recordOf(d1.layout.root + u'/' + distInfo + u"/RECORD"_s))
            pipPaths.insert(entry.path);
        QVERIFY(pipPaths.remove(wheel->distInfo + u"/direct_url.json"_s));
        pipPaths.insert(wheel->distInfo + u"/akari-wheel"_s);
        QSet<QString> akariPaths;
        for (const RecordEntry &entry : recordOf(d2.layout.root + u'/' + distInfo + u"/RECORD"_s)) {
            akariPaths.insert(entry.path);
            if (entry.path == wheel->distInfo + u"/RECORD"_s) {
                QVERIFY(entry.hash.isEmpty());
                continue;
            }
            QFile file(QDir::cleanPath(siteAbsolute + u'/' + entry.path));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(entry.path));
            const QByteArray data = file.readAll();
            QCOMPARE(entry.hash, sha256Record(data));
            QCOMPARE(entry.size, data.size());
        }
        QCOMPARE(akariPaths, pipPaths);

        // Files that did not change are links into the unpacked tree, not copies.
        const QString member = wheel->distInfo + u"/METADATA"_s;
        struct stat info
        {};
        QCOMPARE(::stat(QFile::encodeName(wheel->root + u'/' + member).constData(), &info), 0);
        QCOMPARE(info.st_nlink, nlink_t(2));
    }

    // The environment works: launchers run, pip lists and checks what Akari installed; then
    // uninstalling everything gives back the empty environment.
    void environmentWorksAndUninstallsClean()
    {
        for (const QString &row : {u"pip"_s, u"setuptools"_s, u"wheel"_s})
            if (!m_wheels.contains(row))
                QSKIP("the real wheels are not available here");
        const Venv venv = makeVenv(scratch(u"works"_s) + u"/env"_s);
        const EnvironmentLayout &layout = venv.layout;
        for (const QString &row : {u"pip"_s, u"setuptools"_s, u"wheel"_s, u"generated"_s}) {
            WheelInstaller::Options options;
            options.requested = true;
            const auto installed = install(row, layout, options);
            QVERIFY2(installed, why(installed).constData());
        }

        const Test::ProcessResult version = run(layout.scripts + u"/pip"_s, {u"--version"_s});
        QVERIFY2(version.exitCode == 0, qPrintable(version.err));
        QVERIFY2(version.out.startsWith(u"pip 23"_s), qPrintable(version.out));
        QVERIFY2(version.out.contains(layout.purelib), qPrintable(version.out));
        const QList<QPair<QString, QString>> launchers{{u"akari-demo"_s, u"console ok"_s},
                                                       {u"akari-dotted"_s, u"dotted ok"_s},
                                                       {u"akari-demo-gui"_s, u"gui ok"_s},
                                                       {u"demo-script"_s, u"script ok " + layout.root},
                                                       {u"plain.sh"_s, u"plain ok"_s}};
        for (const auto &[name, output] : launchers) {
            const Test::ProcessResult ran = run(layout.scripts + u'/' + name, {});
            QVERIFY2(ran.exitCode == 0, qPrintable(name + u": "_s + ran.err));
            QCOMPARE(ran.out.trimmed(), output);
        }

        const Test::ProcessResult list = run(layout.python, {u"-m"_s, u"pip"_s, u"list"_s, u"--format=json"_s});
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        QMap<QString, QString> listed;
        for (const QJsonValue value : QJsonDocument::fromJson(list.out.toUtf8()).array())
            listed.insert(PackageName::canonicalize(value[u"name"_s].toString()), value[u"version"_s].toString());
        const auto found = InstalledDistribution::scan(layout);
        QVERIFY(found);
        QCOMPARE(found->size(), 4);
        QMap<QString, QString> scannedVersions;
        for (const InstalledDistribution &distribution : *found) {
            scannedVersions.insert(distribution.name.canonical(), distribution.version.toString());
            QCOMPARE(distribution.installer, u"akari"_s);
            QVERIFY(distribution.requested);
            QCOMPARE(distribution.archiveSha256.size(), 64);
        }
        QCOMPARE(listed, scannedVersions);
        const Test::ProcessResult check = run(layout.python, {u"-m"_s, u"pip"_s, u"check"_s});
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));

        // Running pip wrote __pycache__ folders: those go too.
        QVERIFY(QFileInfo::exists(layout.purelib + u"/pip/__pycache__"_s));
        for (const InstalledDistribution &distribution : *found) {
            const Result<void> removed = WheelInstaller::uninstall(distribution, layout);
            QVERIFY2(removed, why(removed).constData());
        }
        const Tree after = treeOf(layout.root);
        QCOMPARE(keysOf(after), keysOf(venv.empty));
        QVERIFY(after == venv.empty);
    }

    void upgradeLeavesNothingBehind()
    {
        if (!m_wheels.contains(u"setuptools"_s))
            QSKIP("the real setuptools wheel is not available here");
        const Venv venv = makeVenv(scratch(u"upgrade"_s) + u"/env"_s);
        const auto old = install(u"setuptools"_s, venv.layout);
        QVERIFY2(old, why(old).constData());
        QVERIFY(WheelInstaller::uninstall(old->distribution, venv.layout));
        const auto fresh = install(u"fake-setuptools"_s, venv.layout);
        QVERIFY2(fresh, why(fresh).constData());

        // What is left beyond the empty environment is exactly the new RECORD's files and their folders.
        QSet<QString> expected;
        const QString site = fresh->distribution.distInfoPath + u"/.."_s;
        for (const RecordEntry &entry : recordOf(fresh->distribution.distInfoPath + u"/RECORD"_s)) {
            QString path = QDir(venv.layout.root).relativeFilePath(QDir::cleanPath(site + u'/' + entry.path));
            while (!path.isEmpty() && !venv.empty.contains(path)) {
                expected.insert(path);
                path = path.section(u'/', 0, -2);
            }
        }
        const QStringList added = keysOf(difference(treeOf(venv.layout.root), venv.empty));
        QCOMPARE(QSet<QString>(added.cbegin(), added.cend()), expected);
        QCOMPARE(scanned(venv.layout, u"setuptools"_s).version.toString(), u"99.0"_s);
    }

    void uninstallRefusesPathsOutside_data()
    {
        QTest::addColumn<QString>("row");
        QTest::newRow("dot-dot") << u"../../../../outside/victim"_s;
        QTest::newRow("deeper dot-dot") << u"../../../../../../../../etc/x"_s;
        QTest::newRow("absolute") << u"OUTSIDE/victim"_s; // replaced by the absolute path below
        QTest::newRow("linked folder") << u"escape/victim"_s;
    }

    void uninstallRefusesPathsOutside()
    {
        QFETCH(QString, row);
        const QString base = scratch(u"escape"_s);
        const Venv venv = makeVenv(base + u"/env"_s);
        const QString victim = base + u"/outside/victim"_s;
        QVERIFY(QDir().mkpath(base + u"/outside"_s));
        {
            QFile file(victim);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("keep me");
        }
        QVERIFY(QFile::link(base + u"/outside"_s, venv.layout.purelib + u"/escape"_s));
        const auto installed = install(u"generated"_s, venv.layout);
        QVERIFY2(installed, why(installed).constData());
        if (row.startsWith(u"OUTSIDE"_s))
            row = victim;

        const QString recordPath = installed->distribution.distInfoPath + u"/RECORD"_s;
        QFile record(recordPath);
        QVERIFY(record.open(QIODevice::Append));
        record.write(row.toUtf8() + ",,\n");
        record.close();
        const Tree before = treeOf(venv.layout.root);

        const Result<void> removed = WheelInstaller::uninstall(installed->distribution, venv.layout);
        QVERIFY(!removed);
        QVERIFY2(removed.error().message().contains(row), qPrintable(removed.error().message()));
        QVERIFY(removed.error().toString().contains(u"RECORD"_s));
        QVERIFY(QFileInfo::exists(victim));
        QVERIFY(treeOf(venv.layout.root) == before); // nothing at all removed
    }

    void clashRollsBackOrReplaces()
    {
        const Venv venv = makeVenv(scratch(u"clash"_s) + u"/env"_s);
        const QString clash = venv.layout.scripts + u"/akari-demo-gui"_s;
        {
            QFile file(clash);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("someone else's");
        }
        const Tree before = treeOf(venv.layout.root);
        const auto refused = install(u"generated"_s, venv.layout);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message().contains(clash), qPrintable(refused.error().message()));
        QVERIFY(treeOf(venv.layout.root) == before);

        WheelInstaller::Options options;
        options.replace = true;
        const auto replaced = install(u"generated"_s, venv.layout, options);
        QVERIFY2(replaced, why(replaced).constData());
        QFile file(clash);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("#!"));
    }

    void cancellationRollsBack_data()
    {
        QTest::addColumn<int>("allowedChecks");
        QTest::newRow("at once") << 0;
        QTest::newRow("after a few files") << 3;
        QTest::newRow("among entry points") << 13;
        QTest::newRow("at the end") << 15;
    }

    void cancellationRollsBack()
    {
        QFETCH(int, allowedChecks);
        const Venv venv = makeVenv(scratch(u"cancel"_s) + u"/env"_s);
        WheelInstaller::Options options;
        int checks = 0;
        options.isCancelled = [&] { return checks++ >= allowedChecks; };
        const auto result = install(u"generated"_s, venv.layout, options);
        QVERIFY(!result);
        QCOMPARE(result.error().code(), Error::Code::Cancelled);
        QVERIFY(checks > allowedChecks);
        QVERIFY(treeOf(venv.layout.root) == venv.empty);
    }

    // Too long for a kernel shebang (and with a space): launchers go through /bin/sh.
    void longInterpreterPath()
    {
        const QString root = scratch(u"long"_s) + u"/with space/"_s + QString(u'x').repeated(120) + u"/env"_s;
        const Venv venv = makeVenv(root);
        const auto installed = install(u"generated"_s, venv.layout);
        QVERIFY2(installed, why(installed).constData());
        QFile launcher(venv.layout.scripts + u"/akari-demo"_s);
        QVERIFY(launcher.open(QIODevice::ReadOnly));
        QVERIFY(launcher.readAll().startsWith("#!/bin/sh\n"));
        for (const auto &[name, output] : QList<QPair<QString, QString>>{{u"akari-demo"_s, u"console ok"_s},
                                                                         {u"demo-script"_s, u"script ok " + root}}) {
            const Test::ProcessResult ran = run(venv.layout.scripts + u'/' + name, {});
            QVERIFY2(ran.exitCode == 0, qPrintable(ran.err));
            QCOMPARE(ran.out.trimmed(), output);
        }
    }

    void windowsWritesScriptFiles()
    {
        const QString root = scratch(u"windows"_s);
        EnvironmentLayout layout;
        layout.os = TargetPlatform::Os::Windows;
        layout.root = layout.finalRoot = root;
        layout.scripts = root + u"/Scripts"_s;
        layout.purelib = layout.platlib = root + u"/Lib/site-packages"_s;
        layout.includeRoot = root + u"/Include/site/python3.11"_s;
        layout.data = root;
        layout.python = layout.finalPython = root + u"/Scripts/python.exe"_s;
        const auto installed = install(u"generated"_s, layout);
        QVERIFY2(installed, why(installed).constData());
        QVERIFY(QFileInfo::exists(layout.scripts + u"/akari-demo-script.py"_s));
        QVERIFY(QFileInfo::exists(layout.scripts + u"/akari-demo-gui-script.pyw"_s));
        QVERIFY(!QFileInfo::exists(layout.scripts + u"/akari-demo"_s));
    }

    void badEntryPointsAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("module");
        QTest::addColumn<QString>("object");
        QTest::newRow("name escapes") << u"../../evil"_s << u"akari_demo"_s << u"main"_s;
        QTest::newRow("code in module") << u"evil"_s << u"os; os.system('x')"_s << u"main"_s;
        QTest::newRow("code in object") << u"evil"_s << u"akari_demo"_s << u"main()+print"_s;
        QTest::newRow("no object") << u"evil"_s << u"akari_demo"_s << QString();
    }

    void badEntryPointsAreRefused()
    {
        QFETCH(QString, name);
        QFETCH(QString, module);
        QFETCH(QString, object);
        const Venv venv = makeVenv(scratch(u"badentry"_s) + u"/env"_s);
        std::optional<UnpackedWheel> wheel = unpack(m_wheels.value(u"generated"_s));
        QVERIFY(wheel);
        wheel->entryPoints.append({name, module, object, false});
        FileLinker linker;
        const auto result = WheelInstaller::install(*wheel, venv.layout, linker, {});
        QVERIFY(!result);
        QCOMPARE(result.error().code(), Error::Code::InvalidArgument);
        QVERIFY(treeOf(venv.layout.root) == venv.empty);
        QVERIFY(!QFileInfo::exists(venv.layout.root + u"/evil"_s));
    }
};

QTEST_GUILESS_MAIN(TestWheelInstaller)
#include "tst_wheelinstaller.moc"
