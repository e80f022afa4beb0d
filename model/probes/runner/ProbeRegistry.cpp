// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/runner/ProbeRegistry.h"

#include "catalog/Catalog.h"
#include "catalog/TaskIds.h"
#include "probes/helpers/FactsText.h"
#include "probes/helpers/WindowsTextFile.h"
#include "probes/net/ReachabilityCheck.h"
#include "probes/net/SntpClient.h"
#include "probes/rules/ActiveDirectoryConnectorRule.h"
#include "probes/rules/BackupScopeRule.h"
#include "probes/rules/BestPracticesAnalyzerRule.h"
#include "probes/rules/BiosAgeRule.h"
#include "probes/rules/DisconnectInternetRule.h"
#include "probes/rules/DiskCleanupRule.h"
#include "probes/rules/DiskUtilitiesRule.h"
#include "probes/rules/EssentialsEmailRule.h"
#include "probes/rules/Exchange2003PrerequisitesRule.h"
#include "probes/rules/ExchangeFirstRule.h"
#include "probes/rules/FreeDiskRule.h"
#include "probes/rules/HardwareCatalogRule.h"
#include "probes/rules/HardwareRequirementsRule.h"
#include "probes/rules/InstalledProgramsRule.h"
#include "probes/rules/InternetInfoRule.h"
#include "probes/rules/LocalSystemServicesRule.h"
#include "probes/rules/LogonAsServiceRule.h"
#include "probes/rules/NetworkConfigRule.h"
#include "probes/rules/NtfsSystemDriveRule.h"
#include "probes/rules/PathEvidenceRule.h"
#include "probes/rules/RestoreServicesRule.h"
#include "probes/rules/RpcProxyPortsRule.h"
#include "probes/rules/ServicePackRule.h"
#include "probes/rules/ServiceSightingRule.h"
#include "probes/rules/SiteServerRule.h"
#include "probes/rules/SystemLanguageRule.h"
#include "probes/rules/TimeSyncRule.h"
#include "probes/rules/UrlScanRule.h"
#include "probes/rules/UsersLogoffRule.h"
#include "probes/rules/VirusScanRule.h"
#include "probes/runner/LiveFacts.h"
#include "probes/runner/ProbeSettings.h"
#include "probes/services/RecordedStartTypes.h"

#include <QSysInfo>

#include <algorithm>

namespace prep {

namespace {

using Areas = std::vector<FactsArea>;

// The catalog figures the probes ask for (Probe::thresholds).
constexpr const char *minFreeBytes = "minFreeBytes";
constexpr const char *maxBiosAgeYears = "maxBiosAgeYears";
constexpr const char *connectTimeoutMs = "connectTimeoutMs";
constexpr const char *maxOffsetSeconds = "maxOffsetSeconds";

// A catalog without the figure is a defect of the data, not of this computer: say so.
ProbeOutput missingThreshold(const char *key)
{
    Finding finding;
    finding.status = ItemStatus::Unknown;
    finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The catalog has no figure “%1” for this check, so it cannot decide."),
                                          {TextArg::text(QLatin1String(key))}));
    return {finding, {}};
}

ProbeOutput freeDisk(const ProbeInput &in)
{
    // The figure is given for some paths only (Small Business Server 2000: 2 GB); on a path whose
    // document gives none, the rule reports the free space for the operator to compare.
    const auto minFree = in.threshold(minFreeBytes);
    if (!minFree && !in.path)
        return missingThreshold(minFreeBytes);
    return {FreeDiskRule::evaluate(in.facts->read({FactsArea::Volumes}), in.setupFolder, minFree), {}};
}

ProbeOutput hardwareRequirements(const ProbeInput &in)
{
    HardwareRequirementsRule::Target target;
    target.name = in.targetName;
    if (in.path) {
        if (in.path->requirementTable)
            target.table = Catalog::instance().requirementTable(QLatin1String(in.path->requirementTable));
        target.newComputer = in.path->verdict == Verdict::Migration;
    }
    // A migration's figures are the Destination's: from its snapshot, when there is one.
    const std::shared_ptr<const FactsSource> destination = in.settings ? in.settings->destinationFacts : nullptr;
    target.factsOfDestination = target.newComputer && destination;
    const FactsSource &source = target.factsOfDestination ? *destination : *in.facts;
    const Areas areas = {FactsArea::Cpu, FactsArea::Memory, FactsArea::Volumes, FactsArea::Virtualization};
    return {HardwareRequirementsRule::evaluate(source.read(areas), target), {}};
}

ProbeOutput ntfsSystemDrive(const ProbeInput &in)
{
    return {NtfsSystemDriveRule::evaluate(in.facts->read({FactsArea::Volumes})), {}};
}

