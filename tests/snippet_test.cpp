#include "snippet.h"

#include <gtest/gtest.h>

namespace tintuc {
namespace {

std::string marked(const Snippet& s) {
    std::string out;
    for (const SnippetPiece& p : s.pieces) out += p.match ? "[" + p.text + "]" : p.text;
    return out;
}

TEST(Snippet, HighlightsAccentedWordsForAccentFreeQueries) {
    const Snippet s = make_snippet("Ngoại trưởng Nga Sergey Lavrov và người đồng cấp Thổ Nhĩ Kỳ.",
                                   {"tho", "nhi", "ky"});
    EXPECT_EQ(marked(s), "Ngoại trưởng Nga Sergey Lavrov và người đồng cấp [Thổ Nhĩ Kỳ].");
}

TEST(Snippet, PicksTheBestPassageAndCollapsesLines) {
    std::string text;
    for (int i = 0; i < 60; ++i) text += "Một câu không liên quan. ";
    text += "\n\nHakan Fidan gặp Lavrov\ntại Antalya. ";
    for (int i = 0; i < 60; ++i) text += "Một câu không liên quan. ";
    const Snippet s = make_snippet(text, {"hakan", "fidan", "antalya"}, 80);
    EXPECT_EQ(marked(s), "…[Hakan Fidan] gặp Lavrov tại [Antalya]. Một câu không liên quan. Một câu không liên…");
}

TEST(Snippet, NoMatchGivesTheStart) {
    const Snippet s = make_snippet("Câu đầu tiên. Câu thứ hai.", {"xyz"}, 200);
    EXPECT_EQ(marked(s), "Câu đầu tiên. Câu thứ hai.");
}

TEST(Snippet, HyphenatedNameMatchedByItsJoinedForm) {
    const Snippet s = make_snippet("Lãnh đạo Mát-xcơ-va tuyên bố", {"matxcova"});
    EXPECT_EQ(marked(s), "Lãnh đạo [Mát]-[xcơ]-[va] tuyên bố");
}

}  // namespace
}  // namespace tintuc
