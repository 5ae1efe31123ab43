#include "document_builder.h"

#include <algorithm>
#include <functional>
#include <string_view>

#include <nlohmann/json.hpp>

#include "common_words.h"
#include "document_data.h"
#include "schema.h"
#include "source_reader.h"
#include "text_analyzer.h"
#include "word_sequence.h"

namespace tintuc {
namespace {

// An article's words, each once with its summed within-document
// frequency, for adding to the Xapian document once per word: Xapian's
// document keeps its terms in a std::map, and adding every occurrence cost
// 7 % of indexing's CPU. Counted in an open-addressing table on a hash of
// the exact form, reused from article to article: a std::unordered_map
// cost a node allocation per word, and sorting the occurrences (string
// comparisons of equal words above all) 5-10 % of the analysis threads.
class WordCounts {
  public:
    struct Word {
        std::size_t hash = 0;
        const std::string* exact = nullptr;  // null: an empty slot
        const std::string* folded = nullptr;
        Xapian::termcount wdf = 0;
    };

    void clear(std::size_t occurrences) {
        std::size_t size = 64;
        while (size < 2 * occurrences) size *= 2;
        slots_.assign(size, Word{});
        used_.clear();
    }

    // `exact` and `folded` must outlive the counts.
    void add(const std::string& exact, const std::string& folded, Xapian::termcount wdf) {
        const std::size_t hash = std::hash<std::string_view>{}(exact);
        const std::size_t mask = slots_.size() - 1;
        std::size_t i = hash & mask;
        while (slots_[i].exact && (slots_[i].hash != hash || *slots_[i].exact != exact)) i = (i + 1) & mask;
        Word& w = slots_[i];
        if (!w.exact) {
            w = {hash, &exact, &folded, 0};
            used_.push_back(i);
        }
        w.wdf += wdf;
    }

    // Each word once, in the order first seen.
    template <typename Visit>
    void for_each(const Visit& visit) const {
        for (std::size_t i : used_) visit(slots_[i]);
    }

  private:
    std::vector<Word> slots_;
    std::vector<std::size_t> used_;
};

// Adds one zone's tokens. Each word is stored once, in its exact form,
// without a position (its order goes to `sequence`, word_sequence.h); the
// folded form only goes to the readings (see schema.h).
void index_zone(const std::vector<AnalysedToken>& tokens, Xapian::termcount wdf, bool title, WordCounts& terms,
                WordSequenceBuilder& sequence) {
    for (const AnalysedToken& tok : tokens) {
        terms.add(tok.exact, tok.folded, wdf);
        sequence.add(tok.folded);
        if (tok.joined_parts > 0) {
            // The joined form reads at the chain's last word, so a phrase
            // typed with the joined spelling ("Matxcơva tuyên bố") still
            // finds the hyphenated one.
            terms.add(tok.joined_exact, tok.joined_folded, wdf);
            sequence.add_alternative(tok.joined_folded);
        }
    }
    if (title)
        sequence.end_title();
    else
        sequence.end_zone();
}

// First and last day a date can be, as yyyymmdd.
std::pair<int, int> date_bounds(const PublicationDate& d) {
    switch (d.precision) {
        case DatePrecision::day: return {d.sort_key(), d.sort_key()};
        case DatePrecision::month: return {d.year * 10000 + d.month * 100 + 1, d.year * 10000 + d.month * 100 + 31};
        case DatePrecision::year: return {d.year * 10000 + 101, d.year * 10000 + 1231};
        case DatePrecision::unknown: break;
    }
    return {0, 0};
}

std::string_view place_prefix(PlaceType t) {
    switch (t) {
        case PlaceType::city: return schema::kCityPrefix;
        case PlaceType::country: return schema::kCountryPrefix;
        case PlaceType::province: return schema::kProvincePrefix;
        case PlaceType::region: return schema::kRegionPrefix;
    }
    return schema::kLocationPrefix;
}

// Filter terms for every entity, and the values facets are counted from.
void add_entity_terms(const Article& article, Xapian::Document& doc) {
    std::string people;
    for (const std::string& p : article.people) {
        doc.add_boolean_term(schema::filter_term(schema::kPersonPrefix, p));
        if (!people.empty()) people += schema::kValueSeparator;
        people += p;
    }
    std::string locations;
    for (const Place& l : article.locations) {
        doc.add_boolean_term(schema::filter_term(place_prefix(l.type), l.name));
        doc.add_boolean_term(schema::filter_term(schema::kLocationPrefix, l.name));
        if (!locations.empty()) locations += schema::kValueSeparator;
        locations.append(place_type_name(l.type)).append(":").append(l.name);
    }
    if (!people.empty()) doc.add_value(schema::kSlotPeople, people);
    if (!locations.empty()) doc.add_value(schema::kSlotLocations, locations);
    if (article.outlet) {
        doc.add_boolean_term(schema::filter_term(schema::kOutletPrefix, article.outlet->name));
        doc.add_value(schema::kSlotOutlet, article.outlet->name);
    }
}


Xapian::Document make_document(const SourceRecord& record, const Article& article, const std::string& path,
                               const std::string& stamp, std::string& id_term, ReadingSet& readings) {
    Xapian::Document doc;
    index_article_terms(article, doc, readings);
    const std::string id = schema::document_id(record.key);
    id_term = schema::id_term(id);
    doc.add_boolean_term(id_term);
    doc.add_value(schema::kSlotSourcePath, path);
    doc.add_value(schema::kSlotFileStamp, stamp);
    if (article.date.precision != DatePrecision::unknown) {
        const auto [first, last] = date_bounds(article.date);
        doc.add_value(schema::kSlotDateFirst, Xapian::sortable_serialise(first));
        doc.add_value(schema::kSlotDateLast, Xapian::sortable_serialise(last));
    }
    add_entity_terms(article, doc);
    std::string text = article.lead;
    for (const std::string& p : article.body) text.append(text.empty() ? "" : "\n").append(p);
    for (const std::string& c : article.captions) text.append(text.empty() ? "" : "\n").append(c);
    nlohmann::ordered_json data = {
        {schema::kDataId, id},
        {schema::kDataPath, record.key},
        {schema::kDataTitle, article.title},
        {schema::kDataDate, article.date.precision == DatePrecision::unknown ? nullptr : nlohmann::ordered_json(article.date.iso())},
        {schema::kDataDatePrecision, article.date.precision_name()},
        {schema::kDataOutlet, article.outlet ? nlohmann::ordered_json(article.outlet->name) : nullptr},
        {schema::kDataPeople, article.people},
        {schema::kDataLocations, locations_json(article)},
        {schema::kDataChars,
         {{"title", article.title_chars()},
          {"lead", article.lead_chars()},
          {"body", article.body_chars()},
          {"captions", article.caption_chars()},
          {"furniture", article.furniture_chars}}}};
    store_document_data(doc, data, text);
    return doc;
}

}  // namespace

nlohmann::ordered_json locations_json(const Article& article) {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const Place& l : article.locations) out.push_back({{"name", l.name}, {"type", place_type_name(l.type)}});
    return out;
}

