// SPDX-License-Identifier: GPL-3.0-or-later
// Akari's resolution against pip's on the same loopback index: where pip can express the
// request (one index for every package), `akari-cli resolve --json` must choose exactly the
// versions and files `pip install --dry-run --report` chooses for this machine's interpreter.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "core/pep/packagename.h"
#include "processrunner.h"
#include "pythonindexserver.h"

using namespace Qt::Literals::StringLiterals;
using namespace Akari::Test;

namespace
{

/// What one side chose for one package.
struct Pick
{
    QString version;
    QString url;  ///< scheme://host:port/decoded-path, no fragment
    QString hash; ///< "sha256:<hex>"

    friend bool operator==(const Pick &, const Pick &) = default;
};

/// The outcome of one side: satisfiable or not, and its picks by canonical name.
struct Side
{
    bool satisfiable = false;
    bool broken = false; ///< failed for another reason than "no solution"
    QMap<QString, Pick> picks;
    QString diagnostics; ///< output worth showing when the sides disagree
};

QString comparableUrl(const QUrl &base, const QString &text)
{
    const QUrl url = base.resolved(QUrl(text));
    return u"%1://%2:%3%4"_s.arg(url.scheme(), url.host()).arg(url.port()).arg(url.path(QUrl::FullyDecoded));
}

QString comparableHash(QString hash)
{
    return hash.replace(u'=', u':').toLower();
}

QString describe(const QMap<QString, Pick> &picks)
{
    QStringList lines;
    for (auto it = picks.cbegin(); it != picks.cend(); ++it)
        lines.append(u"  %1 %2 %3 %4"_s.arg(it.key(), it->version, it->url, it->hash));
    return lines.join(u'\n');
}

/// The environment both programs run in: no user configuration, no proxies, our own HOME.
QProcessEnvironment cleanEnvironment(const QString &home)
{
    QProcessEnvironment environment = environmentWithLanguage(u"en_US.UTF-8"_s);
    const QStringList keys = environment.keys();
    for (const QString &key : keys) {
        if (key.startsWith(u"UV_"_s) || key.startsWith(u"PIP_"_s) || key.endsWith(u"_proxy"_s, Qt::CaseInsensitive) ||
            key == u"NETRC"_s || key.startsWith(u"XDG_"_s))
            environment.remove(key);
    }
    environment.insert(u"HOME"_s, home);
    environment.insert(u"XDG_CACHE_HOME"_s, home + u"/cache"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    return environment;
}

} // namespace

class TestPipEquality : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const ProcessResult pip = runProcess(QStringLiteral(AKARI_PIP_PYTHON), {u"-m"_s, u"pip"_s, u"--version"_s},
                                             QProcessEnvironment::systemEnvironment());
        // scripts/deps.sh installs python3-pip: a missing pip is a broken setup, not a pass.
        QVERIFY2(pip.exitCode == 0, qPrintable(u"%1 has no pip (%2): nothing to compare with"_s.arg(
                                        QStringLiteral(AKARI_PIP_PYTHON), pip.err)));
        const ProcessResult version = runProcess(QStringLiteral(AKARI_PIP_PYTHON),
                                                 {u"-c"_s, u"import sys; print('%d.%d' % sys.version_info[:2])"_s},
                                                 QProcessEnvironment::systemEnvironment());
        QCOMPARE(version.exitCode, 0);
        m_pythonMinor = version.out.trimmed();
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    void resolutionShouldEqualPips_data()
    {
        QTest::addColumn<QString>("index");
        QTest::addColumn<QStringList>("requirements");

        // The cu128 index mirrors every dependency, as download.pytorch.org does.
        QTest::newRow("cu128: torch") << u"cu128"_s << QStringList{u"torch"_s};
        QTest::newRow("cu128: torch torchvision") << u"cu128"_s << QStringList{u"torch"_s, u"torchvision"_s};
        // torchvision pins torch==2.8.0 without a local label; 2.8.0+cu128 must satisfy it.
        QTest::newRow("cu128: torchvision==0.23.*") << u"cu128"_s << QStringList{u"torchvision==0.23.*"_s};
        QTest::newRow("cu128: torch torchaudio==2.8.*")
            << u"cu128"_s << QStringList{u"torch"_s, u"torchaudio==2.8.*"_s};
        QTest::newRow("cu128: numpy<2 pillow") << u"cu128"_s << QStringList{u"numpy<2"_s, u"pillow"_s};
        // cu128 builds start at torch 2.7.1: no solution on either side.
        QTest::newRow("cu128: torch<2.7") << u"cu128"_s << QStringList{u"torch<2.7"_s};
        // cu118 stops at torch 2.7.1.
        QTest::newRow("cu118: torch torchvision") << u"cu118"_s << QStringList{u"torch"_s, u"torchvision"_s};
        // The cpu index mirrors only a few dependencies (no sympy): no solution on either side.
        QTest::newRow("cpu: torch") << u"cpu"_s << QStringList{u"torch"_s};
        QTest::newRow("pypi: torch") << u"pypi"_s << QStringList{u"torch"_s};
        QTest::newRow("pypi: torch torchvision") << u"pypi"_s << QStringList{u"torch"_s, u"torchvision"_s};
        QTest::newRow("pypi: torchvision==0.23.*") << u"pypi"_s << QStringList{u"torchvision==0.23.*"_s};
        QTest::newRow("pypi: torchvision==0.21.0") << u"pypi"_s << QStringList{u"torchvision==0.21.0"_s};
        QTest::newRow("pypi: numpy<2 pillow") << u"pypi"_s << QStringList{u"numpy<2"_s, u"pillow"_s};
        // The newest numpy is a pre-release and the newest pillow is yanked: both skipped.
        QTest::newRow("pypi: numpy pillow") << u"pypi"_s << QStringList{u"numpy"_s, u"pillow"_s};
        QTest::newRow("pypi: jinja2 sympy<1.14") << u"pypi"_s << QStringList{u"jinja2"_s, u"sympy<1.14"_s};
    }

