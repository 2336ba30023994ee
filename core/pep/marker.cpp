// SPDX-License-Identifier: GPL-3.0-or-later
#include "marker.h"

#include <array>

#include <QVarLengthArray>

#include "markerexpression.h"
#include "packagename.h"
#include "requirementtokenizer.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

struct Marker::Data
{
    QString text;
    MarkerExpression expression;
};

namespace
{
using Variable = MarkerEnvironment::Variable;

constexpr std::array<QLatin1StringView, 10> OperatorNames{
    "<"_L1, "<="_L1, "!="_L1, "=="_L1, ">="_L1, ">"_L1, "~="_L1, "==="_L1, "in"_L1, "not in"_L1,
};

// Deeper nesting than this is refused rather than risking the stack (packaging would hit
// Python's recursion limit a little further on).
constexpr int MaximumDepth = 200;

// Where one parsed element (a comparison or a group) stands in the normalised text.
struct Parsed
{
    qsizetype start = 0;   // its text runs from here to the end of the text written so far
    bool compound = false; // a group of two or more elements: parenthesised when nested
    int node = -1;
};

bool normalisesValues(const MarkerExpression::Operand &operand)
{
    return operand.isVariable && (operand.variable == Variable::Extra || operand.variable == Variable::Extras ||
                                  operand.variable == Variable::DependencyGroups);
}

void appendOperand(QString &text, const MarkerExpression::Operand &operand)
{
    if (operand.isVariable) {
        text += MarkerEnvironment::variableName(operand.variable);
        return;
    }
    const QString &value = operand.value;
    const bool hasDouble = value.contains(u'"');
    if (hasDouble && !value.contains(u'\'')) {
        text += u'\'';
        text += value;
        text += u'\'';
        return;
    }
    text += u'"';
    if (hasDouble) {
        // packaging cannot print a value with both quotes; Akari writes the double quote as an
        // escape that reads back as the same value.
        QString escaped = value;
        escaped.replace(u'"', u"\\x22"_s);
        text += escaped;
    } else {
        text += value;
    }
    text += u'"';
}

// Recursive descent over packaging's marker grammar; writes the normalised text into one
// buffer as it goes and adds the comparisons and groups to the expression.
class Parser
{
public:
    Parser(RequirementTokenizer &tokenizer, MarkerExpression &expression, QString &text)
        : m_tokenizer(tokenizer)
        , m_expression(expression)
        , m_text(text)
    {}

    // marker = atom (BOOLOP atom)*
    Result<Parsed> marker(int depth)
    {
        Result<Parsed> first = atom(depth);
        if (!first)
            return first;
        qsizetype length = -1;
        bool isOr = false;
        if (!nextBoolean(length, isOr))
            return first;
        wrap(*first);
        QVarLengthArray<int, 8> nodes{first->node};
        QVarLengthArray<bool, 8> ors;
        do {
            m_tokenizer.advance(length);
            m_text += isOr ? " or "_L1 : " and "_L1;
            Result<Parsed> next = atom(depth);
            if (!next)
                return next;
            wrap(*next);
            nodes.append(next->node);
            ors.append(isOr);
        } while (nextBoolean(length, isOr));
        ors.append(false);
        const int node = m_expression.addGroup(std::span<const int>(nodes.data(), size_t(nodes.size())),
                                               std::span<const bool>(ors.data(), size_t(ors.size())));
        return Parsed{first->start, true, node};
    }

private:
    // A compound element inside a larger group gets its parentheses.
    void wrap(const Parsed &parsed)
    {
        if (!parsed.compound)
            return;
        m_text.insert(parsed.start, u'(');
        m_text += u')';
    }

    bool nextBoolean(qsizetype &length, bool &isOr) const
    {
        length = m_tokenizer.matchKeyword("or"_L1);
        isOr = length > 0;
        if (!isOr)
            length = m_tokenizer.matchKeyword("and"_L1);
        return length > 0;
    }

    // atom = WS? '(' WS? marker WS? ')' WS? | WS? item WS?
    Result<Parsed> atom(int depth)
    {
        m_tokenizer.skipWhitespace();
        Result<Parsed> result;
        if (m_tokenizer.peek(u'(')) {
            const qsizetype open = m_tokenizer.position();
            if (depth >= MaximumDepth)
                return fail(m_tokenizer.syntaxError(
                    QCoreApplication::translate("Akari::Marker", "Marker expression is nested too deeply")));
            m_tokenizer.advance(1);
            m_tokenizer.skipWhitespace();
            result = marker(depth + 1);
            if (!result)
                return result;
            m_tokenizer.skipWhitespace();
            if (!m_tokenizer.peek(u')')) {
                return fail(m_tokenizer.syntaxError(
                    QCoreApplication::translate(
                        "Akari::Marker",
                        "Expected matching RIGHT_PARENTHESIS for LEFT_PARENTHESIS, after marker expression"),
                    open, m_tokenizer.position()));
            }
            m_tokenizer.advance(1);
        } else {
            result = item();
            if (!result)
                return result;
        }
        m_tokenizer.skipWhitespace();
        return result;
    }

