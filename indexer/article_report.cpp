#include "article_report.h"

#include <ostream>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "article.h"
#include "display_path.h"
#include "document_builder.h"
#include "file_scanner.h"
#include "indexer.h"
#include "source_reader.h"

namespace tintuc {
namespace {

std::string join(const std::vector<std::string>& v) {
    std::string out;
    for (const std::string& s : v) {
        if (!out.empty()) out += ", ";
        out += s;
    }
    return out;
}

nlohmann::ordered_json to_json(const std::string& key, const Article& a) {
    using nlohmann::ordered_json;
    return {{"path", key},
            {"title", a.title},
            {"date", a.date.precision == DatePrecision::unknown ? ordered_json(nullptr) : ordered_json(a.date.iso())},
            {"date_precision", a.date.precision_name()},
            {"outlet", a.outlet ? ordered_json(a.outlet->name) : ordered_json(nullptr)},
            {"people", a.people},
            {"locations", locations_json(a)},
            {"chars",
             {{"title", a.title_chars()},
              {"lead", a.lead_chars()},
              {"body", a.body_chars()},
              {"captions", a.caption_chars()},
              {"furniture", a.furniture_chars}}}};
}

// The first or last `n` characters of `s`, cut at a space.
std::string excerpt(const std::string& s, std::size_t n, bool from_end) {
    if (count_chars(s) <= n) return s;
    std::size_t bytes = 0, chars = 0;
    if (!from_end) {
        while (bytes < s.size() && chars < n) {
            if ((static_cast<unsigned char>(s[bytes]) & 0xC0) != 0x80) ++chars;
            ++bytes;
        }
        while (bytes < s.size() && (static_cast<unsigned char>(s[bytes]) & 0xC0) == 0x80) ++bytes;
        const std::size_t space = s.rfind(' ', bytes);
        return s.substr(0, space == std::string::npos || space == 0 ? bytes : space) + " …";
    }
    bytes = s.size();
    while (bytes > 0 && chars < n) {
        --bytes;
        if ((static_cast<unsigned char>(s[bytes]) & 0xC0) != 0x80) ++chars;
    }
    const std::size_t space = s.find(' ', bytes);
    return "… " + s.substr(space == std::string::npos ? bytes : space + 1);
}

void print_text(const std::string& key, const Article& a, std::ostream& out) {
    out << display_path(key) << "\n"
        << "  title:    " << a.title << "\n"
        << "  date:     " << (a.date.precision == DatePrecision::unknown ? "unknown" : a.date.iso() + " (" + a.date.precision_name() + ")") << "\n"
        << "  outlet:   " << (a.outlet ? a.outlet->name : "unknown") << "\n"
        << "  people:   " << join(a.people) << "\n";
    std::vector<std::string> places;
    for (const Place& l : a.locations) places.push_back(l.name + " (" + place_type_name(l.type) + ")");
    out << "  places:   " << join(places) << "\n"
        << "  chars:    title " << a.title_chars() << ", lead " << a.lead_chars() << ", body " << a.body_chars()
        << ", captions " << a.caption_chars() << ", furniture " << a.furniture_chars << " (dropped)\n";
    if (!a.lead.empty()) out << "  lead:     " << excerpt(a.lead, 70, false) << "\n";
    if (!a.body.empty()) {
        out << "  body:     " << excerpt(a.body.front(), 70, false) << "\n";
        out << "  body end: " << excerpt(a.body.back(), 70, true) << "\n";
    }
    for (const std::string& f : a.furniture) out << "  dropped:  " << excerpt(f, 70, false) << "\n";
    out << "\n";
}

}  // namespace

int run_article_report(const std::vector<std::string>& paths, bool json, std::ostream& out, std::ostream& err) {
    ScanResult scan;
    try {
        scan = scan_sources(paths);
    } catch (const std::runtime_error& e) {
        err << "tintuc-index: " << e.what() << "\n";
        return kExitUsage;
    }
    std::size_t failed = scan.problems.size();
    for (const std::string& p : scan.problems) err << "tintuc-index: " << p << "\n";
    for (const SourceFile& f : scan.files) {
        SourceReadResult source = read_source(f.path);
        for (const std::string& e : source.record_errors) {
            err << "tintuc-index: skipped an article in '" << f.path << "': " << e << "\n";
            ++failed;
        }
        if (!source.error.empty()) {
            err << "tintuc-index: skipped '" << f.path << "': " << source.error << "\n";
            ++failed;
            continue;
        }
        for (const SourceRecord& r : source.records) {
            const Article a = analyse_article(r.text, r.meta);
            if (json) out << to_json(r.key, a).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
            else print_text(r.key, a, out);
        }
    }
    return failed > 0 ? kExitSomeFailed : kExitOk;
}

}  // namespace tintuc
