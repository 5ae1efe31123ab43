// The BM25 parameters every query is scored with, and BM25's idf, for the
// weights the searcher computes itself (common_words_source.h) to agree
// with those Xapian computes.
#ifndef TINTUC_SEARCHER_BM25_H
#define TINTUC_SEARCHER_BM25_H

#include <cmath>

#include <xapian.h>

namespace tintuc::bm25 {

// Less length normalisation than Xapian's default (b 0.5): news articles
// run from 100 to 3,000 syllables, and long ones are not padded versions
// of short ones. Measured on the known-item evaluation (docs/relevance.md),
// k1 1.2 / b 0.35 raised MRR@10 in all four conditions (full titles 0.721
// -> 0.738 with accents, 0.643 -> 0.657 without; three syllables 0.222 ->
// 0.242 and 0.150 -> 0.166); b 0.75 and 0.9 lowered it.
inline constexpr double kK1 = 1.2, kK2 = 0, kK3 = 1, kB = 0.35, kMinNormLength = 0.5;

inline Xapian::BM25Weight weighting() { return Xapian::BM25Weight(kK1, kK2, kK3, kB, kMinNormLength); }

// The idf as Xapian's BM25Weight computes it for a term in `n` of `N`
// articles (with its damping of terms in more than about a third of them).
inline double idf(double n, double N) {
    double tw = (N - n + 0.5) / (n + 0.5);
    if (tw < 2) tw = tw * 0.5 + 1;
    return std::log(tw);
}

// A term's share of an article's weight before its idf, as Xapian's
// BM25Weight::get_sumpart computes it (k1 + 1 included), for `wdf` in an
// article of `length` where articles average `average_length`.
inline double tf_part(double wdf, double length, double average_length) {
    const double normlen = std::max(average_length > 0 ? length / average_length : 0.0, kMinNormLength);
    return (kK1 + 1) * wdf / (kK1 * (normlen * kB + (1 - kB)) + wdf);
}

}  // namespace tintuc::bm25

#endif
