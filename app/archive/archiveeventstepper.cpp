// SPDX-License-Identifier: MIT
#include "archiveeventstepper.h"

#include "clickhouseclient.h"

#include <limits>

namespace {

// The reach grows by this factor once before the search goes unbounded.
constexpr qint64 widening = 64;

} // namespace

ArchiveEventStepper::ArchiveEventStepper(ClickHouseClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
}

void ArchiveEventStepper::setFilter(const ArchiveFilter &filter)
{
    m_filter = filter;
}

void ArchiveEventStepper::step(const QString &laneActor, const ArchiveQuery::EventCursor &from,
                               bool forward, qint64 reach)
{
    const qint64 first = qMax<qint64>(60, reach);
    ask({laneActor, from, forward, first, first, false, false});
}

void ArchiveEventStepper::nearest(const QString &laneActor, qint64 second, qint64 reach)
{
    // After (second, "") in time order is every event beginning at the second or later.
    const qint64 first = qMax<qint64>(60, reach);
    ask({laneActor, {second, QString()}, true, first, first, false, true});
}

void ArchiveEventStepper::ask(Search search)
{
    if (!m_request.isEmpty())
        m_client->cancel(m_request);
    m_request = m_client->send(
        ArchiveQuery::stepEvent(m_client->address(), m_filter, search.laneActor, search.from,
                                search.forward, search.reach),
        [this, search](const QByteArray &body, const QString &error) mutable {
            m_request.clear();
            const auto events = ArchiveQuery::readEvents(body);
            if (!error.isEmpty() || !events || events->size() > 1) {
                emit notFound(search.laneActor,
                              error.isEmpty() ? tr("The archive's answer could not be read.") : error);
                return;
            }
            if (!events->empty()) {
                emit found(events->front(), search.laneActor);
                return;
            }
            if (search.reach >= 0) { // wider once, then without a bound
                search.reach = search.widened || search.reach > std::numeric_limits<qint64>::max() / widening
                    ? -1
                    : search.reach * widening;
                search.widened = true;
                ask(search);
                return;
            }
            if (search.nearest && search.forward) { // nothing after the moment: the last before
                search.forward = false;
                search.reach = search.firstReach;
                search.widened = false;
                ask(search);
                return;
            }
            emit notFound(search.laneActor, {});
        });
}
