// SPDX-License-Identifier: GPL-3.0-or-later
#include "recommendationcard.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QVBoxLayout>

#include "core/backend/advisor.h"
#include "core/backend/torchbackend.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{
const QString PypiId = u"pypi"_s;
// uv's lists run to 28 entries; the card names the first few and the last, the tooltip all.
constexpr qsizetype ShownBackends = 4;

QString shortList(const QStringList &ids)
{
    if (ids.size() <= ShownBackends + 2)
        return ids.join(u", "_s);
    return u"%1, …, %2"_s.arg(ids.first(ShownBackends).join(u", "_s), ids.last());
}

/**
 * A row of controls that continues on the next line when the card is too narrow for it, so a
 * long translation or a large font makes the card taller instead of clipping or overlapping.
 * Items aligned right (QLayout::setAlignment) sit at the right end of their line.
 */
class WrappingRow final : public QLayout
{
public:
    WrappingRow() = default;
    ~WrappingRow() override
    {
        while (QLayoutItem *item = takeAt(0))
            delete item;
    }
    Q_DISABLE_COPY_MOVE(WrappingRow)

    void addItem(QLayoutItem *item) override { m_items.append(item); }
    [[nodiscard]] int count() const override { return static_cast<int>(m_items.size()); }
    [[nodiscard]] QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    [[nodiscard]] QLayoutItem *takeAt(int index) override
    {
        return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
    }
    [[nodiscard]] Qt::Orientations expandingDirections() const override { return {}; }
    [[nodiscard]] bool hasHeightForWidth() const override { return true; }
    [[nodiscard]] int heightForWidth(int width) const override { return arrange(QRect(0, 0, width, 0), false); }
    void setGeometry(const QRect &rect) override
    {
        QLayout::setGeometry(rect);
        arrange(rect, true);
    }
    /// All on one line.
    [[nodiscard]] QSize sizeHint() const override
    {
        QSize size;
        for (const QLayoutItem *item : visibleItems()) {
            const QSize hint = item->sizeHint();
            size.rwidth() += hint.width() + (size.width() > 0 ? std::max(spacing(), 0) : 0);
            size.rheight() = std::max(size.height(), hint.height());
        }
        return size + contentsMarginsSize();
    }
    /// One item a line.
    [[nodiscard]] QSize minimumSize() const override
    {
        QSize size(0, 0);
        for (const QLayoutItem *item : visibleItems())
            size = size.expandedTo(item->minimumSize());
        return size + contentsMarginsSize();
    }

private:
    [[nodiscard]] QList<QLayoutItem *> visibleItems() const
    {
        QList<QLayoutItem *> items;
        for (QLayoutItem *item : m_items) {
            if (!item->isEmpty())
                items.append(item);
        }
        return items;
    }

    [[nodiscard]] QSize contentsMarginsSize() const
    {
        const QMargins margins = contentsMargins();
        return {margins.left() + margins.right(), margins.top() + margins.bottom()};
    }

