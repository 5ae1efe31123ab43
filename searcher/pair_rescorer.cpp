#include "pair_rescorer.h"

#include <set>
#include <string>
#include <unordered_set>
#include <utility>

namespace tintuc {

unsigned count_adjacent_pairs(std::string_view text, const FoldedText& folded,
                              const std::vector<AdjacentPair>& pairs) {
    std::set<std::pair<std::string_view, std::string_view>> wanted, found;
    // Most tokens start no pair: a hash lookup of the first word rules
    // them out before the pair is looked up.
    std::unordered_set<std::string_view> firsts;
    for (const AdjacentPair& p : pairs) {
        wanted.emplace(p.first, p.second);
        firsts.insert(p.first);
    }
    const std::vector<FoldedToken>& tokens = folded.tokens;
    for (std::size_t i = 1; i < tokens.size(); ++i) {
        if (!firsts.count(folded.folded(tokens[i - 1]))) continue;
        const std::pair<std::string_view, std::string_view> pair{folded.folded(tokens[i - 1]), folded.folded(tokens[i])};
        if (!wanted.count(pair)) continue;
        const std::string_view gap = text.substr(tokens[i - 1].end, tokens[i].begin - tokens[i - 1].end);
        if (gap.find('\n') == std::string_view::npos) found.insert(pair);
    }
    return static_cast<unsigned>(found.size());
}

}  // namespace tintuc
