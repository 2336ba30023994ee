// SPDX-License-Identifier: GPL-3.0-or-later
#include "indexcandidateprovider.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <future>
#include <optional>

#include <QThreadPool>

#include "../pep/coremetadata.h"
#include "../pep/sdistfilename.h"
#include "../pep/specifierset.h"
#include "../pep/wheelfilename.h"
#include "requirespython.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{

// Metadata fetches that overlap with the solver: enough to hide latency, few enough to be polite.
constexpr int PrefetchThreads = 8;
constexpr int PrefetchPerCall = 8;
// How many tags of unusable wheels an explanation names.
constexpr int TagsInDetail = 3;

using MetadataFuture = std::shared_future<Result<QByteArray>>;
using PageFuture = std::shared_future<Result<SimpleIndexClient::Lookup>>;

// Waits for a prefetch, polling \a cancel; nullopt when cancelled meanwhile.
template<typename T>
std::optional<T> await(const std::shared_future<T> &future, const HttpClient::CancelCheck &cancel)
{
    while (future.wait_for(std::chrono::milliseconds(20)) != std::future_status::ready) {
        if (cancel())
            return std::nullopt;
    }
    return future.get();
}

// Where a version's chosen wheel came from, so that its metadata can be fetched.
struct FileOrigin
{
    PackageIndex index;
    IndexFile file;
};

QString key(const PackageName &package, const Version &version)
{
    return package.canonical() + u"=="_s + version.toString();
}

DistributionFile distributionFile(const PackageIndex &index, const IndexFile &file)
{
    DistributionFile result;
    result.filename = file.filename;
    result.url = file.url.adjusted(QUrl::RemoveUserInfo);
    result.indexName = index.name;
    result.indexUrl = index.displayUrl();
    result.sha256 = file.hashes.value(u"sha256"_s);
    result.size = file.size;
    return result;
}

// The files of one version on one index.
struct VersionFiles
{
    Version version;
    PackageIndex index;
    QList<IndexFile> wheels;
    QList<WheelFileName> wheelNames;
    QList<IndexFile> sdists;
};

} // namespace

struct IndexCandidateProvider::State
{
    std::shared_ptr<SimpleIndexClient> client;
    IndexConfiguration configuration;
    TargetEnvironment target;
    HttpClient::CancelCheck isCancelled;

    QHash<PackageName, PackageCandidates> candidates;
    QHash<QString, FileOrigin> origins; // by key()
    QHash<QString, CandidateMetadata> metadata;
    QHash<QString, MetadataFuture> prefetched;
    QHash<PackageName, PageFuture> pages; // from the package's first index
    std::atomic<int> requests{0};
    // Set by the destructor: prefetches still queued or running give up.
    std::shared_ptr<std::atomic<bool>> stopped = std::make_shared<std::atomic<bool>>(false);
    QThreadPool pool;

    [[nodiscard]] HttpClient::CancelCheck cancelCheck() const
    {
        return [stop = stopped, check = isCancelled] { return stop->load() || (check && check()); };
    }

    // The page of \a package on \a index: the prefetched one when \a first has one, else fetched now.
    [[nodiscard]] Result<SimpleIndexClient::Lookup> page(const PackageIndex &index, const PackageName &package,
                                                         bool first, const HttpClient::CancelCheck &cancel);
    [[nodiscard]] Candidate candidateFor(const PackageName &package, const VersionFiles &files);
    [[nodiscard]] Result<QList<VersionFiles>> filesFrom(const PackageIndex &index, const PackageName &package,
                                                        const IndexPage &page) const;
};

Result<SimpleIndexClient::Lookup> IndexCandidateProvider::State::page(const PackageIndex &index,
                                                                      const PackageName &package, bool first,
                                                                      const HttpClient::CancelCheck &cancel)
{
    if (first) {
        if (const PageFuture pending = pages.take(package); pending.valid()) {
            std::optional<Result<SimpleIndexClient::Lookup>> lookup = await(pending, cancel);
            if (!lookup)
                return fail(Error::cancelled());
            // A prefetch cancelled on its own (never by the user) is simply done again.
            if (*lookup || lookup->error().code() != Error::Code::Cancelled || cancel())
                return std::move(*lookup);
        }
    }
    ++requests;
    return client->projectPage(index, package, cancel);
}

