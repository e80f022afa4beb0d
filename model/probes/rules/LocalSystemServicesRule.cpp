// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/rules/LocalSystemServicesRule.h"

#include "probes/helpers/FactsText.h"
#include "probes/services/RecordedStartTypes.h"

#include <algorithm>

namespace prep {

namespace {

bool stateKnown(const facts::Facts &facts)
{
    return std::any_of(facts.services.begin(), facts.services.end(),
                       [](const facts::ServiceFacts &service) { return service.state != facts::ServiceState::Unknown; });
}

QString label(const facts::ServiceFacts &service)
{
    const QString name = factsText::q(service.name);
    if (service.displayName.empty() || service.displayName == service.name)
        return name;
    return QStringLiteral("%1 (%2)").arg(name, factsText::q(service.displayName));
}

} // namespace

std::vector<facts::ServiceFacts> LocalSystemServicesRule::servicesToStop(const facts::Facts &facts)
{
    const bool known = stateKnown(facts);
    std::vector<facts::ServiceFacts> result;
    for (const facts::ServiceFacts &service : facts.services) {
        if (!service.runsAsSystem || !service.thirdParty)
            continue;
        const bool runs = known ? service.state == facts::ServiceState::Running
                                : facts::startsAutomatically(service.startType);
        if (runs)
            result.push_back(service);
    }
    return result;
}

Finding LocalSystemServicesRule::evaluate(const facts::Facts &facts)
{
    if (facts.services.empty())
        return factsText::couldNotRead(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The wizard could not list the services of this computer.")), facts);
    Finding finding;
    const bool windows = factsText::isWindows(facts);

    const auto services = servicesToStop(facts);
    const int count = static_cast<int>(services.size());
    for (const facts::ServiceFacts &service : services)
        finding.details.append(RecordedStartTypes::serviceLine(label(service), service.startType));

    if (!stateKnown(facts)) {
        factsText::markCouldNotRead(finding, LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The wizard cannot tell which services are running.")), facts);
        if (count > 0)
            finding.evidence.append(windows ? LocalizedText("Probes", QT_TRANSLATE_N_NOOP("Probes", "%n third-party service(s) start automatically as Local System; if they run, stop them and write down their start types:"), {}, count)
                                            : LocalizedText("Probes", QT_TRANSLATE_N_NOOP("Probes", "%n third-party service(s) start automatically as root; if they run, stop them and write down their start types:"), {}, count));
        return finding;
    }
    finding.measured = LocalizedText("Probes", QT_TRANSLATE_N_NOOP("Probes", "%n service(s)"), {}, count);
    if (count == 0) {
        finding.status = ItemStatus::Pending;
        finding.evidence.append(windows ? LocalizedText("Probes", QT_TRANSLATE_N_NOOP("Probes", "No third-party service runs as Local System now (%n services checked)."), {}, static_cast<int>(facts.services.size()))
                                        : LocalizedText("Probes", QT_TRANSLATE_N_NOOP("Probes", "No third-party service runs as root now (%n services checked)."), {}, static_cast<int>(facts.services.size())));
        return finding;
    }
    finding.status = ItemStatus::Warning;
    finding.evidence.append(windows ? LocalizedText("Probes", QT_TRANSLATE_N_NOOP("Probes", "%n third-party service(s) run as Local System. They may lock operating system files that Setup must replace."), {}, count)
                                    : LocalizedText("Probes", QT_TRANSLATE_N_NOOP("Probes", "%n third-party service(s) run as root. They may lock operating system files that Setup must replace."), {}, count));
    finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "Stop each one, write down its start type, then set the start type to Disabled. The wizard keeps the start types below for the task of restoring them after the upgrade.")));
    return finding;
}

QMap<QString, QString> LocalSystemServicesRule::startTypesToRecord(const facts::Facts &facts)
{
    QMap<QString, QString> values;
    for (const facts::ServiceFacts &service : servicesToStop(facts))
        values.insert(RecordedStartTypes::key(service.name), RecordedStartTypes::id(service.startType));
    return values;
}

} // namespace prep
