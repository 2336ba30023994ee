// SPDX-License-Identifier: GPL-3.0-or-later
#include "variantseditor.h"

#include <algorithm>

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/backend/torchbackend.h"
#include "core/project/planbuilder.h"
#include "widgets/backendpicker.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{
enum Column : quint8
{
    BackendColumn,
    NameColumn,
    LinuxColumn,
    WindowsColumn,
    MacColumn,
    CommandColumn,
    ColumnCount,
};

int columnOf(TargetPlatform::Os os)
{
    return LinuxColumn + int(os);
}

/// The backend a variant offers: its one id besides PyPI ("pypi" when it has none).
QString backendOf(const TorchVariant &variant)
{
    for (const QString &id : variant.backends.ids) {
        if (id != TorchPlan::PyPi)
            return id;
    }
    return TorchPlan::PyPi;
}

QString backendName(const QString &id)
{
    const std::optional<TorchBackend> backend = TorchBackend::fromId(id);
    return backend ? backend->displayName() : VariantsEditor::tr("PyPI's default builds");
}

QString commandOf(const TorchVariant &variant)
{
    return (variant.kind == TorchVariant::Kind::Group ? u"uv sync --group %1"_s : u"uv sync --extra %1"_s)
        .arg(variant.name);
}

/// PEP 508 names, which extras and dependency groups are.
bool isValidName(const QString &name)
{
    static const QRegularExpression valid(u"^([a-z0-9]|[a-z0-9][a-z0-9._-]*[a-z0-9])$"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    return valid.match(name).hasMatch();
}
} // namespace

VariantsEditor::VariantsEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_addPicker(new BackendPicker(this))
    , m_addButton(new QPushButton(this))
    , m_removeButton(new QPushButton(this))
    , m_conflicts(new QLabel(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"variantsEditor"_s);
    m_table->setObjectName(u"variantsTable"_s);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CommandColumn, QHeaderView::Stretch);
    m_table->setTabKeyNavigation(false);
    // As tall as its rows, so the preview below gets the room.
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    m_addPicker->setObjectName(u"addVariantPicker"_s);
    m_addButton->setObjectName(u"addVariantButton"_s);
    m_addButton->setEnabled(false);
    m_removeButton->setObjectName(u"removeVariantButton"_s);
    m_removeButton->setEnabled(false);
    m_conflicts->setObjectName(u"variantsConflicts"_s);
    m_conflicts->setWordWrap(true);
    m_conflicts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(u"variantsStatus"_s);
    m_status->setWordWrap(true);
    m_status->hide();

    auto *addLabel = new QLabel(this);
    addLabel->setObjectName(u"addVariantLabel"_s);
    addLabel->setBuddy(m_addPicker);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(addLabel);
    buttons->addWidget(m_addPicker);
    buttons->addWidget(m_addButton);
    buttons->addStretch(1);
    buttons->addWidget(m_removeButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_conflicts);
    setTabOrder(m_table, m_addPicker);
    setTabOrder(m_addPicker, m_addButton);
    setTabOrder(m_addButton, m_removeButton);

    connect(m_addPicker, &QComboBox::currentIndexChanged, this,
            [this] { m_addButton->setEnabled(!m_addPicker->backendId().isEmpty()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_removeButton->setEnabled(!m_table->selectionModel()->selectedRows().isEmpty()); });

    // Every edit goes through here: refused edits show why and restore the table.
    auto apply = [this](const QList<TorchVariant> &variants, Refusal refusal = Refusal::None,
                        const QString &argument = {}) {
        m_refusal = refusal;
        m_refusalArgument = argument;
        m_status->setText(refusalText());
        m_status->setVisible(refusal != Refusal::None);
        const bool changed = refusal == Refusal::None && variants != m_variants;
        if (changed)
            m_variants = variants;
        rebuild();
        if (changed)
            emit variantsChosen(m_variants);
    };

    connect(m_addButton, &QPushButton::clicked, this, [this, apply] {
        const QString id = m_addPicker->backendId();
        if (id.isEmpty())
            return;
        for (const TorchVariant &variant : std::as_const(m_variants)) {
            if (backendOf(variant) == id)
                return apply(m_variants, Refusal::Offered, id);
            if (variant.name == id)
                return apply(m_variants, Refusal::NameTaken, id);
        }
        QList<TorchVariant> variants = m_variants;
        variants.append(
            TorchVariant{.name = id, .kind = TorchVariant::Kind::Extra, .backends = PlanBuilder::whereAvailable(id)});
        apply(variants);
    });
    connect(m_removeButton, &QPushButton::clicked, this, [this, apply] {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        if (rows.isEmpty() || rows.first().row() >= m_variants.size())
            return;
        QList<TorchVariant> variants = m_variants;
        variants.removeAt(rows.first().row());
        apply(variants);
    });
    // A row's picker writes its choice into the item under it, which lands in the handler below.
    auto changeBackend = [this, apply](QList<TorchVariant> variants, int row, const QString &id) {
        TorchVariant &variant = variants[row];
        const QString old = backendOf(variant);
        if (id.isEmpty() || id == old)
            return apply(m_variants);
        for (qsizetype other = 0; other < variants.size(); ++other) {
            if (other != row && backendOf(variants.at(other)) == id)
                return apply(m_variants, Refusal::Offered, id);
        }
        // Where the new backend is built, unless the user had turned the old one off there.
        PlatformBackends backends;
        for (const TargetPlatform::Os os : PlatformBackends::platforms()) {
            const bool turnedOff = BackendPicker::isBuiltFor(old, os) && variant.backends.at(os) != old;
            if (BackendPicker::isBuiltFor(id, os) && !turnedOff)
                backends.set(os, id);
        }
        variant.backends = backends;
        const bool nameFree = std::ranges::none_of(variants, [&](const TorchVariant &v) { return v.name == id; });
        if (variant.name == old && nameFree)
            variant.name = id;
        apply(variants);
    };
    connect(m_table, &QTableWidget::itemChanged, this, [this, apply, changeBackend](QTableWidgetItem *item) {
        const int row = item->row();
        if (row < 0 || row >= m_variants.size())
            return;
        QList<TorchVariant> variants = m_variants;
        TorchVariant &variant = variants[row];
        if (item->column() == NameColumn) {
            const QString name = item->text().trimmed();
            if (name == variant.name)
                return apply(variants);
            if (name.isEmpty())
                return apply(m_variants, Refusal::NameEmpty);
            if (!isValidName(name))
                return apply(m_variants, Refusal::NameInvalid, name);
            for (qsizetype other = 0; other < variants.size(); ++other) {
                if (other != row && variants.at(other).name == name)
                    return apply(m_variants, Refusal::NameTaken, name);
            }
            variant.name = name;
            return apply(variants);
        }
        if (item->column() == BackendColumn)
            return changeBackend(variants, row, item->data(Qt::UserRole).toString());
        for (const TargetPlatform::Os os : PlatformBackends::platforms()) {
            if (item->column() == columnOf(os))
                variant.backends.set(os, item->checkState() == Qt::Checked ? backendOf(variant) : TorchPlan::PyPi);
        }
        apply(variants);
    });

    rebuild();
    retranslateUi();
}

