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

}  // namespace
}  // namespace tintuc
