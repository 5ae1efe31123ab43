#include "query_builder.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <queue>
#include <set>

#include "bm25.h"
#include "common_words.h"
#include "common_words_source.h"
#include "phrase_filter.h"

namespace tintuc {
namespace {

class Builder {
  public:
    Builder(bool accented, bool long_query, const ReadingLookup& readings, Xapian::doccount collection,
            const StoredCommonWords& common)
        : accented_(accented), long_query_(long_query), readings_(readings), collection_(collection), common_(common) {}

    // `required`: every match must match `n` (see required_phrases).
    Xapian::Query node(const QueryNode& n, bool required = false) {
        switch (n.kind) {
            case QueryNode::Kind::words:
                return words(n, required);
            case QueryNode::Kind::all_of:
                return combine(Xapian::Query::OP_AND, n.children, required);
            case QueryNode::Kind::any_of:
                return combine(Xapian::Query::OP_OR, n.children, false);
            case QueryNode::Kind::group:
                return group(n, required);
        }
        return {};
    }

    std::set<std::string> highlight;
    std::vector<std::vector<std::string>> required_phrases;

  private:
    Xapian::Query combine(Xapian::Query::op op, const std::vector<QueryNode>& children, bool required) {
        std::vector<Xapian::Query> subs;
        for (const QueryNode& c : children) subs.push_back(node(c, required));
        return Xapian::Query(op, subs.begin(), subs.end());
    }

    Xapian::Query group(const QueryNode& n, bool required) {
        // Up to kShortQueryWords items must all match (the AND below).
        const bool all_required = required && n.children.size() <= kShortQueryWords;
        std::vector<Xapian::Query> positives;
        for (const QueryNode& c : n.children) positives.push_back(node(c, all_required));
        Xapian::Query q;
        if (positives.empty()) {
            // The empty term matches every document, as Query::MatchAll
            // does; a fresh one, because copying that shared static from
            // the threads matching parts of the index (searcher.h) would
            // race on its reference count.
            q = Xapian::Query(std::string());
        } else if (positives.size() == 1) {
            q = positives.front();
        } else if (positives.size() <= kShortQueryWords) {
            q = Xapian::Query(Xapian::Query::OP_AND, positives.begin(), positives.end());
        } else {
            q = any_word(n.children, positives);
        }
        if (!n.excluded.empty()) {
            std::vector<Xapian::Query> negatives;
            for (const QueryNode& c : n.excluded) negatives.push_back(excluded(c));
            q = Xapian::Query(Xapian::Query::OP_AND_NOT, q,
                              Xapian::Query(Xapian::Query::OP_OR, negatives.begin(), negatives.end()));
        }
        return q;
    }

    // Any of a long query's words; typed without accents, the common ones
    // only weigh articles a rarer word found (query_builder.h).
    Xapian::Query any_word(const std::vector<QueryNode>& children, const std::vector<Xapian::Query>& positives) {
        const Xapian::Query any(Xapian::Query::OP_OR, positives.begin(), positives.end());
        if (accented_ || collection_ == 0) return any;
        std::vector<double> shares;
        for (const QueryNode& c : children) shares.push_back(share_of(c));
        // With enough rarer words to find the article, frequent words only
        // weigh too.
        const auto finding = std::count_if(shares.begin(), shares.end(), [](double s) { return s <= kFrequentWordShare; });
        const double line = static_cast<std::size_t>(finding) >= kMinFindingWords ? kFrequentWordShare : kCommonWordShare;
        std::vector<Xapian::Query> rare, common;
        // Common words whose counts the articles keep (common_words_source.h).
        std::vector<CommonWordsSource::Word> counted;
        for (std::size_t i = 0; i < children.size(); ++i) {
            if (shares[i] <= line) {
                rare.push_back(positives[i]);
            } else if (const std::optional<std::uint32_t> id = counted_id(children[i])) {
                const std::string& folded = children[i].tokens.front().folded;
                counted.push_back({*id, bm25::idf(synonym_articles(folded), collection_) * meant_factor(folded)});
            } else {
                common.push_back(positives[i]);
            }
        }
        // When every word is common, any of them finds.
        if (rare.empty()) return any;
        if (!counted.empty())
            common.emplace_back((new CommonWordsSource(std::move(counted), common_.list->bitmap_bytes(),
                                                       common_.average_length))
                                    ->release());
        if (common.empty()) return any;
        return Xapian::Query(Xapian::Query::OP_AND_MAYBE, Xapian::Query(Xapian::Query::OP_OR, rare.begin(), rare.end()),
                             Xapian::Query(Xapian::Query::OP_OR, common.begin(), common.end()));
    }

