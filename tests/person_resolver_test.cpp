#include "person_resolver.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <xapian.h>

#include "document_data.h"
#include "schema.h"
#include "text_folder.h"

namespace tintuc {
namespace {

// An article naming `people` (display forms), stored as the indexer does.
Xapian::docid add_article(Xapian::WritableDatabase& db, const std::vector<std::string>& people) {
    Xapian::Document doc;
    std::string joined;
    for (const std::string& p : people) {
        doc.add_boolean_term(schema::filter_term(schema::kPersonPrefix, p));
        if (!joined.empty()) joined += schema::kValueSeparator;
        joined += p;
    }
    doc.add_value(schema::kSlotPeople, joined);
    store_document_data(doc, {{schema::kDataPeople, people}}, "text");
    return db.add_document(doc);
}

std::vector<std::string> people_of(const Xapian::Database& db, Xapian::docid id) {
    return read_document_data(db.get_document(id)).fields[schema::kDataPeople].get<std::vector<std::string>>();
}

Xapian::doccount articles_with(const Xapian::Database& db, const std::string& name) {
    return db.get_termfreq(schema::filter_term(schema::kPersonPrefix, name));
}

TEST(PersonResolver, GivenNamesJoinTheirOneVietnameseFullName) {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    const Xapian::docid full = add_article(db, {"Nguyễn Hữu Thắng"});
    const Xapian::docid coach = add_article(db, {"Hữu Thắng", "Lương Xuân Trường"});
    const ResolverSummary s = resolve_partial_names(db);
    EXPECT_EQ(s.names_merged, 1u);
    EXPECT_EQ(s.documents_changed, 1u);
    EXPECT_EQ(people_of(db, coach), (std::vector<std::string>{"Nguyễn Hữu Thắng", "Lương Xuân Trường"}));
    EXPECT_EQ(people_of(db, full), (std::vector<std::string>{"Nguyễn Hữu Thắng"}));
    EXPECT_EQ(articles_with(db, "Nguyễn Hữu Thắng"), 2u);
    EXPECT_EQ(articles_with(db, "Hữu Thắng"), 0u);
    EXPECT_EQ(db.get_document(coach).get_value(schema::kSlotPeople),
              std::string("Nguyễn Hữu Thắng") + schema::kValueSeparator + "Lương Xuân Trường");
}

TEST(PersonResolver, ForeignNamesKeepTheirArticles) {
    // One article took the role's organisation into the name ("Giám đốc
    // FBI James Comey"); the articles about James Comey stay his.
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    add_article(db, {"FBI James Comey"});
    const Xapian::docid a = add_article(db, {"James Comey"});
    add_article(db, {"James Comey", "Donald Trump"});
    add_article(db, {"Nhà Trắng Sean Spicer"});
    add_article(db, {"Sean Spicer"});
    const ResolverSummary s = resolve_partial_names(db);
    EXPECT_EQ(s.names_merged, 0u);
    EXPECT_EQ(articles_with(db, "James Comey"), 2u);
    EXPECT_EQ(articles_with(db, "Sean Spicer"), 1u);
    EXPECT_EQ(people_of(db, a), (std::vector<std::string>{"James Comey"}));
}

TEST(PersonResolver, GivenNamesOfSeveralPeopleStayAsTheyAre) {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    add_article(db, {"Hoàng Anh Tuấn"});
    add_article(db, {"Nguyễn Anh Tuấn"});
    const Xapian::docid partial = add_article(db, {"Anh Tuấn"});
    EXPECT_EQ(resolve_partial_names(db).names_merged, 0u);
    EXPECT_EQ(people_of(db, partial), (std::vector<std::string>{"Anh Tuấn"}));
}

}  // namespace
}  // namespace tintuc
