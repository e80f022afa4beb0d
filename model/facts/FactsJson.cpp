// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FactsJson.h"

#include "UtcTime.h"

#include <nlohmann/json.hpp>

#include <array>
#include <cmath>
#include <limits>
#include <optional>
#include <type_traits>

namespace prep::facts {

namespace {

using Json = nlohmann::json;
// Written in the order of Facts.h, so that a person reading a snapshot finds "schema" first.
using OrderedJson = nlohmann::ordered_json;

constexpr const char *schemaPrefix = "prepwizard.facts/";
constexpr int schemaVersion = 1;

const std::array<const char *, 6> stateWords = {"unknown", "running", "stopped", "starting", "stopping", "paused"};
// In the order of StartType.
const std::array<const char *, 7> startTypeWords = {"unknown", "automatic", "manual", "disabled",
                                                    "boot", "system", "automatic-delayed"};

template<typename Enum, std::size_t N> const char *wordOf(Enum value, const std::array<const char *, N> &words)
{
    const auto index = static_cast<std::size_t>(value);
    return index < N ? words[index] : words[0];
}

// --- Writing -----------------------------------------------------------------------------

OrderedJson toJson(const OsFacts &os)
{
    return {{"name", os.name},        {"version", os.version},
            {"kernel", os.kernel},    {"architecture", os.architecture},
            {"edition", os.edition},  {"smallBusinessServer", os.smallBusinessServer},
            {"language", os.language}};
}

OrderedJson toJson(const CpuFacts &cpu)
{
    return {{"model", cpu.model},
            {"logicalCores", cpu.logicalCores},
            {"physicalCores", cpu.physicalCores},
            {"sockets", cpu.sockets},
            {"maxMhz", cpu.maxMhz},
            {"is64Bit", cpu.is64Bit}};
}

OrderedJson toJson(const MemoryFacts &memory)
{
    return {{"totalBytes", memory.totalBytes}, {"availableBytes", memory.availableBytes}};
}

OrderedJson toJson(const VolumeFacts &volume)
{
    return {{"mountPoint", volume.mountPoint}, {"device", volume.device},       {"fileSystem", volume.fileSystem},
            {"totalBytes", volume.totalBytes}, {"freeBytes", volume.freeBytes}, {"system", volume.system},
            {"readOnly", volume.readOnly}};
}

OrderedJson toJson(const ServiceFacts &service)
{
    return {{"name", service.name},
            {"displayName", service.displayName},
            {"account", service.account},
            {"runsAsSystem", service.runsAsSystem},
            {"state", wordOf(service.state, stateWords)},
            {"startType", wordOf(service.startType, startTypeWords)},
            {"thirdParty", service.thirdParty},
            {"vendor", service.vendor},
            {"imagePath", service.imagePath}};
}

OrderedJson toJson(const ProcessFacts &process)
{
    return {{"pid", process.pid}, {"name", process.name}, {"user", process.user}};
}

OrderedJson toJson(const SessionFacts &session)
{
    return {{"user", session.user},
            {"terminal", session.terminal},
            {"host", session.host},
            {"loginTime", session.loginTime}};
}

OrderedJson toJson(const AdapterFacts &adapter)
{
    return {{"name", adapter.name},          {"mac", adapter.mac},           {"up", adapter.up},
            {"loopback", adapter.loopback},  {"wireless", adapter.wireless}, {"speedMbps", adapter.speedMbps},
            {"addresses", adapter.addresses}};
}

OrderedJson toJson(const ProgramFacts &program)
{
    return {{"name", program.name}, {"version", program.version}, {"publisher", program.publisher}};
}

// After every element writer: the call below is resolved where the template is defined.
template<typename T> OrderedJson arrayOf(const std::vector<T> &items)
{
    OrderedJson array = OrderedJson::array();
    for (const T &item : items)
        array.push_back(toJson(item));
    return array;
}

OrderedJson toJson(const NetworkFacts &network)
{
    return {{"adapters", arrayOf(network.adapters)},
            {"gateways", network.gateways},
            {"dnsServers", network.dnsServers},
            {"hostName", network.hostName},
            {"domain", network.domain}};
}

OrderedJson toJson(const FirmwareFacts &firmware)
{
    return {{"vendor", firmware.vendor}, {"version", firmware.version}, {"date", firmware.date}};
}

OrderedJson toJson(const VirtualizationFacts &virtualization)
{
    return {{"virtualMachine", virtualization.virtualMachine}, {"hypervisor", virtualization.hypervisor}};
}

OrderedJson toJson(const ExchangeFacts &exchange)
{
    return {{"installed", exchange.installed},
            {"version", exchange.version},
            {"rpcProxyValidPorts", exchange.rpcProxyValidPorts}};
}

OrderedJson toJson(const ClockFacts &clock)
{
    OrderedJson json = {{"timeZone", clock.timeZone}};
    if (clock.utcOffsetKnown)
        json["utcOffsetMinutes"] = clock.utcOffsetMinutes;
    if (const auto &m = clock.measurement)
        json["measurement"] = {{"server", m->server},
                               {"measuredAt", formatUtc(m->measuredAt)},
                               {"outcome", m->outcome},
                               {"offsetSeconds", m->offsetSeconds},
                               {"roundTripSeconds", m->roundTripSeconds},
                               {"stratum", m->stratum},
                               {"error", m->error}};
    return json;
}

// --- Reading -----------------------------------------------------------------------------

// Reads the fields of one JSON object, naming each by its path ("volumes[2].freeBytes") when it
// has the wrong type. Absent fields keep their defaults.
class ObjectReader
{
public:
    ObjectReader(const Json &object, std::string path) : object_(object), path_(std::move(path))
    {
        if (!object_.is_object())
            throw SnapshotError(path_ + " must be an object");
    }

