#include "person_extractor.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "place_gazetteer.h"

namespace tintuc {
namespace {

using Names = std::vector<std::string>;

Names people_in(const std::vector<std::string>& zones) {
    const std::vector<std::string_view> views(zones.begin(), zones.end());
    return extract_people(views, PlaceGazetteer::builtin());
}

// ---------------------------------------------------------------------------
// The sample corpus: each article's title, lead, body and captions as the
// indexer separates them (tintuc-index --analyze), without the related-story
// furniture after the body. Expected: every person the main text names, in
// order of first mention.

struct ArticleCase {
    const char* file;
    std::vector<std::string> zones;
    Names expected;
};

const ArticleCase kArticles[] = {
    {"000_ca2a72f4214c8902.txt",
     {"Nga, Thổ Nhĩ Kỳ thảo luận nỗ lực thúc đẩy ngừng bắn tại Ukraine",
      "Hãng thông tấn Anadolu của Thổ Nhĩ Kỳ ngày 12/4 đưa tin, Ngoại trưởng Nga Sergey Lavrov và người đồng cấp Thổ "
      "Nhĩ Kỳ Hakan Fidan đã thảo luận những về những nỗ lực nhằm đạt được thỏa thuận ngừng bắn chấm dứt cuộc xung đột "
      "tại Ukraine.",
      "Cuộc thảo luận này diễn ra bên lề Diễn đàn Ngoại giao Antalya được tổ chức ở miền nam Thổ Nhĩ Kỳ từ ngày "
      "11-13/4. Sự kiện này dự kiến quy tụ khoảng 450 đại diện từ 140 quốc gia, trong đó có 20 đại biểu cấp nguyên thủ "
      "quốc gia và chính phủ.",
      "Tại cuộc gặp, người đứng đầu ngành ngoại giao Nga cho rằng cần giải quyết tận gốc nguyên nhân dẫn đến cuộc xung "
      "đột ở Ukraine, đồng thời lưu ý Tổng thống Mỹ Donald Trump là người hiểu rõ về nhu cầu này.",
      "Hãng Anadolu dẫn các nguồn tin ngoại giao Thổ Nhĩ Kỳ cho biết, ngoài vấn đề Ukraine, hai ngoại trưởng cũng trao "
      "đổi về quan hệ song phương, hợp tác năng lượng và các vấn đề an ninh hàng hải ở Biển Đen. Bên cạnh đó, Ngoại "
      "trưởng Fidan và người đồng cấp Lavrov cũng trao đổi về tình hình khu vực Trung Đông, bao gồm những diễn biến mới "
      "đây tại Dải Gaza và Syria.",
      "Hãng thông tấn TASS của Nga ngày 12/4 dẫn lời người phát ngôn Bộ Ngoại giao nước này, bà Maria Zakharova cho "
      "biết, tại diễn đàn nói trên, Ngoại trưởng Lavrov có kế hoạch tiến hành nhiều cuộc gặp song phương, trong đó thảo "
      "luận về hàng loạt vấn đề, bao gồm cuộc xung đột ở Ukraine, mặc dù không có kế hoạch gặp Ngoại trưởng Ukraine.",
      "Trước khi diễn ra cuộc gặp này, Bộ Ngoại giao Nga thông báo, các dự án chiến lược như nhà máy điện hạt nhân "
      "Akkuyu, đường ống dẫn khí đốt Blue Stream và TurkStream ở Biển Đen để nhằm cung cấp khí đốt của Nga cho Thổ Nhĩ "
      "Kỳ, cũng nằm trong nội dung thảo luận giữa ông Lavrov và người đồng cấp Fidan.",
      "Bộ này nêu rõ ưu tiên hiện nay là duy trì đà tăng trưởng tích cực trong quan hệ thương mại song phương trong bối "
      "cảnh hoạt động thương mại của Nga chịu sức ép từ các lệnh trừng phạt của phương Tây.",
      "Cuộc gặp giữa Ngoại trưởng Lavrov và người đồng cấp Thổ Nhĩ Kỳ diễn ra trong bối cảnh Mỹ đang nỗ lực thúc đẩy "
      "các biện pháp ngoại giao với cả Nga và Ukraine nhằm đem lại hòa bình và chấm dứt cuộc xung đột kéo dài hơn 3 năm "
      "qua ở Ukraine.",
      "Ngoại trưởng Nga Sergey Lavrov tham dự Diễn đàn Ngoại giao Antalya tại Antalya, Thổ Nhĩ Kỳ, ngày 1/3/2024. "
      "(Ảnh: Tân Hoa xã)",
      "Ngoại trưởng Thổ Nhĩ Kỳ Hakan Fidan phát biểu tại cuộc họp báo trong khuôn khổ Diễn đàn Doha 2024 tại Qatar, "
      "ngày 8/12/2024. (Ảnh: Tân Hoa xã)"},
     {"Sergey Lavrov", "Hakan Fidan", "Donald Trump", "Maria Zakharova"}},
    {"001_f2f70c2944731deb.txt",
     {"Các phái đoàn Nga, Mỹ lại gặp nhau, sẽ chẳng mảy may động đến vấn đề Ukraine?",
      "Các phái đoàn của Nga và Mỹ sẽ gặp nhau tại thành phố Istanbul (Thổ Nhĩ Kỳ) trong ngày 27/2 để thảo luận về "
      "việc khôi phục các sứ quán của nhau.",
      "Tuy nhiên, ngày 26/2, Bộ Ngoại giao Mỹ cho hay, cuộc gặp này sẽ không bàn đến vấn đề Ukraine, lưu ý thêm rằng "
      "\"không có vấn đề chính trị hay an ninh nào trong chương trình nghị sự\" tại buổi đàm phán ở Istanbul.",
      "Hãng thông tấn TASS dẫn lời một người phát ngôn của bộ trên nhấn mạnh: \"Chúng ta sẽ nhanh chóng nhìn rõ tính "
      "xây dựng của các cuộc đàm phán, liệu vấn đề sẽ được giải quyết hay không, Nga có thực sự sẵn lòng tham gia một "
      "cách thiện chí hay không\".",
      "Trước đó cùng ngày, Ngoại trưởng Nga Sergei Lavrov xác nhận, phái đoàn của nước này và Mỹ sẽ gặp nhau tại "
      "Istanbul trong ngày 27/2 để thảo luận về việc khôi phục các sứ quán của nhau. Hiện tại, Nga không có Đại sứ tại "
      "Washington kể từ khi Đại sứ trước đây Anatoly Antonov rời nhiệm sở hồi tháng 10/2024.",
      "Ông Lavrov hy vọng rằng, cuộc họp tại Istanbul sẽ chứng minh rõ ràng khả năng của các bên đến đâu trong việc "
      "hướng tới sự đồng thuận nhanh chóng và hiệu quả.",
      "Ngoại trưởng Mỹ Marco Rubio cũng xác nhận nội dung chính của cuộc gặp, coi đây như một phần trong tiến trình "
      "đàm phán nhằm chấm dứt cuộc xung đột ở Ukraine.",
      "Cuộc gặp diễn ra sau đàm phán trực tiếp giữa các phái đoàn Nga và Mỹ do các ngoại trưởng của hai nước dẫn đầu ở "
      "Riyadh, Saudi Arabia hôm 18/2, kéo dài hơn 4 giờ.",
      "Phía Nga cho biết, các phái đoàn đã có cuộc thảo luận nghiêm túc về mọi vấn đề họ muốn thảo luận, bao gồm các "
      "cách để đưa lập trường của Nga và Mỹ gần nhau hơn và các cuộc tham vấn trong tương lai về Ukraine. Ngoại trưởng "
      "Lavrov mô tả cuộc họp này rất hữu ích, với việc hai bên nhất trí tái lập biên chế đại sứ quán.",
      "Phái đoàn Nga và Mỹ gặp nhau tại Saudi Arabia hôm 18/2. (Nguồn: Al Jazeera)"},
     {"Sergey Lavrov", "Anatoly Antonov", "Marco Rubio"}},
    {"002_631824edd7c39dc6.txt",
     {"Nga và Ukraine chuẩn bị nối lại đàm phán trực tiếp tại Istanbul",
      "VOV.VN - Ngày 2/6 tới, phái đoàn Nga và Ukraine dự kiến tiến hành vòng đàm phán trực tiếp thứ hai tại Istanbul, "
      "Thổ Nhĩ Kỳ nhằm tìm kiếm giải pháp hòa bình cho cuộc xung đột hiện nay.",
      "Ngoại trưởng Nga Sergey Lavrov cho biết, phía Nga đã sẵn sàng trình bày bản ghi nhớ nêu rõ lập trường về việc "
      "giải quyết toàn diện nguyên nhân gốc rễ của cuộc xung đột và thảo luận các điều kiện ngừng bắn.",
      "Ông Lavrov nhấn mạnh, cuộc đối thoại được khôi phục với sự hỗ trợ của Mỹ, Arab Saudi và Thổ Nhĩ Kỳ. Trước đó, "
      "vòng đàm phán đầu tiên tại Istanbul vào ngày 16/5 đã đạt được một số kết quả ban đầu, trong đó có thỏa thuận "
      "trao đổi tù nhân theo hình thức “1000 đổi 1000”.",
      "Trợ lý Tổng thống Nga, ông Vladimir Medinsky xác nhận, các nhóm đàm phán đang tích cực chuẩn bị văn bản và sẵn "
      "sàng thảo luận từng điều khoản của thỏa thuận tổng thể về ngừng bắn. Phía Nga cũng đã đề xuất thời gian và địa "
      "điểm cụ thể để trao đổi bản ghi nhớ, đồng thời bày tỏ mong muốn sớm khởi động tiến trình đàm phán thực chất.",
      "Người phát ngôn Điện Kremlin, ông Dmitry Peskov khẳng định, tiến triển đạt được là kết quả của các nỗ lực trung "
      "gian, trong đó có vai trò cá nhân của Tổng thống Mỹ Donald Trump. Ông cho biết, hai bên đang xây dựng danh sách "
      "điều kiện cho một lệnh ngừng bắn tạm thời, tuy nhiên chiến dịch quân sự của Nga vẫn đang tiếp tục trong lúc các "
      "cuộc thương lượng được tiến hành.",
      "Nga kêu gọi cộng đồng quốc tế ủng hộ tiến trình đối thoại, vì mục tiêu hòa bình lâu dài và bảo vệ sinh mạng "
      "người dân."},
     {"Sergey Lavrov", "Vladimir Medinsky", "Dmitry Peskov", "Donald Trump"}},
    {"003_39974d8700508c7d.txt",
     {"Điện Kremlin xác nhận đàm phán Nga-Ukraine chưa có đột phá",
      "Điện Kremlin nêu rõ đến thời điểm này chưa thể tuyên bố thành tựu đáng kể hoặc đột phá nào trong đàm phán, và "
      "các phái đoàn đang chuẩn bị cho vòng đàm phán mới tại thành phố Istanbul của Thổ Nhĩ Kỳ.",
      "Ngày 28/3, Điện Kremlin cho biết các cuộc đối thoại giữa Nga và Ukraine cho đến nay vẫn chưa đạt được đột phá "
      "nào về xung đột tại Ukraine và các phái đoàn đang chuẩn bị cho vòng đàm phán mới tại thành phố Istanbul của Thổ "
      "Nhĩ Kỳ.",
      "Phát biểu với báo giới, người phát ngôn của Điện Kremlin Dmitry Peskov nêu rõ đến thời điểm này chưa thể tuyên "
      "bố về thành tựu đáng kể hoặc đột phá nào trong đàm phán, song ông nhấn mạnh điều quan trọng là các nhà đàm phán "
      "đã quyết định tiếp tục đối thoại trực tiếp.",
      "Ông Peskov xác nhận các phái đoàn đến Thổ Nhĩ Kỳ trong ngày 28/3 và ít khả năng đàm phán diễn ra ngay trong "
      "ngày.",
      "Trong khi đó, Ngoại trưởng Nga Sergei Lavrov cho rằng nên tiến hành một cuộc gặp giữa Tổng thống Nga Vladimir "
      "Putin và người đồng cấp Ukraine Volodymyr Zelensky khi hai bên tiến gần hơn tới nhất trí về những vấn đề quan "
      "trọng.",
      "Theo ông Lavrov, bất cứ cuộc gặp nào giữa hai nhà lãnh đạo để trao đổi quan điểm về xung đột ngay tại thời điểm "
      "này đều phản tác dụng.",
      "Trước đó, trong cuộc điện đàm vào cuối tuần qua, Tổng thống Putin và người đồng cấp Thổ Nhĩ Kỳ Recep Tayyip "
      "Erdogan đã nhất tổ chức vòng đàm phán tiếp theo giữa Nga và Ukraine tại Istanbul.",
      "Ông David Arakhamia, một thành viên của đoàn đàm phán Ukraine, cũng xác nhận cuộc đàm phán sẽ diễn ra tại Thổ "
      "Nhĩ Kỳ từ ngày 28-30/3.",
      "Văn phòng truyền thông của Tổng thống Ukraine ngày 28/3 dẫn lời Tổng thống Zelensky nêu rõ phái đoàn nước này "
      "tìm kiếm hòa bình tại các vòng đàm phán mới với Nga.",
      "Ông Zelensky nhấn mạnh mục tiêu của Ukraine là hòa bình và khôi phục cuộc sống bình thường tại nước này sớm nhất "
      "có thể. Những ưu tiên hàng đầu khác bao gồm chủ quyền, toàn vẹn lãnh thổ và các bảo đảm về an ninh.",
      "Kể từ ngày 28/2 vừa qua, Nga và Ukraine đã tiến hành 3 vòng đàm phán trực tiếp tại Belarus.",
      "Vòng đàm phán thứ 4 đã bắt đầu vào ngày 14/3 vừa qua theo hình thức họp trực tuyến./.",
      "(TTXVN/Vietnam+)",
      "Người dân Ukraine sơ tán tránh xung đột tới cửa khẩu ở Palanca, khu vực biên giới giữa Moldova và Ukraine, ngày "
      "14/3/2022. (Ảnh: AFP/TTXVN)"},
     {"Dmitry Peskov", "Sergey Lavrov", "Vladimir Putin", "Volodymyr Zelensky", "Recep Tayyip Erdoğan",
      "David Arakhamia"}},
    {"004_45f04521a58dd3c9.txt",
     {"Ngoại trưởng Lavrov: Nga sẽ đối thoại nếu binh sĩ Ukraine hạ vũ khí",
      "Ngày 25/2, Ngoại trưởng Nga Sergei Lavrov cho hay, Moskva sẵn sàng đối thoại với Kiev vào mọi thời điểm với điều "
      "kiện binh sĩ Ukraine chịu hạ vũ khí.",
      "Ông Lavrov nhấn mạnh, Nga không có ý định chiếm đóng Ukraine và mục đích của chiến dịch quân sự Nga đang tiến "
      "hành tại miền đông Ukraine là nhằm phi quân sự hóa Ukraine và bảo vệ dân thường ở miền đông Ukraine.",
      "Trong khi đó, cố vấn Tổng thống Ukraine, ông Mykhailo Podolyak cùng ngày tuyên bố, Ukraine muốn hòa bình và sẵn "
      "sàng đàm phán với Nga, bao gồm cả về lập trường trung lập liên quan đến Tổ chức Hiệp ước Bắc Đại Tây Dương "
      "(NATO).",
      "Trao đổi với Hãng tin Reuters, ông Podolyak nêu rõ nếu có khả năng, 2 bên nên tổ chức các cuộc đàm phán. Ông "
      "cũng để ngỏ khả năng sẵn sàng đàm phán với Nga về lập trường trung lập nếu Moskva muốn điều này. Ông nhấn mạnh "
      "tinh thần sẵn sàng đối thoại của Ukraine là 1 phần trong nỗ lực bền bỉ “theo đuổi hòa bình”.",
      "Ukraine hiện không phải là thành viên của NATO hay Liên minh châu Âu (EU), dù trước đó nước này đã bày tỏ mong "
      "muốn gia nhập cả 2 liên minh này. Trước đó, trong phát biểu ngày 24/2, người phát ngôn Điện Kremlin Dmitry "
      "Peskov cho biết, Nga không loại trừ khả năng đối thoại với Ukraine nếu như Kiev sẵn sàng.",
      "Điện Kremlin thông báo đã lưu ý việc Tổng thống Ukraine Volodymyr Zelensky sẵn sàng thảo luận về khả năng cam "
      "kết trung lập của Kiev, song cho biết Moskva hiện chưa thể nói gì về cuộc đàm phán có thể diễn ra giữa lãnh đạo "
      "2 nước này.",
      "Người phát ngôn Điện Kremlin Dmitry Peskov cho hay, Nga sẽ xem xét lời đề nghị của Tổng thống Zelensky, đồng "
      "thời nhấn mạnh kỳ vọng của Moskva đối với Kiev vẫn không thay đổi.",
      "Moskva lâu nay vẫn yêu cầu những sự bảo đảm rằng Ukraine sẽ không bao giờ gia nhập Tổ chức Hiệp ước Bắc Đại Tây "
      "Dương (NATO), hoặc cho phép liên minh quân sự này triển khai quân đội và vũ khí trên lãnh thổ quốc gia Đông Âu "
      "này.",
      "Người dân tập trung tại 1 hầm trú ẩn ở thủ đô Kiev, Ukraine, ngày 24/2/2022. (Ảnh: Reuters)"},
     {"Sergey Lavrov", "Mykhailo Podolyak", "Dmitry Peskov", "Volodymyr Zelensky"}},
};

class PeopleInCorpusArticle : public ::testing::TestWithParam<ArticleCase> {};

TEST_P(PeopleInCorpusArticle, NamesEveryPersonOnceInOrder) { EXPECT_EQ(people_in(GetParam().zones), GetParam().expected); }

INSTANTIATE_TEST_SUITE_P(PersonExtractor, PeopleInCorpusArticle, ::testing::ValuesIn(kArticles),
                         [](const ::testing::TestParamInfo<ArticleCase>& info) {
                             return "corpus_" + std::string(info.param.file).substr(0, 3);
                         });

// ---------------------------------------------------------------------------
// One row per rule and per refusal.

struct Row {
    const char* what;
    std::vector<std::string> zones;
    Names expected;
};

const Row kRows[] = {
    // (1) Vietnamese names: surname + one to three capitalised syllables.
    {"vn_full_name", {"Thủ tướng Nguyễn Xuân Phúc chủ trì cuộc họp."}, {"Nguyễn Xuân Phúc"}},
    {"vn_two_syllables", {"Tổng Bí thư Tô Lâm phát biểu."}, {"Tô Lâm"}},
    {"vn_without_cue", {"Hôm qua Lê Duẩn được nhắc tới nhiều lần."}, {"Lê Duẩn"}},
    {"vn_four_syllables", {"Bà Nguyễn Thị Kim Ngân dự lễ."}, {"Nguyễn Thị Kim Ngân"}},
    {"vn_stops_at_lowercase", {"Anh Trần Văn Nam cho biết thêm."}, {"Trần Văn Nam"}},
    {"vn_stops_at_comma", {"Ông Đỗ Đức Thành, Đại sứ tại Romania, phát biểu."}, {"Đỗ Đức Thành"}},
    {"vn_anonymised_initial", {"Anh Trần Văn C (Hà Nội) đi khám."}, {"Trần Văn C"}},
    {"vn_one_word_place_as_given_name", {"Bị cáo Hoàng Anh khai đã đưa tiền."}, {"Hoàng Anh"}},
    {"vn_after_dotted_degree", {"PGS.TS Đồng Văn Hệ nói rõ hơn về bệnh."}, {"Đồng Văn Hệ"}},
    {"vn_unknown_person_kept_as_written", {"Chị Phạm Thị Hồng Nhung, 32 tuổi, là giáo viên."},
     {"Phạm Thị Hồng Nhung"}},
    // Refusals for Vietnamese-looking runs.
    {"place_not_person", {"Hà Nội đón nhiều khách du lịch."}, {}},
    {"country_not_person", {"Đội tuyển Hà Lan thắng trận."}, {}},
    {"surname_then_lowercase_word", {"Cao điểm mùa mưa bắt đầu. Đào tạo nghề được chú trọng."}, {}},
    {"street_name_not_person", {"Cửa hàng trên đường Trần Hưng Đạo đông khách."}, {}},
    {"street_after_house_number_not_person",
     {"Trụ sở: 56/283 Trần Khát Chân, Hà Nội. Chi nhánh: 96 Đinh Tiên Hoàng, TP Huế và 21-23 Nguyễn Biểu, quận 5."}, {}},
    {"shirt_number_before_foreign_name", {"Real Madrid: 1 Keylor Navas, 7 Cristiano Ronaldo."}, {"Cristiano Ronaldo"}},
    {"flower_street_not_person", {"Đường hoa Nguyễn Huệ mở cửa đón khách."}, {}},
    {"intersection_streets_not_people",
     {"Tai nạn tại ngã tư Điện Biên Phủ - Võ Thị Sáu. Nút giao Bưởi – Lạc Long Quân – Hoàng Hoa Thám ùn tắc. "
      "Ở góc đường Nguyễn Du - Tôn Đức Thắng, ông Nguyễn Văn An bị thương."},
     {"Nguyễn Văn An"}},
    {"name_after_a_dash_elsewhere_is_a_person", {"CLB Hà Nội - Nguyễn Văn Quyết ghi bàn phút 89."}, {"Nguyễn Văn Quyết"}},
    {"organisation_not_person", {"Đoàn Thanh niên tổ chức hoạt động tình nguyện."}, {}},
    {"title_case_headline_only_known_names", {"Tăng Cường Hợp Tác Giữa Hai Nước Trong Lĩnh Vực Giáo Dục"}, {}},
    {"title_case_headline_known_name", {"Thủ Tướng Phạm Minh Chính Tiếp Đại Sứ Các Nước"}, {"Phạm Minh Chính"}},
    // (2) Foreign names after a role, past a country or organisation.
    {"foreign_after_role_and_country", {"Ngoại trưởng Nga Sergey Lavrov đến Ankara."}, {"Sergey Lavrov"}},
    {"foreign_after_counterpart", {"người đồng cấp Thổ Nhĩ Kỳ Hakan Fidan phát biểu"}, {"Hakan Fidan"}},
    {"foreign_after_link_and_org", {"người phát ngôn của Điện Kremlin Dmitry Peskov nói"}, {"Dmitry Peskov"}},
    {"foreign_after_honorific", {"Trợ lý Tổng thống Nga, ông Vladimir Medinsky xác nhận"}, {"Vladimir Medinsky"}},
    {"foreign_hyphenated", {"Nhà lãnh đạo Triều Tiên Kim Jong-un thị sát nhà máy."}, {"Kim Jong-un"}},
    {"foreign_unknown_after_role", {"Thủ tướng Pedro Alvarez tới thăm."}, {"Pedro Alvarez"}},
    {"foreign_before_following_role", {"Ông cho biết John Kirby, người phát ngôn Nhà Trắng, đã xác nhận."},
     {"John Kirby"}},
    {"following_role_refuses_place", {"Tại Moskva, Tổng thống Nga nói."}, {}},
    {"following_role_refuses_stopword", {"Theo Reuters, Ngoại trưởng Mỹ đã tới."}, {}},
    {"following_role_refuses_team", {"Trước đó, U20 Việt Nam, huấn luyện viên Hoàng Anh Tuấn đã chơi."},
     {"Hoàng Anh Tuấn"}},
    {"following_role_refuses_publication",
     {"Theo tờ Mundo Albiceleste, huấn luyện viên Claudio Ubeda công bố danh sách."}, {"Claudio Ubeda"}},
    {"foreign_after_role_and_acronym", {"Tổng thống sa thải Giám đốc FBI James Comey hôm 9/5."}, {"James Comey"}},
    {"newspaper_after_role_not_person", {"Trả lời phóng viên Dân Việt, ông Nguyễn Văn Hùng cho biết."},
     {"Nguyễn Văn Hùng"}},
    {"district_not_person", {"Lũ quét ở Thạch Thất, ông Nguyễn Thanh Hải cho biết."}, {"Nguyễn Thanh Hải"}},
    {"bar_association_not_person", {"Luật sư Phạm Thúy Kiều, Đoàn Luật sư TP Hà Nội trả lời."}, {"Phạm Thúy Kiều"}},
    {"team_after_role_not_person", {"Huấn luyện viên U23 Malaysia nói."}, {}},
    // (3) Table names anywhere, no cue needed.
    {"table_name_without_cue", {"Hội nghị có sự tham dự của Emmanuel Macron và Olaf Scholz."},
     {"Emmanuel Macron", "Olaf Scholz"}},
    {"table_sino_vietnamese", {"Chuyến thăm của Tập Cận Bình được chú ý."}, {"Tập Cận Bình"}},
    {"found_name_counts_from_first_uncued_mention",
     {"Nhân vật Jose Rizal được nhắc tới.", "Tiến sĩ Jose Rizal sinh năm 1861."}, {"Jose Rizal"}},
    // (4) Short mentions resolve to the full name in the article.
    {"short_mention_before_full_name", {"Ngoại trưởng Lavrov: Nga sẵn sàng", "Ngoại trưởng Nga Sergei Lavrov cho hay"},
     {"Sergey Lavrov"}},
    {"vn_given_name_resolves", {"Thủ tướng Nguyễn Xuân Phúc đến Hải Phòng. Ông Phúc yêu cầu làm rõ."},
     {"Nguyễn Xuân Phúc"}},
    {"short_mention_from_table", {"Tổng thống Putin có bài phát biểu dài."}, {"Vladimir Putin"}},
    {"unknown_short_mention_dropped", {"Ông Smith cho biết sẽ trở lại."}, {}},
    {"vn_given_name_alone_not_guessed", {"Ông Chính nói thêm về kế hoạch."}, {}},
    // (5) Variants map to the canonical name.
    {"variant_sergei", {"Ngoại trưởng Nga Sergei Lavrov"}, {"Sergey Lavrov"}},
    {"variant_zelenskyy", {"Tổng thống Ukraine Volodymyr Zelenskyy phát biểu"}, {"Volodymyr Zelensky"}},
    {"variant_unaccented", {"Tổng thống Recep Tayyip Erdogan cho biết"}, {"Recep Tayyip Erdoğan"}},
    {"variant_transliteration", {"Tổng thống Pu-tin gặp Tổng thống Ma-crông."}, {"Vladimir Putin", "Emmanuel Macron"}},
    {"variant_xi_jinping", {"Chủ tịch Trung Quốc Xi Jinping"}, {"Tập Cận Bình"}},
    {"variants_are_one_person", {"Ông Kim Jong Un và Kim Jong-un"}, {"Kim Jong-un"}},
    // Places and organisations are never people.
    {"kremlin_white_house", {"Điện Kremlin và Nhà Trắng ra tuyên bố."}, {}},
    {"agencies", {"Hãng thông tấn Anadolu, TASS, Reuters và Al Jazeera đưa tin."}, {}},
    {"forum", {"Ông phát biểu tại Diễn đàn Ngoại giao Antalya."}, {}},
    {"photo_credit", {"Máy bay trên bầu trời Moskva. (Ảnh: Trần Hiếu/TTXVN)"}, {}},
    {"photo_credit_without_parentheses", {"Toàn cảnh hội nghị. Ảnh: Nguyễn Hoàng"}, {}},
    {"credit_runs_into_next_sentence",
     {"Cảnh sát phong tỏa hiện trường. Ảnh: EPA/TTXVN Từ Brussels, Thủ tướng Alexis Tsipras lên án vụ tấn công."},
     {"Alexis Tsipras"}},
    {"ho_chi_minh_city", {"Nhiều người đổ về TP Hồ Chí Minh dịp lễ."}, {}},
    {"ho_chi_minh_road", {"Tai nạn trên đường Hồ Chí Minh đoạn qua Gia Lai."}, {}},
    {"ho_chi_minh_the_man", {"Lễ kỷ niệm ngày sinh Chủ tịch Hồ Chí Minh."}, {"Hồ Chí Minh"}},
    {"pronoun_anh_is_not_a_cue", {"Anh Quốc và Pháp ký thỏa thuận."}, {}},
};

class Rule : public ::testing::TestWithParam<Row> {};

TEST_P(Rule, Extracts) { EXPECT_EQ(people_in(GetParam().zones), GetParam().expected); }

INSTANTIATE_TEST_SUITE_P(PersonExtractor, Rule, ::testing::ValuesIn(kRows),
                         [](const ::testing::TestParamInfo<Row>& info) { return std::string(info.param.what); });

// ---------------------------------------------------------------------------

struct FilterRow {
    const char* typed;
    const char* canonical;
};

void PrintTo(const FilterRow& r, std::ostream* os) { *os << r.typed; }

const FilterRow kFilters[] = {
    {"sergei lavrov", "Sergey Lavrov"},
    {"SERGEY LAVROV", "Sergey Lavrov"},
    {"Zelenskyy", "Volodymyr Zelensky"},
    {"erdogan", "Recep Tayyip Erdoğan"},
    {"xi jinping", "Tập Cận Bình"},
    {"tap can binh", "Tập Cận Bình"},
    {"kim jong un", "Kim Jong-un"},
    {"nguyen phu trong", "Nguyễn Phú Trọng"},
    {"john   smith", "John Smith"},
    {"đặng văn lâm", "Đặng Văn Lâm"},
};

class Filter : public ::testing::TestWithParam<FilterRow> {};

TEST_P(Filter, Canonicalises) { EXPECT_EQ(canonical_person(GetParam().typed), GetParam().canonical); }

INSTANTIATE_TEST_SUITE_P(PersonExtractor, Filter, ::testing::ValuesIn(kFilters));

TEST(PersonExtractor, EmptyInputs) {
    EXPECT_TRUE(people_in({}).empty());
    EXPECT_TRUE(people_in({"", "   ", "..."}).empty());
}

TEST(PersonExtractor, TellsSurnamesTypedWithoutAccents) {
    for (const char* surname : {"nguyen", "le", "tran", "dang", "ngo"})
        EXPECT_TRUE(is_folded_vietnamese_surname(surname)) << surname;
    // Not surnames, or not folded.
    for (const char* word : {"u20", "viet", "thu", "da", "nguyễn"})
        EXPECT_FALSE(is_folded_vietnamese_surname(word)) << word;
}

}  // namespace
}  // namespace tintuc
