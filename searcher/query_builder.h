// Turns a parsed query into a Xapian query over the schema in
// common/schema.h, and lists the words to highlight in snippets.
#ifndef TINTUC_SEARCHER_QUERY_BUILDER_H
#define TINTUC_SEARCHER_QUERY_BUILDER_H

#include <functional>
#include <set>
#include <string>
#include <vector>

#include <xapian.h>

#include "query_parser.h"

namespace tintuc {

struct BuiltQuery {
    Xapian::Query query;
    // Folded forms of the words the user asked for (not the excluded ones).
    std::set<std::string> highlight;
};

// How a query is scored:
// - Matching is on folded words: each word matches any of its readings in
//   the index (schema.h), so "hoa binh", "hòa bình" and "hoà bình" match
//   the same articles. The readings of one word form an OP_SYNONYM, which
//   BM25 scores as one word with the readings' combined statistics.
// - When the user typed accents, each word's exact form also scores, so
//   articles with the very spelling typed rank first ("Nga" above "ngà").
// - Typed without accents, a word whose readings are dominated by one (at
//   least kDominantShare of the articles containing any reading) also
//   scores that reading, scaled by its share: "nga" means "Nga" (Russia)
//   far more often than "ngà" (ivory), so articles about Russia rank first.
// - Words side by side: with up to kAllWordsRequiredUpTo of them, all are
//   required: Vietnamese syllables are short and common, and "Tô Lâm"
//   must not match an article that merely has "tổ" and "làm". With more,
//   every article with any of them matches, and those with all of them get
//   kAllWordsBoost times their weight on top, so full matches rank above
//   partial ones (a headline remembered with one word wrong still finds).
// - Exclusions use the exact form when the user typed accents ("-ngà"
//   must not drop articles about "Nga"), else every reading.
//
// One reading of a folded word: its exact form and how many articles
// hold it.
struct Reading {
    std::string exact;
    Xapian::doccount articles = 0;
};
// Every reading of a folded word present in the index, the folded form
// itself included when it is a word of its own ("nga"); empty when none.
using ReadingLookup = std::function<std::vector<Reading>(const std::string& folded)>;

// Without `readings` (no index at hand), a word's only reading is its
// folded form.
BuiltQuery build_query(const ParsedQuery& parsed, const ReadingLookup& readings = {});

inline constexpr double kAllWordsBoost = 3.0;
inline constexpr std::size_t kAllWordsRequiredUpTo = 2;
inline constexpr double kDominantShare = 0.5;

}  // namespace tintuc

#endif