    std::string pathOf(const std::string &key) const { return path_.empty() ? key : path_ + "." + key; }

    const Json *find(const char *key) const
    {
        const auto it = object_.find(key);
        return it == object_.end() ? nullptr : &*it;
    }

    void require(const char *key) const
    {
        if (!find(key))
            throw SnapshotError("the snapshot has no \"" + pathOf(key) + "\" field");
    }

    void read(const char *key, std::string &out) const
    {
        if (const Json *value = find(key))
            out = text(*value, pathOf(key));
    }

    void read(const char *key, bool &out) const
    {
        if (const Json *value = find(key)) {
            if (!value->is_boolean())
                throw SnapshotError(pathOf(key) + " must be true or false");
            out = value->get<bool>();
        }
    }

    void read(const char *key, double &out) const
    {
        if (const Json *value = find(key)) {
            if (!value->is_number())
                throw SnapshotError(pathOf(key) + " must be a number");
            out = value->get<double>();
        }
    }

    void read(const char *key, int &out) const { readInteger(key, out); }
    void read(const char *key, std::uint32_t &out) const { readInteger(key, out); }
    void read(const char *key, std::int64_t &out) const { readInteger(key, out); }
    void read(const char *key, std::uint64_t &out) const { readInteger(key, out); }

    // A number from `low` to `high`.
    void read(const char *key, double &out, double low, double high) const
    {
        read(key, out);
        if (find(key) && !(out >= low && out <= high))
            throw SnapshotError(pathOf(key) + " must be a number from " + std::to_string(std::llround(low)) + " to " +
                                std::to_string(std::llround(high)));
    }

    void read(const char *key, std::vector<std::string> &out) const
    {
        readArray(key, out, [](const Json &item, const std::string &path) { return text(item, path); });
    }

    template<typename Enum, std::size_t N>
    void readWord(const char *key, Enum &out, const std::array<const char *, N> &words) const
    {
        std::string word;
        read(key, word);
        if (!find(key))
            return;
        for (std::size_t i = 0; i < N; ++i)
            if (word == words[i]) {
                out = static_cast<Enum>(i);
                return;
            }
        std::string list;
        for (const char *w : words)
            list += (list.empty() ? "" : ", ") + std::string(w);
        throw SnapshotError(pathOf(key) + " must be one of " + list);
    }

