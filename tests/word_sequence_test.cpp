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

TEST(WordSequence, EncodesDistinctWordsThenNumbersAndBoundaries) {
    const std::string s = two_zones();
    // 6 distinct words (4 bytes each), no joined forms, 9 numbers of a byte.
    ASSERT_EQ(s.size(), 1u + 6u * 4u + 1u + 9u);
    EXPECT_EQ(s[0], 6);
    // "noi", twice, is listed first; its hash, little-endian.
    const std::uint32_t noi = word_hash("noi");
    EXPECT_EQ(static_cast<unsigned char>(s[1]), noi & 0xFF);
    EXPECT_EQ(static_cast<unsigned char>(s[4]), noi >> 24);
    EXPECT_EQ(s[25], 0);
    const std::string numbers = s.substr(26);
    EXPECT_EQ(numbers[1], 1);  // noi
    EXPECT_EQ(numbers[4], 0);  // end of the title
    EXPECT_EQ(numbers[5], 1);  // noi
    EXPECT_EQ(numbers[8], 0);
}

TEST(WordSequence, ManyDistinctWordsTakeTwoByteNumbers) {
    WordSequenceBuilder b;
    for (int i = 0; i < 300; ++i) {
        std::string word = std::to_string(i);
        word.insert(word.begin(), 'w');
        b.add(word);
    }
    b.add("w299");
    const std::string s = b.encode();
    EXPECT_TRUE(contains_phrase(s, phrase({"w298", "w299", "w299"})));
    EXPECT_TRUE(contains_phrase(s, phrase({"w0", "w1"})));
    EXPECT_FALSE(contains_phrase(s, phrase({"w1", "w0"})));
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
    s.resize(27);  // the sequence cut after "ha"
    EXPECT_FALSE(contains_phrase(s, phrase({"ha", "noi"})));
    s.resize(20);  // the list of words cut short
    EXPECT_FALSE(contains_phrase(s, phrase({"ha"})));
    EXPECT_FALSE(contains_phrase(std::string("\xff\xff\xff\xff", 4), phrase({"ha"})));
    std::string cut = two_zones();
    cut[25] = 3;  // three joined forms the value does not hold
    EXPECT_FALSE(contains_phrase(cut, phrase({"ha", "noi"})));
    EXPECT_FALSE(contains_phrase(two_zones(), {}));
}

TEST(WordSequence, CountsPairsInTheTitleAndTheTextApart) {
    WordSequenceBuilder b;
    for (std::string_view w : {"ha", "noi", "mua"}) b.add(w);
    b.end_title();
    for (std::string_view w : {"mua", "to", "ha", "noi"}) b.add(w);
    b.end_zone();
    for (std::string_view w : {"ha", "noi", "ha", "noi"}) b.add(w);
    b.end_zone();
    const std::string s = b.encode();
    const auto pair = [](std::string_view a, std::string_view b) { return WordPair{word_hash(a), word_hash(b)}; };
    PairCounts c = count_pairs(s, {pair("ha", "noi")});
    EXPECT_EQ(c.in_title, 1u);
    EXPECT_EQ(c.in_text, 1u);  // each pair once, however often
    c = count_pairs(s, {pair("mua", "to"), pair("noi", "mua"), pair("to", "noi"), pair("noi", "ha")});
    EXPECT_EQ(c.in_title, 1u);  // noi mua
    EXPECT_EQ(c.in_text, 2u);   // mua to, noi ha; "mua" "mua" spans the title's end
    c = count_pairs(s, {pair("mua", "mua"), pair("ha", "xyz")});
    EXPECT_EQ(c.in_title + c.in_text, 0u);
}

TEST(WordSequence, AnEmptyTitleIsStillMarked) {
    WordSequenceBuilder b;
    b.end_title();
    for (std::string_view w : {"ha", "noi"}) b.add(w);
    b.end_zone();
    const PairCounts c = count_pairs(b.encode(), {{word_hash("ha"), word_hash("noi")}});
    EXPECT_EQ(c.in_title, 0u);
    EXPECT_EQ(c.in_text, 1u);
    EXPECT_TRUE(contains_phrase(b.encode(), phrase({"ha", "noi"})));
}

}  // namespace
}  // namespace tintuc