    // The number of a single word in the index's list of counted words.
    std::optional<std::uint32_t> counted_id(const QueryNode& c) const {
        if (!common_.list || c.kind != QueryNode::Kind::words || c.tokens.size() != 1) return std::nullopt;
        return common_.list->id(c.tokens.front().folded);
    }

    // The share of the articles holding any reading of a single word (the
    // sum overcounts articles with two readings, which only matters near
    // the lines it is compared with); 0 for a phrase or a group, which
    // always find.
    double share_of(const QueryNode& c) {
        if (c.kind != QueryNode::Kind::words || c.tokens.size() != 1) return 0;
        double articles = 0;
        for (const Reading& r : readings_of(c.tokens.front().folded)) articles += r.articles;
        return articles / collection_;
    }

    // What to remove for an excluded item: matching only, no weight.
    Xapian::Query excluded(const QueryNode& n) {
        if (n.kind != QueryNode::Kind::words) {
            Builder inner(accented_, long_query_, readings_, collection_, common_);
            return inner.node(n);
        }
        std::vector<Xapian::Query> terms;
        std::vector<std::string> folded;
        for (const AnalysedToken& t : n.tokens) {
            terms.push_back(accented_ ? Xapian::Query(t.exact) : any_reading(t.folded, Xapian::Query::OP_OR));
            folded.push_back(t.folded);
        }
        if (terms.size() == 1) return terms.front();
        return phrase_query(terms, folded);
    }

    const std::vector<Reading>& readings_of(const std::string& folded) {
        auto it = cache_.find(folded);
        if (it != cache_.end()) return it->second;
        std::vector<Reading> r;
        if (readings_) r = readings_(folded);
        else r.push_back({folded, 1});
        return cache_.emplace(folded, std::move(r)).first->second;
    }

    // Matches any reading of `folded`.
    Xapian::Query any_reading(const std::string& folded, Xapian::Query::op op = Xapian::Query::OP_SYNONYM) {
        const std::vector<Reading>& r = readings_of(folded);
        // No reading in the index: the folded term matches nothing, as it
        // should, and keeps the query well formed.
        if (r.empty()) return Xapian::Query(folded);
        if (r.size() == 1) return Xapian::Query(r.front().exact);
        std::vector<Xapian::Query> terms;
        for (const Reading& x : r) terms.emplace_back(x.exact);
        return Xapian::Query(op, terms.begin(), terms.end());
    }

    // The accent-free word with the weight of its dominant reading on top,
    // or nothing to add when no reading dominates.
    std::optional<Xapian::Query> dominant(const std::string& folded) {
        const std::vector<Reading>& r = readings_of(folded);
        // One reading only: its postings are the word's, nothing to tell apart.
        if (r.size() < 2) return std::nullopt;
        Xapian::doccount total = 0;
        const Reading* best = &r.front();
        for (const Reading& x : r) {
            total += x.articles;
            if (x.articles > best->articles) best = &x;
        }
        const double share = total ? static_cast<double>(best->articles) / static_cast<double>(total) : 0.0;
        if (share < kDominantShare) return std::nullopt;
        return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(best->exact), share);
    }

    // An accent-free word weighed with the idf the reading the user meant
    // would have, on average over its readings by frequency, instead of
    // the idf of all readings together: folded, "dong" stands for đông,
    // động, đồng, dòng, ... and holds nearly every article, so BM25 gave it
    // almost no weight where "Đông" typed with accents has plenty.
    // OP_SCALE_WEIGHT by expected idf / union idf (never below 1: no
    // reading is commoner than their union). Full titles without accents
    // 0.702 -> 0.722 MRR@10, three syllables 0.206 -> 0.227, at about 1.5x
    // the time, as common words now weigh enough that Xapian cannot skip
    // them (capping the factor at 1.5 / 3 / 10 kept 0.705 / 0.715 / 0.721).
    Xapian::Query weighed_as_meant(const std::string& folded, const Xapian::Query& any) {
        if (readings_of(folded).size() < 2 || collection_ == 0) return any;
        return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, any, meant_factor(folded));
    }

