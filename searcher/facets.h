// Facets and filters: who and where the matching articles are about, from
// which outlet and when; counting them over a result set, and restricting
// a search to them.
#ifndef TINTUC_SEARCHER_FACETS_H
#define TINTUC_SEARCHER_FACETS_H

#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include <xapian.h>

namespace tintuc {

// The facets that can be counted: person, city, country, province,
// region, location (any place type), outlet, year, month.
const std::vector<std::string>& facet_names();
// The facets that can filter: all of the above but year and month, which
// --since/--until cover.
const std::vector<std::string>& filter_names();
// "person, city, ..." for error messages.
std::string list_names(const std::vector<std::string>& names);

struct Filter {
    std::string facet;  // one of filter_names()
    std::string value;  // as the user typed it: "moscow", "Sergei Lavrov"
};

// The query that keeps articles matching `filter`, with the value
// resolved through the same alias tables the indexer used (so "moscow"
// finds "Moskva" and "sergei lavrov" finds "Sergey Lavrov").
Xapian::Query filter_query(const Filter& filter);

// Combines filters: several values of a single-valued facet (outlet) are
// alternatives; of a multi-valued one (person, places) all are required.
Xapian::Query combine_filters(const std::vector<Filter>& filters);

struct FacetCount {
    std::string value;
    Xapian::doccount count = 0;
};

struct FacetResult {
    std::string name;  // facet name
    std::vector<FacetCount> values;  // highest count first, then by value
};

// Facet counts look at no more than this many matching articles. A broad
// query (a headline typed as is matches most of the archive) would
// otherwise have Xapian weigh and count every match: 88 ms median against
// 10 ms without facets on the 35,440 shared articles. Beyond the sample,
// counts are scaled up to the estimated number of matches and marked as
// estimates.
inline constexpr Xapian::doccount kFacetSample = 2000;

// Multiplies every count by `factor` (rounded; a value seen once stays at
// least 1), for counts taken over a sample of the matches.
void scale_counts(std::vector<FacetResult>& facets, double factor);

// Counts facet values over every document the match looks at: all
// matching documents when Enquire::get_mset's check_at_least covers them,
// else (kFacetSample) the ones Xapian checked. Multi-valued facets count each value once per
// document.
class FacetCounter : public Xapian::MatchSpy {
  public:
    explicit FacetCounter(std::vector<std::string> facets);
    void operator()(const Xapian::Document& doc, double weight) override;
    // Each requested facet's top `limit` values.
    std::vector<FacetResult> results(std::size_t limit) const;
    Xapian::doccount documents_seen() const { return seen_; }
    // Adds the counts of a counter for the same facets that saw other
    // documents (another part of the index, searcher.cpp).
    void merge(const FacetCounter& other);

  private:
    std::vector<std::string> facets_;
    // Counts per facet, in the order of facets_, found by string_view
    // without building a string (a std::map's string compares were 20 % of
    // a query counting facets).
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    using Counts = std::unordered_map<std::string, Xapian::doccount, Hash, std::equal_to<>>;
    std::vector<Counts> counts_;
    Xapian::doccount seen_ = 0;
    bool wants_people_ = false, wants_outlet_ = false, wants_date_ = false, wants_locations_ = false;
};

}  // namespace tintuc

#endif
