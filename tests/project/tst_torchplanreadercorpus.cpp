// SPDX-License-Identifier: GPL-3.0-or-later

#include <QDir>
#include <QTest>

#include "planreadertesthelpers.h"

using namespace Qt::Literals::StringLiterals;
using namespace Akari::Test;
using Akari::PlanReading;
using Akari::TorchPlan;

namespace
{
// The corpus expectations below were worked out by reading each file: its dependencies,
// [tool.uv.sources] and [[tool.uv.index]] URLs. "@N" is the line of the entry (or value)
// that keeps the package.
struct CorpusRow
{
    const char *file;
    const char *mode; ///< "P" per platform, "V" variants
    const char *packages;
    const char *variants;
    const char *kept;
    const char *requiresPython;
};

const CorpusRow CorpusRows[] = {
    {"01-karpathy-nanochat.toml", "V", "torch", "cpu=cpu gpu=cu128", "", ">=3.10"},
    // The pypi fallback for Linux aarch64 has no extra; the extras' markers test the machine.
    // With torch and torchvision kept, what is left (xformers) is read per platform.
    {"02-invoke-ai-InvokeAI.toml", "P", "xformers", "", "torch@211 torchvision@218", ">=3.11, <3.13"},
    {"03-kohya-ss-musubi-tuner.toml", "V", "torch torchvision", "cu124=cu124 cu128=cu128 cu130=cu130", "",
     ">=3.10, <3.13"},
    // torch/torchaudio pick by platform_machine; triton goes to the cu128 index named "pytorch".
    {"04-m-bain-whisperX.toml", "P", "torchvision torchcodec triton=cu128/pypi/pypi", "", "torch@58 torchaudio@63",
     ">=3.10, <3.14"},
    {"08-nari-labs-dia.toml", "P", "torch=cu126/cu126/pypi torchaudio=cu126/cu126/pypi triton", "", "", ">=3.10"},
    {"09-meta-llama-llama-stack.toml", "P", "torch=cpu torchvision=cpu", "", "", ">=3.12"},
    // PyPI re-declared as an index is the "pypi" backend.
    {"10-NVIDIA-NeMo-RL.toml", "P", "torch=cu130/cu130/pypi torchvision=cu130/cu130/pypi triton=cu130/cu130/pypi", "",
     "", ">=3.13.14,<3.14"},
    {"11-rewaifu-resselt.toml", "V", "torch",
     "cu118=cu118/cu118/pypi cu124=cu124/cu124/pypi cu126=cu126/cu126/pypi cu128=cu128/cu128/pypi", "", ">=3.10"},
    // torchvision has sources but is no dependency: still part of the plan.
    {"13-matteospanio-torchfx.toml", "P", "torch=cu124/cpu/cpu torchvision=cu124/cpu/cpu torchaudio", "", "", ">=3.10"},
    {"14-cakrina-ultimate-rvc.toml", "V", "torch torchaudio", "rocm=rocm6.2.4 cuda=cu124", "", "==3.12.*"},
    {"15-Vinci4d-CuMCubes.toml", "P", "", "", "torch@31", "==3.10.*"},
    // torchvision has no source for the xgboost extra, which does not install it.
    {"19-CAIIVS-raitap.toml", "V", "torch torchvision",
     "torch-cpu=cpu onnx-cpu=cpu xgboost=cpu torch-cuda=cu126 onnx-cuda=cu126 torch-intel=xpu onnx-intel=xpu", "",
     ">=3.11,<3.14"},
    {"20-kjranyone-RCWX.toml", "P", "torch=xpu torchaudio", "", "", ">=3.11,<3.13"},
    // The rocm72 group's marker also tests platform_machine.
    {"21-docling-project-docling-serve.toml", "P", "", "", "torch@180 torchvision@191", ">=3.10"},
    {"22-roboflow-trackers.toml", "V", "torch torchvision",
     "cpu=cpu cu118=cu118/cu118/pypi cu124=cu124/cu124/pypi cu126=cu126/cu126/pypi rocm61=rocm6.1/rocm6.1/pypi "
     "rocm624=rocm6.2.4/rocm6.2.4/pypi",
     "", ">=3.9"},
    // The index named pytorch-cu129 serves cu128.
    {"24-GeoffreyCoulaud-subtitles-ocr.toml", "V", "torch torchvision", "cpu=cpu rocm=rocm6.3 cu129=cu128 xpu=xpu", "",
     ">=3.12"},
    {"25-nssuperx-not-number.toml", "P", "", "", "torch@53 torchvision@55 torchaudio@54", ">=3.12"},
    {"26-borh-lab-natsume-simple.toml", "V", "torch", "cpu=cpu cuda=cu124 rocm=rocm6.2", "", ">=3.12"},
    {"27-MisileLab-noMoreSpam.toml", "V", "torch", "cpu=cpu rocm=rocm6.3", "", ">=3.13.4"},
    {"28-tonnetonne814-ML-Dev-Kit.toml", "V", "torch torchvision torchaudio", "cpu=cpu cu128=cu128", "", ">=3.11"},
    // torchao's url source is for x86_64 only.
    {"31-PrimeIntellect-ai-prime-rl.toml", "P", "torch=cu128 torchvision=cu128 torchaudio=cu128", "", "torchao@217",
     "~=3.12.0"},
    // A third entry without group serves Linux aarch64.
    {"32-allenai-open-instruct.toml", "P", "", "", "torch@83 torchvision@88 torchaudio@93", "==3.12.*"},
    {"33-NovaSky-AI-SkyRL.toml", "P", "torch=cu130/pypi/cpu torchvision=cu130/pypi/cpu", "", "", ">=3.11"},
    // A nightly index is no backend the plan knows.
    {"34-meta-pytorch-forge.toml", "P", "", "", "torch@89", ">=3.10, <3.13"},
    // No [project] table at all.
    {"36-amd-gaia.toml", "P", "torch=cpu torchvision=cpu torchaudio=cpu", "", "", ""},
};
} // namespace

