// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowstate.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

WindowState::WindowState(const QString &filePath)
    : m_store(std::make_unique<QSettings>(filePath, QSettings::IniFormat))
{}

WindowState::~WindowState() = default;

QString WindowState::defaultFilePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)).filePath(u"akari/state.ini"_s);
}

QByteArray WindowState::geometry(const QString &window) const
{
    return m_store->value(window + u"/Geometry"_s).toByteArray();
}

void WindowState::setGeometry(const QString &window, const QByteArray &geometry)
{
    m_store->setValue(window + u"/Geometry"_s, geometry);
}

QByteArray WindowState::layout(const QString &window) const
{
    return m_store->value(window + u"/Layout"_s).toByteArray();
}

void WindowState::setLayout(const QString &window, const QByteArray &layout)
{
    m_store->setValue(window + u"/Layout"_s, layout);
}

QString WindowState::currentPage() const
{
    return m_store->value(u"MainWindow/Page"_s).toString();
}

void WindowState::setCurrentPage(const QString &page)
{
    m_store->setValue(u"MainWindow/Page"_s, page);
}

Result<void> WindowState::sync()
{
    m_store->sync();
    if (m_store->status() != QSettings::NoError)
        return fail({Error::Code::Io, tr("Could not save the window layout to %1.").arg(m_store->fileName()),
                     m_store->fileName()});
    return {};
}

} // namespace Akari
