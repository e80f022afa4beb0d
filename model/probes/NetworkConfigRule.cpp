// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetworkConfigRule.h"

#include "FactsText.h"

#include <QStringList>

namespace prep {

namespace {
QString orNone(const QStringList &items)
{
    return items.isEmpty() ? QStringLiteral("—") : items.join(QStringLiteral(", "));
}
} // namespace

Finding NetworkConfigRule::evaluate(const facts::Facts &facts)
{
    int adapters = 0;
    int connected = 0;
    bool subnet192 = false;
    Finding finding;
    for (const facts::AdapterFacts &adapter : facts.network.adapters) {
        if (adapter.loopback)
            continue;
        ++adapters;
        connected += adapter.up ? 1 : 0;
        const QStringList addresses = factsText::list(adapter.addresses);
        for (const QString &address : addresses)
            subnet192 = subnet192 || address.startsWith(QLatin1String("192.168."));
        const QList<TextArg> args = {TextArg::text(factsText::q(adapter.name)), TextArg::text(orNone(addresses))};
        finding.details.append(adapter.up ? LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "%1: connected, addresses %2"), args)
                                          : LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "%1: not connected, addresses %2"), args));
    }
    if (adapters == 0)
        return factsText::couldNotRead(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The wizard could not read the network adapters of this server: verify its network configuration yourself.")), facts);
    finding.status = ItemStatus::Pending;
    finding.measured = LocalizedText("Probes", QT_TRANSLATE_N_NOOP("Probes", "%n adapter(s) connected"), {}, connected);
    finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_N_NOOP("Probes", "%n network adapter(s); default gateways: %1; DNS servers: %2."),
                                          {TextArg::text(orNone(factsText::list(facts.network.gateways))), TextArg::text(orNone(factsText::list(facts.network.dnsServers)))}, adapters));
    if (subnet192)
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The local network uses a 192.168.x.x subnet, which the document recommends (but does not require) for the router.")));
    if (connected > 1)
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_N_NOOP("Probes", "%n adapters are connected. If any of them are teamed (NIC Teaming), note that the Windows Server Essentials networking wizards do not support it: team the Destination Server's adapters only after the installation."), {}, connected));
    finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "Verify this configuration, then mark the task done.")));
    return finding;
}

} // namespace prep
