// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UtmpFile.h"

namespace prep::facts {

namespace {

// Offsets in glibc's struct utmp (bits/utmp.h) with __WORDSIZE_TIME64_COMPAT32: the time is
// two 32-bit fields so that 32- and 64-bit programs share the file.
constexpr std::size_t typeOffset = 0; // short ut_type (+2 bytes padding)
constexpr std::size_t lineOffset = 8; // char ut_line[32]
constexpr std::size_t lineSize = 32;
constexpr std::size_t userOffset = 44; // char ut_user[32]
constexpr std::size_t userSize = 32;
constexpr std::size_t hostOffset = 76; // char ut_host[256]
constexpr std::size_t hostSize = 256;
constexpr std::size_t secondsOffset = 340; // int32_t ut_tv.tv_sec

// The fields are little-endian on every platform this layout describes; decoding byte by byte
// keeps the reader correct wherever it is compiled.
std::uint32_t littleEndian32(std::string_view record, std::size_t offset)
{
    std::uint32_t value = 0;
    for (std::size_t i = 4; i-- > 0;)
        value = (value << 8) | static_cast<unsigned char>(record[offset + i]);
    return value;
}

std::int16_t littleEndian16(std::string_view record, std::size_t offset)
{
    const auto low = static_cast<unsigned char>(record[offset]);
    const auto high = static_cast<unsigned char>(record[offset + 1]);
    return static_cast<std::int16_t>(static_cast<std::uint16_t>(low | (high << 8)));
}

// The char arrays are NUL-padded but not NUL-terminated when full.
std::string fixedString(std::string_view record, std::size_t offset, std::size_t size)
{
    const std::string_view field = record.substr(offset, size);
    return std::string(field.substr(0, field.find('\0')));
}

SessionFacts session(std::string_view record)
{
    SessionFacts result;
    result.user = fixedString(record, userOffset, userSize);
    result.terminal = fixedString(record, lineOffset, lineSize);
    result.host = fixedString(record, hostOffset, hostSize);
    result.loginTime = static_cast<std::int32_t>(littleEndian32(record, secondsOffset));
    return result;
}

} // namespace

std::vector<SessionFacts> UtmpFile::sessions(std::string_view bytes)
{
    std::vector<SessionFacts> result;
    for (std::size_t at = 0; at + recordSize <= bytes.size(); at += recordSize) {
        const std::string_view record = bytes.substr(at, recordSize);
        if (littleEndian16(record, typeOffset) == userProcess)
            result.push_back(session(record));
    }
    return result;
}

} // namespace prep::facts
