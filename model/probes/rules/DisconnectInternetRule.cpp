// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/rules/DisconnectInternetRule.h"

#include "probes/helpers/FactsText.h"

namespace prep {

Finding DisconnectInternetRule::evaluate(const ReachabilityResult &result, const QString &host, quint16 port, int waitedMs)
{
    Finding finding;
    const TextArg hostArg = TextArg::text(host);
    const TextArg portArg = TextArg::text(QString::number(port)); // a name, not a quantity
    finding.threshold = LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "no connection to the Internet host"));
    using Outcome = ReachabilityResult::Outcome;
    if (result.outcome == Outcome::Connected) {
        finding.status = ItemStatus::Warning;
        finding.measured = LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "connected in %1 ms"), {TextArg::integer(result.elapsedMs)});
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "This computer connected to %1 on port %2 in %3 ms: it is connected to the Internet."),
                                              {hostArg, portArg, TextArg::integer(result.elapsedMs)}));
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "It is recommended that you disconnect from the Internet before Setup runs (on Small Business Server 2000, unless the Internet device provides a firewall for your network), but keep the device connected to the server.")));
        return finding;
    }
    if (result.outcome == Outcome::Cancelled) {
        finding.status = ItemStatus::Unknown;
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The check was cancelled before it finished.")));
        return finding;
    }
    finding.status = ItemStatus::Pending;
    finding.measured = LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "not connected"));
    switch (result.outcome) {
    case Outcome::Refused:
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The connection to %1 on port %2 was refused, by that host or by a firewall on the way."), {hostArg, portArg}));
        break;
    case Outcome::TimedOut:
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "%1 did not answer on port %2 within %3 ms."), {hostArg, portArg, TextArg::integer(waitedMs)}));
        break;
    case Outcome::HostNotFound:
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The name %1 could not be resolved, so this computer cannot reach it."), {hostArg}));
        break;
    default:
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "This computer could not connect to %1 on port %2: %3"), {hostArg, portArg, TextArg::text(result.error)}));
        break;
    }
    finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "This computer does not reach the Internet. Check that the Internet device is still connected to the server, then mark the task done.")));
    return finding;
}

Finding DisconnectInternetRule::onSnapshot(const facts::Facts &facts)
{
    Finding finding;
    finding.status = ItemStatus::Unknown;
    finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "This checklist is about a snapshot of %1. Whether that server reaches the Internet can only be tested on it; this computer was not tested in its place."),
                                          {TextArg::text(factsText::q(facts.hostName))}));
    return finding;
}

} // namespace prep
