// tintuc-bench-analysis: how fast each stage of tintuc's text analysis runs
// on real news text, so that a regression in one stage shows by name rather
// than as a slower index.
//
// The text: up to ~5 MB of files (sorted by path, so every run reads the
// same ones) from the directory in $TINTUC_BENCH_CORPUS (scripts/bench
// passes the unpacked ../shared/corpora corpus), else the repository's
// corpus/. Every benchmark reports the bytes of article text it covered, so
// the MB/s figures of the stages are comparable with one another and with
// the indexer's throughput (corpus bytes / wall time).
//
// Stages, as the indexer runs them: decode_text (UTF-8 check, Windows-1258
// fallback, NFC) -> tokenize -> per token canonicalise_tone -> case_fold /
// accent_fold; analyse_text is the whole token pipeline; analyse_article adds
// zoning, date, outlet, people and places; extract_people and
// PlaceGazetteer::find are measured on their own because they are the
// entity-extraction part of analyse_article.
#include <benchmark/benchmark.h>

#include "corpus_files.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "article.h"
#include "person_extractor.h"
#include "place_gazetteer.h"
#include "text_analyzer.h"
#include "text_decoder.h"
#include "text_folder.h"
#include "tokenizer.h"
#include "tone_canonicaliser.h"

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kMaxCorpusBytes = 5 << 20;

struct Corpus {
    std::vector<std::string> raw;   // file bytes
    std::vector<std::string> text;  // decoded NFC text of the files that decode
    std::int64_t raw_bytes = 0;
    std::int64_t text_bytes = 0;
    std::vector<std::string_view> tokens;  // every token of `text`
    std::vector<std::string> case_folded;  // case_fold of each text
    // The article zones analyse_article keeps (title, lead, body paragraphs,
    // captions), per article: what the entity extractors are given.
    std::vector<std::vector<std::string>> zones;
};

using tintuc::bench::read_file;

const Corpus& corpus() {
    static const Corpus c = [] {
        Corpus c;
        const char* env = std::getenv("TINTUC_BENCH_CORPUS");
        const fs::path dir = env && *env ? fs::path(env) : fs::path(TINTUC_SOURCE_DIR) / "corpus";
        std::vector<fs::path> files;
        std::error_code ec;
        for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator();
             it.increment(ec))
            if (it->is_regular_file() && it->path().extension() == ".txt") files.push_back(it->path());
        std::sort(files.begin(), files.end());
        for (const auto& path : files) {
            if (c.raw_bytes >= static_cast<std::int64_t>(kMaxCorpusBytes)) break;
            c.raw.push_back(read_file(path));
            c.raw_bytes += static_cast<std::int64_t>(c.raw.back().size());
        }
        for (const auto& bytes : c.raw) {
            tintuc::DecodedText decoded = tintuc::decode_text(bytes);
            if (!decoded.ok) continue;
            c.text_bytes += static_cast<std::int64_t>(decoded.text.size());
            c.text.push_back(std::move(decoded.text));
        }
        std::vector<tintuc::TokenSpan> spans;
        for (const auto& text : c.text) {
            spans.clear();
            tintuc::tokenize(text, spans);
            for (const auto& span : spans) c.tokens.emplace_back(text.data() + span.begin, span.end - span.begin);
            c.case_folded.push_back(tintuc::case_fold(text));
            const tintuc::Article article = tintuc::analyse_article(text);
            std::vector<std::string> zones{article.title, article.lead};
            zones.insert(zones.end(), article.body.begin(), article.body.end());
            zones.insert(zones.end(), article.captions.begin(), article.captions.end());
            c.zones.push_back(std::move(zones));
        }
        std::cerr << "tintuc-bench-analysis: " << c.text.size() << " articles, " << c.text_bytes << " bytes, "
                  << c.tokens.size() << " tokens from " << dir.string() << '\n';
        if (c.text.empty()) {
            std::cerr << "tintuc-bench-analysis: no .txt files under '" << dir.string()
                      << "'; set TINTUC_BENCH_CORPUS\n";
            std::exit(2);
        }
        return c;
    }();
    return c;
}

void report(benchmark::State& state, std::int64_t bytes_per_iteration) {
    state.SetBytesProcessed(state.iterations() * bytes_per_iteration);
    state.counters["articles/s"] = benchmark::Counter(
        static_cast<double>(state.iterations() * static_cast<std::int64_t>(corpus().text.size())),
        benchmark::Counter::kIsRate);
}

void BM_DecodeText(benchmark::State& state) {
    const Corpus& c = corpus();
    for (auto _ : state)
        for (const auto& bytes : c.raw) benchmark::DoNotOptimize(tintuc::decode_text(bytes));
    // Raw bytes here: decoding is what turns them into text.
    state.SetBytesProcessed(state.iterations() * c.raw_bytes);
}

