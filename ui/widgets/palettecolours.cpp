// SPDX-License-Identifier: GPL-3.0-or-later
#include "palettecolours.h"

namespace Akari::PaletteColours
{

QColor mix(const QColor &from, const QColor &to, double amount)
{
    const QColor a = from.toRgb();
    const QColor b = to.toRgb();
    const auto channel = [amount](float x, float y) { return float(x + (y - x) * amount); };
    return QColor::fromRgbF(channel(a.redF(), b.redF()), channel(a.greenF(), b.greenF()),
                            channel(a.blueF(), b.blueF()));
}

} // namespace Akari::PaletteColours
