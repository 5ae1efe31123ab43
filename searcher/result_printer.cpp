#include "result_printer.h"

#include <cmath>
#include <iomanip>
#include <ostream>

#include <nlohmann/json.hpp>

#include "display_path.h"

namespace tintuc {
namespace {

constexpr const char* kBoldOn = "\x1b[1m";
constexpr const char* kBoldOff = "\x1b[0m";

nlohmann::ordered_json to_json(const SearchResponse& r) {
    nlohmann::ordered_json results = nlohmann::ordered_json::array();
    for (const SearchHit& h : r.hits) {
        results.push_back({{"rank", h.rank},
                           {"path", h.path},
                           {"id", h.id},
                           {"title", h.title},
                           {"score", std::round(h.score * 10000) / 10000},
                           {"date", h.date.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(h.date)},
                           {"date_precision", h.date_precision},
                           {"outlet", h.outlet.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(h.outlet)},
                           {"snippet", h.snippet.plain()}});
    }
    nlohmann::ordered_json out = {{"query", r.query},
                                  {"total", r.total},
                                  {"took_ms", std::round(r.took_ms * 1000) / 1000},
                                  {"results", std::move(results)}};
    if (!r.facets.empty()) {
        nlohmann::ordered_json facets = nlohmann::ordered_json::object();
        for (const FacetResult& f : r.facets) {
            nlohmann::ordered_json values = nlohmann::ordered_json::array();
            for (const FacetCount& c : f.values) values.push_back({{"value", c.value}, {"count", c.count}});
            facets[f.name] = std::move(values);
        }
        out["facets"] = std::move(facets);
        // Counts scaled up from a sample are estimates; say so.
        out["facets_estimated"] = r.facets_counted < r.total;
        out["facets_counted"] = r.facets_counted;
    }
    return out;
}

void dump_line(const nlohmann::ordered_json& j, std::ostream& out) {
    // Invalid UTF-8 cannot reach here (queries are checked, documents are
    // decoded), but a JSON consumer must never get a broken line.
    out << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

// "for 'Lavrov'", or what a browse without words shows.
std::string subject(const SearchResponse& r) {
    if (r.query.find_first_not_of(" \t") == std::string::npos) return "for the filters given";
    return "for '" + r.query + "'";
}

void print_hits(const SearchResponse& r, bool bold, std::ostream& out) {
    const std::size_t first = r.hits.front().rank;
    const std::size_t last = r.hits.back().rank;
    out << "results " << first << "-" << last << " of about " << r.total << " " << subject(r) << " ("
        << std::fixed << std::setprecision(1) << r.took_ms << " ms)\n";
    for (const SearchHit& h : r.hits) {
        out << "\n" << std::setw(3) << h.rank << ". " << (bold ? kBoldOn : "") << h.title << (bold ? kBoldOff : "")
            << "\n     " << display_path(h.path);
        if (!h.date.empty()) out << " · " << h.date;
        if (!h.outlet.empty()) out << " · " << h.outlet;
        out << "\n     ";
        for (const SnippetPiece& p : h.snippet.pieces) {
            if (p.match && bold) out << kBoldOn << p.text << kBoldOff;
            else out << p.text;
        }
        out << "\n";
    }
}

}  // namespace

void print_text(const SearchResponse& r, bool bold, std::ostream& out) {
    if (r.hits.empty() && r.total > 0 && !r.facets.empty()) {
        out << "about " << r.total << " results " << subject(r) << " (" << std::fixed << std::setprecision(1)
            << r.took_ms << " ms)\n";
    } else if (r.hits.empty()) {
        out << "no results " << subject(r) << " (" << std::fixed << std::setprecision(1) << r.took_ms << " ms)\n";
        return;
    } else {
        print_hits(r, bold, out);
    }
    if (!r.facets.empty()) {
        out << "\n";
        if (r.facets_counted < r.total)
            out << "(counts estimated from " << r.facets_counted << " of about " << r.total << " matches)\n";
    }
    for (const FacetResult& f : r.facets) {
        out << f.name << ":";
        if (f.values.empty()) out << " (none)";
        for (std::size_t i = 0; i < f.values.size(); ++i)
            out << (i ? " · " : " ") << f.values[i].value << " (" << f.values[i].count << ")";
        out << "\n";
    }
}

void print_json(const SearchResponse& r, std::ostream& out) { dump_line(to_json(r), out); }

void print_json_error(const std::string& query, const std::string& error, std::ostream& out) {
    dump_line({{"query", query}, {"error", error}, {"total", 0}, {"took_ms", 0}, {"results", nlohmann::ordered_json::array()}},
              out);
}

}  // namespace tintuc
