// SPDX-License-Identifier: MIT
#include "textindex.h"

#include "textfolding.h"

#include <algorithm>
#include <functional>

namespace {

// Appends the folded text. Pure ASCII (most text) is folded byte by byte; anything else goes
// through TextFolding, which agrees with this on ASCII.
void appendFolded(std::string &out, std::string_view text)
{
    const bool ascii = std::all_of(text.begin(), text.end(), [](char c) { return uchar(c) < 0x80; });
    if (ascii) {
        for (char c : text)
            out += (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
        return;
    }
    const QByteArray folded =
        TextFolding::fold(QString::fromUtf8(text.data(), qsizetype(text.size()))).toUtf8();
    out.append(folded.constData(), size_t(folded.size()));
}

} // namespace

void TextIndex::build(const EventStore &events)
{
    m_text.clear();
    m_offsets.clear();
    m_offsets.reserve(size_t(events.count()) + 1);
    for (int event = 0; event < events.count(); ++event) {
        m_offsets.push_back(m_text.size());
        appendFolded(m_text, events.titleUtf8(event));
        m_text += '\n';
        appendFolded(m_text, events.descriptionUtf8(event));
        m_text += '\n';
    }
    m_offsets.push_back(m_text.size());
    m_built = true;
}

std::vector<quint32> TextIndex::find(const QString &foldedQuery) const
{
    std::vector<quint32> events;
    const QByteArray needle = foldedQuery.toUtf8();
    if (needle.isEmpty() || m_offsets.size() < 2)
        return events;
    const std::boyer_moore_horspool_searcher searcher(needle.begin(), needle.end());
    auto from = m_text.begin();
    for (;;) {
        const auto hit = std::search(from, m_text.end(), searcher);
        if (hit == m_text.end())
            break;
        const quint64 at = quint64(hit - m_text.begin());
        const auto next = std::upper_bound(m_offsets.begin(), m_offsets.end(), at);
        events.push_back(quint32(next - m_offsets.begin() - 1));
        if (next == m_offsets.end())
            break;
        from = m_text.begin() + qint64(*next); // one hit per event is enough
    }
    return events;
}
