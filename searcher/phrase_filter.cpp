#include "phrase_filter.h"

#include "schema.h"
#include "word_sequence.h"

namespace tintuc {

PhraseSource::PhraseSource(std::vector<std::string> folded) : folded_(std::move(folded)) {
    for (const std::string& f : folded_) phrase_.push_back(word_hash(f));
}

void PhraseSource::init(const Xapian::Database& db) {
    it_ = db.valuestream_begin(schema::kSlotWordSequence);
    end_ = db.valuestream_end(schema::kSlotWordSequence);
    claim_every_document(db);
    started_ = false;
}

void PhraseSource::settle() {
    while (it_ != end_ && !contains_phrase(*it_, phrase_)) ++it_;
}

void PhraseSource::next(double) {
    if (started_ && it_ != end_) ++it_;
    started_ = true;
    settle();
}

void PhraseSource::skip_to(Xapian::docid did, double) {
    started_ = true;
    if (it_ == end_) return;
    it_.skip_to(did);
    settle();
}

// Reads one article's sequence; when it lacks the phrase, the iterator
// stays on that article, so next() moves past it as Xapian expects.
bool PhraseSource::check(Xapian::docid did, double) {
    started_ = true;
    if (it_ == end_) return true;
    if (!it_.check(did)) return false;
    if (it_ == end_) return true;
    return contains_phrase(*it_, phrase_);
}

bool PhraseSource::at_end() const { return started_ && it_ == end_; }

Xapian::docid PhraseSource::get_docid() const { return it_.get_docid(); }

PhraseSource* PhraseSource::clone() const { return new PhraseSource(folded_); }

std::string PhraseSource::name() const { return "tintuc::PhraseSource"; }

std::string PhraseSource::get_description() const {
    std::string words;
    for (const std::string& f : folded_) words.append(words.empty() ? "" : " ").append(f);
    return "PhraseSource(\"" + words + "\")";
}

PhraseDecider::PhraseDecider(const std::vector<std::vector<std::string>>& phrases) {
    for (const std::vector<std::string>& folded : phrases) {
        std::vector<std::uint32_t>& hashes = phrases_.emplace_back();
        for (const std::string& f : folded) hashes.push_back(word_hash(f));
    }
}

bool PhraseDecider::operator()(const Xapian::Document& doc) const {
    const std::string sequence = doc.get_value(schema::kSlotWordSequence);
    for (const std::vector<std::uint32_t>& phrase : phrases_)
        if (!contains_phrase(sequence, phrase)) return false;
    return true;
}

Xapian::Query phrase_query(const std::vector<Xapian::Query>& words, const std::vector<std::string>& folded) {
    return Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query(Xapian::Query::OP_AND, words.begin(), words.end()),
                         Xapian::Query((new PhraseSource(folded))->release()));
}

}  // namespace tintuc
