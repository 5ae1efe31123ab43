// Turns a parsed query into a Xapian query over the schema in
// common/schema.h, and lists the words to highlight in snippets.
#ifndef TINTUC_SEARCHER_QUERY_BUILDER_H
#define TINTUC_SEARCHER_QUERY_BUILDER_H

#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <xapian.h>

#include "query_parser.h"

namespace tintuc {

// Two words typed side by side, folded: "hà nội" and "ha noi" are both
// {"ha", "noi"}. Folded pairs ranked accented queries as well as exact
// ones (MRR@10 0.753 against 0.754 on full titles).
struct AdjacentPair {
    std::string first, second;
};

struct BuiltQuery {
    Xapian::Query query;
    // Folded forms of the words the user asked for (not the excluded ones).
    std::set<std::string> highlight;
    // Each pair of adjacent words typed side by side, for
    // pair_rescorer.h; empty for a query of one word.
    std::vector<AdjacentPair> adjacent_pairs;
    // Phrases (folded words) every match must hold, left out of `query`
    // but for their words' AND: checking a phrase reads the article's word
    // sequence, and a PhraseDecider (phrase_filter.h) reads it only for the
    // articles that could make the results. Phrases that only some matches
    // need hold (under OR or NOT) are filters inside `query` instead.
    std::vector<std::vector<std::string>> required_phrases;
};

// How a query is scored (the numbers are MRR@10 on the known-item
// evaluation, docs/relevance.md, which measured each choice):
// - Matching is on folded words: each word matches any of its readings in
//   the index (schema.h), so "hoa binh", "hòa bình" and "hoà bình" match
//   the same articles. The readings of one word form an OP_SYNONYM, which
//   BM25 scores as one word with the readings' combined statistics.
// - Typed with accents, a short query (up to kShortQueryWords words) also
//   scores each word's exact form, so articles with the very spelling
//   typed rank first ("Nga" above "ngà") while a mistyped tone still
//   finds. A longer one matches on the exact forms alone: full titles
//   0.743 against 0.738 with every reading, at a third of the time.
// - Typed without accents, a short query also scores the dominant reading
//   of each word (at least kDominantShare of the articles containing any
//   reading), scaled by its share: "nga" alone means "Nga" (Russia) far
//   more often than "ngà" (ivory), so articles about Russia rank first.
//   Longer queries carry their own context, and there the boost hurt:
//   full titles 0.592 with it and 0.643 without, three syllables 0.124 and
//   0.150. Guessing readings from the first results' spelling (pseudo-
//   relevance feedback) also lost (0.589-0.626). Instead each word of a
//   longer one weighs as much as the reading meant would on average
//   (weighed_as_meant in the .cpp). Its common words (all readings
//   together in more than kCommonWordShare of the articles) only weigh
//   articles that a rarer word found: Xapian then need not score every
//   article that merely holds "cac", "nguoi" or "dong". Full titles
//   0.726 -> 0.724, three syllables unchanged; accent-free headlines
//   about 30 % faster at p95 (docs/relevance.md). When at least
//   kMinFindingWords of the words are in kFrequentWordShare of the
//   articles or fewer, the words above that line only weigh too: the
//   rarer words still find the article, and the candidates to weigh fall
//   by about a third (accent-free headlines 3.4 -> 2.7 ms median; the
//   same MRR@10, 2 of 1,000 accent-free titles ranked higher, none
//   lower; one such word is not enough: 0.729 -> 0.722). Common words
//   are weighed from each article's counts (common_words_source.h), not
//   their readings' postings.
// - A short query requires all its words: Vietnamese syllables are short
//   and common, and "Tô Lâm" must not match an article that merely has
//   "tổ" and "làm". In a longer one any word matches and BM25 ranks (a
//   headline remembered with one word wrong still finds); extra weight for
//   articles holding all the words cost full titles 0.721 -> 0.584.
// - Exclusions use the exact form when the user typed accents ("-ngà"
//   must not drop articles about "Nga"), else every reading.
// - Afterwards the first results are re-ranked by the query's adjacent
//   pairs (pair_rescorer.h): BM25 alone cannot tell "Hà Nội" from "Hà
//   Giang ... Nội Bài".
// - Typed without accents, words side by side that name a place or person
//   the index knows ("da nang", "nguyen xuan phuc") also weigh articles
//   about it (AND_MAYBE, with the entity term's idf): "da nang" otherwise
//   meant "đa năng" (multi-purpose) and "năng lượng" articles first, as
//   "đã" and "năng" are the commonest readings of its words, and nothing
//   else in the index tells word pairs apart.
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

// The filter term (schema.h) of the place or person that a run of folded
// words names in the index ({"da", "nang"} -> "XLda nang"), and how many
// articles carry it; nothing when the words name no entity there.
struct EntityTerm {
    std::string term;
    Xapian::doccount articles = 0;
};
using EntityLookup = std::function<std::optional<EntityTerm>(const std::vector<std::string>& folded_words)>;

// Entities are looked for in runs of this many words typed side by side.
inline constexpr std::size_t kMinEntityWords = 2;
inline constexpr std::size_t kMaxEntityWords = 4;

class CommonWords;

// The index's list of common words whose counts each article keeps
// (common_words.h), and its articles' average length; no list when the
// index keeps none.
struct StoredCommonWords {
    const CommonWords* list = nullptr;
    double average_length = 0;
};

// Without `readings` (no index at hand), a word's only reading is its
// folded form. `collection` is the number of articles in the index (0:
// unknown, and accent-free words keep their plain weight). `entities`
// finds the places and people named by words typed without accents.
// `common`: common words typed without accents are weighed from those
// counts instead of their postings.
BuiltQuery build_query(const ParsedQuery& parsed, const ReadingLookup& readings = {},
                       Xapian::doccount collection = 0, const EntityLookup& entities = {},
                       const StoredCommonWords& common = {});

// Pairs of adjacent words typed side by side at the top level ("Tô Lâm
// thăm Lào" -> tô lâm, lâm thăm, thăm lào); an operator or a group between
// two words breaks the run.
std::vector<AdjacentPair> adjacent_pairs(const QueryNode& root);

// How many words `n` asks for (excluded ones not counted).
std::size_t count_words(const QueryNode& n);

// Whether every word typed at the top level is inside quotes: a query of
// phrases alone, whose matches all hold its words side by side.
bool only_quoted(const QueryNode& root);

inline constexpr std::size_t kShortQueryWords = 2;
inline constexpr double kDominantShare = 0.5;
inline constexpr double kCommonWordShare = 0.25;
inline constexpr double kFrequentWordShare = 0.15;
inline constexpr std::size_t kMinFindingWords = 2;

}  // namespace tintuc

#endif
