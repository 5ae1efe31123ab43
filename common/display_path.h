// How paths are shown to people: relative to the current directory when
// they are below it (shorter, and what the user typed), else as stored.
// JSON output keeps the stored absolute paths for scripts.
#ifndef TINTUC_COMMON_DISPLAY_PATH_H
#define TINTUC_COMMON_DISPLAY_PATH_H

#include <string>

namespace tintuc {

std::string display_path(const std::string& path);

}  // namespace tintuc

#endif
