// SPDX-License-Identifier: MIT
#include "spreadsheetdates.h"

#include "civilcalendar.h"

#include <QCoreApplication>

#include <array>
#include <cctype>
#include <charconv>
#include <vector>

namespace {

// SpreadsheetDates is a namespace, which cannot declare tr(): its functions take their
// messages' context from here.
struct SpreadsheetDatesText
{
    Q_DECLARE_TR_FUNCTIONS(SpreadsheetDates)
};

QString quoted(std::string_view text)
{
    constexpr size_t shown = 80;
    QString s = QString::fromUtf8(text.data(), qsizetype(std::min(text.size(), shown)));
    if (text.size() > shown)
        s += QStringLiteral("…");
    return u'"' + s + u'"';
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && std::isspace(uchar(text.front())))
        text.remove_prefix(1);
    while (!text.empty() && std::isspace(uchar(text.back())))
        text.remove_suffix(1);
    return text;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool allDigits(std::string_view text)
{
    return !text.empty() && std::all_of(text.begin(), text.end(), isDigit);
}

bool equalsFolded(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(uchar(x)) == std::tolower(uchar(y));
           });
}

bool endsWithFolded(std::string_view text, std::string_view suffix)
{
    return text.size() >= suffix.size() &&
           equalsFolded(text.substr(text.size() - suffix.size()), suffix);
}

bool startsWithFolded(std::string_view text, std::string_view prefix)
{
    return text.size() >= prefix.size() && equalsFolded(text.substr(0, prefix.size()), prefix);
}

std::optional<qint64> toInteger(std::string_view digits)
{
    qint64 value = 0;
    if (digits.empty() || digits.size() > 15)
        return std::nullopt;
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (ec != std::errc() || end != digits.data() + digits.size())
        return std::nullopt;
    return value;
}

// 1-12 for an English month name or its abbreviation ("Sept" too); 0 otherwise.
int monthNumber(std::string_view word)
{
    static constexpr std::array<const char *, 12> names = {
        "january", "february", "march",     "april",   "may",      "june",
        "july",    "august",   "september", "october", "november", "december"};
    if (word.size() > 1 && word.back() == '.')
        word.remove_suffix(1);
    if (word.size() < 3)
        return 0;
    for (int m = 0; m < 12; ++m) {
        const std::string_view name(names[size_t(m)]);
        if (equalsFolded(word, name) || equalsFolded(word, name.substr(0, 3)) ||
            (m == 8 && equalsFolded(word, "sept")))
            return m + 1;
    }
    return 0;
}

bool validDay(qint64 year, int month, int day)
{
    return month >= 1 && month <= 12 && day >= 1 && day <= CivilCalendar::daysInMonth(year, month);
}

struct Slashed
{
    int first = 0;
    int second = 0;
    qint64 year = 0;
    std::string_view time; // what follows the date, if anything
    bool twoDigitYear = false;
};

// "dd/mm/yyyy" with /, . or - (the same twice), each of the first two one or two digits.
std::optional<Slashed> splitSlashed(std::string_view text)
{
    size_t i = 0;
    const auto number = [&](size_t maxDigits) -> std::optional<int> {
        const size_t from = i;
        while (i < text.size() && isDigit(text[i]) && i - from < maxDigits)
            ++i;
        if (i == from || (i < text.size() && isDigit(text[i])))
            return std::nullopt;
        return int(*toInteger(text.substr(from, i - from)));
    };
    Slashed s;
    const auto first = number(2);
    if (!first || i >= text.size())
        return std::nullopt;
    const char separator = text[i];
    if (separator != '/' && separator != '.' && separator != '-')
        return std::nullopt;
    ++i;
    const auto second = number(2);
    if (!second || i >= text.size() || text[i] != separator)
        return std::nullopt;
    ++i;
    const size_t yearFrom = i;
    while (i < text.size() && isDigit(text[i]))
        ++i;
    const size_t yearDigits = i - yearFrom;
    if (yearDigits < 2 || yearDigits > 5)
        return std::nullopt;
    s.first = *first;
    s.second = *second;
    s.year = *toInteger(text.substr(yearFrom, yearDigits));
    s.twoDigitYear = yearDigits == 2;
    s.time = trimmed(text.substr(i));
    if (!s.time.empty() && text[i] != ' ' && text[i] != 'T')
        return std::nullopt;
    return s;
}

