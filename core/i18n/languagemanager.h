// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTranslator>

#include "../error.h"
#include "language.h"

namespace Akari
{

/**
 * \brief Installs Akari's and Qt's own catalogs for the chosen language, at any time.
 *
 * Installing or removing a translator makes Qt send QEvent::LanguageChange to every
 * widget, which is how the GUI retranslates without a restart. Qt's "qtbase" catalog is
 * read from Qt's translations directory so that standard buttons and command-line help
 * follow the language too. Lives in the main thread.
 */
class LanguageManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageManager)

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    /// Applies \a choice; System is resolved against QLocale::uiLanguages(). A NotFound error
    /// when Akari's catalog for the language is missing (the texts then stay in English);
    /// a missing Qt catalog is only logged, since Akari's own texts still change.
    Result<void> apply(Language choice);
    /// Applies \a choice resolved against \a uiLanguages (a seam for tests).
    Result<void> apply(Language choice, const QStringList &uiLanguages);

    [[nodiscard]] Language choice() const { return m_choice; }
    /// The language actually shown: English or Japanese.
    [[nodiscard]] Language effectiveLanguage() const { return m_effective; }
    /// Whether Qt's own catalog for the effective language was found (always true for English).
    [[nodiscard]] bool hasQtCatalog() const { return m_qtCatalogLoaded; }

    /// The directory Qt's catalogs are read from.
    [[nodiscard]] static QString qtTranslationsPath();

signals:
    void languageChanged(Akari::Language effective);

private:
    void removeTranslators();

    Language m_choice = Language::System;
    Language m_effective = Language::English;
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
    bool m_appInstalled = false;
    bool m_qtInstalled = false;
    bool m_qtCatalogLoaded = true;
};

} // namespace Akari
