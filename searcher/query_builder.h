// Turns a parsed query into a Xapian query over the schema in
// common/schema.h, and lists the words to highlight in snippets.
#ifndef TINTUC_SEARCHER_QUERY_BUILDER_H
#define TINTUC_SEARCHER_QUERY_BUILDER_H

#include <functional>
#include <optional>
#include <set>
#include <string>

#include <xapian.h>

#include "query_parser.h"

namespace tintuc {

struct BuiltQuery {
    Xapian::Query query;
    // Folded forms of the words the user asked for (not the excluded ones).
    std::set<std::string> highlight;
};

// How a query is scored:
// - Matching is always on folded words, so "hoa binh", "hòa bình" and
//   "hoà bình" match the same articles.
// - When the user typed accents, each word's exact form also scores, so
//   articles with the very spelling typed rank first ("Nga" above "ngà").
// - Typed without accents, the folded words' statistics rank, and a word
//   whose readings in the index are dominated by one (at least
//   kDominantShare of the articles containing any reading) also scores
//   that reading, scaled by its share: "nga" means "Nga" (Russia) far more
//   often than "ngà" (ivory), so articles about Russia rank first.
// - Words side by side: with up to kAllWordsRequiredUpTo of them, all are
//   required: Vietnamese syllables are short and common, and "Tô Lâm"
//   must not match an article that merely has "tổ" and "làm". With more,
//   every article with any of them matches, and those with all of them get
//   kAllWordsBoost times their weight on top, so full matches rank above
//   partial ones (a headline remembered with one word wrong still finds).
// - Exclusions use the exact form when the user typed accents ("-ngà"
//   must not drop articles about "Nga"), else the folded form.
// The dominant reading of a folded word: its exact form and its share of
// the documents containing any reading; nullopt when there is none or no
// single reading dominates.
struct Reading {
    std::string exact;
    double share = 0;
};
using ReadingLookup = std::function<std::optional<Reading>(const std::string& folded)>;

// `dominant_reading` may be empty (no accent restoration).
BuiltQuery build_query(const ParsedQuery& parsed, const ReadingLookup& dominant_reading = {});

inline constexpr double kAllWordsBoost = 3.0;
inline constexpr std::size_t kAllWordsRequiredUpTo = 2;
inline constexpr double kDominantShare = 0.5;

}  // namespace tintuc

#endif
