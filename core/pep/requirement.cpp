// SPDX-License-Identifier: GPL-3.0-or-later
#include "requirement.h"

#include <algorithm>

#include "pythonrepr.h"
#include "requirementtokenizer.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{

// The ';' before a requirement's marker, or packaging's error when it is missing.
// \a message is packaging's whole text for the missing ';' (kept whole so it translates as one).
Result<void> expectSemicolon(RequirementTokenizer &tokenizer, qsizetype spanStart, const QString &message)
{
    if (!tokenizer.peek(u';')) {
        return fail(tokenizer.syntaxError(message, spanStart, tokenizer.position()));
    }
    tokenizer.advance(1);
    return {};
}

} // namespace

Result<void> Requirement::parseSpecifier(RequirementTokenizer &tokenizer, ClauseTokens &tokens)
{
    // specifier = '(' WS? version_many WS? ')' | WS? version_many WS?
    qsizetype open = -1;
    if (tokenizer.peek(u'(')) {
        open = tokenizer.position();
        tokenizer.advance(1);
    }
    tokenizer.skipWhitespace();
    qsizetype length = -1;
    while ((length = tokenizer.matchSpecifier()) > 0) {
        const qsizetype start = tokenizer.position();
        const QStringView clause = tokenizer.source().sliced(start, length);
        tokens.append(clause);
        tokenizer.advance(length);
        if (tokenizer.matchesWildcardTrail()) {
            const bool equality =
                clause.startsWith("!="_L1) || (clause.startsWith("=="_L1) && !clause.startsWith("==="_L1));
            return fail(tokenizer.syntaxError(
                equality ? u".* suffix cannot be used with pre-release, post-release, dev or local versions"_s
                         : u".* suffix can only be used with `==` or `!=` operators"_s,
                start, tokenizer.position() + 1));
        }
        if (tokenizer.matchesLocalLabelTrail()) {
            return fail(tokenizer.syntaxError(
                QCoreApplication::translate("Akari::Requirement",
                                            "Local version label can only be used with `==` or `!=` operators"),
                start, tokenizer.position()));
        }
        tokenizer.skipWhitespace();
        if (!tokenizer.peek(u','))
            break;
        tokenizer.advance(1);
        tokenizer.skipWhitespace();
    }
    tokenizer.skipWhitespace();
    if (open >= 0) {
        if (!tokenizer.peek(u')')) {
            return fail(tokenizer.syntaxError(
                QCoreApplication::translate(
                    "Akari::Requirement",
                    "Expected matching RIGHT_PARENTHESIS for LEFT_PARENTHESIS, after version specifier"),
                open, tokenizer.position()));
        }
        tokenizer.advance(1);
    }
    return {};
}

Result<SpecifierSet> Requirement::makeSpecifierSet(const ClauseTokens &tokens)
{
    if (tokens.isEmpty())
        return SpecifierSet();
    // packaging joins the tokens with commas and splits the result at every comma.
    QList<Specifier> specifiers;
    specifiers.reserve(tokens.size());
    for (const QStringView token : tokens) {
        for (const QStringView item : token.tokenize(u',')) {
            const QStringView clause = RequirementTokenizer::pythonStrip(item);
            if (clause.isEmpty())
                continue;
            Result<Specifier> specifier = Specifier::parse(clause);
            if (!specifier)
                return fail(
                    {Error::Code::Parse, QCoreApplication::translate("Akari::Requirement", "Invalid specifier: %1")
                                             .arg(pythonRepr(clause))});
            specifiers.append(std::move(*specifier));
        }
    }
    return SpecifierSet(std::move(specifiers));
}

