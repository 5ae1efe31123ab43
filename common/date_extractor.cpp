#include "date_extractor.h"

#include <algorithm>
#include <array>
#include <compare>
#include <cstddef>
#include <cstdio>
#include <optional>
#include <tuple>

#include "ascii_text.h"
#include "text_folder.h"

namespace tintuc {
namespace {

constexpr int kMinYear = 1900;
constexpr int kMaxYear = 2100;

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
    static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && is_leap(year) ? 29 : kDays[static_cast<std::size_t>(month - 1)];
}

bool valid_year(int year) { return year >= kMinYear && year <= kMaxYear; }

bool valid_calendar_date(int year, int month, int day) {
    return month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(year, month);
}

bool valid_date(int year, int month, int day) { return valid_year(year) && valid_calendar_date(year, month, day); }

// Without a year 29/2 must stay possible; 2000 is a leap year.
bool valid_day_month(int day, int month) {
    return month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(2000, month);
}

PublicationDate day_date(int year, int month, int day) {
    return {year, month, day, DatePrecision::day};
}
PublicationDate month_date(int year, int month) { return {year, month, 0, DatePrecision::month}; }
PublicationDate year_date(int year) { return {year, 0, 0, DatePrecision::year}; }

// ---------------------------------------------------------------------------
// Byte-level scanning over UTF-8. Only the few non-ASCII characters that
// matter (spaces, dashes, Vietnamese letters) are recognised by their bytes,
// which keeps this cheap enough to run over every paragraph of an archive.

bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
unsigned char byte(std::string_view s, std::size_t i) { return static_cast<unsigned char>(s[i]); }

struct Number {
    int value = 0;
    std::size_t len = 0;  // digits in the run, however long
};

Number digits_at(std::string_view s, std::size_t i) {
    Number n;
    while (i + n.len < s.size() && is_ascii_digit(s[i + n.len])) {
        if (n.len < 9) n.value = n.value * 10 + (s[i + n.len] - '0');
        ++n.len;
    }
    return n;
}

// White space as copied from web pages: NBSP, thin and other fixed-width
// spaces, zero-width space.
std::size_t space_len(std::string_view s, std::size_t i) {
    if (i >= s.size()) return 0;
    const unsigned char b = byte(s, i);
    if (b == ' ' || b == '\t' || b == '\r' || b == '\n') return 1;
    if (b == 0xC2 && i + 1 < s.size() && byte(s, i + 1) == 0xA0) return 2;
    if (b == 0xE2 && i + 2 < s.size() && byte(s, i + 1) == 0x80) {
        const unsigned char c = byte(s, i + 2);
        if ((c >= 0x80 && c <= 0x8B) || c == 0xAF) return 3;
    }
    return 0;
}

std::size_t space_len_before(std::string_view s, std::size_t i) {
    if (i >= 1) {
        const unsigned char b = byte(s, i - 1);
        if (b == ' ' || b == '\t' || b == '\r' || b == '\n') return 1;
    }
    if (i >= 2 && byte(s, i - 2) == 0xC2 && byte(s, i - 1) == 0xA0) return 2;
    if (i >= 3 && byte(s, i - 3) == 0xE2 && byte(s, i - 2) == 0x80) {
        const unsigned char c = byte(s, i - 1);
        if ((c >= 0x80 && c <= 0x8B) || c == 0xAF) return 3;
    }
    return 0;
}

std::size_t skip_spaces(std::string_view s, std::size_t i) {
    while (const std::size_t k = space_len(s, i)) i += k;
    return i;
}

// '-', en dash, em dash, minus sign.
std::size_t dash_len(std::string_view s, std::size_t i) {
    if (i >= s.size()) return 0;
    if (s[i] == '-') return 1;
    if (byte(s, i) == 0xE2 && i + 2 < s.size()) {
        const unsigned char b1 = byte(s, i + 1), b2 = byte(s, i + 2);
        if (b1 == 0x80 && (b2 == 0x93 || b2 == 0x94)) return 3;
        if (b1 == 0x88 && b2 == 0x92) return 3;
    }
    return 0;
}

// Latin letters as Vietnamese uses them: ASCII, U+00C0-027F (lead bytes
// C3-C9), combining marks (CC, CD) and U+1E00-1EFF (E1 B8-BB).
bool is_letter_lead2(unsigned char b) { return (b >= 0xC3 && b <= 0xC9) || b == 0xCC || b == 0xCD; }
bool is_continuation(unsigned char b) { return (b & 0xC0) == 0x80; }

std::size_t letter_len(std::string_view s, std::size_t i) {
    if (i >= s.size()) return 0;
    const unsigned char b = byte(s, i);
    if (is_ascii_alpha(s[i])) return 1;
    if (is_letter_lead2(b) && i + 1 < s.size() && is_continuation(byte(s, i + 1))) return 2;
    if (b == 0xE1 && i + 2 < s.size() && byte(s, i + 1) >= 0xB8 && byte(s, i + 1) <= 0xBB &&
        is_continuation(byte(s, i + 2)))
        return 3;
    return 0;
}

std::size_t letter_len_before(std::string_view s, std::size_t i) {
    if (i >= 1 && is_ascii_alpha(s[i - 1])) return 1;
    if (i >= 2 && is_letter_lead2(byte(s, i - 2)) && is_continuation(byte(s, i - 1))) return 2;
    if (i >= 3 && byte(s, i - 3) == 0xE1 && byte(s, i - 2) >= 0xB8 && byte(s, i - 2) <= 0xBB &&
        is_continuation(byte(s, i - 1)))
        return 3;
    return 0;
}

std::string_view word_at(std::string_view s, std::size_t i) {
    if (i >= s.size()) return {};
    std::size_t j = i;
    while (const std::size_t k = letter_len(s, j)) j += k;
    return s.substr(i, j - i);
}

// The word ending just before `i`, across white space only: "ngày" in
// "ngày 12/4", nothing in "(12/4" or ", 12/4".
std::string_view word_before(std::string_view s, std::size_t i) {
    while (const std::size_t k = space_len_before(s, i)) i -= k;
    std::size_t j = i;
    while (const std::size_t k = letter_len_before(s, j)) j -= k;
    return s.substr(j, i - j);
}

template <std::size_t N>
bool is_one_of(std::string_view word, const std::array<std::string_view, N>& words) {
    return std::find(words.begin(), words.end(), word) != words.end();
}

// ---------------------------------------------------------------------------
// Dates as written in running text and datelines.

// The words of "ngày 27 tháng 2 năm 2025", case-folded (prose) or also
// accent-folded (datelines, which may be typed without accents).
struct DateWords {
    std::string_view month;
    std::string_view year;
};
constexpr DateWords kCaseFolded{"tháng", "năm"};
constexpr DateWords kAccentFolded{"thang", "nam"};

struct Mention {
    int day = 0;    // 0 for "tháng 3/2025"
    int month = 0;
    int year = 0;   // 0 for "12/4"
    int first_day = 0;   // 11 in the range "11-13/4" (whose day is 13)
    std::size_t begin = 0, end = 0;
    bool paren = false;  // "(27/5)": a date set off by itself, no cue word needed
};

// A year of four digits not glued to more digits; 0 if none. Years out of
// the range we date articles in still make dates ("19/5/1890"), so that
// their parts are not misread as other dates.
int year_at(std::string_view s, std::size_t i, std::size_t& end) {
    const Number y = digits_at(s, i);
    if (y.len != 4 || y.value < 1000) return 0;
    end = i + 4;
    return y.value;
}

// "năm 2025" after a date, optionally after a comma.
int year_word_at(std::string_view s, std::size_t i, const DateWords& words, std::size_t& end) {
    std::size_t j = skip_spaces(s, i);
    if (j < s.size() && s[j] == ',') j = skip_spaces(s, j + 1);
    if (word_at(s, j) != words.year) return 0;
    return year_at(s, skip_spaces(s, j + words.year.size()), end);
}

struct MonthYear {
    int month = 0, year = 0;
    std::size_t end = 0;
};

// The "/M/YYYY" after a day at `p` with spaces around the separators.
std::optional<MonthYear> spaced_full_date(std::string_view s, std::size_t p) {
    const std::size_t at = skip_spaces(s, p);
    if (at >= s.size() || (s[at] != '/' && s[at] != '.')) return std::nullopt;
    const char sep = s[at];
    const std::size_t p2 = skip_spaces(s, at + 1);
    const Number mo = digits_at(s, p2);
    if (mo.len < 1 || mo.len > 2) return std::nullopt;
    const std::size_t p3 = skip_spaces(s, p2 + mo.len);
    if (p3 >= s.size() || s[p3] != sep) return std::nullopt;
    const std::size_t p4 = skip_spaces(s, p3 + 1);
    // Without any space this is an ordinary date, read elsewhere.
    if (at == p && p2 == at + 1 && p3 == p2 + mo.len && p4 == p3 + 1) return std::nullopt;
    std::size_t end = 0;
    const int year = year_at(s, p4, end);
    if (year == 0 || (end < s.size() && is_ascii_digit(s[end]))) return std::nullopt;
    return MonthYear{mo.value, year, end};
}

// The date starting at the digit run at `i`, if it is one: "27/2/2025",
// "27-02-2025", "27.2", "11-13/4" (a range: its last day), "2025-02-27",
// "27 tháng 2 năm 2025", "3/2025" after "tháng".
std::optional<Mention> date_at(std::string_view s, std::size_t i, const DateWords& words) {
    const std::size_t n = s.size();
    const Number a = digits_at(s, i);
    std::size_t p = i + a.len;
    Mention m;
    m.begin = i;

    if (a.len == 4) {
        if (p < n && s[p] == '-') {
            const Number mo = digits_at(s, p + 1);
            if (mo.len == 2 && p + 3 < n && s[p + 3] == '-') {
                const Number d = digits_at(s, p + 4);
                if (d.len == 2 && valid_calendar_date(a.value, mo.value, d.value)) {
                    m.year = a.value;
                    m.month = mo.value;
                    m.day = d.value;
                    m.end = p + 6;
                    return m;
                }
            }
        }
        return std::nullopt;
    }
    if (a.len > 2) return std::nullopt;

    const std::string_view before = word_before(s, i);
    if (before == words.month) {
        // "tháng 3/2025", "tháng 3 năm 2025"; any other number after
        // "tháng" is a month without a year, which dates nothing.
        if (a.value < 1 || a.value > 12) return std::nullopt;
        std::size_t end = 0;
        int year = 0;
        if (p < n && (s[p] == '/' || s[p] == '-' || s[p] == '.')) year = year_at(s, p + 1, end);
        if (year == 0) year = year_word_at(s, p, words, end);
        if (year == 0) return std::nullopt;
        m.month = a.value;
        m.year = year;
        m.begin = static_cast<std::size_t>(before.data() - s.data());
        m.end = end;
        return m;
    }

    const std::size_t q = skip_spaces(s, p);
    if (q > p && word_at(s, q) == words.month) {
        const std::size_t r = skip_spaces(s, q + words.month.size());
        const Number mo = digits_at(s, r);
        if (mo.len < 1 || mo.len > 2) return std::nullopt;
        m.day = a.value;
        m.month = mo.value;
        m.end = r + mo.len;
        std::size_t end = 0;
        if (m.end < n && (s[m.end] == '/' || s[m.end] == '-')) m.year = year_at(s, m.end + 1, end);
        if (m.year == 0) m.year = year_word_at(s, m.end, words, end);
        if (m.year != 0) m.end = end;
    } else if (const auto spaced = spaced_full_date(s, p)) {
        // "28 /7/2017", "25 / 12 / 2006": spacing typed by hand, only
        // trusted with a year.
        m.day = a.value;
        m.month = spaced->month;
        m.year = spaced->year;
        m.end = spaced->end;
    } else {
        char sep = 0;
        int day = a.value;
        // "11-13/4", "11 - 13/4" run from the 11th to the 13th of April.
        const std::size_t d0 = skip_spaces(s, p);
        if (const std::size_t dl = dash_len(s, d0)) {
            const std::size_t d1 = skip_spaces(s, d0 + dl);
            const Number b = digits_at(s, d1);
            if (b.len >= 1 && b.len <= 2 && d1 + b.len < n && s[d1 + b.len] == '/' && b.value > a.value) {
                m.first_day = a.value;
                day = b.value;
                p = d1 + b.len;
                sep = '/';
            }
        }
        if (sep == 0) {
            if (p >= n || (s[p] != '/' && s[p] != '-' && s[p] != '.')) return std::nullopt;
            sep = s[p];
        }
        const Number mo = digits_at(s, p + 1);
        if (mo.len < 1 || mo.len > 2) return std::nullopt;
        m.day = day;
        m.month = mo.value;
        m.end = p + 1 + mo.len;
        if (m.end + 1 < n && s[m.end] == sep && is_ascii_digit(s[m.end + 1])) {
            // Two-digit years ("12/4/25") and longer chains ("1.2.3")
            // are not dates we can trust.
            std::size_t end = 0;
            m.year = year_at(s, m.end + 1, end);
            if (m.year == 0 || (end < n && (is_ascii_digit(s[end]) || s[end] == sep))) return std::nullopt;
            m.end = end;
        } else {
            std::size_t end = 0;
            m.year = year_word_at(s, m.end, words, end);
            if (m.year != 0) m.end = end;
        }
    }
    if (m.year != 0 ? !valid_calendar_date(m.year, m.month, m.day) : !valid_day_month(m.day, m.month))
        return std::nullopt;
    m.paren = i > 0 && s[i - 1] == '(' && m.end < n && (s[m.end] == ')' || s[m.end] == ',');
    return m;
}

// Every date in `s`. Digits glued to letters or other numbers ("U23/4",
// "100/2019/NĐ-CP", "1.200/5") are parts of codes and amounts, not dates.
std::vector<Mention> scan_dates(std::string_view s, const DateWords& words) {
    std::vector<Mention> out;
    std::size_t i = 0;
    while (i < s.size()) {
        if (!is_ascii_digit(s[i])) {
            ++i;
            continue;
        }
        const bool glued = i > 0 && (is_ascii_digit(s[i - 1]) || s[i - 1] == '/' || s[i - 1] == '.' ||
                                     s[i - 1] == ',' || letter_len_before(s, i) > 0);
        if (!glued) {
            if (const auto m = date_at(s, i, words)) {
                out.push_back(*m);
                i = m->end;
                continue;
            }
        }
        i += digits_at(s, i).len;
    }
    return out;
}

// ---------------------------------------------------------------------------
// Which dates in prose date the article.

// Words that put a day-month date on the article's own time line:
// "ngày 12/4", "hôm 18/2", "sáng 26/1", "mùng 2/9", "hôm nay 4/6".
constexpr std::array<std::string_view, 11> kCueWords = {
    "ngày", "hôm", "sáng", "trưa", "chiều", "tối", "đêm", "khuya", "mùng", "mồng", "nay"};

// Words that make the date a boundary of a period rather than the day of
// the news: "từ ngày 1/7", "đến ngày 31/12", "trước ngày 5/3".
constexpr std::array<std::string_view, 7> kBoundWords = {"từ", "đến", "tới", "trước", "sau", "hết", "hạn"};

// Deadlines, which lie ahead of the article: "trước ngày 10/2/2017",
// "hạn chót 30/6/2017". "Từ" and "đến" bound past periods as often as
// future ones, so they do not disqualify a reference date.
constexpr std::array<std::string_view, 4> kDeadlineWords = {"trước", "hạn", "tới", "hết"};

// True when `phrase` occurs in `s` as whole words.
bool has_phrase(std::string_view s, std::string_view phrase) {
    for (std::size_t k = s.find(phrase); k != std::string_view::npos; k = s.find(phrase, k + 1)) {
        const std::size_t e = k + phrase.size();
        if (letter_len_before(s, k) == 0 && letter_len(s, e) == 0) return true;
    }
    return false;
}

// True when the sentence holding `m` announces a plan: "sẽ diễn ra vào ngày
// 24/6/2017", "Theo kế hoạch, từ 0h ngày 11/2/2017", "dự kiến khánh thành
// ngày 2/9/2017".
bool planned_in_sentence(std::string_view s, const Mention& m) {
    constexpr std::size_t kMaxLookBack = 120;
    const std::size_t from = m.begin > kMaxLookBack ? m.begin - kMaxLookBack : 0;
    std::string_view sentence = s.substr(from, m.begin - from);
    if (const std::size_t stop = sentence.find_last_of(".;"); stop != std::string_view::npos)
        sentence.remove_prefix(stop + 1);
    constexpr std::array<std::string_view, 4> kPlanWords = {"sẽ", "dự kiến", "sắp", "kế hoạch"};
    return std::any_of(kPlanWords.begin(), kPlanWords.end(),
                       [&](std::string_view w) { return has_phrase(sentence, w); });
}

// Words that may stand between a date and what governs it: "từ 0 giờ
// ngày 17/6", "đến 23 giờ 59 ngày 31/8", "trước thứ Hai ngày 5/3".
constexpr std::array<std::string_view, 23> kTimeWords = {
    "ngày", "hôm", "sáng", "trưa", "chiều", "tối", "đêm", "khuya", "rạng", "mùng", "mồng", "giờ",
    "phút", "lúc", "vào", "thứ", "chủ", "nhật", "nay", "qua", "đầu", "giữa", "cuối"};

constexpr std::array<std::string_view, 6> kWeekdayNumbers = {"hai", "ba", "tư", "năm", "sáu", "bảy"};

struct Context {
    std::string_view prev;     // word just before the date, or before its "("
    std::string_view next;     // word after the date (and its ")")
    std::string_view lead_in;  // first word of its clause before the time words
    std::string_view lead_in_prev;  // the word before that: "kể" in "kể từ"
    bool document = false;     // "Thông tư số 15/2016 ngày 10/6/2016"
};

// "21/2016", "15-ct/tu,", "304/2016/tt-btc": a document's number and
// symbol; not "6/45" (a lottery).
bool is_document_number(std::string_view token) {
    if (token.find('/') == std::string_view::npos) return false;
    const bool letter = std::any_of(token.begin(), token.end(), [](char x) { return is_ascii_alpha(x); });
    bool year = false;
    for (std::size_t k = 0; k < token.size() && !year; ++k) year = digits_at(token, k).len == 4;
    return letter || year;
}

bool ends_clause(char c) {
    return c == ',' || c == ';' || c == ':' || c == '.' || c == '!' || c == '?' || c == ')' || c == '"';
}

Context context_of(std::string_view s, const Mention& m) {
    Context c;
    const std::size_t start = m.paren ? m.begin - 1 : m.begin;
    c.prev = word_before(s, start);
    std::size_t j = m.end;
    if (m.paren && j < s.size() && s[j] == ')') ++j;
    c.next = word_at(s, skip_spaces(s, j));

    // Walk back over whitespace-separated tokens to the word that governs
    // the date, stopping at the clause's start.
    constexpr int kMaxTokens = 6;
    std::size_t i = start;
    std::string_view after;  // the token walked over last
    std::string_view after2;
    for (int t = 0; t < kMaxTokens; ++t) {
        while (const std::size_t k = space_len_before(s, i)) i -= k;
        if (i == 0) break;
        std::size_t b = i;
        while (b > 0 && space_len_before(s, b) == 0) --b;
        std::string_view token = s.substr(b, i - b);
        i = b;
        if (after == "ngày" && after2.empty() && is_document_number(token)) c.document = true;
        if (after2 == "ngày" && token == "số" && !after.empty() && is_ascii_digit(after.front())) c.document = true;
        if (ends_clause(token.back())) break;
        const bool opens = token.front() == '(' || token.front() == '"';
        if (opens) token.remove_prefix(1);
        if (token.empty()) break;
        const bool time_word = is_ascii_digit(token.front()) || is_one_of(token, kTimeWords) ||
                               is_one_of(token, kWeekdayNumbers);
        if (!time_word) {
            c.lead_in = word_at(token, 0);
            if (!opens) c.lead_in_prev = word_before(s, i);
            break;
        }
        after2 = after;
        after = token;
        if (opens) break;
    }
    return c;
}

// "Ngày 2/6 tới" is the coming 2 June, "ngày mai (28/5)" tomorrow: both
// after publication.
bool is_future(const Context& c) {
    return c.next == "tới" || c.next == "sắp" || c.prev == "mai";
}

// "từ ngày 1/7", "đến 30/6/2017", "trước 0 giờ ngày 5/3".
bool is_bound(const Context& c) { return is_one_of(c.lead_in, kBoundWords); }

// "Từ tháng 7/2017" starts what the news is about; "kể từ", "đến",
// "hồi", "so với" look away from it.
bool is_month_bound(const Context& c) {
    const bool since = c.lead_in == "từ" && c.lead_in_prev == "kể";
    return (c.lead_in != "từ" && is_bound(c)) || since || c.lead_in == "hồi" || c.lead_in == "với";
}

// A date the article reports as the day of its news: cued or set off in
// parentheses, neither future nor the edge of a period.
bool is_event_date(const Mention& m, const Context& c) {
    if (m.day == 0) return false;
    if (!is_one_of(c.prev, kCueWords) && !m.paren) return false;
    return !is_future(c) && !is_bound(c) && !c.document;
}

// Words that may stand before a date opening a paragraph: "Ngày 28/3,",
// "Sáng nay (27/5),", "Rạng sáng thứ Hai 26/1", "Vào ngày 5/3".
constexpr std::array<std::string_view, 24> kOpeningWords = {
    "ngày", "hôm", "sáng", "trưa", "chiều", "tối", "đêm", "khuya", "rạng", "sớm", "nay", "qua",
    "vào", "mùng", "mồng", "thứ", "hai", "ba", "tư", "năm", "sáu", "bảy", "chủ", "nhật"};

// True when `m` opens the (case-folded) paragraph `s`, after at most an
// outlet or place tag: "VOV.VN - Ngày 2/6", "(Dân trí) - Sáng 27/5",
// "HÀ NỘI – Ngày 5/3".
bool opens_paragraph(std::string_view s, const Mention& m) {
    std::string_view before = s.substr(0, m.paren ? m.begin - 1 : m.begin);
    constexpr std::size_t kMaxTag = 80;
    for (std::size_t k = 0; k < before.size() && k < kMaxTag; ++k) {
        if (is_ascii_digit(before[k])) break;  // a tag names an outlet or place, not a date
        const std::size_t dl = dash_len(before, k);
        if (dl == 0 || k == 0) continue;
        const bool spaced_before = space_len_before(before, k) > 0 || before[k - 1] == ')';
        if (spaced_before && space_len(before, k + dl) > 0) {
            before = before.substr(k + dl);
            break;
        }
    }
    int words = 0;
    std::size_t i = 0;
    while (true) {
        i = skip_spaces(before, i);
        if (i >= before.size()) break;
        const std::string_view w = word_at(before, i);
        if (w.empty()) return false;
        if (!is_one_of(w, kOpeningWords) || ++words > 5) return false;
        i += w.size();
    }
    return true;
}

// End of the first sentence of `s` (original case): a full stop, "!" or "?"
// followed by a space and not by a lower-case letter, and not ending an
// abbreviation ("TP. Hồ Chí Minh", "PGS. TS.", "V. Putin").
std::size_t first_sentence_end(std::string_view s) {
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c != '.' && c != '!' && c != '?') continue;
        std::size_t j = i + 1;
        while (j < s.size() && (s[j] == '"' || s[j] == ')' || s[j] == '\'')) ++j;
        if (j >= s.size()) return s.size();
        if (space_len(s, j) == 0) continue;
        const std::size_t k = skip_spaces(s, j);
        if (k >= s.size()) return s.size();
        if (s[k] >= 'a' && s[k] <= 'z') continue;
        if (c == '.') {
            const std::string_view w = word_before(s, i);
            if (w.size() == 1) continue;
            const bool ascii = std::all_of(w.begin(), w.end(), [](char x) { return is_ascii_alpha(x); });
            const bool vowel = w.find_first_of("aeiouyAEIOUY") != std::string_view::npos;
            if (!w.empty() && ascii && w.size() <= 4 && !vowel) continue;
        }
        return i + 1;
    }
    return s.size();
}

