// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The order in which the documents have the operator do the tasks, per upgrade path, declared once
// here. The wizard's pages stay by area (Data, Operating system, Hardware, Network); the Summary
// page and every report list this sequence, each step with its task.
//
// - S000 (Small Business Server 2000) numbers its steps: Disk Cleanup and Disk Defragmenter (step
//   3) before the virus scan of the day or evening before (step 8), the backup and its test; then
//   users log off, they are notified, the Internet is disconnected, the services that run as Local
//   System are stopped, disk utilities and agents are turned off, and Setup runs.
// - S001 (Windows Small Business Server 2003) gives its tasks by area, in this order: data (the
//   virus scan "el día o la noche antes", the backup, its test), operating system (stop the Local
//   System services, turn off disk tools), hardware (Disk Cleanup and Defragmenter), network
//   (notify the users, then have them log off; "asegurarse de que el servidor no está conectado
//   antes de instalar la actualización"). Its order is that reading order.
// - S002 (Exchange 2000): back up, then the Exchange 2003 upgrade, then Windows Server 2003; the
//   Exchange 2003 features that need Windows Server 2003 wait until it is set up.
// - S003 (BackOffice) gives only the order of the stages (4.5 first, then Windows Server 2003),
//   which the path's steps show: no order of tasks.
// - S004 (Windows Server Essentials) numbers its steps: back up and verify, service packs, the Log
//   on as a service setting, the health of the server (updates, health report, Best Practices
//   Analyzer, time), the line-of-business plan; then the email plan, and a backup of the updated
//   server before the migration goes on.

#include "catalog/Catalog.h"
#include "catalog/TaskIds.h"

#include <cstring>
#include <utility>

namespace prep {

void applyPathOrders(std::vector<UpgradePath> &paths, const std::vector<Task> &tasks)
{
    using namespace taskid;
    static const TaskOrder sbs2000{
        OrderKind::LastDays,
        {hw::diskCleanupDefrag, data::virusScan, data::fullBackup, data::verifyBackup, net::usersLogoff,
         net::notifyUsers, net::disconnectInternet, os::stopLocalsystemServices, os::disableDiskUtilities},
        QT_TRANSLATE_NOOP("Catalog", "Run Windows Small Business Server 2003 Setup, following Chapter 3C, “Upgrade Small Business Server 2000,” of Getting Started."),
        QT_TRANSLATE_NOOP("Catalog", "Before Upgrading Small Business Server 2000 (Microsoft): the order of its numbered steps")};
    static const TaskOrder sbs2003{
        OrderKind::LastDays,
        {data::virusScan, data::fullBackup, data::verifyBackup, os::stopLocalsystemServices, os::disableDiskUtilities,
         hw::diskCleanupDefrag, net::notifyUsers, net::usersLogoff, net::disconnectInternet},
        QT_TRANSLATE_NOOP("Catalog", "Run the upgrade."),
        QT_TRANSLATE_NOOP("Catalog", "Windows Small Business Server 2003 Upgrade Best Practices (Microsoft): the order of its sections (data, operating system, hardware, network) and of the tasks in each")};
    static const TaskOrder exchange2000{
        OrderKind::Stages,
        {data::fullBackup, mail::exchangeFirst, mail::ws2003FeaturesDefer},
        nullptr,
        QT_TRANSLATE_NOOP("Catalog", "“How to migrate to Exchange Server 2003” (Serdar Yegulalp): first back up, second the Exchange 2003 upgrade, finally Windows Server 2003; the features that need it wait until it is set up")};
    static const TaskOrder essentials{
        OrderKind::Preparation,
        {data::fullBackup, data::verifyBackup, os::updates, os::logonAsServiceGpo, os::healthReport, os::bpa,
         net::timeSync, app::lobPlan, mail::essentialsNoExchange, mail::o365, mail::rpcOverHttp,
         mail::onpremExchange, data::backupAfterPrep},
        QT_TRANSLATE_NOOP("Catalog", "Go on to “Step 2: Install Windows Server Essentials as a new replica domain controller”."),
        QT_TRANSLATE_NOOP("Catalog", "“Step 1: Prepare your Source Server for Windows Server Essentials migration” (Microsoft): the order of its numbered steps and sections")};

    static const std::pair<const char *, const TaskOrder *> orders[] = {
        {"sbs2000-to-sbs2003", &sbs2000},
        {"sbs2003-upgrade", &sbs2003},
        {"exchange2000-to-exchange2003", &exchange2000},
        {"sbs2003-to-essentials", &essentials},
        {"sbs2008-to-essentials", &essentials},
        {"sbs2011-to-essentials", &essentials},
        {"ws2003-to-essentials", &essentials},
        {"sbs2011essentials-to-essentials", &essentials},
        {"ws2008foundation-to-essentials", &essentials},
        {"wse-to-essentials", &essentials},
        {"ws2012-to-essentials", &essentials},
    };
    // One declaration serves the paths of one document: a task the path does not have (the Log on
    // as a service setting on a server without it) is left out of that path's order. An id the
    // catalog does not know is kept, for tst_catalogintegrity to name.
    const auto skipped = [&tasks](const char *taskId, const char *pathId) {
        for (const Task &task : tasks) {
            if (std::strcmp(task.id, taskId) == 0)
                return !task.appliesTo(QLatin1String(pathId));
        }
        return false;
    };
    for (UpgradePath &path : paths) {
        for (const auto &[id, order] : orders) {
            if (std::strcmp(path.id, id) != 0)
                continue;
            path.order = *order;
            path.order.tasks.clear();
            for (const char *taskId : order->tasks) {
                if (!skipped(taskId, path.id))
                    path.order.tasks.push_back(taskId);
            }
        }
    }
}

QString orderKindId(OrderKind kind)
{
    switch (kind) {
    case OrderKind::LastDays:
        return QStringLiteral("last-days");
    case OrderKind::Stages:
        return QStringLiteral("stages");
    case OrderKind::Preparation:
        return QStringLiteral("preparation");
    }
    return QString();
}

QString orderTitle(OrderKind kind)
{
    switch (kind) {
    case OrderKind::LastDays:
        return catalogText(QT_TRANSLATE_NOOP("Catalog", "Day of the upgrade"));
    case OrderKind::Stages:
        return catalogText(QT_TRANSLATE_NOOP("Catalog", "Order of the upgrade"));
    case OrderKind::Preparation:
        return catalogText(QT_TRANSLATE_NOOP("Catalog", "Order of the preparation"));
    }
    return QString();
}

QString orderIntro(OrderKind kind)
{
    switch (kind) {
    case OrderKind::LastDays:
        return catalogText(QT_TRANSLATE_NOOP("Catalog", "Do the other tasks of the checklist first. Then, on the last days before the upgrade, do these tasks in this order, as the document gives it:"));
    case OrderKind::Stages:
        return catalogText(QT_TRANSLATE_NOOP("Catalog", "The upgrade has stages; do these tasks in this order, as the document gives it:"));
    case OrderKind::Preparation:
        return catalogText(QT_TRANSLATE_NOOP("Catalog", "Do these tasks in this order, as the document gives it:"));
    }
    return QString();
}

} // namespace prep
