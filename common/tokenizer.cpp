#include "tokenizer.h"

#include <array>
#include <cstddef>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace tintuc {
namespace {

enum class CharClass { separator, letter, digit, extend, ideograph, mid_letter_digit, mid_digit };

CharClass classify(UChar32 c) {
    if (c < 0x80) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '@' || c == '_') return CharClass::letter;
        if (c >= '0' && c <= '9') return CharClass::digit;
        if (c == '.' || c == '\'') return CharClass::mid_letter_digit;
        if (c == ',' || c == ';') return CharClass::mid_digit;
        return CharClass::separator;
    }
    if (c < 0) return CharClass::separator;
    switch (u_charType(c)) {
        case U_NON_SPACING_MARK:
        case U_ENCLOSING_MARK:
        case U_COMBINING_SPACING_MARK:
            return CharClass::extend;
        case U_FORMAT_CHAR:
            // Soft hyphen, ZWJ, ZWNJ join; ZWSP (U+200B) is a separator in
            // ICU's rules although it is a format character.
            return c == 0x200B ? CharClass::separator : CharClass::extend;
        case U_DECIMAL_DIGIT_NUMBER:
            return CharClass::digit;
        default:
            break;
    }
    if (c == 0x2019 || c == 0x2018) return CharClass::mid_letter_digit;  // typographic apostrophes
    if (u_hasBinaryProperty(c, UCHAR_IDEOGRAPHIC) || (c >= 0x3040 && c <= 0x30FF)) return CharClass::ideograph;
    if (u_hasBinaryProperty(c, UCHAR_ALPHABETIC) || u_isdigit(c)) return CharClass::letter;
    return CharClass::separator;
}

// classify() of every code point below kTableEnd, worked out once: ICU's
// property lookups took a third of the tokenizer's time, and every
// Vietnamese letter and mark lies below U+2000.
constexpr UChar32 kTableEnd = 0x2000;
using ClassTable = std::array<CharClass, kTableEnd>;

const ClassTable& class_table() {
    static const ClassTable table = [] {
        ClassTable t{};
        for (UChar32 c = 0; c < kTableEnd; ++c) t[static_cast<std::size_t>(c)] = classify(c);
        return t;
    }();
    return table;
}

struct Decoded {
    UChar32 c;
    CharClass cls;
    int32_t end;
};

Decoded decode_at(const ClassTable& table, const char* s, int32_t i, int32_t n) {
    auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) return {b, table[b], i + 1};
    UChar32 c;
    U8_NEXT(s, i, n, c);
    return {c, c >= 0 && c < kTableEnd ? table[static_cast<std::size_t>(c)] : classify(c), i};
}

}  // namespace

void tokenize(std::string_view text, std::vector<TokenSpan>& out) {
    const char* s = text.data();
    const auto n = static_cast<int32_t>(text.size());
    const ClassTable& table = class_table();
    int32_t i = 0;
    while (i < n) {
        Decoded d = decode_at(table, s, i, n);
        if (d.cls == CharClass::ideograph) {
            out.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(d.end)});
            i = d.end;
            continue;
        }
        if (d.cls != CharClass::letter && d.cls != CharClass::digit) {
            i = d.end;
            continue;
        }
        const int32_t begin = i;
        // Class of the last letter-or-digit, which decides whether a '.' or
        // ',' that follows may join (letter.letter, digit.digit).
        CharClass last = d.cls;
        i = d.end;
        while (i < n) {
            Decoded e = decode_at(table, s, i, n);
            if (e.cls == CharClass::letter || e.cls == CharClass::digit) {
                last = e.cls;
                i = e.end;
            } else if (e.cls == CharClass::extend) {
                i = e.end;
            } else if (e.cls == CharClass::mid_letter_digit || e.cls == CharClass::mid_digit) {
                if (e.end >= n) break;
                Decoded f = decode_at(table, s, e.end, n);
                const bool joins = f.cls == last &&
                                   (e.cls == CharClass::mid_letter_digit || last == CharClass::digit);
                if (!joins) break;
                last = f.cls;
                i = f.end;
            } else {
                break;
            }
        }
        out.push_back({static_cast<uint32_t>(begin), static_cast<uint32_t>(i)});
    }
}

}  // namespace tintuc
