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
// Only the first results are re-ranked, on the text the searcher reads
// for their snippets anyway. A phrase weight over every matching article
// gave the same evidence at 35-70 ms per query; positions read from the
// index for the first 20 results cost 1.5 ms.
#ifndef TINTUC_SEARCHER_PAIR_RESCORER_H
#define TINTUC_SEARCHER_PAIR_RESCORER_H

#include <cstddef>
#include <string_view>
#include <vector>

#include "query_builder.h"
#include "text_analyzer.h"

namespace tintuc {

// How many of the first results are re-ranked: the first page at the
// default limit, whose text is read for snippets anyway. Deeper helps a
// little more at a cost: on full titles without accents and three
// syllables, MRR@10 0.702 and 0.206 at depth 10, 0.709 and 0.221 at 20,
// which added 2.5 ms to headline queries (each result read and analysed).
// Fixed, not the page size, so that pages never overlap.
inline constexpr std::size_t kRescoreDepth = 10;

// BM25 points an article gains per adjacent pair it holds (0.5 was best on
// full titles; 1-2 on three syllables by less than 0.01).
inline constexpr double kPairWeight = 0.5;

// How many of `pairs` `text` (`folded`: its fold_text()) holds side by
// side within one line (the indexer keeps paragraphs apart too), each pair
// once. The
// searcher adds an article's title and text counts: a pair in both counts
// twice, as title words weigh more in BM25 (MRR@10 0.759 and 0.702 on full
// titles with and without accents, against 0.751 and 0.694 counting each
// pair once per article).
unsigned count_adjacent_pairs(std::string_view text, const FoldedText& folded,
                              const std::vector<AdjacentPair>& pairs);

}  // namespace tintuc

#endif
