// The index schema: every term prefix, value slot and the document data
// layout, declared once for the indexer and the searcher.
//
// Term prefixes (README "Index schema" mirrors this table; a test checks it)
//
//  prefix | meaning                         | example                | wdf
//  -------+---------------------------------+------------------------+----------
//  (none) | word, exact form (case-folded,  | "hòa", "nga", "mátxcơva" | by zone
//         | tone-canonical, accents kept)   |                        |
//  Q      | unique document id (16 hex)     | "Q9f2c...": see id()   | 0
//  XP     | person (filter), folded name    | "XPsergey lavrov"      | 0
//  XC     | city (filter), folded name      | "XCistanbul"           | 0
//  XK     | country (filter)                | "XKtho nhi ky"         | 0
//  XV     | province of Vietnam (filter)    | "XVquang ninh"         | 0
//  XR     | region (filter)                 | "XRtrung dong"         | 0
//  XL     | any location (filter)           | "XListanbul"           | 0
//  XO     | outlet (filter), folded name    | "XOvnexpress"          | 0
//
// Filter terms carry canonical names (aliases resolved at index time) in
// folded form, so "--city moscow" and "--city Mát-xcơ-va" both mean
// "XCmoskva".
//
// Why this layout: Xapian's writer pays for every (document, term) entry
// (../shared XAPIAN-INDEXING.md), so each word is stored once, as typed
// but for case. Folded forms are not terms: the synonym table maps each
// folded word that has accented readings to those readings (key "hoa" ->
// "hòa", "họa", "hóa", ...; a plain ASCII reading such as "nga" is the
// term itself and is not listed). A query typed without accents matches
// any reading of each word (OP_SYNONYM, so the readings count as one word
// for BM25); typed with accents, the exact form adds weight. Before
// this, folded words with positions plus position-less exact terms cost
// 2.2x the entries and 50 s instead of 29 s of writing for the 35,440
// shared articles.
//
// Terms carry no positions: the order of an article's words is one value
// (slot 7, word_sequence.h), and a phrase is the AND of its words checked
// against it. Positional postings were one more B-tree entry per
// (article, word) and most of the writer's time.
//
// Synonym table: key readings_key(folded) = the folded word; values are
// its exact readings that differ from it. Entries are only added; a
// reading whose articles were all deleted has term frequency 0 and the
// searcher skips it.
//
// Value slots
//
//  slot | name        | encoding
//  -----+-------------+-----------------------------------------------
//  0    | source_path | canonical path of the file the article came from
//  1    | file_stamp  | "<size>:<mtime in ns>" of that file, decimal
//  2    | date_first  | sortable_serialise(yyyymmdd) of the first day the
//       |             | publication date can be (2025-02 -> 20250201);
//       |             | unset when the date is unknown
//  3    | date_last   | same for the last day it can be (2025-02 -> 20250229
//       |             | style upper bound yyyymm31); ranges test overlap
//  4    | people      | canonical names joined by U+001F, for facet counts
//  5    | locations   | "<type>:<canonical name>" joined by U+001F
//  6    | outlet      | canonical outlet name
//  7    | words       | the article's folded words in order, hashed
//       |             | (word_sequence.h), for phrase matching and
//       |             | the re-ranking by adjacent words
//  8    | text        | lead, body and captions (NFC), lines joined by
//       |             | "\n": what snippets are cut from
//  9    | common words| the article's length and the counts of the
//       |             | commonest folded words (common_words.h), for
//       |             | weighing them in queries typed without accents
//
// Document data (document_data.h): a JSON object {"id", "path", "title",
// "date", "date_precision", "outlet", "people", "locations", "chars"};
// "chars" counts characters per zone, furniture included, so users see
// what was dropped.
#ifndef TINTUC_COMMON_SCHEMA_H
#define TINTUC_COMMON_SCHEMA_H

#include <cstdint>
#include <string>
#include <string_view>

#include <xapian.h>

#include "text_folder.h"

