// SPDX-License-Identifier: GPL-3.0-or-later
#include "differentialcomparison.h"

#include <optional>

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace Akari::Differential
{

namespace
{

constexpr qsizetype MaxReported = 50;

QJsonValue number(quint64 value)
{
    return QString::number(value);
}

template<typename T>
QJsonValue optionalNumber(const std::optional<T> &value)
{
    return value ? QJsonValue(QString::number(quint64(*value))) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonArray pairs(const QList<QStringList> &items)
{
    QJsonArray array;
    for (const QStringList &item : items)
        array.append(QJsonArray::fromStringList(item));
    return array;
}

QString quoted(const QString &text)
{
    const QByteArray json = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QString shown(const QJsonValue &value)
{
    if (value.isString())
        return quoted(value.toString());
    if (value.isNull() || value.isUndefined())
        return u"none"_s;
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

QJsonObject versionRecord(const Version &v)
{
    QJsonArray release;
    for (const quint64 part : v.release())
        release.append(number(part));
    const auto pre = v.pre();
    return {
        {u"str"_s, v.toString()},
        {u"public"_s, v.publicVersion()},
        {u"base_version"_s, v.baseVersion()},
        {u"local"_s, v.hasLocal() ? QJsonValue(v.local()) : QJsonValue(QJsonValue::Null)},
        {u"epoch"_s, number(v.epoch())},
        {u"release"_s, release},
        {u"pre"_s, pre ? QJsonValue(QJsonArray{pre->letter(), number(pre->number)}) : QJsonValue(QJsonValue::Null)},
        {u"post"_s, optionalNumber(v.post())},
        {u"dev"_s, optionalNumber(v.dev())},
        {u"is_prerelease"_s, v.isPrerelease()},
        {u"is_devrelease"_s, v.isDevrelease()},
        {u"is_postrelease"_s, v.isPostrelease()},
    };
}

MarkerEnvironment akariEnvironment(const QJsonObject &values)
{
    MarkerEnvironment env;
    for (auto it = values.begin(); it != values.end(); ++it)
        env.setValue(MarkerEnvironment::variableFromName(it.key()).value(), it.value().toString());
    return env;
}

QString errorText(const Akari::Error &error)
{
    return u"error \""_s + error.message().section(u'\n', 0, 0) + u'"';
}

QByteArray Disagreements::report(qsizetype cases) const
{
    const qsizetype shown = qMin(MaxReported, m_items.size());
    for (qsizetype i = 0; i < shown; ++i)
        qWarning("%s", qUtf8Printable(m_items.at(i)));
    return (QString::number(m_items.size()) + u" of "_s + QString::number(cases) +
            u" cases disagree with packaging; the first "_s + QString::number(shown) + u" are listed above"_s)
        .toUtf8();
}

} // namespace Akari::Differential
