// The commonest folded words, and how often each occurs in an article,
// kept per article in one value (schema.h, slot 9) so that a query typed
// without accents can weigh them without reading their postings.
//
// Why: typed without accents, a word matches every one of its readings
// ("dong" is đông, động, đồng, dòng, ... 20 terms), so a headline of
// twelve words opened about a hundred postings lists, and the common
// words' lists (a quarter to all of the articles each) were 80 % of
// matching. Common words only weigh the articles a rarer word found
// (query_builder.h); for those few thousand articles, one value holding
// every common word's count replaces a hundred lists skipped through.
//
// Which words: data/common-words.txt, the commonest folded syllables of
// Vietnamese news. The list only decides speed, never results: a word
// outside it is weighed from its postings as before. The index keeps the
// list it was built with (metadata), so the searcher reads counts by the
// same numbering whatever list it was compiled with.
//
// Value layout: the article's length as Xapian counts it (the sum of its
// terms' within-document frequencies), 4 bytes little-endian; the number
// of listed words it holds, 2 bytes little-endian; a bitmap
// with bit i set (byte i / 8, bit i % 8) when word i of the list occurs;
// a count for each set bit, in word order, as 4-bit nibbles (low nibble
// first, padded to a byte): the word's within-document frequency summed
// over its readings, as OP_SYNONYM sees it, or 15 for "15 or more", whose
// counts follow as one byte each (capped at 255: BM25 saturates long
// before, 255 and 300 differ by 0.1 % of the word's weight). 97 % of the
// counts fit a nibble; an average shared article takes 160 bytes (241
// with a byte per count: the value is read for a quarter of the articles
// per headline, so its size is the query's time). An article holding none
// of the words has no value.
#ifndef TINTUC_COMMON_COMMON_WORDS_H
#define TINTUC_COMMON_COMMON_WORDS_H

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace tintuc {

class CommonWords {
  public:
    // One folded word per line; blank lines and lines starting with '#'
    // are skipped, a word listed twice keeps its first number.
    static CommonWords parse(std::string_view list);
    // data/common-words.txt, compiled in.
    static const CommonWords& builtin();

    // The word's number in the list, or nothing.
    std::optional<std::uint32_t> id(std::string_view folded) const;
    std::size_t size() const { return words_.size(); }
    std::size_t bitmap_bytes() const { return (words_.size() + 7) / 8; }
    // The list as parse() reads it, for the index's metadata.
    std::string serialise() const;

  private:
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::vector<std::string> words_;
    std::unordered_map<std::string, std::uint32_t, Hash, std::equal_to<>> ids_;
};

// Collects one article's counts; reusable after encode().
class CommonWordCounter {
  public:
    explicit CommonWordCounter(const CommonWords& words) : words_(&words), wdf_(words.size(), 0) {}
    // Every term of the article goes through here: its length counts them all.
    void add(std::string_view folded, std::uint32_t wdf);
    // The value, or an empty string when the article holds no listed word.
    // Resets the counter.
    std::string encode();

  private:
    const CommonWords* words_;
    std::vector<std::uint32_t> wdf_;
    std::vector<std::uint32_t> seen_;
    std::uint32_t length_ = 0;
};

// Reads one article's value.
class CommonWordCounts {
  public:
    // `value` must outlive the counts; `bitmap_bytes` is that of the list
    // the index was built with. A value too short for its layout reads as
    // an article without the words.
    CommonWordCounts(std::string_view value, std::size_t bitmap_bytes);
    std::uint32_t length() const { return length_; }
    // Within-document frequency of each word of `ids` (ascending) into
    // `wdfs` (0 when absent), in one pass over the bitmap.
    void wdfs(const std::vector<std::uint32_t>& ids, std::vector<std::uint32_t>& wdfs) const;
    std::uint32_t wdf(std::uint32_t id) const;

  private:
    std::uint32_t count_at(std::size_t rank) const;

    const unsigned char* bitmap_ = nullptr;
    const unsigned char* nibbles_ = nullptr;
    const unsigned char* overflow_ = nullptr;
    const unsigned char* end_ = nullptr;
    std::size_t bitmap_bytes_ = 0;
    std::uint32_t length_ = 0;
};

}  // namespace tintuc

#endif
