// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// hw.requirements: this computer against the target's sourced requirement table, at and around
// each figure; without a table, the measured values and a request to compare.

#include "ProbeFixtures.h"
#include "catalog/Catalog.h"
#include "probes/rules/HardwareRequirementsRule.h"

#include <QTest>

using namespace prep;
using probetest::GiB;

class TestHardwareRequirementsRule : public QObject
{
    Q_OBJECT

    static const RequirementTable *table(const char *id) { return Catalog::instance().requirementTable(QLatin1String(id)); }

    // A computer that just meets the Essentials minimum.
    static facts::Facts essentialsMinimum()
    {
        const RequirementTable *essentials = table("essentials");
        facts::Facts facts;
        facts.platform = "windows";
        facts.cpu = {"Xeon", 4, 4, 1, essentials->minCpuMhzMultiCore, true};
        facts.memory = {std::uint64_t(essentials->minMemoryBytes), 0};
        facts.volumes = {{"C:\\", "disk0", "NTFS", std::uint64_t(essentials->minSystemVolumeBytes), std::uint64_t(20 * GiB), true, false},
                         {"D:\\", "disk1", "NTFS", std::uint64_t(essentials->minDiskBytes - essentials->minSystemVolumeBytes), 0, false, false}};
        return facts;
    }

    static HardwareRequirementsRule::Target essentials(bool newComputer = false)
    {
        return {QStringLiteral("Windows Server Essentials"), table("essentials"), newComputer};
    }

private slots:
    // Numbers without group separators, whatever the machine's language.
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void atAndAroundEachFigure_data()
    {
        QTest::addColumn<int>("change");
        QTest::addColumn<ItemStatus>("status");
        QTest::addColumn<QString>("words");
        QTest::newRow("all at the minimum") << 0 << ItemStatus::Passed << QStringLiteral("Memory 2.0 GB; Windows Server Essentials needs at least 2.0 GB.");
        QTest::newRow("1 MHz slow") << 1 << ItemStatus::Blocker << QStringLiteral("Processor speed 1299 MHz; Windows Server Essentials needs at least 1300 MHz for a multi-core processor.");
        QTest::newRow("single core needs more") << 2 << ItemStatus::Blocker << QStringLiteral("needs at least 1400 MHz for a single-core processor");
        QTest::newRow("single core fast enough") << 3 << ItemStatus::Passed << QStringLiteral("Processor speed 1400 MHz");
        QTest::newRow("32-bit") << 4 << ItemStatus::Blocker << QStringLiteral("Windows Server Essentials needs a 64-bit processor.");
        QTest::newRow("one byte less memory") << 5 << ItemStatus::Blocker << QStringLiteral("needs at least 2.0 GB.");
        QTest::newRow("a virtual machine needs 4 GB") << 6 << ItemStatus::Blocker << QStringLiteral("needs at least 4.0 GB as a virtual machine.");
        QTest::newRow("system partition a byte small") << 7 << ItemStatus::Blocker << QStringLiteral("needs a system partition of at least 60.0 GB.");
        QTest::newRow("disks too small") << 8 << ItemStatus::Blocker << QStringLiteral("needs a disk of at least 149.0 GB.");
        QTest::newRow("speed unknown") << 9 << ItemStatus::Unknown << QStringLiteral("Some values could not be measured");
    }
    void atAndAroundEachFigure()
    {
        QFETCH(int, change);
        QFETCH(ItemStatus, status);
        QFETCH(QString, words);
        facts::Facts facts = essentialsMinimum();
        switch (change) {
        case 1: facts.cpu.maxMhz -= 1; break;
        case 2: facts.cpu.physicalCores = 1; facts.cpu.logicalCores = 1; break;
        case 3: facts.cpu.physicalCores = 1; facts.cpu.logicalCores = 1; facts.cpu.maxMhz = 1400; break;
        case 4: facts.cpu.is64Bit = false; break;
        case 5: facts.memory.totalBytes -= 1; break;
        case 6: facts.virtualization = {true, "kvm"}; break;
        case 7: facts.volumes[0].totalBytes -= 1; break;
        case 8: facts.volumes[1].totalBytes -= 1; break;
        case 9: facts.cpu.maxMhz = 0; break;
        default: break;
        }
        const Finding finding = HardwareRequirementsRule::evaluate(facts, essentials());
        QCOMPARE(finding.status, status);
        QVERIFY2(probetest::text(finding).contains(words), qPrintable(probetest::text(finding)));
    }

    void onANewComputerAShortfallIsAWarningAboutTheWrongMachine()
    {
        facts::Facts facts = essentialsMinimum();
        facts.cpu.is64Bit = false;
        const Finding finding = HardwareRequirementsRule::evaluate(facts, essentials(true));
        QCOMPARE(finding.status, ItemStatus::Warning);
        QVERIFY(probetest::text(finding).contains(QStringLiteral("Run this check on the Destination Server")));
    }

