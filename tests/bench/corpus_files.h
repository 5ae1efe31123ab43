// Shared by the benchmark peers: which files a corpus holds, and reading
// them, so that every engine sees the same files in the same order.
#ifndef TINTUC_TESTS_BENCH_CORPUS_FILES_H
#define TINTUC_TESTS_BENCH_CORPUS_FILES_H

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace tintuc::bench {

// Every .txt file below `dir`, sorted.
inline std::vector<std::filesystem::path> txt_files(const std::filesystem::path& dir) {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(dir))
        if (entry.is_regular_file() && entry.path().extension() == ".txt") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

inline std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

}  // namespace tintuc::bench

#endif
