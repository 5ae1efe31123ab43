// Tone-mark placement rules (../shared notes §2), applied per token on a
// lower-case view while remembering each position's case:
//  1. The token has exactly one tone mark; otherwise it is left alone.
//  2. It splits into onset, one vowel group V and coda, all from the sets
//     below; otherwise it is left alone ("café").
//  3. qu/gi: after onset q or g, a u or i followed by another vowel belongs
//     to the onset ("quý", "già"; but "gìn", where i is the only vowel).
//  4. V without its tone must be a rhyme; open-only rhymes take no coda.
//     Otherwise the token is left alone ("Léon", most typos).
//  5. The mark goes on (a) the last of ă â ê ô ơ ư; else (b) with a coda,
//     the last vowel; else (c) the middle of three vowels; else (d) the
//     first vowel, which gives the old style "hòa khỏe thủy".
// Only the tone moves, so every position keeps its base letter and case.

#include "tone_canonicaliser.h"

#include <unicode/utf8.h>

#include <array>
#include <cstddef>
#include <cstdint>

namespace tintuc {
namespace {

constexpr std::u32string_view kVowels = U"aăâeêioôơuưy";
constexpr std::u32string_view kHattedVowels = U"ăâêôơư";

// Row v holds vowel kVowels[v] without tone, then with grave, acute, hook
// above, tilde and dot below: the tone index is the column. Literals are
// NFC, one code point per letter (checked by the static_asserts).
constexpr std::u32string_view kLowerForms =
    U"aàáảãạ" U"ăằắẳẵặ" U"âầấẩẫậ" U"eèéẻẽẹ" U"êềếểễệ" U"iìíỉĩị"
    U"oòóỏõọ" U"ôồốổỗộ" U"ơờớởỡợ" U"uùúủũụ" U"ưừứửữự" U"yỳýỷỹỵ";
constexpr std::u32string_view kUpperForms =
    U"AÀÁẢÃẠ" U"ĂẰẮẲẴẶ" U"ÂẦẤẨẪẬ" U"EÈÉẺẼẸ" U"ÊỀẾỂỄỆ" U"IÌÍỈĨỊ"
    U"OÒÓỎÕỌ" U"ÔỒỐỔỖỘ" U"ƠỜỚỞỠỢ" U"UÙÚỦŨỤ" U"ƯỪỨỬỮỰ" U"YỲÝỶỸỴ";
constexpr std::size_t kTones = 6;
static_assert(kLowerForms.size() == kVowels.size() * kTones);
static_assert(kUpperForms.size() == kVowels.size() * kTones);

// The sets of rules 2 and 4. "gi" and "qu" are only reached through rule 3:
// a run of consonants never holds a vowel.
constexpr std::u32string_view kOnsets[] = {
    U"",  U"b",  U"c",  U"ch", U"d", U"đ",  U"g",   U"gh", U"gi", U"h",
    U"k", U"kh", U"l",  U"m",  U"n", U"ng", U"ngh", U"nh", U"p",  U"ph",
    U"q", U"qu", U"r",  U"s",  U"t", U"th", U"tr",  U"v",  U"x"};
constexpr std::u32string_view kCodas[] = {
    U"", U"c", U"ch", U"m", U"n", U"ng", U"nh", U"p", U"t"};
constexpr std::u32string_view kOpenOnlyRhymes[] = {
    U"ai",  U"ao",  U"au",  U"ay",  U"âu",  U"ây",  U"eo",  U"êu",
    U"ia",  U"iu",  U"oi",  U"ôi",  U"ơi",  U"ua",  U"ui",  U"ưa",
    U"ưi",  U"ưu",  U"oai", U"oay", U"oao", U"oeo", U"uây", U"uôi",
    U"ươi", U"ươu", U"uya", U"uyu", U"iêu", U"yêu"};
// Besides these, any single vowel is a rhyme that may take a coda.
constexpr std::u32string_view kAnyCodaRhymes[] = {
    U"oa", U"oă", U"oe", U"oo", U"uâ", U"uê", U"uô",
    U"uơ", U"uy", U"ươ", U"iê", U"yê", U"uyê"};

// Letters are handled as small codes so that an onset, coda or rhyme packs
// into one integer and the set look-ups compare integers, not strings.
// Code 0 is "not a Vietnamese letter"; a-z are 1-26 and the other
// lower-case base letters follow.
constexpr std::u32string_view kNonAsciiLetters = U"ăâêôơưđ";
constexpr std::uint8_t kFirstNonAsciiCode = 27;
constexpr std::size_t kCodeCount =
    kFirstNonAsciiCode + kNonAsciiLetters.size();
constexpr int kCodeBits = 6;
static_assert(kCodeCount <= (1U << kCodeBits));

constexpr std::uint8_t letter_code(char32_t lower) {
    if (lower >= U'a' && lower <= U'z')
        return static_cast<std::uint8_t>(lower - U'a' + 1);
    const std::size_t i = kNonAsciiLetters.find(lower);
    if (i == std::u32string_view::npos) return 0;
    return static_cast<std::uint8_t>(kFirstNonAsciiCode + i);
}

constexpr std::uint64_t code_mask(std::u32string_view letters) {
    std::uint64_t mask = 0;
    for (char32_t c : letters) mask |= std::uint64_t{1} << letter_code(c);
    return mask;
}

constexpr std::uint64_t kVowelMask = code_mask(kVowels);
constexpr std::uint64_t kHattedMask = code_mask(kHattedVowels);

constexpr bool in_mask(std::uint64_t mask, std::uint8_t code) {
    return ((mask >> code) & 1U) != 0;
}

// The longest part to pack is a three-letter onset or rhyme.
constexpr std::size_t kMaxPartLetters = 3;
static_assert(kMaxPartLetters * kCodeBits <= 32);

template <typename Codes>
constexpr std::uint32_t pack(const Codes& codes, std::size_t begin,
                             std::size_t end) {
    std::uint32_t key = 0;
    for (std::size_t i = begin; i < end; ++i)
        key = (key << kCodeBits) | codes[i];
    return key;
}

constexpr std::uint32_t pack(std::u32string_view letters) {
    std::array<std::uint8_t, kMaxPartLetters> codes{};
    for (std::size_t i = 0; i < letters.size(); ++i)
        codes[i] = letter_code(letters[i]);
    return pack(codes, 0, letters.size());
}

template <std::size_t N>
constexpr std::array<std::uint32_t, N> pack_all(
    const std::u32string_view (&parts)[N]) {
    std::array<std::uint32_t, N> keys{};
    for (std::size_t i = 0; i < N; ++i) keys[i] = pack(parts[i]);
    return keys;
}

constexpr auto kOnsetKeys = pack_all(kOnsets);
constexpr auto kCodaKeys = pack_all(kCodas);
constexpr auto kOpenOnlyRhymeKeys = pack_all(kOpenOnlyRhymes);
constexpr auto kAnyCodaRhymeKeys = pack_all(kAnyCodaRhymes);
constexpr std::uint32_t kOnsetQ = pack(U"q");
constexpr std::uint32_t kOnsetG = pack(U"g");
constexpr std::uint8_t kCodeU = letter_code(U'u');
constexpr std::uint8_t kCodeI = letter_code(U'i');

template <std::size_t N>
constexpr bool contains(const std::array<std::uint32_t, N>& keys,
                        std::uint32_t key) {
    for (std::uint32_t k : keys)
        if (k == key) return true;
    return false;
}

// Position of each vowel's row in kLowerForms / kUpperForms, by code.
constexpr std::array<std::uint8_t, kCodeCount> make_vowel_rows() {
    std::array<std::uint8_t, kCodeCount> rows{};
    for (std::size_t v = 0; v < kVowels.size(); ++v)
        rows[letter_code(kVowels[v])] = static_cast<std::uint8_t>(v);
    return rows;
}

constexpr std::array<std::uint8_t, kCodeCount> kVowelRows = make_vowel_rows();

// Only called for vowels: consonants never carry or lose a tone.
constexpr char32_t compose(std::uint8_t code, std::uint8_t tone, bool upper) {
    const std::size_t index = kVowelRows[code] * kTones + tone;
    return upper ? kUpperForms[index] : kLowerForms[index];
}

// A Vietnamese letter seen case-blind; code 0 marks anything else.
struct Letter {
    std::uint8_t code = 0;
    std::uint8_t tone = 0;
    bool upper = false;
};

// Direct lookup for the two blocks that hold every non-ASCII Vietnamese
// letter: Latin-1 Supplement to Latin Extended-B (à … ư) and Latin Extended
// Additional (ạ … ỹ).
constexpr char32_t kLatinFirst = 0x00C0;
constexpr char32_t kLatinLast = 0x01B0;
constexpr char32_t kExtendedFirst = 0x1EA0;
constexpr char32_t kExtendedLast = 0x1EF9;

struct LetterTables {
    std::array<Letter, kLatinLast - kLatinFirst + 1> latin{};
    std::array<Letter, kExtendedLast - kExtendedFirst + 1> extended{};

