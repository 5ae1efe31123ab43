// Finds the article files under the paths given on the command line.
#ifndef TINTUC_INDEXER_FILE_SCANNER_H
#define TINTUC_INDEXER_FILE_SCANNER_H

#include <cstdint>
#include <string>
#include <vector>

namespace tintuc {

struct SourceFile {
    std::string path;   // canonical absolute path: the article's identity
    std::string stamp;  // "<size>:<mtime ns>"; empty when stat failed
};

struct ScanResult {
    std::vector<SourceFile> files;        // sorted by path, no duplicates
    std::vector<std::string> roots;       // canonical directories scanned
    std::vector<std::string> problems;    // "cannot read directory 'x': ..."
};

// Collects every article file (.txt .json .jsonl .html .htm, see
// is_article_file_name) below each directory in
// `paths` (recursively, following no directory symlinks) and every path
// that names a file directly, whatever its name. A path that does not
// exist throws std::runtime_error naming it; unreadable subdirectories are
// reported in `problems` and skipped.
ScanResult scan_sources(const std::vector<std::string>& paths);

// "<size>:<mtime ns>" for `path`, or empty when it cannot be stat'ed.
std::string file_stamp(const std::string& path);

}  // namespace tintuc

#endif
