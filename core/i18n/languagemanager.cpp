// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

#include "../logging/logcategories.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

QString LanguageManager::qtTranslationsPath()
{
    return QLibraryInfo::path(QLibraryInfo::TranslationsPath);
}

Result<void> LanguageManager::apply(Language choice)
{
    return apply(choice, QLocale::system().uiLanguages());
}

namespace
{
// Keep the user's regional formats (numbers, dates) where they agree with the language;
// otherwise the language's own conventions in the user's territory.
QLocale localeFor(Language language)
{
    const QLocale::Language wanted = language == Language::Japanese ? QLocale::Japanese : QLocale::English;
    const QLocale system = QLocale::system();
    return system.language() == wanted ? system : QLocale(wanted, system.territory());
}
} // namespace

Result<void> LanguageManager::apply(Language choice, const QStringList &uiLanguages)
{
    const Language effective = resolveLanguage(choice, uiLanguages);
    m_choice = choice;
    if (effective == m_effective && m_appInstalled)
        return {};

    removeTranslators();
    m_effective = effective;
    const QString code = languageCode(effective);
    const QLocale locale = localeFor(effective);
    QLocale::setDefault(locale);

    Result<void> result;
    // English needs a catalog too: it carries the plural forms of "%n" messages.
    if (m_appTranslator.load(u":/i18n/akari_%1.qm"_s.arg(code))) {
        m_appInstalled = QCoreApplication::installTranslator(&m_appTranslator);
    } else {
        const QString message = tr("Akari’s messages for the language “%1” are missing.").arg(code);
        qCWarning(lcI18n).noquote() << message;
        result = fail({Error::Code::NotFound, message});
    }

    m_qtCatalogLoaded = effective == Language::English;
    if (effective != Language::English) {
        m_qtCatalogLoaded = m_qtTranslator.load(QLocale(code), u"qtbase"_s, u"_"_s, qtTranslationsPath());
        if (m_qtCatalogLoaded)
            m_qtInstalled = QCoreApplication::installTranslator(&m_qtTranslator);
        else
            qCWarning(lcI18n).noquote()
                << tr("Qt’s own messages for the language “%1” were not found in %2.").arg(code, qtTranslationsPath());
    }
    qCDebug(lcI18n) << "language set to" << code;
    emit languageChanged(effective);
    return result;
}

void LanguageManager::removeTranslators()
{
    if (m_appInstalled)
        QCoreApplication::removeTranslator(&m_appTranslator);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qtTranslator);
    m_appInstalled = false;
    m_qtInstalled = false;
}

} // namespace Akari
