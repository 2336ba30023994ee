// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QString>
#include <QStringList>

namespace Akari
{

/// The user's language choice; System follows the desktop's preferred languages.
enum class Language
{
    System,
    English,
    Japanese,
};

/// "system", "en", "ja": the spelling stored in settings and accepted by --lang.
[[nodiscard]] QString languageCode(Language language);
[[nodiscard]] std::optional<Language> languageFromCode(const QString &code);

/**
 * \brief The concrete language to show for a choice, given the desktop's preferred languages
 * (as QLocale::uiLanguages() lists them, most preferred first). Never returns System.
 */
[[nodiscard]] Language resolveLanguage(Language choice, const QStringList &uiLanguages);

} // namespace Akari
