// tintuc-index: options and wiring only; the work is in indexer.cpp.
#include <iostream>

#include <boost/program_options.hpp>

#include "article_report.h"
#include "database_path.h"
#include "indexer.h"

namespace po = boost::program_options;

namespace {

const char* const kUsage = R"(usage: tintuc-index [--db PATH] [--rebuild] PATH...
       tintuc-index --analyze [--json] PATH...

Indexes the Vietnamese news articles in PATH... for tintuc-search: every
.txt, .json, .jsonl, .html and .htm file below each directory (recursively),
and every file named directly. Text must be UTF-8 (Windows-1258 is recognised
and decoded). Each article is read as an editor would: title, lead, body and
captions are indexed; related-story teasers, widgets and ads around them are
not. Date and outlet come from the text (or the file's metadata).

Runs are incremental: unchanged files (same size and modification time) are
skipped, changed files re-indexed, and files that disappeared from an indexed
directory removed from the index.

Options)";

const char* const kExamples = R"(
Database: --db, else $TINTUC_DB, else $XDG_DATA_HOME/tintuc/db,
else ~/.local/share/tintuc/db.

Examples:
  tintuc-index corpus/                  index (or update) the sample corpus
  tintuc-index --db /tmp/news.db ~/news  index into a database of your choice
  tintuc-index --rebuild ~/news          start the database over
  tintuc-index --analyze corpus/         show title, date, outlet, zones

Exit status: 0 all files indexed, 3 some files skipped (each is named on
stderr with the reason), 2 usage error, missing path or unusable database.
)";

}  // namespace

int main(int argc, char** argv) {
    tintuc::IndexOptions options;
    bool analyze = false, json = false;
    po::options_description visible(kUsage);
    visible.add_options()
        ("db", po::value<std::string>(&options.database)->value_name("PATH"), "database to create or update")
        ("rebuild", po::bool_switch(&options.rebuild), "discard the database's contents and index from scratch")
        ("timings", po::bool_switch(&options.timings), "after indexing, print where the time went (analysis, "
                                                       "writing, commits, collection pass)")
        ("analyze", po::bool_switch(&analyze), "print what the indexer sees in each article (title, date, outlet, "
                                               "characters per zone); touches no database")
        ("json", po::bool_switch(&json), "with --analyze: one JSON object per article and line")
        ("help,h", "show this help and exit")
        ("version", "show the version and exit");
    po::options_description hidden;
    hidden.add_options()("path", po::value<std::vector<std::string>>(&options.paths));
    po::options_description all;
    all.add(visible).add(hidden);
    po::positional_options_description positional;
    positional.add("path", -1);

    po::variables_map vm;
    try {
        po::store(po::command_line_parser(argc, argv).options(all).positional(positional).run(), vm);
        po::notify(vm);
    } catch (const po::error& e) {
        std::cerr << "tintuc-index: " << e.what() << "\nTry 'tintuc-index --help' for more information.\n";
        return tintuc::kExitUsage;
    }
    if (vm.count("help")) {
        std::cout << visible << kExamples;
        return tintuc::kExitOk;
    }
    if (vm.count("version")) {
        std::cout << "tintuc-index " << TINTUC_VERSION << "\n";
        return tintuc::kExitOk;
    }
    if (options.paths.empty()) {
        std::cerr << "tintuc-index: no path to index given\nTry 'tintuc-index --help' for more information.\n";
        return tintuc::kExitUsage;
    }
    if (json && !analyze) {
        std::cerr << "tintuc-index: --json only goes with --analyze\n";
        return tintuc::kExitUsage;
    }
    if (analyze) return tintuc::run_article_report(options.paths, json, std::cout, std::cerr);
    if (options.database.empty()) options.database = tintuc::default_database_path();
    if (options.database.empty()) {
        std::cerr << "tintuc-index: no database path: set HOME or TINTUC_DB, or give --db PATH\n";
        return tintuc::kExitUsage;
    }
    return tintuc::run_indexer(options, std::cout, std::cerr);
}
