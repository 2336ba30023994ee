// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "core/install/environmentlayout.h"
#include "core/install/installeddistribution.h"
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

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

EnvironmentLayout layoutAt(const QString &root, const QString &minor)
{
    EnvironmentLayout layout;
    layout.root = layout.finalRoot = root;
    layout.pythonMinor = minor;
    layout.scripts = root + u"/bin"_s;
    layout.purelib = layout.platlib = root + u"/lib/python"_s + minor + u"/site-packages"_s;
    layout.includeRoot = root + u"/include/site/python"_s + minor;
    layout.data = root;
    layout.python = layout.finalPython = root + u"/bin/python"_s;
    return layout;
}

QByteArray metadata(const QString &name, const QString &version)
{
    return u"Metadata-Version: 2.1\nName: %1\nVersion: %2\n"_s.arg(name, version).toUtf8();
}

} // namespace

class TestInstalledDistribution : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // pip installs the real wheels; scan() must find what pip recorded.
    void scansWhatPipInstalled()
    {
        const QStringList wheels = QDir(u"/usr/share/python-wheels"_s).entryList({u"*.whl"_s}, QDir::Files, QDir::Name);
        if (wheels.isEmpty())
            QSKIP("no wheels in /usr/share/python-wheels");
        QTemporaryDir temp;
        QVERIFY(temp.isValid());
        QProcessEnvironment env = Test::environmentWithLanguage(u"C.UTF-8"_s);
        env.insert(u"HOME"_s, temp.path());
        env.insert(u"XDG_CACHE_HOME"_s, temp.filePath(u"cache"_s));
        env.insert(u"PIP_CONFIG_FILE"_s, u"/dev/null"_s);
        env.insert(u"PIP_DISABLE_PIP_VERSION_CHECK"_s, u"1"_s);
        env.insert(u"PIP_NO_CACHE_DIR"_s, u"1"_s);
        const QString python = QStringLiteral(AKARI_PYTHON3);
        const QString root = temp.filePath(u"venv"_s);
        Test::ProcessResult made = Test::runProcess(python, {u"-m"_s, u"venv"_s, u"--without-pip"_s, root}, env);
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        const Test::ProcessResult minor =
            Test::runProcess(python, {u"-c"_s, u"import sys; print('%d.%d' % sys.version_info[:2])"_s}, env);
        QCOMPARE(minor.exitCode, 0);

        QStringList args{u"-m"_s,      u"pip"_s,       u"--python"_s,     root + u"/bin/python"_s,
                         u"install"_s, u"--no-deps"_s, u"--no-compile"_s, u"--no-index"_s};
        QStringList expected; // "name version" from the file names (the oracle: pip's own naming)
        for (const QString &wheel : wheels) {
            args.append(u"/usr/share/python-wheels/"_s + wheel);
            const QStringList parts = wheel.split(u'-');
            expected.append(parts.at(0).toLower() + u' ' + parts.at(1));
        }
        const Test::ProcessResult pip = Test::runProcess(python, args, env, {}, 180000);
        QVERIFY2(pip.exitCode == 0, qPrintable(pip.out + pip.err));

        const Result<QList<InstalledDistribution>> found =
            InstalledDistribution::scan(layoutAt(root, minor.out.trimmed()));
        QVERIFY2(found, why(found).constData());
        QStringList seen;
        for (const InstalledDistribution &distribution : *found) {
            seen.append(distribution.name.canonical() + u' ' + distribution.version.toString());
            QCOMPARE(distribution.installer, u"pip"_s);
            QVERIFY(distribution.requested);
            QVERIFY(distribution.archiveSha256.isEmpty());
            QVERIFY(QFileInfo(distribution.distInfoPath + u"/RECORD"_s).isFile());
        }
        expected.sort();
        QCOMPARE(seen, expected);
    }

    void readsAkariFieldsAndSorts()
    {
        QTemporaryDir temp;
        const EnvironmentLayout layout = layoutAt(temp.path(), u"3.12"_s);
        const QString site = layout.purelib;
        QVERIFY(writeFile(site + u"/Zeta_Pkg-2.0.dist-info/METADATA"_s, metadata(u"Zeta_Pkg"_s, u"2.0"_s)));
        QVERIFY(writeFile(site + u"/Zeta_Pkg-2.0.dist-info/INSTALLER"_s, "akari\n"));
        QVERIFY(writeFile(site + u"/Zeta_Pkg-2.0.dist-info/REQUESTED"_s, ""));
        QVERIFY(writeFile(site + u"/Zeta_Pkg-2.0.dist-info/akari-wheel"_s, "0123abcd\n"));
        QVERIFY(writeFile(site + u"/alpha-1.0rc1.dist-info/METADATA"_s, metadata(u"alpha"_s, u"1.0rc1"_s)));
        QVERIFY(writeFile(site + u"/mid.name-3.dist-info/METADATA"_s, metadata(u"Mid.Name"_s, u"3"_s)));
        // Not distributions: a file with the suffix, an egg-info, a package folder.
        QVERIFY(writeFile(site + u"/stray.dist-info"_s, "not a folder"));
        QVERIFY(writeFile(site + u"/old-1.0.egg-info/PKG-INFO"_s, metadata(u"old"_s, u"1.0"_s)));
        QVERIFY(writeFile(site + u"/alpha/__init__.py"_s, ""));

        const Result<QList<InstalledDistribution>> found = InstalledDistribution::scan(layout);
        QVERIFY2(found, why(found).constData());
        QCOMPARE(found->size(), 3);
        QCOMPARE(found->at(0).name.canonical(), u"alpha"_s);
        QCOMPARE(found->at(0).version.toString(), u"1.0rc1"_s);
        QVERIFY(found->at(0).installer.isEmpty());
        QVERIFY(!found->at(0).requested);
        QCOMPARE(found->at(1).name.canonical(), u"mid-name"_s);
        const InstalledDistribution &zeta = found->at(2);
        QCOMPARE(zeta.name.canonical(), u"zeta-pkg"_s);
        QCOMPARE(zeta.installer, u"akari"_s);
        QVERIFY(zeta.requested);
        QCOMPARE(zeta.archiveSha256, u"0123abcd"_s);
        QCOMPARE(zeta.distInfoPath, QFileInfo(site + u"/Zeta_Pkg-2.0.dist-info"_s).canonicalFilePath());
    }

    void scansPlatlibToo()
    {
        QTemporaryDir temp;
        EnvironmentLayout layout = layoutAt(temp.path(), u"3.12"_s);
        layout.platlib = temp.filePath(u"lib64/python3.12/site-packages"_s);
        QVERIFY(writeFile(layout.purelib + u"/pure-1.dist-info/METADATA"_s, metadata(u"pure"_s, u"1"_s)));
        QVERIFY(writeFile(layout.platlib + u"/plat-2.dist-info/METADATA"_s, metadata(u"plat"_s, u"2"_s)));
        const Result<QList<InstalledDistribution>> found = InstalledDistribution::scan(layout);
        QVERIFY(found);
        QCOMPARE(found->size(), 2);
        QCOMPARE(found->at(0).name.canonical(), u"plat"_s);
        QCOMPARE(found->at(1).name.canonical(), u"pure"_s);
    }

    void emptyEnvironmentHasNothing()
    {
        QTemporaryDir temp;
        const Result<QList<InstalledDistribution>> found =
            InstalledDistribution::scan(layoutAt(temp.path(), u"3.11"_s));
        QVERIFY(found);
        QVERIFY(found->isEmpty());
    }

    void brokenMetadataIsAnError_data()
    {
        QTest::addColumn<QByteArray>("metadata");
        QTest::addColumn<bool>("present");
        QTest::newRow("missing") << QByteArray() << false;
        QTest::newRow("no name") << QByteArray("Metadata-Version: 2.1\nVersion: 1.0\n") << true;
        QTest::newRow("bad version") << QByteArray("Metadata-Version: 2.1\nName: broken\nVersion: one\n") << true;
        QTest::newRow("not headers") << QByteArray("this is not metadata\n") << true;
    }

    void brokenMetadataIsAnError()
    {
        QFETCH(QByteArray, metadata);
        QFETCH(bool, present);
        QTemporaryDir temp;
        const EnvironmentLayout layout = layoutAt(temp.path(), u"3.12"_s);
        const QString distInfo = layout.purelib + u"/broken-1.0.dist-info"_s;
        QVERIFY(QDir().mkpath(distInfo));
        if (present)
            QVERIFY(writeFile(distInfo + u"/METADATA"_s, metadata));
        const Result<QList<InstalledDistribution>> found = InstalledDistribution::scan(layout);
        QVERIFY(!found);
        QVERIFY2(found.error().toString().contains(u"broken-1.0.dist-info"_s), qPrintable(found.error().toString()));
    }
};

QTEST_GUILESS_MAIN(TestInstalledDistribution)
#include "tst_installeddistribution.moc"
