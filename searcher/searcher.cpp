#include "searcher.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <stdexcept>
#include <filesystem>
#include <future>
#include <memory>
#include <thread>
#include <optional>
#include <set>

#include <nlohmann/json.hpp>

#include "bm25.h"
#include "docid_range.h"
#include "document_data.h"
#include "pair_rescorer.h"
#include "person_extractor.h"
#include "phrase_filter.h"
#include "place_gazetteer.h"
#include "query_builder.h"
#include "query_parser.h"
#include "schema.h"

namespace tintuc {

Searcher::Searcher(const std::string& database, unsigned threads) : path_(database) {
    std::error_code ec;
    if (!std::filesystem::exists(database, ec))
        throw DatabaseError("no index at '" + database + "': run 'tintuc-index --db " + database +
                            " PATH...' first to build it");
    std::string version;
    try {
        db_ = Xapian::Database(database);
        version = db_.get_doccount() > 0 ? schema::schema_version(db_) : schema::kSchemaVersion;
    } catch (const Xapian::Error& e) {
        throw DatabaseError("cannot open index '" + database + "': " + e.get_msg() +
                            "; rebuild it with 'tintuc-index --rebuild --db " + database + " PATH...'");
    }
    // Another layout would match the wrong terms or show empty snippets.
    if (version != schema::kSchemaVersion)
        throw DatabaseError("index '" + database + "' was built by another version of tintuc (index layout " +
                            version + ", this one reads " + schema::kSchemaVersion +
                            "): rebuild it with 'tintuc-index --rebuild --db " + database + " PATH...'");
    // The list of words whose counts slot 9 keeps, as the index numbers them.
    if (const std::string list = db_.get_metadata(schema::kCommonWordsKey); !list.empty())
        common_words_ = CommonWords::parse(list);
    threads_chosen_ = threads > 0;
    threads_ = threads_chosen_ ? threads : std::clamp(std::thread::hardware_concurrency(), 1u, kMaxSearchThreads);
    // Handles for the parts this index splits into now: each holds a few
    // open files, so no more than are used.
    const unsigned wanted = split_for(threads_);
    try {
        for (unsigned i = 1; i < wanted; ++i) extra_dbs_.emplace_back(database);
        reading_caches_.resize(wanted);
        pool_ = std::make_unique<WorkerPool>(wanted - 1);
    } catch (const Xapian::Error& e) {
        throw DatabaseError("cannot open index '" + database + "' once per thread: " + e.get_msg() +
                            "; try again with --threads 1");
    }
}

unsigned Searcher::split_for(unsigned threads) const {
    unsigned n = threads;
    if (!threads_chosen_) n = std::min<Xapian::doccount>(n, std::max<Xapian::doccount>(1, db_.get_doccount() / kArticlesPerThread));
    return std::max(1u, std::min<unsigned>(n, db_.get_lastdocid()));
}

unsigned Searcher::parts() const {
    // An index that grew since it was opened keeps the handles it has.
    return std::min<unsigned>(split_for(threads_), static_cast<unsigned>(extra_dbs_.size()) + 1);
}

void Searcher::reopen() {
    db_.reopen();
    for (Xapian::Database& db : extra_dbs_) db.reopen();
}

namespace {

std::vector<Reading> readings(const Xapian::Database& db, const std::string& folded) {
    std::vector<Reading> out;
    if (const Xapian::doccount n = db.get_termfreq(folded)) out.push_back({folded, n});
    const std::string key = schema::readings_key(folded);
    for (auto it = db.synonyms_begin(key); it != db.synonyms_end(key); ++it)
        if (const Xapian::doccount n = db.get_termfreq(*it)) out.push_back({*it, n});
    return out;
}

std::optional<EntityTerm> entity(const Xapian::Database& db, const std::vector<std::string>& folded_words) {
    std::string run;
    for (const std::string& w : folded_words) {
        if (!run.empty()) run += ' ';
        run += w;
    }
    // Any spelling of a place the gazetteer knows, as the indexer stored it.
    if (const std::optional<Place> place = PlaceGazetteer::builtin().lookup(run)) {
        std::string term = schema::filter_term(schema::kLocationPrefix, place->name);
        if (const Xapian::doccount n = db.get_termfreq(term)) return EntityTerm{std::move(term), n};
    }
    // People go by full names of three words or more, surname first: two-
    // word runs ("van hoa", "cong an") are common words far more often than
    // names, and the extractor's rarer "people" include phrases that are
    // not names ("U20 Việt Nam", a team, in 13 articles).
    if (folded_words.size() >= 3 && is_folded_vietnamese_surname(folded_words.front())) {
        std::string term = schema::filter_term(schema::kPersonPrefix, run);
        if (const Xapian::doccount n = db.get_termfreq(term); n >= kMinPersonArticles)
            return EntityTerm{std::move(term), n};
    }
    return std::nullopt;
}

// What a result shows, read from the index once: the snippet is cut from
// the analysed text.
struct StoredHit {
    Xapian::Document doc;
    DocumentData data;
    std::string title;
    FoldedText tokens;
};

struct Candidate {
    Xapian::docid id = 0;
    double weight = 0;
    std::optional<StoredHit> stored;
};

StoredHit read_hit(const Xapian::Document& doc) {
    StoredHit h{doc, read_document_data(doc), {}, {}};
    if (h.data.fields.is_object()) h.title = h.data.fields.value(schema::kDataTitle, "");
    fold_text(h.data.text, h.tokens);
    return h;
}

// Reads the candidates at positions `needed` of `ranked`, shared out
// between up to `threads` threads, thread t reading through its own handle
// (db, then extra[t - 1]): reading, decompressing and folding ten headline
// results' text took a third of a headline query's time on one thread.
void read_candidates(std::vector<Candidate>& ranked, const std::vector<std::size_t>& needed,
                     const Xapian::Database& db, const std::vector<Xapian::Database>& extra, unsigned threads,
                     WorkerPool& pool) {
    threads = static_cast<unsigned>(std::clamp<std::size_t>(needed.size(), 1, std::min<std::size_t>(threads, extra.size() + 1)));
    // Every thread-th one, so that long and short articles spread evenly.
    auto read_share = [&](unsigned t, const Xapian::Database& handle) {
        for (std::size_t k = t; k < needed.size(); k += threads) {
            Candidate& c = ranked[needed[k]];
            if (!c.stored) c.stored = read_hit(handle.get_document(c.id));
        }
    };
    TaskGroup others(pool);
    for (unsigned t = 1; t < threads; ++t) others.run([&, t] { read_share(t, extra[t - 1]); });
    read_share(0, db);
    others.wait();
}

SearchHit make_hit(const StoredHit& stored, const std::set<std::string>& highlight) {
    SearchHit hit;
    const nlohmann::ordered_json& data = stored.data.fields;
    if (!data.is_object()) {
        hit.path = stored.doc.get_value(schema::kSlotSourcePath);
        return hit;
    }
    hit.id = data.value(schema::kDataId, "");
    hit.path = data.value(schema::kDataPath, "");
    hit.title = stored.title;
    const auto date = data.find(schema::kDataDate);
    if (date != data.end() && date->is_string()) hit.date = date->get<std::string>();
    hit.date_precision = data.value(schema::kDataDatePrecision, "unknown");
    const auto outlet = data.find(schema::kDataOutlet);
    if (outlet != data.end() && outlet->is_string()) hit.outlet = outlet->get<std::string>();
    hit.snippet = make_snippet(stored.data.text, stored.tokens, highlight);
    return hit;
}

}  // namespace

int parse_date_bound(const std::string& text, bool last, const std::string& option) {
    int y = 0, m = 0, d = 0;
    char extra = 0;
    const int n = std::sscanf(text.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &extra);
    const bool shape_ok = (n == 1 && text.size() == 4) || (n == 2 && text.size() == 7) || (n == 3 && text.size() == 10);
    const bool range_ok = y >= 1900 && y <= 2100 && (n < 2 || (m >= 1 && m <= 12)) && (n < 3 || (d >= 1 && d <= 31));
    if (!shape_ok || !range_ok)
        throw std::invalid_argument("invalid " + option + " '" + text + "': use YYYY, YYYY-MM or YYYY-MM-DD");
    if (n == 1) return y * 10000 + (last ? 1231 : 101);
    if (n == 2) return y * 10000 + m * 100 + (last ? 31 : 1);
    return y * 10000 + m * 100 + d;
}

// What one thread found in its part of the index.
struct Searcher::PartMatches {
    struct Match {
        Xapian::docid id = 0;
        double weight = 0;
        std::string sort_key;  // the date slot when sorting by date
    };
    std::vector<Match> matches;
    Xapian::doccount estimated = 0;
    std::unique_ptr<FacetCounter> counter;  // a MatchSpy cannot move
};

Searcher::PartMatches Searcher::match_part(const Xapian::Database& db, Xapian::docid last_docid, unsigned part,
                                           unsigned parts, const ParsedQuery& parsed, const SearchOptions& options,
                                           Xapian::doccount wanted, BuiltQuery* built) const {
    ReadingCache& cache = reading_caches_[part];
    // A rebuilt index starts its revisions afresh: its id tells it apart.
    if (cache.revision != db.get_revision() || cache.uuid != db.get_uuid() ||
        cache.readings.size() > kMaxCachedReadings) {
        cache.readings.clear();
        cache.revision = db.get_revision();
        cache.uuid = db.get_uuid();
    }
    const ReadingLookup lookup = [&db, &cache](const std::string& folded) {
        auto it = cache.readings.find(folded);
        if (it == cache.readings.end()) it = cache.readings.emplace(folded, readings(db, folded)).first;
        return it->second;
    };
    const EntityLookup entities = [&db](const std::vector<std::string>& words) { return entity(db, words); };
    const StoredCommonWords common{common_words_ ? &*common_words_ : nullptr, db.get_avlength()};
    BuiltQuery b = build_query(parsed, lookup, db.get_doccount(), entities, common);
    std::vector<Filter> filters = options.filters;
    for (const auto& [facet, value] : parsed.filters) filters.push_back({facet, value});
    Xapian::Query q = b.query;
    // Everything that only restricts which articles match: filters, the
    // overlap of an article's possible days with [since, until], and this
    // thread's part of the index.
    std::vector<Xapian::Query> limits;
    const bool filtered = !filters.empty() || options.since || options.until;
    const auto [first, last] = docid_part(last_docid, part, parts);
    if (!filters.empty()) limits.push_back(combine_filters(filters));
    if (options.since)
        limits.emplace_back(Xapian::Query::OP_VALUE_GE, schema::kSlotDateLast, Xapian::sortable_serialise(options.since));
    if (options.until)
        limits.emplace_back(Xapian::Query::OP_VALUE_LE, schema::kSlotDateFirst,
                            Xapian::sortable_serialise(options.until));
    if (parts > 1) limits.emplace_back((new DocidRangeSource(first, last))->release());
    if (!limits.empty())
        q = Xapian::Query(Xapian::Query::OP_FILTER, q,
                          checked_per_match(Xapian::Query(Xapian::Query::OP_AND, limits.begin(), limits.end())));
    Xapian::Enquire enquire(db);
    enquire.set_query(q);
    enquire.set_weighting_scheme(bm25::weighting());
    // Newest first; articles without a date have no value and sort last.
    if (options.sort_by_date) enquire.set_sort_by_value_then_relevance(schema::kSlotDateLast, true);
    PartMatches out;
    // Facets are counted over the first kFacetSample matches at least (all
    // of them when fewer), shared out between the parts.
    if (!options.facets.empty()) {
        out.counter = std::make_unique<FacetCounter>(options.facets);
        enquire.add_matchspy(out.counter.get());
    }
    const Xapian::doccount check = options.facets.empty() ? 0 : (kFacetSample + parts - 1) / parts;
    const PhraseDecider phrases(b.required_phrases);
    Xapian::MSet mset = enquire.get_mset(0, wanted, check, nullptr, b.required_phrases.empty() ? nullptr : &phrases);
    out.estimated = mset.get_matches_estimated();
    // An exhaustive match counted the documents exactly. Otherwise Xapian
    // estimated as if nothing limited the query (checked_per_match() hides
    // how few documents the limits keep), so the estimate is scaled by the
    // share of the index the limits keep: the part's share of the ids, or
    // with filters, the documents they keep, counted (counting the ids of a
    // part added 1 ms to a query).
    if (!limits.empty() && mset.get_matches_lower_bound() != mset.get_matches_upper_bound()) {
        double share = 1;
        if (filtered) {
            Xapian::Enquire kept(db);
            kept.set_query(Xapian::Query(Xapian::Query::OP_AND, limits.begin(), limits.end()));
            kept.set_weighting_scheme(Xapian::BoolWeight());
            share = static_cast<double>(kept.get_mset(0, 0, db.get_doccount()).get_matches_estimated()) /
                    std::max<Xapian::doccount>(1, db.get_doccount());
        } else {
            share = static_cast<double>(last - first + 1) / std::max<Xapian::docid>(1, last_docid);
        }
        out.estimated = static_cast<Xapian::doccount>(std::lround(out.estimated * share));
    }
    for (auto it = mset.begin(); it != mset.end(); ++it)
        out.matches.push_back({*it, it.get_weight(), options.sort_by_date ? it.get_sort_key() : std::string()});
    if (built) *built = std::move(b);
    return out;
}

SearchResponse Searcher::search(std::string_view query, const SearchOptions& options, bool retried) {
    const std::size_t offset = options.offset, limit = options.limit;
    const auto start = std::chrono::steady_clock::now();
    SearchResponse response;
    response.query.assign(query);
    ParsedQuery parsed = parse_query(query, !options.filters.empty());
    try {
        // In relevance order the first results are re-ranked by adjacent
        // query words (pair_rescorer.h), so at least that many are fetched.
        // The depth does not depend on the page, so pages never overlap;
        // pages past it keep Xapian's order.
        const std::size_t wanted = offset + limit;
        const bool rescore = !options.sort_by_date && limit > 0 && !adjacent_pairs(parsed.root).empty();
        const std::size_t depth =
            rescore ? rescore_depth(count_words(parsed.root), parsed.typed_with_accents, only_quoted(parsed.root)) : 0;
        const std::size_t fetched = std::max(wanted, depth);
        // Each part finds its own first `fetched`; merged in the same order
        // Xapian sorts by, they are the first `fetched` of the whole index.
        const unsigned n = parts();
        // One split for all parts, though a handle may have opened a later
        // revision of the index.
        const Xapian::docid last_docid = db_.get_lastdocid();
        std::vector<PartMatches> found(n);
        TaskGroup others(*pool_);
        for (unsigned i = 1; i < n; ++i)
            others.run([&, i] {
                found[i] = match_part(extra_dbs_[i - 1], last_docid, i, n, parsed, options,
                                      static_cast<Xapian::doccount>(fetched), nullptr);
            });
        BuiltQuery built;
        PartMatches all =
            match_part(db_, last_docid, 0, n, parsed, options, static_cast<Xapian::doccount>(fetched), &built);
        others.wait();
        for (unsigned i = 1; i < n; ++i) {
            PartMatches& p = found[i];
            all.estimated += p.estimated;
            all.matches.insert(all.matches.end(), std::make_move_iterator(p.matches.begin()),
                               std::make_move_iterator(p.matches.end()));
            if (all.counter && p.counter) all.counter->merge(*p.counter);
        }
        if (n > 1) {
            // Xapian's order: the sort key (when sorting by date) then weight,
            // both descending; ties by ascending docid.
            std::sort(all.matches.begin(), all.matches.end(), [](const auto& a, const auto& b) {
                if (a.sort_key != b.sort_key) return a.sort_key > b.sort_key;
                if (a.weight != b.weight) return a.weight > b.weight;
                return a.id < b.id;
            });
            if (all.matches.size() > fetched) all.matches.resize(fetched);
        }
        response.total = all.estimated;
        if (all.counter) {
            response.facets = all.counter->results(options.facet_limit);
            response.facets_counted = all.counter->documents_seen();
            if (response.facets_counted > 0 && response.facets_counted < response.total)
                scale_counts(response.facets, static_cast<double>(response.total) / response.facets_counted);
        }
        std::vector<Candidate> ranked;
        for (const auto& m : all.matches) {
            if (ranked.size() == std::max(wanted, depth)) break;
            ranked.push_back({m.id, m.weight, std::nullopt});
        }
        if (offset < depth) {
            // Re-ranked by adjacent query words (pair_rescorer.h), from each
            // article's word sequence: a small value, not its text.
            const std::vector<WordPair> pairs = hash_pairs(built.adjacent_pairs);
            const std::size_t k = std::min(depth, ranked.size());
            for (std::size_t i = 0; i < k; ++i) {
                const std::string sequence =
                    db_.get_document(ranked[i].id, Xapian::DOC_ASSUME_VALID).get_value(schema::kSlotWordSequence);
                ranked[i].weight += kPairWeight * count_adjacent_pairs(sequence, pairs);
            }
            std::stable_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(k),
                             [](const Candidate& a, const Candidate& b) { return a.weight > b.weight; });
        }
        // The page is read (text, snippets) once its order is known.
        std::vector<std::size_t> needed;
        for (std::size_t i = offset; i < ranked.size() && i < wanted; ++i) needed.push_back(i);
        read_candidates(ranked, needed, db_, extra_dbs_, n, *pool_);
        for (std::size_t i = offset; i < ranked.size() && i < wanted; ++i) {
            SearchHit hit = make_hit(*ranked[i].stored, built.highlight);
            hit.rank = i + 1;
            hit.score = ranked[i].weight;
            response.hits.push_back(std::move(hit));
        }
    } catch (const Xapian::DatabaseModifiedError&) {
        // The indexer committed while we read: reopen and retry once.
        if (retried) throw DatabaseError("index '" + path_ + "' is changing too fast to read; try again");
        reopen();
        return search(query, options, true);
    } catch (const Xapian::Error& e) {
        throw DatabaseError("searching '" + path_ + "' failed: " + e.get_msg());
    }
    response.took_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    return response;
}

}  // namespace tintuc
