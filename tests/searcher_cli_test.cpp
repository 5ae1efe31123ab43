// tintuc-search driven as a user would, over an index of corpus/.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "cli_runner.h"

namespace tintuc::test {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

class SearcherCli : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        tmp_ = new TempDir();
        db_ = tmp_->path() + "/db";
        RunResult r = run({TINTUC_INDEX_BIN, "--db", db_, TINTUC_CORPUS});
        ASSERT_EQ(r.status, 0) << r.err;
    }
    static void TearDownTestSuite() {
        delete tmp_;
        tmp_ = nullptr;
    }

    static RunResult search(const std::vector<std::string>& args, const std::string& input = "") {
        std::vector<std::string> argv{TINTUC_SEARCH_BIN, "--db", db_};
        argv.insert(argv.end(), args.begin(), args.end());
        return run(argv, input);
    }

    // File names (corpus ids like "000") of the results, in rank order.
    static std::vector<std::string> ids(const std::string& query, const std::string& limit = "10") {
        RunResult r = search({"--json", "--limit", limit, query});
        EXPECT_LE(r.status, 1) << r.err;
        std::vector<std::string> out;
        json j = json::parse(r.out, nullptr, false);
        if (!j.is_object()) {
            ADD_FAILURE() << "not JSON: " << r.out;
            return out;
        }
        for (const json& hit : j["results"]) out.push_back(fs::path(hit["path"].get<std::string>()).filename().string().substr(0, 3));
        return out;
    }

    static std::set<std::string> id_set(const std::string& query) {
        std::vector<std::string> v = ids(query, "100");
        return {v.begin(), v.end()};
    }

    static TempDir* tmp_;
    static std::string db_;
};

TempDir* SearcherCli::tmp_ = nullptr;
std::string SearcherCli::db_;

const std::set<std::string> kAll{"000", "001", "002", "003", "004"};

TEST_F(SearcherCli, AccentFreeQueryFindsAllLavrovArticles) {
    EXPECT_EQ(id_set("ngoai truong lavrov"), kAll);
    EXPECT_EQ(id_set("Ngoại trưởng Lavrov"), kAll);
}

TEST_F(SearcherCli, PhraseFindsTheAntalyaArticleFirst) {
    const std::vector<std::string> r = ids("\"Hakan Fidan\"");
    ASSERT_FALSE(r.empty());
    EXPECT_EQ(r.front(), "000");
}

// Terms carry no positions: a phrase is its words checked against each
// article's words in order (common/word_sequence.h). Only a holds "Hà Nội"
// side by side; b has the words the other way round, c across the end of
// its title and the start of its lead, d in a teaser (furniture).
TEST(SearcherPhrases, WordsMustStandSideBySideInOneZone) {
    TempDir tmp;
    const std::string db = tmp.path() + "/db";
    tmp.write("news/a.txt", "Tin thời tiết\nNgười dân Hà Nội đón mưa lớn chiều nay.\n");
    tmp.write("news/b.txt", "Tin thời tiết\nNội thành mưa lớn, ngoại thành Hà Đông nắng.\n");
    tmp.write("news/c.txt", "Mưa lớn ở Hà\nNội thành ngập sâu chiều nay sau cơn mưa.\n");
    ASSERT_EQ(run({TINTUC_INDEX_BIN, "--db", db, tmp.path() + "/news"}).status, 0);
    const auto found = [&](const std::string& query) {
        RunResult r = run({TINTUC_SEARCH_BIN, "--db", db, "--json", query});
        std::set<std::string> names;
        json j = json::parse(r.out, nullptr, false);
        if (!j.is_object()) {
            ADD_FAILURE() << query << ": " << r.err;
            return names;
        }
        for (const json& hit : j["results"]) names.insert(fs::path(hit["path"].get<std::string>()).filename().string());
        EXPECT_EQ(j["total"].get<int>(), static_cast<int>(names.size())) << query;
        return names;
    };
    const std::set<std::string> a{"a.txt"};
    EXPECT_EQ(found("ha noi"), (std::set<std::string>{"a.txt", "b.txt", "c.txt"}));
    EXPECT_EQ(found("\"ha noi\""), a);
    EXPECT_EQ(found("\"Hà Nội\""), a);
    EXPECT_EQ(found("\"HÀ NỘI đón\""), a);
    EXPECT_EQ(found("\"noi ha\""), std::set<std::string>{});
    EXPECT_EQ(found("mua -\"ha noi\""), (std::set<std::string>{"b.txt", "c.txt"}));
    EXPECT_EQ(found("\"nội thành\""), (std::set<std::string>{"b.txt", "c.txt"}));
    // Under OR, the phrase is checked inside the query rather than for
    // every match (query_builder.h): the same rule either way.
    EXPECT_EQ(found("\"ha noi\" OR ngap"), (std::set<std::string>{"a.txt", "c.txt"}));
    EXPECT_EQ(found("\"noi ha\" OR ngap"), std::set<std::string>{"c.txt"});
}

