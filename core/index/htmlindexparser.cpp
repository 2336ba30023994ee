// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlindexparser.h"

#include <algorithm>
#include <array>
#include <optional>
#include <utility>

#include <QByteArray>

#include "../pep/packagename.h"
#include "htmltokenizer.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{

using Token = HtmlTokenizer::Token;
using Attribute = HtmlTokenizer::Attribute;
constexpr auto equalsLower = &HtmlTokenizer::equalsLower;
constexpr auto decodeHtml = &HtmlTokenizer::decode;

/// The PEP 503 form of a project name from a root index; empty when it is no valid name.
QString canonicalProjectName(QStringView name)
{
    return PackageName::isValid(name) ? PackageName::canonicalize(name) : QString();
}

// ---- Document ------------------------------------------------------------------------------

struct Anchor
{
    qsizetype offset = 0;
    std::optional<QByteArrayView> href;
    std::optional<QByteArrayView> requiresPython;
    std::optional<QByteArrayView> yanked;
    std::optional<QByteArrayView> coreMetadata;
    std::optional<QByteArrayView> distInfoMetadata;
    std::optional<QByteArrayView> size;
    std::optional<QByteArrayView> uploadTime;
    QByteArray text;
};

/// What the tokenizer saw that a simple-API client needs.
struct Document
{
    QList<Anchor> anchors;
    std::optional<QByteArrayView> baseHref;
    std::optional<QByteArrayView> repositoryVersion;
    std::optional<QByteArrayView> projectStatus;
    std::optional<QByteArrayView> projectStatusReason;
    QByteArray title;
    QByteArray heading;
};

void setOnce(std::optional<QByteArrayView> &slot, QByteArrayView value)
{
    if (!slot) // HTML: the first of duplicate attributes or elements wins
        slot = value;
}

void readAnchorAttributes(const Token &token, Anchor &anchor)
{
    for (const Attribute &attribute : token.attributes) {
        const QByteArrayView name = attribute.name;
        if (equalsLower(name, "href"))
            setOnce(anchor.href, attribute.value);
        else if (name.size() < 5 || (name[0] != 'd' && name[0] != 'D')) // not data-*
            continue;
        else if (equalsLower(name, "data-requires-python"))
            setOnce(anchor.requiresPython, attribute.value);
        else if (equalsLower(name, "data-yanked"))
            setOnce(anchor.yanked, attribute.value);
        else if (equalsLower(name, "data-core-metadata"))
            setOnce(anchor.coreMetadata, attribute.value);
        else if (equalsLower(name, "data-dist-info-metadata"))
            setOnce(anchor.distInfoMetadata, attribute.value);
        else if (equalsLower(name, "data-size"))
            setOnce(anchor.size, attribute.value);
        else if (equalsLower(name, "data-upload-time"))
            setOnce(anchor.uploadTime, attribute.value);
    }
}

void readMeta(const Token &token, Document &document)
{
    std::optional<QByteArrayView> name;
    std::optional<QByteArrayView> content;
    for (const Attribute &attribute : token.attributes) {
        if (equalsLower(attribute.name, "name"))
            setOnce(name, attribute.value);
        else if (equalsLower(attribute.name, "content"))
            setOnce(content, attribute.value);
    }
    if (!name || !content)
        return;
    const QByteArrayView key = name->trimmed();
    if (equalsLower(key, "pypi:repository-version"))
        setOnce(document.repositoryVersion, *content);
    else if (equalsLower(key, "pypi:project-status"))
        setOnce(document.projectStatus, *content);
    else if (equalsLower(key, "pypi:project-status-reason"))
        setOnce(document.projectStatusReason, *content);
}

Document scan(QByteArrayView html, bool wantAnchorText)
{
    enum class Collecting
    {
        Nothing,
        Title,
        Heading,
    };
    Document document;
    HtmlTokenizer tokenizer(html);
    Token token;
    bool inAnchor = false;
    Collecting collecting = Collecting::Nothing;
    for (tokenizer.next(token); token.kind != Token::Kind::End; tokenizer.next(token)) {
        if (token.kind == Token::Kind::Text) {
            if (inAnchor && wantAnchorText)
                document.anchors.back().text.append(token.text);
            if (collecting == Collecting::Title)
                document.title.append(token.text);
            else if (collecting == Collecting::Heading)
                document.heading.append(token.text);
            continue;
        }
        const QByteArrayView name = token.name;
        if (token.kind == Token::Kind::EndTag) {
            if (equalsLower(name, "a"))
                inAnchor = false;
            else if ((collecting == Collecting::Title && equalsLower(name, "title")) ||
                     (collecting == Collecting::Heading && equalsLower(name, "h1")))
                collecting = Collecting::Nothing;
            continue;
        }
        if (equalsLower(name, "a")) {
            Anchor &anchor = document.anchors.emplace_back(); // an open <a> ends here, as in HTML
            anchor.offset = token.offset;
            readAnchorAttributes(token, anchor);
            inAnchor = true;
        } else if (equalsLower(name, "base")) {
            for (const Attribute &attribute : token.attributes) {
                if (!document.baseHref && equalsLower(attribute.name, "href"))
                    document.baseHref = attribute.value;
            }
        } else if (equalsLower(name, "meta")) {
            readMeta(token, document);
        } else if (equalsLower(name, "title") && document.title.isEmpty()) {
            collecting = Collecting::Title;
        } else if (equalsLower(name, "h1") && document.heading.isEmpty()) {
            collecting = Collecting::Heading;
        }
    }
    return document;
}

