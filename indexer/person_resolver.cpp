#include "person_resolver.h"

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "document_data.h"
#include "person_extractor.h"
#include "schema.h"
#include "text_folder.h"

namespace tintuc {
namespace {

std::vector<std::string> split_values(const std::string& s) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= s.size() && !s.empty()) {
        std::size_t at = s.find(schema::kValueSeparator, start);
        if (at == std::string::npos) at = s.size();
        out.push_back(s.substr(start, at - start));
        start = at + 1;
    }
    return out;
}

// The display form of a person stored in some article, from its folded term.
std::string display_name(const Xapian::Database& db, const std::string& term, const std::string& folded) {
    auto post = db.postlist_begin(term);
    if (post == db.postlist_end(term)) return folded;
    for (const std::string& v : split_values(db.get_document(*post).get_value(schema::kSlotPeople)))
        if (fold_for_search(v) == folded) return v;
    return folded;
}

}  // namespace

ResolverSummary resolve_partial_names(Xapian::WritableDatabase& db) {
    ResolverSummary summary;
    const std::string prefix(schema::kPersonPrefix);
    std::vector<std::string> names;  // folded, without the prefix
    for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it) names.push_back((*it).substr(prefix.size()));

    // For each name, the longer names ending with " " + it. A suffix index
    // keeps this linear: every proper word-suffix of every name.
    std::map<std::string, std::vector<std::size_t>> by_suffix;
    for (std::size_t i = 0; i < names.size(); ++i) {
        for (std::size_t sp = names[i].find(' '); sp != std::string::npos; sp = names[i].find(' ', sp + 1))
            by_suffix[names[i].substr(sp + 1)].push_back(i);
    }
    for (const std::string& partial : names) {
        auto it = by_suffix.find(partial);
        // Single words ("Thắng") are too weak to resolve across articles.
        if (it == by_suffix.end() || it->second.size() != 1 || partial.find(' ') == std::string::npos) continue;
        const std::string& full = names[it->second.front()];
        const std::string partial_term = prefix + partial, full_term = prefix + full;
        const std::string partial_display = display_name(db, partial_term, partial);
        // "Hoàng Anh Tuấn" is somebody's full name even if "Đỗ Hoàng Anh
        // Tuấn" exists; only given names without a surname are partial.
        if (starts_with_vietnamese_surname(partial_display)) continue;
        // The full name must be a Vietnamese one, the partial its given
        // names: "Sean Spicer" is a full name of its own, and "Nhà Trắng
        // Sean Spicer" or "FBI James Comey" (a role's organisation taken
        // into the name in one article) must not absorb every article
        // about the man.
        const std::string full_display = display_name(db, full_term, full);
        if (!starts_with_vietnamese_surname(full_display)) continue;
        std::vector<Xapian::docid> ids(db.postlist_begin(partial_term), db.postlist_end(partial_term));
        for (Xapian::docid id : ids) {
            Xapian::Document doc = db.get_document(id);
            doc.remove_term(partial_term);
            doc.add_boolean_term(full_term);
            std::vector<std::string> people;
            for (std::string& v : split_values(doc.get_value(schema::kSlotPeople))) {
                if (v == partial_display || fold_for_search(v) == partial) v = full_display;
                if (std::find(people.begin(), people.end(), v) == people.end()) people.push_back(v);
            }
            std::string joined;
            for (const std::string& p : people) {
                if (!joined.empty()) joined += schema::kValueSeparator;
                joined += p;
            }
            doc.add_value(schema::kSlotPeople, joined);
            DocumentData data = read_document_data(doc);
            if (data.fields.is_object()) {
                data.fields[schema::kDataPeople] = people;
                store_document_fields(doc, data.fields);
            }
            db.replace_document(id, doc);
            ++summary.documents_changed;
        }
        ++summary.names_merged;
    }
    return summary;
}

}  // namespace tintuc