struct Zone {
    std::string folded;
    std::vector<Mention> dates;
};

Zone scan_zone(std::string_view text) {
    Zone z;
    if (!has_ascii_digit(text)) return z;
    z.folded = case_fold(text);
    z.dates = scan_dates(z.folded, kCaseFolded);
    return z;
}

struct Ymd {
    int year = 0, month = 0, day = 0;
    auto operator<=>(const Ymd&) const = default;
};

// How long after a full date in the text the news may be for that date to
// give the news its year (see rule 4 in extract_date).
constexpr int kTextReferenceDays = 92;

// Days from 1 March of year 0 (proleptic Gregorian): only differences matter.
long day_number(const Ymd& d) {
    const int y = d.month <= 2 ? d.year - 1 : d.year;
    const int m = d.month <= 2 ? d.month + 12 : d.month;
    return 365L * y + y / 4 - y / 100 + y / 400 + (153 * (m - 3) + 2) / 5 + d.day;
}

long days_between(const Ymd& from, const Ymd& to) { return day_number(to) - day_number(from); }

// How two dates next to each other are joined: into a period ("1/6 đến
// 30/6/2017", "28/3 - 30/3/2022") or, for an anniversary, also by a slash
// ("19-5-1890/ 19-5-2017").
bool joined(std::string_view between) {
    std::size_t i = skip_spaces(between, 0);
    if (const std::size_t dl = dash_len(between, i)) {
        i += dl;
    } else if (i < between.size() && between[i] == '/') {
        ++i;
    } else {
        const std::string_view w = word_at(between, i);
        if (w != "đến" && w != "tới") return false;
        i = skip_spaces(between, i + w.size());
        if (const std::string_view day = word_at(between, i); day == "ngày") i += day.size();
    }
    return skip_spaces(between, i) == between.size();
}

