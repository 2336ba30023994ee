// SPDX-License-Identifier: GPL-3.0-or-later
#include "indexfile.h"

#include <array>

#include <QByteArray>
#include <QVarLengthArray>

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

QString IndexFile::canonicalHashAlgorithm(QStringView name)
{
    // hashlib.algorithms_guaranteed (Python 3.9+): what PEP 503 lets a fragment name.
    static const std::array<QString, 14> Known = {
        u"sha256"_s,   u"md5"_s,      u"sha1"_s,     u"sha224"_s,  u"sha384"_s,  u"sha512"_s,    u"sha3_224"_s,
        u"sha3_256"_s, u"sha3_384"_s, u"sha3_512"_s, u"blake2b"_s, u"blake2s"_s, u"shake_128"_s, u"shake_256"_s,
    };
    // Called for every link of pages with thousands: compare a lower-cased ASCII copy.
    std::array<char16_t, 9> lower{};
    if (name.size() > static_cast<qsizetype>(lower.size()))
        return {};
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char16_t c = name[i].unicode();
        lower[static_cast<size_t>(i)] = (c >= u'A' && c <= u'Z') ? static_cast<char16_t>(c - u'A' + u'a') : c;
    }
    const QStringView folded(lower.data(), name.size());
    for (const QString &known : Known) {
        if (known == folded)
            return known;
    }
    return {};
}

QString IndexFile::filenameFromHref(QStringView href)
{
    qsizetype end = href.size();
    for (qsizetype i = 0; i < href.size(); ++i) {
        if (href[i] == u'?' || href[i] == u'#') {
            end = i;
            break;
        }
    }
    const QStringView path = href.first(end);
    const QStringView segment = path.sliced(path.lastIndexOf(u'/') + 1);
    if (!segment.contains(u'%'))
        return segment.toString();
    // Percent-decode into UTF-8 bytes, then decode those once ("%2B" → "+", "%E2%89%A5" → "≥").
    const auto hex = [](char16_t c) -> int {
        if (c >= u'0' && c <= u'9')
            return c - u'0';
        if (c >= u'a' && c <= u'f')
            return c - u'a' + 10;
        if (c >= u'A' && c <= u'F')
            return c - u'A' + 10;
        return -1;
    };
    QVarLengthArray<char, 256> bytes(segment.size());
    qsizetype size = 0;
    for (qsizetype i = 0; i < segment.size(); ++i) {
        const char16_t c = segment[i].unicode();
        if (c >= 0x80) // rare: a raw non-ASCII character; let Qt encode and decode it all
            return QUrl::fromPercentEncoding(segment.toUtf8());
        if (c == u'%' && i + 2 < segment.size() && hex(segment[i + 1].unicode()) >= 0 &&
            hex(segment[i + 2].unicode()) >= 0) {
            bytes[size++] = static_cast<char>(hex(segment[i + 1].unicode()) * 16 + hex(segment[i + 2].unicode()));
            i += 2;
        } else {
            bytes[size++] = static_cast<char>(c);
        }
    }
    return QString::fromUtf8(bytes.constData(), size);
}

} // namespace Akari