class TestTorchPlanReaderCorpus : public QObject
{
    Q_OBJECT

private slots:
    void corpusIsCovered();
    void corpus_data();
    void corpus();
};

void TestTorchPlanReaderCorpus::corpusIsCovered()
{
    // A file added to the corpus must get an expectation here too.
    const QDir dir(Akari::Test::sharedPath(u"corpus/pyprojects"_s));
    QStringList expected;
    for (const CorpusRow &row : CorpusRows)
        expected.append(QString::fromUtf8(row.file));
    QCOMPARE(dir.entryList({u"*.toml"_s}, QDir::Files, QDir::Name), expected);
    QCOMPARE(expected.size(), 25);
}

void TestTorchPlanReaderCorpus::corpus_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("packages");
    QTest::addColumn<QString>("variants");
    QTest::addColumn<QString>("kept");
    QTest::addColumn<QString>("requiresPython");
    for (const CorpusRow &row : CorpusRows) {
        QTest::newRow(row.file) << QString::fromUtf8(row.file) << QString::fromUtf8(row.mode)
                                << QString::fromUtf8(row.packages) << QString::fromUtf8(row.variants)
                                << QString::fromUtf8(row.kept) << QString::fromUtf8(row.requiresPython);
    }
}

void TestTorchPlanReaderCorpus::corpus()
{
    QFETCH(QString, file);
    QFETCH(QString, mode);
    QFETCH(QString, packages);
    QFETCH(QString, variants);
    QFETCH(QString, kept);
    QFETCH(QString, requiresPython);

    const QByteArray text = corpusText(file);
    QVERIFY(!text.isEmpty());
    const std::optional<PlanReading> reading = readText(text);
    QVERIFY(reading);

    const TorchPlan expected = mode == u"V"_s ? variantPlan(packages, variants) : perPlatform(packages);
    QCOMPARE(json(reading->plan), json(expected));
    QVERIFY(reading->plan == expected);
    QCOMPARE(reading->requiresPython, requiresPython);

    QStringList keptNames;
    QList<int> keptLines;
    for (const QString &word : words(kept)) {
        keptNames.append(word.section(u'@', 0, 0));
        keptLines.append(word.section(u'@', 1).toInt());
    }
    QCOMPARE(reading->keptPackages, keptNames);
    QCOMPARE(reading->findings.size(), keptNames.size()); // no file-level findings in the corpus
    for (qsizetype i = 0; i < keptNames.size(); ++i) {
        QCOMPARE(reading->findings[i].package, keptNames[i]);
        QCOMPARE(reading->findings[i].line, keptLines[i]);
    }
    QString why;
    QVERIFY2(hasConsistentFindings(*reading, &why), qPrintable(why));
}

QTEST_GUILESS_MAIN(TestTorchPlanReaderCorpus)
#include "tst_torchplanreadercorpus.moc"
