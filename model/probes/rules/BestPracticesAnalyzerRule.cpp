// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/rules/BestPracticesAnalyzerRule.h"

#include "probes/helpers/FactsText.h"
#include "probes/helpers/ProgramSearch.h"
#include "probes/rules/InstalledProgramsRule.h"

namespace prep {

Finding BestPracticesAnalyzerRule::evaluate(const facts::Facts &facts)
{
    if (!factsText::isWindows(facts))
        return factsText::notWindows(facts);
    if (facts.programs.empty())
        return factsText::couldNotRead(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The wizard could not read the installed programs, so it cannot tell whether the Best Practices Analyzer is installed.")), facts);
    Finding finding;
    finding.status = ItemStatus::Pending;
    const auto found = ProgramSearch::programs(facts, {"Best Practices Analyzer"});
    if (found.empty()) {
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_N_NOOP("Probes", "No Best Practices Analyzer is among the %n installed programs: download the one for your server (see the steps), check for updates, then run a scan."),
                                              {}, static_cast<int>(facts.programs.size())));
    } else {
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "A Best Practices Analyzer is installed: check for updates, run a scan, and solve as many of the issues it reports as possible.")));
        factsText::CappedDetails lines(finding);
        for (const facts::ProgramFacts &program : found)
            lines.full() ? lines.skip() : lines.add(InstalledProgramsRule::programLine(program));
        lines.finish();
    }
    finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The wizard does not read the scan's report: when you have solved what you can, mark the task done.")));
    return finding;
}

} // namespace prep
