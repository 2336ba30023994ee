// SPDX-License-Identifier: GPL-3.0-or-later
#include "torchplan.h"

#include <QJsonArray>
#include <QSet>

#include "../backend/torchbackend.h"
#include "../pep/packagename.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

const QString TorchPlan::PyPi = u"pypi"_s;

const std::array<TargetPlatform::Os, PlatformBackends::PlatformCount> &PlatformBackends::platforms()
{
    static const std::array<TargetPlatform::Os, PlatformCount> all{
        TargetPlatform::Os::Linux, TargetPlatform::Os::Windows, TargetPlatform::Os::MacOs};
    return all;
}

PlatformBackends::PlatformBackends()
{
    ids.fill(TorchPlan::PyPi);
}

PlatformBackends PlatformBackends::uniform(const QString &id)
{
    PlatformBackends result;
    result.ids.fill(id);
    return result;
}

bool PlatformBackends::isAllPyPi() const
{
    return isUniform() && ids[0] == TorchPlan::PyPi;
}

TorchPlan TorchPlan::defaultPlan()
{
    TorchPlan plan;
    plan.setPackages({u"torch"_s, u"torchvision"_s});
    return plan;
}

void TorchPlan::setPackages(const QStringList &packages)
{
    QStringList canonical;
    for (const QString &package : packages) {
        const QString name = PackageName::canonicalize(package);
        if (!name.isEmpty() && !canonical.contains(name))
            canonical.append(name);
    }
    m_packages = canonical;
    for (auto it = m_matrix.begin(); it != m_matrix.end();) {
        if (m_packages.contains(it.key()))
            ++it;
        else
            it = m_matrix.erase(it);
    }
}

PlatformBackends TorchPlan::backends(const QString &package) const
{
    return m_matrix.value(PackageName::canonicalize(package));
}

void TorchPlan::setBackends(const QString &package, const PlatformBackends &backends)
{
    const QString name = PackageName::canonicalize(package);
    if (!m_packages.contains(name))
        m_packages.append(name);
    if (backends.isAllPyPi())
        m_matrix.remove(name);
    else
        m_matrix.insert(name, backends);
}

void TorchPlan::setBackend(const QString &package, TargetPlatform::Os os, const QString &id)
{
    PlatformBackends row = backends(package);
    row.set(os, id);
    setBackends(package, row);
}

void TorchPlan::setPlatformBackend(TargetPlatform::Os os, const QString &id)
{
    for (const QString &package : std::as_const(m_packages))
        setBackend(package, os, id);
}

QStringList TorchPlan::backendIds() const
{
    QStringList result;
    const auto collect = [&result](const PlatformBackends &row) {
        for (const QString &id : row.ids) {
            if (id != PyPi && !result.contains(id))
                result.append(id);
        }
    };
    if (m_mode == Mode::Variants) {
        for (const TorchVariant &variant : m_variants)
            collect(variant.backends);
    } else {
        for (const QString &package : m_packages)
            collect(backends(package));
    }
    return result;
}

bool TorchPlan::isValid(QString *why) const
{
    const auto failWith = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    const auto knownId = [](const QString &id) { return id == PyPi || TorchBackend::fromId(id).has_value(); };
    if (m_packages.isEmpty())
        return failWith(tr("The plan covers no packages."));
    for (const PlatformBackends &row : m_matrix) {
        for (const QString &id : row.ids) {
            if (!knownId(id))
                return failWith(tr("“%1” is not a PyTorch backend.").arg(id));
        }
    }
    if (m_mode == Mode::Variants) {
        if (m_variants.isEmpty())
            return failWith(tr("A plan with variants needs at least one variant."));
        QSet<QString> names;
        for (const TorchVariant &variant : m_variants) {
            const QString name = PackageName::canonicalize(variant.name);
            if (name.isEmpty())
                return failWith(tr("A variant needs a name."));
            if (names.contains(name))
                return failWith(tr("Two variants are called “%1”.").arg(variant.name));
            names.insert(name);
            for (const QString &id : variant.backends.ids) {
                if (!knownId(id))
                    return failWith(tr("“%1” is not a PyTorch backend.").arg(id));
            }
        }
    }
    return true;
}

namespace
{
QJsonObject platformsJson(const PlatformBackends &row)
{
    QJsonObject object;
    for (TargetPlatform::Os os : PlatformBackends::platforms())
        object.insert(TargetPlatform{os}.name(), row.at(os));
    return object;
}
} // namespace

QJsonObject TorchPlan::toJson() const
{
    QJsonObject json;
    json.insert(u"mode"_s, m_mode == Mode::Variants ? u"variants"_s : u"platforms"_s);
    json.insert(u"packages"_s, QJsonArray::fromStringList(m_packages));
    if (m_mode == Mode::PerPlatform) {
        QJsonObject rows;
        for (const QString &package : m_packages)
            rows.insert(package, platformsJson(backends(package)));
        json.insert(u"platforms"_s, rows);
    } else {
        QJsonArray variants;
        for (const TorchVariant &variant : m_variants) {
            variants.append(QJsonObject{
                {u"name"_s, variant.name},
                {u"kind"_s, variant.kind == TorchVariant::Kind::Group ? u"group"_s : u"extra"_s},
                {u"platforms"_s, platformsJson(variant.backends)},
            });
        }
        json.insert(u"variants"_s, variants);
    }
    return json;
}

bool operator==(const TorchPlan &a, const TorchPlan &b)
{
    if (a.m_mode != b.m_mode || a.m_packages != b.m_packages)
        return false;
    if (a.m_mode == TorchPlan::Mode::Variants)
        return a.m_variants == b.m_variants;
    return a.m_matrix == b.m_matrix;
}

} // namespace Akari
