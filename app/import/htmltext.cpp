// SPDX-License-Identifier: MIT
#include "htmltext.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <string>

namespace {

struct Entity
{
    const char *name;
    char32_t code;
};

// The named entities people type or editors write: HTML 4's Latin-1 and typographic sets.
// Sorted by name for binary search.
constexpr std::array entities = std::to_array<Entity>({
    {"AElig", 0xC6},   {"Aacute", 0xC1}, {"Acirc", 0xC2},   {"Agrave", 0xC0},  {"Aring", 0xC5},
    {"Atilde", 0xC3},  {"Auml", 0xC4},   {"Ccedil", 0xC7},  {"Dagger", 0x2021}, {"ETH", 0xD0},
    {"Eacute", 0xC9},  {"Ecirc", 0xCA},  {"Egrave", 0xC8},  {"Euml", 0xCB},    {"Iacute", 0xCD},
    {"Icirc", 0xCE},   {"Igrave", 0xCC}, {"Iuml", 0xCF},    {"Ntilde", 0xD1},  {"OElig", 0x152},
    {"Oacute", 0xD3},  {"Ocirc", 0xD4},  {"Ograve", 0xD2},  {"Oslash", 0xD8},  {"Otilde", 0xD5},
    {"Ouml", 0xD6},    {"Scaron", 0x160}, {"THORN", 0xDE},  {"Uacute", 0xDA},  {"Ucirc", 0xDB},
    {"Ugrave", 0xD9},  {"Uuml", 0xDC},   {"Yacute", 0xDD},  {"Yuml", 0x178},   {"aacute", 0xE1},
    {"acirc", 0xE2},   {"acute", 0xB4},  {"aelig", 0xE6},   {"agrave", 0xE0},  {"amp", '&'},
    {"apos", '\''},    {"aring", 0xE5},  {"atilde", 0xE3},  {"auml", 0xE4},    {"bdquo", 0x201E},
    {"brvbar", 0xA6},  {"bull", 0x2022}, {"ccedil", 0xE7},  {"cedil", 0xB8},   {"cent", 0xA2},
    {"circ", 0x2C6},   {"copy", 0xA9},   {"curren", 0xA4},  {"dagger", 0x2020}, {"deg", 0xB0},
    {"divide", 0xF7},  {"eacute", 0xE9}, {"ecirc", 0xEA},   {"egrave", 0xE8},  {"emsp", 0x2003},
    {"ensp", 0x2002},  {"eth", 0xF0},    {"euml", 0xEB},    {"euro", 0x20AC},  {"frac12", 0xBD},
    {"frac14", 0xBC},  {"frac34", 0xBE}, {"gt", '>'},       {"hellip", 0x2026}, {"iacute", 0xED},
    {"icirc", 0xEE},   {"iexcl", 0xA1},  {"igrave", 0xEC},  {"iquest", 0xBF},  {"iuml", 0xEF},
    {"laquo", 0xAB},   {"ldquo", 0x201C}, {"lrm", 0x200E},  {"lsaquo", 0x2039}, {"lsquo", 0x2018},
    {"lt", '<'},       {"macr", 0xAF},   {"mdash", 0x2014}, {"micro", 0xB5},   {"middot", 0xB7},
    {"minus", 0x2212}, {"nbsp", ' '},    {"ndash", 0x2013}, {"not", 0xAC},     {"ntilde", 0xF1},
    {"oacute", 0xF3},  {"ocirc", 0xF4},  {"oelig", 0x153},  {"ograve", 0xF2},  {"ordf", 0xAA},
    {"ordm", 0xBA},    {"oslash", 0xF8}, {"otilde", 0xF5},  {"ouml", 0xF6},    {"para", 0xB6},
    {"permil", 0x2030}, {"plusmn", 0xB1}, {"pound", 0xA3},  {"prime", 0x2032}, {"quot", '"'},
    {"raquo", 0xBB},   {"rdquo", 0x201D}, {"reg", 0xAE},    {"rlm", 0x200F},   {"rsaquo", 0x203A},
    {"rsquo", 0x2019}, {"sbquo", 0x201A}, {"scaron", 0x161}, {"sect", 0xA7},   {"shy", 0xAD},
    {"sup1", 0xB9},    {"sup2", 0xB2},   {"sup3", 0xB3},    {"szlig", 0xDF},   {"thinsp", 0x2009},
    {"thorn", 0xFE},   {"tilde", 0x2DC}, {"times", 0xD7},   {"trade", 0x2122}, {"uacute", 0xFA},
    {"ucirc", 0xFB},   {"ugrave", 0xF9}, {"uml", 0xA8},     {"uuml", 0xFC},    {"yacute", 0xFD},
    {"yen", 0xA5},     {"yuml", 0xFF},   {"zwj", 0x200D},   {"zwnj", 0x200C},
});

bool entityLess(const Entity &a, std::string_view b)
{
    return std::string_view(a.name) < b;
}

static_assert(std::is_sorted(entities.begin(), entities.end(), [](const Entity &a, const Entity &b) {
    return std::string_view(a.name) < std::string_view(b.name);
}));

// Elements whose start and end stand on lines of their own; <p> and headings are paragraphs.
bool isBlock(std::string_view tag)
{
    static constexpr std::array<std::string_view, 22> blocks = {
        "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption",
        "figure", "footer", "header", "hr", "li", "ol", "pre", "section", "table", "tr", "ul",
        "caption", "nav"};
    return std::find(blocks.begin(), blocks.end(), tag) != blocks.end();
}

bool isParagraph(std::string_view tag)
{
    return tag == "p" || (tag.size() == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6');
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
        || c == ':' || c == '_';
}

void appendUtf8(std::string &out, char32_t code)
{
    if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
        code = 0xFFFD;
    if (code < 0x80) {
        out += char(code);
    } else if (code < 0x800) {
        out += char(0xC0 | (code >> 6));
        out += char(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
        out += char(0xE0 | (code >> 12));
        out += char(0x80 | ((code >> 6) & 0x3F));
        out += char(0x80 | (code & 0x3F));
    } else {
        out += char(0xF0 | (code >> 18));
        out += char(0x80 | ((code >> 12) & 0x3F));
        out += char(0x80 | ((code >> 6) & 0x3F));
        out += char(0x80 | (code & 0x3F));
    }
}

// Decodes the entity at text[at] == '&' into `out`; returns the index after it. An entity that
// is not one is kept as written.
size_t decodeEntity(std::string_view text, size_t at, std::string &out)
{
    size_t end = at + 1;
    if (end < text.size() && text[end] == '#') {
        ++end;
        const bool hex = end < text.size() && (text[end] == 'x' || text[end] == 'X');
        if (hex)
            ++end;
        const size_t digits = end;
        char32_t code = 0;
        while (end < text.size() && end - digits < 8) {
            const char c = text[end];
            int value;
            if (c >= '0' && c <= '9')
                value = c - '0';
            else if (hex && c >= 'a' && c <= 'f')
                value = c - 'a' + 10;
            else if (hex && c >= 'A' && c <= 'F')
                value = c - 'A' + 10;
            else
                break;
            code = code * (hex ? 16 : 10) + char32_t(value);
            ++end;
        }
        if (end == digits) {
            out += '&';
            return at + 1;
        }
        // Windows-1252's punctuation, which HTML reads in place of C1 controls.
        static constexpr char16_t c1[32] = {
            0x20AC, 0x81, 0x201A, 0x192, 0x201E, 0x2026, 0x2020, 0x2021, 0x2C6, 0x2030, 0x160,
            0x2039, 0x152, 0x8D, 0x17D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
            0x2013, 0x2014, 0x2DC, 0x2122, 0x161, 0x203A, 0x153, 0x9D, 0x17E, 0x178};
        if (code >= 0x80 && code < 0xA0)
            code = c1[code - 0x80];
        appendUtf8(out, code);
        if (end < text.size() && text[end] == ';')
            ++end;
        return end;
    }
    while (end < text.size() && end - at <= 10
           && ((text[end] >= 'a' && text[end] <= 'z') || (text[end] >= 'A' && text[end] <= 'Z')
               || (text[end] >= '0' && text[end] <= '9')))
        ++end;
    const std::string_view name = text.substr(at + 1, end - at - 1);
    const auto found = std::lower_bound(entities.begin(), entities.end(), name, entityLess);
    if (!name.empty() && found != entities.end() && found->name == name) {
        appendUtf8(out, found->code);
        return end < text.size() && text[end] == ';' ? end + 1 : end;
    }
    out += '&';
    return at + 1;
}

// Builds the plain text: white space collapsed, line breaks where the markup asks for them.
class PlainWriter
{
public:
    void text(std::string_view run)
    {
        for (char c : run) {
            if (isSpace(c)) {
                m_pendingSpace = !m_out.empty() && m_out.back() != '\n';
                continue;
            }
            flushBreaks();
            if (m_pendingSpace)
                m_out += ' ';
            m_pendingSpace = false;
            m_out += c;
        }
    }
    void decoded(const std::string &chars) { text(chars); }
    // Text from a <pre>: kept as written.
    void verbatim(std::string_view run)
    {
        flushBreaks();
        m_pendingSpace = false;
        m_out.append(run);
    }
    void lineBreak()
    {
        m_pendingSpace = false;
        m_out += '\n';
    }
    // A block boundary: the next text begins on a new line (two, for paragraphs).
    void blockBreak(int lines)
    {
        m_pendingSpace = false;
        m_breaks = std::max(m_breaks, lines);
    }
    std::string finish()
    {
        // Trailing spaces on each line, and blank lines at either end, go.
        std::string out;
        out.reserve(m_out.size());
        size_t from = 0;
        while (from <= m_out.size()) {
            size_t to = m_out.find('\n', from);
            if (to == std::string::npos)
                to = m_out.size();
            size_t end = to;
            while (end > from && m_out[end - 1] == ' ')
                --end;
            out.append(m_out, from, end - from);
            if (to < m_out.size())
                out += '\n';
            from = to + 1;
        }
        const size_t first = out.find_first_not_of('\n');
        if (first == std::string::npos)
            return {};
        const size_t last = out.find_last_not_of('\n');
        return out.substr(first, last - first + 1);
    }
    size_t size() const { return m_out.size(); }
    std::string_view since(size_t at) const { return std::string_view(m_out).substr(at); }

private:
    void flushBreaks()
    {
        if (m_breaks > 0 && !m_out.empty()) {
            int have = 0;
            for (auto it = m_out.rbegin(); it != m_out.rend() && *it == '\n'; ++it)
                ++have;
            for (; have < m_breaks; ++have)
                m_out += '\n';
        }
        m_breaks = 0;
    }

    std::string m_out;
    int m_breaks = 0;
    bool m_pendingSpace = false;
};

std::string lower(std::string_view text)
{
    std::string out(text);
    for (char &c : out) {
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    }
    return out;
}

// The value of attribute `name` in a start tag's attribute text, decoded; empty when absent.
std::string attribute(std::string_view attributes, std::string_view name)
{
    size_t at = 0;
    while (at < attributes.size()) {
        while (at < attributes.size() && (isSpace(attributes[at]) || attributes[at] == '/'))
            ++at;
        const size_t nameStart = at;
        while (at < attributes.size() && !isSpace(attributes[at]) && attributes[at] != '='
               && attributes[at] != '/')
            ++at;
        const std::string key = lower(attributes.substr(nameStart, at - nameStart));
        while (at < attributes.size() && isSpace(attributes[at]))
            ++at;
        std::string_view value;
        if (at < attributes.size() && attributes[at] == '=') {
            ++at;
            while (at < attributes.size() && isSpace(attributes[at]))
                ++at;
            if (at < attributes.size() && (attributes[at] == '"' || attributes[at] == '\'')) {
                const char quote = attributes[at++];
                const size_t end = attributes.find(quote, at);
                const size_t stop = end == std::string_view::npos ? attributes.size() : end;
                value = attributes.substr(at, stop - at);
                at = stop + 1;
            } else {
                const size_t start = at;
                while (at < attributes.size() && !isSpace(attributes[at]))
                    ++at;
                value = attributes.substr(start, at - start);
            }
        }
        if (key.empty() && at == nameStart) {
            ++at; // a stray character
            continue;
        }
        if (key == name) {
            std::string decoded;
            for (size_t i = 0; i < value.size();) {
                if (value[i] == '&')
                    i = decodeEntity(value, i, decoded);
                else
                    decoded += value[i++];
            }
            const size_t first = decoded.find_first_not_of(" \t\r\n");
            if (first == std::string::npos)
                return {};
            return decoded.substr(first, decoded.find_last_not_of(" \t\r\n") - first + 1);
        }
    }
    return {};
}

// URLs written as plain text in `run`, each with no words of its own.
void findBareUrls(std::string_view run, QList<HtmlText::Link> *links)
{
    size_t at = 0;
    while ((at = run.find("http", at)) != std::string_view::npos) {
        const bool secure = run.substr(at, 8) == "https://";
        if (!secure && run.substr(at, 7) != "http://") {
            at += 4;
            continue;
        }
        if (at > 0 && isNameChar(run[at - 1])) {
            at += 4;
            continue;
        }
        size_t end = at;
        while (end < run.size() && !isSpace(run[end]) && run[end] != '"' && run[end] != '<')
            ++end;
        // Punctuation after a URL ends the sentence, not the URL.
        while (end > at && std::string_view(".,;:!?)]'").find(run[end - 1]) != std::string_view::npos)
            --end;
        if (end > at + (secure ? 8 : 7))
            links->append({QString::fromUtf8(run.data() + at, qsizetype(end - at)), {}});
        at = end;
    }
}

// A link worth keeping as a source: somewhere outside the page itself.
bool isKeptLink(const std::string &url)
{
    if (url.empty() || url[0] == '#')
        return false;
    const std::string scheme = lower(url.substr(0, 11));
    return scheme.rfind("javascript:", 0) != 0 && scheme.rfind("data:", 0) != 0;
}

} // namespace

HtmlText::Result HtmlText::toPlain(std::string_view html, bool bareUrls)
{
    Result result;
    // Most texts hold no markup at all.
    if (html.find_first_of("<&") == std::string_view::npos) {
        PlainWriter writer;
        writer.text(html);
        if (bareUrls)
            findBareUrls(html, &result.links);
        result.text = writer.finish();
        return result;
    }

    PlainWriter writer;
    std::string scratch;
    std::string linkUrl;
    size_t linkTextStart = 0;
    bool inLink = false;
    int preDepth = 0;
    size_t at = 0;
    while (at < html.size()) {
        const char c = html[at];
        if (c == '&') {
            scratch.clear();
            at = decodeEntity(html, at, scratch);
            if (preDepth > 0)
                writer.verbatim(scratch);
            else
                writer.decoded(scratch);
            continue;
        }
        if (c != '<') {
            const size_t next = html.find_first_of("<&", at);
            const size_t stop = next == std::string_view::npos ? html.size() : next;
            if (preDepth > 0)
                writer.verbatim(html.substr(at, stop - at));
            else
                writer.text(html.substr(at, stop - at));
            if (bareUrls && !inLink)
                findBareUrls(html.substr(at, stop - at), &result.links);
            at = stop;
            continue;
        }
        // Comments, doctype and processing instructions vanish.
        if (html.substr(at, 4) == "<!--") {
            const size_t end = html.find("-->", at + 4);
            at = end == std::string_view::npos ? html.size() : end + 3;
            continue;
        }
        if (at + 1 < html.size() && (html[at + 1] == '!' || html[at + 1] == '?')) {
            const size_t end = html.find('>', at);
            at = end == std::string_view::npos ? html.size() : end + 1;
            continue;
        }
        const bool closing = at + 1 < html.size() && html[at + 1] == '/';
        size_t nameStart = at + (closing ? 2 : 1);
        size_t nameEnd = nameStart;
        while (nameEnd < html.size() && isNameChar(html[nameEnd]))
            ++nameEnd;
        if (nameEnd == nameStart || !((html[nameStart] >= 'a' && html[nameStart] <= 'z')
                                      || (html[nameStart] >= 'A' && html[nameStart] <= 'Z'))) {
            // A lone "<" (as in "a < b") is text.
            writer.text("<");
            ++at;
            continue;
        }
        // The tag ends at the first ">" outside a quoted attribute value.
        size_t end = nameEnd;
        char quote = 0;
        for (; end < html.size(); ++end) {
            const char d = html[end];
            if (quote) {
                if (d == quote)
                    quote = 0;
            } else if (d == '"' || d == '\'') {
                quote = d;
            } else if (d == '>') {
                break;
            }
        }
        const std::string name = lower(html.substr(nameStart, nameEnd - nameStart));
        const std::string_view attributes =
            html.substr(nameEnd, std::min(end, html.size()) - nameEnd);
        at = end < html.size() ? end + 1 : html.size();

        if (!closing && (name == "script" || name == "style")) {
            // Their content is not text.
            const std::string close = "</" + name;
            size_t found = at;
            for (;;) {
                found = html.find("</", found);
                if (found == std::string_view::npos || lower(html.substr(found, close.size())) == close)
                    break;
                found += 2;
            }
            if (found == std::string_view::npos) {
                at = html.size();
            } else {
                const size_t gt = html.find('>', found);
                at = gt == std::string_view::npos ? html.size() : gt + 1;
            }
            continue;
        }
        if (name == "br") {
            writer.lineBreak();
        } else if (isParagraph(name)) {
            writer.blockBreak(2);
        } else if (isBlock(name)) {
            writer.blockBreak(1);
            if (name == "pre")
                preDepth = std::max(0, preDepth + (closing ? -1 : 1));
        } else if (name == "td" || name == "th") {
            if (closing)
                writer.text(" ");
        } else if (name == "a") {
            if (!closing) {
                if (inLink && isKeptLink(linkUrl))
                    result.links.append({QString::fromStdString(linkUrl), {}});
                linkUrl = attribute(attributes, "href");
                linkTextStart = writer.size();
                inLink = true;
            } else if (inLink) {
                if (isKeptLink(linkUrl)) {
                    std::string words(writer.since(linkTextStart));
                    std::replace(words.begin(), words.end(), '\n', ' ');
                    result.links.append({QString::fromStdString(linkUrl),
                                         QString::fromStdString(words).simplified()});
                }
                inLink = false;
            }
        }
    }
    if (inLink && isKeptLink(linkUrl)) {
        std::string words(writer.since(linkTextStart));
        result.links.append({QString::fromStdString(linkUrl), QString::fromStdString(words).simplified()});
    }
    result.text = writer.finish();
    return result;
}

std::string HtmlText::oneLine(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    bool space = false;
    for (char c : text) {
        if (isSpace(c)) {
            space = !out.empty();
            continue;
        }
        if (space)
            out += ' ';
        space = false;
        out += c;
    }
    return out;
}

QString HtmlText::firstLine(const QString &text, int maxChars)
{
    const qsizetype newline = text.indexOf(u'\n');
    QString line = (newline < 0 ? text : text.first(newline)).trimmed();
    if (line.size() > maxChars) {
        qsizetype cut = line.lastIndexOf(u' ', maxChars - 1);
        if (cut < maxChars / 2)
            cut = maxChars - 1;
        line = line.first(cut).trimmed() + QChar(0x2026);
    }
    return line;
}
