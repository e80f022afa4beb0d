// SPDX-License-Identifier: GPL-3.0-or-later
#include "InstalledProgramsRule.h"

#include "FactsText.h"

namespace prep {

namespace {

LocalizedText unread()
{
    return LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The wizard could not read the installed programs of this server: review them in Add or Remove Programs."));
}

// Common to both tasks: the count, and one line per program.
Finding listed(const facts::Facts &facts, const std::vector<facts::ProgramFacts> &others)
{
    Finding finding;
    finding.status = ItemStatus::Pending;
    const int count = static_cast<int>(others.size());
    finding.measured = LocalizedText("Probes", QT_TRANSLATE_N_NOOP("Probes", "%n program(s) not from Microsoft"), {}, count);
    finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_N_NOOP("Probes", "%n of the %1 installed programs are not from Microsoft:"),
                                          {TextArg::integer(static_cast<qint64>(facts.programs.size()))}, count));
    for (const facts::ProgramFacts &program : others)
        finding.details.append(InstalledProgramsRule::programLine(program));
    return finding;
}

} // namespace

std::vector<facts::ProgramFacts> InstalledProgramsRule::otherPublishers(const facts::Facts &facts)
{
    std::vector<facts::ProgramFacts> result;
    for (const facts::ProgramFacts &program : facts.programs) {
        if (!factsText::q(program.publisher).contains(QLatin1String("Microsoft"), Qt::CaseInsensitive))
            result.push_back(program);
    }
    return result;
}

LocalizedText InstalledProgramsRule::programLine(const facts::ProgramFacts &program)
{
    const TextArg name = TextArg::text(factsText::q(program.name));
    const TextArg version = TextArg::text(factsText::q(program.version));
    const TextArg publisher = TextArg::text(factsText::q(program.publisher));
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
    if (!factsText::isWindows(facts))
        return factsText::notWindows(facts);
    if (facts.programs.empty())
        return factsText::couldNotRead(unread(), facts);
    Finding finding = listed(facts, otherPublishers(facts));
    finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "Confirm in the Windows Server Catalog that each server application among them is compatible with the upgrade software; antivirus programs and Web applications are the most often incompatible. Then mark the task done.")));
    return finding;
}

Finding InstalledProgramsRule::lineOfBusiness(const facts::Facts &facts)
{
    if (!factsText::isWindows(facts))
        return factsText::notWindows(facts);
    if (facts.programs.empty())
        return factsText::couldNotRead(unread(), facts);
    Finding finding = listed(facts, otherPublishers(facts));
    finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The line-of-business applications (accounting, supply-chain management, resource planning) are among them. For each one, consult its provider on how to migrate it, and locate its installation media; then mark the task done.")));
    return finding;
}

} // namespace prep
