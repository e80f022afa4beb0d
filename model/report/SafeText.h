// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace prep::SafeText {

// Most characters of one text from outside (a host name, a service, a note) that a report or a
// message shows; the JSON report keeps the whole text.
constexpr qsizetype maxShownLength = 1000;

// Text from a machine or a file, for plain text and the terminal: one line stays one line, and no
// character can move the cursor, change colours or hide what follows. Control characters are shown
// as their visible symbols (U+0000–U+001F as U+2400–U+241F, "␊" for a newline, U+007F as "␡"); C1
// controls, line and paragraph separators as "\xNN" / "\uNNNN". Right-to-left and combining text
// is left as it is. Longer than `maxLength`: cut there (never inside a surrogate pair), with "…".
// `newline`: how a line break shows (the symbol "␊" in plain text, a space in HTML and Markdown).
enum class Newline { Symbol, Space };
QString oneLine(const QString &text, qsizetype maxLength = maxShownLength, Newline newline = Newline::Symbol);

// Text from outside (a server's name) as part of a file name the wizard proposes: letters, digits,
// "_", "." and "-" only, each other run a "-", no leading dot, at most 64 characters; "server" if
// nothing is left. It never names another folder ("../x", "C:\x", "\\host\share").
QString fileNamePart(const QString &text);

} // namespace prep::SafeText
