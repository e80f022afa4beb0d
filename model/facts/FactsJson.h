// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The facts snapshot: Facts as versioned JSON, written by prepprobe and read by prepwizard.
//
// {"schema": "prepwizard.facts/1", "hostName": "srv01", "collectedAt": "2026-11-21T10:00:00Z",
//  "collectorVersion": "0.1.0", "platform": "linux", "os": {...}, "cpu": {...}, "memory": {...},
//  "volumes": [...], "services": [...], "processes": [...], "sessions": [...],
//  "network": {...}, "firmware": {...}, "virtualization": {...}, "programs": [...],
//  "exchange": {...}, "clock": {...}, "problems": [...]}
//
// "clock" (added in 0.1 without a new schema number: older readers ignore it, and a snapshot
// without it reads as "unknown"): {"timeZone": "Europe/Madrid", "utcOffsetMinutes": 60,
// "measurement": {"server": "ntp.example.org:123", "measuredAt": "2026-11-21T10:00:00Z",
// "outcome": "answered", "offsetSeconds": -0.012, "roundTripSeconds": 0.03, "stratum": 2,
// "error": ""}}; utcOffsetMinutes and measurement are absent when unknown or not asked for.
//
// Field names are those of the structs in Facts.h; enumerations are lower-case words
// ("running", "automatic"). Readers ignore fields they do not know, and take the default for
// fields that are absent, except schema, hostName and collectedAt.

#include "Facts.h"

#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>

namespace prep::facts {

inline constexpr const char *snapshotSchema = "prepwizard.facts/1";

// Limits of what fromJson() reads; a text beyond them is refused with a SnapshotError that says
// which. Real snapshots stay far below: a few kilobytes, nested five levels, the longest text a
// Windows path.
inline constexpr std::size_t maxSnapshotBytes = 16 * 1024 * 1024;
inline constexpr std::size_t maxTextBytes = 1024 * 1024;
inline constexpr int maxNesting = 64;
// Most entries of one list (services, processes, programs, volumes, sessions, adapters, addresses).
inline constexpr std::size_t maxListItems = 100000;
// The fastest processor a snapshot may claim (1 THz).
inline constexpr double maxMegahertz = 1e6;

// Why a text is not a snapshot this version can read, in one line.
class SnapshotError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// indent < 0 writes one line. Strings that are not UTF-8 (a process or package name in Latin-1)
// are written with U+FFFD in place of the bad bytes, so those alone do not round-trip.
std::string toJson(const Facts &facts, int indent = 2);

// Throws SnapshotError: not JSON, not UTF-8, beyond the limits above, another or a newer schema,
// a field of the wrong type.
Facts fromJson(const std::string &text);

// The words a snapshot writes for a start type and a service state ("automatic", "running"), and
// back; nothing for a word it does not know.
const char *wordOf(StartType type);
const char *wordOf(ServiceState state);
std::optional<StartType> startTypeOf(const std::string &word);
std::optional<ServiceState> serviceStateOf(const std::string &word);

} // namespace prep::facts
