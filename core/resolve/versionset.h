// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QtGlobal>

namespace Akari
{

/**
 * \brief A set of candidate indexes (0 .. size-1) of one package: the solver's finite version domain.
 *
 * The candidates of a package are sorted oldest first, so index order is version order and
 * contiguous runs are version ranges. Stored as a bitset, so the set algebra the solver runs
 * in its inner loop is a few word operations. Value type; sets of different sizes never mix.
 */
class VersionSet final
{
public:
    VersionSet() = default;
    /// The empty set over \a size candidates.
    explicit VersionSet(int size);

    [[nodiscard]] static VersionSet full(int size);
    [[nodiscard]] static VersionSet single(int size, int index);

    [[nodiscard]] int size() const { return m_size; }
    [[nodiscard]] bool contains(int index) const;
    void insert(int index);
    void remove(int index);

    [[nodiscard]] bool isEmpty() const;
    [[nodiscard]] bool isFull() const;
    [[nodiscard]] int count() const;
    /// The size of the intersection with \a other, without building it.
    [[nodiscard]] int intersectionCount(const VersionSet &other) const;
    /// The lowest / highest member, or -1 when empty.
    [[nodiscard]] int first() const;
    [[nodiscard]] int last() const;
    /// The highest member below \a index, or -1.
    [[nodiscard]] int previous(int index) const;

    [[nodiscard]] VersionSet intersected(const VersionSet &other) const;
    [[nodiscard]] VersionSet united(const VersionSet &other) const;
    [[nodiscard]] VersionSet complemented() const;
    [[nodiscard]] VersionSet subtracted(const VersionSet &other) const;
    [[nodiscard]] bool isSubsetOf(const VersionSet &other) const;
    [[nodiscard]] bool isDisjointFrom(const VersionSet &other) const;

    friend bool operator==(const VersionSet &a, const VersionSet &b) = default;

private:
    void clearTail();

    int m_size = 0;
    std::vector<quint64> m_words;
};

} // namespace Akari
