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

// Vocabulary is a namespace, which cannot declare tr(): its messages take their context from here.
struct VocabularyText
{
    Q_DECLARE_TR_FUNCTIONS(Vocabulary)
};

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
    //: A kind of actor: a country, as in "member state", not a condition
    case ActorKind::State: return VocabularyText::tr("State");
    //: A kind of actor: an international or non-governmental organisation
    case ActorKind::Organisation: return VocabularyText::tr("Organisation");
    //: A kind of actor: a party or camp within a larger actor
    case ActorKind::Faction: return VocabularyText::tr("Faction");
    //: A kind of actor: one person
    case ActorKind::Person: return VocabularyText::tr("Person");
    //: A kind of actor: a group of people
    case ActorKind::Group: return VocabularyText::tr("Group");
    //: A kind of actor: a newspaper, broadcaster or other news outlet
    case ActorKind::Media: return VocabularyText::tr("Media");
    //: A kind of actor: none of the other kinds
    case ActorKind::Other: return VocabularyText::tr("Other");
    }
    return {};
}

QString Vocabulary::label(Stance stance)
{
    switch (stance) {
    //: An actor's stance on an issue: the actor supports it
    case Stance::Supports: return VocabularyText::tr("Supports");
    //: An actor's stance on an issue: the actor opposes it
    case Stance::Opposes: return VocabularyText::tr("Opposes");
    //: An actor's stance on an issue: supports it under conditions
    case Stance::Conditional: return VocabularyText::tr("Conditional");
    //: An actor's stance on an issue: neither for nor against
    case Stance::Neutral: return VocabularyText::tr("Neutral");
    //: An actor's stance on an issue: not clear which way
    case Stance::Unclear: return VocabularyText::tr("Unclear");
    }
    return {};
}

QString Vocabulary::label(Visibility visibility)
{
    switch (visibility) {
    //: How a position became known: the actor said it openly
    case Visibility::Public: return VocabularyText::tr("Public statement");
    //: How a position became known: said in private, known through others
    case Visibility::Private: return VocabularyText::tr("Private");
    //: How a position became known: attributed by others, not confirmed
    case Visibility::Reported: return VocabularyText::tr("Reported by others");
    }
    return {};
}

QString Vocabulary::allowedActorKinds() { return joined(actorKindKeys); }
QString Vocabulary::allowedStances() { return joined(stanceKeys); }
QString Vocabulary::allowedVisibilities() { return joined(visibilityKeys); }
