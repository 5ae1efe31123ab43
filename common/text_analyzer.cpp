#include "text_analyzer.h"

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

bool is_ascii(std::string_view s) {
    for (unsigned char c : s)
        if (c >= 0x80) return false;
    return true;
}

// Fills the token's forms; returns the length of its exact form.
std::size_t analyse_token(std::string_view surface, TokenForms forms, AnalysedToken& tok, std::string& clean,
                          std::string& scratch) {
    if (is_ascii(surface)) {
        tok.folded.assign(surface);
        for (char& c : tok.folded)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
        if (forms == TokenForms::exact_and_folded) tok.exact = tok.folded;
        return tok.folded.size();
    }
    clean.clear();
    strip_format_chars(surface, clean);
    if (forms == TokenForms::folded_only) {
        // The accent fold drops a tone mark wherever it sits, so where
        // canonicalisation would put it is moot. The length returned may
        // differ from the canonical form's by a byte ("ỳ" 3 bytes, "ù" 2),
        // which only matters for junk near kMaxTokenBytes.
        scratch.clear();
        append_case_fold(clean, scratch);
        append_accent_fold(scratch, tok.folded);
        return scratch.size();
    }
    const std::string toned = canonicalise_tone(clean);
    append_case_fold(toned, tok.exact);
    append_accent_fold(tok.exact, tok.folded);
    return tok.exact.size();
}

}  // namespace

void analyse_text(std::string_view text, std::vector<AnalysedToken>& out, TokenForms forms) {
    const std::size_t first = out.size();
    std::vector<TokenSpan> spans;
    spans.reserve(text.size() / 4);
    tokenize(text, spans);
    std::string clean, scratch;
    // Exact-form lengths, which the folded-only forms do not keep: the
    // joined chain's limit below is on the exact form in both modes.
    std::vector<std::size_t> exact_length;
    exact_length.reserve(spans.size());
    out.reserve(out.size() + spans.size());
    for (const TokenSpan& span : spans) {
        AnalysedToken tok;
        const std::string_view surface = text.substr(span.begin, span.end - span.begin);
        const std::size_t length = analyse_token(surface, forms, tok, clean, scratch);
        tok.begin = span.begin;
        tok.end = span.end;
        if (length == 0 || length > kMaxTokenBytes) continue;
        out.push_back(std::move(tok));
        exact_length.push_back(length);
    }
    // Hyphenated chains are marked afterwards: a chain's end is only known
    // once the next token is seen.
    std::size_t chain_start = first;
    for (std::size_t i = first; i < out.size(); ++i) {
        const bool continues = i + 1 < out.size() && out[i + 1].begin == out[i].end + 1 &&
                               text[out[i].end] == '-';
        if (continues) continue;
        const std::size_t parts = i - chain_start + 1;
        if (parts >= 2) {
            AnalysedToken& last = out[i];
            std::size_t joined_length = 0;
            for (std::size_t k = chain_start; k <= i; ++k) {
                last.joined_exact += out[k].exact;
                last.joined_folded += out[k].folded;
                joined_length += exact_length[k - first];
            }
            if (joined_length > kMaxTokenBytes) {
                last.joined_exact.clear();
                last.joined_folded.clear();
            } else {
                last.joined_parts = static_cast<std::uint32_t>(parts);
            }
        }
        chain_start = i + 1;
    }
}

std::vector<AnalysedToken> analyse_text(std::string_view text) {
    std::vector<AnalysedToken> out;
    analyse_text(text, out);
    return out;
}

}  // namespace tintuc
