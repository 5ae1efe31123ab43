// tintuc-index driven as a user would: summaries, incremental runs, bad
// input, exit statuses.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <regex>

#include <nlohmann/json.hpp>
#include <xapian.h>

#include "cli_runner.h"

namespace tintuc::test {
namespace {

namespace fs = std::filesystem;

// Windows-1258 bytes of "Hòa bình ở Đà Nẵng\nNgười dân Việt Nam mong muốn
// hòa bình và thịnh vượng.\n" (iconv -t CP1258: tones as combining bytes).
const std::string kCp1258 =
    "\x48\x6f\xcc\x61\x20\x62\x69\xcc\x6e\x68\x20\xf5\xd2\x20\xd0\xe0\x20\x4e\xe3\xde\x6e\x67\x0a\x4e\x67\xfd\xf5\xcc"
    "\x69\x20\x64\xe2\x6e\x20\x56\x69\xea\xf2\x74\x20\x4e\x61\x6d\x20\x6d\x6f\x6e\x67\x20\x6d\x75\xf4\xec\x6e\x20\x68"
    "\x6f\xcc\x61\x20\x62\x69\xcc\x6e\x68\x20\x76\xe0\x20\x74\x68\x69\xf2\x6e\x68\x20\x76\xfd\xf5\xf2\x6e\x67\x2e\x0a";
// The same kind of text in TCVN3 (iconv -t TCVN5712-1): not decodable.
const std::string kTcvn3 =
    "\x48\xdf\x61\x20\x62\xd7\x6e\x68\x20\xeb\x20\xa7\xb5\x20\x4e\xbd\x6e\x67\x0a\x4e\x67\xad\xea\x69\x20\x64\xa9\x6e"
    "\x20\x56\x69\xd6\x74\x20\x4e\x61\x6d\x20\x6d\x6f\x6e\x67\x20\x6d\x75\xe8\x6e\x20\x68\xdf\x61\x20\x62\xd7\x6e\x68"
    "\x2e\x0a";

RunResult index(const std::vector<std::string>& args) {
    std::vector<std::string> argv{TINTUC_INDEX_BIN};
    argv.insert(argv.end(), args.begin(), args.end());
    return run(argv);
}

RunResult search_json(const std::string& db, const std::string& query) {
    return run({TINTUC_SEARCH_BIN, "--db", db, "--json", query});
}

// "5 added, 0 updated, ..." without the database path and the time.
std::string counts(const RunResult& r) {
    std::smatch m;
    static const std::regex re("(\\d+ added, \\d+ updated, \\d+ unchanged, \\d+ removed, \\d+ failed) in [0-9.]+ s");
    if (!std::regex_search(r.out, m, re)) return "no summary in: " + r.out + r.err;
    return m[1];
}

Xapian::doccount doc_count(const std::string& db) { return Xapian::Database(db).get_doccount(); }

void copy_corpus(const std::string& to) {
    fs::create_directories(to);
    for (const auto& e : fs::directory_iterator(TINTUC_CORPUS)) fs::copy_file(e.path(), fs::path(to) / e.path().filename());
}

TEST(IndexerCli, IndexesTheCorpus) {
    TempDir tmp;
    const std::string db = tmp.path() + "/db";
    RunResult r = index({"--db", db, TINTUC_CORPUS});
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(counts(r), "5 added, 0 updated, 0 unchanged, 0 removed, 0 failed");
    EXPECT_EQ(r.err, "");  // stderr is not a terminal: no progress line
    EXPECT_EQ(doc_count(db), 5u);
}

TEST(IndexerCli, TimingsSayWhereTheTimeWent) {
    TempDir tmp;
    RunResult r = index({"--timings", "--db", tmp.path() + "/db", TINTUC_CORPUS});
    EXPECT_EQ(r.status, 0) << r.err;
    static const std::regex re(
        "\ntime \\(s\\): scan [0-9.]+, writer waiting for \\(or doing\\) analysis [0-9.]+, writing [0-9.]+, "
        "committing [0-9.]+, collection pass [0-9.]+; CPU: analysis [0-9.]+ \\([0-9.]+ of it on the writer thread\\), "
        "writing [0-9.]+\n$");
    EXPECT_TRUE(std::regex_search(r.out, re)) << r.out;
}

// Readings of folded words go to the synonym table: what lets an
// accent-free query find every spelling.
TEST(IndexerCli, RecordsTheReadingsOfFoldedWords) {
    TempDir tmp;
    const std::string db = tmp.path() + "/db";
    ASSERT_EQ(index({"--db", db, TINTUC_CORPUS}).status, 0);
    Xapian::Database d(db);
    EXPECT_TRUE(d.term_exists("nga"));  // "Nga" (Russia): ASCII, its own term, not listed as a reading
    const std::vector<std::string> nga(d.synonyms_begin("nga"), d.synonyms_end("nga"));
    EXPECT_EQ(std::count(nga.begin(), nga.end(), "nga"), 0);
    EXPECT_EQ(std::vector<std::string>(d.synonyms_begin("ngoai"), d.synonyms_end("ngoai")),
              (std::vector<std::string>{"ngoài", "ngoại"}));
}

// An index of another layout (here: one made before layouts were
// recorded) is refused by both binaries with the command that fixes it,
// rather than searched wrongly; --rebuild replaces it.
TEST(IndexerCli, IndexOfAnotherLayoutMustBeRebuilt) {
    TempDir tmp;
    const std::string db = tmp.path() + "/db";
    ASSERT_EQ(index({"--db", db, TINTUC_CORPUS}).status, 0);
    EXPECT_EQ(Xapian::Database(db).get_metadata("tintuc.schema"), "7");
    {
        Xapian::WritableDatabase w(db);
        w.set_metadata("tintuc.schema", "");
        w.commit();
    }
    RunResult r = search_json(db, "Nga");
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(r.err, "tintuc-search: index '" + db +
                         "' was built by another version of tintuc (index layout 1, this one reads 7): rebuild it "
                         "with 'tintuc-index --rebuild --db " + db + " PATH...'\n");
    r = index({"--db", db, TINTUC_CORPUS});
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.err, "tintuc-index: cannot update index '" + db +
                         "': it was built by another version of tintuc (index layout 1, this one writes 7); "
                         "rebuild it with --rebuild\n");
    EXPECT_EQ(doc_count(db), 5u);
    r = index({"--rebuild", "--db", db, TINTUC_CORPUS});
    EXPECT_EQ(counts(r), "5 added, 0 updated, 0 unchanged, 0 removed, 0 failed");
    EXPECT_EQ(search_json(db, "Nga").status, 0);
}

TEST(IndexerCli, IncrementalRunsAddUpdateSkipAndRemove) {
    TempDir tmp;
    const std::string db = tmp.path() + "/db";
    const std::string dir = tmp.path() + "/articles";
    copy_corpus(dir);
    ASSERT_EQ(counts(index({"--db", db, dir})), "5 added, 0 updated, 0 unchanged, 0 removed, 0 failed");
    ASSERT_EQ(counts(index({"--db", db, dir})), "0 added, 0 updated, 5 unchanged, 0 removed, 0 failed");

    // Modify one (new size), delete one, add one in a subdirectory.
    tmp.write("articles/000_ca2a72f4214c8902.txt", "Bài đã sửa\nNội dung mới về Đà Nẵng.\n");
    fs::remove(dir + "/004_45f04521a58dd3c9.txt");
    tmp.write("articles/sub/new.txt", "Bài mới\nHội An đón khách.\n");
    tmp.write("articles/sub/ignored.md", "not a .txt file\n");
    RunResult r = index({"--db", db, dir});
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(counts(r), "1 added, 1 updated, 3 unchanged, 1 removed, 0 failed");
    EXPECT_EQ(doc_count(db), 5u);

    // The update replaced the old text rather than adding to it.
    EXPECT_NE(search_json(db, "da nang").out.find("Bài đã sửa"), std::string::npos);
    EXPECT_EQ(search_json(db, "Hakan Fidan").status, 1);
    EXPECT_EQ(search_json(db, "hoi an").status, 0);

    // Same size, new mtime: re-indexed.
    const std::string f = dir + "/001_f2f70c2944731deb.txt";
    fs::last_write_time(f, fs::last_write_time(f) + std::chrono::seconds(5));
    EXPECT_EQ(counts(index({"--db", db, dir})), "0 added, 1 updated, 4 unchanged, 0 removed, 0 failed");

    EXPECT_EQ(counts(index({"--db", db, "--rebuild", dir})), "5 added, 0 updated, 0 unchanged, 0 removed, 0 failed");
    EXPECT_EQ(doc_count(db), 5u);
}

TEST(IndexerCli, SameFileThroughAnotherPathIsOneArticle) {
    TempDir tmp;
    const std::string db = tmp.path() + "/db";
    const std::string via = std::string(TINTUC_CORPUS) + "/../corpus/000_ca2a72f4214c8902.txt";
    EXPECT_EQ(counts(index({"--db", db, TINTUC_CORPUS, via})), "5 added, 0 updated, 0 unchanged, 0 removed, 0 failed");
}

TEST(IndexerCli, BadFilesAreSkippedWithTheirReason) {
    TempDir tmp;
    const std::string db = tmp.path() + "/db";
    const std::string dir = tmp.path() + "/in";
    tmp.write("in/good.txt", "Hòa bình\nBài viết bình thường.\n");
    tmp.write("in/cp1258.txt", kCp1258);
    tmp.write("in/tcvn3.txt", kTcvn3);
    tmp.write("in/broken.txt", "Ti\xeau \xff\xfe\xfd\xfc\n\x80\x81 text\n");
    tmp.write("in/empty.txt", "");
    tmp.write("in/binary.txt", std::string("PK\x03\x04\0\0\0\x10", 8) + "data");
    fs::create_symlink(dir + "/nowhere", dir + "/dangling.txt");
    RunResult r = index({"--db", db, dir});
    EXPECT_EQ(r.status, 3);
    EXPECT_EQ(counts(r), "2 added, 0 updated, 0 unchanged, 0 removed, 5 failed");
    const std::string p = fs::canonical(dir).string();
    EXPECT_NE(r.err.find("skipped '" + p + "/empty.txt': empty file\n"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("skipped '" + p + "/binary.txt': binary file"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("skipped '" + p + "/tcvn3.txt': not UTF-8 or Windows-1258; looks like TCVN3, VISCII or VNI"),
              std::string::npos)
        << r.err;
    EXPECT_NE(r.err.find("skipped '" + p + "/broken.txt': not UTF-8 or Windows-1258"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("skipped '" + p + "/dangling.txt': cannot read: No such file or directory"),
              std::string::npos)
        << r.err;
    // The Windows-1258 file was decoded and is searchable with and without accents.
    RunResult found = search_json(db, "thinh vuong");
    EXPECT_EQ(found.status, 0);
    EXPECT_NE(found.out.find("cp1258.txt"), std::string::npos);
    EXPECT_NE(found.out.find("thịnh vượng"), std::string::npos);
}

TEST(IndexerCli, MissingPathIsAnError) {
    TempDir tmp;
    RunResult r = index({"--db", tmp.path() + "/db", TINTUC_CORPUS, tmp.path() + "/nope"});
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.err, "tintuc-index: cannot index '" + tmp.path() + "/nope': No such file or directory\n");
    EXPECT_FALSE(fs::exists(tmp.path() + "/db"));  // nothing done before the check
}

TEST(IndexerCli, UnwritableDatabaseIsAnError) {
    TempDir tmp;
    const std::string file = tmp.write("plain-file", "x");
    RunResult r = index({"--db", file + "/db", TINTUC_CORPUS});
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.err.rfind("tintuc-index: cannot create database '" + file + "/db': ", 0), 0u) << r.err;
}

TEST(IndexerCli, SecondIndexerIsToldTheDatabaseIsLocked) {
    TempDir tmp;
    const std::string db = tmp.path() + "/db";
    Xapian::WritableDatabase holder(db, Xapian::DB_CREATE_OR_OPEN);
    RunResult r = index({"--db", db, TINTUC_CORPUS});
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.err, "tintuc-index: cannot open database '" + db +
                         "': locked by another indexer; wait for it to finish, then run again\n");
}

TEST(IndexerCli, DefaultDatabaseFollowsTheEnvironment) {
    TempDir tmp;
    RunResult r = run({TINTUC_INDEX_BIN, TINTUC_CORPUS}, "", {"TINTUC_DB=", "XDG_DATA_HOME=" + tmp.path() + "/xdg"});
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(doc_count(tmp.path() + "/xdg/tintuc/db"), 5u);
    r = run({TINTUC_INDEX_BIN, TINTUC_CORPUS}, "", {"TINTUC_DB=" + tmp.path() + "/env-db"});
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(doc_count(tmp.path() + "/env-db"), 5u);
}

TEST(IndexerCli, UsageErrors) {
    RunResult r = index({});
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.err.rfind("tintuc-index: no path to index given\n", 0), 0u);
    r = index({"--bogus", "x"});
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.err.find("unrecognised option '--bogus'"), std::string::npos) << r.err;
    r = index({"--help"});
    EXPECT_EQ(r.status, 0);
    EXPECT_NE(r.out.find("Examples:"), std::string::npos);
    r = index({"--version"});
    EXPECT_EQ(r.status, 0);
    EXPECT_EQ(r.out.rfind("tintuc-index ", 0), 0u);
}

