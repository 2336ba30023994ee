// SPDX-License-Identifier: GPL-3.0-or-later
#include "environmentverifier.h"

#include <algorithm>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include "../pep/packagename.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{

// Printed on a line of its own before the JSON: whatever an import prints comes before it.
constexpr QByteArrayView Marker = "--- akari verification ---";

// Imports each module named on the command line; every failure is caught and reported (as the
// traceback's last line, "ImportError: ...", with the rest of a multi-line message), so
// only a Python that cannot run at all ends without the JSON. getattr everywhere: old,
// CPU-only and vendor builds of torch lack some of these attributes.
const char *const Script = R"PY(
import importlib, json, sys, traceback
def error_text(error):
    text = "".join(traceback.format_exception_only(type(error), error)).strip()
    return text or type(error).__name__
result = {"python": "%d.%d.%d" % tuple(sys.version_info[:3]), "modules": []}
for name in sys.argv[1:]:
    entry = {"name": name, "imported": False, "version": "", "error": ""}
    try:
        module = importlib.import_module(name)
        entry["imported"] = True
        entry["version"] = str(getattr(module, "__version__", "") or "")
    except BaseException as error:
        entry["error"] = error_text(error)
    result["modules"].append(entry)
torch = sys.modules.get("torch")
if torch is not None:
    result["torch"] = str(getattr(torch, "__version__", "") or "")
    version = getattr(torch, "version", None)
    result["cuda"] = str(getattr(version, "cuda", None) or "")
    result["hip"] = str(getattr(version, "hip", None) or "")
    try:
        cuda = torch.cuda
        result["gpu"] = bool(cuda.is_available())
        if result["gpu"]:
            result["devices"] = [str(cuda.get_device_name(i)) for i in range(cuda.device_count())]
    except BaseException as error:
        result["gpuError"] = error_text(error)
sys.stdout.write("\n" + MARKER + "\n" + json.dumps(result) + "\n")
sys.stdout.flush()
)PY";

QString lastLine(const QByteArray &text)
{
    const QStringList lines = QString::fromLocal8Bit(text).trimmed().split(u'\n');
    return lines.isEmpty() ? QString() : lines.last().trimmed();
}

} // namespace

bool EnvironmentVerification::allImported() const
{
    return std::ranges::all_of(modules, &Module::imported);
}

Result<EnvironmentVerification> EnvironmentVerifier::verify(const QString &python, const QStringList &modules,
                                                            const std::function<bool()> &isCancelled)
{
    QString script = QString::fromUtf8(Script);
    script.replace(u"MARKER"_s, u"\""_s + QString::fromLatin1(Marker) + u"\""_s);

    QProcess process;
    process.setProgram(python);
    // -I: the user's site-packages and PYTHON* variables must not change what imports.
    process.setArguments(QStringList{u"-I"_s, u"-c"_s, script} + modules);
    process.start();
    if (!process.waitForStarted(30000)) {
        return fail(Error(Error::Code::NotFound,
                          tr("Could not run the environment's Python “%1”: %2").arg(python, process.errorString()),
                          python));
    }
    QElapsedTimer timer;
    timer.start();
    while (!process.waitForFinished(100)) {
        if (process.state() == QProcess::NotRunning)
            break;
        const bool stop = isCancelled && isCancelled();
        if (stop || timer.elapsed() > TimeoutMs) {
            process.kill();
            process.waitForFinished(5000);
            if (stop)
                return fail(Error::cancelled());
            return fail(Error(Error::Code::Io,
                              tr("The environment's Python “%1” did not finish importing within %n second(s).", nullptr,
                                 TimeoutMs / 1000)
                                  .arg(python),
                              python));
        }
    }

    const QByteArray output = process.readAllStandardOutput();
    const QByteArray errors = process.readAllStandardError();
    const qsizetype marker = output.lastIndexOf(Marker);
    const qsizetype jsonStart = marker < 0 ? -1 : output.indexOf('\n', marker);
    if (jsonStart < 0) {
        const QString detail = lastLine(errors).isEmpty() ? lastLine(output) : lastLine(errors);
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            return fail(Error(Error::Code::Io,
                              tr("The environment's Python “%1” failed (exit code %2): %3")
                                  .arg(python)
                                  .arg(process.exitCode())
                                  .arg(detail),
                              python));
        }
        return fail(Error(Error::Code::Parse,
                          tr("The environment's Python “%1” did not report on the imports: %2").arg(python, detail),
                          python));
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(output.mid(jsonStart + 1).trimmed(), &parseError);
    if (!json.isObject()) {
        return fail(Error(Error::Code::Parse,
                          tr("The environment's Python “%1” gave an answer Akari cannot read: %2")
                              .arg(python, parseError.errorString()),
                          python));
    }

    const QJsonObject object = json.object();
    EnvironmentVerification verification;
    verification.pythonVersion = object.value("python"_L1).toString();
    for (const QJsonValue &value : object.value("modules"_L1).toArray()) {
        const QJsonObject entry = value.toObject();
        EnvironmentVerification::Module module;
        module.name = entry.value("name"_L1).toString();
        module.imported = entry.value("imported"_L1).toBool();
        module.version = entry.value("version"_L1).toString();
        module.error = entry.value("error"_L1).toString();
        verification.modules.append(module);
    }
    verification.torchVersion = object.value("torch"_L1).toString();
    verification.cudaVersion = object.value("cuda"_L1).toString();
    verification.hipVersion = object.value("hip"_L1).toString();
    verification.gpuAvailable = object.value("gpu"_L1).toBool();
    for (const QJsonValue &device : object.value("devices"_L1).toArray())
        verification.devices.append(device.toString());
    if (verification.pythonVersion.isEmpty() || verification.modules.size() != modules.size()) {
        return fail(Error(Error::Code::Parse,
                          tr("The environment's Python “%1” gave an incomplete answer.").arg(python), python));
    }
    return verification;
}

QStringList EnvironmentVerifier::modulesFor(const QStringList &packageNames)
{
    // Distribution name → import name, in the order they are checked (torch first: the others
    // import it anyway).
    static const QList<std::pair<QString, QString>> Known = {
        {u"torch"_s, u"torch"_s},
        {u"torchvision"_s, u"torchvision"_s},
        {u"torchaudio"_s, u"torchaudio"_s},
        {u"intel-extension-for-pytorch"_s, u"intel_extension_for_pytorch"_s},
    };
    QStringList names;
    for (const QString &name : packageNames)
        names.append(PackageName::canonicalize(name));
    QStringList modules;
    for (const auto &[distribution, module] : Known) {
        if (names.contains(distribution))
            modules.append(module);
    }
    return modules;
}

} // namespace Akari