// Adds the dates of zone `z` the article is known to be later than. Left
// out: dates ahead ("ngày 2/6 tới", "trước ngày 5/3", "sẽ diễn ra ngày
// 24/6/2017") and the ends of periods, which may be under way; a period
// counts by its first day, with the year of its end if it has none. An
// anniversary "(19/5/1890 - 19/5/2017)" dates the article to its year only.
void add_reference_dates(const Zone& z, std::vector<Ymd>& out) {
    const std::string_view s = z.folded;
    const std::vector<Mention>& dates = z.dates;
    for (std::size_t k = 0; k < dates.size(); ++k) {
        const Mention& m = dates[k];
        if (m.day == 0) continue;
        const Mention* prev = nullptr;
        const Mention* next = nullptr;
        if (k > 0 && dates[k - 1].day != 0 && joined(s.substr(dates[k - 1].end, m.begin - dates[k - 1].end)))
            prev = &dates[k - 1];
        if (k + 1 < dates.size() && dates[k + 1].day != 0 &&
            joined(s.substr(m.end, dates[k + 1].begin - m.end)))
            next = &dates[k + 1];
        const auto anniversary = [](const Mention& from, const Mention& to) {
            return from.year != 0 && to.year > from.year && from.day == to.day && from.month == to.month;
        };
        if (next != nullptr && anniversary(m, *next)) continue;
        if (prev != nullptr && anniversary(*prev, m)) {
            if (valid_year(m.year)) out.push_back({m.year, 1, 1});
            continue;
        }
        if (prev != nullptr && m.year != 0) continue;
        Ymd start{m.year, m.month, m.first_day != 0 ? m.first_day : m.day};
        if (start.year == 0) {
            if (next == nullptr || next->year == 0) continue;
            start.year = std::tie(m.month, m.day) <= std::tie(next->month, next->day) ? next->year : next->year - 1;
            if (!valid_date(start.year, start.month, start.day)) continue;
        }
        const Context c = context_of(s, m);
        if (is_future(c) || is_one_of(c.lead_in, kDeadlineWords) || planned_in_sentence(s, m)) continue;
        if (valid_year(start.year)) out.push_back(start);
    }
}

