// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Seconds since the epoch as ISO-8601 UTC text ("2026-11-21T10:00:00Z") and back. Plain
// calendar arithmetic rather than gmtime_r()/timegm(): mingw-w64 has neither, and prepprobe is
// also built for Windows.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace prep::facts {

std::string formatUtc(std::int64_t secondsSinceEpoch);
// Exactly the form formatUtc() writes, with a valid date and time; nothing otherwise.
std::optional<std::int64_t> parseUtc(std::string_view text);

} // namespace prep::facts
