// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reading the firmware's own words, the same on every platform: Linux has them from
// /sys/class/dmi/id, Windows from the SMBIOS table.

#include <string>

namespace prep::facts {

// BIOS dates are MM/DD/YYYY by the SMBIOS specification: as "YYYY-MM-DD"; anything else as it is.
std::string isoBiosDate(const std::string &date);

// The hypervisor that virtual hardware names in its system vendor and product ("kvm", "qemu",
// "vmware", "virtualbox", "hyperv", "xen"); empty for real hardware.
std::string hypervisorFromDmi(const std::string &vendor, const std::string &product);

} // namespace prep::facts
