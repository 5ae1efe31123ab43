#include "page_furniture.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <vector>

#include "text_folder.h"

namespace tintuc {
namespace {

#include "page_furniture_tsv.inc"

struct Phrases {
    std::vector<std::string> end, related, line, exact, spam;
};

// A folded line without the decorations a heading may carry.
std::string_view heading_of_folded(std::string_view f) {
    auto is_decoration = [](char c) { return c == ' ' || c == ':' || c == '>' || c == '.' || c == '-' || c == '|'; };
    while (!f.empty() && is_decoration(f.back())) f.remove_suffix(1);
    std::size_t start = 0;
    while (start < f.size() && (f[start] == ' ' || f[start] == '|')) ++start;
    return f.substr(start);
}

// Folded, lower case, without the decorations a heading may carry.
std::string heading_key(std::string_view s) { return std::string(heading_of_folded(fold_for_search(s))); }

Phrases load_phrases() {
    Phrases p;
    std::string_view tsv(kPageFurnitureTsv);
    while (!tsv.empty()) {
        std::size_t eol = tsv.find('\n');
        std::string_view row = tsv.substr(0, eol);
        tsv.remove_prefix(eol == std::string_view::npos ? tsv.size() : eol + 1);
        if (row.empty() || row.front() == '#') continue;
        const std::size_t tab = row.find('\t');
        if (tab == std::string_view::npos) continue;
        const std::string_view kind = row.substr(0, tab);
        std::string phrase = fold_for_search(row.substr(tab + 1));
        if (kind == "end") p.end.push_back(heading_key(row.substr(tab + 1)));
        else if (kind == "related") p.related.push_back(heading_key(row.substr(tab + 1)));
        else if (kind == "line") p.line.push_back(std::move(phrase));
        else if (kind == "exact") p.exact.push_back(heading_key(row.substr(tab + 1)));
        else if (kind == "spam") p.spam.push_back(std::move(phrase));
    }
    return p;
}

const Phrases& phrases() {
    static const Phrases p = load_phrases();
    return p;
}

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// "reuters_may_bay_khong_nguoi_lai.jpg": what a page shows when an image
// fails to load.
bool is_image_file_name(std::string_view line) {
    if (line.find(' ') != std::string_view::npos) return false;
    for (std::string_view ext : {".jpg", ".jpeg", ".png", ".gif", ".webp", ".JPG", ".PNG"})
        if (ends_with(line, ext)) return true;
    return false;
}

bool is_word_byte(char c) {
    const auto b = static_cast<unsigned char>(c);
    return b >= 0x80 || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9');
}

// `phrase` occurs in `text` with no letter or digit glued to either end.
bool contains_word(std::string_view text, std::string_view phrase) {
    for (std::size_t at = text.find(phrase); at != std::string_view::npos; at = text.find(phrase, at + 1)) {
        const bool left = at == 0 || !is_word_byte(text[at - 1]);
        const std::size_t end = at + phrase.size();
        const bool right = end >= text.size() || !is_word_byte(text[end]);
        if (left && right) return true;
    }
    return false;
}

}  // namespace

bool has_letter(std::string_view s) {
    const char* p = s.data();
    const auto n = static_cast<int32_t>(s.size());
    for (int32_t i = 0; i < n;) {
        UChar32 c;
        U8_NEXT(p, i, n, c);
        if (c >= 0 && u_isalpha(c)) return true;
    }
    return false;
}

std::size_t word_count(std::string_view line) {
    std::size_t n = 0;
    bool in_word = false;
    for (char c : line) {
        const bool space = c == ' ' || c == '\t';
        if (!space && !in_word) ++n;
        in_word = !space;
    }
    return n;
}

bool is_title_like(std::string_view line) {
    if (line.empty() || word_count(line) > 30) return false;
    const char last = line.back();
    return last != '.' && last != ';' && last != ',' && last != ':';
}

std::string comparison_key(std::string_view line) {
    std::string folded = fold_for_search(line);
    std::string key;
    key.reserve(folded.size());
    for (char c : folded) {
        const auto b = static_cast<unsigned char>(c);
        if (b >= 0x80 || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9')) key.push_back(c);
    }
    return key;
}

bool is_caption_line(std::string_view line) {
    std::string_view s = line;
    while (!s.empty() && (s.back() == ' ' || s.back() == '.')) s.remove_suffix(1);
    const std::string tail = fold_for_search(s.substr(s.size() > 80 ? s.size() - 80 : 0));
    // A closing parenthesised credit: "(Ảnh: Reuters)", "(Nguồn: AP)".
    if (!tail.empty() && tail.back() == ')') {
        const std::size_t open = tail.rfind('(');
        if (open != std::string::npos) {
            const std::string_view inner = std::string_view(tail).substr(open + 1);
            for (std::string_view credit : {"anh:", "anh :", "nguon:", "nguon :", "photo:", "anh minh hoa", "anh nguon"})
                if (inner.substr(0, credit.size()) == credit) return true;
        }
    }
    // A trailing bare credit: "... tại Hà Nội. Ảnh: TTXVN".
    const std::size_t credit = tail.rfind("anh: ");
    if (credit != std::string::npos && (credit == 0 || tail[credit - 1] == ' ') &&
        word_count(std::string_view(tail).substr(credit)) <= 5 && tail.find('.', credit) == std::string::npos)
        return true;
    return false;
}

FurnitureLine classify_furniture_line(std::string_view line) {
    if (!has_letter(line) || is_image_file_name(line)) return FurnitureLine::junk;
    // "[Ukraine và Nga tiếp tục hoạt động sơ tán]": an inline link to
    // another story.
    if (line.size() > 2 && line.front() == '[' && line.back() == ']') return FurnitureLine::junk;
    const Phrases& p = phrases();
    const std::size_t words = word_count(line);
    if (line.size() > 120 && words > 60) return FurnitureLine::none;
    // Folded once for every test below.
    const std::string folded = fold_for_search(line);
    const std::string_view key = heading_of_folded(folded);
    if (line.size() <= 120) {
        for (const std::string& m : p.end)
            if (key == m) return FurnitureLine::end;
        for (const std::string& m : p.related)
            if (key == m) return FurnitureLine::related;
    }
    if (words <= 20) {
        for (const std::string& m : p.line)
            if (folded.compare(0, m.size(), m) == 0) return FurnitureLine::line;
        for (const std::string& m : p.exact)
            if (key == m) return FurnitureLine::line;
    }
    if (words <= 60) {
        // Two different spam phrases, as whole words: news about casinos or
        // betting law names one of them, keyword-stuffed ads several
        // ("Sumitomo" must not hit "mitom").
        int hits = 0;
        for (const std::string& m : p.spam)
            if (contains_word(folded, m)) ++hits;
        if (hits >= 2) return FurnitureLine::spam;
    }
    return FurnitureLine::none;
}

}  // namespace tintuc
