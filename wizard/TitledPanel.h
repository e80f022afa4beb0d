// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QFrame;
class QLabel;

namespace prep {

// A title over a framed panel, as a group box shows it. Fusion draws a QGroupBox's frame from an
// image, and the first image read loads every image-format plugin Qt has (and libjpeg): on the
// Welcome page that was the costliest part of the first paint. Screen readers hear it as a group
// named by its title, as they hear a group box.
class TitledPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TitledPanel(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const;
    // Where the panel's contents go: give it a layout.
    QFrame *body() const { return m_body; }

private:
    QLabel *m_title;
    QFrame *m_body;
};

} // namespace prep