TEST_F(SearcherCli, AccentsDoNotChangeWhatIsFound) {
    EXPECT_EQ(id_set("tho nhi ky"), id_set("Thổ Nhĩ Kỳ"));
    EXPECT_EQ(id_set("\"tho nhi ky\""), id_set("\"Thổ Nhĩ Kỳ\""));
    EXPECT_FALSE(id_set("\"tho nhi ky\"").empty());
    const std::set<std::string> peace = id_set("hoa binh");
    EXPECT_FALSE(peace.empty());
    EXPECT_EQ(id_set("hòa bình"), peace);
    EXPECT_EQ(id_set("hoà bình"), peace);                        // new tone placement
    EXPECT_EQ(id_set("ho\xcc\x80" "a bi\xcc\x80nh"), peace);     // NFD, as macOS types it
    EXPECT_EQ(id_set("HÒA BÌNH"), peace);
}

TEST_F(SearcherCli, HyphenatedAndJoinedSpellingsMeet) {
    // corpus/004 writes "Moskva"; a query in either spelling of a
    // hyphenated name finds what is written the other way.
    EXPECT_EQ(id_set("Mát-xcơ-va"), id_set("Matxcơva"));
}

// Sidebars are not the article: these names appear only in the samples'
// related-story teasers and captions of other stories.
TEST_F(SearcherCli, FurnitureIsNotSearchable) {
    for (const std::string q : {"Greenland", "Mercosur", "Tô Lâm", "to lam", "\"Tổng Bí thư\"", "\"Bồ Đào Nha\""})
        EXPECT_EQ(id_set(q), std::set<std::string>{}) << q;
    EXPECT_EQ(id_set("Lavrov"), kAll);
}

TEST_F(SearcherCli, DateAndOutletInResultsAndFilters) {
    RunResult r = search({"--json", "--limit", "10", "--sort", "date", "Lavrov"});
    ASSERT_EQ(r.status, 0) << r.err;
    json j = json::parse(r.out);
    ASSERT_EQ(j["results"].size(), 5u);
    // Newest first, the undated article (002) last.
    std::vector<std::string> order, dates;
    for (const json& hit : j["results"]) {
        order.push_back(fs::path(hit["path"].get<std::string>()).filename().string().substr(0, 3));
        dates.push_back(hit["date"].is_null() ? "null" : hit["date"].get<std::string>());
    }
    EXPECT_EQ(order, (std::vector<std::string>{"000", "001", "003", "004", "002"}));
    EXPECT_EQ(dates, (std::vector<std::string>{"2025-04-12", "2025-02-27", "2022-03-28", "2022-02-25", "null"}));
    EXPECT_EQ(j["results"][1]["outlet"], "Báo Quốc tế");
    EXPECT_EQ(j["results"][1]["date_precision"], "day");
    EXPECT_TRUE(j["results"][4]["outlet"].is_string());  // 002: VOV
    EXPECT_TRUE(j["results"][0]["outlet"].is_null());

    RunResult since = search({"--json", "--since", "2025", "Lavrov"});
    std::set<std::string> got;
    const json since_json = json::parse(since.out);
    for (const json& hit : since_json["results"])
        got.insert(fs::path(hit["path"].get<std::string>()).filename().string().substr(0, 3));
    EXPECT_EQ(got, (std::set<std::string>{"000", "001"}));
    RunResult range = search({"--json", "--since", "2022-03", "--until", "2025-02-27", "Lavrov"});
    got.clear();
    const json range_json = json::parse(range.out);
    for (const json& hit : range_json["results"])
        got.insert(fs::path(hit["path"].get<std::string>()).filename().string().substr(0, 3));
    EXPECT_EQ(got, (std::set<std::string>{"001", "003"}));

    RunResult text = search({"--limit", "1", "--sort", "date", "Lavrov"});
    EXPECT_NE(text.out.find("corpus/000_ca2a72f4214c8902.txt · 2025-04-12\n"), std::string::npos) << text.out;
}

