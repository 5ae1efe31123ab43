// Shared by the benchmark peers: which files a corpus holds, reading them
// (so every engine sees the same files in the same order), and the answer
// line every engine prints, the format scripts/bench and
// scripts/eval-relevance read.
#ifndef TINTUC_TESTS_BENCH_CORPUS_FILES_H
#define TINTUC_TESTS_BENCH_CORPUS_FILES_H

#include <algorithm>
#include <iostream>

#include <nlohmann/json.hpp>
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

// One JSON line: {"query","took_ms","results":[{"path"}...]}.
inline void print_answer(const std::string& query, double took_ms, nlohmann::json results) {
    const nlohmann::json out = {{"query", query}, {"took_ms", took_ms}, {"results", std::move(results)}};
    std::cout << out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

}  // namespace tintuc::bench

#endif
