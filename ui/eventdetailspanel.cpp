// SPDX-License-Identifier: MIT
#include "eventdetailspanel.h"
#include "panelstyle.h"

#include "dateformat.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

EventDetailsPanel::EventDetailsPanel(SelectionState *selection, QWidget *parent)
    : QTextBrowser(parent), m_selection(selection), m_dataset(std::make_shared<const Dataset>())
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setMinimumWidth(240);
    setAccessibleName(tr("Event details"));
    setAccessibleDescription(tr("The selected event: its dates, actors, quotes and sources"));
    PanelStyle::apply(this);
    connect(this, &QTextBrowser::anchorClicked, this, &EventDetailsPanel::openLink);
    connect(m_selection, &SelectionState::eventChanged, this, &EventDetailsPanel::showEvent);
    showEvent(-1);
}

void EventDetailsPanel::setDataset(std::shared_ptr<const Dataset> dataset)
{
    m_dataset = std::move(dataset);
    showEvent(-1);
}

bool EventDetailsPanel::isSafeToOpen(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid()
        && (scheme == QLatin1String("http") || scheme == QLatin1String("https")
            || scheme == QLatin1String("mailto"));
}

void EventDetailsPanel::openLink(const QUrl &url)
{
    if (url.scheme() == QLatin1String("actor")) {
        bool ok = false;
        const int actor = url.path().toInt(&ok);
        if (ok && actor >= 0 && size_t(actor) < m_dataset->actors.size())
            m_selection->setActor(actor);
        return;
    }
    if (!isSafeToOpen(url)) {
        emit linkRefused(url);
        return;
    }
    if (confirmOpening(url)) {
        QDesktopServices::openUrl(url);
        emit linkOpened(url);
    }
}

bool EventDetailsPanel::confirmOpening(const QUrl &url)
{
    QSettings settings;
    if (!settings.value(confirmSetting(), true).toBool())
        return true;
    // The address exactly as it will be opened: encoded, with an internationalised host in its
    // ASCII form, so that a look-alike letter cannot hide where the link goes.
    const QString address = QString::fromLatin1(url.toEncoded());
    QMessageBox box(QMessageBox::Question, tr("Open Address"),
                    tr("Open this address in another program?"), QMessageBox::NoButton, this);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(address);
    box.setObjectName(QStringLiteral("confirmOpenLink"));
    QPushButton *open = box.addButton(tr("Open"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(open);
    auto *dontAsk = new QCheckBox(tr("Do not ask again"), &box);
    box.setCheckBox(dontAsk);
    box.exec();
    if (box.clickedButton() != open)
        return false;
    if (dontAsk->isChecked())
        settings.setValue(confirmSetting(), false);
    return true;
}

void EventDetailsPanel::showEvent(int event)
{
    if (event < 0 || event >= m_dataset->events.count()) {
        m_event = -1;
        setHtml(QStringLiteral("<p class='muted'>%1</p>")
                    .arg(esc(tr("Click an event on the timeline to see its details here."))));
        return;
    }
    m_event = event;
    setHtml(html(event));
}

QString EventDetailsPanel::html(int event) const
{
    const Dataset &dataset = *m_dataset;
    const EventStore &events = dataset.events;
    QString out;
    out += QStringLiteral("<h3>%1</h3>").arg(esc(events.title(event)));
    QString precision = DateFormat::precisionDescription(events.start(event));
    if (events.isRange(event)) {
        const QString endPrecision = DateFormat::precisionDescription(events.end(event));
        if (endPrecision != precision)
            precision = tr("from %1 to %2").arg(precision, endPrecision);
    }
    out += QStringLiteral("<p><b>%1</b> <span class='muted'>(%2)</span></p>")
               .arg(esc(DateFormat::boundedRange(events.start(event), events.startLatest(event),
                                                 events.end(event), events.endLatest(event),
                                                 locale())),
                    esc(precision));

    QStringList actors;
    for (quint32 actor : events.actors(event))
        actors << QStringLiteral("<a href='actor:%1'>%2</a>")
                      .arg(actor)
                      .arg(esc(dataset.actors[actor].name));
    if (!actors.isEmpty())
        out += QStringLiteral("<p>%1</p>").arg(actors.join(QStringLiteral(", ")));
    if (!events.location(event).isEmpty())
        out += QStringLiteral("<p><i>%1</i></p>").arg(esc(events.location(event)));
    if (!events.description(event).isEmpty())
        out += QStringLiteral("<p>%1</p>").arg(esc(events.description(event)));

    QString positions;
    for (const Position &position : dataset.positions) {
        if (position.event != event)
            continue;
        const Actor &actor = dataset.actors[size_t(position.actor)];
        const Issue &issue = dataset.issues[size_t(position.issue)];
        QString words;
        if (!position.quote.isEmpty())
            words += QStringLiteral("“%1”").arg(esc(position.quote));
        if (!position.statement.isEmpty())
            words += (words.isEmpty() ? QString() : QStringLiteral("<br>"))
                + QStringLiteral("<i>%1</i> %2").arg(esc(tr("In summary:")), esc(position.statement));
        QString visibility = Vocabulary::label(position.visibility);
        if (!position.attribution.isEmpty())
            visibility = tr("%1, according to %2").arg(visibility, position.attribution);
        positions += QStringLiteral("<li><b>%1</b> — <b>%2</b>: %3<br>%4<br>"
                                    "<span class='muted'>%5</span></li>")
                         .arg(esc(actor.name), esc(Vocabulary::label(position.stance)),
                              esc(issue.title), words, esc(visibility));
    }
    if (!positions.isEmpty())
        out += QStringLiteral("<h4>%1</h4><ul>%2</ul>").arg(esc(tr("Positions stated")), positions);

    QString sources;
    for (quint32 sourceIndex : events.sources(event)) {
        const Source &source = dataset.sources[sourceIndex];
        QString line = esc(source.title);
        if (!source.publisher.isEmpty())
            line += QStringLiteral(", ") + esc(source.publisher);
        if (source.date.isValid())
            line += QStringLiteral(", ") + esc(DateFormat::date(source.date, locale()));
        if (!source.url.isEmpty()) {
            const QUrl url(source.url);
            // The full address is always shown; only safe schemes become links.
            line += isSafeToOpen(url)
                // Fully encoded, the address holds no '"', '<' or '>': it cannot leave the
                // attribute. Not HTML-escaped: Qt keeps "&amp;" in an href as it is.
                ? QStringLiteral("<br><a href=\"%1\">%2</a>")
                      .arg(QString::fromLatin1(url.toEncoded()), esc(source.url))
                : QStringLiteral("<br><span class='muted'>%1</span>").arg(esc(source.url));
        }
        sources += QStringLiteral("<li>%1</li>").arg(line);
    }
    if (!sources.isEmpty())
        out += QStringLiteral("<h4>%1</h4><ul>%2</ul>").arg(esc(tr("Sources")), sources);
    return out;
}

void EventDetailsPanel::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        PanelStyle::apply(this);
        showEvent(m_event);
    }
}
