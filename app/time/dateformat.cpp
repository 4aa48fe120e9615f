// SPDX-License-Identifier: MIT
#include "dateformat.h"

#include <QCoreApplication>

namespace {

// DateFormat is a namespace, which cannot declare tr(): its messages take their context from here.
struct DateFormatText
{
    Q_DECLARE_TR_FUNCTIONS(DateFormat)
};

QString approximately(const QString &text)
{
    //: %1 is a date; "c." (circa) marks it as approximate: "c. 1200"
    return DateFormatText::tr("c. %1").arg(text);
}

QString time(const PartialDate &date)
{
    QString text = QStringLiteral("%1:%2")
                       .arg(date.hour, 2, 10, QLatin1Char('0'))
                       .arg(date.minute, 2, 10, QLatin1Char('0'));
    if (date.precision >= DatePrecision::Second)
        text += QStringLiteral(":%1").arg(date.second, 2, 10, QLatin1Char('0'));
    if (date.hasUtcOffset) {
        if (date.utcOffsetMinutes == 0) {
            text += QStringLiteral(" UTC");
        } else {
            const int offset = qAbs(date.utcOffsetMinutes);
            text += QStringLiteral(" UTC%1%2:%3")
                        .arg(QChar(date.utcOffsetMinutes < 0 ? u'−' : u'+'))
                        .arg(offset / 60, 2, 10, QLatin1Char('0'))
                        .arg(offset % 60, 2, 10, QLatin1Char('0'));
        }
    }
    return text;
}

// The date without the approximate mark.
QString exactText(const PartialDate &date, const QLocale &locale)
{
    const QString year = DateFormat::year(date.year, locale);
    switch (date.precision) {
    case DatePrecision::Invalid:
        return {};
    case DatePrecision::Year:
        return year;
    case DatePrecision::Month:
        //: A month: %1 is its name, %2 the year: "April 2024"
        return DateFormatText::tr("%1 %2").arg(locale.standaloneMonthName(date.month), year);
    case DatePrecision::Day:
        //: A day: %1 is the day of the month, %2 the month's name, %3 the year: "15 July 2024"
        return DateFormatText::tr("%1 %2 %3")
            .arg(DateFormat::number(date.day, locale), locale.monthName(date.month), year);
    case DatePrecision::Minute:
    case DatePrecision::Second:
        //: A moment: %1 is the day of the month, %2 the month's name, %3 the year, %4 the time of
        //: day: "15 July 2024, 14:30"
        return DateFormatText::tr("%1 %2 %3, %4")
            .arg(DateFormat::number(date.day, locale), locale.monthName(date.month), year, time(date));
    }
    return {};
}

} // namespace

QString DateFormat::number(qint64 number, const QLocale &locale)
{
    if (locale.zeroDigit() == QLatin1String("0"))
        return QString::number(number);
    QLocale plain = locale;
    plain.setNumberOptions(plain.numberOptions() | QLocale::OmitGroupSeparator);
    return plain.toString(number);
}

QString DateFormat::year(qint64 astronomicalYear, const QLocale &locale)
{
    // Astronomical year 0 is 1 BC, -1 is 2 BC.
    const qint64 shown = astronomicalYear > 0 ? astronomicalYear : 1 - astronomicalYear;
    const QString number = shown >= 10000 ? locale.toString(shown) : DateFormat::number(shown, locale);
    //: A year before year 1: %1 is its number counted back from 1 BC: "44 BC"
    return astronomicalYear > 0 ? number : DateFormatText::tr("%1 BC").arg(number);
}

QString DateFormat::date(const PartialDate &date, const QLocale &locale)
{
    const QString text = exactText(date, locale);
    return date.approximate ? approximately(text) : text;
}

