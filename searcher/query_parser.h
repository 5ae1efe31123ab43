// Parses what the user typed into a query tree. Knows the syntax, not the
// index: words are analysed with the indexer's own analyser, and
// query_builder.h turns the tree into a Xapian query.
//
// Syntax: words (all preferred, partial matches still returned and ranked
// lower); "quoted phrases" (straight or curly quotes); AND, OR, NOT in
// capitals; -word or -"phrase" to exclude; parentheses to group.
// Precedence, loosest first: OR, AND, juxtaposition. Filters inline:
// person:"hakan fidan" city:istanbul outlet:vnexpress (see facets.h); they
// restrict the whole query.
#ifndef TINTUC_SEARCHER_QUERY_PARSER_H
#define TINTUC_SEARCHER_QUERY_PARSER_H

#include <memory>
#include <utility>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "text_analyzer.h"

namespace tintuc {

// A query the user must fix; what() is a one-line message saying how.
class QueryError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

struct QueryNode {
    enum class Kind {
        words,   // one typed word or quoted phrase: `tokens`, `quoted`
        group,   // words side by side: `children` preferred, `excluded` removed
        all_of,  // a AND b
        any_of,  // a OR b
    };
    Kind kind = Kind::words;
    std::vector<AnalysedToken> tokens;
    bool quoted = false;
    std::vector<QueryNode> children;
    std::vector<QueryNode> excluded;
};

struct ParsedQuery {
    QueryNode root;  // empty group when the query holds only filters
    std::vector<std::pair<std::string, std::string>> filters;  // {facet, value} typed inline
    // True when the user typed any accented letter: then the exact forms of
    // all words count, not only their accent-free forms.
    bool typed_with_accents = false;
};

// Parses `text` (any UTF-8; NFC, NFD and either tone placement are fine).
// Throws QueryError for an empty query, unbalanced quotes or parentheses,
// an operator without operands, an unknown filter name ("colour:red"),
// or text that is not valid UTF-8. With `allow_empty`, a query of only
// filters or of nothing at all is accepted (filters given as options).
ParsedQuery parse_query(std::string_view text, bool allow_empty = false);

}  // namespace tintuc

#endif
