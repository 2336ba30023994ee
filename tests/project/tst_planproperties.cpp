// SPDX-License-Identifier: GPL-3.0-or-later
// Random plans applied to every real project of ../shared/corpus/pyprojects: the result parses,
// reads back as the plan, keeps the packages a plan cannot express, and leaves every table that
// is not the plan's equal to the original. Mutated corpus files never crash the reader, the
// validator or the writer.
#include <sstream>

#include <toml++/toml.h>

#include <QDir>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

#include "core/pep/packagename.h"
#include "core/pep/requirement.h"
#include "core/project/pyprojectvalidator.h"
#include "core/project/tomldocument.h"
#include "core/project/torchplanreader.h"
#include "core/project/torchplanwriter.h"
#include "core/project/tritoncompanion.h"
#include "testenvironment.h"

using namespace Qt::Literals::StringLiterals;
using namespace Akari;

namespace
{
const QStringList BackendPool{u"pypi"_s,  u"cpu"_s,     u"cu118"_s,   u"cu126"_s, u"cu128"_s,
                              u"cu130"_s, u"rocm6.3"_s, u"rocm6.4"_s, u"xpu"_s};

QString text(std::string_view view)
{
    return QString::fromUtf8(view.data(), qsizetype(view.size()));
}

// What a plan may change: the sources of its packages and companions, PyTorch indexes,
// conflicts, and its packages' requirements. Everything else must compare equal.
void stripPlanParts(toml::table &root, const QStringList &owned)
{
    const auto isOwned = [&owned](const QString &name) {
        const QString canonical = PackageName::canonicalize(name);
        return owned.contains(canonical) || TritonCompanion::kindOf(canonical).has_value();
    };
    if (toml::table *sources = root["tool"]["uv"]["sources"].as_table()) {
        QStringList drop;
        for (auto &&[key, value] : *sources) {
            if (isOwned(text(key.str())))
                drop.append(text(key.str()));
        }
        for (const QString &key : std::as_const(drop))
            sources->erase(key.toStdString());
        if (sources->empty())
            root["tool"]["uv"].as_table()->erase("sources");
    }
    if (toml::array *indexes = root["tool"]["uv"]["index"].as_array()) {
        for (size_t i = indexes->size(); i-- > 0;) {
            const toml::table *index = indexes->get(i)->as_table();
            const auto url = index ? index->get_as<std::string>("url") : nullptr;
            if (url &&
                TorchPlanReader::backendOfIndexUrl(QString::fromStdString(**url)).value_or(u"pypi"_s) != u"pypi"_s)
                indexes->erase(indexes->cbegin() + std::ptrdiff_t(i));
        }
        if (indexes->empty())
            root["tool"]["uv"].as_table()->erase("index");
    }
    if (toml::table *uv = root["tool"]["uv"].as_table()) {
        uv->erase("conflicts");
        if (uv->empty())
            root["tool"].as_table()->erase("uv");
        if (root["tool"].as_table()->empty())
            root.erase("tool");
    }
    const auto stripList = [&isOwned](toml::array *list) {
        if (!list)
            return;
        for (size_t i = list->size(); i-- > 0;) {
            const auto value = list->get(i)->value<std::string_view>();
            const Result<Requirement> requirement = value ? Requirement::parse(text(*value)) : Result<Requirement>();
            if (value && requirement && isOwned(requirement->packageName().canonical()))
                list->erase(list->cbegin() + std::ptrdiff_t(i));
        }
    };
    stripList(root["project"]["dependencies"].as_array());
    for (toml::table *lists :
         {root["project"]["optional-dependencies"].as_table(), root["dependency-groups"].as_table()}) {
        if (!lists)
            continue;
        QStringList empty;
        for (auto &&[key, value] : *lists) {
            stripList(value.as_array());
            if (value.as_array() && value.as_array()->empty())
                empty.append(text(key.str()));
        }
        for (const QString &key : std::as_const(empty))
            lists->erase(key.toStdString());
    }
    if (toml::table *extras = root["project"]["optional-dependencies"].as_table(); extras && extras->empty())
        root["project"].as_table()->erase("optional-dependencies");
}

TorchPlan randomPlan(QRandomGenerator &random, const PlanReading &reading)
{
    QStringList packages = reading.plan.packages();
    if (packages.isEmpty()) {
        packages = TorchPlan::defaultPlan().packages();
        packages.removeIf([&reading](const QString &package) { return reading.keptPackages.contains(package); });
    }
    if (packages.isEmpty())
        return {};
    while (packages.size() > 1 && random.bounded(3) == 0)
        packages.removeAt(random.bounded(packages.size()));
    TorchPlan plan;
    plan.setPackages(packages);
    if (random.bounded(3) == 0) {
        plan.setMode(TorchPlan::Mode::Variants);
        QList<TorchVariant> variants;
        const int count = 1 + random.bounded(3);
        while (variants.size() < count) {
            const QString id = BackendPool.at(1 + random.bounded(BackendPool.size() - 1));
            if (std::none_of(variants.cbegin(), variants.cend(), [&id](const TorchVariant &v) { return v.name == id; }))
                variants.append({id, TorchVariant::Kind::Extra, PlatformBackends::uniform(id)});
        }
        plan.setVariants(variants);
        return plan;
    }
    for (const QString &package : packages) {
        for (TargetPlatform::Os os : PlatformBackends::platforms())
            plan.setBackend(package, os, BackendPool.at(random.bounded(BackendPool.size())));
    }
    return plan;
}

QList<std::pair<QString, QByteArray>> corpus()
{
    QList<std::pair<QString, QByteArray>> files;
    const QDir dir(Test::sharedPath(u"corpus/pyprojects"_s));
    for (const QString &name : dir.entryList({u"*.toml"_s}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            files.append({name, file.readAll()});
    }
    return files;
}
} // namespace

class PlanPropertiesTest : public QObject
{
    Q_OBJECT

private slots:
    void randomPlansOnCorpus_data();
    void randomPlansOnCorpus();
    void mutatedFilesNeverCrash();
};

void PlanPropertiesTest::randomPlansOnCorpus_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const auto files = corpus();
    QVERIFY(files.size() >= 25);
    for (const auto &[name, bytes] : files)
        QTest::newRow(qPrintable(name)) << bytes;
}

