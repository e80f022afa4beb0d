// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The services of a systemd system, read from its unit files, enablement symlinks and control
// groups rather than asked from systemd over D-Bus: that works on fixture trees and on machines
// where systemd is not running, and needs no privileges.

#include "Facts.h"
#include "RootFs.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace prep::facts {

class SystemdUnits
{
public:
    explicit SystemdUnits(const RootFs &fs);

    // `problems` receives, in words, what could not be read.
    std::vector<ServiceFacts> services(std::vector<std::string> &problems) const;

private:
    // Where a unit's definition comes from, after /etc has overridden the vendor directories.
    struct UnitFile
    {
        std::string path;        // empty while only a mask has been seen
        bool vendor = false;     // path is in a vendor directory (lib/systemd)
        bool vendorCopy = false; // an /etc file replacing one the distribution ships
        bool masked = false;
    };

    std::map<std::string, UnitFile> unitFiles() const;
    void addUnitFile(std::map<std::string, UnitFile> &units, const std::string &directory,
                     const std::string &name) const;
    std::set<std::string> wantedUnits() const;
    std::vector<std::string> cgroupSlices() const;
    bool isRunning(const std::vector<std::string> &slices, const std::string &name) const;
    // Everything but state and start type, from the unit file and its drop-ins.
    ServiceFacts describe(const std::string &name, const UnitFile &file, std::vector<std::string> &problems) const;

    const RootFs &fs_;
};

} // namespace prep::facts
