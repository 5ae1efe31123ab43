// The order of an article's words, kept per article for phrase matching
// instead of Xapian's positional postings.
//
// Why: Xapian's writer pays per (document, term) entry, and positions add
// one more B-tree entry for each of them: with positions, writing the
// 35,440 shared articles took 25 s of the writer's CPU and a 225 MB
// position table out of 388 MB. An article's words in order, one 32-bit
// hash of each folded word, is one value per article (about 3 KB); a
// phrase is then matched as the AND of its words, filtered by a check of
// their order in that value (searcher/phrase_filter.h).
//
// The hash is of the folded word, so a phrase matches typed with or
// without accents, as the OR of readings at each position did; exact
// forms still add weight as terms.
//
// Layout (varints are LEB128): the article's distinct words as a varint
// count D and D little-endian 32-bit word hashes, most frequent first;
// a varint count and pairs of varints (index in the sequence, number) for
// second readings at an index: the joined form of a hyphenated chain
// ("Mát-xcơ-va" also reads "matxcova" at the chain's last word); then, to
// the end, the sequence: each word's number in the list (1 to D) as a
// varint, 0 at a zone boundary, so a phrase cannot run from the title into
// the lead. The first zone is the title, ended by a 0 even when it has no
// words, so that the searcher can tell title pairs from text pairs. 1.5 KB for an average shared article of 588 words (210
// distinct), against 2.4 KB as plain hashes, so a phrase check reads
// fewer index blocks; and a phrase is a byte string to search for.
#ifndef TINTUC_COMMON_WORD_SEQUENCE_H
#define TINTUC_COMMON_WORD_SEQUENCE_H

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tintuc {

// FNV-1a 32 of the folded word, never 0 (0 is the zone boundary). Stable
// across runs, machines and compilers, unlike std::hash.
std::uint32_t word_hash(std::string_view folded);

class WordSequenceBuilder {
  public:
    void add(std::string_view folded) { words_.push_back(word_hash(folded)); }
    // A second reading of the word added last.
    void add_alternative(std::string_view folded);
    // Ends a zone: no phrase runs across.
    void end_zone();
    // Ends the title, the first zone, even an empty one (marked all the
    // same, so that the second zone is never read as the title).
    void end_title() { words_.push_back(0); }
    std::string encode() const;

  private:
    std::vector<std::uint32_t> words_;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> alternatives_;
};

// Two words side by side, as the hashes of their folded forms.
struct WordPair {
    std::uint32_t first = 0, second = 0;
};

// How many of `pairs` the sequence `encoded` holds side by side within one
// zone: in the title (the first zone), and in any other zone; each pair
// counts once in each. Zeros for a value that is not a word sequence.
struct PairCounts {
    unsigned in_title = 0, in_text = 0;
};
PairCounts count_pairs(std::string_view encoded, const std::vector<WordPair>& pairs);

// Whether `phrase` (hashes of its folded words) occurs, word after word, in
// the sequence `encoded`. False for a value that is not a word sequence.
bool contains_phrase(std::string_view encoded, const std::vector<std::uint32_t>& phrase);

}  // namespace tintuc

#endif
