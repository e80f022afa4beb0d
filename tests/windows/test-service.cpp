// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// prep_test_service.exe: a Windows service that does nothing but run until it is stopped, for the
// tests of prepprobe prepare / restore. Registered with "--refuse-stop" on its command line, it
// does not accept a stop (as some agents do), and the service manager refuses to stop it.

#include <windows.h>

#include <cwchar>

namespace {

SERVICE_STATUS_HANDLE statusHandle = nullptr;
HANDLE stopEvent = nullptr;
SERVICE_STATUS status{};

bool refusesStop()
{
    return std::wcsstr(::GetCommandLineW(), L"--refuse-stop") != nullptr;
}

void report(DWORD state)
{
    status.dwServiceType = SERVICE_WIN32_OWN_PROCESS;
    status.dwCurrentState = state;
    status.dwControlsAccepted = state == SERVICE_RUNNING && !refusesStop() ? SERVICE_ACCEPT_STOP : 0;
    status.dwWin32ExitCode = NO_ERROR;
    ::SetServiceStatus(statusHandle, &status);
}

DWORD WINAPI control(DWORD code, DWORD, void *, void *)
{
    if (code == SERVICE_CONTROL_STOP && !refusesStop()) {
        report(SERVICE_STOP_PENDING);
        ::SetEvent(stopEvent);
        return NO_ERROR;
    }
    return code == SERVICE_CONTROL_INTERROGATE ? NO_ERROR : ERROR_CALL_NOT_IMPLEMENTED;
}

void WINAPI serviceMain(DWORD, wchar_t **arguments)
{
    statusHandle = ::RegisterServiceCtrlHandlerExW(arguments[0], control, nullptr);
    if (!statusHandle)
        return;
    stopEvent = ::CreateEventW(nullptr, TRUE, FALSE, nullptr);
    report(SERVICE_RUNNING);
    ::WaitForSingleObject(stopEvent, INFINITE);
    report(SERVICE_STOPPED);
}

} // namespace

int main()
{
    wchar_t name[] = L"";
    SERVICE_TABLE_ENTRYW table[] = {{name, serviceMain}, {nullptr, nullptr}};
    return ::StartServiceCtrlDispatcherW(table) ? 0 : 1;
}
