// SPDX-License-Identifier: MIT
#include "datasetvocabulary.h"

#include <QCoreApplication>
#include <QStringList>

#include <array>

namespace {

constexpr std::array<const char *, 7> actorKindKeys = {
    "state", "organisation", "faction", "person", "group", "media", "other"};
constexpr std::array<const char *, 5> stanceKeys = {
    "supports", "opposes", "conditional", "neutral", "unclear"};
constexpr std::array<const char *, 3> visibilityKeys = {"public", "private", "reported"};

template<typename Enum, size_t N>
std::optional<Enum> lookup(const std::array<const char *, N> &keys, std::string_view key)
{
    for (size_t i = 0; i < N; ++i) {
        if (key == keys[i])
            return Enum(i);
    }
    return std::nullopt;
}

template<size_t N>
QString joined(const std::array<const char *, N> &keys)
{
    QStringList list;
    for (const char *k : keys)
        list << QString::fromLatin1(k);
    return list.join(QStringLiteral(", "));
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Vocabulary", text);
}

} // namespace

std::optional<ActorKind> Vocabulary::actorKindFromKey(std::string_view key)
{
    return lookup<ActorKind>(actorKindKeys, key);
}

std::optional<Stance> Vocabulary::stanceFromKey(std::string_view key)
{
    return lookup<Stance>(stanceKeys, key);
}

std::optional<Visibility> Vocabulary::visibilityFromKey(std::string_view key)
{
    return lookup<Visibility>(visibilityKeys, key);
}

QString Vocabulary::key(ActorKind kind)
{
    return QString::fromLatin1(actorKindKeys[size_t(kind)]);
}

QString Vocabulary::key(Stance stance)
{
    return QString::fromLatin1(stanceKeys[size_t(stance)]);
}

QString Vocabulary::key(Visibility visibility)
{
    return QString::fromLatin1(visibilityKeys[size_t(visibility)]);
}

QString Vocabulary::label(ActorKind kind)
{
    switch (kind) {
    case ActorKind::State: return tr("State");
    case ActorKind::Organisation: return tr("Organisation");
    case ActorKind::Faction: return tr("Faction");
    case ActorKind::Person: return tr("Person");
    case ActorKind::Group: return tr("Group");
    case ActorKind::Media: return tr("Media");
    case ActorKind::Other: return tr("Other");
    }
    return {};
}

QString Vocabulary::label(Stance stance)
{
    switch (stance) {
    case Stance::Supports: return tr("Supports");
    case Stance::Opposes: return tr("Opposes");
    case Stance::Conditional: return tr("Conditional");
    case Stance::Neutral: return tr("Neutral");
    case Stance::Unclear: return tr("Unclear");
    }
    return {};
}

QString Vocabulary::label(Visibility visibility)
{
    switch (visibility) {
    case Visibility::Public: return tr("Public statement");
    case Visibility::Private: return tr("Private");
    case Visibility::Reported: return tr("Reported by others");
    }
    return {};
}

QString Vocabulary::allowedActorKinds() { return joined(actorKindKeys); }
QString Vocabulary::allowedStances() { return joined(stanceKeys); }
QString Vocabulary::allowedVisibilities() { return joined(visibilityKeys); }
