// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstddef>

#include <QColor>
#include <QPalette>
#include <QTextCharFormat>

namespace Akari::PaletteColours
{

/// \a from moved towards \a to by \a amount (0: \a from, 1: \a to), channel by channel in RGB;
/// for tints and muted colours derived from a palette.
[[nodiscard]] QColor mix(const QColor &from, const QColor &to, double amount);

/// Sets \a formats[i] to \a formatOf(Category(i), \a palette): a highlighter's formats, worked
/// out once per palette rather than for every line it colours.
template<typename Category, std::size_t Count>
void fillFormats(std::array<QTextCharFormat, Count> &formats, QTextCharFormat (*formatOf)(Category, const QPalette &),
                 const QPalette &palette)
{
    for (std::size_t i = 0; i < Count; ++i)
        formats.at(i) = formatOf(Category(i), palette);
}

} // namespace Akari::PaletteColours
