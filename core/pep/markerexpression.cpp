// SPDX-License-Identifier: GPL-3.0-or-later
#include "markerexpression.h"

#include <QVarLengthArray>

#include "packagename.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{
using Variable = MarkerEnvironment::Variable;
using Operator = Marker::Operator;

constexpr bool needsVersions(Operator op) noexcept
{
    return op == Operator::Compatible || op == Operator::Arbitrary;
}

// packaging's Specifier(op + value), without a string on the heap.
Result<Specifier> specifierOf(Operator op, QStringView value)
{
    QVarLengthArray<char16_t, 64> clause;
    for (const char c : Marker::operatorString(op))
        clause.append(char16_t(c));
    clause.append(value.utf16(), value.size());
    return Specifier::parse(QStringView(clause.data(), clause.size()));
}
} // namespace

QString MarkerExpression::undefined(QStringView text, Marker::Operator op)
{
    return tr("Cannot evaluate the marker comparison '%1': %2 needs PEP 440 versions on both sides.")
        .arg(text, Marker::operatorString(op));
}

int MarkerExpression::addComparison(const Operand &left, Marker::Operator op, const Operand &right, QStringView text)
{
    Comparison &c = m_comparisons.emplace_back();
    c.op = op;
    Operand lhs = left;
    Operand rhs = right;
    if (lhs.isVariable && rhs.isVariable) {
        // packaging reads the right-hand variable's name as the value to compare with.
        rhs = Operand{false, rhs.variable, QString(MarkerEnvironment::variableName(rhs.variable))};
    } else if (!lhs.isVariable && !rhs.isVariable) {
        // packaging looks the right-hand string up as an environment name. Akari's environment
        // has only the marker variables: a value naming one reads it; any other value is
        // compared with the left one (packaging's answer where the name maps to itself).
        if (const std::optional<Variable> named = MarkerEnvironment::variableFromName(rhs.value))
            rhs = Operand{true, *named, QString()};
    }

    if (!lhs.isVariable && !rhs.isVariable) {
        if (needsVersions(op)) {
            c.kind = Comparison::Kind::Undefined;
            c.message = undefined(text, op);
        } else {
            c.kind = Comparison::Kind::Constant;
            c.constant = compareText(op, lhs.value, rhs.value);
        }
    } else {
        c.variableOnLeft = lhs.isVariable;
        c.key = lhs.isVariable ? lhs.variable : rhs.variable;
        c.literal = lhs.isVariable ? rhs.value : lhs.value;
        m_referenced |= 1U << unsigned(c.key);
        if (MarkerEnvironment::isSetVariable(c.key)) {
            if (c.variableOnLeft) {
                c.kind = Comparison::Kind::Undefined;
                c.message = tr("Cannot evaluate the marker comparison '%1': %2 is a set and can only stand on the "
                               "right of 'in' or 'not in'.")
                                .arg(text, MarkerEnvironment::variableName(c.key));
            } else if (needsVersions(op)) {
                c.kind = Comparison::Kind::Undefined;
                c.message = undefined(text, op);
            } else {
                c.kind = Comparison::Kind::Membership;
                c.literal = PackageName::canonicalize(c.literal);
            }
        } else if (MarkerEnvironment::isVersionVariable(c.key) && op != Operator::In && op != Operator::NotIn) {
            if (c.variableOnLeft) {
                // packaging: Specifier(op + literal).contains(value, prereleases=True) when the
                // specifier is valid; made once here.
                Result<Specifier> spec = specifierOf(op, c.literal);
                if (spec) {
                    c.kind = Comparison::Kind::VersionLiteral;
                    c.specifier = std::move(*spec);
                } else if (needsVersions(op)) {
                    c.kind = Comparison::Kind::Undefined;
                    c.message = undefined(text, op);
                } else {
                    c.kind = Comparison::Kind::Text;
                }
            } else {
                c.kind = Comparison::Kind::VersionVariable;
                if (Result<Version> version = Version::parse(c.literal))
                    c.literalVersion = std::move(*version);
                if (needsVersions(op)) {
                    m_canFail = true;
                    c.message = text.toString();
                }
            }
        } else if (needsVersions(op)) {
            c.kind = Comparison::Kind::Undefined;
            c.message = undefined(text, op);
        } else {
            c.kind = Comparison::Kind::Text;
        }
    }
    if (c.kind == Comparison::Kind::Undefined)
        m_canFail = true;
    m_nodes.append(Node{Node::Type::Leaf, qint32(m_comparisons.size() - 1), 0});
    return int(m_nodes.size() - 1);
}

int MarkerExpression::addNode(Node::Type type, std::span<const int> children)
{
    const auto first = qint32(m_children.size());
    for (const int child : children)
        m_children.append(child);
    m_nodes.append(Node{type, first, qint32(children.size())});
    return int(m_nodes.size() - 1);
}

