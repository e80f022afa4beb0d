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

// What a field may say after its member (see the lists below).
// The "schema" field, which no struct holds: written as snapshotSchema, checked before all else.
struct Schema
{
};
// A snapshot without the field is refused; any other absent field keeps its default.
struct Required
{
};
// Seconds since the epoch, as "2026-11-21T10:00:00Z".
struct UtcTime
{
};
// A number outside [low, high] is refused: "<path> must be <what> from <low> to <high>".
struct Range
{
    double low;
    double high;
    const char *what = "a number";
};
constexpr Required required{};
constexpr UtcTime utcTime{};

// --- The fields --------------------------------------------------------------------------
//
// Each struct of Facts.h names its fields here once, in the order of Facts.h (the order of the
// snapshot). Writer writes and Reader reads through these lists and nothing else, so that neither
// can have a field the other lacks; T is the struct, const when writing.
//
// To add a field: add it to its struct in Facts.h, and one line at the same place here,
//     visit("jsonName", value.member);
// followed where it needs one by `required`, `utcTime`, a word list (an enumeration, written as
// the word at its index), a Range{low, high}, or a Range and a bool `known` (written only when
// known; reading it sets known). A nested struct, a std::vector of structs or of texts, and a
// std::optional struct (written when there is one) need nothing more: each struct has a list.
// A new struct takes a list like these; only a new kind of field an overload in Writer and Reader.
template<class T, class Struct> using FieldsOf = std::enable_if_t<std::is_same_v<std::remove_const_t<T>, Struct>>;

template<class V, class T> FieldsOf<T, OsFacts> fields(V &visit, T &os)
{
    visit("name", os.name);
    visit("version", os.version);
    visit("kernel", os.kernel);
    visit("architecture", os.architecture);
    visit("edition", os.edition);
    visit("smallBusinessServer", os.smallBusinessServer);
    visit("language", os.language);
}

template<class V, class T> FieldsOf<T, CpuFacts> fields(V &visit, T &cpu)
{
    visit("model", cpu.model);
    visit("logicalCores", cpu.logicalCores);
    visit("physicalCores", cpu.physicalCores);
    visit("sockets", cpu.sockets);
    visit("maxMhz", cpu.maxMhz, Range{0, maxMegahertz});
    visit("is64Bit", cpu.is64Bit);
}

template<class V, class T> FieldsOf<T, MemoryFacts> fields(V &visit, T &memory)
{
    visit("totalBytes", memory.totalBytes);
    visit("availableBytes", memory.availableBytes);
}

template<class V, class T> FieldsOf<T, VolumeFacts> fields(V &visit, T &volume)
{
    visit("mountPoint", volume.mountPoint);
    visit("device", volume.device);
    visit("fileSystem", volume.fileSystem);
    visit("totalBytes", volume.totalBytes);
    visit("freeBytes", volume.freeBytes);
    visit("system", volume.system);
    visit("readOnly", volume.readOnly);
}

template<class V, class T> FieldsOf<T, ServiceFacts> fields(V &visit, T &service)
{
    visit("name", service.name);
    visit("displayName", service.displayName);
    visit("account", service.account);
    visit("runsAsSystem", service.runsAsSystem);
    visit("state", service.state, stateWords);
    visit("startType", service.startType, startTypeWords);
    visit("thirdParty", service.thirdParty);
    visit("vendor", service.vendor);
    visit("imagePath", service.imagePath);
}

template<class V, class T> FieldsOf<T, ProcessFacts> fields(V &visit, T &process)
{
    visit("pid", process.pid);
    visit("name", process.name);
    visit("user", process.user);
}

template<class V, class T> FieldsOf<T, SessionFacts> fields(V &visit, T &session)
{
    visit("user", session.user);
    visit("terminal", session.terminal);
    visit("host", session.host);
    visit("loginTime", session.loginTime);
}

template<class V, class T> FieldsOf<T, AdapterFacts> fields(V &visit, T &adapter)
{
    visit("name", adapter.name);
    visit("mac", adapter.mac);
    visit("up", adapter.up);
    visit("loopback", adapter.loopback);
    visit("wireless", adapter.wireless);
    visit("speedMbps", adapter.speedMbps);
    visit("addresses", adapter.addresses);
}

template<class V, class T> FieldsOf<T, NetworkFacts> fields(V &visit, T &network)
{
    visit("adapters", network.adapters);
    visit("gateways", network.gateways);
    visit("dnsServers", network.dnsServers);
    visit("hostName", network.hostName);
    visit("domain", network.domain);
}