// "14:30" or "14:30:15" into the date; false when it is not a time.
bool addTime(PartialDate &date, std::string_view time)
{
    if (time.empty())
        return true;
    if (time.size() != 5 && time.size() != 8)
        return false;
    if (!isDigit(time[0]) || !isDigit(time[1]) || time[2] != ':' || !isDigit(time[3]) ||
        !isDigit(time[4]))
        return false;
    const int hour = (time[0] - '0') * 10 + (time[1] - '0');
    const int minute = (time[3] - '0') * 10 + (time[4] - '0');
    int second = -1;
    if (time.size() == 8) {
        if (time[5] != ':' || !isDigit(time[6]) || !isDigit(time[7]))
            return false;
        second = (time[6] - '0') * 10 + (time[7] - '0');
    }
    if (hour > 23 || minute > 59 || second > 59)
        return false;
    date.hour = quint8(hour);
    date.minute = quint8(minute);
    date.precision = DatePrecision::Minute;
    if (second >= 0) {
        date.second = quint8(second);
        date.precision = DatePrecision::Second;
    }
    return true;
}

PartialDate fail(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return {};
}

QString formats()
{
    return SpreadsheetDatesText::tr(
        "expected a date like 2021-03-04, 04/03/2021, 4 March 2021, March 4, 2021, a year, "
        "or an Excel date number");
}

// The 1900 date system: serial 1 is 1900-01-01, 60 the 29 February 1900 that never was, 61
// 1900-03-01; a fraction is the time of day.
PartialDate fromExcelSerial(std::string_view text, QString *error)
{
    const size_t dot = text.find('.');
    const std::string_view whole = text.substr(0, dot);
    const std::string_view fraction =
        dot == std::string_view::npos ? std::string_view() : text.substr(dot + 1);
    if (!allDigits(whole) || (dot != std::string_view::npos && !allDigits(fraction)))
        return fail(
            error,
            SpreadsheetDatesText::tr("cannot read %1 as a date: %2").arg(quoted(text), formats()));
    const std::optional<qint64> days = toInteger(whole);
    if (!days || *days < 1 || *days > 2958465) // 9999-12-31
        return fail(error, SpreadsheetDatesText::tr(
                               "%1 is not an Excel date number (1 is 1 January 1900, 2958465 is "
                               "31 December 9999)")
                               .arg(quoted(text)));
    if (*days == 60)
        return fail(error, SpreadsheetDatesText::tr(
                               "%1 is the Excel date number of 29 February 1900, a day that never "
                               "was (Excel's leap-year bug): correct it in the spreadsheet")
                               .arg(quoted(text)));
    // Day 0 of the count is 1899-12-31 below 60, 1899-12-30 from 61 (the phantom day skipped).
    const qint64 base = CivilCalendar::daysFromCivil(1899, 12, *days < 60 ? 31 : 30);
    const CivilCalendar::CivilDay day = CivilCalendar::civilFromDays(base + *days);
    PartialDate date = PartialDate::fromYearMonthDay(day.year, day.month, day.day);
    if (!fraction.empty() && fraction.find_first_not_of('0') != std::string_view::npos) {
        // Minutes of the day, rounded: a spreadsheet's fraction is never exact.
        double part = 0;
        std::string digits = "0.";
        digits.append(fraction.substr(0, 12));
        part = std::strtod(digits.c_str(), nullptr);
        const int minutes = std::min(24 * 60 - 1, int(part * 24 * 60 + 0.5));
        date.hour = quint8(minutes / 60);
        date.minute = quint8(minutes % 60);
        date.precision = DatePrecision::Minute;
    }
    return date;
}