// ---------------------------------------------------------------------------
// Datelines and metadata.

// "H:MM", "HH:MM:SS", "9h30", "9h", "9g30", with "am"/"pm" glued or not.
std::optional<std::size_t> time_at(std::string_view s, std::size_t i) {
    const std::size_t n = s.size();
    const Number h = digits_at(s, i);
    if (h.len < 1 || h.len > 2 || h.value > 23) return std::nullopt;
    std::size_t p = i + h.len;
    if (p >= n) return std::nullopt;
    if (s[p] == ':') {
        const Number mi = digits_at(s, p + 1);
        if (mi.len != 2 || mi.value > 59) return std::nullopt;
        p += 3;
        if (p < n && s[p] == ':') {
            const Number se = digits_at(s, p + 1);
            if (se.len != 2 || se.value > 60) return std::nullopt;
            p += 3;
        }
    } else if (s[p] == 'h' || s[p] == 'g') {
        ++p;
        const Number mi = digits_at(s, p);
        if (mi.len == 2 && mi.value <= 59) p += 2;
        else if (mi.len != 0) return std::nullopt;
    } else {
        return std::nullopt;
    }
    const std::string_view suffix = word_at(s, p);
    if (suffix == "am" || suffix == "pm") p += 2;
    else if (!suffix.empty()) return std::nullopt;
    if (p < n && is_ascii_digit(s[p])) return std::nullopt;
    return p;
}

