// Runs queries against an index: query text -> parsed query -> ranked
// results with snippets. Printing is result_printer.h's job.
#ifndef TINTUC_SEARCHER_SEARCHER_H
#define TINTUC_SEARCHER_SEARCHER_H

#include <cstddef>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <xapian.h>

#include "common_words.h"
#include "facets.h"
#include "query_builder.h"
#include "snippet.h"
#include "worker_pool.h"

namespace tintuc {

// The index cannot be used; what() says which and what to do.
class DatabaseError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

struct SearchHit {
    std::size_t rank = 0;  // 1-based, counting from the first result overall
    std::string path;
    std::string id;
    std::string title;
    double score = 0;
    std::string date;            // "2025-02-27", "2025-02", "2025", or "" when unknown
    std::string date_precision;  // "day", "month", "year", "unknown"
    std::string outlet;          // canonical name, or "" when unknown
    Snippet snippet;
};

// Restrictions and order beyond the query itself.
struct SearchOptions {
    std::size_t offset = 0;
    std::size_t limit = 10;
    // Publication date bounds as yyyymmdd (0: none). An article matches when
    // the days its date can cover overlap [since, until]: "2025-02" is in
    // --since 2025-02-15. Articles with unknown dates never match a bound.
    int since = 0;
    int until = 0;
    bool sort_by_date = false;  // newest first, unknown dates last; else by relevance
    // Filters given as options; the query's inline ones are added to them.
    // With filters, the query may be empty (browse by facet).
    std::vector<Filter> filters;
    // Facets to count over all matching documents (facet_names()).
    std::vector<std::string> facets;
    std::size_t facet_limit = 10;
};

// Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" into the first (`last` false) or
// last day it covers, as yyyymmdd. Throws std::invalid_argument with a
// message naming `option` when the text is not such a date.
int parse_date_bound(const std::string& text, bool last, const std::string& option);

struct SearchResponse {
    std::string query;
    Xapian::doccount total = 0;  // Xapian's estimate of all matches
    double took_ms = 0;
    std::vector<SearchHit> hits;
    std::vector<FacetResult> facets;  // in the order asked for
    // Matching articles the facet counts come from; when fewer than
    // `total`, the counts were scaled up from this sample (kFacetSample).
    Xapian::doccount facets_counted = 0;
};

// A person's name typed without accents weighs the articles about that
// person only when at least this many carry it: the extractor's rarest
// names include phrases that are not names.
inline constexpr Xapian::doccount kMinPersonArticles = 3;

// With threads left to the machine, an index is split into one part per
// this many articles at most (and no more parts than cores, nor than
// kMaxSearchThreads): below that, starting a thread costs more than it
// saves.
inline constexpr Xapian::doccount kArticlesPerThread = 5000;
inline constexpr unsigned kMaxSearchThreads = 4;

// Folded words whose readings a handle keeps between queries at most
// (about 100 bytes each); past it the cache starts afresh.
inline constexpr std::size_t kMaxCachedReadings = 100000;

class Searcher {
  public:
    // Opens the index at `database`. Throws DatabaseError when it is
    // missing ("run tintuc-index first") or unreadable. `threads` is how
    // many threads match each query, each over its own part of the index
    // (same results as one thread, sooner); 0 lets the machine decide
    // (kArticlesPerThread).
    explicit Searcher(const std::string& database, unsigned threads = 0);

    // Runs `query` and returns results offset+1 .. offset+limit. Throws
    // QueryError (query_parser.h) for a query the user must fix. `retried`
    // is internal: set when retrying after the index changed under us.
    SearchResponse search(std::string_view query, const SearchOptions& options, bool retried = false);

  private:
    struct PartMatches;
    // How many parts the index splits into for `threads` threads.
    unsigned split_for(unsigned threads) const;
    // How many parts the next query's match is split into.
    unsigned parts() const;
    // Builds the query on `db` (its lookups read `db`) and matches the
    // documents of part `part` of `parts` of ids 1 to `last_docid`: the
    // first `wanted` in the response's order, and facet counts. Sets
    // `built` (when given) to the query as built.
    PartMatches match_part(const Xapian::Database& db, Xapian::docid last_docid, unsigned part, unsigned parts,
                           const ParsedQuery& parsed, const SearchOptions& options, Xapian::doccount wanted,
                           BuiltQuery* built) const;
    void reopen();

    // One handle per thread, as a Xapian::Database is not to be shared
    // between threads: db_ is the calling thread's, extra_dbs_ serve the
    // other parts.
    Xapian::Database db_;
    std::vector<Xapian::Database> extra_dbs_;
    std::optional<CommonWords> common_words_;  // slot 9's list, when the index has one
    // The readings (query_builder.h) each handle looked up, kept between
    // queries while it reads the same revision: a batch of queries
    // (--queries) repeats its common words, and each lookup walks the
    // synonym table and reads a term frequency per reading (0.2 ms of a
    // 3 ms accent-free headline). Each part's thread uses its own.
    struct ReadingCache {
        Xapian::rev revision = 0;
        std::string uuid;
        std::unordered_map<std::string, std::vector<Reading>> readings;
    };
    mutable std::vector<ReadingCache> reading_caches_;
    std::unique_ptr<WorkerPool> pool_;  // runs the parts but the first
    unsigned threads_ = 1;
    bool threads_chosen_ = false;  // by the caller, not the machine
    std::string path_;
};

}  // namespace tintuc

#endif
