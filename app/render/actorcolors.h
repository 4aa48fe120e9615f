// SPDX-License-Identifier: MIT
#pragma once

#include "dataset.h"

#include <QColor>
#include <QRgb>

#include <array>
#include <vector>

// The colour each actor of a dataset is drawn in, for every view that shows actors (timeline
// lanes, the overview, the stance chart, the actor tree, the event table), so that they agree.
// An actor's file colour when it has one; else a person's or group's is its parent state's or
// faction's, and a top-level actor takes the next palette colour in file order. The dataset
// keeps only what the files said: which colour fills a gap is presentation, settled here.
// The theme then fits these to its background (TimelineTheme::itemColor), which is why one
// palette serves light and dark alike and why views without a theme (the item models) can
// show the same colours.
class ActorColors
{
public:
    // Distinct hues of middle lightness that read on white and on dark grey alike. Tops take
    // them in turn, starting again after the last. The order keeps colours that follow each
    // other (neighbouring top-level actors, so neighbouring lanes) apart for readers with
    // deuteranopia and protanopia too: simulated with Machado et al.'s matrices (severity 1),
    // each colour is at least 48 CIELAB units from the next (tst_actorcolors), where the
    // hue-wheel order had orange beside green and pink beside grey at 4 to 5.
    static constexpr std::array<QRgb, 12> palette = {0x3b78c2, 0xc2932a, 0x6f7f8f, 0xd0632b,
                                                     0x2a9a9a, 0x9a9a2a, 0xc25a9e, 0x9a6b3a,
                                                     0x5a5ac2, 0xc23b4a, 0x8a5cc2, 0x3a9a4c};

    ActorColors() = default;
    explicit ActorColors(const Dataset &dataset);

    // Valid for every actor of a loaded dataset (its parents form no cycle).
    QColor of(int actor) const { return m_colors[size_t(actor)]; }
    size_t size() const { return m_colors.size(); }

private:
    std::vector<QColor> m_colors; // per actor, in file order
};