void PlanPropertiesTest::randomPlansOnCorpus()
{
    QFETCH(QByteArray, bytes);
    const Result<TomlDocument> document = TomlDocument::parse(bytes, u"pyproject.toml"_s);
    QVERIFY(document.has_value());
    const PlanReading before = TorchPlanReader::read(*document);
    QRandomGenerator random(quint32(qHash(bytes)));
    for (int round = 0; round < 40; ++round) {
        const TorchPlan plan = randomPlan(random, before);
        if (plan.packages().isEmpty())
            return; // every PyTorch package of the file is kept as written
        const Result<QByteArray> result = TorchPlanWriter::apply(*document, plan);
        // Variants are extras of [project]; a file without one refuses them, and says why.
        if (!result && plan.mode() == TorchPlan::Mode::Variants && !document->nodeAt({u"project"_s})) {
            QCOMPARE(result.error().code(), Error::Code::InvalidArgument);
            continue;
        }
        const QByteArray planText = QJsonDocument(plan.toJson()).toJson(QJsonDocument::Compact);
        QVERIFY2(result.has_value(), qPrintable(u"%1\n%2"_s.arg(result ? QString() : result.error().toString(),
                                                                QString::fromUtf8(planText))));
        const Result<TomlDocument> after = TomlDocument::parse(*result, u"pyproject.toml"_s);
        QVERIFY2(after.has_value(), planText.constData());
        const PlanReading reread = TorchPlanReader::read(*after);
        QVERIFY2(TorchPlanWriter::samePlan(reread.plan, plan), planText.constData());
        QCOMPARE(reread.keptPackages, before.keptPackages);

        QStringList owned = before.plan.packages() + plan.packages();
        toml::table original = document->root();
        toml::table edited = after->root();
        stripPlanParts(original, owned);
        stripPlanParts(edited, owned);
        if (!(original == edited)) {
            std::ostringstream a;
            std::ostringstream b;
            a << toml::json_formatter(original);
            b << toml::json_formatter(edited);
            qWarning().noquote() << "original:" << QString::fromStdString(a.str())
                                 << "\nedited:" << QString::fromStdString(b.str())
                                 << "\ntext:" << QString::fromUtf8(*result);
        }
        QVERIFY2(original == edited, planText.constData());
    }
}

void PlanPropertiesTest::mutatedFilesNeverCrash()
{
    // Byte-level mutations: deletions, duplications, swapped and inserted TOML punctuation.
    QRandomGenerator random(20261127);
    const QByteArray punctuation = "[]{}=\",'#\n.\t\\";
    int parsed = 0;
    int mutations = 0;
    for (const auto &[name, bytes] : corpus()) {
        for (int round = 0; round < 60; ++round) {
            QByteArray mutated = bytes;
            const int edits = 1 + random.bounded(4);
            for (int e = 0; e < edits && !mutated.isEmpty(); ++e) {
                const qsizetype at = random.bounded(mutated.size());
                switch (random.bounded(4)) {
                case 0:
                    mutated.remove(at, 1 + random.bounded(40));
                    break;
                case 1:
                    mutated.insert(at, mutated.mid(random.bounded(mutated.size()), random.bounded(80)));
                    break;
                case 2:
                    mutated[at] = punctuation.at(random.bounded(punctuation.size()));
                    break;
                default:
                    mutated.insert(at, punctuation.at(random.bounded(punctuation.size())));
                    break;
                }
            }
            ++mutations;
            const Result<TomlDocument> document = TomlDocument::parse(mutated, name);
            if (!document) {
                QVERIFY(document.error().line() > 0);
                continue;
            }
            ++parsed;
            const PlanReading reading = TorchPlanReader::read(*document);
            (void)PyProjectValidator::validate(*document);
            TorchPlan plan = reading.plan;
            if (plan.packages().isEmpty())
                continue;
            plan.setMode(TorchPlan::Mode::PerPlatform);
            for (const QString &package : plan.packages())
                plan.setBackends(package, PlatformBackends::uniform(u"cpu"_s));
            if (const Result<QByteArray> result = TorchPlanWriter::apply(*document, plan))
                QVERIFY(TomlDocument::parse(*result, name).has_value());
        }
    }
    qInfo("%d mutated files, %d of them still TOML", mutations, parsed);
    QVERIFY(parsed > 0);
}

QTEST_GUILESS_MAIN(PlanPropertiesTest)
#include "tst_planproperties.moc"
