// SPDX-License-Identifier: MIT
#include "datasetgenerator.h"

#include "civilcalendar.h"
#include "datasetcollections.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <vector>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DatasetGenerator", text);
}

// SplitMix64: tiny, fast, and the same sequence on every platform and standard library, which
// std::uniform_int_distribution does not promise.
class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // [0, n)
    quint64 below(quint64 n) { return n == 0 ? 0 : next() % n; }
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return unit() < p; }
    double normal()
    {
        const double u1 = std::max(unit(), 1e-12);
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * unit());
    }
    template<typename T, size_t N>
    const T &pick(const std::array<T, N> &items) { return items[below(N)]; }

private:
    quint64 m_state;
};

constexpr std::array<const char *, 24> syllables = {
    "ka", "ro", "mi", "sa", "ten", "bar", "lo", "vi", "an", "dor", "el", "mar",
    "ni", "zu", "tal", "or", "ha", "ben", "ri", "so", "ga", "lem", "is", "ku"};
constexpr std::array<const char *, 20> places = {
    "Cairo", "Doha", "Geneva", "Beijing", "Washington", "Rafah", "Gaza City", "Ramallah",
    "Amman", "Riyadh", "Tehran", "Istanbul", "Vienna", "Oslo", "Paris", "New York",
    "Khan Younis", "Jerusalem", "Beirut", "Damascus"};
constexpr std::array<const char *, 16> verbs = {
    "meets", "talks with", "rejects proposal from", "signs accord with", "warns",
    "calls for truce with", "hosts", "accuses", "negotiates with", "responds to",
    "sends envoy to", "condemns", "backs plan of", "breaks off talks with",
    "exchanges prisoners with", "receives delegation from"};
constexpr std::array<const char *, 10> foreignTitles = {
    "مفاوضات وقف إطلاق النار في القاهرة", "اجتماع الفصائل الفلسطينية في بكين",
    "بيان مكتب الرئيس حول الهدنة", "שיחות על הפסקת אש בדוחא", "הממשלה דנה בהצעה המצרית",
    "משלחת ישראלית יוצאת לוושינגטון", "中方主持巴勒斯坦各派会谈", "外交部长会见代表团",
    "停火谈判取得进展", "联合国呼吁人道主义停火"};
constexpr std::array<const char *, 40> words = {
    "officials", "said", "the", "talks", "would", "resume", "after", "a", "pause", "of",
    "several", "days", "amid", "pressure", "from", "mediators", "and", "allies", "who",
    "fear", "wider", "conflict", "across", "region", "while", "negotiators", "discussed",
    "border", "arrangements", "prisoner", "exchanges", "aid", "corridors", "security",
    "guarantees", "reconstruction", "funding", "ceasefire", "terms", "statement"};
constexpr std::array<const char *, 30> tags = {
    "diplomacy", "military", "ceasefire", "statement", "media", "reconciliation",
    "humanitarian", "hostages", "border", "economy", "elections", "protest", "sanctions",
    "aid", "security", "talks", "united-nations", "legal", "intelligence", "energy",
    "refugees", "reconstruction", "tunnels", "airstrike", "mediation", "summit",
    "agreement", "casualties", "prisoners", "envoy"};
constexpr std::array<const char *, 3> visibilities = {"public", "private", "reported"};
constexpr std::array<const char *, 5> stances = {"supports", "opposes", "conditional",
                                                 "neutral", "unclear"};

void appendEscaped(std::string &out, std::string_view text)
{
    out += '"';
    for (char c : text) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (uchar(c) < 0x20) {
            out += ' ';
        } else {
            out += c;
        }
    }
    out += '"';
}

// A collection's top-level key (`"events": `), from the table the reader and the builder read
// too, so that what is generated is named as what is read.
void appendKey(std::string &out, DatasetCollection collection)
{
    appendEscaped(out, DatasetCollections::info(collection).key);
    out += ": ";
}

void two(std::string &out, int value)
{
    out += char('0' + value / 10);
    out += char('0' + value % 10);
}

void appendYear(std::string &out, qint64 year)
{
    char buffer[32];
    if (year < 0)
        std::snprintf(buffer, sizeof buffer, "-%04lld", static_cast<long long>(-year));
    else
        std::snprintf(buffer, sizeof buffer, "%04lld", static_cast<long long>(year));
    out += buffer;
}

// A date at a chosen precision, from a day number (days since 1970).
std::string dateText(Random &random, qint64 day, int precision, bool approximate)
{
    const auto civil = CivilCalendar::civilFromDays(day);
    std::string out;
    appendYear(out, civil.year);
    if (precision >= 1) {
        out += '-';
        two(out, civil.month);
    }
    if (precision >= 2) {
        out += '-';
        two(out, civil.day);
    }
    if (precision >= 3) {
        out += 'T';
        two(out, int(random.below(24)));
        out += ':';
        two(out, int(random.below(60)));
        out += ":00";
        static constexpr std::array<const char *, 4> zones = {"Z", "+02:00", "+03:00", "-05:00"};
        out += random.pick(zones);
    }
    if (approximate)
        out += '~';
    return out;
}

