// SPDX-License-Identifier: GPL-3.0-or-later
#include "treecloner.h"

#include <filesystem>
#include <system_error>
#include <utility>
#include <vector>

#include <QDir>
#include <QFile>

#include "../logging/logcategories.h"
#include "filelinker.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{

namespace fs = std::filesystem;

fs::path toPath(const QString &path)
{
#ifdef Q_OS_WIN
    return fs::path(QDir::toNativeSeparators(path).toStdWString());
#else
    return fs::path(QFile::encodeName(path).toStdString());
#endif
}

QString fromPath(const fs::path &path)
{
#ifdef Q_OS_WIN
    return QDir::fromNativeSeparators(QString::fromStdWString(path.native()));
#else
    return QFile::decodeName(QByteArray::fromStdString(path.native()));
#endif
}

QString describe(const std::error_code &error)
{
    return QString::fromLocal8Bit(error.message());
}

} // namespace

Result<void> TreeCloner::clone(const QString &source, const QString &destination, FileLinker &linker,
                               const std::function<bool()> &isCancelled)
{
    const fs::path from = toPath(source);
    const fs::path to = toPath(destination);
    std::error_code error;

    const fs::file_status rootStatus = fs::symlink_status(from, error);
    if (error || !fs::is_directory(rootStatus)) {
        return fail(Error(Error::Code::NotFound, tr("“%1” is not a folder that can be copied.").arg(source), source));
    }
    fs::create_directories(to, error);
    if (error) {
        return fail(Error(Error::Code::Io, tr("Cannot create the folder “%1”: %2").arg(destination, describe(error)),
                          destination));
    }

    // Modes are applied last, deepest first, so a read-only folder can still be filled.
    std::vector<std::pair<fs::path, fs::perms>> modes{{to, rootStatus.permissions()}};

    // The iterator does not follow directory symlinks unless asked: links stay links.
    fs::recursive_directory_iterator it(from, fs::directory_options::none, error);
    if (error) {
        return fail(Error(Error::Code::Io, tr("Cannot read the folder “%1”: %2").arg(source, describe(error)), source));
    }
    for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
        if (isCancelled && isCancelled())
            return fail(Error::cancelled());
        const fs::path entry = it->path();
        // Lexical: fs::relative() would resolve symlinks, the very thing a clone must not do.
        const fs::path target = to / entry.lexically_relative(from);
        const fs::file_status status = it->symlink_status(error);
        if (error)
            break;
        if (fs::is_symlink(status)) {
            const fs::path linkTarget = fs::read_symlink(entry, error);
            if (!error)
                fs::create_symlink(linkTarget, target, error);
            if (error) {
                return fail(Error(Error::Code::Io,
                                  tr("Cannot recreate the symbolic link “%1” as “%2”: %3")
                                      .arg(fromPath(entry), fromPath(target), describe(error)),
                                  fromPath(entry)));
            }
        } else if (fs::is_directory(status)) {
            fs::create_directory(target, error);
            if (error) {
                return fail(Error(Error::Code::Io,
                                  tr("Cannot create the folder “%1”: %2").arg(fromPath(target), describe(error)),
                                  fromPath(target)));
            }
            modes.emplace_back(target, status.permissions());
        } else if (fs::is_regular_file(status)) {
            if (Result<FileLinker::Mode> linked = linker.link(fromPath(entry), fromPath(target)); !linked)
                return fail(linked.error());
        } else {
            qCWarning(lcCore).noquote() << "Skipping" << fromPath(entry)
                                        << "while cloning: not a file, folder or symbolic link";
        }
    }
    if (error) {
        return fail(Error(Error::Code::Io, tr("Cannot read the folder “%1”: %2").arg(source, describe(error)), source));
    }

    for (auto mode = modes.rbegin(); mode != modes.rend(); ++mode) {
        fs::permissions(mode->first, mode->second, fs::perm_options::replace, error);
        if (error) {
            return fail(Error(Error::Code::Io,
                              tr("Cannot set the permissions of “%1”: %2").arg(fromPath(mode->first), describe(error)),
                              fromPath(mode->first)));
        }
    }
    return {};
}

Result<void> TreeCloner::remove(const QString &path)
{
    const fs::path root = toPath(path);
    std::error_code error;
    const fs::file_status rootStatus = fs::symlink_status(root, error);
    if (error || !fs::exists(rootStatus))
        return {};
    if (fs::is_directory(rootStatus)) {
        // Only folders get a new mode: files may be hard links into a live environment.
        fs::permissions(root, fs::perms::owner_all, fs::perm_options::add, error);
        fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, error);
        for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
            std::error_code ignored;
            if (it->is_directory(ignored) && !it->is_symlink(ignored))
                fs::permissions(it->path(), fs::perms::owner_all, fs::perm_options::add, ignored);
        }
    }
    fs::remove_all(root, error);
    if (error) {
        return fail(Error(Error::Code::Io, tr("Cannot delete the folder “%1”: %2").arg(path, describe(error)), path));
    }
    return {};
}

Result<void> TreeCloner::rename(const QString &from, const QString &to)
{
    std::error_code error;
    if (fs::exists(fs::symlink_status(toPath(to), error))) {
        return fail(Error(Error::Code::Io, tr("Cannot rename “%1” to “%2”: the name is taken.").arg(from, to), to));
    }
    fs::rename(toPath(from), toPath(to), error);
    if (error) {
        return fail(Error(Error::Code::Io, tr("Cannot rename “%1” to “%2”: %3").arg(from, to, describe(error)), from));
    }
    return {};
}

} // namespace Akari
