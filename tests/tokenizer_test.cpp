// The word-break table of the shared notes (§5), which ICU 72's word
// BreakIterator produces and tokenize() must match.
#include "tokenizer.h"

#include <gtest/gtest.h>

#include <string>

#include "token_dump.h"

namespace tintuc {
namespace {

std::string split(const std::string& text) { return test::token_dump(text); }

TEST(Tokenizer, SharedNotesWordBreakTable) {
    const std::pair<const char*, const char*> table[] = {
        {"1.000 đồng", "1.000|đồng"},
        {"3,5%", "3,5"},
        {"1.000,5", "1.000,5"},
        {"27/02/2025", "27|02|2025"},
        {"Q.1", "Q|1"},
        {"TP.HCM", "TP.HCM"},
        {"TP. HCM", "TP|HCM"},
        {"Mỹ-Trung Mát-xcơ-va xi-nhan COVID-19", "Mỹ|Trung|Mát|xcơ|va|xi|nhan|COVID|19"},
        {"10h30", "10h30"},
        {"U23", "U23"},
        {"3.000km", "3.000km"},
        {"50km/h", "50km|h"},
        {"https://vnexpress.net/a-1.html", "https|vnexpress.net|a|1|html"},
        {"ban.doc@tuoitre.com.vn", "ban.doc@tuoitre.com.vn"},
        {"@user", "@user"},
        {"Mát\u00ADxcơ", "Mát\u00ADxcơ"},    // soft hyphen does not split
        {"Hà\u200BNội", "Hà|Nội"},           // ZWSP splits
        {"Hà\u00A0Nội", "Hà|Nội"},           // NBSP splits
        {"Nguye\u0302\u0303n", "Nguye\u0302\u0303n"},  // NFD marks stay attached
    };
    for (const auto& [input, expected] : table) EXPECT_EQ(split(input), expected) << input;
}

TEST(Tokenizer, EdgeCases) {
    EXPECT_EQ(split(""), "");
    EXPECT_EQ(split("  ...  "), "");
    EXPECT_EQ(split("“Ukraine”, (Nga)"), "Ukraine|Nga");
    EXPECT_EQ(split("v.v."), "v.v");
    EXPECT_EQ(split("H’Hen"), "H’Hen");     // typographic apostrophe joins like '
    EXPECT_EQ(split("Ukraine."), "Ukraine");  // a final full stop is not part of the word
    EXPECT_EQ(split("2025."), "2025");
    EXPECT_EQ(split("北京"), "北|京");       // one token per ideograph
    EXPECT_EQ(split("ab\xff" "cd"), "ab|cd");  // invalid UTF-8 separates
}

}  // namespace
}  // namespace tintuc
