// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/rules/InternetInfoRule.h"

#include "probes/helpers/FactsText.h"
#include "probes/net/InternetInfoFields.h"

namespace prep {

namespace {

// "eth0 00:11:22:33:44:55 192.168.16.2/24": technical values, the same in every language.
QString adapterText(const facts::AdapterFacts &adapter)
{
    QStringList words{factsText::q(adapter.name)};
    if (!adapter.mac.empty())
        words.append(factsText::q(adapter.mac));
    words.append(factsText::list(adapter.addresses));
    return words.join(QLatin1Char(' '));
}

} // namespace

ProbeOutput InternetInfoRule::evaluate(const facts::Facts &facts)
{
    ProbeOutput output;
    Finding &finding = output.finding;
    const facts::NetworkFacts &network = facts.network;
    QStringList adapters;
    for (const facts::AdapterFacts &adapter : network.adapters) {
        if (adapter.loopback)
            continue;
        adapters.append(adapterText(adapter));
        const TextArg name = TextArg::text(factsText::q(adapter.name));
        const TextArg mac = TextArg::text(factsText::q(adapter.mac));
        const TextArg addresses = TextArg::text(factsText::list(adapter.addresses).join(QStringLiteral(", ")));
        if (adapter.addresses.empty())
            finding.details.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "Adapter %1 (MAC address %2): no address"), {name, mac}));
        else if (adapter.mac.empty())
            finding.details.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "Adapter %1: %2"), {name, addresses}));
        else
            finding.details.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "Adapter %1 (MAC address %2): %3"), {name, mac, addresses}));
    }
    const QString gateways = factsText::list(network.gateways).join(QStringLiteral(", "));
    const QString dns = factsText::list(network.dnsServers).join(QStringLiteral(", "));
    if (!gateways.isEmpty())
        finding.details.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "Default gateway: %1"), {TextArg::text(gateways)}));
    if (!dns.isEmpty())
        finding.details.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "DNS servers: %1"), {TextArg::text(dns)}));

    if (adapters.isEmpty() && gateways.isEmpty() && dns.isEmpty()) {
        factsText::markCouldNotRead(finding, LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The wizard could not read the network settings; fill in the Internet information form yourself.")), facts);
        return output;
    }
    finding.status = ItemStatus::Pending;
    finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The wizard filled in the network settings of the Internet information form. Complete the rest of the form (connection type, provider, e-mail), then mark the task done.")));

    const auto prefill = [&](const char *key, const QString &value) {
        if (!value.isEmpty())
            output.formDefaults.insert(InternetInfoFields::formKey(key), value);
    };
    prefill("serverName", factsText::q(network.hostName.empty() ? facts.hostName : network.hostName));
    prefill("domain", factsText::q(network.domain));
    prefill("adapters", adapters.join(QLatin1Char('\n')));
    prefill("gateway", gateways);
    prefill("dnsServers", dns);
    return output;
}

} // namespace prep
