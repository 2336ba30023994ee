// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// The widgets' category; core modules declare theirs in core/logging/logcategories.h.
Q_DECLARE_LOGGING_CATEGORY(lcUi)
