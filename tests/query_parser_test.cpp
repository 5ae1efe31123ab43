#include "query_parser.h"

#include <gtest/gtest.h>

#include "query_builder.h"

namespace tintuc {
namespace {

// Compact form of a tree: words as folded tokens, phrases in quotes,
// groups in [], AND/OR in (), exclusions after '-'.
std::string dump(const QueryNode& n) {
    std::string s;
    switch (n.kind) {
        case QueryNode::Kind::words:
            if (n.quoted) s += '"';
            for (std::size_t i = 0; i < n.tokens.size(); ++i) {
                if (i) s += ' ';
                s += n.tokens[i].folded;
            }
            if (n.quoted) s += '"';
            return s;
        case QueryNode::Kind::group:
            s = "[";
            for (std::size_t i = 0; i < n.children.size(); ++i) {
                if (i) s += ' ';
                s += dump(n.children[i]);
            }
            for (const QueryNode& c : n.excluded) s += " -" + dump(c);
            return s + "]";
        case QueryNode::Kind::all_of:
        case QueryNode::Kind::any_of:
            s = "(";
            for (std::size_t i = 0; i < n.children.size(); ++i) {
                if (i) s += n.kind == QueryNode::Kind::all_of ? " AND " : " OR ";
                s += dump(n.children[i]);
            }
            return s + ")";
    }
    return s;
}

TEST(QueryParser, Syntax) {
    const std::pair<const char*, const char*> cases[] = {
        {"ngoai truong lavrov", "[ngoai truong lavrov]"},
        {"Ngoại trưởng Lavrov", "[ngoai truong lavrov]"},
        {"\"Hakan Fidan\"", "\"hakan fidan\""},
        {"“Thổ Nhĩ Kỳ” Istanbul", "[\"tho nhi ky\" istanbul]"},
        {"Nga -Kiev", "[nga -kiev]"},
        {"Nga NOT Kiev", "[nga -kiev]"},
        {"Nga AND Mỹ OR Ukraine", "((nga AND my) OR ukraine)"},
        {"(Nga OR Mỹ) Istanbul", "[(nga OR my) istanbul]"},
        {"Mát-xcơ-va", "mat xco va"},
        {"Nga - Ukraine", "[nga ukraine]"},
        {"Nga & Ukraine", "[nga ukraine]"},
        {"and or not", "[and or not]"},  // lower case: plain words
        // Headlines glue words to colons; that is text, not a filter.
        {"tử vong:Tồn dư", "[tu vong ton du]"},
        {"Su:Toi", "su toi"},
    };
    for (const auto& [input, expected] : cases) EXPECT_EQ(dump(parse_query(input).root), expected) << input;
}

TEST(QueryParser, KnowsWhetherAccentsWereTyped) {
    EXPECT_TRUE(parse_query("Ngoại trưởng Lavrov").typed_with_accents);
    EXPECT_TRUE(parse_query("Nguye\u0302\u0303n").typed_with_accents);  // NFD
    EXPECT_FALSE(parse_query("ngoai truong lavrov").typed_with_accents);
    EXPECT_FALSE(parse_query("Nga").typed_with_accents);
}

TEST(QueryParser, ErrorsSayWhatToFix) {
    const std::pair<const char*, const char*> cases[] = {
        {"", "empty query: give at least one word to search for"},
        {"   ", "empty query: give at least one word to search for"},
        {"&& !!", "empty query: give at least one word to search for"},
        {"\"Hakan Fidan", "unbalanced quotes in query: add the closing '\"'"},
        {"(Nga OR Mỹ", "unbalanced parentheses in query: add the closing ')'"},
        {"Nga OR Mỹ)", "unbalanced parentheses in query: remove the extra ')'"},
        {"Nga OR", "'OR' needs words on both sides"},
        {"AND Nga", "'AND' needs words on both sides"},
        {"Nga NOT", "'NOT' must be followed by a word, a \"phrase\" or a (group)"},
        {"\xff\xfe", "query is not valid UTF-8: type it again or check your terminal's encoding"},
    };
    for (const auto& [input, message] : cases) {
        try {
            parse_query(input);
            ADD_FAILURE() << "no error for '" << input << "'";
        } catch (const QueryError& e) {
            EXPECT_STREQ(e.what(), message) << input;
        }
    }
}

// Readings of a few folded words as an index would report them.
std::vector<Reading> sample_readings(const std::string& folded) {
    if (folded == "nga") return {{"nga", 750}, {"ngà", 100}, {"ngã", 150}};
    if (folded == "hoa") return {{"hoa", 300}, {"hòa", 250}, {"họa", 200}, {"hóa", 250}};
    if (folded == "tho") return {{"thổ", 10}, {"thơ", 20}};
    if (folded == "ky") return {{"kỳ", 30}};
    if (folded == "binh") return {{"bình", 200}};
    return {};
}

TEST(QueryBuilder, AccentedQueriesAlsoScoreExactForms) {
    const BuiltQuery plain = build_query(parse_query("nga"));
    EXPECT_EQ(plain.query.get_description(), "Query(nga)");
    const BuiltQuery accented = build_query(parse_query("Ngà"), sample_readings);
    EXPECT_EQ(accented.query.get_description(), "Query(((nga SYNONYM ngà SYNONYM ngã) AND_MAYBE ngà))");
    EXPECT_EQ(accented.highlight, std::set<std::string>{"nga"});
}

TEST(QueryBuilder, AccentFreeWordsScoreTheirDominantReading) {
    // "nga" is "nga" in 750 of 1,000 articles: that reading scores, scaled.
    EXPECT_EQ(build_query(parse_query("nga"), sample_readings).query.get_description(),
              "Query(((nga SYNONYM ngà SYNONYM ngã) AND_MAYBE 0.75 * nga))");
    // No reading of "hoa" holds half its articles: nothing to restore.
    EXPECT_EQ(build_query(parse_query("hoa"), sample_readings).query.get_description(),
              "Query((hoa SYNONYM hòa SYNONYM họa SYNONYM hóa))");
    // A word the index lacks keeps its folded form and matches nothing.
    EXPECT_EQ(build_query(parse_query("xyzzy"), sample_readings).query.get_description(), "Query(xyzzy)");
}

TEST(QueryBuilder, LongQueriesMatchAnyWord) {
    // Typed with accents: exact forms only, any of them.
    EXPECT_EQ(build_query(parse_query("Nga hòa thơ"), sample_readings).query.get_description(),
              "Query((nga OR hòa OR thơ))");
    // Typed without: every reading of each word, no dominant reading.
    EXPECT_EQ(build_query(parse_query("nga hoa ky"), sample_readings).query.get_description(),
              "Query(((nga SYNONYM ngà SYNONYM ngã) OR (hoa SYNONYM hòa SYNONYM họa SYNONYM hóa) OR kỳ))");
    // Two words: both required.
    EXPECT_EQ(build_query(parse_query("hoa ky"), sample_readings).query.get_description(),
              "Query(((hoa SYNONYM hòa SYNONYM họa SYNONYM hóa) AND kỳ))");
}

// Typed without accents, each word of a longer query weighs as its
// readings' idf would on average, not as their union's. In 1,000 articles,
// "hoa" (readings in 300, 250, 200 and 250, together in about 685) weighs
// 5.21x its union weight; "tho" (10 and 20) only 1.18x, being rare either
// way; "ky" has one reading and keeps its weight. With accents, or without
// the collection size, nothing is scaled.
TEST(QueryBuilder, AccentFreeWordsOfLongQueriesWeighAsTheReadingMeant) {
    const std::string d = build_query(parse_query("hoa tho ky"), sample_readings, 1000).query.get_description();
    EXPECT_NE(d.find("5.2117371342595975037 * (hoa SYNONYM hòa SYNONYM họa SYNONYM hóa)"), std::string::npos) << d;
    EXPECT_NE(d.find("1.1809029489619522479 * (thổ SYNONYM thơ) OR kỳ"), std::string::npos) << d;
    EXPECT_EQ(build_query(parse_query("hoa tho ky"), sample_readings).query.get_description(),
              "Query(((hoa SYNONYM hòa SYNONYM họa SYNONYM hóa) OR (thổ SYNONYM thơ) OR kỳ))");
    EXPECT_EQ(build_query(parse_query("hòa thơ kỳ"), sample_readings, 1000).query.get_description(),
              "Query((hòa OR thơ OR kỳ))");
}

// "hoa" (its readings in all 1,000 articles) is common: it only weighs
// articles that "tho" or "ky" found. When every word is common, or typed
// with accents, any word matches.
TEST(QueryBuilder, CommonAccentFreeWordsOfLongQueriesOnlyWeigh) {
    EXPECT_EQ(build_query(parse_query("hoa tho ky"), sample_readings, 1000).query.get_description(),
              "Query(((1.1809029489619522479 * (thổ SYNONYM thơ) OR kỳ) AND_MAYBE 5.2117371342595975037 * (hoa "
              "SYNONYM hòa SYNONYM họa SYNONYM hóa)))");
    EXPECT_EQ(build_query(parse_query("hoa nga hoa"), sample_readings, 1000).query.get_description().find("AND_MAYBE"),
              std::string::npos);
    EXPECT_EQ(build_query(parse_query("hòa thơ kỳ"), sample_readings, 1000).query.get_description(),
              "Query((hòa OR thơ OR kỳ))");
}

// "binh" (in 20 % of the articles) only weighs when two rarer words ("tho",
// "ky", in 15 % or fewer) find the article, not when one does.
TEST(QueryBuilder, FrequentAccentFreeWordsWeighWhenTwoRarerOnesFind) {
    EXPECT_EQ(build_query(parse_query("binh tho ky"), sample_readings, 1000).query.get_description(),
              "Query(((1.1809029489619522479 * (thổ SYNONYM thơ) OR kỳ) AND_MAYBE bình))");
    EXPECT_EQ(build_query(parse_query("binh tho hoa"), sample_readings, 1000).query.get_description(),
              "Query(((bình OR 1.1809029489619522479 * (thổ SYNONYM thơ)) AND_MAYBE 5.2117371342595975037 * (hoa "
              "SYNONYM hòa SYNONYM họa SYNONYM hóa)))");
}

// A phrase every match needs is its words' AND, checked by the searcher's
// PhraseDecider; one that only some matches need is checked in the query.
TEST(QueryBuilder, PhrasesMatchAnyReadingAtEachPosition) {
    const BuiltQuery q = build_query(parse_query("\"tho nhi ky\""), sample_readings);
    EXPECT_EQ(q.query.get_description(), "Query(((thổ OR thơ) AND nhi AND kỳ))");
    EXPECT_EQ(q.required_phrases, (std::vector<std::vector<std::string>>{{"tho", "nhi", "ky"}}));
    const BuiltQuery both = build_query(parse_query("\"tho nhi ky\" nga"), sample_readings);
    EXPECT_EQ(both.required_phrases, (std::vector<std::vector<std::string>>{{"tho", "nhi", "ky"}}));
    for (const std::string query : {"\"tho nhi ky\" OR nga", "nga -\"tho nhi ky\"", "\"tho nhi\" hoa ky nga"}) {
        const BuiltQuery either = build_query(parse_query(query), sample_readings);
        EXPECT_TRUE(either.required_phrases.empty()) << query;
        EXPECT_NE(either.query.get_description().find("FILTER PostingSource(PhraseSource(\"tho nhi"), std::string::npos)
            << query << ": " << either.query.get_description();
    }
}

TEST(QueryBuilder, ExclusionsTypedWithAccentsDropOnlyThatSpelling) {
    EXPECT_EQ(build_query(parse_query("hoa -ngà"), sample_readings).query.get_description(),
              "Query((((hoa SYNONYM hòa SYNONYM họa SYNONYM hóa) AND_MAYBE hoa) AND_NOT ngà))");
    EXPECT_EQ(build_query(parse_query("hoa -nga"), sample_readings).query.get_description(),
              "Query(((hoa SYNONYM hòa SYNONYM họa SYNONYM hóa) AND_NOT (nga OR ngà OR ngã)))");
}

std::string pairs_of(const std::string& query) {
    std::string out;
    for (const AdjacentPair& p : build_query(parse_query(query)).adjacent_pairs) {
        if (!out.empty()) out += ", ";
        out += p.first + " " + p.second;
    }
    return out;
}

TEST(QueryBuilder, AdjacentPairsAreFoldedAndBrokenByOperators) {
    EXPECT_EQ(pairs_of("Tô Lâm thăm Lào"), "to lam, lam tham, tham lao");
    EXPECT_EQ(pairs_of("ha noi"), "ha noi");
    EXPECT_EQ(pairs_of("Nga"), "");
    // A quoted phrase and a hyphenated word take part with each token.
    EXPECT_EQ(pairs_of("\"Thổ Nhĩ Kỳ\" Mát-xcơ-va"), "tho nhi, nhi ky, ky mat, mat xco, xco va");
    // Operators and groups break the run.
    EXPECT_EQ(pairs_of("ha noi OR sai gon"), "");
    EXPECT_EQ(pairs_of("ha (noi OR nam) gon"), "");
    EXPECT_EQ(pairs_of("mua dong (ha OR thu) noi"), "mua dong");
}

TEST(QueryBuilder, TellsQueriesOfQuotedPhrasesAlone) {
    EXPECT_TRUE(only_quoted(parse_query("\"hàng loạt\"").root));
    EXPECT_TRUE(only_quoted(parse_query("\"hàng loạt\" \"lần đầu\"").root));
    EXPECT_FALSE(only_quoted(parse_query("\"hàng loạt\" tin").root));
    EXPECT_FALSE(only_quoted(parse_query("hang loat").root));
    EXPECT_FALSE(only_quoted(parse_query("Nga").root));
    EXPECT_FALSE(only_quoted(parse_query("\"ha noi\" OR \"sai gon\"").root));
}

// "tho nhi ky" names Thổ Nhĩ Kỳ; any other run names nothing.
std::optional<EntityTerm> sample_entities(const std::vector<std::string>& words) {
    if (words == std::vector<std::string>{"tho", "nhi", "ky"}) return EntityTerm{"XKtho nhi ky", 100};
    return std::nullopt;
}

TEST(QueryBuilder, AccentFreeWordsNamingAnEntityWeighArticlesAboutIt) {
    std::vector<std::string> asked;
    const EntityLookup recording = [&](const std::vector<std::string>& words) {
        std::string run;
        for (const std::string& w : words) run += (run.empty() ? "" : " ") + w;
        asked.push_back(run);
        return sample_entities(words);
    };
    // Runs of 4 words down to 2 at each position; a matched run is skipped.
    const std::string d = build_query(parse_query("tin tho nhi ky"), sample_readings, 1000, recording)
                              .query.get_description();
    EXPECT_EQ(asked, (std::vector<std::string>{"tin tho nhi ky", "tin tho nhi", "tin tho", "tho nhi ky"}));
    // The entity weighs its idf: log(900.5 / 100.5).
    EXPECT_NE(d.find(" AND_MAYBE (PostingSource(Xapian::FixedWeightPostingSource(wt=2.19279"), std::string::npos) << d;
    EXPECT_NE(d.find(" FILTER XKtho nhi ky))"), std::string::npos) << d;
    // Named twice, it weighs once.
    const std::string twice = build_query(parse_query("tho nhi ky va tho nhi ky"), sample_readings, 1000, sample_entities)
                                  .query.get_description();
    EXPECT_EQ(twice.find("XKtho nhi ky"), twice.rfind("XKtho nhi ky")) << twice;
    // Typed with accents, or split by an operator, no entity is looked for.
    asked.clear();
    build_query(parse_query("Thổ Nhĩ Kỳ"), sample_readings, 1000, recording);
    build_query(parse_query("tho OR nhi ky"), sample_readings, 1000, recording);
    EXPECT_TRUE(asked.empty());
    EXPECT_EQ(build_query(parse_query("tho OR nhi ky"), sample_readings, 1000, sample_entities)
                  .query.get_description()
                  .find("XK"),
              std::string::npos);
}

}  // namespace
}  // namespace tintuc
