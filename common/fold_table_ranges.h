// Code points covered by the generated folding tables: Latin-1, Latin
// Extended-A/B and Latin Extended Additional (all precomposed Vietnamese
// letters). Shared by the generator and text_folder.cpp.
#ifndef TINTUC_COMMON_FOLD_TABLE_RANGES_H
#define TINTUC_COMMON_FOLD_TABLE_RANGES_H

namespace tintuc {

struct FoldRange {
    int first;  // first code point
    int last;   // one past the last
};

inline constexpr FoldRange kFoldRanges[] = {{0x00C0, 0x0250}, {0x1E00, 0x1F00}};

// Index of `c` in the tables, or -1 when it is not covered.
inline int fold_table_index(int c) {
    int base = 0;
    for (const FoldRange& r : kFoldRanges) {
        if (c >= r.first && c < r.last) return base + (c - r.first);
        base += r.last - r.first;
    }
    return -1;
}

}  // namespace tintuc

#endif
