#include "query_builder.h"

#include "schema.h"

namespace tintuc {
namespace {

class Builder {
  public:
    Builder(bool accented, const ReadingLookup& readings) : accented_(accented), readings_(readings) {}

    Xapian::Query node(const QueryNode& n) {
        switch (n.kind) {
            case QueryNode::Kind::words:
                return words(n);
            case QueryNode::Kind::all_of:
                return combine(Xapian::Query::OP_AND, n.children);
            case QueryNode::Kind::any_of:
                return combine(Xapian::Query::OP_OR, n.children);
            case QueryNode::Kind::group:
                return group(n);
        }
        return {};
    }

    std::set<std::string> highlight;

  private:
    Xapian::Query combine(Xapian::Query::op op, const std::vector<QueryNode>& children) {
        std::vector<Xapian::Query> subs;
        for (const QueryNode& c : children) subs.push_back(node(c));
        return Xapian::Query(op, subs.begin(), subs.end());
    }

    Xapian::Query group(const QueryNode& n) {
        std::vector<Xapian::Query> positives;
        for (const QueryNode& c : n.children) positives.push_back(node(c));
        Xapian::Query q;
        if (positives.empty()) {
            q = Xapian::Query::MatchAll;
        } else if (positives.size() == 1) {
            q = positives.front();
        } else if (positives.size() <= kAllWordsRequiredUpTo) {
            q = Xapian::Query(Xapian::Query::OP_AND, positives.begin(), positives.end());
        } else {
            Xapian::Query all(Xapian::Query::OP_AND, positives.begin(), positives.end());
            Xapian::Query any(Xapian::Query::OP_OR, positives.begin(), positives.end());
            q = Xapian::Query(Xapian::Query::OP_OR, Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, all, kAllWordsBoost),
                              any);
        }
        if (!n.excluded.empty()) {
            std::vector<Xapian::Query> negatives;
            for (const QueryNode& c : n.excluded) negatives.push_back(excluded(c));
            q = Xapian::Query(Xapian::Query::OP_AND_NOT, q,
                              Xapian::Query(Xapian::Query::OP_OR, negatives.begin(), negatives.end()));
        }
        return q;
    }

    // What to remove for an excluded item: matching only, no weight.
    Xapian::Query excluded(const QueryNode& n) {
        if (n.kind != QueryNode::Kind::words) {
            Builder inner(accented_, readings_);
            return inner.node(n);
        }
        std::vector<Xapian::Query> terms;
        for (const AnalysedToken& t : n.tokens)
            terms.emplace_back(accented_ ? schema::exact_term(t.folded, t.exact) : t.folded);
        if (terms.size() == 1) return terms.front();
        if (accented_) return Xapian::Query(Xapian::Query::OP_AND, terms.begin(), terms.end());
        return Xapian::Query(Xapian::Query::OP_PHRASE, terms.begin(), terms.end(), terms.size());
    }

    Xapian::Query word(const AnalysedToken& t) {
        highlight.insert(t.folded);
        Xapian::Query folded(t.folded);
        // AND_MAYBE, not OR: an exact form only occurs where its fold does,
        // and the matcher may skip the exact postings of articles that
        // cannot reach the top (long accented headlines were 20x slower).
        if (accented_)
            return Xapian::Query(Xapian::Query::OP_AND_MAYBE, folded,
                                 Xapian::Query(schema::exact_term(t.folded, t.exact)));
        if (!readings_) return folded;
        const std::optional<Reading> r = readings_(t.folded);
        if (!r) return folded;
        return Xapian::Query(Xapian::Query::OP_AND_MAYBE, folded,
                             Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT,
                                           Xapian::Query(schema::exact_term(t.folded, r->exact)), r->share));
    }

    Xapian::Query words(const QueryNode& n) {
        const std::vector<AnalysedToken>& toks = n.tokens;
        if (toks.size() == 1) return word(toks.front());
        // Several tokens: a quoted phrase, or one typed word that splits
        // ("Mát-xcơ-va", "27/02/2025"). Positions exist only on folded
        // words, so the phrase is matched on them and the exact forms add
        // weight when the user typed accents.
        std::vector<Xapian::Query> folded, exact;
        for (const AnalysedToken& t : toks) {
            highlight.insert(t.folded);
            folded.emplace_back(t.folded);
            exact.emplace_back(schema::exact_term(t.folded, t.exact));
        }
        Xapian::Query q(Xapian::Query::OP_PHRASE, folded.begin(), folded.end(), folded.size());
        if (accented_) q = Xapian::Query(Xapian::Query::OP_AND_MAYBE, q, Xapian::Query(Xapian::Query::OP_OR, exact.begin(), exact.end()));
        const AnalysedToken& last = toks.back();
        if (!n.quoted && last.joined_parts == toks.size()) {
            // "Mát-xcơ-va" also finds "Matxcơva": the indexer stores the
            // joined form of hyphenated chains.
            highlight.insert(last.joined_folded);
            q = Xapian::Query(Xapian::Query::OP_OR, q, word_joined(last));
        }
        return q;
    }

    Xapian::Query word_joined(const AnalysedToken& t) {
        Xapian::Query folded(t.joined_folded);
        if (!accented_) return folded;
        return Xapian::Query(Xapian::Query::OP_AND_MAYBE, folded,
                             Xapian::Query(schema::exact_term(t.joined_folded, t.joined_exact)));
    }

    bool accented_;
    const ReadingLookup& readings_;
};

}  // namespace

BuiltQuery build_query(const ParsedQuery& parsed, const ReadingLookup& dominant_reading) {
    Builder b(parsed.typed_with_accents, dominant_reading);
    BuiltQuery out;
    out.query = b.node(parsed.root);
    out.highlight = std::move(b.highlight);
    return out;
}

}  // namespace tintuc
