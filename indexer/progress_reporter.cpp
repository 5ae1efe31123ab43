#include "progress_reporter.h"

#include <unistd.h>

#include <cstdio>

namespace tintuc {

ProgressReporter::ProgressReporter(std::size_t total)
    : total_(total), enabled_(::isatty(STDERR_FILENO) == 1), start_(std::chrono::steady_clock::now()) {}

ProgressReporter::~ProgressReporter() { clear(); }

void ProgressReporter::update(std::size_t done, std::size_t articles) {
    if (!enabled_) return;
    const auto now = std::chrono::steady_clock::now();
    if (drawn_ && now - last_draw_ < std::chrono::milliseconds(100) && done < total_) return;
    last_draw_ = now;
    const double secs = std::chrono::duration<double>(now - start_).count();
    const double rate = secs > 0 ? static_cast<double>(articles) / secs : 0.0;
    const double file_rate = secs > 0 ? static_cast<double>(done) / secs : 0.0;
    const long eta = file_rate > 0 ? static_cast<long>(static_cast<double>(total_ - done) / file_rate + 0.5) : 0;
    std::fprintf(stderr, "\r\x1b[Kindexing: %zu/%zu files, %.0f articles/s, ETA %ld:%02ld", done, total_, rate,
                 eta / 60, eta % 60);
    std::fflush(stderr);
    drawn_ = true;
}

void ProgressReporter::clear() {
    if (!drawn_) return;
    std::fputs("\r\x1b[K", stderr);
    std::fflush(stderr);
    drawn_ = false;
}

}  // namespace tintuc
