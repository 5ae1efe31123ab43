#include "common_words_source.h"

#include <algorithm>

#include "bm25.h"
#include "common_words.h"
#include "schema.h"

namespace tintuc {

CommonWordsSource::CommonWordsSource(std::vector<Word> words, std::size_t bitmap_bytes, double average_length)
    : Xapian::ValuePostingSource(schema::kSlotCommonWords),
      words_(std::move(words)),
      bitmap_bytes_(bitmap_bytes),
      average_length_(average_length) {
    // CommonWordCounts::wdfs reads them in word order.
    std::sort(words_.begin(), words_.end(), [](const Word& a, const Word& b) { return a.id < b.id; });
    for (const Word& w : words_) ids_.push_back(w.id);
}

void CommonWordsSource::init(const Xapian::Database& db) {
    Xapian::ValuePostingSource::init(db);
    // Each word's weight tends to idf * (k1 + 1) as its count grows.
    double most = 0;
    for (const Word& w : words_) most += w.weight * (bm25::kK1 + 1);
    set_maxweight(most);
}

double CommonWordsSource::get_weight() const {
    const std::string value = get_value();  // counts points into it
    const CommonWordCounts counts(value, bitmap_bytes_);
    counts.wdfs(ids_, wdfs_);
    double weight = 0;
    for (std::size_t i = 0; i < words_.size(); ++i)
        if (wdfs_[i]) weight += words_[i].weight * bm25::tf_part(wdfs_[i], counts.length(), average_length_);
    return weight;
}

CommonWordsSource* CommonWordsSource::clone() const {
    return new CommonWordsSource(words_, bitmap_bytes_, average_length_);
}

std::string CommonWordsSource::name() const { return "tintuc::CommonWordsSource"; }

}  // namespace tintuc
