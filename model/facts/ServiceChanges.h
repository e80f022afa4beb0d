// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The two files of a reversible change to a server's services, shared by prepwizard (which writes
// the plan and reads the journal) and prepprobe (which applies the plan and writes the journal).
//
// The plan: one JSON object the wizard writes and the operator takes to the server.
//   {"schema": "prepwizard.service-plan/1", "computer": "SBS01", "createdAt": "2026-12-02T10:00:00Z",
//    "backupRisk": "", "services": [{"name": "BackupAgent", "displayName": "...",
//    "currentStartType": "automatic", "startType": "disabled", "stop": true}, ...]}
// backupRisk is the operator's reason for going ahead without a verified backup, empty otherwise.
//
// The journal: JSON lines that prepprobe appends to, each written and flushed to the disk before
// the change it announces. Its first line names the computer:
//   {"record": "begin", "schema": "prepwizard.service-journal/1", "action": "prepare",
//    "computer": "SBS01", "at": "..."}
//   {"record": "before", "service": "BackupAgent", "displayName": "...", "startType": "automatic",
//    "state": "running", "at": "..."}                         ← before the first change to it
//   {"record": "step", "action": "prepare", "service": "BackupAgent", "step": "start-type",
//    "from": "automatic", "to": "disabled", "ok": true, "message": "changed", "at": "..."}
//   {"record": "end", "action": "prepare", "done": 3, "failed": 0, "at": "..."}
// Startup types are written in the snapshot's words: automatic, automatic-delayed ("Automatic
// (Delayed Start)", Windows Vista and later), manual, disabled.
// A run killed while writing leaves at most its last line cut short: readers ignore such a last
// line (nothing was changed after it) and prepprobe cuts it off before appending.

#include "Facts.h"

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace prep::facts {

inline constexpr const char *servicePlanSchema = "prepwizard.service-plan/1";
inline constexpr const char *serviceJournalSchema = "prepwizard.service-journal/1";
// Larger plans or journals than this are damaged: a server has a few hundred services.
inline constexpr std::size_t maxChangeFileBytes = 4 * 1024 * 1024;
inline constexpr std::size_t maxPlannedServices = 1000;

// Why a plan or a journal cannot be used, in one line.
class ChangeFileError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

struct PlannedService
{
    std::string name;        // the service's key name ("BackupAgent")
    std::string displayName;
    StartType currentStartType = StartType::Unknown; // as the checks found it, for the preview
    StartType startType = StartType::Disabled;       // to set: automatic (delayed or not), manual or disabled
    bool stop = true;
};

struct ServicePlan
{
    std::string computer;    // the host name of the snapshot or computer checked
    std::int64_t createdAt = 0;
    std::string backupRisk;  // the reason for going ahead without a verified backup
    std::vector<PlannedService> services;
};

std::string toJson(const ServicePlan &plan);
// Throws ChangeFileError: not JSON, not a plan, another schema, a service twice, a start type
// other than automatic, automatic-delayed, manual or disabled, no services.
ServicePlan planFromJson(const std::string &text);

struct JournalRecord
{
    enum class Kind { Begin, Before, Step, End };
    Kind kind = Kind::Begin;
    std::string action;       // begin, step, end: "prepare" or "restore"
    std::string computer;     // begin
    std::int64_t at = 0;
    std::string service;      // before, step
    std::string displayName;  // before
    StartType startType = StartType::Unknown; // before
    ServiceState state = ServiceState::Unknown; // before
    std::string step;         // step: "start-type", "stop", "start"
    std::string from, to;     // step: start types or states, as words
    bool ok = true;           // step
    std::string message;      // step: "changed", "already so", or the system's reason
    int done = 0, failed = 0; // end
};

// One journal line, with its newline.
std::string journalLine(const JournalRecord &record);

struct Journal
{
    std::string computer;
    std::vector<JournalRecord> records;
    // The bytes of whole lines; a last line cut short by a killed run is beyond them.
    std::size_t wholeBytes = 0;
    bool cutShort = false;
};

// Throws ChangeFileError: empty, a line that is not a journal record (other than a last line cut
// short), another schema, records of more than one computer.
Journal journalFromText(const std::string &text);

// What restore puts back: for each service, the first "before" record of the latest round. A
// round starts with the first prepare, and again with a prepare after a restore that ended with
// nothing failed; so prepare run twice keeps the states from before the first run.
std::vector<JournalRecord> originals(const Journal &journal);

// The last run of `action` ("prepare", "restore") in the journal: its steps and its end record
// (none when the run was cut short); `ran` is false when it never ran. `order` is the place of
// its begin record, to tell which of two runs came last.
struct JournalRun
{
    bool ran = false;
    bool ended = false;
    JournalRecord end;
    std::vector<JournalRecord> steps;
    std::int64_t startedAt = 0;
    std::size_t order = 0;
};
JournalRun lastRun(const Journal &journal, const std::string &action);

// Computer names as Windows compares them: ASCII letters in any case.
bool sameComputer(const std::string &a, const std::string &b);

} // namespace prep::facts
