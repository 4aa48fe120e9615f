// SPDX-License-Identifier: MIT
#include "partialdate.h"

#include "civilcalendar.h"

#include <QCoreApplication>

namespace {

using namespace CivilCalendar;

// A cursor over the date text; each read consumes exactly the digits it names.
struct DateScanner
{
    std::string_view text;
    size_t pos = 0;

    bool atEnd() const { return pos >= text.size(); }
    char peek() const { return atEnd() ? '\0' : text[pos]; }
    bool accept(char c)
    {
        if (peek() != c)
            return false;
        ++pos;
        return true;
    }
    size_t digitRun() const
    {
        size_t n = 0;
        while (pos + n < text.size() && text[pos + n] >= '0' && text[pos + n] <= '9')
            ++n;
        return n;
    }
    bool readFixed(size_t count, int *value)
    {
        if (digitRun() < count)
            return false;
        int v = 0;
        for (size_t i = 0; i < count; ++i)
            v = v * 10 + (text[pos + i] - '0');
        pos += count;
        *value = v;
        return true;
    }
};

// The text in quotation marks; a long one cut short on a character boundary, so that the
// message about a 10 MB "date" is still one line.
QString quoted(std::string_view text)
{
    constexpr size_t limit = 80;
    if (text.size() <= limit)
        return QStringLiteral("\"%1\"").arg(QString::fromUtf8(text.data(), qsizetype(text.size())));
    size_t cut = limit;
    while (cut > 0 && (uchar(text[cut]) & 0xC0) == 0x80)
        --cut;
    return QStringLiteral("\"%1…\" (%2 bytes)")
        .arg(QString::fromUtf8(text.data(), qsizetype(cut)), QString::number(text.size()));
}

PartialDate fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return {};
}

} // namespace

qint64 PartialDate::firstSecond() const
{
    const int m = precision >= DatePrecision::Month ? month : 1;
    const int d = precision >= DatePrecision::Day ? day : 1;
    qint64 seconds = daysFromCivil(year, m, d) * secondsPerDay;
    if (precision >= DatePrecision::Minute) {
        seconds += hour * 3600 + minute * 60 + second;
        if (hasUtcOffset)
            seconds -= utcOffsetMinutes * 60;
    }
    return seconds;
}

qint64 PartialDate::endSecond() const
{
    switch (precision) {
    case DatePrecision::Invalid:
        return firstSecond();
    case DatePrecision::Year:
        return daysFromCivil(year + 1, 1, 1) * secondsPerDay;
    case DatePrecision::Month:
        return (month == 12 ? daysFromCivil(year + 1, 1, 1) : daysFromCivil(year, month + 1, 1))
            * secondsPerDay;
    case DatePrecision::Day:
        return firstSecond() + secondsPerDay;
    case DatePrecision::Minute:
        return firstSecond() + 60;
    case DatePrecision::Second:
        return firstSecond() + 1;
    }
    return firstSecond();
}

QString PartialDate::toIsoString() const
{
    if (!isValid())
        return {};
    QString text;
    if (year < 0)
        text = QStringLiteral("-%1").arg(-year, 4, 10, QLatin1Char('0'));
    else
        text = QStringLiteral("%1").arg(year, 4, 10, QLatin1Char('0'));
    const auto two = [](int v) { return QStringLiteral("%1").arg(v, 2, 10, QLatin1Char('0')); };
    if (precision >= DatePrecision::Month)
        text += u'-' + two(month);
    if (precision >= DatePrecision::Day)
        text += u'-' + two(day);
    if (precision >= DatePrecision::Minute)
        text += u'T' + two(hour) + u':' + two(minute);
    if (precision >= DatePrecision::Second)
        text += u':' + two(second);
    if (precision >= DatePrecision::Minute && hasUtcOffset) {
        if (utcOffsetMinutes == 0) {
            text += u'Z';
        } else {
            const int offset = qAbs(utcOffsetMinutes);
            text += (utcOffsetMinutes < 0 ? u'-' : u'+') + two(offset / 60) + u':' + two(offset % 60);
        }
    }
    if (approximate)
        text += u'~';
    return text;
}

PartialDate PartialDate::parse(const QString &text, QString *error)
{
    const QByteArray utf8 = text.toUtf8();
    return parse(std::string_view(utf8.constData(), size_t(utf8.size())), error);
}

