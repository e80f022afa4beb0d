// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/rules/DiskUtilitiesRule.h"

#include "probes/helpers/FactsText.h"
#include "probes/services/KnownAgents.h"

#include <QStringList>


namespace prep {

namespace {

// What was seen of one product, in the order found.
struct Sighting
{
    const KnownAgents::Product *product = nullptr;
    QStringList names;
};

void note(std::vector<Sighting> &sightings, const KnownAgents::Product *product, const QString &name)
{
    for (Sighting &sighting : sightings) {
        if (sighting.product == product) {
            if (!sighting.names.contains(name))
                sighting.names.append(name);
            return;
        }
    }
    sightings.push_back({product, {name}});
}

LocalizedText line(const Sighting &sighting)
{
    const QList<TextArg> args = {TextArg::text(QString::fromUtf8(sighting.product->product)),
                                 TextArg::text(QString::fromUtf8(sighting.product->vendor)),
                                 TextArg::text(sighting.names.join(QStringLiteral(", ")))};
    if (sighting.product->role == KnownAgents::Role::Antivirus)
        return LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "%1 (%2), real-time antivirus: %3"), args);
    return LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "%1 (%2), backup software: %3"), args);
}

} // namespace

Finding DiskUtilitiesRule::evaluate(const facts::Facts &facts)
{
    Finding finding;
    std::vector<Sighting> sightings;
    for (const facts::ProcessFacts &process : facts.processes) {
        if (const KnownAgents::Product *product = KnownAgents::byProcess(process.name))
            note(sightings, product, factsText::q(process.name));
    }
    for (const facts::ServiceFacts &service : facts.services) {
        if (service.state != facts::ServiceState::Running)
            continue;
        if (const KnownAgents::Product *product = KnownAgents::byService(service.name))
            note(sightings, product, factsText::q(service.name));
    }

    const int count = static_cast<int>(sightings.size());
    finding.measured = LocalizedText("Probes", QT_TRANSLATE_N_NOOP("Probes", "%n product(s) running"), {}, count);
    if (!sightings.empty()) {
        finding.status = ItemStatus::Warning;
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_N_NOOP("Probes", "%n antivirus or backup product(s) running on this computer. Turn them off or disable them before Setup runs; do the virus scan first."), {}, count));
        for (const Sighting &sighting : sightings)
            finding.details.append(line(sighting));
        return finding;
    }
    if (facts.processes.empty()) {
        factsText::markCouldNotRead(finding, LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The wizard could not list the running programs.")), facts);
        return finding;
    }
    finding.status = ItemStatus::Pending;
    finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_N_NOOP("Probes", "None of the %1 antivirus and backup products the wizard knows is running (%n programs checked)."),
                                          {TextArg::integer(static_cast<qint64>(KnownAgents::products().size()))},
                                          static_cast<int>(facts.processes.size())));
    finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "Other products are not in the list: look for antivirus or backup software among the services and in the notification area, then mark the task done.")));
    return finding;
}

} // namespace prep