Candidate IndexCandidateProvider::State::candidateFor(const PackageName &package, const VersionFiles &files)
{
    Candidate candidate;
    candidate.version = files.version;

    // The files whose requires-python admits the target; a broken specifier drops the file, as uv does.
    QString excludingSpecifier;
    const auto admitsTarget = [&](const IndexFile &file, bool *dropped) {
        *dropped = false;
        if (file.requiresPython.isEmpty())
            return true;
        const Result<SpecifierSet> specifier = SpecifierSet::parse(file.requiresPython);
        if (!specifier) {
            *dropped = true;
            return false;
        }
        // The solver's rule for requires-python (uv compares lower bounds only), for one answer.
        if (RequiresPython::admits(*specifier, target.python))
            return true;
        if (excludingSpecifier.isEmpty())
            excludingSpecifier = file.requiresPython;
        return false;
    };

    QList<WheelFileName> fittingPython;
    QList<qsizetype> fittingIndex;
    bool wheelExcludedByPython = false;
    for (qsizetype i = 0; i < files.wheels.size(); ++i) {
        bool dropped = false;
        if (admitsTarget(files.wheels.at(i), &dropped)) {
            fittingPython.append(files.wheelNames.at(i));
            fittingIndex.append(i);
        } else if (!dropped && target.tags.isSupported(files.wheelNames.at(i))) {
            wheelExcludedByPython = true;
        }
    }
    QList<IndexFile> sdistsFittingPython;
    for (const IndexFile &sdist : files.sdists) {
        bool dropped = false;
        if (admitsTarget(sdist, &dropped))
            sdistsFittingPython.append(sdist);
    }

    // Yanked only when every file of the version is (PEP 592 yanks files, uv judges releases).
    const QList<IndexFile> all = files.wheels + files.sdists;
    candidate.yanked = !all.isEmpty() && std::ranges::all_of(all, &IndexFile::yanked);
    if (candidate.yanked)
        candidate.yankedReason = all.first().yankedReason;

    const qsizetype best = target.tags.bestWheel(fittingPython);
    if (best >= 0) {
        const IndexFile &file = files.wheels.at(fittingIndex.at(best));
        candidate.usability = Candidate::Usability::Usable;
        candidate.file = distributionFile(files.index, file);
        origins.insert(key(package, files.version), FileOrigin{files.index, file});
        return candidate;
    }
    if (wheelExcludedByPython) {
        candidate.usability = Candidate::Usability::IncompatiblePython;
        candidate.detail = excludingSpecifier;
    } else if (!fittingPython.isEmpty()) {
        candidate.usability = Candidate::Usability::NoCompatibleWheel;
        QStringList tags;
        for (const WheelFileName &wheel : fittingPython) {
            const QString text = wheel.tagText().toString();
            if (!tags.contains(text))
                tags.append(text);
        }
        const qsizetype shown = std::min<qsizetype>(tags.size(), TagsInDetail);
        candidate.detail = tags.mid(0, shown).join(u", "_s) + (tags.size() > shown ? u", …"_s : QString());
    } else if (!sdistsFittingPython.isEmpty()) {
        candidate.usability = Candidate::Usability::SourceOnly;
        candidate.detail = sdistsFittingPython.first().filename;
    } else {
        candidate.usability = Candidate::Usability::IncompatiblePython;
        candidate.detail = excludingSpecifier;
    }
    return candidate;
}

