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

void put_varint(std::string& out, std::uint32_t v) {
    while (v >= 0x80) {
        out += static_cast<char>((v & 0x7F) | 0x80);
        v >>= 7;
    }
    out += static_cast<char>(v);
}

// Reads what put32 / put_varint wrote from [p, end); false past the end
// or on a varint longer than 32 bits.
class Reader {
  public:
    explicit Reader(std::string_view s) : p_(s.data()), end_(s.data() + s.size()) {}
    // The next 4 bytes, which the caller knows are there.
    std::uint32_t get32() {
        const auto* u = reinterpret_cast<const unsigned char*>(p_);
        p_ += 4;
        return static_cast<std::uint32_t>(u[0]) | static_cast<std::uint32_t>(u[1]) << 8 |
               static_cast<std::uint32_t>(u[2]) << 16 | static_cast<std::uint32_t>(u[3]) << 24;
    }
    bool skip(std::size_t n) {
        if (static_cast<std::size_t>(end_ - p_) < n) return false;
        p_ += n;
        return true;
    }
    bool get_varint(std::uint32_t& v) {
        v = 0;
        for (int shift = 0; shift < 35 && p_ != end_; shift += 7) {
            const auto byte = static_cast<unsigned char>(*p_++);
            v |= static_cast<std::uint32_t>(byte & 0x7F) << shift;
            if (!(byte & 0x80)) return true;
        }
        return false;
    }
    bool done() const { return p_ == end_; }
    const char* position() const { return p_; }

  private:
    const char* p_;
    const char* end_;
};

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
    // The article's distinct words, most frequent first, so that most
    // words of the sequence take one byte. Counted in an open-addressing
    // table on the hashes themselves: std::unordered_map made encoding 5 %
    // of indexing's CPU.
    struct Slot {
        std::uint32_t hash = 0;  // 0: empty (no word hashes to 0)
        std::uint32_t count = 0;
        std::uint32_t number = 0;
    };
    std::size_t size = 64;
    while (size < 2 * (words_.size() + alternatives_.size())) size *= 2;
    std::vector<Slot> table(size);
    const auto slot_of = [&](std::uint32_t hash) -> Slot& {
        std::size_t i = hash & (size - 1);
        while (table[i].hash != 0 && table[i].hash != hash) i = (i + 1) & (size - 1);
        return table[i];
    };
    std::vector<Slot*> distinct;
    const auto count = [&](std::uint32_t hash) {
        Slot& s = slot_of(hash);
        if (s.hash == 0) {
            s.hash = hash;
            distinct.push_back(&s);
        }
        ++s.count;
    };
    for (std::uint32_t w : words_)
        if (w != 0) count(w);
    for (const auto& alternative : alternatives_) count(alternative.second);
    std::sort(distinct.begin(), distinct.end(), [](const Slot* a, const Slot* b) {
        return a->count != b->count ? a->count > b->count : a->hash < b->hash;
    });
    std::string out;
    out.reserve(4 * distinct.size() + 2 * words_.size() + 4 * alternatives_.size() + 8);
    put_varint(out, static_cast<std::uint32_t>(distinct.size()));
    for (std::size_t i = 0; i < distinct.size(); ++i) {
        put32(out, distinct[i]->hash);
        distinct[i]->number = static_cast<std::uint32_t>(i + 1);
    }
    put_varint(out, static_cast<std::uint32_t>(alternatives_.size()));
    for (const auto& [index, hash] : alternatives_) {
        put_varint(out, index);
        put_varint(out, slot_of(hash).number);
    }
    for (std::uint32_t w : words_) put_varint(out, w == 0 ? 0 : slot_of(w).number);
    return out;
}

namespace {

// Whether the varints from `begin` to `end` hold `wanted` one after the
// other. Varints are prefix-free and a number starts wherever the byte
// before has no continuation bit, so this is a byte search: most of a
// phrase query's time is spent here.
bool holds_run(const unsigned char* begin, const unsigned char* end, const std::vector<std::uint32_t>& wanted) {
    std::string pattern;
    for (std::uint32_t w : wanted) put_varint(pattern, w);
    const auto* first = reinterpret_cast<const unsigned char*>(pattern.data());
    const std::size_t size = pattern.size();
    for (const unsigned char* p = begin; end - p >= static_cast<std::ptrdiff_t>(size); ++p) {
        p = static_cast<const unsigned char*>(std::memchr(p, first[0], static_cast<std::size_t>(end - p)));
        if (!p || end - p < static_cast<std::ptrdiff_t>(size)) return false;
        if (p != begin && (p[-1] & 0x80)) continue;
        if (std::memcmp(p, first, size) == 0) return true;
    }
    return false;
}

using Alternatives = std::vector<std::pair<std::uint32_t, std::uint32_t>>;

// The list of distinct words that starts a sequence: how many, and where
// their hashes begin. False for a value that is not a word sequence.
bool read_word_list(Reader& in, std::size_t encoded_size, std::uint32_t& distinct, const char*& list) {
    if (!in.get_varint(distinct) || distinct > encoded_size / 4) return false;
    list = in.position();
    return in.skip(4 * static_cast<std::size_t>(distinct));
}

// The hash of word number i + 1 of the list.
std::uint32_t listed_hash(const char* list, std::uint32_t i) { return Reader(std::string_view(list + 4 * i, 4)).get32(); }

// The joined forms that follow the list, as (index, number) pairs.
bool read_alternatives(Reader& in, std::size_t encoded_size, std::uint32_t distinct, Alternatives& out) {
    std::uint32_t n = 0;
    if (!in.get_varint(n) || n > encoded_size) return false;
    out.resize(n);
    for (auto& [index, number] : out)
        if (!in.get_varint(index) || !in.get_varint(number) || number > distinct) return false;
    return true;
}

}  // namespace

