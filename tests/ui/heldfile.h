// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>

#include <QByteArray>
#include <QString>

namespace Akari::Test
{

/**
 * \brief A named pipe standing in for a file, so a test decides when a job's work finishes.
 *
 * Whatever opens the path for reading (a project load, an environment inspection) waits
 * there until release() writes the contents and closes the pipe. Main thread only; the
 * destructor releases a reader that is still waiting, so no worker thread stays blocked.
 */
class HeldFile final
{
public:
    /// Creates the pipe at \a path, making its folders; see isValid().
    explicit HeldFile(QString path);
    ~HeldFile();
    HeldFile(const HeldFile &) = delete;
    HeldFile &operator=(const HeldFile &) = delete;

    [[nodiscard]] bool isValid() const { return m_valid; }
    [[nodiscard]] QString path() const { return m_path; }
    /// Waits (processing events) up to \a timeout for a reader, then offers it \a contents and the
    /// end of the file. A reader that reads until the end gets all of \a contents; one that stops
    /// when nothing is buffered yet may see less. False when no reader opened the pipe in time.
    [[nodiscard]] bool release(const QByteArray &contents,
                               std::chrono::milliseconds timeout = std::chrono::seconds(10));

private:
    QString m_path;
    bool m_valid = false;
    bool m_released = false;
};

} // namespace Akari::Test
