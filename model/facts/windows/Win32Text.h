// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Between Windows' UTF-16 and the UTF-8 that Facts hold, and Windows error codes in words.

#include <cstddef>
#include <string>

namespace prep::facts::win {

std::string toUtf8(const wchar_t *text, std::size_t length);
std::string toUtf8(const std::wstring &text);
// A null-terminated string; nullptr gives "".
std::string toUtf8(const wchar_t *text);
std::wstring toWide(const std::string &text);

// The system's words for a Win32 error code, in English where Windows has them: "Access is
// denied (error 5)".
std::string errorText(unsigned long code);

// ASCII-only case-insensitive comparison, for names Windows compares that way ("LocalSystem").
bool equalsIgnoringCase(const std::wstring &a, const std::wstring &b);

} // namespace prep::facts::win
