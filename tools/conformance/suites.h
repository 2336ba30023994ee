// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace Akari::Conformance
{

class ConformanceReport;

/// Checks every record of one vectors file (its parsed JSON) that the suite knows.
using Suite = std::function<void(const QJsonObject &vectors, ConformanceReport &report)>;

/// The suites by file name ("version.json", ...); a directory may hold only some of the files,
/// and a file only some of the keys: suites check what is present.
struct SuiteEntry
{
    QString fileName;
    Suite run;
};

[[nodiscard]] const QList<SuiteEntry> &allSuites();

/// Checks the records of one key of a vectors file.
using KeyCheck = void (*)(const QJsonArray &records, ConformanceReport &report);

/// Runs each key's check for the keys present in \a vectors (files may hold only some keys).
void runKeyChecks(const QJsonObject &vectors, ConformanceReport &report,
                  std::initializer_list<std::pair<QString, KeyCheck>> checks);

/// Adds a suite; each suite file calls it from a static initialiser:
/// `const bool registered = registerSuite(u"version.json"_s, &checkVersionVectors);`
bool registerSuite(const QString &fileName, Suite suite);

} // namespace Akari::Conformance