// The time-zone offset after "GMT" or a time: "+7", "+07:00", "-0500".
std::optional<std::size_t> offset_at(std::string_view s, std::size_t i) {
    if (i >= s.size() || (s[i] != '+' && s[i] != '-')) return std::nullopt;
    const Number h = digits_at(s, i + 1);
    if (h.len < 1 || h.len > 4) return std::nullopt;
    std::size_t p = i + 1 + h.len;
    if (h.len <= 2 && p < s.size() && s[p] == ':') {
        if (digits_at(s, p + 1).len != 2) return std::nullopt;
        p += 3;
    }
    return p;
}

constexpr std::array<std::string_view, 6> kWeekdayNames = {"hai", "ba", "tu", "nam", "sau", "bay"};
constexpr std::array<std::string_view, 14> kDatelineWords = {
    "ngay", "luc", "cap", "nhat", "dang", "published", "updated", "posted",
    "publish", "update", "am", "pm", "sa", "ch"};

// Parses a dateline; unknown unless the line holds exactly one date with a
// year and nothing but weekday, time, time zone, labels and separators.
PublicationDate parse_dateline(std::string_view line) {
    constexpr std::size_t kMaxDateline = 120;
    if (line.size() > kMaxDateline || !has_ascii_digit(line)) return {};
    const std::string folded = fold_for_search(line);
    const std::string_view s = folded;
    const std::size_t n = s.size();
    PublicationDate date;
    int dates = 0, times = 0;
    std::size_t i = 0;
    while (i < n) {
        if (const std::size_t k = space_len(s, i)) {
            i += k;
            continue;
        }
        const char c = s[i];
        if (c == '+') {
            const auto e = offset_at(s, i);
            if (!e) return {};
            i = *e;
            continue;
        }
        if (const std::size_t k = dash_len(s, i)) {
            i += k;
            continue;
        }
        if (c == ',' || c == '|' || c == '(' || c == ')' || c == '[' || c == ']' || c == ':' ||
            c == '/' || c == '.') {
            ++i;
            continue;
        }
        if (is_ascii_digit(c)) {
            if (const auto e = time_at(s, i)) {
                if (++times > 1) return {};
                i = *e;
                continue;
            }
            const auto m = date_at(s, i, kAccentFolded);
            if (!m || !valid_year(m->year) || ++dates > 1) return {};
            date = m->day != 0 ? day_date(m->year, m->month, m->day) : month_date(m->year, m->month);
            i = m->end;
            // ISO 8601 "2025-02-27T11:45:00+07:00".
            if (i + 1 < n && s[i] == 't' && is_ascii_digit(s[i + 1])) {
                const auto e = time_at(s, i + 1);
                if (!e || ++times > 1) return {};
                i = *e;
                if (i < n && s[i] == 'z') ++i;
            }
            continue;
        }
        const std::string_view w = word_at(s, i);
        if (w.empty()) return {};
        if (w == "t" && i + 1 < n && s[i + 1] >= '2' && s[i + 1] <= '7' && word_at(s, i + 2).empty() &&
            (i + 2 >= n || !is_ascii_digit(s[i + 2]))) {
            i += 2;  // T2..T7
            continue;
        }
        i += w.size();
        if (w == "thu" || w == "chu") {
            const std::size_t j = skip_spaces(s, i);
            const std::string_view next = word_at(s, j);
            if (w == "chu" ? next == "nhat" : is_one_of(next, kWeekdayNames)) {
                i = j + next.size();
            } else if (w == "thu" && j < n && s[j] >= '2' && s[j] <= '7' && (j + 1 >= n || !is_ascii_digit(s[j + 1]))) {
                i = j + 1;
            } else {
                return {};
            }
        } else if (w == "gmt" || w == "utc" || w == "ict") {
            if (const auto e = offset_at(s, i)) i = *e;
        } else if (w != "cn" && w != "thang" && !is_one_of(w, kDatelineWords)) {
            return {};
        }
    }
    return dates == 1 ? date : PublicationDate{};
}