TEST(IndexerCli, AnalyzePrintsWhatTheIndexerSees) {
    RunResult r = index({"--analyze", "--json", TINTUC_CORPUS});
    ASSERT_EQ(r.status, 0) << r.err;
    std::vector<nlohmann::json> lines;
    std::size_t start = 0, nl;
    while ((nl = r.out.find('\n', start)) != std::string::npos) {
        lines.push_back(nlohmann::json::parse(r.out.substr(start, nl - start)));
        start = nl + 1;
    }
    ASSERT_EQ(lines.size(), 5u);
    const nlohmann::json& a = lines[1];  // corpus/001, files come sorted
    EXPECT_NE(a["path"].get<std::string>().find("001_f2f70c2944731deb.txt"), std::string::npos);
    EXPECT_EQ(a["title"], "Các phái đoàn Nga, Mỹ lại gặp nhau, sẽ chẳng mảy may động đến vấn đề Ukraine?");
    EXPECT_EQ(a["date"], "2025-02-27");
    EXPECT_EQ(a["date_precision"], "day");
    EXPECT_EQ(a["outlet"], "Báo Quốc tế");
    for (const char* zone : {"title", "lead", "body", "captions", "furniture"}) EXPECT_TRUE(a["chars"][zone].is_number());
    EXPECT_GT(a["chars"]["furniture"].get<int>(), 1000);
    EXPECT_TRUE(lines[2]["date"].is_null());  // 002: no year anywhere
    EXPECT_EQ(lines[2]["date_precision"], "unknown");
    EXPECT_TRUE(lines[0]["outlet"].is_null());
    EXPECT_EQ(a["people"], (nlohmann::json{"Sergey Lavrov", "Anatoly Antonov", "Marco Rubio"}));
    EXPECT_EQ(a["locations"][3], (nlohmann::json{{"name", "Istanbul"}, {"type", "city"}}));
    EXPECT_EQ(lines[4]["people"][0], "Sergey Lavrov");  // 004 writes "Sergei Lavrov"

    RunResult text = index({"--analyze", std::string(TINTUC_CORPUS) + "/002_631824edd7c39dc6.txt"});
    EXPECT_EQ(text.status, 0);
    EXPECT_NE(text.out.find("  outlet:   VOV\n"), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("  dropped:  Mời quý độc giả theo dõi VOV.VN trên"), std::string::npos) << text.out;
    EXPECT_EQ(index({"--json", TINTUC_CORPUS}).status, 2);  // --json needs --analyze
}

