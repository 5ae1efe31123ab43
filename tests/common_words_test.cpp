// The per-article counts of common words (common/common_words.h) and the
// posting source that weighs them (searcher/common_words_source.h).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <sstream>

#include <xapian.h>

#include "bm25.h"
#include "common_words.h"
#include "common_words_source.h"
#include "indexer.h"
#include "schema.h"
#include "searcher.h"

namespace tintuc {
namespace {

TEST(CommonWords, ParsesOneWordPerLineKeepingTheFirstNumber) {
    const CommonWords w = CommonWords::parse("# comment\nco\n\nva\r\nco\ncua  \n");
    EXPECT_EQ(w.size(), 3u);
    EXPECT_EQ(w.id("co"), 0u);
    EXPECT_EQ(w.id("va"), 1u);
    EXPECT_EQ(w.id("cua"), 2u);
    EXPECT_EQ(w.id("lavrov"), std::nullopt);
    EXPECT_EQ(w.serialise(), "co\nva\ncua\n");
    EXPECT_EQ(CommonWords::parse(w.serialise()).serialise(), w.serialise());
}

TEST(CommonWords, BuiltinListStartsWithTheCommonestSyllables) {
    const CommonWords& w = CommonWords::builtin();
    EXPECT_EQ(w.size(), 512u);
    EXPECT_EQ(w.bitmap_bytes(), 64u);
    EXPECT_EQ(w.id("co"), 0u);
    EXPECT_EQ(w.id("va"), 1u);
    EXPECT_TRUE(w.id("nguoi").has_value());
    EXPECT_FALSE(w.id("người").has_value());  // folded forms only
}

// Counts of 1 to 14 take a nibble; 15 and more an escape and a byte
// (capped at 255); the length counts every term added.
TEST(CommonWords, CountsRoundTrip) {
    std::string list;
    for (int i = 0; i < 20; ++i) list.append("w").append(std::to_string(i)).append("\n");
    const CommonWords words = CommonWords::parse(list);
    CommonWordCounter counter(words);
    counter.add("w3", 1);
    counter.add("w0", 14);
    counter.add("lavrov", 7);
    counter.add("w17", 15);
    counter.add("w9", 200);
    counter.add("w9", 100);
    counter.add("w3", 5);
    counter.add("w12", 2);
    const std::string value = counter.encode();
    // 6 header bytes, 3 of bitmap, 5 counts in 3 bytes, 2 escaped counts.
    EXPECT_EQ(value.size(), 6u + 3u + 3u + 2u);
    const CommonWordCounts counts(value, words.bitmap_bytes());
    EXPECT_EQ(counts.length(), 1u + 14 + 7 + 15 + 200 + 100 + 5 + 2);
    EXPECT_EQ(counts.wdf(0), 14u);
    EXPECT_EQ(counts.wdf(3), 6u);
    EXPECT_EQ(counts.wdf(9), 255u);
    EXPECT_EQ(counts.wdf(12), 2u);
    EXPECT_EQ(counts.wdf(17), 15u);
    EXPECT_EQ(counts.wdf(1), 0u);
    EXPECT_EQ(counts.wdf(19), 0u);
    EXPECT_EQ(counts.wdf(400), 0u);
    std::vector<std::uint32_t> wdfs;
    counts.wdfs({0, 1, 3, 9, 12, 17}, wdfs);
    EXPECT_EQ(wdfs, (std::vector<std::uint32_t>{14, 0, 6, 255, 2, 15}));
    // The counter starts afresh, and an article without listed words has
    // no value.
    counter.add("lavrov", 3);
    EXPECT_EQ(counter.encode(), "");
}

TEST(CommonWords, TruncatedValueReadsAsNoWords) {
    const CommonWords words = CommonWords::parse("a\nb\n");
    CommonWordCounter counter(words);
    counter.add("b", 4);
    std::string value = counter.encode();
    EXPECT_EQ(CommonWordCounts(value, 1).wdf(1), 4u);
    value.pop_back();
    EXPECT_EQ(CommonWordCounts(value, 1).wdf(1), 0u);
    EXPECT_EQ(CommonWordCounts("", 1).length(), 0u);
}

// The source must weigh each article as BM25 weighs the word's readings
// as one OP_SYNONYM (scaled the same way), so that the results do not
// depend on which way a word is weighed.
TEST(CommonWordsSource, WeighsAsXapianWeighsTheSynonym) {
    const CommonWords words = CommonWords::parse("dong\nla\n");
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    CommonWordCounter counter(words);
    for (unsigned i = 1; i <= 60; ++i) {
        Xapian::Document doc;
        auto add = [&](const std::string& exact, const std::string& folded, unsigned wdf) {
            if (wdf == 0) return;
            doc.add_term(exact, wdf);
            counter.add(folded, wdf);
        };
        add("đông", "dong", i % 3);
        add("động", "dong", i % 5 == 0 ? 12 : 0);
        add("đồng", "dong", i % 7 == 0 ? 40 : 0);
        add("là", "la", i % 2 ? 1 : 3);
        add("lavrov", "lavrov", i % 4 == 0 ? 2 : 0);
        add("filler", "filler", i);
        if (std::string v = counter.encode(); !v.empty()) doc.add_value(schema::kSlotCommonWords, v);
        db.add_document(doc);
    }
    db.commit();
    const double factor = 1.7;
    const std::vector<Xapian::Query> readings{Xapian::Query("đông"), Xapian::Query("động"), Xapian::Query("đồng")};
    const Xapian::Query synonym(Xapian::Query::OP_SCALE_WEIGHT,
                                Xapian::Query(Xapian::Query::OP_SYNONYM, readings.begin(), readings.end()), factor);
    // Xapian's estimate of the readings' union: the rarer two (đồng in 8,
    // động in 12) first, 8 + 12 - 8 * 12 / 60 = 18.4, rounded to 18; then
    // with đông (40): 18 + 40 - 18 * 40 / 60 = 46.
    ASSERT_EQ(db.get_termfreq("đồng"), 8u);
    ASSERT_EQ(db.get_termfreq("động"), 12u);
    ASSERT_EQ(db.get_termfreq("đông"), 40u);
    const Xapian::Query source((new CommonWordsSource({{0, bm25::idf(46, 60) * factor}}, words.bitmap_bytes(),
                                                       db.get_avlength()))
                                   ->release());
    auto weights = [&](const Xapian::Query& q) {
        Xapian::Enquire e(db);
        e.set_query(Xapian::Query(Xapian::Query::OP_AND_MAYBE, Xapian::Query(std::string()), q));
        e.set_weighting_scheme(bm25::weighting());
        e.set_docid_order(Xapian::Enquire::ASCENDING);
        std::map<Xapian::docid, double> out;
        const Xapian::MSet m = e.get_mset(0, db.get_doccount());
        for (auto it = m.begin(); it != m.end(); ++it) out[*it] = it.get_weight();
        return out;
    };
    const std::map<Xapian::docid, double> expected = weights(synonym), got = weights(source);
    ASSERT_EQ(got.size(), 60u);
    std::size_t weighed = 0;
    for (const auto& [id, w] : expected) {
        EXPECT_NEAR(got.at(id), w, 1e-9) << "article " << id;
        weighed += w > 0;
    }
    EXPECT_GT(weighed, 30u);
}

// On a real index, a long query typed without accents finds the same
// articles with the same scores whether its common words are weighed
// from the counts or from their postings (an index without the list).
TEST(CommonWordsSource, SearchResultsMatchTheIndexWithoutCounts) {
    char tmpl[] = "/tmp/tintuc-cw-XXXXXX";
    ASSERT_NE(mkdtemp(tmpl), nullptr);
    const std::string dir = tmpl, db = dir + "/db";
    IndexOptions options;
    options.database = db;
    options.paths = {std::string(TINTUC_SOURCE_DIR) + "/corpus"};
    std::ostringstream out, err;
    ASSERT_EQ(run_indexer(options, out, err), 0) << err.str();
    const std::string query = "hakan fidan hop bao voi ngoai truong nga lavrov tai tho nhi ky";
    auto results = [&] {
        Searcher s(db, 1);
        SearchOptions o;
        o.limit = 5;
        std::vector<std::pair<std::string, double>> r;
        for (const SearchHit& h : s.search(query, o).hits) r.emplace_back(h.id, h.score);
        return r;
    };
    const auto counted = results();
    {
        Xapian::WritableDatabase w(db);
        EXPECT_FALSE(w.get_metadata(schema::kCommonWordsKey).empty());
        w.set_metadata(schema::kCommonWordsKey, "");
        w.commit();
    }
    const auto postings = results();
    std::filesystem::remove_all(dir);
    ASSERT_EQ(counted.size(), postings.size());
    ASSERT_FALSE(counted.empty());
    for (std::size_t i = 0; i < counted.size(); ++i) {
        EXPECT_EQ(counted[i].first, postings[i].first) << "rank " << i + 1;
        EXPECT_NEAR(counted[i].second, postings[i].second, 1e-6) << "rank " << i + 1;
    }
}

}  // namespace
}  // namespace tintuc
