// SPDX-License-Identifier: GPL-3.0-or-later
#include "wheelmetadatafiles.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{

QStringList linesOf(QByteArrayView text)
{
    QString all = QString::fromUtf8(text);
    all.replace(u"\r\n"_s, u"\n"_s);
    all.replace(u'\r', u'\n');
    return all.split(u'\n');
}

} // namespace

Result<WheelFileInfo> WheelMetadataFiles::parseWheel(QByteArrayView text, const QString &fileName)
{
    WheelFileInfo info;
    bool haveVersion = false;
    const QStringList lines = linesOf(text);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        if (line.trimmed().isEmpty())
            break; // the header ends at the first blank line, as in an email message
        if (line.front().isSpace())
            continue; // a continuation of a value WHEEL readers do not need
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0)
            return fail(Error(Error::Code::Parse, tr("Expected 'Key: value' in WHEEL, found '%1'.").arg(line), fileName,
                              int(i + 1)));
        const QString key = line.left(colon).trimmed();
        const QString value = line.mid(colon + 1).trimmed();
        if (key.compare(u"Wheel-Version"_s, Qt::CaseInsensitive) == 0) {
            static const QRegularExpression versionPattern(u"^(\\d+)\\.(\\d+)$"_s);
            const QRegularExpressionMatch match = versionPattern.match(value);
            bool majorOk = false;
            bool minorOk = false;
            if (match.hasMatch()) {
                info.majorVersion = match.captured(1).toInt(&majorOk);
                info.minorVersion = match.captured(2).toInt(&minorOk);
            }
            if (!majorOk || !minorOk)
                return fail(Error(Error::Code::Parse, tr("The Wheel-Version '%1' is not 'major.minor'.").arg(value),
                                  fileName, int(i + 1)));
            haveVersion = true;
        } else if (key.compare(u"Root-Is-Purelib"_s, Qt::CaseInsensitive) == 0) {
            // The wheel tool writes "true"/"false"; pip compares the lower-cased value with "true".
            info.rootIsPurelib = value.compare(u"true"_s, Qt::CaseInsensitive) == 0;
        }
    }
    if (!haveVersion)
        return fail(Error(Error::Code::Parse, tr("WHEEL has no Wheel-Version."), fileName));
    return info;
}

Result<QList<EntryPoint>> WheelMetadataFiles::parseEntryPoints(QByteArrayView text, const QString &fileName)
{
    // importlib.metadata's EntryPoint pattern: module, optional ":object", optional "[extras]".
    static const QRegularExpression valuePattern(
        u"^(?<module>[\\w.]+)\\s*(?::\\s*(?<object>[\\w.]+)\\s*)?(?:\\[.*\\]\\s*)?$"_s,
        QRegularExpression::UseUnicodePropertiesOption);
    QList<EntryPoint> entryPoints;
    const QStringList lines = linesOf(text);
    QString section;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u';'))
            continue;
        if (line.startsWith(u'[') && line.endsWith(u']')) {
            section = line.mid(1, line.size() - 2).trimmed();
            continue;
        }
        const bool gui = section == u"gui_scripts"_s;
        if (!gui && section != u"console_scripts"_s)
            continue;
        const qsizetype equals = line.indexOf(u'=');
        const QString name = equals < 0 ? QString() : line.left(equals).trimmed();
        const QString value = equals < 0 ? QString() : line.mid(equals + 1).trimmed();
        const QRegularExpressionMatch match = valuePattern.match(value);
        if (name.isEmpty() || !match.hasMatch())
            return fail(Error(Error::Code::Parse,
                              tr("Expected 'name = module:object' in the [%1] section, found '%2'.").arg(section, line),
                              fileName, int(i + 1)));
        entryPoints.append(EntryPoint{name, match.captured(u"module"), match.captured(u"object"), gui});
    }
    return entryPoints;
}

} // namespace Akari
