#include "reading_set.h"

#include <iterator>

#include "schema.h"

namespace tintuc {

void ReadingSet::drop_sent(std::unordered_set<std::string>& sent) {
    for (auto it = readings_.begin(); it != readings_.end();)
        it = sent.insert(it->first).second ? std::next(it) : readings_.erase(it);
}

void ReadingRecorder::record(const ReadingSet& readings) {
    for (const auto& [exact, folded] : readings.pairs()) {
        if (!recorded_.insert(exact).second) continue;
        db_.add_synonym(schema::readings_key(folded), exact);
    }
}

}  // namespace tintuc
