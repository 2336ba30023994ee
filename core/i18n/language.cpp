// SPDX-License-Identifier: GPL-3.0-or-later
#include "language.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

QString languageCode(Language language)
{
    switch (language) {
    case Language::System:
        return u"system"_s;
    case Language::English:
        return u"en"_s;
    case Language::Japanese:
        return u"ja"_s;
    }
    return u"system"_s;
}

std::optional<Language> languageFromCode(const QString &code)
{
    const QString normalized = code.trimmed().toLower();
    if (normalized == u"system")
        return Language::System;
    if (normalized == u"en" || normalized == u"english")
        return Language::English;
    if (normalized == u"ja" || normalized == u"japanese")
        return Language::Japanese;
    return std::nullopt;
}

Language resolveLanguage(Language choice, const QStringList &uiLanguages)
{
    if (choice != Language::System)
        return choice;
    // The first preferred language we have a catalog for wins; English is the fallback.
    for (const QString &name : uiLanguages) {
        const QLocale::Language language = QLocale(name).language();
        if (language == QLocale::Japanese)
            return Language::Japanese;
        if (language == QLocale::English)
            return Language::English;
    }
    return Language::English;
}

} // namespace Akari
