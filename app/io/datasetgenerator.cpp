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

// DatasetGenerator is a namespace, which cannot declare tr(): its messages take their context
// from here.
struct DatasetGeneratorText
{
    Q_DECLARE_TR_FUNCTIONS(DatasetGenerator)
};

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
        // Sorted by hand: std::sort on a four-element array draws a false -Warray-bounds from
        // GCC 12 when inlined in a unity batch.
        for (int i = 1; i < actorCount; ++i)
            for (int j = i; j > 0 && chosen[size_t(j - 1)] > chosen[size_t(j)]; --j)
                std::swap(chosen[size_t(j - 1)], chosen[size_t(j)]);
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

// GDELT 2.0 events: real CAMEO codes with their root, quad class and Goldstein score; actors
// from a pool of countries and CAMEO types, Zipf-like, often one side empty as in real exports;
// a day within two years (SQLDATE) and the export's DATEADDED; source URLs shared by a few
// events each, so that sources are deduplicated as they are in real files.
struct GdeltCode
{
    const char *code;
    int quad;
    const char *goldstein;
};
constexpr std::array<GdeltCode, 24> gdeltCodes = {{
    {"010", 1, "0.0"},  {"012", 1, "-0.4"}, {"020", 1, "3.0"},  {"036", 1, "4.0"},
    {"040", 1, "1.0"},  {"042", 1, "1.9"},  {"043", 1, "2.8"},  {"046", 1, "7.0"},
    {"051", 1, "3.4"},  {"057", 1, "8.0"},  {"061", 2, "6.4"},  {"071", 2, "7.4"},
    {"073", 2, "7.4"},  {"0841", 2, "7.0"}, {"090", 2, "-2.0"}, {"100", 3, "-5.0"},
    {"111", 3, "-2.0"}, {"112", 3, "-2.0"}, {"1056", 3, "-5.0"}, {"138", 3, "-7.0"},
    {"141", 3, "-6.5"}, {"173", 4, "-5.0"}, {"190", 4, "-10.0"}, {"193", 4, "-10.0"}}};
constexpr std::array<const char *, 24> gdeltCountries = {
    "USA", "GBR", "RUS", "CHN", "SYR", "TUR", "CAN", "FRA", "IRN", "DEU", "ISR", "IND",
    "UKR", "EGY", "JPN", "PAK", "AFG", "NGA", "KEN", "BRA", "MEX", "ZAF", "AUS", "EUR"};
constexpr std::array<const char *, 24> gdeltCountryNames = {
    "UNITED STATES", "UNITED KINGDOM", "RUSSIA", "CHINA", "SYRIA", "TURKEY", "CANADA",
    "FRANCE", "IRAN", "GERMANY", "ISRAEL", "INDIA", "UKRAINE", "EGYPT", "JAPAN", "PAKISTAN",
    "AFGHANISTAN", "NIGERIA", "KENYA", "BRAZIL", "MEXICO", "SOUTH AFRICA", "AUSTRALIA", "EUROPE"};
constexpr std::array<std::pair<const char *, const char *>, 12> gdeltTypes = {{
    {"", ""}, {"GOV", "GOVERNMENT"}, {"COP", "POLICE"}, {"MIL", "MILITARY"},
    {"BUS", "COMPANY"}, {"MED", "MEDIA"}, {"CVL", "CIVILIAN"}, {"OPP", "OPPOSITION"},
    {"REB", "REBEL"}, {"JUD", "COURT"}, {"EDU", "UNIVERSITY"}, {"LEG", "PARLIAMENT"}}};
constexpr std::array<const char *, 12> gdeltPlaces = {
    "Washington, District of Columbia, United States", "London, London, City of, United Kingdom",
    "Moscow, Moskva, Russia", "Beijing, Beijing, China", "Damascus, Dimashq, Syria",
    "Ankara, Ankara, Turkey", "Ottawa, Ontario, Canada", "Paris, Ile-de-France, France",
    "Tehran, Tehran, Iran", "Berlin, Berlin, Germany", "Jerusalem, Israel (general), Israel",
    "New Delhi, NCT, India"};
constexpr std::array<const char *, 8> gdeltHosts = {
    "www.example-news.com", "news.example.org", "www.daily-example.co.uk", "example.net",
    "www.example-times.in", "world.example.com", "www.example-post.ca", "example-wire.com"};

void appendGdeltActor(std::string &out, Random &random, bool present)
{
    if (!present) {
        out += "\t\t\t\t\t\t\t\t\t\t";
        return;
    }
    // Popular countries far more often than the rest (Zipf-like).
    const size_t country = size_t(double(gdeltCountries.size()) * std::pow(random.unit(), 2.5));
    const auto &[type, typeName] = random.pick(gdeltTypes);
    const bool noCountry = random.chance(0.15) && type[0];
    if (!noCountry)
        out += gdeltCountries[country];
    out += type;
    out += '\t';
    if (noCountry) {
        out += typeName;
    } else if (type[0]) {
        out += gdeltCountryNames[country];
        out += ' ';
        out += typeName;
    } else {
        out += gdeltCountryNames[country];
    }
    out += '\t';
    if (!noCountry)
        out += gdeltCountries[country];
    out += "\t\t\t\t\t";
    out += type;
    out += "\t\t\t";
}

