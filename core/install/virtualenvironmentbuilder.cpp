// SPDX-License-Identifier: GPL-3.0-or-later
#include "virtualenvironmentbuilder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "../buildinfo.h"
#include "activationscripts.h"
#include "pythoninterpreter.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Undoes a failed create: removes what it made, keeps a folder that was there (empty) before.
class Cleanup
{
public:
    Cleanup(QString root, bool existed)
        : m_root(std::move(root))
        , m_existed(existed)
    {}
    ~Cleanup()
    {
        if (m_done)
            return;
        QDir dir(m_root);
        if (!m_existed) {
            dir.removeRecursively();
            return;
        }
        for (const QFileInfo &entry :
             dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)) {
            if (entry.isDir() && !entry.isSymLink())
                QDir(entry.absoluteFilePath()).removeRecursively();
            else
                QFile::remove(entry.absoluteFilePath());
        }
    }
    Cleanup(const Cleanup &) = delete;
    Cleanup &operator=(const Cleanup &) = delete;

    void release() { m_done = true; }

private:
    QString m_root;
    bool m_existed = false;
    bool m_done = false;
};

Error writeError(const QString &path, const QString &why)
{
    return Error(Error::Code::Io,
                 VirtualEnvironmentBuilder::tr("Could not write “%1” while creating the virtual environment: %2")
                     .arg(native(path), why),
                 path);
}

std::optional<Error> makeFolder(const QString &path)
{
    if (QDir().mkpath(path))
        return std::nullopt;
    return writeError(path, VirtualEnvironmentBuilder::tr("the folder could not be created"));
}

std::optional<Error> writeFile(const QString &path, const QByteArray &contents, bool executable = false)
{
    // A plain write, not QSaveFile: the folder is new and removed whole on failure, and its
    // files need no sync to disk of their own (that cost a few ms per file on every sync).
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) || file.write(contents) != contents.size())
        return writeError(path, file.errorString());
    file.close();
    if (executable) {
        QFile::setPermissions(path, QFile::permissions(path) | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther |
                                        QFile::ReadGroup | QFile::ReadOther);
    }
    return std::nullopt;
}

// Links \a link to \a target; copies \a copyFrom instead when asked to or when links fail.
std::optional<Error> linkOrCopy(const QString &target, const QString &link, const QString &copyFrom, bool copy)
{
    if (!copy && QFile::link(target, link))
        return std::nullopt;
    if (QFile::copy(copyFrom, link))
        return std::nullopt;
    return writeError(
        link,
        VirtualEnvironmentBuilder::tr("neither a link to nor a copy of “%1” could be made").arg(native(copyFrom)));
}

QString defaultPrompt(const QString &finalRoot)
{
    // As uv: `.venv` in a project is shown with the project's name.
    const QString parent = QFileInfo(QFileInfo(finalRoot).absolutePath()).fileName();
    return parent.isEmpty() ? QFileInfo(finalRoot).fileName() : parent;
}

QByteArray pyvenvConfig(const PythonInterpreter &base, const QString &baseExecutable,
                        const VirtualEnvironmentBuilder::Options &options, const QString &prompt)
{
    // `home` is the folder of the interpreter that runs: Python finds its prefix from there.
    const QString version = base.version.toString();
    QString text;
    text += u"home = %1\n"_s.arg(native(QFileInfo(baseExecutable).absolutePath()));
    text += u"implementation = %1\n"_s.arg(base.implementation.isEmpty() ? u"CPython"_s : base.implementation);
    text += u"version_info = %1\n"_s.arg(version);
    text += u"version = %1\n"_s.arg(version);
    text += u"include-system-site-packages = %1\n"_s.arg(options.systemSitePackages ? u"true"_s : u"false"_s);
    text += u"prompt = %1\n"_s.arg(prompt);
    text += u"akari = %1\n"_s.arg(applicationVersion());
    return text.toUtf8();
}

