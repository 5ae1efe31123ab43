#include "docid_range.h"

#include <algorithm>

namespace tintuc {

DocidRangeSource::DocidRangeSource(Xapian::docid first, Xapian::docid last) : first_(first), last_(last) {}

void DocidRangeSource::init(const Xapian::Database& db) {
    end_ = std::min(last_, db.get_lastdocid());
    current_ = 0;
    claim_every_document(db);
}

void DocidRangeSource::next(double) { current_ = current_ == 0 ? first_ : current_ + 1; }

void DocidRangeSource::skip_to(Xapian::docid did, double) {
    if (current_ == 0) current_ = first_;
    current_ = std::max(current_, did);
}

bool DocidRangeSource::at_end() const { return current_ > end_ || first_ > end_; }

Xapian::docid DocidRangeSource::get_docid() const { return current_; }

DocidRangeSource* DocidRangeSource::clone() const { return new DocidRangeSource(first_, last_); }

std::string DocidRangeSource::name() const { return "tintuc::DocidRangeSource"; }

Xapian::Query checked_per_match(const Xapian::Query& limits) {
    return Xapian::Query(Xapian::Query::OP_OR, limits, Xapian::Query((new DocidRangeSource(1, 0))->release()));
}

std::pair<Xapian::docid, Xapian::docid> docid_part(Xapian::docid last_docid, unsigned i, unsigned parts) {
    const auto bound = [&](unsigned k) {
        return static_cast<Xapian::docid>(static_cast<unsigned long long>(last_docid) * k / parts);
    };
    return {bound(i) + 1, bound(i + 1)};
}

}  // namespace tintuc