Result<Requirement> Requirement::parse(QStringView text)
{
    RequirementTokenizer tokenizer(text);
    Requirement requirement;

    // requirement = WS? IDENTIFIER WS? extras WS? details END
    tokenizer.skipWhitespace();
    const qsizetype nameLength = tokenizer.matchIdentifier();
    if (nameLength < 0)
        return fail(tokenizer.syntaxError(QCoreApplication::translate(
            "Akari::Requirement", "Expected package name at the start of dependency specifier")));
    requirement.m_name = PackageName::fromUnvalidated(text.sliced(tokenizer.position(), nameLength));
    tokenizer.advance(nameLength);
    tokenizer.skipWhitespace();

    // extras = '[' WS? (IDENTIFIER (WS? ',' WS? IDENTIFIER)*)? WS? ']'
    if (tokenizer.peek(u'[')) {
        const qsizetype open = tokenizer.position();
        tokenizer.advance(1);
        tokenizer.skipWhitespace();
        qsizetype length = tokenizer.matchIdentifier();
        if (length > 0) {
            requirement.m_extras.append(text.sliced(tokenizer.position(), length).toString());
            tokenizer.advance(length);
            while (true) {
                tokenizer.skipWhitespace();
                if (tokenizer.matchIdentifier() > 0)
                    return fail(tokenizer.syntaxError(
                        QCoreApplication::translate("Akari::Requirement", "Expected comma between extra names")));
                if (!tokenizer.peek(u','))
                    break;
                tokenizer.advance(1);
                tokenizer.skipWhitespace();
                length = tokenizer.matchIdentifier();
                if (length < 0)
                    return fail(tokenizer.syntaxError(
                        QCoreApplication::translate("Akari::Requirement", "Expected extra name after comma")));
                requirement.m_extras.append(text.sliced(tokenizer.position(), length).toString());
                tokenizer.advance(length);
            }
        }
        tokenizer.skipWhitespace();
        if (!tokenizer.peek(u']')) {
            return fail(tokenizer.syntaxError(
                QCoreApplication::translate("Akari::Requirement",
                                            "Expected matching RIGHT_BRACKET for LEFT_BRACKET, after extras"),
                open, tokenizer.position()));
        }
        tokenizer.advance(1);
        requirement.m_extras.sort();
        requirement.m_extras.removeDuplicates();
    }
    tokenizer.skipWhitespace();

    // details = '@' WS? URL (WS marker?)? | specifier WS? marker?
    ClauseTokens clauses;
    bool wantsMarker = false;
    if (tokenizer.peek(u'@')) {
        tokenizer.advance(1);
        tokenizer.skipWhitespace();
        const qsizetype urlStart = tokenizer.position();
        const qsizetype length = tokenizer.matchUrl();
        if (length < 0)
            return fail(
                tokenizer.syntaxError(QCoreApplication::translate("Akari::Requirement", "Expected URL after @")));
        requirement.m_url = text.sliced(urlStart, length).toString();
        tokenizer.advance(length);
        if (!tokenizer.atEnd()) {
            if (!tokenizer.skipWhitespace())
                return fail(tokenizer.syntaxError(
                    QCoreApplication::translate("Akari::Requirement", "Expected whitespace after URL")));
            if (!tokenizer.atEnd()) {
                if (Result<void> semicolon = expectSemicolon(
                        tokenizer, urlStart,
                        QCoreApplication::translate("Akari::Requirement",
                                                    "Expected semicolon (after URL and whitespace) or end"));
                    !semicolon)
                    return fail(semicolon.error());
                wantsMarker = true;
            }
        }
    } else {
        const qsizetype specifierStart = tokenizer.position();
        if (Result<void> parsed = parseSpecifier(tokenizer, clauses); !parsed)
            return fail(parsed.error());
        tokenizer.skipWhitespace();
        if (!tokenizer.atEnd()) {
            const QString expected =
                clauses.isEmpty()
                    ? QCoreApplication::translate("Akari::Requirement",
                                                  "Expected semicolon (after name with no version specifier) or end")
                    : QCoreApplication::translate(
                          "Akari::Requirement",
                          "Expected comma (within version specifier), semicolon (after version specifier) or end");
            if (Result<void> semicolon = expectSemicolon(tokenizer, specifierStart, expected); !semicolon)
                return fail(semicolon.error());
            wantsMarker = true;
        }
    }
    if (wantsMarker) {
        Result<Marker> marker = Marker::parseFrom(tokenizer);
        if (!marker)
            return fail(marker.error());
        requirement.m_marker = std::move(*marker);
        tokenizer.skipWhitespace();
    }
    if (!tokenizer.atEnd())
        return fail(tokenizer.syntaxError(
            QCoreApplication::translate("Akari::Requirement", "Expected end of dependency specifier")));
    // Like packaging, the clauses become a specifier set once the whole text has parsed.
    Result<SpecifierSet> set = makeSpecifierSet(clauses);
    if (!set)
        return fail(set.error());
    requirement.m_specifier = std::move(*set);
    return requirement;
}

Result<bool> Requirement::appliesTo(const MarkerEnvironment &environment) const
{
    if (!m_marker)
        return true;
    return m_marker->evaluate(environment);
}

QString Requirement::toString() const
{
    QString text = m_name.original();
    if (!m_extras.isEmpty())
        text += u'[' + m_extras.join(u',') + u']';
    text += m_specifier.toString();
    if (!m_url.isEmpty()) {
        text += u" @ "_s + m_url;
        if (m_marker)
            text += u' ';
    }
    if (m_marker)
        text += u"; "_s + m_marker->toString();
    return text;
}

QStringList Requirement::canonicalExtras() const
{
    QStringList extras;
    extras.reserve(m_extras.size());
    for (const QString &extra : m_extras)
        extras.append(PackageName::canonicalize(extra));
    extras.sort();
    extras.removeDuplicates();
    return extras;
}

bool operator==(const Requirement &a, const Requirement &b) noexcept
{
    return a.m_name == b.m_name && a.m_url == b.m_url && a.m_specifier == b.m_specifier && a.m_marker == b.m_marker &&
           (a.m_extras == b.m_extras || a.canonicalExtras() == b.canonicalExtras());
}

size_t Requirement::hash(size_t seed) const noexcept
{
    seed = qHash(m_name, seed);
    for (const QString &extra : canonicalExtras())
        seed = qHash(extra, seed);
    seed = m_specifier.hash(seed);
    seed = qHash(m_url, seed);
    return m_marker ? m_marker->hash(seed) : seed;
}

} // namespace Akari