    constexpr void add(char32_t c, Letter letter) {
        if (c >= kLatinFirst && c <= kLatinLast)
            latin[c - kLatinFirst] = letter;
        else if (c >= kExtendedFirst && c <= kExtendedLast)
            extended[c - kExtendedFirst] = letter;
    }
};

constexpr LetterTables make_letter_tables() {
    LetterTables tables;
    for (std::size_t v = 0; v < kVowels.size(); ++v) {
        const std::uint8_t code = letter_code(kVowels[v]);
        for (std::size_t t = 0; t < kTones; ++t) {
            const auto tone = static_cast<std::uint8_t>(t);
            tables.add(kLowerForms[v * kTones + t], {code, tone, false});
            tables.add(kUpperForms[v * kTones + t], {code, tone, true});
        }
    }
    tables.add(U'đ', {letter_code(U'đ'), 0, false});
    tables.add(U'Đ', {letter_code(U'đ'), 0, true});
    return tables;
}

constexpr LetterTables kLetterTables = make_letter_tables();

constexpr Letter classify(char32_t c) {
    if (c < 0x80) {
        if (c >= U'a' && c <= U'z') return {letter_code(c), 0, false};
        if (c >= U'A' && c <= U'Z')
            return {letter_code(c - U'A' + U'a'), 0, true};
        return {};
    }
    if (c >= kLatinFirst && c <= kLatinLast)
        return kLetterTables.latin[c - kLatinFirst];
    if (c >= kExtendedFirst && c <= kExtendedLast)
        return kLetterTables.extended[c - kExtendedFirst];
    return {};
}

static_assert(compose(letter_code(U'o'), 1, true) == U'Ò');
static_assert(classify(U'ỷ').code == letter_code(U'y') &&
              classify(U'ỷ').tone == 3);
static_assert(classify(U'Ữ').code == letter_code(U'ư') &&
              classify(U'Ữ').upper);
static_assert(classify(U'ğ').code == 0);

// Rule 5 (a): the last of ă â ê ô ơ ư in [begin, end), or end if none.
template <typename Codes>
constexpr std::size_t last_hatted(const Codes& codes, std::size_t begin,
                                  std::size_t end) {
    for (std::size_t k = end; k > begin; --k)
        if (in_mask(kHattedMask, codes[k - 1])) return k - 1;
    return end;
}

// "nghiêng", the longest syllable, has 7 letters; longer tokens are not
// syllables, and capping the length keeps everything on the stack.
constexpr std::size_t kMaxLetters = 8;
constexpr std::size_t kMaxBytes = kMaxLetters * 4;

}  // namespace

std::string canonicalise_tone(std::string_view token) {
    if (token.size() > kMaxBytes || !may_need_tone_canonicalisation(token))
        return std::string(token);

    std::array<char32_t, kMaxLetters> code_points{};
    std::array<std::uint8_t, kMaxLetters> codes{};
    std::array<bool, kMaxLetters> upper{};
    std::size_t n = 0;
    std::size_t marked = 0;  // position of the tone mark
    std::uint8_t tone = 0;
    int tone_marks = 0;

    const auto* bytes = reinterpret_cast<const std::uint8_t*>(token.data());
    const auto length = static_cast<std::int32_t>(token.size());
    for (std::int32_t i = 0; i < length;) {
        UChar32 c = 0;
        U8_NEXT(bytes, i, length, c);
        if (c < 0 || n == kMaxLetters) return std::string(token);
        const Letter letter = classify(static_cast<char32_t>(c));
        if (letter.code == 0) return std::string(token);
        if (letter.tone != 0) {
            ++tone_marks;
            marked = n;
            tone = letter.tone;
        }
        code_points[n] = static_cast<char32_t>(c);
        codes[n] = letter.code;
        upper[n] = letter.upper;
        ++n;
    }
    if (tone_marks != 1) return std::string(token);

    std::size_t vowel_begin = 0;
    while (vowel_begin < n && !in_mask(kVowelMask, codes[vowel_begin]))
        ++vowel_begin;
    std::size_t vowel_end = vowel_begin;
    while (vowel_end < n && in_mask(kVowelMask, codes[vowel_end])) ++vowel_end;
    const std::size_t onset_length = vowel_begin;
    const bool has_coda = vowel_end < n;
    if (onset_length > kMaxPartLetters || n - vowel_end > kMaxPartLetters)
        return std::string(token);
    const std::uint32_t onset = pack(codes, 0, onset_length);
    if (!contains(kOnsetKeys, onset) ||
        !contains(kCodaKeys, pack(codes, vowel_end, n)))
        return std::string(token);

    if (vowel_end - vowel_begin > 1 &&
        ((onset == kOnsetQ && codes[vowel_begin] == kCodeU) ||
         (onset == kOnsetG && codes[vowel_begin] == kCodeI)))
        ++vowel_begin;

    const std::size_t vowel_count = vowel_end - vowel_begin;
    if (vowel_count > 1) {
        if (vowel_count > kMaxPartLetters) return std::string(token);
        const std::uint32_t rhyme = pack(codes, vowel_begin, vowel_end);
        if (!contains(kAnyCodaRhymeKeys, rhyme) &&
            (has_coda || !contains(kOpenOnlyRhymeKeys, rhyme)))
            return std::string(token);
    }

    std::size_t target = last_hatted(codes, vowel_begin, vowel_end);
    if (target == vowel_end) {
        if (has_coda)
            target = vowel_end - 1;
        else if (vowel_count == 3)
            target = vowel_begin + 1;
        else
            target = vowel_begin;
    }
    if (target == marked) return std::string(token);

    code_points[marked] = compose(codes[marked], 0, upper[marked]);
    code_points[target] = compose(codes[target], tone, upper[target]);

    std::array<std::uint8_t, kMaxBytes> out{};
    std::size_t written = 0;
    for (std::size_t k = 0; k < n; ++k)
        U8_APPEND_UNSAFE(out.data(), written, code_points[k]);
    return std::string(reinterpret_cast<const char*>(out.data()), written);
}

}  // namespace tintuc
