// Weighs the common words of a query typed without accents from each
// article's counts in slot 9 (common_words.h), as BM25 would weigh each
// word's readings as one OP_SYNONYM, without reading their postings.
//
// Used only where those words weigh articles that rarer words found
// (AND_MAYBE, query_builder.cpp), so Xapian asks it about a few thousand
// articles and reads their values in docid order. An accent-free headline
// opened about a hundred postings lists for its common words' readings
// before; the ranks and scores are the same (the word's weight must be
// idf times its scaling, the idf of Xapian's rounded estimate of the
// readings' union: query_builder.cpp, tests/common_words_test.cpp).
#ifndef TINTUC_SEARCHER_COMMON_WORDS_SOURCE_H
#define TINTUC_SEARCHER_COMMON_WORDS_SOURCE_H

#include <cstdint>
#include <string>
#include <vector>

#include <xapian.h>

namespace tintuc {

class CommonWordsSource : public Xapian::ValuePostingSource {
  public:
    struct Word {
        std::uint32_t id = 0;  // number in the index's list
        double weight = 0;     // idf times any scaling of the word
    };
    // `bitmap_bytes` of the index's list; `average_length` of its articles.
    CommonWordsSource(std::vector<Word> words, std::size_t bitmap_bytes, double average_length);

    void init(const Xapian::Database& db) override;
    double get_weight() const override;
    CommonWordsSource* clone() const override;
    std::string name() const override;

  private:
    std::vector<Word> words_;  // by id
    std::vector<std::uint32_t> ids_;
    mutable std::vector<std::uint32_t> wdfs_;  // get_weight's scratch (each thread has its own source)
    std::size_t bitmap_bytes_;
    double average_length_;
};

}  // namespace tintuc

#endif