void BM_Tokenize(benchmark::State& state) {
    const Corpus& c = corpus();
    std::vector<tintuc::TokenSpan> spans;
    for (auto _ : state)
        for (const auto& text : c.text) {
            spans.clear();
            tintuc::tokenize(text, spans);
            benchmark::DoNotOptimize(spans.data());
        }
    report(state, c.text_bytes);
}

// Per token, skipping ASCII tokens as analyse_text does (the check is part
// of the cost measured).
void BM_CanonicaliseTone(benchmark::State& state) {
    const Corpus& c = corpus();
    for (auto _ : state)
        for (std::string_view token : c.tokens)
            if (tintuc::may_need_tone_canonicalisation(token))
                benchmark::DoNotOptimize(tintuc::canonicalise_tone(token));
    report(state, c.text_bytes);
    state.counters["tokens/s"] = benchmark::Counter(
        static_cast<double>(state.iterations() * static_cast<std::int64_t>(c.tokens.size())),
        benchmark::Counter::kIsRate);
}

void BM_CaseFold(benchmark::State& state) {
    const Corpus& c = corpus();
    std::string out;
    for (auto _ : state)
        for (std::string_view token : c.tokens) {
            out.clear();
            tintuc::append_case_fold(token, out);
            benchmark::DoNotOptimize(out.data());
        }
    report(state, c.text_bytes);
}

// On case-folded text, per token, as the analyser feeds it.
void BM_AccentFold(benchmark::State& state) {
    const Corpus& c = corpus();
    std::vector<std::string> folded_tokens;
    std::vector<tintuc::TokenSpan> spans;
    for (const auto& text : c.case_folded) {
        spans.clear();
        tintuc::tokenize(text, spans);
        for (const auto& span : spans) folded_tokens.emplace_back(text.substr(span.begin, span.end - span.begin));
    }
    std::string out;
    for (auto _ : state)
        for (const auto& token : folded_tokens) {
            out.clear();
            tintuc::append_accent_fold(token, out);
            benchmark::DoNotOptimize(out.data());
        }
    report(state, c.text_bytes);
}

// The full analysis (indexer, queries) and the folded pass the searcher
// runs on the text of each result shown (snippets, re-ranking).
void BM_AnalyseText(benchmark::State& state) {
    const Corpus& c = corpus();
    std::vector<tintuc::AnalysedToken> tokens;
    for (auto _ : state)
        for (const auto& text : c.text) {
            tokens.clear();
            tintuc::analyse_text(text, tokens);
            benchmark::DoNotOptimize(tokens.data());
        }
    report(state, c.text_bytes);
}

void BM_FoldText(benchmark::State& state) {
    const Corpus& c = corpus();
    tintuc::FoldedText folded;
    for (auto _ : state)
        for (const auto& text : c.text) {
            tintuc::fold_text(text, folded);
            benchmark::DoNotOptimize(folded.tokens.data());
        }
    report(state, c.text_bytes);
}

void BM_AnalyseArticle(benchmark::State& state) {
    const Corpus& c = corpus();
    for (auto _ : state)
        for (const auto& text : c.text) benchmark::DoNotOptimize(tintuc::analyse_article(text));
    report(state, c.text_bytes);
}

std::int64_t zone_bytes(const Corpus& c) {
    std::int64_t bytes = 0;
    for (const auto& zones : c.zones)
        for (const auto& zone : zones) bytes += static_cast<std::int64_t>(zone.size());
    return bytes;
}

// Bytes of the kept zones (the extractors never see furniture).
void BM_ExtractPeople(benchmark::State& state) {
    const Corpus& c = corpus();
    const tintuc::PlaceGazetteer& places = tintuc::PlaceGazetteer::builtin();
    std::vector<std::vector<std::string_view>> views;
    for (const auto& zones : c.zones) views.emplace_back(zones.begin(), zones.end());
    for (auto _ : state)
        for (const auto& zones : views) benchmark::DoNotOptimize(tintuc::extract_people(zones, places));
    report(state, zone_bytes(c));
}

void BM_PlaceGazetteerFind(benchmark::State& state) {
    const Corpus& c = corpus();
    const tintuc::PlaceGazetteer& places = tintuc::PlaceGazetteer::builtin();
    for (auto _ : state)
        for (const auto& zones : c.zones)
            for (const auto& zone : zones) benchmark::DoNotOptimize(places.find(zone));
    report(state, zone_bytes(c));
}

}  // namespace

// Milliseconds: one iteration covers the whole loaded corpus.
BENCHMARK(BM_DecodeText)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CanonicaliseTone)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CaseFold)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_AccentFold)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_AnalyseText)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FoldText)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_AnalyseArticle)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ExtractPeople)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PlaceGazetteerFind)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
