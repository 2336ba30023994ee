// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <random>

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include "core/error.h"
#include "core/index/indexpage.h"

/**
 * Helpers shared by the index page tests (tst_htmlindexparser, tst_jsonindexparser): reading
 * shared/corpus/index-pages and comparing parsed pages with uv's snapshots. Main thread only,
 * like QtTest itself. Functions that check with QCOMPARE/QVERIFY only return from themselves
 * when a check fails: a caller that goes on afterwards tests QTest::currentTestFailed() first.
 */
namespace Akari::Test
{

/// The error's text for a failed result, nothing for a good one (QVERIFY2 always evaluates it).
template<typename T>
[[nodiscard]] QByteArray describe(const Result<T> &result)
{
    return result ? QByteArray() : result.error().toString().toUtf8();
}

/// The page URL that hand-written pages are parsed against.
extern const QUrl PageUrl;

/// The contents of \a path; empty when it cannot be read.
[[nodiscard]] QByteArray readAll(const QString &path);
/// The JSON object in \a path; empty when it cannot be read or holds no object.
[[nodiscard]] QJsonObject readJson(const QString &path);
/// \a name below shared/corpus/index-pages.
[[nodiscard]] QString corpusPath(const QString &name);
/// The folder of reconstructed PyTorch pages, each in its HTML and its PEP 691 JSON form.
[[nodiscard]] QString reconstructedDir();
/// The index variant that a reconstructed page's \a fileName names: "nightly/rocm6.4" for
/// whl_nightly_rocm6.4_torch.html (https://download.pytorch.org/whl/nightly/rocm6.4/torch/).
[[nodiscard]] QString reconstructedVariant(const QString &fileName);

/// In a _data() function: adds the column "testCase" (a QJsonObject) and one row per case of uv's
/// HTML parser tests that exercises \a parser; fails unless there are at least \a minimumRows.
void addUvCaseRows(const QString &parser, int minimumRows);
/// Compares \a page, parsed from a good page of uv's cases, with what uv's \a testCase expects.
void compareWithUvSnapshot(const IndexPage &page, const QJsonObject &testCase);
/// Compares the files of a page's HTML form with those of its JSON form, which may list them in
/// another order; upload times are the one thing that only the JSON form says.
void compareWithJsonForm(const QList<IndexFile> &htmlFiles, const QList<IndexFile> &jsonFiles);

/// A whole HTML project page (doctype, heading) around \a body.
[[nodiscard]] QByteArray htmlPage(const QByteArray &body);
/// The file names of \a page in page order.
[[nodiscard]] QStringList filenames(const IndexPage &page);
/// \a html with 1 to 8 random edits (replace, insert or remove, favouring markup characters).
[[nodiscard]] QByteArray mutateHtml(const QByteArray &html, std::mt19937 &random);

} // namespace Akari::Test
