// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/rules/VirusScanRule.h"

#include "probes/helpers/FactsText.h"

namespace prep {

Finding VirusScanRule::evaluate(const facts::Facts &facts)
{
    if (facts.volumes.empty())
        return factsText::couldNotRead(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The wizard could not read the drives of this server, so it cannot list the drives to scan.")), facts);
    Finding finding;
    finding.status = ItemStatus::Pending;
    const facts::VolumeFacts *exchange = factsText::exchangeDrive(facts);
    const int count = factsText::listDrives(finding, facts, exchange);
    finding.measured = LocalizedText("Probes", QT_TRANSLATE_N_NOOP("Probes", "%n drive(s) to scan"), {}, count);
    finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_N_NOOP("Probes", "Scan these %n drive(s) and all their files, if possible the day or evening before the upgrade:"), {}, count));
    if (exchange)
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "%1 is the Exchange M: drive. If you use Small Business Server 2000, do not scan it: a virus scan of this drive can damage the Exchange database."),
                                              {TextArg::text(factsText::shown(exchange->mountPoint))}));
    finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The wizard does not run the scan: run it with your antivirus program, then mark the task done.")));
    return finding;
}

} // namespace prep
