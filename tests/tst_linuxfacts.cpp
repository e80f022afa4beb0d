// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Linux collector describes a machine from the files below a root directory: a fixture tree
// of a small office's Debian server, an almost empty tree, and this machine itself.

#include "Collector.h"
#include "FactsJson.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <thread>

#include <sys/statvfs.h>
#include <sys/sysinfo.h>
#include <sys/utsname.h>
#include <unistd.h>

using namespace prep::facts;
using namespace std::string_literals;

namespace QTest {
template<> char *toString(const std::string &text)
{
    return qstrdup(text.c_str());
}
} // namespace QTest

namespace {

const std::string serverRoot = PREP_FIXTURES "/linux-server";
const std::string minimalRoot = PREP_FIXTURES "/linux-minimal";

constexpr std::uint64_t GB = 1000ull * 1000 * 1000;

// Fixture mount points are not file systems: the sizes are given here, as a server would have.
std::optional<DiskSpace> fixtureDiskSpace(const std::string &mountPoint, std::string &error)
{
    static const std::map<std::string, DiskSpace> sizes = {{"/", {100 * GB, 40 * GB}},
                                                           {"/srv", {2000 * GB, 1500 * GB}}};
    const auto it = sizes.find(mountPoint);
    if (it == sizes.end()) {
        error = "Input/output error";
        return std::nullopt;
    }
    return it->second;
}

Collector serverCollector()
{
    Collector collector(serverRoot);
    collector.setDiskSpaceFunction(fixtureDiskSpace);
    return collector;
}

void writeFile(const std::string &root, const std::string &path, const std::string &content)
{
    const std::filesystem::path file = root + path;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << content;
}

// One glibc x86_64 struct utmp, laid out by hand so the reader is checked against the
// documented offsets rather than against itself.
std::string utmpRecord(std::int16_t type, const std::string &line, const std::string &user, const std::string &host,
                       std::int32_t seconds)
{
    std::string record(384, '\0');
    const auto put = [&](std::size_t offset, const std::string &text, std::size_t size) {
        record.replace(offset, std::min(text.size(), size), text.substr(0, size));
    };
    const auto putLittleEndian = [&](std::size_t offset, std::uint32_t value, int bytes) {
        for (int i = 0; i < bytes; ++i)
            record[offset + std::size_t(i)] = static_cast<char>((value >> (8 * i)) & 0xff);
    };
    putLittleEndian(0, static_cast<std::uint16_t>(type), 2);        // ut_type
    putLittleEndian(4, 4242, 4);                                    // ut_pid
    put(8, line, 32);                                               // ut_line
    put(40, line.substr(line.size() > 4 ? line.size() - 4 : 0), 4); // ut_id
    put(44, user, 32);                                              // ut_user
    put(76, host, 256);                                             // ut_host
    putLittleEndian(340, static_cast<std::uint32_t>(seconds), 4);   // ut_tv.tv_sec
    return record;
}

const ServiceFacts *findService(const std::vector<ServiceFacts> &services, const std::string &name)
{
    const auto it =
        std::find_if(services.begin(), services.end(), [&](const ServiceFacts &s) { return s.name == name; });
    return it == services.end() ? nullptr : &*it;
}

bool hasProblemStartingWith(const std::vector<std::string> &problems, const std::string &prefix)
{
    return std::any_of(problems.begin(), problems.end(),
                       [&](const std::string &problem) { return problem.rfind(prefix, 0) == 0; });
}

} // namespace

class TestLinuxFacts : public QObject
{
    Q_OBJECT

private slots:
    void readsTheOperatingSystem()
    {
        Collector collector(serverRoot);
        const OsFacts os = collector.os();
        QCOMPARE(os.name, "Debian GNU/Linux"s);
        QCOMPARE(os.version, "12"s);
        QCOMPARE(os.kernel, "6.1.0-18-amd64"s);
        QCOMPARE(os.architecture, "x86_64"s);
        QCOMPARE(os.language, "es-ES"s);
        QVERIFY(!os.smallBusinessServer);
        QVERIFY(collector.problems().empty());
    }

    void countsTwoSocketsOfFourCoresAndTheRatedFrequency()
    {
        Collector collector(serverRoot);
        const CpuFacts cpu = collector.cpu();
        QCOMPARE(cpu.model, "Intel(R) Xeon(R) CPU E3-1220 v5 @ 3.00GHz"s);
        QCOMPARE(cpu.logicalCores, 8);
        QCOMPARE(cpu.physicalCores, 8); // core ids repeat per socket: counted as (socket, core)
        QCOMPARE(cpu.sockets, 2);
        QCOMPARE(cpu.maxMhz, 3400.0); // cpufreq's maximum, not the current "cpu MHz"
        QVERIFY(cpu.is64Bit);
        QVERIFY(collector.problems().empty());
    }

