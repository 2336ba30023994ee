// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QComboBox>

#include "core/backend/targetplatform.h"

namespace Akari
{

/**
 * \brief A combo box of PyTorch backends: PyPI's default builds, CPU, every CUDA, every
 *        ROCm and Intel XPU, grouped under headings, newest first.
 *
 * Each entry's tooltip is the backend's one-line explanation (TorchBackend::description);
 * headings are not selectable. With a platform set, backends PyTorch does not build for it
 * (CUDA and XPU on macOS, ROCm on Windows and macOS) stay listed but disabled, their tooltip
 * saying why. An empty backendId() shows the placeholder (e.g. "Mixed" in a whole-row
 * picker). The item data (Qt::UserRole) is the backend id ("pypi", "cpu", "cu128", …).
 * Texts follow the language at run time. backendChosen() fires only for the user's choices.
 */
class BackendPicker final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackendPicker)

public:
    explicit BackendPicker(QWidget *parent = nullptr);

    /// Limits the choices to what PyTorch builds for \a os; nullopt: every backend enabled.
    void setPlatform(std::optional<TargetPlatform::Os> os);
    [[nodiscard]] std::optional<TargetPlatform::Os> platform() const { return m_platform; }
    /// Shows \a id ("pypi", a TorchBackend id) or, when empty or unknown, the placeholder. No signal.
    void setBackendId(const QString &id);
    /// The chosen id; empty while the placeholder shows.
    [[nodiscard]] QString backendId() const;
    /// The text shown while no backend is chosen (already translated; set again on language change).
    void setPlaceholder(const QString &text) { setPlaceholderText(text); }
    /// Whether PyTorch builds \a id for \a os ("pypi" and "cpu" everywhere).
    [[nodiscard]] static bool isBuiltFor(const QString &id, TargetPlatform::Os os);

signals:
    /// The user picked \a id (mouse or keyboard); never emitted by setBackendId().
    void backendChosen(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void populate();
    void updateMinimumWidth();

    std::optional<TargetPlatform::Os> m_platform;
};

} // namespace Akari
