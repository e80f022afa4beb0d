// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// A snapshot that prepprobe.exe took under Wine on this machine, read with FactsJson: it carries
// the Windows values, and they are what Wine shows of this machine, so they match what the Linux
// collector reads here (Wine takes them from the same /proc, /sys and file systems).
//
// test.sh cross-builds prepprobe.exe, takes the snapshot in build-windows/x86_64 and names that
// folder in PREP_WINE_BUILD; without it, there is nothing to read and the test is skipped.

#include "Collector.h"
#include "FactsJson.h"

#include <QDateTime>
#include <QFile>
#include <QTest>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <set>
#include <string>

#include <sys/statvfs.h>

using namespace prep::facts;
using namespace std::string_literals;

namespace QTest {
template<> char *toString(const std::string &text)
{
    return qstrdup(text.c_str());
}
template<> char *toString(const std::vector<std::string> &list)
{
    std::string text;
    for (const std::string &item : list)
        text += (text.empty() ? "" : ", ") + item;
    return qstrdup(("{" + text + "}").c_str());
}
} // namespace QTest

namespace {

constexpr std::uint64_t MiB = 1024 * 1024;
constexpr std::uint64_t GiB = 1024 * MiB;

bool near(std::uint64_t a, std::uint64_t b, std::uint64_t tolerance)
{
    return (a > b ? a - b : b - a) <= tolerance;
}

const VolumeFacts *findVolume(const Facts &facts, const std::string &mountPoint)
{
    const auto found = std::find_if(facts.volumes.begin(), facts.volumes.end(),
                                    [&](const VolumeFacts &v) { return v.mountPoint == mountPoint; });
    return found == facts.volumes.end() ? nullptr : &*found;
}

std::set<std::string> adapterNames(const NetworkFacts &network)
{
    std::set<std::string> names;
    for (const AdapterFacts &adapter : network.adapters)
        names.insert(adapter.name);
    return names;
}

std::vector<std::string> sorted(std::vector<std::string> list)
{
    std::sort(list.begin(), list.end());
    return list;
}

bool cpuHasHypervisorFlag()
{
    std::ifstream cpuinfo("/proc/cpuinfo");
    std::string line;
    while (std::getline(cpuinfo, line))
        if (line.rfind("flags", 0) == 0)
            return (line + " ").find(" hypervisor ") != std::string::npos;
    return false;
}

} // namespace

class TestWineSnapshot : public QObject
{
    Q_OBJECT

    QString wineBuild_;
    Facts windows_;
    Collector linux_;

private slots:
    void initTestCase()
    {
        wineBuild_ = qEnvironmentVariable("PREP_WINE_BUILD");
        if (wineBuild_.isEmpty())
            QSKIP("No snapshot taken under Wine: test.sh names the cross build in PREP_WINE_BUILD");
        QFile file(wineBuild_ + u"/wine-snapshot.json"_qs);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        windows_ = fromJson(file.readAll().toStdString());
    }

    void isASnapshotOfWindowsByThisVersion()
    {
        QCOMPARE(windows_.platform, "windows"s);
        QCOMPARE(windows_.collectorVersion, std::string(PREP_VERSION));
        QVERIFY(windows_.os.name.rfind("Windows", 0) == 0);
        QVERIFY(!windows_.os.kernel.empty());
        QCOMPARE(windows_.os.architecture, "x86_64"s);
        const auto now = QDateTime::currentSecsSinceEpoch();
        QVERIFY(windows_.collectedAt <= now && windows_.collectedAt > now - 24 * 3600);
    }

    void namesThisMachine()
    {
        // Wine gives the DNS host name without its domain.
        const std::string name = linux_.hostName();
        QCOMPARE(windows_.hostName, name.substr(0, name.find('.')));
        QCOMPARE(windows_.network.hostName, windows_.hostName);
    }

    void hasThisMachinesProcessorAndMemory()
    {
        const CpuFacts cpu = linux_.cpu();
        QCOMPARE(windows_.cpu.logicalCores, cpu.logicalCores);
        QCOMPARE(windows_.cpu.physicalCores, cpu.physicalCores);
        QCOMPARE(windows_.cpu.sockets, cpu.sockets);
        QCOMPARE(windows_.cpu.model, cpu.model);
        QCOMPARE(windows_.cpu.is64Bit, cpu.is64Bit);
        QVERIFY(windows_.cpu.maxMhz > 0);
        // Wine rounds the memory to its pages.
        QVERIFY(near(windows_.memory.totalBytes, linux_.memory().totalBytes, MiB));
    }

