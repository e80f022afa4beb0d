// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Linux collector: what /proc, /sys, /etc, utmp and systemd's files say about the machine.
#include "Collector.h"

#include "FirmwareNames.h"
#include "RootFs.h"
#include "SystemdUnits.h"
#include "TextFields.h"
#include "UtmpFile.h"

#include <algorithm>
#include <array>
#include <bitset>
#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <ctime>
#include <map>
#include <set>
#include <system_error>
#include <utility>

#include <arpa/inet.h>
#include <ifaddrs.h>
#include <netinet/in.h>
#include <sys/statvfs.h>
#include <sys/utsname.h>

namespace prep::facts {

namespace {

using Problems = std::vector<std::string>;

// The file's text, or nothing with "<area>: cannot read <path> (<reason>)" noted.
std::optional<std::string> readNoting(const RootFs &fs, const std::string &path, const char *area, Problems &problems)
{
    FileText file = fs.read(path);
    if (!file.ok()) {
        problems.push_back(std::string(area) + ": " + describeError(fs.hostPath(path), file.error));
        return std::nullopt;
    }
    return std::move(file.text);
}

std::string firstLine(const std::string &content)
{
    return text::trim(content.substr(0, content.find('\n')));
}

// --- OS ----------------------------------------------------------------------------------

// os-release values are shell words: "Debian GNU/Linux", 'x', or bare; \" escapes in quotes.
std::string shellValue(const std::string &value)
{
    if (value.size() < 2 || (value.front() != '"' && value.front() != '\'') || value.back() != value.front())
        return value;
    std::string result;
    for (std::size_t i = 1; i + 1 < value.size(); ++i) {
        if (value.front() == '"' && value[i] == '\\' && i + 2 < value.size())
            ++i;
        result += value[i];
    }
    return result;
}

std::map<std::string, std::string> shellAssignments(const std::string &content)
{
    std::map<std::string, std::string> values;
    for (const std::string &line : text::lines(content)) {
        const auto equals = line.find('=');
        if (equals != std::string::npos && line[0] != '#')
            values[text::trim(line.substr(0, equals))] = shellValue(text::trim(line.substr(equals + 1)));
    }
    return values;
}

std::string liveArchitecture()
{
    utsname names{};
    return ::uname(&names) == 0 ? std::string(names.machine) : std::string();
}

// uname() describes this computer; a fixture tree says its own in /proc/sys/kernel/arch.
std::string architecture(const RootFs &fs)
{
    if (!fs.isLive()) {
        const FileText arch = fs.read("/proc/sys/kernel/arch");
        if (arch.ok())
            return firstLine(arch.text);
    }
    return liveArchitecture();
}

// LANG=es_ES.UTF-8 → "es-ES"; the C and POSIX locales name no language.
std::string localeLanguage(const RootFs &fs)
{
    for (const char *path : {"/etc/default/locale", "/etc/locale.conf"}) {
        const FileText file = fs.read(path);
        const auto values = shellAssignments(file.text);
        const auto lang = values.find("LANG");
        if (!file.ok() || lang == values.end())
            continue;
        std::string language = lang->second.substr(0, lang->second.find_first_of(".@"));
        if (language == "C" || language == "POSIX")
            return {};
        std::replace(language.begin(), language.end(), '_', '-');
        return language;
    }
    return {};
}

// --- CPU ---------------------------------------------------------------------------------

struct CpuInfo
{
    std::string model;
    int processors = 0;
    std::set<std::pair<std::string, std::string>> cores; // (physical id, core id)
    std::set<std::string> sockets;
    std::set<std::string> flags;
    double maxMhz = 0;
};

CpuInfo parseCpuInfo(const std::string &content)
{
    CpuInfo info;
    std::string socket;
    for (const std::string &line : text::lines(content)) {
        if (text::valueOf(line, "processor", ':')) {
            ++info.processors;
        } else if (auto model = text::valueOf(line, "model name", ':')) {
            if (info.model.empty())
                info.model = *model;
        } else if (auto physical = text::valueOf(line, "physical id", ':')) {
            socket = *physical;
            info.sockets.insert(socket);
        } else if (auto core = text::valueOf(line, "core id", ':')) {
            info.cores.emplace(socket, *core);
        } else if (auto flags = text::valueOf(line, "flags", ':')) {
            for (std::string &flag : text::words(*flags))
                info.flags.insert(std::move(flag));
        } else if (auto mhz = text::valueOf(line, "cpu MHz", ':')) {
            info.maxMhz = std::max(info.maxMhz, text::toDouble(*mhz).value_or(0));
        }
    }
    return info;
}

// The rated maximum from cpufreq, in MHz; 0 where the kernel has no cpufreq driver (most VMs).
double cpufreqMaxMhz(const RootFs &fs)
{
    std::uint64_t maxKhz = 0;
    const std::string base = "/sys/devices/system/cpu";
    for (const std::string &cpu : fs.list(base)) {
        if (cpu.size() < 4 || !text::startsWith(cpu, "cpu") || !text::toUnsigned(cpu.substr(3)))
            continue;
        const FileText khz = fs.read(base + "/" + cpu + "/cpufreq/cpuinfo_max_freq");
        maxKhz = std::max(maxKhz, text::toUnsigned(text::trim(khz.text)).value_or(0));
    }
    return static_cast<double>(maxKhz) / 1000.0;
}

bool is64BitArchitecture(const std::string &architecture)
{
    // x86_64, aarch64, ppc64le, riscv64, mips64, loongarch64 … and IBM's one exception.
    return architecture.find("64") != std::string::npos || architecture == "s390x";
}

// --- Volumes -----------------------------------------------------------------------------

// /proc/self/mounts writes space, tab, newline and backslash as octal escapes ("\040").
std::string unescapeMountField(const std::string &field)
{
    const auto isOctal = [](char c) { return c >= '0' && c <= '7'; };
    std::string result;
    for (std::size_t i = 0; i < field.size(); ++i) {
        if (field[i] == '\\' && i + 3 < field.size() && isOctal(field[i + 1]) && isOctal(field[i + 2]) &&
            isOctal(field[i + 3])) {
            result += static_cast<char>((field[i + 1] - '0') * 64 + (field[i + 2] - '0') * 8 + (field[i + 3] - '0'));
            i += 3;
        } else {
            result += field[i];
        }
    }
    return result;
}

// Kernel and memory file systems: nothing to prepare or to run out of on them.
bool isPseudoFileSystem(const std::string &type)
{
    static const std::set<std::string> pseudo = {
        "autofs",    "binfmt_misc", "bpf",      "cgroup",  "cgroup2",   "configfs",        "debugfs",
        "devpts",    "devtmpfs",    "efivarfs", "fusectl", "hugetlbfs", "mqueue",          "nfsd",
        "nsfs",      "overlay",     "proc",     "pstore",  "ramfs",     "rpc_pipefs",      "securityfs",
        "selinuxfs", "squashfs",    "sysfs",    "tmpfs",   "tracefs",   "fuse.gvfsd-fuse", "fuse.portal",
        "fuse.lxcfs"};
    return pseudo.count(type) > 0;
}

bool hasOption(const std::string &options, const std::string &option)
{
    std::size_t start = 0;
    for (;;) {
        const auto comma = options.find(',', start);
        if (options.substr(start, comma - start) == option)
            return true;
        if (comma == std::string::npos)
            return false;
        start = comma + 1;
    }
}

// Real file systems in mount order; a later mount on the same point hides the earlier one.
std::vector<VolumeFacts> mountedVolumes(const std::string &mounts)
{
    std::vector<VolumeFacts> volumes;
    for (const std::string &line : text::lines(mounts)) {
        const auto fields = text::words(line);
        if (fields.size() < 4)
            continue;
        VolumeFacts volume;
        volume.device = unescapeMountField(fields[0]);
        volume.mountPoint = unescapeMountField(fields[1]);
        volume.fileSystem = fields[2];
        volume.readOnly = hasOption(fields[3], "ro");
        volume.system = volume.mountPoint == "/";
        // The root is kept whatever it is: in a container it is an overlay or a tmpfs.
        if (!volume.system && isPseudoFileSystem(volume.fileSystem))
            continue;
        volumes.erase(std::remove_if(volumes.begin(), volumes.end(),
                                     [&](const VolumeFacts &v) { return v.mountPoint == volume.mountPoint; }),
                      volumes.end());
        volumes.push_back(std::move(volume));
    }
    return volumes;
}

DiskSpaceFunction statvfsBelow(const std::string &root)
{
    const std::string prefix = RootFs(root).hostPath("");
    return [prefix](const std::string &mountPoint, std::string &error) -> std::optional<DiskSpace> {
        struct statvfs stats
        {
        };
        if (::statvfs((prefix + mountPoint).c_str(), &stats) != 0) {
            error = std::generic_category().message(errno);
            return std::nullopt;
        }
        return DiskSpace{static_cast<std::uint64_t>(stats.f_blocks) * stats.f_frsize,
                         static_cast<std::uint64_t>(stats.f_bavail) * stats.f_frsize};
    };
}

// --- Processes ---------------------------------------------------------------------------

std::map<std::string, std::string> userNames(const RootFs &fs, Problems &problems)
{
    std::map<std::string, std::string> names; // uid → name
    const auto passwd = readNoting(fs, "/etc/passwd", "Processes", problems);
    for (const std::string &line : text::lines(passwd.value_or(""))) {
        const auto first = line.find(':');
        const auto second = line.find(':', first == std::string::npos ? first : first + 1);
        const auto third = line.find(':', second == std::string::npos ? second : second + 1);
        if (third != std::string::npos)
            names.emplace(line.substr(second + 1, third - second - 1), line.substr(0, first));
    }
    return names;
}

// The real user id from "Uid:\t1000\t1000\t1000\t1000".
std::string realUid(const std::string &status)
{
    for (const std::string &line : text::lines(status))
        if (auto uids = text::valueOf(line, "Uid", ':')) {
            const auto words = text::words(*uids);
            return words.empty() ? std::string() : words.front();
        }
    return {};
}

// --- Network -----------------------------------------------------------------------------

constexpr int loopbackType = 772;   // ARPHRD_LOOPBACK in /sys/class/net/<if>/type
constexpr unsigned interfaceUp = 1; // IFF_UP in /sys/class/net/<if>/flags

std::string readTrimmed(const RootFs &fs, const std::string &path)
{
    return text::trim(fs.read(path).text);
}

AdapterFacts readAdapter(const RootFs &fs, const std::string &name)
{
    const std::string base = "/sys/class/net/" + name;
    AdapterFacts result;
    result.name = name;
    result.loopback = text::toUnsigned(readTrimmed(fs, base + "/type")) == std::uint64_t(loopbackType);
    const std::string mac = readTrimmed(fs, base + "/address");
    if (!result.loopback && mac != "00:00:00:00:00:00")
        result.mac = mac;
    // "unknown" is what loopback and many virtual devices say: then the interface flag decides.
    const std::string state = readTrimmed(fs, base + "/operstate");
    const auto flags = std::strtoul(readTrimmed(fs, base + "/flags").c_str(), nullptr, 16); // "0x1003"
    result.up = state == "up" || (state == "unknown" && (flags & interfaceUp));
    // Reading speed fails (EINVAL) or gives -1 when there is no link: unknown.
    result.speedMbps = text::toUnsigned(readTrimmed(fs, base + "/speed")).value_or(0);
    result.wireless = fs.exists(base + "/wireless") || fs.exists(base + "/phy80211");
    return result;
}

int prefixLength(const sockaddr *mask)
{
    if (!mask)
        return 0;
    const auto *bytes =
        mask->sa_family == AF_INET
            ? reinterpret_cast<const unsigned char *>(&reinterpret_cast<const sockaddr_in *>(mask)->sin_addr)
            : reinterpret_cast<const unsigned char *>(&reinterpret_cast<const sockaddr_in6 *>(mask)->sin6_addr);
    const std::size_t size = mask->sa_family == AF_INET ? 4 : 16;
    std::size_t bits = 0;
    for (std::size_t i = 0; i < size; ++i)
        bits += std::bitset<8>(bytes[i]).count();
    return static_cast<int>(bits);
}

std::string addressText(const sockaddr *address)
{
    std::array<char, INET6_ADDRSTRLEN> buffer{};
    const void *raw = address->sa_family == AF_INET
                          ? static_cast<const void *>(&reinterpret_cast<const sockaddr_in *>(address)->sin_addr)
                          : static_cast<const void *>(&reinterpret_cast<const sockaddr_in6 *>(address)->sin6_addr);
    return ::inet_ntop(address->sa_family, raw, buffer.data(), buffer.size()) ? buffer.data() : "";
}

using AddressList = std::multimap<std::string, std::string>; // adapter → "address/prefix"

AddressList liveAddresses(Problems &problems)
{
    AddressList addresses;
    ifaddrs *list = nullptr;
    if (::getifaddrs(&list) != 0) {
        problems.push_back("Network: cannot list addresses (" + std::generic_category().message(errno) + ")");
        return addresses;
    }
    for (const ifaddrs *it = list; it; it = it->ifa_next) {
        if (!it->ifa_addr || (it->ifa_addr->sa_family != AF_INET && it->ifa_addr->sa_family != AF_INET6))
            continue;
        // "eth0:1" is an old-style alias label of eth0.
        const std::string name(it->ifa_name);
        addresses.emplace(name.substr(0, name.find(':')),
                          addressText(it->ifa_addr) + "/" + std::to_string(prefixLength(it->ifa_netmask)));
    }
    ::freeifaddrs(list);
    return addresses;
}

// Linux has no file that lists IPv4 addresses with their masks, so a fixture tree states them in
// /prep-fixture/addresses, one "<adapter> <address>/<prefix>" a line ("eth0 192.168.16.2/24").
AddressList fixtureAddresses(const RootFs &fs, Problems &problems)
{
    AddressList addresses;
    const auto content = readNoting(fs, "/prep-fixture/addresses", "Network", problems);
    for (const std::string &line : text::lines(content.value_or(""))) {
        const auto words = text::words(line);
        if (words.size() == 2)
            addresses.emplace(words[0], words[1]);
    }
    return addresses;
}

// Default routes in /proc/net/route: destination 00000000 with the gateway flag; the addresses
// are hexadecimal in the kernel's (little-endian) byte order: 0110A8C0 is 192.168.16.1.
std::vector<std::string> defaultGateways(const std::string &routes)
{
    constexpr std::uint64_t gatewayFlag = 0x2; // RTF_GATEWAY
    std::vector<std::string> gateways;
    for (const std::string &line : text::lines(routes)) {
        const auto fields = text::words(line);
        if (fields.size() < 4 || fields[1] != "00000000")
            continue;
        const unsigned long flags = std::strtoul(fields[3].c_str(), nullptr, 16);
        const unsigned long gateway = std::strtoul(fields[2].c_str(), nullptr, 16);
        if (!(flags & gatewayFlag) || gateway == 0)
            continue;
        const std::string address = std::to_string(gateway & 0xff) + "." + std::to_string((gateway >> 8) & 0xff) + "." +
                                    std::to_string((gateway >> 16) & 0xff) + "." +
                                    std::to_string((gateway >> 24) & 0xff);
        if (std::find(gateways.begin(), gateways.end(), address) == gateways.end())
            gateways.push_back(address);
    }
    return gateways;
}

void readResolver(const std::string &resolvConf, NetworkFacts &network)
{
    std::string search;
    for (const std::string &line : text::lines(resolvConf)) {
        const auto words = text::words(line);
        if (words.size() < 2)
            continue;
        if (words[0] == "nameserver")
            network.dnsServers.push_back(words[1]);
        else if (words[0] == "domain")
            network.domain = words[1];
        else if (words[0] == "search" && search.empty())
            search = words[1];
    }
    // Without a domain line the resolver takes the first search domain as its own.
    if (network.domain.empty())
        network.domain = search;
}

// --- Firmware and virtualization ------------------------------------------------------------

const std::string dmiDirectory = "/sys/class/dmi/id";

bool cpuHasHypervisorFlag(const RootFs &fs)
{
    return parseCpuInfo(fs.read("/proc/cpuinfo").text).flags.count("hypervisor") > 0;
}

// --- Programs ----------------------------------------------------------------------------

// "Debian Samba Maintainers <pkg-samba-maint@lists.alioth.debian.org>" → the name only.
std::string withoutEmail(const std::string &maintainer)
{
    return text::trim(maintainer.substr(0, maintainer.find('<')));
}

// One paragraph of /var/lib/dpkg/status; continuation lines start with a space.
struct DpkgRecord
{
    ProgramFacts program;
    bool installed = false;
};

void applyDpkgLine(DpkgRecord &record, const std::string &line)
{
    if (line.empty() || line[0] == ' ' || line[0] == '\t')
        return;
    if (auto name = text::valueOf(line, "Package", ':'))
        record.program.name = *name;
    else if (auto version = text::valueOf(line, "Version", ':'))
        record.program.version = *version;
    else if (auto maintainer = text::valueOf(line, "Maintainer", ':'))
        record.program.publisher = withoutEmail(*maintainer);
    else if (auto status = text::valueOf(line, "Status", ':')) {
        const auto words = text::words(*status); // "install ok installed"
        record.installed = words.size() == 3 && words[2] == "installed";
    }
}

std::vector<ProgramFacts> installedPackages(const std::string &status)
{
    std::vector<ProgramFacts> programs;
    DpkgRecord record;
    const auto finish = [&] {
        if (record.installed && !record.program.name.empty())
            programs.push_back(record.program);
        record = DpkgRecord();
    };
    for (const std::string &line : text::lines(status)) {
        if (text::trim(line).empty())
            finish();
        else
            applyDpkgLine(record, line);
    }
    finish();
    return programs;
}

} // namespace

Collector::Collector(std::string root) : root_(std::move(root)), diskSpace_(statvfsBelow(root_)) {}

std::string Collector::platform()
{
    return "linux";
}

std::string Collector::hostName()
{
    const RootFs fs(root_);
    const std::string kernelName = "/proc/sys/kernel/hostname";
    const FileText name = fs.read(kernelName);
    if (name.ok())
        return firstLine(name.text);
    const FileText configured = fs.read("/etc/hostname");
    if (configured.ok())
        return firstLine(configured.text);
    problems_.push_back("Host name: " + describeError(fs.hostPath(kernelName), name.error));
    return {};
}

OsFacts Collector::os()
{
    const RootFs fs(root_);
    OsFacts os;
    const FileText local = fs.read("/etc/os-release");
    const FileText release = local.ok() ? local : fs.read("/usr/lib/os-release");
    if (release.ok()) {
        auto values = shellAssignments(release.text);
        os.name = values["NAME"];
        os.version = values.count("VERSION_ID") ? values["VERSION_ID"] : values["VERSION"];
    } else {
        problems_.push_back("Operating system: " + describeError(fs.hostPath("/etc/os-release"), local.error));
    }
    os.kernel = firstLine(readNoting(fs, "/proc/sys/kernel/osrelease", "Operating system", problems_).value_or(""));
    os.architecture = architecture(fs);
    os.language = localeLanguage(fs);
    return os;
}

CpuFacts Collector::cpu()
{
    const RootFs fs(root_);
    const CpuInfo info = parseCpuInfo(readNoting(fs, "/proc/cpuinfo", "CPU", problems_).value_or(""));
    CpuFacts cpu;
    cpu.model = info.model;
    cpu.logicalCores = info.processors;
    cpu.physicalCores = static_cast<int>(info.cores.size());
    cpu.sockets = static_cast<int>(info.sockets.size());
    const double ratedMhz = cpufreqMaxMhz(fs);
    cpu.maxMhz = ratedMhz > 0 ? ratedMhz : info.maxMhz;
    if (cpu.maxMhz <= 0)
        problems_.push_back("CPU: maximum frequency unknown (no cpufreq in /sys and no \"cpu MHz\" in /proc/cpuinfo)");
    cpu.is64Bit = info.flags.count("lm") > 0 || is64BitArchitecture(architecture(fs));
    return cpu;
}

MemoryFacts Collector::memory()
{
    const RootFs fs(root_);
    std::map<std::string, std::uint64_t> kilobytes;
    for (const std::string &line : text::lines(readNoting(fs, "/proc/meminfo", "Memory", problems_).value_or(""))) {
        const auto words = text::words(line); // "MemTotal:  16315412 kB"
        if (words.size() >= 2 && text::endsWith(words[0], ":"))
            kilobytes[words[0].substr(0, words[0].size() - 1)] = text::toUnsigned(words[1]).value_or(0);
    }
    MemoryFacts memory;
    memory.totalBytes = kilobytes["MemTotal"] * 1024;
    // Kernels before 3.14 have no MemAvailable; free plus caches is what it estimates.
    memory.availableBytes =
        (kilobytes.count("MemAvailable") ? kilobytes["MemAvailable"]
                                         : kilobytes["MemFree"] + kilobytes["Buffers"] + kilobytes["Cached"]) *
        1024;
    return memory;
}

std::vector<VolumeFacts> Collector::volumes()
{
    const RootFs fs(root_);
    auto volumes = mountedVolumes(readNoting(fs, "/proc/self/mounts", "Volumes", problems_).value_or(""));
    for (VolumeFacts &volume : volumes) {
        std::string error;
        const auto space = diskSpace_(volume.mountPoint, error);
        if (!space) {
            problems_.push_back("Volumes: cannot measure " + volume.mountPoint + " (" + error + ")");
            continue;
        }
        volume.totalBytes = space->totalBytes;
        volume.freeBytes = space->freeBytes;
    }
    return volumes;
}

std::vector<ServiceFacts> Collector::services()
{
    const RootFs fs(root_);
    return SystemdUnits(fs).services(problems_);
}

std::vector<ProcessFacts> Collector::processes()
{
    const RootFs fs(root_);
    const auto users = userNames(fs, problems_);
    std::vector<ProcessFacts> processes;
    for (const std::string &entry : fs.list("/proc")) {
        const auto pid = text::toUnsigned(entry);
        if (!pid || *pid > UINT32_MAX)
            continue;
        // A process may end while it is being read: then it is simply not listed.
        const FileText comm = fs.read("/proc/" + entry + "/comm");
        if (!comm.ok())
            continue;
        ProcessFacts process;
        process.pid = static_cast<std::uint32_t>(*pid);
        process.name = firstLine(comm.text);
        const std::string uid = realUid(fs.read("/proc/" + entry + "/status").text);
        const auto user = users.find(uid);
        process.user = user != users.end() ? user->second : uid;
        processes.push_back(std::move(process));
    }
    std::sort(processes.begin(), processes.end(),
              [](const ProcessFacts &a, const ProcessFacts &b) { return a.pid < b.pid; });
    if (processes.empty())
        problems_.push_back("Processes: no processes under " + fs.hostPath("/proc") + " (is /proc mounted?)");
    return processes;
}

std::vector<SessionFacts> Collector::sessions()
{
    const RootFs fs(root_);
    for (const char *path : {"/run/utmp", "/var/run/utmp"}) {
        const FileText utmp = fs.read(path);
        if (utmp.ok())
            return UtmpFile::sessions(utmp.text);
        if (utmp.error != ENOENT) {
            problems_.push_back("Sessions: " + describeError(fs.hostPath(path), utmp.error));
            return {};
        }
    }
    problems_.push_back("Sessions: logged-on users unknown: no login records (neither " + fs.hostPath("/run/utmp") +
                        " nor " + fs.hostPath("/var/run/utmp") + " exists)");
    return {};
}

NetworkFacts Collector::network()
{
    const RootFs fs(root_);
    NetworkFacts network;
    const auto addresses = fs.isLive() ? liveAddresses(problems_) : fixtureAddresses(fs, problems_);
    for (const std::string &name : fs.list("/sys/class/net")) {
        AdapterFacts adapter = readAdapter(fs, name);
        for (auto [it, end] = addresses.equal_range(name); it != end; ++it)
            adapter.addresses.push_back(it->second);
        network.adapters.push_back(std::move(adapter));
    }
    if (network.adapters.empty())
        problems_.push_back("Network: no adapters in " + fs.hostPath("/sys/class/net"));
    network.gateways = defaultGateways(readNoting(fs, "/proc/net/route", "Network", problems_).value_or(""));
    readResolver(readNoting(fs, "/etc/resolv.conf", "Network", problems_).value_or(""), network);
    network.hostName = hostName();
    return network;
}

FirmwareFacts Collector::firmware()
{
    const RootFs fs(root_);
    FirmwareFacts firmware;
    if (!fs.isDirectory(dmiDirectory)) {
        problems_.push_back("Firmware: no DMI information (" + fs.hostPath(dmiDirectory) +
                            " is missing: a container, or a machine without SMBIOS)");
        return firmware;
    }
    const auto field = [&](const char *name) {
        return firstLine(readNoting(fs, dmiDirectory + "/" + name, "Firmware", problems_).value_or(""));
    };
    firmware.vendor = field("bios_vendor");
    firmware.version = field("bios_version");
    firmware.date = isoBiosDate(field("bios_date"));
    return firmware;
}

VirtualizationFacts Collector::virtualization()
{
    const RootFs fs(root_);
    VirtualizationFacts result;
    result.hypervisor = hypervisorFromDmi(readTrimmed(fs, dmiDirectory + "/sys_vendor"),
                                          readTrimmed(fs, dmiDirectory + "/product_name"));
    if (result.hypervisor.empty()) {
        const FileText environ = fs.read("/proc/1/environ");
        const bool container = fs.exists("/.dockerenv") || fs.exists("/run/.containerenv") ||
                               environ.text.find(std::string("container=")) != std::string::npos;
        if (container)
            result.hypervisor = "container";
        else if (!environ.ok())
            problems_.push_back("Virtualization: " + describeError(fs.hostPath("/proc/1/environ"), environ.error) +
                                ", so a container may go unnoticed");
    }
    // A hypervisor that hides from DMI still sets the CPU's "hypervisor" flag.
    result.virtualMachine = !result.hypervisor.empty() || cpuHasHypervisorFlag(fs);
    if (!result.virtualMachine && !fs.isDirectory(dmiDirectory))
        problems_.push_back("Virtualization: no DMI information in " + fs.hostPath(dmiDirectory) +
                            ", so a virtual machine may go unnoticed");
    return result;
}

std::vector<ProgramFacts> Collector::programs()
{
    const RootFs fs(root_);
    const FileText status = fs.read("/var/lib/dpkg/status");
    if (!status.ok()) {
        problems_.push_back("Programs: " + describeError(fs.hostPath("/var/lib/dpkg/status"), status.error) +
                            "; installed programs are listed from the dpkg database only");
        return {};
    }
    return installedPackages(status.text);
}

ExchangeFacts Collector::exchange()
{
    // Exchange Server runs on Windows only.
    return {};
}

ClockFacts Collector::clock()
{
    const RootFs fs(root_);
    ClockFacts clock;
    // /etc/localtime links into the zone database (…/zoneinfo/Europe/Madrid); Debian also
    // writes the name to /etc/timezone.
    if (const auto target = fs.linkTarget("/etc/localtime")) {
        const std::string marker = "zoneinfo/";
        const std::size_t at = target->rfind(marker);
        if (at != std::string::npos && at + marker.size() < target->size())
            clock.timeZone = target->substr(at + marker.size());
    }
    if (clock.timeZone.empty()) {
        const FileText named = fs.read("/etc/timezone");
        if (named.ok())
            clock.timeZone = firstLine(named.text);
    }
    // An unknown zone stays empty: the clock check says so where it compares zones.
    if (fs.isLive()) {
        // The offset of this moment, daylight saving included; a fixture tree has none.
        const std::time_t now = std::time(nullptr);
        std::tm local{};
        if (::localtime_r(&now, &local)) {
            clock.utcOffsetKnown = true;
            clock.utcOffsetMinutes = static_cast<int>(local.tm_gmtoff / 60);
        }
    }
    return clock;
}

} // namespace prep::facts
