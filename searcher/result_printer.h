// Prints search responses for people (text) and for scripts (JSON).
#ifndef TINTUC_SEARCHER_RESULT_PRINTER_H
#define TINTUC_SEARCHER_RESULT_PRINTER_H

#include <iosfwd>
#include <string>

#include "searcher.h"

namespace tintuc {

// Text for a terminal or a pager: a count line, then per result its rank,
// title, path, date and outlet when known, and snippet. With `bold`, matched words are printed in bold
// (ANSI escapes). Paths under the current directory are shown relative.
void print_text(const SearchResponse& response, bool bold, std::ostream& out);

// One JSON document on one line:
// {"query","total","took_ms","results":[{"rank","path","id","title","score",
//   "date","date_precision","outlet","snippet"}]}; date and outlet are null
// when unknown.
void print_json(const SearchResponse& response, std::ostream& out);

// The JSON line for a query that could not run (batch mode):
// {"query","error","total":0,"took_ms":0,"results":[]}
void print_json_error(const std::string& query, const std::string& error, std::ostream& out);

}  // namespace tintuc

#endif
