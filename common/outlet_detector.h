// Names the outlet (newspaper, site) that published an article, from
// explicit signals only, mapped through the table in data/outlets.tsv.
//
// Signals, strongest first: the source's metadata (outlet name or URL
// domain); a dateline prefix ("VOV.VN - ", "(Dân trí) - ", "TTO - ");
// a closing byline ("(TTXVN/Vietnam+)", "Theo VnExpress"); a
// self-reference ("Báo Thế giới và Việt Nam điểm...", "theo dõi VOV.VN
// trên"). A photo credit "(Ảnh: Reuters)" or a cited wire ("Hãng thông
// tấn Anadolu đưa tin") names a source, not the outlet, and is ignored.
// No signal gives no outlet: unknown is an honest answer.
#ifndef TINTUC_COMMON_OUTLET_DETECTOR_H
#define TINTUC_COMMON_OUTLET_DETECTOR_H

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace tintuc {

struct OutletEvidence {
    std::string metadata_outlet;         // name or domain from the source, may be empty
    std::string url;                     // the article's URL, may be empty
    std::string lead;                    // first paragraph (where dateline prefixes are)
    std::vector<std::string> body;       // body paragraphs, in order
    std::vector<std::string> bylines;    // closing lines like "(TTXVN/Vietnam+)"
    std::vector<std::string> furniture;  // page furniture lines (widgets carry self-references)
};

struct Outlet {
    std::string name;    // canonical name, e.g. "VnExpress", "VOV", "Báo Quốc tế"
    std::string domain;  // main domain, e.g. "vnexpress.net"
};

// The table of known outlets (data/outlets.tsv, compiled in).
class OutletTable {
  public:
    static const OutletTable& builtin();
    // By any spelling of its name ("Vietnam+", "Báo Thế giới và Việt Nam",
    // "vov.vn"), case- and accent-insensitive.
    std::optional<Outlet> by_name(std::string_view name) const;
    // By a URL or a host name ("https://vnexpress.net/...", "www.vov.vn").
    std::optional<Outlet> by_domain(std::string_view url_or_host) const;
    std::size_t size() const;

  private:
    friend std::optional<Outlet> detect_outlet(const OutletEvidence& evidence);

    static constexpr std::size_t npos = static_cast<std::size_t>(-1);

    // Parses the TSV; throws std::runtime_error on a malformed row or on a
    // name, domain or dateline claimed by two outlets, so a bad table fails
    // the first test rather than mislabelling articles.
    explicit OutletTable(std::string_view tsv);
    void add_name(const std::string& key, std::size_t outlet, bool in_text, int line);

    // These return an index into outlets_ or npos. Text arguments named
    // `norm` are already normalised (see normalise() in the .cpp).
    std::size_t find_name(std::string_view norm) const;
    std::size_t find_host(std::string_view url_or_host) const;
    // Longest spelling starting at `pos` and ending on a word boundary.
    std::size_t spelling_at(std::string_view norm, std::size_t pos, std::size_t& length) const;
    std::size_t from_dateline(std::string_view lead) const;
    std::size_t from_credit(std::string_view paragraph) const;
    std::size_t from_credit_name(std::string_view text) const;
    // Adds weighted votes for outlets the text refers to as itself.
    void vote_self_references(std::string_view text, std::vector<int>& votes,
                              std::vector<std::size_t>& first_seen, std::size_t& order) const;

    std::vector<Outlet> outlets_;
    // Canonical names, spellings and domains, normalised.
    std::unordered_map<std::string, std::size_t> names_;
    std::unordered_map<std::string, std::size_t> hosts_;
    // Spellings looked for in running text, keyed by their first word and
    // longest first, so a scan tries only the few that can match.
    std::unordered_map<std::string, std::vector<std::pair<std::string, std::size_t>>> text_names_;
    // Normalised dateline prefixes, longest first.
    std::vector<std::pair<std::string, std::size_t>> datelines_;
};

std::optional<Outlet> detect_outlet(const OutletEvidence& evidence);

}  // namespace tintuc

#endif
