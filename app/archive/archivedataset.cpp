// SPDX-License-Identifier: MIT
#include "archivedataset.h"

#include "datasetloader.h"
#include "rowbinary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

QByteArray ArchiveDataset::documents(const ArchiveAddress &address)
{
    // argMax picks the newest row of each part whether or not ReplacingMergeTree has merged.
    return "SELECT part, argMax(document, pushed) FROM " + address.database.toUtf8() + '.'
        + address.datasetTable().toUtf8() + " GROUP BY part ORDER BY part FORMAT RowBinary";
}

std::optional<std::vector<ArchiveDataset::Part>>
ArchiveDataset::readDocuments(const QByteArray &rowBinary)
{
    std::vector<Part> parts;
    RowBinaryReader reader(rowBinary);
    while (!reader.atEnd()) {
        Part part;
        part.name = reader.string();
        const std::string_view document = reader.stringBytes();
        part.document = QByteArray(document.data(), qsizetype(document.size()));
        if (reader.failed())
            return std::nullopt;
        parts.push_back(std::move(part));
    }
    return parts;
}

QByteArray ArchiveDataset::merge(const std::vector<Part> &parts, QStringList *problems)
{
    QJsonObject merged;
    QHash<QString, QSet<QString>> idsOf; // collection → ids already taken
    for (const Part &part : parts) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(part.document, &error);
        if (!document.isObject()) {
            problems->append(tr("%1: the archive's copy of this part's actors and positions "
                                "cannot be read (%2)")
                                 .arg(part.name, error.error == QJsonParseError::NoError
                                                     ? tr("not a JSON object")
                                                     : error.errorString()));
            continue;
        }
        const QJsonObject object = document.object();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!it.value().isArray()) {
                // format, title, description: the first part's.
                if (!merged.contains(it.key()))
                    merged.insert(it.key(), it.value());
                continue;
            }
            QJsonArray records = merged.value(it.key()).toArray();
            QSet<QString> &taken = idsOf[it.key()];
            for (const QJsonValue &record : it.value().toArray()) {
                const QString id = record.toObject().value(QStringLiteral("id")).toString();
                if (!id.isEmpty()) {
                    if (taken.contains(id))
                        continue;
                    taken.insert(id);
                }
                records.append(record);
            }
            merged.insert(it.key(), records);
        }
    }
    if (!merged.contains(QStringLiteral("format")))
        merged.insert(QStringLiteral("format"), QStringLiteral("tideline/1"));
    return QJsonDocument(merged).toJson(QJsonDocument::Compact);
}

ArchiveDataset::Result ArchiveDataset::build(const std::vector<Part> &parts)
{
    Result result;
    const QByteArray document = merge(parts, &result.problems);
    // The loader reads files: the merged document goes through one, so that it is checked
    // exactly as a file the user opens (ids, references, dates).
    QTemporaryDir folder;
    QFile file(folder.filePath(QStringLiteral("archive-dataset.json")));
    if (!folder.isValid() || !file.open(QIODevice::WriteOnly) || file.write(document) != document.size()) {
        result.problems.append(tr("No room to read the archive's actors and positions: %1")
                                   .arg(file.errorString()));
        return result;
    }
    file.close();
    LoadResult loaded = DatasetLoader::load({file.fileName()});
    for (const LoadMessage &message : loaded.messages) {
        // The file is ours and temporary: the record's path is what tells the user where.
        if (message.isError())
            result.problems.append(message.path.isEmpty()
                                       ? message.text
                                       : message.path + QStringLiteral(": ") + message.text);
    }
    result.dataset = std::move(loaded.dataset);
    return result;
}

QStringList ArchiveDataset::actorsOfKinds(const Dataset &dataset, const QSet<int> &kinds)
{
    QStringList ids;
    for (const Actor &actor : dataset.actors)
        if (kinds.contains(int(actor.kind)))
            ids << actor.id;
    return ids;
}