    // With the Destination Server's own snapshot, its figures are the ones that count: a shortfall
    // is a Must fix, and the finding names that server.
    void withTheDestinationsSnapshotAShortfallIsAMustFix()
    {
        facts::Facts facts = essentialsMinimum();
        facts.hostName = "SRV-NEW";
        HardwareRequirementsRule::Target target = essentials(true);
        target.factsOfDestination = true;
        QCOMPARE(HardwareRequirementsRule::evaluate(facts, target).status, ItemStatus::Passed);
        facts.cpu.is64Bit = false;
        const Finding finding = HardwareRequirementsRule::evaluate(facts, target);
        QCOMPARE(finding.status, ItemStatus::Blocker);
        const QString text = probetest::text(finding);
        QVERIFY2(text.contains(QStringLiteral("these are the figures of its snapshot, SRV-NEW")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("Run this check on the Destination Server")));
    }

    void theExchangeTableChecksFreeSpaceOnTheSystemDrive_data()
    {
        QTest::addColumn<double>("freeMb");
        QTest::addColumn<ItemStatus>("status");
        QTest::newRow("199 MB") << 199.0 << ItemStatus::Blocker;
        QTest::newRow("200 MB") << 200.0 << ItemStatus::Passed;
        QTest::newRow("201 MB") << 201.0 << ItemStatus::Passed;
    }
    void theExchangeTableChecksFreeSpaceOnTheSystemDrive()
    {
        QFETCH(double, freeMb);
        QFETCH(ItemStatus, status);
        facts::Facts facts;
        facts.platform = "windows";
        facts.cpu = {"Pentium III", 1, 1, 1, 733, false};
        facts.memory = {512ull * 1024 * 1024, 0};
        facts.volumes = {{"C:\\", "disk0", "NTFS", std::uint64_t(8 * GiB), std::uint64_t(freeMb * 1024 * 1024), true, false}};
        const Finding finding = HardwareRequirementsRule::evaluate(facts, {QStringLiteral("Exchange Server 2003"), table("exchange2003"), false});
        QCOMPARE(finding.status, status);
        QVERIFY(probetest::text(finding).contains(QStringLiteral("free on the system volume; Exchange Server 2003 needs at least 200.0 MB.")));
    }

    void withoutATableTheValuesAreShownToCompare()
    {
        const auto source = probetest::fixtureTree(probetest::serverRoot, {{"/", {std::uint64_t(100 * GiB), std::uint64_t(40 * GiB)}},
                                                                           {"/srv", {std::uint64_t(2000 * GiB), std::uint64_t(1500 * GiB)}}});
        const facts::Facts facts = source->read({FactsArea::Cpu, FactsArea::Memory, FactsArea::Volumes, FactsArea::Virtualization});
        const Finding finding = HardwareRequirementsRule::evaluate(facts, {QStringLiteral("Windows Small Business Server 2003"), nullptr, false});
        QCOMPARE(finding.status, ItemStatus::Unknown);
        const QString words = probetest::text(finding);
        QVERIFY2(words.contains(QStringLiteral("8 logical processor(s), up to 3")), qPrintable(words));
        QVERIFY2(words.contains(QStringLiteral("The processor is 64-bit.")), qPrintable(words));
        QVERIFY2(words.contains(QStringLiteral("Memory: ")), qPrintable(words));
        QVERIFY2(words.contains(QStringLiteral("System volume /: 100.0 GB, of which 40.0 GB free.")), qPrintable(words));
        QVERIFY2(words.contains(QStringLiteral("Compare the values above with the hardware requirements in the documentation of Windows Small Business Server 2003.")), qPrintable(words));
    }

    void anotherSystemCannotPassForTheServerUpgradedInPlace_data()
    {
        QTest::addColumn<bool>("newComputer");
        QTest::addColumn<ItemStatus>("status");
        QTest::newRow("in-place upgrade") << false << ItemStatus::Unknown;
        QTest::newRow("a new Destination Server") << true << ItemStatus::Passed;
    }
    void anotherSystemCannotPassForTheServerUpgradedInPlace()
    {
        QFETCH(bool, newComputer);
        QFETCH(ItemStatus, status);
        facts::Facts facts = essentialsMinimum();
        facts.platform = "linux";
        const Finding finding = HardwareRequirementsRule::evaluate(facts, essentials(newComputer));
        QCOMPARE(finding.status, status);
        QCOMPARE(probetest::text(finding).contains(QStringLiteral("This computer runs Linux, not Windows")), !newComputer);
    }

    void oneFigureForEveryProcessorIsSaidOnce()
    {
        facts::Facts facts;
        facts.platform = "windows";
        facts.cpu = {"Pentium", 2, 2, 1, 133, false};
        facts.memory = {128ull * 1024 * 1024, 0};
        facts.volumes = {{"C:\\", "v", "NTFS", std::uint64_t(GiB), std::uint64_t(GiB), true, false}};
        const Finding finding = HardwareRequirementsRule::evaluate(facts, {QStringLiteral("Exchange Server 2003"), table("exchange2003"), false});
        QCOMPARE(finding.status, ItemStatus::Passed);
        QVERIFY(probetest::text(finding).contains(QStringLiteral("Processor speed 133 MHz; Exchange Server 2003 needs at least 133 MHz.")));
    }

    void theRecommendedMemoryIsMentioned()
    {
        const Finding finding = HardwareRequirementsRule::evaluate(essentialsMinimum(), essentials());
        QVERIFY(probetest::text(finding).contains(QStringLiteral("16.0 GB of memory is recommended for Windows Server Essentials.")));
    }
};

QTEST_GUILESS_MAIN(TestHardwareRequirementsRule)
#include "tst_hardwarerequirementsrule.moc"
