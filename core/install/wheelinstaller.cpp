// SPDX-License-Identifier: GPL-3.0-or-later
#include "wheelinstaller.h"

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include "../logging/logcategories.h"
#include "entrypointlauncher.h"
#include "filelinker.h"
#include "recordfile.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{

constexpr QFile::Permissions ExecutableMode = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadUser |
                                              QFile::WriteUser | QFile::ExeUser | QFile::ReadGroup | QFile::ExeGroup |
                                              QFile::ReadOther | QFile::ExeOther;

// A relative '/'-separated path with no way out of its folder.
bool isSafeRelative(const QString &path)
{
    if (path.isEmpty() || path.startsWith(u'/') || path.contains(u'\\') || path.contains(QChar(0)))
        return false;
    if (path.size() >= 2 && path.at(1) == u':')
        return false;
    const QStringList parts = path.split(u'/');
    return std::ranges::none_of(parts, [](const QString &part) { return part == u".."_s; });
}

bool isInside(const QString &path, const QString &root)
{
    return path.startsWith(root.endsWith(u'/') ? root : root + u'/');
}

// The files one install has created so far, removed again when it fails.
class InstallRun
{
    Q_DECLARE_TR_FUNCTIONS(Akari::WheelInstaller)

public:
    InstallRun(const UnpackedWheel &wheel, const EnvironmentLayout &layout, FileLinker &linker,
               const WheelInstaller::Options &options)
        : m_wheel(wheel)
        , m_layout(layout)
        , m_linker(linker)
        , m_options(options)
        , m_siteRoot(wheel.rootIsPurelib ? layout.purelib : layout.platlib)
        , m_python(layout.finalPython.isEmpty() ? layout.python : layout.finalPython)
    {}

    ~InstallRun()
    {
        if (!m_committed)
            rollback();
    }

    Result<WheelInstaller::Installed> run();

private:
    Result<QString> targetFor(const QString &member, bool &isScript) const;
    Result<void> prepare(const QString &target);
    Result<void> place(const RecordEntry &entry, const QString &target, bool isScript);
    Result<void> write(const QString &target, const QByteArray &data, bool executable);
    void addRecord(const QString &target, QString hash, qint64 size);
    bool cancelled() const { return m_options.isCancelled && m_options.isCancelled(); }
    void rollback();

    const UnpackedWheel &m_wheel;
    const EnvironmentLayout &m_layout;
    FileLinker &m_linker;
    const WheelInstaller::Options &m_options;
    QString m_siteRoot;
    QString m_python;
    QStringList m_createdFiles;
    QStringList m_createdFolders;
    QList<RecordEntry> m_record;
    int m_linked = 0;
    int m_written = 0;
    bool m_committed = false;
};

Result<QString> InstallRun::targetFor(const QString &member, bool &isScript) const
{
    isScript = false;
    if (m_wheel.dataDir.isEmpty() || !member.startsWith(m_wheel.dataDir + u'/'))
        return m_siteRoot + u'/' + member;

    const QString inside = member.mid(m_wheel.dataDir.size() + 1);
    const QString scheme = inside.section(u'/', 0, 0);
    const QString rest = inside.section(u'/', 1);
    if (rest.isEmpty())
        return fail(Error(Error::Code::Parse,
                          tr("The wheel %1 has a file directly in its data folder: %2").arg(m_wheel.filename, member)));
    if (scheme == u"scripts"_s) {
        isScript = true;
        return m_layout.scripts + u'/' + rest;
    }
    if (scheme == u"headers"_s) {
        const QString distribution =
            m_wheel.name.original().isEmpty() ? m_wheel.name.canonical() : m_wheel.name.original();
        return m_layout.includeRoot + u'/' + distribution + u'/' + rest;
    }
    if (scheme == u"data"_s)
        return m_layout.data + u'/' + rest;
    if (scheme == u"purelib"_s)
        return m_layout.purelib + u'/' + rest;
    if (scheme == u"platlib"_s)
        return m_layout.platlib + u'/' + rest;
    return fail(Error(Error::Code::Parse,
                      tr("The wheel %1 has an unknown data folder \"%2\": %3").arg(m_wheel.filename, scheme, member)));
}