template<class V, class T> FieldsOf<T, FirmwareFacts> fields(V &visit, T &firmware)
{
    visit("vendor", firmware.vendor);
    visit("version", firmware.version);
    visit("date", firmware.date);
}

template<class V, class T> FieldsOf<T, VirtualizationFacts> fields(V &visit, T &virtualization)
{
    visit("virtualMachine", virtualization.virtualMachine);
    visit("hypervisor", virtualization.hypervisor);
}

template<class V, class T> FieldsOf<T, ProgramFacts> fields(V &visit, T &program)
{
    visit("name", program.name);
    visit("version", program.version);
    visit("publisher", program.publisher);
}

template<class V, class T> FieldsOf<T, ExchangeFacts> fields(V &visit, T &exchange)
{
    visit("installed", exchange.installed);
    visit("version", exchange.version);
    visit("rpcProxyValidPorts", exchange.rpcProxyValidPorts);
}

template<class V, class T> FieldsOf<T, ClockMeasurement> fields(V &visit, T &measurement)
{
    visit("server", measurement.server, required);
    visit("measuredAt", measurement.measuredAt, required, utcTime);
    visit("outcome", measurement.outcome, required);
    // A century either way is no clock that could still be compared: the file is damaged.
    visit("offsetSeconds", measurement.offsetSeconds, Range{-3.2e9, 3.2e9});
    visit("roundTripSeconds", measurement.roundTripSeconds, Range{-3.2e9, 3.2e9});
    visit("stratum", measurement.stratum);
    visit("error", measurement.error);
}

// Absent in snapshots written before prepprobe measured clocks: all unknown then.
template<class V, class T> FieldsOf<T, ClockFacts> fields(V &visit, T &clock)
{
    visit("timeZone", clock.timeZone);
    // UTC−12 to UTC+14 are the zones there are.
    visit("utcOffsetMinutes", clock.utcOffsetMinutes, Range{-16 * 60, 16 * 60, "a number of minutes"},
          clock.utcOffsetKnown);
    visit("measurement", clock.measurement);
}

template<class V, class T> FieldsOf<T, Facts> fields(V &visit, T &facts)
{
    visit("schema", Schema{});
    visit("hostName", facts.hostName, required);
    visit("collectedAt", facts.collectedAt, required, utcTime);
    visit("collectorVersion", facts.collectorVersion);
    visit("platform", facts.platform);
    visit("os", facts.os);
    visit("cpu", facts.cpu);
    visit("memory", facts.memory);
    visit("volumes", facts.volumes);
    visit("services", facts.services);
    visit("processes", facts.processes);
    visit("sessions", facts.sessions);
    visit("network", facts.network);
    visit("firmware", facts.firmware);
    visit("virtualization", facts.virtualization);
    visit("programs", facts.programs);
    visit("exchange", facts.exchange);
    visit("clock", facts.clock);
    visit("problems", facts.problems);
}

// --- Writing -----------------------------------------------------------------------------

// Writes the fields it visits into one JSON object, in the order visited.
class Writer
{
public:
    explicit Writer(OrderedJson &object) : object_(object) {}

    template<class T> static OrderedJson objectOf(const T &value)
    {
        OrderedJson object = OrderedJson::object();
        Writer writer(object);
        fields(writer, value);
        return object;
    }

    template<class T> void operator()(const char *key, const T &value) { object_[key] = valueOf(value); }

    // Written only when there is one.
    template<class T> void operator()(const char *key, const std::optional<T> &value)
    {
        if (value)
            (*this)(key, *value);
    }

    void operator()(const char *key, Schema) { object_[key] = snapshotSchema; }

    void operator()(const char *key, std::int64_t seconds, UtcTime) { object_[key] = formatUtc(seconds); }

    template<typename Enum, std::size_t N>
    void operator()(const char *key, Enum value, const std::array<const char *, N> &words)
    {
        object_[key] = wordOf(value, words);
    }

    // What is required, and the range, are for the reader.
    template<class T, class... Options>
    void operator()(const char *key, const T &value, Required, const Options &...options)
    {
        (*this)(key, value, options...);
    }
    template<class T> void operator()(const char *key, const T &value, Range) { (*this)(key, value); }
    template<class T> void operator()(const char *key, const T &value, Range, bool known)
    {
        if (known)
            (*this)(key, value);
    }

private:
    // A text, flag or number as it is; a struct as an object of its fields.
    template<class T> static OrderedJson valueOf(const T &value)
    {
        if constexpr (std::is_arithmetic_v<T> || std::is_same_v<T, std::string>)
            return value;
        else
            return objectOf(value);
    }