std::string syntheticName(Random &random, int parts)
{
    std::string name;
    for (int i = 0; i < parts; ++i)
        name += random.pick(syllables);
    name[0] = char(std::toupper(uchar(name[0])));
    return name;
}

struct Generator
{
    const DatasetGenerator::Options &options;
    Random random;
    Random positionRandom;
    std::vector<std::string> actorIds;
    std::vector<double> popularity; // cumulative Zipf weights
    std::vector<qint64> burstDays;
    int issueCount = 20;

    explicit Generator(const DatasetGenerator::Options &o)
        : options(o), random(o.seed), positionRandom(o.seed ^ 0x9e3779b97f4a7c15ull)
    {
        double total = 0;
        for (int i = 0; i < o.actors; ++i) {
            std::string id = "a"; // not "a" + to_string(): GCC 12 warns falsely (-Wrestrict)
            id += std::to_string(i);
            actorIds.push_back(std::move(id));
            total += 1.0 / std::pow(double(i + 1), 1.1);
            popularity.push_back(total);
        }
        for (double &p : popularity)
            p /= total;
        // Bursts between 1990 and 2025: crises that fill a few weeks with events.
        const qint64 from = CivilCalendar::daysFromCivil(1990, 1, 1);
        const qint64 to = CivilCalendar::daysFromCivil(2025, 1, 1);
        for (int i = 0; i < 60; ++i)
            burstDays.push_back(from + qint64(random.below(quint64(to - from))));
    }

    int popularActor() { return popularActor(random); }
    int popularActor(Random &from)
    {
        const double u = from.unit();
        return int(std::lower_bound(popularity.begin(), popularity.end(), u) - popularity.begin());
    }

    void actors(std::string &out)
    {
        appendKey(out, DatasetCollection::Actors);
        out += "[\n";
        // The first eighth are states, the next sixteenth factions, then organisations; people
        // after that, each belonging to one of the first three kinds.
        const int states = std::max(1, options.actors / 8);
        const int factions = std::max(1, options.actors / 16);
        const int organisations = std::max(1, options.actors / 20);
        for (int i = 0; i < options.actors; ++i) {
            if (i)
                out += ",\n";
            const char *kind = i < states ? "state"
                : i < states + factions ? "faction"
                : i < states + factions + organisations ? "organisation"
                : "person";
            out += "{\"id\": ";
            appendEscaped(out, actorIds[size_t(i)]);
            out += ", \"name\": ";
            appendEscaped(out, syntheticName(random, kind[0] == 'p' ? 4 : 3));
            out += ", \"kind\": \"";
            out += kind;
            out += '"';
            if (kind[0] == 'p') {
                out += ", \"parent\": ";
                appendEscaped(out, actorIds[random.below(quint64(states + factions + organisations))]);
                out += ", \"role\": \"Envoy\"";
            }
            out += '}';
        }
        out += "\n],\n";
    }

    void issues(std::string &out)
    {
        appendKey(out, DatasetCollection::Issues);
        out += "[\n";
        for (int i = 0; i < issueCount; ++i) {
            if (i)
                out += ",\n";
            out += "{\"id\": \"i" + std::to_string(i) + "\", \"title\": ";
            appendEscaped(out, "Question " + std::to_string(i) + ": " + syntheticName(random, 3));
            out += '}';
        }
        out += "\n],\n";
        appendKey(out, DatasetCollection::Sources);
        out += "[{\"id\": \"s1\", \"title\": \"Synthetic wire\", "
               "\"publisher\": \"Tideline generator\"}],\n";
    }

    qint64 eventDay()
    {
        if (random.chance(0.002)) // ancient history, known to the year
            return CivilCalendar::daysFromCivil(-qint64(random.below(3000)), 1, 1);
        if (random.chance(0.7)) {
            const qint64 centre = burstDays[random.below(burstDays.size())];
            return centre + qint64(random.normal() * 12.0);
        }
        const qint64 from = CivilCalendar::daysFromCivil(1950, 1, 1);
        const qint64 to = CivilCalendar::daysFromCivil(2025, 1, 1);
        return from + qint64(random.below(quint64(to - from)));
    }

