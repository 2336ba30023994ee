// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QAbstractItemModel>
#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include "core/i18n/languagemanager.h"
#include "widgets/syncpanel.h"

namespace Akari
{
class JobTracker;
} // namespace Akari

namespace Akari::Test
{

/**
 * \brief What the sync panel's tests (tst_syncpanel, tst_syncpanelruns) share: English texts, a
 *        temporary home for the caches, panels that find no interpreter and no uv of this
 *        machine, and stand-in uv scripts.
 *
 * A test class derives from it beside QObject and calls setUp() from its initTestCase().
 */
class SyncPanelFixture
{
protected:
    /// English texts; XDG_CACHE_HOME and XDG_DATA_HOME in the temporary home.
    void setUp();

    /// A panel that discovers no interpreters on this machine (the list stays "Automatic").
    std::unique_ptr<SyncPanel> makePanel(JobTracker *tracker = nullptr);

    /// The text of \a model's cell at \a row, \a column for \a role.
    [[nodiscard]] static QString cell(const QAbstractItemModel *model, int row, int column, int role = Qt::DisplayRole);
    /// Writes an executable shell script `uv` into \a directory that runs \a body.
    [[nodiscard]] static bool writeStandInUv(const QString &directory, const QByteArray &body);

    LanguageManager m_languages;
    QTemporaryDir m_home;
};

} // namespace Akari::Test
