// Turns one source file into the articles it holds.
//
// Crawls arrive as plain text (optionally with "# key = value" header
// lines), as one JSON object or an array of them, as JSON Lines (one
// article per line) and as saved HTML pages. This is the one place that
// knows those layouts; everything after it sees NFC UTF-8 text plus the
// metadata the file states outright, whatever the format was.
#ifndef TINTUC_INDEXER_SOURCE_READER_H
#define TINTUC_INDEXER_SOURCE_READER_H

#include <string>
#include <string_view>
#include <vector>

#include "article_metadata.h"

namespace tintuc {

struct SourceRecord {
    // Identity of the article: the file's path as given by the caller, or
    // "path:N" for the N-th (1-based) line of a .jsonl file or element of a
    // JSON array, since one file then holds many articles.
    std::string key;
    // NFC UTF-8 article text as lines, paragraphs separated by "\n". When
    // the format gives no separate title (plain text without a title
    // header) the title is the first line, as split_article() expects.
    std::string text;
    // Only what the format states; fields are empty when absent, so that
    // analysis can fill them from the text.
    ArticleMetadata meta;
};

struct SourceReadResult {
    std::vector<SourceRecord> records;
    // One per bad record while the file as a whole is usable, e.g.
    // "line 3: not a JSON object", so one broken line of a crawl does not
    // cost the other articles.
    std::vector<std::string> record_errors;
    // Set (and `records` empty) when the whole file is unusable: "cannot
    // read: No such file or directory", "empty file", "not valid JSON: ...".
    std::string error;
};

// True for the file names the indexer picks up inside directories: .txt
// .json .jsonl .html .htm, case-insensitively. Dot files (".txt") have no
// extension, as for std::filesystem::path.
bool is_article_file_name(std::string_view path);

// Reads `path` and splits it into articles by its format, chosen by the
// extension; any other extension is read as .txt because a file named on
// the command line is indexed whatever its name. Never throws.
SourceReadResult read_source(const std::string& path);

// Same on bytes already in memory: `path` only picks the format and names
// the records. Never throws.
SourceReadResult read_source_bytes(const std::string& path, std::string_view bytes);

}  // namespace tintuc

#endif
