// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FirmwareNames.h"

#include <algorithm>

namespace prep::facts {

std::string isoBiosDate(const std::string &date)
{
    const bool usDate =
        date.size() == 10 && date[2] == '/' && date[5] == '/' &&
        std::all_of(date.begin(), date.end(), [](char c) { return c == '/' || (c >= '0' && c <= '9'); });
    return usDate ? date.substr(6, 4) + "-" + date.substr(0, 2) + "-" + date.substr(3, 2) : date;
}

std::string hypervisorFromDmi(const std::string &vendor, const std::string &product)
{
    const auto has = [](const std::string &textValue, const char *word) {
        return textValue.find(word) != std::string::npos;
    };
    if (has(vendor, "VMware") || has(product, "VMware"))
        return "vmware";
    if (has(vendor, "innotek") || has(product, "VirtualBox"))
        return "virtualbox";
    if (has(vendor, "Microsoft Corporation") && has(product, "Virtual Machine"))
        return "hyperv";
    if (has(vendor, "Xen") || has(product, "HVM domU"))
        return "xen";
    if (has(vendor, "QEMU") || has(product, "QEMU"))
        return "qemu";
    if (has(vendor, "KVM") || has(product, "KVM"))
        return "kvm";
    return {};
}

} // namespace prep::facts
