#include "reading_set.h"

#include <map>
#include <string>

#include <gtest/gtest.h>

namespace tintuc {
namespace {

std::map<std::string, std::string> sorted(const ReadingSet& r) {
    return {r.pairs().begin(), r.pairs().end()};
}

TEST(ReadingSet, AWorkerPassesEachReadingOnOnce) {
    std::unordered_set<std::string> sent;
    ReadingSet first;
    first.add("ha", "hà");
    first.add("noi", "nội");
    first.drop_sent(sent);
    EXPECT_EQ(sorted(first), (std::map<std::string, std::string>{{"hà", "ha"}, {"nội", "noi"}}));

    // The next file repeats "hà" and brings "hạ" (another reading of the
    // same folded word) and "nổi": only the new exact forms go on.
    ReadingSet second;
    second.add("ha", "hà");
    second.add("ha", "hạ");
    second.add("noi", "nổi");
    second.drop_sent(sent);
    EXPECT_EQ(sorted(second), (std::map<std::string, std::string>{{"hạ", "ha"}, {"nổi", "noi"}}));
    EXPECT_EQ(sent.size(), 4u);

    ReadingSet third;
    third.add("noi", "nội");
    third.drop_sent(sent);
    EXPECT_TRUE(third.pairs().empty());
}

// Told what was sent, a set skips those forms as they come, with the same
// outcome as collecting them and dropping them after.
TEST(ReadingSet, SkipsWhatWasSentAlready) {
    std::unordered_set<std::string> sent{"hà", "nội"};
    ReadingSet r(&sent);
    r.add("ha", "hà");
    r.add("ha", "hạ");
    r.add("noi", "nội");
    EXPECT_EQ(sorted(r), (std::map<std::string, std::string>{{"hạ", "ha"}}));
    r.drop_sent(sent);
    EXPECT_EQ(sorted(r), (std::map<std::string, std::string>{{"hạ", "ha"}}));
    EXPECT_EQ(sent.size(), 3u);
}

}  // namespace
}  // namespace tintuc
