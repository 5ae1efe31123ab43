#include "text_folder.h"

#include <iterator>
#include <string_view>
#include <vector>

#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

#include "fold_table_ranges.h"

namespace tintuc {
namespace {

#include "fold_tables.inc"

int table_index(UChar32 c) { return fold_table_index(c); }

bool is_combining_mark(UChar32 c) {
    if (c >= 0x0300 && c <= 0x036F) return true;
    int8_t type = u_charType(c);
    return type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK;
}

void append_utf8(UChar32 c, std::string& out) {
    char buf[4];
    int32_t len = 0;
    UBool error = false;
    U8_APPEND(buf, len, 4, c, error);
    if (!error) out.append(buf, static_cast<std::size_t>(len));
}

// Calls ascii(byte) for each ASCII byte and other(c, bytes) for each other
// code point; invalid bytes are copied through unchanged.
template <class Ascii, class Other>
void map_code_points(std::string_view text, std::string& out, Ascii ascii, Other other) {
    const char* s = text.data();
    const auto n = static_cast<int32_t>(text.size());
    int32_t i = 0;
    while (i < n) {
        const auto b = static_cast<unsigned char>(s[i]);
        if (b < 0x80) {
            out.push_back(ascii(b));
            ++i;
            continue;
        }
        const int32_t start = i;
        UChar32 c;
        U8_NEXT(s, i, n, c);
        const std::string_view bytes(s + start, static_cast<std::size_t>(i - start));
        if (c < 0) out.append(bytes);
        else other(c, bytes);
    }
}

}  // namespace

void append_case_fold(std::string_view text, std::string& out) {
    map_code_points(
        text, out, [](unsigned char b) { return static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b); },
        [&out](UChar32 c, std::string_view) {
            if (const int idx = table_index(c); idx >= 0) {
                out += kCaseFolded[idx];
                return;
            }
            // Full folding can expand (e.g. U+FB00 -> "ff"), so go through
            // ICU's string API rather than u_foldCase().
            UChar in[2];
            int32_t in_len = 0;
            U16_APPEND_UNSAFE(in, in_len, c);
            UChar buf[8];
            UErrorCode status = U_ZERO_ERROR;
            const int32_t len = u_strFoldCase(buf, 8, in, in_len, U_FOLD_CASE_DEFAULT, &status);
            if (U_FAILURE(status)) {
                append_utf8(c, out);
                return;
            }
            for (int32_t k = 0; k < len;) {
                UChar32 f;
                U16_NEXT(buf, k, len, f);
                append_utf8(f, out);
            }
        });
}

std::string case_fold(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    append_case_fold(text, out);
    return out;
}

void append_accent_fold(std::string_view folded_case, std::string& out) {
    map_code_points(
        folded_case, out, [](unsigned char b) { return static_cast<char>(b); },
        [&out](UChar32 c, std::string_view bytes) {
            if (const int idx = table_index(c); idx >= 0) out += kAccentFolded[idx];
            else if (!is_combining_mark(c)) out.append(bytes);
        });
}

std::string accent_fold(std::string_view folded_case) {
    std::string out;
    out.reserve(folded_case.size());
    append_accent_fold(folded_case, out);
    return out;
}

std::string fold_for_search(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    append_search_fold(text, out);
    return out;
}

namespace {

// accent_fold(case_fold(c)) of each code point the tables hold, worked
// out once from the two folds, so a search fold takes one pass.
const std::vector<std::string>& search_folded() {
    static const std::vector<std::string> table = [] {
        std::vector<std::string> t(std::size(kCaseFolded));
        for (std::size_t i = 0; i < t.size(); ++i) append_accent_fold(kCaseFolded[i], t[i]);
        return t;
    }();
    return table;
}

}  // namespace

std::size_t append_search_fold(std::string_view text, std::string& out) {
    const std::vector<std::string>& table = search_folded();
    std::size_t ascii = 0, other_bytes = 0, other_folded = 0;
    std::string one;  // a code point outside the tables, case-folded
    map_code_points(
        text, out,
        [&ascii](unsigned char b) {
            ++ascii;
            return static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b);
        },
        [&](UChar32 c, std::string_view bytes) {
            other_bytes += bytes.size();
            if (const int idx = table_index(c); idx >= 0) {
                out += table[static_cast<std::size_t>(idx)];
                other_folded += kCaseFolded[idx].size();
                return;
            }
            one.clear();
            append_case_fold(bytes, one);
            other_folded += one.size();
            append_accent_fold(one, out);
        });
    // Invalid bytes, which map_code_points copies, pass both folds unchanged.
    return ascii + other_folded + (text.size() - ascii - other_bytes);
}

bool has_accents(std::string_view text) {
    const char* s = text.data();
    const int32_t n = static_cast<int32_t>(text.size());
    int32_t i = 0;
    while (i < n) {
        if (static_cast<unsigned char>(s[i]) < 0x80) {
            ++i;
            continue;
        }
        UChar32 c;
        U8_NEXT(s, i, n, c);
        if (c < 0) continue;
        if ((table_index(c) >= 0 && u_isalpha(c)) || is_combining_mark(c)) return true;
    }
    return false;
}

}  // namespace tintuc