void appendGdeltGeo(std::string &out, const char *type, const char *place)
{
    out += type;
    out += '\t';
    out += place;
    out += "\tXX\tXX00\t\t0\t0\t0\t";
}

void appendGdeltRow(std::string &out, Random &random, qint64 index)
{
    char number[32];
    std::snprintf(number, sizeof number, "%lld", static_cast<long long>(800'000'000 + index));
    out += number;
    out += '\t';
    // Most events recent, some up to two years back (as in a real export).
    const qint64 today = CivilCalendar::daysFromCivil(2019, 10, 24);
    const qint64 back = random.chance(0.8) ? qint64(random.below(3))
                                            : qint64(random.below(730));
    const auto civil = CivilCalendar::civilFromDays(today - back);
    appendYear(out, civil.year);
    two(out, civil.month);
    two(out, civil.day);
    out += '\t';
    appendYear(out, civil.year);
    two(out, civil.month);
    out += '\t';
    appendYear(out, civil.year);
    out += '\t';
    char fraction[32];
    std::snprintf(fraction, sizeof fraction, "%.4f",
                  double(civil.year) + double(civil.month * 30 + civil.day) / 365.0);
    out += fraction;
    out += '\t';
    appendGdeltActor(out, random, !random.chance(0.08));
    appendGdeltActor(out, random, !random.chance(0.25));
    const GdeltCode &code = random.pick(gdeltCodes);
    out += random.chance(0.6) ? "1\t" : "0\t";
    const std::string_view text = code.code;
    out += text;
    out += '\t';
    out += text.substr(0, 3);
    out += '\t';
    out += text.substr(0, 2);
    out += '\t';
    out += char('0' + code.quad);
    out += '\t';
    out += code.goldstein;
    out += '\t';
    const int mentions = 1 + int(random.below(20));
    const int sources = 1 + int(random.below(3));
    char counts[96];
    std::snprintf(counts, sizeof counts, "%d\t%d\t%d\t%.14f\t", mentions, sources, mentions,
                  random.normal() * 4.0);
    out += counts;
    const char *place = random.pick(gdeltPlaces);
    appendGdeltGeo(out, "4", place);
    appendGdeltGeo(out, "4", place);
    appendGdeltGeo(out, "4", place);
    // About five events per article, as in real exports (2,111 rows, 425 URLs in one).
    const qint64 article = index / 5;
    out += "20191024143000\thttps://";
    out += gdeltHosts[size_t(article) % gdeltHosts.size()];
    char path[48];
    std::snprintf(path, sizeof path, "/news/%lld.html", static_cast<long long>(article));
    out += path;
    out += '\n';
}

QString writeGdelt(const DatasetGenerator::Options &options, const QString &output)
{
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly))
        return DatasetGeneratorText::tr("cannot write %1: %2").arg(output, file.errorString());
    Random random(options.seed);
    std::string buffer;
    buffer.reserve(1 << 22);
    for (qint64 i = 0; i < options.events; ++i) {
        appendGdeltRow(buffer, random, i);
        if (buffer.size() > (1 << 22)) {
            const bool ok = file.write(buffer.data(), qint64(buffer.size())) == qint64(buffer.size());
            buffer.clear();
            if (!ok)
                return DatasetGeneratorText::tr("cannot write %1: %2")
                    .arg(output, file.errorString());
        }
    }
    if (file.write(buffer.data(), qint64(buffer.size())) != qint64(buffer.size()) || !file.commit())
        return DatasetGeneratorText::tr("cannot write %1: %2").arg(output, file.errorString());
    return {};
}

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
        return DatasetGeneratorText::tr("need events >= 0, actors >= 4 and files >= 1");
    if (options.format == Options::Format::Gdelt)
        return options.files == 1
                   ? writeGdelt(options, output)
                   : DatasetGeneratorText::tr("a GDELT export is one file: --files must be 1");
    Generator generator(options);
    const qint64 positions = options.events / 20;
    if (options.files > 1 && !QDir().mkpath(output))
        return DatasetGeneratorText::tr("cannot create folder %1").arg(output);

    for (int part = 0; part < options.files; ++part) {
        const QString path = options.files == 1
            ? output
            : QDir(output).filePath(QStringLiteral("part-%1.json").arg(part + 1, 3, 10, QLatin1Char('0')));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return DatasetGeneratorText::tr("cannot write %1: %2").arg(path, file.errorString());
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
                return DatasetGeneratorText::tr("cannot write %1: %2")
                    .arg(path, file.errorString());
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
            return DatasetGeneratorText::tr("cannot write %1: %2").arg(path, file.errorString());
    }
    return {};
}
