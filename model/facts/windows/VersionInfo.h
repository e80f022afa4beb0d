// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The version resource of an executable or DLL: who made it and which version it is.

#include <optional>
#include <string>

namespace prep::facts::win {

struct VersionInfo
{
    std::string companyName; // "Microsoft Corporation"; empty when the resource names none
    std::string fileVersion; // "6.5.7638.1", from the fixed part of the resource
};

// Nothing, with the reason in `error`, when the file cannot be read or has no version resource.
std::optional<VersionInfo> readVersionInfo(const std::wstring &path, std::string &error);

// Whether a company name is Microsoft's: "Microsoft Corporation", as older files also say
// "Microsoft Corp.".
bool isMicrosoft(const std::string &companyName);

} // namespace prep::facts::win
