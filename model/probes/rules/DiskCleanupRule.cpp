// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/rules/DiskCleanupRule.h"

#include "probes/helpers/FactsText.h"

namespace prep {

Finding DiskCleanupRule::evaluate(const facts::Facts &facts)
{
    if (facts.volumes.empty())
        return factsText::couldNotRead(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The wizard could not read the drives of this server, so it cannot list the drives to clean up and defragment.")), facts);
    Finding finding;
    finding.status = ItemStatus::Pending;
    const facts::VolumeFacts *exchange = factsText::exchangeDrive(facts);
    const int count = factsText::listDrives(finding, facts, exchange, true);
    finding.measured = LocalizedText("Probes", QT_TRANSLATE_N_NOOP("Probes", "%n drive(s)"), {}, count);
    finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_N_NOOP("Probes", "Run Disk Cleanup (Cleanmgr.exe) and Disk Defragmenter (Dfrg.msc) on these %n drive(s):"), {}, count));
    if (exchange)
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "%1, the Exchange M: drive, is not in the list: it is not a hard disk drive."),
                                              {TextArg::text(factsText::shown(exchange->mountPoint))}));
    finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The wizard does not run the tools: when they have finished, mark the task done.")));
    return finding;
}

} // namespace prep
