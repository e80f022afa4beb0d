// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Windows collector, run on Windows or under Wine: each area against another source of the
// same fact (the registry behind the service manager, the Windows 2000 way of listing adapters
// against the newer one), plus registry and service fixtures made for the test and removed after
// it. Plain C++, as Qt is not built for mingw-w64 here; the last line says "N passed, N failed".
//   tst_windowsfacts PREPPROBE.exe
// (prepprobe.exe carries a version resource of a company other than Microsoft's.)

#include "AdapterList.h"
#include "Collector.h"
#include "FactsJson.h"
#include "IpText.h"
#include "ServiceList.h"
#include "TestRunner.h"
#include "TestService.h"
#include "Smbios.h"
#include "VersionInfo.h"
#include "Win32Text.h"
#include "WindowsNames.h"

#include <windows.h>

#include <algorithm>
#include <functional>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

using namespace prep::facts;
using namespace prep::facts::win;
using namespace std::string_literals;

namespace {

// --- Helpers -----------------------------------------------------------------------------

std::wstring prepprobePath; // absolute, from the command line

bool startsWith(const std::string &text, const std::string &start)
{
    return text.compare(0, start.size(), start) == 0;
}

bool endsWith(const std::string &text, const std::string &end)
{
    return text.size() >= end.size() && text.compare(text.size() - end.size(), end.size(), end) == 0;
}

bool hasProblem(const std::vector<std::string> &problems, const std::string &start)
{
    return std::any_of(problems.begin(), problems.end(), [&](const std::string &p) { return startsWith(p, start); });
}

std::wstring fullPath(const std::wstring &path)
{
    wchar_t buffer[MAX_PATH];
    const DWORD length = ::GetFullPathNameW(path.c_str(), MAX_PATH, buffer, nullptr);
    return std::wstring(buffer, length);
}

std::wstring registryText(HKEY root, const std::wstring &path, const wchar_t *name)
{
    wchar_t buffer[1024];
    DWORD bytes = sizeof buffer;
    if (::RegGetValueW(root, path.c_str(), name, RRF_RT_REG_SZ | RRF_RT_REG_EXPAND_SZ | RRF_NOEXPAND, nullptr, buffer,
                       &bytes) != ERROR_SUCCESS)
        return {};
    return buffer;
}

std::optional<DWORD> registryNumber(HKEY root, const std::wstring &path, const wchar_t *name)
{
    DWORD value = 0;
    DWORD bytes = sizeof value;
    if (::RegGetValueW(root, path.c_str(), name, RRF_RT_REG_DWORD, nullptr, &value, &bytes) != ERROR_SUCCESS)
        return std::nullopt;
    return value;
}

// HKEY_LOCAL_MACHINE, for this process only, as an empty key of the test's own: the collector
// then reads what the test writes there (RegOverridePredefKey).
class FakeMachineRegistry
{
public:
    FakeMachineRegistry() : path_(L"Software\\PrepWizardTests\\" + std::to_wstring(::GetCurrentProcessId()))
    {
        ::RegDeleteTreeW(HKEY_CURRENT_USER, path_.c_str());
        if (::RegCreateKeyExW(HKEY_CURRENT_USER, path_.c_str(), 0, nullptr, 0, KEY_ALL_ACCESS, nullptr, &key_,
                              nullptr) != ERROR_SUCCESS ||
            ::RegOverridePredefKey(HKEY_LOCAL_MACHINE, key_) != ERROR_SUCCESS)
            throw Failure("cannot stand in for HKEY_LOCAL_MACHINE");
    }
    ~FakeMachineRegistry()
    {
        ::RegOverridePredefKey(HKEY_LOCAL_MACHINE, nullptr);
        ::RegCloseKey(key_);
        ::RegDeleteTreeW(HKEY_CURRENT_USER, L"Software\\PrepWizardTests");
    }
    FakeMachineRegistry(const FakeMachineRegistry &) = delete;
    FakeMachineRegistry &operator=(const FakeMachineRegistry &) = delete;

    void setText(const std::wstring &path, const wchar_t *name, const std::wstring &value) const
    {
        set(path, name, REG_SZ, value.c_str(), (value.size() + 1) * sizeof(wchar_t));
    }
    void setNumber(const std::wstring &path, const wchar_t *name, DWORD value) const
    {
        set(path, name, REG_DWORD, &value, sizeof value);
    }

private:
    void set(const std::wstring &path, const wchar_t *name, DWORD type, const void *data, std::size_t bytes) const
    {
        HKEY key = nullptr;
        if (::RegCreateKeyExW(key_, path.c_str(), 0, nullptr, 0, KEY_ALL_ACCESS, nullptr, &key, nullptr) !=
            ERROR_SUCCESS)
            throw Failure("cannot create " + toUtf8(path));
        ::RegSetValueExW(key, name, 0, type, static_cast<const BYTE *>(data), static_cast<DWORD>(bytes));
        ::RegCloseKey(key);
    }

