// SPDX-License-Identifier: GPL-3.0-or-later
#include "environmenttransaction.h"

#include <algorithm>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include "../logging/logcategories.h"
#include "filelinker.h"
#include "pythoninterpreter.h"
#include "treecloner.h"
#include "virtualenvironmentbuilder.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{

// Hidden siblings: ".venv" gives ".venv.akari-stage-XXXXXX", "env" gives ".env.akari-stage-XXXXXX".
QString hidden(const QString &name)
{
    return name.startsWith(u'.') ? name : u"."_s + name;
}

QString stagePrefix(const QString &name)
{
    return hidden(name) + u".akari-stage-"_s;
}

QString oldPrefix(const QString &name)
{
    return hidden(name) + u".akari-old-"_s;
}

QString randomSuffix()
{
    static constexpr QStringView Alphabet = u"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QString suffix;
    for (int i = 0; i < 6; ++i)
        suffix.append(Alphabet.at(QRandomGenerator::global()->bounded(int(Alphabet.size()))));
    return suffix;
}

bool existsOrLink(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() || info.isSymLink();
}

// The siblings of the environment whose names start with \a prefix (leftovers of a crash).
QStringList siblings(const QString &parent, const QString &prefix)
{
    QStringList found;
    const QStringList names =
        QDir(parent).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QString &name : names) {
        if (name.startsWith(prefix) && name.size() > prefix.size())
            found.append(parent + u'/' + name);
    }
    return found;
}

// pyvenv.cfg's value for \a key, empty when absent.
QString pyvenvValue(const QString &environmentPath, QStringView key)
{
    QFile file(environmentPath + u"/pyvenv.cfg"_s);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine());
        const qsizetype equals = line.indexOf(u'=');
        if (equals > 0 && QStringView(line).left(equals).trimmed().compare(key, Qt::CaseInsensitive) == 0)
            return line.mid(equals + 1).trimmed();
    }
    return {};
}

} // namespace

EnvironmentTransaction::EnvironmentTransaction(EnvironmentTransaction &&other) noexcept
    : m_environmentPath(std::move(other.m_environmentPath))
    , m_layout(std::move(other.m_layout))
    , m_created(other.m_created)
    , m_open(std::exchange(other.m_open, false))
{}

EnvironmentTransaction &EnvironmentTransaction::operator=(EnvironmentTransaction &&other) noexcept
{
    if (this != &other) {
        rollback();
        m_environmentPath = std::move(other.m_environmentPath);
        m_layout = std::move(other.m_layout);
        m_created = other.m_created;
        m_open = std::exchange(other.m_open, false);
    }
    return *this;
}

EnvironmentTransaction::~EnvironmentTransaction()
{
    rollback();
}

void EnvironmentTransaction::recover(const QString &environmentPath)
{
    const QFileInfo info(environmentPath);
    const QString parent = info.absolutePath();
    const QString name = info.fileName();

    for (const QString &stage : siblings(parent, stagePrefix(name))) {
        qCInfo(lcCore).noquote() << "Deleting the staging folder of an interrupted sync:" << stage;
        if (Result<void> removed = TreeCloner::remove(stage); !removed)
            qCWarning(lcCore).noquote() << removed.error().toString();
    }

    QStringList olds = siblings(parent, oldPrefix(name));
    if (!existsOrLink(environmentPath) && !olds.isEmpty()) {
        // A crash between commit's two renames: the newest old folder is the environment.
        std::ranges::sort(olds, std::greater{}, [](const QString &path) { return QFileInfo(path).lastModified(); });
        const QString restored = olds.takeFirst();
        qCWarning(lcCore).noquote() << "Restoring the environment" << environmentPath << "from" << restored
                                    << "after an interrupted sync";
        if (Result<void> renamed = TreeCloner::rename(restored, environmentPath); !renamed)
            qCWarning(lcCore).noquote() << renamed.error().toString();
    }
    for (const QString &old : std::as_const(olds)) {
        qCInfo(lcCore).noquote() << "Deleting the old environment left by an interrupted sync:" << old;
        if (Result<void> removed = TreeCloner::remove(old); !removed)
            qCWarning(lcCore).noquote() << removed.error().toString();
    }
}

std::optional<QString> EnvironmentTransaction::needsRecreate(const QString &environmentPath,
                                                             const PythonInterpreter &interpreter)
{
    if (!existsOrLink(environmentPath))
        return std::nullopt;
    const Result<EnvironmentLayout> layout = EnvironmentLayout::forExisting(environmentPath);
    if (!layout)
        return tr("The environment “%1” cannot be used: %2").arg(environmentPath, layout.error().message());
    if (layout->pythonMinor != interpreter.minorVersion()) {
        return tr("The environment “%1” was made for Python %2, not Python %3.")
            .arg(environmentPath, layout->pythonMinor, interpreter.minorVersion());
    }
    const QString home = pyvenvValue(environmentPath, u"home");
    if (!home.isEmpty() && !QFileInfo(home).isDir()) {
        return tr("The Python that the environment “%1” was made from is gone (%2).").arg(environmentPath, home);
    }
    if (!QFileInfo::exists(layout->python))
        return tr("The environment “%1” has no working Python (%2).").arg(environmentPath, layout->python);
    return std::nullopt;
}

