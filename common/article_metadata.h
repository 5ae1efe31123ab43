// What a source file says about an article outside its text: header lines
// of a .txt file, fields of a JSON object, meta tags of an HTML page.
// Values given here win over what analysis infers from the text.
#ifndef TINTUC_COMMON_ARTICLE_METADATA_H
#define TINTUC_COMMON_ARTICLE_METADATA_H

#include <string>

namespace tintuc {

struct ArticleMetadata {
    std::string doc_id;  // the source's own id, if any ("doc_id", "id")
    std::string title;
    std::string lead;    // "sapo", "description", "summary"
    std::string url;     // canonical URL of the article
    std::string date;    // as given: ISO 8601, "27/02/2025 11:45", ...
    std::string outlet;  // as given: "VnExpress", "vov.vn", ...
};

}  // namespace tintuc

#endif
