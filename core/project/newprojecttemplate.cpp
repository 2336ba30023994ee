// SPDX-License-Identifier: GPL-3.0-or-later
#include "newprojecttemplate.h"

#include <QDir>
#include <QFileInfo>

#include "torchpythonsupport.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

QString NewProjectTemplate::projectName(const QString &folderName)
{
    QString name;
    bool pendingDash = false;
    for (const QChar c : folderName.toLower()) {
        // PEP 508 names are ASCII: letters and digits of other scripts cannot stay.
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            if (pendingDash && !name.isEmpty())
                name += u'-';
            pendingDash = false;
            name += c;
        } else {
            pendingDash = true;
        }
    }
    return name.isEmpty() ? u"project"_s : name;
}

QByteArray NewProjectTemplate::text(const QString &folderPath)
{
    const QDir folder(folderPath);
    // The newest release's oldest Python: uv would pick a Python PyTorch publishes wheels for.
    const int python = TorchPythonSupport::releases().last().oldestPython;
    QByteArray text = "[project]\n";
    text += "name = \"" + projectName(QFileInfo(folder.absolutePath()).fileName()).toUtf8() + "\"\n";
    text += "version = \"0.1.0\"\n";
    text += "description = \"Add your description here\"\n";
    if (QFileInfo(folder.filePath(u"README.md"_s)).isFile())
        text += "readme = \"README.md\"\n";
    text += "requires-python = \">=3." + QByteArray::number(python) + "\"\n";
    text += "dependencies = []\n";
    return text;
}

} // namespace Akari
