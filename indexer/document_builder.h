// Turns one source file into a Xapian document: read -> decode -> article
// -> analysed terms, values and data, as declared in common/schema.h.
#ifndef TINTUC_INDEXER_DOCUMENT_BUILDER_H
#define TINTUC_INDEXER_DOCUMENT_BUILDER_H

#include <string>

#include <xapian.h>

#include "article.h"

namespace tintuc {

struct BuiltDocument {
    bool ok = false;
    Xapian::Document document;
    std::string id_term;  // schema::id_term() of the article
    std::string error;    // when !ok: why the file was skipped, without its name
};

// Builds the document for `path` whose file stamp is `stamp`. Never throws:
// unreadable, empty, binary and undecodable files come back with !ok and a
// reason such as "empty file".
BuiltDocument build_document(const std::string& path, const std::string& stamp);

// The indexing half of build_document(), for text already decoded: adds
// the terms of `article` to `doc`.
void index_article_terms(const Article& article, Xapian::Document& doc);

}  // namespace tintuc

#endif
