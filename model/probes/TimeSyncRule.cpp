// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimeSyncRule.h"

#include "FactsText.h"

#include <cmath>

namespace prep {

Finding TimeSyncRule::evaluate(const SntpResult &result, const Context &context, const facts::Facts &facts)
{
    Finding finding;
    const TextArg server = TextArg::text(context.server);
    finding.threshold = LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "within %1 s"), {TextArg::decimal(context.maxOffsetSeconds)});
    switch (result.outcome) {
    case SntpResult::Outcome::Answered: {
        const double offset = result.offsetSeconds;
        // The server is ahead when this computer's clock is behind.
        const TextArg amount = TextArg::decimal(std::abs(offset));
        finding.measured = LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "%1 s off"), {amount});
        finding.evidence.append(offset >= 0 ? LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The clock of this computer is %1 s behind the time server %2."), {amount, server})
                                            : LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The clock of this computer is %1 s ahead of the time server %2."), {amount, server}));
        const bool within = std::abs(offset) <= context.maxOffsetSeconds;
        finding.status = within ? ItemStatus::Passed : ItemStatus::Blocker;
        if (within)
            finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "That is within the limit of %1 s."), {TextArg::decimal(context.maxOffsetSeconds)}));
        else
            finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "That is more than the limit of %1 s: synchronize the clock as the steps say, then check again."), {TextArg::decimal(context.maxOffsetSeconds)}));
        break;
    }
    case SntpResult::Outcome::NoAnswer:
        finding.status = ItemStatus::Unknown;
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "No answer from the time server %1 within %2 s."),
                                              {server, TextArg::decimal(context.waitedMs / 1000.0)}));
        break;
    case SntpResult::Outcome::HostNotFound:
        finding.status = ItemStatus::Unknown;
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The name of the time server %1 could not be resolved."), {server}));
        break;
    case SntpResult::Outcome::NetworkError:
        finding.status = ItemStatus::Unknown;
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The time server %1 could not be asked: %2"), {server, TextArg::text(result.error)}));
        break;
    case SntpResult::Outcome::Unsynchronized:
        finding.status = ItemStatus::Unknown;
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The time server %1 answered that its own clock is not synchronized; choose another time server."), {server}));
        break;
    case SntpResult::Outcome::Unreadable:
        finding.status = ItemStatus::Unknown;
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "What came back from the time server %1 is not an SNTP answer; check the name and port, or choose another time server."), {server}));
        break;
    case SntpResult::Outcome::KissOfDeath:
        finding.status = ItemStatus::Unknown;
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The time server %1 refused to answer (code %2); choose another time server."), {server, TextArg::text(result.kissCode)}));
        break;
    case SntpResult::Outcome::Cancelled:
        finding.status = ItemStatus::Unknown;
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The check was cancelled before it finished.")));
        break;
    }
    if (!context.timeZone.isEmpty())
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "Time zone of this computer: %1. The Destination Server must have the same date and time zone."),
                                              {TextArg::text(context.timeZone)}));
    if (facts.virtualization.virtualMachine) {
        finding.evidence.append(factsText::virtualMachine(facts));
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The date, time and time zone of the host that runs it must match too.")));
    }
    return finding;
}

Finding TimeSyncRule::onSnapshot(const facts::Facts &facts)
{
    Finding finding;
    finding.status = ItemStatus::Unknown;
    finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "This checklist is about a snapshot of %1. Its clock can only be compared with a time server on that server itself; this computer's clock was not measured in its place."),
                                          {TextArg::text(factsText::q(facts.hostName))}));
    return finding;
}

} // namespace prep
