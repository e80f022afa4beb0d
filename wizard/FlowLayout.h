// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLayout>
#include <QList>

namespace prep {

// Buttons side by side while they fit, on the next line when they do not: a row of actions that
// never makes a page wider than a small screen (800×600), whatever the language's words.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;

    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Places the items in `rect` (when `apply`) and returns the height they take.
    int arrange(const QRect &rect, bool apply) const;
    int gap(Qt::Orientation orientation) const;

    QList<QLayoutItem *> m_items;
};

} // namespace prep
