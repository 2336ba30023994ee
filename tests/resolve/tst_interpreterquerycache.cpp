// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "core/resolve/interpreterquerycache.h"
#include "core/resolve/targetenvironment.h"

using namespace Qt::Literals::StringLiterals;
using namespace Akari;

namespace
{

const QByteArray Script = "print('the script is not run by the stand-ins')";

// A stand-in interpreter: appends a line to \a marker each time it runs, then runs \a body.
bool writeInterpreter(const QString &path, const QString &marker, const QByteArray &body)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write("#!/bin/sh\necho ran >> '" + marker.toUtf8() + "'\n" + body + "\n");
    file.close();
    return file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

// Prints {"runs": N}, N counted from the marker: each fresh answer differs from the last.
QByteArray countingBody(const QString &marker)
{
    return "printf '{\"runs\": %s}\\n' $(wc -l < '" + marker.toUtf8() + "')";
}

int runs(const QString &marker)
{
    QFile file(marker);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return int(file.readAll().count('\n'));
}

QStringList entries(const QString &directory)
{
    return QDir(directory).entryList({u"*.json"_s}, QDir::Files);
}

} // namespace

class TestInterpreterQueryCache : public QObject
{
    Q_OBJECT

private slots:
    void defaultDirectoryFollowsXdg();
    void cachedAnswerIsUsed();
    void changedInterpreterIsAskedAgain_data();
    void changedInterpreterIsAskedAgain();
    void corruptEntryIsAskedAgain_data();
    void corruptEntryIsAskedAgain();
    void scriptsAndPathsHaveTheirOwnEntries();
    void failuresAreNotCached();
    void forInterpreterAsksOnce();
    void forInterpreterReplacesAnUnusableAnswer();

private:
    QTemporaryDir m_dir;
};

void TestInterpreterQueryCache::defaultDirectoryFollowsXdg()
{
    const QByteArray saved = qgetenv("XDG_CACHE_HOME");
    qputenv("XDG_CACHE_HOME", m_dir.filePath(u"xdg"_s).toUtf8());
    QCOMPARE(InterpreterQueryCache::defaultDirectory(), m_dir.filePath(u"xdg/akari/interpreters"_s));
    QCOMPARE(InterpreterQueryCache().directory(), m_dir.filePath(u"xdg/akari/interpreters"_s));
    qputenv("XDG_CACHE_HOME", saved);
}

void TestInterpreterQueryCache::cachedAnswerIsUsed()
{
    const QTemporaryDir dir;
    const QString marker = dir.filePath(u"marker"_s);
    const QString python = dir.filePath(u"python"_s);
    QVERIFY(writeInterpreter(python, marker, countingBody(marker)));
    const InterpreterQueryCache cache(dir.filePath(u"cache"_s));

    const Result<InterpreterQueryCache::Answer> first = cache.query(python, Script);
    QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
    QVERIFY(!first->fromCache);
    QCOMPARE(first->facts.value(u"runs"_s).toInt(), 1);
    QCOMPARE(entries(cache.directory()).size(), 1);

    // Again, and from a second cache object on the same folder (as the next process would).
    for (const InterpreterQueryCache &again : {cache, InterpreterQueryCache(dir.filePath(u"cache"_s))}) {
        const Result<InterpreterQueryCache::Answer> answer = again.query(python, Script);
        QVERIFY(answer);
        QVERIFY(answer->fromCache);
        QCOMPARE(answer->facts, first->facts);
    }
    QCOMPARE(runs(marker), 1);
    // The same interpreter named through another spelling of its path is the same entry.
    QVERIFY(cache.query(dir.filePath(u"./python"_s), Script));
    QCOMPARE(runs(marker), 1);
}

void TestInterpreterQueryCache::changedInterpreterIsAskedAgain_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("modification time") << u"touch"_s;
    QTest::newRow("content, same size and time") << u"rewrite"_s;
    QTest::newRow("replaced by another file") << u"replace"_s;
    QTest::newRow("symlink pointed elsewhere") << u"relink"_s;
    QTest::newRow("became a venv") << u"venv"_s;
}