// ---- Building the page ---------------------------------------------------------------------

std::pair<int, int> lineAndColumn(QByteArrayView html, qsizetype offset)
{
    const QByteArrayView before = html.first(std::min(offset, html.size()));
    const qsizetype lastNewline = before.lastIndexOf('\n');
    return {static_cast<int>(before.count('\n') + 1), static_cast<int>(offset - lastNewline)};
}

Error errorAt(QByteArrayView html, qsizetype offset, const QUrl &pageUrl, QString message)
{
    const auto [line, column] = lineAndColumn(html, offset);
    return Error(Error::Code::Parse, std::move(message), pageUrl.toString(), line, column);
}

/// PEP 629: a client must refuse a major version it does not know.
std::optional<QString> unsupportedApiVersion(const QString &version)
{
    const qsizetype dot = version.indexOf(u'.');
    bool ok = false;
    const int major = QStringView(version).first(dot < 0 ? version.size() : dot).toInt(&ok);
    if (ok && major > 1)
        return HtmlIndexParser::tr("The page uses version %1 of the simple repository API; "
                                   "Akari understands only version 1.")
            .arg(version);
    return std::nullopt;
}

enum class HashParse
{
    Ok,
    UnknownAlgorithm,
};

/// Reads "name=digest" pairs (joined by '&') into \a hashes. Fragments without a pair ("#main")
/// and pip's "egg=" and "subdirectory=" hints carry no hash. A fragment that is a single pair
/// naming an unknown algorithm is reported (as uv does: such a file cannot be verified); among
/// several pairs, unknown names are skipped.
HashParse readHashes(QStringView text, QMap<QString, QString> &hashes, QString &unknown)
{
    const bool singlePair = !text.contains(u'&');
    for (const QStringView pair : text.tokenize(u'&', Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.indexOf(u'=');
        if (equals <= 0)
            continue;
        const QStringView name = pair.first(equals).trimmed();
        const QStringView digest = pair.sliced(equals + 1).trimmed();
        const QString algorithm = IndexFile::canonicalHashAlgorithm(name);
        if (algorithm.isEmpty()) {
            if (name.compare(u"egg", Qt::CaseInsensitive) == 0 ||
                name.compare(u"subdirectory", Qt::CaseInsensitive) == 0 || !singlePair)
                continue;
            unknown = pair.toString();
            return HashParse::UnknownAlgorithm;
        }
        if (!digest.isEmpty())
            hashes.insert(algorithm, digest.toString());
    }
    return HashParse::Ok;
}

void readCoreMetadata(QByteArrayView raw, IndexFile &file)
{
    const QString value = decodeHtml(raw).trimmed();
    if (value.compare(u"false", Qt::CaseInsensitive) == 0) {
        file.coreMetadata = IndexFile::MetadataState::Unavailable;
        return;
    }
    // "true", a hash, or (older pages) the bare attribute: the metadata file exists.
    file.coreMetadata = IndexFile::MetadataState::Available;
    QString unknown;
    if (value.contains(u'=') && readHashes(value, file.coreMetadataHashes, unknown) != HashParse::Ok)
        file.coreMetadataHashes.clear(); // an unverifiable hash is no hash; the file still exists
}

bool isPlainFilename(const QString &name)
{
    return !name.isEmpty() && name != u"." && name != u".." && !name.contains(u'/') && !name.contains(u'\\') &&
           !name.contains(QChar(0));
}

std::optional<Error> buildFile(QByteArrayView html, const Anchor &anchor, const QUrl &base, const QUrl &pageUrl,
                               std::optional<IndexFile> &result)
{
    const QString href = decodeHtml(*anchor.href).trimmed();
    if (href.isEmpty())
        return std::nullopt;
    const qsizetype hash = href.indexOf(u'#');
    const QStringView location = QStringView(href).first(hash < 0 ? href.size() : hash);
    IndexFile file;
    file.filename = IndexFile::filenameFromHref(location);
    if (!isPlainFilename(file.filename))
        return std::nullopt; // a link to a folder or elsewhere, not a distribution file
    if (hash >= 0) {
        const QStringView rawFragment = QStringView(href).sliced(hash + 1);
        const QString fragment =
            rawFragment.contains(u'%') ? QUrl::fromPercentEncoding(rawFragment.toUtf8()) : rawFragment.toString();
        QString unknown;
        if (readHashes(fragment, file.hashes, unknown) != HashParse::Ok)
            return errorAt(html, anchor.offset, pageUrl,
                           HtmlIndexParser::tr("The link “%1” names a hash algorithm that is not supported: “%2”.")
                               .arg(href, unknown));
    }
    const QUrl relative(location.toString());
    if (!relative.isValid())
        return errorAt(html, anchor.offset, pageUrl,
                       HtmlIndexParser::tr("The link “%1” is not a valid URL: %2").arg(href, relative.errorString()));
    file.url = base.resolved(relative);
    if (anchor.requiresPython)
        file.requiresPython = decodeHtml(*anchor.requiresPython).trimmed();
    if (anchor.yanked) {
        file.yanked = true;
        file.yankedReason = decodeHtml(*anchor.yanked).trimmed();
    }
    if (anchor.coreMetadata) // PEP 714: the new name wins over the old one
        readCoreMetadata(*anchor.coreMetadata, file);
    else if (anchor.distInfoMetadata)
        readCoreMetadata(*anchor.distInfoMetadata, file);
    if (anchor.size) {
        bool ok = false;
        const qint64 size = anchor.size->trimmed().toLongLong(&ok);
        if (ok && size >= 0)
            file.size = size;
    }
    if (anchor.uploadTime) {
        const QDateTime time = QDateTime::fromString(decodeHtml(*anchor.uploadTime).trimmed(), Qt::ISODateWithMs);
        if (time.isValid())
            file.uploadTime = time.toUTC();
    }
    result = std::move(file);
    return std::nullopt;
}

QString projectNameFrom(const QByteArray &text)
{
    const QString decoded = decodeHtml(text).simplified();
    static const QString Prefix = u"Links for "_s;
    if (decoded.startsWith(Prefix, Qt::CaseInsensitive))
        return decoded.sliced(Prefix.size()).trimmed();
    return {};
}

} // namespace

