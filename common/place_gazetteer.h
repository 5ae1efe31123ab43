// Finds the places an article names, from gazetteer tables in data/:
// countries (Vietnamese and English names), Vietnam's provinces and
// cities (the 63 units before the July 2025 merger and the 34 after it,
// old names mapped to the new unit), world capitals and major cities with
// their Vietnamese exonyms, and common regions. Every spelling of a place
// maps to one canonical entry ("Moskva", "Moscow", "Mát-xcơ-va",
// "Matxcơva" -> Moscow), so facets count one place once.
#ifndef TINTUC_COMMON_PLACE_GAZETTEER_H
#define TINTUC_COMMON_PLACE_GAZETTEER_H

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "text_analyzer.h"
#include "word_filter.h"

namespace tintuc {

enum class PlaceType { city, country, province, region };

// "city", "country", "province", "region".
const char* place_type_name(PlaceType type);

struct Place {
    std::string name;  // canonical display name, Vietnamese where usual: "Thổ Nhĩ Kỳ", "Moskva", "Hà Nội"
    PlaceType type = PlaceType::city;
};

struct PlaceMention {
    std::size_t begin = 0, end = 0;  // byte span of the matched text
    Place place;
};

class PlaceGazetteer {
  public:
    // The tables compiled in from data/ (loaded once, thread-safe).
    static const PlaceGazetteer& builtin();

    // Every place named in `text` (NFC UTF-8), longest spelling first, not
    // overlapping, in text order. Names must be written capitalised as in
    // running text ("Hà Nội", "Moskva"; "hà nội" is not matched), and
    // ambiguous short names (Anh, Mỹ, Nga, Úc, Pháp, Đức, ...) count as
    // countries only in a country context (see the .cpp).
    std::vector<PlaceMention> find(std::string_view text) const;
    // The same over `tokens`, analyse_text(text) already done by the caller
    // (article analysis shares one pass among places, people and terms).
    std::vector<PlaceMention> find(std::string_view text, const std::vector<AnalysedToken>& tokens) const;

    // The place a user means by `name` in a filter ("moscow", "mat xco va",
    // "Sài Gòn"): case- and accent-insensitive lookup of any spelling.
    std::optional<Place> lookup(std::string_view name) const;

    // True when `folded` (accent- and case-folded, single-spaced) is a
    // spelling of some place: lets the person extractor refuse
    // "Thổ Nhĩ Kỳ" or "Hà Nội" as people.
    bool is_place_name(std::string_view folded) const;

  private:
    // How much context a spelling needs before it counts (see the .cpp).
    enum class Need : std::uint8_t { none, context, strict_context, pair };

    struct Spelling {
        std::uint32_t place = 0;  // index into places_
        Need need = Need::none;
        // Bit i set: token i must be capitalised in text, as the data
        // writes it ("châu Âu": only "Âu").
        std::uint32_t capitalised = 0;
    };

    PlaceGazetteer();
    std::uint32_t add_place(const std::string& name, PlaceType type);
    void add_spelling(std::uint32_t place, std::string_view spelling, Need need);
    // A table's name or alias: a leading '~' marks a context-only spelling.
    void add_marked_spelling(std::uint32_t place, std::string_view spelling);
    void add_not_place(std::string_view phrase);
    void load_countries(std::string_view tsv);
    void load_provinces(std::string_view tsv);
    void load_simple(std::string_view tsv, PlaceType type, bool with_country);

    std::vector<Place> places_;
    std::unordered_map<std::string, std::uint32_t> place_index_;  // type + name -> index
    // Folded token sequence ("mat xco va") -> spelling, for lookups typed
    // without accents.
    std::unordered_map<std::string, Spelling> spellings_;
    // A token sequence as find() looks it up, one probe per token: whether
    // it is a phrase of the table, and whether a longer one starts with it
    // (no entry: neither, so the search stops there).
    template <class Value>
    struct Entry {
        Value value{};
        bool is_phrase = false;
        bool extends = false;
    };
    // Exact token sequence ("mát xcơ va") -> spelling: text must carry the
    // table's accents, or "Viện" would be Viên and "Vịnh" Vinh.
    std::unordered_map<std::string, Entry<Spelling>> exact_spellings_;
    // Exact token sequences that are never places ("Nhà Trắng").
    std::unordered_map<std::string, Entry<bool>> not_places_;
    // The first tokens of those phrases: most tokens start none.
    WordFilter first_tokens_;
    void note_first_token(const std::string& phrase);
    std::vector<bool> is_country_;  // per place
};

}  // namespace tintuc

#endif