    // readOne(item, "volumes[2]") makes one element.
    template<typename T, typename ReadOne> void readArray(const char *key, std::vector<T> &out, ReadOne readOne) const
    {
        const Json *value = find(key);
        if (!value)
            return;
        if (!value->is_array())
            throw SnapshotError(pathOf(key) + " must be an array");
        if (value->size() > maxListItems)
            throw SnapshotError(pathOf(key) + " has more than " + std::to_string(maxListItems) +
                                " entries, more than any real computer: the snapshot is damaged");
        out.clear();
        out.reserve(value->size());
        for (std::size_t i = 0; i < value->size(); ++i)
            out.push_back(readOne((*value)[i], pathOf(key) + "[" + std::to_string(i) + "]"));
    }

    // A nested object; an absent one reads as empty, so that all its fields keep their defaults.
    ObjectReader object(const char *key) const
    {
        static const Json empty = Json::object();
        const Json *value = find(key);
        return ObjectReader(value ? *value : empty, pathOf(key));
    }

private:
    static std::string text(const Json &value, const std::string &path)
    {
        if (!value.is_string())
            throw SnapshotError(path + " must be a string");
        const auto &string = value.get_ref<const std::string &>();
        if (string.size() > maxTextBytes)
            throw SnapshotError(path + " is longer than " + std::to_string(maxTextBytes / (1024 * 1024)) +
                                " MiB: the snapshot is damaged");
        return string;
    }

    // The value when it is a whole number that Int can hold.
    template<typename Int> static std::optional<Int> fitting(const Json &value)
    {
        constexpr auto max = static_cast<std::uint64_t>(std::numeric_limits<Int>::max());
        if (value.is_number_unsigned()) {
            const auto number = value.get<std::uint64_t>();
            if (number <= max)
                return static_cast<Int>(number);
        } else if (value.is_number_integer()) { // negative: JSON parsers keep the others unsigned
            const auto number = value.get<std::int64_t>();
            if constexpr (std::is_signed_v<Int>) {
                if (number >= static_cast<std::int64_t>(std::numeric_limits<Int>::min()))
                    return static_cast<Int>(number);
            }
        }
        return std::nullopt;
    }

    template<typename Int> void readInteger(const char *key, Int &out) const
    {
        const Json *value = find(key);
        if (!value)
            return;
        if (!value->is_number())
            throw SnapshotError(pathOf(key) + " must be a number");
        const auto number = fitting<Int>(*value);
        if (!number)
            throw SnapshotError(pathOf(key) + " must be a whole number from " +
                                std::to_string(std::numeric_limits<Int>::min()) + " to " +
                                std::to_string(std::numeric_limits<Int>::max()));
        out = *number;
    }

