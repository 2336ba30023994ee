// SPDX-License-Identifier: GPL-3.0-or-later
#include "interpreterquerycache.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSaveFile>

#include "../index/httpcache.h"
#include "../logging/logcategories.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{

// Bumped when the entry's layout or the fingerprint's meaning changes.
constexpr int EntryFormat = 1;

QJsonObject fileStamp(const QFileInfo &info)
{
    return QJsonObject{{u"size"_s, double(info.size())},
                       {u"modified"_s, double(info.lastModified().toMSecsSinceEpoch())},
                       {u"changed"_s, double(info.metadataChangeTime().toMSecsSinceEpoch())}};
}

// What makes an interpreter "the same" as when it answered; empty when it does not exist.
QJsonObject fingerprint(const QString &absolutePath)
{
    const QFileInfo given(absolutePath);
    const QString canonical = given.canonicalFilePath();
    if (canonical.isEmpty())
        return {};
    // QFileInfo follows symlinks: the stamps are those of the file that runs.
    QJsonObject result = fileStamp(QFileInfo(canonical));
    result.insert(u"canonical"_s, canonical);
    if (given.isSymLink())
        result.insert(u"link"_s, given.symLinkTarget());
    // A venv's interpreter is a link to its base; pyvenv.cfg beside it or one folder up makes it a venv.
    QJsonArray venv;
    const QDir bin = given.absoluteDir();
    for (const QString &candidate : {bin.filePath(u"pyvenv.cfg"_s), bin.filePath(u"../pyvenv.cfg"_s)}) {
        const QFileInfo config(candidate);
        if (!config.exists())
            continue;
        QJsonObject stamp = fileStamp(config);
        stamp.insert(u"path"_s, QDir::cleanPath(config.absoluteFilePath()));
        venv.append(stamp);
    }
    if (!venv.isEmpty())
        result.insert(u"pyvenv"_s, venv);
    return result;
}

// The interpreter's path as given, made absolute: a venv's python differs from the file it links to.
QString absolute(const QString &interpreter)
{
    return QDir::cleanPath(QFileInfo(interpreter).absoluteFilePath());
}

} // namespace

InterpreterQueryCache::InterpreterQueryCache(const QString &directory)
    : m_directory(directory.isEmpty() ? defaultDirectory() : directory)
{}

QString InterpreterQueryCache::defaultDirectory()
{
    return QDir::cleanPath(HttpCache::defaultDirectory() + u"/../interpreters"_s);
}

QString InterpreterQueryCache::entryPath(const QString &absolutePath, const QByteArray &script) const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(absolutePath.toUtf8());
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(script);
    return m_directory + u'/' + QString::fromLatin1(hash.result().toHex()) + u".json"_s;
}

std::optional<QJsonObject> InterpreterQueryCache::cached(const QString &interpreter, const QByteArray &script) const
{
    const QString absolutePath = absolute(interpreter);
    QFile file(entryPath(absolutePath, script));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject entry = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonValue facts = entry.value(u"answer"_s);
    // The path and script are checked too: a hash collision or a hand-edited file must not answer.
    if (entry.value(u"format"_s).toInt() != EntryFormat || entry.value(u"path"_s).toString() != absolutePath ||
        entry.value(u"script"_s).toString() != QString::fromUtf8(script) || !facts.isObject()) {
        return std::nullopt;
    }
    const QJsonObject now = fingerprint(absolutePath);
    if (now.isEmpty() || entry.value(u"fingerprint"_s).toObject() != now)
        return std::nullopt;
    return facts.toObject();
}

void InterpreterQueryCache::store(const QString &interpreter, const QByteArray &script, const QJsonObject &facts) const
{
    const QString absolutePath = absolute(interpreter);
    const QJsonObject stamp = fingerprint(absolutePath);
    if (stamp.isEmpty())
        return;
    const QJsonObject entry{{u"format"_s, EntryFormat},
                            {u"path"_s, absolutePath},
                            {u"script"_s, QString::fromUtf8(script)},
                            {u"fingerprint"_s, stamp},
                            {u"answer"_s, facts}};
    const QString path = entryPath(absolutePath, script);
    // A cache that cannot be written only costs time: say so in the log and go on.
    if (!QDir().mkpath(m_directory)) {
        qCWarning(lcCore).noquote() << "Cannot create the interpreter cache folder" << m_directory;
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(entry).toJson(QJsonDocument::Compact)) < 0 ||
        !file.commit()) {
        qCWarning(lcCore).noquote() << "Cannot write the interpreter cache file" << path << file.errorString();
    }
}

void InterpreterQueryCache::remove(const QString &interpreter, const QByteArray &script) const
{
    QFile::remove(entryPath(absolute(interpreter), script));
}

Result<InterpreterQueryCache::Answer> InterpreterQueryCache::query(const QString &interpreter,
                                                                   const QByteArray &script) const
{
    if (std::optional<QJsonObject> facts = cached(interpreter, script))
        return Answer{std::move(*facts), true};
    Result<QJsonObject> facts = run(interpreter, script);
    if (!facts)
        return fail(facts.error());
    store(interpreter, script, *facts);
    return Answer{std::move(*facts), false};
}

Result<QJsonObject> InterpreterQueryCache::run(const QString &interpreter, const QByteArray &script)
{
    QProcess process;
    process.setProgram(interpreter);
    // -I: the user's site-packages and PYTHON* variables must not change the answer. -S: no
    // `site` (its .pth files and sitecustomize take a third of the start-up, and change nothing
    // a script asks of the standard library; a script that needs it imports it).
    process.setArguments({u"-I"_s, u"-S"_s, u"-c"_s, QString::fromUtf8(script)});
    process.start();
    if (!process.waitForStarted(TimeoutMs)) {
        return fail(Error(Error::Code::NotFound,
                          tr("Could not run the Python interpreter “%1”: %2").arg(interpreter, process.errorString()),
                          interpreter));
    }
    if (!process.waitForFinished(TimeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        return fail(Error(Error::Code::Io,
                          tr("The Python interpreter “%1” did not answer within %n seconds.", nullptr, TimeoutMs / 1000)
                              .arg(interpreter),
                          interpreter));
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString detail = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
        return fail(Error(Error::Code::Io,
                          tr("The Python interpreter “%1” failed to describe itself (exit code %2): %3")
                              .arg(interpreter)
                              .arg(process.exitCode())
                              .arg(detail.section(u'\n', -1)),
                          interpreter));
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(process.readAllStandardOutput().trimmed(), &parseError);
    if (!json.isObject()) {
        return fail(Error(Error::Code::Parse,
                          tr("The Python interpreter “%1” gave an answer Akari cannot read: %2")
                              .arg(interpreter, parseError.errorString()),
                          interpreter));
    }
    return json.object();
}

} // namespace Akari
