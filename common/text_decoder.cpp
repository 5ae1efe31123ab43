// Decoding rules: ../shared notes §1 (NFC) and §6 (legacy encodings).
#include "text_decoder.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>
#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tintuc {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::string_view kSoftHyphen = "\xC2\xAD";

constexpr const char* kLegacyHint =
    "not UTF-8 or Windows-1258; looks like TCVN3, VISCII or VNI: convert it "
    "with 'iconv -f TCVN5712-1 -t UTF-8' or 'iconv -f VISCII -t UTF-8'";

// ICU takes int32_t lengths.
constexpr std::size_t kMaxIcuLength =
    static_cast<std::size_t>(std::numeric_limits<int32_t>::max());

DecodedText failure(std::string reason) {
    DecodedText result;
    result.error = std::move(reason);
    return result;
}

// Control bytes that plain text never needs. \v and ESC are tolerated
// because word-processor exports and terminal logs do carry a few.
bool is_binary_control(unsigned char b) {
    if (b == 0x7F) return true;
    if (b >= 0x20) return false;
    return b != '\t' && b != '\n' && b != '\v' && b != '\f' && b != '\r' &&
           b != 0x1B;
}

constexpr uint64_t kHighBits = 0x8080808080808080ULL;
constexpr uint64_t kLetterA = 0x4141414141414141ULL;

// Whether any byte of `w` is below 0x20 or is 0x7F. Exact as a yes/no
// answer (borrows only spoil which byte), provided all bytes are ASCII.
bool word_has_control(uint64_t w) {
    constexpr uint64_t ones = 0x0101010101010101ULL;
    const uint64_t below_space = (w - ones * 0x20) & ~w & kHighBits;
    const uint64_t x = w ^ (ones * 0x7F);
    const uint64_t is_del = (x - ones) & ~x & kHighBits;
    return (below_space | is_del) != 0;
}

// Code points that cannot change under NFC whatever surrounds them: NFC
// quick check "yes" and combining class 0. Text made only of these is
// already NFC, so the common case needs no ICU call at all. U+00AD is left
// out so that soft hyphens also take the slow path. Only the BMP is
// tabulated; anything beyond it takes the slow path too.
class NfcStableTable {
public:
    NfcStableTable() {
        for (UChar32 c = 0; c < 0x10000; ++c) {
            const bool stable =
                u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) == UNORM_YES &&
                u_getCombiningClass(c) == 0 && c != 0x00AD;
            if (stable) bits_[c >> 6] |= uint64_t{1} << (c & 63);
        }
    }
    bool stable(uint32_t c) const {
        return c < 0x10000 && ((bits_[c >> 6] >> (c & 63)) & 1) != 0;
    }

private:
    uint64_t bits_[0x10000 / 64] = {};
};

const NfcStableTable& nfc_stable_table() {
    static const NfcStableTable table;
    return table;
}

struct ByteScan {
    bool valid_utf8 = true;
    // Valid UTF-8 that is already NFC and holds no soft hyphen.
    bool final_form = true;
    std::size_t controls = 0;
};