    // item = WS? var WS? op WS? var WS?
    Result<Parsed> item()
    {
        m_tokenizer.skipWhitespace();
        Result<MarkerExpression::Operand> left = operand();
        if (!left)
            return fail(left.error());
        m_tokenizer.skipWhitespace();
        const Result<Marker::Operator> op = comparison();
        if (!op)
            return fail(op.error());
        m_tokenizer.skipWhitespace();
        Result<MarkerExpression::Operand> right = operand();
        if (!right)
            return fail(right.error());
        m_tokenizer.skipWhitespace();
        // PEP 685: values compared with extra, extras and dependency_groups are normalised.
        if (normalisesValues(*left) && !right->isVariable)
            right->value = PackageName::canonicalize(right->value);
        else if (normalisesValues(*right) && !left->isVariable)
            left->value = PackageName::canonicalize(left->value);
        const qsizetype start = m_text.size();
        appendOperand(m_text, *left);
        m_text += u' ';
        m_text += Marker::operatorString(*op);
        m_text += u' ';
        appendOperand(m_text, *right);
        const int node = m_expression.addComparison(*left, *op, *right, QStringView(m_text).sliced(start));
        return Parsed{start, false, node};
    }

    Result<MarkerExpression::Operand> operand()
    {
        qsizetype length = 0;
        if (const std::optional<Variable> variable = m_tokenizer.matchVariable(length)) {
            m_tokenizer.advance(length);
            return MarkerExpression::Operand{true, *variable, QString()};
        }
        length = m_tokenizer.matchQuotedString();
        if (length >= 0) {
            const qsizetype start = m_tokenizer.position();
            std::optional<QString> value =
                RequirementTokenizer::decodeQuotedString(m_tokenizer.source().sliced(start, length));
            if (!value)
                return fail(m_tokenizer.syntaxError(
                    QCoreApplication::translate("Akari::Marker", "Invalid quoted string"), start, start + length));
            m_tokenizer.advance(length);
            return MarkerExpression::Operand{false, Variable::Extra, std::move(*value)};
        }
        return fail(m_tokenizer.syntaxError(
            QCoreApplication::translate("Akari::Marker", "Expected a marker variable or quoted string")));
    }

    Result<Marker::Operator> comparison()
    {
        qsizetype length = m_tokenizer.matchKeyword("in"_L1);
        if (length > 0) {
            m_tokenizer.advance(length);
            return Marker::Operator::In;
        }
        length = m_tokenizer.matchKeyword("not"_L1);
        if (length > 0) {
            m_tokenizer.advance(length);
            if (!m_tokenizer.skipWhitespace())
                return fail(m_tokenizer.syntaxError(
                    QCoreApplication::translate("Akari::Marker", "Expected whitespace after 'not'")));
            length = m_tokenizer.matchKeyword("in"_L1);
            if (length < 0)
                return fail(
                    m_tokenizer.syntaxError(QCoreApplication::translate("Akari::Marker", "Expected 'in' after 'not'")));
            m_tokenizer.advance(length);
            return Marker::Operator::NotIn;
        }
        length = m_tokenizer.matchComparison();
        if (length > 0) {
            const QStringView text = m_tokenizer.source().sliced(m_tokenizer.position(), length);
            m_tokenizer.advance(length);
            // The longest operators first, as the tokenizer matched them.
            for (const Marker::Operator op :
                 {Marker::Operator::Arbitrary, Marker::Operator::Equal, Marker::Operator::Compatible,
                  Marker::Operator::NotEqual, Marker::Operator::LessEqual, Marker::Operator::GreaterEqual,
                  Marker::Operator::Less, Marker::Operator::Greater}) {
                if (text == OperatorNames[size_t(op)])
                    return op;
            }
        }
        return fail(m_tokenizer.syntaxError(QCoreApplication::translate(
            "Akari::Marker", "Expected marker operator, one of <=, <, !=, ==, >=, >, ~=, ===, in, not in")));
    }

    RequirementTokenizer &m_tokenizer;
    MarkerExpression &m_expression;
    QString &m_text;
};

} // namespace

Marker::Marker() = default;

Marker::Marker(std::shared_ptr<const Data> data)
    : m_data(std::move(data))
{}

Result<Marker> Marker::parseFrom(RequirementTokenizer &tokenizer)
{
    auto data = std::make_shared<Data>();
    data->text.reserve(tokenizer.source().size() - tokenizer.position() + 8);
    Parser parser(tokenizer, data->expression, data->text);
    Result<Parsed> parsed = parser.marker(0);
    if (!parsed)
        return fail(parsed.error());
    data->expression.setRoot(parsed->node);
    return Marker(std::move(data));
}

Result<Marker> Marker::parse(QStringView text)
{
    RequirementTokenizer tokenizer(text);
    tokenizer.skipWhitespace();
    Result<Marker> marker = parseFrom(tokenizer);
    if (!marker)
        return marker;
    tokenizer.skipWhitespace();
    if (!tokenizer.atEnd())
        return fail(
            tokenizer.syntaxError(QCoreApplication::translate("Akari::Marker", "Expected end of marker expression")));
    return marker;
}

bool Marker::isEmpty() const noexcept
{
    return !m_data;
}

QString Marker::toString() const
{
    return m_data ? m_data->text : QString();
}

Result<bool> Marker::evaluate(const MarkerEnvironment &environment) const
{
    if (!m_data)
        return true;
    return m_data->expression.evaluate(environment);
}

bool Marker::references(MarkerEnvironment::Variable variable) const noexcept
{
    return m_data && m_data->expression.references(variable);
}

QLatin1StringView Marker::operatorString(Operator op) noexcept
{
    return OperatorNames[size_t(op)];
}

bool operator==(const Marker &a, const Marker &b) noexcept
{
    if (a.m_data == b.m_data)
        return true;
    return a.toString() == b.toString();
}

size_t Marker::hash(size_t seed) const noexcept
{
    return qHash(toString(), seed);
}

} // namespace Akari
