// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonindexparser.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <utility>

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

#include "../pep/packagename.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{

/// The PEP 503 form of a project name from a root index; empty when it is no valid name.
QString canonicalProjectName(QStringView name)
{
    return PackageName::isValid(name) ? PackageName::canonicalize(name) : QString();
}

enum class Expected
{
    String,
    Object,
    Array,
    BooleanOrString,
    BooleanOrObject,
    Size,
};

/// Reads one page; the first problem ends the read and is kept in error().
class Reader
{
public:
    explicit Reader(const QUrl &pageUrl)
        : m_pageUrl(pageUrl)
        , m_file(pageUrl.toString())
    {}

    std::optional<QJsonObject> document(QByteArrayView json);
    bool readMeta(const QJsonObject &root, IndexPage *page);
    bool readFile(const QJsonValue &value, qsizetype index, IndexFile &file);
    bool readStatus(const QJsonValue &value, IndexPage &page);
    bool readStrings(const QJsonValue &value, const QString &path, QStringList &strings);

    [[nodiscard]] Error error() const { return m_error; }
    bool wrongType(const QString &path, Expected expected);
    bool problem(QString message)
    {
        m_error = Error(Error::Code::Parse, std::move(message), m_file);
        return false;
    }

private:
    bool readHashes(const QJsonValue &value, QStringView member, QMap<QString, QString> &hashes);
    bool readCoreMetadata(const QJsonValue &value, QStringView member, IndexFile &file);
    /// "files[3].member.sub": spelled out only for an error message.
    [[nodiscard]] QString at(QStringView member = {}, QStringView sub = {}) const;

    QUrl m_pageUrl;
    qsizetype m_fileIndex = 0;
    QString m_file;
    Error m_error;
};

bool isAbsent(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull();
}

bool Reader::wrongType(const QString &path, Expected expected)
{
    switch (expected) {
    case Expected::String:
        return problem(JsonIndexParser::tr("“%1” must be a string.").arg(path));
    case Expected::Object:
        return problem(JsonIndexParser::tr("“%1” must be an object.").arg(path));
    case Expected::Array:
        return problem(JsonIndexParser::tr("“%1” must be a list.").arg(path));
    case Expected::BooleanOrString:
        return problem(JsonIndexParser::tr("“%1” must be true, false or a string.").arg(path));
    case Expected::BooleanOrObject:
        return problem(JsonIndexParser::tr("“%1” must be true, false or an object of hashes.").arg(path));
    case Expected::Size:
        return problem(JsonIndexParser::tr("“%1” must be a whole number of bytes, zero or more.").arg(path));
    }
    return false;
}

std::optional<QJsonObject> Reader::document(QByteArrayView json)
{
    QJsonParseError parseError;
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromRawData(json.data(), json.size()), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArrayView before = json.first(std::clamp<qsizetype>(parseError.offset, 0, json.size()));
        const int line = static_cast<int>(before.count('\n') + 1);
        const int column = static_cast<int>(before.size() - before.lastIndexOf('\n'));
        m_error =
            Error(Error::Code::Parse, JsonIndexParser::tr("This is not valid JSON: %1").arg(parseError.errorString()),
                  m_file, line, column);
        return std::nullopt;
    }
    if (!document.isObject()) {
        problem(JsonIndexParser::tr("The page is not a JSON object."));
        return std::nullopt;
    }
    return document.object();
}

bool Reader::readMeta(const QJsonObject &root, IndexPage *page)
{
    const QJsonValue meta = root.value(u"meta");
    if (isAbsent(meta))
        return true;
    if (!meta.isObject())
        return wrongType(u"meta"_s, Expected::Object);
    const QJsonValue version = meta.toObject().value(u"api-version");
    if (isAbsent(version))
        return true;
    if (!version.isString())
        return wrongType(u"meta.api-version"_s, Expected::String);
    const QString text = version.toString().trimmed();
    const qsizetype dot = text.indexOf(u'.');
    bool ok = false;
    const int major = QStringView(text).first(dot < 0 ? text.size() : dot).toInt(&ok);
    if (ok && major > 1) // PEP 629: refuse a major version we do not know
        return problem(JsonIndexParser::tr("The page uses version %1 of the simple repository API; "
                                           "Akari understands only version 1.")
                           .arg(text));
    if (page)
        page->apiVersion = text;
    return true;
}

bool Reader::readStrings(const QJsonValue &value, const QString &path, QStringList &strings)
{
    if (isAbsent(value))
        return true;
    if (!value.isArray())
        return wrongType(path, Expected::Array);
    const QJsonArray array = value.toArray();
    strings.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue element = array.at(i);
        if (!element.isString())
            return wrongType(u"%1[%2]"_s.arg(path).arg(i), Expected::String);
        strings.append(element.toString());
    }
    return true;
}

