#include "page_furniture.h"

#include <gtest/gtest.h>

namespace tintuc {
namespace {

TEST(PageFurniture, ClassifiesLines) {
    const std::pair<const char*, FurnitureLine> cases[] = {
        {"Có thể bạn quan tâm", FurnitureLine::end},
        {"CÓ THỂ BẠN QUAN TÂM:", FurnitureLine::end},
        {"Tin cùng chuyên mục", FurnitureLine::end},
        {"Viết bình luận", FurnitureLine::end},
        {"This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.",
         FurnitureLine::end},
        {"Co loi xay ra", FurnitureLine::end},
        {"Tin liên quan", FurnitureLine::related},
        {"Xem thêm", FurnitureLine::related},
        {"Xem thêm: Giá vàng hôm nay tăng mạnh", FurnitureLine::line},
        {"Mời quý độc giả theo dõi VOV.VN trên", FurnitureLine::line},
        {"90ph tv 90 tv mitom link bong da tv soi kèo hôm nay", FurnitureLine::spam},
        {"111111", FurnitureLine::junk},
        {"reuters_may_bay_khong_nguoi_lai.jpg", FurnitureLine::junk},
        {"[Ukraine và Nga tiếp tục hoạt động sơ tán, sẵn sàng trao đổi tù binh]", FurnitureLine::junk},
        // Article text that merely mentions the words.
        {"Tin liên quan đến vụ việc được công an xác minh.", FurnitureLine::none},
        {"Ông cho biết có thể bạn quan tâm tới chuyện này.", FurnitureLine::none},
        {"Ngoại trưởng Nga Sergey Lavrov", FurnitureLine::none},
    };
    for (const auto& [line, expected] : cases)
        EXPECT_EQ(static_cast<int>(classify_furniture_line(line)), static_cast<int>(expected)) << line;
}

TEST(PageFurniture, Captions) {
    EXPECT_TRUE(is_caption_line("Người dân tập trung tại 1 hầm trú ẩn ở thủ đô Kiev, Ukraine, ngày 24/2/2022. (Ảnh: Reuters)"));
    EXPECT_TRUE(is_caption_line("Phái đoàn Nga và Mỹ gặp nhau tại Saudi Arabia hôm 18/2. (Nguồn: Al Jazeera)"));
    EXPECT_TRUE(is_caption_line("Ảnh minh họa. (Nguồn: AP)"));
    EXPECT_TRUE(is_caption_line("Toàn cảnh phiên họp. Ảnh: TTXVN"));
    EXPECT_FALSE(is_caption_line("Ông Lavrov nhấn mạnh, Nga không có ý định chiếm đóng Ukraine."));
    EXPECT_FALSE(is_caption_line("(TTXVN/Vietnam+)"));
}

TEST(PageFurniture, ShapesOfLines) {
    EXPECT_EQ(comparison_key("Các phái đoàn Nga, Mỹ lại gặp nhau?"), "cacphaidoanngamylaigapnhau");
    EXPECT_TRUE(is_title_like("Nga và Ukraine chuẩn bị nối lại đàm phán trực tiếp tại Istanbul"));
    EXPECT_TRUE(is_title_like("Các phái đoàn Nga, Mỹ lại gặp nhau, sẽ chẳng mảy may động đến vấn đề Ukraine?"));
    EXPECT_FALSE(is_title_like("Nga kêu gọi cộng đồng quốc tế ủng hộ tiến trình đối thoại."));
    EXPECT_EQ(word_count("  a  b c "), 3u);
}

}  // namespace
}  // namespace tintuc

namespace tintuc {
namespace {

// Regressions from the shared corpus: news about casinos, and a company
// whose name contains a spam word, lost their text.
TEST(PageFurniture, NewsIsNotSpam) {
    EXPECT_EQ(classify_furniture_line("Mở cửa, người Việt vẫn không dễ vào casino"), FurnitureLine::none);
    EXPECT_EQ(classify_furniture_line("Những điểm vô lý của cá cược hợp pháp"), FurnitureLine::none);
    EXPECT_EQ(classify_furniture_line("Tập đoàn BRG và Tập đoàn Sumitomo (Nhật Bản)."), FurnitureLine::none);
    EXPECT_EQ(classify_furniture_line("Chia sẻ với báo chí, ông Nguyễn Văn A cho biết dự án đã xong."),
              FurnitureLine::none);
    EXPECT_EQ(classify_furniture_line("Ảnh minh họa Trước đó 1 ngày, Hoàng đã tới cơ quan điều tra tự thú."),
              FurnitureLine::none);
    EXPECT_EQ(classify_furniture_line("Chia sẻ"), FurnitureLine::line);
}

}  // namespace
}  // namespace tintuc
