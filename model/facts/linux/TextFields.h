// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small text helpers for the line-oriented files of /proc, /sys and /etc.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace prep::facts::text {

std::string trim(std::string_view text);
std::vector<std::string> lines(std::string_view text);
// Splits on runs of spaces and tabs, as /proc tables are laid out.
std::vector<std::string> words(std::string_view text);
bool startsWith(std::string_view text, std::string_view prefix);
bool endsWith(std::string_view text, std::string_view suffix);
// "key : value" (cpuinfo), "Key: value" (status, dpkg), "KEY=value" (os-release, unit files):
// the trimmed value when the line's key is `key`.
std::optional<std::string> valueOf(std::string_view line, std::string_view key, char separator);
// A whole decimal number, or nothing for anything else (empty, signs, trailing text, overflow).
std::optional<std::uint64_t> toUnsigned(std::string_view text);
std::optional<double> toDouble(std::string_view text);

} // namespace prep::facts::text