void index_article_terms(const Article& article, Xapian::Document& doc, ReadingSet& readings) {
    const std::vector<std::string_view> zones = article.zones();
    // analyse_article() keeps each zone's tokens; an article put together
    // otherwise is analysed here.
    const bool analysed = article.zone_tokens.size() == zones.size();
    // Kept for all zones: `terms` points into them.
    std::vector<std::vector<AnalysedToken>> scratch(analysed ? 0 : zones.size());
    std::size_t occurrences = 0;
    for (std::size_t z = 0; z < zones.size(); ++z) {
        if (!analysed) analyse_text(zones[z], scratch[z]);
        // Joined forms of hyphenated chains add one more each, at most.
        occurrences += 2 * (analysed ? article.zone_tokens[z] : scratch[z]).size();
    }
    thread_local WordCounts terms;
    terms.clear(occurrences);
    WordSequenceBuilder sequence;
    for (std::size_t z = 0; z < zones.size(); ++z) {
        const Xapian::termcount wdf = z == 0 ? schema::kTitleWdf : z == 1 ? schema::kLeadWdf : schema::kBodyWdf;
        index_zone(analysed ? article.zone_tokens[z] : scratch[z], wdf, z == 0, terms, sequence);
    }
    thread_local CommonWordCounter common(CommonWords::builtin());
    terms.for_each([&](const WordCounts::Word& w) {
        doc.add_term(*w.exact, w.wdf);
        common.add(*w.folded, w.wdf);
        if (*w.exact != *w.folded) readings.add(*w.folded, *w.exact);
    });
    doc.add_value(schema::kSlotWordSequence, sequence.encode());
    if (std::string counts = common.encode(); !counts.empty()) doc.add_value(schema::kSlotCommonWords, counts);
}

BuiltFile build_documents(const std::string& path, const std::string& stamp,
                          const std::unordered_set<std::string>* sent) {
    BuiltFile built;
    built.readings = ReadingSet(sent);
    SourceReadResult source = read_source(path);
    if (!source.error.empty()) {
        built.error = source.error;
        return built;
    }
    built.record_errors = std::move(source.record_errors);
    for (const SourceRecord& record : source.records) {
        Article article = analyse_article(record.text, record.meta);
        if (article.title.empty() && article.lead.empty() && article.body.empty()) {
            built.record_errors.push_back(record.key == path ? std::string("no text (no line with letters)")
                                                             : "record " + record.key.substr(path.size() + 1) +
                                                                   ": no text (no line with letters)");
            continue;
        }
        BuiltDocument d;
        d.document = make_document(record, article, path, stamp, d.id_term, built.readings);
        built.documents.push_back(std::move(d));
    }
    built.ok = !built.documents.empty();
    if (!built.ok && built.error.empty()) {
        built.error = built.record_errors.empty() ? "no article in file" : built.record_errors.front();
        if (built.record_errors.size() == 1) built.record_errors.clear();
    }
    return built;
}

}  // namespace tintuc