Result<void> InstallRun::prepare(const QString &target)
{
    const QFileInfo info(target);
    if (info.exists() || info.isSymLink()) {
        if (!m_options.replace || info.isDir())
            return fail(Error(Error::Code::Io,
                              tr("Cannot install %1: %2 already exists (another distribution owns it).")
                                  .arg(m_wheel.filename, target),
                              target));
        if (!QFile::remove(target))
            return fail(Error(Error::Code::Io,
                              tr("Cannot replace %1 while installing %2.").arg(target, m_wheel.filename), target));
    }
    // Remember each folder this install creates, outermost first, so a rollback can remove them.
    QStringList missing;
    for (QString folder = info.absolutePath(); !QFileInfo::exists(folder); folder = QFileInfo(folder).absolutePath())
        missing.prepend(folder);
    for (const QString &folder : std::as_const(missing)) {
        if (!QDir().mkdir(folder)) {
            // Fix by helper "sync2": wheels installed in parallel can share a folder (a namespace
            // package such as nvidia/): when another install created it meanwhile, it is not ours.
            if (QFileInfo(folder).isDir() && !QFileInfo(folder).isSymLink())
                continue;
            return fail(Error(Error::Code::Io, tr("Cannot create the folder %1.").arg(folder), folder));
        }
        m_createdFolders.append(folder);
    }
    return {};
}

Result<void> InstallRun::write(const QString &target, const QByteArray &data, bool executable)
{
    QFile file(target);
    if (!file.open(QIODevice::NewOnly | QIODevice::WriteOnly))
        return fail(Error(Error::Code::Io, tr("Cannot create %1: %2").arg(target, file.errorString()), target));
    m_createdFiles.append(target);
    if (file.write(data) != data.size() || !file.flush())
        return fail(Error(Error::Code::Io, tr("Cannot write %1: %2").arg(target, file.errorString()), target));
    file.close();
    if (executable && !QFile::setPermissions(target, ExecutableMode))
        return fail(Error(Error::Code::Io, tr("Cannot make %1 executable.").arg(target), target));
    ++m_written;
    return {};
}

void InstallRun::addRecord(const QString &target, QString hash, qint64 size)
{
    m_record.append({QDir(m_siteRoot).relativeFilePath(target), std::move(hash), size});
}

Result<void> InstallRun::place(const RecordEntry &entry, const QString &target, bool isScript)
{
    const QString source = m_wheel.root + u'/' + entry.path;
    if (auto prepared = prepare(target); !prepared)
        return prepared;

    if (isScript) {
        QFile file(source);
        if (!file.open(QIODevice::ReadOnly))
            return fail(Error(Error::Code::Io, tr("Cannot read %1: %2").arg(source, file.errorString()), source));
        const QByteArray head = file.peek(8);
        if (head.startsWith("#!python")) {
            // `#!python` / `#!pythonw` means "this environment's Python": the first line is replaced.
            file.readLine();
            const QByteArray data = EntryPointLauncher::shebang(m_python) + file.readAll();
            if (auto written = write(target, data, true); !written)
                return written;
            addRecord(target, RecordFile::hashOf(data), data.size());
            return {};
        }
        // Linking would change the cache's own file when it has to be made executable.
        if (!(QFileInfo(source).permissions() & QFile::ExeOwner)) {
            const QByteArray data = file.readAll();
            if (auto written = write(target, data, true); !written)
                return written;
            addRecord(target, entry.hash, entry.size);
            return {};
        }
    }

    const Result<FileLinker::Mode> linked = m_linker.link(source, target);
    if (!linked)
        return fail(linked.error());
    m_createdFiles.append(target);
    ++m_linked;
    // The content is the wheel's, so RECORD's hash still holds.
    addRecord(target, entry.hash, entry.size);
    return {};
}

