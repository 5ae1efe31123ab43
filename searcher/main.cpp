// tintuc-search: options and wiring only; the work is in searcher.cpp.
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <fstream>
#include <iostream>

#include <boost/program_options.hpp>

#include "database_path.h"
#include "facets.h"
#include "query_parser.h"
#include "result_printer.h"
#include "searcher.h"

namespace po = boost::program_options;

namespace {

constexpr int kExitFound = 0;
constexpr int kExitNothing = 1;
constexpr int kExitError = 2;
// More threads than this would only wait on each other and the disk.
constexpr unsigned kMaxThreads = 16;

const char* const kUsage = R"(usage: tintuc-search [--db PATH] [--limit N] [--offset N] [--json]
                     [--since DATE] [--until DATE] [--sort relevance|date]
                     [--facets LIST] [--facet-limit N] [--person NAME] [--city NAME]
                     [--country NAME] [--province NAME] [--region NAME]
                     [--location NAME] [--outlet NAME] [QUERY...]
       tintuc-search [--db PATH] [--limit N] --queries FILE|-

Searches an index built by tintuc-index. Type with or without accents:
'ngoai truong lavrov' and 'Ngoại trưởng Lavrov' find the same articles; when
you type accents, articles with exactly those accents rank first.

Query syntax:
  words            all words preferred; articles with only some still match,
                   ranked lower
  "a phrase"       the words in this order (with or without accents)
  AND  OR  NOT     in capitals; NOT word or -word excludes; ( ) groups
  person:"hakan fidan" city:istanbul outlet:vnexpress
                   filters inline, the same as the options below

Options)";

const char* const kExamples = R"(
Database: --db, else $TINTUC_DB, else $XDG_DATA_HOME/tintuc/db,
else ~/.local/share/tintuc/db.

Examples:
  tintuc-search ngoai truong lavrov
  tintuc-search '"Thổ Nhĩ Kỳ"' AND Istanbul
  tintuc-search 'Nga -Kiev' --limit 20 --offset 20
  tintuc-search --since 2025-02 --until 2025-03 --sort date Lavrov
  tintuc-search --facets person,city Lavrov
  tintuc-search --city moscow --person 'sergei lavrov'     (no query: browse)
  tintuc-search --json hoa binh | jq .results[0].title
  printf 'hoa binh\nistanbul\n' | tintuc-search --queries -

Exit status: 0 results found, 1 no results, 2 error (bad option or query,
missing index). With --queries: 0 unless the file cannot be read.
)";

bool use_bold(const std::string& color) {
    if (color == "always") return true;
    if (color == "never") return false;
    const char* no_color = std::getenv("NO_COLOR");
    if (no_color && *no_color) return false;
    return ::isatty(STDOUT_FILENO) == 1;
}

int run_batch(tintuc::Searcher& searcher, const std::string& file, const tintuc::SearchOptions& options) {
    std::ifstream in;
    if (file != "-") {
        in.open(file);
        if (!in) {
            std::cerr << "tintuc-search: cannot read queries from '" << file << "': no such file or not readable\n";
            return kExitError;
        }
    }
    std::istream& src = file == "-" ? std::cin : in;
    std::string line;
    while (std::getline(src, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        try {
            tintuc::print_json(searcher.search(line, options), std::cout);
        } catch (const std::runtime_error& e) {
            tintuc::print_json_error(line, e.what(), std::cout);
        }
    }
    return kExitFound;
}

}  // namespace

