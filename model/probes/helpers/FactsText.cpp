// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/helpers/FactsText.h"

#include "report/SafeText.h"

#include <QCoreApplication>

namespace prep::factsText {

QStringList list(const std::vector<std::string> &texts)
{
    QStringList result;
    result.reserve(static_cast<qsizetype>(texts.size()));
    for (const std::string &text : texts)
        result.append(q(text));
    return result;
}

QString shown(const std::string &text)
{
    return SafeText::oneLine(q(text), 160);
}

QString systemText(const facts::Facts &facts)
{
    QString text = shown(facts.os.name);
    const QString edition = shown(facts.os.edition);
    if (!edition.isEmpty() && !text.contains(edition, Qt::CaseInsensitive))
        text += QStringLiteral(" (%1)").arg(edition);
    if (!facts.os.version.empty())
        text += QLatin1Char(' ') + shown(facts.os.version);
    return text;
}

void CappedDetails::add(const LocalizedText &line)
{
    if (full()) {
        ++m_left;
        return;
    }
    m_finding.details.append(line);
    ++m_shown;
}

void CappedDetails::finish()
{
    const int left = m_left;
    if (left > 0)
        m_finding.details.append(LocalizedText("Probes", QT_TRANSLATE_N_NOOP("Probes", "… and %n more"), {}, left));
    m_left = 0;
}

LocalizedText problems(const std::vector<std::string> &problems)
{
    if (problems.empty())
        return {};
    // The collector's sentences are English; they name files and system errors.
    return LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "What could not be read: %1"),
                         {TextArg::text(list(problems).join(QStringLiteral("; ")))});
}

bool isWindows(const facts::Facts &facts)
{
    return facts.platform == "windows";
}

const facts::VolumeFacts *systemVolume(const facts::Facts &facts)
{
    for (const facts::VolumeFacts &volume : facts.volumes) {
        if (volume.system)
            return &volume;
    }
    return nullptr;
}

const facts::VolumeFacts *exchangeDrive(const facts::Facts &facts)
{
    // Exchange 2000 is version 6.0; Exchange 2003 (6.5) no longer maps its store to M: by default.
    if (!facts.exchange.installed || !q(facts.exchange.version).startsWith(QLatin1String("6.0.")))
        return nullptr;
    for (const facts::VolumeFacts &volume : facts.volumes) {
        const QString mountPoint = q(volume.mountPoint);
        if (mountPoint.startsWith(QLatin1String("M:"), Qt::CaseInsensitive) && mountPoint.size() <= 3
            && q(volume.fileSystem).compare(QLatin1String("EXIFS"), Qt::CaseInsensitive) == 0)
            return &volume;
    }
    return nullptr;
}

LocalizedText volumeLine(const facts::VolumeFacts &volume)
{
    const QList<TextArg> args = {TextArg::text(shown(volume.mountPoint)),
                                 TextArg::text(volume.fileSystem.empty() ? QStringLiteral("?") : shown(volume.fileSystem)),
                                 TextArg::bytes(facts::shownBytes(volume.freeBytes)),
                                 TextArg::bytes(facts::shownBytes(volume.totalBytes))};
    return LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "%1 (%2): %3 free of %4"), args);
}

void addProblems(Finding &finding, const facts::Facts &facts)
{
    if (const LocalizedText read = problems(facts.problems); !read.isEmpty())
        finding.evidence.append(read);
}

int listDrives(Finding &finding, const facts::Facts &facts, const facts::VolumeFacts *exchange, bool writableOnly)
{
    int count = 0;
    CappedDetails lines(finding);
    for (const facts::VolumeFacts &volume : facts.volumes) {
        if (&volume == exchange || (writableOnly && volume.readOnly))
            continue;
        lines.add(volumeLine(volume));
        ++count;
    }
    lines.finish();
    return count;
}

Finding couldNotRead(const LocalizedText &what, const facts::Facts &facts)
{
    Finding finding;
    markCouldNotRead(finding, what, facts);
    return finding;
}

void markCouldNotRead(Finding &finding, const LocalizedText &what, const facts::Facts &facts)
{
    finding.status = ItemStatus::Unknown;
    finding.evidence.append(what);
    addProblems(finding, facts);
}

Finding notWindows(const facts::Facts &facts)
{
    Finding finding;
    finding.status = ItemStatus::Unknown;
    finding.evidence.append(windowsOnly(facts));
    return finding;
}

LocalizedText virtualMachine(const facts::Facts &facts)
{
    if (!facts.virtualization.virtualMachine)
        return {};
    if (facts.virtualization.hypervisor.empty())
        return LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "This computer is a virtual machine."));
    // The collector's word for an operating-system container (Docker, Podman, LXC).
    if (facts.virtualization.hypervisor == "container")
        return LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "This computer runs in a container."));
    return LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "This computer is a virtual machine (%1)."),
                         {TextArg::text(q(facts.virtualization.hypervisor))});
}

LocalizedText windowsOnly(const facts::Facts &facts)
{
    return LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "This computer runs %1, not Windows: this can only be checked on the Windows server. Take a snapshot of that server with prepprobe.exe, and open it here with “Open a server snapshot” on the first page."),
                         {TextArg::text(platformName(facts))});
}

QString platformName(const facts::Facts &facts)
{
    if (facts.platform == "linux")
        return QStringLiteral("Linux");
    if (isWindows(facts))
        return QStringLiteral("Windows");
    return q(facts.platform);
}

} // namespace prep::factsText
