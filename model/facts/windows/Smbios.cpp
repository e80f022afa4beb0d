// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Smbios.h"

#include "SystemFunction.h"
#include "Win32Text.h"

#include <windows.h>

#include <algorithm>

namespace prep::facts::win {

namespace {

constexpr std::size_t rawHeaderSize = 8;   // RawSMBIOSData before SMBIOSTableData
constexpr std::size_t structureHeader = 4; // type, length, handle
constexpr std::uint8_t biosInformation = 0;
constexpr std::uint8_t systemInformation = 1;
constexpr std::uint8_t endOfTable = 127;

// One structure: its formatted part and the strings that follow it, numbered from 1.
struct Structure
{
    std::uint8_t type = 0;
    const std::uint8_t *formatted = nullptr;
    std::size_t length = 0;
    std::vector<std::string> strings;

    // The string a byte of the formatted part refers to; "" for 0 or a byte past the part.
    std::string string(std::size_t offset) const
    {
        if (offset >= length || formatted[offset] == 0 || formatted[offset] > strings.size())
            return {};
        return strings[formatted[offset] - 1u];
    }
};

// Reads the structure at `at` and moves `at` past its strings; false at the end or on a bad one.
bool nextStructure(const std::uint8_t *data, std::size_t size, std::size_t &at, Structure &structure)
{
    if (at + structureHeader > size || data[at + 1] < structureHeader || at + data[at + 1] > size)
        return false;
    structure = Structure{data[at], data + at, data[at + 1], {}};
    std::size_t position = at + structure.length;
    // The strings end with an empty one: two nulls in a row (also when there are none).
    for (;;) {
        std::size_t end = position;
        while (end < size && data[end] != 0)
            ++end;
        if (end >= size)
            return false;
        if (end == position) {
            at = position + (structure.strings.empty() && position + 1 < size && data[position + 1] == 0 ? 2 : 1);
            return true;
        }
        structure.strings.emplace_back(reinterpret_cast<const char *>(data + position), end - position);
        position = end + 1;
    }
}

// SMBIOS strings are padded with spaces by some firmware.
std::string trimmed(const std::string &text)
{
    const auto first = text.find_first_not_of(' ');
    return first == std::string::npos ? std::string() : text.substr(first, text.find_last_not_of(' ') - first + 1);
}

} // namespace

SmbiosStrings parseSmbios(const std::vector<std::uint8_t> &raw)
{
    SmbiosStrings result;
    if (raw.size() < rawHeaderSize)
        return result;
    const std::uint32_t declared =
        std::uint32_t(raw[4]) | std::uint32_t(raw[5]) << 8 | std::uint32_t(raw[6]) << 16 | std::uint32_t(raw[7]) << 24;
    const std::size_t size = std::min<std::size_t>(declared, raw.size() - rawHeaderSize);
    const std::uint8_t *data = raw.data() + rawHeaderSize;
    Structure structure;
    for (std::size_t at = 0; nextStructure(data, size, at, structure) && structure.type != endOfTable;) {
        if (structure.type == biosInformation && result.biosVendor.empty()) {
            result.biosVendor = trimmed(structure.string(4));
            result.biosVersion = trimmed(structure.string(5));
            result.biosDate = trimmed(structure.string(8));
        } else if (structure.type == systemInformation && result.systemManufacturer.empty()) {
            result.systemManufacturer = trimmed(structure.string(4));
            result.systemProduct = trimmed(structure.string(5));
        }
    }
    return result;
}

std::optional<std::vector<std::uint8_t>> readSmbiosTable(std::string &error)
{
    auto *getSystemFirmwareTable =
        systemFunction<decltype(::GetSystemFirmwareTable)>(L"kernel32.dll", "GetSystemFirmwareTable");
    if (!getSystemFirmwareTable)
        return std::nullopt;
    constexpr DWORD rsmb = 'R' << 24 | 'S' << 16 | 'M' << 8 | 'B';
    const UINT size = getSystemFirmwareTable(rsmb, 0, nullptr, 0);
    if (size == 0) {
        error = errorText(::GetLastError());
        return std::nullopt;
    }
    std::vector<std::uint8_t> table(size);
    if (getSystemFirmwareTable(rsmb, 0, table.data(), size) != size) {
        error = errorText(::GetLastError());
        return std::nullopt;
    }
    return table;
}

} // namespace prep::facts::win
