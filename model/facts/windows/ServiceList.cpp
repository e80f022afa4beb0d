// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceList.h"

#include "Buffer.h"
#include "ServiceHandle.h"
#include "Registry.h"
#include "VersionInfo.h"
#include "Win32Text.h"

#include <windows.h>

#include <algorithm>
#include <cwctype>
#include <map>
#include <optional>

namespace prep::facts::win {

namespace {

using Problems = std::vector<std::string>;

// Every Win32 service with its name, display name and state; empty, with a problem, when the
// list cannot be had.
std::vector<ServiceFacts> enumerate(SC_HANDLE manager, Problems &problems)
{
    std::vector<ServiceFacts> services;
    Buffer buffer(64 * 1024);
    DWORD resume = 0;
    for (;;) {
        DWORD needed = 0;
        DWORD count = 0;
        const BOOL complete =
            ::EnumServicesStatusExW(manager, SC_ENUM_PROCESS_INFO, SERVICE_WIN32, SERVICE_STATE_ALL, buffer.as<BYTE>(),
                                    buffer.bytes(), &needed, &count, &resume, nullptr);
        const DWORD error = complete ? ERROR_SUCCESS : ::GetLastError();
        if (!complete && error != ERROR_MORE_DATA) {
            problems.push_back("Services: cannot list the services: " + errorText(error));
            return services;
        }
        const auto *entries = buffer.as<ENUM_SERVICE_STATUS_PROCESSW>();
        for (DWORD i = 0; i < count; ++i) {
            ServiceFacts service;
            service.name = toUtf8(entries[i].lpServiceName);
            service.displayName = toUtf8(entries[i].lpDisplayName);
            service.state = stateOf(entries[i].ServiceStatusProcess.dwCurrentState);
            services.push_back(std::move(service));
        }
        if (complete)
            return services;
        // Continues after the last one returned; a larger buffer if not even one entry fitted.
        if (count == 0)
            buffer.resize(std::max<std::size_t>(needed, buffer.bytes() * 2u));
    }
}

std::optional<std::wstring> expandEnvironment(const std::wstring &text)
{
    const DWORD length = ::ExpandEnvironmentStringsW(text.c_str(), nullptr, 0);
    if (length == 0)
        return std::nullopt;
    std::wstring expanded(length, L'\0');
    if (::ExpandEnvironmentStringsW(text.c_str(), expanded.data(), length) == 0)
        return std::nullopt;
    expanded.resize(expanded.find(L'\0'));
    return expanded;
}

struct Configuration
{
    std::wstring account;
    std::wstring commandLine;
    StartType startType = StartType::Unknown;
    std::string delayUnread; // why an automatic one's delay could not be read
};

std::optional<Configuration> configurationOf(SC_HANDLE manager, const std::string &name, std::string &error)
{
    const ServiceHandle service(::OpenServiceW(manager, toWide(name).c_str(), SERVICE_QUERY_CONFIG));
    if (!service.get()) {
        error = errorText(::GetLastError());
        return std::nullopt;
    }
    DWORD needed = 0;
    ::QueryServiceConfigW(service.get(), nullptr, 0, &needed);
    Buffer buffer(needed);
    auto *config = buffer.as<QUERY_SERVICE_CONFIGW>();
    if (needed == 0 || !::QueryServiceConfigW(service.get(), config, buffer.bytes(), &needed)) {
        error = errorText(::GetLastError());
        return std::nullopt;
    }
    Configuration result{config->lpServiceStartName ? config->lpServiceStartName : L"",
                         config->lpBinaryPathName ? config->lpBinaryPathName : L"", startTypeOf(config->dwStartType),
                         {}};
    if (const auto startType = startTypeOf(service.get(), config->dwStartType, result.delayUnread))
        result.startType = *startType;
    return result;
}

bool endsWithIgnoringCase(const std::wstring &text, const std::wstring &end)
{
    return text.size() >= end.size() && equalsIgnoringCase(text.substr(text.size() - end.size()), end);
}

// Services that svchost.exe runs are DLLs named in the registry: ServiceDll under Parameters
// (Windows XP and later) or under the service's own key (Windows 2000).
std::optional<std::wstring> serviceDll(const std::string &name)
{
    const RegistryKey key(HKEY_LOCAL_MACHINE, L"SYSTEM\\CurrentControlSet\\Services\\" + toWide(name), nativeView());
    if (auto dll = key.child(L"Parameters").text(L"ServiceDll"))
        return dll;
    return key.text(L"ServiceDll");
}

// The file whose maker says whether a service is part of Windows: its DLL when svchost.exe
// runs it, else its program.
std::wstring makerFile(const ServiceFacts &service, const std::wstring &program)
{
    if (endsWithIgnoringCase(program, L"\\svchost.exe"))
        if (const auto dll = serviceDll(service.name))
            return expandEnvironment(*dll).value_or(*dll);
    return program;
}

// Who made each service's file; says once, per reason, which services it could not judge.
class MakerJudge
{
public:
    void judge(ServiceFacts &service, const std::wstring &file)
    {
        // Many services share one program (svchost.exe, Exchange's): each file is read once.
        auto found = files_.find(file);
        if (found == files_.end()) {
            std::string error;
            auto info = readVersionInfo(file, error);
            found = files_.emplace(file, std::make_pair(std::move(info), std::move(error))).first;
        }
        const auto &[info, error] = found->second;
        if (!info || info->companyName.empty()) {
            unjudged_[info ? "the version information names no company" : error].push_back(service.name);
            return;
        }
        service.vendor = info->companyName;
        service.thirdParty = !isMicrosoft(info->companyName);
    }