    std::wstring path_;
    HKEY key_ = nullptr;
};

// A folder under %TEMP% with one file in it at a path of the test's choice.
class TemporaryFile
{
public:
    TemporaryFile(const std::wstring &relativePath, const std::wstring &copyOf)
    {
        wchar_t temp[MAX_PATH];
        ::GetTempPathW(MAX_PATH, temp);
        folder_ = std::wstring(temp) + L"PrepWizardTest" + std::to_wstring(::GetCurrentProcessId());
        file_ = folder_ + L"\\" + relativePath;
        for (std::size_t at = folder_.size(); at != std::wstring::npos; at = file_.find(L'\\', at + 1))
            ::CreateDirectoryW(file_.substr(0, at).c_str(), nullptr);
        if (!::CopyFileW(copyOf.c_str(), file_.c_str(), FALSE))
            throw Failure("cannot copy " + toUtf8(copyOf) + ": " + errorText(::GetLastError()));
    }
    ~TemporaryFile()
    {
        ::DeleteFileW(file_.c_str());
        for (std::wstring folder = file_.substr(0, file_.rfind(L'\\')); folder.size() >= folder_.size();
             folder = folder.substr(0, folder.rfind(L'\\')))
            ::RemoveDirectoryW(folder.c_str());
    }
    TemporaryFile(const TemporaryFile &) = delete;
    TemporaryFile &operator=(const TemporaryFile &) = delete;
    const std::wstring &folder() const { return folder_; }

private:
    std::wstring folder_;
    std::wstring file_;
};

const ServiceFacts *findService(const std::vector<ServiceFacts> &services, const std::string &name)
{
    const auto found =
        std::find_if(services.begin(), services.end(), [&](const ServiceFacts &s) { return s.name == name; });
    return found == services.end() ? nullptr : &*found;
}

std::vector<std::string> ipv4Only(const std::vector<std::string> &addresses)
{
    std::vector<std::string> result;
    std::copy_if(addresses.begin(), addresses.end(), std::back_inserter(result),
                 [](const std::string &a) { return a.find(':') == std::string::npos; });
    std::sort(result.begin(), result.end());
    return result;
}

// --- Pure parts --------------------------------------------------------------------------

TEST(serviceCommandLinesNameTheirProgram)
{
    CHECK_EQUAL(executableOf(L"\"C:\\Program Files\\Symantec\\Backup Exec\\beremote.exe\" -s"),
                L"C:\\Program Files\\Symantec\\Backup Exec\\beremote.exe"s);
    CHECK_EQUAL(executableOf(L"C:\\WINDOWS\\system32\\svchost.exe -k netsvcs"), L"C:\\WINDOWS\\system32\\svchost.exe"s);
    // Unquoted with spaces, as some installers still write it.
    CHECK_EQUAL(executableOf(L"C:\\Program Files\\Trend Micro\\OfficeScan Client\\ntrtscan.exe"),
                L"C:\\Program Files\\Trend Micro\\OfficeScan Client\\ntrtscan.exe"s);
    CHECK_EQUAL(executableOf(L"C:\\Program Files\\Exchsrvr\\bin\\STORE.EXE /service"),
                L"C:\\Program Files\\Exchsrvr\\bin\\STORE.EXE"s);
    CHECK_EQUAL(executableOf(L"system32\\svchost.exe -k rpcss"), L"%SystemRoot%\\system32\\svchost.exe"s);
    CHECK_EQUAL(executableOf(L"\\SystemRoot\\System32\\smss.exe"), L"%SystemRoot%\\System32\\smss.exe"s);
    CHECK_EQUAL(executableOf(L"\\??\\C:\\Tools\\agent.exe"), L"C:\\Tools\\agent.exe"s);
    CHECK_EQUAL(executableOf(L"%SystemRoot%\\System32\\msdtc.exe"), L"%SystemRoot%\\System32\\msdtc.exe"s);
    CHECK_EQUAL(executableOf(L""), L""s);
}

TEST(localSystemIsRecognisedByEachOfItsNames)
{
    CHECK(isLocalSystem(L"LocalSystem"));
    CHECK(isLocalSystem(L"localsystem"));
    CHECK(isLocalSystem(L".\\LocalSystem"));
    CHECK(isLocalSystem(L"NT AUTHORITY\\SYSTEM"));
    CHECK(!isLocalSystem(L"NT AUTHORITY\\NetworkService"));
    CHECK(!isLocalSystem(L"NT AUTHORITY\\LocalService"));
    CHECK(!isLocalSystem(L"OFICINA\\backupexec"));
    CHECK(!isLocalSystem(L""));
}

TEST(windowsVersionsHaveTheirNames)
{
    CHECK_EQUAL(windowsName({5, 0, 2195, true, false}), "Windows 2000 Server"s);
    CHECK_EQUAL(windowsName({5, 0, 2195, false, false}), "Windows 2000 Professional"s);
    CHECK_EQUAL(windowsName({5, 1, 2600, false, false}), "Windows XP"s);
    CHECK_EQUAL(windowsName({5, 2, 3790, true, false}), "Windows Server 2003"s);
    CHECK_EQUAL(windowsName({5, 2, 3790, true, true}), "Windows Server 2003 R2"s);
    CHECK_EQUAL(windowsName({6, 0, 6002, true, false}), "Windows Server 2008"s);
    CHECK_EQUAL(windowsName({6, 1, 7601, true, false}), "Windows Server 2008 R2"s);
    CHECK_EQUAL(windowsName({6, 1, 7601, false, false}), "Windows 7"s);
    CHECK_EQUAL(windowsName({6, 3, 9600, true, false}), "Windows Server 2012 R2"s);
    CHECK_EQUAL(windowsName({10, 0, 14393, true, false}), "Windows Server 2016"s);
    CHECK_EQUAL(windowsName({10, 0, 17763, true, false}), "Windows Server 2019"s);
    CHECK_EQUAL(windowsName({10, 0, 20348, true, false}), "Windows Server 2022"s);
    CHECK_EQUAL(windowsName({10, 0, 19045, false, false}), "Windows 10"s);
    CHECK_EQUAL(windowsName({10, 0, 22631, false, false}), "Windows 11"s);
    CHECK_EQUAL(windowsName({11, 0, 30000, true, false}), "Windows"s);
}

TEST(smallBusinessServerIsReadFromTheSuiteBits)
{
    CHECK_EQUAL(suiteEdition(VER_SUITE_SMALLBUSINESS | VER_SUITE_SMALLBUSINESS_RESTRICTED), "Small Business Server"s);
    CHECK(isSmallBusinessServer(VER_SUITE_SMALLBUSINESS | VER_SUITE_SMALLBUSINESS_RESTRICTED));
    // Moved from SBS to the full product: the first bit stays.
    CHECK(isSmallBusinessServer(VER_SUITE_SMALLBUSINESS));
    CHECK_EQUAL(suiteEdition(VER_SUITE_ENTERPRISE | VER_SUITE_TERMINAL), "Enterprise"s);
    CHECK(!isSmallBusinessServer(VER_SUITE_ENTERPRISE));
    CHECK_EQUAL(suiteEdition(VER_SUITE_TERMINAL | VER_SUITE_SINGLEUSERTS), ""s);
}

TEST(addressesAreWrittenAsOnLinux)
{
    const unsigned char loopback6[16] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
    const unsigned char linkLocal[16] = {0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0, 0xfc, 0, 0xff, 0xfe, 0, 0, 1};
    const unsigned char twoRuns[16] = {0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1};
    const unsigned char oneZero[16] = {0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1};
    const unsigned char none[16] = {};
    CHECK_EQUAL(ipv6Text(loopback6), "::1"s);
    CHECK_EQUAL(ipv6Text(linkLocal), "fe80::fc:ff:fe00:1"s);
    CHECK_EQUAL(ipv6Text(twoRuns), "2001:db8::1:0:0:1"s); // RFC 5952: the first of equal runs
    CHECK_EQUAL(ipv6Text(oneZero), "2001:db8:0:1:1:1:1:1"s);
    CHECK_EQUAL(ipv6Text(none), "::"s);
    const unsigned char address[4] = {192, 168, 16, 2};
    CHECK_EQUAL(ipv4Text(address), "192.168.16.2"s);
    unsigned char parsed[4] = {};
    CHECK(parseIpv4("255.255.255.0", parsed));
    CHECK_EQUAL(prefixLength(parsed), 24);
    CHECK(parseIpv4("255.255.255.255", parsed));
    CHECK_EQUAL(prefixLength(parsed), 32);
    CHECK(parseIpv4("0.0.0.0", parsed));
    CHECK_EQUAL(prefixLength(parsed), 0);
    CHECK(parseIpv4("255.0.255.0", parsed));
    CHECK_EQUAL(prefixLength(parsed), -1);
    CHECK(!parseIpv4("256.1.1.1", parsed));
    CHECK(!parseIpv4("1.2.3", parsed));
    CHECK(!parseIpv4("1.2.3.4.5", parsed));
    const unsigned char mac[6] = {0x00, 0x1a, 0x4b, 0x0c, 0xde, 0xf0};
    CHECK_EQUAL(macText(mac, 6), "00:1a:4b:0c:de:f0"s);
    const unsigned char zeros[6] = {};
    CHECK_EQUAL(macText(zeros, 6), ""s);
}

// A RawSMBIOSData as GetSystemFirmwareTable gives it, built by hand.
std::vector<std::uint8_t> smbiosTable()
{
    std::vector<std::uint8_t> data;
    const auto add = [&](std::initializer_list<std::uint8_t> bytes, std::initializer_list<const char *> strings) {
        data.insert(data.end(), bytes);
        for (const char *s : strings)
            data.insert(data.end(), s, s + std::char_traits<char>::length(s) + 1);
        if (strings.size() == 0)
            data.push_back(0);
        data.push_back(0);
    };
    add({32, 11, 0x20, 0, 0, 0, 0, 0, 0, 0, 0}, {}); // system boot information, no strings
    add({0, 18, 0x00, 0, 1, 2, 0, 0xe8, 3, 0x1f, 0, 0, 0, 0, 0, 0, 0, 0},
        {"Phoenix Technologies LTD", "6.00 ", "06/23/2008"});
    add({1, 8, 0x01, 0, 1, 2, 0, 0}, {"VMware, Inc.", "VMware Virtual Platform"});
    add({127, 4, 0xff, 0xff}, {});
    std::vector<std::uint8_t> raw = {0, 2, 5, 0};
    const auto size = static_cast<std::uint32_t>(data.size());
    for (int shift = 0; shift < 32; shift += 8)
        raw.push_back(static_cast<std::uint8_t>(size >> shift));
    raw.insert(raw.end(), data.begin(), data.end());
    return raw;
}

TEST(smbiosTableNamesBiosAndSystem)
{
    const SmbiosStrings strings = parseSmbios(smbiosTable());
    CHECK_EQUAL(strings.biosVendor, "Phoenix Technologies LTD"s);
    CHECK_EQUAL(strings.biosVersion, "6.00"s);
    CHECK_EQUAL(strings.biosDate, "06/23/2008"s);
    CHECK_EQUAL(strings.systemManufacturer, "VMware, Inc."s);
    CHECK_EQUAL(strings.systemProduct, "VMware Virtual Platform"s);
    // Cut anywhere, it gives what it has and nothing more.
    const std::vector<std::uint8_t> whole = smbiosTable();
    for (std::size_t size = 0; size < whole.size(); ++size) {
        std::vector<std::uint8_t> cut(whole.begin(), whole.begin() + static_cast<std::ptrdiff_t>(size));
        const SmbiosStrings partial = parseSmbios(cut);
        CHECK(partial.systemProduct.empty() || partial.systemProduct == strings.systemProduct);
    }
}

// --- Version information -------------------------------------------------------------------

TEST(versionInformationTellsMicrosoftFromOthers)
{
    std::string error;
    const auto ours = readVersionInfo(prepprobePath, error);
    CHECK(ours.has_value());
    CHECK_EQUAL(ours->companyName, "Prep Wizard contributors"s);
    CHECK_EQUAL(ours->fileVersion, std::string(PREP_VERSION) + ".0");
    CHECK(!isMicrosoft(ours->companyName));

    wchar_t system[MAX_PATH];
    ::GetSystemDirectoryW(system, MAX_PATH);
    const auto kernel = readVersionInfo(std::wstring(system) + L"\\kernel32.dll", error);
    CHECK(kernel.has_value());
    CHECK(isMicrosoft(kernel->companyName));
    CHECK(isMicrosoft("Microsoft Corp."));

    CHECK(!readVersionInfo(std::wstring(system) + L"\\no-such-file.exe", error));
    CHECK(endsWith(error, "(error 2)"));
}

// --- The machine, against other sources ------------------------------------------------------

TEST(osVersionMatchesTheRegistry)
{
    Collector collector;
    const OsFacts os = collector.os();
    const std::wstring key = L"SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion";
    const std::string registered = toUtf8(registryText(HKEY_LOCAL_MACHINE, key, L"CurrentVersion")) + "." +
                                   toUtf8(registryText(HKEY_LOCAL_MACHINE, key, L"CurrentBuildNumber"));
    CHECK_EQUAL(os.kernel, registered);
    const std::string servicePack = toUtf8(registryText(HKEY_LOCAL_MACHINE, key, L"CSDVersion"));
    CHECK_EQUAL(os.version, servicePack.empty() ? registered : registered + " " + servicePack);
    // "Microsoft Windows 7", "Windows Server 2003": the product name ends with the name.
    const std::string product = toUtf8(registryText(HKEY_LOCAL_MACHINE, key, L"ProductName"));
    CHECK(!os.name.empty() && product.find(os.name) != std::string::npos);
    CHECK_EQUAL(os.architecture, sizeof(void *) == 8 ? "x86_64"s : os.architecture);
    CHECK(os.language.size() == 5 && os.language[2] == '-');
    CHECK_EQUAL(collector.problems(), std::vector<std::string>{});
}

TEST(cpuAndMemoryAreThoseOfThisMachine)
{
    Collector collector;
    const CpuFacts cpu = collector.cpu();
    SYSTEM_INFO info{};
    ::GetSystemInfo(&info);
    CHECK_EQUAL(cpu.logicalCores, static_cast<int>(info.dwNumberOfProcessors));
    CHECK(cpu.physicalCores >= 1 && cpu.physicalCores <= cpu.logicalCores);
    CHECK(cpu.sockets >= 1 && cpu.sockets <= cpu.physicalCores);
    CHECK(!cpu.model.empty() && cpu.model.front() != ' ');
    CHECK(cpu.is64Bit || sizeof(void *) == 4);
    const MemoryFacts memory = collector.memory();
    CHECK(memory.availableBytes > 0 && memory.availableBytes <= memory.totalBytes);
}

TEST(everyFixedDriveIsMeasured)
{
    Collector collector;
    const auto volumes = collector.volumes();
    wchar_t windows[MAX_PATH];
    ::GetSystemWindowsDirectoryW(windows, MAX_PATH);
    const std::string systemDrive = toUtf8(std::wstring(windows, 3));
    int systemVolumes = 0;
    for (const VolumeFacts &volume : volumes) {
        CHECK_EQUAL(::GetDriveTypeW(toWide(volume.mountPoint).c_str()), UINT(DRIVE_FIXED));
        ULARGE_INTEGER available{}, total{};
        CHECK(::GetDiskFreeSpaceExW(toWide(volume.mountPoint).c_str(), &available, &total, nullptr));
        CHECK_EQUAL(volume.totalBytes, std::uint64_t(total.QuadPart));
        CHECK(volume.freeBytes <= volume.totalBytes);
        CHECK(startsWith(volume.device, "\\\\?\\Volume{"));
        CHECK(!volume.fileSystem.empty());
        CHECK_EQUAL(volume.system, volume.mountPoint == systemDrive);
        systemVolumes += volume.system;
    }
    CHECK_EQUAL(systemVolumes, 1);
}

TEST(aDriveThatCannotBeMeasuredIsSaidSo)
{
    Collector collector;
    collector.setDiskSpaceFunction([](const std::string &, std::string &error) -> std::optional<DiskSpace> {
        error = "The device is not ready (error 21)";
        return std::nullopt;
    });
    const auto volumes = collector.volumes();
    CHECK(!volumes.empty());
    CHECK_EQUAL(volumes.front().totalBytes, std::uint64_t(0));
    CHECK(hasProblem(collector.problems(),
                     "Volumes: cannot measure " + volumes.front().mountPoint + ": The device is not ready (error 21)"));
}

TEST(servicesAreThoseTheRegistryDefines)
{
    Collector collector;
    const auto services = collector.services();
    // The service manager's list, against the keys it keeps them in.
    const std::wstring servicesKey = L"SYSTEM\\CurrentControlSet\\Services";
    HKEY key = nullptr;
    CHECK(::RegOpenKeyExW(HKEY_LOCAL_MACHINE, servicesKey.c_str(), 0, KEY_READ, &key) == ERROR_SUCCESS);
    std::set<std::string> registered;
    wchar_t name[256];
    for (DWORD i = 0, length = 256;
         ::RegEnumKeyExW(key, i, name, &length, nullptr, nullptr, nullptr, nullptr) == ERROR_SUCCESS;
         ++i, length = 256) {
        const std::wstring path = servicesKey + L"\\" + name;
        const auto type = registryNumber(HKEY_LOCAL_MACHINE, path, L"Type");
        if (!type || !(*type & SERVICE_WIN32))
            continue;
        registered.insert(toUtf8(name));
        const ServiceFacts *service = findService(services, toUtf8(name));
        CHECK(service);
        const std::wstring account = registryText(HKEY_LOCAL_MACHINE, path, L"ObjectName");
        if (!account.empty())
            CHECK_EQUAL(service->account, toUtf8(account));
        const auto start = registryNumber(HKEY_LOCAL_MACHINE, path, L"Start");
        const std::map<DWORD, StartType> startTypes = {{SERVICE_AUTO_START, StartType::Automatic},
                                                       {SERVICE_DEMAND_START, StartType::Manual},
                                                       {SERVICE_DISABLED, StartType::Disabled}};
        if (start && startTypes.count(*start))
            CHECK(service->startType == startTypes.at(*start));
    }
    ::RegCloseKey(key);
    // Wine's service manager also makes hosts for its drivers, with no registry keys.
    for (const ServiceFacts &service : services)
        CHECK(registered.count(service.name) || startsWith(service.name, "Winedevice"));

    // The RPC service is in every Windows (and Wine) and runs as LocalSystem.
    const ServiceFacts *rpc = findService(services, "RpcSs");
    CHECK(rpc);
    CHECK_EQUAL(rpc->account, "LocalSystem"s);
    CHECK(rpc->runsAsSystem);
    CHECK(!rpc->displayName.empty());
    CHECK(rpc->imagePath.size() > 3 && rpc->imagePath[1] == ':');
}

TEST(eachServiceHasAMakerOrAProblemSaysWhyNot)
{
    Collector collector;
    const auto services = collector.services();
    std::string unjudged;
    for (const auto &problem : collector.problems())
        if (startsWith(problem, "Services: cannot tell whether these are part of Windows"))
            unjudged += problem.substr(problem.rfind("): ") + 1) + ",";
    for (const ServiceFacts &service : services) {
        if (service.vendor.empty()) {
            CHECK(!service.thirdParty);
            CHECK(unjudged.find(" " + service.name + ",") != std::string::npos);
        } else {
            CHECK_EQUAL(service.thirdParty, !isMicrosoft(service.vendor));
        }
    }
}

TEST(aThirdPartyServiceIsKnownByItsMaker)
{
    const TestService agent(L"PrepWizardTestAgent", L"\"" + prepprobePath + L"\" --agent",
                            L"NT AUTHORITY\\NetworkService", SERVICE_DEMAND_START);
    Collector collector;
    const auto services = collector.services();
    const ServiceFacts *service = findService(services, "PrepWizardTestAgent");
    CHECK(service);
    CHECK_EQUAL(service->displayName, "Prep Wizard test PrepWizardTestAgent"s);
    CHECK_EQUAL(service->account, "NT AUTHORITY\\NetworkService"s);
    CHECK(!service->runsAsSystem);
    CHECK(service->state == ServiceState::Stopped);
    CHECK(service->startType == StartType::Manual);
    CHECK_EQUAL(service->imagePath, toUtf8(prepprobePath));
    CHECK_EQUAL(service->vendor, "Prep Wizard contributors"s);
    CHECK(service->thirdParty);
}

TEST(aServiceInSvchostIsJudgedByItsDll)
{
    const std::wstring name = L"PrepWizardTestHosted";
    const TestService hosted(name, L"%SystemRoot%\\system32\\svchost.exe -k PrepWizardTests", nullptr,
                             SERVICE_DISABLED);
    const std::wstring parameters = L"SYSTEM\\CurrentControlSet\\Services\\" + name + L"\\Parameters";
    HKEY key = nullptr;
    CHECK(::RegCreateKeyExW(HKEY_LOCAL_MACHINE, parameters.c_str(), 0, nullptr, 0, KEY_ALL_ACCESS, nullptr, &key,
                            nullptr) == ERROR_SUCCESS);
    ::RegSetValueExW(key, L"ServiceDll", 0, REG_EXPAND_SZ, reinterpret_cast<const BYTE *>(prepprobePath.c_str()),
                     static_cast<DWORD>((prepprobePath.size() + 1) * sizeof(wchar_t)));
    ::RegCloseKey(key);
    Collector collector;
    const auto services = collector.services();
    const ServiceFacts *service = findService(services, toUtf8(name));
    CHECK(service);
    CHECK_EQUAL(service->account, "LocalSystem"s); // no account given: LocalSystem
    CHECK(service->runsAsSystem);
    CHECK(service->startType == StartType::Disabled);
    CHECK(endsWith(service->imagePath, "\\system32\\svchost.exe"));
    CHECK_EQUAL(service->vendor, "Prep Wizard contributors"s);
    CHECK(service->thirdParty);
}

TEST(processesIncludeThisOneWithItsUser)
{
    Collector collector;
    const auto processes = collector.processes();
    const auto self = std::find_if(processes.begin(), processes.end(),
                                   [](const ProcessFacts &p) { return p.pid == ::GetCurrentProcessId(); });
    CHECK(self != processes.end());
    CHECK_EQUAL(self->name, "tst_windowsfacts.exe"s);
    wchar_t user[256];
    DWORD length = 256;
    CHECK(::GetUserNameW(user, &length));
    CHECK(endsWith(self->user, "\\" + toUtf8(user)));
    CHECK(std::is_sorted(processes.begin(), processes.end(),
                         [](const ProcessFacts &a, const ProcessFacts &b) { return a.pid < b.pid; }));
}

TEST(sessionsAreListedOrAProblemSaysWhyNot)
{
    Collector collector;
    const auto sessions = collector.sessions();
    for (const SessionFacts &session : sessions) {
        CHECK(!session.user.empty());
        CHECK(!session.terminal.empty());
    }
    CHECK(!sessions.empty() || hasProblem(collector.problems(), "Sessions: logged-on users unknown"));
}

TEST(windows2000AdapterListAgreesWithTheNewerOne)
{
    std::vector<std::string> problems;
    const auto newer = adaptersByAddresses(problems);
    CHECK(newer.has_value());
    const auto older = adaptersByInfo(problems);
    CHECK_EQUAL(problems, std::vector<std::string>{});
    // The older list has the adapters that are not loopback, without IPv6.
    std::size_t notLoopback = 0;
    for (const AdapterFacts &adapter : *newer) {
        notLoopback += !adapter.loopback;
        if (adapter.loopback)
            continue;
        const auto same =
            std::find_if(older.begin(), older.end(), [&](const AdapterFacts &a) { return a.mac == adapter.mac; });
        CHECK(same != older.end());
        CHECK_EQUAL(ipv4Only(same->addresses), ipv4Only(adapter.addresses));
        CHECK_EQUAL(same->up, adapter.up);
        CHECK(!same->loopback);
    }
    CHECK_EQUAL(older.size(), notLoopback);
}

TEST(networkHasAdaptersGatewaysAndResolver)
{
    Collector collector;
    const NetworkFacts network = collector.network();
    CHECK(std::any_of(network.adapters.begin(), network.adapters.end(), [](const AdapterFacts &a) {
        return a.loopback && std::find(a.addresses.begin(), a.addresses.end(), "127.0.0.1/8") != a.addresses.end();
    }));
    for (const std::string &gateway : network.gateways) {
        unsigned char bytes[4];
        CHECK(parseIpv4(gateway, bytes));
    }
    CHECK_EQUAL(network.hostName, collector.hostName());
    CHECK_EQUAL(collector.problems(), std::vector<std::string>{});
}

TEST(firmwareIsReadOrAProblemSaysWhyNot)
{
    Collector collector;
    const FirmwareFacts firmware = collector.firmware();
    CHECK(!firmware.vendor.empty() || hasProblem(collector.problems(), "Firmware: "));
    CHECK(firmware.date.empty() || firmware.date.size() == 10);
}

// --- Registry fixtures -------------------------------------------------------------------

const std::wstring uninstall = L"SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\";

TEST(programsAreThoseAddOrRemoveProgramsShows)
{
    const FakeMachineRegistry registry;
    registry.setText(uninstall + L"{5D6A2B2C-BE12}", L"DisplayName", L"Symantec Backup Exec 12.5 for Windows Servers");
    registry.setText(uninstall + L"{5D6A2B2C-BE12}", L"DisplayVersion", L"12.5.2213");
    registry.setText(uninstall + L"{5D6A2B2C-BE12}", L"Publisher", L"Symantec Corporation");
    registry.setText(uninstall + L"TrendMicro", L"DisplayName", L"Antivirus para Pequeñas Empresas");
    registry.setText(uninstall + L"KB914961", L"DisplayName", L"Windows Server 2003 Service Pack 2 (KB914961)");
    registry.setText(uninstall + L"KB914961", L"ParentKeyName", L"OperatingSystem");
    registry.setText(uninstall + L"MSXML", L"DisplayName", L"MSXML 6.0 Parser");
    registry.setNumber(uninstall + L"MSXML", L"SystemComponent", 1);
    registry.setText(uninstall + L"Leftover", L"UninstallString", L"C:\\gone\\uninst.exe");
    Collector collector;
    const auto programs = collector.programs();
    CHECK_EQUAL(programs.size(), std::size_t(2));
    CHECK_EQUAL(programs[0].name, "Antivirus para Pequeñas Empresas"s);
    CHECK_EQUAL(programs[0].version, ""s);
    CHECK_EQUAL(programs[1].name, "Symantec Backup Exec 12.5 for Windows Servers"s);
    CHECK_EQUAL(programs[1].version, "12.5.2213"s);
    CHECK_EQUAL(programs[1].publisher, "Symantec Corporation"s);
    CHECK_EQUAL(collector.problems(), std::vector<std::string>{});
}

TEST(noExchangeLeavesExchangeEmpty)
{
    const FakeMachineRegistry registry;
    Collector collector;
    const ExchangeFacts exchange = collector.exchange();
    CHECK(!exchange.installed);
    CHECK_EQUAL(exchange.version, ""s);
    CHECK_EQUAL(exchange.rpcProxyValidPorts, ""s);
    CHECK_EQUAL(collector.problems(), std::vector<std::string>{});
}

TEST(exchange2003IsTheVersionOfItsStore)
{
    // A stand-in store.exe whose version is known: prepprobe.exe's own.
    const TemporaryFile store(L"Exchsrvr\\bin\\store.exe", prepprobePath);
    const FakeMachineRegistry registry;
    registry.setText(L"SOFTWARE\\Microsoft\\Exchange\\Setup", L"Services", store.folder() + L"\\Exchsrvr");
    const std::wstring ports = L"SBS01:593;SBS01:6001-6002;SBS01:6004;sbs01.oficina.local:6001-6002";
    registry.setText(L"SOFTWARE\\Microsoft\\Rpc\\RpcProxy", L"ValidPorts", ports);
    Collector collector;
    const ExchangeFacts exchange = collector.exchange();
    CHECK(exchange.installed);
    CHECK_EQUAL(exchange.version, std::string(PREP_VERSION) + ".0");
    CHECK_EQUAL(exchange.rpcProxyValidPorts, toUtf8(ports));
    CHECK_EQUAL(collector.problems(), std::vector<std::string>{});
}

TEST(exchange2003WithoutItsStoreSaysSo)
{
    const FakeMachineRegistry registry;
    registry.setText(L"SOFTWARE\\Microsoft\\Exchange\\Setup", L"Services", L"C:\\No Such Folder\\Exchsrvr");
    Collector collector;
    const ExchangeFacts exchange = collector.exchange();
    CHECK(exchange.installed);
    CHECK_EQUAL(exchange.version, ""s);
    CHECK(hasProblem(collector.problems(),
                     "Exchange: installed, but its version is unknown: cannot read the version of C:\\No Such "
                     "Folder\\Exchsrvr\\bin\\store.exe ("));
}

TEST(exchange2010IsReadFromItsSetupKey)
{
    const FakeMachineRegistry registry;
    const std::wstring setup = L"SOFTWARE\\Microsoft\\ExchangeServer\\v14\\Setup";
    registry.setNumber(setup, L"MsiProductMajor", 14);
    registry.setNumber(setup, L"MsiProductMinor", 3);
    registry.setNumber(setup, L"MsiBuildMajor", 123);
    registry.setNumber(setup, L"MsiBuildMinor", 4);
    Collector collector;
    const ExchangeFacts exchange = collector.exchange();
    CHECK(exchange.installed);
    CHECK_EQUAL(exchange.version, "14.3.123.4"s);
}

// --- All of it -----------------------------------------------------------------------------

TEST(aSnapshotOfThisWindowsReadsBackTheSame)
{
    Collector collector;
    const Facts facts = collector.all();
    CHECK_EQUAL(facts.platform, "windows"s);
    CHECK_EQUAL(facts.collectorVersion, std::string(PREP_VERSION));
    CHECK(!facts.hostName.empty());
    CHECK(!facts.volumes.empty() && !facts.services.empty() && !facts.processes.empty());
    const Facts back = fromJson(toJson(facts));
    CHECK_EQUAL(back.hostName, facts.hostName);
    CHECK_EQUAL(back.os.name, facts.os.name);
    CHECK_EQUAL(back.volumes.size(), facts.volumes.size());
    CHECK_EQUAL(back.services.size(), facts.services.size());
    CHECK_EQUAL(back.services.front().account, facts.services.front().account);
    CHECK_EQUAL(back.problems, facts.problems);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::cerr << "usage: tst_windowsfacts PREPPROBE.exe\n";
        return 2;
    }
    prepprobePath = fullPath(toWide(argv[1]));
    return runTests();
}
