// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/rules/HardwareRequirementsRule.h"

#include "probes/helpers/FactsText.h"

#include <cmath>
#include <set>

namespace prep {

namespace {

qint64 bytes(double value)
{
    return facts::shownBytes(value);
}

qint64 bytes(std::uint64_t value)
{
    return facts::shownBytes(value);
}

// What this computer has, in sentences, whatever the target.
void describe(const facts::Facts &facts, Finding &finding)
{
    const facts::CpuFacts &cpu = facts.cpu;
    const QString model = cpu.model.empty() ? QStringLiteral("?") : factsText::q(cpu.model);
    if (cpu.maxMhz > 0)
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_N_NOOP("Probes", "Processor: %1, %n logical processor(s), up to %2 MHz."),
                                              {TextArg::text(model), TextArg::integer(std::llround(cpu.maxMhz))}, cpu.logicalCores));
    else
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_N_NOOP("Probes", "Processor: %1, %n logical processor(s); its speed could not be read."),
                                              {TextArg::text(model)}, cpu.logicalCores));
    finding.evidence.append(cpu.is64Bit ? LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The processor is 64-bit."))
                                        : LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The processor is not 64-bit.")));
    if (facts.memory.totalBytes > 0)
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "Memory: %1."), {TextArg::bytes(bytes(facts.memory.totalBytes))}));
    if (const facts::VolumeFacts *system = factsText::systemVolume(facts); system && system->totalBytes > 0)
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "System volume %1: %2, of which %3 free."),
                                              {TextArg::text(factsText::q(system->mountPoint)), TextArg::bytes(bytes(system->totalBytes)),
                                               TextArg::bytes(bytes(system->freeBytes))}));
    if (const LocalizedText virtualMachine = factsText::virtualMachine(facts); !virtualMachine.isEmpty())
        finding.evidence.append(virtualMachine);
}

// The sizes of the file systems, each device counted once: a lower bound of the disks' size.
std::uint64_t volumesTotal(const facts::Facts &facts)
{
    std::set<std::string> devices;
    std::uint64_t total = 0;
    for (const facts::VolumeFacts &volume : facts.volumes) {
        if (devices.insert(volume.device.empty() ? volume.mountPoint : volume.device).second)
            total += volume.totalBytes;
    }
    return total;
}

struct Comparison
{
    Finding &finding;
    bool shortfall = false;
    bool unmeasured = false;

    void add(bool meets, const LocalizedText &sentence)
    {
        shortfall = shortfall || !meets;
        finding.evidence.append(sentence);
    }
};

} // namespace

