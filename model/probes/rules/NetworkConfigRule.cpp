// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/rules/NetworkConfigRule.h"

#include "probes/helpers/FactsText.h"
#include "report/SafeText.h"

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
    factsText::CappedDetails lines(finding);
    for (const facts::AdapterFacts &adapter : facts.network.adapters) {
        if (adapter.loopback)
            continue;
        ++adapters;
        connected += adapter.up ? 1 : 0;
        QStringList addresses;
        for (const std::string &address : adapter.addresses) {
            subnet192 = subnet192 || address.rfind("192.168.", 0) == 0;
            if (addresses.size() < factsText::maxDetailLines)
                addresses.append(factsText::shown(address));
        }
        if (lines.full()) {
            lines.skip();
            continue;
        }
        const QList<TextArg> args = {TextArg::text(factsText::shown(adapter.name)), TextArg::text(SafeText::oneLine(orNone(addresses), 400))};
        lines.add(adapter.up ? LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "%1: connected, addresses %2"), args)
                                          : LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "%1: not connected, addresses %2"), args));
    }
    lines.finish();
    if (adapters == 0)
        return factsText::couldNotRead(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The wizard could not read the network adapters of this server: verify its network configuration yourself.")), facts);
    finding.status = ItemStatus::Pending;
    finding.measured = LocalizedText("Probes", QT_TRANSLATE_N_NOOP("Probes", "%n adapter(s) connected"), {}, connected);
    finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_N_NOOP("Probes", "%n network adapter(s); default gateways: %1; DNS servers: %2."),
                                          {TextArg::text(SafeText::oneLine(orNone(factsText::list(facts.network.gateways)), 400)), TextArg::text(SafeText::oneLine(orNone(factsText::list(facts.network.dnsServers)), 400))}, adapters));
    if (subnet192)
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The local network uses a 192.168.x.x subnet. Microsoft's system requirements for Windows Server Essentials (not the source documents) recommend, but do not require, such a subnet for the router.")));
    if (connected > 1)
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_N_NOOP("Probes", "%n adapters are connected. If any of them are teamed (NIC Teaming): Microsoft's system requirements for Windows Server Essentials (not the source documents) say its networking wizards do not support it; team the Destination Server's adapters only after the installation."), {}, connected));
    finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "Verify this configuration, then mark the task done.")));
    return finding;
}

} // namespace prep
