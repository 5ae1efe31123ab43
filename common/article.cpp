#include "article.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace tintuc {
namespace {

bool is_space_byte(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && is_space_byte(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_space_byte(s.back())) s.remove_suffix(1);
    // NBSP (C2 A0) is common at the edges of lines copied from web pages.
    while (s.size() >= 2 && s.substr(0, 2) == "\xC2\xA0") s.remove_prefix(2);
    while (s.size() >= 2 && s.substr(s.size() - 2) == "\xC2\xA0") s.remove_suffix(2);
    return s;
}

}  // namespace

bool is_junk_line(std::string_view line) {
    const char* s = line.data();
    const auto n = static_cast<int32_t>(line.size());
    for (int32_t i = 0; i < n;) {
        UChar32 c;
        U8_NEXT(s, i, n, c);
        if (c >= 0 && u_isalpha(c)) return false;
    }
    return true;
}

Article split_article(std::string_view text) {
    Article a;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t eol = text.find('\n', pos);
        if (eol == std::string_view::npos) eol = text.size();
        std::string_view line = trim(text.substr(pos, eol - pos));
        pos = eol + 1;
        if (!is_junk_line(line)) {
            a.title.assign(line);
            break;
        }
    }
    if (pos < text.size()) a.body.assign(trim(text.substr(pos)));
    return a;
}

}  // namespace tintuc
