#include "document_builder.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "schema.h"
#include "text_analyzer.h"
#include "text_decoder.h"

namespace tintuc {
namespace {

// Reads the whole file; on failure returns false with the OS reason.
bool read_file(const std::string& path, std::string& out, std::string& error) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = std::strerror(errno);
        return false;
    }
    std::ostringstream buf;
    buf << in.rdbuf();
    if (in.bad()) {
        error = std::strerror(errno);
        return false;
    }
    out = std::move(buf).str();
    return true;
}

// Adds one zone's tokens starting at `pos`; returns the next free position.
Xapian::termpos index_zone(std::string_view text, Xapian::termpos pos, Xapian::termcount wdf,
                           Xapian::Document& doc, std::vector<AnalysedToken>& scratch) {
    scratch.clear();
    analyse_text(text, scratch);
    for (const AnalysedToken& tok : scratch) {
        ++pos;
        doc.add_posting(tok.folded, pos, wdf);
        doc.add_term(schema::exact_term(tok.folded, tok.exact), wdf);
        if (tok.joined_parts > 0) {
            // The joined form sits at the chain's last position, so a phrase
            // typed with the joined spelling ("Matxcơva tuyên bố") still
            // finds the hyphenated one.
            doc.add_posting(tok.joined_folded, pos, wdf);
            doc.add_term(schema::exact_term(tok.joined_folded, tok.joined_exact), wdf);
        }
    }
    return pos;
}

}  // namespace

void index_article_terms(const Article& article, Xapian::Document& doc) {
    std::vector<AnalysedToken> scratch;
    Xapian::termpos pos = index_zone(article.title, 0, schema::kTitleWdf, doc, scratch);
    index_zone(article.body, pos + schema::kZoneGap, schema::kBodyWdf, doc, scratch);
}

BuiltDocument build_document(const std::string& path, const std::string& stamp) {
    BuiltDocument built;
    std::string bytes;
    if (!read_file(path, bytes, built.error)) {
        built.error = "cannot read: " + built.error;
        return built;
    }
    DecodedText decoded = decode_text(bytes);
    if (!decoded.ok) {
        built.error = decoded.error;
        return built;
    }
    Article article = split_article(decoded.text);
    if (article.title.empty()) {
        built.error = "no text (no line with letters)";
        return built;
    }
    const std::string id = schema::document_id(path);
    built.id_term = schema::id_term(id);
    Xapian::Document& doc = built.document;
    index_article_terms(article, doc);
    doc.add_boolean_term(built.id_term);
    doc.add_value(schema::kSlotSourcePath, path);
    doc.add_value(schema::kSlotFileStamp, stamp);
    nlohmann::json data = {{schema::kDataId, id},
                           {schema::kDataPath, path},
                           {schema::kDataTitle, article.title},
                           {schema::kDataText, article.body}};
    doc.set_data(data.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    built.ok = true;
    return built;
}

}  // namespace tintuc
