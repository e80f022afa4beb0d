// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/rules/BiosAgeRule.h"

#include "probes/helpers/FactsText.h"

#include <cmath>

namespace prep {

Finding BiosAgeRule::evaluate(const facts::Facts &facts, const QDateTime &now, double maxAgeYears)
{
    const facts::FirmwareFacts &firmware = facts.firmware;
    const int years = static_cast<int>(std::lround(maxAgeYears));
    Finding finding;
    finding.threshold = LocalizedText("Probes", QT_TRANSLATE_N_NOOP("Probes", "at most %n year(s) old"), {}, years);
    if (firmware.vendor.empty() && firmware.version.empty() && firmware.date.empty()) {
        factsText::markCouldNotRead(finding, LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The wizard could not read the BIOS vendor, version and date.")), facts);
        return finding;
    }

    const TextArg vendor = TextArg::text(factsText::q(firmware.vendor));
    const TextArg version = TextArg::text(factsText::q(firmware.version));
    // The collector writes ISO dates where it could parse them, else the text as read.
    const QDate date = QDate::fromString(factsText::q(firmware.date), Qt::ISODate);
    if (!date.isValid()) {
        finding.status = ItemStatus::Pending;
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "BIOS: %1, version %2, dated “%3” (a date the wizard cannot read, so it cannot tell the BIOS's age)."),
                                              {vendor, version, TextArg::text(factsText::q(firmware.date))}));
    } else {
        const TextArg when = TextArg::dateTime(QDateTime(date, QTime(0, 0)));
        finding.measured = LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "dated %1"), {when});
        const bool old = date.addDays(std::llround(maxAgeYears * 365.25)) < now.date();
        finding.status = old ? ItemStatus::Warning : ItemStatus::Pending;
        if (old)
            finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_N_NOOP("Probes", "BIOS: %1, version %2, dated %3: more than %n year(s) old. Ask the manufacturer for a newer BIOS, and install it before the upgrade."),
                                                  {vendor, version, when}, years));
        else
            finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "BIOS: %1, version %2, dated %3."), {vendor, version, when}));
    }
    if (const LocalizedText virtualMachine = factsText::virtualMachine(facts); !virtualMachine.isEmpty())
        finding.evidence.append(virtualMachine);
    finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "Only the manufacturer can say whether this is the latest BIOS, and whether the device drivers are current: check with them, then mark the task done.")));
    return finding;
}

} // namespace prep
