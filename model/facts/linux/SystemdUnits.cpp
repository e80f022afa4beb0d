// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SystemdUnits.h"

#include "TextFields.h"

#include <array>

namespace prep::facts {

namespace {

constexpr const char *localDirectory = "/etc/systemd/system";
// In precedence order: a unit in /etc replaces the one the distribution ships.
const std::array<std::string, 3> unitDirectories = {localDirectory, "/lib/systemd/system", "/usr/lib/systemd/system"};
// cgroup v2, hybrid, v1: the service's processes are in system.slice/<unit>.
const std::array<std::string, 3> sliceDirectories = {
    "/sys/fs/cgroup/system.slice", "/sys/fs/cgroup/unified/system.slice", "/sys/fs/cgroup/systemd/system.slice"};

std::string baseName(const std::string &path)
{
    const auto slash = path.rfind('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

// Templates ("getty@.service") and their instances are not services one can list by file.
bool isPlainService(const std::string &name)
{
    return text::endsWith(name, ".service") && name.find('@') == std::string::npos;
}

// What the unit and its drop-ins say; later assignments win, as in systemd.
struct UnitSettings
{
    std::string description;
    std::string user;
    bool dynamicUser = false;
    std::string execStart;
};

// Joins lines continued with a trailing backslash.
std::vector<std::string> logicalLines(const std::string &content)
{
    std::vector<std::string> result;
    std::string pending;
    for (const std::string &raw : text::lines(content)) {
        std::string line = text::trim(raw);
        const bool continued = text::endsWith(line, "\\");
        if (continued)
            line.pop_back();
        pending += line;
        if (!continued) {
            result.push_back(pending);
            pending.clear();
        }
    }
    if (!pending.empty())
        result.push_back(pending);
    return result;
}

void applyServiceKey(UnitSettings &settings, const std::string &line)
{
    if (auto user = text::valueOf(line, "User", '='))
        settings.user = *user;
    else if (auto dynamic = text::valueOf(line, "DynamicUser", '='))
        settings.dynamicUser = *dynamic == "yes" || *dynamic == "true" || *dynamic == "1";
    else if (auto exec = text::valueOf(line, "ExecStart", '=')) {
        // An empty ExecStart= resets the list (drop-ins); the first command is the program.
        if (exec->empty())
            settings.execStart.clear();
        else if (settings.execStart.empty())
            settings.execStart = *exec;
    }
}

void applyUnitFile(UnitSettings &settings, const std::string &content)
{
    std::string section;
    for (const std::string &line : logicalLines(content)) {
        if (line.empty() || line[0] == '#' || line[0] == ';')
            continue;
        if (line[0] == '[') {
            section = line;
            continue;
        }
        if (section == "[Unit]") {
            if (auto description = text::valueOf(line, "Description", '='))
                settings.description = *description;
        } else if (section == "[Service]") {
            applyServiceKey(settings, line);
        }
    }
}

// "ExecStart=-/opt/agent/bin/agentd --foreground" → "/opt/agent/bin/agentd"
std::string programOf(const std::string &execStart)
{
    const auto words = text::words(execStart);
    if (words.empty())
        return {};
    const std::string &first = words.front();
    return first.substr(std::min(first.find_first_not_of("@-:+!"), first.size()));
}

bool isLocalProgram(const std::string &program)
{
    return text::startsWith(program, "/opt/") || text::startsWith(program, "/usr/local/");
}

std::string accountOf(const UnitSettings &settings, const std::string &name)
{
    if (!settings.user.empty())
        return settings.user;
    // A dynamic user is named after the unit: never root.
    if (settings.dynamicUser)
        return name.substr(0, name.size() - std::string(".service").size());
    return "root";
}

} // namespace

SystemdUnits::SystemdUnits(const RootFs &fs) : fs_(fs) {}

std::vector<ServiceFacts> SystemdUnits::services(std::vector<std::string> &problems) const
{
    const auto units = unitFiles();
    if (units.empty()) {
        problems.push_back("Services: no systemd unit files in /etc/systemd/system, "
                           "/lib/systemd/system or /usr/lib/systemd/system (not a systemd system?)");
        return {};
    }
    const auto wanted = wantedUnits();
    const auto slices = cgroupSlices();
    if (slices.empty())
        problems.push_back("Services: cannot tell which services are running: no "
                           "system.slice control group under /sys/fs/cgroup (systemd is not running)");
    std::vector<ServiceFacts> result;
    for (const auto &[name, file] : units) {
        ServiceFacts service = describe(name, file, problems);
        if (file.masked)
            service.startType = StartType::Disabled;
        else
            service.startType = wanted.count(name) ? StartType::Automatic : StartType::Manual;
        if (!slices.empty())
            service.state = isRunning(slices, name) ? ServiceState::Running : ServiceState::Stopped;
        result.push_back(std::move(service));
    }
    return result;
}

std::map<std::string, SystemdUnits::UnitFile> SystemdUnits::unitFiles() const
{
    std::map<std::string, UnitFile> units;
    for (const std::string &directory : unitDirectories)
        for (const std::string &name : fs_.list(directory))
            if (isPlainService(name))
                addUnitFile(units, directory, name);
    for (auto it = units.begin(); it != units.end();)
        it = it->second.path.empty() ? units.erase(it) : std::next(it);
    return units;
}

void SystemdUnits::addUnitFile(std::map<std::string, UnitFile> &units, const std::string &directory,
                               const std::string &name) const
{
    std::string path = directory + "/" + name;
    const auto target = fs_.linkTarget(path);
    const bool mask = target && *target == "/dev/null";
    // A link under another name is an alias ("sshd.service" → ssh.service): listed once, by
    // its real name. A link under the same name is a unit file kept elsewhere (systemctl link).
    if (target && !mask && baseName(*target) != name)
        return;
    if (target && !mask)
        path = (*target)[0] == '/' ? *target : directory + "/" + *target;
    const bool vendor = directory != localDirectory;

    auto [it, inserted] = units.try_emplace(name);
    UnitFile &unit = it->second;
    if (inserted)
        unit.masked = mask;
    if (mask)
        return;
    if (unit.path.empty()) {
        unit.path = path;
        unit.vendor = vendor && !text::startsWith(path, localDirectory);
    } else if (vendor) {
        unit.vendorCopy = true;
    }
}

std::set<std::string> SystemdUnits::wantedUnits() const
{
    // "systemctl enable" links the unit into <target>.wants/ (or .requires/).
    std::set<std::string> wanted;
    for (const std::string &directory : unitDirectories)
        for (const std::string &entry : fs_.list(directory))
            if (text::endsWith(entry, ".wants") || text::endsWith(entry, ".requires"))
                for (const std::string &name : fs_.list(directory + "/" + entry))
                    wanted.insert(name);
    return wanted;
}

std::vector<std::string> SystemdUnits::cgroupSlices() const
{
    std::vector<std::string> slices;
    for (const std::string &slice : sliceDirectories)
        if (fs_.isDirectory(slice))
            slices.push_back(slice);
    return slices;
}

bool SystemdUnits::isRunning(const std::vector<std::string> &slices, const std::string &name) const
{
    for (const std::string &slice : slices) {
        const std::string group = slice + "/" + name;
        if (!text::trim(fs_.read(group + "/cgroup.procs").text).empty())
            return true;
        // cgroup v2 keeps a delegated service's processes in child groups: ask "populated".
        for (const std::string &line : text::lines(fs_.read(group + "/cgroup.events").text))
            if (text::trim(line) == "populated 1")
                return true;
    }
    return false;
}

ServiceFacts SystemdUnits::describe(const std::string &name, const UnitFile &file,
                                    std::vector<std::string> &problems) const
{
    UnitSettings settings;
    const FileText unit = fs_.read(file.path);
    if (!unit.ok())
        problems.push_back("Services: " + describeError(fs_.hostPath(file.path), unit.error));
    applyUnitFile(settings, unit.text);
    // Drop-ins in reverse precedence, so that those in /etc are applied last and win.
    for (auto directory = unitDirectories.rbegin(); directory != unitDirectories.rend(); ++directory) {
        const std::string dropIns = *directory + "/" + name + ".d";
        for (const std::string &conf : fs_.list(dropIns))
            if (text::endsWith(conf, ".conf"))
                applyUnitFile(settings, fs_.read(dropIns + "/" + conf).text);
    }

    ServiceFacts service;
    service.name = name;
    service.displayName = settings.description;
    service.account = accountOf(settings, name);
    service.runsAsSystem = service.account == "root" || service.account == "0";
    service.imagePath = programOf(settings.execStart);
    service.thirdParty = !(file.vendor || file.vendorCopy) || isLocalProgram(service.imagePath);
    return service;
}

} // namespace prep::facts