Result<QList<VersionFiles>> IndexCandidateProvider::State::filesFrom(const PackageIndex &index,
                                                                     const PackageName &package,
                                                                     const IndexPage &page) const
{
    QList<VersionFiles> groups;
    QHash<QString, qsizetype> byVersion;
    const auto groupFor = [&](const Version &version) -> VersionFiles & {
        const QString text = version.toString();
        auto found = byVersion.constFind(text);
        if (found == byVersion.constEnd()) {
            found = byVersion.insert(text, groups.size());
            groups.append(VersionFiles{version, index, {}, {}, {}});
        }
        return groups[*found];
    };
    for (const IndexFile &file : page.files) {
        // Unparsable names and other projects' files (flat indexes, sloppy pages) are skipped.
        if (file.filename.endsWith(u".whl"_s, Qt::CaseInsensitive)) {
            const Result<WheelFileName> wheel = WheelFileName::parse(file.filename);
            if (!wheel || wheel->name() != package)
                continue;
            VersionFiles &group = groupFor(wheel->version());
            group.wheels.append(file);
            group.wheelNames.append(*wheel);
        } else {
            const Result<SdistFileName> sdist = SdistFileName::parse(file.filename);
            if (!sdist || sdist->name() != package)
                continue;
            groupFor(sdist->version()).sdists.append(file);
        }
    }
    return groups;
}

IndexCandidateProvider::IndexCandidateProvider(std::shared_ptr<SimpleIndexClient> client,
                                               IndexConfiguration configuration, TargetEnvironment target,
                                               HttpClient::CancelCheck isCancelled)
    : m_state(std::make_unique<State>())
{
    m_state->client = std::move(client);
    m_state->configuration = std::move(configuration);
    m_state->target = std::move(target);
    m_state->isCancelled = std::move(isCancelled);
    m_state->pool.setMaxThreadCount(PrefetchThreads);
}

IndexCandidateProvider::~IndexCandidateProvider()
{
    m_state->stopped->store(true);
    m_state->pool.clear();
    m_state->pool.waitForDone();
}

int IndexCandidateProvider::requestCount() const
{
    return m_state->requests.load();
}

Result<PackageCandidates> IndexCandidateProvider::candidates(const PackageName &package)
{
    State &state = *m_state;
    if (const auto found = state.candidates.constFind(package); found != state.candidates.constEnd())
        return *found;

    const Result<QList<PackageIndex>> indexes = state.configuration.indexesFor(package, state.target.markers);
    if (!indexes)
        return fail(indexes.error());

    // Versions in the order the strategy prefers their files: first-index stops at the first
    // index that has the package; the unsafe strategies merge, an earlier index winning a version.
    QList<VersionFiles> merged;
    QHash<QString, qsizetype> seen;
    QStringList sources;
    bool exists = false;
    const HttpClient::CancelCheck cancel = state.cancelCheck();
    for (const PackageIndex &index : *indexes) {
        if (cancel())
            return fail(Error::cancelled());
        const Result<SimpleIndexClient::Lookup> lookup =
            state.page(index, package, &index == &indexes->first(), cancel);
        if (!lookup)
            return fail(lookup.error());
        if (lookup->outcome == SimpleIndexClient::Lookup::Outcome::Missing)
            continue;
        exists = true;
        sources.append(index.name.isEmpty() ? index.displayUrl() : index.name);
        const Result<QList<VersionFiles>> files = state.filesFrom(index, package, lookup->page);
        if (!files)
            return fail(files.error());
        for (const VersionFiles &group : *files) {
            const QString text = group.version.toString();
            if (seen.contains(text))
                continue;
            seen.insert(text, merged.size());
            merged.append(group);
        }
        if (state.configuration.strategy() == IndexConfiguration::Strategy::FirstIndex)
            break;
    }

    PackageCandidates result;
    result.exists = exists;
    if (!exists) {
        for (const PackageIndex &index : *indexes)
            sources.append(index.name.isEmpty() ? index.displayUrl() : index.name);
    }
    result.source = sources.join(u", "_s);
    std::ranges::stable_sort(merged,
                             [](const VersionFiles &a, const VersionFiles &b) { return a.version > b.version; });
    for (const VersionFiles &group : merged)
        result.versions.append(state.candidateFor(package, group));
    state.candidates.insert(package, result);
    return result;
}

