// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/rules/EssentialsEmailRule.h"

#include "probes/helpers/FactsText.h"

#include <algorithm>

namespace prep {

bool EssentialsEmailRule::hostsExchange(const facts::Facts &facts)
{
    return facts.exchange.installed
        || std::any_of(facts.services.begin(), facts.services.end(),
                       [](const facts::ServiceFacts &service) { return service.name == "MSExchangeIS"; });
}

Finding EssentialsEmailRule::evaluate(const facts::Facts &facts)
{
    if (!factsText::isWindows(facts))
        return factsText::notWindows(facts);
    Finding finding;
    if (!hostsExchange(facts)) {
        finding.status = ItemStatus::Passed;
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "No Exchange Server is installed on this server: it hosts no email to migrate.")));
        return finding;
    }
    finding.status = ItemStatus::Warning;
    if (facts.exchange.version.empty())
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "This server hosts Exchange Server.")));
    else
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "This server hosts Exchange Server (version %1)."), {TextArg::text(factsText::q(facts.exchange.version))}));
    finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "Windows Server Essentials has no email service: plan where the email goes (Office 365, or another Exchange Server) before the migration.")));
    return finding;
}

} // namespace prep
