// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "../error.h"

class QSettings;

namespace Akari
{

/**
 * \brief Window and dialog layout (geometry, splitters, last page), kept apart from Settings.
 *
 * Stored in its own INI file under the state directory so that layout churn never touches
 * the user's preferences and either can be reset alone. Main thread only.
 */
class WindowState final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::WindowState)
    Q_DISABLE_COPY_MOVE(WindowState)

public:
    explicit WindowState(const QString &filePath);
    ~WindowState();

    /// <data dir>/akari/state.ini.
    [[nodiscard]] static QString defaultFilePath();

    [[nodiscard]] QByteArray geometry(const QString &window) const;
    void setGeometry(const QString &window, const QByteArray &geometry);
    [[nodiscard]] QByteArray layout(const QString &window) const;
    void setLayout(const QString &window, const QByteArray &layout);
    [[nodiscard]] QString currentPage() const;
    void setCurrentPage(const QString &page);
    /// Writes pending changes now; an Io error naming the file when that fails.
    Result<void> sync();

private:
    std::unique_ptr<QSettings> m_store;
};

} // namespace Akari
