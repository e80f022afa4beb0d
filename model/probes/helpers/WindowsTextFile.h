// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace prep {

// Reads a settings file as Windows tools write them: UTF-16 or UTF-8 with a byte-order mark, else
// the local code page. Returns nothing when the file does not exist; `error` says why it could not
// be read otherwise.
class WindowsTextFile
{
public:
    static std::optional<QString> read(const QString &path, QString *error);
};

} // namespace prep
