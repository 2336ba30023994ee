// SPDX-License-Identifier: GPL-3.0-or-later
// PlanPresets: each preset written into uv's default project means the guide's matching
// configuration; the CUDA build they use; names, descriptions and failures.
#include <QSet>
#include <QTest>

#include "core/project/planpresets.h"
#include "core/project/tomldocument.h"
#include "core/project/torchplanreader.h"
#include "core/project/torchplanwriter.h"
#include "guideconfigurations.h"
#include "pyprojectmeaning.h"

using namespace Qt::Literals::StringLiterals;
using namespace Akari::Test; // GuideConfiguration
using namespace Akari;
using Preset = PlanPresets::Preset;
using Os = TargetPlatform::Os;

namespace
{
const QString Cu128Url = u"https://download.pytorch.org/whl/cu128"_s;

PlanReading readingOf(const QByteArray &text)
{
    const Result<TomlDocument> document = TomlDocument::parse(text, u"pyproject.toml"_s);
    return document ? TorchPlanReader::read(*document) : PlanReading();
}

Result<QByteArray> applied(const QByteArray &text, const TorchPlan &plan)
{
    const Result<TomlDocument> document = TomlDocument::parse(text, u"pyproject.toml"_s);
    if (!document)
        return fail(document.error());
    return TorchPlanWriter::apply(*document, plan);
}

Recommendation recommending(const QString &primary)
{
    Recommendation recommendation;
    recommendation.primary = primary;
    return recommendation;
}

TorchPlan perPlatform(const QStringList &packages, const QString &linux, const QString &windows, const QString &macos)
{
    TorchPlan plan;
    plan.setPackages(packages);
    PlatformBackends row;
    row.set(Os::Linux, linux);
    row.set(Os::Windows, windows);
    row.set(Os::MacOs, macos);
    for (const QString &package : packages)
        plan.setBackends(package, row);
    return plan;
}
} // namespace

class TestPlanPresets : public QObject
{
    Q_OBJECT

private:
    QList<QByteArray> m_guide;

    // The preset made for the guide's default project and written into it.
    Result<QByteArray> presetOnDefault(Preset preset, const std::optional<Recommendation> &recommendation)
    {
        const QByteArray base = m_guide.at(GuideDefault);
        const PlanReading reading = readingOf(base);
        const Result<TorchPlan> plan = PlanPresets::make(preset, reading.plan, reading, recommendation);
        if (!plan)
            return fail(plan.error());
        return applied(base, *plan);
    }

private slots:
    void initTestCase()
    {
        m_guide = Test::guideConfigurations();
        QCOMPARE(m_guide.size(), qsizetype(GuideCount));
    }

    void guidePresets_data()
    {
        QTest::addColumn<Preset>("preset");
        QTest::addColumn<int>("guide");
        QTest::addColumn<QString>("recommended");
        QTest::newRow("CPU everywhere") << Preset::CpuEverywhere << int(GuideCpuEverywhere) << QString();
        QTest::newRow("CUDA on Linux, CPU elsewhere")
            << Preset::CudaLinuxCpuElsewhere << int(GuideCudaOnLinux) << QString();
        QTest::newRow("variants cpu and cu128") << Preset::VariantsCpuCuda << int(GuideVariants) << QString();
        // A recommendation that is no CUDA build leaves the guide's cu128.
        QTest::newRow("variants, ROCm recommended") << Preset::VariantsCpuCuda << int(GuideVariants) << u"rocm6.3"_s;
        QTest::newRow("recommended ROCm") << Preset::Recommended << int(GuideRocm) << u"rocm6.3"_s;
        QTest::newRow("recommended XPU") << Preset::Recommended << int(GuideXpu) << u"xpu"_s;
        QTest::newRow("recommended CPU") << Preset::Recommended << int(GuideCpuEverywhere) << u"cpu"_s;
        QTest::newRow("recommended PyPI") << Preset::Recommended << int(GuideDefault) << u"pypi"_s;
    }

