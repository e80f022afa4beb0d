// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionList.h"

#include "SystemFunction.h"
#include "Win32Text.h"

#include <windows.h>

#include <wtsapi32.h> // after windows.h

#include <cstdint>

namespace prep::facts::win {

namespace {

// wtsapi32.dll exists on Windows 2000 Server, but its functions work only where Terminal
// Services runs; it is loaded when needed so that prepprobe starts anywhere.
struct TerminalServices
{
    decltype(::WTSEnumerateSessionsW) *enumerateSessions =
        systemFunction<decltype(::WTSEnumerateSessionsW)>(L"wtsapi32.dll", "WTSEnumerateSessionsW");
    decltype(::WTSQuerySessionInformationW) *querySession =
        systemFunction<decltype(::WTSQuerySessionInformationW)>(L"wtsapi32.dll", "WTSQuerySessionInformationW");
    decltype(::WTSFreeMemory) *freeMemory = systemFunction<decltype(::WTSFreeMemory)>(L"wtsapi32.dll", "WTSFreeMemory");

    bool available() const { return enumerateSessions && querySession && freeMemory; }

    // One piece of information about a session, read by `use(data, bytes)` before it is freed;
    // false when there is none.
    template<typename Use> bool query(DWORD session, WTS_INFO_CLASS what, Use use) const
    {
        LPWSTR data = nullptr;
        DWORD bytes = 0;
        if (!querySession(WTS_CURRENT_SERVER_HANDLE, session, what, &data, &bytes) || !data)
            return false;
        use(data, bytes);
        freeMemory(data);
        return true;
    }

    std::string text(DWORD session, WTS_INFO_CLASS what) const
    {
        std::string result;
        query(session, what, [&](const wchar_t *data, DWORD) { result = toUtf8(data); });
        return result;
    }
};

// Seconds since 1970 from a FILETIME count of 100 ns since 1601; 0 for none.
std::int64_t unixTime(std::int64_t fileTime)
{
    constexpr std::int64_t ticksPerSecond = 10000000;
    constexpr std::int64_t secondsFrom1601To1970 = 11644473600;
    return fileTime > 0 ? fileTime / ticksPerSecond - secondsFrom1601To1970 : 0;
}

// WTSSessionInfo came with Windows Vista and Server 2008: older ones leave the time unknown.
std::int64_t logonTime(const TerminalServices &wts, DWORD session)
{
    std::int64_t time = 0;
    wts.query(session, WTSSessionInfo, [&](const wchar_t *data, DWORD bytes) {
        if (bytes >= sizeof(WTSINFOW))
            time = unixTime(reinterpret_cast<const WTSINFOW *>(data)->LogonTime.QuadPart);
    });
    return time;
}

SessionFacts describe(const TerminalServices &wts, const WTS_SESSION_INFOW &session, const std::string &user)
{
    SessionFacts facts;
    const std::string domain = wts.text(session.SessionId, WTSDomainName);
    facts.user = domain.empty() ? user : domain + "\\" + user;
    facts.terminal = toUtf8(session.pWinStationName);
    facts.host = wts.text(session.SessionId, WTSClientName);
    facts.loginTime = logonTime(wts, session.SessionId);
    return facts;
}

} // namespace

std::vector<SessionFacts> listSessions(std::vector<std::string> &problems)
{
    const TerminalServices wts;
    if (!wts.available()) {
        problems.push_back("Sessions: logged-on users unknown: this Windows has no Terminal Services functions "
                           "(wtsapi32.dll)");
        return {};
    }
    WTS_SESSION_INFOW *list = nullptr;
    DWORD count = 0;
    if (!wts.enumerateSessions(WTS_CURRENT_SERVER_HANDLE, 0, 1, &list, &count)) {
        problems.push_back("Sessions: logged-on users unknown: cannot list the sessions (" +
                           errorText(::GetLastError()) +
                           "; Windows 2000 lists them only where Terminal Services runs)");
        return {};
    }
    std::vector<SessionFacts> sessions;
    for (DWORD i = 0; i < count; ++i) {
        // Sessions without a user are the services' session and the Remote Desktop listener.
        const std::string user = wts.text(list[i].SessionId, WTSUserName);
        if (!user.empty())
            sessions.push_back(describe(wts, list[i], user));
    }
    wts.freeMemory(list);
    // Windows always has the session its services run in: none at all means nothing was said.
    if (count == 0)
        problems.push_back("Sessions: logged-on users unknown: the system listed no sessions at all, not even the "
                           "one its services run in");
    return sessions;
}

} // namespace prep::facts::win
