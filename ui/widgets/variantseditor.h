// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

#include "core/project/torchplan.h"

class QLabel;
class QTableWidget;
class QPushButton;

namespace Akari
{

class BackendPicker;

/**
 * \brief Variants mode: the backends a project offers as extras, chosen at sync time
 *        (`uv sync --extra cu128`), and the conflicts that keep them apart.
 *
 * A table with one row per variant: its backend (a BackendPicker), the extra's name, a
 * check box per platform (unchecked: that platform falls back to PyPI's builds, as for
 * CUDA on macOS), and the command that selects it. Below: a BackendPicker and "Add" to add a
 * variant (a backend already offered is refused with a status message), "Remove" for the
 * selected row, and a plain sentence on the conflicts (`[tool.uv] conflicts`) Akari writes
 * for the user: the extras exclude each other, so uv resolves each separately and only one
 * can be installed at a time. A new variant is named after its backend id, covers every
 * platform PyTorch builds it for (PlanBuilder::whereAvailable) and is an extra; changing a
 * row's backend renames the variant when its name was the old backend id, and keeps a
 * custom name. The widget reports the user's edits; the owner calls setVariants() again.
 */
class VariantsEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VariantsEditor)

public:
    explicit VariantsEditor(QWidget *parent = nullptr);

    /// No signal.
    void setVariants(const QList<TorchVariant> &variants);
    [[nodiscard]] QList<TorchVariant> variants() const { return m_variants; }

    // For tests: the parts a user operates.
    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] BackendPicker *addPicker() const { return m_addPicker; }
    [[nodiscard]] QPushButton *addButton() const { return m_addButton; }
    [[nodiscard]] QPushButton *removeButton() const { return m_removeButton; }
    [[nodiscard]] QLabel *conflictsLabel() const { return m_conflicts; }

signals:
    void variantsChosen(const QList<Akari::TorchVariant> &variants);

protected:
    void changeEvent(QEvent *event) override;

private:
    // Why the last edit was refused; kept as a code so the message follows the language.
    enum class Refusal : quint8
    {
        None,
        Offered,
        NameTaken,
        NameEmpty,
        NameInvalid,
    };

    void rebuild();
    void retranslateUi();
    [[nodiscard]] QString refusalText() const;

    QList<TorchVariant> m_variants;
    Refusal m_refusal = Refusal::None;
    QString m_refusalArgument; ///< the backend id or name the refusal is about
    QTableWidget *m_table;
    BackendPicker *m_addPicker;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QLabel *m_conflicts;
    QLabel *m_status;
};

} // namespace Akari
