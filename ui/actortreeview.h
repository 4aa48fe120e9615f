// SPDX-License-Identifier: MIT
#pragma once

#include <QTreeView>

// The actors tree as both windows show it (over an ActorTreeModel, directly or through a proxy):
// the names take the width, so a narrow dock shows them whole and never scrolls sideways; the
// kind shows as its icon (named in its tooltip); the role starts hidden. The header's menu shows
// or hides columns.
class ActorTreeView : public QTreeView
{
    Q_OBJECT
public:
    explicit ActorTreeView(QWidget *parent = nullptr);

    // Call once the model is set: the columns' sizes, the kind's delegate, the header's menu,
    // and the columns shown as last saved (QHeaderView::saveState; empty: the defaults).
    void setUpColumns(const QByteArray &savedHeader = {});

    // Wide enough for names of about 36 characters two levels down (a person under a state under
    // its kind: the indents, tick box, colour swatch and text) beside their event count and kind.
    // Longer names are cut; the tooltip has them whole. From the font: no dataset need be open.
    int preferredWidth() const;
};
