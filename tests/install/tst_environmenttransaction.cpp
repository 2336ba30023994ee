// SPDX-License-Identifier: GPL-3.0-or-later
#include <filesystem>
#include <optional>

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include "core/install/environmenttransaction.h"
#include "core/install/pythoninterpreter.h"
#include "core/install/virtualenvironmentbuilder.h"
#include "core/resolve/interpreterquerycache.h"
#include "tests/support/testenvironment.h"

using namespace Qt::Literals::StringLiterals;
using namespace Akari;

namespace
{

struct Entry
{
    char type = 'f'; // f file, d folder, l symlink
    qint64 size = 0;
    qint64 mtimeNs = 0;
    quint64 inode = 0;
    quint32 mode = 0;
    QString linkTarget;
    QByteArray sha256;

    friend bool operator==(const Entry &, const Entry &) = default;
};

using Listing = QMap<QString, Entry>;

Entry describe(const QString &path)
{
    Entry entry;
    struct stat status
    {};
    if (::lstat(QFile::encodeName(path).constData(), &status) != 0)
        return entry;
    entry.size = status.st_size;
    entry.mtimeNs = qint64(status.st_mtim.tv_sec) * 1000000000 + status.st_mtim.tv_nsec;
    entry.inode = status.st_ino;
    entry.mode = status.st_mode;
    if (S_ISLNK(status.st_mode)) {
        entry.type = 'l';
        entry.linkTarget =
            QFile::decodeName(std::filesystem::read_symlink(QFile::encodeName(path).toStdString()).c_str());
    } else if (S_ISDIR(status.st_mode)) {
        entry.type = 'd';
    } else {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            entry.sha256 = QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
    }
    return entry;
}

// Every entry below \a root (symlinks not followed) with sizes, mtimes, inodes, modes, contents.
Listing listing(const QString &root)
{
    Listing result;
    result.insert(u"."_s, describe(root));
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        result.insert(QDir(root).relativeFilePath(path), describe(path));
    }
    return result;
}

QStringList leftovers(const QString &environment)
{
    // Any staging or old folder beside the environment, however it is spelt.
    return QDir(QFileInfo(environment).absolutePath())
        .entryList({u"*.akari-*"_s}, QDir::AllEntries | QDir::Hidden | QDir::System);
}

bool write(const QString &path, const QByteArray &contents)
{
    return Test::writeFile(path, contents);
}

} // namespace

class TestEnvironmentTransaction : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void newEnvironmentIsCreatedOnCommit();
    void cloneSharesFilesAndRollbackRestoresAll();
    void commitShowsTheChanges();
    void destructorRollsBack();
    void recreateReplacesTheEnvironment();
    void refusesToReplaceSomethingElse();
    void crashRecovery_data();
    void crashRecovery();
    void cancellation_data();
    void cancellation();
    void needsRecreate();

private:
    // A venv at m_environment with a package, a relative symlink, a link out of the tree and
    // a read-only folder.
    void makeEnvironment();

    QTemporaryDir m_cache;
    std::optional<PythonInterpreter> m_python;
    std::optional<QTemporaryDir> m_dir;
    QString m_outside;
    QString m_environment;
    QString m_sitePackages;
};

void TestEnvironmentTransaction::initTestCase()
{
    QVERIFY(m_cache.isValid());
    qputenv("XDG_CACHE_HOME", m_cache.path().toUtf8());
    const InterpreterQueryCache cache(m_cache.filePath(u"interpreters"_s));
    Result<PythonInterpreter> python =
        PythonInterpreter::query(QStringLiteral(AKARI_PYTHON3), PythonInterpreter::Source::Explicit, cache);
    QVERIFY2(python, qPrintable(python ? QString() : python.error().toString()));
    m_python = *python;
}

void TestEnvironmentTransaction::init()
{
    m_dir.emplace();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir(m_dir->path()).mkpath(u"my-project"_s));
    m_environment = m_dir->filePath(u"my-project/.venv"_s);
    m_outside = m_dir->filePath(u"outside"_s);
    QVERIFY(write(m_outside + u"/secret.txt"_s, "not part of the environment\n"));
}

void TestEnvironmentTransaction::makeEnvironment()
{
    Result<EnvironmentLayout> layout = VirtualEnvironmentBuilder::create(*m_python, m_environment, {});
    QVERIFY2(layout, qPrintable(layout ? QString() : layout.error().toString()));
    m_sitePackages = layout->purelib;
    QVERIFY(write(m_sitePackages + u"/demo/__init__.py"_s, "from .a import A\n"));
    QVERIFY(write(m_sitePackages + u"/demo/a.py"_s, "A = 1\n"));
    QVERIFY(write(m_sitePackages + u"/demo/b.py"_s, "B = 'original'\n"));
    QVERIFY(write(m_sitePackages + u"/demo/data/readonly.txt"_s, "data\n"));
    QVERIFY(QFile::link(u"a.py"_s, m_sitePackages + u"/demo/alias.py"_s));
    QVERIFY(QFile::link(m_outside, m_sitePackages + u"/demo/outside"_s));
    QVERIFY(QFile::setPermissions(m_sitePackages + u"/demo/data"_s,
                                  QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup));
}

