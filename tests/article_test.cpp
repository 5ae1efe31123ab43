// Article analysis: zones, furniture, date and outlet, on the five sample
// articles in corpus/ (expected values read off the files by hand) and on
// shapes seen in other outlets' pages.
#include "article.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "text_decoder.h"

namespace tintuc {
namespace {

Article analyse_corpus_file(const std::string& prefix) {
    for (const auto& e : std::filesystem::directory_iterator(std::string(TINTUC_SOURCE_DIR) + "/corpus")) {
        if (e.path().filename().string().rfind(prefix, 0) != 0) continue;
        std::ifstream in(e.path(), std::ios::binary);
        std::stringstream s;
        s << in.rdbuf();
        DecodedText d = decode_text(s.str());
        EXPECT_TRUE(d.ok) << d.error;
        return analyse_article(d.text);
    }
    ADD_FAILURE() << "no corpus file " << prefix;
    return {};
}

bool starts_with(const std::string& s, const std::string& p) { return s.rfind(p, 0) == 0; }
bool ends_with(const std::string& s, const std::string& p) {
    return s.size() >= p.size() && s.compare(s.size() - p.size(), p.size(), p) == 0;
}

struct Expected {
    const char* file;
    const char* title;
    const char* lead_start;
    const char* body_start;
    const char* body_end;  // the last body sentence before the furniture
    const char* date;      // "" when unknown
    const char* precision;
    const char* outlet;    // "" when unknown
};

const Expected kCorpus[] = {
    {"000", "Nga, Thổ Nhĩ Kỳ thảo luận nỗ lực thúc đẩy ngừng bắn tại Ukraine",
     "Hãng thông tấn Anadolu của Thổ Nhĩ Kỳ ngày 12/4 đưa tin",
     "Cuộc thảo luận này diễn ra bên lề Diễn đàn Ngoại giao Antalya",
     "chấm dứt cuộc xung đột kéo dài hơn 3 năm qua ở Ukraine.",
     // 12/4 in the lead; the latest full date in the article, a caption's
     // 8/12/2024, puts it in 2025. (Furniture's 19/1/2026 never counts.)
     "2025-04-12", "day",
     // Only a cited wire (Anadolu) and photo credits: no outlet signal.
     ""},
    {"001", "Các phái đoàn Nga, Mỹ lại gặp nhau, sẽ chẳng mảy may động đến vấn đề Ukraine?",
     "Các phái đoàn của Nga và Mỹ sẽ gặp nhau tại thành phố Istanbul",
     "Tuy nhiên, ngày 26/2, Bộ Ngoại giao Mỹ cho hay",
     "hai bên nhất trí tái lập biên chế đại sứ quán.",
     "2025-02-27", "day",  // dateline 11:45 27/02/2025
     "Báo Quốc tế"},       // "Báo Thế giới và Việt Nam điểm ..." in its widgets
    {"002", "Nga và Ukraine chuẩn bị nối lại đàm phán trực tiếp tại Istanbul",
     "VOV.VN - Ngày 2/6 tới, phái đoàn Nga và Ukraine",
     "Ngoại trưởng Nga Sergey Lavrov\u00A0cho biết",
     "vì mục tiêu hòa bình lâu dài và bảo vệ sinh mạng người dân.",
     // "Ngày 2/6 tới" is a coming date and no full date gives a year.
     "", "unknown",
     "VOV"},  // dateline prefix "VOV.VN - "
    {"003", "Điện Kremlin xác nhận đàm phán Nga-Ukraine chưa có đột phá",
     "Điện Kremlin nêu rõ đến thời điểm này chưa thể tuyên bố",
     "Ngày 28/3, Điện Kremlin cho biết",
     "theo hình thức họp trực tuyến./.",
     "2022-03-28", "day",  // 28/3 after the caption's 14/3/2022
     "VietnamPlus"},       // closing byline (TTXVN/Vietnam+)
    {"004", "Ngoại trưởng Lavrov: Nga sẽ đối thoại nếu binh sĩ Ukraine hạ vũ khí",
     "Ngày 25/2, Ngoại trưởng Nga Sergei Lavrov cho hay",
     "Ông Lavrov nhấn mạnh, Nga không có ý định chiếm đóng Ukraine",
     "triển khai quân đội và vũ khí trên lãnh thổ quốc gia Đông Âu này.",
     "2022-02-25", "day",  // 25/2 after the caption's 24/2/2022
     ""},                  // photo credit (Ảnh: Reuters) is a source, not the outlet
};

TEST(ArticleCorpus, ZonesDateAndOutletOfEachSample) {
    for (const Expected& e : kCorpus) {
        SCOPED_TRACE(e.file);
        const Article a = analyse_corpus_file(e.file);
        EXPECT_EQ(a.title, e.title);
        EXPECT_TRUE(starts_with(a.lead, e.lead_start)) << a.lead;
        ASSERT_FALSE(a.body.empty());
        EXPECT_TRUE(starts_with(a.body.front(), e.body_start)) << a.body.front();
        EXPECT_TRUE(ends_with(a.body.back(), e.body_end)) << a.body.back();
        EXPECT_EQ(a.date.iso(), e.date);
        EXPECT_STREQ(a.date.precision_name(), e.precision);
        EXPECT_EQ(a.outlet ? a.outlet->name : "", e.outlet);
    }
}


// People and places each sample's own text names (read off the files; the
// furniture's Tô Lâm, Greenland, Mercosur and the rest must not appear).
TEST(ArticleCorpus, PeopleAndPlacesOfEachSample) {
    struct Entities {
        const char* file;
        std::vector<std::string> people;
        std::set<std::string> places;  // "name (type)"
    };
    const Entities expected[] = {
        {"000",
         {"Sergey Lavrov", "Hakan Fidan", "Donald Trump", "Maria Zakharova"},
         {"Nga (country)", "Thổ Nhĩ Kỳ (country)", "Ukraine (country)", "Mỹ (country)", "Antalya (city)",
          "Qatar (country)", "Biển Đen (region)", "Trung Đông (region)", "Dải Gaza (region)", "Syria (country)"}},
        {"001",
         {"Sergey Lavrov", "Anatoly Antonov", "Marco Rubio"},
         {"Nga (country)", "Mỹ (country)", "Ukraine (country)", "Istanbul (city)", "Thổ Nhĩ Kỳ (country)",
          "Washington (city)", "Riyadh (city)", "Saudi Arabia (country)"}},
        {"002",
         {"Sergey Lavrov", "Vladimir Medinsky", "Dmitry Peskov", "Donald Trump"},
         {"Nga (country)", "Ukraine (country)", "Istanbul (city)", "Thổ Nhĩ Kỳ (country)", "Mỹ (country)",
          "Saudi Arabia (country)"}},
        // Palanca, a border village in a caption, is not in the gazetteer.
        {"003",
         {"Dmitry Peskov", "Sergey Lavrov", "Vladimir Putin", "Volodymyr Zelensky", "Recep Tayyip Erdoğan",
          "David Arakhamia"},
         {"Nga (country)", "Ukraine (country)", "Istanbul (city)", "Thổ Nhĩ Kỳ (country)", "Belarus (country)",
          "Moldova (country)"}},
        {"004",
         {"Sergey Lavrov", "Mykhailo Podolyak", "Dmitry Peskov", "Volodymyr Zelensky"},
         {"Ukraine (country)", "Nga (country)", "Moskva (city)", "Kiev (city)", "Đông Âu (region)"}},
    };
    for (const Entities& e : expected) {
        SCOPED_TRACE(e.file);
        const Article a = analyse_corpus_file(e.file);
        EXPECT_EQ(a.people, e.people);
        std::set<std::string> places;
        for (const Place& p : a.locations) places.insert(p.name + " (" + place_type_name(p.type) + ")");
        EXPECT_EQ(places, e.places);
    }
}

TEST(ArticleCorpus, CaptionsAreKeptOnceAndFurnitureDropped) {
    const Article a = analyse_corpus_file("000");
    ASSERT_EQ(a.captions.size(), 2u);  // each printed twice on the page
    EXPECT_TRUE(starts_with(a.captions[0], "Ngoại trưởng Nga Sergey Lavrov tham dự Diễn đàn"));
    EXPECT_GT(a.furniture_chars, 2000u);
    for (const std::string& p : a.body) {
        EXPECT_EQ(p.find("Greenland"), std::string::npos) << p;
        EXPECT_EQ(p.find("Mercosur"), std::string::npos) << p;
        EXPECT_EQ(p.find("Tô Lâm"), std::string::npos) << p;
    }
    // "<title> ảnh 1" before a caption is the page's image label, not text.
    const Article b = analyse_corpus_file("003");
    ASSERT_EQ(b.captions.size(), 1u);
    EXPECT_TRUE(starts_with(b.captions[0], "Người dân Ukraine sơ tán tránh xung đột")) << b.captions[0];
    EXPECT_EQ(b.bylines, std::vector<std::string>{"(TTXVN/Vietnam+)"});
}

TEST(ArticleCorpus, RelatedBlockInsideTheArticleIsCutOutAndTextResumes) {
    // corpus/001: "Tin liên quan" + a teaser headline printed twice, then
    // the article goes on with "Hãng thông tấn TASS dẫn lời ...".
    const Article a = analyse_corpus_file("001");
    bool resumed = false;
    for (const std::string& p : a.body) {
        EXPECT_EQ(p.find("Ba năm xung đột ở Ukraine"), std::string::npos);
        resumed = resumed || starts_with(p, "Hãng thông tấn TASS dẫn lời");
    }
    EXPECT_TRUE(resumed);
    EXPECT_EQ(a.datelines, std::vector<std::string>{"11:45 27/02/2025"});
}

TEST(Article, PlainArticleLosesNothing) {
    // The shape of most of the shared corpus: title, lead, one long body.
    const std::string text =
        "Giá vàng hôm nay tăng mạnh\nGiá vàng SJC sáng nay tăng 200.000 đồng mỗi lượng.\n"
        "Theo khảo sát lúc 9 giờ, giá vàng miếng SJC niêm yết ở mức 36,5 triệu đồng. Ông Nguyễn Văn A cho biết "
        "nhu cầu mua vào tăng.\nThị trường thế giới\nGiá vàng thế giới cũng tăng nhẹ trong phiên sáng.\n";
    const Article a = analyse_article(text);
    EXPECT_EQ(a.title, "Giá vàng hôm nay tăng mạnh");
    EXPECT_EQ(a.lead, "Giá vàng SJC sáng nay tăng 200.000 đồng mỗi lượng.");
    ASSERT_EQ(a.body.size(), 3u);  // the subheading stays
    EXPECT_EQ(a.body[1], "Thị trường thế giới");
    EXPECT_EQ(a.furniture_chars, 0u);
}

TEST(Article, MetadataWins) {
    ArticleMetadata meta;
    meta.title = "Tiêu đề từ metadata";
    meta.date = "2024-05-06T08:00:00+07:00";
    meta.url = "https://vnexpress.net/tieu-de-123.html";
    const Article a = analyse_article("Tiêu đề từ metadata\nĐoạn mở đầu.\nThân bài.\n", meta);
    EXPECT_EQ(a.title, "Tiêu đề từ metadata");
    EXPECT_EQ(a.lead, "Đoạn mở đầu.");
    EXPECT_EQ(a.date.iso(), "2024-05-06");
    ASSERT_TRUE(a.outlet);
    EXPECT_EQ(a.outlet->name, "VnExpress");
}

TEST(Article, JunkLines) {
    EXPECT_TRUE(is_junk_line("111111"));
    EXPECT_TRUE(is_junk_line("  "));
    EXPECT_TRUE(is_junk_line("11:45 27/02/2025"));
    EXPECT_FALSE(is_junk_line("Nga"));
    const Article a = analyse_article("111111\n\nTiêu đề\nMở đầu.\n");
    EXPECT_EQ(a.title, "Tiêu đề");
    EXPECT_EQ(a.furniture, std::vector<std::string>{"111111"});
}

}  // namespace
}  // namespace tintuc
