// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QWidget;

namespace Akari::Test
{

/**
 * \brief Texts that do not fit the room their widget got, below \a root (which should be shown
 *        and laid out, e.g. after QTest::qWaitForWindowExposed).
 *
 * Checks visible QLabels (their size hint, or their height for the width given when they wrap),
 * buttons (their size hint), combo boxes (the current text against the edit field), tab texts
 * and group box titles. Labels whose objectName ends with "Elided" shorten their text on
 * purpose and are skipped, as are tab bars with an elide mode; widgets Qt makes for itself
 * (scroll buttons of a tab bar, "qt_" objects) too. Each entry reads
 * "<class> <objectName or text>: needs W×H, has W×H".
 */
[[nodiscard]] QStringList clippedTexts(const QWidget *root);

/**
 * \brief Visible sibling widgets below \a root whose geometries overlap by more than a pixel
 *        in both directions, as "<class> <name> overlaps <class> <name> by W×H".
 *
 * Windows, scroll bars, size grips, rubber bands and focus frames are left out, and so are the
 * pages of a QStackedWidget.
 */
[[nodiscard]] QStringList overlappingWidgets(const QWidget *root);

} // namespace Akari::Test
