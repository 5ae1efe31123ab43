// The one analysis pipeline that documents and queries both go through.
//
// text (NFC, from text_decoder) -> tokenize -> per token: drop format
// characters -> canonical tone placement -> case fold = exact form ->
// accent fold = folded form. The indexer and the searcher call the same
// function, so a query word always meets the form the indexer stored.
#ifndef TINTUC_COMMON_TEXT_ANALYZER_H
#define TINTUC_COMMON_TEXT_ANALYZER_H

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tintuc {

struct AnalysedToken {
    std::string exact;   // "hòa", "nga", "mát" (tone-canonical, case-folded)
    std::string folded;  // "hoa", "nga", "mat" (no marks, đ -> d)
    std::uint32_t begin = 0;  // byte span in the analysed text
    std::uint32_t end = 0;
    // Set on the last part of a hyphenated chain ("va" in "Mát-xcơ-va"):
    // the forms of the whole chain joined without hyphens, "mátxcơva" /
    // "matxcova", so that "Matxcơva" and "Mát-xcơ-va" meet. Empty otherwise.
    std::string joined_exact;
    std::string joined_folded;
    // Number of tokens in the chain this token closes (0 when none).
    std::uint32_t joined_parts = 0;
};

// Longest token kept, in bytes of its exact form. Longer runs are URLs,
// base64 or junk; they would also overflow Xapian's 245-byte term limit
// once prefixed.
constexpr std::size_t kMaxTokenBytes = 64;

// Analyses `text` (valid UTF-8, NFC) and appends its tokens to `out`.
// Tokens longer than kMaxTokenBytes are skipped.
void analyse_text(std::string_view text, std::vector<AnalysedToken>& out);

// One token of a FoldedText: offsets into the text and into the packed
// folded forms.
struct FoldedToken {
    std::uint32_t begin = 0;  // byte span in the analysed text
    std::uint32_t end = 0;
    std::uint32_t form = 0;  // folded form: FoldedText::forms[form, form + form_size)
    std::uint32_t form_size = 0;
    std::uint32_t joined = 0;  // joined chain's folded form, when joined_parts > 0
    std::uint32_t joined_size = 0;
    std::uint32_t joined_parts = 0;
};

// The tokens of a text in folded form only, packed in one buffer: what
// snippets and the searcher's re-ranking match on, for the whole text of
// each result shown. The same tokens, offsets, folded and joined folded
// forms as analyse_text() (a test checks it on the corpus), at about twice
// its speed: no string per token, and no tone canonicalisation, as the
// accent fold drops a tone mark wherever it sits.
struct FoldedText {
    std::string forms;
    std::vector<FoldedToken> tokens;

    std::string_view folded(const FoldedToken& t) const { return {forms.data() + t.form, t.form_size}; }
    std::string_view joined_folded(const FoldedToken& t) const {
        return {forms.data() + t.joined, t.joined_size};
    }
};

// Replaces `out` with the folded tokens of `text` (valid UTF-8, NFC).
void fold_text(std::string_view text, FoldedText& out);

// Convenience for tests and queries.
std::vector<AnalysedToken> analyse_text(std::string_view text);

}  // namespace tintuc

#endif
