// SPDX-License-Identifier: GPL-3.0-or-later

#include <sys/stat.h>
#include <unistd.h>

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "core/project/pyprojectfile.h"
#include "testenvironment.h"

using namespace Qt::Literals::StringLiterals;
using Akari::Error;
using Akari::PyProjectFile;

namespace
{
const QByteArray Original = "[project]\nname = \"demo\"\nversion = \"1.0\"\n";
const QByteArray Edited = "[project]\nname = \"demo\"\nversion = \"2.0\"\n";

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

QStringList backupsIn(const QString &directory)
{
    return QDir(directory).entryList({u"pyproject-*.toml"_s}, QDir::Files, QDir::Name);
}

} // namespace

class TestPyProjectFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;
    int m_projects = 0;

    // A fresh project folder with a pyproject.toml holding \a bytes; returns the file's path.
    QString newProject(const QByteArray &bytes = Original)
    {
        const QString path = QDir(m_root.path()).filePath(u"projects/demo-%1/pyproject.toml"_s.arg(++m_projects));
        if (!Akari::Test::writeFile(path, bytes))
            return {};
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        // Backups go below XDG_DATA_HOME, here inside the temporary folder; nothing is saved
        // before this is known to hold.
        qputenv("XDG_DATA_HOME", QFile::encodeName(QDir(m_root.path()).filePath(u"data"_s)));
        QVERIFY(PyProjectFile::backupDirectory(u"/x/pyproject.toml"_s).startsWith(m_root.path() + u'/'));
    }

    void backupDirectoryIsNamedAfterFolderAndPath()
    {
        const QString file = u"/home/me/work/my-model/pyproject.toml"_s;
        const QString hash = QString::fromLatin1(
            QCryptographicHash::hash("/home/me/work/my-model/pyproject.toml", QCryptographicHash::Sha256).toHex());
        QCOMPARE(PyProjectFile::backupDirectory(file),
                 QDir(m_root.path()).filePath(u"data/akari/backups/my-model-"_s + hash.left(12)));
        // Same folder name elsewhere: another history.
        QVERIFY(PyProjectFile::backupDirectory(u"/srv/my-model/pyproject.toml"_s) !=
                PyProjectFile::backupDirectory(file));
        // A relative path means the absolute one.
        QCOMPARE(PyProjectFile::backupDirectory(u"pyproject.toml"_s),
                 PyProjectFile::backupDirectory(QDir::current().absoluteFilePath(u"pyproject.toml"_s)));
    }

    void loadFolderOrFile()
    {
        const QString path = newProject();
        QVERIFY(!path.isEmpty());
        for (const QString &given : {QFileInfo(path).absolutePath(), path}) {
            const Akari::Result<PyProjectFile> file = PyProjectFile::load(given);
            QVERIFY2(file, qPrintable(file ? QString() : file.error().toString()));
            QCOMPARE(file->filePath(), path);
            QCOMPARE(file->bytes(), Original);
            QVERIFY(file->exists());
            QVERIFY(!file->changedOnDisk());
        }
        const Akari::Result<PyProjectFile> missing = PyProjectFile::load(m_root.filePath(u"no-such-folder"_s));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code(), Error::Code::NotFound);
    }

    void saveKeepsBackups()
    {
        const QString path = newProject();
        Akari::Result<PyProjectFile> file = PyProjectFile::load(path);
        QVERIFY(file);
        QString backup = u"not cleared"_s;
        const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
        const Akari::Result<void> saved = file->save(Edited, &backup);
        const QDateTime after = QDateTime::currentDateTimeUtc().addMSecs(1);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toString()));
        QCOMPARE(readFile(path), Edited);
        QCOMPARE(file->bytes(), Edited);
        QVERIFY(!file->changedOnDisk());

        QCOMPARE(QFileInfo(backup).absolutePath(), PyProjectFile::backupDirectory(path));
        QCOMPARE(readFile(backup), Original);
        const QRegularExpressionMatch match =
            QRegularExpression(u"^pyproject-(\\d{8}-\\d{6}-\\d{3})\\.toml$"_s).match(QFileInfo(backup).fileName());
        QVERIFY2(match.hasMatch(), qPrintable(backup));
        const QDateTime local = QDateTime::fromString(match.captured(1), u"yyyyMMdd-HHmmss-zzz"_s);
        const QDateTime stamp(local.date(), local.time(), Qt::UTC);
        QVERIFY2(stamp >= before && stamp <= after, qPrintable(stamp.toString(Qt::ISODateWithMs)));

        // Saving again keeps the text of the first save; both backups stay, newest last.
        const QByteArray third = Edited + "# third\n";
        QString secondBackup;
        QVERIFY(file->save(third, &secondBackup));
        QCOMPARE(readFile(path), third);
        QCOMPARE(readFile(secondBackup), Edited);
        QCOMPARE(backupsIn(PyProjectFile::backupDirectory(path)),
                 (QStringList{QFileInfo(backup).fileName(), QFileInfo(secondBackup).fileName()}));
    }

    void permissionsAreKept_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("0640") << 0640;
        QTest::newRow("0600") << 0600;
        QTest::newRow("0664") << 0664;
        QTest::newRow("0755") << 0755;
    }

    void permissionsAreKept()
    {
        QFETCH(int, mode);
        const QString path = newProject();
        const QByteArray native = QFile::encodeName(path);
        QCOMPARE(::chmod(native.constData(), mode_t(mode)), 0);
        Akari::Result<PyProjectFile> file = PyProjectFile::load(path);
        QVERIFY(file);
        QVERIFY(file->save(Edited));
        struct stat info = {};
        QCOMPARE(::stat(native.constData(), &info), 0);
        QCOMPARE(int(info.st_mode & 07777), mode);
        QCOMPARE(readFile(path), Edited);
    }

    void refusesWhenChangedOnDisk()
    {
        const QString path = newProject();
        Akari::Result<PyProjectFile> file = PyProjectFile::load(path);
        QVERIFY(file);
        const QByteArray theirs = Original + "# edited elsewhere\n";
        QVERIFY(Akari::Test::writeFile(path, theirs));
        QVERIFY(file->changedOnDisk());
        QString backup = u"not cleared"_s;
        const Akari::Result<void> saved = file->save(Edited, &backup);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code(), Error::Code::Io);
        QCOMPARE(saved.error().file(), path);
        QVERIFY(!saved.error().message().isEmpty());
        QVERIFY(backup.isEmpty());
        QCOMPARE(readFile(path), theirs);
        QCOMPARE(file->bytes(), Original);
        QVERIFY(!QFileInfo::exists(PyProjectFile::backupDirectory(path)));

        // Removed behind our back: also refused, and nothing is created.
        QVERIFY(QFile::remove(path));
        QVERIFY(file->changedOnDisk());
        QVERIFY(!file->save(Edited));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(PyProjectFile::backupDirectory(path)));
    }

    void sameBytesWrittenAgainIsNoChange()
    {
        const QString path = newProject();
        Akari::Result<PyProjectFile> file = PyProjectFile::load(path);
        QVERIFY(file);
        QVERIFY(Akari::Test::writeFile(path, Original));
        QVERIFY(!file->changedOnDisk());
        QVERIFY(file->save(Edited));
    }

    void newFile()
    {
        const QString folder = QFileInfo(newProject()).absolutePath() + u"-new"_s;
        QVERIFY(QDir().mkpath(folder));
        const QString path = QDir(folder).filePath(u"pyproject.toml"_s);
        PyProjectFile file = PyProjectFile::forNewFile(path);
        QCOMPARE(file.filePath(), path);
        QVERIFY(!file.exists());
        QVERIFY(file.bytes().isEmpty());
        QVERIFY(!file.changedOnDisk());
        QString backup = u"not cleared"_s;
        QVERIFY(file.save(Original, &backup));
        QVERIFY(backup.isEmpty());
        QVERIFY(file.exists());
        QCOMPARE(readFile(path), Original);
        QVERIFY(!QFileInfo::exists(PyProjectFile::backupDirectory(path)));

        // Someone else created the file first: refused.
        const QString raced = QDir(folder).filePath(u"sub/pyproject.toml"_s);
        PyProjectFile late = PyProjectFile::forNewFile(raced);
        QVERIFY(Akari::Test::writeFile(raced, "# theirs\n"));
        QVERIFY(late.changedOnDisk());
        QVERIFY(!late.save(Original));
        QCOMPARE(readFile(raced), QByteArray("# theirs\n"));

        // A folder that does not exist: the write fails (for root too), nothing appears.
        PyProjectFile nowhere = PyProjectFile::forNewFile(QDir(folder).filePath(u"missing/pyproject.toml"_s));
        const Akari::Result<void> saved = nowhere.save(Original);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code(), Error::Code::Io);
        QCOMPARE(saved.error().file(), nowhere.filePath());
        QVERIFY(!nowhere.exists());
        QVERIFY(!QFileInfo::exists(QDir(folder).filePath(u"missing"_s)));
    }

    // The backup folder's place is taken by a regular file: no backup can be made, so
    // nothing is written. This fails for root too, unlike permission tricks.
    void failedBackupLeavesFileAlone()
    {
        const QString path = newProject();
        Akari::Result<PyProjectFile> file = PyProjectFile::load(path);
        QVERIFY(file);
        const QString blocked = PyProjectFile::backupDirectory(path);
        QVERIFY(Akari::Test::writeFile(blocked, "not a folder"));
        const Akari::Result<void> saved = file->save(Edited);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code(), Error::Code::Io);
        QCOMPARE(saved.error().file(), path);
        QVERIFY2(saved.error().message().contains(QDir::toNativeSeparators(blocked)),
                 qPrintable(saved.error().message()));
        QCOMPARE(readFile(path), Original);
        QCOMPARE(file->bytes(), Original);
        QCOMPARE(readFile(blocked), QByteArray("not a folder"));
    }

    void readOnlyFolderLeavesFileAlone()
    {
        if (::geteuid() == 0)
            QSKIP("Running as root: a read-only folder does not stop root from writing (failedBackupLeavesFileAlone "
                  "and newFile cover failures that do).");
        const QString path = newProject();
        Akari::Result<PyProjectFile> file = PyProjectFile::load(path);
        QVERIFY(file);
        const QString folder = QFileInfo(path).absolutePath();
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        const Akari::Result<void> saved = file->save(Edited);
        QVERIFY(
            QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
        QVERIFY(!saved);
        QCOMPARE(saved.error().code(), Error::Code::Io);
        QCOMPARE(saved.error().file(), path);
        QCOMPARE(readFile(path), Original);
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList{u"pyproject.toml"_s});
    }

    void keepsTheNewestTwenty()
    {
        const QString path = newProject();
        const QString directory = PyProjectFile::backupDirectory(path);
        QStringList old;
        for (int i = 0; i < 25; ++i) {
            old.append(u"pyproject-20200101-0000%1-000.toml"_s.arg(i, 2, 10, QLatin1Char('0')));
            QVERIFY(Akari::Test::writeFile(QDir(directory).filePath(old.last()), QByteArray::number(i)));
        }
        QVERIFY(Akari::Test::writeFile(QDir(directory).filePath(u"notes.txt"_s), "mine"));
        Akari::Result<PyProjectFile> file = PyProjectFile::load(path);
        QVERIFY(file);
        QString backup;
        QVERIFY(file->save(Edited, &backup));
        const QStringList expected = old.mid(6) + QStringList{QFileInfo(backup).fileName()};
        QCOMPARE(backupsIn(directory), expected);
        QVERIFY(QFileInfo::exists(QDir(directory).filePath(u"notes.txt"_s)));
        QCOMPARE(readFile(backup), Original);
    }

    void manySavesInARow()
    {
        const QString path = newProject();
        Akari::Result<PyProjectFile> file = PyProjectFile::load(path);
        QVERIFY(file);
        QStringList backups;
        for (int i = 0; i < 30; ++i) {
            QString backup;
            QVERIFY(file->save(Original + QByteArray::number(i), &backup));
            backups.append(QFileInfo(backup).fileName());
        }
        // Names are unique and in order even within one millisecond; the newest 20 stay.
        QCOMPARE(backupsIn(PyProjectFile::backupDirectory(path)), backups.mid(10));
        QCOMPARE(readFile(QDir(PyProjectFile::backupDirectory(path)).filePath(backups.last())), Original + "28");
    }
};

QTEST_GUILESS_MAIN(TestPyProjectFile)
#include "tst_pyprojectfile.moc"
