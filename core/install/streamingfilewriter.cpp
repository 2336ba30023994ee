// SPDX-License-Identifier: GPL-3.0-or-later
#include "streamingfilewriter.h"

#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{
/// Read size when hashing what a file already holds.
constexpr qint64 HashChunkBytes = 1024 * 1024;
} // namespace

StreamingFileWriter::StreamingFileWriter(QString path)
    : m_path(std::move(path))
    , m_file(m_path)
{}

StreamingFileWriter::~StreamingFileWriter()
{
    close();
}

Result<void> StreamingFileWriter::open(bool keepContents)
{
    close();
    m_hash.reset();
    m_size = 0;
    QIODevice::OpenMode mode = QIODevice::ReadWrite | QIODevice::Unbuffered;
    if (!keepContents)
        mode |= QIODevice::Truncate;
    if (!m_file.open(mode))
        return fail(
            Error(Error::Code::Io, tr("Could not open %1 for writing: %2").arg(m_path, m_file.errorString()), m_path));
    if (keepContents) {
        for (;;) {
            const QByteArray chunk = m_file.read(HashChunkBytes);
            if (chunk.isEmpty())
                break;
            m_hash.addData(chunk);
            m_size += chunk.size();
        }
        if (m_file.error() != QFileDevice::NoError) {
            const QString reason = m_file.errorString();
            m_file.close();
            return fail(Error(Error::Code::Io, tr("Could not read %1: %2").arg(m_path, reason), m_path));
        }
    }
    return {};
}

Result<void> StreamingFileWriter::restart()
{
    m_hash.reset();
    m_size = 0;
    if (!m_file.isOpen())
        return open(false);
    if (!m_file.resize(0) || !m_file.seek(0))
        return fail(Error(Error::Code::Io, tr("Could not empty %1: %2").arg(m_path, m_file.errorString()), m_path));
    return {};
}

Result<void> StreamingFileWriter::write(QByteArrayView data)
{
    if (!m_file.isOpen())
        return fail(Error(Error::Code::Io, tr("Could not write to %1: it is not open.").arg(m_path), m_path));
    qint64 done = 0;
    while (done < data.size()) {
        const qint64 written = m_file.write(data.data() + done, data.size() - done);
        if (written <= 0)
            return fail(
                Error(Error::Code::Io, tr("Could not write to %1: %2").arg(m_path, m_file.errorString()), m_path));
        done += written;
    }
    m_hash.addData(data);
    m_size += data.size();
    return {};
}

QString StreamingFileWriter::sha256()
{
    return QString::fromLatin1(m_hash.result().toHex());
}

void StreamingFileWriter::close()
{
    if (m_file.isOpen())
        m_file.close();
}

void StreamingFileWriter::remove()
{
    close();
    // A writer pointed at a device (e.g. /dev/full in a test) must never delete it.
    const QFileInfo info(m_path);
    if (info.isSymLink() || info.isFile()) // a link goes, never what it points to
        QFile::remove(m_path);
}

} // namespace Akari
