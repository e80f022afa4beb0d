// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the probe tests share: the fixture trees and snapshots, and findings in words.

#include "checklist/Finding.h"
#include "probes/runner/LiveFacts.h"
#include "probes/runner/SnapshotFacts.h"

#include <QString>
#include <QStringList>

#include <map>
#include <memory>
#include <string>

namespace probetest {

inline constexpr double GiB = 1024.0 * 1024.0 * 1024.0;

inline const std::string serverRoot = PREP_FIXTURES "/linux-server";
inline const std::string minimalRoot = PREP_FIXTURES "/linux-minimal";

// A fixture tree's mount points are not file systems: the sizes are given, as a server has them.
inline std::shared_ptr<prep::LiveFacts> fixtureTree(const std::string &root,
                                                    std::map<std::string, prep::facts::DiskSpace> sizes = {})
{
    return std::make_shared<prep::LiveFacts>(
        root, [sizes](const std::string &mountPoint, std::string &error) -> std::optional<prep::facts::DiskSpace> {
            const auto it = sizes.find(mountPoint);
            if (it == sizes.end()) {
                error = "Input/output error";
                return std::nullopt;
            }
            return it->second;
        });
}

inline std::shared_ptr<prep::SnapshotFacts> snapshot(const char *name)
{
    QString error;
    auto facts = prep::SnapshotFacts::load(QStringLiteral(PREP_FIXTURES "/snapshots/%1").arg(QLatin1String(name)), &error);
    if (!facts)
        qFatal("%s", qPrintable(error));
    return facts;
}

// Evidence and details, one line each, as the operator reads them in English.
inline QString text(const prep::Finding &finding)
{
    return (prep::renderAll(finding.evidence) + prep::renderAll(finding.details)).join(QLatin1Char('\n'));
}

} // namespace probetest
