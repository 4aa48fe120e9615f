// SPDX-License-Identifier: MIT
#include "linkedsources.h"

#include "importcontext.h"

std::string LinkedSources::idFor(const QString &url, const QString &title,
                                        const QString &publisher, qint64 offset)
{
    std::string key = url.toStdString();
    if (const auto found = m_ids.find(key); found != m_ids.end())
        return found->second;
    for (const Pending &pending : m_pending) {
        if (pending.url == key)
            return pending.id;
    }
    const QString name = title.isEmpty() ? url : title;
    m_pending.push_back({"url:" + key, std::move(key), name.toStdString(), publisher.toStdString(),
                         offset});
    return m_pending.back().id;
}

void LinkedSources::commit(ImportContext &context)
{
    for (Pending &pending : m_pending) {
        m_record.begin(pending.offset);
        m_record.text("id", pending.id, pending.offset);
        m_record.text("title", pending.title, pending.offset);
        if (!pending.publisher.empty())
            m_record.text("publisher", pending.publisher, pending.offset);
        m_record.text("url", pending.url, pending.offset);
        context.add(DatasetCollection::Sources, m_record.finish());
        m_ids.emplace(std::move(pending.url), std::move(pending.id));
    }
    m_pending.clear();
}

void LinkedSources::discard()
{
    m_pending.clear();
}
