// SPDX-License-Identifier: GPL-3.0-or-later
// The recommendation card: Akari's pick, uv's own list, the reasons, the platform selector, Use This.
#include <QComboBox>
#include <QLabel>
#include <QLayout>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTest>

#include "core/backend/torchbackend.h"
#include "core/i18n/languagemanager.h"
#include "widgets/recommendationcard.h"

using namespace Qt::Literals::StringLiterals;
using Akari::HardwareReport;
using Akari::RecommendationCard;
using Akari::TargetPlatform;

namespace
{
// An NVIDIA desktop whose driver sits between the Linux (525.60.13) and Windows (528.33)
// minimums for the CUDA 12 builds (UV-TORCH-FACTS.md §2.3): the two OS tables disagree.
HardwareReport nvidiaMachine(Akari::SystemInfo::OsFamily os, const QString &driver = u"527.41"_s)
{
    HardwareReport report;
    report.machine.hostName = u"workstation"_s;
    report.machine.osFamily = os;
    report.machine.architecture = u"x86_64"_s;
    report.accelerator.kind = Akari::UvAccelerator::Kind::Cuda;
    report.accelerator.driverVersion = Akari::Version::parse(driver).value();
    report.accelerator.source = u"/sys/module/nvidia/version"_s;
    report.nvidiaDriverVersion = driver;
    report.gpus.append(Akari::GpuInfo{.vendor = Akari::GpuVendor::Nvidia,
                                      .name = u"NVIDIA GeForce RTX 4090"_s,
                                      .driverVersion = driver,
                                      .memoryMib = 24564,
                                      .computeCapability = u"8.9"_s,
                                      .pciBusId = u"0000:01:00.0"_s,
                                      .index = 0,
                                      .integrated = false,
                                      .source = u"nvidia-smi"_s});
    return report;
}

QString labelText(const RecommendationCard &card, const QString &name)
{
    const auto *label = card.findChild<QLabel *>(name);
    return label ? label->text() : u"<no label %1>"_s.arg(name);
}

// The room the style leaves for the text of \a combo at its present size.
QRect textField(const QComboBox *combo)
{
    QStyleOptionComboBox option;
    option.initFrom(combo);
    option.frame = combo->hasFrame();
    option.subControls = QStyle::SC_All;
    return combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
}

QString displayName(const QString &id)
{
    const auto backend = Akari::TorchBackend::fromId(id);
    return backend ? backend->displayName() : u"<unknown backend %1>"_s.arg(id);
}
} // namespace

class TestRecommendationCard : public QObject
{
    Q_OBJECT

private slots:
    void shouldWaitForAReport()
    {
        RecommendationCard card;
        card.show();
        QVERIFY(!card.hasReport());
        QVERIFY(!card.recommendation());
        QCOMPARE(labelText(card, u"recommendationWaiting"_s), u"Waiting for detection…"_s);
        QVERIFY(!card.findChild<QLabel *>(u"primaryBackend"_s)->isVisible());
        QVERIFY(!card.findChild<QLabel *>(u"uvBackends"_s)->isVisible());
        auto *use = card.findChild<QPushButton *>(u"useRecommendationButton"_s);
        QVERIFY(!use->isEnabled());
        QSignalSpy used(&card, &RecommendationCard::useRecommendation);
        QTest::mouseClick(use, Qt::LeftButton);
        QCOMPARE(used.count(), 0);
    }