    const Json &object_;
    std::string path_;
};

OsFacts readOs(const ObjectReader &in)
{
    OsFacts os;
    in.read("name", os.name);
    in.read("version", os.version);
    in.read("kernel", os.kernel);
    in.read("architecture", os.architecture);
    in.read("edition", os.edition);
    in.read("smallBusinessServer", os.smallBusinessServer);
    in.read("language", os.language);
    return os;
}

CpuFacts readCpu(const ObjectReader &in)
{
    CpuFacts cpu;
    in.read("model", cpu.model);
    in.read("logicalCores", cpu.logicalCores);
    in.read("physicalCores", cpu.physicalCores);
    in.read("sockets", cpu.sockets);
    in.read("maxMhz", cpu.maxMhz, 0, maxMegahertz);
    in.read("is64Bit", cpu.is64Bit);
    return cpu;
}

MemoryFacts readMemory(const ObjectReader &in)
{
    MemoryFacts memory;
    in.read("totalBytes", memory.totalBytes);
    in.read("availableBytes", memory.availableBytes);
    return memory;
}

VolumeFacts readVolume(const Json &value, const std::string &path)
{
    const ObjectReader in(value, path);
    VolumeFacts volume;
    in.read("mountPoint", volume.mountPoint);
    in.read("device", volume.device);
    in.read("fileSystem", volume.fileSystem);
    in.read("totalBytes", volume.totalBytes);
    in.read("freeBytes", volume.freeBytes);
    in.read("system", volume.system);
    in.read("readOnly", volume.readOnly);
    return volume;
}

ServiceFacts readService(const Json &value, const std::string &path)
{
    const ObjectReader in(value, path);
    ServiceFacts service;
    in.read("name", service.name);
    in.read("displayName", service.displayName);
    in.read("account", service.account);
    in.read("runsAsSystem", service.runsAsSystem);
    in.readWord("state", service.state, stateWords);
    in.readWord("startType", service.startType, startTypeWords);
    in.read("thirdParty", service.thirdParty);
    in.read("vendor", service.vendor);
    in.read("imagePath", service.imagePath);
    return service;
}

ProcessFacts readProcess(const Json &value, const std::string &path)
{
    const ObjectReader in(value, path);
    ProcessFacts process;
    in.read("pid", process.pid);
    in.read("name", process.name);
    in.read("user", process.user);
    return process;
}

SessionFacts readSession(const Json &value, const std::string &path)
{
    const ObjectReader in(value, path);
    SessionFacts session;
    in.read("user", session.user);
    in.read("terminal", session.terminal);
    in.read("host", session.host);
    in.read("loginTime", session.loginTime);
    return session;
}

AdapterFacts readAdapter(const Json &value, const std::string &path)
{
    const ObjectReader in(value, path);
    AdapterFacts adapter;
    in.read("name", adapter.name);
    in.read("mac", adapter.mac);
    in.read("up", adapter.up);
    in.read("loopback", adapter.loopback);
    in.read("wireless", adapter.wireless);
    in.read("speedMbps", adapter.speedMbps);
    in.read("addresses", adapter.addresses);
    return adapter;
}

NetworkFacts readNetwork(const ObjectReader &in)
{
    NetworkFacts network;
    in.readArray("adapters", network.adapters, readAdapter);
    in.read("gateways", network.gateways);
    in.read("dnsServers", network.dnsServers);
    in.read("hostName", network.hostName);
    in.read("domain", network.domain);
    return network;
}

FirmwareFacts readFirmware(const ObjectReader &in)
{
    FirmwareFacts firmware;
    in.read("vendor", firmware.vendor);
    in.read("version", firmware.version);
    in.read("date", firmware.date);
    return firmware;
}

VirtualizationFacts readVirtualization(const ObjectReader &in)
{
    VirtualizationFacts virtualization;
    in.read("virtualMachine", virtualization.virtualMachine);
    in.read("hypervisor", virtualization.hypervisor);
    return virtualization;
}

ProgramFacts readProgram(const Json &value, const std::string &path)
{
    const ObjectReader in(value, path);
    ProgramFacts program;
    in.read("name", program.name);
    in.read("version", program.version);
    in.read("publisher", program.publisher);
    return program;
}

ExchangeFacts readExchange(const ObjectReader &in)
{
    ExchangeFacts exchange;
    in.read("installed", exchange.installed);
    in.read("version", exchange.version);
    in.read("rpcProxyValidPorts", exchange.rpcProxyValidPorts);
    return exchange;
}

// Absent in snapshots written before prepprobe measured clocks: all unknown then.
ClockFacts readClock(const ObjectReader &in)
{
    ClockFacts clock;
    in.read("timeZone", clock.timeZone);
    if (in.find("utcOffsetMinutes")) {
        in.read("utcOffsetMinutes", clock.utcOffsetMinutes);
        // UTC−12 to UTC+14 are the zones there are.
        if (clock.utcOffsetMinutes < -16 * 60 || clock.utcOffsetMinutes > 16 * 60)
            throw SnapshotError(in.pathOf("utcOffsetMinutes") + " must be a number of minutes from -960 to 960");
        clock.utcOffsetKnown = true;
    }
    if (in.find("measurement")) {
        const ObjectReader m = in.object("measurement");
        m.require("server");
        m.require("measuredAt");
        m.require("outcome");
        ClockMeasurement measurement;
        m.read("server", measurement.server);
        std::string measuredAt;
        m.read("measuredAt", measuredAt);
        const auto seconds = parseUtc(measuredAt);
        if (!seconds)
            throw SnapshotError(m.pathOf("measuredAt") + " must be a UTC time like 2026-11-21T10:00:00Z");
        measurement.measuredAt = *seconds;
        m.read("outcome", measurement.outcome);
        // A century either way is no clock that could still be compared: the file is damaged.
        m.read("offsetSeconds", measurement.offsetSeconds, -3.2e9, 3.2e9);
        m.read("roundTripSeconds", measurement.roundTripSeconds, -3.2e9, 3.2e9);
        m.read("stratum", measurement.stratum);
        m.read("error", measurement.error);
        clock.measurement = measurement;
    }
    return clock;
}

// The offset of the first byte that is not part of a well-formed UTF-8 character (RFC 3629: no
// overlong forms, no surrogates, nothing above U+10FFFF), or npos.
std::size_t invalidUtf8At(const std::string &text)
{
    std::size_t i = 0;
    while (i < text.size()) {
        const auto lead = static_cast<unsigned char>(text[i]);
        std::size_t length = 0;
        unsigned char low = 0x80; // the range of the second byte
        unsigned char high = 0xBF;
        if (lead < 0x80) {
            ++i;
            continue;
        }
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            low = lead == 0xE0 ? 0xA0 : 0x80;
            high = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return i;
        }
        if (text.size() - i < length)
            return i;
        const auto second = static_cast<unsigned char>(text[i + 1]);
        if (second < low || second > high)
            return i;
        for (std::size_t k = 2; k < length; ++k) {
            const auto next = static_cast<unsigned char>(text[i + k]);
            if (next < 0x80 || next > 0xBF)
                return i;
        }
        i += length;
    }
    return std::string::npos;
}

// True when arrays and objects nest deeper than maxNesting. One pass over the text: the
// library's parse callback, which could count the same, scans the whole parent array at the end
// of every object in it, so that a million services took minutes.
bool nestsTooDeep(const std::string &text)
{
    int depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > maxNesting)
                return true;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return false;
}

