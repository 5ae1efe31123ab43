// How tokenizer tests show a segmentation: the tokens' text joined by '|',
// the form the shared notes' word-break table uses ("Giá|vàng|1.000").
#ifndef TINTUC_TESTS_TOKEN_DUMP_H
#define TINTUC_TESTS_TOKEN_DUMP_H

#include <string>
#include <vector>

#include "tokenizer.h"

namespace tintuc::test {

inline std::string token_dump(const std::string& text) {
    std::vector<TokenSpan> spans;
    tokenize(text, spans);
    std::string out;
    for (const TokenSpan& s : spans) {
        if (!out.empty()) out += '|';
        out += text.substr(s.begin, s.end - s.begin);
    }
    return out;
}

}  // namespace tintuc::test

#endif
