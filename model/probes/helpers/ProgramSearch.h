// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Facts.h"

#include <initializer_list>
#include <vector>

namespace prep {

// The installed programs and services whose name (or shown name) contains one of some words, without
// regard to case: "Site Server", "Best Practices Analyzer", "Fax".
class ProgramSearch
{
public:
    static std::vector<facts::ProgramFacts> programs(const facts::Facts &facts, std::initializer_list<const char *> words);
    static std::vector<facts::ServiceFacts> services(const facts::Facts &facts, std::initializer_list<const char *> words);
};

} // namespace prep
