// Case folding and accent folding of analysed text.
//
// Both work on NFC UTF-8 and are table-driven for Latin and Vietnamese
// letters (built once from ICU's own case folding and Latin-ASCII
// transliteration, so they agree with ICU), because calling ICU per token
// is 15-60x slower (../shared notes §3). Other scripts go through ICU.
#ifndef TINTUC_COMMON_TEXT_FOLDER_H
#define TINTUC_COMMON_TEXT_FOLDER_H

#include <string>
#include <string_view>

namespace tintuc {

// Full Unicode default case folding, as ICU's foldCase(U_FOLD_CASE_DEFAULT):
// "ĐÀ NẴNG" -> "đà nẵng", "Straße" -> "strasse", "İstanbul" -> "i̇stanbul"
// (i + U+0307; the accent fold removes the dot). Never locale-dependent:
// a Turkish dotless ı in "ISTANBUL" would break accent-free search.
// `text` must be valid UTF-8; invalid bytes are copied through.
std::string case_fold(std::string_view text);

// Appends the case fold of `text` to `out`.
void append_case_fold(std::string_view text, std::string& out);

// Removes accents from case-folded text: tone and vowel marks go, đ -> d,
// and other Latin letters become ASCII as ICU's Latin-ASCII does
// ("ł" -> "l", "ı" -> "i", "ß" -> "ss"). Stray combining marks
// (U+0300-036F and the other combining blocks) are dropped. Letters of
// other scripts are kept. "đà nẵng" -> "da nang".
std::string accent_fold(std::string_view folded_case);

// Appends the accent fold of `folded_case` to `out`.
void append_accent_fold(std::string_view folded_case, std::string& out);

// case_fold then accent_fold: what a user's text matches on when typed
// without accents. Input must be NFC for exact agreement with ICU.
std::string fold_for_search(std::string_view text);

// Appends fold_for_search(text) to `out` in one pass over `text`; returns
// the byte length case_fold(text) would have, for callers that limit
// tokens by the length of their exact form.
std::size_t append_search_fold(std::string_view text, std::string& out);

// True when `text` contains a letter carrying an accent or a non-ASCII
// Latin letter, i.e. accent_fold() would change it. Used to tell a query
// typed with accents from one typed without.
bool has_accents(std::string_view text);

}  // namespace tintuc

#endif