void VariantsEditor::setVariants(const QList<TorchVariant> &variants)
{
    m_variants = variants;
    rebuild();
}

void VariantsEditor::rebuild()
{
    const QSignalBlocker blocker(m_table);
    // Rows that stay keep their widgets, so the keyboard focus stays in the row it was in.
    m_table->setRowCount(int(m_variants.size()));
    for (int row = 0; row < m_variants.size(); ++row) {
        const TorchVariant &variant = m_variants.at(row);
        const QString id = backendOf(variant);
        auto itemAt = [this, row](int column) {
            QTableWidgetItem *item = m_table->item(row, column);
            if (!item) {
                item = new QTableWidgetItem;
                m_table->setItem(row, column, item);
            }
            return item;
        };
        auto *picker = qobject_cast<BackendPicker *>(m_table->cellWidget(row, BackendColumn));
        if (!picker) {
            picker = new BackendPicker(m_table);
            picker->setObjectName(u"variantPicker"_s);
            connect(picker, &BackendPicker::backendChosen, this, [this, picker](const QString &chosen) {
                for (int at = 0; at < m_table->rowCount(); ++at) {
                    if (m_table->cellWidget(at, BackendColumn) == picker)
                        m_table->item(at, BackendColumn)->setData(Qt::UserRole, chosen);
                }
            });
            m_table->setCellWidget(row, BackendColumn, picker);
        }
        picker->setBackendId(id);
        QTableWidgetItem *backend = itemAt(BackendColumn);
        backend->setData(Qt::UserRole, id);
        backend->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);

        QTableWidgetItem *name = itemAt(NameColumn);
        name->setText(variant.name);
        name->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable);
        for (const TargetPlatform::Os os : PlatformBackends::platforms()) {
            QTableWidgetItem *check = itemAt(columnOf(os));
            // A platform without builds of this backend has nothing to switch on, but what a
            // file already has (the guide's cu128 on macOS) can still be switched off.
            const bool switchable =
                id != TorchPlan::PyPi && (BackendPicker::isBuiltFor(id, os) || variant.backends.at(os) == id);
            Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
            if (switchable)
                flags |= Qt::ItemIsEnabled;
            check->setFlags(flags);
            check->setCheckState(variant.backends.at(os) == id ? Qt::Checked : Qt::Unchecked);
        }
        QTableWidgetItem *command = itemAt(CommandColumn);
        command->setText(commandOf(variant));
        command->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    }
    m_removeButton->setEnabled(!m_table->selectionModel()->selectedRows().isEmpty());
    // Never squeezed below its rows (up to a handful; more scroll), whatever else wants the room.
    m_table->resizeRowsToContents();
    constexpr int RowsAlwaysShown = 4;
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int row = 0; row < std::min(m_table->rowCount(), RowsAlwaysShown); ++row)
        height += m_table->rowHeight(row);
    m_table->setMinimumHeight(height);
    retranslateUi();
}

