// SPDX-License-Identifier: GPL-3.0-or-later
// A translator that "translates" every Akari text by wrapping it in ‹›, so a test can see
// that a widget retranslates all of its own texts before the real catalogs have them.
#pragma once

#include <QByteArrayView>
#include <QTranslator>

namespace Akari::Test
{

class MarkingTranslator final : public QTranslator
{
public:
    using QTranslator::QTranslator;

    [[nodiscard]] static bool isMarked(const QString &text)
    {
        return text.startsWith(QChar(0x2039)) && text.endsWith(QChar(0x203A));
    }

    [[nodiscard]] QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                                    int n = -1) const override
    {
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        if (!QByteArrayView(context).startsWith("Akari::"))
            return {};
        return QChar(0x2039) + QString::fromUtf8(sourceText) + QChar(0x203A);
    }
    [[nodiscard]] bool isEmpty() const override { return false; }
};

} // namespace Akari::Test
