// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QFrame>
#include <QList>

#include "core/backend/recommendation.h"
#include "core/backend/targetplatform.h"
#include "core/hardware/hardwarereport.h"

class QComboBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace Akari
{

/**
 * \brief The PyTorch build Akari recommends, the indexes uv would try, and why.
 *
 * Shows the primary backend's name large, its description, uv's own ordered list of
 * indexes, and every piece of advice with an information or warning icon from the style.
 * A platform selector (this machine by default) asks the Advisor again for Linux, Windows
 * or macOS; the Advisor is pure and fast, so this happens on the spot. "Use This" hands
 * the shown recommendation on through useRecommendation().
 */
class RecommendationCard final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecommendationCard)

public:
    explicit RecommendationCard(QWidget *parent = nullptr);

    /// Advises on \a report. The platform selector follows the report's machine until the
    /// user picks another platform.
    void setReport(const HardwareReport &report);
    /// Back to "waiting for detection".
    void clearReport();
    [[nodiscard]] bool hasReport() const { return m_report.has_value(); }
    [[nodiscard]] std::optional<Recommendation> recommendation() const { return m_recommendation; }
    /// The platform the card advises for (with the machine's musl flag when it is the host's OS).
    [[nodiscard]] TargetPlatform platform() const;
    /// Selects the target OS as the platform selector would.
    void setTargetOs(TargetPlatform::Os os);
    /// What the card says while it has no report (translated by the caller); empty: "Waiting for detection…".
    void setPlaceholderText(const QString &text);

    /// A backend id ("cu129", "cpu") or "pypi" as people read it ("CUDA 12.9", "CPU", …), translated.
    [[nodiscard]] static QString backendName(const QString &id);

signals:
    void useRecommendation(const Akari::Recommendation &recommendation);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillPlatforms();
    /// Makes the platform selector wide enough for every entry in the current language and font.
    void fitPlatformSelector();
    /// Asks the Advisor again (platform or language changed) and shows the answer.
    void recompute();
    void showRecommendation();
    void clearAdvice();

    std::optional<HardwareReport> m_report;
    std::optional<Recommendation> m_recommendation;
    bool m_platformChosen = false; ///< the user picked a platform: keep it across detections
    QString m_placeholder;

    QLabel *m_heading;
    QLabel *m_platformLabel;
    QComboBox *m_platform;
    QLabel *m_waiting; ///< instead of the primary while there is no report
    QLabel *m_primary;
    QLabel *m_description;
    QLabel *m_uvBackends;
    QWidget *m_advice;
    QVBoxLayout *m_adviceLayout;
    QPushButton *m_useButton;
};

} // namespace Akari
