// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <random>

#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace Akari::Differential
{

/// The differential test's source of chance: a 64-bit Mersenne Twister from a fixed seed, so one
/// seed gives the same cases on every run and every platform. Not thread-safe (one per generator).
class Dice
{
public:
    explicit Dice(quint64 seed)
        : m_engine(seed)
    {}
    quint64 below(quint64 bound) { return bound == 0 ? 0 : m_engine() % bound; }
    qsizetype index(qsizetype size) { return qsizetype(below(quint64(size))); }
    bool percent(int chance) { return below(100) < quint64(chance); }
    QString pick(const QStringList &items) { return items.at(index(items.size())); }
    QString anyCase(QString text)
    {
        for (QChar &c : text)
            if (percent(30))
                c = c.isUpper() ? c.toLower() : c.toUpper();
        return text;
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace Akari::Differential
