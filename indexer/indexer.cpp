#include "indexer.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <iomanip>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <ostream>
#include <stdexcept>
#include <thread>

#include <pthread.h>
#include <unordered_set>
#include <vector>

#include <time.h>

#include <xapian.h>

#include "common_words.h"
#include "document_builder.h"
#include "file_scanner.h"
#include "person_resolver.h"
#include "progress_reporter.h"
#include "reading_set.h"
#include "schema.h"

namespace tintuc {
namespace {

// What the database already holds for one source file.
struct IndexedFile {
    std::string stamp;
    std::vector<Xapian::docid> docids;
};

std::map<std::string, IndexedFile> load_indexed_files(const Xapian::Database& db) {
    // Both slots are set on every document, so the two value streams can be
    // joined by docid without fetching documents.
    std::map<Xapian::docid, std::string> stamps;
    for (auto it = db.valuestream_begin(schema::kSlotFileStamp); it != db.valuestream_end(schema::kSlotFileStamp);
         ++it)
        stamps.emplace(it.get_docid(), *it);
    std::map<std::string, IndexedFile> files;
    for (auto it = db.valuestream_begin(schema::kSlotSourcePath); it != db.valuestream_end(schema::kSlotSourcePath);
         ++it) {
        IndexedFile& file = files[*it];
        file.docids.push_back(it.get_docid());
        // A file's documents share one stamp.
        if (auto s = stamps.find(it.get_docid()); s != stamps.end()) file.stamp = s->second;
    }
    return files;
}

bool is_under(const std::string& path, const std::vector<std::string>& roots) {
    for (const std::string& root : roots) {
        if (path.size() > root.size() && path.compare(0, root.size(), root) == 0 &&
            (root.back() == '/' || path[root.size()] == '/'))
            return true;
    }
    return false;
}

// B-tree block size of a new index (Xapian's default is 8 KiB). Glass
// reads a block per pread() call, and a headline typed without accents
// reads the common-word counts of a quarter of the articles
// (common_words.h): with 32 KiB blocks it took 3.4 ms instead of 4.7 at
// the median on the shared articles, other queries the same, the index
// 10 % larger. 64 KiB gained nothing more.
constexpr unsigned kBlockSize = 32 * 1024;

// Opens the database for writing, turning Xapian's exceptions into the
// messages users need.
Xapian::WritableDatabase open_for_writing(const std::string& path, bool rebuild) {
    std::error_code ec;
    const std::filesystem::path parent = std::filesystem::path(path).parent_path();
    if (!parent.empty()) {
        std::filesystem::create_directories(parent, ec);
        if (ec) throw std::runtime_error("cannot create database '" + path + "': " + ec.message());
    }
    const int flags = (rebuild ? Xapian::DB_CREATE_OR_OVERWRITE : Xapian::DB_CREATE_OR_OPEN) | Xapian::DB_BACKEND_GLASS;
    try {
        return Xapian::WritableDatabase(path, flags, kBlockSize);
    } catch (const Xapian::DatabaseLockError&) {
        throw std::runtime_error("cannot open database '" + path +
                                 "': locked by another indexer; wait for it to finish, then run again");
    } catch (const Xapian::DatabaseVersionError& e) {
        throw std::runtime_error("cannot open database '" + path + "': made by an incompatible version (" +
                                 e.get_msg() + "); rebuild it with --rebuild");
    } catch (const Xapian::Error& e) {
        throw std::runtime_error("cannot open database '" + path + "' for writing: " + e.get_msg() +
                                 "; check the path and its permissions, or choose another with --db");
    }
}

double thread_cpu_seconds() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

// Adds the wall time from construction to stop() or destruction to `total`.
class StageClock {
  public:
    explicit StageClock(double& total) : total_(total), start_(std::chrono::steady_clock::now()) {}
    ~StageClock() { stop(); }
    void stop() {
        if (stopped_) return;
        stopped_ = true;
        total_ += std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    }
    StageClock(const StageClock&) = delete;
    StageClock& operator=(const StageClock&) = delete;