    void takesTheHighestCpuMhzWithoutCpufreq()
    {
        QTemporaryDir root;
        writeFile(root.path().toStdString(), "/proc/cpuinfo",
                  "processor\t: 0\ncpu MHz\t\t: 2100.000\n\nprocessor\t: 1\ncpu MHz\t\t: 2593.906\n");
        const CpuFacts cpu = Collector(root.path().toStdString()).cpu();
        QCOMPARE(cpu.logicalCores, 2);
        QCOMPARE(cpu.maxMhz, 2593.906);
        QCOMPARE(cpu.sockets, 0); // unknown, not zero sockets
    }

    void readsMemoryInBytes()
    {
        const MemoryFacts memory = Collector(serverRoot).memory();
        QCOMPARE(memory.totalBytes, std::uint64_t(16315412) * 1024);
        QCOMPARE(memory.availableBytes, std::uint64_t(12010320) * 1024);
    }

    void estimatesAvailableMemoryOnOldKernels()
    {
        QTemporaryDir root;
        writeFile(root.path().toStdString(), "/proc/meminfo",
                  "MemTotal: 1000 kB\nMemFree: 100 kB\nBuffers: 20 kB\nCached: 300 kB\n");
        const MemoryFacts memory = Collector(root.path().toStdString()).memory();
        QCOMPARE(memory.availableBytes, std::uint64_t(420) * 1024);
    }

    void listsRealVolumesAndSkipsPseudoFileSystems()
    {
        Collector collector = serverCollector();
        const auto volumes = collector.volumes();
        QCOMPARE(volumes.size(), std::size_t(3));

        QCOMPARE(volumes[0].mountPoint, "/"s);
        QCOMPARE(volumes[0].device, "/dev/sda1"s);
        QCOMPARE(volumes[0].fileSystem, "ext4"s);
        QCOMPARE(volumes[0].totalBytes, 100 * GB);
        QCOMPARE(volumes[0].freeBytes, 40 * GB);
        QVERIFY(volumes[0].system);

        QCOMPARE(volumes[1].mountPoint, "/srv"s);
        QCOMPARE(volumes[1].fileSystem, "xfs"s);
        QCOMPARE(volumes[1].freeBytes, 1500 * GB);
        QVERIFY(!volumes[1].system);
        QVERIFY(!volumes[1].readOnly);

        // "\040" in /proc/self/mounts is a space; a volume that cannot be measured stays listed.
        QCOMPARE(volumes[2].mountPoint, "/mnt/copia de seguridad"s);
        QVERIFY(volumes[2].readOnly);
        QCOMPARE(volumes[2].totalBytes, std::uint64_t(0));
        QCOMPARE(collector.problems(),
                 std::vector<std::string>{"Volumes: cannot measure /mnt/copia de seguridad (Input/output error)"});
    }

    void keepsAnOverlayRootInAContainer()
    {
        QTemporaryDir root;
        writeFile(root.path().toStdString(), "/proc/self/mounts",
                  "overlay / overlay rw,relatime,lowerdir=/x 0 0\ntmpfs /tmp tmpfs rw 0 0\n");
        Collector collector(root.path().toStdString());
        collector.setDiskSpaceFunction(fixtureDiskSpace);
        const auto volumes = collector.volumes();
        QCOMPARE(volumes.size(), std::size_t(1));
        QCOMPARE(volumes[0].fileSystem, "overlay"s);
        QVERIFY(volumes[0].system);
    }

    void listsServicesOncePerUnitAndSkipsTemplatesAliasesAndOtherUnits()
    {
        Collector collector(serverRoot);
        const auto services = collector.services();
        std::vector<std::string> names;
        for (const ServiceFacts &service : services)
            names.push_back(service.name);
        const std::vector<std::string> expected = {
            "apache2.service", "backupagent.service",     "cron.service",  "esets.service",
            "mariadb.service", "nightly-report.service",  "rsync.service", "smbd.service",
            "ssh.service",     "systemd-journald.service"};
        QCOMPARE(names, expected);
        QVERIFY(collector.problems().empty());
    }