TEST_F(SearcherCli, BadDateOptionsAreErrors) {
    const std::pair<std::vector<std::string>, std::string> cases[] = {
        {{"--since", "2025-13", "Nga"}, "tintuc-search: invalid --since '2025-13': use YYYY, YYYY-MM or YYYY-MM-DD\n"},
        {{"--until", "27/02/2025", "Nga"}, "tintuc-search: invalid --until '27/02/2025': use YYYY, YYYY-MM or YYYY-MM-DD\n"},
        {{"--since", "2025", "--until", "2024", "Nga"}, "tintuc-search: --since '2025' is after --until '2024'\n"},
        {{"--sort", "title", "Nga"}, "tintuc-search: invalid --sort 'title': use relevance or date\n"},
    };
    for (const auto& [args, message] : cases) {
        RunResult r = search(args);
        EXPECT_EQ(r.status, 2);
        EXPECT_EQ(r.err, message);
    }
}


// Facets count one canonical entity per real-world entity, over all
// matching articles, and never count what only the furniture names.
TEST_F(SearcherCli, FacetsOverCorpus) {
    RunResult r = search({"--json", "--facets", "person,city,country,outlet,year", "Lavrov"});
    ASSERT_EQ(r.status, 0) << r.err;
    const json j = json::parse(r.out);
    ASSERT_TRUE(j.contains("facets"));
    auto count_of = [&](const std::string& facet, const std::string& value) -> int {
        for (const json& v : j["facets"][facet])
            if (v["value"] == value) return v["count"].get<int>();
        return 0;
    };
    EXPECT_EQ(j["facets"]["person"][0]["value"], "Sergey Lavrov");
    EXPECT_EQ(count_of("person", "Sergey Lavrov"), 5);
    EXPECT_EQ(count_of("person", "Sergei Lavrov"), 0);  // merged
    EXPECT_EQ(count_of("person", "Dmitry Peskov"), 3);    // 002, 003, 004
    EXPECT_EQ(count_of("person", "Tô Lâm"), 0);           // furniture only
    EXPECT_EQ(count_of("city", "Istanbul"), 3);           // 001, 002, 003
    EXPECT_EQ(count_of("city", "Moskva"), 1);             // 004 writes "Moskva"
    EXPECT_EQ(count_of("country", "Nga"), 5);
    EXPECT_EQ(count_of("country", "Thổ Nhĩ Kỳ"), 4);
    EXPECT_EQ(count_of("country", "Greenland") + count_of("city", "Greenland"), 0);
    EXPECT_EQ(count_of("outlet", "VOV"), 1);
    EXPECT_EQ(count_of("year", "2022"), 2);
    EXPECT_EQ(count_of("year", "2025"), 2);

    RunResult text = search({"--facets", "person,city", "--facet-limit", "2", "Lavrov"});
    EXPECT_NE(text.out.find("\nperson: Sergey Lavrov (5) · "), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("\ncity: Istanbul (3)"), std::string::npos) << text.out;
}

