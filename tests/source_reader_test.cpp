// GoogleTest cases for read_source() and is_article_file_name().
#include "source_reader.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tintuc {
namespace {

using namespace std::string_literals;

struct ExpectedRecord {
    std::string key;
    std::string text;
    ArticleMetadata meta;
};

// Names the fields it sets, since designated initializers that leave
// fields out trip -Wmissing-field-initializers.
struct Meta {
    ArticleMetadata m;
    Meta& doc_id(std::string v) { m.doc_id = std::move(v); return *this; }
    Meta& title(std::string v) { m.title = std::move(v); return *this; }
    Meta& lead(std::string v) { m.lead = std::move(v); return *this; }
    Meta& url(std::string v) { m.url = std::move(v); return *this; }
    Meta& date(std::string v) { m.date = std::move(v); return *this; }
    Meta& outlet(std::string v) { m.outlet = std::move(v); return *this; }
    operator ArticleMetadata() const { return m; }  // NOLINT: used in tables
};

struct Case {
    const char* name;
    std::string path;
    std::string bytes;
    std::vector<ExpectedRecord> records;
    std::vector<std::string> record_errors;  // "...*" matches by prefix
    std::string error;                       // "...*" matches by prefix
};

void expect_message(const std::string& actual, const std::string& expected) {
    if (!expected.empty() && expected.back() == '*') {
        const std::string prefix = expected.substr(0, expected.size() - 1);
        EXPECT_EQ(actual.substr(0, prefix.size()), prefix) << "whole message: " << actual;
    } else {
        EXPECT_EQ(actual, expected);
    }
}

void check_case(const Case& c) {
    SCOPED_TRACE(c.name);
    const SourceReadResult r = read_source_bytes(c.path, c.bytes);
    expect_message(r.error, c.error);
    ASSERT_EQ(r.record_errors.size(), c.record_errors.size());
    for (std::size_t i = 0; i < c.record_errors.size(); ++i) expect_message(r.record_errors[i], c.record_errors[i]);
    ASSERT_EQ(r.records.size(), c.records.size());
    for (std::size_t i = 0; i < c.records.size(); ++i) {
        const SourceRecord& got = r.records[i];
        const ExpectedRecord& want = c.records[i];
        EXPECT_EQ(got.key, want.key);
        EXPECT_EQ(got.text, want.text);
        EXPECT_EQ(got.meta.doc_id, want.meta.doc_id);
        EXPECT_EQ(got.meta.title, want.meta.title);
        EXPECT_EQ(got.meta.lead, want.meta.lead);
        EXPECT_EQ(got.meta.url, want.meta.url);
        EXPECT_EQ(got.meta.date, want.meta.date);
        EXPECT_EQ(got.meta.outlet, want.meta.outlet);
    }
}

bool is_valid_utf8(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        const auto b = static_cast<unsigned char>(s[i]);
        std::size_t n = 0;
        std::uint32_t cp = 0;
        if (b < 0x80) { ++i; continue; }
        if (b >= 0xC2 && b <= 0xDF) { n = 1; cp = b & 0x1F; }
        else if (b >= 0xE0 && b <= 0xEF) { n = 2; cp = b & 0x0F; }
        else if (b >= 0xF0 && b <= 0xF4) { n = 3; cp = b & 0x07; }
        else return false;
        if (s.size() - i <= n) return false;
        for (std::size_t k = 1; k <= n; ++k) {
            const auto c = static_cast<unsigned char>(s[i + k]);
            if ((c & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (c & 0x3F);
        }
        if ((n == 2 && cp < 0x800) || (n == 3 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += n + 1;
    }
    return true;
}

// The title and first sentence of corpus/000_ca2a72f4214c8902.txt in
// Windows-1258 (iconv -t CP1258, tones as combining bytes), as in
// text_decoder_test.cpp.
const std::string kCp1258 =
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
const std::string kCp1258AsUtf8 =
    "Nga, Thổ Nhĩ Kỳ thảo luận nỗ lực thúc đẩy ngừng bắn tại Ukraine\n\n"
    "Hãng thông tấn Anadolu của Thổ Nhĩ Kỳ ngày 12/4 đưa tin, Ngoại trưởng "
    "Nga Sergey Lavrov và người đồng cấp Thổ Nhĩ Kỳ Hakan Fidan đã thảo luận "
    "những về những nỗ lực nhằm đạt được thỏa thuận ngừng bắn chấm dứt cuộc "
    "xung đột tại Ukraine.\n";

std::string repeat(std::string_view s, int n) {
    std::string out;
    for (int i = 0; i < n; ++i) out += s;
    return out;
}

// "Hà Nội" with its tones as combining marks (NFD).
const std::string kHaNoiNfd = "Ha\xCC\x80 No\xCC\x82\xCC\xA3i";

// ---------------------------------------------------------------------------

TEST(SourceReader, IsArticleFileName) {
    const struct {
        const char* path;
        bool expected;
    } cases[] = {
        {"bai.txt", true},
        {"/data/crawl/BAI.TXT", true},
        {"vnexpress.json", true},
        {"dump/2025-04.JsonL", true},
        {"trang.html", true},
        {"trang.HTM", true},
        {"tin.tuc/bai.txt", true},
        {"bai.txt~", false},
        {"bai.txt.bak", false},
        {"crawl.json.gz", false},
        {"sitemap.xml", false},
        {"README", false},
        {"tin.tuc/README", false},
        {".txt", false},  // a dot file, no extension (as std::filesystem sees it)
        {"dir/.html", false},
        {"", false},
        {"bai.", false},
        {"bai.text", false},
    };
    for (const auto& c : cases) EXPECT_EQ(is_article_file_name(c.path), c.expected) << c.path;
}

TEST(SourceReader, PlainText) {
    const std::vector<Case> cases = {
        {"no headers: the text as decoded",
         "corpus/000.txt",
         "Nga, Thổ Nhĩ Kỳ thảo luận ngừng bắn\n\nHãng thông tấn Anadolu ngày 12/4 đưa tin.\n",
         {{"corpus/000.txt", "Nga, Thổ Nhĩ Kỳ thảo luận ngừng bắn\n\nHãng thông tấn Anadolu ngày 12/4 đưa tin.\n", {}}},
         {},
         ""},
        {"all header keys, spacing and case vary",
         "vov.txt",
         "# doc_id = vov-1182345\n"
         "#URL=https://vov.vn/the-gioi/nga-tho-nhi-ky-1182345.vov\n"
         "# Publish_Date   =   27/02/2025 11:45  \n"
         "# title = Nga, Thổ Nhĩ Kỳ thảo luận ngừng bắn\n"
         "# source = VOV\n"
         "# sapo = VOV.VN - Ngoại trưởng hai nước điện đàm.\n"
         "\n"
         "Hãng thông tấn Anadolu ngày 12/4 đưa tin.\n",
         {{"vov.txt", "Hãng thông tấn Anadolu ngày 12/4 đưa tin.\n",
           Meta().doc_id("vov-1182345").title("Nga, Thổ Nhĩ Kỳ thảo luận ngừng bắn").lead("VOV.VN - Ngoại trưởng hai nước điện đàm.").url("https://vov.vn/the-gioi/nga-tho-nhi-ky-1182345.vov").date("27/02/2025 11:45").outlet("VOV")}},
         {},
         ""},
        {"other aliases",
         "a.txt",
         "# id = 42\n# link = https://tuoitre.vn/a.htm\n# published_at = 2025-03-06\n# publisher = Tuổi Trẻ\n"
         "# description = Tóm tắt\nThân bài",
         {{"a.txt", "Thân bài",
           Meta().doc_id("42").lead("Tóm tắt").url("https://tuoitre.vn/a.htm").date("2025-03-06").outlet("Tuổi Trẻ")}},
         {},
         ""},
        {"precedence: the first line naming a field wins",
         "a.txt",
         "# id = 1\n# doc_id = 2\n# title = Tiêu đề một\n# TITLE = Tiêu đề hai\n# summary = Tóm tắt\n# lead = Sapo\n"
         "Thân bài",
         {{"a.txt", "Thân bài", Meta().doc_id("1").title("Tiêu đề một").lead("Tóm tắt")}},
         {},
         ""},
        {"an empty value leaves the field to a later line",
         "a.txt",
         "# title =\n# title = Tiêu đề\nThân bài",
         {{"a.txt", "Thân bài", Meta().title("Tiêu đề")}},
         {},
         ""},
        {"unknown keys are headers too, and are dropped",
         "a.txt",
         "# author = Minh Anh\n# category = Thế giới\nTiêu đề\nThân bài",
         {{"a.txt", "Tiêu đề\nThân bài", {}}},
         {},
         ""},
        {"a first '#' line that is no key = value is text",
         "a.txt",
         "# Giá vàng hôm nay = 80 triệu\n# title = X\nThân bài",
         {{"a.txt", "# Giá vàng hôm nay = 80 triệu\n# title = X\nThân bài", {}}},
         {},
         ""},
        {"a Markdown heading is text",
         "a.txt",
         "# Giá vàng hôm nay\nThân bài",
         {{"a.txt", "# Giá vàng hôm nay\nThân bài", {}}},
         {},
         ""},
        {"headers only at the very start",
         "a.txt",
         "Tiêu đề\n# title = Không phải header\nThân bài",
         {{"a.txt", "Tiêu đề\n# title = Không phải header\nThân bài", {}}},
         {},
         ""},
        {"the header block ends at the first other line",
         "a.txt",
         "# title = Tiêu đề\n#hashtag Hà Nội\n# url = x\nThân bài",
         {{"a.txt", "#hashtag Hà Nội\n# url = x\nThân bài", Meta().title("Tiêu đề")}},
         {},
         ""},
        {"CRLF header lines",
         "a.txt",
         "# title = Tiêu đề\r\n# date = 12/4/2025\r\n\r\nThân bài\r\n",
         {{"a.txt", "Thân bài\r\n", Meta().title("Tiêu đề").date("12/4/2025")}},
         {},
         ""},
        {"NFD text and header values come out NFC",
         "a.txt",
         "# outlet = " + kHaNoiNfd + "\n" + kHaNoiNfd + " mưa to",
         {{"a.txt", "Hà Nội mưa to", Meta().outlet("Hà Nội")}},
         {},
         ""},
        {"Windows-1258 is decoded",
         "cp1258.txt",
         kCp1258,
         {{"cp1258.txt", kCp1258AsUtf8, {}}},
         {},
         ""},
        {"headers without text",
         "a.txt",
         "# title = Tiêu đề\n\n  \n",
         {},
         {"no article text after the header lines"},
         ""},
        {"an unknown extension is read as text", "notes.md", "Tiêu đề\nThân bài", {{"notes.md", "Tiêu đề\nThân bài", {}}}, {}, ""},
        {"no extension", "README", "Tiêu đề", {{"README", "Tiêu đề", {}}}, {}, ""},
        {"empty", "a.txt", "", {}, {}, "empty file"},
        {"white space only", "a.txt", " \n\t\n", {}, {}, "empty file"},
        {"NUL bytes", "a.txt", "Tiêu đề\0Thân"s, {}, {}, "binary file (contains NUL bytes)"},
    };
    for (const Case& c : cases) check_case(c);
}

TEST(SourceReader, Json) {
    const std::string kBody = "Chiều 12/4, giá vàng miếng SJC tăng 500.000 đồng/lượng.\nNgười dân xếp hàng mua vàng.";
    const std::vector<Case> cases = {
        {"VnExpress-like object",
         "vnexpress.json",
         R"({"id": 4812345, "title": "Giá vàng tăng mạnh", "sapo": "Giá vàng miếng tăng 500.000 đồng.",
             "content": "Chiều 12/4, giá vàng miếng SJC tăng 500.000 đồng/lượng.\nNgười dân xếp hàng mua vàng.",
             "url": "https://vnexpress.net/gia-vang-4812345.html", "publishedAt": "2025-04-12T15:30:00+07:00",
             "source": {"name": "VnExpress", "url": "https://vnexpress.net"}, "tags": ["vàng", "SJC"]})",
         {{"vnexpress.json", kBody,
           Meta().doc_id("4812345").title("Giá vàng tăng mạnh").lead("Giá vàng miếng tăng 500.000 đồng.").url("https://vnexpress.net/gia-vang-4812345.html").date("2025-04-12T15:30:00+07:00").outlet("VnExpress")}},
         {},
         ""},
        {"other aliases",
         "a.json",
         R"({"_id": {"$oid": "65f0c0ffee"}, "headline": "Bão số 3 đổ bộ", "description": "Bão Yagi mạnh cấp 12.",
             "body": "Sáng 7/9, bão số 3 đổ bộ Quảng Ninh.", "link": "https://tuoitre.vn/bao.htm",
             "datePublished": "07/09/2024 10:00", "publisher": "Tuổi Trẻ"})",
         {{"a.json", "Sáng 7/9, bão số 3 đổ bộ Quảng Ninh.",
           Meta().doc_id("65f0c0ffee").title("Bão số 3 đổ bộ").lead("Bão Yagi mạnh cấp 12.").url("https://tuoitre.vn/bao.htm").date("07/09/2024 10:00").outlet("Tuổi Trẻ")}},
         {},
         ""},
        {"yet more aliases, names in any case; \"id\" before \"doc_id\"; a big unsigned id",
         "a.json",
         R"({"Doc_ID": "d1", "Text": "Thân bài", "Summary": "Tóm tắt", "canonical_url": "https://vov.vn/x",
             "published_at": 1712900000, "site_name": "VOV", "id": 18446744073709551615})",
         {{"a.json", "Thân bài",
           Meta().doc_id("18446744073709551615").lead("Tóm tắt").url("https://vov.vn/x").date("1712900000").outlet("VOV")}},
         {},
         ""},
        {"alias order decides, empty values don't count",
         "a.json",
         R"({"headline": "Tiêu đề phụ", "title": "Tiêu đề chính", "content": "  ", "body": "Thân bài",
             "text": "Văn bản khác", "lead": "Sapo", "sapo": "", "description": "Mô tả"})",
         {{"a.json", "Thân bài", Meta().title("Tiêu đề chính").lead("Mô tả")}},
         {},
         ""},
        {"paragraphs as an array",
         "a.json",
         R"({"doc_id": "bai-7", "title": " Tiêu\n  đề ", "content": ["Đoạn một.", "", "Đoạn hai.", 3, "Đoạn ba."]})",
         {{"a.json", "Đoạn một.\nĐoạn hai.\nĐoạn ba.", Meta().doc_id("bai-7").title("Tiêu đề")}},
         {},
         ""},
        {"HTML in the body",
         "a.json",
         R"({"title": "<b>Giá</b> vàng &amp; USD", "description": "<p>Sapo <i>ngắn</i></p>",
             "content": "<p>Đoạn một.</p>\n<p>Đoạn &amp; hai<br>dòng ba vi&#7879;c</p><script>x()</script><figure><img src=a.jpg><figcaption>Ảnh: TTXVN</figcaption></figure>"})",
         {{"a.json", "Đoạn một.\nĐoạn & hai\ndòng ba việc\nẢnh: TTXVN", Meta().title("Giá vàng & USD").lead("Sapo ngắn")}},
         {},
         ""},
        {"inline tags only: newlines stay paragraph breaks",
         "a.json",
         R"({"content": "Đoạn <b>một</b>.\n\nĐoạn <a href=\"/x\">hai</a>."})",
         {{"a.json", "Đoạn một.\nĐoạn hai.", {}}},
         {},
         ""},
        {"a '<' that starts no tag is text",
         "a.json",
         R"({"content": "Nhiệt độ <5 độ C, nếu a<b và b > c thì sao?\nĐoạn hai & ba"})",
         {{"a.json", "Nhiệt độ <5 độ C, nếu a<b và b > c thì sao?\nĐoạn hai & ba", {}}},
         {},
         ""},
        {"tags with attributes, self-closing tags",
         "a.json",
         R"({"content": "<P CLASS=\"Normal\">Đoạn một</P><p style='x'>Đoạn hai<br/>dòng ba<img src=\"a.jpg\"/></p>"})",
         {{"a.json", "Đoạn một\nĐoạn hai\ndòng ba", {}}},
         {},
         ""},
        {"escaped NFD comes out NFC",
         "a.json",
         R"({"title": "Ha\u0300 No\u0302\u0323i", "content": "Ha\u0300 No\u0302\u0323i mưa to"})",
         {{"a.json", "Hà Nội mưa to", Meta().title("Hà Nội")}},
         {},
         ""},
        {"BOM", "a.json", "\xEF\xBB\xBF{\"content\": \"Thân bài\"}", {{"a.json", "Thân bài", {}}}, {}, ""},
        {"an array of articles",
         "crawl.json",
         R"([{"title": "Bài một", "content": "Nội dung một"}, 42, {"title": "Không có thân bài"},
             {"title": "Bài bốn", "body": "Nội dung bốn"}])",
         {{"crawl.json:1", "Nội dung một", Meta().title("Bài một")},
          {"crawl.json:4", "Nội dung bốn", Meta().title("Bài bốn")}},
         {"item 2: not a JSON object", "item 3: no article text (content/body/text)"},
         ""},
        {"empty object", "a.json", "{}", {}, {"no article text (content/body/text)"}, ""},
        {"body of the wrong type", "a.json", R"({"content": {"html": "x"}, "text": true})", {},
         {"no article text (content/body/text)"}, ""},
        {"empty array", "a.json", "[ ]", {}, {}, "empty JSON array"},
        {"a scalar", "a.json", "\"Thân bài\"", {}, {}, "not a JSON object or array"},
        {"truncated", "a.json", R"({"title": "Tiêu đề", "content": "Thân)", {}, {},
         "not valid JSON: invalid string: missing closing quote (line 1, column 43)"},
        {"trailing garbage", "a.json", "{\"content\": \"x\"}\n{\"content\": \"y\"}", {}, {}, "not valid JSON: *"},
        {"invalid UTF-8 is reported, not echoed", "a.json", "{\"content\": \"Th\xE2n b\xE0i\"}", {}, {},
         "not valid JSON: invalid string: ill-formed UTF-8 byte (line 1, column 17)"},
        {"empty", "a.json", "", {}, {}, "empty file"},
        {"white space only", "a.json", "\xEF\xBB\xBF \n", {}, {}, "empty file"},
        {"NUL bytes", "a.json", "{\"content\": \"x\"}\0"s, {}, {}, "binary file (contains NUL bytes)"},
    };
    for (const Case& c : cases) check_case(c);
}

