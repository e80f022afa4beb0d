// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/rules/FreeDiskRule.h"

#include "probes/helpers/FactsText.h"

#include <cmath>

namespace prep {

namespace {

QString comparable(const QString &path, bool windows)
{
    if (!windows)
        return path;
    QString result = path;
    result.replace(QLatin1Char('/'), QLatin1Char('\\'));
    return result.toLower();
}

bool contains(const QString &mountPoint, const QString &path, QChar separator)
{
    if (path == mountPoint)
        return true;
    const QString prefix = mountPoint.endsWith(separator) ? mountPoint : mountPoint + separator;
    return path.startsWith(prefix);
}

// A volume the collector could not measure has no size at all.
bool measured(const facts::VolumeFacts &volume)
{
    return volume.totalBytes > 0;
}

qint64 bytes(std::uint64_t value)
{
    return facts::shownBytes(value);
}

} // namespace

const facts::VolumeFacts *FreeDiskRule::volumeOf(const facts::Facts &facts, const QString &path)
{
    const bool windows = factsText::isWindows(facts);
    const QChar separator = windows ? QLatin1Char('\\') : QLatin1Char('/');
    const QString wanted = comparable(path, windows);
    const facts::VolumeFacts *best = nullptr;
    qsizetype bestLength = -1;
    for (const facts::VolumeFacts &volume : facts.volumes) {
        const QString mountPoint = comparable(factsText::q(volume.mountPoint), windows);
        if (!mountPoint.isEmpty() && contains(mountPoint, wanted, separator) && mountPoint.size() > bestLength) {
            best = &volume;
            bestLength = mountPoint.size();
        }
    }
    return best;
}

Finding FreeDiskRule::evaluate(const facts::Facts &facts, const QString &setupFolder, std::optional<double> minFreeBytes)
{
    const bool hasFigure = minFreeBytes.has_value();
    const qint64 needed = hasFigure ? static_cast<qint64>(std::llround(*minFreeBytes)) : 0;
    Finding finding;
    if (hasFigure)
        finding.threshold = LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "at least %1 free"), {TextArg::bytes(needed)});

    const facts::VolumeFacts *system = factsText::systemVolume(facts);
    if (!system) {
        factsText::markCouldNotRead(finding, LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The wizard could not find the system volume among the volumes of this computer.")), facts);
        return finding;
    }

    const facts::VolumeFacts *setup = setupFolder.isEmpty() ? nullptr : volumeOf(facts, setupFolder);
    bool unmeasured = false;
    bool tooLittle = false;
    qint64 leastFree = -1;
    const auto check = [&](const facts::VolumeFacts &volume, bool isSystem) {
        const QString mount = factsText::q(volume.mountPoint);
        if (!measured(volume)) {
            unmeasured = true;
            finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The free space on %1 could not be measured."), {TextArg::text(mount)}));
            return;
        }
        const qint64 free = bytes(volume.freeBytes);
        leastFree = leastFree < 0 ? free : std::min(leastFree, free);
        tooLittle = tooLittle || (hasFigure && free < needed);
        if (!hasFigure && isSystem)
            finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "%1 free on %2 (the system volume)."),
                                                  {TextArg::bytes(free), TextArg::text(mount)}));
        else if (!hasFigure)
            finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "%1 free on %2 (the volume of the folder for Setup's files, %3)."),
                                                  {TextArg::bytes(free), TextArg::text(mount), TextArg::text(setupFolder)}));
        else if (isSystem)
            finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "%1 free on %2 (the system volume), %3 needed."),
                                                  {TextArg::bytes(free), TextArg::text(mount), TextArg::bytes(needed)}));
        else
            finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "%1 free on %2 (the volume of the folder for Setup's files, %3), %4 needed."),
                                                  {TextArg::bytes(free), TextArg::text(mount), TextArg::text(setupFolder), TextArg::bytes(needed)}));
    };

    check(*system, true);
    if (setupFolder.isEmpty()) {
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "No folder for Setup's files has been chosen, so only the system volume was checked.")));
    } else if (!setup) {
        unmeasured = true;
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The folder for Setup's files, %1, is on none of the volumes the wizard knows."), {TextArg::text(setupFolder)}));
    } else if (setup == system) {
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The folder for Setup's files, %1, is on the system volume."), {TextArg::text(setupFolder)}));
    } else {
        check(*setup, false);
    }

    if (tooLittle)
        finding.status = ItemStatus::Blocker;
    else if (unmeasured)
        finding.status = ItemStatus::Unknown;
    else if (!hasFigure)
        finding.status = ItemStatus::Pending; // the operator compares; the wizard has no figure
    else
        finding.status = ItemStatus::Passed;
    if (!hasFigure)
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The document for this upgrade path gives no figure for the free space: compare it with the hard disk space requirements in the documentation that comes with the upgrade software.")));
    if (tooLittle)
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "Free space before Setup runs: run Disk Cleanup, or move files to another disk.")));
    if (unmeasured)
        factsText::addProblems(finding, facts);
    if (leastFree >= 0)
        finding.measured = LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "%1 free"), {TextArg::bytes(leastFree)});
    return finding;
}

} // namespace prep
