// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QWidget>

#include "core/backend/targetplatform.h"
#include "core/project/torchplan.h"

class QGridLayout;
class QLabel;

namespace Akari
{

class BackendPicker;

/**
 * \brief The plan matrix: one row per PyTorch package, one column per platform (Linux,
 *        Windows, macOS), a BackendPicker in every cell.
 *
 * An "All packages" row of pickers sets a whole column; an "All platforms" column sets a
 * whole row (a backend goes where PyTorch builds it, see PlanBuilder::whereAvailable). Those
 * pickers show the common backend, or the placeholder "Mixed" when the cells differ.
 * Packages kept as written (PlanReading::keptPackages) are shown as rows without pickers:
 * a "Kept as written" label whose tooltip gives the reason. The widget only reports the
 * user's choices; the owner changes the plan and calls setPlan() again. Tab order runs row by
 * row, left to right. Every picker has an accessible name ("torch on Linux"). Texts follow
 * the language at run time.
 */
class PlanMatrixWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanMatrixWidget)

public:
    explicit PlanMatrixWidget(QWidget *parent = nullptr);

    /// Shows \a plan's packages and backends (PerPlatform; a Variants plan shows its packages
    /// with every cell on PyPI). \a kept maps kept packages to why they are kept (translated).
    void setPlan(const TorchPlan &plan, const QMap<QString, QString> &kept = {});

    /// The cell picker of \a package on \a os; null when there is no such row.
    [[nodiscard]] BackendPicker *picker(const QString &package, TargetPlatform::Os os) const;
    /// The "All platforms" picker of \a package's row.
    [[nodiscard]] BackendPicker *rowPicker(const QString &package) const;
    /// The "All packages" picker of \a os's column.
    [[nodiscard]] BackendPicker *columnPicker(TargetPlatform::Os os) const;

signals:
    void backendChosen(const QString &package, Akari::TargetPlatform::Os os, const QString &id);
    void rowChosen(const QString &package, const QString &id);
    void columnChosen(Akari::TargetPlatform::Os os, const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void retranslateUi();

    TorchPlan m_plan;
    QMap<QString, QString> m_kept;
    QGridLayout *m_grid;
};

} // namespace Akari