TEST_F(SearcherCli, FiltersAreAliasAndAccentInsensitive) {
    auto ids_with = [&](std::vector<std::string> args) {
        args.insert(args.begin(), {"--json", "--limit", "100"});
        RunResult r = search(args);
        std::set<std::string> out;
        const json j = json::parse(r.out, nullptr, false);
        if (!j.is_object()) return std::set<std::string>{"error: " + r.err};
        for (const json& hit : j["results"])
            out.insert(fs::path(hit["path"].get<std::string>()).filename().string().substr(0, 3));
        return out;
    };
    EXPECT_EQ(ids_with({"--city", "moscow"}), std::set<std::string>{"004"});
    EXPECT_EQ(ids_with({"--city", "Mát-xcơ-va"}), std::set<std::string>{"004"});
    EXPECT_EQ(ids_with({"--person", "sergei lavrov"}), kAll);
    EXPECT_EQ(ids_with({"--person", "Hakan Fidan"}), std::set<std::string>{"000"});
    EXPECT_EQ(ids_with({"--country", "tho nhi ky", "--person", "dmitry peskov"}),
              (std::set<std::string>{"002", "003"}));
    EXPECT_EQ(ids_with({"--outlet", "vov.vn"}), std::set<std::string>{"002"});
    EXPECT_EQ(ids_with({"--outlet", "VOV", "--outlet", "Vietnam+"}), (std::set<std::string>{"002", "003"}));
    EXPECT_EQ(ids_with({"--location", "istanbul", "ukraine"}), (std::set<std::string>{"001", "002", "003"}));
    EXPECT_EQ(ids_with({"person:\"hakan fidan\" Lavrov"}), std::set<std::string>{"000"});
    EXPECT_EQ(ids_with({"city:istanbul"}), (std::set<std::string>{"001", "002", "003"}));
}

TEST_F(SearcherCli, UnknownFacetOrFilterListsTheValidOnes) {
    RunResult r = search({"--facets", "person,colour", "Nga"});
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.err, "tintuc-search: unknown facet 'colour' in --facets; use any of: person, city, country, "
                     "province, region, location, outlet, year, month\n");
    r = search({"colour:red Nga"});
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.err, "tintuc-search: unknown filter 'colour:' in query; use one of: person, city, country, "
                     "province, region, location, outlet\n");
    r = search({"--colour", "red", "Nga"});
    EXPECT_EQ(r.status, 2);
}

TEST_F(SearcherCli, JsonOutputHasTheDocumentedFields) {
    RunResult r = search({"--json", "--limit", "2", "Istanbul"});
    ASSERT_EQ(r.status, 0) << r.err;
    ASSERT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 1);
    json j = json::parse(r.out);
    EXPECT_EQ(j["query"], "Istanbul");
    EXPECT_EQ(j["total"], 3);  // 000 and 004 do not name Istanbul
    EXPECT_TRUE(j["took_ms"].is_number());
    ASSERT_EQ(j["results"].size(), 2u);
    const json& hit = j["results"][0];
    EXPECT_EQ(hit["rank"], 1);
    for (const char* key : {"path", "id", "title", "snippet", "date_precision"}) EXPECT_TRUE(hit[key].is_string()) << key;
    EXPECT_TRUE(hit.contains("date"));
    EXPECT_TRUE(hit.contains("outlet"));
    EXPECT_TRUE(hit["score"].is_number());
    EXPECT_EQ(hit["id"].get<std::string>().size(), 16u);
    EXPECT_NE(hit["snippet"].get<std::string>().find("Istanbul"), std::string::npos);
}

TEST_F(SearcherCli, OffsetPagesThroughResults) {
    const std::vector<std::string> all = ids("ngoai truong lavrov");
    RunResult r = search({"--json", "--offset", "2", "--limit", "2", "ngoai truong lavrov"});
    json j = json::parse(r.out);
    ASSERT_EQ(j["results"].size(), 2u);
    EXPECT_EQ(j["results"][0]["rank"], 3);
    EXPECT_EQ(fs::path(j["results"][0]["path"].get<std::string>()).filename().string().substr(0, 3), all[2]);
}

TEST_F(SearcherCli, TextOutputHighlightsOnlyWhenAsked) {
    RunResult plain = search({"tho nhi ky"});
    EXPECT_EQ(plain.status, 0);
    EXPECT_EQ(plain.out.find("\x1b["), std::string::npos);  // stdout is not a terminal
    EXPECT_NE(plain.out.find("Thổ Nhĩ Kỳ"), std::string::npos);
    EXPECT_NE(plain.out.find("corpus/"), std::string::npos);
    RunResult bold = search({"--color=always", "tho nhi ky"});
    EXPECT_NE(bold.out.find("\x1b[1mThổ Nhĩ Kỳ\x1b[0m"), std::string::npos) << bold.out;
    RunResult never = run({TINTUC_SEARCH_BIN, "--db", db_, "--color=never", "tho"}, "", {"NO_COLOR=1"});
    EXPECT_EQ(never.out.find("\x1b["), std::string::npos);
}

