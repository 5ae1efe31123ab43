// tintuc-index --analyze: what the indexer sees in each article (zones,
// date, outlet), printed without touching any database.
#ifndef TINTUC_INDEXER_ARTICLE_REPORT_H
#define TINTUC_INDEXER_ARTICLE_REPORT_H

#include <iosfwd>
#include <string>
#include <vector>

namespace tintuc {

// Analyses every article file under `paths` (as the indexer would pick
// them) and prints one report per article: readable text, or with `json`
// one JSON object per line: {"path","title","date","date_precision",
// "outlet","chars":{"title","lead","body","captions","furniture"}}.
// Returns an exit status as the indexer does (0, 2 missing path, 3 some
// files unreadable).
int run_article_report(const std::vector<std::string>& paths, bool json, std::ostream& out, std::ostream& err);

}  // namespace tintuc

#endif
