#include "reading_set.h"

#include "schema.h"

namespace tintuc {

void ReadingRecorder::record(const ReadingSet& readings) {
    for (const auto& [exact, folded] : readings.pairs()) {
        if (!recorded_.insert(exact).second) continue;
        db_.add_synonym(schema::readings_key(folded), exact);
    }
}

}  // namespace tintuc
