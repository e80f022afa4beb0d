// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "IpText.h"

#include <algorithm>

namespace prep::facts::win {

namespace {

std::string hex(unsigned value, int digits)
{
    static const char *const symbols = "0123456789abcdef";
    std::string text;
    for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4)
        text += symbols[(value >> shift) & 0xf];
    return text;
}

} // namespace

std::string ipv4Text(const unsigned char (&bytes)[4])
{
    return std::to_string(bytes[0]) + "." + std::to_string(bytes[1]) + "." + std::to_string(bytes[2]) + "." +
           std::to_string(bytes[3]);
}

std::string ipv6Text(const unsigned char (&bytes)[16])
{
    unsigned groups[8];
    for (int i = 0; i < 8; ++i)
        groups[i] = static_cast<unsigned>(bytes[2 * i] << 8 | bytes[2 * i + 1]);
    // The longest run of two or more zero groups, the first of equal ones.
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < 8;) {
        int end = i;
        while (end < 8 && groups[end] == 0)
            ++end;
        if (end - i > bestLength) {
            bestStart = i;
            bestLength = end - i;
        }
        i = std::max(end, i + 1);
    }
    std::string text;
    for (int i = 0; i < 8; ++i) {
        if (i == bestStart) {
            text += "::";
            i += bestLength - 1;
            continue;
        }
        if (!text.empty() && text.back() != ':')
            text += ':';
        const std::string group = hex(groups[i], 4);
        text += group.substr(std::min(group.find_first_not_of('0'), group.size() - 1));
    }
    return text;
}

bool parseIpv4(const std::string &text, unsigned char (&bytes)[4])
{
    std::size_t at = 0;
    for (int part = 0; part < 4; ++part) {
        if (part > 0 && (at >= text.size() || text[at++] != '.'))
            return false;
        unsigned value = 0;
        const std::size_t start = at;
        while (at < text.size() && at - start < 3 && text[at] >= '0' && text[at] <= '9')
            value = value * 10 + static_cast<unsigned>(text[at++] - '0');
        if (at == start || value > 255)
            return false;
        bytes[part] = static_cast<unsigned char>(value);
    }
    return at == text.size();
}

int prefixLength(const unsigned char (&mask)[4])
{
    const std::uint32_t bits = std::uint32_t(mask[0]) << 24 | std::uint32_t(mask[1]) << 16 |
                               std::uint32_t(mask[2]) << 8 | std::uint32_t(mask[3]);
    int length = 0;
    while (length < 32 && (bits & (0x80000000u >> length)))
        ++length;
    const std::uint32_t expected = length == 0 ? 0 : ~std::uint32_t(0) << (32 - length);
    return bits == expected ? length : -1;
}

std::string macText(const unsigned char *bytes, std::size_t length)
{
    if (std::all_of(bytes, bytes + length, [](unsigned char b) { return b == 0; }))
        return {};
    std::string text;
    for (std::size_t i = 0; i < length; ++i)
        text += (i ? ":" : "") + hex(bytes[i], 2);
    return text;
}

} // namespace prep::facts::win
