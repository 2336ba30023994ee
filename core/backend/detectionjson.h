// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

namespace Akari
{

struct HardwareReport;
struct Recommendation;

/**
 * \brief The JSON that `akari-cli detect --json` prints (schema in README.md): a report and its advice.
 *
 * Unknown values are null rather than missing, so scripts can rely on every key.
 * Field names are snake_case and stable; texts in "advice" and "failures" follow the locale.
 */
namespace DetectionJson
{
[[nodiscard]] QJsonObject toJson(const HardwareReport &report, const Recommendation &recommendation);
} // namespace DetectionJson

} // namespace Akari
