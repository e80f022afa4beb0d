// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the SMBIOS table says about the BIOS (type 0) and the system (type 1).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace prep::facts::win {

struct SmbiosStrings
{
    std::string biosVendor;
    std::string biosVersion;
    std::string biosDate; // as written there: MM/DD/YYYY
    std::string systemManufacturer;
    std::string systemProduct;
};

// The table as GetSystemFirmwareTable('RSMB') gives it: a RawSMBIOSData header (calling method,
// major, minor and DMI revision bytes, a 32-bit length), then the structures.
SmbiosStrings parseSmbios(const std::vector<std::uint8_t> &raw);

// The raw table. Nothing when this Windows has no GetSystemFirmwareTable (Windows 2000, XP, and
// Server 2003 before SP1) — `error` stays empty then — or when it cannot be read.
std::optional<std::vector<std::uint8_t>> readSmbiosTable(std::string &error);

} // namespace prep::facts::win
