// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Collects the facts of the machine it runs on. Linux (linux/LinuxCollector.cpp) reads /proc,
// /sys, /etc, utmp and systemd's files below a root directory, so tests can point it at a fixture
// tree; Windows (windows/) asks the system and ignores the root.
//
// Each area method is independent and reads afresh. One Collector belongs to one thread at a
// time; separate Collector objects share nothing and may be used concurrently.

#include "Facts.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace prep::facts {

// The size of the file system mounted at a path, as statvfs() or GetDiskFreeSpaceEx() reports it.
struct DiskSpace
{
    std::uint64_t totalBytes = 0;
    std::uint64_t freeBytes = 0; // available to unprivileged users
};

// Measures the file system at `path`; on failure returns nothing and says why in `error`.
using DiskSpaceFunction = std::function<std::optional<DiskSpace>(const std::string &path, std::string &error)>;

class Collector
{
public:
    explicit Collector(std::string root = "/");

    // Replaces the measurement of mounted file systems. The default measures root + mount point,
    // which means nothing for a fixture tree: tests give the sizes they expect.
    void setDiskSpaceFunction(DiskSpaceFunction function);

    OsFacts os();
    CpuFacts cpu();
    MemoryFacts memory();
    std::vector<VolumeFacts> volumes();
    std::vector<ServiceFacts> services();
    std::vector<ProcessFacts> processes();
    std::vector<SessionFacts> sessions();
    NetworkFacts network();
    FirmwareFacts firmware();
    VirtualizationFacts virtualization();
    std::vector<ProgramFacts> programs();
    ExchangeFacts exchange();
    // The time zone and the offset from UTC (no time server is asked: see ClockProbe.h).
    ClockFacts clock();
    std::string hostName();

    // Everything, stamped with the host name, the time (now), this collector's version and the
    // platform; its problems are those of this call.
    Facts all();

    // What could not be read so far, in words ("Firmware: cannot read …"). Nothing here throws
    // for a missing or unreadable file: the value stays empty and a problem is added.
    const std::vector<std::string> &problems() const;

    static std::string version();  // the collector's version, as written in snapshots
    static std::string platform(); // "linux" or "windows"

private:
    std::string root_;
    DiskSpaceFunction diskSpace_;
    std::vector<std::string> problems_;
    // Keeps the first maxListItems of `items`, with a problem that says so.
    template<typename T> void cut(std::vector<T> &items, const char *what);
};

} // namespace prep::facts