    /// Fills lines from the left, moves right-aligned items to the line's end, and centres
    /// the items of a line vertically; answers the height it took.
    int arrange(const QRect &rect, bool apply) const
    {
        const QRect area = rect.marginsRemoved(contentsMargins());
        const int gap = std::max(spacing(), 0);
        QList<QList<QLayoutItem *>> lines{{}};
        int x = 0;
        for (QLayoutItem *item : visibleItems()) {
            const int width = std::min(item->sizeHint().width(), area.width());
            if (!lines.last().isEmpty() && x + gap + width > area.width()) {
                lines.append(QList<QLayoutItem *>());
                x = 0;
            }
            x += (lines.last().isEmpty() ? 0 : gap) + width;
            lines.last().append(item);
        }
        int y = area.top();
        for (const QList<QLayoutItem *> &line : std::as_const(lines)) {
            int height = 0;
            for (const QLayoutItem *item : line)
                height = std::max(height, item->sizeHint().height());
            if (apply) {
                // The right-aligned items at the line's end go there; the rest from the start.
                qsizetype split = line.size();
                while (split > 0 && (line.at(split - 1)->alignment() & Qt::AlignRight))
                    --split;
                const auto place = [&](QLayoutItem *item, int left) {
                    const QSize hint = item->sizeHint();
                    const int width = std::min(hint.width(), area.width());
                    item->setGeometry(QRect(left, y + (height - hint.height()) / 2, width, hint.height()));
                    return width;
                };
                int left = area.left();
                for (qsizetype i = 0; i < split; ++i)
                    left += place(line.at(i), left) + gap;
                int right = area.right() + 1;
                for (qsizetype i = line.size() - 1; i >= split; --i) {
                    right -= std::min(line.at(i)->sizeHint().width(), area.width());
                    place(line.at(i), right);
                    right -= gap;
                }
            }
            y += height + (&line == &lines.last() ? 0 : gap);
        }
        return y - area.top() + contentsMarginsSize().height();
    }

    QList<QLayoutItem *> m_items;
};
} // namespace

RecommendationCard::RecommendationCard(QWidget *parent)
    : QFrame(parent)
    , m_heading(new QLabel(this))
    , m_platformLabel(new QLabel(this))
    , m_platform(new QComboBox(this))
    , m_waiting(new QLabel(this))
    , m_primary(new QLabel(this))
    , m_description(new QLabel(this))
    , m_uvBackends(new QLabel(this))
    , m_advice(new QWidget(this))
    , m_adviceLayout(new QVBoxLayout(m_advice))
    , m_useButton(new QPushButton(this))
{
    setObjectName(u"recommendationCard"_s);
    setFrameShape(QFrame::StyledPanel);
    // A card: the view colour of the theme on the window colour, both from the palette.
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);

    m_heading->setObjectName(u"recommendationHeading"_s);
    QFont headingFont = m_heading->font();
    headingFont.setWeight(QFont::DemiBold);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_platform->setObjectName(u"platformSelector"_s);
    m_platform->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_platformLabel->setBuddy(m_platform);
    m_waiting->setObjectName(u"recommendationWaiting"_s);
    m_waiting->setWordWrap(true);
    m_waiting->setForegroundRole(QPalette::PlaceholderText);
    m_primary->setObjectName(u"primaryBackend"_s);
    QFont primaryFont = m_primary->font();
    primaryFont.setPointSizeF(primaryFont.pointSizeF() * 1.6);
    primaryFont.setWeight(QFont::Bold);
    m_primary->setFont(primaryFont);
    m_primary->setWordWrap(true);
    m_primary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_description->setObjectName(u"primaryDescription"_s);
    m_description->setWordWrap(true);
    m_description->setForegroundRole(QPalette::PlaceholderText);
    m_uvBackends->setObjectName(u"uvBackends"_s);
    m_uvBackends->setWordWrap(true);
    m_uvBackends->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_advice->setObjectName(u"adviceList"_s);
    m_adviceLayout->setContentsMargins(0, 4, 0, 4);
    m_adviceLayout->setSpacing(6);
    m_useButton->setObjectName(u"useRecommendationButton"_s);
    m_useButton->setEnabled(false);

    connect(m_platform, &QComboBox::currentIndexChanged, this, [this] {
        m_platformChosen = true;
        recompute();
    });
    connect(m_useButton, &QPushButton::clicked, this, [this] {
        if (m_recommendation)
            emit useRecommendation(*m_recommendation);
    });

    // The choice of platform sits beside the action it changes, or above it when narrow.
    auto *bottom = new WrappingRow;
    bottom->addWidget(m_platformLabel);
    bottom->addWidget(m_platform);
    bottom->addWidget(m_useButton);
    bottom->setAlignment(m_useButton, Qt::AlignRight);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 12);
    layout->setSpacing(6);
    layout->addWidget(m_heading);
    layout->addWidget(m_waiting);
    layout->addWidget(m_primary);
    layout->addWidget(m_description);
    layout->addWidget(m_uvBackends);
    layout->addWidget(m_advice);
    layout->addStretch(1);
    layout->addSpacing(4);
    layout->addLayout(bottom);
    setTabOrder(m_platform, m_useButton);

    fillPlatforms();
    retranslateUi();
}