    void aServiceWithoutUserRunsAsRoot()
    {
        const auto services = Collector(serverRoot).services();
        const ServiceFacts *cron = findService(services, "cron.service");
        QVERIFY(cron);
        QCOMPARE(cron->account, "root"s);
        QVERIFY(cron->runsAsSystem);
        QCOMPARE(cron->displayName, "Regular background program processing daemon"s);
        QCOMPARE(cron->imagePath, "/usr/sbin/cron"s);
        QCOMPARE(cron->state, ServiceState::Running);
        QCOMPARE(cron->startType, StartType::Automatic);
        QVERIFY(!cron->thirdParty);
        QVERIFY(cron->vendor.empty());

        const ServiceFacts *mariadb = findService(services, "mariadb.service");
        QVERIFY(mariadb);
        QCOMPARE(mariadb->account, "mysql"s);
        QVERIFY(!mariadb->runsAsSystem);
    }

    void aDropInChangesTheAccount()
    {
        const auto services = Collector(serverRoot).services();
        const ServiceFacts *rsync = findService(services, "rsync.service");
        QVERIFY(rsync);
        QCOMPARE(rsync->account, "backup"s);
        QVERIFY(!rsync->runsAsSystem);
        QCOMPARE(rsync->startType, StartType::Manual);
        QCOMPARE(rsync->state, ServiceState::Stopped); // its control group is empty
    }

    void aMaskedServiceIsDisabled()
    {
        const auto services = Collector(serverRoot).services();
        const ServiceFacts *apache = findService(services, "apache2.service");
        QVERIFY(apache);
        QCOMPARE(apache->startType, StartType::Disabled);
        QCOMPARE(apache->state, ServiceState::Stopped);
        QCOMPARE(apache->displayName, "The Apache HTTP Server"s); // read from the vendor file
    }

    void vendorWantsMakeAServiceAutomatic()
    {
        const auto services = Collector(serverRoot).services();
        const ServiceFacts *journald = findService(services, "systemd-journald.service");
        QVERIFY(journald);
        QCOMPARE(journald->startType, StartType::Automatic);
        QCOMPARE(journald->state, ServiceState::Running);
    }

    void locallyAddedOrOptServicesAreThirdParty()
    {
        const auto services = Collector(serverRoot).services();
        const ServiceFacts *agent = findService(services, "backupagent.service");
        QVERIFY(agent);
        QVERIFY(agent->thirdParty);
        QVERIFY(agent->runsAsSystem);
        QCOMPARE(agent->state, ServiceState::Running);
        QCOMPARE(agent->startType, StartType::Automatic);
        QCOMPARE(agent->imagePath, "/opt/backupagent/bin/agentd"s);

        // Packaged into lib/systemd, but the program lives under /opt; "-" prefix and a continued
        // ExecStart line are read as systemd does.
        const ServiceFacts *antivirus = findService(services, "esets.service");
        QVERIFY(antivirus);
        QVERIFY(antivirus->thirdParty);
        QCOMPARE(antivirus->imagePath, "/opt/eset/esets/sbin/esets_daemon"s);

        const ServiceFacts *report = findService(services, "nightly-report.service");
        QVERIFY(report);
        QVERIFY(report->thirdParty);
        QCOMPARE(report->account, "www-data"s);
        QCOMPARE(report->state, ServiceState::Stopped);
        QCOMPARE(report->startType, StartType::Manual);

        QVERIFY(!findService(services, "smbd.service")->thirdParty);
    }

    void serviceStatesAreUnknownWithoutSystemdControlGroups()
    {
        QTemporaryDir root;
        writeFile(root.path().toStdString(), "/lib/systemd/system/cron.service",
                  "[Service]\nExecStart=/usr/sbin/cron\n");
        Collector collector(root.path().toStdString());
        const auto services = collector.services();
        QCOMPARE(services.size(), std::size_t(1));
        QCOMPARE(services[0].state, ServiceState::Unknown);
        QVERIFY(hasProblemStartingWith(collector.problems(), "Services: cannot tell which services are running"));
    }

    void listsProcessesWithTheirUsers()
    {
        Collector collector(serverRoot);
        const auto processes = collector.processes();
        QCOMPARE(processes.size(), std::size_t(10));
        QCOMPARE(processes.front().pid, 1u);
        QCOMPARE(processes.front().name, "systemd"s);
        QCOMPARE(processes.front().user, "root"s);
        const auto byPid = [&](std::uint32_t pid) {
            return *std::find_if(processes.begin(), processes.end(),
                                 [&](const ProcessFacts &p) { return p.pid == pid; });
        };
        QCOMPARE(byPid(530).name, "mariadbd"s);
        QCOMPARE(byPid(530).user, "mysql"s);
        QCOMPARE(byPid(1500).user, "ana"s);
        QCOMPARE(byPid(1700).user, "4242"s); // no such account: the number
        QVERIFY(collector.problems().empty());
    }