    void guidePresets()
    {
        QFETCH(Preset, preset);
        QFETCH(int, guide);
        QFETCH(QString, recommended);
        const std::optional<Recommendation> recommendation =
            recommended.isEmpty() ? std::nullopt : std::optional(recommending(recommended));
        const Result<QByteArray> text = presetOnDefault(preset, recommendation);
        QVERIFY2(text, qPrintable(text ? QString() : text.error().toString()));
        const Test::PyProjectMeaning expected = Test::meaningOf(m_guide.at(guide));
        const Test::PyProjectMeaning actual = Test::meaningOf(*text);
        QVERIFY2(actual == expected, qPrintable(actual.differences(expected) + u"\n"_s + QString::fromUtf8(*text)));
    }

    void cudaOnLinuxAndWindows()
    {
        const Result<QByteArray> text = presetOnDefault(Preset::CudaLinuxWindowsPyPiMac, std::nullopt);
        QVERIFY2(text, qPrintable(text ? QString() : text.error().toString()));
        const Test::PyProjectMeaning meaning = Test::meaningOf(*text);
        for (const QString &package : {u"torch"_s, u"torchvision"_s}) {
            QCOMPARE(meaning.routes.value(package + u"|linux|"_s), Cu128Url);
            QCOMPARE(meaning.routes.value(package + u"|win32|"_s), Cu128Url);
            QVERIFY(!meaning.routes.contains(package + u"|darwin|"_s)); // PyPI: no source applies
        }
        QCOMPARE(meaning.indexes, QSet<QString>{Cu128Url + u"|explicit"_s});
    }

    void recommendedRocm()
    {
        const QByteArray base = m_guide.at(GuideDefault);
        const PlanReading reading = readingOf(base);
        const Result<TorchPlan> plan =
            PlanPresets::make(Preset::Recommended, reading.plan, reading, recommending(u"rocm6.3"_s));
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
        QCOMPARE(*plan, perPlatform({u"torch"_s, u"torchvision"_s}, u"rocm6.3"_s, u"pypi"_s, u"pypi"_s));
    }

    void recommendedNeedsARecommendation()
    {
        const PlanReading reading = readingOf(m_guide.at(GuideDefault));
        for (const std::optional<Recommendation> &recommendation :
             {std::optional<Recommendation>(), std::optional(recommending(QString()))}) {
            const Result<TorchPlan> plan =
                PlanPresets::make(Preset::Recommended, reading.plan, reading, recommendation);
            QVERIFY(!plan);
            QCOMPARE(plan.error().code(), Error::Code::InvalidArgument);
            QVERIFY(!plan.error().message().isEmpty());
        }
    }

    void cudaBackend_data()
    {
        QTest::addColumn<TorchPlan>("current");
        QTest::addColumn<QString>("recommended");
        QTest::addColumn<QString>("expected");
        const QStringList torch{u"torch"_s};
        TorchPlan twoCudas = perPlatform({u"torch"_s, u"torchvision"_s}, u"cu126"_s, u"cu126"_s, u"pypi"_s);
        twoCudas.setBackend(u"torchvision"_s, Os::Linux, u"cu129"_s);
        TorchPlan variants;
        variants.setMode(TorchPlan::Mode::Variants);
        variants.setPackages(torch);
        variants.setVariants({{u"cpu"_s, TorchVariant::Kind::Extra, PlatformBackends::uniform(u"cpu"_s)},
                              {u"gpu"_s, TorchVariant::Kind::Extra, PlatformBackends::uniform(u"cu118"_s)}});
        QTest::newRow("the plan's newest CUDA") << twoCudas << u"cu130"_s << u"cu129"_s;
        QTest::newRow("the plan's CUDA before the recommendation")
            << perPlatform(torch, u"cu118"_s, u"cpu"_s, u"cpu"_s) << u"cu129"_s << u"cu118"_s;
        QTest::newRow("a variant's CUDA") << variants << QString() << u"cu118"_s;
        QTest::newRow("the recommendation's CUDA")
            << perPlatform(torch, u"cpu"_s, u"cpu"_s, u"cpu"_s) << u"cu126"_s << u"cu126"_s;
        QTest::newRow("ROCm recommended: the guide's")
            << perPlatform(torch, u"rocm6.3"_s, u"pypi"_s, u"pypi"_s) << u"rocm6.3"_s << u"cu128"_s;
        QTest::newRow("PyPI recommended: the guide's") << TorchPlan::defaultPlan() << u"pypi"_s << u"cu128"_s;
        QTest::newRow("nothing known: the guide's") << TorchPlan() << QString() << u"cu128"_s;
    }

