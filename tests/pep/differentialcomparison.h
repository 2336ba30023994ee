// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/error.h"
#include "core/pep/markerenvironment.h"
#include "core/pep/version.h"

namespace Akari::Differential
{

/// \a items (pairs of strings) as a JSON array of arrays, as the oracle reads them.
QJsonArray pairs(const QList<QStringList> &items);
/// \a text as a JSON string literal, quotes and escapes included.
QString quoted(const QString &text);
/// \a value as JSON; "none" for null or undefined.
QString shown(const QJsonValue &value);
/// Akari's answers in the oracle's format, for a field-by-field comparison.
QJsonObject versionRecord(const Version &v);
/// An environment with the \a values (names as packaging spells them; all known to Akari).
MarkerEnvironment akariEnvironment(const QJsonObject &values);
/// The first line of \a error's message, for a disagreement.
QString errorText(const Akari::Error &error);

/// Collects disagreements; report() logs the first 50 of them, one per line (QtTest cuts long
/// failure messages), and gives the summary for the failure.
class Disagreements
{
public:
    void add(const QString &what) { m_items.append(what); }
    [[nodiscard]] bool isEmpty() const { return m_items.isEmpty(); }
    [[nodiscard]] QByteArray report(qsizetype cases) const;

private:
    QStringList m_items;
};

} // namespace Akari::Differential
