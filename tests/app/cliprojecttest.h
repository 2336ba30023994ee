// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <memory>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include "processrunner.h"
#include "testenvironment.h"

// What tst_cliproject (show) and tst_cliconfigure (configure) share: a fresh folder per test
// for the projects and XDG_DATA_HOME, akari-cli run against it, and readers of its output.
// Header-only; the including test defines AKARI_CLI_PATH.
namespace Akari::Test
{

using namespace Qt::Literals::StringLiterals;

inline const QString PyTorchIndex = u"https://download.pytorch.org/whl/"_s;

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline QJsonObject parseJson(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON (%s): %s", qPrintable(error.errorString()), text.constData());
    return document.object();
}

/// "cu128" for PyTorch's cu128 index URL, the oracle's word ("pypi", "other", ...) otherwise.
inline QString backendOf(const QJsonValue &url)
{
    const QString text = url.toString();
    return text.startsWith(PyTorchIndex) ? text.mid(PyTorchIndex.size()) : text;
}

/// {"linux": ..., "windows": ..., "macos": ...} as backend ids.
inline QStringList perPlatform(const QJsonObject &platforms)
{
    return {backendOf(platforms.value(u"linux"_s)), backendOf(platforms.value(u"windows"_s)),
            backendOf(platforms.value(u"macos"_s))};
}

inline QStringList strings(const QJsonValue &array)
{
    QStringList list;
    for (const QJsonValue &value : array.toArray())
        list.append(value.toString());
    return list;
}

/// The cells of the table row starting with \a name, cut at the header's column starts
/// (English output: one character per column).
inline QStringList tableRow(const QString &text, const QString &name)
{
    const QStringList lines = text.split(u'\n');
    const auto header = std::find_if(lines.cbegin(), lines.cend(), [](const QString &line) {
        return line.contains(u" Linux "_s) && line.contains(u" Windows "_s) && line.endsWith(u" macOS"_s);
    });
    if (header == lines.cend())
        return {};
    const QList<qsizetype> starts{header->indexOf(u" Linux "_s) + 1, header->indexOf(u" Windows "_s) + 1,
                                  header->indexOf(u" macOS"_s) + 1};
    for (const QString &line : lines) {
        if (line.trimmed().section(u' ', 0, 0) != name)
            continue;
        return {line.mid(starts[0], starts[1] - starts[0]).trimmed(),
                line.mid(starts[1], starts[2] - starts[1]).trimmed(), line.mid(starts[2]).trimmed()};
    }
    return {};
}

/// The test folder and akari-cli runs in it; a test class derives from this and QObject,
/// verifies makeFolder() in init() and resets m_dir in cleanup().
class CliProjectFixture
{
protected:
    std::unique_ptr<QTemporaryDir> m_dir; ///< the projects and XDG_DATA_HOME, fresh for each test

    /// A fresh m_dir; false when it could not be made.
    [[nodiscard]] bool makeFolder()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        return m_dir->isValid();
    }

    [[nodiscard]] QString dataHome() const { return m_dir->filePath(u"data"_s); }

    /// akari-cli with XDG_DATA_HOME in this test's folder, so that backups stay there.
    Akari::Test::ProcessResult runCli(const QStringList &arguments, const QString &workingDirectory = {},
                                      const QString &lang = u"en_US.UTF-8"_s) const
    {
        QProcessEnvironment environment = Akari::Test::environmentWithLanguage(lang);
        environment.insert(u"XDG_DATA_HOME"_s, dataHome());
        return Akari::Test::runProcess(QStringLiteral(AKARI_CLI_PATH), arguments, environment, workingDirectory, 60000);
    }

    /// <test folder>/<folder>/pyproject.toml with \a contents; its path.
    [[nodiscard]] QString writeProject(const QString &folder, const QByteArray &contents) const
    {
        const QString path = m_dir->filePath(folder + u"/pyproject.toml"_s);
        return Akari::Test::writeFile(path, contents) ? path : QString();
    }

    [[nodiscard]] QString copyCorpus(const QString &name) const
    {
        const QByteArray contents = readAll(Akari::Test::sharedPath(u"corpus/pyprojects/"_s + name));
        return contents.isEmpty() ? QString() : writeProject(QFileInfo(name).completeBaseName(), contents);
    }

    [[nodiscard]] bool dataHomeIsEmpty() const
    {
        return !QFileInfo::exists(dataHome()) || QDir(dataHome()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot);
    }
};

} // namespace Akari::Test
