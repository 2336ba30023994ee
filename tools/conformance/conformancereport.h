// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Akari::Conformance
{

/**
 * \brief Counts the records a conformance run checked, and remembers what failed.
 *
 * Every record of a vectors file is one check: a section name ("version.normalized"), a
 * short description of the record, and whether Akari agreed. Excluded records are counted
 * apart and always listed, so nothing is skipped silently.
 */
class ConformanceReport final
{
public:
    /// Records one check; \a detail says what Akari produced when it disagreed.
    void check(bool agreed, const QString &section, const QString &record, const QString &detail = {});
    /// Records a record left out on purpose (see exclusions.h for the reasons).
    void exclude(const QString &section, const QString &record, const QString &reason);

    [[nodiscard]] int passed() const { return m_passed; }
    [[nodiscard]] int failed() const { return m_failed; }
    [[nodiscard]] const QStringList &failures() const { return m_failures; }
    [[nodiscard]] const QStringList &exclusions() const { return m_exclusions; }

private:
    int m_passed = 0;
    int m_failed = 0;
    QStringList m_failures;
    QStringList m_exclusions;
};

} // namespace Akari::Conformance
