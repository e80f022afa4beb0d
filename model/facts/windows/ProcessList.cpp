// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProcessList.h"

#include "Buffer.h"
#include "Win32Text.h"

#include <windows.h>

#include <tlhelp32.h> // after windows.h

#include <algorithm>
#include <map>

namespace prep::facts::win {

namespace {

class Handle
{
public:
    explicit Handle(HANDLE handle) : handle_(handle == INVALID_HANDLE_VALUE ? nullptr : handle) {}
    ~Handle()
    {
        if (handle_)
            ::CloseHandle(handle_);
    }
    Handle(const Handle &) = delete;
    Handle &operator=(const Handle &) = delete;
    HANDLE get() const { return handle_; }

private:
    HANDLE handle_;
};

// "DOMAIN\name" of a security identifier.
std::string accountName(PSID sid, std::string &error)
{
    wchar_t name[256];
    wchar_t domain[256];
    DWORD nameLength = 256;
    DWORD domainLength = 256;
    SID_NAME_USE use;
    if (!::LookupAccountSidW(nullptr, sid, name, &nameLength, domain, &domainLength, &use)) {
        error = errorText(::GetLastError());
        return {};
    }
    const std::string user = toUtf8(name, nameLength);
    return domainLength > 0 ? toUtf8(domain, domainLength) + "\\" + user : user;
}

HANDLE openForQuery(DWORD pid)
{
    if (const HANDLE process = ::OpenProcess(PROCESS_QUERY_INFORMATION, FALSE, pid))
        return process;
    // The limited right (Vista and later) opens more processes than the full one; Windows 2000
    // and 2003 know only the full one and refuse this.
    return ::OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, pid);
}

std::string processUser(DWORD pid, std::string &error)
{
    const Handle process(openForQuery(pid));
    if (!process.get()) {
        error = errorText(::GetLastError());
        return {};
    }
    HANDLE rawToken = nullptr;
    if (!::OpenProcessToken(process.get(), TOKEN_QUERY, &rawToken)) {
        error = errorText(::GetLastError());
        return {};
    }
    const Handle token(rawToken);
    DWORD needed = 0;
    ::GetTokenInformation(token.get(), TokenUser, nullptr, 0, &needed);
    Buffer buffer(needed);
    if (needed == 0 || !::GetTokenInformation(token.get(), TokenUser, buffer.as<void>(), buffer.bytes(), &needed)) {
        error = errorText(::GetLastError());
        return {};
    }
    return accountName(buffer.as<TOKEN_USER>()->User.Sid, error);
}

} // namespace

std::vector<ProcessFacts> listProcesses(std::vector<std::string> &problems)
{
    const Handle snapshot(::CreateToolhelp32Snapshot(TH32CS_SNAPPROCESS, 0));
    if (!snapshot.get()) {
        problems.push_back("Processes: cannot take a snapshot of the processes: " + errorText(::GetLastError()));
        return {};
    }
    std::vector<ProcessFacts> processes;
    std::map<std::string, int> unknownUsers; // reason → how many processes
    PROCESSENTRY32W entry{};
    entry.dwSize = sizeof entry;
    for (BOOL more = ::Process32FirstW(snapshot.get(), &entry); more; more = ::Process32NextW(snapshot.get(), &entry)) {
        ProcessFacts process;
        process.pid = entry.th32ProcessID;
        process.name = toUtf8(entry.szExeFile);
        std::string error;
        process.user = processUser(entry.th32ProcessID, error);
        if (process.user.empty())
            ++unknownUsers[error];
        processes.push_back(std::move(process));
    }
    for (const auto &[reason, count] : unknownUsers)
        problems.push_back("Processes: the user of " + std::to_string(count) + " of " +
                           std::to_string(processes.size()) + " processes is unknown (" + reason + ")");
    std::sort(processes.begin(), processes.end(),
              [](const ProcessFacts &a, const ProcessFacts &b) { return a.pid < b.pid; });
    return processes;
}

} // namespace prep::facts::win
