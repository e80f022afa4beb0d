// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/rules/ExchangeFirstRule.h"

#include "probes/helpers/FactsText.h"

namespace prep {

Finding ExchangeFirstRule::evaluate(const facts::Facts &facts)
{
    if (!factsText::isWindows(facts))
        return factsText::notWindows(facts);
    Finding finding;
    const QString version = factsText::q(facts.exchange.version);
    const TextArg windows = TextArg::text(factsText::q(facts.os.name + " " + facts.os.version));
    if (!facts.exchange.installed) {
        finding.status = ItemStatus::NotApplicable;
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "No Exchange Server is installed on this server (%1), so there is no Exchange upgrade to do first here."), {windows}));
        return finding;
    }
    finding.measured = LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "Exchange %1"), {TextArg::text(version)});
    // The version of store.exe: 6.0 is Exchange 2000 Server, 6.5 is Exchange Server 2003.
    if (version.startsWith(QLatin1String("6.0."))) {
        finding.status = ItemStatus::Blocker;
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "Exchange 2000 Server (version %1) is installed on %2. Upgrade it to Exchange Server 2003 first; an upgrade of Windows with Exchange 2000 on the server stops with a warning."),
                                              {TextArg::text(version), windows}));
    } else if (version.startsWith(QLatin1String("6.5."))) {
        finding.status = ItemStatus::Passed;
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "Exchange Server 2003 (version %1) is installed on %2: Exchange is upgraded, and Windows can follow."),
                                              {TextArg::text(version), windows}));
    } else {
        finding.status = ItemStatus::Unknown;
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "Exchange version “%1” is installed on %2; the wizard knows only Exchange 2000 (6.0) and Exchange 2003 (6.5)."),
                                              {TextArg::text(version), windows}));
    }
    return finding;
}

} // namespace prep
