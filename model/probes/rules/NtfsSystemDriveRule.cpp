// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/rules/NtfsSystemDriveRule.h"

#include "probes/helpers/FactsText.h"

namespace prep {

Finding NtfsSystemDriveRule::evaluate(const facts::Facts &facts)
{
    Finding finding;
    finding.threshold = LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "NTFS"));
    const facts::VolumeFacts *system = factsText::systemVolume(facts);
    if (!system || system->fileSystem.empty()) {
        factsText::markCouldNotRead(finding, LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The wizard could not find the file system of the system volume.")), facts);
        return finding;
    }
    const QString mount = factsText::q(system->mountPoint);
    const QString fileSystem = factsText::q(system->fileSystem);
    finding.measured = LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "formatted %1"), {TextArg::text(fileSystem)});
    if (!factsText::isWindows(facts)) {
        // Not the Windows server: passing or failing it would be a guess.
        finding.status = ItemStatus::Unknown;
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "This computer runs %1, not Windows: its system volume %2 is formatted %3."),
                                              {TextArg::text(factsText::platformName(facts)), TextArg::text(mount), TextArg::text(fileSystem)}));
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The system drive of the Windows server you upgrade must be formatted NTFS. Check it on that server, or open a snapshot of it.")));
        return finding;
    }
    if (fileSystem.compare(QLatin1String("NTFS"), Qt::CaseInsensitive) == 0) {
        finding.status = ItemStatus::Passed;
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The system drive %1 is formatted NTFS."), {TextArg::text(mount)}));
        return finding;
    }
    QString drive = mount;
    while (drive.endsWith(QLatin1Char('\\')))
        drive.chop(1);
    finding.status = ItemStatus::Blocker;
    finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The system drive %1 is formatted %2, not NTFS. After the backup, convert it to NTFS before the upgrade (at a command prompt: convert %3 /fs:ntfs)."),
                                          {TextArg::text(mount), TextArg::text(fileSystem), TextArg::text(drive)}));
    return finding;
}

} // namespace prep
