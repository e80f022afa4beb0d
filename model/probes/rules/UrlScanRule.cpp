// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/rules/UrlScanRule.h"

#include "probes/helpers/FactsText.h"
#include "probes/helpers/IniSections.h"

namespace prep {

namespace {
bool listsExe(const QStringList &extensions)
{
    return extensions.contains(QStringLiteral(".exe"), Qt::CaseInsensitive);
}
} // namespace

QString UrlScanRule::configurationPath(const QString &windowsFolder)
{
    return QStringLiteral("%1\\system32\\inetsrv\\urlscan\\urlscan.ini").arg(windowsFolder);
}

bool UrlScanRule::refusesExe(const QString &configuration)
{
    const IniSections ini(configuration);
    if (ini.value(QStringLiteral("Options"), QStringLiteral("UseAllowExtensions")) == QLatin1String("1"))
        return !listsExe(ini.lines(QStringLiteral("AllowExtensions")));
    return listsExe(ini.lines(QStringLiteral("DenyExtensions")));
}

Finding UrlScanRule::evaluate(const QString &path, const std::optional<QString> &configuration, const QString &error)
{
    Finding finding;
    const TextArg file = TextArg::text(path);
    if (!configuration) {
        finding.status = ItemStatus::Passed;
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "URLScan is not installed (there is no %1): it cannot block downloads."), {file}));
        return finding;
    }
    if (!error.isEmpty()) {
        finding.status = ItemStatus::Unknown;
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "%1 could not be read: %2"), {file, TextArg::text(error)}));
        return finding;
    }
    if (refusesExe(*configuration)) {
        finding.status = ItemStatus::Warning;
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "URLScan is installed and %1 refuses .exe files: after the upgrade, downloading Connection Manager from Remote Web Workplace fails with “404 File Not Found”. Remove URLScan from the default Web site, or allow .exe in its configuration."),
                                              {file}));
    } else {
        finding.status = ItemStatus::Passed;
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "URLScan is installed, and %1 allows .exe files."), {file}));
    }
    return finding;
}

Finding UrlScanRule::notHere(const facts::Facts &facts, bool snapshot)
{
    Finding finding;
    finding.status = ItemStatus::Unknown;
    if (snapshot && factsText::isWindows(facts))
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "URLScan's configuration is on the server itself, and a snapshot of %1 does not contain it."),
                                              {TextArg::text(factsText::q(facts.hostName))}));
    else
        finding.evidence.append(factsText::windowsOnly(facts));
    // What the rule would read, to be read by hand: the same file and sections as refusesExe().
    finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "On that server, open %1 in Notepad; if there is no such file, URLScan is not installed. URLScan refuses .exe files when its [DenyExtensions] section lists .exe, or when UseAllowExtensions=1 and its [AllowExtensions] section does not list .exe. Then mark this task done with a note of what you found."),
                                          {TextArg::text(configurationPath(QStringLiteral("%SystemRoot%")))}));
    return finding;
}

} // namespace prep
