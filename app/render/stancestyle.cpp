// SPDX-License-Identifier: MIT
#include "stancestyle.h"

QColor StanceStyle::badgeColor(Stance stance)
{
    switch (stance) {
    case Stance::Supports: return QColor(0x2e7d32);
    case Stance::Opposes: return QColor(0xc62828);
    case Stance::Conditional: return QColor(0x9a5800);
    case Stance::Neutral: return QColor(0x5f6368);
    case Stance::Unclear: return QColor(0x6a4f9c);
    }
    return QColor(0x5f6368);
}

int StanceStyle::ordinal(Stance stance)
{
    switch (stance) {
    case Stance::Opposes: return 0;
    case Stance::Neutral: return 1;
    case Stance::Conditional: return 2;
    case Stance::Supports: return 3;
    case Stance::Unclear: return 4;
    }
    return 4;
}

Stance StanceStyle::fromOrdinal(int ordinal)
{
    constexpr Stance order[] = {Stance::Opposes, Stance::Neutral, Stance::Conditional,
                                Stance::Supports, Stance::Unclear};
    return order[qBound(0, ordinal, ordinalCount - 1)];
}
