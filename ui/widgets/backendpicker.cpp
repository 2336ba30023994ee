// SPDX-License-Identifier: GPL-3.0-or-later
#include "backendpicker.h"

#include <memory>
#include <utility>

#include <QEvent>
#include <QStandardItemModel>
#include <QStyle>
#include <QStyleOptionComboBox>

#include "core/backend/torchbackend.h"
#include "core/project/planbuilder.h"
#include "core/project/torchplan.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{
/// Why \a backend is not offered on \a os, for the disabled entry's tooltip.
QString notBuiltReason(const TorchBackend &backend, TargetPlatform::Os os)
{
    const QString system = TargetPlatform{.os = os}.displayName();
    switch (backend.kind()) {
    case TorchBackend::Kind::Cuda:
        return BackendPicker::tr("PyTorch publishes no CUDA builds for %1.").arg(system);
    case TorchBackend::Kind::Rocm:
        return BackendPicker::tr("PyTorch publishes no ROCm builds for %1.").arg(system);
    case TorchBackend::Kind::Xpu:
        return BackendPicker::tr("PyTorch publishes no Intel XPU builds for %1.").arg(system);
    case TorchBackend::Kind::Cpu:
        break;
    }
    return {};
}

QStandardItem *heading(const QString &text)
{
    auto *item = new QStandardItem(text);
    // Shown, but neither the mouse nor the keyboard can land on it.
    item->setFlags(item->flags() & ~(Qt::ItemIsSelectable | Qt::ItemIsEnabled));
    QFont font = item->font();
    font.setBold(true);
    item->setFont(font);
    return item;
}
} // namespace

BackendPicker::BackendPicker(QWidget *parent)
    : QComboBox(parent)
{
    // Grows with the longest entry, also after the language changes.
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // Qt re-activates the current entry when a click lands on a heading or a disabled entry;
    // only a change of entry is a choice. setBackendId() blocks signals, so it never counts.
    auto changed = std::make_shared<bool>(false);
    connect(this, &QComboBox::currentIndexChanged, this, [changed] { *changed = true; });
    connect(this, &QComboBox::activated, this, [this, changed](int index) {
        const QString id = itemData(index).toString();
        if (std::exchange(*changed, false) && !id.isEmpty())
            emit backendChosen(id);
    });
    populate();
}

bool BackendPicker::isBuiltFor(const QString &id, TargetPlatform::Os os)
{
    if (id == TorchPlan::PyPi)
        return true;
    return PlanBuilder::whereAvailable(id).at(os) == id;
}

void BackendPicker::setPlatform(std::optional<TargetPlatform::Os> os)
{
    if (os == m_platform)
        return;
    m_platform = os;
    populate();
}

void BackendPicker::setBackendId(const QString &id)
{
    const QSignalBlocker blocker(this);
    setCurrentIndex(id.isEmpty() ? -1 : findData(id));
}

QString BackendPicker::backendId() const
{
    return currentIndex() < 0 ? QString() : currentData().toString();
}

void BackendPicker::populate()
{
    auto *items = qobject_cast<QStandardItemModel *>(model());
    Q_ASSERT(items);
    const QSignalBlocker blocker(this);
    const QString current = backendId();
    clear();

    auto *pypi = new QStandardItem(tr("PyPI (default)"));
    pypi->setData(TorchPlan::PyPi, Qt::UserRole);
    pypi->setToolTip(tr("The builds on PyPI, the default index: CUDA builds on Linux, CPU-only builds on Windows, "
                        "and on macOS builds that use Apple GPUs through MPS."));
    items->appendRow(pypi);

    std::optional<TorchBackend::Kind> group;
    for (const TorchBackend &backend : TorchBackend::all()) {
        if (backend.kind() != TorchBackend::Kind::Cpu && backend.kind() != group) {
            group = backend.kind();
            switch (backend.kind()) {
            case TorchBackend::Kind::Cuda:
                items->appendRow(heading(tr("CUDA", "heading of the NVIDIA builds")));
                break;
            case TorchBackend::Kind::Rocm:
                items->appendRow(heading(tr("ROCm", "heading of the AMD builds")));
                break;
            case TorchBackend::Kind::Xpu:
                items->appendRow(heading(tr("Intel XPU", "heading of the Intel GPU builds")));
                break;
            case TorchBackend::Kind::Cpu:
                break;
            }
        }
        auto *item = new QStandardItem(backend.displayName());
        item->setData(backend.id(), Qt::UserRole);
        item->setToolTip(backend.description());
        if (m_platform && !isBuiltFor(backend.id(), *m_platform)) {
            // Listed all the same, so people see it exists and read why it is not offered here.
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setToolTip(notBuiltReason(backend, *m_platform));
        }
        items->appendRow(item);
    }
    setBackendId(current);
    updateMinimumWidth();
    setAccessibleDescription(tr("Where PyTorch comes from: PyPI's default builds, or one of PyTorch's own indexes "
                                "for CPU, NVIDIA CUDA, AMD ROCm or Intel XPU."));
}

void BackendPicker::updateMinimumWidth()
{
    // Never narrower than the longest name in this language and font: a clipped backend name
    // misleads. Measured here, with some air, since QComboBox's own hint runs short for CJK text.
    int widest = 0;
    for (int row = 0; row < count(); ++row)
        widest = std::max(widest, fontMetrics().horizontalAdvance(itemText(row)));
    QStyleOptionComboBox option;
    initStyleOption(&option);
    const QSize content(widest + fontMetrics().averageCharWidth(), fontMetrics().height());
    setMinimumWidth(
        std::max(sizeHint().width(), style()->sizeFromContents(QStyle::CT_ComboBox, &option, content, this).width()));
}

void BackendPicker::changeEvent(QEvent *event)
{
    // QComboBox drops its cached size hint on font and style changes: measure after it.
    QComboBox::changeEvent(event);
    switch (event->type()) {
    case QEvent::LanguageChange:
        populate();
        break;
    case QEvent::FontChange:
    case QEvent::StyleChange:
        updateMinimumWidth();
        break;
    default:
        break;
    }
}

} // namespace Akari