    void cudaBackend()
    {
        QFETCH(TorchPlan, current);
        QFETCH(QString, recommended);
        QFETCH(QString, expected);
        const std::optional<Recommendation> recommendation =
            recommended.isEmpty() ? std::nullopt : std::optional(recommending(recommended));
        QCOMPARE(PlanPresets::cudaBackend(current, recommendation), expected);
    }

    // The CUDA presets follow the plan's CUDA, and every preset keeps the plan's packages.
    void keepsPackagesAndCuda()
    {
        const QStringList packages{u"torch"_s, u"torchaudio"_s};
        const TorchPlan current = perPlatform(packages, u"cu126"_s, u"cu126"_s, u"pypi"_s);
        PlanReading reading;
        reading.plan = TorchPlan::defaultPlan(); // make() works on `current`, not the file's plan
        for (Preset preset : PlanPresets::all()) {
            const Result<TorchPlan> plan = PlanPresets::make(preset, current, reading, recommending(u"cu129"_s));
            QVERIFY2(plan, qPrintable(PlanPresets::name(preset)));
            QCOMPARE(plan->packages(), packages);
            if (preset == Preset::Recommended || preset == Preset::CpuEverywhere)
                QVERIFY(!plan->backendIds().contains(u"cu126"_s));
            else
                QVERIFY2(plan->backendIds().contains(u"cu126"_s), qPrintable(PlanPresets::name(preset)));
        }
        const Result<TorchPlan> cuda =
            PlanPresets::make(Preset::CudaLinuxCpuElsewhere, current, reading, recommending(u"cu129"_s));
        QVERIFY(cuda);
        QCOMPARE(*cuda, perPlatform(packages, u"cu126"_s, u"cpu"_s, u"cpu"_s));
        // A plan without packages gets torch and torchvision.
        const Result<TorchPlan> empty = PlanPresets::make(Preset::CpuEverywhere, TorchPlan(), reading, std::nullopt);
        QVERIFY(empty);
        QCOMPARE(empty->packages(), (QStringList{u"torch"_s, u"torchvision"_s}));
    }

    // Variants the project already has keep their names (PlanBuilder::variants).
    void variantsKeepTheirNames()
    {
        TorchPlan current;
        current.setMode(TorchPlan::Mode::Variants);
        current.setPackages({u"torch"_s});
        current.setVariants({{u"cpu"_s, TorchVariant::Kind::Extra, PlatformBackends::uniform(u"cpu"_s)},
                             {u"cuda"_s, TorchVariant::Kind::Group, PlatformBackends::uniform(u"cu124"_s)}});
        const Result<TorchPlan> plan = PlanPresets::make(Preset::VariantsCpuCuda, current, PlanReading(), std::nullopt);
        QVERIFY(plan);
        QCOMPARE(plan->mode(), TorchPlan::Mode::Variants);
        QCOMPARE(plan->variants(), current.variants());
    }

    void namesAndDescriptions()
    {
        const QList<Preset> &all = PlanPresets::all();
        QCOMPARE(all.size(), 5);
        QCOMPARE(all.first(), Preset::Recommended);
        QSet<Preset> distinct(all.cbegin(), all.cend());
        QCOMPARE(distinct.size(), all.size());
        QSet<QString> names;
        QSet<QString> descriptions;
        for (Preset preset : all) {
            const QString name = PlanPresets::name(preset);
            const QString description = PlanPresets::description(preset, u"cu126"_s);
            QVERIFY(!name.isEmpty());
            QVERIFY(!description.isEmpty());
            names.insert(name);
            descriptions.insert(description);
            const bool cuda = preset == Preset::CudaLinuxWindowsPyPiMac || preset == Preset::CudaLinuxCpuElsewhere ||
                              preset == Preset::VariantsCpuCuda;
            QCOMPARE(description.contains(u"12.6"_s), cuda);
            QCOMPARE(description.contains(u"cu126"_s), cuda);
        }
        QCOMPARE(names.size(), all.size());
        QCOMPARE(descriptions.size(), all.size());
        QCOMPARE(PlanPresets::name(Preset::CudaLinuxWindowsPyPiMac), u"CUDA on Linux and Windows, PyPI on macOS"_s);
    }
};

QTEST_GUILESS_MAIN(TestPlanPresets)
#include "tst_planpresets.moc"
