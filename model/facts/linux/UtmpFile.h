// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The login records of /run/utmp, decoded from bytes rather than with getutent() so that a
// fixture file can be read, and so that reading is free of the C library's shared utmp state.

#include "Facts.h"

#include <string_view>
#include <vector>

namespace prep::facts {

class UtmpFile
{
public:
    // The struct utmp of glibc on 64-bit Linux (x86_64, aarch64): 384 bytes, little-endian.
    static constexpr std::size_t recordSize = 384;
    static constexpr std::int16_t userProcess = 7;

    // Logged-on users (USER_PROCESS records); a partial record at the end is ignored.
    static std::vector<SessionFacts> sessions(std::string_view bytes);
};

} // namespace prep::facts
