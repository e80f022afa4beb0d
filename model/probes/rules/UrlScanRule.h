// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Facts.h"
#include "checklist/Finding.h"

#include <QString>

#include <optional>

namespace prep {

// post.urlscan-exe: URLScan, when installed, refuses .exe downloads from the default Web site
// (Connection Manager from Remote Web Workplace) unless its configuration allows them.
class UrlScanRule
{
public:
    // Where URLScan keeps its configuration under the Windows folder.
    static QString configurationPath(const QString &windowsFolder);
    // The configuration refuses .exe: listed under [DenyExtensions], or missing from
    // [AllowExtensions] when UseAllowExtensions=1.
    static bool refusesExe(const QString &configuration);
    // `configuration`: nothing when the file does not exist.
    static Finding evaluate(const QString &path, const std::optional<QString> &configuration, const QString &error);
    static Finding notHere(const facts::Facts &facts, bool snapshot);
};

} // namespace prep
