// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/rules/ServiceSightingRule.h"

#include "probes/helpers/FactsText.h"
#include "probes/helpers/ProgramSearch.h"

#include <algorithm>

namespace prep {

namespace {

LocalizedText serviceLine(const facts::ServiceFacts &service)
{
    const QList<TextArg> args = {TextArg::text(factsText::shown(service.name)), TextArg::text(factsText::shown(service.displayName))};
    switch (service.state) {
    case facts::ServiceState::Running:
        return LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "%1 (%2): running"), args);
    case facts::ServiceState::Stopped:
        return LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "%1 (%2): stopped"), args);
    default:
        return LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "%1 (%2): installed"), args);
    }
}

struct Sought
{
    // Exact service names, or exact display names (case aside): a name that merely contains
    // "POP3" or "Fax" is another product's (Exchange's POP3Svc, a third-party fax server).
    std::initializer_list<const char *> names;
    std::initializer_list<const char *> displayNames;
    LocalizedText seen;    // the service is there
    LocalizedText notSeen; // %n: the services listed
};

Finding sight(const facts::Facts &facts, const Sought &sought)
{
    if (!factsText::isWindows(facts))
        return factsText::notWindows(facts);
    if (facts.services.empty())
        return factsText::couldNotRead(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The wizard could not list the services of this server: look for the service in Services (Services.msc).")), facts);
    Finding finding;
    finding.status = ItemStatus::Pending;
    const auto is = [](const std::string &text, std::initializer_list<const char *> names) {
        const QString value = factsText::q(text);
        return std::any_of(names.begin(), names.end(), [&](const char *name) { return value.compare(QLatin1String(name), Qt::CaseInsensitive) == 0; });
    };
    std::vector<facts::ServiceFacts> found;
    for (const facts::ServiceFacts &service : facts.services) {
        if (is(service.name, sought.names) || is(service.displayName, sought.displayNames))
            found.push_back(service);
    }
    factsText::CappedDetails lines(finding);
    for (const facts::ServiceFacts &service : found)
        lines.add(serviceLine(service));
    lines.finish();
    finding.evidence.append(found.empty() ? sought.notSeen : sought.seen);
    return finding;
}

// The Small Business Server POP3 Connector: the service POP3Connector, shown as "Microsoft
// Connector for POP3 Mailboxes" (SBS 2000, 2003). Exchange's own POP3 service (POP3Svc,
// MSExchangePOP3) is not it.
constexpr std::initializer_list<const char *> pop3ConnectorNames = {"POP3Connector"};
constexpr std::initializer_list<const char *> pop3ConnectorDisplayNames = {"Microsoft Connector for POP3 Mailboxes"};

} // namespace

Finding ServiceSightingRule::fax(const facts::Facts &facts)
{
    const int count = static_cast<int>(facts.services.size());
    // Windows's Fax Service is the service "Fax".
    return sight(facts, {{"Fax"}, {},
                         LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "Fax Service is installed on this server. If the server started as Small Business Server 4.0 or 4.5, it is no longer supported after the upgrade: if the business sends or receives faxes through it, plan a replacement, then mark the task done.")),
                         LocalizedText("Probes", QT_TRANSLATE_N_NOOP("Probes", "No fax service is among the %n services of this server: if the business sends no faxes through it, say the task does not apply."), {}, count)});
}

Finding ServiceSightingRule::pop3Connector(const facts::Facts &facts)
{
    const int count = static_cast<int>(facts.services.size());
    return sight(facts, {pop3ConnectorNames, pop3ConnectorDisplayNames,
                         LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The Microsoft Connector for POP3 Mailboxes is installed on this server. Its router trigger is no longer supported: after the upgrade, check that POP3 e-mail still arrives, then mark the task done.")),
                         LocalizedText("Probes", QT_TRANSLATE_N_NOOP("Probes", "No POP3 connector is among the %n services of this server: if it does not download POP3 e-mail, say the task does not apply."), {}, count)});
}

Finding ServiceSightingRule::pop3ConnectorAfterMigration(const facts::Facts &facts)
{
    const int count = static_cast<int>(facts.services.size());
    return sight(facts, {pop3ConnectorNames, pop3ConnectorDisplayNames,
                         LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The Windows Small Business Server POP3 Connector is installed on this server. It is not included with Exchange Server: after you migrate email to another Exchange Server, you can no longer use it. Plan how POP3 e-mail will be collected, then mark the task done.")),
                         LocalizedText("Probes", QT_TRANSLATE_N_NOOP("Probes", "No POP3 connector is among the %n services of this server: nothing of it is lost in the migration."), {}, count)});
}

} // namespace prep
