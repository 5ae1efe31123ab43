#include "pair_rescorer.h"

#include <gtest/gtest.h>

#include "text_analyzer.h"

namespace tintuc {
namespace {

// The word sequence the indexer stores for an article with this title and
// these paragraphs (document_builder.cpp).
std::string sequence_of(std::string_view title, std::initializer_list<std::string_view> paragraphs) {
    WordSequenceBuilder b;
    std::vector<AnalysedToken> tokens;
    analyse_text(title, tokens);
    for (const AnalysedToken& t : tokens) b.add(t.folded);
    b.end_title();
    for (std::string_view p : paragraphs) {
        tokens.clear();
        analyse_text(p, tokens);
        for (const AnalysedToken& t : tokens) b.add(t.folded);
        b.end_zone();
    }
    return b.encode();
}

unsigned pairs_in(std::string_view title, std::initializer_list<std::string_view> paragraphs,
               const std::vector<AdjacentPair>& pairs) {
    return count_adjacent_pairs(sequence_of(title, paragraphs), hash_pairs(pairs));
}

TEST(PairRescorer, CountsDistinctPairsSideBySideWhateverTheAccents) {
    const std::vector<AdjacentPair> ha_noi{{"ha", "noi"}};
    EXPECT_EQ(pairs_in("", {"Tại Hà Nội, hà nội và HÀ NỘI."}, ha_noi), 1u);  // once, not per occurrence
    EXPECT_EQ(pairs_in("", {"Hạ nổi lên"}, ha_noi), 1u);                     // folded: any reading
    EXPECT_EQ(pairs_in("", {"Nội dung ở Hà Giang"}, ha_noi), 0u);            // both words, apart
    EXPECT_EQ(pairs_in("", {"Hà, Nội"}, ha_noi), 1u);                         // punctuation does not part them
    EXPECT_EQ(pairs_in("", {"Đoàn khách thăm Hà", "Nội dung"}, ha_noi), 0u);  // a new paragraph does
    const std::vector<AdjacentPair> three{{"to", "lam"}, {"lam", "tham"}, {"tham", "lao"}};
    EXPECT_EQ(pairs_in("", {"Tổng Bí thư Tô Lâm thăm chính thức Lào"}, three), 2u);
    EXPECT_EQ(pairs_in("", {}, three), 0u);
    EXPECT_EQ(pairs_in("Tô Lâm", {}, {}), 0u);
}

TEST(PairRescorer, APairInTheTitleAndTheTextCountsTwice) {
    const std::vector<AdjacentPair> ha_noi{{"ha", "noi"}};
    EXPECT_EQ(pairs_in("Mưa lớn ở Hà Nội", {"Hà Nội ngập", "Trời Hà Nội"}, ha_noi), 2u);
    EXPECT_EQ(pairs_in("Mưa lớn ở Hà Nội", {"Trời mưa"}, ha_noi), 1u);
    // Title and lead are separate zones: the title's last word and the
    // lead's first are not side by side.
    EXPECT_EQ(pairs_in("Mưa ở Hà", {"Nội thành ngập"}, ha_noi), 0u);
    // An empty title still ends the title zone: the lead's pair is text.
    EXPECT_EQ(pairs_in("", {"Hà Nội"}, ha_noi), 1u);
    EXPECT_EQ(pairs_in("...", {"Hà Nội", "Hà Nội"}, ha_noi), 1u);
}

TEST(PairRescorer, AValueThatIsNotAWordSequenceCountsNothing) {
    const std::vector<WordPair> pairs = hash_pairs({{"ha", "noi"}});
    EXPECT_EQ(count_adjacent_pairs("", pairs), 0u);
    EXPECT_EQ(count_adjacent_pairs("\xff\xff\xff\xff\xff\xff", pairs), 0u);
    std::string cut = sequence_of("Hà Nội", {"Hà Nội"});
    cut.resize(cut.size() - 3);
    EXPECT_LE(count_adjacent_pairs(cut, pairs), 2u);
}

}  // namespace
}  // namespace tintuc
