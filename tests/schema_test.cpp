#include "schema.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace tintuc {
namespace {

TEST(Schema, DocumentIdIsStableFnv1a64) {
    // FNV-1a 64 reference values: empty string and "a".
    EXPECT_EQ(schema::document_id(""), "cbf29ce484222325");
    EXPECT_EQ(schema::document_id("a"), "af63dc4c8601ec8c");
    EXPECT_EQ(schema::id_term("00ff"), "Q00ff");
}

TEST(Schema, ReadingsAreListedUnderTheFoldedWord) { EXPECT_EQ(schema::readings_key("hoa"), "hoa"); }

// The README's schema table must name every prefix and slot in schema.h.
TEST(Schema, ReadmeDocumentsEveryPrefixAndSlot) {
    std::ifstream in(std::string(TINTUC_SOURCE_DIR) + "/README.md");
    std::stringstream s;
    s << in.rdbuf();
    const std::string readme = s.str();
    for (const std::string& needle :
         {std::string("| (none) |"), std::string("| `") + std::string(schema::kIdPrefix) + "`",
          std::string("| `") + std::string(schema::kPersonPrefix) + "`", std::string("| `") + std::string(schema::kCityPrefix) + "`",
          std::string("| `") + std::string(schema::kCountryPrefix) + "`", std::string("| `") + std::string(schema::kProvincePrefix) + "`",
          std::string("| `") + std::string(schema::kRegionPrefix) + "`", std::string("| `") + std::string(schema::kLocationPrefix) + "`",
          std::string("| `") + std::string(schema::kOutletPrefix) + "`",
          std::string("| ") + std::to_string(schema::kSlotPeople) + " | people",
          std::string("| ") + std::to_string(schema::kSlotLocations) + " | locations",
          std::string("| ") + std::to_string(schema::kSlotOutlet) + " | outlet",
          std::string("| ") + std::to_string(schema::kSlotSourcePath) + " | source_path",
          std::string("| ") + std::to_string(schema::kSlotFileStamp) + " | file_stamp",
          std::string("| ") + std::to_string(schema::kSlotDateFirst) + " | date_first",
          std::string("| ") + std::to_string(schema::kSlotDateLast) + " | date_last",
          std::string("| ") + std::to_string(schema::kSlotWordSequence) + " | words",
          std::string("| ") + std::to_string(schema::kSlotText) + " | text"})
        EXPECT_NE(readme.find(needle), std::string::npos) << "README.md lacks the schema row '" << needle << "'";
}

}  // namespace
}  // namespace tintuc
