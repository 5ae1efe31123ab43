// The data stored with each document: the article's fields as one JSON
// object (names in schema.h), a newline, then the text snippets are cut
// from (lead, body, captions).
//
// The text stays out of the JSON so that a search reads it without a JSON
// parser: lexing it cost 0.45 ms of a 5 ms headline query (10 hits), more
// than the rest of the document fetch. The JSON part holds no raw newline
// (dump() escapes control characters), so the first one ends it.
#ifndef TINTUC_COMMON_DOCUMENT_DATA_H
#define TINTUC_COMMON_DOCUMENT_DATA_H

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace tintuc {

struct DocumentData {
    nlohmann::ordered_json fields;  // an object; discarded (null) when unreadable
    std::string text;
};

// Invalid UTF-8 in `fields` is replaced, not thrown on.
std::string encode_document_data(const nlohmann::ordered_json& fields, std::string_view text);

DocumentData decode_document_data(std::string_view data);

}  // namespace tintuc

#endif
