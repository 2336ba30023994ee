// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCoreApplication>

#include "akariversion.h"
#include "cliapplication.h"
#include "core/i18n/languagemanager.h"

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"akari-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(AKARI_VERSION_STRING));
    Akari::LanguageManager languages;
    languages.apply(Akari::Language::System);
    return Akari::CliApplication().run(QCoreApplication::arguments());
}