TEST(SourceReader, JsonLines) {
    const std::vector<Case> cases = {
        {"a bad line in the middle",
         "x.jsonl",
         "{\"title\": \"Bài một\", \"content\": \"Nội dung một\", \"url\": \"https://a.vn/1\"}\n"
         "{\"title\": \"Bài hai\", \"content\": \"Nội dung\n"
         "{\"title\": \"Bài ba\", \"content\": \"Nội dung ba\", \"source\": \"Dân Trí\"}\n",
         {{"x.jsonl:1", "Nội dung một", Meta().title("Bài một").url("https://a.vn/1")},
          {"x.jsonl:3", "Nội dung ba", Meta().title("Bài ba").outlet("Dân Trí")}},
         {"line 2: not valid JSON: invalid string: missing closing quote (column 45)"},
         ""},
        {"blank lines count, CRLF, other record errors",
         "dump.JSONL",
         "\xEF\xBB\xBF{\"content\": \"Một\"}\r\n\r\n   \n[1, 2]\r\n{\"title\": \"Chỉ tiêu đề\"}\n\"chuỗi\"\n{\"body\": \"Bảy\"}",
         {{"dump.JSONL:1", "Một", {}}, {"dump.JSONL:7", "Bảy", {}}},
         {"line 4: not a JSON object", "line 5: no article text (content/body/text)", "line 6: not a JSON object"},
         ""},
        {"a pretty-printed object is one error per line",
         "x.jsonl",
         "{\n  \"content\": \"x\"\n}\n",
         {},
         {"line 1: not valid JSON: *", "line 2: not valid JSON: *", "line 3: not valid JSON: *"},
         ""},
        {"invalid UTF-8 costs only its line",
         "x.jsonl",
         "{\"content\": \"Th\xE2n b\xE0i\"}\n{\"content\": \"Thân bài\"}\n",
         {{"x.jsonl:2", "Thân bài", {}}},
         {"line 1: not valid JSON: invalid string: ill-formed UTF-8 byte (column 17)"},
         ""},
        {"empty", "x.jsonl", "\n\n", {}, {}, "empty file"},
        {"NUL bytes", "x.jsonl", "{\"content\": \"x\"}\n\0\n"s, {}, {}, "binary file (contains NUL bytes)"},
    };
    for (const Case& c : cases) check_case(c);
}

