// Finds the people an article names and gives each one canonical name.
//
// Vietnamese names: a known surname (data/vn-surnames.tsv) followed by one
// to three capitalised syllables ("Nguyễn Xuân Phúc", "Tô Lâm"). Foreign
// names: capitalised word sequences introduced or followed by a role cue
// (data/person-cues.tsv: "Ngoại trưởng", "Tổng thống", "người phát ngôn",
// "ông", "bà", ...), and names already known as people from elsewhere in
// the same article or from data/people.tsv. Places and organisations are
// not people. Spelling variants ("Sergei"/"Sergey Lavrov",
// "Zelenskyy"/"Zelensky") and surname-only mentions ("ông Lavrov") resolve
// to one canonical full name.
#ifndef TINTUC_COMMON_PERSON_EXTRACTOR_H
#define TINTUC_COMMON_PERSON_EXTRACTOR_H

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "place_gazetteer.h"

namespace tintuc {

// Canonical names of the people named in `zones` (the article's title,
// lead, body paragraphs and captions; never its furniture), each once, in
// order of first mention.
std::vector<std::string> extract_people(const std::vector<std::string_view>& zones, const PlaceGazetteer& places);

// The same, with each zone's tokens (analyse_text) and place mentions
// (places.find) already at hand, one vector per zone, so a caller that
// needs them anyway does not pay for them twice.
std::vector<std::string> extract_people(const std::vector<std::string_view>& zones,
                                        const std::vector<std::vector<AnalysedToken>>& zone_tokens,
                                        const PlaceGazetteer& places,
                                        const std::vector<std::vector<PlaceMention>>& zone_places);

// The canonical name a user means in a filter ("sergei lavrov",
// "Zelenskyy", "erdogan"): the alias table's entry when there is one,
// else the name itself title-cased. Case- and accent-insensitive.
std::string canonical_person(std::string_view name);

// True when `name` starts with a Vietnamese surname (data/vn-surnames.tsv):
// "Hoàng Anh Tuấn" is a full name, "Anh Tuấn" is not.
bool starts_with_vietnamese_surname(std::string_view name);

// True when `folded` (one accent- and case-folded word) is a Vietnamese
// surname without its accents ("nguyen", "le"): a search typed without
// accents takes "nguyen xuan phuc" for a name, not "u20 viet nam".
bool is_folded_vietnamese_surname(std::string_view folded);

}  // namespace tintuc

#endif
