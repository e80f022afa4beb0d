// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace prep {

// Real-time antivirus and backup software the documents ask to turn off before Setup, recognised
// by their processes and services. The list is data: add a product by adding a row.
class KnownAgents
{
public:
    enum class Role { Antivirus, Backup };

    struct Product
    {
        const char *product; // product names are not translated
        const char *vendor;
        Role role;
        std::vector<const char *> processes; // as the system names them ("MsMpEng.exe", "clamd")
        std::vector<const char *> services;  // Windows service or systemd unit names, without ".service"
    };

    static const std::vector<Product> &products();

    // The product a running process or a service belongs to, or null. Names compare without
    // regard to case; Linux's 15-character process names match the start of a longer name.
    static const Product *byProcess(const std::string &name);
    static const Product *byService(const std::string &name);
};

} // namespace prep
