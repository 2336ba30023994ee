// SPDX-License-Identifier: GPL-3.0-or-later
#include "guideconfigurations.h"

#include <QFile>
#include <QRegularExpression>

#include "testenvironment.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari::Test
{

QList<QByteArray> guideConfigurations()
{
    QFile file(sharedPath(u"seed/uv-pytorch-guide.txt"_s));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression tomlLine(uR"(^(\[|\]|\{|"|#|[A-Za-z0-9_.-]+ = |$))"_s);
    static const QRegularExpression japanese(u"[\u3040-\u30ff\u4e00-\u9fff]"_s);
    QList<QByteArray> blocks;
    bool inBlock = false;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (line == u"[project]"_s) {
            blocks.append(QByteArray());
            inBlock = true;
        } else if (inBlock && (!tomlLine.match(line).hasMatch() || japanese.match(line).hasMatch())) {
            inBlock = false;
        }
        if (inBlock)
            blocks.last() += line.toUtf8() + '\n';
    }
    return blocks;
}

} // namespace Akari::Test
