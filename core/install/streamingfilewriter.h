// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../system/digeststream.h"
#include <QByteArrayView>
#include <QCoreApplication>
#include <QFile>
#include <QString>

#include "../error.h"

namespace Akari
{

/**
 * \brief Writes a file as its bytes arrive and hashes them (sha256) on the way; WheelDownloader's
 *        `.part` files.
 *
 * Writes go straight to the file (unbuffered), so a full disk shows up at the write that
 * hits it rather than at some later flush. Not thread-safe: the owner serialises calls.
 * Errors are Error::Code::Io naming the path.
 */
class StreamingFileWriter final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::StreamingFileWriter)

public:
    explicit StreamingFileWriter(QString path);
    ~StreamingFileWriter();
    StreamingFileWriter(const StreamingFileWriter &) = delete;
    StreamingFileWriter &operator=(const StreamingFileWriter &) = delete;

    [[nodiscard]] const QString &path() const { return m_path; }

    /// Opens the file for writing, creating it. With \a keepContents, what it already holds is
    /// read and hashed, and writes append to it; otherwise it is emptied.
    [[nodiscard]] Result<void> open(bool keepContents);
    /// Empties the file and forgets the digest, to start over.
    [[nodiscard]] Result<void> restart();
    [[nodiscard]] Result<void> write(QByteArrayView data);

    [[nodiscard]] bool isOpen() const { return m_file.isOpen(); }
    /// Bytes in the file (kept ones included).
    [[nodiscard]] qint64 size() const { return m_size; }
    /// The sha256 of everything written (lower-case hex). Ends the hashing: call once, at the end.
    [[nodiscard]] QString sha256();

    void close();
    /// Closes and deletes the file; only a regular file is ever deleted (never a device).
    void remove();

private:
    QString m_path;
    QFile m_file;
    DigestStream m_hash{QCryptographicHash::Sha256};
    qint64 m_size = 0;
};

} // namespace Akari