Result<WheelInstaller::Installed> InstallRun::run()
{
    if (m_siteRoot.isEmpty() || m_layout.scripts.isEmpty())
        return fail(Error(Error::Code::InvalidArgument,
                          tr("Cannot install %1: the environment's layout is incomplete.").arg(m_wheel.filename)));
    const QString distInfoPath = m_siteRoot + u'/' + m_wheel.distInfo;
    // Files the install writes itself; a wheel's own copies of them are not installed.
    const QSet<QString> ownFiles{m_wheel.distInfo + u"/RECORD"_s, m_wheel.distInfo + u"/INSTALLER"_s,
                                 m_wheel.distInfo + u"/REQUESTED"_s, m_wheel.distInfo + u"/akari-wheel"_s};

    for (const RecordEntry &entry : m_wheel.record) {
        if (cancelled())
            return fail(Error::cancelled());
        if (ownFiles.contains(entry.path))
            continue;
        if (!isSafeRelative(entry.path))
            return fail(
                Error(Error::Code::Parse,
                      tr("The wheel %1 lists a path that leaves its folder: %2").arg(m_wheel.filename, entry.path)));
        bool isScript = false;
        const Result<QString> target = targetFor(entry.path, isScript);
        if (!target)
            return fail(target.error());
        if (auto placed = place(entry, *target, isScript); !placed)
            return fail(placed.error());
    }

    for (const EntryPoint &entryPoint : m_wheel.entryPoints) {
        if (cancelled())
            return fail(Error::cancelled());
        const Result<QString> name = EntryPointLauncher::fileName(entryPoint, m_layout.os);
        if (!name)
            return fail(Error(Error::Code::InvalidArgument,
                              tr("Cannot install %1: %2").arg(m_wheel.filename, name.error().message())));
        const Result<QByteArray> script = EntryPointLauncher::script(entryPoint, m_python);
        if (!script)
            return fail(Error(Error::Code::InvalidArgument,
                              tr("Cannot install %1: %2").arg(m_wheel.filename, script.error().message())));
        const QString target = m_layout.scripts + u'/' + *name;
        if (auto prepared = prepare(target); !prepared)
            return fail(prepared.error());
        if (auto written = write(target, *script, true); !written)
            return fail(written.error());
        addRecord(target, RecordFile::hashOf(*script), script->size());
    }
    if (m_layout.os == TargetPlatform::Os::Windows && !m_wheel.entryPoints.isEmpty())
        qCInfo(lcInstall).noquote()
            << tr("Windows .exe launchers are not written; the entry points of %1 are -script.py files.")
                   .arg(m_wheel.filename);

    const auto addOwnFile = [&](const QString &name, const QByteArray &data) -> Result<void> {
        const QString target = distInfoPath + u'/' + name;
        if (auto prepared = prepare(target); !prepared)
            return prepared;
        if (auto written = write(target, data, false); !written)
            return written;
        addRecord(target, RecordFile::hashOf(data), data.size());
        return {};
    };
    if (auto done = addOwnFile(u"INSTALLER"_s, m_options.installer.toUtf8() + '\n'); !done)
        return fail(done.error());
    if (m_options.requested) {
        if (auto done = addOwnFile(u"REQUESTED"_s, {}); !done)
            return fail(done.error());
    }
    if (!m_wheel.sha256.isEmpty()) {
        if (auto done = addOwnFile(u"akari-wheel"_s, m_wheel.sha256.toUtf8() + '\n'); !done)
            return fail(done.error());
    }

    const QString recordPath = distInfoPath + u"/RECORD"_s;
    QList<RecordEntry> rows = m_record;
    rows.append({QDir(m_siteRoot).relativeFilePath(recordPath), {}, -1});
    std::ranges::sort(rows, {}, &RecordEntry::path);
    if (auto prepared = prepare(recordPath); !prepared)
        return fail(prepared.error());
    if (auto written = write(recordPath, RecordFile::write(rows), false); !written)
        return fail(written.error());
    if (cancelled())
        return fail(Error::cancelled());

    WheelInstaller::Installed installed;
    installed.distribution.name = m_wheel.name;
    installed.distribution.version = m_wheel.version;
    installed.distribution.distInfoPath = QFileInfo(distInfoPath).absoluteFilePath();
    installed.distribution.installer = m_options.installer;
    installed.distribution.requested = m_options.requested;
    installed.distribution.archiveSha256 = m_wheel.sha256;
    installed.filesLinked = m_linked;
    installed.filesWritten = m_written;
    m_committed = true;
    return installed;
}

void InstallRun::rollback()
{
    for (auto it = m_createdFiles.crbegin(); it != m_createdFiles.crend(); ++it)
        QFile::remove(*it);
    for (auto it = m_createdFolders.crbegin(); it != m_createdFolders.crend(); ++it)
        QDir().rmdir(*it);
}

} // namespace

Result<WheelInstaller::Installed> WheelInstaller::install(const UnpackedWheel &wheel, const EnvironmentLayout &layout,
                                                          FileLinker &linker, const Options &options)
{
    InstallRun run(wheel, layout, linker, options);
    return run.run();
}