void VariantsEditor::retranslateUi()
{
    const QSignalBlocker blocker(m_table);
    QStringList headers{tr("Backend"), tr("Extra")};
    for (const TargetPlatform::Os os : PlatformBackends::platforms())
        headers.append(TargetPlatform{.os = os}.displayName());
    headers.append(tr("Command"));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setAccessibleName(tr("Variants"));
    m_table->setToolTip(tr("The backends the project offers; users choose one when they sync"));
    for (int row = 0; row < m_variants.size(); ++row) {
        const TorchVariant &variant = m_variants.at(row);
        const QString id = backendOf(variant);
        if (auto *picker = qobject_cast<BackendPicker *>(m_table->cellWidget(row, BackendColumn)))
            picker->setAccessibleName(tr("Backend of “%1”").arg(variant.name));
        if (QTableWidgetItem *name = m_table->item(row, NameColumn))
            name->setToolTip(variant.kind == TorchVariant::Kind::Group
                                 ? tr("The dependency group that selects this variant")
                                 : tr("The extra that selects this variant"));
        for (const TargetPlatform::Os os : PlatformBackends::platforms()) {
            QTableWidgetItem *check = m_table->item(row, columnOf(os));
            if (!check)
                continue;
            const QString system = TargetPlatform{.os = os}.displayName();
            check->setData(Qt::AccessibleTextRole, tr("“%1” on %2").arg(variant.name, system));
            if (id == TorchPlan::PyPi)
                check->setToolTip(tr("This variant uses PyPI's default builds everywhere."));
            else if (!BackendPicker::isBuiltFor(id, os))
                check->setToolTip(tr("PyTorch publishes no %1 builds for %2; this variant gets PyPI's builds there.")
                                      .arg(backendName(id), system));
            else
                check->setToolTip(tr("Whether “%1” uses %2 on %3; unchecked, %3 gets PyPI's default builds.")
                                      .arg(variant.name, backendName(id), system));
        }
        if (QTableWidgetItem *command = m_table->item(row, CommandColumn))
            command->setToolTip(tr("The command that installs this variant"));
    }

    if (auto *label = findChild<QLabel *>(u"addVariantLabel"_s))
        label->setText(tr("Add a &variant:"));
    m_addPicker->setPlaceholder(tr("Choose a backend"));
    m_addPicker->setAccessibleName(tr("Backend of the new variant"));
    m_addButton->setText(tr("&Add"));
    m_addButton->setToolTip(tr("Offer the chosen backend as a new extra"));
    m_removeButton->setText(tr("&Remove"));
    m_removeButton->setToolTip(tr("Remove the selected variant"));

    QStringList names;
    for (const TorchVariant &variant : std::as_const(m_variants))
        names.append(variant.name);
    if (names.size() > 1)
        m_conflicts->setText(tr("Akari keeps these extras apart with [tool.uv] conflicts: %1. uv resolves each on its "
                                "own, and only one can be installed at a time.")
                                 .arg(QLocale().createSeparatedList(names)));
    else if (names.size() == 1)
        m_conflicts->setText(tr("With a single variant, “%1”, Akari writes no conflicts: there is nothing to keep "
                                "apart.")
                                 .arg(names.first()));
    else
        m_conflicts->setText(tr("No variants yet: add a backend to offer it as an extra that users choose when they "
                                "sync."));
    m_status->setText(refusalText());
}

QString VariantsEditor::refusalText() const
{
    switch (m_refusal) {
    case Refusal::None:
        break;
    case Refusal::Offered:
        return tr("%1 is already offered.").arg(backendName(m_refusalArgument));
    case Refusal::NameTaken:
        return tr("Another variant is already called “%1”.").arg(m_refusalArgument);
    case Refusal::NameEmpty:
        return tr("A variant needs a name.");
    case Refusal::NameInvalid:
        return tr("“%1” cannot name an extra: use letters, digits, “-”, “_” and “.”, starting and ending with a "
                  "letter or digit.")
            .arg(m_refusalArgument);
    }
    return {};
}

void VariantsEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace Akari