// "HH:MM[:SS[.fff]][Z|+07:00|+0700|+07]" filling the rest of `s` from `i`.
bool time_zone_to_end(std::string_view s, std::size_t i) {
    const std::size_t n = s.size();
    const Number h = digits_at(s, i);
    if (h.len < 1 || h.len > 2 || h.value > 23 || i + h.len >= n || s[i + h.len] != ':') return false;
    const Number mi = digits_at(s, i + h.len + 1);
    if (mi.len != 2 || mi.value > 59) return false;
    std::size_t p = i + h.len + 3;
    if (p < n && s[p] == ':') {
        const Number se = digits_at(s, p + 1);
        if (se.len != 2 || se.value > 60) return false;
        p += 3;
        if (p < n && (s[p] == '.' || s[p] == ',')) {
            const Number frac = digits_at(s, p + 1);
            if (frac.len == 0) return false;
            p += 1 + frac.len;
        }
    }
    if (p < n && (s[p] == 'Z' || s[p] == 'z')) ++p;
    else if (const auto e = offset_at(s, p)) p = *e;
    return p == n;
}

}  // namespace

std::string PublicationDate::iso() const {
    char buf[16];
    switch (precision) {
        case DatePrecision::day:
            std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
            return buf;
        case DatePrecision::month:
            std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
            return buf;
        case DatePrecision::year:
            std::snprintf(buf, sizeof buf, "%04d", year);
            return buf;
        case DatePrecision::unknown:
            break;
    }
    return {};
}

