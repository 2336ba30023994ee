// SPDX-License-Identifier: GPL-3.0-or-later
#include "pepworkload.h"

#include <algorithm>
#include <cmath>
#include <random>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace Akari::Bench
{

namespace
{

class Random
{
public:
    explicit Random(quint64 seed)
        : m_engine(seed)
    {}
    quint64 below(quint64 bound) { return m_engine() % bound; }
    bool percent(int chance) { return below(100) < quint64(chance); }
    QString pick(const QStringList &items) { return items.at(qsizetype(below(quint64(items.size())))); }
    QString number(quint64 bound) { return QString::number(below(bound)); }

private:
    std::mt19937_64 m_engine;
};

// A version as projects publish them: mostly normalised, some in PEP 440's other spellings.
QString version(Random &random, bool allowLocal, bool finalOnly)
{
    static const int sizes[] = {1, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4};
    const int count = sizes[random.below(20)];
    QString text = random.percent(70) ? random.number(4) : random.number(30);
    for (int i = 1; i < count; ++i)
        text += u'.' + (random.percent(80) ? random.number(20) : random.number(200));
    if (!finalOnly) {
        if (random.percent(10))
            text += random.pick({u"a"_s, u"b"_s, u"rc"_s}) + random.number(5);
        if (random.percent(5))
            text += u".post"_s + random.number(4);
        if (random.percent(5))
            text += u".dev"_s + random.number(4);
    }
    if (allowLocal && random.percent(8))
        text += u'+' + random.pick({u"cu118"_s, u"cu121"_s, u"cu128"_s, u"cpu"_s, u"rocm6.2"_s, u"xpu"_s});
    if (random.percent(15)) { // another spelling of the same version
        switch (random.below(5)) {
        case 0:
            text.prepend(u'v');
            break;
        case 1:
            text.replace(u".post"_s, random.pick({u"-post"_s, u"post"_s, u".rev"_s, u"_r"_s}));
            break;
        case 2:
            text.replace(u".dev"_s, random.pick({u"-dev"_s, u"dev"_s, u"_DEV"_s}));
            break;
        case 3:
            text.replace(u"rc"_s, random.pick({u"c"_s, u"-rc"_s, u".pre"_s, u"preview"_s}));
            break;
        default:
            text.replace(u"a"_s, u"-alpha"_s).replace(u"b"_s, u".beta"_s);
            break;
        }
    }
    return text;
}

QString clause(Random &random)
{
    const QString op = random.pick(
        {u">="_s, u">="_s, u">="_s, u"<"_s, u"<"_s, u"=="_s, u"!="_s, u"~="_s, u"~="_s, u"<="_s, u">"_s, u"==*"_s});
    if (op == u"==*")
        return u"=="_s + random.number(4) + u'.' + random.number(20) + u".*"_s;
    if (op == u"~=") // at least two release numbers
        return op + random.number(4) + u'.' + random.number(20) +
               (random.percent(50) ? u'.' + random.number(10) : QString()) +
               (random.percent(10) ? u"rc1"_s : QString());
    return op + version(random, op == u"==" || op == u"!=", random.percent(80));
}

QString specifierSet(Random &random)
{
    QStringList clauses;
    const quint64 count = 1 + random.below(3);
    for (quint64 i = 0; i < count; ++i)
        clauses.append(clause(random));
    return clauses.join(random.percent(50) ? u","_s : u", "_s);
}

QString comparison(Random &random)
{
    const QString minor = u"3."_s + QString::number(8 + random.below(7));
    switch (random.below(10)) {
    case 0:
    case 1:
        return u"python_version "_s + random.pick({u">="_s, u"<"_s, u"=="_s, u"!="_s, u"<="_s, u">"_s}) + u" \""_s +
               minor + u'"';
    case 2:
        return u"python_full_version "_s + random.pick({u">="_s, u"<"_s}) + u" \""_s + minor + u'.' +
               random.number(13) + u'"';
    case 3:
        return u"sys_platform "_s + random.pick({u"=="_s, u"!="_s}) + u" \""_s +
               random.pick({u"linux"_s, u"win32"_s, u"darwin"_s}) + u'"';
    case 4:
        return u"platform_machine == \""_s + random.pick({u"x86_64"_s, u"aarch64"_s, u"AMD64"_s, u"arm64"_s}) + u'"';
    case 5:
        return u"platform_system == \""_s + random.pick({u"Linux"_s, u"Windows"_s, u"Darwin"_s}) + u'"';
    case 6:
        return u"os_name "_s + random.pick({u"=="_s, u"!="_s}) + u" \""_s + random.pick({u"posix"_s, u"nt"_s}) + u'"';
    case 7:
        return random.pick({u"implementation_name == \"cpython\""_s, u"platform_python_implementation == \"PyPy\""_s,
                            u"\"linux\" in sys_platform"_s, u"implementation_name != \"pypy\""_s});
    default:
        return u"extra == \""_s + random.pick({u"cuda"_s, u"test"_s, u"docs"_s, u"dev"_s}) + u'"';
    }
}

QString marker(Random &random)
{
    QString text = comparison(random);
    const quint64 count = random.below(4);
    for (quint64 i = 0; i < count; ++i) {
        QString next = comparison(random);
        if (random.percent(20))
            next = u'(' + next + (random.percent(50) ? u" or "_s : u" and "_s) + comparison(random) + u')';
        text += (random.percent(65) ? u" and "_s : u" or "_s) + next;
    }
    return text;
}

QJsonObject environment(Random &random)
{
    const QString python = u"3."_s + QString::number(8 + random.below(7));
    const QString full = python + u'.' + random.number(13);
    const bool pypy = random.percent(15);
    static const QList<QStringList> platforms = {
        {u"posix"_s, u"linux"_s, u"Linux"_s, u"x86_64"_s, u"6.1.0"_s, u"#1 SMP PREEMPT_DYNAMIC Debian 6.1.90-1"_s},
        {u"posix"_s, u"linux"_s, u"Linux"_s, u"aarch64"_s, u"5.15.0"_s, u"#36~22.04.1-Ubuntu SMP"_s},
        {u"nt"_s, u"win32"_s, u"Windows"_s, u"AMD64"_s, u"10"_s, u"10.0.19045"_s},
        {u"posix"_s, u"darwin"_s, u"Darwin"_s, u"arm64"_s, u"23.4.0"_s, u"Darwin Kernel Version 23.4.0"_s}};
    const QStringList platform = platforms.at(qsizetype(random.below(quint64(platforms.size()))));
    return {
        {u"implementation_name"_s, pypy ? u"pypy"_s : u"cpython"_s},
        {u"implementation_version"_s, pypy ? u"7.3."_s + random.number(20) : full},
        {u"os_name"_s, platform.at(0)},
        {u"platform_machine"_s, platform.at(3)},
        {u"platform_python_implementation"_s, pypy ? u"PyPy"_s : u"CPython"_s},
        {u"platform_release"_s, platform.at(4)},
        {u"platform_system"_s, platform.at(2)},
        {u"platform_version"_s, platform.at(5)},
        {u"python_full_version"_s, full},
        {u"python_version"_s, python},
        {u"sys_platform"_s, platform.at(1)},
        {u"extra"_s, random.pick({QString(), QString(), u"cuda"_s, u"test"_s, u"docs"_s})},
    };
}

QString requirement(Random &random, const QStringList &markers)
{
    static const QStringList names = {u"torch"_s,
                                      u"numpy"_s,
                                      u"typing-extensions"_s,
                                      u"Typing_Extensions"_s,
                                      u"requests"_s,
                                      u"PyYAML"_s,
                                      u"scikit-learn"_s,
                                      u"zope.interface"_s,
                                      u"nvidia-cudnn-cu12"_s,
                                      u"transformers"_s,
                                      u"accelerate"_s,
                                      u"flash-attn"_s,
                                      u"triton"_s,
                                      u"packaging"_s,
                                      u"filelock"_s,
                                      u"jinja2"_s,
                                      u"sympy"_s,
                                      u"networkx"_s,
                                      u"fsspec"_s,
                                      u"safetensors"_s};
    QString text = random.pick(names);
    if (random.percent(15))
        text += u'[' + random.pick({u"cuda"_s, u"test"_s, u"docs"_s, u"dev,test"_s, u"socks"_s}) + u']';
    if (random.percent(70))
        text += (random.percent(30) ? u" "_s : QString()) + specifierSet(random);
    if (random.percent(30))
        text += u" ; "_s + markers.at(qsizetype(random.below(quint64(markers.size()))));
    return text;
}

Result<void> writeFile(const QDir &directory, const QString &name, const QByteArray &contents)
{
    QFile file(directory.filePath(name));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(contents) != contents.size())
        return fail(Error(Error::Code::Io, u"cannot write %1: %2"_s.arg(file.fileName(), file.errorString())));
    return {};
}

qsizetype scaled(qsizetype size, double scale)
{
    return std::max<qsizetype>(1, qsizetype(double(size) * scale));
}

} // namespace