bool Reader::readStatus(const QJsonValue &value, IndexPage &page)
{
    if (isAbsent(value))
        return true;
    if (!value.isObject())
        return wrongType(u"project-status"_s, Expected::Object);
    const QJsonObject object = value.toObject();
    const QJsonValue status = object.value(u"status");
    const QJsonValue reason = object.value(u"reason");
    if (!status.isString())
        return wrongType(u"project-status.status"_s, Expected::String);
    if (!isAbsent(reason) && !reason.isString())
        return wrongType(u"project-status.reason"_s, Expected::String);
    IndexPage::ProjectStatus projectStatus;
    projectStatus.state = IndexPage::ProjectStatus::stateFromString(status.toString());
    projectStatus.reason = reason.toString().trimmed();
    page.projectStatus = projectStatus;
    return true;
}

QString Reader::at(QStringView member, QStringView sub) const
{
    QString path = u"files[%1]"_s.arg(m_fileIndex);
    if (!member.isEmpty())
        path += u'.' + member;
    if (!sub.isEmpty())
        path += u'.' + sub;
    return path;
}

bool Reader::readHashes(const QJsonValue &value, QStringView member, QMap<QString, QString> &hashes)
{
    if (!value.isObject())
        return wrongType(at(member), Expected::Object);
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!it.value().isString())
            return wrongType(at(member, it.key()), Expected::String);
        // Unknown algorithms are kept: a client uses those it can check (PEP 691).
        const QString name = it.key();
        const QString known = IndexFile::canonicalHashAlgorithm(name);
        hashes.insert(known.isEmpty() ? name.toLower() : known, it.value().toString());
    }
    return true;
}

bool Reader::readCoreMetadata(const QJsonValue &value, QStringView member, IndexFile &file)
{
    if (value.isBool()) {
        file.coreMetadata =
            value.toBool() ? IndexFile::MetadataState::Available : IndexFile::MetadataState::Unavailable;
        return true;
    }
    if (!value.isObject())
        return wrongType(at(member), Expected::BooleanOrObject);
    file.coreMetadata = IndexFile::MetadataState::Available;
    return readHashes(value, member, file.coreMetadataHashes);
}

bool isPlainFilename(const QString &name)
{
    return !name.isEmpty() && name != u"." && name != u".." && !name.contains(u'/') && !name.contains(u'\\') &&
           !name.contains(QChar(0));
}

bool Reader::readFile(const QJsonValue &value, qsizetype index, IndexFile &file)
{
    m_fileIndex = index;
    if (!value.isObject())
        return wrongType(at(), Expected::Object);
    const QJsonObject object = value.toObject();

    // One pass over the members (a page may list thousands of files).
    QJsonValue filename;
    QJsonValue url;
    QJsonValue hashes;
    QJsonValue requiresPython;
    QJsonValue yanked;
    QJsonValue size;
    QJsonValue uploadTime;
    // PEP 714 renamed "dist-info-metadata" to "core-metadata"; PyPI also sent the HTML name.
    static constexpr std::array<QStringView, 3> MetadataKeys = {u"core-metadata", u"dist-info-metadata",
                                                                u"data-dist-info-metadata"};
    std::array<QJsonValue, 3> metadata;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = it.key();
        if (key == u"filename")
            filename = it.value();
        else if (key == u"url")
            url = it.value();
        else if (key == u"hashes")
            hashes = it.value();
        else if (key == u"requires-python")
            requiresPython = it.value();
        else if (key == u"yanked")
            yanked = it.value();
        else if (key == u"size")
            size = it.value();
        else if (key == u"upload-time")
            uploadTime = it.value();
        else if (const auto found = std::ranges::find(MetadataKeys, QStringView(key)); found != MetadataKeys.end())
            metadata[static_cast<size_t>(found - MetadataKeys.begin())] = it.value();
    }

    if (!filename.isString())
        return wrongType(at(u"filename"), Expected::String);
    file.filename = filename.toString();
    if (!isPlainFilename(file.filename))
        return problem(JsonIndexParser::tr("“%1” is not a plain file name: “%2”.").arg(at(u"filename"), file.filename));

    if (!url.isString())
        return wrongType(at(u"url"), Expected::String);
    const QUrl relative(url.toString().trimmed());
    if (!relative.isValid() || relative.isEmpty())
        return problem(JsonIndexParser::tr("“%1” is not a valid URL: “%2”.").arg(at(u"url"), url.toString()));
    file.url = m_pageUrl.resolved(relative);
    if (file.url.hasFragment())
        file.url.setFragment({}); // PEP 691 keeps hashes in "hashes"; a fragment is no part of the address

    if (!isAbsent(hashes) && !readHashes(hashes, u"hashes", file.hashes))
        return false;

    if (!isAbsent(requiresPython)) {
        if (!requiresPython.isString())
            return wrongType(at(u"requires-python"), Expected::String);
        file.requiresPython = requiresPython.toString().trimmed();
    }

    if (yanked.isBool()) {
        file.yanked = yanked.toBool();
    } else if (yanked.isString()) { // a reason; PEP 691 makes any string mean "yanked"
        file.yanked = true;
        file.yankedReason = yanked.toString().trimmed();
    } else if (!isAbsent(yanked)) {
        return wrongType(at(u"yanked"), Expected::BooleanOrString);
    }

    for (size_t i = 0; i < metadata.size(); ++i) {
        if (isAbsent(metadata[i]))
            continue;
        if (!readCoreMetadata(metadata[i], MetadataKeys[i], file))
            return false;
        break;
    }

    if (!isAbsent(size)) {
        const double bytes = size.toDouble(-1);
        if (!size.isDouble() || bytes < 0 || bytes > 9007199254740992.0 || std::floor(bytes) != bytes)
            return wrongType(at(u"size"), Expected::Size);
        file.size = static_cast<qint64>(bytes);
    }

    if (!isAbsent(uploadTime)) {
        if (!uploadTime.isString())
            return wrongType(at(u"upload-time"), Expected::String);
        const QDateTime time = QDateTime::fromString(uploadTime.toString().trimmed(), Qt::ISODateWithMs);
        if (!time.isValid())
            return problem(JsonIndexParser::tr("“%1” is not an ISO 8601 date and time: “%2”.")
                               .arg(at(u"upload-time"), uploadTime.toString()));
        file.uploadTime = time.toUTC();
    }
    return true;
}

} // namespace

