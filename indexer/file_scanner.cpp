#include "file_scanner.h"

#include "source_reader.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <stdexcept>
#include <system_error>

namespace fs = std::filesystem;

namespace tintuc {
namespace {

// A dangling symlink has no canonical path; keep its absolute name so the
// read fails later with a message that names it.
std::string canonical_name(const fs::path& p) {
    std::error_code ec;
    fs::path c = fs::canonical(p, ec);
    if (ec) c = fs::absolute(p, ec).lexically_normal();
    return c.string();
}

}  // namespace

std::string file_stamp(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return {};
    const long long ns = static_cast<long long>(st.st_mtim.tv_sec) * 1000000000LL + st.st_mtim.tv_nsec;
    return std::to_string(static_cast<long long>(st.st_size)) + ":" + std::to_string(ns);
}

ScanResult scan_sources(const std::vector<std::string>& paths) {
    ScanResult result;
    for (const std::string& arg : paths) {
        std::error_code ec;
        const fs::file_status status = fs::status(arg, ec);
        if (ec || !fs::exists(status)) {
            throw std::runtime_error("cannot index '" + arg + "': No such file or directory");
        }
        if (!fs::is_directory(status)) {
            result.files.push_back({canonical_name(arg), {}});
            continue;
        }
        const std::string root = canonical_name(arg);
        result.roots.push_back(root);
        fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec);
        if (ec) {
            result.problems.push_back("cannot read directory '" + root + "': " + ec.message());
            continue;
        }
        for (const fs::recursive_directory_iterator end; it != end;) {
            const fs::directory_entry& entry = *it;
            std::error_code type_ec;
            // is_directory() follows symlinks; a symlinked directory is not
            // entered (the iterator doesn't follow it), a dangling symlink
            // named like an article is kept so that its failure is reported.
            if (!entry.is_directory(type_ec) && is_article_file_name(entry.path().string())) {
                result.files.push_back({canonical_name(entry.path()), {}});
            }
            it.increment(ec);
            if (ec) {
                // The iterator cannot go on after an error; say what was missed.
                result.problems.push_back("stopped reading directory '" + root + "': " + ec.message());
                break;
            }
        }
    }
    std::sort(result.files.begin(), result.files.end(),
              [](const SourceFile& a, const SourceFile& b) { return a.path < b.path; });
    result.files.erase(std::unique(result.files.begin(), result.files.end(),
                                   [](const SourceFile& a, const SourceFile& b) { return a.path == b.path; }),
                       result.files.end());
    for (SourceFile& f : result.files) f.stamp = file_stamp(f.path);
    return result;
}

}  // namespace tintuc
