// Cuts the passage of an article that best matches the query, and marks
// the matched words in it.
#ifndef TINTUC_SEARCHER_SNIPPET_H
#define TINTUC_SEARCHER_SNIPPET_H

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "text_analyzer.h"

namespace tintuc {

struct SnippetPiece {
    std::string text;
    bool match = false;  // a query word: shown highlighted
};

struct Snippet {
    std::vector<SnippetPiece> pieces;
    // The pieces joined, without highlighting.
    std::string plain() const;
};

// Picks the window of about `max_chars` characters of `text` (NFC) with
// the most distinct query words, then the most occurrences, and marks
// every word whose folded form is in `folded_terms`, so an accent-free
// query highlights the accented original. Line breaks become spaces; an
// ellipsis marks a cut. With no match, the start of the text is returned.
Snippet make_snippet(std::string_view text, const std::set<std::string>& folded_terms, std::size_t max_chars = 200);

// The same over `folded`, fold_text() of `text`, for a caller that has it
// already.
Snippet make_snippet(std::string_view text, const FoldedText& folded,
                     const std::set<std::string>& folded_terms, std::size_t max_chars = 200);

}  // namespace tintuc

#endif