Result<void> WheelInstaller::uninstall(const InstalledDistribution &distribution, const EnvironmentLayout &layout)
{
    const QString root = QDir::cleanPath(QFileInfo(layout.root).absoluteFilePath());
    const QString canonicalRoot = QFileInfo(root).canonicalFilePath();
    const QString distInfo = QDir::cleanPath(QFileInfo(distribution.distInfoPath).absoluteFilePath());
    const QString name = distribution.name.canonical();
    if (!isInside(distInfo, root) || QFileInfo(distInfo).isSymLink() || !QFileInfo(distInfo).isDir())
        return fail(Error(
            Error::Code::InvalidArgument,
            tr("Cannot uninstall %1: %2 is not a folder in the environment %3.").arg(name, distInfo, root), distInfo));

    const QString recordPath = distInfo + u"/RECORD"_s;
    QFile recordFile(recordPath);
    if (!recordFile.open(QIODevice::ReadOnly))
        return fail(Error(Error::Code::NotFound,
                          tr("Cannot uninstall %1: its RECORD cannot be read: %2").arg(name, recordFile.errorString()),
                          recordPath));
    const Result<QList<RecordEntry>> record = RecordFile::parse(recordFile.readAll(), recordPath);
    if (!record)
        return fail(record.error());

    // Every path is checked before anything is removed: one that leaves the environment (by
    // `..`, an absolute path or a linked folder) stops the uninstall.
    const QString base = QFileInfo(distInfo).absolutePath();
    QStringList files;
    for (qsizetype i = 0; i < record->size(); ++i) {
        const QString &path = record->at(i).path;
        const QString target = QDir::cleanPath(QDir::isAbsolutePath(path) ? path : base + u'/' + path);
        const QString folder = QFileInfo(QFileInfo(target).absolutePath()).canonicalFilePath();
        const bool outside = !isInside(target, root) || path.contains(u'\\') ||
                             (!folder.isEmpty() && folder != canonicalRoot && !isInside(folder, canonicalRoot));
        if (outside)
            return fail(Error(Error::Code::Parse,
                              tr("Refusing to uninstall %1: its RECORD lists %2, which is outside the environment %3.")
                                  .arg(name, path, root),
                              recordPath, int(i) + 1));
        files.append(target);
    }

    QSet<QString> folders;
    const auto removeFile = [&](const QString &path) -> Result<void> {
        const QFileInfo info(path);
        if (info.isDir() && !info.isSymLink())
            return {};
        if ((info.exists() || info.isSymLink()) && !QFile::remove(path))
            return fail(Error(Error::Code::Io, tr("Cannot remove %1 while uninstalling %2.").arg(path, name), path));
        folders.insert(info.absolutePath());
        return {};
    };
    for (const QString &file : std::as_const(files)) {
        if (auto removed = removeFile(file); !removed)
            return removed;
        if (!file.endsWith(u".py"_s))
            continue;
        // Python's bytecode cache: __pycache__/<stem>.<tag>[.opt-N].pyc beside the source.
        const QFileInfo source(file);
        const QString cache = source.absolutePath() + u"/__pycache__"_s;
        const QStringList compiled = QDir(cache).entryList({source.completeBaseName() + u".*.pyc"_s}, QDir::Files);
        for (const QString &pyc : compiled) {
            if (auto removed = removeFile(cache + u'/' + pyc); !removed)
                return removed;
        }
    }
    if (QFileInfo::exists(distInfo) && !QDir(distInfo).removeRecursively())
        return fail(
            Error(Error::Code::Io, tr("Cannot remove %1 while uninstalling %2.").arg(distInfo, name), distInfo));
    folders.insert(base);

    // Folders left empty go too, up to the environment's own folders.
    QSet<QString> keep{root};
    for (const QString &folder : {layout.scripts, layout.purelib, layout.platlib, layout.data}) {
        for (QString up = QDir::cleanPath(QFileInfo(folder).absoluteFilePath()); isInside(up, root);
             up = QFileInfo(up).absolutePath())
            keep.insert(up);
    }
    const QString includeRoot = QDir::cleanPath(QFileInfo(layout.includeRoot).absoluteFilePath());
    if (isInside(includeRoot, root))
        keep.insert(root + u'/' + includeRoot.mid(root.size() + 1).section(u'/', 0, 0));
    QStringList sorted = folders.values();
    std::ranges::sort(sorted, std::ranges::greater{}, &QString::size);
    for (QString folder : std::as_const(sorted)) {
        while (isInside(folder, root) && !keep.contains(folder) && !QFileInfo(folder).isSymLink() &&
               QDir(folder).isEmpty(QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot) &&
               QDir().rmdir(folder))
            folder = QFileInfo(folder).absolutePath();
    }
    return {};
}

} // namespace Akari
