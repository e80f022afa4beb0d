// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/rules/ActiveDirectoryConnectorRule.h"

#include "probes/helpers/FactsText.h"

#include <algorithm>

namespace prep {

namespace {
// The Active Directory Connector's service name.
constexpr const char *adcService = "MSADC";
} // namespace

Finding ActiveDirectoryConnectorRule::evaluate(const facts::Facts &facts)
{
    if (!factsText::isWindows(facts))
        return factsText::notWindows(facts);
    if (facts.services.empty())
        return factsText::couldNotRead(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The wizard could not list the services of this server, so it cannot tell whether the Active Directory Connector is installed.")), facts);
    Finding finding;
    finding.status = ItemStatus::Pending;
    const QString version = factsText::shown(facts.exchange.version);
    if (facts.exchange.installed)
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "Exchange (version %1) is installed on this server."),
                                              {TextArg::text(version.isEmpty() ? QStringLiteral("?") : version)}));
    else
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "No Exchange Server is installed on this server.")));
    const auto adc = std::find_if(facts.services.begin(), facts.services.end(), [](const facts::ServiceFacts &service) {
        return factsText::q(service.name).compare(QLatin1String(adcService), Qt::CaseInsensitive) == 0;
    });
    if (adc != facts.services.end())
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The Active Directory Connector (service %1) is installed on this server: prepare it as Knowledge Base article 325379 says before a domain controller is upgraded to Windows Server 2003."),
                                              {TextArg::text(factsText::shown(adc->name))}));
    else
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_N_NOOP("Probes", "The Active Directory Connector (service %1) is not among the %n services of this server; it may run on another server of the organization."),
                                              {TextArg::text(QLatin1String(adcService))}, static_cast<int>(facts.services.size())));
    // Exchange 2000 Service Pack 2 is build 6.0.5762 (the task's step on the post-SP2 rollup).
    if (version.startsWith(QLatin1String("6.0.5762")))
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "This is Exchange 2000 Service Pack 2: with Windows Server 2003 domain controllers it needs the Exchange 2000 post-SP2 hotfix rollup.")));
    finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "Whether another computer is the domain controller and will be upgraded first, the wizard cannot tell: if it is not, say the task does not apply.")));
    return finding;
}

} // namespace prep