PartialDate PartialDate::parse(std::string_view text, QString *error)
{
    const auto expected = [&] {
        return fail(error, tr("expected an ISO 8601 date such as 2007, 2024-04, 2024-07-15 or "
                              "2024-07-13T10:30+03:00, found %1")
                               .arg(quoted(text)));
    };
    if (text.empty())
        return fail(error, tr("expected an ISO 8601 date, found an empty string"));

    DateScanner in{text};
    PartialDate date;
    if (text.back() == '~') {
        date.approximate = true;
        in.text.remove_suffix(1);
    }

    const bool negative = in.accept('-');
    if (!negative)
        in.accept('+');
    const size_t yearDigits = in.digitRun();
    if (yearDigits < 4)
        return expected();
    if (yearDigits > 11)
        return fail(error, tr("year %1 is out of range (%2 to %3)")
                               .arg(quoted(text))
                               .arg(minYear)
                               .arg(maxYear));
    qint64 year = 0;
    for (size_t i = 0; i < yearDigits; ++i)
        year = year * 10 + (in.text[in.pos + i] - '0');
    in.pos += yearDigits;
    date.year = negative ? -year : year;
    if (date.year < minYear || date.year > maxYear)
        return fail(error, tr("year %1 is out of range (%2 to %3)")
                               .arg(date.year)
                               .arg(minYear)
                               .arg(maxYear));
    date.precision = DatePrecision::Year;

    int value = 0;
    if (in.accept('-')) {
        if (!in.readFixed(2, &value) || in.digitRun() > 0)
            return expected();
        if (value < 1 || value > 12)
            return fail(error, tr("month %1 does not exist in %2").arg(value).arg(quoted(text)));
        date.month = quint8(value);
        date.precision = DatePrecision::Month;
        if (in.accept('-')) {
            if (!in.readFixed(2, &value) || in.digitRun() > 0)
                return expected();
            const int days = daysInMonth(date.year, date.month);
            if (value < 1 || value > days)
                return fail(
                    error, tr("day %1 does not exist in %2 (that month has %n days)", nullptr, days)
                               .arg(value)
                               .arg(quoted(text)));
            date.day = quint8(value);
            date.precision = DatePrecision::Day;
            if (in.accept('T') || in.accept(' ')) {
                int hour = 0, minute = 0;
                if (!in.readFixed(2, &hour) || !in.accept(':') || !in.readFixed(2, &minute))
                    return expected();
                if (hour > 23 || minute > 59)
                    return fail(error, tr("time %1:%2 does not exist in %3")
                                           .arg(hour, 2, 10, QLatin1Char('0'))
                                           .arg(minute, 2, 10, QLatin1Char('0'))
                                           .arg(quoted(text)));
                date.hour = quint8(hour);
                date.minute = quint8(minute);
                date.precision = DatePrecision::Minute;
                if (in.accept(':')) {
                    if (!in.readFixed(2, &value))
                        return expected();
                    if (value > 59)
                        return fail(error, tr("second %1 does not exist in %2")
                                               .arg(value)
                                               .arg(quoted(text)));
                    date.second = quint8(value);
                    date.precision = DatePrecision::Second;
                    // Fractions of a second are accepted and dropped: Tideline's finest unit is
                    // the second.
                    if (in.accept('.') || in.accept(',')) {
                        if (in.digitRun() == 0)
                            return expected();
                        in.pos += in.digitRun();
                    }
                }
                if (in.accept('Z')) {
                    date.hasUtcOffset = true;
                } else if (in.peek() == '+' || in.peek() == '-') {
                    const bool west = in.peek() == '-';
                    ++in.pos;
                    int offsetHours = 0, offsetMinutes = 0;
                    if (!in.readFixed(2, &offsetHours))
                        return expected();
                    if (in.accept(':')) {
                        if (!in.readFixed(2, &offsetMinutes))
                            return expected();
                    } else if (in.digitRun() == 2) {
                        in.readFixed(2, &offsetMinutes);
                    }
                    if (offsetHours > 14 || offsetMinutes > 59)
                        return fail(error, tr("time zone offset in %1 does not exist")
                                               .arg(quoted(text)));
                    date.hasUtcOffset = true;
                    date.utcOffsetMinutes = qint16((west ? -1 : 1) * (offsetHours * 60 + offsetMinutes));
                }
            }
        }
    }
    if (!in.atEnd())
        return expected();
    return date;
}

PartialDate PartialDate::fromYear(qint64 year)
{
    PartialDate date;
    date.year = year;
    date.precision = DatePrecision::Year;
    return date;
}

PartialDate PartialDate::fromYearMonth(qint64 year, int month)
{
    PartialDate date = fromYear(year);
    date.month = quint8(month);
    date.precision = DatePrecision::Month;
    return date;
}

PartialDate PartialDate::fromYearMonthDay(qint64 year, int month, int day)
{
    PartialDate date = fromYearMonth(year, month);
    date.day = quint8(day);
    date.precision = DatePrecision::Day;
    return date;
}
