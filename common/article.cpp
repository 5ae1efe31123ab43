#include "article.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <unordered_set>

#include "ascii_text.h"
#include "page_furniture.h"
#include "person_extractor.h"

namespace tintuc {
namespace {

enum class Kind { text, dateline, caption, byline, duplicate, furniture, end_marker, related_marker };

struct Line {
    std::string_view text;
    Kind kind = Kind::text;
};

std::vector<std::string_view> split_lines(std::string_view text) {
    std::vector<std::string_view> lines;
    std::size_t pos = 0;
    while (pos <= text.size()) {
        std::size_t eol = text.find('\n', pos);
        if (eol == std::string_view::npos) eol = text.size();
        std::string_view line = trim_space_and_nbsp(text.substr(pos, eol - pos));
        if (!line.empty()) lines.push_back(line);
        pos = eol + 1;
    }
    return lines;
}

// "(TTXVN/Vietnam+)", "(Theo Reuters)", "Theo VnExpress": the credit that
// closes an article. Short, and not a photo credit.
bool is_byline(std::string_view line) {
    if (word_count(line) > 8) return false;
    if (line.size() > 2 && line.front() == '(' && line.back() == ')') return !is_caption_line(line);
    return line.substr(0, 5) == "Theo " && line.find(". ") == std::string_view::npos && line.back() != '.';
}

// The dateline-style prefix a lead starts with ("VOV.VN - ", "TTO - "):
// a later paragraph starting with it is the lead of another story.
std::string_view lead_prefix(std::string_view lead) {
    const std::size_t dash = lead.find(" - ");
    if (dash == std::string_view::npos || dash == 0 || dash > 24) return {};
    const std::string_view prefix = lead.substr(0, dash + 3);
    if (word_count(prefix.substr(0, dash)) > 3) return {};
    return prefix;
}

// Strips the "<title> ảnh 1" that some sites put before a caption.
std::string_view strip_caption_prefix(std::string_view caption, std::string_view title) {
    if (title.empty() || caption.substr(0, title.size()) != title) return caption;
    std::string_view rest = caption.substr(title.size());
    constexpr std::string_view kPhoto = " ảnh ";
    if (rest.substr(0, kPhoto.size()) != kPhoto) return caption;
    rest.remove_prefix(kPhoto.size());
    std::size_t digits = 0;
    while (digits < rest.size() && rest[digits] >= '0' && rest[digits] <= '9') ++digits;
    if (digits == 0) return caption;
    return trim_space_and_nbsp(rest.substr(digits));
}

bool is_paragraph(const Line& l) { return l.kind == Kind::text && !is_title_like(l.text); }

// Lines from `i` that continue a block of related-story teasers: headlines,
// their repeats and datelines, and a teaser lead when another teaser
// follows it. Returns the index of the first line where the article
// resumes (two paragraphs in a row, or a paragraph ending the text).
std::size_t teaser_block_end(const std::vector<Line>& lines, std::size_t i) {
    while (i < lines.size()) {
        const Line& l = lines[i];
        if (l.kind == Kind::end_marker) return i;
        if (!is_paragraph(l)) {
            ++i;
            continue;
        }
        std::size_t next = i + 1;
        while (next < lines.size() && lines[next].kind == Kind::duplicate) ++next;
        if (next >= lines.size() || is_paragraph(lines[next]) || lines[next].kind == Kind::byline) return i;
        ++i;  // a teaser's lead, followed by the next teaser
    }
    return i;
}

}  // namespace

std::size_t count_chars(std::string_view utf8) {
    std::size_t n = 0;
    for (unsigned char c : utf8)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}

bool is_junk_line(std::string_view line) { return !has_letter(line); }

namespace {

std::size_t sum_chars(const std::vector<std::string>& v) {
    std::size_t n = 0;
    for (const std::string& s : v) n += count_chars(s);
    return n;
}

std::string join_lines(const std::vector<std::string>& v) {
    std::string out;
    for (const std::string& s : v) {
        if (!out.empty()) out += '\n';
        out += s;
    }
    return out;
}

}  // namespace

std::size_t Article::title_chars() const { return count_chars(title); }
std::size_t Article::lead_chars() const { return count_chars(lead); }
std::size_t Article::body_chars() const { return sum_chars(body); }
std::size_t Article::caption_chars() const { return sum_chars(captions); }
std::string Article::body_text() const { return join_lines(body); }
std::string Article::caption_text() const { return join_lines(captions); }

std::vector<std::string_view> Article::zones() const {
    std::vector<std::string_view> out{title, lead};
    for (const std::string& p : body) out.emplace_back(p);
    for (const std::string& c : captions) out.emplace_back(c);
    return out;
}

Article analyse_article(std::string_view text, const ArticleMetadata& meta) {
    Article a;
    const std::vector<std::string_view> raw = split_lines(text);

    // The title: the metadata's, else the first line with letters that is
    // not a dateline. Junk before it is furniture.
    std::size_t start = 0;
    a.title = std::string(trim_space_and_nbsp(meta.title));
    while (start < raw.size()) {
        const std::string_view l = raw[start];
        if (is_dateline(l)) {
            a.datelines.emplace_back(l);
        } else if (is_junk_line(l) || classify_furniture_line(l) != FurnitureLine::none) {
            a.furniture.emplace_back(l);
        } else {
            if (a.title.empty()) {
                a.title = std::string(l);
                ++start;
            } else if (comparison_key(l) == comparison_key(a.title)) {
                ++start;  // the text repeats the metadata's title
            }
            break;
        }
        ++start;
    }

    // Classify each remaining line on its own.
    std::vector<Line> lines;
    std::unordered_set<std::string> seen{comparison_key(a.title)};
    if (!meta.lead.empty()) seen.insert(comparison_key(meta.lead));
    for (std::size_t i = start; i < raw.size(); ++i) {
        Line l{raw[i], Kind::text};
        // A dateline has no letters but is metadata, not junk.
        if (is_dateline(l.text)) {
            l.kind = Kind::dateline;
            lines.push_back(l);
            continue;
        }
        switch (classify_furniture_line(l.text)) {
            case FurnitureLine::end: l.kind = Kind::end_marker; break;
            case FurnitureLine::related: l.kind = Kind::related_marker; break;
            case FurnitureLine::line:
            case FurnitureLine::spam:
            case FurnitureLine::junk: l.kind = Kind::furniture; break;
            case FurnitureLine::none: break;
        }
        if (l.kind == Kind::text) {
            std::string key = comparison_key(l.text);
            // Short keys ("Ông nói") may repeat legitimately.
            if (key.size() >= 12 && !seen.insert(std::move(key)).second) l.kind = Kind::duplicate;
            else if (is_caption_line(l.text)) l.kind = Kind::caption;
            else if (is_byline(l.text)) l.kind = Kind::byline;
        }
        lines.push_back(l);
    }

    // The rest of the page after an end marker is furniture, and so are the
    // teasers printed just before it.
    std::size_t end = lines.size();
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].kind == Kind::end_marker) {
            end = i;
            break;
        }
    }
    std::string_view first_text;
    for (const Line& l : lines) {
        if (l.kind == Kind::text) {
            first_text = l.text;
            break;
        }
    }
    const std::string_view prefix = meta.lead.empty() ? lead_prefix(first_text) : lead_prefix(meta.lead);
    if (end < lines.size()) {
        std::size_t k = end;
        while (k > 0) {
            const Line& l = lines[k - 1];
            const bool teaser_lead = !prefix.empty() && l.kind == Kind::text && l.text != first_text &&
                                     l.text.substr(0, prefix.size()) == prefix;
            const bool absorbable = l.kind == Kind::furniture || l.kind == Kind::duplicate ||
                                    l.kind == Kind::dateline || teaser_lead ||
                                    (l.kind == Kind::text && is_title_like(l.text) && l.text != first_text);
            if (l.kind == Kind::byline) {
                --k;
                continue;
            }
            if (!absorbable) break;
            lines[k - 1].kind = Kind::furniture;
            --k;
        }
        for (std::size_t i = end; i < lines.size(); ++i) lines[i].kind = Kind::furniture;
    }

    // Related-story blocks inside the article: after a marker, or where a
    // headline is printed twice in a row (image alt text and link).
    for (std::size_t i = 0; i < end; ++i) {
        const bool marker = lines[i].kind == Kind::related_marker;
        const bool twin_headline = lines[i].kind == Kind::text && is_title_like(lines[i].text) &&
                                   i + 1 < end && lines[i + 1].kind == Kind::duplicate &&
                                   comparison_key(lines[i].text) == comparison_key(lines[i + 1].text);
        if (!marker && !twin_headline) continue;
        const std::size_t stop = std::min(teaser_block_end(lines, i + 1), end);
        for (std::size_t k = i; k < stop; ++k) lines[k].kind = Kind::furniture;
        i = stop == i ? i : stop - 1;
    }

    // Assign zones.
    for (const Line& l : lines) {
        switch (l.kind) {
            case Kind::dateline: a.datelines.emplace_back(l.text); break;
            case Kind::caption: a.captions.emplace_back(strip_caption_prefix(l.text, a.title)); break;
            case Kind::byline: a.bylines.emplace_back(l.text); break;
            case Kind::text:
                if (a.lead.empty() && meta.lead.empty()) a.lead = std::string(l.text);
                else a.body.emplace_back(l.text);
                break;
            default: a.furniture.emplace_back(l.text); break;
        }
    }
    if (!meta.lead.empty()) a.lead = std::string(trim_space_and_nbsp(meta.lead));
    a.furniture_chars = sum_chars(a.furniture);

    DateEvidence de;
    de.metadata = meta.date;
    de.datelines = a.datelines;
    de.lead = a.lead;
    de.body = a.body;
    de.captions = a.captions;
    a.date = extract_date(de);

    OutletEvidence oe;
    oe.metadata_outlet = meta.outlet;
    oe.url = meta.url;
    oe.lead = a.lead;
    oe.body = a.body;
    oe.bylines = a.bylines;
    oe.furniture = a.furniture;
    a.outlet = detect_outlet(oe);

    // Entities come from the article's own zones, never its furniture.
    const std::vector<std::string_view> zones = a.zones();
    const PlaceGazetteer& places = PlaceGazetteer::builtin();
    a.zone_tokens.resize(zones.size());
    std::vector<std::vector<PlaceMention>> zone_places;
    zone_places.reserve(zones.size());
    for (std::size_t z = 0; z < zones.size(); ++z) {
        analyse_text(zones[z], a.zone_tokens[z]);
        zone_places.push_back(places.find(zones[z], a.zone_tokens[z]));
    }
    a.people = extract_people(zones, a.zone_tokens, places, zone_places);
    std::unordered_set<std::string> seen_places;
    for (const std::vector<PlaceMention>& mentions : zone_places)
        for (const PlaceMention& m : mentions)
            if (seen_places.insert(m.place.name).second) a.locations.push_back(m.place);
    return a;
}

}  // namespace tintuc