TEST(IndexerCli, IndexesJsonJsonlHtmlAndHeaderedText) {
    TempDir tmp;
    const std::string db = tmp.path() + "/db";
    tmp.write("in/one.json",
              R"({"title": "Hội An đón khách quốc tế", "sapo": "Phố cổ Hội An đông khách.",)"
              R"( "content": "Lượng khách đến Hội An tăng mạnh trong dịp lễ.",)"
              R"( "url": "https://vnexpress.net/hoi-an-123.html", "publish_date": "2024-05-01T08:00:00+07:00"})");
    tmp.write("in/many.jsonl",
              "{\"title\": \"Giá cà phê tăng\", \"content\": \"Giá cà phê Tây Nguyên tăng cao.\", \"source\": \"Tuổi Trẻ\"}\n"
              "not json at all\n"
              "{\"title\": \"Mưa lớn ở Huế\", \"text\": \"Mưa lớn gây ngập nhiều tuyến phố ở Huế.\", \"date\": \"2023-10-15\"}\n");
    tmp.write("in/page.html",
              "<html><head><title>Trang</title><meta property=\"og:title\" content=\"Đà Lạt vào mùa hoa\">"
              "<meta property=\"og:site_name\" content=\"Dân trí\">"
              "<meta property=\"article:published_time\" content=\"2022-12-03T07:00:00+07:00\"></head>"
              "<body><nav>Trang chủ Thời sự</nav><article><h1>Đà Lạt vào mùa hoa</h1><p>Hoa dã quỳ nở vàng Đà Lạt.</p>"
              "<script>var x = 'Greenland';</script></article><aside>Tin khác: Greenland</aside></body></html>");
    tmp.write("in/headed.txt", "# url = https://vov.vn/the-gioi/abc-123.vov\n# date = 2021-07-09\n"
                               "Bão số 3 đổ bộ\nBão số 3 đổ bộ vào Quảng Ninh.\n");
    RunResult r = index({"--db", db, tmp.path() + "/in"});
    EXPECT_EQ(r.status, 3) << r.err;  // the bad JSONL line
    EXPECT_EQ(counts(r), "5 added, 0 updated, 0 unchanged, 0 removed, 1 failed");
    EXPECT_NE(r.err.find("skipped an article in '"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("many.jsonl': line 2: "), std::string::npos) << r.err;

    auto first = [&](const std::string& q) {
        RunResult s = search_json(db, q);
        nlohmann::json j = nlohmann::json::parse(s.out, nullptr, false);
        return j.is_object() && !j["results"].empty() ? j["results"][0] : nlohmann::json();
    };
    nlohmann::json hoian = first("hoi an");
    EXPECT_EQ(hoian["title"], "Hội An đón khách quốc tế");
    EXPECT_EQ(hoian["date"], "2024-05-01");
    EXPECT_EQ(hoian["outlet"], "VnExpress");
    nlohmann::json hue = first("mua lon hue");
    EXPECT_NE(hue["path"].get<std::string>().find("many.jsonl:3"), std::string::npos);
    EXPECT_EQ(hue["date"], "2023-10-15");
    EXPECT_EQ(first("ca phe")["outlet"], "Tuổi Trẻ");
    nlohmann::json dalat = first("da lat");
    EXPECT_EQ(dalat["title"], "Đà Lạt vào mùa hoa");
    EXPECT_EQ(dalat["outlet"], "Dân trí");
    EXPECT_EQ(dalat["date"], "2022-12-03");
    EXPECT_EQ(search_json(db, "Greenland").status, 1);  // script and aside are not text
    nlohmann::json storm = first("bao so 3");
    EXPECT_EQ(storm["title"], "Bão số 3 đổ bộ");
    EXPECT_EQ(storm["outlet"], "VOV");
    EXPECT_EQ(storm["date"], "2021-07-09");

    // Re-running changes nothing (an unchanged file is not read again, so
    // its bad line is not reported twice); editing the JSONL file replaces
    // its articles.
    EXPECT_EQ(counts(index({"--db", db, tmp.path() + "/in"})), "0 added, 0 updated, 5 unchanged, 0 removed, 0 failed");
    tmp.write("in/many.jsonl", "{\"title\": \"Giá cà phê giảm\", \"content\": \"Giá cà phê giảm nhẹ.\"}\n");
    EXPECT_EQ(counts(index({"--db", db, tmp.path() + "/in"})), "0 added, 1 updated, 3 unchanged, 0 removed, 0 failed");
    EXPECT_EQ(doc_count(db), 4u);
    EXPECT_EQ(search_json(db, "\"mua lon\"").status, 1);
    EXPECT_EQ(search_json(db, "\"ca phe giam\"").status, 0);
}

}  // namespace
}  // namespace tintuc::test
