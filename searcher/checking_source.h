// A posting source that only checks documents the rest of the query found:
// it claims to match every document of the index, so that Xapian, which
// lets the rarest part of an AND lead, asks it about the query's matches
// (check()) rather than walking it. Used for the ranges of ids that split
// a match between threads (docid_range.h) and for phrases (phrase_filter.h).
#ifndef TINTUC_SEARCHER_CHECKING_SOURCE_H
#define TINTUC_SEARCHER_CHECKING_SOURCE_H

#include <xapian.h>

namespace tintuc {

class CheckingSource : public Xapian::PostingSource {
  public:
    // It may match none (ids freed by deletions, a phrase nowhere).
    Xapian::doccount get_termfreq_min() const override { return 0; }
    Xapian::doccount get_termfreq_est() const override { return articles_; }
    Xapian::doccount get_termfreq_max() const override { return articles_; }

  protected:
    // Call from init(): the claim is the whole index.
    void claim_every_document(const Xapian::Database& db) { articles_ = db.get_doccount(); }

  private:
    Xapian::doccount articles_ = 0;
};

}  // namespace tintuc

#endif
