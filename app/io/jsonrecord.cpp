// SPDX-License-Identifier: MIT
#include "jsonrecord.h"

quint32 JsonRecord::storeText(std::string_view text)
{
    const quint32 offset = quint32(m_text.size());
    m_text.append(text);
    return offset;
}

JsonRecord::Node &JsonRecord::push(Type type, std::string_view key, qint64 sourceOffset)
{
    Node node;
    node.type = type;
    node.sourceOffset = sourceOffset;
    const bool inObject = !m_open.empty() && m_nodes[size_t(m_open.back())].type == Type::Object;
    if (inObject) {
        node.keyOffset = storeText(key);
        node.keyLength = quint32(key.size());
    }
    m_nodes.push_back(node);
    return m_nodes.back();
}

void JsonRecord::addScalar(Type type, std::string_view key, std::string_view text, bool boolean,
                           qint64 sourceOffset)
{
    const quint32 textOffset = storeText(text);
    Node &node = push(type, key, sourceOffset);
    node.textOffset = textOffset;
    node.textLength = quint32(text.size());
    node.boolean = boolean;
    node.end = quint32(m_nodes.size());
}

void JsonRecord::beginContainer(Type type, std::string_view key, qint64 sourceOffset)
{
    push(type, key, sourceOffset);
    m_open.push_back(int(m_nodes.size()) - 1);
}

void JsonRecord::endContainer()
{
    m_nodes[size_t(m_open.back())].end = quint32(m_nodes.size());
    m_open.pop_back();
}

QString JsonRecord::typeName(Type type)
{
    //: The JSON types, in "expected a string, found %1"
    switch (type) {
    case Type::Null: return tr("null");
    case Type::Bool: return tr("a boolean");
    case Type::Number: return tr("a number");
    case Type::String: return tr("a string");
    case Type::Array: return tr("an array");
    case Type::Object: return tr("an object");
    }
    return {};
}