    void readsLoggedOnUsersFromUtmp()
    {
        QTemporaryDir root;
        const std::string longName(32, 'x'); // fills ut_user: no terminating NUL
        const std::string utmp = utmpRecord(2, "~", "reboot", "6.1.0-18-amd64", 1763700000) // BOOT_TIME
                                 + utmpRecord(6, "tty1", "LOGIN", "", 1763700010)           // LOGIN_PROCESS
                                 + utmpRecord(7, "tty1", "ana", "", 1763700100)             // USER_PROCESS
                                 + utmpRecord(7, "pts/0", "admin", "192.168.16.50", 1763703600) +
                                 utmpRecord(8, "pts/1", "", "", 1763703700) // DEAD_PROCESS
                                 + utmpRecord(7, "pts/2", longName, "", 1763703800) +
                                 std::string(100, '\7'); // torn write
        writeFile(root.path().toStdString(), "/run/utmp", utmp);
        Collector collector(root.path().toStdString());
        const auto sessions = collector.sessions();
        QCOMPARE(sessions.size(), std::size_t(3));
        QCOMPARE(sessions[0].user, "ana"s);
        QCOMPARE(sessions[0].terminal, "tty1"s);
        QVERIFY(sessions[0].host.empty());
        QCOMPARE(sessions[0].loginTime, std::int64_t(1763700100));
        QCOMPARE(sessions[1].user, "admin"s);
        QCOMPARE(sessions[1].terminal, "pts/0"s);
        QCOMPARE(sessions[1].host, "192.168.16.50"s);
        QCOMPARE(sessions[2].user, longName);
        QVERIFY(collector.problems().empty());
    }

    void readsUtmpFromVarRunToo()
    {
        QTemporaryDir root;
        writeFile(root.path().toStdString(), "/var/run/utmp", utmpRecord(7, "pts/0", "ana", "", 1));
        QCOMPARE(Collector(root.path().toStdString()).sessions().size(), std::size_t(1));
    }

    void readsTheNetwork()
    {
        Collector collector(serverRoot);
        const NetworkFacts network = collector.network();
        QCOMPARE(network.adapters.size(), std::size_t(3));

        const AdapterFacts &eth0 = network.adapters[0];
        QCOMPARE(eth0.name, "eth0"s);
        QCOMPARE(eth0.mac, "00:15:5d:10:00:0a"s);
        QVERIFY(eth0.up);
        QVERIFY(!eth0.loopback);
        QVERIFY(!eth0.wireless);
        QCOMPARE(eth0.speedMbps, std::uint64_t(1000));
        QCOMPARE(eth0.addresses, (std::vector<std::string>{"192.168.16.10/24", "fe80::215:5dff:fe10:a/64"}));

        const AdapterFacts &lo = network.adapters[1];
        QVERIFY(lo.loopback);
        QVERIFY(lo.up); // operstate "unknown", interface flag up
        QVERIFY(lo.mac.empty());
        QCOMPARE(lo.addresses, (std::vector<std::string>{"127.0.0.1/8", "::1/128"}));

        const AdapterFacts &wlan0 = network.adapters[2];
        QVERIFY(wlan0.wireless);
        QVERIFY(!wlan0.up);
        QCOMPARE(wlan0.speedMbps, std::uint64_t(0));
        QVERIFY(wlan0.addresses.empty());

        QCOMPARE(network.gateways, std::vector<std::string>{"192.168.16.1"});
        QCOMPARE(network.dnsServers, (std::vector<std::string>{"192.168.16.2", "192.168.16.1"}));
        QCOMPARE(network.hostName, "srv-oficina"s);
        QCOMPARE(network.domain, "oficina.local"s);
        QVERIFY(collector.problems().empty());
    }

    void readsTheFirmwareWithAnIsoDate()
    {
        const FirmwareFacts firmware = Collector(serverRoot).firmware();
        QCOMPARE(firmware.vendor, "Dell Inc."s);
        QCOMPARE(firmware.version, "2.17.1"s);
        QCOMPARE(firmware.date, "2023-08-10"s);
    }

