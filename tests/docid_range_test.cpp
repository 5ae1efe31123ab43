#include <gtest/gtest.h>

#include <vector>

#include <xapian.h>

#include "docid_range.h"

namespace tintuc {
namespace {

TEST(DocidPart, PartsCoverEveryIdOnceInOrder) {
    for (Xapian::docid last : {1u, 2u, 7u, 10u, 35440u}) {
        for (unsigned parts = 1; parts <= 4; ++parts) {
            Xapian::docid next = 1;
            for (unsigned i = 0; i < parts; ++i) {
                const auto [first, end] = docid_part(last, i, parts);
                EXPECT_EQ(first, next) << last << " ids, part " << i << " of " << parts;
                if (first <= end) next = end + 1;
            }
            EXPECT_EQ(next, last + 1) << last << " ids in " << parts << " parts";
        }
    }
    EXPECT_EQ(docid_part(10, 0, 2), std::make_pair(Xapian::docid{1}, Xapian::docid{5}));
    EXPECT_EQ(docid_part(10, 1, 2), std::make_pair(Xapian::docid{6}, Xapian::docid{10}));
}

// The ids a query matches once filtered to [first, last].
std::vector<Xapian::docid> matched(Xapian::Database& db, const Xapian::Query& q, Xapian::docid first,
                                   Xapian::docid last) {
    Xapian::Enquire enquire(db);
    enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, q,
                                    Xapian::Query((new DocidRangeSource(first, last))->release())));
    enquire.set_docid_order(Xapian::Enquire::ASCENDING);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    std::vector<Xapian::docid> out;
    Xapian::MSet mset = enquire.get_mset(0, 100);
    for (auto it = mset.begin(); it != mset.end(); ++it) out.push_back(*it);
    return out;
}

TEST(DocidRangeSource, KeepsOnlyTheIdsInRangeThatExistAndMatch) {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    for (int i = 1; i <= 10; ++i) {
        Xapian::Document doc;
        doc.add_term(i % 2 ? "odd" : "even");
        db.add_document(doc);
    }
    db.delete_document(5);
    EXPECT_EQ(matched(db, Xapian::Query(std::string()), 4, 7), (std::vector<Xapian::docid>{4, 6, 7}));
    EXPECT_EQ(matched(db, Xapian::Query("odd"), 2, 9), (std::vector<Xapian::docid>{3, 7, 9}));
    EXPECT_EQ(matched(db, Xapian::Query("even"), 9, 20), (std::vector<Xapian::docid>{10}));
    EXPECT_TRUE(matched(db, Xapian::Query("even"), 11, 20).empty());
    EXPECT_TRUE(matched(db, Xapian::Query("odd"), 5, 5).empty());
}

TEST(CheckedPerMatch, KeepsWhatTheLimitsKeep) {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    for (int i = 1; i <= 10; ++i) {
        Xapian::Document doc;
        doc.add_term(i % 2 ? "odd" : "even");
        if (i % 3 == 0) doc.add_term("three");
        db.add_document(doc);
    }
    Xapian::Enquire enquire(db);
    enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query("odd"),
                                    checked_per_match(Xapian::Query("three"))));
    enquire.set_docid_order(Xapian::Enquire::ASCENDING);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    std::vector<Xapian::docid> ids;
    Xapian::MSet mset = enquire.get_mset(0, 100);
    for (auto it = mset.begin(); it != mset.end(); ++it) ids.push_back(*it);
    EXPECT_EQ(ids, (std::vector<Xapian::docid>{3, 9}));
}

}  // namespace
}  // namespace tintuc
