// What is stored with each document besides its terms: the article's
// fields as one JSON object (names in schema.h) in the document data, and
// the text snippets are cut from (lead, body, captions) in a value slot
// (schema::kSlotText).
//
// The text stays out of the JSON so that a search reads it without a JSON
// parser: lexing it cost 0.45 ms of a 5 ms headline query (10 hits), more
// than the rest of the document fetch. It is a value rather than part of
// the data because Xapian zlib-compresses document data: compressing the
// 124 MB of text of the 35,440 shared articles took the writer 1-3 s of
// CPU of 12-17, for an index 72 MB smaller (227 MB against 299), and a
// search decompressed the text of every result it read.
#ifndef TINTUC_COMMON_DOCUMENT_DATA_H
#define TINTUC_COMMON_DOCUMENT_DATA_H

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>
#include <xapian.h>

namespace tintuc {

struct DocumentData {
    nlohmann::ordered_json fields;  // an object; discarded (null) when unreadable
    std::string text;
};

// Sets `doc`'s data to `fields` and its text value to `text`. Invalid
// UTF-8 in `fields` is replaced, not thrown on.
void store_document_data(Xapian::Document& doc, const nlohmann::ordered_json& fields, std::string_view text);

// Replaces the fields only, leaving the text as it is.
void store_document_fields(Xapian::Document& doc, const nlohmann::ordered_json& fields);

DocumentData read_document_data(const Xapian::Document& doc);

}  // namespace tintuc

#endif
