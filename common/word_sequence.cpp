#include "word_sequence.h"

#include <algorithm>
#include <cstring>

namespace tintuc {
namespace {

void put32(std::string& out, std::uint32_t v) {
    const char bytes[4] = {static_cast<char>(v & 0xFF), static_cast<char>((v >> 8) & 0xFF),
                           static_cast<char>((v >> 16) & 0xFF), static_cast<char>((v >> 24) & 0xFF)};
    out.append(bytes, 4);
}

std::uint32_t get32(const char* p) {
    const auto* u = reinterpret_cast<const unsigned char*>(p);
    return static_cast<std::uint32_t>(u[0]) | static_cast<std::uint32_t>(u[1]) << 8 |
           static_cast<std::uint32_t>(u[2]) << 16 | static_cast<std::uint32_t>(u[3]) << 24;
}

}  // namespace

std::uint32_t word_hash(std::string_view folded) {
    std::uint32_t h = 2166136261u;
    for (unsigned char c : folded) {
        h ^= c;
        h *= 16777619u;
    }
    return h == 0 ? 1 : h;
}

void WordSequenceBuilder::add_alternative(std::string_view folded) {
    if (words_.empty()) return;
    alternatives_.emplace_back(static_cast<std::uint32_t>(words_.size() - 1), word_hash(folded));
}

void WordSequenceBuilder::end_zone() {
    if (!words_.empty() && words_.back() != 0) words_.push_back(0);
}

std::string WordSequenceBuilder::encode() const {
    std::string out;
    out.reserve(4 + 4 * words_.size() + 8 * alternatives_.size());
    put32(out, static_cast<std::uint32_t>(words_.size()));
    for (std::uint32_t w : words_) put32(out, w);
    for (const auto& [index, hash] : alternatives_) {
        put32(out, index);
        put32(out, hash);
    }
    return out;
}

bool contains_phrase(std::string_view encoded, const std::vector<std::uint32_t>& phrase) {
    if (encoded.size() < 4 || phrase.empty()) return false;
    const std::size_t n = get32(encoded.data());
    if (n > (encoded.size() - 4) / 4 || (encoded.size() - 4 - 4 * n) % 8 != 0) return false;
    if (phrase.size() > n) return false;
    const char* words = encoded.data() + 4;
    const char* alternatives = words + 4 * n;
    const std::size_t n_alternatives = (encoded.size() - 4 - 4 * n) / 8;
    // Alternatives are few and in index order.
    const auto alternative_at = [&](std::size_t i, std::uint32_t hash) {
        for (std::size_t a = 0; a < n_alternatives; ++a) {
            const std::uint32_t index = get32(alternatives + 8 * a);
            if (index > i) break;
            if (index == i && get32(alternatives + 8 * a + 4) == hash) return true;
        }
        return false;
    };
    const auto rest_follows = [&](std::size_t start) {
        for (std::size_t k = 1; k < phrase.size(); ++k)
            if (get32(words + 4 * (start + k)) != phrase[k] && !alternative_at(start + k, phrase[k])) return false;
        return true;
    };
    // Most of the time goes here (phrase queries check every article that
    // holds all the words): a plain scan for the first word.
    const std::size_t last_start = n - phrase.size();
    const std::uint32_t first = phrase.front();
    for (std::size_t start = 0; start <= last_start; ++start)
        if (get32(words + 4 * start) == first && rest_follows(start)) return true;
    for (std::size_t a = 0; a < n_alternatives; ++a) {
        const std::size_t index = get32(alternatives + 8 * a);
        if (index <= last_start && get32(alternatives + 8 * a + 4) == first && rest_follows(index)) return true;
    }
    return false;
}

}  // namespace tintuc
