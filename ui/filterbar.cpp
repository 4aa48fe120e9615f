// SPDX-License-Identifier: MIT
#include "filterbar.h"
#include "clearbuttonname.h"
#include "plaintext.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>

namespace {

QToolButton *menuButton(const QString &text, const QString &tip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(tip);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setMenu(new QMenu(button));
    return button;
}

} // namespace

FilterBar::FilterBar(FilterState *state, QWidget *parent)
    : QWidget(parent), m_state(state), m_search(new QLineEdit(this)), m_from(new QLineEdit(this)),
      m_to(new QLineEdit(this)), m_chips(new QWidget(this)),
      m_chipLayout(new QHBoxLayout(m_chips)), m_actorMatch(new QComboBox(this)),
      m_tags(menuButton(tr("Tags"), tr("Only events with any of the ticked tags"), this)),
      m_kinds(menuButton(tr("Kinds"), tr("Only events with an actor of a ticked kind"), this)),
      m_visibility(menuButton(tr("Statements"),
                              tr("Which stated positions count: public, private, reported"), this)),
      m_clear(new QToolButton(this)), m_count(new QLabel(this))
{
    m_search->setObjectName(QStringLiteral("filterSearch"));
    m_search->setPlaceholderText(tr("Filter: titles, descriptions, quotes, actors (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter text"));
    m_search->setMinimumWidth(260);
    m_search->installEventFilter(this);
    m_typing.setSingleShot(true);
    m_typing.setInterval(typingDelayMs);
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_typing.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &FilterBar::applyQuery);
    connect(&m_typing, &QTimer::timeout, this, &FilterBar::applyQuery);

    for (QLineEdit *field : {m_from, m_to}) {
        field->setClearButtonEnabled(true);
        connect(field, &QLineEdit::editingFinished, this, &FilterBar::applyDates);
    }
    m_from->setObjectName(QStringLiteral("filterFrom"));
    m_to->setObjectName(QStringLiteral("filterTo"));
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date"));
    for (QLineEdit *field : {m_search, m_from, m_to})
        nameClearButton(field);
    //: A hint in the empty "from" date field: an example of what to type
    m_from->setPlaceholderText(tr("from 2024-04"));
    //: A hint in the empty "to" date field: an example of what to type
    m_to->setPlaceholderText(tr("to 2024-07-23"));
    // Up to as wide as the hint in the language shown, with room for the frame and the clear
    // button, where the window has the room: a cut hint ("bis, z. B. 2024-0…") says less.
    for (QLineEdit *field : {m_from, m_to})
        field->setMaximumWidth(field->fontMetrics().horizontalAdvance(field->placeholderText()) + 44);
    m_from->setToolTip(tr("Earliest date: a year, a month or a day (2024, 2024-04, 2024-07-15)"));
    m_to->setToolTip(tr("Latest date: a year, a month or a day; the whole period counts"));

    m_chipLayout->setContentsMargins(0, 0, 0, 0);
    m_chipLayout->setSpacing(3);
    m_actorMatch->addItem(tr("any of"), int(EventFilter::ActorMatch::Any));
    m_actorMatch->addItem(tr("all of"), int(EventFilter::ActorMatch::All));
    m_actorMatch->setToolTip(tr("Events with any of these actors, or with all of them together"));
    connect(m_actorMatch, &QComboBox::activated, this, [this](int row) {
        EventFilter filter = m_state->filter();
        filter.actorMatch = EventFilter::ActorMatch(m_actorMatch->itemData(row).toInt());
        m_state->setFilter(filter);
    });

    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Remove every filter"));
    connect(m_clear, &QToolButton::clicked, this, [this] {
        // Clear also drops a date still being typed (or marked wrong) in a field.
        m_from->setModified(false);
        m_to->setModified(false);
        m_state->clear();
    });
    m_count->setObjectName(QStringLiteral("filterCount"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(m_search, 2);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(QStringLiteral("–"), this));
    layout->addWidget(m_to);
    layout->addWidget(m_actorMatch);
    layout->addWidget(m_chips, 1);
    layout->addWidget(m_tags);
    layout->addWidget(m_kinds);
    layout->addWidget(m_visibility);
    layout->addWidget(m_clear);
    layout->addWidget(m_count);

    connect(m_state, &FilterState::filterChanged, this, &FilterBar::showState);
    for (const auto signal : {&FilterState::resultChanged, &FilterState::indexingChanged,
                              &FilterState::queryStarted})
        connect(m_state, signal, this, &FilterBar::showCount);
    showState();
    showCount();
}

void FilterBar::showCount()
{
    if (m_state->isBusy() && m_state->isIndexing() && !m_state->filter().query.trimmed().isEmpty()) {
        m_count->setText(tr("indexing…"));
        m_count->setToolTip(tr("The text of every event is being prepared for searching; the "
                               "filter is applied when it is ready"));
        return;
    }
    m_count->setToolTip({});
    if (const auto result = m_state->result())
        m_count->setText(tr("%1 of %2 events")
                             .arg(QLocale().toString(result->eventCount),
                                  QLocale().toString(result->totalEvents)));
}

bool FilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
        m_search->clear();
        applyQuery();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void FilterBar::applyQuery()
{
    m_typing.stop();
    EventFilter filter = m_state->filter();
    filter.query = m_search->text();
    m_state->setFilter(filter);
}

