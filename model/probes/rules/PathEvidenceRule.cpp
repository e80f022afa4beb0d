// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/rules/PathEvidenceRule.h"

#include "catalog/UpgradePath.h"
#include "probes/helpers/FactsText.h"
#include "probes/helpers/PathMatch.h"

namespace prep {

Finding PathEvidenceRule::evaluate(const facts::Facts &facts, const UpgradePath *path)
{
    if (facts.os.name.empty())
        return factsText::couldNotRead(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The wizard could not read which operating system the server runs: confirm the product yourself.")), facts);
    // Not PathMatch::serverText(): its words are translated, and a finding's are when shown.
    const TextArg server = TextArg::text(factsText::systemText(facts));
    Finding finding;
    finding.status = ItemStatus::Pending;
    const PathMatch::Result match = path ? PathMatch::of(*path, facts) : PathMatch::Result::Unknown;
    if (match == PathMatch::Result::Matches) {
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The server runs %1, which is where the chosen path starts."), {server}));
    } else if (match == PathMatch::Result::DoesNotMatch) {
        finding.status = ItemStatus::Warning;
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The server runs %1, which is not where the chosen path starts: choose the path that starts from it on the path page."), {server}));
    } else {
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The server runs %1; the wizard cannot tell whether the chosen path starts from it."), {server}));
    }
    if (facts.exchange.installed)
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "Exchange (version %1) is installed on it."),
                                              {TextArg::text(facts.exchange.version.empty() ? QStringLiteral("?") : factsText::shown(facts.exchange.version))}));
    finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "Read the advice for the path (whether it is supported, any intermediate version or required order), then mark the task done.")));
    return finding;
}

} // namespace prep