void TestEnvironmentTransaction::newEnvironmentIsCreatedOnCommit()
{
    EnvironmentTransaction::Options options;
    Result<EnvironmentTransaction> transaction = EnvironmentTransaction::begin(m_environment, *m_python, options);
    QVERIFY2(transaction, qPrintable(transaction ? QString() : transaction.error().toString()));
    QVERIFY(transaction->createdEnvironment());
    const QString stage = transaction->layout().root;
    QVERIFY2(QFileInfo(stage).fileName().startsWith(u".venv.akari-stage-"_s), qPrintable(stage));
    QCOMPARE(QFileInfo(stage).absolutePath(), QFileInfo(m_environment).absolutePath());
    QCOMPARE(transaction->layout().finalRoot, m_environment);
    QVERIFY(!QFileInfo::exists(m_environment));
    QVERIFY(QFileInfo::exists(transaction->layout().python));

    QVERIFY(transaction->commit());
    QVERIFY(!QFileInfo::exists(stage));
    QCOMPARE(leftovers(m_environment), QStringList());
    QCOMPARE(transaction->layout().root, m_environment);

    // The committed environment's own Python knows it is a venv at its final path.
    QProcess python;
    python.start(m_environment + u"/bin/python"_s, {u"-c"_s, u"import sys; print(sys.prefix)"_s});
    QVERIFY(python.waitForFinished(30000));
    QCOMPARE(python.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(python.readAllStandardOutput()).trimmed(), m_environment);
    QFile cfg(m_environment + u"/pyvenv.cfg"_s);
    QVERIFY(cfg.open(QIODevice::ReadOnly));
    QVERIFY(cfg.readAll().contains("my-project"));
}

void TestEnvironmentTransaction::cloneSharesFilesAndRollbackRestoresAll()
{
    makeEnvironment();
    const Listing before = listing(m_environment);

    Result<EnvironmentTransaction> transaction = EnvironmentTransaction::begin(m_environment, *m_python, {});
    QVERIFY2(transaction, qPrintable(transaction ? QString() : transaction.error().toString()));
    QVERIFY(!transaction->createdEnvironment());
    const QString stage = transaction->layout().root;
    QCOMPARE(leftovers(m_environment), QStringList{QFileInfo(stage).fileName()});
    QCOMPARE(transaction->layout().finalRoot, m_environment);
    QVERIFY(transaction->layout().purelib.startsWith(stage + u'/'));

    // The clone: same names; files are the same inodes; links are links with the same target;
    // folders are new, with the same modes; nothing outside the tree was copied.
    const Listing staged = listing(stage);
    QCOMPARE(staged.keys(), before.keys());
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const Entry &clone = staged.value(it.key());
        QVERIFY2(clone.type == it->type, qPrintable(it.key()));
        QVERIFY2(clone.mode == it->mode, qPrintable(it.key()));
        if (it->type == 'f')
            QVERIFY2(clone.inode == it->inode && clone.sha256 == it->sha256, qPrintable(it.key()));
        else
            QVERIFY2(clone.inode != it->inode, qPrintable(it.key()));
        QVERIFY2(clone.linkTarget == it->linkTarget, qPrintable(it.key()));
    }

    // An installer's changes, by the rule: unlink, never write through the link.
    const QString sitePackages = transaction->layout().purelib;
    QVERIFY(QFile::remove(sitePackages + u"/demo/a.py"_s));
    QVERIFY(write(sitePackages + u"/demo/new.py"_s, "NEW = True\n"));
    QVERIFY(QFile::remove(sitePackages + u"/demo/b.py"_s));
    QVERIFY(write(sitePackages + u"/demo/b.py"_s, "B = 'replaced'\n"));
    QVERIFY(listing(m_environment) == before);

    transaction->rollback();
    QVERIFY(!QFileInfo::exists(stage));
    QVERIFY(listing(m_environment) == before);
    QCOMPARE(leftovers(m_environment), QStringList());
    transaction->rollback(); // idempotent
    QVERIFY(!transaction->commit());
    QVERIFY(listing(m_environment) == before);
}

