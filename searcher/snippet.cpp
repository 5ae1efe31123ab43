#include "snippet.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "text_analyzer.h"

namespace tintuc {
namespace {

const char* const kEllipsis = "…";

std::size_t count_chars(std::string_view s) {
    std::size_t n = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}

// Appends `s` to the pieces, turning runs of white space into one space.
void append_text(std::string_view s, bool match, std::vector<SnippetPiece>& pieces) {
    if (s.empty()) return;
    if (pieces.empty() || pieces.back().match != match) pieces.push_back({{}, match});
    std::string& out = pieces.back().text;
    for (char c : s) {
        if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
            const bool after_space = out.empty() ? (pieces.size() < 2 || pieces[pieces.size() - 2].text.empty() ||
                                                    pieces[pieces.size() - 2].text.back() == ' ')
                                                 : out.back() == ' ';
            if (!after_space) out.push_back(' ');
        } else {
            out.push_back(c);
        }
    }
    if (out.empty()) pieces.pop_back();
}

}  // namespace

std::string Snippet::plain() const {
    std::string s;
    for (const SnippetPiece& p : pieces) s += p.text;
    return s;
}

Snippet make_snippet(std::string_view text, const std::set<std::string>& folded_terms, std::size_t max_chars) {
    FoldedText folded;
    fold_text(text, folded);
    return make_snippet(text, folded, folded_terms, max_chars);
}

Snippet make_snippet(std::string_view text, const FoldedText& folded, const std::set<std::string>& folded_terms,
                     std::size_t max_chars) {
    const std::vector<FoldedToken>& tokens = folded.tokens;
    const std::unordered_set<std::string_view> terms(folded_terms.begin(), folded_terms.end());
    std::vector<bool> hit(tokens.size(), false);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (terms.count(folded.folded(tokens[i]))) hit[i] = true;
        if (tokens[i].joined_parts > 0 && terms.count(folded.joined_folded(tokens[i]))) {
            for (std::size_t k = i + 1 - tokens[i].joined_parts; k <= i; ++k) hit[k] = true;
        }
    }

    // Window scores: distinct words first, then occurrences. Windows are
    // measured in tokens (about 6 characters each in Vietnamese news). A
    // sliding window with per-word counts keeps this linear: long queries
    // of common syllables hit most tokens of an article.
    const std::size_t window = std::max<std::size_t>(8, max_chars / 6);
    std::unordered_map<std::string_view, std::size_t> word_ids;
    std::vector<std::size_t> id(tokens.size(), 0);
    for (std::size_t i = 0; i < tokens.size(); ++i)
        if (hit[i]) id[i] = word_ids.emplace(folded.folded(tokens[i]), word_ids.size()).first->second;
    std::vector<std::size_t> in_window(word_ids.size(), 0);
    std::size_t distinct = 0, occurrences = 0;
    auto add = [&](std::size_t k) {
        if (!hit[k]) return;
        if (in_window[id[k]]++ == 0) ++distinct;
        ++occurrences;
    };
    auto drop = [&](std::size_t k) {
        if (!hit[k]) return;
        if (--in_window[id[k]] == 0) --distinct;
        --occurrences;
    };
    std::size_t best_start = 0;
    long best_score = -1;
    for (std::size_t k = 0; k < std::min(window, tokens.size()); ++k) add(k);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        // The window is [i, i + window).
        if (hit[i]) {
            const long score = static_cast<long>(distinct) * 1000 + static_cast<long>(occurrences);
            if (score > best_score) {
                best_score = score;
                best_start = i;
            }
        }
        drop(i);
        if (i + window < tokens.size()) add(i + window);
    }

    // Start a few words before the first match, for context, or at the
    // start of its sentence when that is close.
    std::size_t first = best_score < 0 ? 0 : (best_start >= 3 ? best_start - 3 : 0);
    for (std::size_t k = best_start; best_score >= 0 && k > 0 && best_start - k < 8; --k) {
        std::string_view gap = text.substr(tokens[k - 1].end, tokens[k].begin - tokens[k - 1].end);
        if (gap.find_first_of(".!?\n") != std::string_view::npos) {
            first = k;
            break;
        }
    }

    // Near the end of the text, show a full-length passage rather than a
    // short tail.
    while (first > 0 && count_chars(text.substr(tokens[first - 1].begin)) <= max_chars) --first;

    Snippet snip;
    if (tokens.empty()) {
        append_text(text.substr(0, std::min<std::size_t>(text.size(), max_chars)), false, snip.pieces);
        return snip;
    }
    std::size_t begin = first == 0 ? 0 : tokens[first].begin;
    if (first > 0) snip.pieces.push_back({kEllipsis, false});
    std::size_t chars = 0;
    std::size_t pos = begin;
    std::size_t k = first;
    for (; k < tokens.size(); ++k) {
        const std::size_t len = count_chars(text.substr(pos, tokens[k].end - pos));
        if (chars + len > max_chars && k > first) break;
        // Spaces between two matched words belong to the highlight:
        // "[Thổ Nhĩ Kỳ]", not "[Thổ] [Nhĩ] [Kỳ]".
        const std::string_view gap = text.substr(pos, tokens[k].begin - pos);
        const bool joins_hits = k > first && hit[k] && hit[k - 1] && gap.find_first_not_of(" ") == std::string_view::npos;
        append_text(gap, joins_hits, snip.pieces);
        append_text(text.substr(tokens[k].begin, tokens[k].end - tokens[k].begin), hit[k], snip.pieces);
        chars += len;
        pos = tokens[k].end;
    }
    if (k < tokens.size()) {
        snip.pieces.push_back({kEllipsis, false});
    } else {
        // Closing punctuation after the last word: "... Ukraine."
        std::size_t end = pos;
        while (end < text.size() && end < pos + 3 && std::string_view(".!?)\"").find(text[end]) != std::string_view::npos)
            ++end;
        append_text(text.substr(pos, end - pos), false, snip.pieces);
    }
    return snip;
}

}  // namespace tintuc