void TestInterpreterQueryCache::changedInterpreterIsAskedAgain()
{
    QFETCH(QString, change);
    const QTemporaryDir dir;
    const QString marker = dir.filePath(u"marker"_s);
    QVERIFY(QDir(dir.path()).mkpath(u"env/bin"_s));
    const QString real = dir.filePath(u"python-real"_s);
    const QString other = dir.filePath(u"python-other"_s);
    QVERIFY(writeInterpreter(real, marker, countingBody(marker)));
    QVERIFY(writeInterpreter(other, marker, countingBody(marker)));
    // Asked through a link, as a venv's python is.
    const QString python = dir.filePath(u"env/bin/python"_s);
    QVERIFY(QFile::link(real, python));
    const InterpreterQueryCache cache(dir.filePath(u"cache"_s));
    QVERIFY(cache.query(python, Script));
    QVERIFY(cache.query(python, Script)->fromCache);
    QCOMPARE(runs(marker), 1);

    const QDateTime modified = QFileInfo(real).lastModified();
    if (change == u"touch"_s) {
        QFile file(real);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(modified.addSecs(10), QFileDevice::FileModificationTime));
    } else if (change == u"rewrite"_s) {
        QFile file(real);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const QByteArray text = file.readAll();
        QVERIFY(file.seek(0));
        QByteArray changed = text;
        changed.replace("echo ran", "echo RAN");
        QCOMPARE(file.write(changed), text.size());
        QVERIFY(file.flush());
        QVERIFY(file.setFileTime(modified, QFileDevice::FileModificationTime));
        file.close();
        QCOMPARE(QFileInfo(real).lastModified(), modified);
    } else if (change == u"replace"_s) {
        QVERIFY(QFile::remove(real));
        QVERIFY(QFile::copy(other, real));
    } else if (change == u"relink"_s) {
        QVERIFY(QFile::remove(python));
        QVERIFY(QFile::link(other, python));
    } else {
        QFile config(dir.filePath(u"env/pyvenv.cfg"_s));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("home = " + dir.path().toUtf8() + "\n");
    }

    const Result<InterpreterQueryCache::Answer> answer = cache.query(python, Script);
    QVERIFY(answer);
    QVERIFY(!answer->fromCache);
    QCOMPARE(answer->facts.value(u"runs"_s).toInt(), 2);
    QCOMPARE(runs(marker), 2);
    // The new answer replaced the old one.
    QVERIFY(cache.query(python, Script)->fromCache);
    QCOMPARE(entries(cache.directory()).size(), 1);
}

void TestInterpreterQueryCache::corruptEntryIsAskedAgain_data()
{
    QTest::addColumn<QByteArray>("replacement");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not JSON") << QByteArray("\x89PNG garbage");
    QTest::newRow("truncated") << QByteArray("@HEAD");
    QTest::newRow("an array") << QByteArray("[1, 2]");
    QTest::newRow("answer not an object") << QByteArray("@ANSWER");
    QTest::newRow("another interpreter's entry") << QByteArray("@PATH");
    QTest::newRow("unknown format") << QByteArray("@FORMAT");
}

void TestInterpreterQueryCache::corruptEntryIsAskedAgain()
{
    QFETCH(QByteArray, replacement);
    const QTemporaryDir dir;
    const QString marker = dir.filePath(u"marker"_s);
    const QString python = dir.filePath(u"python"_s);
    QVERIFY(writeInterpreter(python, marker, countingBody(marker)));
    const InterpreterQueryCache cache(dir.filePath(u"cache"_s));
    QVERIFY(cache.query(python, Script));
    const QStringList files = entries(cache.directory());
    QCOMPARE(files.size(), 1);
    const QString entryPath = QDir(cache.directory()).filePath(files.first());

    QFile entry(entryPath);
    QVERIFY(entry.open(QIODevice::ReadOnly));
    const QByteArray original = entry.readAll();
    entry.close();
    QJsonObject object = QJsonDocument::fromJson(original).object();
    QVERIFY(!object.isEmpty());
    if (replacement == "@HEAD") {
        replacement = original.left(original.size() / 2);
    } else if (replacement.startsWith('@')) {
        if (replacement == "@ANSWER")
            object.insert(u"answer"_s, u"3.11"_s);
        else if (replacement == "@PATH")
            object.insert(u"path"_s, dir.filePath(u"another-python"_s));
        else
            object.insert(u"format"_s, 999);
        replacement = QJsonDocument(object).toJson();
    }
    QVERIFY(entry.open(QIODevice::WriteOnly | QIODevice::Truncate));
    entry.write(replacement);
    entry.close();

    QVERIFY(!cache.cached(python, Script));
    const Result<InterpreterQueryCache::Answer> answer = cache.query(python, Script);
    QVERIFY(answer);
    QVERIFY(!answer->fromCache);
    QCOMPARE(answer->facts.value(u"runs"_s).toInt(), 2);
    // Repaired: the next query is answered from the cache again.
    QVERIFY(cache.query(python, Script)->fromCache);
    QCOMPARE(runs(marker), 2);
}

