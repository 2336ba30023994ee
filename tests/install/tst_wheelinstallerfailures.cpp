// SPDX-License-Identifier: GPL-3.0-or-later
// WheelInstaller's refusals and rollbacks: RECORD paths outside the environment, clashing
// files, cancellation at every step and unsafe entry points leave the environment as it was.
// The installs compared with pip: tst_wheelinstaller.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include "core/install/environmentlayout.h"
#include "core/install/filelinker.h"
#include "core/install/wheelinstaller.h"
#include "wheelinstallerfixture.h"

using namespace Qt::Literals::StringLiterals;
using namespace Akari;

class TestWheelInstallerFailures : public QObject, private Test::WheelInstallerFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString skip;
        setUp(&skip);
        if (!skip.isEmpty())
            QSKIP(qPrintable(skip));
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

QTEST_GUILESS_MAIN(TestWheelInstallerFailures)
#include "tst_wheelinstallerfailures.moc"
