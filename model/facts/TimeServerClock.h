// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Asks a time server once over SNTP (RFC 4330, UDP) how far this machine's clock is from it,
// in plain C++ (POSIX sockets, or Winsock from Windows 2000 on) for prepprobe, which has no Qt.

#include "Facts.h"

#include <string>

namespace prep::facts {

// "host", "host:port", "[::1]" or "[::1]:port" (port 123 when none); false for anything else.
bool parseTimeServer(const std::string &text, std::string &host, unsigned short &port);

// One exchange, waiting at most `timeoutMs` for the answer. Never throws: a failure is an
// outcome with the system's words in `error`. `server` is written as given ("host:port").
ClockMeasurement measureClock(const std::string &host, unsigned short port, int timeoutMs);

} // namespace prep::facts
