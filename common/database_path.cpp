#include "database_path.h"

#include <cstdlib>

namespace tintuc {
namespace {

std::string env(const char* name) {
    const char* v = std::getenv(name);
    return v ? std::string(v) : std::string();
}

}  // namespace

std::string default_database_path() {
    if (std::string db = env("TINTUC_DB"); !db.empty()) return db;
    // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
    if (std::string xdg = env("XDG_DATA_HOME"); !xdg.empty() && xdg.front() == '/') return xdg + "/tintuc/db";
    if (std::string home = env("HOME"); !home.empty()) return home + "/.local/share/tintuc/db";
    return {};
}

}  // namespace tintuc
