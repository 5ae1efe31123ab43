// Turns one source file into Xapian documents: read -> records -> article
// analysis -> terms, values and data, as declared in common/schema.h.
#ifndef TINTUC_INDEXER_DOCUMENT_BUILDER_H
#define TINTUC_INDEXER_DOCUMENT_BUILDER_H

#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <xapian.h>

#include "article.h"
#include "reading_set.h"

namespace tintuc {

struct BuiltDocument {
    Xapian::Document document;
    std::string id_term;  // schema::id_term() of the article
};

struct BuiltFile {
    bool ok = false;
    std::vector<BuiltDocument> documents;
    ReadingSet readings;  // of all its documents, for the writer to record
    std::vector<std::string> record_errors;  // "line 3: ...": one bad article of a usable file
    std::string error;  // when !ok: why the whole file was skipped, without its name
};

// Builds the documents for the file at `path` whose file stamp is `stamp`.
// Never throws: unreadable, empty, binary and undecodable files come back
// with !ok and a reason such as "empty file". Readings whose exact form is
// in `sent` are left out (ReadingSet).
BuiltFile build_documents(const std::string& path, const std::string& stamp,
                          const std::unordered_set<std::string>* sent = nullptr);

// The article's places as stored in document data and printed by
// --analyze: [{"name","type"}, ...].
nlohmann::ordered_json locations_json(const Article& article);

// Adds the terms of an analysed article to `doc`: every zone but the
// furniture, each with its weight (schema.h).
void index_article_terms(const Article& article, Xapian::Document& doc, ReadingSet& readings);

}  // namespace tintuc

#endif
