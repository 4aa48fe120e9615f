// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

#include <string>
#include <string_view>

// HTML fragments (TimelineJS texts, vis.js item and group contents) as the plain text Tideline
// shows: tags dropped, entities decoded (named and numeric), <br> a line break and paragraphs,
// list items and other blocks on lines of their own, white space collapsed as a browser does.
// Links (<a href>) are returned beside the text so that importers can keep them as sources.
// Nothing is fetched, and nothing of the markup is ever run.
namespace HtmlText {

struct Link
{
    QString url;
    QString text; // the link's own words, plain; may be empty
};

struct Result
{
    std::string text; // UTF-8
    QList<Link> links;
};

// With `bareUrls`, URLs written as text ("see https://…") are links too, as TimelineJS's
// autolink makes them.
Result toPlain(std::string_view html, bool bareUrls = false);

// The text on one line: every run of white space (line breaks too) one space, none at the ends.
std::string oneLine(std::string_view text);

// The first line of `text`, at most `maxChars` characters (an ellipsis marks a cut).
QString firstLine(const QString &text, int maxChars = 120);

} // namespace HtmlText
