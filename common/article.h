// An article as an editor reads it: title, lead, body, captions, and the
// page furniture around them, with its publication date and outlet.
//
// Text copied from news pages carries the page: related-story teasers,
// repeated captions, share widgets, spam. analyse_article() separates them
// by known markers (data/page-furniture.tsv) and by structure: a marker
// starts a zone of teasers; lines printed twice are collapsed; a title
// repeated as an image's alt text is dropped; teaser blocks (a headline and
// a lead with the outlet's dateline prefix) just before the furniture
// belong to it. Only title, lead, body and captions are the article's text.
#ifndef TINTUC_COMMON_ARTICLE_H
#define TINTUC_COMMON_ARTICLE_H

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "article_metadata.h"
#include "date_extractor.h"
#include "outlet_detector.h"
#include "place_gazetteer.h"
#include "text_analyzer.h"

namespace tintuc {

struct Article {
    std::string title;
    std::string lead;
    std::vector<std::string> body;       // paragraphs, in order
    std::vector<std::string> captions;   // photo captions, each once
    std::vector<std::string> datelines;  // "11:45 27/02/2025": metadata, not text
    std::vector<std::string> bylines;    // "(TTXVN/Vietnam+)": metadata, not text
    std::vector<std::string> furniture;  // every line dropped as page furniture
    std::size_t furniture_chars = 0;     // characters (not bytes) in `furniture`

    PublicationDate date;
    std::optional<Outlet> outlet;
    // Canonical names of the people and places the article's own text
    // (title, lead, body, captions) names, each once, in order of mention.
    std::vector<std::string> people;
    std::vector<Place> locations;
    // The tokens of each of zones(), analysed once for places, people and
    // the index's terms.
    std::vector<std::vector<AnalysedToken>> zone_tokens;

    // Characters per zone, for --analyze and for users to see what was kept.
    std::size_t title_chars() const;
    std::size_t lead_chars() const;
    std::size_t body_chars() const;
    std::size_t caption_chars() const;
    // Body paragraphs joined by "\n".
    std::string body_text() const;
    std::string caption_text() const;
    // The article's own text, zone by zone: title, lead, body paragraphs,
    // captions, in that order (never the furniture).
    std::vector<std::string_view> zones() const;
};

// True for a line that cannot be a title: blank, or without any letter
// ("111111", "----", "12/04/2025").
bool is_junk_line(std::string_view line);

// Analyses NFC text (lines separated by '\n') with what the source said
// about it; metadata wins over inference (title, lead, date, outlet).
Article analyse_article(std::string_view text, const ArticleMetadata& meta = {});

// Characters (code points) in UTF-8 text.
std::size_t count_chars(std::string_view utf8);

}  // namespace tintuc

#endif
