// SPDX-License-Identifier: GPL-3.0-or-later
#include "logcategories.h"

Q_LOGGING_CATEGORY(lcCore, "akari.core", QtInfoMsg)
Q_LOGGING_CATEGORY(lcJobs, "akari.jobs", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSettings, "akari.settings", QtInfoMsg)
Q_LOGGING_CATEGORY(lcI18n, "akari.i18n", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProject, "akari.project", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSystem, "akari.system", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNet, "akari.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcInstall, "akari.install", QtInfoMsg)
