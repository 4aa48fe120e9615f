// SPDX-License-Identifier: MIT
#pragma once

#include "dataset.h"
#include "filterspec.h"

#include <QString>

// The caption under an exported timeline: what the filter kept and where the data comes from
// ("Events with any of Hamas; from 2024-07 — Source: … — Tideline"). The export command and the
// window's Export and Copy Image write the same line.
namespace ExportCaption {

QString text(const Dataset &dataset, const FilterSpec &filter);

} // namespace ExportCaption
