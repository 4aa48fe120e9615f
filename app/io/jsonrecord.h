// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

#include <string>
#include <string_view>
#include <vector>

// One JSON value (an event object, say) captured from the SAX stream as a flat tree, with the
// byte offset where each value starts, so that field errors can name their exact line and
// column. The loader reuses one JsonRecord for every record of a file: after warm-up, reading
// a record allocates nothing.
class JsonRecord
{
    Q_DECLARE_TR_FUNCTIONS(JsonRecord)
public:
    enum class Type : quint8 { Null, Bool, Number, String, Array, Object };

    struct Node
    {
        qint64 sourceOffset = 0;
        quint32 keyOffset = 0; // member name, when the parent is an object
        quint32 keyLength = 0;
        quint32 textOffset = 0; // string value, or the number as written
        quint32 textLength = 0;
        quint32 end = 0; // one past the last node of this subtree
        Type type = Type::Null;
        bool boolean = false;
    };

    void clear()
    {
        m_nodes.clear();
        m_text.clear();
        m_open.clear();
    }
    bool isEmpty() const { return m_nodes.empty(); }
    bool isComplete() const { return !m_nodes.empty() && m_open.empty(); }
    int depth() const { return int(m_open.size()); }

    // Building, in stream order. `key` is ignored inside arrays.
    void addScalar(Type type, std::string_view key, std::string_view text, bool boolean,
                   qint64 sourceOffset);
    void beginContainer(Type type, std::string_view key, qint64 sourceOffset);
    void endContainer();

    // Reading.
    static constexpr int root = 0;
    const Node &node(int index) const { return m_nodes[size_t(index)]; }
    std::string_view key(int index) const
    {
        const Node &n = node(index);
        return {m_text.data() + n.keyOffset, n.keyLength};
    }
    std::string_view text(int index) const
    {
        const Node &n = node(index);
        return {m_text.data() + n.textOffset, n.textLength};
    }
    // Children of a container: for (int c = firstChild(n); c != endOfChildren(n); c = next(c)).
    int firstChild(int index) const { return index + 1; }
    int endOfChildren(int index) const { return int(node(index).end); }
    int next(int index) const { return int(node(index).end); }

    // "a string", "an array": a JSON value's type as a message names it, in the reader's language.
    static QString typeName(Type type);

private:
    Node &push(Type type, std::string_view key, qint64 sourceOffset);
    quint32 storeText(std::string_view text);

    std::vector<Node> m_nodes;
    std::string m_text;
    std::vector<int> m_open; // containers not yet closed
};
