#include "facets.h"

#include <algorithm>
#include <cmath>

#include "outlet_detector.h"
#include "person_extractor.h"
#include "place_gazetteer.h"
#include "schema.h"

namespace tintuc {
namespace {

std::string_view filter_prefix(std::string_view facet) {
    if (facet == "person") return schema::kPersonPrefix;
    if (facet == "city") return schema::kCityPrefix;
    if (facet == "country") return schema::kCountryPrefix;
    if (facet == "province") return schema::kProvincePrefix;
    if (facet == "region") return schema::kRegionPrefix;
    if (facet == "outlet") return schema::kOutletPrefix;
    return schema::kLocationPrefix;
}

// The canonical name the indexer stored for what the user typed.
std::string canonical_value(const Filter& f) {
    if (f.facet == "person") return canonical_person(f.value);
    if (f.facet == "outlet") {
        if (auto o = OutletTable::builtin().by_name(f.value)) return o->name;
        if (auto o = OutletTable::builtin().by_domain(f.value)) return o->name;
        return f.value;
    }
    if (auto p = PlaceGazetteer::builtin().lookup(f.value)) return p->name;
    return f.value;
}

void split(std::string_view s, char sep, std::vector<std::string_view>& out) {
    out.clear();
    while (!s.empty()) {
        const std::size_t at = s.find(sep);
        out.push_back(s.substr(0, at));
        if (at == std::string_view::npos) break;
        s.remove_prefix(at + 1);
    }
}

int yyyymmdd(const std::string& serialised) {
    return serialised.empty() ? 0 : static_cast<int>(Xapian::sortable_unserialise(serialised));
}

}  // namespace

const std::vector<std::string>& facet_names() {
    static const std::vector<std::string> names{"person", "city", "country", "province", "region",
                                                "location", "outlet", "year", "month"};
    return names;
}

const std::vector<std::string>& filter_names() {
    static const std::vector<std::string> names{"person", "city", "country", "province", "region", "location", "outlet"};
    return names;
}

std::string list_names(const std::vector<std::string>& names) {
    std::string out;
    for (const std::string& n : names) {
        if (!out.empty()) out += ", ";
        out += n;
    }
    return out;
}

Xapian::Query filter_query(const Filter& filter) {
    return Xapian::Query(schema::filter_term(filter_prefix(filter.facet), canonical_value(filter)));
}

Xapian::Query combine_filters(const std::vector<Filter>& filters) {
    std::vector<Xapian::Query> required, outlets;
    for (const Filter& f : filters) (f.facet == "outlet" ? outlets : required).push_back(filter_query(f));
    if (!outlets.empty()) required.emplace_back(Xapian::Query::OP_OR, outlets.begin(), outlets.end());
    return Xapian::Query(Xapian::Query::OP_AND, required.begin(), required.end());
}

FacetCounter::FacetCounter(std::vector<std::string> facets) : facets_(std::move(facets)), counts_(facets_.size()) {
    for (const std::string& f : facets_) {
        if (f == "person") wants_people_ = true;
        else if (f == "outlet") wants_outlet_ = true;
        else if (f == "year" || f == "month") wants_date_ = true;
        else wants_locations_ = true;
    }
}

namespace {

template <typename Counts>
void count(Counts& counts, std::string_view value) {
    auto it = counts.find(value);
    if (it == counts.end()) it = counts.emplace(std::string(value), 0).first;
    ++it->second;
}

}  // namespace

void FacetCounter::operator()(const Xapian::Document& doc, double) {
    ++seen_;
    // Called for up to kFacetSample matches per query, so each slot is read
    // once (cities and countries share one) and only when a facet needs it.
    auto slot = [&](bool wanted, Xapian::valueno n) { return wanted ? doc.get_value(n) : std::string(); };
    const std::string people = slot(wants_people_, schema::kSlotPeople);
    const std::string outlet = slot(wants_outlet_, schema::kSlotOutlet);
    const std::string date_first = slot(wants_date_, schema::kSlotDateFirst);
    const std::string date_last = slot(wants_date_, schema::kSlotDateLast);
    const std::string locations = slot(wants_locations_, schema::kSlotLocations);
    const int first = yyyymmdd(date_first), last = yyyymmdd(date_last);
    // Split once for all facets; a value listed twice counts once, checked
    // against the few already counted (a std::set per document cost a
    // third of the counting).
    std::vector<std::string_view> names, places, counted;
    split(people, schema::kValueSeparator, names);
    split(locations, schema::kValueSeparator, places);
    auto once = [&](std::string_view v) {
        if (std::find(counted.begin(), counted.end(), v) != counted.end()) return false;
        counted.push_back(v);
        return true;
    };
    for (std::size_t f = 0; f < facets_.size(); ++f) {
        const std::string& facet = facets_[f];
        auto& counts = counts_[f];
        counted.clear();
        if (facet == "person") {
            for (std::string_view p : names)
                if (once(p)) count(counts, p);
        } else if (facet == "outlet") {
            if (!outlet.empty()) count(counts, outlet);
        } else if (facet == "year" || facet == "month") {
            if (first == 0) continue;
            // A value is known only when the date's whole range shares it.
            if (facet == "year" && first / 10000 == last / 10000) count(counts, std::to_string(first / 10000));
            if (facet == "month" && first / 100 == last / 100) {
                char buf[16];
                std::snprintf(buf, sizeof buf, "%04d-%02d", first / 10000, first / 100 % 100);
                count(counts, buf);
            }
        } else {
            for (std::string_view p : places) {
                const std::size_t colon = p.find(':');
                if (colon == std::string_view::npos) continue;
                const std::string_view type = p.substr(0, colon), name = p.substr(colon + 1);
                if ((facet == "location" || facet == type) && once(name)) count(counts, name);
            }
        }
    }
}

void FacetCounter::merge(const FacetCounter& other) {
    seen_ += other.seen_;
    for (std::size_t f = 0; f < counts_.size() && f < other.counts_.size(); ++f)
        for (const auto& [value, n] : other.counts_[f]) counts_[f][value] += n;
}

std::vector<FacetResult> FacetCounter::results(std::size_t limit) const {
    std::vector<FacetResult> out;
    for (std::size_t f = 0; f < facets_.size(); ++f) {
        const std::string& facet = facets_[f];
        FacetResult r;
        r.name = facet;
        for (const auto& [value, count] : counts_[f]) r.values.push_back({value, count});
        const bool by_time = facet == "year" || facet == "month";
        std::sort(r.values.begin(), r.values.end(), [by_time](const FacetCount& a, const FacetCount& b) {
            if (by_time) return a.value > b.value;  // newest first reads as a timeline
            return a.count != b.count ? a.count > b.count : a.value < b.value;
        });
        if (r.values.size() > limit) r.values.resize(limit);
        out.push_back(std::move(r));
    }
    return out;
}

void scale_counts(std::vector<FacetResult>& facets, double factor) {
    for (FacetResult& f : facets)
        for (FacetCount& c : f.values)
            c.count = std::max<Xapian::doccount>(1, static_cast<Xapian::doccount>(std::lround(c.count * factor)));
}

}  // namespace tintuc
