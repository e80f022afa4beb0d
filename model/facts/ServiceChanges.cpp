// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceChanges.h"

#include "FactsJson.h"
#include "UtcTime.h"

#include <nlohmann/json.hpp>

#include <map>
#include <set>

namespace prep::facts {

namespace {

using Json = nlohmann::json;
using OrderedJson = nlohmann::ordered_json;

// Reads one object's fields, naming each by its path when it is missing or of the wrong type.
class Fields
{
public:
    Fields(const Json &object, std::string path) : object_(object), path_(std::move(path))
    {
        if (!object_.is_object())
            throw ChangeFileError(path_ + " is not a JSON object");
    }

    const Json &field(const char *key) const
    {
        const auto it = object_.find(key);
        if (it == object_.end())
            throw ChangeFileError(name(key) + " is missing");
        return *it;
    }
    bool has(const char *key) const { return object_.contains(key); }

    std::string text(const char *key) const
    {
        const Json &value = field(key);
        if (!value.is_string())
            throw ChangeFileError(name(key) + " must be a string");
        return value.get<std::string>();
    }
    std::string text(const char *key, const std::string &otherwise) const { return has(key) ? text(key) : otherwise; }

    bool flag(const char *key) const
    {
        const Json &value = field(key);
        if (!value.is_boolean())
            throw ChangeFileError(name(key) + " must be true or false");
        return value.get<bool>();
    }

    int count(const char *key) const
    {
        const Json &value = field(key);
        if (!value.is_number_unsigned() || value.get<std::uint64_t>() > 1000000)
            throw ChangeFileError(name(key) + " must be a whole number");
        return int(value.get<std::uint64_t>());
    }

    std::int64_t time(const char *key) const
    {
        const auto seconds = parseUtc(text(key));
        if (!seconds)
            throw ChangeFileError(name(key) + " must be a UTC time like 2026-12-02T10:00:00Z");
        return *seconds;
    }

    StartType startType(const char *key) const
    {
        const auto type = startTypeOf(text(key));
        if (!type)
            throw ChangeFileError(name(key) + " is not a startup type");
        return *type;
    }

    ServiceState state(const char *key) const
    {
        const auto state = serviceStateOf(text(key));
        if (!state)
            throw ChangeFileError(name(key) + " is not a service state");
        return *state;
    }