    void shouldShowThePrimaryAndUvsList()
    {
        RecommendationCard card;
        card.show();
        card.setReport(nvidiaMachine(Akari::SystemInfo::OsFamily::Linux));
        QVERIFY(card.recommendation());
        const Akari::Recommendation recommendation = *card.recommendation();
        QCOMPARE(recommendation.platform.os, TargetPlatform::Os::Linux);
        // Driver 527.41 on Linux: cu129 down to cu80, then cpu (26 indexes).
        QCOMPARE(recommendation.backends.size(), 26);
        QCOMPARE(recommendation.primary, u"cu129"_s); // an RTX 4090 runs the newest build the driver allows
        QCOMPARE(labelText(card, u"primaryBackend"_s), u"CUDA 12.9"_s);
        QVERIFY(card.findChild<QLabel *>(u"primaryBackend"_s)->isVisible());
        QVERIFY(!card.findChild<QLabel *>(u"recommendationWaiting"_s)->isVisible());
        QCOMPARE(labelText(card, u"primaryDescription"_s), Akari::TorchBackend::fromId(u"cu129"_s)->description());
        QCOMPARE(labelText(card, u"uvBackends"_s), u"uv would try: cu129, cu128, cu126, cu125, …, cpu"_s);
        const QString tip = card.findChild<QLabel *>(u"uvBackends"_s)->toolTip();
        QVERIFY2(tip.contains(u"26 index"_s), qPrintable(tip)); // "indexes" once the English plurals are loaded
        QVERIFY2(tip.endsWith(u"cu129, cu128, cu126, cu125, cu124, cu123, cu122, cu121, cu120, cu118, cu117, cu116, "
                              u"cu115, cu114, cu113, cu112, cu111, cu110, cu102, cu101, cu100, cu92, cu91, cu90, "
                              u"cu80, cpu"_s),
                 qPrintable(tip));
        QVERIFY(card.findChild<QPushButton *>(u"useRecommendationButton"_s)->isEnabled());
    }

