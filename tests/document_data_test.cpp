#include "document_data.h"

#include <gtest/gtest.h>

namespace tintuc {
namespace {

TEST(DocumentData, RoundTripsFieldsAndMultiLineText) {
    const nlohmann::ordered_json fields = {{"id", "3c3a6b45f8cf0ae3"}, {"title", "Hòa bình\ncho Ukraine"}};
    const std::string text = "Dòng đầu.\nDòng hai.\n\n{\"not\": \"json\"}";
    const std::string data = encode_document_data(fields, text);
    // The title's newline is escaped, so the first raw newline ends the JSON.
    EXPECT_EQ(data.substr(0, data.find('\n')), R"({"id":"3c3a6b45f8cf0ae3","title":"Hòa bình\ncho Ukraine"})");
    const DocumentData back = decode_document_data(data);
    EXPECT_EQ(back.fields, fields);
    EXPECT_EQ(back.text, text);
}

TEST(DocumentData, EmptyTextAndUnreadableData) {
    DocumentData d = decode_document_data(encode_document_data({{"id", "x"}}, ""));
    EXPECT_EQ(d.fields["id"], "x");
    EXPECT_EQ(d.text, "");
    d = decode_document_data("not json\ntext");
    EXPECT_TRUE(d.fields.is_null());
    EXPECT_EQ(d.text, "text");
    d = decode_document_data("");
    EXPECT_TRUE(d.fields.is_null());
    EXPECT_EQ(d.text, "");
    // Invalid UTF-8 in a field is replaced, not thrown on.
    d = decode_document_data(encode_document_data({{"title", "b\xff"}}, "t"));
    EXPECT_EQ(d.fields["title"], "b\xEF\xBF\xBD");
}

}  // namespace
}  // namespace tintuc
