// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>

#include <QString>

#include <toml++/toml.h>

/// Reading toml++ values into Qt types; shared by every reader and editor of core/project.
namespace Akari::TomlValue
{

/// toml++'s UTF-8 text as a QString.
[[nodiscard]] inline QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

/// The string under \a key in \a table; empty when it is missing or not a string.
[[nodiscard]] inline QString stringOf(const toml::table &table, std::string_view key)
{
    if (const auto value = table[key].value<std::string_view>())
        return toQString(*value);
    return {};
}

} // namespace Akari::TomlValue
