// Runs queries against an index: query text -> parsed query -> ranked
// results with snippets. Printing is result_printer.h's job.
#ifndef TINTUC_SEARCHER_SEARCHER_H
#define TINTUC_SEARCHER_SEARCHER_H

#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "facets.h"
#include "query_builder.h"
#include "snippet.h"

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

class Searcher {
  public:
    // Opens the index at `database`. Throws DatabaseError when it is
    // missing ("run tintuc-index first") or unreadable.
    explicit Searcher(const std::string& database);

    // Runs `query` and returns results offset+1 .. offset+limit. Throws
    // QueryError (query_parser.h) for a query the user must fix. `retried`
    // is internal: set when retrying after the index changed under us.
    SearchResponse search(std::string_view query, const SearchOptions& options, bool retried = false);

  private:
    std::vector<Reading> readings(const std::string& folded) const;
    std::optional<EntityTerm> entity(const std::vector<std::string>& folded_words) const;

    Xapian::Database db_;
    std::string path_;
};

}  // namespace tintuc

#endif