PartialDate yearDate(qint64 year, bool historical, std::string_view text, QString *error)
{
    if (historical) {
        if (year == 0)
            return fail(error, SpreadsheetDatesText::tr(
                                   "%1: there is no year 0 in historical numbering (1 BC is "
                                   "followed by AD 1); the mapping's years are historical")
                                   .arg(quoted(text)));
        if (year < 0)
            year += 1;
    }
    if (year < PartialDate::minYear || year > PartialDate::maxYear)
        return fail(error, SpreadsheetDatesText::tr("the year %1 is out of range (%2 to %3)")
                               .arg(quoted(text))
                               .arg(PartialDate::minYear)
                               .arg(PartialDate::maxYear));
    return PartialDate::fromYear(year);
}

} // namespace

PartialDate SpreadsheetDates::parse(std::string_view text, DateOrder order, YearNumbering years,
                                    QString *error, bool excelSerials)
{
    const std::string_view original = text;
    text = trimmed(text);
    if (text.empty())
        return fail(error, SpreadsheetDatesText::tr("the date is empty"));

    // An era: "500 BC", "44 BCE", "AD 800", "800 CE". BC years are historical by definition.
    bool bc = false;
    bool era = false;
    for (const char *suffix : {" BCE", " B.C.E.", " BC", " B.C."}) {
        if (endsWithFolded(text, suffix)) {
            text = trimmed(text.substr(0, text.size() - std::strlen(suffix)));
            bc = era = true;
            break;
        }
    }
    if (!era) {
        for (const char *suffix : {" CE", " AD", " A.D."}) {
            if (endsWithFolded(text, suffix)) {
                text = trimmed(text.substr(0, text.size() - std::strlen(suffix)));
                era = true;
                break;
            }
        }
        if (!era && (startsWithFolded(text, "AD ") || startsWithFolded(text, "A.D. "))) {
            text = trimmed(text.substr(text.find(' ')));
            era = true;
        }
    }
    const auto withEra = [&](PartialDate date) {
        if (date.isValid() && bc)
            date.year = 1 - date.year;
        return date;
    };

    // Numbers: years, or Excel serials.
    const bool negative = text.front() == '-';
    const bool plus = text.front() == '+';
    const std::string_view unsigned_ = negative || plus ? text.substr(1) : text;
    if (allDigits(unsigned_) || (excelSerials && !negative && !plus && !era &&
                                 unsigned_.find('.') != std::string_view::npos &&
                                 allDigits(unsigned_.substr(0, unsigned_.find('.'))) &&
                                 unsigned_.find('.') + 1 < unsigned_.size() &&
                                 allDigits(unsigned_.substr(unsigned_.find('.') + 1)))) {
        if (excelSerials && !negative && !plus && !era &&
            (unsigned_.size() == 5 || unsigned_.find('.') != std::string_view::npos) &&
            unsigned_.find('.') != 4)
            return fromExcelSerial(unsigned_, error);
        if (!allDigits(unsigned_))
            return fail(error, SpreadsheetDatesText::tr("cannot read %1 as a date: %2")
                                   .arg(quoted(original), formats()));
        const std::optional<qint64> value = toInteger(unsigned_);
        if (!value)
            return fail(error, SpreadsheetDatesText::tr("the year %1 is out of range (%2 to %3)")
                                   .arg(quoted(original))
                                   .arg(PartialDate::minYear)
                                   .arg(PartialDate::maxYear));
        if (bc && *value == 0)
            return fail(
                error, SpreadsheetDatesText::tr("%1: there is no year 0 BC").arg(quoted(original)));
        if (era)
            return withEra(yearDate(*value, false, original, error));
        return yearDate(negative ? -*value : *value, years == YearNumbering::Historical, original,
                        error);
    }
    // JSON numbers as years may come as 2020.0.
    if (!excelSerials) {
        const size_t dot = unsigned_.find('.');
        if (dot != std::string_view::npos && allDigits(unsigned_.substr(0, dot)) &&
            unsigned_.find_first_not_of('0', dot + 1) == std::string_view::npos) {
            const std::optional<qint64> value = toInteger(unsigned_.substr(0, dot));
            if (value)
                return withEra(yearDate(negative ? -*value : *value,
                                        years == YearNumbering::Historical && !era, original,
                                        error));
        }
    }

    // ISO 8601, and 2021/03/04.
    const size_t yearDigits =
        std::find_if_not(unsigned_.begin(), unsigned_.end(), isDigit) - unsigned_.begin();
    if (yearDigits >= 4 && yearDigits < unsigned_.size() &&
        (unsigned_[yearDigits] == '-' || unsigned_[yearDigits] == '/')) {
        std::string iso(text);
        if (unsigned_[yearDigits] == '/') {
            for (char &c : iso) {
                if (c == '/')
                    c = '-';
            }
        }
        // "2021-03-04 10:30": the space a spreadsheet writes for ISO's T.
        const size_t space = iso.find(' ');
        if (space != std::string::npos && space >= 10)
            iso[space] = 'T';
        QString isoError;
        const PartialDate date = PartialDate::parse(std::string_view(iso), &isoError);
        if (!date.isValid())
            return fail(error, SpreadsheetDatesText::tr("cannot read %1 as a date: %2")
                                   .arg(quoted(original), isoError));
        return era ? withEra(date) : date;
    }

    // 04/03/2021.
    if (const std::optional<Slashed> s = splitSlashed(text)) {
        if (s->twoDigitYear)
            return fail(error, SpreadsheetDatesText::tr(
                                   "%1 has a two-digit year: write the year in full (the century "
                                   "would be a guess)")
                                   .arg(quoted(original)));
        const bool dayFirstFits = validDay(s->year, s->second, s->first);
        const bool monthFirstFits = validDay(s->year, s->first, s->second);
        DateOrder use = order;
        if (use == DateOrder::Unknown) {
            if (dayFirstFits && monthFirstFits)
                return fail(error, SpreadsheetDatesText::tr(
                                       "%1 could be day/month or month/day: the column's order "
                                       "must be given (dateOrder \"dmy\" or \"mdy\")")
                                       .arg(quoted(original)));
            use = dayFirstFits ? DateOrder::DayMonth : DateOrder::MonthDay;
        }
        const int day = use == DateOrder::DayMonth ? s->first : s->second;
        const int month = use == DateOrder::DayMonth ? s->second : s->first;
        if (!validDay(s->year, month, day))
            return fail(error, (use == DateOrder::DayMonth
                                    ? SpreadsheetDatesText::tr(
                                          "%1 is not a date read day first (the column's order)")
                                    : SpreadsheetDatesText::tr(
                                          "%1 is not a date read month first (the column's order)"))
                                   .arg(quoted(original)));
        PartialDate date = PartialDate::fromYearMonthDay(s->year, month, day);
        if (!addTime(date, s->time))
            return fail(error, SpreadsheetDatesText::tr(
                                   "cannot read the time in %1: expected HH:MM or HH:MM:SS")
                                   .arg(quoted(original)));
        return withEra(date);
    }

    // Month names: "4 March 2021", "4-Mar-2021", "March 4, 2021", "March 2021".
    std::vector<std::string_view> words;
    for (size_t i = 0; i < text.size();) {
        while (i < text.size() && (text[i] == ' ' || text[i] == ',' || text[i] == '-'))
            ++i;
        const size_t from = i;
        while (i < text.size() && text[i] != ' ' && text[i] != ',' && text[i] != '-')
            ++i;
        if (i > from)
            words.push_back(text.substr(from, i - from));
    }
    int month = 0;
    int day = 0;
    qint64 year = 0;
    bool haveYear = false;
    bool ok = words.size() == 2 || words.size() == 3;
    for (std::string_view word : words) {
        if (!ok)
            break;
        if (int m = monthNumber(word)) {
            ok = month == 0;
            month = m;
        } else {
            // "4th", "1st": ordinal suffixes.
            std::string_view digits = word;
            for (const char *suffix : {"st", "nd", "rd", "th"}) {
                if (digits.size() > 2 && endsWithFolded(digits, suffix) &&
                    allDigits(digits.substr(0, digits.size() - 2)))
                    digits.remove_suffix(2);
            }
            if (!allDigits(digits)) {
                ok = false;
            } else if (digits.size() <= 2 && digits == word.substr(0, digits.size()) && !day &&
                       !haveYear && (words.size() == 3)) {
                day = int(*toInteger(digits));
            } else if ((digits.size() >= 3 || era) && digits == word && !haveYear) {
                year = *toInteger(digits);
                haveYear = true;
            } else {
                ok = false;
            }
        }
    }
    if (ok && month && haveYear && (words.size() == 2 || day)) {
        if (words.size() == 2)
            return withEra(PartialDate::fromYearMonth(year, month));
        if (!validDay(year, month, day))
            return fail(
                error,
                SpreadsheetDatesText::tr("%1 is not a day of that month").arg(quoted(original)));
        return withEra(PartialDate::fromYearMonthDay(year, month, day));
    }
    return fail(
        error,
        SpreadsheetDatesText::tr("cannot read %1 as a date: %2").arg(quoted(original), formats()));
}

