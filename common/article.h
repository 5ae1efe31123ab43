// An article as the indexer sees it: a title and a body.
//
// News pages copied as text often open with junk (a stray "111111", an
// empty line); the title is the first line that reads as words.
#ifndef TINTUC_COMMON_ARTICLE_H
#define TINTUC_COMMON_ARTICLE_H

#include <string>
#include <string_view>

namespace tintuc {

struct Article {
    std::string title;  // one line, trimmed; empty when the text has none
    std::string body;   // the rest of the text after the title line, trimmed
};

// True for a line that cannot be a title: blank, or without any letter
// ("111111", "----", "12/04/2025").
bool is_junk_line(std::string_view line);

// Splits NFC text into title and body. Lines before the title that are
// junk are dropped; everything after the title line is the body.
Article split_article(std::string_view text);

}  // namespace tintuc

#endif
