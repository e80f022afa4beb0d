// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/rules/LogonAsServiceRule.h"

#include "probes/helpers/FactsText.h"
#include "probes/helpers/IniSections.h"
#include "probes/helpers/WindowsTextFile.h"

#include <QFileInfo>

namespace prep {

namespace {
// The well-known GUID of the Default Domain Controllers Policy.
const QString defaultDomainControllersPolicy = QStringLiteral("{6AC1786C-016F-11D2-945F-00C04fB984F9}");
} // namespace

LogonAsServiceRule::Files LogonAsServiceRule::locate(const QString &domain)
{
    Files files;
    files.policyPath = QStringLiteral("\\\\%1\\SYSVOL\\%1\\Policies\\%2\\MACHINE\\Microsoft\\Windows NT\\SecEdit\\GptTmpl.inf")
                           .arg(domain, defaultDomainControllersPolicy);
    files.scriptPath = QStringLiteral("\\\\localhost\\SYSVOL\\%1\\scripts\\SBS_LOGIN_SCRIPT.bat").arg(domain);
    return files;
}

LogonAsServiceRule::Files LogonAsServiceRule::read(const QString &domain)
{
    Files files = locate(domain);
    files.policy = WindowsTextFile::read(files.policyPath, &files.policyError);
    files.scriptExists = QFileInfo::exists(files.scriptPath);
    return files;
}

Finding LogonAsServiceRule::evaluate(const Files &files)
{
    Finding finding;
    if (!files.policy || !files.policyError.isEmpty()) {
        finding.status = ItemStatus::Unknown;
        if (files.policy)
            finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The Default Domain Controllers Policy (%1) could not be read: %2"),
                                                  {TextArg::text(files.policyPath), TextArg::text(files.policyError)}));
        else
            finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The Default Domain Controllers Policy was not found at %1. Is this server the domain controller?"),
                                                  {TextArg::text(files.policyPath)}));
        return finding;
    }
    const IniSections policy(*files.policy);
    const bool defined = policy.hasKey(QStringLiteral("Privilege Rights"), QStringLiteral("SeServiceLogonRight"));
    if (defined)
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The Default Domain Controllers Policy defines “Log on as a service” (for %1). Clear “Define these policy settings” as the steps say."),
                                              {TextArg::text(policy.value(QStringLiteral("Privilege Rights"), QStringLiteral("SeServiceLogonRight")))}));
    else
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The Default Domain Controllers Policy does not define “Log on as a service”.")));
    if (files.scriptExists)
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "%1 still exists: delete it."), {TextArg::text(files.scriptPath)}));
    else
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "%1 does not exist."), {TextArg::text(files.scriptPath)}));
    finding.status = defined || files.scriptExists ? ItemStatus::Blocker : ItemStatus::Passed;
    return finding;
}

Finding LogonAsServiceRule::notHere(const facts::Facts &facts, bool snapshot)
{
    Finding finding;
    finding.status = ItemStatus::Unknown;
    if (snapshot && factsText::isWindows(facts))
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The Group Policy files are in SYSVOL on the server itself, and a snapshot of %1 does not contain them. On that server, follow the steps of this task, and then mark it done with a note of what you found.")
                                              , {TextArg::text(factsText::q(facts.hostName))}));
    else if (!factsText::isWindows(facts))
        finding.evidence.append(factsText::windowsOnly(facts));
    else
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The DNS domain of this server is not known, so its SYSVOL folder cannot be found.")));
    return finding;
}

} // namespace prep
