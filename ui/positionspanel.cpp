// SPDX-License-Identifier: MIT
#include "positionspanel.h"
#include "panelstyle.h"

#include "dateformat.h"
#include "positionquery.h"
#include "stancestyle.h"

#include <QEvent>

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

PositionsPanel::PositionsPanel(SelectionState *selection, QWidget *parent)
    : QTextBrowser(parent), m_selection(selection), m_dataset(std::make_shared<const Dataset>())
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setMinimumWidth(240);
    setAccessibleName(tr("Positions"));
    setAccessibleDescription(tr("The stated positions of the selected actor, by issue"));
    PanelStyle::apply(this);
    connect(this, &QTextBrowser::anchorClicked, this, &PositionsPanel::openLink);
    connect(m_selection, &SelectionState::actorChanged, this, [this](int actor) { showActor(actor); });
    showActor(-1);
}

void PositionsPanel::setDataset(std::shared_ptr<const Dataset> dataset)
{
    m_dataset = std::move(dataset);
    m_filter.reset();
    showActor(-1);
}

void PositionsPanel::setFilterResult(std::shared_ptr<const FilterResult> result)
{
    m_filter = std::move(result);
    showActor(m_actor, m_issue);
}

void PositionsPanel::openLink(const QUrl &url)
{
    if (url.scheme() == QLatin1String("position")) {
        bool ok = false;
        const int position = url.path().toInt(&ok);
        if (ok && position >= 0 && size_t(position) < m_dataset->positions.size())
            emit positionActivated(position);
    } else if (url.scheme() == QLatin1String("all")) {
        showActor(m_actor);
    } else if (url.scheme() == QLatin1String("actor")) {
        bool ok = false;
        const int actor = url.path().toInt(&ok);
        if (ok && actor >= 0 && size_t(actor) < m_dataset->actors.size())
            m_selection->setActor(actor);
    }
}

QString PositionsPanel::card(int index, bool inherited) const
{
    const Dataset &d = *m_dataset;
    const Position &p = d.positions[size_t(index)];
    const QColor badge = StanceStyle::badgeColor(p.stance);
    QString html = QStringLiteral("<table width='100%' cellspacing='0' cellpadding='3'><tr><td>");
    html += QStringLiteral("<span style='background-color:%1; color:%2; font-weight:bold'>"
                           "&nbsp;%3&nbsp;</span>&nbsp; <a href='position:%4'>%5</a>")
                .arg(badge.name(), StanceStyle::badgeTextColor().name(),
                     escaped(Vocabulary::label(p.stance)))
                .arg(index)
                .arg(escaped(DateFormat::date(p.date, locale())));
    if (inherited)
        html += QStringLiteral(" &nbsp;<i>%1</i>")
                    .arg(escaped(tr("position of %1").arg(d.actors[size_t(p.actor)].name)));
    html += QStringLiteral("<br>");
    if (!p.quote.isEmpty())
        html += QStringLiteral("“%1”<br>").arg(escaped(p.quote));
    if (!p.statement.isEmpty())
        html += QStringLiteral("<i>%1</i> %2<br>").arg(escaped(tr("In summary:")), escaped(p.statement));
    QString known = Vocabulary::label(p.visibility);
    if (!p.attribution.isEmpty())
        known = tr("%1, according to %2").arg(known, p.attribution);
    QString source;
    if (p.source >= 0) {
        const Source &s = d.sources[size_t(p.source)];
        source = s.publisher.isEmpty() ? s.title : tr("%1 (%2)").arg(s.title, s.publisher);
    }
    html += QStringLiteral("<span class='muted'>%1%2</span>")
                .arg(escaped(known), source.isEmpty() ? QString() : QStringLiteral("<br>") + escaped(source));
    html += QStringLiteral("</td></tr></table><hr>");
    return html;
}

void PositionsPanel::showActor(int actor, int issue)
{
    m_shown.clear();
    if (actor < 0 || size_t(actor) >= m_dataset->actors.size()) {
        m_actor = m_issue = -1;
        setHtml(QStringLiteral("<p class='muted'>%1</p>")
                    .arg(escaped(tr("Select an actor to see the positions it has stated."))));
        return;
    }
    m_actor = actor;
    m_issue = issue;
    const Dataset &d = *m_dataset;
    const Actor &a = d.actors[size_t(actor)];
    QString html = QStringLiteral("<h3>%1</h3>").arg(escaped(a.name));
    if (!a.role.isEmpty())
        html += QStringLiteral("<p class='muted'>%1</p>").arg(escaped(a.role));
    if (issue >= 0)
        html += QStringLiteral("<p>%1 <a href='all:'>%2</a></p>")
                    .arg(escaped(tr("On one issue only.")), escaped(tr("Show every issue")));
    auto groups = PositionQuery::forActor(d, actor, issue);
    if (m_filter && !m_filter->everything && m_filter->positions.size() == d.positions.size()) {
        for (PositionQuery::IssueGroup &group : groups)
            std::erase_if(group.entries, [&](const PositionQuery::Entry &entry) {
                return !m_filter->positions[size_t(entry.position)];
            });
        std::erase_if(groups, [](const PositionQuery::IssueGroup &g) { return g.entries.empty(); });
    }
    if (groups.empty())
        html += QStringLiteral("<p class='muted'>%1</p>")
                    .arg(escaped(m_filter && !m_filter->everything
                                 ? tr("No stated positions pass the filter.")
                                 : tr("No stated positions in this dataset.")));
    for (const PositionQuery::IssueGroup &group : groups) {
        html += QStringLiteral("<h4>%1</h4>").arg(escaped(d.issues[size_t(group.issue)].title));
        for (const PositionQuery::Entry &entry : group.entries) {
            html += card(entry.position, entry.inherited);
            m_shown.push_back(entry.position);
        }
    }
    setHtml(html);
}

void PositionsPanel::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        PanelStyle::apply(this);
        showActor(m_actor, m_issue);
    }
}
