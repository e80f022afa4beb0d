// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/rules/Exchange2003PrerequisitesRule.h"

#include "probes/helpers/FactsText.h"

#include <algorithm>
#include <array>
#include <utility>

namespace prep {

namespace {

// The Windows services Exchange 2003 Setup needs, by service name, with the name Windows shows.
constexpr std::array<std::pair<const char *, const char *>, 3> neededServices = {{
    {"W3SVC", "World Wide Web Publishing"},
    {"SMTPSVC", "Simple Mail Transfer Protocol (SMTP)"},
    {"NNTPSVC", "Network News Transfer Protocol (NNTP)"},
}};

const facts::ServiceFacts *service(const facts::Facts &facts, const char *name)
{
    const auto it = std::find_if(facts.services.begin(), facts.services.end(), [&](const facts::ServiceFacts &candidate) {
        return QString::fromStdString(candidate.name).compare(QLatin1String(name), Qt::CaseInsensitive) == 0;
    });
    return it == facts.services.end() ? nullptr : &*it;
}

bool hasDotNet(const facts::Facts &facts)
{
    return std::any_of(facts.programs.begin(), facts.programs.end(), [](const facts::ProgramFacts &program) {
        return QString::fromStdString(program.name).startsWith(QLatin1String("Microsoft .NET Framework"), Qt::CaseInsensitive);
    });
}

// Windows 2000 is version 5.0 (the kernel's version where the name does not say it).
bool isWindows2000(const facts::Facts &facts)
{
    return facts.os.kernel.rfind("5.0", 0) == 0 || facts.os.version.rfind("5.0", 0) == 0;
}

} // namespace

Finding Exchange2003PrerequisitesRule::evaluate(const facts::Facts &facts)
{
    if (!factsText::isWindows(facts))
        return factsText::notWindows(facts);
    Finding finding;
    bool missing = false;
    const facts::VolumeFacts *system = factsText::systemVolume(facts);
    if (system && QString::fromStdString(system->fileSystem).compare(QLatin1String("NTFS"), Qt::CaseInsensitive) != 0) {
        missing = true;
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The system drive %1 is formatted %2; Exchange Server 2003 needs NTFS."),
                                              {TextArg::text(factsText::q(system->mountPoint)), TextArg::text(factsText::q(system->fileSystem))}));
    }
    for (const auto &[name, title] : neededServices) {
        const facts::ServiceFacts *found = service(facts, name);
        const QList<TextArg> args = {TextArg::text(QLatin1String(title)), TextArg::text(QLatin1String(name))};
        if (!found) {
            missing = true;
            finding.details.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "%1 (%2): not installed"), args));
        } else if (found->startType == facts::StartType::Disabled) {
            missing = true;
            finding.details.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "%1 (%2): disabled"), args));
        } else if (found->state == facts::ServiceState::Running) {
            finding.details.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "%1 (%2): running"), args));
        } else {
            finding.details.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "%1 (%2): installed, not running; set it to Automatic and start it"), args));
        }
    }
    if (isWindows2000(facts) && !hasDotNet(facts)) {
        missing = true;
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The .NET Framework is not among the installed programs; Exchange Server 2003 needs it on Windows 2000.")));
    }
    const TextArg windows = TextArg::text(factsText::q(facts.os.name + " " + facts.os.version));
    const TextArg exchange = TextArg::text(facts.exchange.installed ? factsText::q(facts.exchange.version) : QStringLiteral("—"));
    finding.measured = LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "%1; Exchange %2"), {windows, exchange});
    finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "This server runs %1, with Exchange version %2. Compare the service packs with the first step above: the wizard holds no figures to judge them."),
                                          {windows, exchange}));
    if (missing) {
        finding.status = ItemStatus::Blocker;
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "Exchange Server 2003 Setup stops when a prerequisite is missing: see the list below.")));
    } else {
        finding.status = ItemStatus::Unknown;
    }
    return finding;
}

} // namespace prep