// One pass over the file, because this runs on every article: strict UTF-8
// validity (Unicode Table 3-7, so overlongs, surrogates and code points above
// U+10FFFF are rejected), the count of control bytes, and whether the text
// is already in its final form. ICU's U8_NEXT loop followed by
// isNormalizedUTF8 ran at about half this speed on the news corpus.
ByteScan scan_bytes(std::string_view bytes) {
    const NfcStableTable& table = nfc_stable_table();
    ByteScan scan;
    const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
    const std::size_t n = bytes.size();
    std::size_t i = 0;
    while (i < n) {
        if (n - i >= 8) {
            uint64_t w;
            std::memcpy(&w, s + i, 8);
            if constexpr (std::endian::native == std::endian::little) {
                const uint64_t high = w & kHighBits;
                // Vietnamese has a non-ASCII letter every few bytes, so
                // skipping only whole ASCII words would rarely apply: skip the
                // ASCII bytes in front of the next non-ASCII one instead.
                const std::size_t ascii =
                    high == 0 ? 8
                              : static_cast<std::size_t>(std::countr_zero(high)) / 8;
                const uint64_t keep =
                    ascii == 8 ? ~uint64_t{0} : (uint64_t{1} << (8 * ascii)) - 1;
                // 'A' stands in for the bytes past the run, which are not
                // ASCII and would upset the test.
                if (word_has_control((w & keep) | (kLetterA & ~keep)))
                    for (std::size_t k = 0; k < ascii; ++k)
                        if (is_binary_control(s[i + k])) ++scan.controls;
                i += ascii;
                if (ascii == 8) continue;
            } else if ((w & kHighBits) == 0 && !word_has_control(w)) {
                i += 8;
                continue;
            }
        }
        const uint32_t b = s[i];
        if (b < 0x80) {
            if (is_binary_control(static_cast<unsigned char>(b)))
                ++scan.controls;
            ++i;
            continue;
        }
        uint32_t c = 0;
        std::size_t len = 0;
        if (b >= 0xC2 && b <= 0xDF) {
            if (n - i >= 2 && (s[i + 1] & 0xC0) == 0x80) {
                c = ((b & 0x1F) << 6) | (s[i + 1] & 0x3F);
                len = 2;
            }
        } else if (b >= 0xE0 && b <= 0xEF) {
            const uint32_t lo = b == 0xE0 ? 0xA0 : 0x80;
            const uint32_t hi = b == 0xED ? 0x9F : 0xBF;
            if (n - i >= 3 && s[i + 1] >= lo && s[i + 1] <= hi &&
                (s[i + 2] & 0xC0) == 0x80) {
                c = ((b & 0x0F) << 12) | ((s[i + 1] & 0x3Fu) << 6) |
                    (s[i + 2] & 0x3F);
                len = 3;
            }
        } else if (b >= 0xF0 && b <= 0xF4) {
            const uint32_t lo = b == 0xF0 ? 0x90 : 0x80;
            const uint32_t hi = b == 0xF4 ? 0x8F : 0xBF;
            if (n - i >= 4 && s[i + 1] >= lo && s[i + 1] <= hi &&
                (s[i + 2] & 0xC0) == 0x80 && (s[i + 3] & 0xC0) == 0x80) {
                c = 0x10000;  // beyond the table: let ICU judge it
                len = 4;
            }
        }
        if (len == 0) {
            scan.valid_utf8 = false;
            scan.final_form = false;
            // Controls still matter: they tell binary files from legacy text.
            for (; i < n; ++i)
                if (is_binary_control(s[i])) ++scan.controls;
            break;
        }
        if (!table.stable(c)) scan.final_form = false;
        i += len;
    }
    return scan;
}

bool is_blank(std::string_view text) {
    const auto* s = reinterpret_cast<const uint8_t*>(text.data());
    const std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        UChar32 c;
        U8_NEXT(s, i, n, c);
        // Stray BOMs and ZWSP are invisible, so a file of them is empty too.
        if (c < 0 || !(u_isUWhiteSpace(c) || c == 0xFEFF || c == 0x200B))
            return false;
    }
    return true;
}

// The 134 Vietnamese letters that are not plain ASCII: 12 vowels x 6 tones x
// 2 cases, minus a e i o u y in both cases, plus đ Đ. U+1EA0..U+1EF9 holds
// 90 of them; the rest are scattered over Latin-1 and Latin Extended-A/B.
bool is_vietnamese_letter(UChar32 c) {
    if (c >= 0x1EA0 && c <= 0x1EF9) return true;
    static constexpr std::u16string_view kOthers =
        u"ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯư";
    return c < 0x10000 &&
           kOthers.find(static_cast<char16_t>(c)) != std::u16string_view::npos;
}

// Windows-1258 decoding never fails, so the only evidence that a file really
// is Windows-1258 (and not TCVN3, VISCII or VNI read through the wrong table)
// is that the result is made of Vietnamese letters. Punctuation, NBSP and ₫
// occur in every encoding and prove nothing, so they are not counted.
bool looks_like_vietnamese(std::string_view text) {
    const auto* s = reinterpret_cast<const uint8_t*>(text.data());
    const std::size_t n = text.size();
    std::size_t counted = 0;
    std::size_t letters = 0;
    std::size_t i = 0;
    while (i < n) {
        UChar32 c;
        U8_NEXT(s, i, n, c);
        if (c < 0) return false;
        if (c < 0x20) {
            // VISCII keeps six capital letters in C0.
            if (c != '\t' && c != '\n' && c != '\r' && c != '\f') return false;
            continue;
        }
        if (c < 0x80) continue;
        // Unassigned Windows-1258 bytes decode to C1 controls.
        if (c <= 0x9F) return false;
        if (c == 0x00A0 || c == 0x20AB || (c >= 0x2000 && c <= 0x206F))
            continue;
        ++counted;
        if (is_vietnamese_letter(c)) ++letters;
    }
    // Real Windows-1258 text scores 1.00, VISCII about 0.4, TCVN3 and VNI
    // about 0.25, and French in Windows-1252 about 0.8.
    return letters * 10 >= counted * 9;
}

struct ConverterCloser {
    void operator()(UConverter* cnv) const { ucnv_close(cnv); }
};