Result<IndexPage> JsonIndexParser::parse(QByteArrayView json, const QUrl &pageUrl)
{
    Reader reader(pageUrl);
    const std::optional<QJsonObject> root = reader.document(json);
    if (!root)
        return fail(reader.error());
    IndexPage page;
    page.baseUrl = pageUrl;
    if (!reader.readMeta(*root, &page))
        return fail(reader.error());

    if (const QJsonValue name = root->value(u"name"); !isAbsent(name)) {
        if (!name.isString()) {
            reader.wrongType(u"name"_s, Expected::String);
            return fail(reader.error());
        }
        page.projectName = name.toString().trimmed();
    }
    if (!reader.readStrings(root->value(u"versions"), u"versions"_s, page.versions) ||
        !reader.readStatus(root->value(u"project-status"), page))
        return fail(reader.error());

    const QJsonValue files = root->value(u"files");
    if (files.isUndefined()) {
        reader.problem(tr("The page has no “files” list."));
        return fail(reader.error());
    }
    if (!files.isArray()) {
        reader.wrongType(u"files"_s, Expected::Array);
        return fail(reader.error());
    }
    const QJsonArray array = files.toArray();
    page.files.resize(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!reader.readFile(array.at(i), i, page.files[i]))
            return fail(reader.error());
    }
    return page;
}

Result<QStringList> JsonIndexParser::parseProjectList(QByteArrayView json, const QUrl &pageUrl)
{
    Reader reader(pageUrl);
    const std::optional<QJsonObject> root = reader.document(json);
    if (!root)
        return fail(reader.error());
    if (!reader.readMeta(*root, nullptr))
        return fail(reader.error());
    const QJsonValue projects = root->value(u"projects");
    if (projects.isUndefined()) {
        reader.problem(tr("The page has no “projects” list."));
        return fail(reader.error());
    }
    if (!projects.isArray()) {
        reader.wrongType(u"projects"_s, Expected::Array);
        return fail(reader.error());
    }
    const QJsonArray array = projects.toArray();
    QStringList names;
    names.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue project = array.at(i);
        if (!project.isObject()) {
            reader.wrongType(u"projects[%1]"_s.arg(i), Expected::Object);
            return fail(reader.error());
        }
        const QJsonValue name = project.toObject().value(u"name");
        if (!name.isString()) {
            reader.wrongType(u"projects[%1].name"_s.arg(i), Expected::String);
            return fail(reader.error());
        }
        // A name that is no valid project name is skipped, as in the HTML form: one odd entry
        // among hundreds of thousands should not hide the rest.
        const QString normalized = canonicalProjectName(name.toString().trimmed());
        if (!normalized.isEmpty())
            names.append(normalized);
    }
    names.sort();
    names.erase(std::unique(names.begin(), names.end()), names.end());
    return names;
}

} // namespace Akari
