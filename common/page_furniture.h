// Recognises the lines of a news page that are not the article: headings of
// related-story blocks and sidebars, share and comment widgets, ad spam,
// photo captions, image file names. The phrases live in
// data/page-furniture.tsv; the structure (blocks, duplicates, teasers) is
// article.cpp's job.
#ifndef TINTUC_COMMON_PAGE_FURNITURE_H
#define TINTUC_COMMON_PAGE_FURNITURE_H

#include <string>
#include <string_view>

namespace tintuc {

enum class FurnitureLine {
    none,     // not furniture by itself
    end,      // heading after which the rest of the page is furniture
    related,  // heading of a related-links block inside the article
    line,     // a furniture line on its own (widget, "Xem thêm: ..." link)
    spam,     // ad or betting spam
    junk,     // no letters, an image file name, a bracketed link "[...]"
};

// Classifies one trimmed line by data/page-furniture.tsv and by shape.
FurnitureLine classify_furniture_line(std::string_view line);

// True for a photo caption: a line that ends with (or is) a credit such as
// "(Ảnh: Reuters)", "(Nguồn: Al Jazeera)", "Ảnh: TTXVN", "(Ảnh minh họa)".
bool is_caption_line(std::string_view line);

// The form two lines are compared in to find repeats: folded (no case, no
// accents) letters and digits only, so "Ukraine?" repeats "Ukraine".
std::string comparison_key(std::string_view line);

// True when `s` holds at least one letter (of any script).
bool has_letter(std::string_view s);

// Number of words (space-separated runs) in `line`.
std::size_t word_count(std::string_view line);

// True for a line that reads as a headline rather than a paragraph: short
// (at most 30 words) and not ending a sentence with '.' (a '?' or '!' is
// allowed: headlines ask and exclaim).
bool is_title_like(std::string_view line);

}  // namespace tintuc

#endif