const char* PublicationDate::precision_name() const {
    switch (precision) {
        case DatePrecision::day: return "day";
        case DatePrecision::month: return "month";
        case DatePrecision::year: return "year";
        case DatePrecision::unknown: break;
    }
    return "unknown";
}

int PublicationDate::sort_key() const {
    switch (precision) {
        case DatePrecision::day: return year * 10000 + month * 100 + day;
        case DatePrecision::month: return year * 10000 + month * 100;
        case DatePrecision::year: return year * 10000;
        case DatePrecision::unknown: break;
    }
    return 0;
}

bool is_dateline(std::string_view line) {
    return parse_dateline(line).precision != DatePrecision::unknown;
}

PublicationDate parse_date(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r' ||
                             text.back() == '\n'))
        text.remove_suffix(1);
    const std::string_view s = text;
    const std::size_t n = s.size();
    const Number a = digits_at(s, 0);
    int year = 0, month = 0, day = 0;
    std::size_t p = 0;
    if (a.len == 4) {
        // ISO 8601: "2025", "2025-02", "2025-02-27", "2025-02-27T11:45:00+07:00".
        year = a.value;
        if (!valid_year(year)) return {};
        if (n == 4) return year_date(year);
        if (s[4] != '-') return {};
        const Number mo = digits_at(s, 5);
        if (mo.len != 2 || mo.value < 1 || mo.value > 12) return {};
        month = mo.value;
        if (n == 7) return month_date(year, month);
        if (s[7] != '-') return {};
        const Number d = digits_at(s, 8);
        if (d.len != 2) return {};
        day = d.value;
        p = 10;
    } else if (a.len >= 1 && a.len <= 2) {
        // "27/02/2025", "27-02-2025", "27.02.2025", optionally with a time.
        const char sep = a.len < n ? s[a.len] : 0;
        if (sep != '/' && sep != '-' && sep != '.') return {};
        const Number mo = digits_at(s, a.len + 1);
        const std::size_t q = a.len + 1 + mo.len;
        if (mo.len < 1 || mo.len > 2 || q >= n || s[q] != sep) return {};
        const Number y = digits_at(s, q + 1);
        if (y.len != 4) return {};
        day = a.value;
        month = mo.value;
        year = y.value;
        p = q + 5;
    } else {
        return {};
    }
    if (!valid_date(year, month, day)) return {};
    if (p < n) {
        if (s[p] != 'T' && s[p] != 't' && s[p] != ' ') return {};
        std::size_t q = p + 1;
        while (q < n && s[q] == ' ') ++q;
        if (!time_zone_to_end(s, q)) return {};
    }
    return day_date(year, month, day);
}