    void driveCIsTheFileSystemOfTheWinePrefix()
    {
        struct statvfs stats
        {
        };
        QCOMPARE(::statvfs(qPrintable(wineBuild_ + u"/wineprefix/drive_c"_qs), &stats), 0);
        const VolumeFacts *c = findVolume(windows_, "C:\\");
        QVERIFY(c);
        QVERIFY(c->system);
        QCOMPARE(c->totalBytes, std::uint64_t(stats.f_blocks) * stats.f_frsize);
        // Other builds write to the same disk between the snapshot and this test.
        QVERIFY(near(c->freeBytes, std::uint64_t(stats.f_bavail) * stats.f_frsize, GiB));
        QVERIFY(!c->fileSystem.empty());
        QVERIFY(c->device.rfind("\\\\?\\Volume{", 0) == 0);
    }

    void carriesWinesServicesWithTheirAccounts()
    {
        const auto rpc = std::find_if(windows_.services.begin(), windows_.services.end(),
                                      [](const ServiceFacts &s) { return s.name == "RpcSs"; });
        QVERIFY(rpc != windows_.services.end());
        QCOMPARE(rpc->account, "LocalSystem"s);
        QVERIFY(rpc->runsAsSystem);
        QVERIFY(rpc->startType != StartType::Unknown);
        QVERIFY(rpc->imagePath.size() > 3 && rpc->imagePath.compare(1, 2, ":\\") == 0);
        for (const ServiceFacts &service : windows_.services)
            QVERIFY2(!service.account.empty(), service.name.c_str());
    }

    void seesItselfRunning()
    {
        QVERIFY(std::any_of(windows_.processes.begin(), windows_.processes.end(),
                            [](const ProcessFacts &p) { return p.name == "prepprobe.exe" && !p.user.empty(); }));
        QVERIFY(std::any_of(windows_.processes.begin(), windows_.processes.end(),
                            [](const ProcessFacts &p) { return p.name == "services.exe"; }));
    }

    void hasThisMachinesNetwork()
    {
        const NetworkFacts network = linux_.network();
        QCOMPARE(adapterNames(windows_.network), adapterNames(network));
        for (const AdapterFacts &adapter : network.adapters) {
            const auto same = std::find_if(windows_.network.adapters.begin(), windows_.network.adapters.end(),
                                           [&](const AdapterFacts &a) { return a.name == adapter.name; });
            QCOMPARE(sorted(same->addresses), sorted(adapter.addresses));
            QCOMPARE(same->mac, adapter.mac);
            QCOMPARE(same->loopback, adapter.loopback);
            QCOMPARE(same->up, adapter.up);
        }
        QCOMPARE(windows_.network.gateways, network.gateways);
        QCOMPARE(windows_.network.dnsServers, network.dnsServers);
    }

    void hasThisMachinesFirmware()
    {
        const FirmwareFacts firmware = linux_.firmware();
        QCOMPARE(windows_.firmware.vendor, firmware.vendor);
        QCOMPARE(windows_.firmware.version, firmware.version);
        QCOMPARE(windows_.firmware.date, firmware.date);
        const VirtualizationFacts virtualization = linux_.virtualization();
        if (virtualization.hypervisor != "container")
            QCOMPARE(windows_.virtualization.hypervisor, virtualization.hypervisor);
        QCOMPARE(windows_.virtualization.virtualMachine,
                 cpuHasHypervisorFlag() ||
                     (!virtualization.hypervisor.empty() && virtualization.hypervisor != "container"));
    }

    void saysWhatWineCannotShow()
    {
        // Wine lists no sessions at all; a Windows always has at least that of its services.
        QVERIFY(windows_.sessions.empty());
        QVERIFY(std::any_of(windows_.problems.begin(), windows_.problems.end(),
                            [](const std::string &p) { return p.rfind("Sessions: logged-on users unknown", 0) == 0; }));
    }
};

QTEST_GUILESS_MAIN(TestWineSnapshot)
#include "tst_winesnapshot.moc"
