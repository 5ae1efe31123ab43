// tintuc-bench-fts5: the SQLite FTS5 peer that scripts/bench compares tintuc
// against, set up as a competent user would for Vietnamese: the unicode61
// tokenizer with remove_diacritics 2 (so accent-free queries match; note that
// it keeps đ, which is a letter of its own and not d plus a mark).
//
//   tintuc-bench-fts5 index DB DIR          every .txt under DIR, one transaction
//   tintuc-bench-fts5 query DB [--limit N]  one query per stdin line; one JSON
//       line per query: {"query","took_ms","results":[{"path"}...]}
//
// An article is a file: its first line is the title column, the rest the body.
// A query is the OR of its words, each quoted as an FTS5 string so that no
// punctuation in a headline can be taken for syntax, ranked by bm25(docs).
#include <sqlite3.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdlib>

#include "corpus_files.h"
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace fs = std::filesystem;

using tintuc::bench::read_file;
using tintuc::bench::txt_files;

namespace {

int usage() {
    std::cerr << "usage: tintuc-bench-fts5 index DB DIR\n"
                 "       tintuc-bench-fts5 query DB [--limit N] < queries\n";
    return 2;
}

void check(sqlite3* db, int rc, const char* what) {
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
        throw std::runtime_error(std::string(what) + ": " + sqlite3_errmsg(db));
}

void exec(sqlite3* db, const char* sql) { check(db, sqlite3_exec(db, sql, nullptr, nullptr, nullptr), sql); }

struct Connection {
    sqlite3* db = nullptr;
    Connection(const std::string& path, int flags) {
        if (sqlite3_open_v2(path.c_str(), &db, flags, nullptr) != SQLITE_OK) {
            std::string message = db ? sqlite3_errmsg(db) : "out of memory";
            sqlite3_close(db);
            throw std::runtime_error("cannot open '" + path + "': " + message);
        }
    }
    ~Connection() { sqlite3_close(db); }
};

struct Statement {
    sqlite3_stmt* stmt = nullptr;
    Statement(sqlite3* db, const char* sql) { check(db, sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr), sql); }
    ~Statement() { sqlite3_finalize(stmt); }
};

int index(const std::string& db_path, const std::string& dir) {
    // A fresh database: the script measures building one, not updating one.
    fs::remove(db_path);
    Connection conn(db_path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    exec(conn.db,
         "CREATE VIRTUAL TABLE docs USING fts5(path UNINDEXED, title, body, "
         "tokenize = 'unicode61 remove_diacritics 2')");
    exec(conn.db, "BEGIN");
    Statement insert(conn.db, "INSERT INTO docs(path, title, body) VALUES (?, ?, ?)");
    std::size_t count = 0;
    for (const auto& path : txt_files(dir)) {
        const std::string text = read_file(path);
        const std::size_t newline = std::min(text.find('\n'), text.size());
        const std::string name = path.string();
        sqlite3_bind_text(insert.stmt, 1, name.data(), static_cast<int>(name.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(insert.stmt, 2, text.data(), static_cast<int>(newline), SQLITE_TRANSIENT);
        const std::size_t body = std::min(newline + 1, text.size());
        sqlite3_bind_text(insert.stmt, 3, text.data() + body, static_cast<int>(text.size() - body), SQLITE_TRANSIENT);
        check(conn.db, sqlite3_step(insert.stmt), "insert");
        sqlite3_reset(insert.stmt);
        ++count;
    }
    exec(conn.db, "COMMIT");
    std::cerr << "tintuc-bench-fts5: indexed " << count << " files\n";
    return 0;
}

// "Nga, Thổ Nhĩ Kỳ" -> "Nga" OR "Thổ" OR "Nhĩ" OR "Kỳ". Words are split at
// ASCII space and punctuation (everything non-ASCII is kept: that is where
// the Vietnamese letters are); FTS5's tokenizer does the rest inside each
// string. Empty when the line has no word.
std::string fts5_query(const std::string& line) {
    std::string out, word;
    auto flush = [&] {
        if (word.empty()) return;
        if (!out.empty()) out += " OR ";
        out += '"' + word + '"';  // no '"' can be inside: it separates
        word.clear();
    };
    for (unsigned char c : line) {
        if (c < 0x80 && !std::isalnum(c)) flush();
        else word += static_cast<char>(c);
    }
    flush();
    return out;
}

int query(const std::string& db_path, int limit) {
    Connection conn(db_path, SQLITE_OPEN_READONLY);
    Statement select(conn.db, "SELECT path FROM docs WHERE docs MATCH ? ORDER BY bm25(docs) LIMIT ?");
    std::string line;
    while (std::getline(std::cin, line)) {
        const auto start = std::chrono::steady_clock::now();
        nlohmann::json results = nlohmann::json::array();
        const std::string match = fts5_query(line);
        if (!match.empty()) {
            sqlite3_bind_text(select.stmt, 1, match.data(), static_cast<int>(match.size()), SQLITE_TRANSIENT);
            sqlite3_bind_int(select.stmt, 2, limit);
            int rc;
            while ((rc = sqlite3_step(select.stmt)) == SQLITE_ROW)
                results.push_back({{"path", reinterpret_cast<const char*>(sqlite3_column_text(select.stmt, 0))}});
            // A query FTS5 still refuses gets an empty answer, not a crash.
            if (rc != SQLITE_DONE)
                std::cerr << "tintuc-bench-fts5: query '" << line << "': " << sqlite3_errmsg(conn.db) << '\n';
            sqlite3_reset(select.stmt);
        }
        const double took_ms =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        tintuc::bench::print_answer(line, took_ms, std::move(results));
    }
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        if (argc == 4 && std::string(argv[1]) == "index") return index(argv[2], argv[3]);
        if ((argc == 3 || argc == 5) && std::string(argv[1]) == "query") {
            int limit = 10;
            if (argc == 5) {
                if (std::string(argv[3]) != "--limit") return usage();
                limit = std::atoi(argv[4]);
            }
            return query(argv[2], limit);
        }
        return usage();
    } catch (const std::exception& e) {
        std::cerr << "tintuc-bench-fts5: " << e.what() << '\n';
    }
    return 1;
}
