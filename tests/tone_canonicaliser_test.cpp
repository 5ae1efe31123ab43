// Vectors from ../shared notes §2 and tests/data/vietnamese-vectors.tsv
// (multi-word rows there are split into their tokens here).

#include "tone_canonicaliser.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace tintuc {
namespace {

struct ToneCase {
    std::string_view input;
    std::string_view expected;
    std::string_view why;
};

// Names the case in test listings by its input; the default prints the
// struct's bytes, pointers included, which change from run to run.
void PrintTo(const ToneCase& c, std::ostream* os) { *os << c.input; }

constexpr ToneCase kCases[] = {
    // New style -> old style for open oa, oe, uy.
    {"hoà", "hòa", "open oa"},
    {"khoẻ", "khỏe", "open oe"},
    {"thuỷ", "thủy", "open uy"},
    {"hoá", "hóa", "open oa, acute"},
    {"toà", "tòa", "open oa"},
    {"uỷ", "ủy", "no onset, open uy"},
    {"thoả", "thỏa", "open oa, hook above"},
    {"hoạ", "họa", "open oa, dot below"},
    {"khoá", "khóa", "open oa"},
    {"luỹ", "lũy", "open uy, tilde"},
    {"thuỵ", "thụy", "open uy, dot below"},
    {"tuý", "túy", "open uy"},
    {"xoè", "xòe", "open oe"},
    {"oà", "òa", "no onset, open oa"},
    {"Hoá", "Hóa", "title case (Thanh Hoá)"},
    {"Hoà", "Hòa", "title case (Khánh Hoà)"},
    {"Uỷ", "Ủy", "case kept per position (Uỷ ban)"},
    {"HOÀ", "HÒA", "upper case"},
    {"KHOẺ", "KHỎE", "upper case"},
    {"THUỶ", "THỦY", "upper case"},
    {"hOà", "hÒa", "mixed case kept per position"},
    // qu / gi onsets.
    {"qúy", "quý", "u of qu never takes the tone"},
    {"qủa", "quả", "qu onset"},
    {"qùy", "quỳ", "qu onset"},
    {"QÚY", "QUÝ", "qu onset, upper case"},
    {"gìa", "già", "i of gi never takes the tone before a vowel"},
    {"gía", "giá", "gi onset"},
    // Typing errors in the vowel group.
    {"ngừơi", "người", "ươ: tone on ơ"},
    {"NGỪƠI", "NGƯỜI", "ươ: tone on ơ, upper case"},
    {"đựơc", "được", "ươ + coda: tone on ơ"},
    {"thủơ", "thuở", "uơ: tone on ơ"},
    {"hòan", "hoàn", "oa + coda: last vowel"},
    {"khỏanh", "khoảnh", "oa + coda"},
    {"chóang", "choáng", "oa + coda"},
    {"lọai", "loại", "three vowels: middle"},
    {"thọai", "thoại", "three vowels: middle"},
    {"khủyu", "khuỷu", "three vowels: middle"},
    {"ngóay", "ngoáy", "three vowels: middle"},
    {"đôị", "đội", "hatted vowel takes the tone"},
    {"Đôị", "Đội", "đ upper case"},
    {"ngiụ", "ngịu", "typo with a valid reading: open iu, first vowel"},
    // Already canonical.
    {"hòa", "hòa", "old style"},
    {"quý", "quý", "same in both styles"},
    {"gìn", "gìn", "i is the only vowel after g"},
    {"giữ", "giữ", "gi + ư"},
    {"người", "người", ""},
    {"huýt", "huýt", "uy + coda: last vowel in both styles"},
    {"quyết", "quyết", "uyê: tone on ê"},
    {"nghiêng", "nghiêng", "longest syllable, no tone"},
    {"nghiệng", "nghiệng", "longest syllable"},
    {"mía", "mía", "open ia: first"},
    {"múa", "múa", "open ua: first"},
    {"BÌNH", "BÌNH", "upper case"},
    {"Việt", "Việt", ""},
    {"Đà", "Đà", ""},
    // Not Vietnamese syllables, or not exactly one tone mark.
    {"Léon", "Léon", "open-only eo with a coda"},
    {"Erdoğan", "Erdoğan", "ğ is no Vietnamese letter"},
    {"café", "café", "f is no coda; two vowel groups"},
    {"Pokémon", "Pokémon", "two vowel groups"},
    {"hòà", "hòà", "two tone marks"},
    {"ngừới", "ngừới", "two tone marks"},
    {"ị\u0323", "ị\u0323", "stray combining dot below"},
    {"ho\u0300a", "ho\u0300a", "not NFC: the combining mark is no letter"},
    {"hoà1", "hoà1", "digit"},
    {"hoàhoàhoàhoà", "hoàhoàhoàhoà", "too long for a syllable"},
    {"ươn", "ươn", "no tone mark"},
    {"Lavrov", "Lavrov", "ASCII"},
    {"hoa", "hoa", "ASCII"},
    {"", "", "empty"},
    // Invalid UTF-8 comes back byte for byte.
    {"ho\xC3", "ho\xC3", "truncated sequence"},
    {"ho\xE0", "ho\xE0", "Latin-1 à"},
    {"\xFF\xFE", "\xFF\xFE", "bytes never valid in UTF-8"},
    {"h\xC3\xB2\xC3", "h\xC3\xB2\xC3", "valid ò, then truncated"},
    {"\xED\xA0\x80", "\xED\xA0\x80", "surrogate"},
};

class ToneCanonicaliserTest : public testing::TestWithParam<ToneCase> {};

TEST_P(ToneCanonicaliserTest, CanonicalisesTone) {
    const ToneCase& c = GetParam();
    EXPECT_EQ(canonicalise_tone(c.input), c.expected) << c.why;
}

TEST_P(ToneCanonicaliserTest, IsIdempotent) {
    const ToneCase& c = GetParam();
    const std::string once = canonicalise_tone(c.input);
    EXPECT_EQ(canonicalise_tone(once), once) << c.why;
}

INSTANTIATE_TEST_SUITE_P(Vectors, ToneCanonicaliserTest,
                         testing::ValuesIn(kCases));

// Every toned vowel must survive the tables' round trip: in "ho" + X the
// tone of X moves to o, and in "thu" + X to u.
TEST(ToneCanonicaliser, MovesEveryToneInBothCases) {
    struct Move {
        std::string_view input;
        std::string_view expected;
    };
    constexpr Move kMoves[] = {
        {"hoà", "hòa"}, {"hoá", "hóa"}, {"hoả", "hỏa"}, {"hoã", "hõa"},
        {"hoạ", "họa"}, {"HOÀ", "HÒA"}, {"HOÁ", "HÓA"}, {"HOẢ", "HỎA"},
        {"HOÃ", "HÕA"}, {"HOẠ", "HỌA"}, {"thuỳ", "thùy"}, {"thuý", "thúy"},
        {"thuỷ", "thủy"}, {"thuỹ", "thũy"}, {"thuỵ", "thụy"},
        {"THUỲ", "THÙY"}, {"THUÝ", "THÚY"}, {"THUỶ", "THỦY"},
        {"THUỸ", "THŨY"}, {"THUỴ", "THỤY"}, {"khoè", "khòe"},
        {"khoé", "khóe"}, {"khoẻ", "khỏe"}, {"khoẽ", "khõe"},
        {"khoẹ", "khọe"}, {"ngừơi", "người"}, {"ngứơi", "ngưới"},
        {"ngửơi", "ngưởi"}, {"ngữơi", "ngưỡi"}, {"ngựơi", "ngượi"},
        {"ĐỰƠC", "ĐƯỢC"},
    };
    for (const Move& m : kMoves)
        EXPECT_EQ(canonicalise_tone(m.input), m.expected) << m.input;
}

TEST(ToneCanonicaliser, MayNeedIsFalseOnlyForAscii) {
    EXPECT_FALSE(may_need_tone_canonicalisation(""));
    EXPECT_FALSE(may_need_tone_canonicalisation("Lavrov"));
    EXPECT_FALSE(may_need_tone_canonicalisation("3.000km"));
    EXPECT_TRUE(may_need_tone_canonicalisation("hoà"));
    EXPECT_TRUE(may_need_tone_canonicalisation("\xFF"));
}

}  // namespace
}  // namespace tintuc