QString RecommendationCard::backendName(const QString &id)
{
    if (id == PypiId)
        return tr("Default PyPI builds");
    const std::optional<TorchBackend> backend = TorchBackend::fromId(id);
    return backend ? backend->displayName() : id;
}

TargetPlatform RecommendationCard::platform() const
{
    const auto os = static_cast<TargetPlatform::Os>(m_platform->currentData().toInt());
    if (m_report) {
        const TargetPlatform host = TargetPlatform::host(m_report->machine);
        if (host.os == os)
            return host;
    }
    return TargetPlatform{.os = os};
}

void RecommendationCard::setTargetOs(TargetPlatform::Os os)
{
    const int index = m_platform->findData(static_cast<int>(os));
    if (index >= 0)
        m_platform->setCurrentIndex(index);
}

void RecommendationCard::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    if (!m_report)
        showRecommendation();
}

void RecommendationCard::setReport(const HardwareReport &report)
{
    m_report = report;
    if (!m_platformChosen) {
        const QSignalBlocker blocker(m_platform);
        m_platform->setCurrentIndex(m_platform->findData(static_cast<int>(TargetPlatform::host(report.machine).os)));
    }
    fillPlatforms(); // "(this machine)" follows the report
    recompute();
}

void RecommendationCard::clearReport()
{
    m_report.reset();
    fillPlatforms();
    recompute();
}

void RecommendationCard::fillPlatforms()
{
    const QSignalBlocker blocker(m_platform);
    const int current = m_platform->currentIndex();
    const std::optional<TargetPlatform::Os> host =
        m_report ? std::optional(TargetPlatform::host(m_report->machine).os) : std::nullopt;
    const QList<std::pair<TargetPlatform::Os, QString>> platforms{{TargetPlatform::Os::Linux, tr("Linux")},
                                                                  {TargetPlatform::Os::Windows, tr("Windows")},
                                                                  {TargetPlatform::Os::MacOs, tr("macOS")}};
    m_platform->clear();
    for (const auto &[os, name] : platforms) {
        m_platform->addItem(os == host ? tr("%1 (this machine)", "platform").arg(name) : name, static_cast<int>(os));
    }
    m_platform->setCurrentIndex(std::max(current, 0));
    fitPlatformSelector();
}

void RecommendationCard::fitPlatformSelector()
{
    // Never narrower than its longest entry, or the card's column clips "(this machine)". Qt's
    // own size hint measures the letters' ink, which ends well before the text does after a
    // full-width "）"; measure what the text advances, as it is drawn.
    const QFontMetrics metrics = m_platform->fontMetrics();
    int textWidth = 0;
    for (int i = 0; i < m_platform->count(); ++i)
        textWidth = std::max(textWidth, metrics.horizontalAdvance(m_platform->itemText(i)));
    QStyleOptionComboBox option; // what initStyleOption() (protected) would fill in for the size
    option.initFrom(m_platform);
    option.frame = m_platform->hasFrame();
    option.iconSize = m_platform->iconSize();
    // Room on both sides of the text, as the style leaves around a focus frame.
    const int margins = 2 * (m_platform->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, &option, m_platform) + 1);
    const QSize contents(textWidth + margins, metrics.height());
    const int width = m_platform->style()->sizeFromContents(QStyle::CT_ComboBox, &option, contents, m_platform).width();
    m_platform->setMinimumWidth(std::max(width, m_platform->sizeHint().width()));
}

void RecommendationCard::recompute()
{
    m_recommendation.reset();
    if (m_report)
        m_recommendation = Advisor::recommend(*m_report, platform());
    showRecommendation();
}

