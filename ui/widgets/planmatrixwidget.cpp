// SPDX-License-Identifier: GPL-3.0-or-later
#include "planmatrixwidget.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>

#include "core/project/planbuilder.h"
#include "widgets/backendpicker.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{
constexpr int PackageColumn = 0;
constexpr int FirstPlatformColumn = 1;
constexpr int RowPickerColumn = FirstPlatformColumn + PlatformBackends::PlatformCount;
constexpr int HeaderRow = 0;
constexpr int ColumnPickerRow = 1;
constexpr int FirstPackageRow = 2;

/// "linux", "windows", "macos": the stable part of object names.
QString osKey(TargetPlatform::Os os)
{
    return TargetPlatform{.os = os}.name();
}

/// What a whole-row picker shows: the backend whose choice gives exactly this row, or nothing.
QString rowValue(const PlatformBackends &row)
{
    const QString first = row.at(TargetPlatform::Os::Linux);
    if (PlanBuilder::whereAvailable(first) == row || row.isUniform())
        return first;
    return {};
}
} // namespace

PlanMatrixWidget::PlanMatrixWidget(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
{
    setObjectName(u"planMatrix"_s);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(RowPickerColumn + 1, 1);

    // The header (its corner left empty) and the "All packages" row stay; rebuild() replaces
    // the package rows.
    const auto platforms = PlatformBackends::platforms();
    auto header = [this](const QString &name, int column) {
        auto *label = new QLabel(this);
        label->setObjectName(name);
        QFont font = label->font();
        font.setWeight(QFont::DemiBold);
        label->setFont(font);
        m_grid->addWidget(label, HeaderRow, column);
    };
    for (int i = 0; i < PlatformBackends::PlatformCount; ++i)
        header(u"platformHeader-%1"_s.arg(osKey(platforms[i])), FirstPlatformColumn + i);
    header(u"allPlatformsHeader"_s, RowPickerColumn);

    auto *allPackages = new QLabel(this);
    allPackages->setObjectName(u"allPackagesLabel"_s);
    m_grid->addWidget(allPackages, ColumnPickerRow, PackageColumn);
    for (int i = 0; i < PlatformBackends::PlatformCount; ++i) {
        const TargetPlatform::Os os = platforms[i];
        auto *column = new BackendPicker(this);
        column->setObjectName(u"columnPicker-%1"_s.arg(osKey(os)));
        column->setPlatform(os);
        connect(column, &BackendPicker::backendChosen, this,
                [this, os](const QString &id) { emit columnChosen(os, id); });
        m_grid->addWidget(column, ColumnPickerRow, FirstPlatformColumn + i);
    }
    rebuild();
}

BackendPicker *PlanMatrixWidget::picker(const QString &package, TargetPlatform::Os os) const
{
    return findChild<BackendPicker *>(u"picker-%1-%2"_s.arg(package, osKey(os)));
}

BackendPicker *PlanMatrixWidget::rowPicker(const QString &package) const
{
    return findChild<BackendPicker *>(u"rowPicker-%1"_s.arg(package));
}

BackendPicker *PlanMatrixWidget::columnPicker(TargetPlatform::Os os) const
{
    return findChild<BackendPicker *>(u"columnPicker-%1"_s.arg(osKey(os)));
}

void PlanMatrixWidget::setPlan(const TorchPlan &plan, const QMap<QString, QString> &kept)
{
    const bool sameRows = plan.packages() == m_plan.packages() && kept.keys() == m_kept.keys();
    m_plan = plan;
    m_kept = kept;
    if (sameRows) {
        // The same rows: keep the pickers (and the keyboard focus) and only show the new values.
        const auto rows = findChildren<QLabel *>(u"keptLabel"_s);
        for (QLabel *label : rows)
            label->setToolTip(m_kept.value(label->property("package").toString()));
        retranslateUi();
        return;
    }
    rebuild();
}

void PlanMatrixWidget::rebuild()
{
    // The pickers may be the sender of the signal that led here: let them go later.
    for (int index = m_grid->count() - 1; index >= 0; --index) {
        int row = 0;
        int column = 0;
        int rowSpan = 0;
        int columnSpan = 0;
        m_grid->getItemPosition(index, &row, &column, &rowSpan, &columnSpan);
        if (row < FirstPackageRow)
            continue;
        QLayoutItem *item = m_grid->takeAt(index);
        if (QWidget *widget = item->widget()) {
            widget->hide();
            widget->setObjectName(QString());
            widget->deleteLater();
        }
        delete item;
    }
    for (int row = FirstPackageRow; row < m_grid->rowCount(); ++row)
        m_grid->setRowStretch(row, 0);

    const auto platforms = PlatformBackends::platforms();
    QList<QWidget *> tabOrder;
    for (const TargetPlatform::Os os : platforms)
        tabOrder.append(columnPicker(os));

    int row = FirstPackageRow;
    for (const QString &package : m_plan.packages()) {
        auto *name = new QLabel(package, this);
        name->setObjectName(u"packageLabel-%1"_s.arg(package));
        m_grid->addWidget(name, row, PackageColumn);
        for (int i = 0; i < PlatformBackends::PlatformCount; ++i) {
            const TargetPlatform::Os os = platforms[i];
            auto *cell = new BackendPicker(this);
            cell->setObjectName(u"picker-%1-%2"_s.arg(package, osKey(os)));
            cell->setPlatform(os);
            connect(cell, &BackendPicker::backendChosen, this,
                    [this, package, os](const QString &id) { emit backendChosen(package, os, id); });
            m_grid->addWidget(cell, row, FirstPlatformColumn + i);
            tabOrder.append(cell);
        }
        auto *whole = new BackendPicker(this);
        whole->setObjectName(u"rowPicker-%1"_s.arg(package));
        connect(whole, &BackendPicker::backendChosen, this,
                [this, package](const QString &id) { emit rowChosen(package, id); });
        m_grid->addWidget(whole, row, RowPickerColumn);
        tabOrder.append(whole);
        name->setBuddy(tabOrder.at(tabOrder.size() - PlatformBackends::PlatformCount - 1));
        ++row;
    }

    for (auto it = m_kept.cbegin(); it != m_kept.cend(); ++it) {
        if (m_plan.packages().contains(it.key()))
            continue;
        auto *name = new QLabel(it.key(), this);
        name->setObjectName(u"packageLabel-%1"_s.arg(it.key()));
        m_grid->addWidget(name, row, PackageColumn);
        auto *kept = new QLabel(this);
        kept->setObjectName(u"keptLabel"_s);
        kept->setProperty("package", it.key());
        kept->setForegroundRole(QPalette::PlaceholderText);
        kept->setToolTip(it.value());
        m_grid->addWidget(kept, row, FirstPlatformColumn, 1, PlatformBackends::PlatformCount + 1);
        ++row;
    }
    m_grid->setRowStretch(row, 1);

    for (qsizetype i = 1; i < tabOrder.size(); ++i)
        setTabOrder(tabOrder.at(i - 1), tabOrder.at(i));
    retranslateUi();
}

void PlanMatrixWidget::retranslateUi()
{
    const auto platforms = PlatformBackends::platforms();
    for (const TargetPlatform::Os os : platforms) {
        if (auto *label = findChild<QLabel *>(u"platformHeader-%1"_s.arg(osKey(os))))
            label->setText(TargetPlatform{.os = os}.displayName());
    }
    if (auto *label = findChild<QLabel *>(u"allPlatformsHeader"_s))
        label->setText(tr("All platforms"));
    if (auto *label = findChild<QLabel *>(u"allPackagesLabel"_s))
        label->setText(tr("All packages"));

    const bool perPlatform = m_plan.mode() == TorchPlan::Mode::PerPlatform;
    auto backendsOf = [&](const QString &package) {
        return perPlatform ? m_plan.backends(package) : PlatformBackends::uniform(TorchPlan::PyPi);
    };
    for (const TargetPlatform::Os os : platforms) {
        BackendPicker *column = columnPicker(os);
        if (!column)
            continue;
        QString common;
        for (qsizetype i = 0; i < m_plan.packages().size(); ++i) {
            const QString id = backendsOf(m_plan.packages().at(i)).at(os);
            common = i == 0 || id == common ? id : QString();
            if (common.isEmpty())
                break;
        }
        column->setPlaceholder(tr("Mixed", "the packages use different backends"));
        column->setBackendId(common);
        column->setEnabled(!m_plan.packages().isEmpty());
        const QString system = TargetPlatform{.os = os}.displayName();
        column->setAccessibleName(tr("All packages on %1").arg(system));
        column->setToolTip(tr("Choose the backend of every package on %1").arg(system));
    }
    for (const QString &package : m_plan.packages()) {
        const PlatformBackends row = backendsOf(package);
        for (const TargetPlatform::Os os : platforms) {
            BackendPicker *cell = picker(package, os);
            cell->setPlaceholder(tr("Choose…", "a backend"));
            cell->setBackendId(row.at(os));
            cell->setAccessibleName(
                tr("%1 on %2", "package on platform").arg(package, TargetPlatform{.os = os}.displayName()));
        }
        BackendPicker *whole = rowPicker(package);
        whole->setPlaceholder(tr("Mixed", "the platforms use different backends"));
        whole->setBackendId(rowValue(row));
        whole->setAccessibleName(tr("%1 on all platforms").arg(package));
        whole->setToolTip(tr("Choose the backend of %1 on every platform PyTorch builds it for").arg(package));
    }
    const auto keptLabels = findChildren<QLabel *>(u"keptLabel"_s);
    for (QLabel *label : keptLabels) {
        label->setText(tr("Kept as written"));
        label->setAccessibleDescription(label->toolTip());
    }
}

void PlanMatrixWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace Akari
