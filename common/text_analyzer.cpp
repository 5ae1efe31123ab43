#include "text_analyzer.h"

#include <algorithm>
#include <utility>

#include "text_folder.h"
#include "tokenizer.h"
#include "tone_canonicaliser.h"

namespace tintuc {
namespace {

// Soft hyphen, ZWNJ, ZWJ, word joiner and BOM are invisible inside a word;
// "Mát\u00ADxcơ" must index as "mátxcơ".
bool strip_format_chars(std::string_view in, std::string& out) {
    bool found = false;
    for (std::size_t i = 0; i < in.size(); ++i) {
        auto b = static_cast<unsigned char>(in[i]);
        if (b == 0xC2 && i + 1 < in.size() && static_cast<unsigned char>(in[i + 1]) == 0xAD) {
            found = true;
            ++i;
            continue;
        }
        if (b == 0xE2 && i + 2 < in.size() && static_cast<unsigned char>(in[i + 1]) == 0x80 &&
            (static_cast<unsigned char>(in[i + 2]) == 0x8C || static_cast<unsigned char>(in[i + 2]) == 0x8D)) {
            found = true;
            i += 2;
            continue;
        }
        if (b == 0xE2 && i + 2 < in.size() && static_cast<unsigned char>(in[i + 1]) == 0x81 &&
            static_cast<unsigned char>(in[i + 2]) == 0xA0) {
            found = true;
            i += 2;
            continue;
        }
        if (b == 0xEF && i + 2 < in.size() && static_cast<unsigned char>(in[i + 1]) == 0xBB &&
            static_cast<unsigned char>(in[i + 2]) == 0xBF) {
            found = true;
            i += 2;
            continue;
        }
        out.push_back(static_cast<char>(b));
    }
    return found;
}

// The token without format characters: `surface` itself when it has none
// (nearly always: they only start with bytes C2, E2 and EF, which no
// Vietnamese letter uses), else its copy in `clean`.
std::string_view without_format_chars(std::string_view surface, std::string& clean) {
    const bool may_have = std::any_of(surface.begin(), surface.end(), [](char c) {
        const auto b = static_cast<unsigned char>(c);
        return b == 0xC2 || b == 0xE2 || b == 0xEF;
    });
    if (!may_have) return surface;
    clean.clear();
    strip_format_chars(surface, clean);
    return clean;
}

bool is_ascii(std::string_view s) {
    for (unsigned char c : s)
        if (c >= 0x80) return false;
    return true;
}

// Fills the token's forms; returns the length of its exact form.
std::size_t analyse_token(std::string_view surface, AnalysedToken& tok, std::string& clean) {
    if (is_ascii(surface)) {
        tok.folded.assign(surface);
        for (char& c : tok.folded)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
        tok.exact = tok.folded;
        return tok.folded.size();
    }
    const std::string toned = canonicalise_tone(without_format_chars(surface, clean));
    append_case_fold(toned, tok.exact);
    append_accent_fold(tok.exact, tok.folded);
    return tok.exact.size();
}

// Appends the folded form of one token to `out`; returns the length its
// exact form has give or take a byte: canonical tone placement can change
// it ("ỳ" 3 bytes, "ù" 2), which only matters for junk near kMaxTokenBytes.
std::size_t fold_token(std::string_view surface, std::string& out, std::string& clean) {
    return append_search_fold(without_format_chars(surface, clean), out);
}

// Calls close(first, last) for each hyphenated chain of two tokens or more
// among tokens [first, count), whose byte spans span(i) gives. A chain's
// end is only known once the next token is seen, so chains are marked
// after the tokens are made.
template <class Span, class Close>
void for_each_chain(std::string_view text, std::size_t first, std::size_t count, Span span, Close close) {
    std::size_t chain_start = first;
    for (std::size_t i = first; i < count; ++i) {
        const bool continues = i + 1 < count && span(i + 1).first == span(i).second + 1 && text[span(i).second] == '-';
        if (continues) continue;
        if (i > chain_start) close(chain_start, i);
        chain_start = i + 1;
    }
}

}  // namespace

void analyse_text(std::string_view text, std::vector<AnalysedToken>& out) {
    const std::size_t first = out.size();
    std::vector<TokenSpan> spans;
    spans.reserve(text.size() / 4);
    tokenize(text, spans);
    std::string clean;
    out.reserve(out.size() + spans.size());
    for (const TokenSpan& span : spans) {
        AnalysedToken tok;
        const std::size_t length = analyse_token(text.substr(span.begin, span.end - span.begin), tok, clean);
        tok.begin = span.begin;
        tok.end = span.end;
        if (length == 0 || length > kMaxTokenBytes) continue;
        out.push_back(std::move(tok));
    }
    auto span = [&](std::size_t i) { return std::pair{out[i].begin, out[i].end}; };
    for_each_chain(text, first, out.size(), span, [&](std::size_t a, std::size_t b) {
        AnalysedToken& last = out[b];
        for (std::size_t k = a; k <= b; ++k) {
            last.joined_exact += out[k].exact;
            last.joined_folded += out[k].folded;
        }
        if (last.joined_exact.size() > kMaxTokenBytes) {
            last.joined_exact.clear();
            last.joined_folded.clear();
        } else {
            last.joined_parts = static_cast<std::uint32_t>(b - a + 1);
        }
    });
}

void fold_text(std::string_view text, FoldedText& out) {
    out.forms.clear();
    out.tokens.clear();
    std::vector<TokenSpan> spans;
    spans.reserve(text.size() / 4);
    tokenize(text, spans);
    out.forms.reserve(text.size());
    out.tokens.reserve(spans.size());
    std::vector<std::size_t> exact_length;  // for the joined chain's limit
    exact_length.reserve(spans.size());
    std::string clean;
    for (const TokenSpan& span : spans) {
        FoldedToken tok;
        tok.begin = span.begin;
        tok.end = span.end;
        tok.form = static_cast<std::uint32_t>(out.forms.size());
        const std::size_t length =
            fold_token(text.substr(span.begin, span.end - span.begin), out.forms, clean);
        if (length == 0 || length > kMaxTokenBytes) {
            out.forms.resize(tok.form);
            continue;
        }
        tok.form_size = static_cast<std::uint32_t>(out.forms.size() - tok.form);
        out.tokens.push_back(tok);
        exact_length.push_back(length);
    }
    auto span = [&](std::size_t i) { return std::pair{out.tokens[i].begin, out.tokens[i].end}; };
    std::string joined;
    for_each_chain(text, 0, out.tokens.size(), span, [&](std::size_t a, std::size_t b) {
        std::size_t length = 0;
        joined.clear();
        for (std::size_t k = a; k <= b; ++k) {
            length += exact_length[k];
            joined += out.folded(out.tokens[k]);
        }
        if (length > kMaxTokenBytes) return;
        FoldedToken& last = out.tokens[b];
        last.joined = static_cast<std::uint32_t>(out.forms.size());
        last.joined_size = static_cast<std::uint32_t>(joined.size());
        last.joined_parts = static_cast<std::uint32_t>(b - a + 1);
        out.forms += joined;
    });
}

std::vector<AnalysedToken> analyse_text(std::string_view text) {
    std::vector<AnalysedToken> out;
    analyse_text(text, out);
    return out;
}

}  // namespace tintuc
