// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArrayView>
#include <QString>

namespace Akari
{

/// \a bytes as Rust's String::from_utf8 reads them, which is how uv reads sysfs, /proc and
/// program output: any invalid byte sequence gives nullopt (uv stops with an error there), and a
/// byte-order mark stays a character. Safe on any thread.
[[nodiscard]] std::optional<QString> decodeStrictUtf8(QByteArrayView bytes);

} // namespace Akari