    void tellsVirtualMachinesFromDmi_data()
    {
        QTest::addColumn<QString>("vendor");
        QTest::addColumn<QString>("product");
        QTest::addColumn<QString>("hypervisor");
        QTest::newRow("physical") << u"Dell Inc."_qs << u"PowerEdge T330"_qs << QString();
        QTest::newRow("qemu") << u"QEMU"_qs << u"Standard PC (Q35 + ICH9, 2009)"_qs << u"qemu"_qs;
        QTest::newRow("vmware") << u"VMware, Inc."_qs << u"VMware Virtual Platform"_qs << u"vmware"_qs;
        QTest::newRow("virtualbox") << u"innotek GmbH"_qs << u"VirtualBox"_qs << u"virtualbox"_qs;
        QTest::newRow("hyper-v") << u"Microsoft Corporation"_qs << u"Virtual Machine"_qs << u"hyperv"_qs;
        QTest::newRow("surface") << u"Microsoft Corporation"_qs << u"Surface Pro"_qs << QString();
        QTest::newRow("xen") << u"Xen"_qs << u"HVM domU"_qs << u"xen"_qs;
    }

    void tellsVirtualMachinesFromDmi()
    {
        QFETCH(QString, vendor);
        QFETCH(QString, product);
        QFETCH(QString, hypervisor);
        QTemporaryDir root;
        writeFile(root.path().toStdString(), "/sys/class/dmi/id/sys_vendor", vendor.toStdString() + "\n");
        writeFile(root.path().toStdString(), "/sys/class/dmi/id/product_name", product.toStdString() + "\n");
        writeFile(root.path().toStdString(), "/proc/1/environ", std::string("HOME=/\0TERM=linux\0", 19));
        Collector collector(root.path().toStdString());
        const VirtualizationFacts facts = collector.virtualization();
        QCOMPARE(facts.hypervisor, hypervisor.toStdString());
        QCOMPARE(facts.virtualMachine, !hypervisor.isEmpty());
        QVERIFY(collector.problems().empty());
    }