Finding HardwareRequirementsRule::evaluate(const facts::Facts &facts, const Target &target)
{
    Finding finding;
    describe(facts, finding);
    const facts::CpuFacts &cpu = facts.cpu;
    if (cpu.maxMhz > 0 && facts.memory.totalBytes > 0)
        finding.measured = LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "%1 MHz, %2 memory"),
                                         {TextArg::integer(std::llround(cpu.maxMhz)), TextArg::bytes(bytes(facts.memory.totalBytes))});
    const TextArg name = TextArg::text(target.name);

    const RequirementTable *table = target.table;
    if (!table) {
        factsText::markCouldNotRead(finding, LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "This program has no sourced hardware requirements for %1, so it cannot compare. Compare the values above with the hardware requirements in the documentation of %1."),
                                                           {name}), facts);
        return finding;
    }

    Comparison comparison{finding};
    const bool multiCore = (cpu.physicalCores > 0 ? cpu.physicalCores : cpu.logicalCores) > 1;
    const double neededMhz = multiCore ? table->minCpuMhzMultiCore : table->minCpuMhzSingleCore;
    if (neededMhz > 0) {
        if (cpu.maxMhz <= 0)
            comparison.unmeasured = true;
        else if (table->minCpuMhzMultiCore == table->minCpuMhzSingleCore)
            comparison.add(cpu.maxMhz >= neededMhz,
                           LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "Processor speed %1 MHz; %2 needs at least %3 MHz."),
                                         {TextArg::integer(std::llround(cpu.maxMhz)), name, TextArg::integer(std::llround(neededMhz))}));
        else if (multiCore)
            comparison.add(cpu.maxMhz >= neededMhz,
                           LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "Processor speed %1 MHz; %2 needs at least %3 MHz for a multi-core processor."),
                                         {TextArg::integer(std::llround(cpu.maxMhz)), name, TextArg::integer(std::llround(neededMhz))}));
        else
            comparison.add(cpu.maxMhz >= neededMhz,
                           LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "Processor speed %1 MHz; %2 needs at least %3 MHz for a single-core processor."),
                                         {TextArg::integer(std::llround(cpu.maxMhz)), name, TextArg::integer(std::llround(neededMhz))}));
    }
    if (table->requires64Bit && !cpu.is64Bit)
        comparison.add(false, LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "%1 needs a 64-bit processor."), {name}));

    const bool virtualMachine = facts.virtualization.virtualMachine && table->minMemoryBytesVirtual > 0;
    const double neededMemory = virtualMachine ? table->minMemoryBytesVirtual : table->minMemoryBytes;
    if (neededMemory > 0) {
        const auto memory = static_cast<double>(facts.memory.totalBytes);
        if (facts.memory.totalBytes == 0)
            comparison.unmeasured = true;
        else if (virtualMachine)
            comparison.add(memory >= neededMemory,
                           LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "Memory %1; %2 needs at least %3 as a virtual machine."),
                                         {TextArg::bytes(bytes(facts.memory.totalBytes)), name, TextArg::bytes(bytes(neededMemory))}));
        else
            comparison.add(memory >= neededMemory,
                           LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "Memory %1; %2 needs at least %3."),
                                         {TextArg::bytes(bytes(facts.memory.totalBytes)), name, TextArg::bytes(bytes(neededMemory))}));
        if (memory >= neededMemory && table->recommendedMemoryBytes > memory)
            finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "%1 of memory is recommended for %2."),
                                                  {TextArg::bytes(bytes(table->recommendedMemoryBytes)), name}));
    }

    const facts::VolumeFacts *system = factsText::systemVolume(facts);
    const bool systemMeasured = system && system->totalBytes > 0;
    if (table->minSystemVolumeBytes > 0) {
        if (!systemMeasured)
            comparison.unmeasured = true;
        else
            comparison.add(static_cast<double>(system->totalBytes) >= table->minSystemVolumeBytes,
                           LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "System volume %1; %2 needs a system partition of at least %3."),
                                         {TextArg::bytes(bytes(system->totalBytes)), name, TextArg::bytes(bytes(table->minSystemVolumeBytes))}));
    }
    if (table->minFreeSystemBytes > 0) {
        if (!systemMeasured)
            comparison.unmeasured = true;
        else
            comparison.add(static_cast<double>(system->freeBytes) >= table->minFreeSystemBytes,
                           LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "%1 free on the system volume; %2 needs at least %3."),
                                         {TextArg::bytes(bytes(system->freeBytes)), name, TextArg::bytes(bytes(table->minFreeSystemBytes))}));
    }
    if (table->minDiskBytes > 0) {
        const std::uint64_t total = volumesTotal(facts);
        if (total == 0)
            comparison.unmeasured = true;
        else
            comparison.add(static_cast<double>(total) >= table->minDiskBytes,
                           LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The volumes of this computer hold %1 together (the disks may be larger); %2 needs a disk of at least %3."),
                                         {TextArg::bytes(bytes(total)), name, TextArg::bytes(bytes(table->minDiskBytes))}));
    }

    finding.threshold = LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "the minimum for %1"), {name});
    // An in-place upgrade is of a Windows server: another system's figures cannot pass for it.
    const bool otherSystem = !target.newComputer && !factsText::isWindows(facts);
    if (otherSystem) {
        finding.status = ItemStatus::Unknown;
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "This computer runs %1, not Windows: these are its own figures, not those of the Windows server you upgrade. Check them on that server, or open a snapshot of it."),
                                              {TextArg::text(factsText::platformName(facts))}));
    } else if (comparison.shortfall)
        finding.status = target.newComputer && !target.factsOfDestination ? ItemStatus::Warning : ItemStatus::Blocker;
    else if (comparison.unmeasured)
        finding.status = ItemStatus::Unknown;
    else
        finding.status = ItemStatus::Passed;
    if (target.newComputer && target.factsOfDestination)
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "%1 is installed on a new computer, the Destination Server: these are the figures of its snapshot, %2."),
                                              {name, TextArg::text(factsText::q(facts.hostName))}));
    else if (target.newComputer)
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "%1 is installed on a new computer, the Destination Server: these are the figures of this computer. Run this check on the Destination Server to compare that one."),
                                              {name}));
    if (comparison.unmeasured) {
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "Some values could not be measured, so they were not compared.")));
        factsText::addProblems(finding, facts);
    }
    return finding;
}

} // namespace prep