void TestInterpreterQueryCache::scriptsAndPathsHaveTheirOwnEntries()
{
    const QTemporaryDir dir;
    const QString marker = dir.filePath(u"marker"_s);
    const QString python = dir.filePath(u"python"_s);
    QVERIFY(writeInterpreter(python, marker, countingBody(marker)));
    const QString link = dir.filePath(u"python3"_s);
    QVERIFY(QFile::link(python, link));
    const InterpreterQueryCache cache(dir.filePath(u"cache"_s));
    const QByteArray otherScript = Script + " # another question";

    QCOMPARE(cache.query(python, Script)->facts.value(u"runs"_s).toInt(), 1);
    QCOMPARE(cache.query(python, otherScript)->facts.value(u"runs"_s).toInt(), 2);
    QCOMPARE(cache.query(link, Script)->facts.value(u"runs"_s).toInt(), 3);
    QCOMPARE(cache.query(python, Script)->facts.value(u"runs"_s).toInt(), 1);
    QCOMPARE(cache.query(python, otherScript)->facts.value(u"runs"_s).toInt(), 2);
    QCOMPARE(cache.query(link, Script)->facts.value(u"runs"_s).toInt(), 3);
    QCOMPARE(runs(marker), 3);
    QCOMPARE(entries(cache.directory()).size(), 3);
}

void TestInterpreterQueryCache::failuresAreNotCached()
{
    const QTemporaryDir dir;
    const QString marker = dir.filePath(u"marker"_s);
    const QString python = dir.filePath(u"python"_s);
    // Fails on its first run only.
    QVERIFY(writeInterpreter(python, marker,
                             "if [ $(wc -l < '" + marker.toUtf8() + "') -eq 1 ]; then echo broken >&2; exit 3; fi\n" +
                                 countingBody(marker)));
    const InterpreterQueryCache cache(dir.filePath(u"cache"_s));
    const Result<InterpreterQueryCache::Answer> failed = cache.query(python, Script);
    QVERIFY(!failed);
    QVERIFY(failed.error().message().contains(python));
    QVERIFY(failed.error().message().contains(u"broken"_s));
    QVERIFY(entries(cache.directory()).isEmpty());

    const Result<InterpreterQueryCache::Answer> answer = cache.query(python, Script);
    QVERIFY(answer);
    QVERIFY(!answer->fromCache);
    QCOMPARE(answer->facts.value(u"runs"_s).toInt(), 2);

    const Result<InterpreterQueryCache::Answer> missing = cache.query(dir.filePath(u"no-such-python"_s), Script);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code(), Error::Code::NotFound);
}

void TestInterpreterQueryCache::forInterpreterAsksOnce()
{
    const QTemporaryDir dir;
    const QByteArray saved = qgetenv("XDG_CACHE_HOME");
    qputenv("XDG_CACHE_HOME", dir.filePath(u"xdg"_s).toUtf8());
    const QString marker = dir.filePath(u"marker"_s);
    const QString python = dir.filePath(u"python"_s);
    QVERIFY(writeInterpreter(python, marker, "exec '" AKARI_PYTHON3 "' \"$@\""));

    const Result<TargetEnvironment> first = TargetEnvironment::forInterpreter(python);
    QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
    const Result<TargetEnvironment> second = TargetEnvironment::forInterpreter(python);
    QVERIFY(second);
    QCOMPARE(runs(marker), 1);
    QCOMPARE(entries(InterpreterQueryCache::defaultDirectory()).size(), 1);
    QCOMPARE(second->description(), first->description());
    QCOMPARE(second->python, first->python);
    QCOMPARE(second->markers, first->markers);
    QCOMPARE(second->tags.tags().size(), first->tags.tags().size());
    for (qsizetype i = 0; i < first->tags.tags().size(); ++i)
        QCOMPARE(second->tags.tags().at(i).toString(), first->tags.tags().at(i).toString());
    qputenv("XDG_CACHE_HOME", saved);
}

void TestInterpreterQueryCache::forInterpreterReplacesAnUnusableAnswer()
{
    const QTemporaryDir dir;
    const QByteArray saved = qgetenv("XDG_CACHE_HOME");
    qputenv("XDG_CACHE_HOME", dir.filePath(u"xdg"_s).toUtf8());
    const QString marker = dir.filePath(u"marker"_s);
    const QString python = dir.filePath(u"python"_s);
    // First answer: valid JSON that is no interpreter description; then the real interpreter.
    QVERIFY(writeInterpreter(python, marker,
                             "if [ $(wc -l < '" + marker.toUtf8() +
                                 "') -eq 1 ]; then echo '{\"python_full_version\": \"x\"}'; exit 0; fi\n"
                                 "exec '" AKARI_PYTHON3 "' \"$@\""));
    QVERIFY(!TargetEnvironment::forInterpreter(python));
    // The unusable answer was cached; it is noticed and replaced.
    QVERIFY(TargetEnvironment::forInterpreter(python));
    QCOMPARE(runs(marker), 2);
    QVERIFY(TargetEnvironment::forInterpreter(python));
    QCOMPARE(runs(marker), 2);
    qputenv("XDG_CACHE_HOME", saved);
}

QTEST_GUILESS_MAIN(TestInterpreterQueryCache)
#include "tst_interpreterquerycache.moc"