const char* const kVnExpressPage = R"(<!DOCTYPE html>
<html lang="vi"><head>
<meta charset="utf-8">
<title>Hà Nội cấm xe máy nội đô từ 2030 - VnExpress</title>
<meta property="og:title" content="Hà Nội cấm xe máy trong vành đai 1 từ năm 2030">
<meta property="og:description" content="HĐND TP Hà Nội thông qua nghị quyết hạn chế xe máy &amp; ô tô cá nhân.">
<meta name="description" content="Mô tả dự phòng">
<meta property="og:site_name" content="VnExpress">
<meta property="og:url" content="https://vnexpress.net/og-url.html">
<link rel="canonical" href="https://vnexpress.net/ha-noi-cam-xe-may-4812345.html">
<meta property="article:published_time" content="2025-07-01T08:00:00+07:00">
<script>var tracking = "<p>không phải bài</p>";</script>
<style>p { color: red }</style>
</head><body>
<header><a href="/">VnExpress - Báo tiếng Việt nhiều người xem nhất</a></header>
<nav><ul><li>Thời sự</li><li>Kinh doanh</li></ul></nav>
<article class="fck_detail">
<h1>Hà Nội cấm xe máy trong vành đai 1 từ năm 2030</h1>
<p class="description">HĐND TP Hà Nội thông qua nghị quyết.</p>
<p>Sáng 1/7, HĐND thành phố   biểu quyết
 thông qua nghị quyết.<br>Có 95/96 đại biểu tán thành.</p>