QString DateFormat::range(const PartialDate &start, const PartialDate &end, const QLocale &locale)
{
    if (!end.isValid() || (end == start))
        return date(start, locale);
    const QString dash = QStringLiteral("–");
    const bool bothApproximate = start.approximate && end.approximate;
    const auto mark = [&](const PartialDate &d, const QString &text) {
        return d.approximate && !bothApproximate ? approximately(text) : text;
    };
    QString text;
    const bool sameYear = start.year == end.year;
    const bool samePrecision = start.precision == end.precision;
    if (samePrecision && sameYear && start.precision == DatePrecision::Month
        && !start.approximate == !end.approximate) {
        // "May–June 2024"
        //: Months of one year: %1 is the first month's name, %2 a dash, %3 the last month's name,
        //: %4 the year: "May–June 2024"
        text = DateFormatText::tr("%1%2%3 %4")
                   .arg(locale.standaloneMonthName(start.month), dash,
                        locale.standaloneMonthName(end.month), year(start.year, locale));
    } else if (samePrecision && sameYear && start.precision == DatePrecision::Day
               && !start.approximate == !end.approximate) {
        if (start.month == end.month) // "21–23 July 2024"
            //: Days of one month: %1 is the first day, %2 a dash, %3 the last day, %4 the month's
            //: name, %5 the year: "21–23 July 2024"
            text = DateFormatText::tr("%1%2%3 %4 %5")
                       .arg(DateFormat::number(start.day, locale), dash, DateFormat::number(end.day, locale),
                            locale.monthName(start.month), year(start.year, locale));
        else // "28 June – 3 July 2024"
            //: Days of one year: %1 is the first day, %2 its month's name, %3 a dash, %4 the last
            //: day, %5 its month's name, %6 the year: "28 June – 3 July 2024"
            text = DateFormatText::tr("%1 %2 %3 %4 %5 %6")
                       .arg(DateFormat::number(start.day, locale), locale.monthName(start.month), dash,
                            DateFormat::number(end.day, locale), locale.monthName(end.month),
                            year(start.year, locale));
    } else if (samePrecision && start.precision == DatePrecision::Year
               && !start.approximate == !end.approximate) {
        text = year(start.year, locale) + dash + year(end.year, locale);
    } else {
        text = mark(start, exactText(start, locale)) + QStringLiteral(" – ")
            + mark(end, exactText(end, locale));
    }
    return bothApproximate ? approximately(text) : text;
}

QString DateFormat::between(const PartialDate &earliest, const PartialDate &latest,
                            const QLocale &locale)
{
    //: A date known only between two bounds: %1 is the earliest date, %2 the latest
    return DateFormatText::tr("between %1 and %2")
        .arg(date(earliest, locale), date(latest, locale));
}

QString DateFormat::boundedRange(const PartialDate &start, const PartialDate &startLatest,
                                 const PartialDate &end, const PartialDate &endLatest,
                                 const QLocale &locale)
{
    if (!startLatest.isValid() && !endLatest.isValid())
        return range(start, end, locale);
    const QString from = startLatest.isValid() ? between(start, startLatest, locale)
                                               : date(start, locale);
    if (!end.isValid())
        return from;
    const QString to = endLatest.isValid() ? between(end, endLatest, locale) : date(end, locale);
    //: %1 is the start date, %2 the end date; either may read "between … and …"
    return DateFormatText::tr("from %1 to %2").arg(from, to);
}

QString DateFormat::precisionDescription(const PartialDate &date)
{
    QString text;
    switch (date.precision) {
    case DatePrecision::Invalid: return {};
    case DatePrecision::Year: text = DateFormatText::tr("known to the year"); break;
    case DatePrecision::Month: text = DateFormatText::tr("known to the month"); break;
    case DatePrecision::Day: text = DateFormatText::tr("known to the day"); break;
    case DatePrecision::Minute: text = DateFormatText::tr("known to the minute"); break;
    case DatePrecision::Second: text = DateFormatText::tr("known to the second"); break;
    }
    //: %1 says how exact a date is: "known to the month"
    return date.approximate ? DateFormatText::tr("%1, approximate").arg(text) : text;
}