    void report(Problems &problems) const
    {
        for (const auto &[reason, names] : unjudged_) {
            std::string list;
            for (const std::string &name : names)
                list += (list.empty() ? "" : ", ") + name;
            problems.push_back("Services: cannot tell whether these are part of Windows (" + reason + "): " + list);
        }
    }

private:
    std::map<std::wstring, std::pair<std::optional<VersionInfo>, std::string>> files_;
    std::map<std::string, std::vector<std::string>> unjudged_; // reason → service names
};

void addConfiguration(SC_HANDLE manager, ServiceFacts &service, MakerJudge &makers, Problems &problems)
{
    std::string error;
    const auto config = configurationOf(manager, service.name, error);
    if (!config) {
        problems.push_back("Services: cannot read the configuration of " + service.name + ": " + error);
        return;
    }
    service.account = toUtf8(config->account);
    service.runsAsSystem = isLocalSystem(config->account);
    service.startType = config->startType;
    if (!config->delayUnread.empty())
        problems.push_back("Services: cannot read whether " + service.name + " starts delayed: " + config->delayUnread);
    const std::wstring program = executableOf(config->commandLine);
    const std::wstring expanded = expandEnvironment(program).value_or(program);
    service.imagePath = toUtf8(expanded);
    makers.judge(service, makerFile(service, expanded));
}

} // namespace

ServiceState stateOf(unsigned long state)
{
    switch (state) {
    case SERVICE_RUNNING:
        return ServiceState::Running;
    case SERVICE_STOPPED:
        return ServiceState::Stopped;
    case SERVICE_START_PENDING:
    case SERVICE_CONTINUE_PENDING:
        return ServiceState::Starting;
    case SERVICE_STOP_PENDING:
        return ServiceState::Stopping;
    case SERVICE_PAUSED:
    case SERVICE_PAUSE_PENDING:
        return ServiceState::Paused;
    default:
        return ServiceState::Unknown;
    }
}

StartType startTypeOf(unsigned long startType)
{
    switch (startType) {
    case SERVICE_AUTO_START:
        return StartType::Automatic;
    case SERVICE_DEMAND_START:
        return StartType::Manual;
    case SERVICE_DISABLED:
        return StartType::Disabled;
    case SERVICE_BOOT_START:
        return StartType::Boot;
    case SERVICE_SYSTEM_START:
        return StartType::System;
    default:
        return StartType::Unknown;
    }
}

unsigned long win32StartType(StartType type)
{
    switch (type) {
    case StartType::Automatic:
    case StartType::AutomaticDelayed:
        return SERVICE_AUTO_START;
    case StartType::Manual:
        return SERVICE_DEMAND_START;
    case StartType::Disabled:
        return SERVICE_DISABLED;
    case StartType::Boot:
        return SERVICE_BOOT_START;
    case StartType::System:
        return SERVICE_SYSTEM_START;
    case StartType::Unknown:
        break;
    }
    return SERVICE_NO_CHANGE;
}

std::optional<StartType> startTypeOf(SC_HANDLE service, unsigned long startType, std::string &error)
{
    if (startType != SERVICE_AUTO_START)
        return startTypeOf(startType);
    SERVICE_DELAYED_AUTO_START_INFO delayed{};
    DWORD needed = 0;
    if (::QueryServiceConfig2W(service, SERVICE_CONFIG_DELAYED_AUTO_START_INFO, reinterpret_cast<BYTE *>(&delayed),
                               sizeof delayed, &needed))
        return delayed.fDelayedAutostart ? StartType::AutomaticDelayed : StartType::Automatic;
    const DWORD code = ::GetLastError();
    if (code == ERROR_INVALID_LEVEL)
        return StartType::Automatic;
    error = errorText(code);
    return std::nullopt;
}

bool setStartType(SC_HANDLE service, StartType from, StartType to, std::string &error)
{
    if (win32StartType(from) != win32StartType(to) &&
        !::ChangeServiceConfigW(service, SERVICE_NO_CHANGE, DWORD(win32StartType(to)), SERVICE_NO_CHANGE, nullptr,
                                nullptr, nullptr, nullptr, nullptr, nullptr, nullptr)) {
        error = errorText(::GetLastError());
        return false;
    }
    if (!startsAutomatically(to))
        return true;
    SERVICE_DELAYED_AUTO_START_INFO delayed{};
    delayed.fDelayedAutostart = to == StartType::AutomaticDelayed;
    if (::ChangeServiceConfig2W(service, SERVICE_CONFIG_DELAYED_AUTO_START_INFO, &delayed))
        return true;
    const DWORD code = ::GetLastError();
    if (code == ERROR_INVALID_LEVEL && to == StartType::Automatic)
        return true;
    error = code == ERROR_INVALID_LEVEL
                ? "it is now Automatic: this Windows has no delayed start (Windows Vista and Server 2008 have it)"
                : errorText(code);
    return false;
}

std::wstring executableOf(const std::wstring &commandLine)
{
    std::wstring line = commandLine.substr(std::min(commandLine.find_first_not_of(L' '), commandLine.size()));
    if (line.compare(0, 4, L"\\??\\") == 0)
        line.erase(0, 4);
    std::wstring program;
    if (!line.empty() && line.front() == L'"') {
        program = line.substr(1, line.find(L'"', 1) - 1);
    } else {
        // Unquoted, a path with spaces is still one program: up to ".exe" where it says so.
        std::wstring lower = line;
        std::transform(lower.begin(), lower.end(), lower.begin(), [](wchar_t c) { return std::towlower(c); });
        std::size_t end = std::wstring::npos;
        for (std::size_t at = lower.find(L".exe"); at != std::wstring::npos; at = lower.find(L".exe", at + 1))
            if (at + 4 == lower.size() || lower[at + 4] == L' ') {
                end = at + 4;
                break;
            }
        program = line.substr(0, end != std::wstring::npos ? end : line.find(L' '));
    }
    const std::wstring systemRoot = L"\\SystemRoot\\";
    if (program.size() >= systemRoot.size() && equalsIgnoringCase(program.substr(0, systemRoot.size()), systemRoot))
        return L"%SystemRoot%\\" + program.substr(systemRoot.size());
    const bool absolute = (program.size() >= 2 && program[1] == L':') || program.compare(0, 1, L"\\") == 0 ||
                          program.compare(0, 1, L"%") == 0;
    return absolute || program.empty() ? program : L"%SystemRoot%\\" + program;
}

bool isLocalSystem(const std::wstring &account)
{
    for (const wchar_t *name : {L"LocalSystem", L".\\LocalSystem", L"NT AUTHORITY\\SYSTEM"})
        if (equalsIgnoringCase(account, name))
            return true;
    return false;
}

std::vector<ServiceFacts> listServices(Problems &problems)
{
    const ServiceHandle manager(::OpenSCManagerW(nullptr, nullptr, SC_MANAGER_CONNECT | SC_MANAGER_ENUMERATE_SERVICE));
    if (!manager.get()) {
        problems.push_back("Services: cannot open the service control manager: " + errorText(::GetLastError()));
        return {};
    }
    std::vector<ServiceFacts> services = enumerate(manager.get(), problems);
    MakerJudge makers;
    for (ServiceFacts &service : services)
        addConfiguration(manager.get(), service, makers, problems);
    makers.report(problems);
    std::sort(services.begin(), services.end(),
              [](const ServiceFacts &a, const ServiceFacts &b) { return a.name < b.name; });
    return services;
}

} // namespace prep::facts::win
