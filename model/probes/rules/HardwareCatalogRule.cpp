// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/rules/HardwareCatalogRule.h"

#include "probes/helpers/FactsText.h"

namespace prep {

Finding HardwareCatalogRule::evaluate(const facts::Facts &facts)
{
    if (facts.cpu.model.empty() && facts.firmware.vendor.empty())
        return factsText::couldNotRead(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The wizard could not read the hardware of this server: look up its maker and model in the Windows Server Catalog yourself.")), facts);
    Finding finding;
    finding.status = ItemStatus::Pending;
    finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "Look up this hardware in the Windows Server Catalog, then mark the task done:")));
    if (!facts.firmware.vendor.empty())
        finding.details.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "System maker (from the BIOS): %1, BIOS version %2"),
                                             {TextArg::text(factsText::shown(facts.firmware.vendor)), TextArg::text(facts.firmware.version.empty() ? QStringLiteral("?") : factsText::shown(facts.firmware.version))}));
    if (!facts.cpu.model.empty() && facts.cpu.logicalCores > 0)
        finding.details.append(LocalizedText("Probes", QT_TRANSLATE_N_NOOP("Probes", "Processor: %1, %n logical core(s)"),
                                             {TextArg::text(factsText::shown(facts.cpu.model))}, facts.cpu.logicalCores));
    else if (!facts.cpu.model.empty())
        finding.details.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "Processor: %1"), {TextArg::text(factsText::shown(facts.cpu.model))}));
    if (facts.memory.totalBytes > 0)
        finding.details.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "Memory: %1"), {TextArg::bytes(facts::shownBytes(facts.memory.totalBytes))}));
    factsText::CappedDetails lines(finding);
    for (const facts::AdapterFacts &adapter : facts.network.adapters) {
        if (adapter.loopback)
            continue;
        if (lines.full()) {
            lines.skip();
            continue;
        }
        lines.add(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "Network adapter: %1 (%2)"),
                                             {TextArg::text(factsText::shown(adapter.name)), TextArg::text(adapter.mac.empty() ? QStringLiteral("?") : factsText::shown(adapter.mac))}));
    }
    lines.finish();
    if (const LocalizedText virtualMachine = factsText::virtualMachine(facts); !virtualMachine.isEmpty())
        finding.evidence.append(virtualMachine);
    return finding;
}

} // namespace prep