    template<class T> static OrderedJson valueOf(const std::vector<T> &items)
    {
        OrderedJson array = OrderedJson::array();
        for (const T &item : items)
            array.push_back(valueOf(item));
        return array;
    }

    OrderedJson &object_;
};

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

    // A number in the range.
    template<typename Number> void read(const char *key, Number &out, const Range &range) const
    {
        read(key, out);
        if (find(key) && !(out >= range.low && out <= range.high))
            throw SnapshotError(pathOf(key) + " must be " + range.what + " from " +
                                std::to_string(std::llround(range.low)) + " to " +
                                std::to_string(std::llround(range.high)));
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

void checkSchema(const ObjectReader &in, const char *key)
{
    if (!in.find(key))
        throw SnapshotError("the snapshot has no \"" + in.pathOf(key) +
                            "\" field: it is not a prepwizard facts snapshot");
    std::string schema;
    in.read(key, schema);
    const int number = schemaNumber(schema);
    if (number > schemaVersion)
        throw SnapshotError("the snapshot was written by a newer prepprobe (" + schema + "); this version reads " +
                            snapshotSchema);
    if (number != schemaVersion)
        throw SnapshotError("the snapshot has the unknown schema \"" + schema + "\"; this version reads " +
                            snapshotSchema);
}

// What must be in one JSON object before any field of it is read: the schema, then the required
// fields, in the order of the list.
class Requirements
{
public:
    explicit Requirements(const ObjectReader &in) : in_(in) {}

    void operator()(const char *key, Schema) const { checkSchema(in_, key); }

    template<class T, class... Options> void operator()(const char *key, T &, const Options &...) const
    {
        if constexpr ((std::is_same_v<Options, Required> || ...))
            in_.require(key);
    }

private:
    const ObjectReader &in_;
};

// Reads the fields it visits from one JSON object; absent ones keep what they hold.
class Reader
{
public:
    explicit Reader(const ObjectReader &in) : in_(in) {}

    // The fields of `value` from the object `in`: first what must be there, then each field.
    template<class T> static void readFields(const ObjectReader &in, T &value)
    {
        Requirements requirements(in);
        fields(requirements, value);
        Reader reader(in);
        fields(reader, value);
    }

    // A text, flag or number; a struct from an object (an absent one: all defaults).
    template<class T> void operator()(const char *key, T &out) const
    {
        if constexpr (std::is_class_v<T> && !std::is_same_v<T, std::string>)
            readFields(in_.object(key), out);
        else
            in_.read(key, out);
    }

    void operator()(const char *key, std::vector<std::string> &out) const { in_.read(key, out); }

    template<class T> void operator()(const char *key, std::vector<T> &out) const
    {
        in_.readArray(key, out, [](const Json &item, const std::string &path) {
            T value;
            readFields(ObjectReader(item, path), value);
            return value;
        });
    }

    // Only when it is there.
    template<class T> void operator()(const char *key, std::optional<T> &out) const
    {
        if (!in_.find(key))
            return;
        T value;
        readFields(in_.object(key), value);
        out = value;
    }

    void operator()(const char *, Schema) const {} // checked by Requirements

    void operator()(const char *key, std::int64_t &out, UtcTime) const
    {
        if (!in_.find(key))
            return;
        std::string text;
        in_.read(key, text);
        const auto seconds = parseUtc(text);
        if (!seconds)
            throw SnapshotError(in_.pathOf(key) + " must be a UTC time like 2026-11-21T10:00:00Z");
        out = *seconds;
    }

    template<typename Enum, std::size_t N>
    void operator()(const char *key, Enum &out, const std::array<const char *, N> &words) const
    {
        in_.readWord(key, out, words);
    }

    template<class T, class... Options>
    void operator()(const char *key, T &out, Required, const Options &...options) const // checked by Requirements
    {
        (*this)(key, out, options...);
    }

    template<class T> void operator()(const char *key, T &out, const Range &range) const { in_.read(key, out, range); }

    template<class T> void operator()(const char *key, T &out, const Range &range, bool &known) const
    {
        if (!in_.find(key))
            return;
        in_.read(key, out, range);
        known = true;
    }

private:
    const ObjectReader &in_;
};

} // namespace

std::string toJson(const Facts &facts, int indent)
{
    return Writer::objectOf(facts).dump(indent, ' ', false, OrderedJson::error_handler_t::replace);
}

Facts fromJson(const std::string &text)
{
    try {
        const Json json = parse(text);
        if (!json.is_object())
            throw SnapshotError("the snapshot is not a JSON object");
        Facts facts;
        Reader::readFields(ObjectReader(json, ""), facts);
        return facts;
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
