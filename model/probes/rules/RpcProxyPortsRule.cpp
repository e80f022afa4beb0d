// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/rules/RpcProxyPortsRule.h"

#include "probes/helpers/FactsText.h"
#include "probes/rules/EssentialsEmailRule.h"

#include <algorithm>

namespace prep {

namespace {

// The ports of the task's own example (Microsoft: "remote.contoso.com:6001-6002;
// remote.contoso.com:6004"): the Exchange information store and its referral service.
constexpr int requiredPorts[] = {6001, 6002, 6004};

int port(const QString &text)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    return ok && value > 0 && value <= 65535 ? value : 0;
}

// Port numbers are names, not quantities: no digit grouping.
TextArg portText(int value)
{
    return TextArg::text(QString::number(value));
}

} // namespace

std::vector<RpcProxyPortsRule::Entry> RpcProxyPortsRule::parse(const QString &validPorts, QStringList *rejected)
{
    std::vector<Entry> entries;
    for (const QString &raw : validPorts.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        // The documents' copies put spaces inside names ("remote. contoso.com"); they mean nothing.
        QString item = raw;
        item.remove(QLatin1Char(' '));
        const qsizetype colon = item.lastIndexOf(QLatin1Char(':'));
        const QString host = item.left(colon);
        const QStringList range = item.mid(colon + 1).split(QLatin1Char('-'));
        Entry entry{host, port(range.value(0)), port(range.value(range.size() - 1))};
        if (colon <= 0 || range.size() > 2 || !entry.firstPort || !entry.lastPort || entry.lastPort < entry.firstPort) {
            if (rejected && !item.isEmpty())
                rejected->append(item);
            continue;
        }
        entries.push_back(entry);
    }
    return entries;
}

QStringList RpcProxyPortsRule::hostsWithAllPorts(const std::vector<Entry> &entries)
{
    QStringList hosts;
    for (const Entry &entry : entries) {
        if (hosts.contains(entry.host, Qt::CaseInsensitive))
            continue;
        const bool all = std::all_of(std::begin(requiredPorts), std::end(requiredPorts), [&](int wanted) {
            return std::any_of(entries.begin(), entries.end(), [&](const Entry &other) {
                return other.host.compare(entry.host, Qt::CaseInsensitive) == 0 && other.firstPort <= wanted && wanted <= other.lastPort;
            });
        });
        if (all)
            hosts.append(entry.host);
    }
    return hosts;
}

Finding RpcProxyPortsRule::evaluate(const facts::Facts &facts)
{
    if (!factsText::isWindows(facts))
        return factsText::notWindows(facts);
    Finding finding;
    if (!EssentialsEmailRule::hostsExchange(facts)) {
        finding.status = ItemStatus::NotApplicable;
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "No Exchange Server is installed on this server, so the Office 365 migration tool has nothing to connect to.")));
        return finding;
    }
    const QString value = factsText::q(facts.exchange.rpcProxyValidPorts);
    if (value.trimmed().isEmpty()) {
        finding.status = ItemStatus::Warning;
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The registry has no ValidPorts value under HKEY_LOCAL_MACHINE\\Software\\Microsoft\\Rpc\\RpcProxy: RPC over HTTP is not set up. Enable it as the steps say.")));
        return finding;
    }
    QStringList rejected;
    const auto entries = parse(value, &rejected);
    for (const Entry &entry : entries)
        finding.details.append(entry.firstPort == entry.lastPort
                                   ? LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "%1: port %2"), {TextArg::text(entry.host), portText(entry.firstPort)})
                                   : LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "%1: ports %2 to %3"), {TextArg::text(entry.host), portText(entry.firstPort), portText(entry.lastPort)}));
    for (const QString &item : rejected)
        finding.details.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "Not understood: %1"), {TextArg::text(item)}));

    // A fully qualified name has a dot; the NetBIOS name alone does not reach the server from outside.
    QStringList qualified;
    for (const QString &host : hostsWithAllPorts(entries)) {
        if (host.contains(QLatin1Char('.')))
            qualified.append(host);
    }
    if (qualified.isEmpty()) {
        finding.status = ItemStatus::Warning;
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "ValidPorts lists no fully qualified server name with ports 6001-6002 and 6004. Add the server's name, for example remote.contoso.com:6001-6002;remote.contoso.com:6004.")));
    } else {
        finding.status = ItemStatus::Passed;
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "ValidPorts lists %1 with ports 6001-6002 and 6004."), {TextArg::text(qualified.join(QStringLiteral(", ")))}));
    }
    return finding;
}

} // namespace prep