void IndexCandidateProvider::prefetch(const PackageName &package, const QList<Candidate> &likely)
{
    State &state = *m_state;
    int started = 0;
    for (const Candidate &candidate : likely) {
        if (started >= PrefetchPerCall)
            break;
        const QString id = key(package, candidate.version);
        if (!candidate.isUsable() || state.metadata.contains(id) || state.prefetched.contains(id))
            continue;
        const auto origin = state.origins.constFind(id);
        if (origin == state.origins.constEnd())
            continue;
        auto promise = std::make_shared<std::promise<Result<QByteArray>>>();
        state.prefetched.insert(id, promise->get_future().share());
        ++state.requests;
        ++started;
        state.pool.start(
            [promise, client = state.client, index = origin->index, file = origin->file, cancel = state.cancelCheck()] {
                if (cancel()) {
                    promise->set_value(fail(Error::cancelled()));
                    return;
                }
                promise->set_value(client->wheelMetadata(index, file, cancel));
            });
    }
}

void IndexCandidateProvider::prefetchCandidates(const QList<PackageName> &packages)
{
    State &state = *m_state;
    for (const PackageName &package : packages) {
        if (state.candidates.contains(package) || state.pages.contains(package))
            continue;
        // The first index the rules give; a package missing there is looked up further when asked.
        const Result<QList<PackageIndex>> indexes = state.configuration.indexesFor(package, state.target.markers);
        if (!indexes || indexes->isEmpty())
            continue;
        auto promise = std::make_shared<std::promise<Result<SimpleIndexClient::Lookup>>>();
        state.pages.insert(package, promise->get_future().share());
        ++state.requests;
        state.pool.start(
            [promise, client = state.client, index = indexes->first(), package, cancel = state.cancelCheck()] {
                if (cancel()) {
                    promise->set_value(fail(Error::cancelled()));
                    return;
                }
                promise->set_value(client->projectPage(index, package, cancel));
            });
    }
}

Result<CandidateMetadata> IndexCandidateProvider::metadata(const PackageName &package, const Candidate &candidate)
{
    State &state = *m_state;
    const QString id = key(package, candidate.version);
    if (const auto found = state.metadata.constFind(id); found != state.metadata.constEnd())
        return *found;
    const auto origin = state.origins.constFind(id);
    if (origin == state.origins.constEnd()) {
        return fail(Error(Error::Code::Internal, tr("No wheel of %1 %2 was listed, so its metadata cannot be read.")
                                                     .arg(package.canonical(), candidate.version.toString())));
    }

    const HttpClient::CancelCheck cancel = state.cancelCheck();
    if (cancel())
        return fail(Error::cancelled());
    Result<QByteArray> bytes;
    if (const auto pending = state.prefetched.constFind(id); pending != state.prefetched.constEnd()) {
        const std::optional<Result<QByteArray>> prefetched = await(*pending, cancel);
        if (!prefetched)
            return fail(Error::cancelled());
        bytes = *prefetched;
        state.prefetched.remove(id);
        // A prefetch cancelled on its own (never by the user) is simply done again.
        if (!bytes && bytes.error().code() == Error::Code::Cancelled && !cancel()) {
            ++state.requests;
            bytes = state.client->wheelMetadata(origin->index, origin->file, cancel);
        }
    } else {
        ++state.requests;
        bytes = state.client->wheelMetadata(origin->index, origin->file, cancel);
    }
    if (!bytes)
        return fail(bytes.error());

    const QString fileName = origin->file.filename;
    const Result<CoreMetadata> core = CoreMetadata::parse(*bytes, fileName);
    if (!core)
        return fail(core.error());
    CandidateMetadata result;
    result.requiresPython = core->requiresPython();
    for (const QString &text : core->requiresDist()) {
        const Result<Requirement> requirement = Requirement::parse(text);
        if (!requirement) {
            return fail(Error(Error::Code::Parse,
                              tr("The metadata of %1 lists a dependency that is not valid, “%2”: %3")
                                  .arg(fileName, text, requirement.error().message()),
                              origin->file.url.adjusted(QUrl::RemoveUserInfo).toString()));
        }
        result.requiresDist.append(*requirement);
    }
    for (const QString &extra : core->providesExtra())
        result.providesExtra.append(PackageName::canonicalize(extra));
    state.metadata.insert(id, result);
    return result;
}

} // namespace Akari