ProbeOutput biosAge(const ProbeInput &in)
{
    const auto maxAge = in.threshold(maxBiosAgeYears);
    if (!maxAge)
        return missingThreshold(maxBiosAgeYears);
    return {BiosAgeRule::evaluate(in.facts->read({FactsArea::Firmware, FactsArea::Virtualization}), in.now, *maxAge), {}};
}

ProbeOutput localSystemServices(const ProbeInput &in)
{
    const facts::Facts facts = in.facts->read({FactsArea::Services});
    return {LocalSystemServicesRule::evaluate(facts), LocalSystemServicesRule::startTypesToRecord(facts)};
}

ProbeOutput diskUtilities(const ProbeInput &in)
{
    return {DiskUtilitiesRule::evaluate(in.facts->read({FactsArea::Processes, FactsArea::Services})), {}};
}

ProbeOutput usersLogoff(const ProbeInput &in)
{
    return {UsersLogoffRule::evaluate(in.facts->read({FactsArea::Sessions}), in.currentUser), {}};
}

ProbeOutput internetInfo(const ProbeInput &in)
{
    return InternetInfoRule::evaluate(in.facts->read({FactsArea::Network}));
}

ProbeOutput disconnectInternet(const ProbeInput &in)
{
    if (in.facts->isSnapshot())
        return {DisconnectInternetRule::onSnapshot(in.facts->read({})), {}};
    const auto connectTimeout = in.threshold(connectTimeoutMs);
    if (!connectTimeout)
        return missingThreshold(connectTimeoutMs);
    const int waitMs = in.waitBudgetMs(static_cast<int>(*connectTimeout));
    const ProbeSettings &settings = *in.settings;
    const ReachabilityResult result =
        ReachabilityCheck::connect(settings.internetHost, settings.internetPort, waitMs, in.cancelled.get());
    return {DisconnectInternetRule::evaluate(result, settings.internetHost, settings.internetPort, waitMs), {}};
}

QString serverLabel(const QString &host, quint16 port)
{
    const QString shown = host.contains(u':') ? QStringLiteral("[%1]").arg(host) : host;
    return port == 123 ? shown : QStringLiteral("%1:%2").arg(shown).arg(port);
}

// net.time-sync (docs/clock.md): the Source's clock and the Destination's, against one reference.
ProbeOutput timeSync(const ProbeInput &in)
{
    const auto maxOffset = in.threshold(maxOffsetSeconds);
    if (!maxOffset)
        return missingThreshold(maxOffsetSeconds);
    const ProbeSettings &settings = *in.settings;
    using Role = ClockReading::Role;
    const QString here = QSysInfo::machineHostName();
    const bool askSource = !settings.sourceTimeHost.isEmpty();
    const bool askDestination = !settings.destinationTimeHost.isEmpty();
    const bool askServer = !askSource && !in.facts->isSnapshot();
    // The queries share the probe's time limit.
    const int queries = int(askSource) + int(askDestination) + int(askServer);
    const int waitedMs = in.waitBudgetMs(settings.networkTimeLimitMs) / std::max(queries, 1);
    const auto ask = [&](const QString &host, quint16 port) {
        return SntpClient::query(host, port, waitedMs, in.cancelled.get());
    };
    const auto now = [] { return QDateTime::currentDateTimeUtc(); };

    // The Source: the checklist's machine.
    const facts::Facts checked = in.facts->read({FactsArea::Network, FactsArea::Clock, FactsArea::Virtualization});
    ClockReading source;
    if (askSource) {
        const QString name = in.facts->isSnapshot() ? factsText::q(checked.hostName) : settings.sourceTimeHost;
        source = ClockReading::ofTimeService(Role::Source, name, serverLabel(settings.sourceTimeHost, settings.sourceTimePort), here, ask(settings.sourceTimeHost, settings.sourceTimePort),
                                             waitedMs, now());
        if (in.facts->isSnapshot())
            source.describe(checked);
    } else if (in.facts->isSnapshot()) {
        source = ClockReading::ofSnapshot(Role::Source, checked);
    } else {
        const QString server = serverLabel(settings.ntpHost, settings.ntpPort);
        // This computer's facts carry its name with the network area.
        const std::string &name = checked.hostName.empty() ? checked.network.hostName : checked.hostName;
        source = ClockReading::ofThisComputer(Role::Source, factsText::q(name), server,
                                              ask(settings.ntpHost, settings.ntpPort), waitedMs, now());
        source.describe(checked);
    }

    // The Destination: its time service, its snapshot, or this computer when the Source's time
    // service was asked from here.
    ClockReading destination;
    destination.role = Role::Destination;
    const facts::Facts destinationFacts = settings.destinationFacts ? settings.destinationFacts->read({}) : facts::Facts();
    if (askDestination) {
        const QString name = settings.destinationFacts ? factsText::q(destinationFacts.hostName) : settings.destinationTimeHost;
        destination = ClockReading::ofTimeService(Role::Destination, name, serverLabel(settings.destinationTimeHost, settings.destinationTimePort), here,
                                                  ask(settings.destinationTimeHost, settings.destinationTimePort), waitedMs, now());
        if (settings.destinationFacts)
            destination.describe(destinationFacts);
    } else if (settings.destinationFacts) {
        destination = ClockReading::ofSnapshot(Role::Destination, destinationFacts);
    } else if (askSource) {
        destination = ClockReading::ofReference(Role::Destination, here, now());
        destination.describe(LiveFacts().read({FactsArea::Clock, FactsArea::Virtualization}));
    }
    return {TimeSyncRule::compare(source, destination, *maxOffset), {}};
}