    // The factor weighed_as_meant scales by (1 for a word of one reading).
    double meant_factor(const std::string& folded) {
        const std::vector<Reading>& r = readings_of(folded);
        if (r.size() < 2 || collection_ == 0) return 1;
        double total = 0, together = 0;
        for (const Reading& x : r) {
            total += x.articles;
            // Xapian's estimate for the union of postings, unrounded.
            together += x.articles - together * x.articles / collection_;
        }
        double expected = 0;
        for (const Reading& x : r) expected += x.articles / total * bm25::idf(x.articles, collection_);
        return std::max(1.0, expected / std::max(bm25::idf(together, collection_), 1e-3));
    }

    // The articles holding any reading of `folded` as Xapian 1.4 estimates
    // them for the readings' OP_SYNONYM, to the rounding: it joins the two
    // rarest lists first, estimates each pair's union as if independent,
    // and rounds each estimate to a whole number.
    double synonym_articles(const std::string& folded) {
        std::priority_queue<double, std::vector<double>, std::greater<>> lists;
        for (const Reading& x : readings_of(folded)) lists.push(x.articles);
        if (lists.empty()) return 0;
        while (lists.size() > 1) {
            const double r = lists.top();
            lists.pop();
            const double l = lists.top();
            lists.pop();
            lists.push(std::floor(l + r - (l * r / collection_) + 0.5));
        }
        return lists.top();
    }

    // AND_MAYBE, not OR: an exact form only occurs where one of the word's
    // readings does, and the matcher may skip the exact postings of
    // articles that cannot reach the top (long accented headlines were 20x
    // slower with OR).
    Xapian::Query scored(const std::string& folded, const std::string& exact) {
        if (accented_) {
            // A long query typed with accents matches on the exact forms
            // alone: as precise, and 3x faster than merging every
            // reading's postings (see query_builder.h).
            if (long_query_) return Xapian::Query(exact);
            return Xapian::Query(Xapian::Query::OP_AND_MAYBE, any_reading(folded), Xapian::Query(exact));
        }
        Xapian::Query any = any_reading(folded);
        if (long_query_) return weighed_as_meant(folded, any);
        if (std::optional<Xapian::Query> d = dominant(folded))
            return Xapian::Query(Xapian::Query::OP_AND_MAYBE, any, *d);
        return any;
    }

    Xapian::Query word(const AnalysedToken& t) {
        highlight.insert(t.folded);
        return scored(t.folded, t.exact);
    }

    Xapian::Query words(const QueryNode& n, bool required) {
        const std::vector<AnalysedToken>& toks = n.tokens;
        if (toks.size() == 1) return word(toks.front());
        // Several tokens: a quoted phrase, or one typed word that splits
        // ("Mát-xcơ-va", "27/02/2025"). The phrase matches any reading at
        // each position, so it works typed with or without accents; the
        // exact forms add weight when the user typed accents.
        std::vector<Xapian::Query> positions, exact;
        std::vector<std::string> folded;
        for (const AnalysedToken& t : toks) {
            highlight.insert(t.folded);
            positions.push_back(any_reading(t.folded, Xapian::Query::OP_OR));
            exact.emplace_back(t.exact);
            folded.push_back(t.folded);
        }
        const AnalysedToken& last = toks.back();
        const bool joined = !n.quoted && last.joined_parts == toks.size();
        Xapian::Query q;
        if (required && !joined) {
            // Every match holds the phrase: checked once a match could make
            // the results (searcher.cpp), not for every article holding the words.
            q = Xapian::Query(Xapian::Query::OP_AND, positions.begin(), positions.end());
            required_phrases.push_back(std::move(folded));
        } else {
            q = phrase_query(positions, folded);
        }
        if (accented_)
            q = Xapian::Query(Xapian::Query::OP_AND_MAYBE, q, Xapian::Query(Xapian::Query::OP_OR, exact.begin(), exact.end()));
        if (joined) {
            // "Mát-xcơ-va" also finds "Matxcơva": the indexer stores the
            // joined form of hyphenated chains.
            highlight.insert(last.joined_folded);
            q = Xapian::Query(Xapian::Query::OP_OR, q, scored(last.joined_folded, last.joined_exact));
        }
        return q;
    }

    bool accented_;
    bool long_query_;  // more words than kShortQueryWords
    const ReadingLookup& readings_;
    Xapian::doccount collection_;  // articles in the index; 0 when unknown
    const StoredCommonWords& common_;
    std::map<std::string, std::vector<Reading>> cache_;
};