  private:
    double& total_;
    std::chrono::steady_clock::time_point start_;
    bool stopped_ = false;
};

// Builds documents on worker threads while the caller writes them in
// order: one worker per spare core (a second worker on two cores slowed
// the writer: 20.9 s and 29.2 s against 19.0 s and 20.4 s for the 35,440
// shared articles). Since terms carry no positions, writing is quicker than
// analysis, so a writer that would wait builds the next file no worker has
// taken instead. At most kWindow documents wait in memory: enough for
// analysis to run ahead while a commit flushes (256 left the writer
// waiting 4-5 s per run, 1,024 under 0.5 s, for ~50 MB).
class DocumentPipeline {
  public:
    explicit DocumentPipeline(const std::vector<const SourceFile*>& files) : files_(files), slots_(files.size()) {
        unsigned n = std::max(1u, std::thread::hardware_concurrency() - 1);
        n = std::min<unsigned>(n, static_cast<unsigned>(std::max<std::size_t>(files.size(), 1)));
        for (unsigned i = 0; i < n; ++i)
            workers_.emplace_back([this] {
                // Named, so that top and perf tell analysis from writing.
                pthread_setname_np(pthread_self(), "tintuc-analyse");
                work();
            });
    }
    ~DocumentPipeline() {
        {
            std::lock_guard<std::mutex> lock(mutex_);
            stop_ = true;
        }
        space_.notify_all();
        for (std::thread& t : workers_)
            if (t.joinable()) t.join();
    }

    // CPU seconds the workers spent; waits for them to finish.
    double cpu_seconds_when_done() {
        for (std::thread& t : workers_)
            if (t.joinable()) t.join();
        return static_cast<double>(cpu_micros_.load()) * 1e-6;
    }
    // CPU seconds take() spent building files.
    double caller_cpu_seconds() const { return static_cast<double>(caller_cpu_micros_) * 1e-6; }
    DocumentPipeline(const DocumentPipeline&) = delete;
    DocumentPipeline& operator=(const DocumentPipeline&) = delete;

    // The i-th document, in order; until it is built, the caller builds
    // files no worker has taken.
    BuiltFile take(std::size_t i) {
        std::unique_lock<std::mutex> lock(mutex_);
        while (!slots_[i].has_value()) {
            std::size_t j = next_.load();
            if (j < files_.size() && j < taken_ + kWindow && next_.compare_exchange_strong(j, j + 1)) {
                lock.unlock();
                const double start = thread_cpu_seconds();
                build(j, sent_by_caller_);
                caller_cpu_micros_ += static_cast<long long>((thread_cpu_seconds() - start) * 1e6);
                lock.lock();
                continue;
            }
            ready_.wait(lock, [&] { return slots_[i].has_value(); });
        }
        BuiltFile doc = std::move(*slots_[i]);
        slots_[i].reset();
        taken_ = i + 1;
        lock.unlock();
        space_.notify_all();
        return doc;
    }

    // Hands a written file back for a worker to free: freeing a file's
    // documents (thousands of small allocations) is work the writer need
    // not do, as it limits indexing speed.
    void recycle(BuiltFile&& spent) {
        std::lock_guard<std::mutex> lock(mutex_);
        spent_.push_back(std::move(spent));
    }

  private:
    static constexpr std::size_t kWindow = 1024;

    void work() {
        const double start = thread_cpu_seconds();
        run();
        cpu_micros_ += static_cast<long long>((thread_cpu_seconds() - start) * 1e6);
    }

    void run() {
        std::unordered_set<std::string> sent;  // readings passed on by this worker
        std::vector<BuiltFile> spent;
        for (;;) {
            const std::size_t i = next_.fetch_add(1);
            if (i >= files_.size()) return;
            {
                std::unique_lock<std::mutex> lock(mutex_);
                space_.wait(lock, [&] { return stop_ || i < taken_ + kWindow; });
                if (stop_) return;
                spent.swap(spent_);
            }
            spent.clear();
            build(i, sent);
        }
    }

