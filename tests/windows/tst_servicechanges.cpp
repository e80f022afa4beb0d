// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// prepprobe prepare / restore, run as the operator runs them, on services the test creates (real
// service programs, prep_test_service.exe, started and stopped by the service manager of Wine or
// Windows): startup types and states back exactly, a run killed half way completed by restore,
// both run twice, a service that refuses to stop, plans and journals that cannot be used, a
// delayed start.
//   tst_servicechanges PREPPROBE.exe PREP_TEST_SERVICE.exe

#include "Collector.h"
#include "ServiceChanges.h"
#include "TestRunner.h"
#include "TestService.h"
#include "Win32Text.h"

#include <windows.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace prep::facts;
using namespace prep::facts::win;
using namespace std::string_literals;

namespace {

std::wstring prepprobePath;
std::wstring servicePath;

std::wstring fullPath(const std::wstring &path)
{
    wchar_t buffer[MAX_PATH];
    const DWORD length = ::GetFullPathNameW(path.c_str(), MAX_PATH, buffer, nullptr);
    return std::wstring(buffer, length);
}

// A folder of the test's own under %TEMP%, emptied and removed after it.
class Folder
{
public:
    Folder()
    {
        wchar_t temp[MAX_PATH];
        ::GetTempPathW(MAX_PATH, temp);
        path_ = toUtf8(temp) + "PrepWizardChanges" + std::to_string(::GetCurrentProcessId()) + "-" +
                std::to_string(++count_);
        ::CreateDirectoryA(path_.c_str(), nullptr);
    }
    ~Folder()
    {
        for (const char *name : {"plan.json", "journal.jsonl", "out.txt", "err.txt"})
            ::DeleteFileA(file(name).c_str());
        ::RemoveDirectoryA(path_.c_str());
    }
    Folder(const Folder &) = delete;
    Folder &operator=(const Folder &) = delete;
    std::string file(const std::string &name) const { return path_ + "\\" + name; }

private:
    std::string path_;
    static inline int count_ = 0;
};

std::string readFile(const std::string &path)
{
    std::ifstream file(path, std::ios::binary);
    std::ostringstream content;
    content << file.rdbuf();
    return content.str();
}

void writeFile(const std::string &path, const std::string &content)
{
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    file << content;
    if (!file)
        throw Failure("cannot write " + path);
}

bool contains(const std::string &text, const std::string &part)
{
    return text.find(part) != std::string::npos;
}

struct Result
{
    DWORD exitCode = 0xffffffff;
    std::string out;
    std::string err;
};

// prepprobe with `arguments`, its standard output and error in files of `folder`; with
// `killAfter`, PREPPROBE_TEST_KILL_AFTER set for it.
Result prepprobe(const Folder &folder, const std::string &arguments, int killAfter = 0)
{
    SECURITY_ATTRIBUTES inherit{sizeof inherit, nullptr, TRUE};
    const std::string outPath = folder.file("out.txt");
    const std::string errPath = folder.file("err.txt");
    const HANDLE out = ::CreateFileA(outPath.c_str(), GENERIC_WRITE, FILE_SHARE_READ, &inherit, CREATE_ALWAYS,
                                     FILE_ATTRIBUTE_NORMAL, nullptr);
    const HANDLE err = ::CreateFileA(errPath.c_str(), GENERIC_WRITE, FILE_SHARE_READ, &inherit, CREATE_ALWAYS,
                                     FILE_ATTRIBUTE_NORMAL, nullptr);
    STARTUPINFOW startup{};
    startup.cb = sizeof startup;
    startup.dwFlags = STARTF_USESTDHANDLES;
    startup.hStdInput = ::GetStdHandle(STD_INPUT_HANDLE);
    startup.hStdOutput = out;
    startup.hStdError = err;
    ::SetEnvironmentVariableA("PREPPROBE_TEST_KILL_AFTER", killAfter > 0 ? std::to_string(killAfter).c_str() : nullptr);
    std::wstring commandLine = L"\"" + prepprobePath + L"\" " + toWide(arguments);
    PROCESS_INFORMATION process{};
    const BOOL started = ::CreateProcessW(nullptr, commandLine.data(), nullptr, nullptr, TRUE, 0, nullptr, nullptr,
                                          &startup, &process);
    ::SetEnvironmentVariableA("PREPPROBE_TEST_KILL_AFTER", nullptr);
    ::CloseHandle(out);
    ::CloseHandle(err);
    if (!started)
        throw Failure("cannot run prepprobe: " + errorText(::GetLastError()));
    Result result;
    if (::WaitForSingleObject(process.hProcess, 120000) != WAIT_OBJECT_0)
        ::TerminateProcess(process.hProcess, 99);
    ::GetExitCodeProcess(process.hProcess, &result.exitCode);
    ::CloseHandle(process.hProcess);
    ::CloseHandle(process.hThread);
    result.out = readFile(outPath);
    result.err = readFile(errPath);
    return result;
}

std::string thisComputer()
{
    Collector collector;
    return collector.hostName();
}

PlannedService planned(const TestService &service, StartType startType = StartType::Disabled, bool stop = true)
{
    PlannedService entry;
    entry.name = toUtf8(service.name());
    entry.startType = startType;
    entry.stop = stop;
    return entry;
}

std::string planFor(const std::vector<PlannedService> &services, const std::string &computer = thisComputer())
{
    ServicePlan plan;
    plan.computer = computer;
    plan.createdAt = 1796212800; // 2026-12-02
    plan.services = services;
    return toJson(plan);
}

std::wstring serviceCommand(bool refuseStop = false)
{
    return L"\"" + servicePath + L"\"" + (refuseStop ? L" --refuse-stop" : L"");
}

// Three services as an agent would have them: automatic and running, manual and running,
// automatic and stopped.
struct ThreeServices
{
    TestService automatic{L"PrepWizardChangeAuto", serviceCommand(), nullptr, SERVICE_AUTO_START};
    TestService manual{L"PrepWizardChangeManual", serviceCommand(), nullptr, SERVICE_DEMAND_START};
    TestService stopped{L"PrepWizardChangeStopped", serviceCommand(), nullptr, SERVICE_AUTO_START};
    ThreeServices()
    {
        automatic.start();
        manual.start();
    }
    std::string plan() const { return planFor({planned(automatic), planned(manual), planned(stopped)}); }
    void checkAsBefore() const
    {
        CHECK_EQUAL(automatic.startType(), DWORD(SERVICE_AUTO_START));
        CHECK_EQUAL(automatic.state(), DWORD(SERVICE_RUNNING));
        CHECK_EQUAL(manual.startType(), DWORD(SERVICE_DEMAND_START));
        CHECK_EQUAL(manual.state(), DWORD(SERVICE_RUNNING));
        CHECK_EQUAL(stopped.startType(), DWORD(SERVICE_AUTO_START));
        CHECK_EQUAL(stopped.state(), DWORD(SERVICE_STOPPED));
    }
    void checkPrepared() const
    {
        for (const TestService *service : {&automatic, &manual, &stopped}) {
            CHECK_EQUAL(service->startType(), DWORD(SERVICE_DISABLED));
            CHECK_EQUAL(service->state(), DWORD(SERVICE_STOPPED));
        }
    }
};

std::string prepareArguments(const Folder &folder)
{
    return "prepare --plan \"" + folder.file("plan.json") + "\" --journal \"" + folder.file("journal.jsonl") + "\"";
}

std::string restoreArguments(const Folder &folder)
{
    return "restore --journal \"" + folder.file("journal.jsonl") + "\"";
}

// --- Tests ---------------------------------------------------------------------------------

TEST(prepareDisablesAndStopsAndRestorePutsBackExactlyWhatWasThere)
{
    const ThreeServices services;
    const Folder folder;
    writeFile(folder.file("plan.json"), services.plan());
    const Result prepared = prepprobe(folder, prepareArguments(folder));
    CHECK_EQUAL(prepared.err, ""s);
    CHECK_EQUAL(prepared.exitCode, DWORD(0));
    CHECK(contains(prepared.out, "PrepWizardChangeAuto: startup type automatic -> disabled: changed"));
    CHECK(contains(prepared.out, "PrepWizardChangeAuto: stop running -> stopped: stopped"));
    CHECK(contains(prepared.out, "PrepWizardChangeStopped: stop stopped -> stopped: already so"));
    services.checkPrepared();

    // The journal has each service as it was, and each step's result.
    const Journal journal = journalFromText(readFile(folder.file("journal.jsonl")));
    CHECK(sameComputer(journal.computer, thisComputer()));
    const auto recorded = originals(journal);
    CHECK_EQUAL(recorded.size(), std::size_t(3));
    CHECK_EQUAL(recorded[0].service, "PrepWizardChangeAuto"s);
    CHECK(recorded[0].startType == StartType::Automatic && recorded[0].state == ServiceState::Running);
    CHECK(recorded[1].startType == StartType::Manual && recorded[1].state == ServiceState::Running);
    CHECK(recorded[2].startType == StartType::Automatic && recorded[2].state == ServiceState::Stopped);
    const JournalRun run = lastRun(journal, "prepare");
    CHECK(run.ended);
    CHECK_EQUAL(run.end.done, 6);
    CHECK_EQUAL(run.end.failed, 0);

    const Result restored = prepprobe(folder, restoreArguments(folder));
    CHECK_EQUAL(restored.err, ""s);
    CHECK_EQUAL(restored.exitCode, DWORD(0));
    CHECK(contains(restored.out, "PrepWizardChangeManual: startup type disabled -> manual: changed"));
    CHECK(contains(restored.out, "PrepWizardChangeManual: start stopped -> running: started"));
    services.checkAsBefore();
    CHECK(lastRun(journalFromText(readFile(folder.file("journal.jsonl"))), "restore").ended);
}

TEST(bothCanBeRunTwiceAndTheSecondRunChangesNothing)
{
    const ThreeServices services;
    const Folder folder;
    writeFile(folder.file("plan.json"), services.plan());
    CHECK_EQUAL(prepprobe(folder, prepareArguments(folder)).exitCode, DWORD(0));
    const Result again = prepprobe(folder, prepareArguments(folder));
    CHECK_EQUAL(again.exitCode, DWORD(0));
    CHECK(!contains(again.out, ": changed"));
    services.checkPrepared();
    // The states from before the first run are still the ones to put back.
    const auto recorded = originals(journalFromText(readFile(folder.file("journal.jsonl"))));
    CHECK_EQUAL(recorded.size(), std::size_t(3));
    CHECK(recorded[0].startType == StartType::Automatic && recorded[0].state == ServiceState::Running);

    CHECK_EQUAL(prepprobe(folder, restoreArguments(folder)).exitCode, DWORD(0));
    services.checkAsBefore();
    const Result restoredAgain = prepprobe(folder, restoreArguments(folder));
    CHECK_EQUAL(restoredAgain.exitCode, DWORD(0));
    CHECK(!contains(restoredAgain.out, ": changed") && !contains(restoredAgain.out, ": started"));
    services.checkAsBefore();

    // A prepare after a finished restore records the states afresh.
    CHECK_EQUAL(prepprobe(folder, prepareArguments(folder)).exitCode, DWORD(0));
    services.checkPrepared();
    CHECK_EQUAL(prepprobe(folder, restoreArguments(folder)).exitCode, DWORD(0));
    services.checkAsBefore();
}

TEST(aRunKilledHalfWayLeavesAJournalThatRestoreCompletes)
{
    const ThreeServices services;
    const Folder folder;
    writeFile(folder.file("plan.json"), services.plan());
    // Killed after the second service was journaled, before it was changed.
    const Result killed = prepprobe(folder, prepareArguments(folder), 2);
    CHECK_EQUAL(killed.exitCode, DWORD(9));
    CHECK_EQUAL(services.automatic.startType(), DWORD(SERVICE_DISABLED));
    CHECK_EQUAL(services.automatic.state(), DWORD(SERVICE_STOPPED));
    CHECK_EQUAL(services.manual.startType(), DWORD(SERVICE_DEMAND_START));
    CHECK_EQUAL(services.manual.state(), DWORD(SERVICE_RUNNING));
    const Journal journal = journalFromText(readFile(folder.file("journal.jsonl")));
    CHECK_EQUAL(originals(journal).size(), std::size_t(2));
    CHECK(!lastRun(journal, "prepare").ended);

    const Result restored = prepprobe(folder, restoreArguments(folder));
    CHECK_EQUAL(restored.err, ""s);
    CHECK_EQUAL(restored.exitCode, DWORD(0));
    services.checkAsBefore();

    // Or the operator runs prepare again, which finishes the plan; restore still puts back all.
    CHECK_EQUAL(prepprobe(folder, prepareArguments(folder), 1).exitCode, DWORD(9));
    CHECK_EQUAL(prepprobe(folder, prepareArguments(folder)).exitCode, DWORD(0));
    services.checkPrepared();
    CHECK_EQUAL(prepprobe(folder, restoreArguments(folder)).exitCode, DWORD(0));
    services.checkAsBefore();
}

TEST(aLastLineCutShortIsLeftOutAndCutOff)
{
    const ThreeServices services;
    const Folder folder;
    writeFile(folder.file("plan.json"), services.plan());
    CHECK_EQUAL(prepprobe(folder, prepareArguments(folder), 1).exitCode, DWORD(9));
    // As if the power went while the next line was written.
    const std::string whole = readFile(folder.file("journal.jsonl"));
    writeFile(folder.file("journal.jsonl"), whole + "{\"record\": \"bef");
    const Result prepared = prepprobe(folder, prepareArguments(folder));
    CHECK_EQUAL(prepared.exitCode, DWORD(0));
    CHECK(contains(prepared.out, "cut short"));
    const std::string after = readFile(folder.file("journal.jsonl"));
    CHECK(!contains(after, "\"bef{"));
    CHECK(!journalFromText(after).cutShort);
    CHECK_EQUAL(prepprobe(folder, restoreArguments(folder)).exitCode, DWORD(0));
    services.checkAsBefore();
}

TEST(aServiceThatRefusesIsReportedAndTheOthersGoOn)
{
    const TestService stubborn(L"PrepWizardChangeStubborn", serviceCommand(true), nullptr, SERVICE_AUTO_START);
    const TestService agent(L"PrepWizardChangeAgent", serviceCommand(), nullptr, SERVICE_AUTO_START);
    stubborn.start();
    agent.start();
    const Folder folder;
    writeFile(folder.file("plan.json"), planFor({planned(stubborn), planned(agent)}));
    const Result prepared = prepprobe(folder, prepareArguments(folder));
    CHECK_EQUAL(prepared.exitCode, DWORD(5));
    CHECK(contains(prepared.out, "PrepWizardChangeStubborn: stop running -> stopped: refused: "));
    CHECK(contains(prepared.out, "prepare: 3 step(s) done, 1 refused"));
    CHECK_EQUAL(stubborn.startType(), DWORD(SERVICE_DISABLED));
    CHECK_EQUAL(stubborn.state(), DWORD(SERVICE_RUNNING));
    CHECK_EQUAL(agent.startType(), DWORD(SERVICE_DISABLED));
    CHECK_EQUAL(agent.state(), DWORD(SERVICE_STOPPED));
    const JournalRun run = lastRun(journalFromText(readFile(folder.file("journal.jsonl"))), "prepare");
    CHECK_EQUAL(run.end.failed, 1);
    CHECK(!run.steps[1].ok && run.steps[1].step == "stop" && !run.steps[1].message.empty());

    CHECK_EQUAL(prepprobe(folder, restoreArguments(folder)).exitCode, DWORD(0));
    CHECK_EQUAL(stubborn.startType(), DWORD(SERVICE_AUTO_START));
    CHECK_EQUAL(stubborn.state(), DWORD(SERVICE_RUNNING));
    CHECK_EQUAL(agent.startType(), DWORD(SERVICE_AUTO_START));
    CHECK_EQUAL(agent.state(), DWORD(SERVICE_RUNNING));
}

TEST(aPlanThatCannotBeUsedChangesNothing)
{
    const ThreeServices services;
    const Folder folder;
    const std::string journal = folder.file("journal.jsonl");
    struct Case
    {
        std::string plan;
        std::string message;
    };
    PlannedService missing;
    missing.name = "PrepWizardNoSuchService";
    const std::string whole = services.plan();
    const std::vector<Case> cases = {
        {whole.substr(0, whole.size() / 2), "cannot use the plan"},
        {"{\"schema\": \"prepwizard.facts/1\"}", "this version reads prepwizard.service-plan/1"},
        {planFor({planned(services.automatic)}, "OTHERSERVER"), "is for the computer OTHERSERVER, and this is "},
        {planFor({planned(services.automatic), missing}),
         "names the service PrepWizardNoSuchService, which this computer does not have"},
        {planFor({planned(services.automatic, StartType::Boot)}), "must be automatic, automatic-delayed, manual or disabled"},
    };
    for (const Case &bad : cases) {
        writeFile(folder.file("plan.json"), bad.plan);
        const Result result = prepprobe(folder, prepareArguments(folder));
        CHECK_EQUAL(result.exitCode, DWORD(4));
        if (!contains(result.err, bad.message) || !contains(result.err, "nothing was changed"))
            throw Failure("the message \"" + result.err + "\" does not say \"" + bad.message + "\"");
        CHECK_EQUAL(::GetFileAttributesA(journal.c_str()), INVALID_FILE_ATTRIBUTES);
        services.checkAsBefore();
    }
    ::DeleteFileA(folder.file("plan.json").c_str());
    CHECK_EQUAL(prepprobe(folder, prepareArguments(folder)).exitCode, DWORD(4));
    CHECK_EQUAL(prepprobe(folder, "prepare --plan x.json").exitCode, DWORD(2));
}

TEST(aJournalThatCannotBeUsedChangesNothing)
{
    const ThreeServices services;
    const Folder folder;
    writeFile(folder.file("plan.json"), services.plan());
    CHECK_EQUAL(prepprobe(folder, prepareArguments(folder)).exitCode, DWORD(0));
    const std::string whole = readFile(folder.file("journal.jsonl"));
    const std::size_t secondLine = whole.find('\n') + 1;
    const std::string computer = thisComputer();
    std::string otherComputer = whole;
    otherComputer.replace(otherComputer.find("\"" + computer + "\""), computer.size() + 2, "\"OTHERSERVER\"");
    JournalRecord gone;
    gone.kind = JournalRecord::Kind::Before;
    gone.service = "PrepWizardNoSuchService";
    gone.at = 1796212800;
    const std::vector<std::pair<std::string, std::string>> cases = {
        {whole.substr(0, secondLine) + "not a record\n" + whole.substr(secondLine), "line 2 is not a journal record"},
        {otherComputer, "is for the computer OTHERSERVER, and this is "},
        {whole + journalLine(gone), "names the service PrepWizardNoSuchService, which this computer does not have"},
        {"", "it is empty"},
    };
    for (const auto &[journal, message] : cases) {
        writeFile(folder.file("journal.jsonl"), journal);
        const Result result = prepprobe(folder, restoreArguments(folder));
        CHECK_EQUAL(result.exitCode, DWORD(4));
        if (!contains(result.err, message) || !contains(result.err, "nothing was changed"))
            throw Failure("the message \"" + result.err + "\" does not say \"" + message + "\"");
        CHECK_EQUAL(readFile(folder.file("journal.jsonl")), journal);
        services.checkPrepared();
    }
    // The same journal, whole again, is restored.
    writeFile(folder.file("journal.jsonl"), whole);
    CHECK_EQUAL(prepprobe(folder, restoreArguments(folder)).exitCode, DWORD(0));
    services.checkAsBefore();
}

// Whether this Windows has "Automatic (Delayed Start)": Vista and later do; 2000, 2003 and Wine 8
// answer ERROR_INVALID_LEVEL.
bool hasDelayedStart(const TestService &service)
{
    SERVICE_DELAYED_AUTO_START_INFO info{};
    DWORD needed = 0;
    return ::QueryServiceConfig2W(service.handle(), SERVICE_CONFIG_DELAYED_AUTO_START_INFO,
                                  reinterpret_cast<BYTE *>(&info), sizeof info, &needed) != 0 ||
           ::GetLastError() != ERROR_INVALID_LEVEL;
}

// A journal written on a server whose agent was "Automatic (Delayed Start)", restored here: on a
// Windows with the setting it comes back delayed; on one without, the service comes back
// Automatic and running, the delay is reported as refused in plain words, and the others go on.
TEST(aDelayedStartComesBackOrIsReportedWhereWindowsHasNone)
{
    const TestService delayed(L"PrepWizardChangeDelayed", serviceCommand(), nullptr, SERVICE_DISABLED);
    const TestService plain(L"PrepWizardChangePlain", serviceCommand(), nullptr, SERVICE_DISABLED);
    const Folder folder;
    JournalRecord begin;
    begin.action = "prepare";
    begin.computer = thisComputer();
    begin.at = 1796212800;
    std::string journal = journalLine(begin);
    for (const TestService *service : {&delayed, &plain}) {
        JournalRecord before;
        before.kind = JournalRecord::Kind::Before;
        before.service = toUtf8(service->name());
        before.startType = service == &delayed ? StartType::AutomaticDelayed : StartType::Automatic;
        before.state = ServiceState::Running;
        before.at = 1796212801;
        journal += journalLine(before);
    }
    writeFile(folder.file("journal.jsonl"), journal);
    const Result restored = prepprobe(folder, restoreArguments(folder));
    CHECK_EQUAL(restored.err, ""s);
    CHECK_EQUAL(delayed.startType(), DWORD(SERVICE_AUTO_START));
    CHECK_EQUAL(delayed.state(), DWORD(SERVICE_RUNNING));
    CHECK_EQUAL(plain.startType(), DWORD(SERVICE_AUTO_START));
    CHECK_EQUAL(plain.state(), DWORD(SERVICE_RUNNING));
    CHECK(contains(restored.out, "PrepWizardChangePlain: startup type disabled -> automatic: changed"));
    if (hasDelayedStart(delayed)) {
        CHECK_EQUAL(restored.exitCode, DWORD(0));
        CHECK(contains(restored.out, "PrepWizardChangeDelayed: startup type disabled -> automatic-delayed: changed"));
    } else {
        CHECK_EQUAL(restored.exitCode, DWORD(5));
        CHECK(contains(restored.out, "PrepWizardChangeDelayed: startup type disabled -> automatic-delayed: refused: "
                                     "it is now Automatic: this Windows has no delayed start"));
        CHECK(contains(restored.out, "restore: 3 step(s) done, 1 refused"));
    }
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::cerr << "usage: tst_servicechanges PREPPROBE.exe PREP_TEST_SERVICE.exe\n";
        return 2;
    }
    prepprobePath = fullPath(toWide(argv[1]));
    servicePath = fullPath(toWide(argv[2]));
    return runTests();
}
