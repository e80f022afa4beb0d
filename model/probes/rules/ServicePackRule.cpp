// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/rules/ServicePackRule.h"

#include "probes/helpers/FactsText.h"

namespace prep {

int ServicePackRule::servicePack(const QString &version)
{
    // Read by hand, not with QRegularExpression: rules run on worker threads, and a regular
    // expression matched there left prepwizard.exe hanging at exit under Wine, one run in two.
    const QLatin1String words("Service Pack ");
    const qsizetype at = version.indexOf(words, 0, Qt::CaseInsensitive);
    if (at < 0)
        return 0;
    int pack = 0;
    for (qsizetype i = at + words.size(); i < version.size() && version.at(i).isDigit() && pack < 1000; ++i)
        pack = pack * 10 + version.at(i).digitValue();
    return pack;
}

Finding ServicePackRule::evaluate(const facts::Facts &facts, const QString &pathId)
{
    if (facts.os.name.empty() && facts.os.version.empty())
        return factsText::couldNotRead(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The wizard could not read the version of the operating system, so it cannot say which service pack is installed.")), facts);
    const QString name = factsText::shown(facts.os.name);
    const QString version = factsText::shown(facts.os.version);
    const TextArg system = TextArg::text(QStringLiteral("%1 %2").arg(name, version).trimmed());
    Finding finding;
    finding.status = ItemStatus::Pending;
    if (factsText::isWindows(facts)) {
        const int pack = servicePack(version);
        if (pack > 0) {
            finding.measured = LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "Service Pack %1"), {TextArg::integer(pack)});
            finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The server runs %1: Service Pack %2 is installed."), {system, TextArg::integer(pack)}));
        } else {
            finding.measured = LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "no service pack"));
            finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The server runs %1, with no service pack installed."), {system}));
        }
        // Microsoft Knowledge Base article 932600 (the task's step): an evaluation version of Windows
        // SBS 2003 with Windows Server 2003 SP2 stops the upgrade to the retail version.
        if (pathId == QLatin1String("sbs2003-upgrade") && pack >= 2 && name.contains(QLatin1String("Small Business Server 2003"), Qt::CaseInsensitive))
            finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "If this is the evaluation version of Windows Small Business Server 2003 and you are upgrading it to the full retail version, remove Service Pack 2 before the upgrade.")));
        // The collector reads Windows's own service pack; SBS 2000 SP1 is a separate product update.
        if (pathId == QLatin1String("sbs2000-to-sbs2003"))
            finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "This is the service pack of Windows 2000 Server, not Small Business Server 2000 Service Pack 1: that one is the task “Confirm that Small Business Server 2000 Service Pack 1 is installed”.")));
    } else {
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The server runs %1."), {system}));
    }
    finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "Which updates are still missing only Windows Update can tell: install all required updates and service packs, then mark the task done.")));
    return finding;
}

} // namespace prep
