// A set of words that can only answer "not in it" or "maybe": one bit per
// word_hash() modulo 64 Ki (8 KB). Checked before a hash table that most
// words are not in, it saves the probe, which costs a division and a cache
// miss: the gazetteer's probe for every token was a fifth of article
// analysis.
#ifndef TINTUC_COMMON_WORD_FILTER_H
#define TINTUC_COMMON_WORD_FILTER_H

#include <cstdint>
#include <string_view>
#include <vector>

#include "word_sequence.h"

namespace tintuc {

class WordFilter {
  public:
    void add(std::string_view word) {
        const std::uint32_t bit = word_hash(word) % kBits;
        bits_[bit / 64] |= std::uint64_t{1} << (bit % 64);
    }
    bool may_contain(std::string_view word) const {
        const std::uint32_t bit = word_hash(word) % kBits;
        return (bits_[bit / 64] >> (bit % 64)) & 1;
    }

  private:
    static constexpr std::uint32_t kBits = 1u << 16;
    std::vector<std::uint64_t> bits_ = std::vector<std::uint64_t>(kBits / 64, 0);
};

}  // namespace tintuc

#endif
