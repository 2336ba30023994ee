// SPDX-License-Identifier: GPL-3.0-or-later
#include "differentialversions.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari::Differential
{

namespace
{

quint64 randomNumber(Dice &dice)
{
    const quint64 kind = dice.below(40);
    if (kind == 0)
        return dice.below(1'000'000'000'000'000'000ULL); // up to 18 digits (R1)
    if (kind < 3)
        return 20'000'000 + dice.below(6'000'000); // dates such as 20240101
    return kind < 10 ? dice.below(1000) : dice.below(12);
}

QString spellNumber(quint64 number, Dice &dice)
{
    return (dice.percent(4) ? u"0"_s : QString()) + QString::number(number);
}

QString separator(Dice &dice)
{
    return dice.percent(60) ? QString() : dice.pick({u"."_s, u"-"_s, u"_"_s});
}

QStringList randomLocal(Dice &dice)
{
    static const QStringList words = {u"cu128"_s, u"cu121"_s,   u"cpu"_s, u"rocm6"_s, u"ubuntu"_s, u"deb12u1"_s,
                                      u"git"_s,   u"g3f2a1b"_s, u"abc"_s, u"local"_s, u"xpu"_s,    u"0abc"_s};
    QStringList local;
    const qsizetype count = 1 + dice.index(3);
    for (qsizetype i = 0; i < count; ++i) {
        const quint64 kind = dice.below(10);
        if (kind < 5) {
            local.append(dice.anyCase(dice.pick(words)));
        } else if (kind < 9) {
            local.append(spellNumber(dice.below(kind < 8 ? 100 : 100'000), dice));
        } else { // longer than 64 bits: both compare local numbers as integers
            QString digits = QString::number(1 + dice.below(9));
            for (int d = 0; d < 22; ++d)
                digits += QChar(u'0' + char16_t(dice.below(10)));
            local.append(digits);
        }
    }
    return local;
}

} // namespace

QList<quint64> GenVersion::trimmedRelease() const
{
    QList<quint64> trimmed = release;
    while (trimmed.size() > 1 && trimmed.last() == 0)
        trimmed.removeLast();
    return trimmed;
}

bool GenVersion::sameBase(const GenVersion &other) const
{
    return epoch == other.epoch && trimmedRelease() == other.trimmedRelease();
}

QString GenVersion::text(bool trimZeros) const
{
    QString out = epoch != 0 ? QString::number(epoch) + u'!' : QString();
    const QList<quint64> numbers = trimZeros ? trimmedRelease() : release;
    for (qsizetype i = 0; i < numbers.size(); ++i)
        out += (i > 0 ? u"."_s : QString()) + QString::number(numbers.at(i));
    if (pre >= 0)
        out += QStringList{u"a"_s, u"b"_s, u"rc"_s}.at(pre) + QString::number(preNumber);
    if (post)
        out += u".post"_s + QString::number(*post);
    if (dev)
        out += u".dev"_s + QString::number(*dev);
    QStringList segments;
    for (const QString &segment : local) {
        bool digits = true;
        for (const QChar c : segment)
            digits = digits && c.isDigit();
        QString normal = segment.toLower();
        while (digits && normal.size() > 1 && normal.startsWith(u'0'))
            normal.remove(0, 1);
        segments.append(normal);
    }
    return segments.isEmpty() ? out : out + u'+' + segments.join(u'.');
}

GenVersion randomVersion(Dice &dice, bool allowLocal)
{
    GenVersion v;
    if (dice.percent(8))
        v.epoch = dice.percent(80) ? 1 + dice.below(3) : randomNumber(dice);
    static const int sizes[] = {1, 2, 2, 2, 3, 3, 3, 3, 4, 5};
    const int count = sizes[dice.below(10)];
    v.release.clear();
    for (int i = 0; i < count; ++i)
        v.release.append(i == 0 && dice.percent(60) ? 1 + dice.below(4) : randomNumber(dice));
    if (dice.percent(25)) {
        v.pre = int(dice.below(3));
        v.preNumber = dice.percent(80) ? dice.below(5) : randomNumber(dice);
    }
    if (dice.percent(15))
        v.post = dice.percent(80) ? dice.below(5) : randomNumber(dice);
    if (dice.percent(15))
        v.dev = dice.percent(80) ? dice.below(5) : randomNumber(dice);
    if (allowLocal && dice.percent(15))
        v.local = randomLocal(dice);
    return v;
}

GenVersion tweak(GenVersion v, Dice &dice, bool allowLocal)
{
    const qsizetype times = 1 + dice.index(2);
    for (qsizetype t = 0; t < times; ++t) {
        switch (dice.below(9)) {
        case 0:
            v.release.append(0);
            break;
        case 1:
            if (v.release.size() > 1)
                v.release.removeLast();
            break;
        case 2: {
            quint64 &number = v.release[dice.index(v.release.size())];
            number = number > 0 && dice.percent(50) ? number - 1 : number + 1;
            break;
        }
        case 3:
            v.pre = v.pre >= 0 && dice.percent(40) ? -1 : int(dice.below(3));
            v.preNumber = dice.below(3);
            break;
        case 4:
            if (v.post && dice.percent(40))
                v.post.reset();
            else
                v.post = dice.below(3);
            break;
        case 5:
            if (v.dev && dice.percent(40))
                v.dev.reset();
            else
                v.dev = dice.below(3);
            break;
        case 6:
            if (allowLocal)
                v.local = v.local.isEmpty() || dice.percent(30) ? randomLocal(dice) : QStringList();
            break;
        case 7:
            if (dice.percent(20))
                v.epoch = v.epoch == 0 ? 1 : 0;
            break;
        default:
            break;
        }
    }
    return v;
}

QString spell(const GenVersion &v, Dice &dice, bool allowWhitespace)
{
    static const QList<QStringList> preSpellings = {
        {u"a"_s, u"alpha"_s}, {u"b"_s, u"beta"_s}, {u"rc"_s, u"c"_s, u"pre"_s, u"preview"_s}};
    static const QStringList whitespace = {u" "_s,      u"  "_s,     u"\t"_s,     u"\n"_s,     u"\r\n"_s,
                                           u"\u000b"_s, u"\u000c"_s, u"\u00a0"_s, u"\u2003"_s, u"\u001f"_s};
    QString text = dice.percent(4) ? dice.pick({u"v"_s, u"V"_s}) : QString();
    if (v.epoch != 0 || dice.percent(2))
        text += spellNumber(v.epoch, dice) + u'!';
    for (qsizetype i = 0; i < v.release.size(); ++i)
        text += (i > 0 ? u"."_s : QString()) + spellNumber(v.release.at(i), dice);
    bool bareLetter = false; // a pre-release without its number: "-N" would become its number
    if (v.pre >= 0) {
        text += separator(dice) + dice.anyCase(dice.pick(preSpellings.at(v.pre)));
        bareLetter = v.preNumber == 0 && dice.percent(25);
        if (!bareLetter)
            text += separator(dice) + spellNumber(v.preNumber, dice);
        else if (dice.percent(20))
            text += separator(dice);
    }
    if (v.post) {
        if (!bareLetter && dice.percent(25)) {
            text += u'-' + spellNumber(*v.post, dice);
        } else {
            text += separator(dice) + dice.anyCase(dice.pick({u"post"_s, u"rev"_s, u"r"_s}));
            if (*v.post != 0 || dice.percent(75))
                text += separator(dice) + spellNumber(*v.post, dice);
        }
    }
    if (v.dev) {
        text += separator(dice) + dice.anyCase(u"dev"_s);
        if (*v.dev != 0 || dice.percent(75))
            text += separator(dice) + spellNumber(*v.dev, dice);
    }
    for (qsizetype i = 0; i < v.local.size(); ++i)
        text += (i == 0 ? u"+"_s : dice.pick({u"."_s, u"-"_s, u"_"_s})) + v.local.at(i);
    if (allowWhitespace && dice.percent(5))
        text = dice.pick(whitespace) + text + (dice.percent(50) ? dice.pick(whitespace) : QString());
    return text;
}

QString mutate(QString text, Dice &dice)
{
    static const QStringList characters = {u"!"_s, u"@"_s, u"#"_s, u"*"_s, u"/"_s,  u","_s, u";"_s,
                                           u"="_s, u"~"_s, u" "_s, u"é"_s, u"１"_s, u"."_s, u"-"_s,
                                           u"_"_s, u"+"_s, u"a"_s, u"x"_s, u"z"_s,  u"!"_s};
    switch (dice.below(9)) {
    case 0:
        text.insert(dice.index(text.size() + 1), dice.pick(characters));
        break;
    case 1:
        if (!text.isEmpty())
            text.remove(dice.index(text.size()), 1);
        break;
    case 2:
        text += u".*"_s;
        break;
    case 3:
        text += u'+';
        break;
    case 4:
        text.prepend(dice.pick({u"=="_s, u">="_s, u"~"_s}));
        break;
    case 5:
        if (!text.isEmpty()) {
            const qsizetype at = dice.index(text.size());
            text.insert(at, text.at(at));
        }
        break;
    case 6:
        text = dice.pick({QString(), u" "_s, u"v"_s, u"dev"_s, u"+abc"_s, u"1.0-"_s, u"1..0"_s, u"1.0+a..b"_s, u"1!"_s,
                          u"!1"_s, u"1.0a1a2"_s, u".1"_s, u"1."_s, u"1.0+"_s, u"1.0post-1"_s});
        break;
    case 7:
        if (!text.isEmpty())
            text.replace(dice.index(text.size()), 1, dice.pick(characters));
        break;
    default:
        text.insert(dice.index(text.size() + 1), dice.pick({u"."_s, u"-"_s, u"_"_s}));
        break;
    }
    return text;
}

bool hasHugeNumber(QStringView text)
{
    qsizetype digits = 0;
    for (const QChar c : text) {
        if (c == u'+')
            return false;
        digits = c.isDigit() && c.unicode() < 128 ? (digits == 0 && c == u'0' ? 0 : digits + 1) : 0;
        if (digits >= 19)
            return true;
    }
    return false;
}

} // namespace Akari::Differential
