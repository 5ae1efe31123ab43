#include "document_data.h"

#include <gtest/gtest.h>

#include "schema.h"

namespace tintuc {
namespace {

TEST(DocumentData, RoundTripsFieldsAndMultiLineText) {
    const nlohmann::ordered_json fields = {{"id", "3c3a6b45f8cf0ae3"}, {"title", "Hòa bình\ncho Ukraine"}};
    const std::string text = "Dòng đầu.\nDòng hai.\n\n{\"not\": \"json\"}";
    Xapian::Document doc;
    store_document_data(doc, fields, text);
    EXPECT_EQ(doc.get_data(), R"({"id":"3c3a6b45f8cf0ae3","title":"Hòa bình\ncho Ukraine"})");
    EXPECT_EQ(doc.get_value(schema::kSlotText), text);
    const DocumentData back = read_document_data(doc);
    EXPECT_EQ(back.fields, fields);
    EXPECT_EQ(back.text, text);
}

TEST(DocumentData, FieldsChangeWithoutTouchingTheText) {
    Xapian::Document doc;
    store_document_data(doc, {{"people", {"A"}}}, "Văn bản.");
    store_document_fields(doc, {{"people", {"A", "B"}}});
    const DocumentData d = read_document_data(doc);
    EXPECT_EQ(d.fields["people"].size(), 2u);
    EXPECT_EQ(d.text, "Văn bản.");
}

TEST(DocumentData, EmptyTextAndUnreadableData) {
    Xapian::Document doc;
    store_document_data(doc, {{"id", "x"}}, "");
    DocumentData d = read_document_data(doc);
    EXPECT_EQ(d.fields["id"], "x");
    EXPECT_EQ(d.text, "");
    doc.set_data("not json");
    d = read_document_data(doc);
    EXPECT_TRUE(d.fields.is_null());
    d = read_document_data(Xapian::Document());
    EXPECT_TRUE(d.fields.is_null());
    EXPECT_EQ(d.text, "");
    // Invalid UTF-8 in a field is replaced, not thrown on.
    store_document_data(doc, {{"title", "b\xff"}}, "t");
    EXPECT_EQ(read_document_data(doc).fields["title"], "b\xEF\xBF\xBD");
}

}  // namespace
}  // namespace tintuc
