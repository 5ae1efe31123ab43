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
    Snippet snippet;
};

struct SearchResponse {
    std::string query;
    Xapian::doccount total = 0;  // Xapian's estimate of all matches
    double took_ms = 0;
    std::vector<SearchHit> hits;
};

class Searcher {
  public:
    // Opens the index at `database`. Throws DatabaseError when it is
    // missing ("run tintuc-index first") or unreadable.
    explicit Searcher(const std::string& database);

    // Runs `query` and returns results offset+1 .. offset+limit. Throws
    // QueryError (query_parser.h) for a query the user must fix. `retried`
    // is internal: set when retrying after the index changed under us.
    SearchResponse search(std::string_view query, std::size_t offset, std::size_t limit, bool retried = false);

  private:
    std::optional<Reading> dominant_reading(const std::string& folded) const;

    Xapian::Database db_;
    std::string path_;
};

}  // namespace tintuc

#endif
