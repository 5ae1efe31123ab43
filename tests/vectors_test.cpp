// Every row of the shared Vietnamese test vectors (a copy lives in
// tests/data/vietnamese-vectors.tsv) against the analysis stages.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "text_decoder.h"
#include "token_dump.h"
#include "text_folder.h"
#include "tokenizer.h"
#include "tone_canonicaliser.h"

namespace tintuc {
namespace {

struct Vector {
    std::string kind, input, expected, note;
    int line = 0;
};

std::vector<Vector> load_vectors() {
    std::ifstream in(std::string(TINTUC_TEST_DATA) + "/vietnamese-vectors.tsv");
    std::vector<Vector> rows;
    std::string line;
    int n = 0;
    while (std::getline(in, line)) {
        ++n;
        if (n == 1 || line.empty() || line[0] == '#') continue;  // header
        std::vector<std::string> cols;
        std::stringstream ss(line);
        std::string col;
        while (std::getline(ss, col, '\t')) cols.push_back(col);
        if (cols.size() < 3) continue;
        rows.push_back({cols[0], cols[1], cols[2], cols.size() > 3 ? cols[3] : "", n});
    }
    return rows;
}

std::string tokens_joined(const std::string& text) { return test::token_dump(text); }

// Canonicalises each token in place, keeping everything between tokens.
std::string canonicalise_text(const std::string& text) {
    std::vector<TokenSpan> spans;
    tokenize(text, spans);
    std::string out;
    std::size_t pos = 0;
    for (const TokenSpan& s : spans) {
        out += text.substr(pos, s.begin - pos);
        out += canonicalise_tone(text.substr(s.begin, s.end - s.begin));
        pos = s.end;
    }
    return out + text.substr(pos);
}

TEST(SharedVectors, FileHasAllRows) {
    const std::vector<Vector> rows = load_vectors();
    ASSERT_EQ(rows.size(), 122u) << "tests/data/vietnamese-vectors.tsv is missing or truncated";
}

TEST(SharedVectors, EveryRowPasses) {
    int checked = 0;
    for (const Vector& v : load_vectors()) {
        std::string got;
        if (v.kind == "nfc") got = normalise_nfc(v.input);
        else if (v.kind == "tone_canonical") got = canonicalise_text(normalise_nfc(v.input));
        else if (v.kind == "fold") got = fold_for_search(normalise_nfc(v.input));
        else if (v.kind == "case") got = case_fold(v.input);  // rows check that case folding keeps NFD
        else if (v.kind == "wordbreak") got = tokens_joined(v.input);
        else ADD_FAILURE() << "unknown kind '" << v.kind << "' on line " << v.line;
        EXPECT_EQ(got, v.expected) << v.kind << " row on line " << v.line << ": '" << v.input << "' (" << v.note
                                   << ")";
        ++checked;
    }
    EXPECT_EQ(checked, 122);
}

}  // namespace
}  // namespace tintuc
