// GoogleTest cases for decode_text() and normalise_nfc().
#include "text_decoder.h"

#include <gtest/gtest.h>
#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/utf8.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace tintuc {
namespace {

using namespace std::string_view_literals;

constexpr std::string_view kLegacyHint =
    "not UTF-8 or Windows-1258; looks like TCVN3, VISCII or VNI: convert it "
    "with 'iconv -f TCVN5712-1 -t UTF-8' or 'iconv -f VISCII -t UTF-8'";

// Title and first paragraph of corpus/000_ca2a72f4214c8902.txt, with its one
// NBSP replaced by a space because VISCII has no NBSP.
constexpr std::string_view kParagraph =
    "Nga, Thổ Nhĩ Kỳ thảo luận nỗ lực thúc đẩy ngừng bắn tại Ukraine\n\n"
    "Hãng thông tấn Anadolu của Thổ Nhĩ Kỳ ngày 12/4 đưa tin, Ngoại trưởng "
    "Nga Sergey Lavrov và người đồng cấp Thổ Nhĩ Kỳ Hakan Fidan đã thảo luận "
    "những về những nỗ lực nhằm đạt được thỏa thuận ngừng bắn chấm dứt cuộc "
    "xung đột tại Ukraine.\n";

// iconv -f UTF-8 -t CP1258 of kParagraph. glibc writes tones as the
// combining bytes CC D2 DE EC F2 ("Th\xF4\xD2" = ô + hook above).
constexpr std::string_view kParagraphCp1258 =
    "Nga, Th\xF4\xD2 Nhi\xDE Ky\xCC tha\xD2o lu\xE2\xF2n n\xF4\xDE l\xFD"
    "\xF2" "c th\xFA" "c \xF0\xE2\xD2y ng\xFD\xCCng b\xE3\xECn ta\xF2i U"
    "kraine\n\nHa\xDEng th\xF4ng t\xE2\xECn Anadolu cu\xD2" "a Th\xF4\xD2"
    " Nhi\xDE Ky\xCC ng\xE0y 12/4 \xF0\xFD" "a tin, Ngoa\xF2i tr\xFD\xF5"
    "\xD2ng Nga Sergey Lavrov v\xE0 ng\xFD\xF5\xCCi \xF0\xF4\xCCng c\xE2"
    "\xECp Th\xF4\xD2 Nhi\xDE Ky\xCC Hakan Fidan \xF0" "a\xDE tha\xD2o l"
    "u\xE2\xF2n nh\xFD\xDEng v\xEA\xCC nh\xFD\xDEng n\xF4\xDE l\xFD\xF2" "c"
    " nh\xE3\xCCm \xF0" "a\xF2t \xF0\xFD\xF5\xF2" "c tho\xD2" "a thu\xE2"
    "\xF2n ng\xFD\xCCng b\xE3\xECn ch\xE2\xECm d\xFD\xECt cu\xF4\xF2" "c"
    " xung \xF0\xF4\xF2t ta\xF2i Ukraine.\n";

// iconv -f UTF-8 -t TCVN5712-1 of kParagraph.
constexpr std::string_view kParagraphTcvn3 =
    "Nga, Th\xE6 Nh\xDC K\xFA th\xB6o lu\xCBn n\xE7 l\xF9" "c th\xF3" "c"
    " \xAE\xC8y ng\xF5ng b\xBEn t\xB9i Ukraine\n\nH\xB7ng th\xABng t\xCA"
    "n Anadolu c\xF1" "a Th\xE6 Nh\xDC K\xFA ng\xB5y 12/4 \xAE\xAD" "a t"
    "in, Ngo\xB9i tr\xAD\xEBng Nga Sergey Lavrov v\xB5 ng\xAD\xEAi \xAE\xE5"
    "ng c\xCAp Th\xE6 Nh\xDC K\xFA Hakan Fidan \xAE\xB7 th\xB6o lu\xCBn "
    "nh\xF7ng v\xD2 nh\xF7ng n\xE7 l\xF9" "c nh\xBBm \xAE\xB9t \xAE\xAD\xEE"
    "c th\xE1" "a thu\xCBn ng\xF5ng b\xBEn ch\xCAm d\xF8t cu\xE9" "c "
    "xung \xAE\xE9t t\xB9i Ukraine.\n";

// iconv -f UTF-8 -t VISCII of kParagraph.
constexpr std::string_view kParagraphViscii =
    "Nga, Th\xB1 Nh\xEE K\xCF th\xE4o lu\xA7n n\xB2 l\xF1" "c th\xFA" "c"
    " \xF0\xA6y ng\xD7ng b\xA1n t\xD5i Ukraine\n\nH\xE3ng th\xF4ng t\xA4"
    "n Anadolu c\xFC" "a Th\xB1 Nh\xEE K\xCF ng\xE0y 12/4 \xF0\xDF" "a t"
    "in, Ngo\xD5i tr\xDF\xB7ng Nga Sergey Lavrov v\xE0 ng\xDF\xB6i \xF0\xB0"
    "ng c\xA4p Th\xB1 Nh\xEE K\xCF Hakan Fidan \xF0\xE3 th\xE4o lu\xA7n "
    "nh\xE6ng v\xAB nh\xE6ng n\xB2 l\xF1" "c nh\xA2m \xF0\xD5t \xF0\xDF\xFE"
    "c th\xF6" "a thu\xA7n ng\xD7ng b\xA1n ch\xA4m d\xD1t cu\xB5" "c "
    "xung \xF0\xB5t t\xD5i Ukraine.\n";

// iconv -f UTF-8 -t CP1252 of
// "Le café de l'été à Noël, où l'on mange des crêpes".
constexpr std::string_view kFrenchCp1252 =
    "Le caf\xE9 de l'\xE9t\xE9 \xE0 No\xEBl, o\xF9 l'on mange des cr\xEA"
    "pes";

struct PassCase {
    const char* name;
    std::string_view input;
    std::string_view expected;
};

class DecodeUtf8Test : public testing::TestWithParam<PassCase> {};

TEST_P(DecodeUtf8Test, DecodesToNfcUtf8) {
    const PassCase& c = GetParam();
    const DecodedText r = decode_text(c.input);
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_EQ(r.text, c.expected);
    EXPECT_EQ(r.encoding, SourceEncoding::utf8);
    EXPECT_TRUE(r.error.empty());
}

INSTANTIATE_TEST_SUITE_P(
    Cases, DecodeUtf8Test,
    testing::Values(
        PassCase{"ascii", "hello world\n", "hello world\n"},
        PassCase{"vietnamese", kParagraph, kParagraph},
        PassCase{"bom", "\xEF\xBB\xBFXin chào", "Xin chào"},
        PassCase{"only_first_bom_dropped", "\xEF\xBB\xBF\xEF\xBB\xBF" "a",
                 "\xEF\xBB\xBF" "a"},
        PassCase{"nfd", "Nguye\u0302\u0303n", "Nguyễn"},
        // Windows keyboard style: precomposed ê plus a combining tone.
        PassCase{"mixed_form", "Vi\u00EA\u0323t Nam", "Việt Nam"},
        PassCase{"nfd_dot_below_first", "Vie\u0323\u0302t", "Việt"},
        PassCase{"deprecated_tone_marks", "Tha\u0340nh co\u0341", "Thành có"},
        // NFC cannot absorb a second dot below; it is left for the folder.
        PassCase{"doubled_mark_kept", "ị\u0323", "ị\u0323"},
        PassCase{"soft_hyphen", "Hà\u00ADNội", "HàNội"},
        PassCase{"soft_hyphen_inside_sequence", "Nguye\u00AD\u0302\u0303n",
                 "Nguyễn"},
        PassCase{"tabs_and_crlf", "a\tb\r\nc\f", "a\tb\r\nc\f"},
        PassCase{"few_escapes", "\x1B[1mĐậm\x1B[0m là chữ in đậm trong "
                 "nhật ký của máy, không phải là tệp nhị phân.",
                 "\x1B[1mĐậm\x1B[0m là chữ in đậm trong "
                 "nhật ký của máy, không phải là tệp nhị phân."},
        PassCase{"four_byte", "emoji 😀 ok", "emoji 😀 ok"}),
    [](const testing::TestParamInfo<PassCase>& info) {
        return std::string(info.param.name);
    });

struct FailCase {
    const char* name;
    std::string_view input;
    std::string_view error;
};

class DecodeFailTest : public testing::TestWithParam<FailCase> {};

TEST_P(DecodeFailTest, FailsWithReason) {
    const FailCase& c = GetParam();
    const DecodedText r = decode_text(c.input);
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(r.error, c.error);
    EXPECT_TRUE(r.text.empty());
}

INSTANTIATE_TEST_SUITE_P(
    Cases, DecodeFailTest,
    testing::Values(
        FailCase{"empty", "", "empty file"},
        FailCase{"bom_only", "\xEF\xBB\xBF", "empty file"},
        FailCase{"whitespace_only", " \t\r\n\n  \f", "empty file"},
        FailCase{"bom_and_whitespace", "\xEF\xBB\xBF \n\u00A0\u3000\n",
                 "empty file"},
        FailCase{"nul_inside", "abc\0def"sv, "binary file (contains NUL bytes)"},
        FailCase{"nul_only", "\0"sv, "binary file (contains NUL bytes)"},
        FailCase{"utf16le", "\xFF\xFEX\0i\0n\0"sv,
                 "binary file (contains NUL bytes)"},
        FailCase{"controls", "ab\x01\x02\x03\x04 some text here\x05\x06\x07",
                 "binary file (control characters)"},
        FailCase{"tcvn3", kParagraphTcvn3, kLegacyHint},
        FailCase{"viscii", kParagraphViscii, kLegacyHint},
        FailCase{"french_cp1252", kFrenchCp1252, kLegacyHint}),
    [](const testing::TestParamInfo<FailCase>& info) {
        return std::string(info.param.name);
    });

TEST(DecodeText, Windows1258ParagraphDecodesExactly) {
    const DecodedText r = decode_text(kParagraphCp1258);
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_EQ(r.encoding, SourceEncoding::windows1258);
    EXPECT_EQ(r.text, kParagraph);
}

TEST(DecodeText, Windows1258WithBom) {
    const DecodedText r =
        decode_text(std::string("\xEF\xBB\xBF").append(kParagraphCp1258));
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_EQ(r.encoding, SourceEncoding::windows1258);
    EXPECT_EQ(r.text, kParagraph);
}

TEST(DecodeText, Windows1258ControlsRejected) {
    // Unassigned cp1258 bytes decode to C1 controls; C0 other than
    // \t \n \r \f is never text either.
    EXPECT_FALSE(decode_text(std::string(kParagraphCp1258).append("\x81")).ok);
    EXPECT_FALSE(decode_text(std::string(kParagraphCp1258).append("\v")).ok);
}

// Each of these is ill-formed UTF-8; a lax decoder would read them as
// characters ('/', U+D800, U+110000) and call the file UTF-8.
TEST(DecodeText, MalformedUtf8IsNotUtf8) {
    const std::vector<std::string_view> inputs = {
        "a\xC0\xAF" "b",          // overlong '/'
        "a\xE0\x80\xAF" "b",      // 3-byte overlong '/'
        "a\xED\xA0\x80" "b",      // surrogate U+D800
        "a\xF4\x90\x80\x80" "b",  // above U+10FFFF
        "a\xE1\xBA" "b",          // truncated sequence
        "a\x80" "b",              // lone continuation byte
        "a\xF5\x80\x80\x80" "b",  // invalid lead byte
    };
    for (std::string_view in : inputs) {
        const DecodedText r = decode_text(in);
        EXPECT_FALSE(r.ok && r.encoding == SourceEncoding::utf8)
            << testing::PrintToString(std::string(in));
    }
}

TEST(DecodeText, ControlThresholdIsOnePercent) {
    std::string text(1000, 'a');
    text[10] = '\x01';
    EXPECT_TRUE(decode_text(text).ok);
    for (int i = 0; i < 10; ++i) text[20 + i] = '\x02';
    const DecodedText r = decode_text(text);
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(r.error, "binary file (control characters)");
}

TEST(DecodeText, LargeTextKeepsEveryByte) {
    std::string big;
    for (int i = 0; i < 2000; ++i) big.append(kParagraph);
    const DecodedText r = decode_text(big);
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_EQ(r.text, big);
}

struct NfcCase {
    const char* name;
    std::string_view input;
    std::string_view expected;
};

class NormaliseNfcTest : public testing::TestWithParam<NfcCase> {};

TEST_P(NormaliseNfcTest, Normalises) {
    EXPECT_EQ(normalise_nfc(GetParam().input), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, NormaliseNfcTest,
    testing::Values(
        NfcCase{"empty", "", ""},
        NfcCase{"ascii", "Ukraine", "Ukraine"},
        NfcCase{"already_nfc", "Nguyễn Thị Minh Khai", "Nguyễn Thị Minh Khai"},
        NfcCase{"nfd", "Nguye\u0302\u0303n", "Nguyễn"},
        NfcCase{"grave_tone_mark", "a\u0340", "à"},
        NfcCase{"acute_tone_mark", "o\u0341", "ó"},
        NfcCase{"soft_hyphen_only", "\u00AD", ""},
        NfcCase{"soft_hyphens", "thủ\u00ADtướng\u00AD", "thủtướng"},
        NfcCase{"soft_hyphen_before_mark", "a\u00AD\u0301", "á"},
        NfcCase{"dd_does_not_compose", "d\u0335", "d\u0335"},
        NfcCase{"doubled_mark_kept", "ị\u0323", "ị\u0323"},
        NfcCase{"supplementary", "\U0001D15E", "\U0001D157\U0001D165"}),
    [](const testing::TestParamInfo<NfcCase>& info) {
        return std::string(info.param.name);
    });

// The fast path skips ICU for text it judges already NFC; check that judgement
// against ICU itself for every BMP code point, alone, after a base letter and
// before a combining mark (which is where composition can start).
TEST(NormaliseNfc, AgreesWithIcuForEveryBmpCodePoint) {
    UErrorCode ec = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(ec);
    ASSERT_TRUE(U_SUCCESS(ec));
    int mismatches = 0;
    for (UChar32 c = 1; c < 0x10000 && mismatches < 10; ++c) {
        if (U_IS_SURROGATE(c)) continue;
        char buf[4];
        int32_t len = 0;
        U8_APPEND_UNSAFE(buf, len, c);
        const std::string ch(buf, static_cast<std::size_t>(len));
        for (const std::string& in :
             {ch, "a" + ch, ch + "\u0301", "e" + ch + "\u0323\u0302"}) {
            // Soft hyphens are dropped before NFC so that one inside a
            // word cannot keep a letter and its mark apart.
            std::string without_shy = in;
            if (std::size_t p = without_shy.find("\u00AD"); p != std::string::npos)
                without_shy.erase(p, 2);
            std::string expected;
            icu::StringByteSink<std::string> sink(&expected);
            ec = U_ZERO_ERROR;
            nfc->normalizeUTF8(0, without_shy, sink, nullptr, ec);
            ASSERT_TRUE(U_SUCCESS(ec));
            if (normalise_nfc(in) != expected) {
                ++mismatches;
                ADD_FAILURE() << "U+" << std::hex << c << " in "
                              << testing::PrintToString(in);
            }
        }
    }
}

}  // namespace
}  // namespace tintuc
