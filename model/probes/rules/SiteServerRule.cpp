// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/rules/SiteServerRule.h"

#include "probes/helpers/FactsText.h"
#include "probes/helpers/ProgramSearch.h"
#include "probes/rules/InstalledProgramsRule.h"

namespace prep {

Finding SiteServerRule::evaluate(const facts::Facts &facts)
{
    if (!factsText::isWindows(facts))
        return factsText::notWindows(facts);
    if (facts.programs.empty() && facts.services.empty())
        return factsText::couldNotRead(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The wizard could not read the installed programs or the services, so it cannot tell whether Site Server is installed.")), facts);
    Finding finding;
    finding.status = ItemStatus::Pending;
    const auto programs = ProgramSearch::programs(facts, {"Site Server", "Intranet Starter Site"});
    factsText::CappedDetails lines(finding);
    for (const facts::ProgramFacts &program : programs)
        lines.full() ? lines.skip() : lines.add(InstalledProgramsRule::programLine(program));
    const auto services = ProgramSearch::services(facts, {"Site Server"});
    for (const facts::ServiceFacts &service : services)
        lines.full() ? lines.skip() : lines.add(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "Service %1 (%2)"),
                                             {TextArg::text(factsText::shown(service.name)), TextArg::text(factsText::shown(service.displayName))}));
    lines.finish();
    if (!programs.empty() || !services.empty()) {
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "Site Server or the Intranet Starter Site is on this server, and cannot be installed on Windows Server 2003: plan what will replace it before you upgrade, then mark the task done.")));
    } else {
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_N_NOOP("Probes", "Neither Site Server nor the Intranet Starter Site is among the %n installed programs and services."),
                                              {}, static_cast<int>(facts.programs.size() + facts.services.size())));
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "Components that depend on Site Server may not show in these lists: check that the server does not use them, then say the task does not apply.")));
    }
    return finding;
}

} // namespace prep