void FilterBar::applyDates()
{
    EventFilter filter = m_state->filter();
    bool ok = true;
    for (auto [field, date] : {std::pair{m_from, &filter.from}, std::pair{m_to, &filter.to}}) {
        QString problem;
        const QString text = field->text().trimmed();
        *date = text.isEmpty() ? PartialDate() : PartialDate::parse(text, &problem);
        const bool valid = text.isEmpty() || date->isValid();
        // Shown beside the field, never a dialog: the old filter stays until the date is right.
        field->setStyleSheet(valid ? QString() : QStringLiteral("QLineEdit { border: 2px solid #c62828; }"));
        field->setToolTip(valid ? tr("A year, a month or a day: 2024, 2024-04, 2024-07-15")
                                : PlainText::toolTip(problem));
        ok = ok && valid;
    }
    if (ok) {
        // The fields now say what the filter holds: later changes may show theirs.
        m_from->setModified(false);
        m_to->setModified(false);
        m_state->setFilter(filter);
    }
}

void FilterBar::toggle(QSet<int> EventFilter::*member, int value, bool on)
{
    EventFilter filter = m_state->filter();
    if (on)
        (filter.*member).insert(value);
    else
        (filter.*member).remove(value);
    m_state->setFilter(filter);
}

void FilterBar::rebuildMenus()
{
    const Dataset &dataset = *m_state->dataset();
    const auto fill = [this](QToolButton *button, QSet<int> EventFilter::*member,
                             const std::vector<std::pair<int, QString>> &items) {
        QMenu *menu = button->menu();
        menu->clear();
        for (const auto &[value, text] : items) {
            QAction *action = menu->addAction(PlainText::forMnemonic(text)); // tags like "R&D"
            action->setCheckable(true);
            action->setData(value);
            connect(action, &QAction::toggled, this,
                    [this, member, value](bool on) { toggle(member, value, on); });
        }
        button->setEnabled(!items.empty());
    };
    std::vector<std::pair<int, QString>> tags;
    for (qsizetype tag = 0; tag < dataset.tags.size(); ++tag)
        tags.push_back({int(tag), dataset.tags[tag]});
    std::sort(tags.begin(), tags.end(), [](auto &a, auto &b) { return a.second < b.second; });
    fill(m_tags, &EventFilter::tags, tags);
    std::vector<std::pair<int, QString>> kinds;
    for (int kind = 0; kind <= int(ActorKind::Other); ++kind)
        kinds.push_back({kind, Vocabulary::label(ActorKind(kind))});
    fill(m_kinds, &EventFilter::kinds, kinds);
    std::vector<std::pair<int, QString>> visibilities;
    for (int v = 0; v <= int(Visibility::Reported); ++v)
        visibilities.push_back({v, Vocabulary::label(Visibility(v))});
    fill(m_visibility, &EventFilter::visibilities, visibilities);
}

void FilterBar::showState()
{
    if (m_menusFor != m_state->dataset()) {
        m_menusFor = m_state->dataset();
        rebuildMenus();
    }
    const EventFilter &filter = m_state->filter();
    const Dataset &dataset = *m_state->dataset();
    if (m_search->text() != filter.query && !m_typing.isActive())
        m_search->setText(filter.query);
    // A date field shows the filter's date unless the user is typing one into it.
    for (auto [field, date] : {std::pair{m_from, &filter.from}, std::pair{m_to, &filter.to}}) {
        if (field->hasFocus() && field->isModified())
            continue;
        field->setText(date->toIsoString());
        if (!field->styleSheet().isEmpty()) { // the mark of a wrong date typed before
            field->setStyleSheet(QString());
            field->setToolTip(tr("A year, a month or a day: 2024, 2024-04, 2024-07-15"));
        }
    }

    // Menus show what is filtered, without feeding back.
    const auto check = [](QToolButton *button, const QSet<int> &values, const QString &name) {
        for (QAction *action : button->menu()->actions()) {
            const QSignalBlocker blocker(action);
            action->setChecked(values.contains(action->data().toInt()));
        }
        button->setText(values.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name).arg(values.size()));
    };
    check(m_tags, filter.tags, tr("Tags"));
    check(m_kinds, filter.kinds, tr("Kinds"));
    check(m_visibility, filter.visibilities, tr("Statements"));

    // One chip per actor, in name order.
    while (QLayoutItem *item = m_chipLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    // Only actors of this dataset (a filter may briefly hold another's), checked before sorting
    // reads their names.
    std::vector<int> actors;
    for (const int actor : filter.actors) {
        if (actor >= 0 && size_t(actor) < dataset.actors.size())
            actors.push_back(actor);
    }
    std::sort(actors.begin(), actors.end(), [&](int a, int b) {
        return dataset.actors[size_t(a)].name < dataset.actors[size_t(b)].name;
    });
    for (int actor : actors) {
        auto *chip = new QToolButton(m_chips);
        const QString name = dataset.actors[size_t(actor)].name;
        chip->setText(tr("%1  ✕").arg(PlainText::forMnemonic(name)));
        chip->setToolTip(PlainText::toolTip(tr("Remove %1 from the filter").arg(name)));
        chip->setObjectName(QStringLiteral("chip-%1").arg(dataset.actors[size_t(actor)].id));
        connect(chip, &QToolButton::clicked, this,
                [this, actor] { toggle(&EventFilter::actors, actor, false); });
        m_chipLayout->addWidget(chip);
    }
    m_chipLayout->addStretch();
    m_actorMatch->setVisible(actors.size() > 1);
    m_actorMatch->setCurrentIndex(m_actorMatch->findData(int(filter.actorMatch)));
    m_clear->setEnabled(!filter.isEmpty());
}
