// SPDX-License-Identifier: GPL-3.0-or-later
#include "detectcommand.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QLocale>

#include "cliapplication.h"
#include "clioutput.h"
#include "core/backend/advisor.h"
#include "core/backend/detectionjson.h"
#include "core/backend/torchbackend.h"
#include "core/hardware/hardwaredetector.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{
QString backendDisplayName(const QString &id)
{
    if (id == u"pypi"_s)
        return DetectCommand::tr("PyPI's default builds (pypi)");
    const std::optional<TorchBackend> backend = TorchBackend::fromId(id);
    return backend ? DetectCommand::tr("%1 (%2)").arg(backend->displayName(), id) : id;
}

QString indented(const QString &text, int spaces = 2)
{
    return QString(spaces, u' ') + text + u'\n';
}
} // namespace

QString DetectCommand::summary()
{
    return tr("detect    Show this machine's GPUs, drivers and the PyTorch backend to use.");
}

QString DetectCommand::formatGpu(const GpuInfo &gpu)
{
    const QLocale locale;
    QStringList parts;
    parts << (gpu.name.isEmpty() ? tr("%1 GPU").arg(gpuVendorName(gpu.vendor)) : gpu.name);
    if (gpu.memoryMib >= 0)
        parts << locale.formattedDataSize(gpu.memoryMib * 1024 * 1024, 1, QLocale::DataSizeTraditionalFormat);
    if (!gpu.computeCapability.isEmpty())
        parts << tr("compute capability %1").arg(gpu.computeCapability);
    if (!gpu.architecture.isEmpty())
        parts << gpu.architecture;
    if (gpu.integrated)
        parts << (*gpu.integrated ? tr("integrated") : tr("discrete"));
    if (!gpu.pciBusId.isEmpty())
        parts << gpu.pciBusId;
    if (!gpu.visible)
        parts << tr("hidden by CUDA_VISIBLE_DEVICES");
    const QString line = parts.join(u" · "_s);
    return gpu.index >= 0 ? tr("[%1] %2").arg(gpu.index).arg(line) : line;
}

QString DetectCommand::formatText(const HardwareReport &report, const Recommendation &recommendation)
{
    QString text;
    const SystemInfo &machine = report.machine;
    text += tr("Machine") + u'\n';
    if (!machine.osName.isEmpty())
        text += indented(tr("Operating system: %1").arg(machine.osName));
    if (!machine.architecture.isEmpty())
        text += indented(tr("Architecture: %1").arg(machine.architecture));
    if (!machine.glibcVersion.isEmpty())
        text += indented(tr("C library: glibc %1").arg(machine.glibcVersion));
    else if (machine.musl)
        text += indented(tr("C library: musl"));
    if (machine.wsl)
        text += indented(tr("Running under WSL 2"));

    text += u'\n' + tr("GPUs") + u'\n';
    if (report.gpus.isEmpty())
        text += indented(tr("No GPU found."));
    for (const GpuInfo &gpu : report.gpus)
        text += indented(formatGpu(gpu));
    if (!report.nvidiaDriverVersion.isEmpty()) {
        const QString cuda = report.cudaDriverVersion.isEmpty() ? tr("unknown") : report.cudaDriverVersion;
        text += indented(report.cudaVersionEstimated
                             ? tr("NVIDIA driver %1, supports CUDA up to %2 (estimated from the driver version)")
                                   .arg(report.nvidiaDriverVersion, cuda)
                             : tr("NVIDIA driver %1, supports CUDA up to %2").arg(report.nvidiaDriverVersion, cuda));
    }
    if (!report.rocmVersion.isEmpty())
        text += indented(tr("ROCm %1 installed").arg(report.rocmVersion));

    text += u'\n' +
            tr("Recommendation for %1: %2")
                .arg(recommendation.platform.displayName(), backendDisplayName(recommendation.primary)) +
            u'\n';
    if (recommendation.backends.isEmpty())
        text += indented(tr("uv would stop with a detection error."));
    else
        text += indented(tr("uv's auto would try: %1").arg(recommendation.backends.join(u", "_s)));
    for (const Advice &advice : recommendation.advice) {
        const QString marker = advice.severity == Advice::Severity::Warning ? u"! "_s : u"- "_s;
        text += indented(marker + advice.text);
    }

    if (!report.failures.isEmpty()) {
        text += u'\n' + tr("Probes that could not finish") + u'\n';
        for (const ProbeFailure &failure : report.failures)
            text += indented(tr("%1: %2").arg(failure.probe, failure.error.toString()));
    }
    return text;
}

int DetectCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Shows this machine's GPUs and drivers, and the PyTorch backend to use: "
                                        "the indexes uv's --torch-backend=auto would try, and why."));
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, tr("Show this help and exit."));
    const QCommandLineOption jsonOption(u"json"_s, tr("Print JSON instead of text."));
    const QCommandLineOption platformOption(
        u"platform"_s, tr("Recommend for this operating system (default: this machine's)."), u"linux|windows|macos"_s);
    parser.addOptions({helpOption, jsonOption, platformOption});
    parser.addPositionalArgument(u"detect"_s, tr("The command."), u"detect"_s);

    if (!parser.parse(arguments)) {
        CliOutput::printError(parser.errorText());
        return CliApplication::ExitBadUsage;
    }
    if (parser.isSet(helpOption)) {
        CliOutput::printOut(parser.helpText());
        return CliApplication::ExitOk;
    }
    if (parser.positionalArguments().size() > 1) {
        CliOutput::printError(tr("“detect” takes no arguments, but got “%1”.").arg(parser.positionalArguments().at(1)));
        return CliApplication::ExitBadUsage;
    }

    std::optional<TargetPlatform> platform;
    if (parser.isSet(platformOption)) {
        platform = TargetPlatform::fromName(parser.value(platformOption));
        if (!platform) {
            CliOutput::printError(
                tr("Unknown platform “%1”: use linux, windows or macos.").arg(parser.value(platformOption)));
            return CliApplication::ExitBadUsage;
        }
    }

    const Result<HardwareReport> report = HardwareDetector(ProbeEnvironment::system()).detect();
    if (!report) {
        CliOutput::printError(report.error().toString());
        // Only bad input (the UV_* override variables) fails detection as a whole.
        return report.error().code() == Error::Code::InvalidArgument ? CliApplication::ExitBadUsage
                                                                     : CliApplication::ExitFailed;
    }
    const Recommendation recommendation =
        Advisor::recommend(*report, platform.value_or(TargetPlatform::host(report->machine)));

    if (parser.isSet(jsonOption))
        CliOutput::printOut(QString::fromUtf8(
            QJsonDocument(DetectionJson::toJson(*report, recommendation)).toJson(QJsonDocument::Indented)));
    else
        CliOutput::printOut(formatText(*report, recommendation));
    return CliApplication::ExitOk;
}

} // namespace Akari
