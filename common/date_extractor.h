// Works out when an article was published, and how precisely we know it.
//
// Evidence, strongest first: a date from the source's metadata; a dateline
// (a line that is only a date, "11:45 27/02/2025", "Thứ Năm, 27/2/2025",
// "27-02-2025", "ngày 27 tháng 2 năm 2025"); a full date in the lead or
// body ("ngày 27 tháng 2 năm 2025"); the article's own event date
// ("Ngày 28/3, ...") whose year is inferred only from full dates elsewhere
// in the article (the article is later than the latest of them). No
// evidence for the year means no date: a year is never invented. The
// caller passes only the article's own zones; page furniture (teasers of
// other stories) never counts.
#ifndef TINTUC_COMMON_DATE_EXTRACTOR_H
#define TINTUC_COMMON_DATE_EXTRACTOR_H

#include <string>
#include <string_view>
#include <vector>

namespace tintuc {

enum class DatePrecision { unknown, year, month, day };

struct PublicationDate {
    int year = 0, month = 0, day = 0;  // 0 where unknown
    DatePrecision precision = DatePrecision::unknown;

    // "2025-02-27", "2025-02", "2025", or "" when unknown.
    std::string iso() const;
    // "day", "month", "year", "unknown".
    const char* precision_name() const;
    // Sortable number: yyyymmdd with 00 for unknown parts; 0 when unknown.
    int sort_key() const;
};

struct DateEvidence {
    std::string metadata;                // the source's date field, may be empty
    std::vector<std::string> datelines;  // lines recognised as datelines, in order
    std::string lead;
    std::vector<std::string> body;       // body paragraphs, in order
    std::vector<std::string> captions;
};

// True when `line` (one line, trimmed) is a dateline: nothing but a date
// with optional weekday, time, time zone and separators
// ("11:45 27/02/2025", "Thứ Năm, 27/2/2025 - 08:30 (GMT+7)").
bool is_dateline(std::string_view line);

PublicationDate extract_date(const DateEvidence& evidence);

// Parses a date as sources write it in metadata or on the command line:
// ISO 8601 ("2025-02-27", "2025-02-27T11:45:00+07:00", "2025-02",
// "2025"), "27/02/2025", "27-02-2025", "27/02/2025 11:45". Unknown on
// anything else or on an impossible date (31/02).
PublicationDate parse_date(std::string_view text);

}  // namespace tintuc

#endif