Result<IndexPage> HtmlIndexParser::parse(QByteArrayView html, const QUrl &pageUrl)
{
    const Document document = scan(html, false);
    IndexPage page;
    if (document.repositoryVersion) {
        page.apiVersion = decodeHtml(*document.repositoryVersion).trimmed();
        if (const std::optional<QString> problem = unsupportedApiVersion(page.apiVersion))
            return fail({Error::Code::Parse, *problem, pageUrl.toString()});
    }
    page.baseUrl = pageUrl;
    if (document.baseHref) {
        const QUrl base(decodeHtml(*document.baseHref).trimmed());
        if (base.isValid() && !base.isEmpty()) // an unusable <base> is ignored, as browsers do
            page.baseUrl = pageUrl.resolved(base);
    }
    if (document.projectStatus) {
        IndexPage::ProjectStatus status;
        status.state = IndexPage::ProjectStatus::stateFromString(decodeHtml(*document.projectStatus));
        if (document.projectStatusReason)
            status.reason = decodeHtml(*document.projectStatusReason).trimmed();
        page.projectStatus = status;
    }
    page.projectName = projectNameFrom(document.title);
    if (page.projectName.isEmpty())
        page.projectName = projectNameFrom(document.heading);

    page.files.reserve(document.anchors.size());
    for (const Anchor &anchor : document.anchors) {
        if (!anchor.href)
            continue;
        std::optional<IndexFile> file;
        if (std::optional<Error> error = buildFile(html, anchor, page.baseUrl, pageUrl, file))
            return fail(std::move(*error));
        if (file)
            page.files.append(std::move(*file));
    }
    return page;
}

Result<QStringList> HtmlIndexParser::parseProjectList(QByteArrayView html, const QUrl &pageUrl)
{
    const Document document = scan(html, true);
    if (document.repositoryVersion) {
        if (const std::optional<QString> problem = unsupportedApiVersion(decodeHtml(*document.repositoryVersion)))
            return fail({Error::Code::Parse, *problem, pageUrl.toString()});
    }
    QStringList names;
    names.reserve(document.anchors.size());
    for (const Anchor &anchor : document.anchors) {
        if (!anchor.href || anchor.href->trimmed().isEmpty())
            continue;
        const QString name = canonicalProjectName(decodeHtml(anchor.text).trimmed());
        if (!name.isEmpty())
            names.append(name);
    }
    names.sort();
    names.erase(std::unique(names.begin(), names.end()), names.end());
    return names;
}

} // namespace Akari