int MarkerExpression::addGroup(std::span<const int> nodes, std::span<const bool> isOr)
{
    if (nodes.size() == 1)
        return nodes[0];
    // Runs of `and` become All nodes; the runs, joined by `or`, one Any node.
    QVarLengthArray<int, 8> alternatives;
    size_t runStart = 0;
    for (size_t i = 0; i < nodes.size(); ++i) {
        const bool runEnds = i + 1 == nodes.size() || isOr[i];
        if (!runEnds)
            continue;
        const std::span<const int> run = nodes.subspan(runStart, i + 1 - runStart);
        alternatives.append(run.size() == 1 ? run[0] : addNode(Node::Type::All, run));
        runStart = i + 1;
    }
    if (alternatives.size() == 1)
        return alternatives[0];
    return addNode(Node::Type::Any, std::span<const int>(alternatives.data(), size_t(alternatives.size())));
}

bool MarkerExpression::compareText(Marker::Operator op, QStringView lhs, QStringView rhs) noexcept
{
    switch (op) {
    case Operator::Equal:
    case Operator::LessEqual:
    case Operator::GreaterEqual:
        return lhs == rhs;
    case Operator::NotEqual:
        return lhs != rhs;
    case Operator::In:
        return rhs.contains(lhs);
    case Operator::NotIn:
        return !rhs.contains(lhs);
    case Operator::Less:
    case Operator::Greater:
    case Operator::Compatible:
    case Operator::Arbitrary:
        break;
    }
    return false;
}

bool MarkerExpression::evaluateComparison(const Comparison &c, const MarkerEnvironment &env,
                                          std::optional<Error> *error) const
{
    switch (c.kind) {
    case Comparison::Kind::Constant:
        return c.constant;
    case Comparison::Kind::Text: {
        const QString &value = env.effective(c.key);
        return c.variableOnLeft ? compareText(c.op, value, c.literal) : compareText(c.op, c.literal, value);
    }
    case Comparison::Kind::VersionLiteral: {
        const Specifier &spec = *c.specifier;
        if (spec.op() == Specifier::Operator::Arbitrary)
            return spec.contains(QStringView(env.effective(c.key)), true);
        const Version *version = env.version(c.key);
        return version != nullptr && spec.contains(*version, true);
    }
    case Comparison::Kind::VersionVariable: {
        const QString &value = env.effective(c.key);
        const Result<Specifier> spec = specifierOf(c.op, value);
        if (spec) {
            if (spec->op() == Specifier::Operator::Arbitrary)
                return spec->contains(QStringView(c.literal), true);
            return c.literalVersion && spec->contains(*c.literalVersion, true);
        }
        if (needsVersions(c.op)) {
            if (error && !*error)
                *error = Error(Error::Code::InvalidArgument, undefined(c.message, c.op));
            return false;
        }
        return compareText(c.op, c.literal, value);
    }
    case Comparison::Kind::Membership: {
        const bool member = env.setContains(c.key, c.literal);
        switch (c.op) {
        case Operator::In:
            return member;
        case Operator::NotIn:
            return !member;
        case Operator::NotEqual:
            return true; // a string never equals a set
        default:
            return false;
        }
    }
    case Comparison::Kind::Undefined:
        if (error && !*error)
            *error = Error(Error::Code::InvalidArgument, c.message);
        return false;
    }
    return false;
}

bool MarkerExpression::evaluateFast(qint32 index, const MarkerEnvironment &env) const
{
    const Node &node = m_nodes[index];
    switch (node.type) {
    case Node::Type::Leaf:
        return evaluateComparison(m_comparisons[node.first], env, nullptr);
    case Node::Type::All:
        for (qint32 i = 0; i < node.count; ++i) {
            if (!evaluateFast(m_children[node.first + i], env))
                return false;
        }
        return true;
    case Node::Type::Any:
        for (qint32 i = 0; i < node.count; ++i) {
            if (evaluateFast(m_children[node.first + i], env))
                return true;
        }
        return false;
    }
    return false;
}

bool MarkerExpression::evaluateAll(qint32 index, const MarkerEnvironment &env, std::optional<Error> &error) const
{
    const Node &node = m_nodes[index];
    if (node.type == Node::Type::Leaf)
        return evaluateComparison(m_comparisons[node.first], env, &error);
    const bool all = node.type == Node::Type::All;
    bool result = all;
    for (qint32 i = 0; i < node.count; ++i) {
        const bool value = evaluateAll(m_children[node.first + i], env, error);
        result = all ? (result && value) : (result || value);
    }
    return result;
}

Result<bool> MarkerExpression::evaluate(const MarkerEnvironment &environment) const
{
    if (m_root < 0)
        return true;
    if (!m_canFail)
        return evaluateFast(m_root, environment);
    std::optional<Error> error;
    const bool result = evaluateAll(m_root, environment, error);
    if (error)
        return fail(std::move(*error));
    return result;
}

} // namespace Akari
