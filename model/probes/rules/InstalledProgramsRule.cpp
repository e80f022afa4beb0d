// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/rules/InstalledProgramsRule.h"

#include "probes/helpers/FactsText.h"

namespace prep {

namespace {

// Common to both tasks: the count, and one line per program, those not from Microsoft first (a
// Microsoft program is listed too: a publisher's name says little of what a program does), then
// `advice`, what the operator does with them.
Finding listed(const facts::Facts &facts, const LocalizedText &advice)
{
    if (!factsText::isWindows(facts))
        return factsText::notWindows(facts);
    if (facts.programs.empty())
        return factsText::couldNotRead(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The wizard could not read the installed programs of this server: review them in Add or Remove Programs.")), facts);
    Finding finding;
    finding.status = ItemStatus::Pending;
    const int count = static_cast<int>(facts.programs.size());
    const std::vector<facts::ProgramFacts> others = InstalledProgramsRule::otherPublishers(facts);
    const int otherCount = static_cast<int>(others.size());
    finding.measured = LocalizedText("Probes", QT_TRANSLATE_N_NOOP("Probes", "%n program(s) installed"), {}, count);
    finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_N_NOOP("Probes", "%n program(s) are installed on this server, %1 of them not from Microsoft (listed first):"),
                                          {TextArg::integer(otherCount)}, count));
    factsText::CappedDetails lines(finding);
    for (const facts::ProgramFacts &program : others) {
        if (lines.full())
            lines.skip();
        else
            lines.add(InstalledProgramsRule::programLine(program));
    }
    for (const facts::ProgramFacts &program : facts.programs) {
        if (!InstalledProgramsRule::fromMicrosoft(program))
            continue;
        if (lines.full())
            lines.skip();
        else
            lines.add(InstalledProgramsRule::programLine(program));
    }
    lines.finish();
    finding.evidence.append(advice);
    return finding;
}
} // namespace

std::vector<facts::ProgramFacts> InstalledProgramsRule::otherPublishers(const facts::Facts &facts)
{
    std::vector<facts::ProgramFacts> result;
    for (const facts::ProgramFacts &program : facts.programs) {
        if (!fromMicrosoft(program))
            result.push_back(program);
    }
    return result;
}

bool InstalledProgramsRule::fromMicrosoft(const facts::ProgramFacts &program)
{
    return factsText::q(program.publisher).contains(QLatin1String("Microsoft"), Qt::CaseInsensitive);
}

LocalizedText InstalledProgramsRule::programLine(const facts::ProgramFacts &program)
{
    const TextArg name = TextArg::text(factsText::shown(program.name));
    const TextArg version = TextArg::text(factsText::shown(program.version));
    const TextArg publisher = TextArg::text(factsText::shown(program.publisher));
    if (program.version.empty() && program.publisher.empty())
        return LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "%1, publisher not given"), {name});
    if (program.version.empty())
        return LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "%1, from %2"), {name, publisher});
    if (program.publisher.empty())
        return LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "%1, version %2, publisher not given"), {name, version});
    return LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "%1, version %2, from %3"), {name, version, publisher});
}

Finding InstalledProgramsRule::compatibility(const facts::Facts &facts)
{
    return listed(facts, LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "Confirm in the Windows Server Catalog that each server application among them is compatible with the upgrade software; antivirus programs and Web applications are the most often incompatible. Then mark the task done.")));
}

Finding InstalledProgramsRule::lineOfBusiness(const facts::Facts &facts)
{
    return listed(facts, LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The line-of-business applications (accounting, supply-chain management, resource planning) may be among them. For each one, consult its provider on how to migrate it, and locate its installation media; then mark the task done.")));
}

} // namespace prep