TEST_F(SearcherCli, BatchModeAnswersEveryLineInOrder) {
    RunResult r = search({"--queries", "-", "--limit", "1"}, "hoa binh\n\n\"unbalanced\nIstanbul\r\n");
    EXPECT_EQ(r.status, 0) << r.err;
    std::vector<json> lines;
    std::size_t start = 0, nl;
    while ((nl = r.out.find('\n', start)) != std::string::npos) {
        lines.push_back(json::parse(r.out.substr(start, nl - start)));
        start = nl + 1;
    }
    ASSERT_EQ(lines.size(), 4u) << r.out;
    EXPECT_EQ(lines[0]["query"], "hoa binh");
    EXPECT_EQ(lines[0]["results"].size(), 1u);
    EXPECT_EQ(lines[1]["error"], "empty query: give at least one word to search for");
    EXPECT_EQ(lines[2]["error"], "unbalanced quotes in query: add the closing '\"'");
    EXPECT_EQ(lines[2]["results"].size(), 0u);
    EXPECT_EQ(lines[3]["query"], "Istanbul");
    EXPECT_EQ(lines[3]["total"], 3);
}

TEST_F(SearcherCli, NoResultsExitsOne) {
    RunResult r = search({"xyzzyqwerty"});
    EXPECT_EQ(r.status, 1);
    EXPECT_EQ(r.out.rfind("no results for 'xyzzyqwerty'", 0), 0u);
}

TEST_F(SearcherCli, BadQueriesGetOneLineMessages) {
    const std::pair<std::vector<std::string>, std::string> cases[] = {
        {{"\"Hakan Fidan"}, "tintuc-search: unbalanced quotes in query: add the closing '\"'\n"},
        {{""}, "tintuc-search: empty query: give at least one word to search for\n"},
        {{"Nga", "OR"}, "tintuc-search: 'OR' needs words on both sides\n"},
        {{"--color=sometimes", "Nga"}, "tintuc-search: invalid --color 'sometimes': use auto, always or never\n"},
    };
    for (const auto& [args, message] : cases) {
        RunResult r = search(args);
        EXPECT_EQ(r.status, 2);
        EXPECT_EQ(r.err, message);
    }
    RunResult r = search({"--frobnicate", "Nga"});
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.err.find("unrecognised option '--frobnicate'"), std::string::npos);
}

TEST_F(SearcherCli, MissingDatabaseSaysToRunTheIndexer) {
    RunResult r = run({TINTUC_SEARCH_BIN, "--db", "/nonexistent/tintuc-db", "Nga"});
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.err, "tintuc-search: no index at '/nonexistent/tintuc-db': run 'tintuc-index --db "
                     "/nonexistent/tintuc-db PATH...' first to build it\n");
}

TEST_F(SearcherCli, HelpAndVersion) {
    RunResult r = run({TINTUC_SEARCH_BIN, "--help"});
    EXPECT_EQ(r.status, 0);
    EXPECT_NE(r.out.find("Examples:"), std::string::npos);
    r = run({TINTUC_SEARCH_BIN, "--version"});
    EXPECT_EQ(r.status, 0);
    EXPECT_EQ(r.out.rfind("tintuc-search ", 0), 0u);
}

