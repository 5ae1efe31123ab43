// Byte-level helpers for the ASCII parts of UTF-8 text, shared by the
// analysers: white space, digits, trimming. Bytes of multi-byte
// characters are never ASCII, so these are safe on any UTF-8.
#ifndef TINTUC_COMMON_ASCII_TEXT_H
#define TINTUC_COMMON_ASCII_TEXT_H

#include <algorithm>
#include <string_view>

namespace tintuc {

inline bool is_ascii_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

inline bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

inline bool has_ascii_digit(std::string_view s) { return std::any_of(s.begin(), s.end(), is_ascii_digit); }

// `s` without ASCII white space at either end.
inline std::string_view trim_space(std::string_view s) {
    while (!s.empty() && is_ascii_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_ascii_space(s.back())) s.remove_suffix(1);
    return s;
}

// `s` without ASCII white space or no-break spaces (U+00A0) at either end:
// web pages pad lines, credits and names with them, and text copied from
// them keeps them.
inline std::string_view trim_space_and_nbsp(std::string_view s) {
    constexpr std::string_view kNbsp = "\xC2\xA0";
    for (;;) {
        if (!s.empty() && is_ascii_space(s.front()))
            s.remove_prefix(1);
        else if (s.substr(0, 2) == kNbsp)
            s.remove_prefix(2);
        else
            break;
    }
    for (;;) {
        if (!s.empty() && is_ascii_space(s.back()))
            s.remove_suffix(1);
        else if (s.size() >= 2 && s.substr(s.size() - 2) == kNbsp)
            s.remove_suffix(2);
        else
            break;
    }
    return s;
}

}  // namespace tintuc

#endif
