// SPDX-License-Identifier: MIT
#include "tidelinerecord.h"

using Type = JsonRecord::Type;

void TidelineRecord::begin(qint64 offset)
{
    m_record.clear();
    m_record.beginContainer(Type::Object, {}, offset);
}

void TidelineRecord::text(std::string_view key, std::string_view value, qint64 offset)
{
    m_record.addScalar(Type::String, key, value, false, offset);
}

void TidelineRecord::date(std::string_view key, const PartialDate &value, qint64 offset)
{
    if (!value.isValid())
        return;
    // Day precision and coarser without a zone (what importers write a million times) is
    // written here directly; anything finer goes through PartialDate's own writer.
    if (value.precision <= DatePrecision::Day && value.year >= 0 && value.year <= 9999
        && !value.approximate) {
        char text[11];
        int year = int(value.year);
        for (int i = 3; i >= 0; --i, year /= 10)
            text[i] = char('0' + year % 10);
        size_t length = 4;
        const auto two = [&](int v) {
            text[length++] = '-';
            text[length++] = char('0' + v / 10);
            text[length++] = char('0' + v % 10);
        };
        if (value.precision >= DatePrecision::Month)
            two(value.month);
        if (value.precision >= DatePrecision::Day)
            two(value.day);
        m_scratch.assign(text, length);
    } else {
        m_scratch = value.toIsoString().toStdString();
    }
    m_record.addScalar(Type::String, key, m_scratch, false, offset);
}

void TidelineRecord::dateBetween(std::string_view key, const PartialDate &earliest,
                                 const PartialDate &latest, qint64 offset)
{
    m_record.beginContainer(Type::Object, key, offset);
    date("earliest", earliest, offset);
    date("latest", latest, offset);
    m_record.endContainer();
}

void TidelineRecord::boolean(std::string_view key, bool value, qint64 offset)
{
    m_record.addScalar(Type::Bool, key, value ? "true" : "false", value, offset);
}

void TidelineRecord::beginList(std::string_view key, qint64 offset)
{
    m_record.beginContainer(Type::Array, key, offset);
}

void TidelineRecord::item(std::string_view value, qint64 offset)
{
    m_record.addScalar(Type::String, {}, value, false, offset);
}

void TidelineRecord::endList()
{
    m_record.endContainer();
}

const JsonRecord &TidelineRecord::finish()
{
    m_record.endContainer();
    return m_record;
}
