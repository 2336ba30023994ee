// SPDX-License-Identifier: GPL-3.0-or-later
#include "wheelcache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTemporaryDir>

#include "../index/httpcache.h"
#include "../system/digeststream.h"
#include "wheelarchive.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{

const QString DescriptionFile = u".akari-wheel.json"_s;
/// Bumped when the description's meaning changes; trees with another format are unpacked again.
constexpr int DescriptionFormat = 1;

bool isHexDigest(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (const QChar c : text) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

QJsonObject describe(const UnpackedWheel &wheel)
{
    QJsonArray entryPoints;
    for (const EntryPoint &entry : wheel.entryPoints)
        entryPoints.append(QJsonObject{
            {u"name"_s, entry.name}, {u"module"_s, entry.module}, {u"object"_s, entry.object}, {u"gui"_s, entry.gui}});
    return QJsonObject{{u"format"_s, DescriptionFormat},
                       {u"filename"_s, wheel.filename},
                       {u"sha256"_s, wheel.sha256},
                       {u"name"_s, wheel.name.original()},
                       {u"version"_s, wheel.version.toString()},
                       {u"distInfo"_s, wheel.distInfo},
                       {u"dataDir"_s, wheel.dataDir},
                       {u"rootIsPurelib"_s, wheel.rootIsPurelib},
                       {u"entryPoints"_s, entryPoints},
                       {u"unpackedBytes"_s, double(wheel.unpackedBytes)},
                       {u"fileCount"_s, wheel.fileCount}};
}

/// The UnpackedWheel a tree's description (and its RECORD) gives, or nullopt if either is unusable.
std::optional<UnpackedWheel> readDescription(const QString &root)
{
    QFile file(root + u'/' + DescriptionFile);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    if (json.value(u"format"_s).toInt() != DescriptionFormat)
        return std::nullopt;
    UnpackedWheel wheel;
    wheel.root = root;
    wheel.filename = json.value(u"filename"_s).toString();
    wheel.sha256 = json.value(u"sha256"_s).toString();
    wheel.name = PackageName::fromUnvalidated(json.value(u"name"_s).toString());
    const Result<Version> version = Version::parse(json.value(u"version"_s).toString());
    wheel.distInfo = json.value(u"distInfo"_s).toString();
    wheel.dataDir = json.value(u"dataDir"_s).toString();
    wheel.rootIsPurelib = json.value(u"rootIsPurelib"_s).toBool(true);
    wheel.unpackedBytes = qint64(json.value(u"unpackedBytes"_s).toDouble());
    wheel.fileCount = json.value(u"fileCount"_s).toInt();
    if (!version || wheel.name.isEmpty() || wheel.distInfo.isEmpty() || wheel.distInfo.contains(u'/'))
        return std::nullopt;
    wheel.version = *version;
    const QJsonArray entryPoints = json.value(u"entryPoints"_s).toArray();
    for (const QJsonValue &value : entryPoints) {
        const QJsonObject entry = value.toObject();
        wheel.entryPoints.append(EntryPoint{entry.value(u"name"_s).toString(), entry.value(u"module"_s).toString(),
                                            entry.value(u"object"_s).toString(), entry.value(u"gui"_s).toBool()});
    }
    // RECORD was verified when the tree was written; reading it back keeps the description small.
    const QString recordPath = root + u'/' + wheel.distInfo + u"/RECORD"_s;
    QFile record(recordPath);
    if (!record.open(QIODevice::ReadOnly))
        return std::nullopt;
    Result<QList<RecordEntry>> rows = RecordFile::parse(record.readAll(), recordPath);
    if (!rows)
        return std::nullopt;
    wheel.record = std::move(*rows);
    return wheel;
}

/// The sha256 (hex) of the file at \a path, read in blocks.
Result<QString> digestOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error(Error::Code::NotFound,
                          WheelCache::tr("Cannot read the wheel %1: %2").arg(path, file.errorString()), path));
    DigestStream hash(QCryptographicHash::Sha256);
    while (!file.atEnd()) {
        const QByteArray block = file.read(1024 * 1024);
        if (block.isEmpty())
            return fail(Error(Error::Code::Io,
                              WheelCache::tr("Cannot read the wheel %1: %2").arg(path, file.errorString()), path));
        hash.addData(block);
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

WheelCache::WheelCache(const QString &directory)
    : m_directory(directory.isEmpty() ? defaultDirectory() : QDir::cleanPath(directory))
{}

QString WheelCache::defaultDirectory()
{
    // A sibling of the HTTP cache: $XDG_CACHE_HOME/akari/wheels.
    return QDir::cleanPath(HttpCache::defaultDirectory() + u"/../wheels"_s);
}

QString WheelCache::archivePath(const QString &sha256, const QString &filename, const QString &url) const
{
    QString key = sha256.toLower();
    if (!isHexDigest(key))
        key = QString::fromLatin1(QCryptographicHash::hash(url.toUtf8(), QCryptographicHash::Sha256).toHex());
    const QString folder = m_directory + u"/archives/"_s + key;
    QDir().mkpath(folder);
    // Only the last path component: a file name from an index must not pick the folder.
    return folder + u'/' + QFileInfo(filename).fileName();
}

std::optional<UnpackedWheel> WheelCache::unpacked(const QString &sha256) const
{
    const QString key = sha256.toLower();
    if (!isHexDigest(key))
        return std::nullopt;
    std::optional<UnpackedWheel> wheel = readDescription(m_directory + u"/unpacked/"_s + key);
    if (wheel && wheel->sha256 != key)
        return std::nullopt;
    return wheel;
}

Result<UnpackedWheel> WheelCache::unpack(const QString &archivePath, const QString &sha256,
                                         const std::function<bool()> &isCancelled,
                                         const std::function<void(qint64, qint64)> &progress,
                                         const Limits &limits) const
{
    QString key = sha256.toLower();
    if (key.isEmpty()) {
        const Result<QString> digest = digestOf(archivePath);
        if (!digest)
            return fail(digest.error());
        key = *digest;
    }
    if (!isHexDigest(key))
        return fail(Error(
            Error::Code::InvalidArgument,
            tr("'%1' is not a sha256 digest (64 hexadecimal digits) for the wheel %2.").arg(sha256, archivePath)));
    // A warm install opens no zip at all.
    if (std::optional<UnpackedWheel> cached = unpacked(key))
        return *cached;

    const QString parent = m_directory + u"/unpacked"_s;
    if (!QDir().mkpath(parent))
        return fail(Error(Error::Code::Io, tr("Cannot create the folder %1.").arg(parent), parent));
    // Removed on every way out unless renamed into place.
    QTemporaryDir temporary(parent + u'/' + key + u".tmp-XXXXXX"_s);
    if (!temporary.isValid())
        return fail(Error(Error::Code::Io,
                          tr("Cannot create a temporary folder in %1: %2").arg(parent, temporary.errorString()),
                          parent));
    Result<UnpackedWheel> wheel =
        WheelArchive::unpackInto(archivePath, temporary.path(), limits, isCancelled, progress);
    if (!wheel)
        return wheel;
    wheel->sha256 = key;
    const QString target = parent + u'/' + key;
    wheel->root = target;
    QSaveFile description(temporary.filePath(DescriptionFile));
    if (!description.open(QIODevice::WriteOnly) ||
        description.write(QJsonDocument(describe(*wheel)).toJson(QJsonDocument::Compact)) < 0 || !description.commit())
        return fail(Error(Error::Code::Io,
                          tr("Cannot write %1: %2").arg(description.fileName(), description.errorString()),
                          description.fileName()));
    if (isCancelled && isCancelled())
        return fail(Error::cancelled());

    for (int attempt = 0; attempt < 2; ++attempt) {
        if (QDir().rename(temporary.path(), target))
            return wheel;
        // Another process or thread won the race: its tree is as good as ours.
        if (std::optional<UnpackedWheel> cached = unpacked(key))
            return *cached;
        if (!QFileInfo::exists(target))
            break;
        // A tree without a usable description (an older format, damage): move it aside and retry.
        QTemporaryDir stale(parent + u'/' + key + u".stale-XXXXXX"_s);
        if (!stale.isValid() || !QDir().rename(target, stale.filePath(u"tree"_s)))
            break;
    }
    return fail(
        Error(Error::Code::Io,
              tr("Cannot move the unpacked wheel %1 into place at %2.").arg(QFileInfo(archivePath).fileName(), target),
              target));
}

Result<void> WheelCache::clear() const
{
    QDir directory(m_directory);
    if (directory.exists() && !directory.removeRecursively())
        return fail(Error(Error::Code::Io, tr("Cannot remove the wheel cache %1.").arg(m_directory), m_directory));
    return {};
}

} // namespace Akari