namespace tintuc::schema {

inline constexpr std::string_view kIdPrefix = "Q";

inline constexpr Xapian::valueno kSlotSourcePath = 0;
inline constexpr Xapian::valueno kSlotFileStamp = 1;
inline constexpr Xapian::valueno kSlotDateFirst = 2;
inline constexpr Xapian::valueno kSlotDateLast = 3;
inline constexpr Xapian::valueno kSlotPeople = 4;
inline constexpr Xapian::valueno kSlotLocations = 5;
inline constexpr Xapian::valueno kSlotOutlet = 6;
inline constexpr Xapian::valueno kSlotWordSequence = 7;
inline constexpr Xapian::valueno kSlotText = 8;
inline constexpr Xapian::valueno kSlotCommonWords = 9;

// Separates the values of a multi-valued slot.
inline constexpr char kValueSeparator = '\x1f';

inline constexpr std::string_view kPersonPrefix = "XP";
inline constexpr std::string_view kCityPrefix = "XC";
inline constexpr std::string_view kCountryPrefix = "XK";
inline constexpr std::string_view kProvincePrefix = "XV";
inline constexpr std::string_view kRegionPrefix = "XR";
inline constexpr std::string_view kLocationPrefix = "XL";
inline constexpr std::string_view kOutletPrefix = "XO";

// Within-document frequency added per occurrence: title words count as
// several body words, which is how BM25 sees a title boost.
inline constexpr Xapian::termcount kTitleWdf = 5;
inline constexpr Xapian::termcount kLeadWdf = 2;
inline constexpr Xapian::termcount kBodyWdf = 1;

// Metadata key holding the layout version of the index. Bumped whenever
// terms, slots or document data change meaning: an index of another
// version would search wrongly (or show empty snippets) without a word, so
// the searcher and the indexer refuse it and say to rebuild.
//   1  folded and exact forms of every word as terms
//   2  exact forms only, readings in the synonym table; text in the JSON
//   3  document data = JSON fields, a newline, the text (document_data.h)
//   4  no positional postings; words in order in slot 7 (word_sequence.h)
//   5  text in slot 8, document data = the JSON fields alone
//   6  the word sequence marks the end of the title even when it is empty
//      (the searcher counts title pairs there)
//   7  counts of the commonest words in slot 9, their list in metadata
// Indexes made before the key existed read as version 1.
inline constexpr const char* kSchemaVersionKey = "tintuc.schema";
inline constexpr const char* kSchemaVersion = "7";

// Metadata key holding the list of common words (common_words.h) whose
// counts slot 9 holds, one per line, numbered in order.
inline constexpr const char* kCommonWordsKey = "tintuc.common_words";

// The layout version of `db`, "1" for an index made before versions were
// recorded.
inline std::string schema_version(const Xapian::Database& db) {
    std::string v = db.get_metadata(kSchemaVersionKey);
    return v.empty() ? "1" : v;
}

// Names of the fields in document data (document_data.h).
inline constexpr const char* kDataId = "id";
inline constexpr const char* kDataPath = "path";
inline constexpr const char* kDataTitle = "title";
inline constexpr const char* kDataDate = "date";
inline constexpr const char* kDataDatePrecision = "date_precision";
inline constexpr const char* kDataOutlet = "outlet";
inline constexpr const char* kDataChars = "chars";
inline constexpr const char* kDataPeople = "people";
inline constexpr const char* kDataLocations = "locations";

// Synonym-table key under which the exact readings of `folded` are listed.
inline std::string readings_key(std::string_view folded) { return std::string(folded); }

// Stable id of an article: FNV-1a 64 of its key (the canonical path, or
// "path:line" for one of several articles in a file), in hex. Stable across
// runs, machines and compilers, unlike std::hash.
inline std::string document_id(std::string_view key) {
    std::uint64_t h = 14695981039346656037ull;
    for (unsigned char c : key) {
        h ^= c;
        h *= 1099511628211ull;
    }
    static const char* digits = "0123456789abcdef";
    std::string id(16, '0');
    for (int i = 15; i >= 0; --i) {
        id[static_cast<std::size_t>(i)] = digits[h & 0xF];
        h >>= 4;
    }
    return id;
}

// A filter term: `prefix` + the folded name (see the table above).
inline std::string filter_term(std::string_view prefix, std::string_view name) {
    std::string t(prefix);
    t += fold_for_search(name);
    // Xapian's term limit is 245 bytes; a longer name is junk anyway.
    if (t.size() > 240) t.resize(240);
    return t;
}

inline std::string id_term(std::string_view id) {
    std::string t(kIdPrefix);
    t.append(id);
    return t;
}

}  // namespace tintuc::schema

#endif
