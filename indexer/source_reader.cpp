#include "source_reader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <cerrno>
#include <climits>
#include <cstddef>
#include <cstring>
#include <exception>
#include <initializer_list>
#include <memory>
#include <new>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "ascii_text.h"
#include "text_decoder.h"

namespace tintuc {
namespace {

using json = nlohmann::json;

enum class Format { txt, json, jsonl, html };

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::string_view kNoJsonText = "no article text (content/body/text)";

char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool iequals(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
    return true;
}

bool is_blank(std::string_view s) { return trim_space(s).empty(); }

// The extension as std::filesystem::path::extension() sees it, so that the
// directory scanner and this reader agree on what a name is.
std::string_view extension_of(std::string_view path) {
    const std::size_t slash = path.find_last_of('/');
    std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
    if (name == "." || name == "..") return {};
    const std::size_t dot = name.find_last_of('.');
    if (dot == std::string_view::npos || dot == 0) return {};
    return name.substr(dot);
}

Format format_of(std::string_view path) {
    const std::string_view ext = extension_of(path);
    if (iequals(ext, ".json")) return Format::json;
    if (iequals(ext, ".jsonl")) return Format::jsonl;
    if (iequals(ext, ".html") || iequals(ext, ".htm")) return Format::html;
    return Format::txt;
}

SourceReadResult file_error(std::string reason) {
    SourceReadResult r;
    r.error = std::move(reason);
    return r;
}

// ---------------------------------------------------------------------------
// HTML → lines of text

// Initialising libxml2 is not thread-safe; doing it once before any parse
// makes later parses from indexer threads safe.
void init_libxml() {
    static const bool done = [] {
        xmlInitParser();
        return true;
    }();
    (void)done;
}

struct DocFree {
    void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
using DocPtr = std::unique_ptr<xmlDoc, DocFree>;

// `utf8` must be UTF-8; a <meta charset> in it is ignored because the
// encoding is given, so text decode_text() already converted is not
// converted a second time.
DocPtr parse_html(std::string_view utf8) {
    if (utf8.empty() || utf8.size() > static_cast<std::size_t>(INT_MAX)) return nullptr;
    init_libxml();
    // Without XML_PARSE_HUGE libxml2 2.9 stops at nesting depth 256 and
    // silently drops the rest of the page; pages with runs of unclosed
    // <font> or <div> get there. Its HTML parser and xmlFreeDoc() do not
    // recurse, and 100,000 levels parse in ~40 ms.
    constexpr int kOptions =
        HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | XML_PARSE_HUGE;
    return DocPtr(htmlReadMemory(utf8.data(), static_cast<int>(utf8.size()), nullptr, "UTF-8", kOptions));
}

std::string_view node_name(const xmlNode* n) {
    return n->name ? std::string_view(reinterpret_cast<const char*>(n->name)) : std::string_view();
}

bool is_element(const xmlNode* n, std::string_view name) {
    // The HTML parser lower-cases element names.
    return n->type == XML_ELEMENT_NODE && node_name(n) == name;
}

bool name_in(std::string_view name, std::initializer_list<std::string_view> names) {
    for (std::string_view n : names)
        if (n == name) return true;
    return false;
}

struct TextOptions {
    // Treat "\n" in text nodes as a line end (see LineBuilder::add_text).
    bool newline_breaks = false;
    // ASP.NET WebForms pages wrap the whole page in one <form>; skipping
    // forms would lose the article there. See page_text().
    bool keep_forms = false;
    // Tells page_text() whether keeping forms could make a difference.
    bool* saw_form = nullptr;
};

// Elements whose text is never article text: code, chrome around the
// article, widgets. Their whole subtree is skipped.
bool is_skipped_element(const xmlNode* n, const TextOptions& opt) {
    const std::string_view name = node_name(n);
    if (name == "form") {
        if (opt.keep_forms) return false;
        if (opt.saw_form != nullptr) *opt.saw_form = true;
        return true;
    }
    if (name_in(name, {"script", "style", "noscript", "template", "svg", "iframe", "nav", "header", "footer",
                       "aside", "button", "select", "textarea", "object", "embed", "video", "audio", "canvas",
                       "head", "math"}))
        return true;
    return xmlHasProp(n, reinterpret_cast<const xmlChar*>("hidden")) != nullptr;
}

// Elements that a browser puts on a line of their own. Listing a few more
// than the obvious ones (ul, table, figure, ...) keeps neighbouring inline
// text from running into them.
bool is_block_element(std::string_view name) {
    return name_in(name, {"p",       "div",    "br",    "li",     "tr",   "td",   "th",     "blockquote",
                          "figcaption", "section", "article", "h1", "h2",  "h3",   "h4",   "h5",
                          "h6",      "ul",     "ol",    "dl",     "dt",   "dd",   "table",  "thead",
                          "tbody",   "tfoot",  "caption", "figure", "main", "hr",  "pre",  "address",
                          "center",  "body",   "html",  "summary", "details", "picture"});
}

std::string attribute(const xmlNode* n, const char* name) {
    xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
    if (v == nullptr) return {};
    std::string s(reinterpret_cast<const char*>(v));
    xmlFree(v);
    return s;
}

// Builds text line by line the way a browser lays out inline text: runs of
// white space become one space, and blank lines vanish.
class LineBuilder {
public:
    explicit LineBuilder(std::string_view line_separator) : separator_(line_separator) {}

