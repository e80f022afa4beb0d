// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1String>
#include <QString>

namespace prep {

// A task's stable id ("hw.free-disk": its category's prefix, a dot, a name): the word the session,
// the JSON report and scripts use. Each id is spelled once, below; code names the constant, so a
// typo does not compile instead of silently matching no task (tests/tst_taskidliterals.cpp keeps
// it so).
// It is the `const char *` of the catalog's data and the QString the model, probes and widgets take.
class TaskId
{
public:
    constexpr explicit TaskId(const char *id) noexcept : m_id(id) {}

    constexpr const char *c_str() const noexcept { return m_id; }
    constexpr operator const char *() const noexcept { return m_id; }
    QString toString() const { return QString::fromLatin1(m_id); }
    operator QString() const { return toString(); }

    // The key of one of the task's form values in the session: "net.internet-info/isp".
    QString formKey(const char *field) const { return toString() + u'/' + QLatin1String(field); }

private:
    const char *m_id;
};

// Every task of the catalog, by category, in catalog order (CatalogTasks.cpp).
namespace taskid {

namespace pre { // Before you start
inline constexpr TaskId pathCheck{"pre.path-check"};
inline constexpr TaskId readGuide{"pre.read-guide"};
inline constexpr TaskId international{"pre.international"};
} // namespace pre

namespace data { // Data
inline constexpr TaskId virusScan{"data.virus-scan"};
inline constexpr TaskId fullBackup{"data.full-backup"};
inline constexpr TaskId verifyBackup{"data.verify-backup"};
inline constexpr TaskId backupAfterPrep{"data.backup-after-prep"};
} // namespace data

namespace os { // Operating system
inline constexpr TaskId sbs2000Sp1{"os.sbs2000-sp1"};
inline constexpr TaskId updates{"os.updates"};
inline constexpr TaskId appCompat{"os.app-compat"};
inline constexpr TaskId stopLocalsystemServices{"os.stop-localsystem-services"};
inline constexpr TaskId disableDiskUtilities{"os.disable-disk-utilities"};
inline constexpr TaskId logonAsServiceGpo{"os.logon-as-service-gpo"};
inline constexpr TaskId bpa{"os.bpa"};
inline constexpr TaskId healthReport{"os.health-report"};
inline constexpr TaskId ntfsSystemDrive{"os.ntfs-system-drive"};
} // namespace os

namespace hw { // Hardware
inline constexpr TaskId requirements{"hw.requirements"};
inline constexpr TaskId compat{"hw.compat"};
inline constexpr TaskId driversBios{"hw.drivers-bios"};
inline constexpr TaskId freeDisk{"hw.free-disk"};
inline constexpr TaskId diskCleanupDefrag{"hw.disk-cleanup-defrag"};
} // namespace hw

namespace net { // Network
inline constexpr TaskId internetInfo{"net.internet-info"};
inline constexpr TaskId usersLogoff{"net.users-logoff"};
inline constexpr TaskId notifyUsers{"net.notify-users"};
inline constexpr TaskId disconnectInternet{"net.disconnect-internet"};
inline constexpr TaskId timeSync{"net.time-sync"};
inline constexpr TaskId networkConfig{"net.network-config"};
} // namespace net

namespace app { // Applications
inline constexpr TaskId lobPlan{"app.lob-plan"};
inline constexpr TaskId bo45SiteServer{"app.bo45-site-server"};
inline constexpr TaskId bo45WebAdmin{"app.bo45-web-admin"};
inline constexpr TaskId faxService{"app.fax-service"};
inline constexpr TaskId bo40Uninstall{"app.bo40-uninstall"};
inline constexpr TaskId bo40ServerApplications{"app.bo40-server-applications"};
} // namespace app

namespace mail { // Email
inline constexpr TaskId exchangeFirst{"mail.exchange-first"};
inline constexpr TaskId adcDcUpgrade{"mail.adc-dc-upgrade"};
inline constexpr TaskId ws2003FeaturesDefer{"mail.ws2003-features-defer"};
inline constexpr TaskId ex2003Prereqs{"mail.ex2003-prereqs"};
inline constexpr TaskId essentialsNoExchange{"mail.essentials-no-exchange"};
inline constexpr TaskId o365{"mail.o365"};
inline constexpr TaskId rpcOverHttp{"mail.rpc-over-http"};
inline constexpr TaskId onpremExchange{"mail.onprem-exchange"};
} // namespace mail

namespace post { // After the upgrade
inline constexpr TaskId pop3RouterTrigger{"post.pop3-router-trigger"};
inline constexpr TaskId urlscanExe{"post.urlscan-exe"};
inline constexpr TaskId restoreServices{"post.restore-services"};
} // namespace post
} // namespace taskid

} // namespace prep
