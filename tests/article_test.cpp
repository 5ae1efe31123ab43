#include "article.h"

#include <gtest/gtest.h>

namespace tintuc {
namespace {

TEST(Article, TitleIsTheFirstLineWithLetters) {
    // corpus/002 opens with a junk line "111111" before its title.
    Article a = split_article("111111\n\nNga và Ukraine chuẩn bị nối lại đàm phán\n\nVOV.VN - Ngày 2/6 tới...\n");
    EXPECT_EQ(a.title, "Nga và Ukraine chuẩn bị nối lại đàm phán");
    EXPECT_EQ(a.body, "VOV.VN - Ngày 2/6 tới...");
}

TEST(Article, JunkLines) {
    EXPECT_TRUE(is_junk_line("111111"));
    EXPECT_TRUE(is_junk_line("  "));
    EXPECT_TRUE(is_junk_line("11:45 27/02/2025"));
    EXPECT_TRUE(is_junk_line("-----"));
    EXPECT_FALSE(is_junk_line("Nga"));
    EXPECT_FALSE(is_junk_line("Đà Nẵng"));
}

TEST(Article, TitleOnlyAndEmpty) {
    EXPECT_EQ(split_article("  Tiêu đề  ").title, "Tiêu đề");
    EXPECT_EQ(split_article("  Tiêu đề  ").body, "");
    EXPECT_EQ(split_article("123\n456\n").title, "");
    EXPECT_EQ(split_article("\xC2\xA0Tiêu đề\r\nThân bài\r\n").title, "Tiêu đề");
}

}  // namespace
}  // namespace tintuc
