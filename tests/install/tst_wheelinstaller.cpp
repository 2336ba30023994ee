// SPDX-License-Identifier: GPL-3.0-or-later
// WheelInstaller compared with pip: the same trees from the same wheels, a working environment
// that uninstalls clean, upgrades, long interpreter paths and Windows scripts. Refusals and
// rollbacks: tst_wheelinstallerfailures.
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QTest>

#include <sys/stat.h>

#include "core/install/environmentlayout.h"
#include "core/install/filelinker.h"
#include "core/install/installeddistribution.h"
#include "core/install/recordfile.h"
#include "core/install/wheelinstaller.h"
#include "processrunner.h"
#include "wheelinstallerfixture.h"

using namespace Qt::Literals::StringLiterals;
using namespace Akari;

class TestWheelInstaller : public QObject, private Test::WheelInstallerFixture
{
    Q_OBJECT

private:
    static Tree difference(const Tree &after, const Tree &before)
    {
        Tree added;
        for (auto it = after.cbegin(); it != after.cend(); ++it)
            if (!before.contains(it.key()) || before.value(it.key()) != it.value())
                added.insert(it.key(), it.value());
        return added;
    }

    static QStringList keysOf(const Tree &tree) { return tree.keys(); }

    static QString sha256Record(const QByteArray &data)
    {
        return u"sha256="_s +
               QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256)
                                       .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
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
        QString skip;
        setUp(&skip);
        if (!skip.isEmpty())
            QSKIP(qPrintable(skip));
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
};

QTEST_GUILESS_MAIN(TestWheelInstaller)
#include "tst_wheelinstaller.moc"
