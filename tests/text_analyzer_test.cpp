#include "text_analyzer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace tintuc {
namespace {

// Compact dump, one "exact/folded" per token, "+joined" on chain ends.
std::string dump(const std::string& text) {
    std::string out;
    for (const AnalysedToken& t : analyse_text(text)) {
        if (!out.empty()) out += ' ';
        out += t.exact + "/" + t.folded;
        if (t.joined_parts) out += "+" + t.joined_exact + "/" + t.joined_folded;
    }
    return out;
}

struct Case {
    const char* input;
    const char* expected;
};

TEST(TextAnalyzer, TermsForTypicalNewsText) {
    const Case cases[] = {
        {"Ngoại trưởng Nga", "ngoại/ngoai trưởng/truong nga/nga"},
        {"Đà Nẵng", "đà/da nẵng/nang"},
        // Tone placement: new style and typos meet the old style.
        {"Hoà bình, THUỶ, qúy", "hòa/hoa bình/binh thủy/thuy quý/quy"},
        // Numbers are kept whole, percent dropped.
        {"tăng 1.000 đồng, lãi 3,5%", "tăng/tang 1.000/1.000 đồng/dong lãi/lai 3,5/3,5"},
        // Hyphenated names are also indexed joined.
        {"Mát-xcơ-va", "mát/mat xcơ/xco va/va+mátxcơva/matxcova"},
        {"COVID-19 và F-16", "covid/covid 19/19+covid19/covid19 và/va f/f 16/16+f16/f16"},
        // A dash with spaces is punctuation, not a join.
        {"Nga - Ukraine", "nga/nga ukraine/ukraine"},
        // Soft hyphen inside a word disappears.
        {"Mát\u00ADxcơ", "mátxcơ/matxco"},
        {"İstanbul Erdoğan", "i̇stanbul/istanbul erdoğan/erdogan"},
        {"TP.HCM", "tp.hcm/tp.hcm"},
    };
    for (const Case& c : cases) EXPECT_EQ(dump(c.input), c.expected) << c.input;
}

TEST(TextAnalyzer, OffsetsPointIntoTheText) {
    const std::string text = "Ông Lavrov, Thổ Nhĩ Kỳ.";
    const auto toks = analyse_text(text);
    ASSERT_EQ(toks.size(), 5u);
    EXPECT_EQ(text.substr(toks[1].begin, toks[1].end - toks[1].begin), "Lavrov");
    EXPECT_EQ(text.substr(toks[4].begin, toks[4].end - toks[4].begin), "Kỳ");
}

TEST(TextAnalyzer, OverlongTokensAreDropped) {
    const std::string junk(100, 'x');
    EXPECT_EQ(dump("a " + junk + " b"), "a/a b/b");
}

// Snippets match on fold_text()'s forms; skipping tone canonicalisation
// and packing the forms must not change a single token, offset or joined
// chain.
void expect_fold_text_agrees(const std::string& text, const std::string& where) {
    const std::vector<AnalysedToken> full = analyse_text(text);
    FoldedText folded;
    fold_text(text, folded);
    ASSERT_EQ(folded.tokens.size(), full.size()) << where;
    for (std::size_t i = 0; i < full.size(); ++i) {
        const FoldedToken& t = folded.tokens[i];
        EXPECT_EQ(folded.folded(t), full[i].folded) << where << ": token " << i;
        EXPECT_EQ(t.begin, full[i].begin) << where << ": token " << i;
        EXPECT_EQ(t.end, full[i].end) << where << ": token " << i;
        EXPECT_EQ(t.joined_parts, full[i].joined_parts) << where << ": token " << i;
        EXPECT_EQ(t.joined_parts ? folded.joined_folded(t) : "", full[i].joined_folded) << where << ": token " << i;
    }
}

TEST(TextAnalyzer, FoldTextMatchesTheFullAnalysis) {
    expect_fold_text_agrees("Hoà bình, THUỶ, qúy, Thuỳ Linh, ngừơi, KHOẺ", "tone styles");
    expect_fold_text_agrees("Mát-xcơ-va, Mát\u00ADxcơ, COVID-19, İstanbul, Straße", "chains and letters");
    // Chains just within and just over the joined-form limit.
    expect_fold_text_agrees(std::string(30, 'a') + "-" + std::string(34, 'b') + " " + std::string(30, 'c') + "-" +
                                  std::string(35, 'd'),
                              "long chains");
    int files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(TINTUC_SOURCE_DIR "/corpus")) {
        std::ifstream in(entry.path());
        std::stringstream text;
        text << in.rdbuf();
        expect_fold_text_agrees(text.str(), entry.path().filename().string());
        ++files;
    }
    EXPECT_EQ(files, 5);
}

}  // namespace
}  // namespace tintuc
