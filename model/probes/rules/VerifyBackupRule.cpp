// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/rules/VerifyBackupRule.h"

namespace prep {

namespace {

void list(Finding &finding, const QStringList &paths, const char *pattern)
{
    for (const QString &path : paths)
        finding.details.append(LocalizedText("Probes", pattern, {TextArg::text(path)}));
}

} // namespace

Finding VerifyBackupRule::evaluate(const BackupReport &report, const QString &originalFolder, const QString &restoredFolder)
{
    Finding finding;
    const auto count = [](const auto &paths) { return static_cast<int>(paths.size()); };
    if (report.cancelled) {
        finding.status = ItemStatus::Unknown;
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The comparison was cancelled before it finished.")));
        return finding;
    }
    finding.measured = LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "%1 of %2 identical"),
                                     {TextArg::integer(count(report.identical)), TextArg::integer(report.sampled)});
    finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_N_NOOP("Probes", "%n file(s) restored to %1 were compared with the originals in %2, picked at random among %3."),
                                          {TextArg::text(restoredFolder), TextArg::text(originalFolder), TextArg::integer(report.filesInRestore)},
                                          report.sampled));
    if (report.sampled == 0) {
        finding.status = ItemStatus::Unknown;
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "There are no files in the restore folder: restore some files from the backup there first.")));
        return finding;
    }
    finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_N_NOOP("Probes", "%n file(s) identical."), {}, count(report.identical)));
    if (!report.mismatches.isEmpty())
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_N_NOOP("Probes", "%n file(s) differ from originals that did not change after the backup: the backup cannot be trusted. Find out why before the upgrade."), {}, count(report.mismatches)));
    if (!report.missing.isEmpty())
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_N_NOOP("Probes", "%n restored file(s) have no original any more (deleted or renamed since the backup, or another original folder was meant)."), {}, count(report.missing)));
    if (!report.changed.isEmpty())
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_N_NOOP("Probes", "%n original(s) changed after the backup, so they cannot be compared; this is not a fault of the backup."), {}, count(report.changed)));
    if (!report.unreadable.isEmpty())
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_N_NOOP("Probes", "%n file(s) could not be read (open or locked) and were skipped."), {}, count(report.unreadable)));
    list(finding, report.mismatches, QT_TRANSLATE_NOOP("Probes", "Differs: %1"));
    list(finding, report.missing, QT_TRANSLATE_NOOP("Probes", "No original: %1"));
    list(finding, report.changed, QT_TRANSLATE_NOOP("Probes", "Changed after the backup: %1"));
    for (const UnreadFile &file : report.unreadable) {
        if (file.notAFile)
            finding.details.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "Not read: %1: it is not an ordinary file"), {TextArg::text(file.path)}));
        else
            finding.details.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "Not read: %1"), {TextArg::text(QStringLiteral("%1: %2").arg(file.path, file.error))}));
    }

    if (!report.mismatches.isEmpty())
        finding.status = ItemStatus::Blocker;
    else if (!report.missing.isEmpty() || !report.unreadable.isEmpty() || report.identical.isEmpty())
        finding.status = ItemStatus::Warning;
    else
        finding.status = ItemStatus::Passed;
    return finding;
}

} // namespace prep