<script>alert("quảng cáo")</script>
<figure><img src="a.jpg" alt="Xe máy"><figcaption>Xe máy trên đường Nguyễn Trãi. Ảnh: <i>Giang Huy</i></figcaption></figure>
<p>Chi phí dự kiến 1.000 tỷ đồng &amp; sẽ được ti&#7871;p tục đánh giá vi&#7879;c triển khai.</p>
<div hidden>Nội dung ẩn</div>
<aside><p>Tin liên quan: Giá xăng giảm</p></aside>
<p>Theo&nbsp;kế hoạch,&nbsp;&nbsp;lộ trình gồm <b>3</b> giai đoạn.</p>
<noscript>Bật JavaScript để xem video</noscript>
<form><p>Ý kiến của bạn</p><textarea name="c"></textarea><button>Gửi bình luận</button></form>
<iframe src="https://www.youtube.com/embed/x">Video</iframe>
</article>
<footer>© VnExpress</footer>
</body></html>)";

TEST(SourceReader, Html) {
    const std::vector<Case> cases = {
        {"news page with og: tags, chrome and scripts dropped",
         "vnexpress.html",
         kVnExpressPage,
         {{"vnexpress.html",
           "Hà Nội cấm xe máy trong vành đai 1 từ năm 2030\n"
           "HĐND TP Hà Nội thông qua nghị quyết.\n"
           "Sáng 1/7, HĐND thành phố biểu quyết thông qua nghị quyết.\n"
           "Có 95/96 đại biểu tán thành.\n"
           "Xe máy trên đường Nguyễn Trãi. Ảnh: Giang Huy\n"
           "Chi phí dự kiến 1.000 tỷ đồng & sẽ được tiếp tục đánh giá việc triển khai.\n"
           "Theo kế hoạch, lộ trình gồm 3 giai đoạn.",
           Meta().title("Hà Nội cấm xe máy trong vành đai 1 từ năm 2030").lead("HĐND TP Hà Nội thông qua nghị quyết hạn chế xe máy & ô tô cá nhân.").url("https://vnexpress.net/ha-noi-cam-xe-may-4812345.html").date("2025-07-01T08:00:00+07:00").outlet("VnExpress")}},
         {},
         ""},
        {"fallback meta; no <article>: the body without header and footer",
         "tuoitre.htm",
         R"(<html><head><title>  Giá xăng
   giảm mạnh | Tuổi Trẻ </title>
<meta name="description" content="Giá xăng giảm lần thứ ba liên tiếp.">
<meta property="og:url" content="https://tuoitre.vn/gia-xang.htm">
<meta name="pubdate" content="2025-03-06T16:00:00+07:00">
<meta itemprop="datePublished" content="2025-03-06T15:00:00+07:00">
</head><body><header>Tuổi Trẻ Online</header>
<div class="main"><h1>Giá xăng giảm mạnh</h1><div>Chiều 6/3, liên Bộ Công Thương - Tài chính điều chỉnh giá.</div>
<ul><li>Xăng RON95: giảm 300 đồng</li><li>Xăng E5: giảm 250 đồng</li></ul>
<table><tr><td>Vàng SJC</td><td>80,5 triệu</td></tr></table></div>
<footer>Bản quyền thuộc Báo Tuổi Trẻ</footer></body></html>)",
         {{"tuoitre.htm",
           "Giá xăng giảm mạnh\nChiều 6/3, liên Bộ Công Thương - Tài chính điều chỉnh giá.\n"
           "Xăng RON95: giảm 300 đồng\nXăng E5: giảm 250 đồng\nVàng SJC\n80,5 triệu",
           Meta().title("Giá xăng giảm mạnh | Tuổi Trẻ").lead("Giá xăng giảm lần thứ ba liên tiếp.").url("https://tuoitre.vn/gia-xang.htm").date("2025-03-06T15:00:00+07:00")}},
         {},
         ""},
        {"pubdate, and <time itemprop> in the page",
         "a.html",
         R"(<head><meta name="pubdate" content="2025-01-02"></head><body><p>Thân bài</p></body>)"
         "\n",
         {{"a.html", "Thân bài", Meta().date("2025-01-02")}},
         {},
         ""},
        {"a WebForms page: the one <form> holds the article",
         "a.aspx.html",
         R"(<html><body><form id="form1" action="./bai.aspx"><div class="menu"><a href="/">Trang chủ</a></div>
<div id="content"><h1>Tiêu đề bài</h1><p>Đoạn thứ nhất của bài báo.</p><p>Đoạn thứ hai của bài báo.</p></div>
<div class="comment"><input type="text"><button>Gửi</button></div></form><footer>Bản quyền</footer></body></html>)",
         {{"a.aspx.html", "Trang chủ\nTiêu đề bài\nĐoạn thứ nhất của bài báo.\nĐoạn thứ hai của bài báo.", {}}},
         {},
         ""},
        {"<time itemprop=datePublished>",
         "a.html",
         R"(<body><article><time itemprop="datePublished" datetime="2025-02-03T10:00">3/2</time><p>Thân bài</p></article></body>)",
         {{"a.html", "3/2\nThân bài", Meta().date("2025-02-03T10:00")}},
         {},
         ""},
        {"several <article>s: the longest; one in an <aside> does not count",
         "a.html",
         R"(<body><aside><article>Tin liên quan rất dài rất dài rất dài rất dài rất dài rất dài rất dài</article></aside>
<article><p>Tin ngắn</p></article>
<article><h1>Bài chính</h1><p>Nội dung bài chính dài hơn.</p></article></body>)",
         {{"a.html", "Bài chính\nNội dung bài chính dài hơn.", {}}},
         {},
         ""},
        {"malformed: unclosed and stray tags",
         "a.html",
         "<html><body><div><p>Đoạn một<p>Đoạn <b>hai<div>Ba</span></td><ul><li>bốn<li>năm</ul><p>sáu &amp; bảy",
         {{"a.html", "Đoạn một\nĐoạn hai\nBa\nbốn\nnăm\nsáu & bảy", {}}},
         {},
         ""},
        {"nesting deeper than libxml2's default limit of 256 keeps the rest of the page",
         "a.html",
         "<p>Trước</p>" + repeat("<div>", 600) + "Sâu<p>Sau</p>",
         {{"a.html", "Trước\nSâu\nSau", {}}},
         {},
         ""},
        {"a fragment without <html> or <body>",
         "a.html",
         "Tiêu đề<br/>Thân <i>bài</i>",
         {{"a.html", "Tiêu đề\nThân bài", {}}},
         {},
         ""},
        {"<meta charset> does not override the decoded text",
         "a.html",
         R"(<html><head><meta charset="iso-8859-1"><title>Thời sự</title></head><body><p>Đà Nẵng</p></body></html>)",
         {{"a.html", "Đà Nẵng", Meta().title("Thời sự")}},
         {},
         ""},
        {"Windows-1258 page",
         "a.html",
         "<html><body><p>" + kCp1258 + "</p></body></html>",
         {{"a.html",
           "Nga, Thổ Nhĩ Kỳ thảo luận nỗ lực thúc đẩy ngừng bắn tại Ukraine Hãng thông tấn Anadolu của Thổ Nhĩ Kỳ "
           "ngày 12/4 đưa tin, Ngoại trưởng Nga Sergey Lavrov và người đồng cấp Thổ Nhĩ Kỳ Hakan Fidan đã thảo luận "
           "những về những nỗ lực nhằm đạt được thỏa thuận ngừng bắn chấm dứt cuộc xung đột tại Ukraine.",
           {}}},
         {},
         ""},
        {"entities that build NFD come out NFC",
         "a.html",
         "<p>Ha&#768; No&#770;&#803;i</p>",
         {{"a.html", "Hà Nội", {}}},
         {},
         ""},
        {"no text in the body",
         "a.html",
         "<html><head><title>Chỉ có tiêu đề</title></head><body><script>x()</script><p>&nbsp;</p></body></html>",
         {},
         {"no article text (nothing in <article> or <body>)"},
         ""},
        {"empty", "a.html", "", {}, {}, "empty file"},
        {"NUL bytes", "a.html", "<p>a\0b</p>"s, {}, {}, "binary file (contains NUL bytes)"},
    };
    for (const Case& c : cases) check_case(c);
}