int main(int argc, char** argv) {
    std::string database, color = "auto", queries_file, since, until, sort = "relevance", facets;
    std::map<std::string, std::vector<std::string>> filter_values;
    tintuc::SearchOptions search_options;
    std::size_t& limit = search_options.limit;
    std::size_t& offset = search_options.offset;
    bool json = false;
    unsigned threads = 0;
    std::vector<std::string> words;

    po::options_description visible(kUsage);
    visible.add_options()
        ("db", po::value<std::string>(&database)->value_name("PATH"), "index to search")
        ("limit,n", po::value<std::size_t>(&limit)->value_name("N")->default_value(10), "show at most N results")
        ("offset", po::value<std::size_t>(&offset)->value_name("N")->default_value(0), "skip the first N results")
        ("json", po::bool_switch(&json), "print one JSON document instead of text")
        ("since", po::value<std::string>(&since)->value_name("DATE"),
         "only articles published on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)")
        ("until", po::value<std::string>(&until)->value_name("DATE"), "only articles published on or before DATE")
        ("sort", po::value<std::string>(&sort)->value_name("ORDER")->default_value("relevance"),
         "relevance, or date (newest first, undated last)")
        ("facets", po::value<std::string>(&facets)->value_name("LIST"),
         "after the results, count the top values of these facets over the matches (estimated from "
         "2,000 of them for broader queries): comma-separated "
         "person, city, country, province, region, location, outlet, year, month")
        ("facet-limit", po::value<std::size_t>(&search_options.facet_limit)->value_name("N")->default_value(10),
         "values shown per facet");
    for (const std::string& name : tintuc::filter_names()) {
        visible.add_options()(name.c_str(), po::value<std::vector<std::string>>(&filter_values[name])->value_name("NAME"),
                              name == "outlet" ? "only articles from this outlet (repeat for any of several)"
                              : name == "location" ? "only articles naming this place, of any type (repeatable: all required)"
                                                   : ("only articles naming this " + name + " (repeatable: all required)").c_str());
    }
    visible.add_options()
        ("queries", po::value<std::string>(&queries_file)->value_name("FILE"),
         "batch mode: one query per line of FILE (- for stdin), one JSON line out per line in")
        ("threads", po::value<unsigned>(&threads)->value_name("N"),
         "match each query with N threads, each over a part of the index (same results, sooner); default: one "
         "per 5,000 articles, at most one per core and 4")
        ("color", po::value<std::string>(&color)->value_name("WHEN")->default_value("auto"),
         "highlight matches in bold: auto (when stdout is a terminal and NO_COLOR is unset), always, never")
        ("help,h", "show this help and exit")
        ("version", "show the version and exit");
    po::options_description hidden;
    hidden.add_options()("query", po::value<std::vector<std::string>>(&words));
    po::options_description all;
    all.add(visible).add(hidden);
    po::positional_options_description positional;
    positional.add("query", -1);

    po::variables_map vm;
    try {
        po::store(po::command_line_parser(argc, argv).options(all).positional(positional).run(), vm);
        po::notify(vm);
    } catch (const po::unknown_option& e) {
        std::cerr << "tintuc-search: " << e.what()
                  << "\nTo exclude a word, quote the whole query ('Nga -Kiev') or put -- before it; "
                     "try 'tintuc-search --help'\n";
        return kExitError;
    } catch (const po::error& e) {
        std::cerr << "tintuc-search: " << e.what() << "\nTry 'tintuc-search --help' for more information.\n";
        return kExitError;
    }
    if (vm.count("help")) {
        std::cout << visible << kExamples;
        return kExitFound;
    }
    if (vm.count("version")) {
        std::cout << "tintuc-search " << TINTUC_VERSION << "\n";
        return kExitFound;
    }
    if (color != "auto" && color != "always" && color != "never") {
        std::cerr << "tintuc-search: invalid --color '" << color << "': use auto, always or never\n";
        return kExitError;
    }
    if (sort != "relevance" && sort != "date") {
        std::cerr << "tintuc-search: invalid --sort '" << sort << "': use relevance or date\n";
        return kExitError;
    }
    search_options.sort_by_date = sort == "date";
    try {
        if (!since.empty()) search_options.since = tintuc::parse_date_bound(since, false, "--since");
        if (!until.empty()) search_options.until = tintuc::parse_date_bound(until, true, "--until");
    } catch (const std::invalid_argument& e) {
        std::cerr << "tintuc-search: " << e.what() << "\n";
        return kExitError;
    }
    if (search_options.since && search_options.until && search_options.since > search_options.until) {
        std::cerr << "tintuc-search: --since '" << since << "' is after --until '" << until << "'\n";
        return kExitError;
    }
    if (vm.count("threads") && (threads == 0 || threads > kMaxThreads)) {
        std::cerr << "tintuc-search: invalid --threads '" << threads << "': give 1 to " << kMaxThreads
                  << " (leave it out to use one per core)\n";
        return kExitError;
    }
    if (limit == 0 && facets.empty()) {
        std::cerr << "tintuc-search: invalid --limit '0': give at least 1, or ask for --facets only\n";
        return kExitError;
    }
    for (const auto& [name, values] : filter_values)
        for (const std::string& v : values) search_options.filters.push_back({name, v});
    if (!facets.empty()) {
        std::size_t start = 0;
        while (start <= facets.size()) {
            std::size_t comma = facets.find(',', start);
            if (comma == std::string::npos) comma = facets.size();
            const std::string name = facets.substr(start, comma - start);
            const auto& valid = tintuc::facet_names();
            if (std::find(valid.begin(), valid.end(), name) == valid.end()) {
                std::cerr << "tintuc-search: unknown facet '" << name << "' in --facets; use any of: "
                          << tintuc::list_names(valid) << "\n";
                return kExitError;
            }
            search_options.facets.push_back(name);
            start = comma + 1;
        }
    }
    if (queries_file.empty() && words.empty() && search_options.filters.empty()) {
        std::cerr << "tintuc-search: empty query: give words to search for, or --queries FILE\n"
                     "Try 'tintuc-search --help' for more information.\n";
        return kExitError;
    }
    if (database.empty()) database = tintuc::default_database_path();
    if (database.empty()) {
        std::cerr << "tintuc-search: no database path: set HOME or TINTUC_DB, or give --db PATH\n";
        return kExitError;
    }

    try {
        tintuc::Searcher searcher(database, threads);
        if (!queries_file.empty()) return run_batch(searcher, queries_file, search_options);
        std::string query;
        for (const std::string& w : words) query += (query.empty() ? "" : " ") + w;
        tintuc::SearchResponse response = searcher.search(query, search_options);
        if (json) tintuc::print_json(response, std::cout);
        else tintuc::print_text(response, use_bold(color), std::cout);
        const bool found = !response.hits.empty() || (limit == 0 && response.total > 0);
        return found ? kExitFound : kExitNothing;
    } catch (const std::runtime_error& e) {
        std::cerr << "tintuc-search: " << e.what() << "\n";
        return kExitError;
    }
}