void TestEnvironmentTransaction::commitShowsTheChanges()
{
    makeEnvironment();
    const Listing before = listing(m_environment);
    {
        Result<EnvironmentTransaction> transaction = EnvironmentTransaction::begin(m_environment, *m_python, {});
        QVERIFY(transaction);
        const QString sitePackages = transaction->layout().purelib;
        QVERIFY(QFile::remove(sitePackages + u"/demo/a.py"_s));
        QVERIFY(write(sitePackages + u"/demo/new.py"_s, "NEW = True\n"));
        QVERIFY(QFile::remove(sitePackages + u"/demo/b.py"_s));
        QVERIFY(write(sitePackages + u"/demo/b.py"_s, "B = 'replaced'\n"));
        QVERIFY(transaction->commit());
    }
    QCOMPARE(leftovers(m_environment), QStringList());
    const Listing after = listing(m_environment);
    QVERIFY(!after.contains(u"lib/python%1/site-packages/demo/a.py"_s.arg(m_python->minorVersion())));
    const QString demo = m_sitePackages + u"/demo/"_s;
    QVERIFY(QFileInfo::exists(demo + u"new.py"_s));
    QFile b(demo + u"b.py"_s);
    QVERIFY(b.open(QIODevice::ReadOnly));
    QCOMPARE(b.readAll(), QByteArray("B = 'replaced'\n"));
    // Untouched files are still the very same inodes.
    const QString init = QDir(m_environment).relativeFilePath(demo + u"__init__.py"_s);
    QCOMPARE(after.value(init).inode, before.value(init).inode);
    QCOMPARE(QFileInfo(demo + u"outside"_s).symLinkTarget(), m_outside);
    QVERIFY(QFileInfo::exists(m_outside + u"/secret.txt"_s));
    QCOMPARE(QDir(m_outside).entryList(QDir::Files), QStringList{u"secret.txt"_s});
}

void TestEnvironmentTransaction::destructorRollsBack()
{
    makeEnvironment();
    const Listing before = listing(m_environment);
    QString stage;
    {
        Result<EnvironmentTransaction> transaction = EnvironmentTransaction::begin(m_environment, *m_python, {});
        QVERIFY(transaction);
        stage = transaction->layout().root;
        EnvironmentTransaction moved = std::move(*transaction);
        QCOMPARE(moved.layout().root, stage);
        QVERIFY(write(moved.layout().purelib + u"/extra.py"_s, "x = 1\n"));
    }
    QVERIFY(!QFileInfo::exists(stage));
    QVERIFY(listing(m_environment) == before);
}

void TestEnvironmentTransaction::recreateReplacesTheEnvironment()
{
    makeEnvironment();
    EnvironmentTransaction::Options options;
    options.recreate = true;
    Result<EnvironmentTransaction> transaction = EnvironmentTransaction::begin(m_environment, *m_python, options);
    QVERIFY2(transaction, qPrintable(transaction ? QString() : transaction.error().toString()));
    QVERIFY(transaction->createdEnvironment());
    QVERIFY(!QFileInfo::exists(transaction->layout().purelib + u"/demo"_s));
    QVERIFY(QFileInfo::exists(m_sitePackages + u"/demo/a.py"_s));
    QVERIFY(transaction->commit());
    QVERIFY(!QFileInfo::exists(m_sitePackages + u"/demo"_s));
    QVERIFY(QFileInfo::exists(m_environment + u"/pyvenv.cfg"_s));
    QCOMPARE(leftovers(m_environment), QStringList());
}

void TestEnvironmentTransaction::refusesToReplaceSomethingElse()
{
    QVERIFY(write(m_environment + u"/notes.txt"_s, "my own folder\n"));
    const Listing before = listing(m_environment);
    EnvironmentTransaction::Options options;
    options.recreate = true;
    Result<EnvironmentTransaction> transaction = EnvironmentTransaction::begin(m_environment, *m_python, options);
    QVERIFY(!transaction);
    QVERIFY(transaction.error().message().contains(m_environment));
    QVERIFY(listing(m_environment) == before);
    QCOMPARE(leftovers(m_environment), QStringList());
    // Without recreate it is not an environment to clone either.
    QVERIFY(!EnvironmentTransaction::begin(m_environment, *m_python, {}));
    QCOMPARE(leftovers(m_environment), QStringList());
}

void TestEnvironmentTransaction::crashRecovery_data()
{
    QTest::addColumn<bool>("stageLeft");         // a staging folder survived
    QTest::addColumn<bool>("oldLeft");           // the environment was moved aside
    QTest::addColumn<bool>("environmentLeft");   // the environment's name is taken
    QTest::addColumn<QString>("expectedMarker"); // marker of the environment afterwards

    QTest::newRow("stage only") << true << false << true << u"current"_s;
    QTest::newRow("between the renames") << false << true << false << u"old"_s;
    QTest::newRow("between the renames, stage too") << true << true << false << u"old"_s;
    QTest::newRow("old not yet deleted") << false << true << true << u"current"_s;
}

