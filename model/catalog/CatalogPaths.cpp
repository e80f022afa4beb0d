// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The upgrade paths and the hardware requirement tables, each with the document it comes from.
// Every text is marked with QT_TRANSLATE_NOOP("Catalog", ...) and translated when shown.

#include "catalog/Catalog.h"
#include "catalog/TaskIds.h"

#include <QCoreApplication>

#include <cstring>
#include <utility>

namespace prep {

std::vector<UpgradePath> catalogPaths()
{
    // Texts shared by several paths.
    static const char *const backOfficeSupport = QT_TRANSLATE_NOOP(
        "Catalog", "For the latest information about upgrading BackOffice Server to Windows Server 2003, visit online product support at http://www.microsoft.com/isapi/redir.dll?prd=support&sbp=portal.");
    static const char *const backOfficeInternational = QT_TRANSLATE_NOOP(
        "Catalog", "For information about international versions of BackOffice Server, contact your local Microsoft representative.");
    static const char *const sbs4Unsupported = QT_TRANSLATE_NOOP(
        "Catalog", "A direct upgrade of Small Business Server 4.0 and Small Business Server 4.5 to Windows Server 2003 is not supported.");
    static const char *const sbs4NoPath = QT_TRANSLATE_NOOP(
        "Catalog", "The source document gives no upgrade path for Small Business Server 4.0 or 4.5; it only points to online product support.");
    static const char *const sbs4NewInstall = QT_TRANSLATE_NOOP(
        "Catalog", "Plan a new installation on a server, and then move your data and settings to it, instead of an in-place upgrade.");
    static const char *const sbs4Support = QT_TRANSLATE_NOOP(
        "Catalog", "For the latest information about upgrading Small Business Server to Windows Server 2003, visit online product support at http://www.microsoft.com/isapi/redir.dll?prd=support&sbp=portal.");
    static const char *const sbs4International = QT_TRANSLATE_NOOP(
        "Catalog", "For information about international versions of Small Business Server, contact your local Microsoft representative.");
    static const char *const bo40Unsupported = QT_TRANSLATE_NOOP(
        "Catalog", "A direct upgrade of BackOffice Server 4.0 to Windows Server 2003 is not supported.");
    static const char *const boThenWs2003 = QT_TRANSLATE_NOOP("Catalog", "Then upgrade to Windows Server 2003.");
    static const char *const throughBo45 = QT_TRANSLATE_NOOP("Catalog", "Windows Server 2003, through BackOffice Server 4.5");
    static const char *const boReference = QT_TRANSLATE_NOOP(
        "Catalog", "Microsoft readme on upgrading BackOffice Small Business Server and BackOffice Server to Windows Server 2003");
    static const char *const sbs4Reference = QT_TRANSLATE_NOOP(
        "Catalog", "Microsoft readme on upgrading BackOffice Small Business Server and BackOffice Server to Windows Server 2003; on the move to Windows Small Business Server 2003, “Migrating from Small Business Server 4.5 or Windows NT Server 4.0 to Windows Small Business Server 2003” (not in the source documents)");

    // Windows Server Essentials migration (S004).
    static const char *const essBackup = QT_TRANSLATE_NOOP(
        "Catalog", "Back up the Source Server, and verify the backup.");
    static const char *const essUpdates = QT_TRANSLATE_NOOP(
        "Catalog", "Install the latest updates and service packs on the Source Server.");
    static const char *const essGpo = QT_TRANSLATE_NOOP(
        "Catalog", "Delete the “Log on as a service” setting from Group Policy, and delete SBS_LOGIN_SCRIPT.bat.");
    static const char *const essHealth = QT_TRANSLATE_NOOP(
        "Catalog", "Evaluate the health of the Source Server: updates, the Best Practices Analyzer, and the time synchronization.");
    static const char *const essLob = QT_TRANSLATE_NOOP(
        "Catalog", "Plan how the line-of-business applications will be migrated.");
    static const char *const essEmail = QT_TRANSLATE_NOOP(
        "Catalog", "Plan the email migration to Office 365 or to another on-premises Exchange Server. For Office 365, finish the email migration before you install Windows Server Essentials.");
    static const char *const essBackupAgain = QT_TRANSLATE_NOOP(
        "Catalog", "Back up the updated server again.");
    static const char *const essNext = QT_TRANSLATE_NOOP(
        "Catalog", "Go on to “Step 2: Install Windows Server Essentials as a new replica domain controller”.");
    static const char *const essMigrationNote = QT_TRANSLATE_NOOP(
        "Catalog", "This is a migration, not an in-place upgrade: Windows Server Essentials is installed on a new Destination Server as a replica domain controller, and the settings and data of the Source Server move to it.");
    static const char *const essEmailNote = QT_TRANSLATE_NOOP(
        "Catalog", "Windows Server Essentials does not provide an inbox email service. The email that this server hosts with Exchange must move to Office 365 or to another on-premises Exchange Server.");
    static const char *const essBackupNote = QT_TRANSLATE_NOOP(
        "Catalog", "After you update and prepare the Source Server for migration, create a backup of the updated server before you continue the migration process.");
    static const char *const essSdkNote = QT_TRANSLATE_NOOP(
        "Catalog", "If you built a customized system health or alert add-in with the Windows Small Business Server 2011 Essentials SDK, update the add-in and deploy it on the Destination Server.");
    static const char *const essReference = QT_TRANSLATE_NOOP(
        "Catalog", "“Step 1: Prepare your Source Server for Windows Server Essentials migration” (Microsoft)");
    // S004 "Applies To: Windows Server 2016 Essentials, Windows Server 2012 R2 Essentials, Windows
    // Server 2012 Essentials".
    static const char *const essTarget = QT_TRANSLATE_NOOP("Catalog", "Windows Server Essentials (2012, 2012 R2 or 2016)");

    // Exchange 2000 Server on Windows 2000 Server (S002): Exchange first, then Windows.
    static const char *const exchange2000Source = QT_TRANSLATE_NOOP("Catalog", "Exchange 2000 Server on Windows 2000 Server");
    static const char *const exchangeFeaturesNote = QT_TRANSLATE_NOOP(
        "Catalog", "Some Exchange 2003 features, such as RPC over HTTP and the Volume Shadow Copy service, work only once Windows Server 2003 is set up.");
    static const char *const exchangeReference = QT_TRANSLATE_NOOP(
        "Catalog", "“How to migrate to Exchange Server 2003”, Serdar Yegulalp (third-party article, March 2004)");

    std::vector<UpgradePath> paths;

    paths.push_back(
        {"sbs2000-to-sbs2003", QT_TRANSLATE_NOOP("Catalog", "Small Business Server 2000"),
         QT_TRANSLATE_NOOP("Catalog", "Windows Small Business Server 2003"), Verdict::Supported,
         {
             QT_TRANSLATE_NOOP("Catalog", "Install Small Business Server 2000 Service Pack 1, if it is not installed yet."),
             QT_TRANSLATE_NOOP("Catalog", "Complete the preparation tasks in this checklist: data, operating system, hardware and network."),
             QT_TRANSLATE_NOOP("Catalog", "Upgrade the server in place with Windows Small Business Server 2003 Setup, following Chapter 3C, “Upgrade Small Business Server 2000,” of Getting Started."),
             QT_TRANSLATE_NOOP("Catalog", "At the end of Setup, complete the Configure E-mail and Internet Connection Wizard from the To Do List."),
         },
         {
             QT_TRANSLATE_NOOP("Catalog", "Small Business Server 2000 Service Pack 1 is required before the upgrade."),
             QT_TRANSLATE_NOOP("Catalog", "Setup temporarily needs at least 2 GB of free space on the hard disk."),
             QT_TRANSLATE_NOOP("Catalog", "The upgrade software must be the same language edition as the operating system already installed."),
         },
         QT_TRANSLATE_NOOP("Catalog", "Before Upgrading Small Business Server 2000 (Microsoft); Windows Small Business Server 2003 Upgrade Best Practices (Microsoft); on the language edition, “Preparing for an Upgrade”, Microsoft Windows Small Business Server 2003 Administrator's Companion (not in the source documents)"),
         nullptr});

    // The Windows Small Business Server 2003 hardware figures (Appendix A) were NOT FOUND: no table.
    paths.push_back(
        {"sbs2003-upgrade", QT_TRANSLATE_NOOP("Catalog", "Windows Small Business Server 2003"),
         QT_TRANSLATE_NOOP("Catalog", "Windows Small Business Server upgrade software"), Verdict::Supported,
         {
             QT_TRANSLATE_NOOP("Catalog", "Complete the preparation tasks in this checklist: data, operating system, hardware and network."),
             QT_TRANSLATE_NOOP("Catalog", "Read the documentation that comes with the Windows Small Business Server upgrade software for its hard disk space and Internet connection requirements."),
             QT_TRANSLATE_NOOP("Catalog", "Run the upgrade."),
         },
         {
             QT_TRANSLATE_NOOP("Catalog", "The source document does not name the edition or version you upgrade to; it speaks of “the Windows Small Business Server upgrade software”."),
             QT_TRANSLATE_NOOP("Catalog", "If you are upgrading an evaluation version of Windows Small Business Server 2003 to the full retail version, do not install Windows Server 2003 Service Pack 2 until the upgrade is complete, and remove it if it is already installed."),
         },
         QT_TRANSLATE_NOOP("Catalog", "Windows Small Business Server 2003 Upgrade Best Practices (Microsoft); on the evaluation version, Microsoft Knowledge Base article 932600 (not in the source documents)"),
         nullptr});

    paths.push_back(
        {"exchange2000-to-exchange2003", exchange2000Source,
         QT_TRANSLATE_NOOP("Catalog", "Exchange Server 2003 on Windows Server 2003"), Verdict::Staged,
         {
             QT_TRANSLATE_NOOP("Catalog", "Back up all the relevant data on the server."),
             QT_TRANSLATE_NOOP("Catalog", "Run the Exchange 2003 upgrade over Exchange 2000. All mailboxes and other relevant data and settings should be preserved."),
             QT_TRANSLATE_NOOP("Catalog", "Then upgrade the server itself to Windows Server 2003."),
             QT_TRANSLATE_NOOP("Catalog", "When Windows Server 2003 is completely set up, start using the Exchange 2003 features that need it."),
         },
         {
             QT_TRANSLATE_NOOP("Catalog", "The order matters: Exchange Server 2000 does not run on Windows Server 2003. If you upgrade Windows first, the upgrade will abort with a warning."),
             QT_TRANSLATE_NOOP("Catalog", "If another computer is the domain controller and will be upgraded to Windows Server 2003 first, the Exchange 2000 version of the Active Directory Connector does not work with Windows Server 2003 without some preparation (Knowledge Base article 325379)."),
         },
         exchangeReference, "exchange2003"});

    // Its last stage, for a server where Exchange 2003 already runs on Windows 2000 Server (S002:
    // "Finally, upgrade the server itself to Windows 2003"; the features that wait for it).
    paths.push_back(
        {"w2k-exchange2003-to-ws2003", QT_TRANSLATE_NOOP("Catalog", "Exchange Server 2003 on Windows 2000 Server"),
         QT_TRANSLATE_NOOP("Catalog", "Exchange Server 2003 on Windows Server 2003"), Verdict::Supported,
         {
             QT_TRANSLATE_NOOP("Catalog", "Upgrade the server itself to Windows Server 2003."),
             QT_TRANSLATE_NOOP("Catalog", "When Windows Server 2003 is completely set up, start using the Exchange 2003 features that need it."),
         },
         {exchangeFeaturesNote},
         exchangeReference, nullptr});

    // Windows first, on a server with Exchange 2000 (S002): "the upgrade will abort with a warning".
    paths.push_back(
        {"w2k-exchange2000-to-ws2003", exchange2000Source,
         QT_TRANSLATE_NOOP("Catalog", "Windows Server 2003, with Exchange 2000 Server kept"), Verdict::Unsupported,
         {
             QT_TRANSLATE_NOOP("Catalog", "Do not upgrade Windows first. Upgrade Exchange 2000 to Exchange 2003, and then the server itself to Windows Server 2003: choose “Exchange Server 2003 on Windows Server 2003” as the path."),
         },
         {
             QT_TRANSLATE_NOOP("Catalog", "Exchange Server 2000 does not run on Windows Server 2003. If you attempt to install Exchange Server 2000 in Windows Server 2003, the install process itself may fail."),
             QT_TRANSLATE_NOOP("Catalog", "If you attempt an in-place upgrade to Windows Server 2003 of a Windows 2000 installation with Exchange Server 2000 on it, the upgrade will abort with a warning."),
         },
         exchangeReference, nullptr});

    paths.push_back(
        {"bo25-to-ws2003", QT_TRANSLATE_NOOP("Catalog", "BackOffice Server 2.5"), throughBo45,
         Verdict::Staged,
         {
             QT_TRANSLATE_NOOP("Catalog", "First upgrade to BackOffice Server 4.5, so that the server applications are versions that Windows Server 2003 supports."),
             boThenWs2003,
         },
         {
             QT_TRANSLATE_NOOP("Catalog", "A direct upgrade of BackOffice Server 2.5 to Windows Server 2003 is not supported."),
             backOfficeSupport,
             backOfficeInternational,
         },
         boReference, nullptr});

    paths.push_back(
        {"bo40-to-ws2003", QT_TRANSLATE_NOOP("Catalog", "BackOffice Server 4.0"), throughBo45,
         Verdict::Staged,
         {
             QT_TRANSLATE_NOOP("Catalog", "First upgrade to BackOffice Server 4.5, so that the server applications are versions that Windows Server 2003 supports."),
             boThenWs2003,
         },
         {
             bo40Unsupported,
             QT_TRANSLATE_NOOP("Catalog", "Alternative: if you have used BackOffice Server 4.0 Setup to install a server application, you can uninstall BackOffice Server 4.0. This removes all files specific to BackOffice Server 4.0, but not the server applications that you installed. Then restart Windows Server 2003 Setup to upgrade the operating system."),
             backOfficeSupport,
             backOfficeInternational,
         },
         boReference, nullptr});

    // S003's other way from BackOffice Server 4.0: uninstall it, then restart Windows Server 2003
    // Setup. The server applications stay as they are.
    paths.push_back(
        {"bo40-uninstall-to-ws2003", QT_TRANSLATE_NOOP("Catalog", "BackOffice Server 4.0"),
         QT_TRANSLATE_NOOP("Catalog", "Windows Server 2003, after uninstalling BackOffice Server 4.0"), Verdict::Staged,
         {
             QT_TRANSLATE_NOOP("Catalog", "This path is for a server on which you have used BackOffice Server 4.0 Setup to install a server application."),
             QT_TRANSLATE_NOOP("Catalog", "Uninstall BackOffice Server 4.0. This removes all files specific to BackOffice Server 4.0, but not the server applications that you installed."),
             QT_TRANSLATE_NOOP("Catalog", "Then restart Windows Server 2003 Setup to upgrade the operating system."),
         },
         {
             bo40Unsupported,
             QT_TRANSLATE_NOOP("Catalog", "This path upgrades the operating system only. To upgrade the server applications to versions supported by Windows Server 2003, the document says to upgrade to BackOffice Server 4.5 first."),
             backOfficeSupport,
             backOfficeInternational,
         },
         boReference, nullptr});

    paths.push_back(
        {"bo45-to-ws2003", QT_TRANSLATE_NOOP("Catalog", "BackOffice Server 4.5"), QT_TRANSLATE_NOOP("Catalog", "Windows Server 2003"),
         Verdict::Supported,
         {
             QT_TRANSLATE_NOOP("Catalog", "Check the features listed below that will not work on Windows Server 2003, and plan for them."),
             QT_TRANSLATE_NOOP("Catalog", "Upgrade to Windows Server 2003."),
         },
         {
             QT_TRANSLATE_NOOP("Catalog", "The version of Microsoft Site Server that shipped with BackOffice Server 4.5, and some components that depend on it, such as the Intranet Starter Site, cannot be installed on Windows Server 2003."),
             QT_TRANSLATE_NOOP("Catalog", "The BackOffice Server 4.5 Web Administration feature is not supported in Windows Server 2003."),
             QT_TRANSLATE_NOOP("Catalog", "If you originally installed Small Business Server 4.0 or Small Business Server 4.5 and then upgraded to BackOffice Server 4.5, Fax Service is no longer supported."),
             backOfficeSupport,
             backOfficeInternational,
         },
         boReference, nullptr});

    paths.push_back(
        {"sbs40-to-ws2003", QT_TRANSLATE_NOOP("Catalog", "BackOffice Small Business Server 4.0"),
         QT_TRANSLATE_NOOP("Catalog", "Windows Server 2003"), Verdict::Unsupported,
         {sbs4NewInstall, sbs4Support, sbs4International},
         {
             sbs4Unsupported,
             sbs4NoPath,
             QT_TRANSLATE_NOOP("Catalog", "To move from Small Business Server 4.0 to Windows Small Business Server 2003, you must complete a new installation and then migrate the settings manually."),
         },
         sbs4Reference, nullptr});

    paths.push_back(
        {"sbs45-to-ws2003", QT_TRANSLATE_NOOP("Catalog", "BackOffice Small Business Server 4.5"),
         QT_TRANSLATE_NOOP("Catalog", "Windows Server 2003"), Verdict::Unsupported,
         {sbs4NewInstall, sbs4Support, sbs4International},
         {
             sbs4Unsupported,
             sbs4NoPath,
             QT_TRANSLATE_NOOP("Catalog", "To move from Small Business Server 4.5 to Windows Small Business Server 2003, you must perform a server migration: install it on a new computer, and then migrate the data and settings."),
         },
         sbs4Reference, nullptr});

    // S003 also names servers first installed as Small Business Server 4.0 or 4.5 and then
    // upgraded to BackOffice Server 4.5, and says what they lose (Fax Service). It gives no route
    // from Small Business Server 4.x through BackOffice Server 4.5: such a server, once on 4.5,
    // takes bo45-to-ws2003 (its Fax Service task and note); one still on Small Business Server
    // 4.x takes sbs40-to-ws2003 or sbs45-to-ws2003, which the document does not support (line 5).

    paths.push_back(
        {"sbs2003-to-essentials", QT_TRANSLATE_NOOP("Catalog", "Windows Small Business Server 2003"), essTarget,
         Verdict::Migration,
         {essBackup, essUpdates, essGpo, essHealth, essLob, essEmail, essBackupAgain, essNext},
         {essMigrationNote, essEmailNote, essBackupNote},
         essReference, "essentials"});

    paths.push_back(
        {"sbs2008-to-essentials", QT_TRANSLATE_NOOP("Catalog", "Windows Small Business Server 2008"), essTarget,
         Verdict::Migration,
         {essBackup, essUpdates, essHealth, essLob, essEmail, essBackupAgain, essNext},
         {essMigrationNote, essEmailNote, essBackupNote},
         essReference, "essentials"});

    paths.push_back(
        {"sbs2011-to-essentials", QT_TRANSLATE_NOOP("Catalog", "Windows Small Business Server 2011"), essTarget,
         Verdict::Migration,
         {essBackup, essUpdates, essHealth, essLob, essEmail, essBackupAgain, essNext},
         {essMigrationNote, essEmailNote, essBackupNote, essSdkNote},
         essReference, "essentials"});

    paths.push_back(
        {"ws2003-to-essentials", QT_TRANSLATE_NOOP("Catalog", "Windows Server 2003"), essTarget, Verdict::Migration,
         {essBackup, essUpdates, essGpo, essHealth, essLob, essBackupAgain, essNext},
         {essMigrationNote, essBackupNote},
         essReference, "essentials"});

    // Further sources of S004's backup table ("Windows Server 2008 Foundation", "Windows Small
    // Business Server 2011 Essentials", "Windows Server Essentials") and of its BPA table ("Windows
    // Server Essentials or Windows Server 2012"). None of them hosts email in Exchange.
    paths.push_back(
        {"sbs2011essentials-to-essentials", QT_TRANSLATE_NOOP("Catalog", "Windows Small Business Server 2011 Essentials"),
         essTarget, Verdict::Migration,
         {essBackup, essUpdates, essHealth, essLob, essBackupAgain, essNext},
         {essMigrationNote, essBackupNote, essSdkNote},
         essReference, "essentials"});

    paths.push_back(
        {"ws2008foundation-to-essentials", QT_TRANSLATE_NOOP("Catalog", "Windows Server 2008 Foundation"), essTarget,
         Verdict::Migration,
         {essBackup, essUpdates, essHealth, essLob, essBackupAgain, essNext},
         {essMigrationNote, essBackupNote},
         essReference, "essentials"});

    paths.push_back(
        {"wse-to-essentials", QT_TRANSLATE_NOOP("Catalog", "Windows Server Essentials (an earlier installation)"),
         essTarget, Verdict::Migration,
         {essBackup, essUpdates, essHealth, essLob, essBackupAgain, essNext},
         {essMigrationNote, essBackupNote},
         essReference, "essentials"});

    paths.push_back(
        {"ws2012-to-essentials", QT_TRANSLATE_NOOP("Catalog", "Windows Server 2012"), essTarget, Verdict::Migration,
         {essBackup, essUpdates, essHealth, essLob, essBackupAgain, essNext},
         {essMigrationNote, essBackupNote},
         essReference, "essentials"});

    // Each staged path and the path it goes on as (S003: BackOffice Server 2.5 and 4.0 through
    // BackOffice Server 4.5; S002: Exchange first, then Windows). The Catalog gives a staged path the tasks and notes of its later stage.
    static const std::pair<const char *, const char *> laterStages[] = {
        {"bo25-to-ws2003", "bo45-to-ws2003"},
        {"bo40-to-ws2003", "bo45-to-ws2003"},
        {"exchange2000-to-exchange2003", "w2k-exchange2003-to-ws2003"},
    };
    for (UpgradePath &path : paths) {
        for (const auto &[id, later] : laterStages) {
            if (std::strcmp(path.id, id) == 0)
                path.laterStage = later;
        }
    }

    return paths;
}

std::vector<RequirementTable> catalogRequirementTables()
{
    // Memory and partition sizes use binary multiples (1 MB = 1048576 bytes, 1 GB = 1073741824
    // bytes), as Windows reports them. A whole disk is sold in decimal units: a "160 GB" disk holds
    // 160 * 10^9 bytes (about 149 binary GB), and the documents mean such a disk.
    constexpr double MB = 1048576.0;
    constexpr double GB = 1073741824.0;

    std::vector<RequirementTable> tables;

    // "Server-Specific Requirements for Exchange Server 2003" (Exchange Server 2003 Deployment Guide).
    // The document names one processor figure (Pentium or compatible, 133 MHz), so it applies to
    // single-core and multi-core processors alike. No whole-disk or partition size is given.
    tables.push_back({"exchange2003", QT_TRANSLATE_NOOP("Catalog", "Exchange Server 2003"),
                      133.0, // minCpuMhzSingleCore
                      133.0, // minCpuMhzMultiCore
                      false, // requires64Bit
                      128.0 * MB, // minMemoryBytes: the supported minimum
                      0.0,        // minMemoryBytesVirtual: no separate figure
                      256.0 * MB, // recommendedMemoryBytes
                      0.0,        // minDiskBytes
                      0.0,        // minSystemVolumeBytes
                      200.0 * MB, // minFreeSystemBytes
                      QT_TRANSLATE_NOOP("Catalog", "“Server-Specific Requirements for Exchange Server 2003” (Exchange Server 2003 Deployment Guide, Microsoft); not in the source documents. Processor: Intel Pentium or compatible, 133 MHz or faster. Memory: 128 MB supported minimum, 256 MB recommended. Disk: 500 MB available on the drive where Exchange is installed and 200 MB on the system drive.")});

    // "System requirements for Windows Server Essentials" (Microsoft; 2019, 2016, 2012 R2, 2012), the
    // same in "Customize and deploy Windows Server Essentials in Windows 10". The older "System
    // Requirements for Windows Server 2012 Essentials" page recommends 8 GB of memory; the reference
    // text says so.
    tables.push_back({"essentials", QT_TRANSLATE_NOOP("Catalog", "Windows Server Essentials"),
                      1400.0, // minCpuMhzSingleCore: 1.4 GHz, 64-bit
                      1300.0, // minCpuMhzMultiCore: 1.3 GHz, 64-bit
                      true,   // requires64Bit: 64-bit-only operating system
                      2.0 * GB,   // minMemoryBytes
                      4.0 * GB,   // minMemoryBytesVirtual: when deployed as a virtual machine
                      16.0 * GB,  // recommendedMemoryBytes
                      160.0e9,    // minDiskBytes: a 160 GB hard disk, as sold
                      60.0 * GB,  // minSystemVolumeBytes: 60 GB system partition
                      0.0,        // minFreeSystemBytes: no figure
                      QT_TRANSLATE_NOOP("Catalog", "“System requirements for Windows Server Essentials” (Microsoft; applies to 2019, 2016, 2012 R2 and 2012); not in the source documents. Processor: 1.4 GHz single-core or 1.3 GHz multi-core, 64-bit. Memory: 2 GB, or 4 GB as a virtual machine; 16 GB recommended (the earlier Windows Server 2012 Essentials page recommends 8 GB). Disk: 160 GB with a 60 GB system partition.")});

    return tables;
}

} // namespace prep
