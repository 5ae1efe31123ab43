// Splits text into words (Vietnamese syllables, numbers, names) with byte
// offsets into the original text.
//
// Follows ICU's word-break rules as far as news text needs them (the table
// in ../shared notes §5 and tests/data/vietnamese-vectors.tsv), but scans
// UTF-8 directly: ICU's BreakIterator works on UTF-16 and costs a third of
// the analysis time. The segmenter never changes text; a token is a span.
#ifndef TINTUC_COMMON_TOKENIZER_H
#define TINTUC_COMMON_TOKENIZER_H

#include <cstdint>
#include <string_view>
#include <vector>

namespace tintuc {

struct TokenSpan {
    std::uint32_t begin = 0;  // byte offset of the first byte
    std::uint32_t end = 0;    // byte offset one past the last byte
};

// Appends the tokens of `text` (UTF-8, ideally NFC) to `out`.
//
// A token is a run of letters and digits, with these joins: '.' or an
// apostrophe between two letters ("TP.HCM", "H'Hen") or between two digits
// ("1.000"), ',' or ';' between two digits ("3,5"); letters and digits mix
// ("10h30", "U23"); combining marks and format characters (soft hyphen,
// ZWJ) stay inside a word; '@' counts as a letter, so e-mail addresses stay
// whole (as ICU 72 does). Each ideograph is a token of its own. Everything
// else (space, NBSP, ZWSP, punctuation, hyphens, symbols) separates.
// Invalid UTF-8 bytes separate too.
void tokenize(std::string_view text, std::vector<TokenSpan>& out);

}  // namespace tintuc

#endif
