#include "query_parser.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <optional>

#include "facets.h"
#include "text_decoder.h"
#include "text_folder.h"

namespace tintuc {
namespace {

struct Lexeme {
    enum class Type { word, phrase, op_and, op_or, op_not, open, close, filter, end };
    Type type;
    std::string text;
    std::string facet;  // for filter
};

bool is_space(std::string_view s, std::size_t i, std::size_t& len) {
    auto b = static_cast<unsigned char>(s[i]);
    if (b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v') {
        len = 1;
        return true;
    }
    if (s.compare(i, 2, "\xC2\xA0") == 0) {  // NBSP, pasted from web pages
        len = 2;
        return true;
    }
    return false;
}

// Length of a quote mark at i: ", “ or ”.
std::size_t quote_at(std::string_view s, std::size_t i) {
    if (s[i] == '"') return 1;
    if (s.compare(i, 3, "\xE2\x80\x9C") == 0 || s.compare(i, 3, "\xE2\x80\x9D") == 0) return 3;
    return 0;
}

bool is_capital_at(std::string_view s, std::size_t i) {
    const char* p = s.data();
    const auto n = static_cast<int32_t>(s.size());
    auto at = static_cast<int32_t>(i);
    UChar32 c = 0;
    U8_NEXT(p, at, n, c);
    return c >= 0 && u_isupper(c);
}

std::vector<Lexeme> lex(std::string_view s) {
    std::vector<Lexeme> out;
    std::size_t i = 0;
    while (i < s.size()) {
        std::size_t len = 0;
        if (is_space(s, i, len)) {
            i += len;
            continue;
        }
        if (std::size_t q = quote_at(s, i)) {
            std::size_t j = i + q;
            std::size_t close = 0;
            while (j < s.size() && (close = quote_at(s, j)) == 0) ++j;
            if (j >= s.size()) throw QueryError("unbalanced quotes in query: add the closing '\"'");
            out.push_back({Lexeme::Type::phrase, std::string(s.substr(i + q, j - i - q)), {}});
            i = j + close;
            continue;
        }
        if (s[i] == '(' || s[i] == ')') {
            out.push_back({s[i] == '(' ? Lexeme::Type::open : Lexeme::Type::close, {}, {}});
            ++i;
            continue;
        }
        // A leading '-' excludes what follows it ("-Kiev", -"Hà Nội").
        if (s[i] == '-' && i + 1 < s.size() && !is_space(s, i + 1, len) && s[i + 1] != '-' &&
            (out.empty() || i == 0 || is_space(s, i - 1, len) || s[i - 1] == '(')) {
            out.push_back({Lexeme::Type::op_not, "-", {}});
            ++i;
            continue;
        }
        // name:value or name:"a phrase", the name in lower-case ASCII
        // letters. Headlines glue words to colons ("tử vong:Tồn dư",
        // "Su:Toi"), so a capitalised name or value is text, not a filter.
        std::size_t k = i;
        while (k < s.size() && s[k] >= 'a' && s[k] <= 'z') ++k;
        const bool value_capitalised = k + 1 < s.size() && is_capital_at(s, k + 1);
        if (k > i && k + 1 < s.size() && s[k] == ':' && s[k + 1] != '/' && !is_space(s, k + 1, len) &&
            !value_capitalised) {
            std::string facet(s.substr(i, k - i));
            const auto& names = filter_names();
            if (std::find(names.begin(), names.end(), facet) == names.end())
                throw QueryError("unknown filter '" + facet + ":' in query; use one of: " + list_names(names));
            std::size_t v = k + 1;
            std::string value;
            if (std::size_t q = quote_at(s, v)) {
                std::size_t e = v + q, close = 0;
                while (e < s.size() && (close = quote_at(s, e)) == 0) ++e;
                if (e >= s.size()) throw QueryError("unbalanced quotes in query: add the closing '\"'");
                value.assign(s.substr(v + q, e - v - q));
                i = e + close;
            } else {
                std::size_t e = v;
                while (e < s.size() && !is_space(s, e, len) && s[e] != '(' && s[e] != ')') ++e;
                value.assign(s.substr(v, e - v));
                i = e;
            }
            out.push_back({Lexeme::Type::filter, value, facet});
            continue;
        }
        std::size_t j = i;
        while (j < s.size() && !is_space(s, j, len) && quote_at(s, j) == 0 && s[j] != '(' && s[j] != ')') ++j;
        std::string word(s.substr(i, j - i));
        if (word == "AND") out.push_back({Lexeme::Type::op_and, word, {}});
        else if (word == "OR") out.push_back({Lexeme::Type::op_or, word, {}});
        else if (word == "NOT") out.push_back({Lexeme::Type::op_not, word, {}});
        else out.push_back({Lexeme::Type::word, word, {}});
        i = j;
    }
    out.push_back({Lexeme::Type::end, {}, {}});
    return out;
}

class Parser {
  public:
    explicit Parser(std::vector<Lexeme> lexemes) : lx_(std::move(lexemes)) {}