    // `newline_breaks`: treat "\n" in the text as a line end. Used for
    // fragments without any block element, where the crawler kept the
    // paragraphs as newlines and only a few inline tags.
    void add_text(std::string_view s, bool newline_breaks) {
        for (std::size_t i = 0; i < s.size(); ++i) {
            const char c = s[i];
            if (c == '\n' && newline_breaks) {
                end_line();
            } else if (is_ascii_space(c)) {
                pending_space_ = true;
            } else if (c == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0') {
                // NBSP: &nbsp; is used as layout filler ("<p>&nbsp;</p>");
                // as a separator it serves search better than as a letter.
                pending_space_ = true;
                ++i;
            } else {
                if (pending_space_ && !line_.empty()) line_ += ' ';
                pending_space_ = false;
                // The rest of the word in one go.
                std::size_t j = i + 1;
                while (j < s.size() && !is_ascii_space(s[j]) && s[j] != '\xC2') ++j;
                line_.append(s.data() + i, j - i);
                i = j - 1;
            }
        }
    }

    void end_line() {
        if (!line_.empty()) {
            if (!out_.empty()) out_ += separator_;
            out_ += line_;
            line_.clear();
        }
        pending_space_ = false;
    }

    std::string finish() {
        end_line();
        return std::move(out_);
    }

private:
    std::string_view separator_;
    std::string out_;
    std::string line_;
    bool pending_space_ = false;
};

// Walks the subtree below `root` without recursion: HTML from the wild can
// nest thousands of levels deep.
template <typename Enter, typename Leave>
void walk_subtree(xmlNode* root, Enter enter, Leave leave) {
    xmlNode* node = root->children;
    while (node != nullptr) {
        if (enter(node) && node->children != nullptr) {
            node = node->children;
            continue;
        }
        for (;;) {
            if (node->next != nullptr) {
                node = node->next;
                break;
            }
            node = node->parent;
            if (node == nullptr || node == root) {
                node = nullptr;
                break;
            }
            leave(node);
        }
    }
}

void append_subtree_text(xmlNode* root, LineBuilder& lines, const TextOptions& opt) {
    lines.end_line();
    walk_subtree(
        root,
        [&](xmlNode* n) {
            if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
                if (n->content != nullptr)
                    lines.add_text(reinterpret_cast<const char*>(n->content), opt.newline_breaks);
                return false;
            }
            if (n->type != XML_ELEMENT_NODE || is_skipped_element(n, opt)) return false;
            if (is_block_element(node_name(n))) lines.end_line();
            return true;
        },
        [&](xmlNode* n) {
            if (is_block_element(node_name(n))) lines.end_line();
        });
    lines.end_line();
}

std::string subtree_text(xmlNode* root, std::string_view separator, const TextOptions& opt) {
    LineBuilder lines(separator);
    append_subtree_text(root, lines, opt);
    return normalise_nfc(lines.finish());
}

xmlNode* find_body(xmlDoc* doc) {
    xmlNode* root = xmlDocGetRootElement(doc);
    if (root == nullptr) return nullptr;
    for (xmlNode* c = root->children; c != nullptr; c = c->next)
        if (is_element(c, "body")) return c;
    return root;
}

// The article text of a page: the <article> with the most text when there
// is one (pages list related stories as small <article>s too), else the
// body. <article>s inside skipped chrome (aside, nav, ...) don't count.
std::string page_text(xmlDoc* doc, const TextOptions& opt) {
    xmlNode* body = find_body(doc);
    if (body == nullptr) return {};
    std::vector<xmlNode*> articles;
    walk_subtree(
        body,
        [&](xmlNode* n) {
            if (n->type != XML_ELEMENT_NODE || is_skipped_element(n, opt)) return false;
            if (node_name(n) == "article") {
                articles.push_back(n);
                return false;  // outermost only; nested ones are part of it
            }
            return true;
        },
        [](xmlNode*) {});
    std::string best;
    for (xmlNode* a : articles) {
        std::string t = subtree_text(a, "\n", opt);
        if (t.size() > best.size()) best = std::move(t);
    }
    if (!best.empty()) return best;
    return subtree_text(body, "\n", opt);
}

// Forms are mostly comment boxes and search fields, but a WebForms page is
// one big <form>: when the forms hold most of the page's text, keep them.
std::string page_text(xmlDoc* doc) {
    bool saw_form = false;
    TextOptions opt;
    opt.saw_form = &saw_form;
    std::string text = page_text(doc, opt);
    if (saw_form) {
        TextOptions with_forms;
        with_forms.keep_forms = true;
        std::string all = page_text(doc, with_forms);
        if (all.size() > 2 * text.size()) return all;
    }
    return text;
}

std::string clean_value(std::string_view s) {
    LineBuilder lines(" ");
    lines.add_text(s, false);
    return normalise_nfc(lines.finish());
}

bool has_token(std::string_view list, std::string_view token) {
    std::size_t i = 0;
    while (i < list.size()) {
        while (i < list.size() && is_ascii_space(list[i])) ++i;
        std::size_t j = i;
        while (j < list.size() && !is_ascii_space(list[j])) ++j;
        if (j > i && iequals(list.substr(i, j - i), token)) return true;
        i = j;
    }
    return false;
}

void set_if_empty(std::string& field, std::string_view value) {
    if (field.empty()) field = clean_value(value);
}

// What the page says about itself in <head>; each slot keeps the first
// occurrence, and the slots are ranked afterwards.
ArticleMetadata page_metadata(xmlDoc* doc) {
    struct {
        std::string og_title, title, published_time, item_date, pubdate, site_name, canonical, og_url,
            og_description, description;
    } found;
    xmlNode* root = xmlDocGetRootElement(doc);
    if (root == nullptr) return {};
    auto visit = [&](xmlNode* n) {
        if (n->type != XML_ELEMENT_NODE) return false;
        const std::string_view name = node_name(n);
        if (name == "svg" || name == "script" || name == "style" || name == "template") return false;
        if (name == "title") {
            if (found.title.empty()) {
                LineBuilder lines(" ");
                append_subtree_text(n, lines, TextOptions{});
                found.title = normalise_nfc(lines.finish());
            }
            return false;
        }
        if (name == "link") {
            if (found.canonical.empty() && has_token(attribute(n, "rel"), "canonical"))
                set_if_empty(found.canonical, attribute(n, "href"));
            return false;
        }
        if (name != "meta") {
            // Microdata on the visible page: <time itemprop="datePublished" datetime="...">.
            if (found.item_date.empty() && xmlHasProp(n, reinterpret_cast<const xmlChar*>("itemprop")) &&
                iequals(trim_space(attribute(n, "itemprop")), "datePublished")) {
                std::string v = attribute(n, "content");
                if (is_blank(v)) v = attribute(n, "datetime");
                set_if_empty(found.item_date, v);
            }
            return true;
        }
        std::string key = attribute(n, "property");
        if (is_blank(key)) key = attribute(n, "name");
        if (is_blank(key)) key = attribute(n, "itemprop");
        const std::string_view k = trim_space(key);
        if (k.empty()) return false;
        const std::string content = attribute(n, "content");
        if (is_blank(content)) return false;
        if (iequals(k, "og:title")) set_if_empty(found.og_title, content);
        else if (iequals(k, "article:published_time")) set_if_empty(found.published_time, content);
        else if (iequals(k, "datePublished")) set_if_empty(found.item_date, content);
        else if (iequals(k, "pubdate")) set_if_empty(found.pubdate, content);
        else if (iequals(k, "og:site_name")) set_if_empty(found.site_name, content);
        else if (iequals(k, "og:url")) set_if_empty(found.og_url, content);
        else if (iequals(k, "og:description")) set_if_empty(found.og_description, content);
        else if (iequals(k, "description")) set_if_empty(found.description, content);
        return false;
    };
    if (visit(root)) walk_subtree(root, visit, [](xmlNode*) {});

    auto first = [](std::string& a, std::string& b, std::string& c) -> std::string {
        return std::move(!a.empty() ? a : !b.empty() ? b : c);
    };
    std::string none;
    ArticleMetadata meta;
    meta.title = first(found.og_title, found.title, none);
    meta.date = first(found.published_time, found.item_date, found.pubdate);
    meta.outlet = std::move(found.site_name);
    meta.url = first(found.canonical, found.og_url, none);
    meta.lead = first(found.og_description, found.description, none);
    return meta;
}

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Element names that article markup in JSON fields actually uses. Anything
// else after a '<' ("<5 độ", "a<x>b") is taken for text.
bool is_known_tag(std::string_view name) {
    return is_block_element(name) ||
           name_in(name, {"a", "b", "i", "u", "s", "em", "strong", "span", "img", "font", "small", "sup", "sub",
                          "mark", "q", "cite", "code", "abbr", "time", "label", "script", "style", "iframe",
                          "video", "source", "header", "footer", "nav", "aside", "noscript", "input", "button",
                          "strike", "del", "ins", "big", "wbr"});
}

// Calls `found(name)` for each tag in `s` until it returns true. A tag is
// "<name>", "</name>", "<name/>" or "<name attr=..." / "<name attr>" with a
// known name: "a<b và b > c" is no tag although a parser would take it for
// one. Works on the source because libxml2 adds implied elements (a <p>
// around bare text) that the tree cannot tell from real ones.
template <typename Found>
bool any_tag(std::string_view s, Found found) {
    for (std::size_t i = s.find('<'); i != std::string_view::npos; i = s.find('<', i + 1)) {
        std::size_t j = i + 1;
        const bool closing = j < s.size() && s[j] == '/';
        if (closing) ++j;
        const std::size_t name_start = j;
        while (j < s.size() && (is_ascii_letter(s[j]) || (j > name_start && s[j] >= '0' && s[j] <= '9'))) ++j;
        if (j == name_start || j == s.size() || j - name_start > 10) continue;
        std::string name(s.substr(name_start, j - name_start));
        for (char& c : name) c = ascii_lower(c);
        if (!is_known_tag(name)) continue;
        bool tag = s[j] == '>' || (s[j] == '/' && j + 1 < s.size() && s[j + 1] == '>');
        if (!tag && !closing && is_ascii_space(s[j])) {
            while (j < s.size() && is_ascii_space(s[j])) ++j;
            const std::size_t attr_start = j;
            while (j < s.size() && (is_ascii_letter(s[j]) || s[j] == '-' || s[j] == ':' || s[j] == '_' ||
                                    (j > attr_start && s[j] >= '0' && s[j] <= '9')))
                ++j;
            while (j < s.size() && is_ascii_space(s[j])) ++j;
            tag = j > attr_start && j < s.size() && (s[j] == '=' || s[j] == '>' || s[j] == '/');
        }
        if (tag && found(std::string_view(name))) return true;
    }
    return false;
}

// True when a JSON string holds markup rather than plain text.
bool looks_like_html(std::string_view s) {
    return any_tag(s, [](std::string_view) { return true; });
}

// A markup fragment from a JSON field as text. Newlines in the source
// count as line ends only when the fragment has no block elements at all:
// then the crawler kept paragraphs as newlines and only some inline tags.
std::string fragment_text(std::string_view html, std::string_view separator) {
    const bool has_blocks = any_tag(html, [](std::string_view name) {
        return is_block_element(name) && name != "html" && name != "body";
    });
    DocPtr doc = parse_html(html);
    if (!doc) return {};
    xmlNode* body = find_body(doc.get());
    if (body == nullptr) return {};
    TextOptions opt;
    opt.newline_breaks = !has_blocks;
    return subtree_text(body, separator, opt);
}

SourceReadResult read_html(const std::string& path, std::string_view bytes) {
    DecodedText decoded = decode_text(bytes);
    if (!decoded.ok) return file_error(std::move(decoded.error));
    DocPtr doc = parse_html(decoded.text);
    if (!doc) return file_error("not valid HTML");
    SourceReadResult result;
    SourceRecord rec;
    rec.key = path;
    rec.meta = page_metadata(doc.get());
    rec.text = page_text(doc.get());
    if (rec.text.empty()) {
        result.record_errors.push_back("no article text (nothing in <article> or <body>)");
        return result;
    }
    result.records.push_back(std::move(rec));
    return result;
}

// ---------------------------------------------------------------------------
// .txt

// The metadata field a header key names, or null for a key this reader
// does not know (the line is still a header and is dropped from the text).
std::string* header_field(ArticleMetadata& m, std::string_view key) {
    for (std::string_view k : {"doc_id", "id"})
        if (iequals(key, k)) return &m.doc_id;
    for (std::string_view k : {"url", "link"})
        if (iequals(key, k)) return &m.url;
    for (std::string_view k : {"date", "publish_date", "published_at"})
        if (iequals(key, k)) return &m.date;
    if (iequals(key, "title")) return &m.title;
    for (std::string_view k : {"outlet", "source", "publisher"})
        if (iequals(key, k)) return &m.outlet;
    for (std::string_view k : {"lead", "sapo", "description", "summary"})
        if (iequals(key, k)) return &m.lead;
    return nullptr;
}

// "# key = value" with an ASCII identifier as key. A Markdown heading
// ("# Giá vàng hôm nay") has no '=' after a bare identifier, so it stays
// text.
bool parse_header_line(std::string_view line, std::string_view& key, std::string_view& value) {
    if (line.empty() || line.front() != '#') return false;
    std::size_t i = 1;
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    const std::size_t start = i;
    while (i < line.size()) {
        const char c = line[i];
        const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        const bool other = (c >= '0' && c <= '9') || c == '_' || c == '-';
        if (!(letter || (i > start && other))) break;
        ++i;
    }
    if (i == start) return false;
    key = line.substr(start, i - start);
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    if (i == line.size() || line[i] != '=') return false;
    value = trim_space(line.substr(i + 1));
    return true;
}

SourceReadResult read_txt(const std::string& path, std::string_view bytes) {
    DecodedText decoded = decode_text(bytes);
    if (!decoded.ok) return file_error(std::move(decoded.error));
    SourceReadResult result;
    SourceRecord rec;
    rec.key = path;
    std::string& text = decoded.text;
    // Almost no file has headers; the common case hands the decoded text
    // over without a copy.
    std::size_t body_start = 0;
    bool had_headers = false;
    while (body_start < text.size() && text[body_start] == '#') {
        std::size_t eol = text.find('\n', body_start);
        const std::size_t next = eol == std::string::npos ? text.size() : eol + 1;
        if (eol == std::string::npos) eol = text.size();
        std::string_view key, value;
        if (!parse_header_line(std::string_view(text).substr(body_start, eol - body_start), key, value)) break;
        // The first line naming a field wins, as the first alias does in JSON.
        if (std::string* field = header_field(rec.meta, key); field != nullptr && field->empty())
            field->assign(value);
        had_headers = true;
        body_start = next;
    }
    if (had_headers) {
        // Blank lines that separate the header block from the text.
        while (body_start < text.size()) {
            std::size_t eol = text.find('\n', body_start);
            if (eol == std::string::npos) eol = text.size();
            if (!is_blank(std::string_view(text).substr(body_start, eol - body_start))) break;
            body_start = eol == text.size() ? eol : eol + 1;
        }
        rec.text = text.substr(body_start);
        if (rec.text.empty()) {
            result.record_errors.push_back("no article text after the header lines");
            return result;
        }
    } else {
        rec.text = std::move(text);
    }
    result.records.push_back(std::move(rec));
    return result;
}

// ---------------------------------------------------------------------------
// .json / .jsonl

// nlohmann's messages carry an internal prefix and echo the bad token
// ("last read: '...'"), which may be invalid UTF-8; keep the reason and the
// place. `with_line` is false for .jsonl, where the line is said already.
std::string short_json_reason(const std::exception& e, bool with_line) {
    std::string_view msg = e.what();
    if (const std::size_t p = msg.find("] "); msg.substr(0, 1) == "[" && p != std::string_view::npos)
        msg.remove_prefix(p + 2);
    std::string where;
    constexpr std::string_view kAt = "parse error at ";
    if (msg.substr(0, kAt.size()) == kAt) {
        msg.remove_prefix(kAt.size());
        const std::size_t colon = msg.find(": ");
        if (colon != std::string_view::npos) {
            where = std::string(msg.substr(0, colon));
            msg.remove_prefix(colon + 2);
        }
        if (const std::size_t dash = msg.find(" - "); dash != std::string_view::npos) msg.remove_prefix(dash + 3);
    }
    std::string reason;
    constexpr std::string_view kLastRead = "; last read: '";
    if (const std::size_t lr = msg.find(kLastRead); lr != std::string_view::npos) {
        reason = std::string(msg.substr(0, lr));
        constexpr std::string_view kExpected = "'; expected";
        const std::size_t ex = msg.find(kExpected, lr + kLastRead.size());
        if (ex != std::string_view::npos) reason += msg.substr(ex + 1);
    } else {
        reason = std::string(msg);
    }
    if (!where.empty()) {
        if (!with_line) {
            if (const std::size_t comma = where.find(", "); comma != std::string::npos) where.erase(0, comma + 2);
        }
        reason += " (" + where + ")";
    }
    return reason;
}

bool parse_json(std::string_view text, json& out, std::string& reason, bool with_line) {
    try {
        out = json::parse(text.begin(), text.end());
        return true;
    } catch (const json::exception& e) {
        reason = "not valid JSON: " + short_json_reason(e, with_line);
        return false;
    }
}

// A field value as text: strings as NFC, numbers as written ("id": 123).
// Objects stand for a named thing ({"name": "VnExpress"}) or a MongoDB
// wrapper ({"$oid": ...}, {"$date": ...}).
std::string scalar_text(const json& v) {
    if (v.is_string()) return normalise_nfc(trim_space(v.get_ref<const std::string&>()));
    // Unsigned first: is_number_integer() is true for unsigned numbers too.
    if (v.is_number_unsigned()) return std::to_string(v.get<unsigned long long>());
    if (v.is_number_integer()) return std::to_string(v.get<long long>());
    if (v.is_number_float()) return v.dump();
    if (v.is_object()) {
        for (std::string_view k : {"name", "$oid", "$date"}) {
            auto it = v.find(std::string(k));
            if (it != v.end() && (it->is_string() || it->is_number())) return scalar_text(*it);
        }
    }
    return {};
}

// The value of the first alias present (names compared case-insensitively,
// aliases in order of preference) whose value gives text.
template <typename Convert>
std::string first_field(const json& obj, std::initializer_list<std::string_view> aliases, Convert convert) {
    for (std::string_view alias : aliases) {
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            if (!iequals(it.key(), alias)) continue;
            std::string s = convert(it.value());
            if (!s.empty()) return s;
        }
    }
    return {};
}

// Title and lead are single lines; crawls sometimes keep their markup or
// the line breaks of the page they were cut from.
std::string inline_text(const json& v) {
    const std::string s = scalar_text(v);
    return looks_like_html(s) ? fragment_text(s, " ") : clean_value(s);
}

std::string body_text(const json& v) {
    std::string s;
    if (v.is_string()) {
        s = v.get<std::string>();
    } else if (v.is_array()) {
        // Paragraph lists: ["Đoạn 1", "Đoạn 2"].
        for (const json& part : v) {
            if (!part.is_string()) continue;
            const std::string& p = part.get_ref<const std::string&>();
            if (is_blank(p)) continue;
            if (!s.empty()) s += '\n';
            s += p;
        }
    }
    if (is_blank(s)) return {};
    if (looks_like_html(s)) return fragment_text(s, "\n");
    return normalise_nfc(trim_space(s));
}

// Fills `rec` from one article object; false with a reason when the object
// is no article.
bool record_from_json(const json& obj, SourceRecord& rec, std::string& reason) {
    if (!obj.is_object()) {
        reason = "not a JSON object";
        return false;
    }
    rec.text = first_field(obj, {"content", "body", "text", "article", "content_text"}, body_text);
    if (rec.text.empty()) {
        reason = std::string(kNoJsonText);
        return false;
    }
    ArticleMetadata& m = rec.meta;
    m.title = first_field(obj, {"title", "headline"}, inline_text);
    m.lead = first_field(obj, {"sapo", "description", "summary", "lead", "abstract"}, inline_text);
    m.url = first_field(obj, {"url", "link", "canonical_url"}, scalar_text);
    m.date = first_field(obj, {"date", "publish_date", "published_at", "publishedAt", "datePublished", "time", "pubdate"},
                         scalar_text);
    m.outlet = first_field(obj, {"source", "outlet", "publisher", "site_name", "site"}, scalar_text);
    m.doc_id = first_field(obj, {"id", "doc_id", "_id"}, scalar_text);
    return true;
}

// JSON is UTF-8 by definition, so decode_text() (which would fall back to
// Windows-1258 for the whole file over one bad line) is not used; only its
// file-level verdicts are repeated here.
bool check_json_bytes(std::string_view& bytes, std::string& error) {
    if (bytes.substr(0, kBom.size()) == kBom) bytes.remove_prefix(kBom.size());
    if (std::memchr(bytes.data(), '\0', bytes.size()) != nullptr) {
        error = "binary file (contains NUL bytes)";
        return false;
    }
    if (is_blank(bytes)) {
        error = "empty file";
        return false;
    }
    return true;
}

SourceReadResult read_json(const std::string& path, std::string_view bytes) {
    std::string error;
    if (!check_json_bytes(bytes, error)) return file_error(std::move(error));
    json doc;
    if (!parse_json(bytes, doc, error, true)) return file_error(std::move(error));
    SourceReadResult result;
    if (doc.is_object()) {
        SourceRecord rec;
        rec.key = path;
        std::string reason;
        if (record_from_json(doc, rec, reason)) result.records.push_back(std::move(rec));
        else result.record_errors.push_back(std::move(reason));
        return result;
    }
    if (!doc.is_array()) return file_error("not a JSON object or array");
    if (doc.empty()) return file_error("empty JSON array");
    std::size_t n = 0;
    for (const json& item : doc) {
        ++n;
        SourceRecord rec;
        rec.key = path + ":" + std::to_string(n);
        std::string reason;
        if (record_from_json(item, rec, reason)) result.records.push_back(std::move(rec));
        else result.record_errors.push_back("item " + std::to_string(n) + ": " + reason);
    }
    return result;
}

SourceReadResult read_jsonl(const std::string& path, std::string_view bytes) {
    std::string error;
    if (!check_json_bytes(bytes, error)) return file_error(std::move(error));
    SourceReadResult result;
    std::size_t line_no = 0;
    std::size_t pos = 0;
    while (pos < bytes.size()) {
        ++line_no;
        std::size_t eol = bytes.find('\n', pos);
        if (eol == std::string_view::npos) eol = bytes.size();
        const std::string_view line = bytes.substr(pos, eol - pos);
        pos = eol + 1;
        if (is_blank(line)) continue;
        const std::string prefix = "line " + std::to_string(line_no) + ": ";
        json obj;
        std::string reason;
        SourceRecord rec;
        rec.key = path + ":" + std::to_string(line_no);
        if (parse_json(line, obj, reason, false) && record_from_json(obj, rec, reason))
            result.records.push_back(std::move(rec));
        else
            result.record_errors.push_back(prefix + reason);
    }
    return result;
}

// ---------------------------------------------------------------------------

// Reads the whole file in one buffer sized from fstat; the usual stream
// copy costs as much as decoding does.
bool read_whole_file(const std::string& path, std::string& out, std::string& error) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        error = std::strerror(errno);
        return false;
    }
    struct stat st {};
    std::size_t want = 0;
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) want = static_cast<std::size_t>(st.st_size);
    out.clear();
    // One byte more than the size, so that a file that grew is noticed
    // without a second call in the usual case.
    out.resize(want + 1);
    std::size_t got = 0;
    for (;;) {
        if (got == out.size()) out.resize(out.size() * 2 + 4096);
        const ssize_t n = ::read(fd, out.data() + got, out.size() - got);
        if (n < 0) {
            if (errno == EINTR) continue;
            error = std::strerror(errno);
            ::close(fd);
            return false;
        }
        if (n == 0) break;
        got += static_cast<std::size_t>(n);
    }
    ::close(fd);
    out.resize(got);
    return true;
}

}  // namespace

bool is_article_file_name(std::string_view path) {
    const std::string_view ext = extension_of(path);
    for (std::string_view e : {".txt", ".json", ".jsonl", ".html", ".htm"})
        if (iequals(ext, e)) return true;
    return false;
}

SourceReadResult read_source_bytes(const std::string& path, std::string_view bytes) {
    try {
        switch (format_of(path)) {
            case Format::json: return read_json(path, bytes);
            case Format::jsonl: return read_jsonl(path, bytes);
            case Format::html: return read_html(path, bytes);
            case Format::txt: break;
        }
        return read_txt(path, bytes);
    } catch (const std::bad_alloc&) {
        return file_error("out of memory");
    } catch (const std::exception& e) {
        // Nothing else is expected to throw; say what did rather than die.
        return file_error(std::string("cannot read: ") + e.what());
    } catch (...) {
        return file_error("cannot read: unknown error");
    }
}

SourceReadResult read_source(const std::string& path) {
    std::string bytes;
    std::string error;
    try {
        if (!read_whole_file(path, bytes, error)) return file_error("cannot read: " + error);
    } catch (const std::bad_alloc&) {
        return file_error("out of memory");
    }
    return read_source_bytes(path, bytes);
}

}  // namespace tintuc