void TestEnvironmentTransaction::crashRecovery()
{
    QFETCH(bool, stageLeft);
    QFETCH(bool, oldLeft);
    QFETCH(bool, environmentLeft);
    QFETCH(QString, expectedMarker);

    const QString parent = QFileInfo(m_environment).absolutePath();
    if (oldLeft) {
        makeEnvironment();
        QVERIFY(write(m_sitePackages + u"/marker.txt"_s, "old"));
        QVERIFY(QDir().rename(m_environment, parent + u"/.venv.akari-old-Ab12Cd"_s));
    }
    if (environmentLeft) {
        Result<EnvironmentLayout> layout = VirtualEnvironmentBuilder::create(*m_python, m_environment, {});
        QVERIFY(layout);
        QVERIFY(write(layout->purelib + u"/marker.txt"_s, "current"));
    }
    if (stageLeft) {
        QVERIFY(write(parent + u"/.venv.akari-stage-Zz9Yy8/lib/half-installed.py"_s, "x"));
        QVERIFY(QFile::link(m_outside, parent + u"/.venv.akari-stage-Zz9Yy8/lib/outside"_s));
    }
    QVERIFY(write(parent + u"/.venv-unrelated/keep.txt"_s, "not ours"));

    Result<EnvironmentTransaction> transaction = EnvironmentTransaction::begin(m_environment, *m_python, {});
    QVERIFY2(transaction, qPrintable(transaction ? QString() : transaction.error().toString()));
    QVERIFY2(!transaction->createdEnvironment(),
             qPrintable(QDir(parent).entryList(QDir::AllEntries | QDir::Hidden).join(u' ')));
    QFile marker(transaction->layout().purelib + u"/marker.txt"_s);
    QVERIFY(marker.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(marker.readAll()), expectedMarker);
    transaction->rollback();

    QCOMPARE(leftovers(m_environment), QStringList());
    QVERIFY(QFileInfo::exists(parent + u"/.venv-unrelated/keep.txt"_s));
    QVERIFY(QFileInfo::exists(m_outside + u"/secret.txt"_s)); // a leftover's link was not followed
}

void TestEnvironmentTransaction::cancellation_data()
{
    QTest::addColumn<int>("cancelAtCall");
    QTest::newRow("before staging") << 1;
    QTest::newRow("early in the clone") << 3;
    QTest::newRow("deep in the clone") << 15;
}

void TestEnvironmentTransaction::cancellation()
{
    QFETCH(int, cancelAtCall);
    makeEnvironment();
    const Listing before = listing(m_environment);
    int calls = 0;
    EnvironmentTransaction::Options options;
    options.isCancelled = [&calls, cancelAtCall] { return ++calls >= cancelAtCall; };
    Result<EnvironmentTransaction> transaction = EnvironmentTransaction::begin(m_environment, *m_python, options);
    QVERIFY(!transaction);
    QCOMPARE(transaction.error().code(), Error::Code::Cancelled);
    QCOMPARE(calls, cancelAtCall); // it stopped at once
    QCOMPARE(leftovers(m_environment), QStringList());
    QVERIFY(listing(m_environment) == before);
}

void TestEnvironmentTransaction::needsRecreate()
{
    QVERIFY(!EnvironmentTransaction::needsRecreate(m_environment, *m_python));
    makeEnvironment();
    QCOMPARE(EnvironmentTransaction::needsRecreate(m_environment, *m_python), std::nullopt);

    // Another minor version than the interpreter's.
    PythonInterpreter other = *m_python;
    other.version = Version::parse(u"3.%1.0"_s.arg(m_python->version.release()[1] + 1)).value();
    const std::optional<QString> reason = EnvironmentTransaction::needsRecreate(m_environment, other);
    QVERIFY(reason);
    QVERIFY2(reason->contains(m_environment) && reason->contains(other.minorVersion()), qPrintable(*reason));

    // A base interpreter that is gone.
    QFile cfg(m_environment + u"/pyvenv.cfg"_s);
    QVERIFY(cfg.open(QIODevice::ReadOnly));
    QByteArray text = cfg.readAll();
    cfg.close();
    QStringList lines = QString::fromUtf8(text).split(u'\n');
    for (QString &line : lines) {
        if (line.startsWith(u"home"_s))
            line = u"home = "_s + m_dir->filePath(u"gone/bin"_s);
    }
    QVERIFY(cfg.open(QIODevice::WriteOnly | QIODevice::Truncate));
    cfg.write(lines.join(u'\n').toUtf8());
    cfg.close();
    const std::optional<QString> gone = EnvironmentTransaction::needsRecreate(m_environment, *m_python);
    QVERIFY(gone);
    QVERIFY2(gone->contains(m_dir->filePath(u"gone/bin"_s)), qPrintable(*gone));
}

QTEST_GUILESS_MAIN(TestEnvironmentTransaction)
#include "tst_environmenttransaction.moc"
