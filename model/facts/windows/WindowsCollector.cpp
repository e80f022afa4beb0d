// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Windows collector: what Win32 says about the machine, from Windows 2000 on. Functions
// newer than Windows 2000 are looked up when needed (SystemFunction.h), so prepprobe.exe starts
// there and says in its problems what that Windows could not tell.
#include "Collector.h"

#include "AdapterList.h"
#include "Buffer.h"
#include "CpuId.h"
#include "ExchangeSetup.h"
#include "FirmwareNames.h"
#include "ProcessList.h"
#include "ProgramList.h"
#include "Registry.h"
#include "ServiceList.h"
#include "SessionList.h"
#include "Smbios.h"
#include "SystemFunction.h"
#include "VolumeList.h"
#include "Win32Text.h"
#include "WindowsNames.h"

#include <windows.h>

#include <algorithm>
#include <optional>

namespace prep::facts {

namespace {

using namespace win;

// --- OS ----------------------------------------------------------------------------------

// ntdll's RtlGetVersion tells the truth where GetVersionEx, since Windows 8.1, answers what the
// program's manifest claims to support. It is in every Windows from 2000 on, but not declared in
// the SDK headers for programs.
typedef LONG(WINAPI RtlGetVersionFunction)(OSVERSIONINFOEXW *);

std::optional<OSVERSIONINFOEXW> windowsVersion(std::vector<std::string> &problems)
{
    auto *rtlGetVersion = systemFunction<RtlGetVersionFunction>(L"ntdll.dll", "RtlGetVersion");
    OSVERSIONINFOEXW version{};
    version.dwOSVersionInfoSize = sizeof version;
    if (!rtlGetVersion || rtlGetVersion(&version) != 0) {
        problems.push_back("Operating system: RtlGetVersion is missing or failed, so the Windows version is unknown");
        return std::nullopt;
    }
    return version;
}

// Windows Server 2003 R2 says so only here; GetSystemMetrics is looked up, not imported, so
// that prepprobe.exe needs no user32.dll (and Wine no display) for the other versions.
bool isServer2003R2(const OSVERSIONINFOEXW &version)
{
    if (version.dwMajorVersion != 5 || version.dwMinorVersion != 2 || version.wProductType == VER_NT_WORKSTATION)
        return false;
    auto *getSystemMetrics = systemFunction<decltype(::GetSystemMetrics)>(L"user32.dll", "GetSystemMetrics");
    return getSystemMetrics && getSystemMetrics(SM_SERVERR2) != 0;
}

// GetNativeSystemInfo (XP and later) describes the machine also to a 32-bit program under WOW64;
// Windows 2000 has only 32-bit Windows, where GetSystemInfo says the same.
SYSTEM_INFO nativeSystemInfo()
{
    SYSTEM_INFO info{};
    if (auto *getNativeSystemInfo =
            systemFunction<decltype(::GetNativeSystemInfo)>(L"kernel32.dll", "GetNativeSystemInfo"))
        getNativeSystemInfo(&info);
    else
        ::GetSystemInfo(&info);
    return info;
}

// Named as the Linux collector names them.
std::string architectureName(WORD architecture)
{
    switch (architecture) {
    case PROCESSOR_ARCHITECTURE_INTEL:
        return "x86";
    case PROCESSOR_ARCHITECTURE_AMD64:
        return "x86_64";
    case PROCESSOR_ARCHITECTURE_IA64:
        return "ia64";
    case PROCESSOR_ARCHITECTURE_ARM64:
        return "arm64";
    default:
        return {};
    }
}

// The language Windows was installed in ("es-ES"), which the upgrade media must match.
std::string systemLanguage(std::vector<std::string> &problems)
{
    const LCID locale = MAKELCID(::GetSystemDefaultUILanguage(), SORT_DEFAULT);
    wchar_t language[16];
    wchar_t country[16];
    if (!::GetLocaleInfoW(locale, LOCALE_SISO639LANGNAME, language, 16) ||
        !::GetLocaleInfoW(locale, LOCALE_SISO3166CTRYNAME, country, 16)) {
        problems.push_back("Operating system: cannot name the system language: " + errorText(::GetLastError()));
        return {};
    }
    return toUtf8(language) + "-" + toUtf8(country);
}

// --- CPU ---------------------------------------------------------------------------------

struct Topology
{
    int cores = 0;
    int sockets = 0;
};

// GetLogicalProcessorInformation is in Server 2003 and XP SP3: Windows 2000 leaves these unknown.
std::optional<Topology> processorTopology()
{
    auto *getInformation =
        systemFunction<decltype(::GetLogicalProcessorInformation)>(L"kernel32.dll", "GetLogicalProcessorInformation");
    if (!getInformation)
        return std::nullopt;
    DWORD bytes = 0;
    getInformation(nullptr, &bytes);
    Buffer buffer(bytes);
    if (bytes == 0 || !getInformation(buffer.as<SYSTEM_LOGICAL_PROCESSOR_INFORMATION>(), &bytes))
        return std::nullopt;
    Topology topology;
    const auto *entries = buffer.as<SYSTEM_LOGICAL_PROCESSOR_INFORMATION>();
    for (std::size_t i = 0; i < bytes / sizeof(SYSTEM_LOGICAL_PROCESSOR_INFORMATION); ++i) {
        if (entries[i].Relationship == RelationProcessorCore)
            ++topology.cores;
        else if (entries[i].Relationship == RelationProcessorPackage)
            ++topology.sockets;
    }
    return topology;
}

// The first processor's registry entry, which Windows fills at start from CPUID.
RegistryKey firstProcessorKey()
{
    return RegistryKey(HKEY_LOCAL_MACHINE, L"HARDWARE\\DESCRIPTION\\System\\CentralProcessor\\0");
}

std::string processorName(const RegistryKey &processor)
{
    // ProcessorNameString is what CPUID's brand string says, sometimes with leading spaces;
    // processors without one have only the Identifier ("x86 Family 6 Model 8 Stepping 3").
    std::wstring name = processor.text(L"ProcessorNameString").value_or(processor.text(L"Identifier").value_or(L""));
    name.erase(0, std::min(name.find_first_not_of(L' '), name.size()));
    return toUtf8(name);
}

// --- Firmware ----------------------------------------------------------------------------

// Windows before Server 2003 SP1 has no SMBIOS function; it keeps the BIOS version and date in
// the registry, but not the vendor.
FirmwareFacts registryFirmware(std::vector<std::string> &problems)
{
    const RegistryKey system(HKEY_LOCAL_MACHINE, L"HARDWARE\\DESCRIPTION\\System");
    FirmwareFacts firmware;
    const auto versions = system.texts(L"SystemBiosVersion");
    if (versions && !versions->empty())
        firmware.version = toUtf8(versions->front());
    firmware.date = isoBiosDate(toUtf8(system.text(L"SystemBiosDate").value_or(L"")));
    problems.push_back("Firmware: BIOS vendor unknown: this Windows has no GetSystemFirmwareTable (Server 2003 SP1 "
                       "and later have it); version and date are from the registry");
    return firmware;
}

} // namespace

Collector::Collector(std::string root) : root_(std::move(root)), diskSpace_(diskFreeSpace) {}

std::string Collector::platform()
{
    return "windows";
}

std::string Collector::hostName()
{
    wchar_t name[256];
    DWORD length = 256;
    if (!::GetComputerNameExW(ComputerNameDnsHostname, name, &length)) {
        problems_.push_back("Host name: cannot read the computer name: " + errorText(::GetLastError()));
        return {};
    }
    return toUtf8(name, length);
}

OsFacts Collector::os()
{
    OsFacts os;
    os.architecture = architectureName(nativeSystemInfo().wProcessorArchitecture);
    os.language = systemLanguage(problems_);
    const auto version = windowsVersion(problems_);
    if (!version)
        return os;
    const bool server = version->wProductType != VER_NT_WORKSTATION;
    os.name = windowsName(
        {version->dwMajorVersion, version->dwMinorVersion, version->dwBuildNumber, server, isServer2003R2(*version)});
    os.kernel = std::to_string(version->dwMajorVersion) + "." + std::to_string(version->dwMinorVersion) + "." +
                std::to_string(version->dwBuildNumber);
    const std::string servicePack = toUtf8(version->szCSDVersion);
    os.version = servicePack.empty() ? os.kernel : os.kernel + " " + servicePack;
    os.edition = suiteEdition(version->wSuiteMask);
    os.smallBusinessServer = isSmallBusinessServer(version->wSuiteMask);
    return os;
}

CpuFacts Collector::cpu()
{
    CpuFacts cpu;
    const SYSTEM_INFO info = nativeSystemInfo();
    cpu.logicalCores = static_cast<int>(info.dwNumberOfProcessors);
    const RegistryKey processor = firstProcessorKey();
    cpu.model = processorName(processor);
    if (cpu.model.empty())
        problems_.push_back("CPU: the processor's name is not in the registry (HARDWARE\\DESCRIPTION\\System\\"
                            "CentralProcessor\\0)");
    // "~MHz" is the rated speed Windows measured at start.
    cpu.maxMhz = static_cast<double>(processor.number(L"~MHz").value_or(0));
    if (cpu.maxMhz <= 0)
        problems_.push_back("CPU: maximum frequency unknown (no ~MHz in the registry)");
    if (const auto topology = processorTopology()) {
        cpu.physicalCores = topology->cores;
        cpu.sockets = topology->sockets;
    } else {
        problems_.push_back("CPU: cores and sockets unknown: this Windows has no GetLogicalProcessorInformation "
                            "(Server 2003, XP SP3 and later have it)");
    }
    const bool windows64 = info.wProcessorArchitecture == PROCESSOR_ARCHITECTURE_AMD64 ||
                           info.wProcessorArchitecture == PROCESSOR_ARCHITECTURE_ARM64 ||
                           info.wProcessorArchitecture == PROCESSOR_ARCHITECTURE_IA64;
    // A 32-bit Windows on a 64-bit processor: CPUID says what the processor can do.
    cpu.is64Bit = windows64 || cpuIdFlags().longMode;
    return cpu;
}

MemoryFacts Collector::memory()
{
    MEMORYSTATUSEX status{};
    status.dwLength = sizeof status;
    if (!::GlobalMemoryStatusEx(&status)) {
        problems_.push_back("Memory: cannot read the memory status: " + errorText(::GetLastError()));
        return {};
    }
    return {status.ullTotalPhys, status.ullAvailPhys};
}

std::vector<VolumeFacts> Collector::volumes()
{
    return listVolumes(diskSpace_, problems_);
}

std::vector<ServiceFacts> Collector::services()
{
    return listServices(problems_);
}

std::vector<ProcessFacts> Collector::processes()
{
    return listProcesses(problems_);
}

std::vector<SessionFacts> Collector::sessions()
{
    return listSessions(problems_);
}

NetworkFacts Collector::network()
{
    NetworkFacts network;
    network.adapters = listAdapters(problems_);
    network.gateways = defaultGateways(problems_);
    readResolver(network, problems_);
    network.hostName = hostName();
    return network;
}

FirmwareFacts Collector::firmware()
{
    std::string error;
    const auto table = readSmbiosTable(error);
    if (!table) {
        if (error.empty())
            return registryFirmware(problems_);
        problems_.push_back("Firmware: cannot read the SMBIOS table: " + error);
        return {};
    }
    const SmbiosStrings strings = parseSmbios(*table);
    FirmwareFacts firmware{strings.biosVendor, strings.biosVersion, isoBiosDate(strings.biosDate)};
    if (firmware.vendor.empty() && firmware.version.empty() && firmware.date.empty())
        problems_.push_back("Firmware: the SMBIOS table names no BIOS vendor, version or date");
    return firmware;
}

VirtualizationFacts Collector::virtualization()
{
    VirtualizationFacts result;
    std::string error;
    const auto table = readSmbiosTable(error);
    if (table) {
        const SmbiosStrings strings = parseSmbios(*table);
        result.hypervisor = hypervisorFromDmi(strings.systemManufacturer, strings.systemProduct);
    }
    // A hypervisor that hides from SMBIOS still sets the CPU's hypervisor bit.
    result.virtualMachine = !result.hypervisor.empty() || cpuIdFlags().hypervisor;
    if (!result.virtualMachine && !table)
        problems_.push_back("Virtualization: no SMBIOS table, so a virtual machine may go unnoticed");
    return result;
}

std::vector<ProgramFacts> Collector::programs()
{
    return listPrograms(problems_);
}

ExchangeFacts Collector::exchange()
{
    return readExchange(problems_);
}

ClockFacts Collector::clock()
{
    ClockFacts clock;
    // The registry key name ("Romance Standard Time") is the same in every language; Vista and
    // later give it. Windows 2000 and 2003 have the display name of the standard time only.
    typedef DWORD(WINAPI DynamicZoneFunction)(PDYNAMIC_TIME_ZONE_INFORMATION);
    if (auto *dynamicZone = systemFunction<DynamicZoneFunction>(L"kernel32.dll", "GetDynamicTimeZoneInformation")) {
        DYNAMIC_TIME_ZONE_INFORMATION zone{};
        if (dynamicZone(&zone) != TIME_ZONE_ID_INVALID)
            clock.timeZone = toUtf8(zone.TimeZoneKeyName);
    }
    TIME_ZONE_INFORMATION zone{};
    const DWORD which = ::GetTimeZoneInformation(&zone);
    if (which == TIME_ZONE_ID_INVALID) {
        problems_.push_back("Clock: the time zone is unknown: " + errorText(::GetLastError()));
        return clock;
    }
    if (clock.timeZone.empty())
        clock.timeZone = toUtf8(zone.StandardName);
    // Bias is UTC minus local time, in minutes.
    long bias = zone.Bias;
    if (which == TIME_ZONE_ID_DAYLIGHT)
        bias += zone.DaylightBias;
    else if (which == TIME_ZONE_ID_STANDARD)
        bias += zone.StandardBias;
    clock.utcOffsetKnown = true;
    clock.utcOffsetMinutes = static_cast<int>(-bias);
    return clock;
}

} // namespace prep::facts
