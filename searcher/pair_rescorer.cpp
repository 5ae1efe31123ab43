#include "pair_rescorer.h"

namespace tintuc {

std::size_t rescore_depth(std::size_t words, bool accented, bool only_phrases) {
    if (words < 2) return 0;
    return (accented && words > kHeadlineWords) || only_phrases ? kShallowRescoreDepth : kRescoreDepth;
}

std::vector<WordPair> hash_pairs(const std::vector<AdjacentPair>& pairs) {
    std::vector<WordPair> out;
    out.reserve(pairs.size());
    for (const AdjacentPair& p : pairs) out.push_back({word_hash(p.first), word_hash(p.second)});
    return out;
}

unsigned count_adjacent_pairs(std::string_view sequence, const std::vector<WordPair>& pairs) {
    const PairCounts c = count_pairs(sequence, pairs);
    return c.in_title + c.in_text;
}

}  // namespace tintuc
