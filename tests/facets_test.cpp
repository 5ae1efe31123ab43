#include "facets.h"

#include <gtest/gtest.h>

namespace tintuc {
namespace {

TEST(Facets, SampledCountsScaleUpAndKeepRareValues) {
    std::vector<FacetResult> facets = {{"person", {{"Donald Trump", 400}, {"Vladimir Putin", 125}, {"Ban Ki-moon", 1}}}};
    // 2,000 of 35,000 matches counted.
    scale_counts(facets, 35000.0 / 2000.0);
    ASSERT_EQ(facets[0].values.size(), 3u);
    EXPECT_EQ(facets[0].values[0].count, 7000u);
    EXPECT_EQ(facets[0].values[1].count, 2188u);  // 2187.5 rounds up
    EXPECT_EQ(facets[0].values[2].count, 18u);
    std::vector<FacetResult> tiny = {{"city", {{"Huế", 1}}}};
    scale_counts(tiny, 0.3);
    EXPECT_EQ(tiny[0].values[0].count, 1u);  // never scaled to zero
}

}  // namespace
}  // namespace tintuc
