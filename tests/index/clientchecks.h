// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <future>

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTest>

namespace Akari::Test
{

/**
 * \brief Runs \a work (a blocking index call) on another thread while this thread's event loop
 *        serves LoopbackHttpServer, which lives here; returns what \a work returned.
 */
template<typename Work>
auto offThread(Work work) -> decltype(work())
{
    auto future = std::async(std::launch::async, std::move(work));
    // The client's own timeouts end the work; this only keeps the server answering meanwhile.
    while (future.wait_for(std::chrono::milliseconds(0)) != std::future_status::ready)
        QTest::qWait(5);
    return future.get();
}

/// The real wheels Debian ships (pip, setuptools, ...), as absolute paths.
[[nodiscard]] QStringList systemWheels();

/// The oracle: the wheel's `*.dist-info/METADATA` as Python's zipfile reads it; empty on failure.
[[nodiscard]] QByteArray zipfileMetadata(const QString &wheelPath);

/// Runs a Python script with \a arguments; its stdout, or a null QByteArray when it failed.
[[nodiscard]] QByteArray runPython(const QString &script, const QStringList &arguments);

} // namespace Akari::Test
