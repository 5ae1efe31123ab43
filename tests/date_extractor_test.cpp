#include "date_extractor.h"

#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <vector>

namespace tintuc {
namespace {

// The five articles of corpus/, as the article parser hands them over: the
// article's own zones only (no teasers, related links or bylines).
// corpus/000_ca2a72f4214c8902.txt
DateEvidence corpus_000() {
    DateEvidence e;
    e.lead = R"x(Hãng thông tấn Anadolu của Thổ Nhĩ Kỳ ngày 12/4 đưa tin, Ngoại trưởng Nga Sergey Lavrov và người đồng cấp Thổ Nhĩ Kỳ Hakan Fidan đã thảo luận những về những nỗ lực nhằm đạt được thỏa thuận ngừng bắn chấm dứt cuộc xung đột tại Ukraine.)x";
    e.body = {
        R"x(Cuộc thảo luận này diễn ra bên lề Diễn đàn Ngoại giao Antalya được tổ chức ở miền nam Thổ Nhĩ Kỳ từ ngày 11-13/4. Sự kiện này dự kiến quy tụ khoảng 450 đại diện từ 140 quốc gia, trong đó có 20 đại biểu cấp nguyên thủ quốc gia và chính phủ.)x",
        R"x(Tại cuộc gặp, người đứng đầu ngành ngoại giao Nga cho rằng cần giải quyết tận gốc nguyên nhân dẫn đến cuộc xung đột ở Ukraine, đồng thời lưu ý Tổng thống Mỹ Donald Trump là người hiểu rõ về nhu cầu này.)x",
        R"x(Hãng Anadolu dẫn các nguồn tin ngoại giao Thổ Nhĩ Kỳ cho biết, ngoài vấn đề Ukraine, hai ngoại trưởng cũng trao đổi về quan hệ song phương, hợp tác năng lượng và các vấn đề an ninh hàng hải ở Biển Đen. Bên cạnh đó, Ngoại trưởng Fidan và người đồng cấp Lavrov cũng trao đổi về tình hình khu vực Trung Đông, bao gồm những diễn biến mới đây tại Dải Gaza và Syria.)x",
        R"x(Hãng thông tấn TASS của Nga ngày 12/4 dẫn lời người phát ngôn Bộ Ngoại giao nước này, bà Maria Zakharova cho biết, tại diễn đàn nói trên, Ngoại trưởng Lavrov có kế hoạch tiến hành nhiều cuộc gặp song phương, trong đó thảo luận về hàng loạt vấn đề, bao gồm cuộc xung đột ở Ukraine, mặc dù không có kế hoạch gặp Ngoại trưởng Ukraine.)x",
        R"x(Trước khi diễn ra cuộc gặp này, Bộ Ngoại giao Nga thông báo, các dự án chiến lược như nhà máy điện hạt nhân Akkuyu, đường ống dẫn khí đốt Blue Stream và TurkStream ở Biển Đen để nhằm cung cấp khí đốt của Nga cho Thổ Nhĩ Kỳ, cũng nằm trong nội dung thảo luận giữa ông Lavrov và người đồng cấp Fidan.)x",
        R"x(Bộ này nêu rõ ưu tiên hiện nay là duy trì đà tăng trưởng tích cực trong quan hệ thương mại song phương trong bối cảnh hoạt động thương mại của Nga chịu sức ép từ các lệnh trừng phạt của phương Tây.)x",
        R"x(Cuộc gặp giữa Ngoại trưởng Lavrov và người đồng cấp Thổ Nhĩ Kỳ diễn ra trong bối cảnh Mỹ đang nỗ lực thúc đẩy các biện pháp ngoại giao với cả Nga và Ukraine nhằm đem lại hòa bình và chấm dứt cuộc xung đột kéo dài hơn 3 năm qua ở Ukraine.)x",
    };
    e.captions = {
        R"x(Ngoại trưởng Nga Sergey Lavrov tham dự Diễn đàn Ngoại giao Antalya tại Antalya, Thổ Nhĩ Kỳ, ngày 1/3/2024. (Ảnh: Tân Hoa xã))x",
        R"x(Ngoại trưởng Thổ Nhĩ Kỳ Hakan Fidan phát biểu tại cuộc họp báo trong khuôn khổ Diễn đàn Doha 2024 tại Qatar, ngày 8/12/2024. (Ảnh: Tân Hoa xã))x",
    };
    return e;
}

// corpus/001_f2f70c2944731deb.txt
DateEvidence corpus_001() {
    DateEvidence e;
    e.datelines = {R"x(11:45 27/02/2025)x"};
    e.lead = R"x(Các phái đoàn của Nga và Mỹ sẽ gặp nhau tại thành phố Istanbul (Thổ Nhĩ Kỳ) trong ngày 27/2 để thảo luận về việc khôi phục các sứ quán của nhau.)x";
    e.body = {
        R"x(Tuy nhiên, ngày 26/2, Bộ Ngoại giao Mỹ cho hay, cuộc gặp này sẽ không bàn đến vấn đề Ukraine, lưu ý thêm rằng "không có vấn đề chính trị hay an ninh nào trong chương trình nghị sự" tại buổi đàm phán ở Istanbul.)x",
        R"x(Hãng thông tấn TASS dẫn lời một người phát ngôn của bộ trên nhấn mạnh: "Chúng ta sẽ nhanh chóng nhìn rõ tính xây dựng của các cuộc đàm phán, liệu vấn đề sẽ được giải quyết hay không, Nga có thực sự sẵn lòng tham gia một cách thiện chí hay không".)x",
        R"x(Trước đó cùng ngày, Ngoại trưởng Nga Sergei Lavrov xác nhận, phái đoàn của nước này và Mỹ sẽ gặp nhau tại Istanbul trong ngày 27/2 để thảo luận về việc khôi phục các sứ quán của nhau. Hiện tại, Nga không có Đại sứ tại Washington kể từ khi Đại sứ trước đây Anatoly Antonov rời nhiệm sở hồi tháng 10/2024.)x",
        R"x(Ông Lavrov hy vọng rằng, cuộc họp tại Istanbul sẽ chứng minh rõ ràng khả năng của các bên đến đâu trong việc hướng tới sự đồng thuận nhanh chóng và hiệu quả.)x",
        R"x(Ngoại trưởng Mỹ Marco Rubio cũng xác nhận nội dung chính của cuộc gặp, coi đây như một phần trong tiến trình đàm phán nhằm chấm dứt cuộc xung đột ở Ukraine.)x",
        R"x(Cuộc gặp diễn ra sau đàm phán trực tiếp giữa các phái đoàn Nga và Mỹ do các ngoại trưởng của hai nước dẫn đầu ở Riyadh, Saudi Arabia hôm 18/2, kéo dài hơn 4 giờ.)x",
        R"x(Phía Nga cho biết, các phái đoàn đã có cuộc thảo luận nghiêm túc về mọi vấn đề họ muốn thảo luận, bao gồm các cách để đưa lập trường của Nga và Mỹ gần nhau hơn và các cuộc tham vấn trong tương lai về Ukraine. Ngoại trưởng Lavrov mô tả cuộc họp này rất hữu ích, với việc hai bên nhất trí tái lập biên chế đại sứ quán.)x",
    };
    e.captions = {
        R"x(Phái đoàn Nga và Mỹ gặp nhau tại Saudi Arabia hôm 18/2. (Nguồn: Al Jazeera))x",
    };
    return e;
}

// corpus/002_631824edd7c39dc6.txt
DateEvidence corpus_002() {
    DateEvidence e;
    e.lead = R"x(VOV.VN - Ngày 2/6 tới, phái đoàn Nga và Ukraine dự kiến tiến hành vòng đàm phán trực tiếp thứ hai tại Istanbul, Thổ Nhĩ Kỳ nhằm tìm kiếm giải pháp hòa bình cho cuộc xung đột hiện nay.)x";
    e.body = {
        R"x(Ngoại trưởng Nga Sergey Lavrov cho biết, phía Nga đã sẵn sàng trình bày bản ghi nhớ nêu rõ lập trường về việc giải quyết toàn diện nguyên nhân gốc rễ của cuộc xung đột và thảo luận các điều kiện ngừng bắn.)x",
        R"x(Ông Lavrov nhấn mạnh, cuộc đối thoại được khôi phục với sự hỗ trợ của Mỹ, Arab Saudi và Thổ Nhĩ Kỳ. Trước đó, vòng đàm phán đầu tiên tại Istanbul vào ngày 16/5 đã đạt được một số kết quả ban đầu, trong đó có thỏa thuận trao đổi tù nhân theo hình thức “1000 đổi 1000”.)x",
        R"x(Trợ lý Tổng thống Nga, ông Vladimir Medinsky xác nhận, các nhóm đàm phán đang tích cực chuẩn bị văn bản và sẵn sàng thảo luận từng điều khoản của thỏa thuận tổng thể về ngừng bắn. Phía Nga cũng đã đề xuất thời gian và địa điểm cụ thể để trao đổi bản ghi nhớ, đồng thời bày tỏ mong muốn sớm khởi động tiến trình đàm phán thực chất.)x",
        R"x(Người phát ngôn Điện Kremlin, ông Dmitry Peskov khẳng định, tiến triển đạt được là kết quả của các nỗ lực trung gian, trong đó có vai trò cá nhân của Tổng thống Mỹ Donald Trump. Ông cho biết, hai bên đang xây dựng danh sách điều kiện cho một lệnh ngừng bắn tạm thời, tuy nhiên chiến dịch quân sự của Nga vẫn đang tiếp tục trong lúc các cuộc thương lượng được tiến hành.)x",
        R"x(Nga kêu gọi cộng đồng quốc tế ủng hộ tiến trình đối thoại, vì mục tiêu hòa bình lâu dài và bảo vệ sinh mạng người dân.)x",
    };
    return e;
}

// corpus/003_39974d8700508c7d.txt
DateEvidence corpus_003() {
    DateEvidence e;
    e.lead = R"x(Điện Kremlin nêu rõ đến thời điểm này chưa thể tuyên bố thành tựu đáng kể hoặc đột phá nào trong đàm phán, và các phái đoàn đang chuẩn bị cho vòng đàm phán mới tại thành phố Istanbul của Thổ Nhĩ Kỳ.)x";
    e.body = {
        R"x(Ngày 28/3, Điện Kremlin cho biết các cuộc đối thoại giữa Nga và Ukraine cho đến nay vẫn chưa đạt được đột phá nào về xung đột tại Ukraine và các phái đoàn đang chuẩn bị cho vòng đàm phán mới tại thành phố Istanbul của Thổ Nhĩ Kỳ.)x",
        R"x(Phát biểu với báo giới, người phát ngôn của Điện Kremlin Dmitry Peskov nêu rõ đến thời điểm này chưa thể tuyên bố về thành tựu đáng kể hoặc đột phá nào trong đàm phán, song ông nhấn mạnh điều quan trọng là các nhà đàm phán đã quyết định tiếp tục đối thoại trực tiếp.)x",
        R"x(Ông Peskov xác nhận các phái đoàn đến Thổ Nhĩ Kỳ trong ngày 28/3 và ít khả năng đàm phán diễn ra ngay trong ngày.)x",
        R"x(Trong khi đó, Ngoại trưởng Nga Sergei Lavrov cho rằng nên tiến hành một cuộc gặp giữa Tổng thống Nga Vladimir Putin và người đồng cấp Ukraine Volodymyr Zelensky khi hai bên tiến gần hơn tới nhất trí về những vấn đề quan trọng.)x",
        R"x(Theo ông Lavrov, bất cứ cuộc gặp nào giữa hai nhà lãnh đạo để trao đổi quan điểm về xung đột ngay tại thời điểm này đều phản tác dụng.)x",
        R"x(Trước đó, trong cuộc điện đàm vào cuối tuần qua, Tổng thống Putin và người đồng cấp Thổ Nhĩ Kỳ Recep Tayyip Erdogan đã nhất tổ chức vòng đàm phán tiếp theo giữa Nga và Ukraine tại Istanbul.)x",
        R"x(Ông David Arakhamia, một thành viên của đoàn đàm phán Ukraine, cũng xác nhận cuộc đàm phán sẽ diễn ra tại Thổ Nhĩ Kỳ từ ngày 28-30/3.)x",
        R"x(Văn phòng truyền thông của Tổng thống Ukraine ngày 28/3 dẫn lời Tổng thống Zelensky nêu rõ phái đoàn nước này tìm kiếm hòa bình tại các vòng đàm phán mới với Nga.)x",
        R"x(Ông Zelensky nhấn mạnh mục tiêu của Ukraine là hòa bình và khôi phục cuộc sống bình thường tại nước này sớm nhất có thể. Những ưu tiên hàng đầu khác bao gồm chủ quyền, toàn vẹn lãnh thổ và các bảo đảm về an ninh.)x",
        R"x(Kể từ ngày 28/2 vừa qua, Nga và Ukraine đã tiến hành 3 vòng đàm phán trực tiếp tại Belarus.)x",
        R"x(Vòng đàm phán thứ 4 đã bắt đầu vào ngày 14/3 vừa qua theo hình thức họp trực tuyến./.)x",
    };
    e.captions = {
        R"x(Người dân Ukraine sơ tán tránh xung đột tới cửa khẩu ở Palanca, khu vực biên giới giữa Moldova và Ukraine, ngày 14/3/2022. (Ảnh: AFP/TTXVN))x",
    };
    return e;
}

// corpus/004_45f04521a58dd3c9.txt
DateEvidence corpus_004() {
    DateEvidence e;
    e.lead = R"x(Ngày 25/2, Ngoại trưởng Nga Sergei Lavrov cho hay, Moskva sẵn sàng đối thoại với Kiev vào mọi thời điểm với điều kiện binh sĩ Ukraine chịu hạ vũ khí.)x";
    e.body = {
        R"x(Ông Lavrov nhấn mạnh, Nga không có ý định chiếm đóng Ukraine và mục đích của chiến dịch quân sự Nga đang tiến hành tại miền đông Ukraine là nhằm phi quân sự hóa Ukraine và bảo vệ dân thường ở miền đông Ukraine.)x",
        R"x(Trong khi đó, cố vấn Tổng thống Ukraine, ông Mykhailo Podolyak cùng ngày tuyên bố, Ukraine muốn hòa bình và sẵn sàng đàm phán với Nga, bao gồm cả về lập trường trung lập liên quan đến Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO).)x",
        R"x(Trao đổi với Hãng tin Reuters, ông Podolyak nêu rõ nếu có khả năng, 2 bên nên tổ chức các cuộc đàm phán. Ông cũng để ngỏ khả năng sẵn sàng đàm phán với Nga về lập trường trung lập nếu Moskva muốn điều này. Ông nhấn mạnh tinh thần sẵn sàng đối thoại của Ukraine là 1 phần trong nỗ lực bền bỉ “theo đuổi hòa bình”.)x",
        R"x(Ukraine hiện không phải là thành viên của NATO hay Liên minh châu Âu (EU), dù trước đó nước này đã bày tỏ mong muốn gia nhập cả 2 liên minh này. Trước đó, trong phát biểu ngày 24/2, người phát ngôn Điện Kremlin Dmitry Peskov cho biết, Nga không loại trừ khả năng đối thoại với Ukraine nếu như Kiev sẵn sàng.)x",
        R"x(Điện Kremlin thông báo đã lưu ý việc Tổng thống Ukraine Volodymyr Zelensky sẵn sàng thảo luận về khả năng cam kết trung lập của Kiev, song cho biết Moskva hiện chưa thể nói gì về cuộc đàm phán có thể diễn ra giữa lãnh đạo 2 nước này.)x",
        R"x(Người phát ngôn Điện Kremlin Dmitry Peskov cho hay, Nga sẽ xem xét lời đề nghị của Tổng thống Zelensky, đồng thời nhấn mạnh kỳ vọng của Moskva đối với Kiev vẫn không thay đổi.)x",
        R"x(Moskva lâu nay vẫn yêu cầu những sự bảo đảm rằng Ukraine sẽ không bao giờ gia nhập Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO), hoặc cho phép liên minh quân sự này triển khai quân đội và vũ khí trên lãnh thổ quốc gia Đông Âu này.)x",
    };
    e.captions = {
        R"x(Người dân tập trung tại 1 hầm trú ẩn ở thủ đô Kiev, Ukraine, ngày 24/2/2022. (Ảnh: Reuters))x",
    };
    return e;
}

DateEvidence lead_only(std::string lead) {
    DateEvidence e;
    e.lead = std::move(lead);
    return e;
}

DateEvidence with_body(std::string lead, std::vector<std::string> body,
                       std::vector<std::string> captions = {}) {
    DateEvidence e;
    e.lead = std::move(lead);
    e.body = std::move(body);
    e.captions = std::move(captions);
    return e;
}

struct ExtractCase {
    const char* name;
    DateEvidence evidence;
    const char* iso;        // "" when unknown
    const char* precision;  // precision_name()
};

std::vector<ExtractCase> extract_cases() {
    std::vector<ExtractCase> cases = {
        // corpus/: the lead's event date, year from the latest captioned date.
        {"corpus_000_event_date_year_from_captions", corpus_000(), "2025-04-12", "day"},
        {"corpus_001_dateline", corpus_001(), "2025-02-27", "day"},
        {"corpus_002_future_date_and_no_year", corpus_002(), "", "unknown"},
        {"corpus_003_body_opening_date", corpus_003(), "2022-03-28", "day"},
        {"corpus_004_lead_opening_date", corpus_004(), "2022-02-25", "day"},
    };

    // 1. Metadata beats everything.
    {
        DateEvidence e = corpus_001();
        e.metadata = "2025-03-01T08:00:00+07:00";
        cases.push_back({"metadata_beats_dateline", e, "2025-03-01", "day"});
        e.metadata = "2025-03";
        cases.push_back({"metadata_month_precision", e, "2025-03", "month"});
        e.metadata = "2025";
        cases.push_back({"metadata_year_precision", e, "2025", "year"});
        e.metadata = "Thứ Sáu, 28/02/2025 - 08:30 (GMT+7)";
        cases.push_back({"metadata_written_as_dateline", e, "2025-02-28", "day"});
        e.metadata = "hôm qua";
        cases.push_back({"unparsable_metadata_ignored", e, "2025-02-27", "day"});
        e.metadata = "31/02/2025";
        cases.push_back({"impossible_metadata_ignored", e, "2025-02-27", "day"});
    }

    // 2. Datelines: the first that parses.
    {
        DateEvidence e = lead_only("Ngày 1/1/2024, Quốc hội khai mạc kỳ họp.");
        e.datelines = {"Cập nhật", "Thứ Năm, 27/2/2025 - 08:30 (GMT+7)", "18:46 11/06/2025"};
        cases.push_back({"first_parsable_dateline_beats_lead", e, "2025-02-27", "day"});
        e.datelines = {"ngày 27 tháng 2 năm 2025"};
        cases.push_back({"dateline_in_words", e, "2025-02-27", "day"});
        e.datelines = {"tháng 2/2025"};
        cases.push_back({"dateline_month_only", e, "2025-02", "month"});
    }

    // 3. A full date in the lead's first sentence or opening the lead or
    // the first body paragraph.
    const std::vector<ExtractCase> full = {
        {"lead_opening_full_date", lead_only("Ngày 27/2/2025, Bộ Y tế công bố thêm 12 ca bệnh."),
         "2025-02-27", "day"},
        {"lead_full_date_in_words",
         lead_only("Theo TTXVN, ngày 27 tháng 2 năm 2025, Quốc hội đã thông qua luật mới."), "2025-02-27",
         "day"},
        {"lead_full_date_in_parentheses",
         lead_only("Sáng nay (27/2/2025), Thủ tướng chủ trì hội nghị trực tuyến."), "2025-02-27", "day"},
        {"lead_full_date_dashes", lead_only("Chiều 27-2-2025, UBND TP họp báo."), "2025-02-27", "day"},
        {"lead_after_outlet_tag", lead_only("HÀ NỘI - Ngày 27/2/2025, trời mưa to."), "2025-02-27", "day"},
        {"body_opening_full_date",
         with_body("Quốc hội thông qua luật mới.", {"Ngày 27/2/2025, Quốc hội biểu quyết."}), "2025-02-27",
         "day"},
        {"full_date_later_in_body_is_not_the_date",
         with_body("Quốc hội thông qua luật mới.", {"Quốc hội biểu quyết.", "Ngày 27/2/2025, luật có hiệu lực."}),
         "", "unknown"},
        {"full_date_in_caption_only",
         with_body("Quốc hội thông qua luật mới.", {"Quốc hội biểu quyết."}, {"Phiên họp ngày 27/2/2025."}), "",
         "unknown"},
        {"start_of_period_is_not_the_date",
         lead_only("Từ ngày 1/7/2025, người dân có thể làm thủ tục trực tuyến."), "", "unknown"},
        {"full_date_in_second_sentence_only",
         lead_only("Quốc hội họp phiên bất thường. Ngày 27/2/2025, luật được thông qua."), "", "unknown"},
    };
    cases.insert(cases.end(), full.begin(), full.end());

    // 4. The event date without a year.
    const std::vector<ExtractCase> event = {
        {"year_from_latest_full_date_same_year",
         with_body("Ngày 5/3, Bộ Tài chính công bố số liệu.", {"Số liệu tính đến ngày 1/3/2024."}),
         "2024-03-05", "day"},
        {"year_rolls_over_after_latest_full_date",
         with_body("Ngày 5/1, Bộ Tài chính công bố số liệu.", {"Hội nghị ngày 20/12/2024 đã thống nhất."}),
         "2025-01-05", "day"},
        {"event_on_the_reference_day",
         with_body("Ngày 20/12, hội nghị bế mạc.", {"Hội nghị khai mạc ngày 20/12/2024."}), "2024-12-20",
         "day"},
        {"latest_of_several_full_dates",
         with_body("Hôm 18/2, hai bên gặp nhau.", {"Năm 2022, ngày 14/3/2022 ..."},
                   {"Ảnh ngày 8/12/2024.", "Ảnh ngày 1/3/2024."}),
         "2025-02-18", "day"},
        {"cue_hom", with_body("Phái đoàn gặp nhau hôm 18/2 tại Riyadh.", {"Lần đầu là ngày 1/1/2025."}),
         "2025-02-18", "day"},
        {"cue_parentheses",
         with_body("Thủ tướng Đức hôm nay (27/5) cho biết xung đột sẽ kéo dài.", {"Vòng trước diễn ra ngày 16/5/2025."}),
         "2025-05-27", "day"},
        {"cue_sang", with_body("Sáng 26/1, đoàn công tác tới Hà Giang.", {"Từ 1/1/2025 ..."}), "2025-01-26",
         "day"},
        {"cue_toi", with_body("Tối 26/1, đoàn công tác tới Hà Giang.", {"Từ 1/1/2025 ..."}), "2025-01-26",
         "day"},
        {"day_month_with_dash", with_body("Ngày 27-2, trời mưa.", {"Trước đó, ngày 1/1/2025 ..."}), "2025-02-27", "day"},
        {"day_month_with_dot", with_body("Ngày 27.2, trời mưa.", {"Trước đó, ngày 1/1/2025 ..."}), "2025-02-27", "day"},
        {"day_month_in_words", with_body("Ngày 27 tháng 2, trời mưa.", {"Trước đó, ngày 1/1/2025 ..."}), "2025-02-27",
         "day"},
        {"range_counts_as_its_last_day",
         with_body("Diễn đàn diễn ra ngày 11-13/4 tại Antalya.", {"Năm ngoái, ngày 1/3/2024 ..."}),
         "2024-04-13", "day"},
        {"coming_date_is_skipped",
         with_body("Ngày 2/6 tới, hai bên sẽ đàm phán. Hôm 27/5, ông Lavrov cho biết như vậy.",
                   {"Vòng trước diễn ra ngày 16/5/2025."}),
         "2025-05-27", "day"},
        {"only_a_coming_date", with_body("Ngày 2/6 tới, hai bên sẽ đàm phán.", {"Vòng trước diễn ra ngày 16/5/2025."}), "",
         "unknown"},
        {"tomorrow_is_skipped",
         with_body("Ngày mai (28/5), hội nghị sẽ khai mạc.", {"Vòng trước diễn ra ngày 16/5/2025."}), "", "unknown"},
        {"no_year_anywhere_is_unknown", lead_only("Ngày 28/3, Điện Kremlin cho biết đàm phán chưa có đột phá."),
         "", "unknown"},
        {"month_year_is_not_a_reference",
         with_body("Ngày 28/3, Điện Kremlin cho biết.", {"Trong tháng 3/2022, ..."}), "", "unknown"},
        {"body_opening_event_date",
         with_body("Điện Kremlin nêu rõ chưa có đột phá.", {"Sáng 28/3, ông Peskov cho biết.", "Ngày 14/3/2022 ..."}),
         "2022-03-28", "day"},
        {"body_event_date_not_at_start",
         with_body("Điện Kremlin nêu rõ chưa có đột phá.", {"Theo Reuters, ngày 28/3, ông Peskov cho biết."},
                   {"Ảnh ngày 14/3/2022."}),
         "", "unknown"},
        {"event_date_in_later_paragraph_only",
         with_body("Điện Kremlin nêu rõ chưa có đột phá.", {"Ông Peskov cho biết.", "Ngày 28/3, hai bên gặp."},
                   {"Ảnh ngày 14/3/2022."}),
         "", "unknown"},
        {"uncued_day_month_is_not_an_event_date",
         with_body("Tỷ lệ 2/3 số phiếu ủng hộ.", {"Ảnh chụp ngày 14/3/2022."}), "", "unknown"},
        {"impossible_day_month_ignored",
         with_body("Ngày 32/1, ngày 5/13 và ngày 30/2 không có.", {"Ảnh chụp ngày 14/3/2022."}), "", "unknown"},
        {"leap_day_in_leap_year", with_body("Ngày 29/2, trời mưa.", {"Trước đó, ngày 1/2/2024 ..."}), "2024-02-29", "day"},
        {"leap_day_in_common_year", with_body("Ngày 29/2, trời mưa.", {"Trước đó, ngày 1/2/2025 ..."}), "", "unknown"},
        {"future_full_date_is_not_a_reference",
         with_body("Ngày 5/3, Bộ Tài chính công bố số liệu.",
                   {"Số liệu tính đến ngày 1/3/2024.", "Hạn nộp là ngày 31/12/2025 tới."}),
         "2024-03-05", "day"},
        {"cue_hom_nay", with_body("Giá vàng hôm nay 4/6 tăng nhẹ.", {"Phiên trước, ngày 1/6/2017, giá giảm."}),
         "2017-06-04", "day"},
        {"lead_event_date_beats_a_later_full_date_in_its_sentence",
         lead_only("Ngày 12/5, cơ quan điều tra thông báo về vụ tai nạn xảy ra ngày 1/3/2017."), "2017-05-12",
         "day"},
        {"document_date_is_not_the_event_date",
         lead_only("Thông tư số 21/2016/TT-BGDĐT ngày 16/9/2016 quy định mã số giáo viên."), "", "unknown"},
        {"document_date_is_a_reference",
         lead_only("Ngày 6/2, Bộ Công Thương lập ban soạn thảo thay Nghị định số 19 ngày 22/12/2016."), "2017-02-06",
         "day"},
        {"lottery_numbers_are_not_documents",
         with_body("Kết quả xổ số Mega 6/45 ngày 31/5 cho thấy jackpot tăng.", {"Kỳ trước, ngày 28/5/2017, ..."}),
         "2017-05-31", "day"},
        {"period_counts_by_its_first_day",
         with_body("Sáng 10/5, hội nghị khai mạc.", {"Hội nghị diễn ra từ 10 - 12/5/2017."}), "2017-05-10", "day"},
        {"period_start_takes_the_year_of_its_end",
         with_body("Sáng 30/5, Bộ phát động chiến dịch.", {"Chiến dịch kéo dài từ ngày 20/5 đến 30/6/2017."}),
         "2017-05-30", "day"},
        // An anniversary counts as 1 January of its later year; a text date
        // gives a year only to news within 92 days after it (old verdicts,
        // decrees and births in the text gave wrong years on the corpus).
        {"anniversary_gives_its_year",
         with_body("Sáng 17/1, Thành ủy khai mạc triển lãm.",
                   {"Nhân kỷ niệm 127 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2017), ..."}),
         "2017-01-17", "day"},
        {"old_text_date_gives_no_year",
         with_body("Sáng 17/5, tòa tuyên án.", {"Vụ án xảy ra ngày 3/8/2009 tại Hà Nội."}), "", "unknown"},
        {"old_caption_date_still_gives_the_year",
         with_body("Sáng 17/5, tòa tuyên án.", {}, {"Bị cáo tại phiên tòa ngày 3/8/2016. (Ảnh: TTXVN)"}),
         "2017-05-17", "day"},
        {"deadline_is_not_a_reference",
         with_body("Ngày 8/2, Sở GD&ĐT có văn bản chỉ đạo.",
                   {"Theo công văn số 177/UBND-VX ngày 13/1/2017.", "Khảo sát từ nay đến hết ngày 1/3/2017."}),
         "2017-02-08", "day"},
        {"planned_date_is_not_a_reference",
         with_body("Ngày 4/6, Ban Giám khảo công bố 3 đội thi.",
                   {"Cuộc thi khai mạc ngày 30/4/2017.", "Chung kết sẽ diễn ra vào ngày 24/6/2017."}),
         "2017-06-04", "day"},
        {"full_date_with_spaces_around_slashes",
         with_body("Ngày 16-2, Công đoàn khai mạc liên hoan.",
                   {"Chào mừng kỷ niệm 88 năm Ngày thành lập Công đoàn Việt Nam ( 28/7/1929 - 28 /7/2017)."}),
         "2017-02-16", "day"},
        {"codes_are_not_dates",
         with_body("Ngày 5/3, Chính phủ ban hành Nghị định 100/2019/NĐ-CP sửa đổi.", {"Số 12/4/25 và U23/4."}),
         "", "unknown"},
    };
    cases.insert(cases.end(), event.begin(), event.end());

    // 5. Month of the news in the lead's first sentence.
    const std::vector<ExtractCase> month = {
        {"lead_month_year", lead_only("Trong tháng 3/2025, xuất khẩu tăng 10%."), "2025-03", "month"},
        {"lead_month_year_in_words", lead_only("Tháng 3 năm 2025, xuất khẩu tăng 10%."), "2025-03", "month"},
        {"month_year_outside_first_sentence",
         lead_only("Xuất khẩu tăng mạnh. Trong tháng 3/2025, kim ngạch đạt 30 tỷ USD."), "", "unknown"},
        {"month_of_a_comparison", lead_only("Trong tháng 1, xuất khẩu giảm 13% so với tháng 12/2016."), "",
         "unknown"},
        {"month_ending_a_period", lead_only("Atletico bị cấm mua sắm đến tháng 1/2018."), "", "unknown"},
        {"month_starting_the_news", lead_only("Giá điện tăng từ tháng 7/2017."), "2017-07", "month"},
        {"month_looked_back_on", lead_only("Lãi suất không tăng kể từ cuối tháng 1/2017."), "", "unknown"},
        {"month_in_the_past", lead_only("Vụ không kích diễn ra hồi tháng 5/2017 tại Syria."), "", "unknown"},
        {"month_when_the_lead_has_its_day",
         lead_only("Ngày 20/6, liên quân cho biết đã tiêu diệt thủ lĩnh IS trong vụ không kích hồi tháng 5/2017."),
         "", "unknown"},
        {"loose_year_is_too_weak", lead_only("Năm 2025, xuất khẩu dự kiến tăng 10%."), "", "unknown"},
        {"nothing_at_all", DateEvidence{}, "", "unknown"},
    };
    cases.insert(cases.end(), month.begin(), month.end());
    return cases;
}

// Keeps gtest from dumping the bytes of the evidence on failure.
void PrintTo(const ExtractCase& c, std::ostream* os) { *os << c.name; }

class ExtractDateTest : public testing::TestWithParam<ExtractCase> {};

TEST_P(ExtractDateTest, Extracts) {
    const ExtractCase& c = GetParam();
    const PublicationDate d = extract_date(c.evidence);
    EXPECT_EQ(d.iso(), c.iso);
    EXPECT_STREQ(d.precision_name(), c.precision);
}

INSTANTIATE_TEST_SUITE_P(DateExtractor, ExtractDateTest, testing::ValuesIn(extract_cases()),
                         [](const testing::TestParamInfo<ExtractCase>& info) { return info.param.name; });

struct ParseCase {
    const char* text;
    const char* iso;
    const char* precision;
};

TEST(DateExtractor, ParsesDates) {
    const ParseCase cases[] = {
        {"2025-02-27", "2025-02-27", "day"},
        {"2025-02-27T11:45:00+07:00", "2025-02-27", "day"},
        {"2025-02-27T11:45:00Z", "2025-02-27", "day"},
        {"2025-02-27T04:45:00.123Z", "2025-02-27", "day"},
        {"2025-02-27T11:45:00+0700", "2025-02-27", "day"},
        {"2025-02-27 11:45:00", "2025-02-27", "day"},
        {"2025-02", "2025-02", "month"},
        {"2025", "2025", "year"},
        {"27/02/2025", "2025-02-27", "day"},
        {"27-02-2025", "2025-02-27", "day"},
        {"27.2.2025", "2025-02-27", "day"},
        {"27/02/2025 11:45", "2025-02-27", "day"},
        {"27/02/2025 9:05:30", "2025-02-27", "day"},
        {"  27/2/2025 \n", "2025-02-27", "day"},
        {"29/02/2024", "2024-02-29", "day"},
        {"29/02/2000", "2000-02-29", "day"},
        {"1900-01-01", "1900-01-01", "day"},
        {"2100-12-31", "2100-12-31", "day"},
        // Impossible or out of range.
        {"29/02/2025", "", "unknown"},
        {"29/02/1900", "", "unknown"},
        {"31/04/2025", "", "unknown"},
        {"32/01/2025", "", "unknown"},
        {"2025-13", "", "unknown"},
        {"2025-00-10", "", "unknown"},
        {"1899-12-31", "", "unknown"},
        {"2101", "", "unknown"},
        {"27/02/2025 25:00", "", "unknown"},
        // Anything else.
        {"", "", "unknown"},
        {"27/02/25", "", "unknown"},
        {"27/2", "", "unknown"},
        {"111111", "", "unknown"},
        {"hôm nay", "", "unknown"},
        {"2025-02-27 và hôm sau", "", "unknown"},
        {"2025/02", "", "unknown"},
    };
    for (const ParseCase& c : cases) {
        const PublicationDate d = parse_date(c.text);
        EXPECT_EQ(d.iso(), c.iso) << c.text;
        EXPECT_STREQ(d.precision_name(), c.precision) << c.text;
    }
}

TEST(DateExtractor, RecognisesDatelines) {
    const char* datelines[] = {
        "11:45 27/02/2025",
        "Thứ Năm, 27/2/2025",
        "27-02-2025",
        "Thứ Năm, 27/02/2025 - 08:30 (GMT+7)",
        "27/02/2025 11:45 GMT+7",
        "ngày 27 tháng 2 năm 2025",
        "Cập nhật: 27/02/2025 11:45",
        "Đăng lúc 08:30 27/02/2025",
        "Ngày đăng: 27/02/2025",
        "Published: 27/02/2025 11:45 GMT+07:00",
        "Thứ Năm, 27/2/2025 UTC+7",
        "Chủ nhật, 02/03/2025 | 9h30",
        "Chủ Nhật, 2/3/2025",
        "T5, 27/02/2025 08:30:12",
        "CN, 02/03/2025",
        "Thu Nam, 27/2/2025",
        "Thứ hai, ngày 24 tháng 2 năm 2025, 10:00",
        "27.02.2025 | 08:30",
        "2025-02-27T11:45:00+07:00",
        "tháng 2/2025",
    };
    for (const char* line : datelines) EXPECT_TRUE(is_dateline(line)) << line;

    const char* not_datelines[] = {
        "Ngày 28/3, Điện Kremlin cho biết các cuộc đối thoại chưa có đột phá",
        "111111",
        "11-13/4",
        "27/2",
        "Thứ Năm, 27/2",
        "11:45",
        "2025",
        "31/02/2025",
        "27/02/2025 - 28/02/2025",
        "Tin thế giới 23/4:",
        "Nga 27/02/2025",
        "Thứ Tám, 27/2/2025",
        "(TTXVN/Vietnam+)",
        "",
        "Thứ Năm",
        "27/02/25 11:45",
        "19/5/1890",
    };
    for (const char* line : not_datelines) EXPECT_FALSE(is_dateline(line)) << line;
}

TEST(DateExtractor, FormatsAndSorts) {
    struct Case {
        PublicationDate date;
        const char* iso;
        const char* precision;
        int key;
    };
    const Case cases[] = {
        {{2025, 2, 27, DatePrecision::day}, "2025-02-27", "day", 20250227},
        {{2025, 2, 0, DatePrecision::month}, "2025-02", "month", 20250200},
        {{2025, 0, 0, DatePrecision::year}, "2025", "year", 20250000},
        {{}, "", "unknown", 0},
        {{1999, 12, 31, DatePrecision::day}, "1999-12-31", "day", 19991231},
    };
    for (const Case& c : cases) {
        EXPECT_EQ(c.date.iso(), c.iso);
        EXPECT_STREQ(c.date.precision_name(), c.precision);
        EXPECT_EQ(c.date.sort_key(), c.key);
    }
    EXPECT_LT(PublicationDate({2025, 2, 0, DatePrecision::month}).sort_key(),
              PublicationDate({2025, 2, 1, DatePrecision::day}).sort_key());
}

}  // namespace
}  // namespace tintuc