void RecommendationCard::clearAdvice()
{
    while (QLayoutItem *item = m_adviceLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void RecommendationCard::showRecommendation()
{
    clearAdvice();
    m_useButton->setEnabled(m_recommendation.has_value());
    m_platform->setEnabled(m_report.has_value());
    m_waiting->setVisible(!m_recommendation);
    m_primary->setVisible(m_recommendation.has_value());
    m_description->setVisible(m_recommendation.has_value());
    m_uvBackends->setVisible(m_recommendation.has_value());
    m_advice->setVisible(m_recommendation && !m_recommendation->advice.isEmpty());
    if (!m_recommendation) {
        m_waiting->setText(m_placeholder.isEmpty() ? tr("Waiting for detection…") : m_placeholder);
        m_primary->clear();
        m_description->clear();
        m_uvBackends->clear();
        m_uvBackends->setToolTip(QString());
        return;
    }
    m_waiting->clear();
    const Recommendation &recommendation = *m_recommendation;
    m_primary->setText(backendName(recommendation.primary));
    const std::optional<TorchBackend> backend = TorchBackend::fromId(recommendation.primary);
    m_description->setText(backend ? backend->description()
                                   : tr("The builds that PyPI, the default index, serves to everyone; on Apple "
                                        "Silicon they use the GPU through MPS."));

    const QStringList &ids = recommendation.backends;
    if (!ids.isEmpty()) {
        m_uvBackends->setText(tr("uv would try: %1", "the ordered list of PyTorch index ids").arg(shortList(ids)));
        m_uvBackends->setToolTip(tr("With --torch-backend=auto, uv tries these %n index(es) in this order: %1", nullptr,
                                    static_cast<int>(ids.size()))
                                     .arg(ids.join(u", "_s)));
    } else if (m_report->accelerator.uvError) {
        m_uvBackends->setText(tr("uv would stop with an error: %1").arg(m_report->accelerator.uvError->toString()));
        m_uvBackends->setToolTip(QString());
    } else {
        m_uvBackends->setText(tr("uv would try no PyTorch index."));
        m_uvBackends->setToolTip(QString());
    }

    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    for (const Advice &advice : recommendation.advice) {
        auto *row = new QWidget(m_advice);
        row->setObjectName(u"advice"_s);
        row->setProperty("adviceId", advice.id);
        const bool warning = advice.severity == Advice::Severity::Warning;
        auto *icon = new QLabel(row);
        icon->setObjectName(u"adviceIcon"_s);
        icon->setPixmap(
            style()
                ->standardIcon(warning ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation, nullptr, this)
                .pixmap(iconSize, iconSize));
        icon->setAccessibleName(warning ? tr("Warning") : tr("Information"));
        auto *text = new QLabel(advice.text, row);
        text->setObjectName(u"adviceText"_s);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        rowLayout->addWidget(icon, 0, Qt::AlignTop);
        rowLayout->addWidget(text, 1);
        m_adviceLayout->addWidget(row);
    }
}

void RecommendationCard::retranslateUi()
{
    m_heading->setText(tr("Recommended PyTorch build"));
    m_platformLabel->setText(tr("&Platform:"));
    m_platform->setAccessibleName(tr("Target platform"));
    m_platform->setToolTip(tr("The operating system the PyTorch build is for; uv’s choice depends on it."));
    m_useButton->setText(tr("&Use This"));
    m_useButton->setAccessibleName(tr("Use this recommendation"));
    m_useButton->setToolTip(tr("Take this build to the project, where the project editor applies it"));
    m_advice->setAccessibleName(tr("Reasons and advice"));
    fillPlatforms();
    recompute(); // the Advisor's reasons are translated when it runs
}

void RecommendationCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitPlatformSelector(); // the texts' widths change with the font
    QFrame::changeEvent(event);
}

} // namespace Akari
