// The collection as evidence for names: after a run, a partial name that
// ends exactly one full name in the whole index ("Hữu Thắng" and only
// "Nguyễn Hữu Thắng") is merged into it, in the filter terms, the facet
// values and the document data of every article that used it. An article
// alone cannot do this: it may name the coach only as "HLV Hữu Thắng".
#ifndef TINTUC_INDEXER_PERSON_RESOLVER_H
#define TINTUC_INDEXER_PERSON_RESOLVER_H

#include <cstddef>

#include <xapian.h>

namespace tintuc {

struct ResolverSummary {
    std::size_t names_merged = 0;     // partial names resolved to a full name
    std::size_t documents_changed = 0;
};

// Merges partial person names into their unique full name across `db`.
// A partial name has two or more words and does not start with a
// Vietnamese surname; its full name does. Names shared by several full
// names ("Anh Tuấn": Hoàng Anh Tuấn, Nguyễn Anh Tuấn, ...) are left alone.
// Does not commit.
ResolverSummary resolve_partial_names(Xapian::WritableDatabase& db);

}  // namespace tintuc

#endif