    std::string name(const char *key) const { return path_ + "." + key; }

private:
    const Json &object_;
    std::string path_;
};

Json parseJson(const std::string &text, const std::string &what)
{
    try {
        return Json::parse(text);
    } catch (const Json::exception &) {
        throw ChangeFileError(what + " is not valid JSON: it is damaged or not a " + what);
    }
}

void checkSchema(const Fields &fields, const char *schema, const std::string &what)
{
    if (!fields.has("schema"))
        throw ChangeFileError("it has no \"schema\" field: it is not a " + what);
    const std::string found = fields.text("schema");
    if (found != schema)
        throw ChangeFileError("it has the schema \"" + found + "\"; this version reads " + schema);
}

bool validName(const std::string &name)
{
    // Windows service names: at most 256 characters, no slashes.
    return !name.empty() && name.size() <= 256 && name.find_first_of("/\\") == std::string::npos;
}

const std::map<JournalRecord::Kind, const char *> kindWords = {{JournalRecord::Kind::Begin, "begin"},
                                                               {JournalRecord::Kind::Before, "before"},
                                                               {JournalRecord::Kind::Step, "step"},
                                                               {JournalRecord::Kind::End, "end"}};

std::string action(const Fields &fields)
{
    const std::string action = fields.text("action");
    if (action != "prepare" && action != "restore")
        throw ChangeFileError(fields.name("action") + " must be prepare or restore");
    return action;
}

JournalRecord readRecord(const Json &json, const std::string &path)
{
    const Fields fields(json, path);
    JournalRecord record;
    const std::string kind = fields.text("record");
    bool known = false;
    for (const auto &[value, word] : kindWords)
        if (kind == word) {
            record.kind = value;
            known = true;
        }
    if (!known)
        throw ChangeFileError(fields.name("record") + " \"" + kind + "\" is not a journal record");
    record.at = fields.time("at");
    switch (record.kind) {
    case JournalRecord::Kind::Begin:
        checkSchema(fields, serviceJournalSchema, "service journal");
        record.action = action(fields);
        record.computer = fields.text("computer");
        if (record.computer.empty())
            throw ChangeFileError(fields.name("computer") + " is empty");
        break;
    case JournalRecord::Kind::Before:
        record.service = fields.text("service");
        record.displayName = fields.text("displayName", {});
        record.startType = fields.startType("startType");
        record.state = fields.state("state");
        break;
    case JournalRecord::Kind::Step:
        record.action = action(fields);
        record.service = fields.text("service");
        record.step = fields.text("step");
        record.from = fields.text("from", {});
        record.to = fields.text("to", {});
        record.ok = fields.flag("ok");
        record.message = fields.text("message", {});
        break;
    case JournalRecord::Kind::End:
        record.action = action(fields);
        record.done = fields.count("done");
        record.failed = fields.count("failed");
        break;
    }
    if ((record.kind == JournalRecord::Kind::Before || record.kind == JournalRecord::Kind::Step) &&
        !validName(record.service))
        throw ChangeFileError(fields.name("service") + " is not a service name");
    return record;
}

} // namespace

std::string toJson(const ServicePlan &plan)
{
    OrderedJson services = OrderedJson::array();
    for (const PlannedService &service : plan.services)
        services.push_back({{"name", service.name},
                            {"displayName", service.displayName},
                            {"currentStartType", wordOf(service.currentStartType)},
                            {"startType", wordOf(service.startType)},
                            {"stop", service.stop}});
    const OrderedJson json = {{"schema", servicePlanSchema},
                              {"computer", plan.computer},
                              {"createdAt", formatUtc(plan.createdAt)},
                              {"backupRisk", plan.backupRisk},
                              {"services", services}};
    return json.dump(2, ' ', false, OrderedJson::error_handler_t::replace) + "\n";
}

ServicePlan planFromJson(const std::string &text)
{
    if (text.size() > maxChangeFileBytes)
        throw ChangeFileError("it is larger than any plan the wizard writes: it is damaged");
    const Json json = parseJson(text, "plan");
    const Fields fields(json, "the plan");
    checkSchema(fields, servicePlanSchema, "service plan that Prep Wizard wrote");
    ServicePlan plan;
    plan.computer = fields.text("computer");
    if (plan.computer.empty())
        throw ChangeFileError("the plan names no computer");
    plan.createdAt = fields.time("createdAt");
    plan.backupRisk = fields.text("backupRisk", {});
    const Json &services = fields.field("services");
    if (!services.is_array())
        throw ChangeFileError("the plan's services must be a list");
    if (services.empty())
        throw ChangeFileError("the plan has no services to change");
    if (services.size() > maxPlannedServices)
        throw ChangeFileError("the plan lists more services than any server has: it is damaged");
    std::set<std::string> seen;
    for (std::size_t i = 0; i < services.size(); ++i) {
        const Fields item(services[i], "the plan's services[" + std::to_string(i) + "]");
        PlannedService service;
        service.name = item.text("name");
        if (!validName(service.name))
            throw ChangeFileError(item.name("name") + " is not a service name");
        std::string lower;
        for (const char c : service.name)
            lower += (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
        if (!seen.insert(lower).second)
            throw ChangeFileError("the plan lists the service " + service.name + " twice");
        service.displayName = item.text("displayName", {});
        service.currentStartType = item.has("currentStartType") ? item.startType("currentStartType")
                                                                : StartType::Unknown;
        service.startType = item.startType("startType");
        if (!startsAutomatically(service.startType) && service.startType != StartType::Manual &&
            service.startType != StartType::Disabled)
            throw ChangeFileError(item.name("startType") + " must be automatic, automatic-delayed, manual or disabled");
        service.stop = item.flag("stop");
        plan.services.push_back(service);
    }
    return plan;
}

std::string journalLine(const JournalRecord &record)
{
    OrderedJson json = {{"record", kindWords.at(record.kind)}};
    switch (record.kind) {
    case JournalRecord::Kind::Begin:
        json["schema"] = serviceJournalSchema;
        json["action"] = record.action;
        json["computer"] = record.computer;
        break;
    case JournalRecord::Kind::Before:
        json["service"] = record.service;
        json["displayName"] = record.displayName;
        json["startType"] = wordOf(record.startType);
        json["state"] = wordOf(record.state);
        break;
    case JournalRecord::Kind::Step:
        json["action"] = record.action;
        json["service"] = record.service;
        json["step"] = record.step;
        json["from"] = record.from;
        json["to"] = record.to;
        json["ok"] = record.ok;
        json["message"] = record.message;
        break;
    case JournalRecord::Kind::End:
        json["action"] = record.action;
        json["done"] = record.done;
        json["failed"] = record.failed;
        break;
    }
    json["at"] = formatUtc(record.at);
    return json.dump(-1, ' ', false, OrderedJson::error_handler_t::replace) + "\n";
}

Journal journalFromText(const std::string &text)
{
    if (text.size() > maxChangeFileBytes)
        throw ChangeFileError("it is larger than any journal prepprobe writes: it is damaged");
    Journal journal;
    std::size_t start = 0;
    for (int line = 1; start < text.size(); ++line) {
        const std::size_t end = text.find('\n', start);
        if (end == std::string::npos) {
            // The last line without its newline: a run killed while writing it. Nothing was
            // changed after a line that was not whole.
            journal.cutShort = true;
            break;
        }
        const std::string content = text.substr(start, end - start);
        const std::string where = "line " + std::to_string(line);
        Json json;
        try {
            json = Json::parse(content);
        } catch (const Json::exception &) {
            throw ChangeFileError(where + " is not a journal record: the journal is damaged");
        }
        JournalRecord record = readRecord(json, where);
        if (journal.records.empty() && record.kind != JournalRecord::Kind::Begin)
            throw ChangeFileError("it does not begin as a prepprobe journal does: it is not one");
        if (record.kind == JournalRecord::Kind::Begin) {
            if (journal.computer.empty())
                journal.computer = record.computer;
            else if (!sameComputer(journal.computer, record.computer))
                throw ChangeFileError(where + " is for the computer " + record.computer + ", the journal for " +
                                      journal.computer + ": it is damaged");
        }
        journal.records.push_back(std::move(record));
        start = end + 1;
        journal.wholeBytes = start;
    }
    if (journal.records.empty())
        throw ChangeFileError("it is empty: it is not a prepprobe journal");
    return journal;
}

std::vector<JournalRecord> originals(const Journal &journal)
{
    std::vector<JournalRecord> result;
    std::set<std::string> seen;
    bool restored = false;
    for (const JournalRecord &record : journal.records) {
        if (record.kind == JournalRecord::Kind::Begin && record.action == "prepare" && restored) {
            result.clear();
            seen.clear();
            restored = false;
        } else if (record.kind == JournalRecord::Kind::Begin && record.action == "restore") {
            restored = false;
        } else if (record.kind == JournalRecord::Kind::End && record.action == "restore") {
            restored = record.failed == 0;
        } else if (record.kind == JournalRecord::Kind::Before && seen.insert(record.service).second) {
            result.push_back(record);
        }
    }
    return result;
}

JournalRun lastRun(const Journal &journal, const std::string &action)
{
    JournalRun run;
    bool inside = false;
    for (std::size_t i = 0; i < journal.records.size(); ++i) {
        const JournalRecord &record = journal.records[i];
        if (record.kind == JournalRecord::Kind::Begin) {
            inside = record.action == action;
            if (inside) {
                run = JournalRun{};
                run.ran = true;
                run.startedAt = record.at;
                run.order = i;
            }
        } else if (inside && record.kind == JournalRecord::Kind::Step) {
            run.steps.push_back(record);
        } else if (inside && record.kind == JournalRecord::Kind::End) {
            run.ended = true;
            run.end = record;
            inside = false;
        }
    }
    return run;
}

bool sameComputer(const std::string &a, const std::string &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c; };
        if (lower(a[i]) != lower(b[i]))
            return false;
    }
    return true;
}

} // namespace prep::facts