Json parse(const std::string &text)
{
    if (text.size() > maxSnapshotBytes)
        throw SnapshotError("the snapshot is larger than " + std::to_string(maxSnapshotBytes / (1024 * 1024)) +
                            " MiB, more than any real snapshot");
    if (const std::size_t bad = invalidUtf8At(text); bad != std::string::npos)
        throw SnapshotError("the snapshot is not UTF-8 text (byte " + std::to_string(bad + 1) +
                            " is not part of a character)");
    if (nestsTooDeep(text))
        throw SnapshotError("the snapshot nests more than " + std::to_string(maxNesting) +
                            " levels deep: it is not a prepwizard facts snapshot");
    try {
        return Json::parse(text);
    } catch (const Json::parse_error &error) {
        throw SnapshotError("the snapshot is not valid JSON (error at byte " + std::to_string(error.byte) + ")");
    } catch (const Json::out_of_range &) { // 1e400
        throw SnapshotError("the snapshot has a number too large to read: it is damaged");
    }
}

// "prepwizard.facts/7" → 7; 0 for anything else.
int schemaNumber(const std::string &schema)
{
    const std::string prefix = schemaPrefix;
    if (schema.compare(0, prefix.size(), prefix) != 0 || schema.size() == prefix.size() ||
        schema.size() > prefix.size() + 9)
        return 0;
    int number = 0;
    for (std::size_t i = prefix.size(); i < schema.size(); ++i) {
        if (schema[i] < '0' || schema[i] > '9')
            return 0;
        number = number * 10 + (schema[i] - '0');
    }
    return number;
}

void checkSchema(const ObjectReader &in)
{
    if (!in.find("schema"))
        throw SnapshotError("the snapshot has no \"schema\" field: it is not a prepwizard facts snapshot");
    std::string schema;
    in.read("schema", schema);
    const int number = schemaNumber(schema);
    if (number > schemaVersion)
        throw SnapshotError("the snapshot was written by a newer prepprobe (" + schema + "); this version reads " +
                            snapshotSchema);
    if (number != schemaVersion)
        throw SnapshotError("the snapshot has the unknown schema \"" + schema + "\"; this version reads " +
                            snapshotSchema);
}