    void tellsContainersAndHiddenHypervisors_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("hypervisor");
        QTest::newRow("docker") << u"/.dockerenv"_qs << QString() << u"container"_qs;
        QTest::newRow("podman") << u"/run/.containerenv"_qs << QString() << u"container"_qs;
        QTest::newRow("lxc") << u"/proc/1/environ"_qs << u"container=lxc"_qs << u"container"_qs;
        QTest::newRow("cpu flag") << u"/proc/cpuinfo"_qs << u"processor : 0\nflags : fpu lm hypervisor\n"_qs
                                  << QString();
    }

    void tellsContainersAndHiddenHypervisors()
    {
        QFETCH(QString, path);
        QFETCH(QString, content);
        QFETCH(QString, hypervisor);
        QTemporaryDir root;
        writeFile(root.path().toStdString(), path.toStdString(), content.toStdString());
        const VirtualizationFacts facts = Collector(root.path().toStdString()).virtualization();
        QVERIFY(facts.virtualMachine);
        QCOMPARE(facts.hypervisor, hypervisor.toStdString());
    }

    void aPhysicalServerIsNoVirtualMachine()
    {
        Collector collector(serverRoot);
        const VirtualizationFacts facts = collector.virtualization();
        QVERIFY(!facts.virtualMachine);
        QVERIFY(facts.hypervisor.empty());
        QVERIFY(collector.problems().empty());
    }

    void listsInstalledPackagesOnly()
    {
        const auto programs = Collector(serverRoot).programs();
        std::vector<std::string> names;
        for (const ProgramFacts &program : programs)
            names.push_back(program.name);
        // apache2 left only its configuration; "Package:" inside a description is no package.
        QCOMPARE(names, (std::vector<std::string>{"base-files", "mariadb-server", "samba", "efs"}));
        QCOMPARE(programs[2].version, "2:4.17.12+dfsg-0+deb12u1"s);
        QCOMPARE(programs[2].publisher, "Debian Samba Maintainers"s);
        QCOMPARE(programs[3].publisher, "ESET, spol. s r.o."s);
    }

    void exchangeIsNeverInstalledOnLinux() { QVERIFY(!Collector(serverRoot).exchange().installed); }

    void allStampsTheSnapshot()
    {
        Collector collector = serverCollector();
        const std::int64_t before = std::time(nullptr);
        const Facts facts = collector.all();
        QCOMPARE(facts.hostName, "srv-oficina"s);
        QVERIFY(facts.collectedAt >= before && facts.collectedAt <= std::time(nullptr));
        QCOMPARE(facts.collectorVersion, Collector::version());
        QVERIFY(!facts.collectorVersion.empty());
        QCOMPARE(facts.platform, "linux"s);
        QCOMPARE(facts.cpu.logicalCores, 8);
        QCOMPARE(facts.services.size(), std::size_t(10));
        // The fixture has no utmp and one volume that cannot be measured.
        QCOMPARE(facts.problems.size(), std::size_t(2));
        QCOMPARE(facts.problems, collector.problems());
    }

    void anAlmostEmptyRootRecordsProblemsAndThrowsNothing()
    {
        Collector collector(minimalRoot);
        Facts facts;
        try {
            facts = collector.all();
        } catch (const std::exception &error) {
            QFAIL(error.what());
        }
        QCOMPARE(facts.hostName, "minimal"s);
        QVERIFY(facts.os.name.empty());
        QCOMPARE(facts.cpu.logicalCores, 0);
        QCOMPARE(facts.memory.totalBytes, std::uint64_t(0));
        QVERIFY(facts.volumes.empty() && facts.services.empty() && facts.processes.empty());
        QVERIFY(facts.network.adapters.empty() && facts.programs.empty());
        for (const char *area :
             {"Operating system: cannot read", "CPU: cannot read", "Memory: cannot read", "Volumes: cannot read",
              "Services: no systemd unit files", "Processes: no processes", "Sessions: logged-on users unknown",
              "Network: no adapters", "Firmware: no DMI", "Virtualization: cannot read", "Programs: cannot read"})
            QVERIFY2(hasProblemStartingWith(facts.problems, area), area);
        // Each says which file, and why.
        QVERIFY(std::find(facts.problems.begin(), facts.problems.end(),
                          "Memory: cannot read " + minimalRoot + "/proc/meminfo (No such file or directory)") !=
                facts.problems.end());
    }

    void separateCollectorsRunConcurrently()
    {
        const auto snapshot = [] {
            Facts facts = serverCollector().all();
            facts.collectedAt = 0;
            return toJson(facts);
        };
        const std::string expected = snapshot();
        std::vector<std::string> results(4);
        std::vector<std::thread> threads;
        for (std::string &result : results)
            threads.emplace_back([&result, &snapshot] { result = snapshot(); });
        for (std::thread &thread : threads)
            thread.join();
        for (const std::string &result : results)
            QCOMPARE(result, expected);
    }

    void thisMachineMatchesWhatTheKernelSays()
    {
        Collector collector;
        const Facts facts = collector.all();

        utsname names{};
        QCOMPARE(::uname(&names), 0);
        QCOMPARE(facts.os.kernel, std::string(names.release));
        QCOMPARE(facts.os.architecture, std::string(names.machine));

        char host[256] = {};
        QCOMPARE(::gethostname(host, sizeof host - 1), 0);
        QCOMPARE(facts.hostName, std::string(host));

        QCOMPARE(facts.cpu.logicalCores, static_cast<int>(::sysconf(_SC_NPROCESSORS_ONLN)));

        struct sysinfo info
        {
        };
        QCOMPARE(::sysinfo(&info), 0);
        QCOMPARE(facts.memory.totalBytes, std::uint64_t(info.totalram) * info.mem_unit);
        QVERIFY(facts.memory.availableBytes > 0 && facts.memory.availableBytes <= facts.memory.totalBytes);

        struct statvfs root
        {
        };
        QCOMPARE(::statvfs("/", &root), 0);
        const auto system =
            std::find_if(facts.volumes.begin(), facts.volumes.end(), [](const VolumeFacts &v) { return v.system; });
        QVERIFY(system != facts.volumes.end());
        QCOMPARE(system->mountPoint, "/"s);
        QCOMPARE(system->totalBytes, std::uint64_t(root.f_blocks) * root.f_frsize);

        const auto self = std::find_if(facts.processes.begin(), facts.processes.end(),
                                       [](const ProcessFacts &p) { return p.pid == std::uint32_t(::getpid()); });
        QVERIFY(self != facts.processes.end());
        QCOMPARE(self->name, "tst_linuxfacts"s);

        QVERIFY(std::any_of(facts.network.adapters.begin(), facts.network.adapters.end(),
                            [](const AdapterFacts &a) { return a.loopback; }));
        for (const std::string &problem : facts.problems)
            qInfo("could not read on this machine: %s", problem.c_str());
    }
};

QTEST_GUILESS_MAIN(TestLinuxFacts)
#include "tst_linuxfacts.moc"
