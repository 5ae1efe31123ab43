// Puts the tone mark of a Vietnamese syllable in one canonical place.
//
// Vietnamese has two tone-placement styles that differ only for the open
// rhymes oa, oe, uy ("hòa/hoà", "khỏe/khoẻ", "thủy/thuỷ"); typing errors add
// more ("qúy", "ngừơi", "lọai"). Indexing both spellings as different words
// would split every count, so all spellings are mapped to the old style,
// which 99.96 % of the news corpus uses and which matches what readers see.
// Rules: ../shared notes §2, mirrored in the comments of the .cpp file.
#ifndef TINTUC_COMMON_TONE_CANONICALISER_H
#define TINTUC_COMMON_TONE_CANONICALISER_H

#include <string>
#include <string_view>

namespace tintuc {

// Returns `token` (one syllable, NFC, any case) with its tone mark moved to
// the canonical vowel. Letter case is kept per position ("HOÀ" -> "HÒA",
// "Uỷ" -> "Ủy"). A token that is not a well-formed Vietnamese syllable with
// exactly one tone mark ("café", "Léon", "Erdoğan", "ị̣") is returned
// unchanged. Never fails; input that is not valid UTF-8 is returned as is.
std::string canonicalise_tone(std::string_view token);

// True when canonicalise_tone() might change `token`: it holds at least one
// non-ASCII byte. Lets callers skip the work for ASCII tokens.
inline bool may_need_tone_canonicalisation(std::string_view token) {
    for (unsigned char c : token)
        if (c >= 0x80) return true;
    return false;
}

}  // namespace tintuc

#endif