ProbeOutput exchangeFirst(const ProbeInput &in)
{
    return {ExchangeFirstRule::evaluate(in.facts->read({FactsArea::Os, FactsArea::Exchange})), {}};
}

ProbeOutput exchange2003Prerequisites(const ProbeInput &in)
{
    const Areas areas = {FactsArea::Os, FactsArea::Volumes, FactsArea::Services, FactsArea::Programs, FactsArea::Exchange};
    return {Exchange2003PrerequisitesRule::evaluate(in.facts->read(areas)), {}};
}

ProbeOutput essentialsEmail(const ProbeInput &in)
{
    return {EssentialsEmailRule::evaluate(in.facts->read({FactsArea::Services, FactsArea::Exchange})), {}};
}

ProbeOutput rpcProxyPorts(const ProbeInput &in)
{
    return {RpcProxyPortsRule::evaluate(in.facts->read({FactsArea::Services, FactsArea::Exchange})), {}};
}

// The Group Policy and URLScan files are not facts a snapshot carries: they are read here, on the
// Windows server itself.
ProbeOutput logonAsService(const ProbeInput &in)
{
    const facts::Facts facts = in.facts->read({FactsArea::Network});
    if (in.facts->isSnapshot() || facts.platform != "windows" || facts.network.domain.empty())
        return {LogonAsServiceRule::notHere(facts, in.facts->isSnapshot()), {}};
    return {LogonAsServiceRule::evaluate(LogonAsServiceRule::read(QString::fromStdString(facts.network.domain))), {}};
}

ProbeOutput urlScan(const ProbeInput &in)
{
    const facts::Facts facts = in.facts->read({});
    if (in.facts->isSnapshot() || facts.platform != "windows")
        return {UrlScanRule::notHere(facts, in.facts->isSnapshot()), {}};
    const QString windowsFolder = qEnvironmentVariable("SystemRoot", qEnvironmentVariable("windir"));
    const QString path = UrlScanRule::configurationPath(windowsFolder);
    QString error;
    const std::optional<QString> configuration = WindowsTextFile::read(path, &error);
    return {UrlScanRule::evaluate(path, configuration, error), {}};
}

ProbeOutput restoreServices(const ProbeInput &in)
{
    return {RestoreServicesRule::evaluate(in.facts->read({FactsArea::Services}), RecordedStartTypes::read(in.formValues)), {}};
}

// Evidence for assisted tasks (issue 17): what the facts show, for the operator to act on.
ProbeOutput pathEvidence(const ProbeInput &in)
{
    return {PathEvidenceRule::evaluate(in.facts->read({FactsArea::Os, FactsArea::Exchange}), in.path), {}};
}

ProbeOutput systemLanguage(const ProbeInput &in)
{
    return {SystemLanguageRule::evaluate(in.facts->read({FactsArea::Os})), {}};
}

ProbeOutput virusScan(const ProbeInput &in)
{
    return {VirusScanRule::evaluate(in.facts->read({FactsArea::Volumes, FactsArea::Exchange})), {}};
}

ProbeOutput backupScope(const ProbeInput &in)
{
    const Areas areas = {FactsArea::Volumes, FactsArea::Exchange, FactsArea::Services, FactsArea::Processes};
    return {BackupScopeRule::evaluate(in.facts->read(areas)), {}};
}

ProbeOutput servicePack(const ProbeInput &in)
{
    return {ServicePackRule::evaluate(in.facts->read({FactsArea::Os}), in.path ? QLatin1String(in.path->id) : QString()), {}};
}

ProbeOutput applicationCompatibility(const ProbeInput &in)
{
    return {InstalledProgramsRule::compatibility(in.facts->read({FactsArea::Programs})), {}};
}

ProbeOutput lineOfBusiness(const ProbeInput &in)
{
    return {InstalledProgramsRule::lineOfBusiness(in.facts->read({FactsArea::Programs})), {}};
}

