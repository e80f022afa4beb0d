// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/rules/BackupScopeRule.h"

#include "probes/helpers/FactsText.h"
#include "probes/services/KnownAgents.h"

#include <QStringList>

namespace prep {

namespace {

// The backup products the collector saw, by service (running or not) and by process.
QStringList backupSoftware(const facts::Facts &facts)
{
    QStringList names;
    const auto note = [&](const KnownAgents::Product *product) {
        if (product && product->role == KnownAgents::Role::Backup) {
            const QString name = QStringLiteral("%1 (%2)").arg(QString::fromUtf8(product->product), QString::fromUtf8(product->vendor));
            if (!names.contains(name))
                names.append(name);
        }
    };
    for (const facts::ServiceFacts &service : facts.services)
        note(KnownAgents::byService(service.name));
    for (const facts::ProcessFacts &process : facts.processes)
        note(KnownAgents::byProcess(process.name));
    return names;
}

} // namespace

Finding BackupScopeRule::evaluate(const facts::Facts &facts)
{
    if (facts.volumes.empty())
        return factsText::couldNotRead(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The wizard could not read the drives of this server, so it cannot list what the full backup takes in.")), facts);
    Finding finding;
    finding.status = ItemStatus::Pending;
    const facts::VolumeFacts *exchange = factsText::exchangeDrive(facts);
    const int count = factsText::listDrives(finding, facts, exchange);
    finding.measured = LocalizedText("Probes", QT_TRANSLATE_N_NOOP("Probes", "%n drive(s) to back up"), {}, count);
    finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_N_NOOP("Probes", "A full system backup of this server takes in these %n drive(s) and the System State data:"), {}, count));
    if (facts.exchange.installed)
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "Exchange (version %1) is installed: include Exchange in the backup."),
                                              {TextArg::text(facts.exchange.version.empty() ? QStringLiteral("?") : factsText::shown(facts.exchange.version))}));
    if (exchange)
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "%1 is the Exchange M: drive. If you use Small Business Server 2000, do not back it up as part of the Exchange backup: this can damage the Exchange database."),
                                              {TextArg::text(factsText::shown(exchange->mountPoint))}));
    const QStringList software = backupSoftware(facts);
    if (!software.isEmpty())
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "Backup software on this server: %1."), {TextArg::text(software.join(QStringLiteral(", ")))}));
    finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The wizard cannot tell whether a backup was made: make it, then mark the task done.")));
    return finding;
}

} // namespace prep
