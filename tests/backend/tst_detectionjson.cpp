// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON of `akari-cli detect --json` (README's schema) for every captured machine in
// tests/data/hardware: the values people read off the captures must reach the JSON keys.
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include "core/backend/advisor.h"
#include "core/backend/detectionjson.h"
#include "core/hardware/hardwaredetector.h"
#include "hardwarefixture.h"

using namespace Qt::Literals::StringLiterals;
using Akari::Test::HardwareFixture;

namespace
{
const QString DataDir = QStringLiteral(AKARI_HARDWARE_DATA_DIR);

// Every GPU object carries every documented key (null when unknown).
const QStringList GpuKeys{
    u"vendor"_s,       u"name"_s,       u"driver_version"_s, u"memory_mib"_s, u"compute_capability"_s,
    u"architecture"_s, u"pci_bus_id"_s, u"uuid"_s,           u"index"_s,      u"integrated"_s,
    u"visible"_s,      u"source"_s};
const QStringList TopKeys{u"machine"_s, u"gpus"_s,           u"nvidia"_s,   u"amd"_s,
                          u"uv"_s,      u"recommendation"_s, u"failures"_s, u"commands_run"_s};

// The backend id family uv's list starts with for each detected accelerator (§2.2).
QString expectedPrefix(const QString &kind, const QString &os)
{
    if (kind == u"cuda"_s)
        return os == u"macos"_s ? u"cpu"_s : u"cu"_s;
    if (kind == u"amd"_s)
        return os == u"linux"_s ? u"rocm"_s : u"cpu"_s;
    if (kind == u"xpu"_s)
        return os == u"macos"_s ? u"cpu"_s : u"xpu"_s;
    return u"cpu"_s;
}
} // namespace

class TestDetectionJson : public QObject
{
    Q_OBJECT

private slots:
    void shouldCarryTheCapturedValues_data()
    {
        QTest::addColumn<QString>("directory");
        const QStringList scenarios = HardwareFixture::scenarioDirectories(DataDir);
        QVERIFY2(scenarios.size() >= 21, qPrintable(u"only %1 scenarios in %2"_s.arg(scenarios.size()).arg(DataDir)));
        for (const QString &directory : scenarios)
            QTest::newRow(qPrintable(directory.section(u'/', -1))) << directory;
    }

    void shouldCarryTheCapturedValues()
    {
        QFETCH(QString, directory);
        QString problem;
        const std::optional<HardwareFixture> fixture = HardwareFixture::load(directory, &problem);
        QVERIFY2(fixture, qPrintable(problem));
        const Akari::Result<Akari::HardwareReport> report = Akari::HardwareDetector(fixture->environment()).detect();
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        const Akari::TargetPlatform platform = Akari::TargetPlatform::host(report->machine);
        const QJsonObject json = Akari::DetectionJson::toJson(*report, Akari::Advisor::recommend(*report, platform));
        const QJsonObject expected = fixture->expected();

        for (const QString &key : TopKeys)
            QVERIFY2(json.contains(key), qPrintable(key));

        const QJsonObject uv = json.value(u"uv"_s).toObject();
        const QJsonObject accelerator = expected.value(u"accelerator"_s).toObject();
        QCOMPARE(uv.value(u"accelerator"_s).toString(), accelerator.value(u"kind"_s).toString());
        if (accelerator.contains(u"value"_s))
            QCOMPARE(uv.value(u"value"_s).toString(), accelerator.value(u"value"_s).toString());
        if (accelerator.contains(u"source"_s))
            QCOMPARE(uv.value(u"source"_s).toString(), accelerator.value(u"source"_s).toString());
        QCOMPARE(uv.value(u"error"_s).isString(), expected.value(u"uv_error"_s).toBool());

        const QJsonArray backends = json.value(u"recommendation"_s).toObject().value(u"backends"_s).toArray();
        if (expected.value(u"uv_error"_s).toBool()) {
            QVERIFY(backends.isEmpty());
        } else {
            QVERIFY(!backends.isEmpty());
            QVERIFY2(backends.first().toString().startsWith(
                         expectedPrefix(accelerator.value(u"kind"_s).toString(), platform.name())),
                     qPrintable(backends.first().toString()));
        }

        if (expected.contains(u"nvidia_driver_version"_s))
            QCOMPARE(json.value(u"nvidia"_s).toObject().value(u"driver_version"_s).toString(),
                     expected.value(u"nvidia_driver_version"_s).toString());
        if (expected.contains(u"cuda_version"_s))
            QCOMPARE(json.value(u"nvidia"_s).toObject().value(u"cuda_version"_s).toString(),
                     expected.value(u"cuda_version"_s).toString());
        if (expected.contains(u"rocm_version"_s))
            QCOMPARE(json.value(u"amd"_s).toObject().value(u"rocm_version"_s).toString(),
                     expected.value(u"rocm_version"_s).toString());
        if (expected.contains(u"cuda_visible_devices"_s))
            QCOMPARE(json.value(u"nvidia"_s).toObject().value(u"cuda_visible_devices"_s),
                     expected.value(u"cuda_visible_devices"_s));

        const QJsonArray gpus = json.value(u"gpus"_s).toArray();
        for (const QJsonValue &gpu : gpus) {
            for (const QString &key : GpuKeys)
                QVERIFY2(gpu.toObject().contains(key), qPrintable(key));
        }
        if (!expected.contains(u"gpus"_s))
            return;
        const QJsonArray expectedGpus = expected.value(u"gpus"_s).toArray();
        QCOMPARE(gpus.size(), expectedGpus.size());
        for (qsizetype i = 0; i < gpus.size(); ++i) {
            const QJsonObject want = expectedGpus.at(i).toObject();
            const QJsonObject have = gpus.at(i).toObject();
            for (auto it = want.constBegin(); it != want.constEnd(); ++it) {
                if (!GpuKeys.contains(it.key()))
                    continue; // fixture-only keys such as pci_device_id
                QVERIFY2(have.value(it.key()) == it.value(), qPrintable(u"GPU %1 %2: %3, expected %4"_s.arg(i).arg(
                                                                 it.key(), have.value(it.key()).toVariant().toString(),
                                                                 it.value().toVariant().toString())));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestDetectionJson)
#include "tst_detectionjson.moc"
