// SPDX-License-Identifier: MIT
// DatasetBuilder's look-alike ids: ids that differ only in letter case or in how accents are
// encoded are two different ids to the format, and a warning to the user; an unknown id gets
// "did you mean" its look-alike.
#include "buildertext.h"
#include "datasetbuilder.h"

#include <optional>

using BuilderText::escaped;
using BuilderText::qs;
using BuilderText::quoted;

namespace {

// The form in which two ids that differ only in letter case or in how accents are encoded
// (composed "é" or "e" + combining accent) become equal. False when the id is its own folded
// form, which is true of almost every id and costs one scan of its bytes.
bool foldId(std::string_view id, std::string *folded)
{
    bool upper = false;
    for (const char c : id) {
        if (uchar(c) >= 0x80) {
            const QString text = qs(id)
                                     .normalized(QString::NormalizationForm_C)
                                     .toCaseFolded()
                                     .normalized(QString::NormalizationForm_C);
            *folded = text.toStdString();
            return *folded != id;
        }
        upper = upper || (c >= 'A' && c <= 'Z');
    }
    if (!upper)
        return false;
    folded->assign(id);
    for (char &c : *folded)
        c = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
    return true;
}

} // namespace

std::string_view DatasetBuilder::lookalikeOf(Collection collection, std::string_view id)
{
    // Not a structured binding: clang 14 (the fuzz build) cannot capture one in a lambda.
    const auto inserted = m_foldedIds.try_emplace(int(collection));
    const auto folded = inserted.first;
    if (inserted.second) {
        std::string key;
        forEachId(collection, [&](std::string_view other, const Definition &) {
            if (foldId(other, &key))
                folded->second.try_emplace(key, other);
            else
                folded->second.try_emplace(std::string(other), other);
        });
    }
    std::string key;
    if (!foldId(id, &key))
        key.assign(id);
    const auto match = folded->second.find(key);
    return match == folded->second.end() ? std::string_view() : match->second;
}

void DatasetBuilder::warnAboutLookalikeIds(Collection which)
{
    const char *what = DatasetCollections::info(which).noun;
    const char *collection = DatasetCollections::info(which).key;
    // Two ids that differ only in letter case ("Hamas", "hamas") or in how an accent is encoded
    // (NFC "é" against NFD "e" + U+0301) are two ids, since ids are compared exactly: a file
    // may mean them as codes that differ. But they are far more often one thing spelt two
    // ways, which then splits silently in two; so each such pair is a warning that names both
    // places, not an error that would refuse files the format allows.
    using Entry = std::pair<std::string_view, Definition>;
    StringMap<Entry> byFold;
    std::string key;
    const auto before = [](const Definition &a, const Definition &b) {
        return std::pair(a.location.file, a.location.offset)
            < std::pair(b.location.file, b.location.offset);
    };
    const auto report = [&](const Entry &one, const Entry &two) {
        const Entry &first = before(two.second, one.second) ? two : one;
        const Entry &later = &first == &one ? two : one;
        const QString a = qs(first.first), b = qs(later.first);
        const bool onlyEncoding = a.normalized(QString::NormalizationForm_C)
            == b.normalized(QString::NormalizationForm_C);
        const bool onlyCase = !onlyEncoding && a.toLower() == b.toLower();
        QString text;
        if (onlyEncoding)
            //: %1 is a kind of record as the file names it, not translated ("actor", "issue"), %2
            //: and %3 two ids
            text = tr("%1 id %2 differs from %3 only in how its accents are encoded (Unicode "
                      "normalisation)");
        else if (onlyCase)
            text = tr("%1 id %2 differs from %3 only in letter case");
        else
            text = tr("%1 id %2 differs from %3 only in letter case and in how its accents are "
                      "encoded");
        // Ids that look alike on screen are spelt out with \u escapes.
        const auto show = [&](std::string_view id) { return onlyCase ? quoted(id) : escaped(id); };
        text = text.arg(QLatin1String(what), show(later.first), show(first.first));
        //: Follows "%1 id %2 differs from %3 …": %1 is the same kind of record as the file
        //: names it, not translated ("actor"): "two different actor records"
        text += tr("; ids are compared exactly, so these are two different %1 records")
                    .arg(QLatin1String(what));
        const size_t messages = m_messages.size();
        warning(later.second.location,
                QStringLiteral("%1[%2].id").arg(QLatin1String(collection)).arg(later.second.element),
                text);
        if (m_messages.size() > messages) {
            m_messages.back().related = first.second.location;
            //: Introduces where an id was first defined: %1 is the id, as in: "Hamas" is first
            //: defined at FILE:2:19
            m_messages.back().relatedText = tr("%1 is first defined at").arg(show(first.first));
        }
    };
    forEachId(which, [&](std::string_view id, const Definition &definition) {
        if (!foldId(id, &key))
            return;
        const Entry entry{id, definition};
        if (const std::optional<Definition> exact = definitionOf(which, key)) {
            report(entry, {key, *exact});
            return;
        }
        const auto [it, inserted] = byFold.try_emplace(key, entry);
        if (!inserted)
            report(entry, it->second);
    });
}