class TempDir {
public:
    TempDir() {
        std::string tmpl = (std::filesystem::temp_directory_path() / "source_reader_test.XXXXXX").string();
        path_ = ::mkdtemp(tmpl.data()) ? tmpl : std::string();
    }
    ~TempDir() {
        std::error_code ec;
        if (!path_.empty()) std::filesystem::remove_all(path_, ec);
    }
    std::string write(const std::string& name, std::string_view bytes) const {
        const std::string p = path_ + "/" + name;
        std::ofstream(p, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        return p;
    }
    const std::string& path() const { return path_; }

private:
    std::string path_;
};

TEST(SourceReader, ReadsFiles) {
    TempDir dir;
    ASSERT_FALSE(dir.path().empty());
    const std::string txt = dir.write("bai.txt", "# title = Tiêu đề\nThân bài\n");
    SourceReadResult r = read_source(txt);
    ASSERT_EQ(r.records.size(), 1u);
    EXPECT_EQ(r.records[0].key, txt);
    EXPECT_EQ(r.records[0].text, "Thân bài\n");
    EXPECT_EQ(r.records[0].meta.title, "Tiêu đề");

    const std::string jsonl = dir.write("x.jsonl", "{\"content\": \"Một\"}\n{\"content\": \"Hai\"}\n");
    r = read_source(jsonl);
    ASSERT_EQ(r.records.size(), 2u);
    EXPECT_EQ(r.records[1].key, jsonl + ":2");

    const std::string big(1 << 20, 'a');
    r = read_source(dir.write("big.txt", big));
    ASSERT_EQ(r.records.size(), 1u);
    EXPECT_EQ(r.records[0].text, big);

    EXPECT_EQ(read_source(dir.write("empty.txt", "")).error, "empty file");
    EXPECT_EQ(read_source(dir.path() + "/missing.txt").error, "cannot read: No such file or directory");
    EXPECT_EQ(read_source(dir.path()).error, "cannot read: Is a directory");
}

// Whatever the bytes, the reader answers with valid UTF-8 and never both a
// file error and records.
void check_sane(const std::string& path, std::string_view bytes) {
    const SourceReadResult r = read_source_bytes(path, bytes);
    EXPECT_TRUE(r.error.empty() || (r.records.empty() && r.record_errors.empty())) << path;
    EXPECT_TRUE(is_valid_utf8(r.error)) << path;
    for (const std::string& e : r.record_errors) EXPECT_TRUE(is_valid_utf8(e)) << path;
    for (const SourceRecord& rec : r.records) {
        EXPECT_TRUE(is_valid_utf8(rec.text)) << path;
        EXPECT_TRUE(is_valid_utf8(rec.meta.title)) << path;
        EXPECT_TRUE(is_valid_utf8(rec.meta.lead)) << path;
        EXPECT_TRUE(is_valid_utf8(rec.meta.outlet)) << path;
    }
}

TEST(SourceReader, SurvivesRandomAndTruncatedInput) {
    const std::vector<std::string> names = {"f.txt", "f.json", "f.jsonl", "f.html"};
    const std::vector<std::string> samples = {
        kVnExpressPage,
        R"([{"title": "Bài một", "content": "<p>Nội dung <b>một</b></p>", "source": {"name": "VOV"}},
            {"headline": "Hai", "body": ["a", "b"], "id": 1.5e300}])",
        "{\"content\": \"Một\"}\n{\"content\": \"Hai\"}\n",
        "# title = Tiêu đề\n# url = https://x.vn\nThân bài có dấu: Đà Nẵng.\n",
    };
    std::mt19937 rng(20250412);
    for (const std::string& name : names) {
        for (const std::string& s : samples) {
            for (std::size_t len = 0; len <= s.size(); len += 1 + len / 16) check_sane(name, std::string_view(s).substr(0, len));
            for (int i = 0; i < 50; ++i) {
                std::string m = s;
                for (int k = 0; k < 8; ++k) m[rng() % m.size()] = static_cast<char>(rng() % 256);
                check_sane(name, m);
            }
        }
        for (int i = 0; i < 200; ++i) {
            std::string junk(rng() % 400, '\0');
            for (char& c : junk) c = static_cast<char>(rng() % 256);
            check_sane(name, junk);
            // The same without NUL, which the decoder rejects up front.
            for (char& c : junk)
                if (c == '\0') c = '<';
            check_sane(name, junk);
        }
        check_sane(name, std::string(200000, '[') + "\"x\"");
        check_sane(name, std::string(100000, '{'));
        const std::string deep_html = repeat("<div><b>", 20000);
        check_sane(name, deep_html + "sâu");
        check_sane(name, "{\"content\": \"" + deep_html + "sâu\"}");
    }
}

}  // namespace
}  // namespace tintuc