    void shouldShowEveryPieceOfAdviceWithItsIcon()
    {
        RecommendationCard card;
        card.show();
        // A GPU that CUDA_VISIBLE_DEVICES hides gives advice whatever else the Advisor says.
        HardwareReport report = nvidiaMachine(Akari::SystemInfo::OsFamily::Linux);
        report.cudaVisibleDevices = u""_s;
        report.gpus.first().visible = false;
        card.setReport(report);
        const QList<Akari::Advice> advice = card.recommendation()->advice;
        QVERIFY(!advice.isEmpty());
        const QList<QWidget *> rows = card.findChild<QWidget *>(u"adviceList"_s)
                                          ->findChildren<QWidget *>(u"advice"_s, Qt::FindDirectChildrenOnly);
        QCOMPARE(rows.size(), advice.size());
        const int size = card.style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, &card);
        for (qsizetype index = 0; index < advice.size(); ++index) {
            const Akari::Advice &expected = advice.at(index);
            QWidget *row = rows.at(index);
            QCOMPARE(row->property("adviceId").toString(), expected.id);
            QCOMPARE(row->findChild<QLabel *>(u"adviceText"_s)->text(), expected.text);
            QVERIFY(row->findChild<QLabel *>(u"adviceText"_s)->wordWrap());
            const bool warning = expected.severity == Akari::Advice::Severity::Warning;
            const QLabel *icon = row->findChild<QLabel *>(u"adviceIcon"_s);
            QCOMPARE(icon->accessibleName(), warning ? u"Warning"_s : u"Information"_s);
            const QImage shown = icon->pixmap().toImage();
            const QImage style =
                card.style()
                    ->standardIcon(warning ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation)
                    .pixmap(size, size)
                    .toImage();
            QCOMPARE(shown, style);
        }
    }

    void shouldAskAgainForAnotherPlatform_data()
    {
        QTest::addColumn<int>("os");
        QTest::addColumn<QString>("first");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("shown");
        // UV-TORCH-FACTS.md §2.2/§2.3: Windows needs 528.33 for CUDA 12; macOS only gets cpu.
        QTest::newRow("windows") << int(TargetPlatform::Os::Windows) << u"cu118"_s << 17
                                 << u"uv would try: cu118, cu117, cu116, cu115, …, cpu"_s;
        QTest::newRow("macos") << int(TargetPlatform::Os::MacOs) << u"cpu"_s << 1 << u"uv would try: cpu"_s;
        QTest::newRow("linux") << int(TargetPlatform::Os::Linux) << u"cu129"_s << 26
                               << u"uv would try: cu129, cu128, cu126, cu125, …, cpu"_s;
    }

    void shouldAskAgainForAnotherPlatform()
    {
        QFETCH(int, os);
        QFETCH(QString, first);
        QFETCH(int, count);
        QFETCH(QString, shown);
        RecommendationCard card;
        card.show();
        card.setReport(nvidiaMachine(Akari::SystemInfo::OsFamily::Linux));
        auto *selector = card.findChild<QComboBox *>(u"platformSelector"_s);
        QVERIFY(selector->isEnabled());
        QCOMPARE(selector->count(), 3);
        QCOMPARE(selector->currentText(), u"Linux (this machine)"_s);

        // As the user would: pick the platform in the selector.
        selector->setCurrentIndex(selector->findData(os));
        QCOMPARE(card.platform().os, static_cast<TargetPlatform::Os>(os));
        QCOMPARE(card.recommendation()->platform.os, static_cast<TargetPlatform::Os>(os));
        QCOMPARE(card.recommendation()->backends.size(), count);
        QCOMPARE(card.recommendation()->backends.first(), first);
        QCOMPARE(labelText(card, u"uvBackends"_s), shown);
        QCOMPARE(labelText(card, u"primaryBackend"_s), RecommendationCard::backendName(card.recommendation()->primary));
    }

    void shouldFollowTheMachineUntilThePlatformIsChosen()
    {
        RecommendationCard card;
        card.setReport(nvidiaMachine(Akari::SystemInfo::OsFamily::Windows));
        auto *selector = card.findChild<QComboBox *>(u"platformSelector"_s);
        QCOMPARE(selector->currentText(), u"Windows (this machine)"_s);
        QCOMPARE(card.recommendation()->backends.first(), u"cu118"_s);

        card.setReport(nvidiaMachine(Akari::SystemInfo::OsFamily::Linux));
        QCOMPARE(selector->currentText(), u"Linux (this machine)"_s);
        QCOMPARE(selector->itemText(selector->findData(int(TargetPlatform::Os::Windows))), u"Windows"_s);

        card.setTargetOs(TargetPlatform::Os::MacOs);
        card.setReport(nvidiaMachine(Akari::SystemInfo::OsFamily::Linux, u"580.65.06"_s));
        QCOMPARE(card.platform().os, TargetPlatform::Os::MacOs); // the user's choice stays
        QCOMPARE(card.recommendation()->backends, QStringList{u"cpu"_s});
    }

    void shouldKeepMuslForTheMachinesOwnOs()
    {
        RecommendationCard card;
        HardwareReport report = nvidiaMachine(Akari::SystemInfo::OsFamily::Linux);
        report.machine.musl = true;
        card.setReport(report);
        QCOMPARE(card.platform(), TargetPlatform::host(report.machine));
        QVERIFY(card.platform().musl);
        card.setTargetOs(TargetPlatform::Os::Windows);
        QVERIFY(!card.platform().musl);
    }

    void shouldHandTheShownRecommendationOnWithUseThis()
    {
        RecommendationCard card;
        card.show();
        card.setReport(nvidiaMachine(Akari::SystemInfo::OsFamily::Linux));
        card.setTargetOs(TargetPlatform::Os::Windows);
        QSignalSpy used(&card, &RecommendationCard::useRecommendation);
        QTest::mouseClick(card.findChild<QPushButton *>(u"useRecommendationButton"_s), Qt::LeftButton);
        QCOMPARE(used.count(), 1);
        const auto chosen = used.first().first().value<Akari::Recommendation>();
        QCOMPARE(chosen.platform.os, TargetPlatform::Os::Windows);
        QCOMPARE(chosen.primary, card.recommendation()->primary);
        QCOMPARE(chosen.backends, card.recommendation()->backends);
        QCOMPARE(chosen.advice, card.recommendation()->advice);
    }

    void shouldSayWhenUvWouldStop()
    {
        RecommendationCard card;
        card.show();
        HardwareReport report;
        report.accelerator.uvError =
            Akari::Error(Akari::Error::Code::Parse, u"not a version: \"garbage\""_s, u"/sys/module/nvidia/version"_s);
        card.setReport(report);
        QVERIFY(card.recommendation()->backends.isEmpty());
        QCOMPARE(labelText(card, u"uvBackends"_s),
                 u"uv would stop with an error: /sys/module/nvidia/version: not a version: \"garbage\""_s);
    }

    // Every entry fits the selector's text field in both languages, also after a switch; the
    // full-width brackets of Japanese end in blank room that Qt's own size hint leaves out.
    void shouldFitThePlatformSelectorToEveryEntry_data()
    {
        QTest::addColumn<int>("language");
        QTest::addColumn<bool>("switchAfterCreation");
        QTest::newRow("en") << int(Akari::Language::English) << false;
        QTest::newRow("ja") << int(Akari::Language::Japanese) << false;
        QTest::newRow("switched to ja") << int(Akari::Language::Japanese) << true;
    }

    void shouldFitThePlatformSelectorToEveryEntry()
    {
        QFETCH(int, language);
        QFETCH(bool, switchAfterCreation);
        Akari::LanguageManager languages;
        const auto restore = qScopeGuard([&] { (void)languages.apply(Akari::Language::English, {}); });
        if (!switchAfterCreation)
            QVERIFY(languages.apply(Akari::Language(language), {}).has_value());
        RecommendationCard card;
        card.setReport(nvidiaMachine(Akari::SystemInfo::OsFamily::Linux)); // with "(this machine)"
        card.show();
        QVERIFY(QTest::qWaitForWindowExposed(&card));
        auto *selector = card.findChild<QComboBox *>(u"platformSelector"_s);
        if (switchAfterCreation) {
            const QString before = selector->itemText(0);
            QVERIFY(languages.apply(Akari::Language(language), {}).has_value());
            QTRY_VERIFY(selector->itemText(0) != before);
        }
        selector->resize(selector->minimumWidth(), selector->height());
        const QFontMetrics metrics = selector->fontMetrics();
        for (int i = 0; i < selector->count(); ++i) {
            const QString text = selector->itemText(i);
            QVERIFY2(metrics.horizontalAdvance(text) <= textField(selector).width(),
                     qPrintable(u"“%1” needs %2 px, has %3"_s.arg(text)
                                    .arg(metrics.horizontalAdvance(text))
                                    .arg(textField(selector).width())));
        }
    }

    // Too narrow for the platform and Use This side by side, the button goes below it: the card
    // grows taller instead of squeezing them over each other.
    void shouldPutUseThisBelowThePlatformWhenNarrow()
    {
        RecommendationCard card;
        card.setReport(nvidiaMachine(Akari::SystemInfo::OsFamily::Linux));
        card.show();
        QVERIFY(QTest::qWaitForWindowExposed(&card));
        auto *selector = card.findChild<QComboBox *>(u"platformSelector"_s);
        auto *use = card.findChild<QPushButton *>(u"useRecommendationButton"_s);
        QLabel *platformLabel = nullptr;
        for (QLabel *label : card.findChildren<QLabel *>()) {
            if (label->buddy() == selector)
                platformLabel = label;
        }
        QVERIFY(platformLabel);
        const int wide = card.sizeHint().width() + 40;
        const int narrow = card.minimumSizeHint().width();
        QVERIFY2(narrow < selector->minimumWidth() + use->sizeHint().width() + platformLabel->sizeHint().width(),
                 "the card can be narrower than the three side by side");
        QVERIFY(card.heightForWidth(narrow) > card.heightForWidth(wide));
        for (const int width : {wide, narrow}) {
            card.resize(width, card.heightForWidth(width));
            QTRY_COMPARE(card.width(), width);
            QTRY_COMPARE(use->width(), use->sizeHint().width());
            QCOMPARE(platformLabel->width(), platformLabel->sizeHint().width());
            QCOMPARE(selector->width(), selector->minimumWidth());
            const QList<QWidget *> row{platformLabel, selector, use};
            for (const QWidget *widget : row) {
                QVERIFY2(card.rect().contains(widget->geometry()), widget->metaObject()->className());
                for (const QWidget *other : row) {
                    QVERIFY(widget == other || !widget->geometry().intersects(other->geometry()));
                }
            }
            if (width == wide) // one line, with the button at its end
                QVERIFY(use->geometry().top() < selector->geometry().bottom());
            else
                QVERIFY(use->geometry().top() > selector->geometry().bottom());
            QCOMPARE(use->geometry().right(), card.layout()->contentsRect().right());
        }
    }

    void shouldNameBackendsForPeople_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("expected");
        QTest::newRow("cuda") << u"cu128"_s << displayName(u"cu128"_s);
        QTest::newRow("cpu") << u"cpu"_s << displayName(u"cpu"_s);
        QTest::newRow("rocm") << u"rocm6.2.4"_s << displayName(u"rocm6.2.4"_s);
        QTest::newRow("pypi") << u"pypi"_s << u"Default PyPI builds"_s;
        QTest::newRow("unknown stays as it is") << u"cu999"_s << u"cu999"_s;
    }

    void shouldNameBackendsForPeople()
    {
        QFETCH(QString, id);
        QFETCH(QString, expected);
        QCOMPARE(RecommendationCard::backendName(id), expected);
        QVERIFY(!expected.startsWith(u"<unknown"_s));
    }
};

QTEST_MAIN(TestRecommendationCard)
#include "tst_recommendationcard.moc"
