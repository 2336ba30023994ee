// SPDX-License-Identifier: GPL-3.0-or-later
#include "versionset.h"

#include <bit>

namespace Akari
{

namespace
{
constexpr int WordBits = 64;
} // namespace

VersionSet::VersionSet(int size)
    : m_size(size)
    , m_words(size_t((size + WordBits - 1) / WordBits), 0)
{}

VersionSet VersionSet::full(int size)
{
    VersionSet set(size);
    for (quint64 &word : set.m_words)
        word = ~quint64(0);
    set.clearTail();
    return set;
}

VersionSet VersionSet::single(int size, int index)
{
    VersionSet set(size);
    set.insert(index);
    return set;
}

bool VersionSet::contains(int index) const
{
    if (index < 0 || index >= m_size)
        return false;
    return (m_words[size_t(index / WordBits)] >> (index % WordBits)) & 1U;
}

void VersionSet::insert(int index)
{
    if (index >= 0 && index < m_size)
        m_words[size_t(index / WordBits)] |= quint64(1) << (index % WordBits);
}

void VersionSet::remove(int index)
{
    if (index >= 0 && index < m_size)
        m_words[size_t(index / WordBits)] &= ~(quint64(1) << (index % WordBits));
}

bool VersionSet::isEmpty() const
{
    for (const quint64 word : m_words) {
        if (word)
            return false;
    }
    return true;
}

bool VersionSet::isFull() const
{
    return count() == m_size;
}

int VersionSet::count() const
{
    int total = 0;
    for (const quint64 word : m_words)
        total += std::popcount(word);
    return total;
}

int VersionSet::intersectionCount(const VersionSet &other) const
{
    int total = 0;
    for (size_t i = 0; i < m_words.size() && i < other.m_words.size(); ++i)
        total += std::popcount(m_words[i] & other.m_words[i]);
    return total;
}

int VersionSet::first() const
{
    for (size_t i = 0; i < m_words.size(); ++i) {
        if (m_words[i])
            return int(i) * WordBits + std::countr_zero(m_words[i]);
    }
    return -1;
}

int VersionSet::last() const
{
    return previous(m_size);
}

int VersionSet::previous(int index) const
{
    for (int i = std::min(index, m_size) - 1; i >= 0; --i) {
        const quint64 word = m_words[size_t(i / WordBits)] & (~quint64(0) >> (WordBits - 1 - i % WordBits));
        if (word)
            return (i / WordBits) * WordBits + (WordBits - 1 - std::countl_zero(word));
        i -= i % WordBits; // skip to the previous word
    }
    return -1;
}

VersionSet VersionSet::intersected(const VersionSet &other) const
{
    VersionSet result = *this;
    for (size_t i = 0; i < result.m_words.size() && i < other.m_words.size(); ++i)
        result.m_words[i] &= other.m_words[i];
    return result;
}

VersionSet VersionSet::united(const VersionSet &other) const
{
    VersionSet result = *this;
    for (size_t i = 0; i < result.m_words.size() && i < other.m_words.size(); ++i)
        result.m_words[i] |= other.m_words[i];
    return result;
}

VersionSet VersionSet::complemented() const
{
    VersionSet result = *this;
    for (quint64 &word : result.m_words)
        word = ~word;
    result.clearTail();
    return result;
}

VersionSet VersionSet::subtracted(const VersionSet &other) const
{
    VersionSet result = *this;
    for (size_t i = 0; i < result.m_words.size() && i < other.m_words.size(); ++i)
        result.m_words[i] &= ~other.m_words[i];
    return result;
}

bool VersionSet::isSubsetOf(const VersionSet &other) const
{
    for (size_t i = 0; i < m_words.size(); ++i) {
        if (m_words[i] & ~(i < other.m_words.size() ? other.m_words[i] : 0))
            return false;
    }
    return true;
}

bool VersionSet::isDisjointFrom(const VersionSet &other) const
{
    for (size_t i = 0; i < m_words.size() && i < other.m_words.size(); ++i) {
        if (m_words[i] & other.m_words[i])
            return false;
    }
    return true;
}

void VersionSet::clearTail()
{
    if (m_size % WordBits && !m_words.empty())
        m_words.back() &= (quint64(1) << (m_size % WordBits)) - 1;
}

} // namespace Akari
