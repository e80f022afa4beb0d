// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Facts.h"
#include "checklist/Finding.h"

#include <QString>

#include <optional>

namespace prep {

// hw.free-disk: Setup needs free space on the system volume and on the volume that holds the
// folder for its files. Below the catalog's figure on either one is a blocker. Without a figure
// (the path's document gives none) the finding reports the free space and decides nothing.
class FreeDiskRule
{
public:
    // `setupFolder` empty: the system volume only.
    static Finding evaluate(const facts::Facts &facts, const QString &setupFolder, std::optional<double> minFreeBytes);

    // The volume that holds `path`: the one with the longest mount point that contains it. On
    // Windows, drive letters and folders compare without regard to case or slash direction.
    static const facts::VolumeFacts *volumeOf(const facts::Facts &facts, const QString &path);
};

} // namespace prep