SpreadsheetDates::OrderFit SpreadsheetDates::orderFit(std::string_view text)
{
    const std::optional<Slashed> s = splitSlashed(trimmed(text));
    if (!s || s->twoDigitYear)
        return OrderFit::NotOrdered;
    const bool dayFirst = validDay(s->year, s->second, s->first);
    const bool monthFirst = validDay(s->year, s->first, s->second);
    if (dayFirst && monthFirst)
        return OrderFit::Both;
    if (dayFirst)
        return OrderFit::DayMonthOnly;
    if (monthFirst)
        return OrderFit::MonthDayOnly;
    return OrderFit::Neither;
}

void SpreadsheetDates::ColumnOrder::add(std::string_view text, qint64 offset)
{
    const auto example = [&] {
        return QString::fromUtf8(text.data(), qsizetype(std::min<size_t>(text.size(), 40)));
    };
    switch (orderFit(text)) {
    case OrderFit::Both:
        if (m_both++ == 0) {
            m_bothExample = example();
            m_bothOffset = offset;
        }
        break;
    case OrderFit::DayMonthOnly:
        if (m_dayFirst++ == 0) {
            m_dayFirstExample = example();
            m_dayFirstOffset = offset;
        }
        break;
    case OrderFit::MonthDayOnly:
        if (m_monthFirst++ == 0) {
            m_monthFirstExample = example();
            m_monthFirstOffset = offset;
        }
        break;
    case OrderFit::NotOrdered:
    case OrderFit::Neither:
        break;
    }
}

SpreadsheetDates::DateOrder SpreadsheetDates::ColumnOrder::decided() const
{
    if (m_dayFirst > 0 && m_monthFirst == 0)
        return DateOrder::DayMonth;
    if (m_monthFirst > 0 && m_dayFirst == 0)
        return DateOrder::MonthDay;
    return DateOrder::Unknown;
}

SpreadsheetDates::DateOrder SpreadsheetDates::ColumnOrder::orderFor(DateOrder mapping) const
{
    return mapping != DateOrder::Unknown ? mapping : decided();
}

QString SpreadsheetDates::describe(const PartialDate &date)
{
    if (!date.isValid())
        return {};
    QString text = date.toIsoString();
    if (date.year <= 0)
        text += QStringLiteral(" (%1 BC)").arg(1 - date.year);
    return text;
}
