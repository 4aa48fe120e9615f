// SPDX-License-Identifier: MIT
#include "codebooks.h"

#include <QByteArray>
#include <QFile>

#include <deque>
#include <string>
#include <unordered_map>
#include <vector>

namespace {

// Keyed by std::string, looked up by string_view without allocating.
struct StringHash
{
    using is_transparent = void;
    size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};
template<typename Value>
using StringMap = std::unordered_map<std::string, Value, StringHash, std::equal_to<>>;

std::string lowerAscii(std::string_view text)
{
    std::string lower(text);
    for (char &c : lower) {
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    }
    return lower;
}

// Lines of a codebook file, split at tabs; comment lines (#) and blank lines left out.
std::vector<std::vector<std::string_view>> readTable(const QByteArray &bytes)
{
    std::vector<std::vector<std::string_view>> rows;
    const std::string_view text(bytes.constData(), size_t(bytes.size()));
    size_t at = 0;
    while (at < text.size()) {
        size_t end = text.find('\n', at);
        if (end == std::string_view::npos)
            end = text.size();
        std::string_view line = text.substr(at, end - at);
        at = end + 1;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (line.empty() || line.front() == '#')
            continue;
        std::vector<std::string_view> fields;
        size_t from = 0;
        for (size_t tab = line.find('\t'); tab != std::string_view::npos;
             tab = line.find('\t', from)) {
            fields.push_back(line.substr(from, tab - from));
            from = tab + 1;
        }
        fields.push_back(line.substr(from));
        rows.push_back(std::move(fields));
    }
    return rows;
}

QByteArray readResource(const char *path)
{
    QFile file(QString::fromLatin1(path));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

struct Tables
{
    QByteArray eventsFile, quadFile, countriesFile; // the views below point into these
    StringMap<std::string_view> eventLabels;
    std::string_view quadLabels[5];
    std::deque<Codebooks::Country> countries;
    StringMap<const Codebooks::Country *> byCode;
    StringMap<const Codebooks::Country *> byName; // lower case

    Tables()
        : eventsFile(readResource(":/codebooks/cameo_events.tsv")),
          quadFile(readResource(":/codebooks/quadclasses.tsv")),
          countriesFile(readResource(":/codebooks/countries.tsv"))
    {
        for (const auto &row : readTable(eventsFile)) {
            if (row.size() >= 2)
                eventLabels.emplace(std::string(row[0]), row[1]);
        }
        for (const auto &row : readTable(quadFile)) {
            if (row.size() >= 2 && row[0].size() == 1 && row[0][0] >= '1' && row[0][0] <= '4')
                quadLabels[row[0][0] - '0'] = row[1];
        }
        // Current codes first, so that a retired code ("=ROU") finds its state.
        std::vector<std::vector<std::string_view>> retired;
        for (auto &row : readTable(countriesFile)) {
            if (row.size() < 3)
                continue;
            if (row[1].starts_with('=')) {
                retired.push_back(std::move(row));
                continue;
            }
            const bool state = row[1] == "state";
            const Codebooks::Country &country = countries.emplace_back(
                Codebooks::Country{row[0], row[2], state});
            byCode.emplace(std::string(row[0]), &country);
            if (!state)
                continue;
            byName.emplace(lowerAscii(row[2]), &country);
            if (row.size() < 4)
                continue;
            std::string_view aliases = row[3];
            while (!aliases.empty()) {
                const size_t semicolon = aliases.find(';');
                const std::string_view alias = aliases.substr(0, semicolon);
                if (!alias.empty())
                    byName.emplace(lowerAscii(alias), &country);
                aliases = semicolon == std::string_view::npos ? std::string_view()
                                                              : aliases.substr(semicolon + 1);
            }
        }
        for (const auto &row : retired) {
            const auto current = byCode.find(row[1].substr(1));
            if (current != byCode.end())
                byCode.emplace(std::string(row[0]), current->second);
        }
    }
};

const Tables &tables()
{
    static const Tables instance;
    return instance;
}

} // namespace

std::string_view Codebooks::cameoEventLabel(std::string_view code)
{
    const Tables &t = tables();
    const auto found = t.eventLabels.find(code);
    return found == t.eventLabels.end() ? std::string_view() : found->second;
}

std::string_view Codebooks::quadClassLabel(int quadClass)
{
    return quadClass >= 1 && quadClass <= 4 ? tables().quadLabels[quadClass] : std::string_view();
}

const Codebooks::Country *Codebooks::countryByCode(std::string_view code)
{
    const Tables &t = tables();
    const auto found = t.byCode.find(code);
    return found == t.byCode.end() ? nullptr : found->second;
}

const Codebooks::Country *Codebooks::countryByName(std::string_view name)
{
    const Tables &t = tables();
    std::string key = lowerAscii(name);
    auto found = t.byName.find(key);
    if (found == t.byName.end() && key.starts_with("the "))
        found = t.byName.find(std::string_view(key).substr(4));
    return found == t.byName.end() ? nullptr : found->second;
}
