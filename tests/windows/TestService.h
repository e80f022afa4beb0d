// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A service registered for a test and deleted after it (stopped first, or its process ended when
// it refuses to stop), in the Wine prefix or on the Windows where the test runs.

#include "TestRunner.h"
#include "Win32Text.h"

#include <windows.h>

#include <string>

namespace {

class TestService
{
public:
    TestService(const std::wstring &name, const std::wstring &commandLine, const wchar_t *account, DWORD startType)
        : name_(name)
    {
        using prep::facts::win::errorText;
        using prep::facts::win::toUtf8;
        manager_ = ::OpenSCManagerW(nullptr, nullptr, SC_MANAGER_ALL_ACCESS);
        if (!manager_)
            throw Failure("cannot open the service manager: " + errorText(::GetLastError()));
        remove(); // left over from an interrupted run
        // One of the same name deleted just before goes once its last handle is closed.
        for (int waited = 0; waited <= 20000 && !service_; waited += 100) {
            service_ = ::CreateServiceW(manager_, name.c_str(), (L"Prep Wizard test " + name).c_str(),
                                        SERVICE_ALL_ACCESS, SERVICE_WIN32_OWN_PROCESS, startType, SERVICE_ERROR_IGNORE,
                                        commandLine.c_str(), nullptr, nullptr, nullptr, account, nullptr);
            if (service_ || ::GetLastError() != ERROR_SERVICE_MARKED_FOR_DELETE)
                break;
            ::Sleep(100);
        }
        if (!service_)
            throw Failure("cannot create the service " + toUtf8(name) + ": " + errorText(::GetLastError()));
    }
    ~TestService()
    {
        if (service_) {
            end();
            ::DeleteService(service_);
            ::CloseServiceHandle(service_);
        }
        ::CloseServiceHandle(manager_);
    }
    TestService(const TestService &) = delete;
    TestService &operator=(const TestService &) = delete;

    const std::wstring &name() const { return name_; }
    SC_HANDLE handle() const { return service_; }

    // Starts it and waits until it runs.
    void start() const
    {
        if (!::StartServiceW(service_, 0, nullptr))
            throw Failure("cannot start " + prep::facts::win::toUtf8(name_) + ": " +
                          prep::facts::win::errorText(::GetLastError()));
        if (!waitFor(SERVICE_RUNNING))
            throw Failure(prep::facts::win::toUtf8(name_) + " did not start");
    }

    DWORD state() const
    {
        SERVICE_STATUS status{};
        return ::QueryServiceStatus(service_, &status) ? status.dwCurrentState : 0;
    }

    // Read through a handle of its own, as another program would see it.
    DWORD startType() const
    {
        const SC_HANDLE service = ::OpenServiceW(manager_, name_.c_str(), SERVICE_QUERY_CONFIG);
        DWORD needed = 0;
        ::QueryServiceConfigW(service, nullptr, 0, &needed);
        std::string buffer(needed + 16, '\0');
        auto *config = reinterpret_cast<QUERY_SERVICE_CONFIGW *>(buffer.data());
        const DWORD type =
            ::QueryServiceConfigW(service, config, DWORD(buffer.size()), &needed) ? config->dwStartType : 0xffff;
        ::CloseServiceHandle(service);
        return type;
    }

private:
    bool waitFor(DWORD wanted) const
    {
        for (int waited = 0; waited < 20000; waited += 100) {
            if (state() == wanted)
                return true;
            ::Sleep(100);
        }
        return false;
    }

    // Stopped, or its process ended when it does not accept a stop.
    void end() const
    {
        SERVICE_STATUS status{};
        if (state() == SERVICE_STOPPED || state() == 0)
            return;
        if (::ControlService(service_, SERVICE_CONTROL_STOP, &status) && waitFor(SERVICE_STOPPED))
            return;
        SERVICE_STATUS_PROCESS process{};
        DWORD needed = 0;
        if (::QueryServiceStatusEx(service_, SC_STATUS_PROCESS_INFO, reinterpret_cast<BYTE *>(&process),
                                   sizeof process, &needed) &&
            process.dwProcessId != 0) {
            if (const HANDLE running = ::OpenProcess(PROCESS_TERMINATE | SYNCHRONIZE, FALSE, process.dwProcessId)) {
                ::TerminateProcess(running, 1);
                ::WaitForSingleObject(running, 10000);
                ::CloseHandle(running);
            }
            waitFor(SERVICE_STOPPED);
        }
    }

    void remove() const
    {
        if (const SC_HANDLE old = ::OpenServiceW(manager_, name_.c_str(), SERVICE_ALL_ACCESS)) {
            SERVICE_STATUS status{};
            ::ControlService(old, SERVICE_CONTROL_STOP, &status);
            ::DeleteService(old);
            ::CloseServiceHandle(old);
        }
    }

    std::wstring name_;
    SC_HANDLE manager_ = nullptr;
    SC_HANDLE service_ = nullptr;
};

} // namespace