PublicationDate extract_date(const DateEvidence& evidence) {
    // 1. The source says so.
    if (!evidence.metadata.empty()) {
        PublicationDate d = parse_date(evidence.metadata);
        if (d.precision == DatePrecision::unknown) d = parse_dateline(evidence.metadata);
        if (d.precision != DatePrecision::unknown) return d;
    }
    // 2. The page's dateline.
    for (const std::string& line : evidence.datelines) {
        PublicationDate d = parse_dateline(line);
        if (d.precision == DatePrecision::unknown) d = parse_date(line);
        if (d.precision != DatePrecision::unknown) return d;
    }

    const Zone lead = scan_zone(evidence.lead);
    std::vector<Zone> body;
    body.reserve(evidence.body.size());
    for (const std::string& p : evidence.body) body.push_back(scan_zone(p));
    std::vector<Zone> captions;
    captions.reserve(evidence.captions.size());
    for (const std::string& c : evidence.captions) captions.push_back(scan_zone(c));

    // The first paragraph of the body with any text: where a source without
    // a lead opens the story.
    const Zone* first_body = nullptr;
    for (std::size_t k = 0; k < evidence.body.size(); ++k) {
        if (evidence.body[k].find_first_not_of(" \t\r\n") != std::string::npos) {
            first_body = &body[k];
            break;
        }
    }
    const std::size_t lead_first_end = lead.folded.empty()
        ? 0
        : case_fold(std::string_view(evidence.lead).substr(0, first_sentence_end(evidence.lead))).size();

    // 3. A full date the lead gives as the day of its news: the first date
    // of its first sentence, or one opening it.
    for (const Mention& m : lead.dates) {
        const Context c = context_of(lead.folded, m);
        if (opens_paragraph(lead.folded, m) && m.day != 0 && valid_year(m.year) && !is_future(c))
            return day_date(m.year, m.month, m.day);
        if (m.begin >= lead_first_end) break;
        if (is_event_date(m, c)) {
            if (valid_year(m.year)) return day_date(m.year, m.month, m.day);
            break;
        }
    }
    if (first_body != nullptr) {
        for (const Mention& m : first_body->dates) {
            if (m.day == 0 || m.year == 0) continue;
            if (valid_year(m.year) && opens_paragraph(first_body->folded, m) &&
                !is_future(context_of(first_body->folded, m)))
                return day_date(m.year, m.month, m.day);
            break;
        }
    }

    // 4. The day of the news without its year, the year taken from the
    // latest full date the article mentions (the article is later).
    std::optional<Mention> event;
    for (const Mention& m : lead.dates) {
        if (m.year == 0 && is_event_date(m, context_of(lead.folded, m))) {
            event = m;
            break;
        }
    }
    if (!event && first_body != nullptr) {
        for (const Mention& m : first_body->dates) {
            if (m.year == 0 && opens_paragraph(first_body->folded, m) &&
                is_event_date(m, context_of(first_body->folded, m)))
                event = m;
            break;
        }
    }
    if (event) {
        // A photo's date (a caption) dates the story's time even when the
        // photo is from the archive. A full date in the text is often an old
        // event (a verdict, a decree, a birth), so it only counts when the
        // news falls within kTextReferenceDays after it.
        std::vector<Ymd> text_refs, caption_refs;
        add_reference_dates(lead, text_refs);
        for (const Zone& z : body) add_reference_dates(z, text_refs);
        for (const Zone& z : captions) add_reference_dates(z, caption_refs);
        std::optional<Ymd> ref;
        if (!caption_refs.empty()) ref = *std::max_element(caption_refs.begin(), caption_refs.end());
        if (!text_refs.empty()) {
            const Ymd t = *std::max_element(text_refs.begin(), text_refs.end());
            if (!ref || t > *ref) ref = t;
        }
        if (ref) {
            const bool same_year = std::tie(event->month, event->day) >= std::tie(ref->month, ref->day);
            const int year = same_year ? ref->year : ref->year + 1;
            const bool from_caption = !caption_refs.empty() &&
                                      *ref == *std::max_element(caption_refs.begin(), caption_refs.end());
            if (valid_date(year, event->month, event->day) &&
                (from_caption || days_between(*ref, Ymd{year, event->month, event->day}) <= kTextReferenceDays))
                return day_date(year, event->month, event->day);
        }
    }

    // 5. The month of the news: "tháng 3/2025" in the lead's first
    // sentence, unless the lead names the day of its news, the month bounds
    // a period ("đến tháng 1/2018") or it is looked back on ("hồi tháng
    // 5/2017", "so với tháng 12/2016").
    for (const Mention& m : lead.dates) {
        if (event || m.begin >= lead_first_end) break;
        const Context c = context_of(lead.folded, m);
        if (m.day == 0 && valid_year(m.year) && !is_future(c) && !is_month_bound(c))
            return month_date(m.year, m.month);
    }
    return {};
}

}  // namespace tintuc
