// One indexing run: scan the given paths, bring the database up to date
// with them, report.
#ifndef TINTUC_INDEXER_INDEXER_H
#define TINTUC_INDEXER_INDEXER_H

#include <cstddef>
#include <iosfwd>
#include <string>
#include <vector>

namespace tintuc {

// Exit statuses, documented in --help.
inline constexpr int kExitOk = 0;
inline constexpr int kExitUsage = 2;      // bad option, missing path, database unusable
inline constexpr int kExitSomeFailed = 3; // the run finished but some files were skipped

struct IndexOptions {
    std::string database;             // where the index lives (created if missing)
    std::vector<std::string> paths;   // files and directories to index
    bool rebuild = false;             // start from an empty database
    // Documents written between commits: bounds memory. With one
    // positional term per word, writing the 35,440 shared articles took
    // 28.0 s at 2,000, 28.3 s at 2,500, 30-31.7 s at 5,000 (the figure
    // ../shared XAPIAN-INDEXING.md found best for its layout) and 39.7 s
    // at 10,000. Without positions, 1,000 to 4,000 were within the noise
    // (12.5-17.6 s wall) and peak RSS grew from 72 to 147 MB.
    std::size_t commit_interval = 2500;
    bool timings = false;             // print where the time went
};

// Where one run's time went, in seconds. Wall times are the writer
// thread's; analysis runs on worker threads meanwhile, so waiting for it
// shows up as `waiting` (the writer analyses files itself rather than idle).
struct StageTimes {
    double scan = 0;        // listing files, opening the database
    double waiting = 0;     // writer waiting for, or itself doing, analysis
    double writing = 0;     // add/replace_document (Xapian's in-memory buffers)
    double committing = 0;  // commits: flushing buffers to disk
    double resolving = 0;   // collection pass (person_resolver.h) and last commit
    double analysis_cpu = 0;         // CPU of all analysis workers
    double writer_analysis_cpu = 0;  // CPU the writer thread spent analysing
    double writer_cpu = 0;           // CPU of the writer thread, all of it
};

// Counts are of articles (a .jsonl file holds many), except `failed`,
// which counts files and records that could not be indexed.
struct IndexSummary {
    std::size_t added = 0, updated = 0, unchanged = 0, removed = 0, failed = 0;
    // The collection-wide pass (person_resolver.h).
    std::size_t names_merged = 0, documents_resolved = 0;
    double seconds = 0;
    StageTimes times;
};

// Runs the indexer. Warnings (one line per skipped file) and errors go to
// `err`, the summary line to `out`. Returns an exit status above.
int run_indexer(const IndexOptions& options, std::ostream& out, std::ostream& err);

}  // namespace tintuc

#endif
