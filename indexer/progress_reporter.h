// One progress line on stderr, redrawn in place, only when stderr is a
// terminal: logs and pipes get the final summary alone.
#ifndef TINTUC_INDEXER_PROGRESS_REPORTER_H
#define TINTUC_INDEXER_PROGRESS_REPORTER_H

#include <chrono>
#include <cstddef>

namespace tintuc {

class ProgressReporter {
  public:
    // `total` is the number of files the run will look at.
    explicit ProgressReporter(std::size_t total);
    ~ProgressReporter();
    ProgressReporter(const ProgressReporter&) = delete;
    ProgressReporter& operator=(const ProgressReporter&) = delete;

    // Called after each file; redraws at most ten times a second.
    void update(std::size_t done, std::size_t articles);
    // Clears the line, so that warnings and the summary start clean.
    void clear();

  private:
    std::size_t total_;
    bool enabled_;
    bool drawn_ = false;
    std::chrono::steady_clock::time_point start_;
    std::chrono::steady_clock::time_point last_draw_;
};

}  // namespace tintuc

#endif
