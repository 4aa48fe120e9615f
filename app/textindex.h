// SPDX-License-Identifier: MIT
#pragma once

#include "eventstore.h"

#include <QString>

#include <string>
#include <vector>

// Event titles and descriptions folded once (TextFolding: case, accents, vowel points) into one
// UTF-8 block, so that a text query is a single pass of a substring search over it instead of a
// fold per event per keystroke. Built on first use, off the GUI thread; costs about as much
// memory as the text it indexes.
class TextIndex
{
public:
    void build(const EventStore &events);
    bool isBuilt() const { return m_built; }
    // Events whose title or description holds `foldedQuery` (already folded), in order.
    std::vector<quint32> find(const QString &foldedQuery) const;
    size_t bytes() const { return m_text.size() + m_offsets.size() * sizeof(quint64); }

private:
    std::string m_text;             // per event: title '\n' description '\n'
    std::vector<quint64> m_offsets; // count + 1
    bool m_built = false;
};
