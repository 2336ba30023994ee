// SPDX-License-Identifier: GPL-3.0-or-later
#include "differentialmarkers.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari::Differential
{

namespace
{

QString canonicalName(const QString &name)
{
    QString out;
    for (const QChar c : name) {
        if (c == u'-' || c == u'_' || c == u'.') {
            if (!out.endsWith(u'-'))
                out += u'-';
        } else {
            out += c.toLower();
        }
    }
    return out;
}

// A typical value of a version variable, as a version (R8: valid and normalised).
GenVersion typicalVersion(const QString &variable, Dice &dice)
{
    GenVersion v;
    const quint64 minor = 8 + dice.below(7);
    if (variable == u"python_version") {
        v.release = {3, minor};
    } else if (variable == u"platform_release") {
        const quint64 kind = dice.below(3);
        v.release = kind == 0   ? QList<quint64>{5 + dice.below(2), dice.below(16), 0}
                    : kind == 1 ? QList<quint64>{20 + dice.below(6), dice.below(7), 0}
                                : QList<quint64>{10 + dice.below(2)};
    } else if (variable == u"implementation_version" && dice.percent(20)) {
        v.release = {7, 3, dice.below(20)}; // PyPy
    } else {
        v.release = {3, minor, dice.below(13)};
        if (dice.percent(12)) {
            v.release[2] = 0;
            v.pre = int(dice.below(3));
            v.preNumber = 1 + dice.below(3);
        }
    }
    return v;
}

GenAtom versionAtom(const QString &variable, Dice &dice)
{
    GenAtom atom{variable, QString(), QString(), std::nullopt, !dice.percent(15)};
    const quint64 kind = dice.below(40);
    if (kind < 4) {
        atom.op = dice.pick({u"in"_s, u"not in"_s});
        atom.literal = dice.pick({u"3.1"_s, u"3.12"_s, u"3.11 3.12 3.13"_s, u"6."_s, u"3"_s, u"0rc"_s});
        return atom;
    }
    if (kind < 6) { // text that is no specifier: a string comparison in both (R9)
        atom.variableOnLeft = true;
        atom.op = dice.pick({u"=="_s, u"!="_s});
        atom.literal = dice.pick({u"3.x"_s, u"unknown"_s, QString(), u"three"_s});
        return atom;
    }
    if (kind < 7) { // not a valid `~=` specifier: UndefinedComparison in both
        atom.variableOnLeft = true;
        atom.op = u"~="_s;
        atom.literal = dice.pick({u"3"_s, u"3.*"_s});
        return atom;
    }
    static const QStringList operators = {u"<"_s, u"<="_s, u"=="_s,  u"!="_s,  u">="_s,
                                          u">"_s, u"~="_s, u"==="_s, u"==*"_s, u"!=*"_s};
    QString op = dice.pick(operators);
    const bool wildcard = op.endsWith(u'*');
    if (wildcard) {
        op.chop(1);
        atom.variableOnLeft = true; // a literal on the left must be a version (R9)
    }
    atom.op = op;
    GenVersion v = typicalVersion(variable, dice);
    if (dice.percent(50))
        v = tweak(v, dice, op == u"==" || op == u"!=");
    v.epoch = 0;
    if (op != u"==" && op != u"!=")
        v.local.clear();
    if (wildcard) {
        v.pre = -1;
        v.post.reset();
        v.dev.reset();
        v.local.clear();
        atom.literal = spell(v, dice, false) + u".*"_s;
    } else {
        if (op == u"~=" && v.release.size() < 2)
            v.release.append(0);
        atom.literal = op == u"~=" || op == u"===" ? v.normalised() : spell(v, dice, false);
    }
    atom.literalVersion = v;
    return atom;
}

GenAtom plainAtom(const MarkerVariable &variable, Dice &dice)
{
    GenAtom atom{variable.name, QString(), QString(), std::nullopt, !dice.percent(20)};
    const quint64 kind = dice.below(40);
    const QString value = dice.percent(10) ? dice.anyCase(dice.pick(variable.values)) : dice.pick(variable.values);
    if (kind < 22) {
        atom.op = dice.percent(75) ? u"=="_s : u"!="_s;
        atom.literal = value;
    } else if (kind < 39) {
        atom.op = dice.percent(70) ? u"in"_s : u"not in"_s;
        if (atom.variableOnLeft) {
            atom.literal = value + dice.pick({u" "_s, u", "_s}) + dice.pick(variable.values);
        } else {
            const qsizetype from = dice.index(value.size());
            atom.literal = value.mid(from, 1 + dice.index(value.size() - from));
        }
    } else {
        atom.op = u"~="_s; // undefined in both
        atom.literal = value;
    }
    return atom;
}

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

QString joinTokens(const QStringList &tokens, Dice &dice)
{
    QString text = tokens.first();
    for (qsizetype i = 1; i < tokens.size(); ++i) {
        const bool required = isWordCharacter(text.back()) && isWordCharacter(tokens.at(i).front());
        text += whitespace(dice, required) + tokens.at(i);
    }
    return text;
}

QString atomText(const GenAtom &atom, Dice &dice)
{
    const MarkerVariable *variable = nullptr;
    for (const MarkerVariable &candidate : markerVariables())
        if (candidate.name == atom.variable)
            variable = &candidate;
    const QString name = dice.percent(15) ? dice.pick(variable->spellings) : variable->name;
    const QString quote = dice.percent(50) ? u"\""_s : u"'"_s;
    const QString literal = quote + atom.literal + quote;
    const QString op = atom.op == u"not in" ? u"not"_s + whitespace(dice, true) + u"in"_s : atom.op;
    return atom.variableOnLeft ? joinTokens({name, op, literal}, dice) : joinTokens({literal, op, name}, dice);
}

// One level of a marker: its text, and whether it is nothing but a parenthesised group of
// several comparisons (so that parentheses around it make a doubled group, R13).
struct GenExpression
{
    QString text;
    qsizetype terms = 1;
    bool onlyGroupOfMany = false;
};

GenExpression markerExpression(Dice &dice, int depth, GenMarker &marker)
{
    const qsizetype terms = 1 + dice.index(depth == 0 ? 4 : 3);
    QStringList tokens;
    bool onlyGroupOfMany = false;
    for (qsizetype i = 0; i < terms; ++i) {
        if (i > 0)
            tokens.append(dice.percent(55) ? u"and"_s : u"or"_s);
        if (depth < 2 && dice.percent(20)) {
            const GenExpression inner = markerExpression(dice, depth + 1, marker);
            if (inner.onlyGroupOfMany)
                marker.printsAlike = false; // R13
            onlyGroupOfMany = terms == 1 && (inner.onlyGroupOfMany || inner.terms > 1);
            tokens.append(u"("_s + whitespace(dice, false) + inner.text + whitespace(dice, false) + u")"_s);
            continue;
        }
        const MarkerVariable &variable = markerVariables().at(dice.index(markerVariables().size()));
        marker.atoms.append(variable.kind == VariableKind::Version ? versionAtom(variable.name, dice)
                                                                   : plainAtom(variable, dice));
        const QString text = atomText(marker.atoms.last(), dice);
        tokens.append(dice.percent(5) ? u"("_s + text + u")"_s : text);
    }
    return {joinTokens(tokens, dice), terms, onlyGroupOfMany};
}

} // namespace

const QList<MarkerVariable> &markerVariables()
{
    static const QStringList extras = {u"test"_s,      u"Test"_s, u"docs"_s,     u"dev_tools"_s,  u"Dev.Tools"_s,
                                       u"dev-tools"_s, u"cuda"_s, u"CUDA"_s,     u"rocm"_s,       u"cpu"_s,
                                       u"gpu"_s,       u"all"_s,  u"Security"_s, u"se.cur_ity"_s, u"torch_cu128"_s};
    static const QList<MarkerVariable> variables = {
        {u"python_version"_s, {u"python_version"_s}, VariableKind::Version, {}},
        {u"python_full_version"_s, {u"python_full_version"_s}, VariableKind::Version, {}},
        {u"implementation_version"_s, {u"implementation_version"_s}, VariableKind::Version, {}},
        {u"platform_release"_s, {u"platform_release"_s}, VariableKind::Version, {}},
        {u"os_name"_s, {u"os_name"_s, u"os.name"_s}, VariableKind::Plain, {u"posix"_s, u"nt"_s, u"java"_s}},
        {u"sys_platform"_s,
         {u"sys_platform"_s, u"sys.platform"_s},
         VariableKind::Plain,
         {u"linux"_s, u"win32"_s, u"darwin"_s, u"cygwin"_s, u"emscripten"_s, u"freebsd14"_s, u"aix"_s}},
        {u"platform_system"_s,
         {u"platform_system"_s},
         VariableKind::Plain,
         {u"Linux"_s, u"Windows"_s, u"Darwin"_s, u"Java"_s, u"FreeBSD"_s, u"Emscripten"_s}},
        {u"platform_machine"_s,
         {u"platform_machine"_s, u"platform.machine"_s},
         VariableKind::Plain,
         {u"x86_64"_s, u"aarch64"_s, u"AMD64"_s, u"arm64"_s, u"ARM64"_s, u"i686"_s, u"ppc64le"_s, u"s390x"_s}},
        {u"platform_python_implementation"_s,
         {u"platform_python_implementation"_s, u"platform.python_implementation"_s, u"python_implementation"_s},
         VariableKind::Plain,
         {u"CPython"_s, u"PyPy"_s, u"Jython"_s, u"IronPython"_s, u"GraalVM"_s}},
        {u"implementation_name"_s,
         {u"implementation_name"_s},
         VariableKind::Plain,
         {u"cpython"_s, u"pypy"_s, u"graalpy"_s}},
        {u"platform_version"_s,
         {u"platform_version"_s, u"platform.version"_s},
         VariableKind::Plain,
         {u"#1 SMP PREEMPT_DYNAMIC Debian 6.1.90-1 (2024-05-03)"_s,
          u"#36~22.04.1-Ubuntu SMP Mon Apr  8 15:43:36 UTC 2024"_s,
          u"Darwin Kernel Version 23.4.0: Fri Mar 15 00:10:42 PDT 2024"_s, u"#1 SMP"_s}},
        {u"extra"_s, {u"extra"_s}, VariableKind::Extra, extras},
    };
    return variables;
}

QString whitespace(Dice &dice, bool required)
{
    if (!required && dice.percent(35))
        return {};
    return dice.pick({u" "_s, u" "_s, u" "_s, u"  "_s, u"\t"_s});
}

GenMarker randomMarker(Dice &dice)
{
    GenMarker marker;
    if (dice.percent(5)) { // invalid before the end of the text (R10)
        marker.valid = false;
        marker.text =
            dice.pick({u"pythonversion == '3'"_s, u"os_name 'posix'"_s, u"os_name == 'posix"_s,
                       u"(os_name == 'posix'"_s, u"os_name not 'posix'"_s, QString(), u"and os_name == 'a'"_s,
                       u"os_name == 'a' and"_s, u"os_name = 'a'"_s, u"os_name == posix"_s, u"os_name notin 'a'"_s,
                       u"os_name === "_s, u"'a' == 'a' or ("_s, u"platform.release == '6'"_s});
        return marker;
    }
    marker.text = markerExpression(dice, 0, marker).text;
    if (dice.percent(10))
        marker.text = whitespace(dice, true) + marker.text + whitespace(dice, false);
    for (const GenAtom &atom : std::as_const(marker.atoms))
        if (atom.variable == u"extra" && canonicalName(atom.literal) != atom.literal)
            marker.printsAlike = false;
    return marker;
}

GenEnvironment randomEnvironment(Dice &dice)
{
    GenEnvironment env;
    const auto setVersion = [&env](const QString &name, const GenVersion &v) {
        env.versions.insert(name, v);
        env.values.insert(name, v.normalised());
    };
    GenVersion full = typicalVersion(u"python_full_version"_s, dice);
    GenVersion python;
    python.release = {full.release.at(0), full.release.at(1)};
    setVersion(u"python_version"_s, python);
    setVersion(u"python_full_version"_s, full);
    const bool pypy = dice.percent(20);
    GenVersion implementation = full;
    if (pypy)
        implementation.release = {7, 3, dice.below(20)};
    setVersion(u"implementation_version"_s, implementation);
    setVersion(u"platform_release"_s, typicalVersion(u"platform_release"_s, dice));
    env.values.insert(u"implementation_name"_s, pypy ? u"pypy"_s : u"cpython"_s);
    env.values.insert(u"platform_python_implementation"_s, pypy ? u"PyPy"_s : u"CPython"_s);
    static const QList<QStringList> platforms = {{u"posix"_s, u"linux"_s, u"Linux"_s, u"x86_64"_s},
                                                 {u"posix"_s, u"linux"_s, u"Linux"_s, u"aarch64"_s},
                                                 {u"nt"_s, u"win32"_s, u"Windows"_s, u"AMD64"_s},
                                                 {u"posix"_s, u"darwin"_s, u"Darwin"_s, u"arm64"_s}};
    const QStringList platform = platforms.at(dice.index(platforms.size()));
    const QStringList keys = {u"os_name"_s, u"sys_platform"_s, u"platform_system"_s, u"platform_machine"_s};
    for (qsizetype i = 0; i < keys.size(); ++i)
        env.values.insert(keys.at(i), platform.at(i));
    for (const MarkerVariable &variable : markerVariables()) {
        if (variable.kind == VariableKind::Plain && (dice.percent(10) || !env.values.contains(variable.name)))
            env.values.insert(variable.name, dice.pick(variable.values));
        if (variable.kind == VariableKind::Extra)
            env.values.insert(variable.name, dice.percent(40) ? QString() : dice.pick(variable.values));
    }
    return env;
}

bool evaluationRestricted(const GenMarker &marker, const GenEnvironment &env)
{
    for (const GenAtom &atom : marker.atoms) {
        if ((atom.op != u"<" && atom.op != u">") || !atom.literalVersion)
            continue;
        const GenVersion &value = env.versions.value(atom.variable);
        const GenVersion &spec = atom.variableOnLeft ? *atom.literalVersion : value;
        const GenVersion &candidate = atom.variableOnLeft ? value : *atom.literalVersion;
        if (spec.sameBase(candidate) && candidate.hasSuffix())
            return true;
    }
    return false;
}

} // namespace Akari::Differential
