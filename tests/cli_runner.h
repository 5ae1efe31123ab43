// Runs a binary of the project the way a user would and captures what it
// printed and how it exited.
#ifndef TINTUC_TESTS_CLI_RUNNER_H
#define TINTUC_TESTS_CLI_RUNNER_H

#include <string>
#include <utility>
#include <vector>

namespace tintuc::test {

struct RunResult {
    int status = -1;  // exit status, or 128 + signal
    std::string out;
    std::string err;
};

// Runs `argv` (argv[0] is the binary's path) with `input` on stdin and the
// extra environment `env` ("NAME=value"), waiting for it to end.
RunResult run(const std::vector<std::string>& argv, const std::string& input = "",
              const std::vector<std::string>& env = {});

// A fresh directory under the system's temporary directory, removed with
// its contents when the object goes.
class TempDir {
  public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::string& path() const { return path_; }
    // Writes `content` to path()/name, creating subdirectories; returns the path.
    std::string write(const std::string& name, const std::string& content) const;

  private:
    std::string path_;
};

std::string read_file(const std::string& path);

}  // namespace tintuc::test

#endif
