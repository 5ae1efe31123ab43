// Re-ranks the first results of a query by proximity: how many pairs of
// adjacent query words each article holds side by side.
//
// BM25 scores words independently, and Vietnamese words are syllables:
// "Hà Nội" typed without accents is "ha noi", two syllables that also
// occur apart in thousands of articles about other things. The pair side
// by side tells them apart, and says which reading was meant. Measured on
// the known-item evaluation (docs/relevance.md): MRR@10 for headlines
// typed without accents 0.657 -> 0.702, for three syllables 0.166 ->
// 0.206 (with accents 0.743 -> 0.759 and 0.241 -> 0.274).
//
// Pairs are counted in each article's word sequence (slot 7,
// word_sequence.h), the folded words in order that phrases are checked
// against: a small value, read without the article's text. Counting them
// in the text instead meant reading and analysing every re-ranked article,
// which kept the re-ranking to the first page. A phrase weight over every
// matching article gave the same evidence at 35-70 ms per query.
#ifndef TINTUC_SEARCHER_PAIR_RESCORER_H
#define TINTUC_SEARCHER_PAIR_RESCORER_H

#include <cstddef>
#include <string_view>
#include <vector>

#include "query_builder.h"
#include "word_sequence.h"

namespace tintuc {

// How many of the first results are re-ranked for a query of `words` words
// (at least two side by side), typed with accents or not: the page size
// plays no part, so that pages never overlap. The fewer clues a query
// carries, the more the pairs add: measured on the known-item evaluation
// (docs/relevance.md, MRR@10 at depth 10 / 20 / 30 / 50), three syllables
// typed without accents 0.227 / 0.238 / 0.248 / 0.255, with accents
// 0.275 / 0.287 / 0.291 / 0.292, full titles without accents 0.723 /
// 0.727 / 0.729 / 0.730, with accents 0.759 / 0.761 / 0.761 / 0.762. Each
// level of depth makes Xapian find more results: 0.5 ms more for a
// headline at 20 than at 10, so headlines typed with accents, which gain
// least, keep 10. So do queries of quoted phrases alone (`only_phrases`):
// every match holds their words side by side, and the pairs only tell
// whether the title does too (300 quoted pairs of words: 4.69 ms median at
// 30 against 3.69 at 10).
std::size_t rescore_depth(std::size_t words, bool accented, bool only_phrases);

inline constexpr std::size_t kRescoreDepth = 30;
inline constexpr std::size_t kShallowRescoreDepth = 10;
// A query of more words than this is a headline.
inline constexpr std::size_t kHeadlineWords = 6;

// BM25 points an article gains per adjacent pair it holds (0.5 was best on
// full titles; 1-2 on three syllables by less than 0.01).
inline constexpr double kPairWeight = 0.5;

// The pairs as word_sequence.h hashes them.
std::vector<WordPair> hash_pairs(const std::vector<AdjacentPair>& pairs);

// How many of `pairs` the article whose word sequence is `sequence` holds
// side by side within a paragraph (or the title, or a caption), each pair
// once in the title and once in the text: a pair in both counts twice, as
// title words weigh more in BM25 (MRR@10 0.759 and 0.702 on full titles
// with and without accents, against 0.751 and 0.694 counting each pair
// once per article).
unsigned count_adjacent_pairs(std::string_view sequence, const std::vector<WordPair>& pairs);

}  // namespace tintuc

#endif
