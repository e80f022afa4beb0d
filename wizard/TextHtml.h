// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace prep {

// Small rich-text pieces for labels. Every function escapes its text: strings from the machine
// or the operator never become markup.
QString paragraph(const QString &text);
QString heading(const QString &text);
QString small(const QString &text);
QString orderedList(const QStringList &items);
QString bulletList(const QStringList &items);
// A boxed caution as the documents set them apart: bold label, then the text.
QString cautionBox(const QString &label, const QString &text);

} // namespace prep