DecodedText decode_windows1258(std::string_view bytes) {
    // Each byte may become three UTF-8 bytes, and ICU lengths are int32_t.
    if (bytes.size() > kMaxIcuLength / 3) return failure("file too large");
    UErrorCode ec = U_ZERO_ERROR;
    // Resolves to ibm-5354 with U_AMBIGUOUS_ALIAS_WARNING, which is harmless.
    std::unique_ptr<UConverter, ConverterCloser> cnv(
        ucnv_open("windows-1258", &ec));
    if (U_FAILURE(ec) || !cnv)
        return failure("not UTF-8, and ICU has no Windows-1258 converter");
    ec = U_ZERO_ERROR;
    ucnv_setToUCallBack(cnv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr,
                        nullptr, &ec);
    if (U_FAILURE(ec)) return failure(kLegacyHint);

    // A single-byte code page gives at most one UTF-16 unit per byte.
    std::vector<UChar> utf16(bytes.size() + 1);
    const int32_t units = ucnv_toUChars(
        cnv.get(), utf16.data(), static_cast<int32_t>(utf16.size()),
        bytes.data(), static_cast<int32_t>(bytes.size()), &ec);
    if (U_FAILURE(ec)) return failure(kLegacyHint);

    std::string utf8(static_cast<std::size_t>(units) * 3, '\0');
    int32_t length = 0;
    ec = U_ZERO_ERROR;
    u_strToUTF8(utf8.data(), static_cast<int32_t>(utf8.size()), &length,
                utf16.data(), units, &ec);
    if (U_FAILURE(ec)) return failure(kLegacyHint);
    utf8.resize(static_cast<std::size_t>(length));

    // The tone bytes are combining marks, so letters only become the
    // precomposed ones the letter test knows after NFC.
    DecodedText result;
    result.text = normalise_nfc(utf8);
    if (!looks_like_vietnamese(result.text)) return failure(kLegacyHint);
    result.ok = true;
    result.encoding = SourceEncoding::windows1258;
    return result;
}

DecodedText decode_impl(std::string_view bytes) {
    if (bytes.substr(0, kBom.size()) == kBom) bytes.remove_prefix(kBom.size());
    if (bytes.empty()) return failure("empty file");
    if (std::memchr(bytes.data(), '\0', bytes.size()) != nullptr)
        return failure("binary file (contains NUL bytes)");
    if (bytes.size() > kMaxIcuLength) return failure("file too large");

    const ByteScan scan = scan_bytes(bytes);
    if (scan.controls * 100 > bytes.size())
        return failure("binary file (control characters)");

    DecodedText result;
    if (scan.final_form) {
        result.text.assign(bytes);
        result.encoding = SourceEncoding::utf8;
        result.ok = true;
    } else if (scan.valid_utf8) {
        result.text = normalise_nfc(bytes);
        result.encoding = SourceEncoding::utf8;
        result.ok = true;
    } else {
        result = decode_windows1258(bytes);
        if (!result.ok) return result;
    }
    if (is_blank(result.text)) return failure("empty file");
    return result;
}

}  // namespace

DecodedText decode_text(std::string_view bytes) {
    try {
        return decode_impl(bytes);
    } catch (...) {
        // Only allocation can throw here; callers rely on a plain error.
        DecodedText result;
        result.error = "out of memory";
        return result;
    }
}

std::string normalise_nfc(std::string_view text) {
    if (text.size() <= kMaxIcuLength && scan_bytes(text).final_form)
        return std::string(text);

    // Soft hyphens go first: removing one afterwards could join a base
    // letter and a mark that NFC would then have had to compose.
    std::string out;
    std::size_t pos = text.find(kSoftHyphen);
    if (pos == std::string_view::npos) {
        out.assign(text);
    } else {
        out.reserve(text.size());
        std::size_t start = 0;
        while (pos != std::string_view::npos) {
            out.append(text, start, pos - start);
            start = pos + kSoftHyphen.size();
            pos = text.find(kSoftHyphen, start);
        }
        out.append(text, start, std::string_view::npos);
    }
    if (out.size() > kMaxIcuLength) return out;

    UErrorCode ec = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(ec);
    if (U_FAILURE(ec)) return out;
    const icu::StringPiece piece(out.data(), static_cast<int32_t>(out.size()));
    // Text with a soft hyphen or a combining mark is usually NFC still.
    if (nfc->isNormalizedUTF8(piece, ec) && U_SUCCESS(ec)) return out;

    std::string normalised;
    normalised.reserve(out.size());
    icu::StringByteSink<std::string> sink(&normalised);
    ec = U_ZERO_ERROR;
    nfc->normalizeUTF8(0, piece, sink, nullptr, ec);
    if (U_FAILURE(ec)) return out;
    return normalised;
}

}  // namespace tintuc