// Runs of tokens typed side by side at the top level: an operator or a
// group between two words breaks a run.
std::vector<std::vector<const AnalysedToken*>> side_by_side_runs(const QueryNode& root) {
    std::vector<std::vector<const AnalysedToken*>> runs(1);
    auto visit = [&](const QueryNode& n) {
        if (n.kind != QueryNode::Kind::words) {
            if (!runs.back().empty()) runs.emplace_back();
            return;
        }
        for (const AnalysedToken& t : n.tokens) runs.back().push_back(&t);
    };
    if (root.kind == QueryNode::Kind::group) {
        for (const QueryNode& c : root.children) visit(c);
    } else {
        visit(root);
    }
    return runs;
}

// Weight for the articles about each place or person that words typed side
// by side name (longest run first), or nothing when they name none.
std::optional<Xapian::Query> entity_boost(const QueryNode& root, const EntityLookup& entities,
                                          Xapian::doccount collection) {
    if (!entities || collection == 0) return std::nullopt;
    std::vector<Xapian::Query> boosts;
    // A place named twice ("da nang ... da nang") weighs its articles once.
    std::set<std::string> boosted;
    for (const std::vector<const AnalysedToken*>& run : side_by_side_runs(root)) {
        for (std::size_t i = 0; i < run.size();) {
            std::size_t matched = 0;
            for (std::size_t len = std::min(kMaxEntityWords, run.size() - i); len >= kMinEntityWords; --len) {
                std::vector<std::string> words;
                for (std::size_t k = i; k < i + len; ++k) words.push_back(run[k]->folded);
                const std::optional<EntityTerm> e = entities(words);
                if (!e) continue;
                matched = len;
                if (!boosted.insert(e->term).second) break;
                // Filter terms carry no within-document frequency, so BM25
                // cannot weigh them: a fixed weight, the term's idf,
                // restricted to the articles carrying it. (The idf times
                // the run's words weighed too much: accent-free titles
                // 0.719 MRR@10 against 0.724.)
                Xapian::Query fixed((new Xapian::FixedWeightPostingSource(bm25::idf(e->articles, collection)))->release());
                boosts.emplace_back(Xapian::Query::OP_FILTER, fixed, Xapian::Query(e->term));
                break;
            }
            i += matched ? matched : 1;
        }
    }
    if (boosts.empty()) return std::nullopt;
    return Xapian::Query(Xapian::Query::OP_OR, boosts.begin(), boosts.end());
}

}  // namespace

std::vector<AdjacentPair> adjacent_pairs(const QueryNode& root) {
    std::vector<AdjacentPair> pairs;
    for (const std::vector<const AnalysedToken*>& run : side_by_side_runs(root))
        for (std::size_t i = 1; i < run.size(); ++i) pairs.push_back({run[i - 1]->folded, run[i]->folded});
    return pairs;
}

std::size_t count_words(const QueryNode& n) {
    std::size_t count = n.tokens.size();
    for (const QueryNode& c : n.children) count += count_words(c);
    return count;
}

bool only_quoted(const QueryNode& root) {
    const auto quoted = [](const QueryNode& n) { return n.kind == QueryNode::Kind::words && n.quoted; };
    if (root.kind != QueryNode::Kind::group) return quoted(root);
    return !root.children.empty() && std::all_of(root.children.begin(), root.children.end(), quoted);
}

BuiltQuery build_query(const ParsedQuery& parsed, const ReadingLookup& readings, Xapian::doccount collection,
                       const EntityLookup& entities, const StoredCommonWords& common) {
    Builder b(parsed.typed_with_accents, count_words(parsed.root) > kShortQueryWords, readings, collection, common);
    BuiltQuery out;
    out.query = b.node(parsed.root, true);
    // Typed with accents, the exact forms already tell "Đà Nẵng" from "đa năng".
    if (!parsed.typed_with_accents)
        if (std::optional<Xapian::Query> boost = entity_boost(parsed.root, entities, collection))
            out.query = Xapian::Query(Xapian::Query::OP_AND_MAYBE, out.query, *boost);
    out.highlight = std::move(b.highlight);
    out.required_phrases = std::move(b.required_phrases);
    out.adjacent_pairs = adjacent_pairs(parsed.root);
    return out;
}

}  // namespace tintuc
