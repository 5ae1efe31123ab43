// Where the index lives when --db is not given. One rule for both binaries.
#ifndef TINTUC_COMMON_DATABASE_PATH_H
#define TINTUC_COMMON_DATABASE_PATH_H

#include <string>

namespace tintuc {

// $TINTUC_DB if set and non-empty, else $XDG_DATA_HOME/tintuc/db, else
// $HOME/.local/share/tintuc/db. Returns an empty string when none of the
// three variables is usable (no HOME); callers then ask for --db.
std::string default_database_path();

}  // namespace tintuc

#endif
