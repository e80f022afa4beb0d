// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/rules/UsersLogoffRule.h"

#include "probes/helpers/FactsText.h"

namespace prep {

namespace {

LocalizedText sessionLine(const facts::SessionFacts &session)
{
    const TextArg user = TextArg::text(factsText::q(session.user));
    const TextArg terminal = TextArg::text(factsText::q(session.terminal));
    const TextArg host = TextArg::text(factsText::q(session.host));
    if (session.loginTime <= 0) {
        if (session.host.empty())
            return LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "%1 on %2"), {user, terminal});
        return LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "%1 on %2 from %3"), {user, terminal, host});
    }
    const TextArg since = TextArg::dateTime(QDateTime::fromSecsSinceEpoch(session.loginTime));
    if (session.host.empty())
        return LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "%1 on %2, since %3"), {user, terminal, since});
    return LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "%1 on %2 from %3, since %4"), {user, terminal, host, since});
}

} // namespace

Finding UsersLogoffRule::evaluate(const facts::Facts &facts, const QString &currentUser)
{
    if (facts.sessions.empty() && !facts.problems.empty())
        return factsText::couldNotRead(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The wizard could not list who is logged on to this computer.")), facts);
    Finding finding;
    int others = 0;
    int own = 0;
    for (const facts::SessionFacts &session : facts.sessions) {
        if (!currentUser.isEmpty() && factsText::q(session.user) == currentUser) {
            ++own;
            continue;
        }
        ++others;
        finding.details.append(sessionLine(session));
    }
    finding.measured = LocalizedText("Probes", QT_TRANSLATE_N_NOOP("Probes", "%n session(s) of other users"), {}, others);
    if (others > 0) {
        finding.status = ItemStatus::Warning;
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_N_NOOP("Probes", "%n session(s) of other users are open on this computer. Ask them to save their work and log off."), {}, others));
    } else {
        finding.status = ItemStatus::Pending;
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "No other user is logged on to this computer.")));
    }
    if (own > 0)
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_N_NOOP("Probes", "Your own %n session(s) as %1 are not counted."), {TextArg::text(currentUser)}, own));
    finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "Users of workstations who have files open on the server are not listed here: check the open sessions and files of the file shares, then mark the task done.")));
    return finding;
}

} // namespace prep