    // `sent`: the readings passed on by the calling thread.
    void build(std::size_t i, std::unordered_set<std::string>& sent) {
        BuiltFile doc = build_documents(files_[i]->path, files_[i]->stamp, &sent);
        // Only files the writer adds record their readings.
        if (doc.ok) doc.readings.drop_sent(sent);
        {
            std::lock_guard<std::mutex> lock(mutex_);
            slots_[i] = std::move(doc);
        }
        ready_.notify_all();
    }

    const std::vector<const SourceFile*>& files_;
    std::vector<std::optional<BuiltFile>> slots_;
    std::vector<BuiltFile> spent_;  // written, waiting to be freed by a worker
    std::vector<std::thread> workers_;
    std::atomic<std::size_t> next_{0};
    std::atomic<long long> cpu_micros_{0};
    long long caller_cpu_micros_ = 0;
    std::unordered_set<std::string> sent_by_caller_;
    std::mutex mutex_;
    std::condition_variable ready_, space_;
    std::size_t taken_ = 0;
    bool stop_ = false;
};

void print_summary(const IndexSummary& s, const std::string& db, std::ostream& out) {
    out << "indexed into '" << db << "': " << s.added << " added, " << s.updated << " updated, " << s.unchanged
        << " unchanged, " << s.removed << " removed, " << s.failed << " failed in " << std::fixed
        << std::setprecision(2) << s.seconds << " s";
    if (s.names_merged > 0)
        out << "; " << s.names_merged << " partial names merged into full names in " << s.documents_resolved
            << " articles";
    out << "\n";
}

void print_times(const StageTimes& t, std::ostream& out) {
    out << std::fixed << std::setprecision(2) << "time (s): scan " << t.scan << ", writer waiting for (or doing) analysis "
        << t.waiting << ", writing " << t.writing << ", committing " << t.committing << ", collection pass "
        << t.resolving << "; CPU: analysis " << t.analysis_cpu + t.writer_analysis_cpu << " (" << t.writer_analysis_cpu
        << " of it on the writer thread), writing " << t.writer_cpu - t.writer_analysis_cpu
        << "\n";
}

}  // namespace

int run_indexer(const IndexOptions& options, std::ostream& out, std::ostream& err) {
    const auto start = std::chrono::steady_clock::now();
    const double writer_cpu_start = thread_cpu_seconds();
    IndexSummary summary;
    StageTimes& times = summary.times;
    try {
        StageClock scanning(times.scan);
        ScanResult scan = scan_sources(options.paths);
        Xapian::WritableDatabase db = open_for_writing(options.database, options.rebuild);
        // Adding documents of one layout to an index of another would
        // leave it half readable.
        if (db.get_doccount() > 0 && schema::schema_version(db) != schema::kSchemaVersion)
            throw std::runtime_error("cannot update index '" + options.database +
                                     "': it was built by another version of tintuc (index layout " +
                                     schema::schema_version(db) + ", this one writes " + schema::kSchemaVersion +
                                     "); rebuild it with --rebuild");
        db.set_metadata(schema::kSchemaVersionKey, schema::kSchemaVersion);
        // The numbering slot 9 uses; an index being updated keeps its own.
        const std::string common_words = CommonWords::builtin().serialise();
        if (db.get_doccount() > 0 && db.get_metadata(schema::kCommonWordsKey) != common_words)
            throw std::runtime_error("cannot update index '" + options.database +
                                     "': it was built with another list of common words; rebuild it with --rebuild");
        db.set_metadata(schema::kCommonWordsKey, common_words);
        for (const std::string& problem : scan.problems) {
            err << "tintuc-index: " << problem << "\n";
            ++summary.failed;
        }

        std::map<std::string, IndexedFile> indexed = load_indexed_files(db);
        std::vector<const SourceFile*> todo;
        for (const SourceFile& f : scan.files) {
            auto it = indexed.find(f.path);
            if (it != indexed.end() && !f.stamp.empty() && it->second.stamp == f.stamp) {
                summary.unchanged += it->second.docids.size();
            } else {
                todo.push_back(&f);
            }
        }

        // Files gone from a directory we were asked to index.
        std::size_t pending = 0;
        for (const auto& [path, file] : indexed) {
            if (!is_under(path, scan.roots)) continue;
            if (std::binary_search(scan.files.begin(), scan.files.end(), SourceFile{path, {}},
                                   [](const SourceFile& a, const SourceFile& b) { return a.path < b.path; }))
                continue;
            for (Xapian::docid id : file.docids) db.delete_document(id);
            summary.removed += file.docids.size();
            pending += file.docids.size();
        }

        ProgressReporter progress(todo.size());
        ReadingRecorder readings(db);
        scanning.stop();
        {
            DocumentPipeline pipeline(todo);
            for (std::size_t i = 0; i < todo.size(); ++i) {
                BuiltFile built;
                {
                    StageClock clock(times.waiting);
                    built = pipeline.take(i);
                }
                StageClock writing(times.writing);
                const SourceFile& f = *todo[i];
                auto old = indexed.find(f.path);
                if (!built.record_errors.empty() || !built.ok) progress.clear();
                for (const std::string& e : built.record_errors) {
                    err << "tintuc-index: skipped an article in '" << f.path << "': " << e << "\n";
                    ++summary.failed;
                }
                if (!built.ok) {
                    err << "tintuc-index: skipped '" << f.path << "': " << built.error << "\n";
                    ++summary.failed;
                } else if (old != indexed.end()) {
                    readings.record(built.readings);
                    // Replace by unique id, so an article keeps its docid;
                    // articles the file no longer holds go.
                    std::set<Xapian::docid> kept;
                    for (BuiltDocument& d : built.documents) kept.insert(db.replace_document(d.id_term, d.document));
                    for (Xapian::docid id : old->second.docids)
                        if (!kept.count(id)) db.delete_document(id);
                    summary.updated += built.documents.size();
                    pending += built.documents.size();
                } else {
                    readings.record(built.readings);
                    for (BuiltDocument& d : built.documents) db.add_document(d.document);
                    summary.added += built.documents.size();
                    pending += built.documents.size();
                }
                writing.stop();
                if (pending >= options.commit_interval) {
                    StageClock clock(times.committing);
                    db.commit();
                    pending = 0;
                }
                pipeline.recycle(std::move(built));
                progress.update(i + 1, summary.added + summary.updated);
            }
            times.analysis_cpu = pipeline.cpu_seconds_when_done();
            times.writer_analysis_cpu = pipeline.caller_cpu_seconds();
        }
        progress.clear();
        {
            StageClock clock(times.committing);
            db.commit();
        }
        StageClock clock(times.resolving);
        const ResolverSummary resolved = resolve_partial_names(db);
        summary.names_merged = resolved.names_merged;
        summary.documents_resolved = resolved.documents_changed;
        db.commit();
        db.close();
    } catch (const std::runtime_error& e) {
        err << "tintuc-index: " << e.what() << "\n";
        return kExitUsage;
    } catch (const Xapian::Error& e) {
        err << "tintuc-index: indexing into '" << options.database << "' failed: " << e.get_msg()
            << "; the database keeps its last committed state, run again when the cause is fixed\n";
        return kExitUsage;
    }
    summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    times.writer_cpu = thread_cpu_seconds() - writer_cpu_start;
    print_summary(summary, options.database, out);
    if (options.timings) print_times(times, out);
    return summary.failed > 0 ? kExitSomeFailed : kExitOk;
}

}  // namespace tintuc