ProbeOutput bestPracticesAnalyzer(const ProbeInput &in)
{
    return {BestPracticesAnalyzerRule::evaluate(in.facts->read({FactsArea::Programs})), {}};
}

ProbeOutput hardwareCatalog(const ProbeInput &in)
{
    const Areas areas = {FactsArea::Cpu, FactsArea::Memory, FactsArea::Firmware, FactsArea::Network, FactsArea::Virtualization};
    return {HardwareCatalogRule::evaluate(in.facts->read(areas)), {}};
}

ProbeOutput diskCleanup(const ProbeInput &in)
{
    return {DiskCleanupRule::evaluate(in.facts->read({FactsArea::Volumes, FactsArea::Exchange})), {}};
}

ProbeOutput networkConfig(const ProbeInput &in)
{
    return {NetworkConfigRule::evaluate(in.facts->read({FactsArea::Network})), {}};
}

ProbeOutput siteServer(const ProbeInput &in)
{
    return {SiteServerRule::evaluate(in.facts->read({FactsArea::Programs, FactsArea::Services})), {}};
}

ProbeOutput faxService(const ProbeInput &in)
{
    return {ServiceSightingRule::fax(in.facts->read({FactsArea::Services})), {}};
}

ProbeOutput activeDirectoryConnector(const ProbeInput &in)
{
    return {ActiveDirectoryConnectorRule::evaluate(in.facts->read({FactsArea::Services, FactsArea::Exchange})), {}};
}

ProbeOutput pop3Connector(const ProbeInput &in)
{
    return {ServiceSightingRule::pop3Connector(in.facts->read({FactsArea::Services})), {}};
}

ProbeOutput pop3ConnectorAfterMigration(const ProbeInput &in)
{
    return {ServiceSightingRule::pop3ConnectorAfterMigration(in.facts->read({FactsArea::Services})), {}};
}

} // namespace

const std::vector<Probe> &ProbeRegistry::all()
{
    using R = ProbeReach;
    static const std::vector<Probe> probes = {
        {taskid::pre::pathCheck, R::Local, pathEvidence},
        {taskid::pre::international, R::Local, systemLanguage},
        {taskid::data::virusScan, R::Local, virusScan},
        {taskid::data::fullBackup, R::Local, backupScope},
        {taskid::data::backupAfterPrep, R::Local, backupScope},
        {taskid::os::updates, R::Local, servicePack},
        {taskid::os::appCompat, R::Local, applicationCompatibility},
        {taskid::os::bpa, R::Local, bestPracticesAnalyzer},
        {taskid::os::stopLocalsystemServices, R::Local, localSystemServices},
        {taskid::os::logonAsServiceGpo, R::Local, logonAsService},
        {taskid::os::disableDiskUtilities, R::Local, diskUtilities},
        {taskid::os::ntfsSystemDrive, R::Local, ntfsSystemDrive},
        {taskid::hw::requirements, R::Local, hardwareRequirements},
        {taskid::hw::driversBios, R::Local, biosAge, {maxBiosAgeYears}},
        {taskid::hw::freeDisk, R::Local, freeDisk, {minFreeBytes}},
        {taskid::hw::compat, R::Local, hardwareCatalog},
        {taskid::hw::diskCleanupDefrag, R::Local, diskCleanup},
        {taskid::net::internetInfo, R::Local, internetInfo},
        {taskid::net::usersLogoff, R::Local, usersLogoff},
        {taskid::net::disconnectInternet, R::Network, disconnectInternet, {connectTimeoutMs}},
        {taskid::net::timeSync, R::Network, timeSync, {maxOffsetSeconds}},
        {taskid::net::networkConfig, R::Local, networkConfig},
        {taskid::app::lobPlan, R::Local, lineOfBusiness},
        {taskid::app::bo45SiteServer, R::Local, siteServer},
        {taskid::app::faxService, R::Local, faxService},
        {taskid::mail::exchangeFirst, R::Local, exchangeFirst},
        {taskid::mail::adcDcUpgrade, R::Local, activeDirectoryConnector},
        {taskid::mail::ex2003Prereqs, R::Local, exchange2003Prerequisites},
        {taskid::mail::essentialsNoExchange, R::Local, essentialsEmail},
        {taskid::mail::rpcOverHttp, R::Local, rpcProxyPorts},
        {taskid::mail::onpremExchange, R::Local, pop3ConnectorAfterMigration},
        {taskid::post::pop3RouterTrigger, R::Local, pop3Connector},
        {taskid::post::urlscanExe, R::Local, urlScan},
        {taskid::post::restoreServices, R::Local, restoreServices},
    };
    return probes;
}

} // namespace prep