Facts readFacts(const ObjectReader &in)
{
    checkSchema(in);
    in.require("hostName");
    in.require("collectedAt");
    Facts facts;
    in.read("hostName", facts.hostName);
    std::string collectedAt;
    in.read("collectedAt", collectedAt);
    const auto seconds = parseUtc(collectedAt);
    if (!seconds)
        throw SnapshotError("collectedAt must be a UTC time like 2026-11-21T10:00:00Z");
    facts.collectedAt = *seconds;
    in.read("collectorVersion", facts.collectorVersion);
    in.read("platform", facts.platform);
    facts.os = readOs(in.object("os"));
    facts.cpu = readCpu(in.object("cpu"));
    facts.memory = readMemory(in.object("memory"));
    in.readArray("volumes", facts.volumes, readVolume);
    in.readArray("services", facts.services, readService);
    in.readArray("processes", facts.processes, readProcess);
    in.readArray("sessions", facts.sessions, readSession);
    facts.network = readNetwork(in.object("network"));
    facts.firmware = readFirmware(in.object("firmware"));
    facts.virtualization = readVirtualization(in.object("virtualization"));
    in.readArray("programs", facts.programs, readProgram);
    facts.exchange = readExchange(in.object("exchange"));
    facts.clock = readClock(in.object("clock"));
    in.read("problems", facts.problems);
    return facts;
}

} // namespace

std::string toJson(const Facts &facts, int indent)
{
    const OrderedJson json = {{"schema", snapshotSchema},
                              {"hostName", facts.hostName},
                              {"collectedAt", formatUtc(facts.collectedAt)},
                              {"collectorVersion", facts.collectorVersion},
                              {"platform", facts.platform},
                              {"os", toJson(facts.os)},
                              {"cpu", toJson(facts.cpu)},
                              {"memory", toJson(facts.memory)},
                              {"volumes", arrayOf(facts.volumes)},
                              {"services", arrayOf(facts.services)},
                              {"processes", arrayOf(facts.processes)},
                              {"sessions", arrayOf(facts.sessions)},
                              {"network", toJson(facts.network)},
                              {"firmware", toJson(facts.firmware)},
                              {"virtualization", toJson(facts.virtualization)},
                              {"programs", arrayOf(facts.programs)},
                              {"exchange", toJson(facts.exchange)},
                              {"clock", toJson(facts.clock)},
                              {"problems", facts.problems}};
    return json.dump(indent, ' ', false, OrderedJson::error_handler_t::replace);
}

Facts fromJson(const std::string &text)
{
    try {
        const Json json = parse(text);
        if (!json.is_object())
            throw SnapshotError("the snapshot is not a JSON object");
        return readFacts(ObjectReader(json, ""));
    } catch (const SnapshotError &) {
        throw;
    } catch (const std::exception &error) {
        // Not expected (every access above is checked) but for running out of memory: still one
        // clear line, never a crash.
        throw SnapshotError(std::string("the snapshot cannot be read: ") + error.what());
    }
}

const char *wordOf(StartType type)
{
    return wordOf(type, startTypeWords);
}

const char *wordOf(ServiceState state)
{
    return wordOf(state, stateWords);
}

namespace {
template<typename Enum, std::size_t N>
std::optional<Enum> fromWord(const std::string &word, const std::array<const char *, N> &words)
{
    for (std::size_t i = 0; i < N; ++i)
        if (word == words[i])
            return static_cast<Enum>(i);
    return std::nullopt;
}
} // namespace

std::optional<StartType> startTypeOf(const std::string &word)
{
    return fromWord<StartType>(word, startTypeWords);
}

std::optional<ServiceState> serviceStateOf(const std::string &word)
{
    return fromWord<ServiceState>(word, stateWords);
}

} // namespace prep::facts