// An article about ivory says "ngà" many times; a query "Nga" must still
// rank the five articles about Russia above it, typed either way.
TEST(SearcherRanking, NgaRanksRussiaAboveIvory) {
    TempDir tmp;
    const std::string db = tmp.path() + "/db";
    tmp.write("extra/ivory.txt",
              "Bắt giữ lô ngà voi\nCơ quan chức năng thu giữ 200 kg ngà voi. Số ngà này được cất giấu trong "
              "container. Ngà voi và sừng tê giác bị cấm buôn bán; lô ngà được giám định.\n");
    ASSERT_EQ(run({TINTUC_INDEX_BIN, "--db", db, TINTUC_CORPUS, tmp.path() + "/extra"}).status, 0);
    for (const std::string query : {"Nga", "nga"}) {
        RunResult r = run({TINTUC_SEARCH_BIN, "--db", db, "--json", query});
        json j = json::parse(r.out);
        ASSERT_EQ(j["results"].size(), 6u) << query;
        for (int i = 0; i < 5; ++i)
            EXPECT_EQ(j["results"][i]["path"].get<std::string>().find("ivory"), std::string::npos)
                << query << ": rank " << i + 1 << " is the ivory article";
    }
    // Typed with its accent, the ivory article comes first.
    RunResult r = run({TINTUC_SEARCH_BIN, "--db", db, "--json", "ngà"});
    json j = json::parse(r.out);
    EXPECT_NE(j["results"][0]["path"].get<std::string>().find("ivory"), std::string::npos);
}

// Two articles with the same words, so BM25 cannot tell them apart: the
// one holding "Hà Nội" side by side ranks first, typed either way, by
// kPairWeight (0.5) more.
TEST(SearcherRanking, WordsSideBySideRankFirst) {
    TempDir tmp;
    const std::string db = tmp.path() + "/db";
    // The same words in both, "bánh mì" side by side only in b.
    tmp.write("news/a.txt", "Tin ngắn\nChợ bán bánh rồi bán mì gạo sáng nay.\n");
    tmp.write("news/b.txt", "Tin ngắn\nChợ bán bánh mì rồi bán gạo sáng nay.\n");
    ASSERT_EQ(run({TINTUC_INDEX_BIN, "--db", db, tmp.path() + "/news"}).status, 0);
    for (const std::string query : {"banh mi", "bánh mì", "cho ban banh mi"}) {
        json j = json::parse(run({TINTUC_SEARCH_BIN, "--db", db, "--json", query}).out);
        ASSERT_EQ(j["results"].size(), 2u) << query;
        EXPECT_EQ(fs::path(j["results"][0]["path"].get<std::string>()).filename(), "b.txt") << query;
        EXPECT_NEAR(j["results"][0]["score"].get<double>() - j["results"][1]["score"].get<double>(), 0.5, 1e-3)
            << query;
    }
    // By date, nothing is re-ranked: the tie stays in index order.
    json j = json::parse(run({TINTUC_SEARCH_BIN, "--db", db, "--json", "--sort", "date", "banh mi"}).out);
    ASSERT_EQ(j["results"].size(), 2u);
    EXPECT_EQ(fs::path(j["results"][0]["path"].get<std::string>()).filename(), "a.txt");
}

// The JSON answer without its timing and its estimate of all matches, for
// comparing runs; results of equal score in path order, without ranks
// (threads may add a score's parts in another order, so that equal scores
// differ in their last bit and tie the other way).
json without_time(const std::string& out) {
    json j = json::parse(out, nullptr, false);
    if (!j.is_object()) return j;
    j.erase("took_ms");
    j.erase("total");
    if (j.contains("results") && j["results"].is_array()) {
        std::vector<json> hits(j["results"].begin(), j["results"].end());
        for (json& h : hits) h.erase("rank");
        std::stable_sort(hits.begin(), hits.end(), [](const json& a, const json& b) {
            const double sa = a.value("score", 0.0), sb = b.value("score", 0.0);
            if (std::abs(sa - sb) > 1e-9 * std::max(1.0, std::abs(sa))) return sa > sb;
            return a.value("path", "") < b.value("path", "");
        });
        j["results"] = hits;
    }
    return j;
}

unsigned total_of(const std::string& out) {
    json j = json::parse(out, nullptr, false);
    return j.is_object() ? j.value("total", 0u) : 0u;
}

