// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Addresses as text, written the way the Linux collector writes them, without asking Windows:
// its own formatter for IPv6 came with Vista, and WSAAddressToString adds the zone ("%4").

#include <cstddef>
#include <cstdint>
#include <string>

namespace prep::facts::win {

std::string ipv4Text(const unsigned char (&bytes)[4]);
// RFC 5952: lower case, leading zeros dropped, the longest run of zero groups as "::".
std::string ipv6Text(const unsigned char (&bytes)[16]);
// "192.168.16.2" → its four bytes; false for anything else.
bool parseIpv4(const std::string &text, unsigned char (&bytes)[4]);
// 255.255.255.0 → 24, as the bytes of the mask; -1 when the ones do not come first.
int prefixLength(const unsigned char (&mask)[4]);
// "00:11:22:33:44:55"; empty for no bytes or all zeros (no hardware address).
std::string macText(const unsigned char *bytes, std::size_t length);

} // namespace prep::facts::win
