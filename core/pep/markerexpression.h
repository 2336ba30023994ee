// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <span>

#include <QCoreApplication>
#include <QString>
#include <QStringView>
#include <QVarLengthArray>

#include "../error.h"
#include "marker.h"
#include "markerenvironment.h"
#include "specifier.h"
#include "version.h"

namespace Akari
{

/**
 * \brief The evaluable form of a parsed Marker: its comparisons, prepared once, and the
 * `and`/`or` tree over them.
 *
 * Marker's parser adds each comparison as it reads it; addComparison() decides there how
 * packaging will evaluate it (a PEP 440 specifier match against a pre-parsed specifier, a string
 * comparison, set membership, a constant, or a comparison that is undefined), so evaluate()
 * does no parsing except where packaging builds a specifier from the environment's value (a
 * version variable on the right of the operator).
 *
 * Built by one thread, then only read: evaluate() is const and safe from any thread.
 */
class MarkerExpression final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::MarkerExpression)

public:
    /// One side of a comparison: a variable, or a string value.
    struct Operand
    {
        bool isVariable = false;
        MarkerEnvironment::Variable variable = MarkerEnvironment::Variable::Extra;
        QString value;
    };

    /// Adds `left op right`; \a text is the comparison as printed (kept for error messages
    /// where evaluation can fail). Returns its node.
    int addComparison(const Operand &left, Marker::Operator op, const Operand &right, QStringView text);
    /// Adds \a nodes joined by `and`/`or` (\a isOr[i]: whether the operator after nodes[i] is
    /// `or`; `and` binds tighter). Returns the group's node (the node itself for just one).
    int addGroup(std::span<const int> nodes, std::span<const bool> isOr);
    void setRoot(int node) noexcept { m_root = node; }

    [[nodiscard]] Result<bool> evaluate(const MarkerEnvironment &environment) const;
    [[nodiscard]] bool references(MarkerEnvironment::Variable variable) const noexcept
    {
        return (m_referenced & (1U << unsigned(variable))) != 0;
    }

private:
    struct Comparison
    {
        enum class Kind : quint8
        {
            Constant,        // two values: the answer is known
            Text,            // string comparison with the environment's value
            VersionLiteral,  // version variable op literal: a specifier made at parse time
            VersionVariable, // literal op version variable: a specifier from the environment
            Membership,      // literal in/not in a set variable
            Undefined,       // packaging raises UndefinedComparison
        };
        Kind kind = Kind::Constant;
        Marker::Operator op = Marker::Operator::Equal;
        MarkerEnvironment::Variable key = MarkerEnvironment::Variable::Extra;
        bool variableOnLeft = true;
        bool constant = false;
        QString literal;
        std::optional<Specifier> specifier;
        std::optional<Version> literalVersion;
        QString message; // Undefined: the error; VersionVariable: the comparison as printed
    };

    struct Node
    {
        enum class Type : quint8
        {
            Leaf,
            All,
            Any,
        };
        Type type = Type::Leaf;
        qint32 first = 0; // Leaf: the comparison; else the first child in m_children
        qint32 count = 0;
    };

    [[nodiscard]] bool evaluateFast(qint32 node, const MarkerEnvironment &environment) const;
    [[nodiscard]] bool evaluateAll(qint32 node, const MarkerEnvironment &environment,
                                   std::optional<Error> &error) const;
    [[nodiscard]] bool evaluateComparison(const Comparison &comparison, const MarkerEnvironment &environment,
                                          std::optional<Error> *error) const;
    [[nodiscard]] static bool compareText(Marker::Operator op, QStringView lhs, QStringView rhs) noexcept;
    [[nodiscard]] static QString undefined(QStringView text, Marker::Operator op);
    int addNode(Node::Type type, std::span<const int> children);

    // Most markers have a few comparisons: kept inline, beside the rest of the parsed marker.
    QVarLengthArray<Comparison, 2> m_comparisons;
    QVarLengthArray<Node, 4> m_nodes;
    QVarLengthArray<qint32, 4> m_children;
    qint32 m_root = -1;
    quint32 m_referenced = 0;
    bool m_canFail = false; // some comparison may fail: evaluate every one, as packaging does
};

} // namespace Akari