PepWorkload PepWorkload::generate(quint64 seed, double scale)
{
    PepWorkload workload;
    Sizes &sizes = workload.m_sizes;
    sizes = {scaled(sizes.versions, scale),
             scaled(sizes.specifierSets, std::sqrt(scale)),
             scaled(sizes.memberships, scale),
             scaled(sizes.markers, std::sqrt(scale)),
             scaled(sizes.environments, std::sqrt(scale)),
             scaled(sizes.requirements, scale)};
    Random random(seed);
    workload.m_versions.reserve(sizes.versions);
    for (qsizetype i = 0; i < sizes.versions; ++i)
        workload.m_versions.append(version(random, true, false));
    for (qsizetype i = 0; i < sizes.specifierSets; ++i)
        workload.m_specifierSets.append(specifierSet(random));
    for (qsizetype i = 0; i < sizes.markers; ++i)
        workload.m_markers.append(marker(random));
    for (qsizetype i = 0; i < sizes.environments; ++i)
        workload.m_environments.append(environment(random));
    workload.m_requirements.reserve(sizes.requirements);
    for (qsizetype i = 0; i < sizes.requirements; ++i)
        workload.m_requirements.append(requirement(random, workload.m_markers));
    return workload;
}

Result<void> PepWorkload::write(const QString &directory) const
{
    const QDir dir(directory);
    const QJsonObject counts{
        {u"versions"_s, u"versions.txt"_s},          {u"specifierSets"_s, u"specifiers.txt"_s},
        {u"memberships"_s, m_sizes.memberships},     {u"markers"_s, u"markers.txt"_s},
        {u"environments"_s, u"environments.json"_s}, {u"requirements"_s, u"requirements.txt"_s},
    };
    const std::pair<QString, QByteArray> files[] = {
        {u"versions.txt"_s, m_versions.join(u'\n').toUtf8()},
        {u"specifiers.txt"_s, m_specifierSets.join(u'\n').toUtf8()},
        {u"markers.txt"_s, m_markers.join(u'\n').toUtf8()},
        {u"requirements.txt"_s, m_requirements.join(u'\n').toUtf8()},
        {u"environments.json"_s, QJsonDocument(m_environments).toJson(QJsonDocument::Compact)},
        {u"workload.json"_s, QJsonDocument(counts).toJson()},
    };
    for (const auto &[name, contents] : files) {
        if (Result<void> written = writeFile(dir, name, contents); !written)
            return written;
    }
    return {};
}

} // namespace Akari::Bench