// Split over threads, a query finds the same articles with the same scores
// and facet counts as on one thread: each thread matches a part of the
// index with the whole index's statistics (searcher.h).
void expect_same_on_threads(const std::string& db, const std::vector<std::vector<std::string>>& searches) {
    for (const std::vector<std::string>& args : searches) {
        std::vector<std::string> argv{TINTUC_SEARCH_BIN, "--db", db, "--json", "--threads", "1"};
        argv.insert(argv.end(), args.begin(), args.end());
        const RunResult one = run(argv);
        ASSERT_LE(one.status, 1) << one.err;
        const json expected = without_time(one.out);
        ASSERT_TRUE(expected.is_object()) << one.out;
        for (const std::string threads : {"2", "3"}) {
            argv[5] = threads;
            const RunResult many = run(argv);
            EXPECT_EQ(many.status, one.status) << threads << " threads: " << args.back();
            EXPECT_EQ(without_time(many.out), expected) << threads << " threads: " << args.back();
            // The estimate of all matches is Xapian's, made per part when
            // the match stops early, so it may differ a little.
            const double a = total_of(one.out), b = total_of(many.out);
            EXPECT_LE(std::abs(a - b), std::max(2.0, 0.1 * a)) << threads << " threads: " << args.back();
        }
    }
}

TEST_F(SearcherCli, ThreadsChangeNothingButTheTime) {
    expect_same_on_threads(db_, {{"Lavrov"},
                                 {"ngoai truong lavrov tho nhi ky hoa binh ukraine"},
                                 {"Ngoại trưởng Nga Sergey Lavrov gặp người đồng cấp Thổ Nhĩ Kỳ"},
                                 {"\"tho nhi ky\""},
                                 {"--facets", "person,city,country,outlet,year", "nga"},
                                 {"--sort", "date", "--limit", "3", "hoa binh"},
                                 {"--offset", "2", "--limit", "2", "lavrov"},
                                 {"--country", "Nga", "--facets", "city", ""}});
}

TEST(SearcherThreads, LargerArchiveRanksTheSameOnAnyNumberOfThreads) {
    TempDir tmp;
    // 60 articles that share words in varying amounts, so that scores
    // differ and parts of the index hold different best matches.
    const std::vector<std::string> words{"mưa", "rào", "dông", "rải", "rác", "Hà Nội", "sáng", "đêm",
                                         "nắng", "nóng", "ngày 1/7", "bão", "số", "giật", "cấp"};
    for (int i = 0; i < 60; ++i) {
        std::string body;
        for (std::size_t w = 0; w < words.size(); ++w)
            if ((i * 7 + w * 3) % 5 < 2 || (i + w) % 11 == 0) body += words[w] + " ";
        tmp.write("news/" + std::to_string(i) + ".txt", "Thời tiết " + std::to_string(i) + "\n" + body + "rồi tạnh.\n");
    }
    const std::string db = tmp.path() + "/db";
    ASSERT_EQ(run({TINTUC_INDEX_BIN, "--db", db, tmp.path() + "/news"}).status, 0);
    expect_same_on_threads(db, {{"--limit", "20", "Thoi tiet ngay 1/7: Ha Noi sang va dem co mua rao va dong rai rac"},
                                {"--limit", "20", "Thời tiết ngày 1/7: Hà Nội sáng và đêm có mưa rào"},
                                {"--limit", "20", "bao so giat cap"},
                                {"--limit", "5", "--offset", "5", "nang nong"},
                                {"--facets", "city,year", "--limit", "20", "mua"}});
}

