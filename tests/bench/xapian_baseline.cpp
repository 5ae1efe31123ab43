// tintuc-bench-xapian: the plain Xapian peer that scripts/bench compares
// tintuc against. It does what a first Xapian program would do and nothing
// Vietnamese: Xapian::TermGenerator with its defaults (no stemmer, no accent
// folding, positions on every term), one thread, one commit at the end.
//
//   tintuc-bench-xapian index DB DIR          index every .txt under DIR
//   tintuc-bench-xapian query DB [--limit N]  one query per stdin line; one
//       JSON line per query: {"query","took_ms","results":[{"path"}...]}
//
// An article is a file: its first line is the title, indexed once more with
// the prefix S (as Omega does) so the index has the same shape as one that
// supports title: searches; the whole text, title included, is indexed
// without prefix. Document data is the path.
#include <xapian.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdlib>

#include "corpus_files.h"
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

using tintuc::bench::read_file;
using tintuc::bench::txt_files;

namespace {

int usage() {
    std::cerr << "usage: tintuc-bench-xapian index DB DIR\n"
                 "       tintuc-bench-xapian query DB [--limit N] < queries\n";
    return 2;
}

int index(const std::string& db_path, const std::string& dir) {
    // Xapian's own flush threshold (10,000 documents, XAPIAN_FLUSH_THRESHOLD)
    // still applies: that is part of "defaults".
    Xapian::WritableDatabase db(db_path, Xapian::DB_CREATE_OR_OVERWRITE);
    Xapian::TermGenerator generator;
    std::size_t count = 0;
    for (const auto& path : txt_files(dir)) {
        const std::string text = read_file(path);
        const std::string title = text.substr(0, text.find('\n'));
        Xapian::Document doc;
        generator.set_document(doc);
        generator.index_text(title, 1, "S");
        generator.index_text(text);
        doc.set_data(path.string());
        db.add_document(doc);
        ++count;
    }
    db.commit();
    std::cerr << "tintuc-bench-xapian: indexed " << count << " files\n";
    return 0;
}

// Parses with the default flags; a query the parser refuses (unbalanced
// quotes, a stray operator) is retried without phrases, then as plain words,
// so that every line gets an answer, as tintuc's batch mode gives one.
Xapian::Query parse(Xapian::QueryParser& parser, const std::string& text) {
    const unsigned flag_sets[] = {
        Xapian::QueryParser::FLAG_DEFAULT,
        Xapian::QueryParser::FLAG_DEFAULT & ~Xapian::QueryParser::FLAG_PHRASE,
        0,
    };
    for (unsigned flags : flag_sets) {
        try {
            return parser.parse_query(text, flags);
        } catch (const Xapian::QueryParserError&) {
        }
    }
    return Xapian::Query();
}

int query(const std::string& db_path, Xapian::doccount limit) {
    Xapian::Database db(db_path);
    Xapian::QueryParser parser;
    parser.set_database(db);
    parser.set_default_op(Xapian::Query::OP_OR);
    Xapian::Enquire enquire(db);
    enquire.set_weighting_scheme(Xapian::BM25Weight());
    std::string line;
    while (std::getline(std::cin, line)) {
        const auto start = std::chrono::steady_clock::now();
        nlohmann::json results = nlohmann::json::array();
        try {
            enquire.set_query(parse(parser, line));
            const Xapian::MSet matches = enquire.get_mset(0, limit);
            for (auto it = matches.begin(); it != matches.end(); ++it)
                results.push_back({{"path", it.get_document().get_data()}});
        } catch (const Xapian::Error& e) {
            std::cerr << "tintuc-bench-xapian: query '" << line << "': " << e.get_description() << '\n';
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
            Xapian::doccount limit = 10;
            if (argc == 5) {
                if (std::string(argv[3]) != "--limit") return usage();
                limit = static_cast<Xapian::doccount>(std::strtoul(argv[4], nullptr, 10));
            }
            return query(argv[2], limit);
        }
        return usage();
    } catch (const Xapian::Error& e) {
        std::cerr << "tintuc-bench-xapian: " << e.get_description() << '\n';
    } catch (const std::exception& e) {
        std::cerr << "tintuc-bench-xapian: " << e.what() << '\n';
    }
    return 1;
}
