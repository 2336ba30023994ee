// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncpanelfixture.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace Akari::Test
{

void SyncPanelFixture::setUp()
{
    QVERIFY(m_languages.apply(Language::English, {}).has_value());
    QVERIFY(m_home.isValid());
    qputenv("XDG_CACHE_HOME", QFile::encodeName(m_home.filePath(u"cache"_s)));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(u"data"_s)));
}

std::unique_ptr<SyncPanel> SyncPanelFixture::makePanel(JobTracker *tracker)
{
    auto panel = std::make_unique<SyncPanel>(tracker);
    InterpreterDiscovery::Options none;
    none.useWindowsRegistry = false;
    none.cacheDirectory = m_home.filePath(u"interpreters"_s);
    panel->setInterpreterOptions(none);
    panel->setUvSearchPath({m_home.filePath(u"no-uv-here"_s)});
    return panel;
}

QString SyncPanelFixture::cell(const QAbstractItemModel *model, int row, int column, int role)
{
    return model->index(row, column).data(role).toString();
}

bool SyncPanelFixture::writeStandInUv(const QString &directory, const QByteArray &body)
{
    QFile file(QDir(directory).filePath(u"uv"_s));
    if (!file.open(QIODevice::WriteOnly) || file.write("#!/bin/sh\n" + body) < 0)
        return false;
    file.close();
    return file.setPermissions(file.permissions() | QFileDevice::ExeOwner);
}

} // namespace Akari::Test
