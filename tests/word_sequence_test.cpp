#include "word_sequence.h"

#include <gtest/gtest.h>

namespace tintuc {
namespace {

std::vector<std::uint32_t> phrase(std::initializer_list<std::string_view> words) {
    std::vector<std::uint32_t> out;
    for (std::string_view w : words) out.push_back(word_hash(w));
    return out;
}

// "Hà Nội mưa to" / "Nội thành ngập": two zones, folded words.
std::string two_zones() {
    WordSequenceBuilder b;
    for (std::string_view w : {"ha", "noi", "mua", "to"}) b.add(w);
    b.end_zone();
    for (std::string_view w : {"noi", "thanh", "ngap"}) b.add(w);
    b.end_zone();
    return b.encode();
}

TEST(WordSequence, HashIsFnv1a32AndNeverZero) {
    EXPECT_EQ(word_hash("ha"), 0x603aea02u);  // FNV-1a 32 of "ha"
    EXPECT_EQ(word_hash(""), 2166136261u);
    EXPECT_NE(word_hash("noi"), word_hash("nôi"));
}

TEST(WordSequence, EncodesCountWordsAndBoundaries) {
    // Count 9: four words, a boundary, three words, a boundary.
    const std::string s = two_zones();
    ASSERT_EQ(s.size(), 4u + 9u * 4u);
    EXPECT_EQ(static_cast<unsigned char>(s[0]), 9u);
}

TEST(WordSequence, FindsWordsSideBySideInOrderOnly) {
    const std::string s = two_zones();
    EXPECT_TRUE(contains_phrase(s, phrase({"ha", "noi"})));
    EXPECT_TRUE(contains_phrase(s, phrase({"noi", "mua", "to"})));
    EXPECT_TRUE(contains_phrase(s, phrase({"thanh", "ngap"})));
    EXPECT_FALSE(contains_phrase(s, phrase({"noi", "ha"})));
    EXPECT_FALSE(contains_phrase(s, phrase({"ha", "mua"})));
    EXPECT_FALSE(contains_phrase(s, phrase({"ngap", "ha"})));
}

TEST(WordSequence, PhrasesDoNotRunAcrossZones) {
    EXPECT_FALSE(contains_phrase(two_zones(), phrase({"to", "noi"})));
}

TEST(WordSequence, JoinedFormReadsAtTheChainsLastWord) {
    // "Mát-xcơ-va tuyên bố": mat xco va, and "matxcova" at "va".
    WordSequenceBuilder b;
    for (std::string_view w : {"mat", "xco", "va"}) b.add(w);
    b.add_alternative("matxcova");
    for (std::string_view w : {"tuyen", "bo"}) b.add(w);
    const std::string s = b.encode();
    EXPECT_TRUE(contains_phrase(s, phrase({"matxcova", "tuyen", "bo"})));
    EXPECT_TRUE(contains_phrase(s, phrase({"xco", "va", "tuyen"})));
    EXPECT_FALSE(contains_phrase(s, phrase({"mat", "matxcova"})));
    EXPECT_FALSE(contains_phrase(s, phrase({"matxcova", "bo"})));
}

TEST(WordSequence, ValuesOfAnotherShapeHoldNoPhrase) {
    EXPECT_FALSE(contains_phrase("", phrase({"ha"})));
    EXPECT_FALSE(contains_phrase("abc", phrase({"ha"})));
    std::string s = two_zones();
    s.pop_back();
    EXPECT_FALSE(contains_phrase(s, phrase({"ha", "noi"})));
    EXPECT_FALSE(contains_phrase(std::string("\xff\xff\xff\xff", 4), phrase({"ha"})));
    EXPECT_FALSE(contains_phrase(two_zones(), {}));
}

}  // namespace
}  // namespace tintuc