    std::vector<std::pair<std::string, std::string>> filters;

    QueryNode parse() {
        QueryNode root = parse_or();
        if (peek().type == Lexeme::Type::close) throw QueryError("unbalanced parentheses in query: remove the extra ')'");
        return root;
    }

  private:
    const Lexeme& peek() const { return lx_[pos_]; }
    const Lexeme& next() { return lx_[pos_++]; }

    QueryNode parse_or() {
        QueryNode first = parse_and();
        if (peek().type != Lexeme::Type::op_or) return first;
        QueryNode node;
        node.kind = QueryNode::Kind::any_of;
        node.children.push_back(std::move(first));
        while (peek().type == Lexeme::Type::op_or) {
            next();
            node.children.push_back(parse_and());
        }
        return node;
    }

    QueryNode parse_and() {
        QueryNode first = parse_group();
        if (peek().type != Lexeme::Type::op_and) return first;
        QueryNode node;
        node.kind = QueryNode::Kind::all_of;
        node.children.push_back(std::move(first));
        while (peek().type == Lexeme::Type::op_and) {
            next();
            node.children.push_back(parse_group());
        }
        return node;
    }

    QueryNode parse_group() {
        QueryNode group;
        group.kind = QueryNode::Kind::group;
        for (;;) {
            const Lexeme::Type t = peek().type;
            if (t == Lexeme::Type::end || t == Lexeme::Type::close || t == Lexeme::Type::op_and ||
                t == Lexeme::Type::op_or)
                break;
            bool negate = false;
            if (t == Lexeme::Type::op_not) {
                const std::string op = next().text;
                negate = true;
                const Lexeme::Type after = peek().type;
                if (after != Lexeme::Type::word && after != Lexeme::Type::phrase && after != Lexeme::Type::open &&
                    after != Lexeme::Type::filter)
                    throw QueryError("'" + op + "' must be followed by a word, a \"phrase\" or a (group)");
            }
            std::optional<QueryNode> item = parse_primary();
            if (!item) continue;
            (negate ? group.excluded : group.children).push_back(std::move(*item));
        }
        if (group.children.empty() && group.excluded.empty()) {
            const Lexeme* op = nullptr;
            if (is_binary_op(peek().type)) op = &peek();
            else if (pos_ > 0 && is_binary_op(lx_[pos_ - 1].type)) op = &lx_[pos_ - 1];
            if (op) throw QueryError("'" + op->text + "' needs words on both sides");
        }
        if (group.children.size() == 1 && group.excluded.empty()) return std::move(group.children.front());
        return group;
    }

    std::optional<QueryNode> parse_primary() {
        const Lexeme& lx = next();
        if (lx.type == Lexeme::Type::filter) {
            filters.emplace_back(lx.facet, lx.text);
            return std::nullopt;
        }
        if (lx.type == Lexeme::Type::open) {
            QueryNode inner = parse_or();
            if (next().type != Lexeme::Type::close)
                throw QueryError("unbalanced parentheses in query: add the closing ')'");
            if (is_empty(inner)) return std::nullopt;
            return inner;
        }
        QueryNode node;
        node.kind = QueryNode::Kind::words;
        node.quoted = lx.type == Lexeme::Type::phrase;
        analyse_text(normalise_nfc(lx.text), node.tokens);
        // Punctuation alone ("&", "–") has nothing to search for.
        if (node.tokens.empty()) return std::nullopt;
        return node;
    }

    static bool is_binary_op(Lexeme::Type t) { return t == Lexeme::Type::op_and || t == Lexeme::Type::op_or; }

    static bool is_empty(const QueryNode& n) {
        return n.kind == QueryNode::Kind::group && n.children.empty() && n.excluded.empty();
    }

    std::vector<Lexeme> lx_;
    std::size_t pos_ = 0;
};

bool valid_utf8(std::string_view s) {
    const char* p = s.data();
    const auto n = static_cast<int32_t>(s.size());
    for (int32_t i = 0; i < n;) {
        UChar32 c;
        U8_NEXT(p, i, n, c);
        if (c < 0) return false;
    }
    return true;
}

bool has_positive(const QueryNode& n) {
    switch (n.kind) {
        case QueryNode::Kind::words:
            return true;
        case QueryNode::Kind::group:
            return !n.children.empty() || !n.excluded.empty();
        default:
            return !n.children.empty();
    }
}

}  // namespace

ParsedQuery parse_query(std::string_view text, bool allow_empty) {
    if (!valid_utf8(text)) throw QueryError("query is not valid UTF-8: type it again or check your terminal's encoding");
    ParsedQuery parsed;
    Parser parser(lex(text));
    parsed.root = parser.parse();
    parsed.filters = std::move(parser.filters);
    if (!has_positive(parsed.root) && parsed.filters.empty() && !allow_empty)
        throw QueryError("empty query: give at least one word to search for");
    parsed.typed_with_accents = has_accents(normalise_nfc(text));
    return parsed;
}

}  // namespace tintuc