PairCounts count_pairs(std::string_view encoded, const std::vector<WordPair>& pairs) {
    PairCounts counts;
    Reader in(encoded);
    std::uint32_t distinct = 0;
    const char* list = nullptr;
    if (pairs.empty() || !read_word_list(in, encoded.size(), distinct, list)) return counts;
    // Each pair's words as numbers in this article's list (0: absent).
    std::vector<std::pair<std::uint32_t, std::uint32_t>> wanted(pairs.size());
    for (std::uint32_t i = 0; i < distinct; ++i) {
        const std::uint32_t hash = listed_hash(list, i);
        for (std::size_t k = 0; k < pairs.size(); ++k) {
            if (pairs[k].first == hash) wanted[k].first = i + 1;
            if (pairs[k].second == hash) wanted[k].second = i + 1;
        }
    }
    // Most words start no pair: one flag per number rules them out.
    std::vector<bool> starts(distinct + 1, false);
    bool any = false;
    for (const auto& [first, second] : wanted)
        if (first != 0 && second != 0) starts[first] = any = true;
    if (!any) return counts;
    // Pairs are counted on the words as written; joined forms are skipped.
    Alternatives alternatives;
    if (!read_alternatives(in, encoded.size(), distinct, alternatives)) return counts;
    std::vector<bool> in_title(pairs.size(), false), in_text(pairs.size(), false);
    bool title = true;
    std::uint32_t previous = 0;
    while (!in.done()) {
        std::uint32_t w = 0;
        if (!in.get_varint(w) || w > distinct) return {};
        if (w == 0) {
            title = false;
        } else if (previous != 0 && starts[previous]) {
            for (std::size_t k = 0; k < wanted.size(); ++k)
                if (wanted[k].first == previous && wanted[k].second == w) (title ? in_title : in_text)[k] = true;
        }
        previous = w;
    }
    counts.in_title = static_cast<unsigned>(std::count(in_title.begin(), in_title.end(), true));
    counts.in_text = static_cast<unsigned>(std::count(in_text.begin(), in_text.end(), true));
    return counts;
}

bool contains_phrase(std::string_view encoded, const std::vector<std::uint32_t>& phrase) {
    if (phrase.empty()) return false;
    Reader in(encoded);
    std::uint32_t distinct = 0;
    const char* list = nullptr;
    if (!read_word_list(in, encoded.size(), distinct, list)) return false;
    // The phrase's words as numbers in this article's list; an article
    // without one of them cannot hold the phrase (only joined forms get
    // this far without all the words).
    std::vector<std::uint32_t> wanted(phrase.size(), 0);
    // Most frequent first: the common words of a phrase are found early.
    std::size_t missing = phrase.size();
    for (std::uint32_t i = 0; i < distinct && missing > 0; ++i) {
        const std::uint32_t hash = listed_hash(list, i);
        for (std::size_t k = 0; k < phrase.size(); ++k)
            if (phrase[k] == hash && wanted[k] == 0) {
                wanted[k] = i + 1;
                --missing;
            }
    }
    if (missing > 0) return false;
    Alternatives alternatives;
    if (!read_alternatives(in, encoded.size(), distinct, alternatives)) return false;
    const auto* sequence = reinterpret_cast<const unsigned char*>(in.position());
    const auto* end = reinterpret_cast<const unsigned char*>(encoded.data() + encoded.size());
    if (sequence != end && (end[-1] & 0x80)) return false;  // cut short
    if (holds_run(sequence, end, wanted)) return true;
    // Joined forms ("2016-2020" reads "20162020" too) are common, but
    // seldom a word of the phrase.
    const bool joined_wanted = std::any_of(alternatives.begin(), alternatives.end(), [&](const auto& a) {
        return std::find(wanted.begin(), wanted.end(), a.second) != wanted.end();
    });
    if (!joined_wanted) return false;

    // Word by word, with the joined forms.
    std::vector<std::uint32_t> words;
    Reader rest(std::string_view(reinterpret_cast<const char*>(sequence), static_cast<std::size_t>(end - sequence)));
    while (!rest.done()) {
        std::uint32_t w = 0;
        if (!rest.get_varint(w) || w > distinct) return false;
        words.push_back(w);
    }
    if (phrase.size() > words.size()) return false;
    const auto is_at = [&](std::size_t i, std::uint32_t number) {
        if (words[i] == number) return true;
        for (const auto& [index, alternative] : alternatives)
            if (index == i && alternative == number) return true;
        return false;
    };
    const auto rest_follows = [&](std::size_t start) {
        for (std::size_t k = 1; k < wanted.size(); ++k)
            if (!is_at(start + k, wanted[k])) return false;
        return true;
    };
    const std::size_t last_start = words.size() - phrase.size();
    for (std::size_t start = 0; start <= last_start; ++start)
        if (words[start] == wanted[0] && rest_follows(start)) return true;
    for (const auto& [index, number] : alternatives)
        if (index <= last_start && number == wanted[0] && rest_follows(index)) return true;
    return false;
}

}  // namespace tintuc
