#include "text_folder.h"

#include <gtest/gtest.h>

namespace tintuc {
namespace {

TEST(TextFolder, FoldsEveryVietnameseLetter) {
    // All 134 non-ASCII Vietnamese letters, both cases, fold to ASCII.
    const std::string lower =
        "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ";
    const std::string expected =
        "aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd";
    EXPECT_EQ(fold_for_search(lower), expected);
    EXPECT_EQ(case_fold("ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ"), lower);
}

TEST(TextFolder, OtherScriptsAreKept) {
    EXPECT_EQ(fold_for_search("Зеленский"), "зеленский");
    EXPECT_EQ(fold_for_search("北京"), "北京");
}

TEST(TextFolder, TellsAccentedFromPlainText) {
    EXPECT_TRUE(has_accents("hòa bình"));
    EXPECT_TRUE(has_accents("Đà"));
    EXPECT_TRUE(has_accents("Erdoğan"));
    EXPECT_FALSE(has_accents("hoa binh"));
    EXPECT_FALSE(has_accents("Nga 2025 \"x\""));
    EXPECT_FALSE(has_accents("× ÷"));  // symbols in the Latin-1 block are not letters
}

// The one-pass search fold must equal the two folds in turn, and report
// the case fold's length, on Vietnamese, letters outside the tables
// (Cyrillic, the "ﬀ" ligature that expands), "İ" (which folds to two code
// points) and invalid bytes.
TEST(TextFolder, OnePassSearchFoldEqualsTheTwoFolds) {
    for (const std::string text :
         {"ĐÀ NẴNG, Thuỷ Điện Hoà Bình", "Зеленский ﬀ İstanbul Straße", "x\xC3(y\xE1\xBA", "", "HÀ NỘI 2025"}) {
        // Appends: what `out` held stays.
        std::string out = "x", expected = "x";
        const std::size_t length = append_search_fold(text, out);
        expected += accent_fold(case_fold(text));
        EXPECT_EQ(out, expected) << text;
        EXPECT_EQ(length, case_fold(text).size()) << text;
    }
    EXPECT_EQ(fold_for_search("ĐÀ NẴNG"), "da nang");
}

}  // namespace
}  // namespace tintuc
