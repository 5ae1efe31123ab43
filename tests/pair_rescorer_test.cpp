#include "pair_rescorer.h"

#include <gtest/gtest.h>

namespace tintuc {
namespace {

unsigned count(const std::string& text, const std::vector<AdjacentPair>& pairs) {
    FoldedText folded;
    fold_text(text, folded);
    return count_adjacent_pairs(text, folded, pairs);
}

TEST(PairRescorer, CountsDistinctPairsSideBySideWhateverTheAccents) {
    const std::vector<AdjacentPair> ha_noi{{"ha", "noi"}};
    EXPECT_EQ(count("Tại Hà Nội, hà nội và HÀ NỘI.", ha_noi), 1u);  // once per pair, not per occurrence
    EXPECT_EQ(count("Hạ nổi lên", ha_noi), 1u);                    // folded: any reading
    EXPECT_EQ(count("Nội dung ở Hà Giang", ha_noi), 0u);           // both words, apart
    EXPECT_EQ(count("Hà, Nội", ha_noi), 1u);                        // punctuation does not part them
    EXPECT_EQ(count("Đoàn khách thăm Hà\nNội dung", ha_noi), 0u);  // a new line does
    const std::vector<AdjacentPair> three{{"to", "lam"}, {"lam", "tham"}, {"tham", "lao"}};
    EXPECT_EQ(count("Tổng Bí thư Tô Lâm thăm chính thức Lào", three), 2u);
    EXPECT_EQ(count("", three), 0u);
    EXPECT_EQ(count("Tô Lâm", {}), 0u);
}

}  // namespace
}  // namespace tintuc
