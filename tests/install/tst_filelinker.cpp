// SPDX-License-Identifier: GPL-3.0-or-later
#include <atomic>
#include <thread>
#include <vector>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include "core/install/filelinker.h"

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

std::atomic<int> g_notices = 0;
QtMessageHandler g_previous = nullptr;

void countNotices(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && qstrcmp(context.category, "akari.install") == 0 &&
        message.contains(FileLinker::copyNotice()))
        ++g_notices;
    else if (g_previous)
        g_previous(type, context, message);
}

struct stat statOf(const QString &path)
{
    struct stat info
    {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        info.st_nlink = 0;
    return info;
}

bool writeFile(const QString &path, const QByteArray &data, QFile::Permissions permissions = {})
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return false;
    file.close();
    return permissions == QFile::Permissions() || file.setPermissions(permissions);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

} // namespace

class TestFileLinker : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_source;
    QString m_sharedMemory; ///< a tmpfs folder: another filesystem than m_source

    [[nodiscard]] bool otherFilesystemAvailable() const
    {
        return !m_sharedMemory.isEmpty() && statOf(m_sharedMemory).st_dev != statOf(m_source.path()).st_dev;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_source.isValid());
        g_previous = qInstallMessageHandler(countNotices);
        if (QFileInfo(u"/dev/shm"_s).isWritable())
            m_sharedMemory = u"/dev/shm"_s;
    }

    void cleanupTestCase() { qInstallMessageHandler(g_previous); }

    void init() { g_notices = 0; }

    void hardLinksOnOneFilesystem()
    {
        QTemporaryDir target;
        const QString from = m_source.filePath(u"hard.py"_s);
        QVERIFY(writeFile(from, "print('hard')\n"));
        FileLinker linker;
        const Result<FileLinker::Mode> mode = linker.link(from, target.filePath(u"hard.py"_s));
        QVERIFY2(mode, why(mode).constData());
        QCOMPARE(*mode, FileLinker::Mode::HardLink);
        QCOMPARE(statOf(from).st_nlink, nlink_t(2));
        QCOMPARE(statOf(target.filePath(u"hard.py"_s)).st_ino, statOf(from).st_ino);
        QCOMPARE(linker.mode(), FileLinker::Mode::HardLink);
        QVERIFY(!linker.copiedAcrossFilesystems());
        QCOMPARE(g_notices.load(), 0);
    }

    void copiesAcrossFilesystemsWithOneNotice_data()
    {
        QTest::addColumn<int>("files");
        QTest::newRow("one file") << 1;
        QTest::newRow("five files") << 5;
    }

    void copiesAcrossFilesystemsWithOneNotice()
    {
        QFETCH(int, files);
        if (!otherFilesystemAvailable())
            QSKIP("/dev/shm is not another filesystem here");
        QTemporaryDir target(m_sharedMemory + u"/akari-linker-XXXXXX"_s);
        QVERIFY(target.isValid());
        FileLinker linker;
        for (int i = 0; i < files; ++i) {
            const QString name = u"file%1.bin"_s.arg(i);
            const QByteArray data = QByteArray::number(i).repeated(1000 + i);
            QVERIFY(writeFile(m_source.filePath(name), data, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
            const Result<FileLinker::Mode> mode = linker.link(m_source.filePath(name), target.filePath(name));
            QVERIFY2(mode, why(mode).constData());
            QVERIFY(*mode != FileLinker::Mode::HardLink);
            QCOMPARE(readFile(target.filePath(name)), data);
            QCOMPARE(statOf(target.filePath(name)).st_nlink, nlink_t(1));
            // A copy keeps the executable bit, as a link would.
            QVERIFY(QFileInfo(target.filePath(name)).permissions() & QFile::ExeOwner);
        }
        QCOMPARE(linker.mode(), FileLinker::Mode::Copy);
        QVERIFY(linker.copiedAcrossFilesystems());
        QCOMPARE(g_notices.load(), 1);
    }

    void oneNoticeFromManyThreads()
    {
        if (!otherFilesystemAvailable())
            QSKIP("/dev/shm is not another filesystem here");
        QTemporaryDir target(m_sharedMemory + u"/akari-linker-XXXXXX"_s);
        QVERIFY(target.isValid());
        constexpr int Threads = 8;
        for (int i = 0; i < Threads; ++i)
            QVERIFY(writeFile(m_source.filePath(u"t%1"_s.arg(i)), QByteArray::number(i)));
        FileLinker linker;
        std::atomic<int> failures = 0;
        std::vector<std::thread> threads;
        for (int i = 0; i < Threads; ++i)
            threads.emplace_back([&, i] {
                const QString name = u"t%1"_s.arg(i);
                if (!linker.link(m_source.filePath(name), target.filePath(name)))
                    ++failures;
            });
        for (std::thread &thread : threads)
            thread.join();
        QCOMPARE(failures.load(), 0);
        QCOMPARE(g_notices.load(), 1);
        for (int i = 0; i < Threads; ++i)
            QCOMPARE(readFile(target.filePath(u"t%1"_s.arg(i))), QByteArray::number(i));
    }

    void preferredCopyGivesNoNotice()
    {
        QTemporaryDir target;
        const QString from = m_source.filePath(u"copy.txt"_s);
        QVERIFY(writeFile(from, "copy me"));
        FileLinker linker(FileLinker::Mode::Copy);
        const Result<FileLinker::Mode> mode = linker.link(from, target.filePath(u"copy.txt"_s));
        QVERIFY(mode);
        QCOMPARE(*mode, FileLinker::Mode::Copy);
        QCOMPARE(statOf(from).st_nlink, nlink_t(1));
        QCOMPARE(readFile(target.filePath(u"copy.txt"_s)), QByteArray("copy me"));
        QVERIFY(!linker.copiedAcrossFilesystems());
        QCOMPARE(g_notices.load(), 0);
    }

    void refusesAnExistingTarget_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("hard link") << int(FileLinker::Mode::HardLink);
        QTest::newRow("copy") << int(FileLinker::Mode::Copy);
    }

    void refusesAnExistingTarget()
    {
        QFETCH(int, mode);
        QTemporaryDir target;
        const QString from = m_source.filePath(u"new.txt"_s);
        const QString to = target.filePath(u"old.txt"_s);
        QVERIFY(writeFile(from, "new"));
        QVERIFY(writeFile(to, "old"));
        FileLinker linker{static_cast<FileLinker::Mode>(mode)};
        const Result<FileLinker::Mode> result = linker.link(from, to);
        QVERIFY(!result);
        QCOMPARE(result.error().code(), Error::Code::Io);
        QVERIFY(result.error().message().contains(to));
        QCOMPARE(readFile(to), QByteArray("old"));
    }

    void missingSourceIsAnError()
    {
        QTemporaryDir target;
        const QString from = m_source.filePath(u"does-not-exist"_s);
        FileLinker linker;
        const Result<FileLinker::Mode> result = linker.link(from, target.filePath(u"x"_s));
        QVERIFY(!result);
        QCOMPARE(result.error().code(), Error::Code::Io);
        QVERIFY(result.error().message().contains(from));
        QVERIFY(!QFileInfo::exists(target.filePath(u"x"_s)));
        // A missing file says nothing about the filesystems: the linker keeps linking.
        QCOMPARE(linker.mode(), FileLinker::Mode::HardLink);
        QCOMPARE(g_notices.load(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFileLinker)
#include "tst_filelinker.moc"
