#include "display_path.h"

#include <filesystem>

namespace tintuc {

std::string display_path(const std::string& path) {
    std::error_code ec;
    const std::filesystem::path cwd = std::filesystem::current_path(ec);
    if (ec) return path;
    const std::string base = cwd.string() + "/";
    if (path.compare(0, base.size(), base) == 0) return path.substr(base.size());
    return path;
}

}  // namespace tintuc
