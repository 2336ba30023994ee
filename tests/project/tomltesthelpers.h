// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <sstream>
#include <string>
#include <string_view>

#include <QByteArray>
#include <QStringList>
#include <QTest>

#include "core/project/tomldocument.h"

// Reading test texts and comparing values the way toml++ renders them: shared by the
// TomlDocument and TomlEditor tests. Header-only.
namespace Akari::Test
{

using namespace Qt::Literals::StringLiterals;

inline std::string_view view(const QByteArray &text)
{
    return {text.constData(), size_t(text.size())};
}

/// The document \a text holds; nothing (and a test failure) when it does not parse.
inline std::optional<TomlDocument> load(const QByteArray &text)
{
    auto document = TomlDocument::parse(text, u"edit.toml"_s);
    if (!document) {
        QTest::qFail(qPrintable(document.error().toString() + u"\n"_s + QString::fromUtf8(text)), __FILE__, __LINE__);
        return std::nullopt;
    }
    return *document;
}

/// toml++'s own rendering of `x = <node>`: equal renderings mean equal values.
inline std::string canonical(const toml::node &node)
{
    toml::table wrapper;
    wrapper.insert("x", node);
    std::ostringstream out;
    out << toml::toml_formatter(wrapper);
    return out.str();
}

/// What toml++ makes of \a valueText on its own.
inline std::string canonicalValue(const QString &valueText)
{
    const QByteArray text = "x = "_ba + valueText.toUtf8();
    const toml::table table = toml::parse(view(text));
    return canonical(*table.get("x"));
}

inline const toml::array *arrayAt(const TomlDocument &document, const QStringList &path)
{
    const toml::node *node = document.nodeAt(path);
    return node ? node->as_array() : nullptr;
}

} // namespace Akari::Test

// Applies the edits and checks the exact text; the result must parse again.
#define AKARI_APPLY(editor, expected, edited)                                                                          \
    const auto result##edited = (editor).apply();                                                                      \
    QVERIFY2(result##edited, qPrintable(result##edited ? QString() : result##edited.error().toString()));              \
    QCOMPARE(*result##edited, expected);                                                                               \
    const std::optional<Akari::TomlDocument> edited = Akari::Test::load(*result##edited);                              \
    QVERIFY(edited)