Result<EnvironmentTransaction> EnvironmentTransaction::begin(const QString &environmentPath,
                                                             const PythonInterpreter &interpreter,
                                                             const Options &options)
{
    const QString path = QDir::cleanPath(QFileInfo(environmentPath).absoluteFilePath());
    const QFileInfo info(path);
    const QString parent = info.absolutePath();
    const QString name = info.fileName();
    if (name.isEmpty() || !QFileInfo(parent).isDir()) {
        return fail(Error(Error::Code::InvalidArgument,
                          tr("“%1” cannot hold an environment: its folder does not exist.").arg(path), path));
    }
    const auto cancelled = [&options] { return options.isCancelled && options.isCancelled(); };

    recover(path);
    if (cancelled())
        return fail(Error::cancelled());

    const QFileInfo current(path);
    const bool exists = current.exists() || current.isSymLink();
    if (exists && !current.isDir()) {
        return fail(Error(Error::Code::InvalidArgument,
                          tr("“%1” exists and is not a folder, so it cannot be an environment.").arg(path), path));
    }
    // Recreating deletes the folder on commit: only ever an environment, or nothing.
    if (exists && options.recreate && !QFileInfo::exists(path + u"/pyvenv.cfg"_s) &&
        !QDir(path).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)) {
        return fail(Error(Error::Code::InvalidArgument,
                          tr("“%1” is not a virtual environment (it has no pyvenv.cfg) and is not empty; Akari "
                             "will not replace it. Move it away or delete it.")
                              .arg(path),
                          path));
    }

    QString stage;
    for (int attempt = 0; attempt < 100 && stage.isEmpty(); ++attempt) {
        const QString candidate = parent + u'/' + stagePrefix(name) + randomSuffix();
        if (!existsOrLink(candidate) && QDir().mkdir(candidate))
            stage = candidate;
    }
    if (stage.isEmpty()) {
        return fail(Error(Error::Code::Io,
                          tr("Cannot create a staging folder for the environment in “%1”.").arg(parent), parent));
    }

    EnvironmentTransaction transaction;
    transaction.m_environmentPath = path;
    transaction.m_layout.root = stage;
    transaction.m_layout.finalRoot = path;
    transaction.m_open = true;

    if (!exists || options.recreate) {
        VirtualEnvironmentBuilder::Options builder;
        builder.prompt = QFileInfo(parent).fileName();
        builder.finalRoot = path;
        Result<EnvironmentLayout> created = VirtualEnvironmentBuilder::create(interpreter, stage, builder);
        if (!created)
            return fail(created.error()); // the destructor deletes the stage
        transaction.m_layout = *created;
        transaction.m_created = true;
    } else {
        Result<EnvironmentLayout> existing = EnvironmentLayout::forExisting(path);
        if (!existing)
            return fail(existing.error());
        FileLinker linker;
        if (Result<void> cloned = TreeCloner::clone(path, stage, linker, options.isCancelled); !cloned)
            return fail(cloned.error());
        transaction.m_layout = existing->relocated(stage);
    }
    if (cancelled())
        return fail(Error::cancelled());
    return transaction;
}

Result<void> EnvironmentTransaction::commit()
{
    if (!m_open) {
        return fail(Error(Error::Code::InvalidArgument,
                          tr("There is no staged change of the environment “%1” to apply.").arg(m_environmentPath),
                          m_environmentPath));
    }
    const QFileInfo info(m_environmentPath);
    const QString stage = m_layout.root;

    QString old;
    if (existsOrLink(m_environmentPath)) {
        for (int attempt = 0; attempt < 100 && old.isEmpty(); ++attempt) {
            const QString candidate = info.absolutePath() + u'/' + oldPrefix(info.fileName()) + randomSuffix();
            if (!existsOrLink(candidate))
                old = candidate;
        }
        Result<void> moved;
        if (old.isEmpty())
            moved = fail(Error(Error::Code::Io, tr("Cannot find a free name beside “%1”.").arg(m_environmentPath),
                               m_environmentPath));
        else
            moved = TreeCloner::rename(m_environmentPath, old);
        if (!moved) {
            rollback();
            return fail(moved.error());
        }
    }
    if (Result<void> swapped = TreeCloner::rename(stage, m_environmentPath); !swapped) {
        if (!old.isEmpty()) {
            if (Result<void> back = TreeCloner::rename(old, m_environmentPath); !back) {
                // The next begin() renames it back; say where it is meanwhile.
                qCCritical(lcCore).noquote()
                    << "The environment" << m_environmentPath << "is left at" << old << ":" << back.error().toString();
            }
        }
        rollback();
        return fail(swapped.error());
    }
    m_open = false;
    m_layout = m_layout.relocated(m_environmentPath);
    if (!old.isEmpty()) {
        if (Result<void> removed = TreeCloner::remove(old); !removed) {
            qCWarning(lcCore).noquote() << "The old environment could not be deleted; the next sync retries:"
                                        << removed.error().toString();
        }
    }
    return {};
}

void EnvironmentTransaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    if (Result<void> removed = TreeCloner::remove(m_layout.root); !removed)
        qCWarning(lcCore).noquote() << removed.error().toString();
}

} // namespace Akari