    void resolutionShouldEqualPips()
    {
        QFETCH(QString, index);
        QFETCH(QStringList, requirements);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QUrl indexUrl = m_server.indexUrl(index);
        QVERIFY(writeProject(dir.path(), requirements));

        m_server.clearRequestLog();
        const Side pip = runPip(dir.path(), indexUrl, requirements);
        QVERIFY2(!pip.broken, qPrintable(u"pip failed for another reason than resolution:\n"_s + pip.diagnostics));
        QVERIFY2(!m_server.requestLog().isEmpty(), "pip never asked the loopback index");
        const Side akari = runAkari(dir.path(), indexUrl);

        const QString both = u"\nAkari:\n%1\n%2\npip:\n%3\n%4"_s.arg(describe(akari.picks), akari.diagnostics,
                                                                     describe(pip.picks), pip.diagnostics);
        QVERIFY2(akari.satisfiable == pip.satisfiable,
                 qPrintable(u"Akari says %1, pip says %2%3"_s.arg(
                     akari.satisfiable ? u"satisfiable"_s : u"no solution"_s,
                     pip.satisfiable ? u"satisfiable"_s : u"no solution"_s, both)));
        if (!pip.satisfiable)
            return;
        // Not a vacuous comparison: every requested project was resolved.
        for (const QString &requirement : std::as_const(requirements)) {
            const QString name =
                Akari::PackageName::canonicalize(requirement.section(QRegularExpression(u"[<>=!~ ]"_s), 0, 0));
            QVERIFY2(pip.picks.contains(name), qPrintable(name + both));
        }
        QStringList differences;
        const QStringList names = QStringList(pip.picks.keys()) + akari.picks.keys();
        for (const QString &name : names) {
            if (pip.picks.value(name) != akari.picks.value(name) && !differences.contains(name))
                differences.append(name);
        }
        QVERIFY2(differences.isEmpty(), qPrintable(u"they differ on %1%2"_s.arg(differences.join(u", "_s), both)));
    }

private:
    bool writeProject(const QString &dir, const QStringList &requirements) const
    {
        QStringList quoted;
        for (const QString &requirement : requirements)
            quoted.append(u"\"%1\""_s.arg(requirement));
        // requires-python starts at this interpreter so that uv's "whole range" rule and pip's
        // single-interpreter view agree.
        const QString text =
            u"[project]\nname = \"pip-equality\"\nversion = \"0.1.0\"\n"
            "requires-python = \">=%1\"\ndependencies = [%2]\n"_s.arg(m_pythonMinor, quoted.join(u", "_s));
        QFile file(dir + u"/pyproject.toml"_s);
        return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) == text.toUtf8().size();
    }

    Side runPip(const QString &dir, const QUrl &indexUrl, const QStringList &requirements) const
    {
        QProcessEnvironment environment = cleanEnvironment(dir + u"/pip-home"_s);
        environment.insert(u"PIP_CONFIG_FILE"_s, u"/dev/null"_s);
        environment.insert(u"PIP_DISABLE_PIP_VERSION_CHECK"_s, u"1"_s);
        environment.insert(u"PIP_NO_INPUT"_s, u"1"_s);
        const QString report = dir + u"/pip-report.json"_s;
        const ProcessResult run =
            runProcess(QStringLiteral(AKARI_PIP_PYTHON),
                       QStringList{u"-m"_s, u"pip"_s, u"install"_s, u"--dry-run"_s, u"--ignore-installed"_s,
                                   u"--report"_s, report, u"--index-url"_s, indexUrl.toString(), u"--no-cache-dir"_s,
                                   u"--quiet"_s, u"--only-binary=:all:"_s} +
                           requirements,
                       environment, dir, 180000);
        Side side;
        side.diagnostics = run.err.right(2000);
        if (run.exitCode != 0) {
            // Only "no solution" counts as unsatisfiable; anything else is a broken run.
            side.broken = !run.err.contains(u"Could not find a version that satisfies"_s) &&
                          !run.err.contains(u"ResolutionImpossible"_s);
            return side;
        }
        QFile file(report);
        if (!file.open(QIODevice::ReadOnly))
            return side;
        const QJsonArray install = QJsonDocument::fromJson(file.readAll()).object().value("install"_L1).toArray();
        side.satisfiable = true;
        for (const QJsonValue &value : install) {
            const QJsonObject item = value.toObject();
            const QJsonObject metadata = item.value("metadata"_L1).toObject();
            const QJsonObject download = item.value("download_info"_L1).toObject();
            const QJsonObject archive = download.value("archive_info"_L1).toObject();
            QString hash = archive.value("hash"_L1).toString();
            if (hash.isEmpty())
                hash = u"sha256="_s + archive.value("hashes"_L1).toObject().value("sha256"_L1).toString();
            side.picks.insert(Akari::PackageName::canonicalize(metadata.value("name"_L1).toString()),
                              {metadata.value("version"_L1).toString(),
                               comparableUrl(indexUrl, download.value("url"_L1).toString()), comparableHash(hash)});
        }
        return side;
    }

    Side runAkari(const QString &dir, const QUrl &indexUrl) const
    {
        QProcessEnvironment environment = cleanEnvironment(dir + u"/akari-home"_s);
        environment.insert(u"UV_DEFAULT_INDEX"_s, indexUrl.toString());
        const ProcessResult run =
            runProcess(QStringLiteral(AKARI_CLI_PATH),
                       {u"resolve"_s, dir, u"--json"_s, u"--python"_s, QStringLiteral(AKARI_PIP_PYTHON)}, environment,
                       dir, 180000);
        Side side;
        side.diagnostics = u"exit code %1\n%2"_s.arg(run.exitCode).arg(run.err.right(2000));
        QJsonParseError error{};
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
        if (error.error != QJsonParseError::NoError) {
            side.diagnostics += u"\nstdout is not JSON (%1): %2"_s.arg(error.errorString(), run.out.left(2000));
            return side;
        }
        side.satisfiable = json.value("satisfiable"_L1).toBool();
        if (!side.satisfiable)
            side.diagnostics += u"\n"_s + json.value("explanation"_L1).toString();
        const QJsonArray packages = json.value("packages"_L1).toArray();
        for (const QJsonValue &value : packages) {
            const QJsonObject item = value.toObject();
            side.picks.insert(Akari::PackageName::canonicalize(item.value("name"_L1).toString()),
                              {item.value("version"_L1).toString(),
                               comparableUrl(indexUrl, item.value("url"_L1).toString()),
                               comparableHash(item.value("hash"_L1).toString())});
        }
        return side;
    }

    PythonIndexServer m_server;
    QString m_pythonMinor;
};

QTEST_GUILESS_MAIN(TestPipEquality)
#include "tst_pipequality.moc"
