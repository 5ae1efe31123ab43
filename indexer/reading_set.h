// The readings of folded words met while indexing: which exact forms
// ("hòa", "họa") stand behind a folded word ("hoa"). Stored in the
// database's synonym table (schema.h), where the searcher looks up what an
// accent-free word can mean.
#ifndef TINTUC_INDEXER_READING_SET_H
#define TINTUC_INDEXER_READING_SET_H

#include <string>
#include <unordered_map>
#include <unordered_set>

#include <xapian.h>

namespace tintuc {

// Distinct (folded, exact) pairs of one file, exact != folded.
class ReadingSet {
  public:
    // `sent`: exact forms already passed on by this thread (drop_sent()),
    // skipped here rather than collected and dropped: nearly every word of
    // an article is, and collecting them was 8 % of the analysis thread.
    explicit ReadingSet(const std::unordered_set<std::string>* sent = nullptr) : sent_(sent) {}
    void add(const std::string& folded, const std::string& exact) {
        if (sent_ && sent_->count(exact)) return;
        readings_.try_emplace(exact, folded);
    }
    // Drops the pairs whose exact form is in `sent`, and adds the others
    // to it: a worker passes each pair on once, so the writer, which
    // limits indexing speed, does not look up the same few thousand common
    // words in every article.
    void drop_sent(std::unordered_set<std::string>& sent);
    // exact -> folded
    const std::unordered_map<std::string, std::string>& pairs() const { return readings_; }

  private:
    const std::unordered_set<std::string>* sent_ = nullptr;
    std::unordered_map<std::string, std::string> readings_;
};

// Writes readings into the database once per run: the synonym table only
// needs a pair once, and most pairs recur in every article.
class ReadingRecorder {
  public:
    explicit ReadingRecorder(Xapian::WritableDatabase& db) : db_(db) {}
    void record(const ReadingSet& readings);

  private:
    Xapian::WritableDatabase& db_;
    std::unordered_set<std::string> recorded_;  // exact forms
};

}  // namespace tintuc

#endif