// A filter only removes articles: each article it keeps scores as it does
// unfiltered (by date, so that no re-ranking of the first ten intervenes).
TEST(SearcherFilters, FilteredArticlesKeepTheirScores) {
    TempDir tmp;
    for (int i = 0; i < 40; ++i)
        tmp.write("news/" + std::to_string(i) + ".txt",
                  "Thời tiết " + std::to_string(i) + "\n" + (i % 3 ? "Hà Nội" : "Đà Nẵng") +
                      (i % 4 ? " sáng nay có mưa rào, ngày 1/7 trời nắng." : " ngày 7 tháng 1 có mưa rải rác.") + "\n");
    const std::string db = tmp.path() + "/db";
    ASSERT_EQ(run({TINTUC_INDEX_BIN, "--db", db, tmp.path() + "/news"}).status, 0);
    const std::string query = "Thoi tiet ngay 1/7: Ha Noi sang va dem co mua rao va dong rai rac";
    auto scores = [&](const std::vector<std::string>& extra) {
        std::vector<std::string> argv{TINTUC_SEARCH_BIN, "--db", db, "--json", "--sort", "date", "--limit", "100"};
        argv.insert(argv.end(), extra.begin(), extra.end());
        argv.push_back(query);
        std::map<std::string, double> out;
        const RunResult r = run(argv);
        EXPECT_EQ(r.status, 0) << r.err;
        const json j = json::parse(r.out);
        for (const json& h : j["results"]) out[h["path"].get<std::string>()] = h["score"].get<double>();
        return out;
    };
    const std::map<std::string, double> all = scores({});
    const std::map<std::string, double> filtered = scores({"--location", "ha noi"});
    ASSERT_FALSE(filtered.empty());
    EXPECT_LT(filtered.size(), all.size());
    for (const auto& [path, score] : filtered) {
        ASSERT_TRUE(all.count(path)) << path;
        EXPECT_DOUBLE_EQ(score, all.at(path)) << path;
    }
}

TEST_F(SearcherCli, InvalidThreadCountIsRefused) {
    for (const std::string bad : {"0", "17"}) {
        RunResult r = search({"--threads", bad, "Lavrov"});
        EXPECT_EQ(r.status, 2) << bad;
        EXPECT_NE(r.err.find("invalid --threads '" + bad + "': give 1 to 16"), std::string::npos) << r.err;
    }
    RunResult r = search({"--threads", "two", "Lavrov"});
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.err.find("--threads"), std::string::npos) << r.err;
}

// An archive where "da nang" reads as in news at large: "đã" and "năng"
// are common, "đa năng" occurs, and one article is about Đà Nẵng (written
// `city` in it). Indexed into `db`.
void index_da_nang_archive(TempDir& tmp, const std::string& dir, const std::string& city, const std::string& db) {
    tmp.write(dir + "/a.txt", "Sản phẩm mới\nMáy đa năng ra mắt, bán chạy.\n");
    tmp.write(dir + "/b.txt", "Khách sạn mới\nMột khách sạn mới mở cửa tại " + city + " vào sáng nay.\n");
    for (int i = 0; i < 10; ++i)
        tmp.write(dir + "/other" + std::to_string(i) + ".txt",
                  "Tin vắn\nTrời đã mưa, năng lượng mặt trời giảm ở miền núi.\n");
    ASSERT_EQ(run({TINTUC_INDEX_BIN, "--db", db, tmp.path() + "/" + dir}).status, 0);
}

TEST(SearcherRanking, PlacesTypedWithoutAccentsRankFirst) {
    TempDir tmp;
    const std::string db = tmp.path() + "/db";
    index_da_nang_archive(tmp, "news", "Đà Nẵng", db);
    for (const std::string query : {"da nang", "Đà Nẵng", "khach san da nang"}) {
        json j = json::parse(run({TINTUC_SEARCH_BIN, "--db", db, "--json", query}).out);
        ASSERT_GE(j["results"].size(), 1u) << query;
        EXPECT_EQ(fs::path(j["results"][0]["path"].get<std::string>()).filename(), "b.txt") << query;
    }
    // The city written in lower case, which the indexer does not take for a
    // place: the commonest readings, "đã" and "năng", score highest, but
    // the re-ranking puts the articles holding the two words side by side
    // first ("đa năng" and "đà nẵng" alike: nothing tells them apart).
    const std::string db2 = tmp.path() + "/db2";
    index_da_nang_archive(tmp, "lower", "đà nẵng", db2);
    json j = json::parse(run({TINTUC_SEARCH_BIN, "--db", db2, "--json", "da nang"}).out);
    ASSERT_GE(j["results"].size(), 3u);
    std::set<std::string> first_two;
    for (int i = 0; i < 2; ++i) first_two.insert(fs::path(j["results"][i]["path"].get<std::string>()).filename());
    EXPECT_EQ(first_two, (std::set<std::string>{"a.txt", "b.txt"}));
    EXPECT_EQ(fs::path(j["results"][2]["path"].get<std::string>()).filename().string().rfind("other", 0), 0u);
}

}  // namespace
}  // namespace tintuc::test
