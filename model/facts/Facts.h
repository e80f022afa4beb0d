// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a machine is: plain data, no Qt, no judgement. Filled by the platform collectors
// (linux/, windows/) and read from or written to a versioned JSON snapshot (FactsJson.h).

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace prep::facts {

// A byte count as the signed 64-bit number the texts take (Qt's sizes): 2^63 and more, which no
// disk has (a snapshot may say 2^64 − 1), show as 2^63 − 1, never as a negative number.
inline std::int64_t shownBytes(std::uint64_t bytes)
{
    constexpr auto most = std::numeric_limits<std::int64_t>::max();
    return bytes > static_cast<std::uint64_t>(most) ? most : static_cast<std::int64_t>(bytes);
}
// The same for a computed amount: NaN and less than nothing show as 0.
inline std::int64_t shownBytes(double bytes)
{
    if (!(bytes > 0))
        return 0;
    return bytes >= 9.2e18 ? std::numeric_limits<std::int64_t>::max() : static_cast<std::int64_t>(bytes + 0.5);
}

struct OsFacts
{
    std::string name;          // "Debian GNU/Linux", "Windows Server 2003"
    std::string version;       // "12", "5.2.3790 Service Pack 2"
    std::string kernel;        // "6.1.0-18-amd64", "5.2.3790"
    std::string architecture;  // "x86_64", "x86", "arm64"
    std::string edition;       // "Small Business Server" (Windows suite), empty elsewhere
    bool smallBusinessServer = false;
    std::string language;      // UI language, e.g. "en-US", where known
};

struct CpuFacts
{
    std::string model;
    int logicalCores = 0;
    int physicalCores = 0;     // 0 when unknown
    int sockets = 0;           // 0 when unknown
    double maxMhz = 0;         // 0 when unknown
    bool is64Bit = false;
};

struct MemoryFacts
{
    std::uint64_t totalBytes = 0;
    std::uint64_t availableBytes = 0;
};

struct VolumeFacts
{
    std::string mountPoint;    // "/", "/home", "C:\\", "M:\\"
    std::string device;        // "/dev/sda1", volume name on Windows
    std::string fileSystem;    // "ext4", "NTFS"
    std::uint64_t totalBytes = 0;
    std::uint64_t freeBytes = 0;      // available to the caller
    bool system = false;              // holds the operating system
    bool readOnly = false;
};

enum class ServiceState { Unknown, Running, Stopped, Starting, Stopping, Paused };
// AutomaticDelayed: "Automatic (Delayed Start)", started after the other automatic services
// (Windows Vista, Server 2008 and later; Windows 2000 and 2003 have no such setting).
enum class StartType { Unknown, Automatic, Manual, Disabled, Boot, System, AutomaticDelayed };

// Started with Windows, at once or delayed.
inline bool startsAutomatically(StartType type)
{
    return type == StartType::Automatic || type == StartType::AutomaticDelayed;
}

struct ServiceFacts
{
    std::string name;          // "cron.service", "MSExchangeIS"
    std::string displayName;
    std::string account;       // "root", "LocalSystem", "NT AUTHORITY\\NetworkService"
    bool runsAsSystem = false; // LocalSystem on Windows, root on Linux
    ServiceState state = ServiceState::Unknown;
    StartType startType = StartType::Unknown;
    bool thirdParty = false;   // not part of the operating system
    std::string vendor;        // company name where known
    std::string imagePath;     // executable
};

struct ProcessFacts
{
    std::uint32_t pid = 0;
    std::string name;          // "clamd", "MsMpEng.exe"
    std::string user;          // where known
};

struct SessionFacts
{
    std::string user;
    std::string terminal;      // "pts/0", "RDP-Tcp#0", "Console"
    std::string host;          // remote host where known
    std::int64_t loginTime = 0; // seconds since the epoch, 0 when unknown
};

struct AdapterFacts
{
    std::string name;          // "eth0", "Local Area Connection"
    std::string mac;           // "00:11:22:33:44:55", empty when none
    bool up = false;
    bool loopback = false;
    bool wireless = false;
    std::uint64_t speedMbps = 0; // 0 when unknown
    std::vector<std::string> addresses; // "192.168.16.2/24", "fe80::1/64"
};

struct NetworkFacts
{
    std::vector<AdapterFacts> adapters;
    std::vector<std::string> gateways;    // default gateways
    std::vector<std::string> dnsServers;
    std::string hostName;
    std::string domain;                   // DNS or Windows domain where known
};

struct FirmwareFacts
{
    std::string vendor;
    std::string version;
    std::string date;          // as ISO "YYYY-MM-DD" where it could be parsed, else as read
};

struct VirtualizationFacts
{
    bool virtualMachine = false;
    std::string hypervisor;    // "kvm", "qemu", "vmware", "virtualbox", "hyperv", "xen", or
                               // "container"; empty when none or unknown
};

struct ProgramFacts
{
    std::string name;
    std::string version;
    std::string publisher;
};

struct ExchangeFacts
{
    bool installed = false;
    std::string version;       // "6.0.6249.0" (2000), "6.5.7638.1" (2003)
    std::string rpcProxyValidPorts; // HKLM\Software\Microsoft\Rpc\RpcProxy ValidPorts, raw
};

// One SNTP exchange with a time server, made by the collector when asked (prepprobe
// --time-server): how far the time server's clock was from this machine's at that moment.
struct ClockMeasurement
{
    std::string server;            // "ntp.example.org:123", as given
    std::int64_t measuredAt = 0;   // seconds since the epoch (UTC), by this machine's clock
    // "answered" (offsetSeconds is valid), "no-answer", "host-not-found", "network-error",
    // "unsynchronized", "refused" (kiss of death: `error` holds its code), "unreadable"
    std::string outcome = "no-answer";
    double offsetSeconds = 0;      // the time server's time minus this machine's time
    double roundTripSeconds = 0;
    int stratum = 0;
    std::string error;             // the system's words for a failure, where there are some
};

struct ClockFacts
{
    std::string timeZone;          // "Europe/Madrid", "Romance Standard Time"; empty when unknown
    bool utcOffsetKnown = false;
    int utcOffsetMinutes = 0;      // local time minus UTC at collection, with daylight saving
    std::optional<ClockMeasurement> measurement; // absent: no time server was asked
};

// One machine at one moment.
struct Facts
{
    std::string hostName;
    std::int64_t collectedAt = 0;   // seconds since the epoch (UTC)
    std::string collectorVersion;   // version of the program that collected them
    std::string platform;           // "linux" or "windows"
    OsFacts os;
    CpuFacts cpu;
    MemoryFacts memory;
    std::vector<VolumeFacts> volumes;
    std::vector<ServiceFacts> services;
    std::vector<ProcessFacts> processes;
    std::vector<SessionFacts> sessions;
    NetworkFacts network;
    FirmwareFacts firmware;
    VirtualizationFacts virtualization;
    std::vector<ProgramFacts> programs;
    ExchangeFacts exchange;
    ClockFacts clock;
    // What could not be read, in words ("/sys/class/dmi/id: permission denied"); never fatal.
    std::vector<std::string> problems;
};

} // namespace prep::facts
