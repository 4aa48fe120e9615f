// SPDX-License-Identifier: MIT
#pragma once

#include "dataset.h"

#include <QString>

#include <algorithm>
#include <functional>

#include <string>
#include <vector>

// The dataset's searchable text folded once (TextFolding: case, accents, vowel points) into
// blocks of UTF-8: event titles and descriptions, position quotes and statements (with the actor
// and issue), actor names and aliases. A text query is then one substring search per block
// instead of a fold per item per keystroke. Built on first use, off the GUI thread; costs about
// as much memory as the text it indexes. The events' text is kept in pieces of consecutive events
// that are folded and searched on every idle worker at once (a million events' text is 340 MB).
class TextIndex
{
public:
    // eventsPerPiece: pieces small enough that the threads finish together, big enough that each
    // is a long scan (tests make them small to have many).
    explicit TextIndex(int eventsPerPiece = 65'536) : m_eventsPerPiece(std::max(1, eventsPerPiece)) {}

    void build(const Dataset &dataset);
    bool isBuilt() const { return m_built; }
    // For tests only: `hook` runs at the start of every build(), on the building thread, so that
    // a test can hold a build while it checks that nobody waits for it. Empty: none.
    static void setBuildHookForTesting(std::function<void()> hook);

    // Indices of the items whose text holds `foldedQuery` (already folded), in order.
    std::vector<quint32> findEvents(const QString &foldedQuery) const;
    std::vector<quint32> findPositions(const QString &foldedQuery) const;
    std::vector<quint32> findActors(const QString &foldedQuery) const;
    size_t bytes() const;

private:
    // Items' folded text back to back, each ended by '\n'.
    struct Block
    {
        std::string text;
        std::vector<quint64> offsets; // count + 1
        void begin() { offsets.push_back(text.size()); }
        void append(std::string_view utf8);
        void append(const QString &text);
        void finish() { offsets.push_back(text.size()); }
        // Appends the numbers of the items that hold `needle`, plus `first`, in order.
        void find(const QByteArray &needle, quint32 first, std::vector<quint32> &items) const;
        size_t bytes() const { return text.size() + offsets.size() * sizeof(quint64); }
    };

    // The events from (piece number × eventsPerPiece), eventsPerPiece of them per piece.
    std::vector<Block> m_eventPieces;
    int m_eventsPerPiece;
    Block m_positions;
    Block m_actors;
    bool m_built = false;
};
