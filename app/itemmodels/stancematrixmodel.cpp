// SPDX-License-Identifier: MIT
#include "stancematrixmodel.h"
#include "plaintext.h"

#include "dateformat.h"
#include "positionquery.h"
#include "stancestyle.h"
#include "workerpool.h"

#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

StanceMatrixModel::StanceMatrixModel(QObject *parent)
    : QAbstractTableModel(parent), m_dataset(std::make_shared<const Dataset>())
{
    connect(&m_worker, &QFutureWatcher<std::shared_ptr<Cells>>::finished, this,
            [this] { show(m_worker.result(), m_workerGeneration); });
}

void StanceMatrixModel::setDataset(std::shared_ptr<const Dataset> dataset)
{
    // The rows of the previous dataset name its actors: gone at once, whatever comes next.
    beginResetModel();
    m_dataset = dataset ? std::move(dataset) : std::make_shared<const Dataset>();
    m_filter.reset();
    m_actors.clear();
    m_cells.clear();
    endResetModel();
    rebuild();
}

void StanceMatrixModel::setFilterResult(std::shared_ptr<const FilterResult> result)
{
    m_filter = std::move(result);
    rebuild();
}

std::shared_ptr<StanceMatrixModel::Cells> StanceMatrixModel::compute(const Dataset &d,
                                                                   const FilterResult *filter)
{
    auto result = std::make_shared<Cells>();
    const bool filtered = filter && filter->positions.size() == d.positions.size()
        && !filter->everything;
    const auto passes = [&](size_t i) { return !filtered || filter->positions[i]; };
    std::vector<int> rowOf(d.actors.size(), -1);
    for (size_t i = 0; i < d.positions.size(); ++i) {
        if (passes(i))
            rowOf[size_t(d.positions[i].actor)] = 0;
    }
    for (size_t actor = 0; actor < d.actors.size(); ++actor) {
        if (rowOf[actor] == 0) {
            rowOf[actor] = int(result->actors.size());
            result->actors.push_back(int(actor));
        }
    }
    for (size_t i = 0; i < d.positions.size(); ++i) {
        if (!passes(i))
            continue;
        const Position &position = d.positions[i];
        Cell &c = result->cells[key(rowOf[size_t(position.actor)], position.issue)];
        ++c.count;
        // The latest by date; the later one in the files wins a tie.
        if (c.latest < 0
            || d.positions[size_t(c.latest)].date.firstSecond() <= position.date.firstSecond())
            c.latest = int(i);
    }
    return result;
}

void StanceMatrixModel::rebuild()
{
    const quint64 generation = ++m_generation;
    if (m_dataset->positions.size() < size_t(m_workerThreshold)) {
        show(compute(*m_dataset, m_filter.get()), generation);
        return;
    }
    m_workerGeneration = generation;
    m_worker.setFuture(WorkerPool::run(WorkerPool::instance(),
                                         [dataset = m_dataset, filter = m_filter] {
                                             return compute(*dataset, filter.get());
                                         }));
}

void StanceMatrixModel::show(std::shared_ptr<Cells> cells, quint64 generation)
{
    if (generation != m_generation)
        return; // worked out for a dataset or filter that was replaced meanwhile
    beginResetModel();
    m_actors = std::move(cells->actors);
    m_cells = std::move(cells->cells);
    m_shownGeneration = generation;
    endResetModel();
}

int StanceMatrixModel::rowOfActor(int actor) const
{
    const auto it = std::find(m_actors.begin(), m_actors.end(), actor);
    return it == m_actors.end() ? -1 : int(it - m_actors.begin());
}

int StanceMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_actors.size());
}

int StanceMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_dataset->issues.size());
}

QVariant StanceMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Cell &c = cell(index.row(), index.column());
    switch (role) {
    case ActorIndexRole:
        return m_actors[size_t(index.row())];
    case IssueIndexRole:
        return index.column();
    case StatementCountRole:
        return c.count;
    case LatestPositionRole:
        return c.latest;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    default:
        break;
    }
    if (c.latest < 0)
        return {};
    const Position &latest = m_dataset->positions[size_t(c.latest)];
    switch (role) {
    case Qt::DisplayRole: {
        const QString stance = Vocabulary::label(latest.stance);
        //: A cell of the stance matrix: %1 is the latest stance ("Supports"), %2 how many positions
        //: the actor took on the issue
        return c.count > 1 ? tr("%1 · %2").arg(stance, QLocale().toString(c.count)) : stance;
    }
    case Qt::BackgroundRole:
        return StanceStyle::badgeColor(latest.stance);
    case Qt::ForegroundRole:
        return StanceStyle::badgeTextColor();
    case Qt::ToolTipRole: {
        const Dataset &d = *m_dataset;
        //: Heads a cell's tooltip: %1 is an actor's name, %2 an issue's title
        QStringList lines{tr("%1 on %2:").arg(d.actors[size_t(latest.actor)].name,
                                              d.issues[size_t(latest.issue)].title)};
        for (int p : PositionQuery::history(d, latest.actor, latest.issue)) {
            if (m_filter && !m_filter->everything && size_t(p) < m_filter->positions.size()
                && !m_filter->positions[size_t(p)])
                continue;
            const Position &position = d.positions[size_t(p)];
            const QString words = position.quote.isEmpty()
                ? position.statement
                : QStringLiteral("“%1”").arg(position.quote);
            //: A position in a cell's tooltip: %1 is its date, %2 the stance ("Supports"), %3 how
            //: it became known ("Public statement"), %4 the statement or quote
            lines << tr("%1 — %2 (%3): %4")
                         .arg(DateFormat::date(position.date), Vocabulary::label(position.stance),
                              Vocabulary::label(position.visibility), words);
        }
        return PlainText::toolTip(lines.join(u'\n'));
    }
    default:
        return {};
    }
}

QVariant StanceMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical) {
        if (section < 0 || size_t(section) >= m_actors.size())
            return {};
        const Actor &actor = m_dataset->actors[size_t(m_actors[size_t(section)])];
        if (role == Qt::ToolTipRole)
            //: %1 is an actor's name, %2 its role
            return PlainText::toolTip(actor.role.isEmpty() ? actor.name
                                                           : tr("%1, %2").arg(actor.name, actor.role));
        return actor.name;
    }
    if (section < 0 || size_t(section) >= m_dataset->issues.size())
        return {};
    const Issue &issue = m_dataset->issues[size_t(section)];
    if (role == Qt::ToolTipRole)
        //: %1 is an issue's title, %2 its description
        return PlainText::toolTip(issue.description.isEmpty()
                                      ? issue.title
                                      : tr("%1\n%2").arg(issue.title, issue.description));
    return issue.title;
}
