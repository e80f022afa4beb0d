// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceChanger.h"

#include "Collector.h"
#include "FactsJson.h"
#include "ServiceChanges.h"
#include "UtcTime.h"

#include <ctime>
#include <fstream>
#include <set>
#include <sstream>

#ifdef _WIN32
#include "windows/Buffer.h"
#include "windows/ServiceHandle.h"
#include "windows/ServiceList.h"
#include "windows/Win32Text.h"

#include <windows.h>

#include <cstdlib>
#include <optional>
#endif

using namespace prep::facts;

namespace {

constexpr const char *nothingChanged = "; nothing was changed\n";

#ifdef _WIN32

std::string lowerCase(const std::string &text)
{
    std::string lower;
    for (const char c : text)
        lower += (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
    return lower;
}

// The whole of a small file; false with the reason when it cannot be read or is too large.
bool readWhole(const std::string &path, std::string &text, std::string &error, bool &exists)
{
    std::ifstream file(path, std::ios::binary);
    exists = bool(file);
    if (!file) {
        error = "it does not exist or cannot be opened";
        return false;
    }
    std::ostringstream content;
    char buffer[65536];
    std::size_t total = 0;
    while (file.read(buffer, sizeof buffer) || file.gcount() > 0) {
        total += std::size_t(file.gcount());
        if (total > maxChangeFileBytes) {
            error = "it is larger than any file Prep Wizard or prepprobe writes";
            return false;
        }
        content.write(buffer, file.gcount());
    }
    if (file.bad()) {
        error = "it cannot be read";
        return false;
    }
    text = content.str();
    return true;
}

std::int64_t now()
{
    return std::int64_t(std::time(nullptr));
}

using namespace prep::facts::win;

// The journal, opened for appending: every line written through and flushed to the disk
// before append() returns.
class JournalFile
{
public:
    ~JournalFile()
    {
        if (file_ != INVALID_HANDLE_VALUE)
            ::CloseHandle(file_);
    }

    // Keeps the first `keepBytes` of the file (the whole lines of a journal already there).
    bool open(const std::string &path, std::size_t keepBytes, std::string &error)
    {
        file_ = ::CreateFileA(path.c_str(), GENERIC_WRITE, FILE_SHARE_READ, nullptr, OPEN_ALWAYS,
                              FILE_ATTRIBUTE_NORMAL | FILE_FLAG_WRITE_THROUGH, nullptr);
        if (file_ == INVALID_HANDLE_VALUE) {
            error = errorText(::GetLastError());
            return false;
        }
        LONG high = LONG(std::uint64_t(keepBytes) >> 32);
        if (::SetFilePointer(file_, LONG(keepBytes & 0xffffffffu), &high, FILE_BEGIN) == INVALID_SET_FILE_POINTER &&
            ::GetLastError() != NO_ERROR) {
            error = errorText(::GetLastError());
            return false;
        }
        if (!::SetEndOfFile(file_)) {
            error = errorText(::GetLastError());
            return false;
        }
        return true;
    }

    bool append(const std::string &line, std::string &error)
    {
        const char *data = line.data();
        std::size_t left = line.size();
        while (left > 0) {
            DWORD written = 0;
            if (!::WriteFile(file_, data, DWORD(left), &written, nullptr) || written == 0) {
                error = errorText(::GetLastError());
                return false;
            }
            data += written;
            left -= written;
        }
        if (!::FlushFileBuffers(file_)) {
            error = errorText(::GetLastError());
            return false;
        }
        return true;
    }

private:
    HANDLE file_ = INVALID_HANDLE_VALUE;
};

struct Current
{
    StartType startType = StartType::Unknown;
    ServiceState state = ServiceState::Unknown;
    std::string displayName;
};

constexpr DWORD changeAccess =
    SERVICE_QUERY_CONFIG | SERVICE_CHANGE_CONFIG | SERVICE_QUERY_STATUS | SERVICE_STOP | SERVICE_START;

std::optional<Current> query(SC_HANDLE service, std::string &error)
{
    DWORD needed = 0;
    ::QueryServiceConfigW(service, nullptr, 0, &needed);
    Buffer buffer(needed);
    auto *config = buffer.as<QUERY_SERVICE_CONFIGW>();
    SERVICE_STATUS status{};
    if (needed == 0 || !::QueryServiceConfigW(service, config, buffer.bytes(), &needed) ||
        !::QueryServiceStatus(service, &status)) {
        error = errorText(::GetLastError());
        return std::nullopt;
    }
    const std::optional<StartType> startType = win::startTypeOf(service, config->dwStartType, error);
    if (!startType)
        return std::nullopt;
    return Current{*startType, win::stateOf(status.dwCurrentState), toUtf8(config->lpDisplayName)};
}

// The service's startup type and state; `missing` when this computer has no such service.
std::optional<Current> query(SC_HANDLE manager, const std::string &name, std::string &error, bool &missing)
{
    const ServiceHandle service(
        ::OpenServiceW(manager, toWide(name).c_str(), SERVICE_QUERY_CONFIG | SERVICE_QUERY_STATUS));
    missing = false;
    if (!service.get()) {
        const DWORD code = ::GetLastError();
        missing = code == ERROR_SERVICE_DOES_NOT_EXIST;
        error = errorText(code);
        return std::nullopt;
    }
    return query(service.get(), error);
}

// What a service opened for changing is now; nothing, with the reason, when it could not be opened
// (OpenServiceW's error) or read.
std::optional<Current> queryOpened(const ServiceHandle &service, std::string &error)
{
    if (!service.get()) {
        error = errorText(::GetLastError());
        return std::nullopt;
    }
    return query(service.get(), error);
}

// Waits, up to 30 seconds, for the service to reach `wanted`.
bool waitFor(SC_HANDLE service, DWORD wanted, std::string &error)
{
    for (int waited = 0; waited <= 30000; waited += 200) {
        SERVICE_STATUS status{};
        if (!::QueryServiceStatus(service, &status)) {
            error = errorText(::GetLastError());
            return false;
        }
        if (status.dwCurrentState == wanted)
            return true;
        ::Sleep(200);
    }
    error = wanted == SERVICE_STOPPED ? "it did not stop within 30 seconds" : "it did not start within 30 seconds";
    return false;
}

bool wantsRunning(ServiceState state)
{
    return state == ServiceState::Running || state == ServiceState::Starting || state == ServiceState::Paused;
}

// One run of prepare or restore: each step printed, journaled, and counted.
class Run
{
public:
    Run(JournalFile &journal, std::string action, std::ostream &out) : journal_(journal), action_(std::move(action)), out_(out) {}

    bool write(JournalRecord record, std::string &error)
    {
        record.at = now();
        if (record.kind == JournalRecord::Kind::Begin || record.kind == JournalRecord::Kind::Step ||
            record.kind == JournalRecord::Kind::End)
            record.action = action_;
        return journal_.append(journalLine(record), error);
    }

    bool step(const std::string &service, const std::string &step, const std::string &from, const std::string &to,
              bool ok, const std::string &message, std::string &error)
    {
        out_ << service << ": " << (step == "start-type" ? "startup type" : step) << " " << from << " -> " << to
             << ": " << (ok ? "" : "refused: ") << message << "\n";
        out_.flush();
        ok ? ++done_ : ++failed_;
        JournalRecord record;
        record.kind = JournalRecord::Kind::Step;
        record.service = service;
        record.step = step;
        record.from = from;
        record.to = to;
        record.ok = ok;
        record.message = message;
        return write(record, error);
    }

    bool end(std::string &error)
    {
        JournalRecord record;
        record.kind = JournalRecord::Kind::End;
        record.done = done_;
        record.failed = failed_;
        out_ << action_ << ": " << done_ << " step(s) done, " << failed_ << " refused\n";
        return write(record, error);
    }

    int failed() const { return failed_; }

private:
    JournalFile &journal_;
    std::string action_;
    std::ostream &out_;
    int done_ = 0;
    int failed_ = 0;
};

bool setStartType(Run &run, SC_HANDLE service, const std::string &name, StartType from, StartType to,
                  std::string &error)
{
    if (from == to)
        return run.step(name, "start-type", wordOf(from), wordOf(to), true, "already so", error);
    std::string reason;
    const bool ok = win::setStartType(service, from, to, reason);
    return run.step(name, "start-type", wordOf(from), wordOf(to), ok, ok ? "changed" : reason, error);
}

bool stopService(Run &run, SC_HANDLE service, const std::string &name, ServiceState from, std::string &error)
{
    if (from == ServiceState::Stopped)
        return run.step(name, "stop", wordOf(from), "stopped", true, "already so", error);
    SERVICE_STATUS status{};
    std::string reason;
    bool ok = ::ControlService(service, SERVICE_CONTROL_STOP, &status) != 0;
    if (!ok)
        reason = errorText(::GetLastError());
    else
        ok = waitFor(service, SERVICE_STOPPED, reason);
    return run.step(name, "stop", wordOf(from), "stopped", ok, ok ? "stopped" : reason, error);
}

bool startService(Run &run, SC_HANDLE service, const std::string &name, ServiceState from, std::string &error)
{
    if (from == ServiceState::Running)
        return run.step(name, "start", wordOf(from), "running", true, "already so", error);
    std::string reason;
    bool ok = ::StartServiceW(service, 0, nullptr) != 0 || ::GetLastError() == ERROR_SERVICE_ALREADY_RUNNING;
    if (!ok)
        reason = errorText(::GetLastError());
    else
        ok = waitFor(service, SERVICE_RUNNING, reason);
    return run.step(name, "start", wordOf(from), "running", ok, ok ? "started" : reason, error);
}

// The journal at `path`, when there is one: false, with the message written, when it cannot be
// used here.
bool readJournal(const std::string &path, const std::string &computer, bool mustExist, Journal &journal,
                 bool &exists, std::ostream &out, std::ostream &err)
{
    std::string text, error;
    if (!readWhole(path, text, error, exists)) {
        if (!exists && !mustExist)
            return true;
        err << "prepprobe: cannot read the journal " << path << ": " << error << nothingChanged;
        return false;
    }
    try {
        journal = journalFromText(text);
    } catch (const ChangeFileError &problem) {
        err << "prepprobe: cannot use the journal " << path << ": " << problem.what() << nothingChanged;
        return false;
    }
    if (!sameComputer(journal.computer, computer)) {
        err << "prepprobe: the journal " << path << " is for the computer " << journal.computer << ", and this is "
            << computer << nothingChanged;
        return false;
    }
    if (journal.cutShort)
        out << "The journal's last line was cut short by a run that was stopped; it is left out.\n";
    return true;
}

class Manager
{
public:
    Manager() : handle_(::OpenSCManagerW(nullptr, nullptr, SC_MANAGER_CONNECT)) {}
    SC_HANDLE get() const { return handle_.get(); }

private:
    ServiceHandle handle_;
};

// Every service named exists and can be read; otherwise the message, and false.
template<typename Names>
bool checkServices(const Manager &manager, const Names &names, const char *file, std::ostream &err)
{
    if (!manager.get()) {
        err << "prepprobe: cannot open the service manager: " << errorText(::GetLastError())
            << " (run prepprobe as an administrator)" << nothingChanged;
        return false;
    }
    for (const std::string &name : names) {
        std::string error;
        bool missing = false;
        if (!query(manager.get(), name, error, missing)) {
            if (missing)
                err << "prepprobe: the " << file << " names the service " << name
                    << ", which this computer does not have" << nothingChanged;
            else
                err << "prepprobe: cannot read the service " << name << ": " << error << nothingChanged;
            return false;
        }
    }
    return true;
}

#endif

} // namespace

ExitCode prepareServices(const std::string &planPath, const std::string &journalPath, std::ostream &out,
                         std::ostream &err)
{
#ifndef _WIN32
    (void)planPath, (void)journalPath, (void)out;
    err << "prepprobe: prepare changes Windows services; run prepprobe.exe on the Windows server" << nothingChanged;
    return BadArguments;
#else
    std::string text, error;
    bool exists = false;
    if (!readWhole(planPath, text, error, exists)) {
        err << "prepprobe: cannot read the plan " << planPath << ": " << error << nothingChanged;
        return CannotUse;
    }
    ServicePlan plan;
    try {
        plan = planFromJson(text);
    } catch (const ChangeFileError &problem) {
        err << "prepprobe: cannot use the plan " << planPath << ": " << problem.what() << nothingChanged;
        return CannotUse;
    }
    Collector collector;
    const std::string computer = collector.hostName();
    if (!sameComputer(plan.computer, computer)) {
        err << "prepprobe: the plan " << planPath << " is for the computer " << plan.computer << ", and this is "
            << computer << nothingChanged;
        return CannotUse;
    }
    Journal journal;
    bool journalExists = false;
    if (!readJournal(journalPath, computer, false, journal, journalExists, out, err))
        return CannotUse;
    const Manager manager;
    std::vector<std::string> names;
    for (const PlannedService &service : plan.services)
        names.push_back(service.name);
    if (!checkServices(manager, names, "plan", err))
        return CannotUse;

    JournalFile file;
    if (!file.open(journalPath, journalExists ? journal.wholeBytes : 0, error)) {
        err << "prepprobe: cannot write the journal " << journalPath << ": " << error << nothingChanged;
        return CannotWrite;
    }
    // What the journal will hold once this run has begun: after a finished restore, a new round.
    Journal withThisRun = journal;
    JournalRecord thisRun;
    thisRun.action = "prepare";
    withThisRun.records.push_back(thisRun);
    std::set<std::string> recorded;
    for (const JournalRecord &record : originals(withThisRun))
        recorded.insert(lowerCase(record.service));
    const char *killAfter = std::getenv(killAfterVariable);
    const int killAt = killAfter ? std::atoi(killAfter) : 0;
    int journaled = 0;

    Run run(file, "prepare", out);
    JournalRecord begin;
    begin.computer = computer;
    const auto cannotWrite = [&] {
        err << "prepprobe: cannot write the journal " << journalPath << ": " << error
            << "; stopped before the next change (restore puts back what the journal has)\n";
        return CannotWrite;
    };
    if (!run.write(begin, error))
        return cannotWrite();
    for (const PlannedService &planned : plan.services) {
        const ServiceHandle service(::OpenServiceW(manager.get(), toWide(planned.name).c_str(), changeAccess));
        const std::optional<Current> current = queryOpened(service, error);
        if (!current) {
            if (!run.step(planned.name, "start-type", "unknown", wordOf(planned.startType), false, error, error))
                return cannotWrite();
            continue;
        }
        if (recorded.insert(lowerCase(planned.name)).second) {
            JournalRecord before;
            before.kind = JournalRecord::Kind::Before;
            before.service = planned.name;
            before.displayName = current->displayName;
            before.startType = current->startType;
            before.state = current->state;
            if (!run.write(before, error))
                return cannotWrite();
            if (++journaled == killAt)
                ::TerminateProcess(::GetCurrentProcess(), 9);
        }
        if (!setStartType(run, service.get(), planned.name, current->startType, planned.startType, error))
            return cannotWrite();
        if (planned.stop && !stopService(run, service.get(), planned.name, current->state, error))
            return cannotWrite();
    }
    if (!run.end(error))
        return cannotWrite();
    return run.failed() > 0 ? SomeRefused : Ok;
#endif
}

ExitCode restoreServices(const std::string &journalPath, std::ostream &out, std::ostream &err)
{
#ifndef _WIN32
    (void)journalPath, (void)out;
    err << "prepprobe: restore changes Windows services; run prepprobe.exe on the Windows server" << nothingChanged;
    return BadArguments;
#else
    Collector collector;
    const std::string computer = collector.hostName();
    Journal journal;
    bool exists = false;
    if (!readJournal(journalPath, computer, true, journal, exists, out, err))
        return CannotUse;
    const std::vector<JournalRecord> recorded = originals(journal);
    if (recorded.empty()) {
        out << "The journal records no service to put back; nothing to do.\n";
        return Ok;
    }
    const Manager manager;
    std::vector<std::string> names;
    for (const JournalRecord &record : recorded)
        names.push_back(record.service);
    if (!checkServices(manager, names, "journal", err))
        return CannotUse;

    std::string error;
    JournalFile file;
    if (!file.open(journalPath, journal.wholeBytes, error)) {
        err << "prepprobe: cannot write the journal " << journalPath << ": " << error << nothingChanged;
        return CannotWrite;
    }
    const auto cannotWrite = [&] {
        err << "prepprobe: cannot write the journal " << journalPath << ": " << error
            << "; stopped before the next change (run restore again)\n";
        return CannotWrite;
    };
    Run run(file, "restore", out);
    JournalRecord begin;
    begin.computer = computer;
    if (!run.write(begin, error))
        return cannotWrite();
    for (const JournalRecord &original : recorded) {
        const ServiceHandle service(::OpenServiceW(manager.get(), toWide(original.service).c_str(), changeAccess));
        const std::optional<Current> current = queryOpened(service, error);
        if (!current) {
            if (!run.step(original.service, "start-type", "unknown", wordOf(original.startType), false, error, error))
                return cannotWrite();
            continue;
        }
        if (!setStartType(run, service.get(), original.service, current->startType, original.startType, error))
            return cannotWrite();
        const bool ok = wantsRunning(original.state)
                            ? startService(run, service.get(), original.service, current->state, error)
                            : stopService(run, service.get(), original.service, current->state, error);
        if (!ok)
            return cannotWrite();
    }
    if (!run.end(error))
        return cannotWrite();
    return run.failed() > 0 ? SomeRefused : Ok;
#endif
}
