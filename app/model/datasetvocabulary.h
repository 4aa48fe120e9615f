// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>
#include <string_view>

// The small closed vocabularies of the tideline/1 format: actor kinds, stances and visibility.
// Each has its file spelling (fromKey/key), a name for people (label) and the list of allowed
// keys for error messages.

enum class ActorKind : quint8 { State, Organisation, Faction, Person, Group, Media, Other };
enum class Stance : quint8 { Supports, Opposes, Conditional, Neutral, Unclear };
enum class Visibility : quint8 { Public, Private, Reported };

namespace Vocabulary {

std::optional<ActorKind> actorKindFromKey(std::string_view key);
std::optional<Stance> stanceFromKey(std::string_view key);
std::optional<Visibility> visibilityFromKey(std::string_view key);

QString key(ActorKind kind);
QString key(Stance stance);
QString key(Visibility visibility);

QString label(ActorKind kind);
QString label(Stance stance);
QString label(Visibility visibility);

// "state, organisation, faction, ..." for "expected one of" messages.
QString allowedActorKinds();
QString allowedStances();
QString allowedVisibilities();

} // namespace Vocabulary
