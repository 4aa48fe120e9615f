// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

// The codebooks of political event data, as tables shipped in the import library's resources
// (resources/codebooks/*.tsv): CAMEO event codes and their labels, GDELT's quad classes, and the
// country codes GDELT and CAMEO write (ISO 3166-1 alpha-3, retired ISO codes CAMEO still uses,
// CAMEO's regions) with each country's proper name and the other names ICEWS and ACLED use for
// it. Read once, on first use, by any thread; the views stay valid for the program's life.
namespace Codebooks {

// "040" -> "Consult, not specified below"; "04" -> "Consult". Leading zeros matter: "40" is
// not a CAMEO code. Empty when the code is unknown.
std::string_view cameoEventLabel(std::string_view code);

// 1 -> "Verbal cooperation" ... 4 -> "Material conflict"; empty for anything else.
std::string_view quadClassLabel(int quadClass);

struct Country
{
    std::string_view code; // the current code: "ROU" for CAMEO's "ROM"
    std::string_view name; // "Russia", "Democratic Republic of the Congo"
    bool isState = true;   // false for CAMEO's regions ("AFR" Africa, "EUR" Europe)
};

// By code ("DEU", "EUR", "ROM"); null when unknown.
const Country *countryByCode(std::string_view code);
// By the name or another name the event coders use, ignoring letter case and a leading "the "
// ("Russian Federation", "the Philippines", "Ivory Coast"); null when unknown. Regions are not
// found by name: "Africa" in an actor's name is not a state.
const Country *countryByName(std::string_view name);

} // namespace Codebooks
