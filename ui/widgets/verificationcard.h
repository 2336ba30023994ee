// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QFrame>

#include "core/install/environmentverifier.h"

class QLabel;

namespace Akari
{

class FactsView;

/**
 * \brief What the environment's own Python said after a sync: the PyTorch version, what it was
 *        built for (CUDA, ROCm or CPU only), whether it sees a GPU and which, and the imports
 *        that failed; or why verifying failed.
 */
class VerificationCard final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerificationCard)

public:
    explicit VerificationCard(QWidget *parent = nullptr);

    void setVerification(const EnvironmentVerification &verification);
    /// Verifying itself failed (Python did not run or answered nonsense); \a message is translated.
    void setFailure(const QString &message);
    void clear();

    /// The headline, e.g. "The environment works".
    [[nodiscard]] QString headline() const;
    /// A row's text: "torch", "build", "gpu", "imports", "python".
    [[nodiscard]] QString value(const QString &row) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void showContent();
    void retranslateUi();

    std::optional<EnvironmentVerification> m_verification;
    QString m_failure;
    QLabel *m_headline;
    FactsView *m_facts;
};

} // namespace Akari