    void event(std::string &out, qint64 index)
    {
        const qint64 day = eventDay();
        const bool ancient = CivilCalendar::civilFromDays(day).year < 1;
        const double p = random.unit();
        const int precision = ancient ? 0 : p < 0.05 ? 0 : p < 0.20 ? 1 : p < 0.85 ? 2 : 3;
        const bool approximate = random.chance(0.05);
        out += "{\"id\": \"e" + std::to_string(index) + "\", \"title\": ";
        int a = popularActor();
        int b = popularActor();
        if (random.chance(0.08))
            appendEscaped(out, random.pick(foreignTitles));
        else
            appendEscaped(out, "Delegation of " + syntheticName(random, 3) + " " + random.pick(verbs)
                                   + " " + syntheticName(random, 3) + " in " + random.pick(places));
        out += ", \"start\": ";
        appendEscaped(out, dateText(random, day, precision, approximate));
        if (!ancient && random.chance(0.2)) {
            // A range: days to months long, at the same precision.
            const qint64 length = 1 + qint64(random.below(precision <= 1 ? 400 : 60));
            out += ", \"end\": ";
            appendEscaped(out, dateText(random, day + length, std::min(precision, 2), approximate));
        }
        out += ", \"actors\": [";
        const int actorCount = 2 + int(random.below(3));
        std::array<int, 4> chosen{a, b, popularActor(), popularActor()};
        std::sort(chosen.begin(), chosen.begin() + actorCount);
        const auto last = std::unique(chosen.begin(), chosen.begin() + actorCount);
        for (auto it = chosen.begin(); it != last; ++it) {
            if (it != chosen.begin())
                out += ", ";
            appendEscaped(out, actorIds[size_t(*it)]);
        }
        out += "], \"tags\": [";
        const int tagCount = 1 + int(random.below(3));
        for (int t = 0; t < tagCount; ++t) {
            if (t)
                out += ", ";
            appendEscaped(out, random.pick(tags));
        }
        out += "], \"location\": ";
        appendEscaped(out, random.pick(places));
        out += ", \"description\": ";
        std::string description;
        const int wordCount = 25 + int(random.below(30));
        for (int w = 0; w < wordCount; ++w) {
            if (w)
                description += ' ';
            description += random.pick(words);
        }
        description += '.';
        appendEscaped(out, description);
        out += ", \"sources\": [\"s1\"]}";
    }

    // Positions draw from their own stream, so that splitting the output into files (which
    // interleaves events and positions differently) does not change what is generated.
    void position(std::string &out, qint64 index)
    {
        Random &r = positionRandom;
        const qint64 day = burstDays[r.below(burstDays.size())] + qint64(r.below(30));
        out += "{\"id\": \"p" + std::to_string(index) + "\", \"actor\": ";
        appendEscaped(out, actorIds[size_t(popularActor(r))]);
        out += ", \"issue\": \"i" + std::to_string(r.below(quint64(issueCount)))
            + "\", \"stance\": \"" + r.pick(stances) + "\", \"date\": ";
        appendEscaped(out, dateText(r, day, 2, false));
        out += ", \"statement\": \"Stated in a briefing.\", \"visibility\": \"";
        out += r.pick(visibilities);
        out += "\", \"source\": \"s1\"}";
    }
};

bool flush(QSaveFile &file, std::string &buffer)
{
    const bool ok = file.write(buffer.data(), qint64(buffer.size())) == qint64(buffer.size());
    buffer.clear();
    return ok;
}

} // namespace

QString DatasetGenerator::write(const Options &options, const QString &output)
{
    if (options.events < 0 || options.actors < 4 || options.files < 1)
        return tr("need events >= 0, actors >= 4 and files >= 1");
    Generator generator(options);
    const qint64 positions = options.events / 20;
    if (options.files > 1 && !QDir().mkpath(output))
        return tr("cannot create folder %1").arg(output);

    for (int part = 0; part < options.files; ++part) {
        const QString path = options.files == 1
            ? output
            : QDir(output).filePath(QStringLiteral("part-%1.json").arg(part + 1, 3, 10, QLatin1Char('0')));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return tr("cannot write %1: %2").arg(path, file.errorString());
        std::string buffer;
        buffer.reserve(1 << 22);
        buffer += "{\n\"format\": \"tideline/1\",\n";
        if (part == 0) {
            buffer += "\"title\": \"Synthetic dataset (" + std::to_string(options.events)
                + " events, seed " + std::to_string(options.seed) + ")\",\n";
            generator.actors(buffer);
            generator.issues(buffer);
        }
        appendKey(buffer, DatasetCollection::Events);
        buffer += "[\n";
        const qint64 from = options.events * part / options.files;
        const qint64 to = options.events * (part + 1) / options.files;
        for (qint64 i = from; i < to; ++i) {
            if (i != from)
                buffer += ",\n";
            generator.event(buffer, i);
            if (buffer.size() > (1 << 22) && !flush(file, buffer))
                return tr("cannot write %1: %2").arg(path, file.errorString());
        }
        buffer += "\n],\n";
        appendKey(buffer, DatasetCollection::Positions);
        buffer += "[\n";
        const qint64 positionFrom = positions * part / options.files;
        const qint64 positionTo = positions * (part + 1) / options.files;
        for (qint64 i = positionFrom; i < positionTo; ++i) {
            if (i != positionFrom)
                buffer += ",\n";
            generator.position(buffer, i);
        }
        buffer += "\n]\n}\n";
        if (!flush(file, buffer) || !file.commit())
            return tr("cannot write %1: %2").arg(path, file.errorString());
    }
    return {};
}