std::optional<Error> linkInterpreter(const PythonInterpreter &base, const QString &baseExecutable,
                                     const EnvironmentLayout &layout, bool copies)
{
    if (layout.os == TargetPlatform::Os::Windows) {
        // python.exe needs its DLLs beside it: copy the launchers and the DLLs of the base folder.
        const QDir home = QFileInfo(baseExecutable).absoluteDir();
        QStringList names{u"python.exe"_s, u"pythonw.exe"_s};
        names += home.entryList({u"*.dll"_s}, QDir::Files);
        for (const QString &name : std::as_const(names)) {
            if (!home.exists(name))
                continue;
            const QString to = layout.scripts + u'/' + name;
            if (!QFile::copy(home.filePath(name), to))
                return writeError(to, VirtualEnvironmentBuilder::tr("the file could not be copied"));
        }
        return std::nullopt;
    }
    // bin/python is the base's file; python3 and python3.X name bin/python, as venv does.
    if (std::optional<Error> error = linkOrCopy(baseExecutable, layout.python, baseExecutable, copies))
        return error;
    const QString major = base.minorVersion().section(u'.', 0, 0);
    const QStringList names{QString(u"python"_s + major), QString(u"python"_s + base.minorVersion())};
    for (const QString &name : names) {
        const QString link = layout.scripts + u'/' + name;
        if (std::optional<Error> error = linkOrCopy(u"python"_s, link, baseExecutable, copies))
            return error;
    }
    return std::nullopt;
}

} // namespace

Result<EnvironmentLayout> VirtualEnvironmentBuilder::create(const PythonInterpreter &base, const QString &root,
                                                            const Options &options)
{
    const QString absoluteRoot = QDir::cleanPath(QFileInfo(root).absoluteFilePath());
    const QFileInfo rootInfo(absoluteRoot);
    if (rootInfo.exists() && !rootInfo.isDir()) {
        return fail(Error(Error::Code::InvalidArgument,
                          tr("Cannot create a virtual environment at “%1”: a file is in the way.").arg(native(root)),
                          root));
    }
    const bool existed = rootInfo.exists();
    if (existed && !QDir(absoluteRoot).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)) {
        return fail(Error(
            Error::Code::InvalidArgument,
            tr("Cannot create a virtual environment at “%1”: the folder exists and is not empty.").arg(native(root)),
            root));
    }
    const QString baseExecutable = !base.baseExecutable.isEmpty() ? base.baseExecutable
                                   : !base.resolvedPath.isEmpty() ? base.resolvedPath
                                                                  : base.path;
    if (!QFileInfo(baseExecutable).isFile()) {
        return fail(Error(Error::Code::NotFound,
                          tr("Cannot create a virtual environment: the base interpreter “%1” does not exist.")
                              .arg(native(baseExecutable)),
                          baseExecutable));
    }

    const QString finalRoot =
        options.finalRoot.isEmpty() ? absoluteRoot : QDir::cleanPath(QFileInfo(options.finalRoot).absoluteFilePath());
    const EnvironmentLayout layout = EnvironmentLayout::forInterpreter(base, absoluteRoot, finalRoot);
    const QString prompt = options.prompt.isEmpty() ? defaultPrompt(finalRoot) : options.prompt;

    Cleanup cleanup(absoluteRoot, existed);
    for (const QString &folder : {absoluteRoot, layout.scripts, layout.purelib, layout.platlib}) {
        if (std::optional<Error> error = makeFolder(folder))
            return fail(*error);
    }
    // venv's lib64 → lib on 64-bit Linux, so either path finds the packages.
    if (layout.os == TargetPlatform::Os::Linux && base.is64Bit) {
        const QString lib64 = absoluteRoot + u"/lib64"_s;
        if (QDir(absoluteRoot).exists(u"lib"_s) && !QFileInfo(lib64).exists() && !QFile::link(u"lib"_s, lib64))
            return fail(writeError(lib64, tr("the link could not be made")));
    }
    if (std::optional<Error> error =
            writeFile(absoluteRoot + u"/pyvenv.cfg"_s, pyvenvConfig(base, baseExecutable, options, prompt)))
        return fail(*error);
    // Version control has no business in an environment (as uv and venv 3.13 write).
    if (std::optional<Error> error = writeFile(absoluteRoot + u"/.gitignore"_s, "# Created by Akari\n*\n"))
        return fail(*error);
    if (std::optional<Error> error = linkInterpreter(base, baseExecutable, layout, options.copies))
        return fail(*error);
    for (const ActivationScripts::Script &script : ActivationScripts::forLayout(layout, prompt)) {
        if (std::optional<Error> error = writeFile(layout.scripts + u'/' + script.fileName, script.contents))
            return fail(*error);
    }
    cleanup.release();
    return layout;
}

} // namespace Akari
