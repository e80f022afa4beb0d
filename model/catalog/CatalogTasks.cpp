// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The tasks of the source documents, once, as data: each with its paths, kind, steps, cautions,
// figures and the document and section it comes from.
//
// Seeds: S000 "Before Upgrading Small Business Server 2000"; S001 "Prácticas recomendadas de
// actualización de Windows Small Business Server 2003" (English original: "Windows Small Business
// Server 2003 Upgrade Best Practices"); S002 "How to migrate to Exchange Server 2003" (third-party);
// S003 the Microsoft readme on upgrading BackOffice to Windows Server 2003; S004 "Step 1: Prepare
// your Source Server for Windows Server Essentials migration".
//
// Order: by category, then the documents' order (S000 for the last day: users log off, notify
// them, disconnect the Internet; stop Local System services, then disable disk utilities). The
// whole sequence across categories is UpgradePath::order (CatalogOrders.cpp).
// Cautions hold only the documents' own boxes; where a fact comes from another source, the step
// says the fact and the reference names the source.
// Every text is marked with QT_TRANSLATE_NOOP("Catalog", ...) and translated when shown.

#include "catalog/Catalog.h"
#include "catalog/TaskIds.h"

#include <QCoreApplication>

#include <initializer_list>
#include <utility>

namespace prep {

namespace {

std::vector<const char *> join(std::initializer_list<const std::vector<const char *> *> groups)
{
    std::vector<const char *> result;
    for (const std::vector<const char *> *group : groups)
        result.insert(result.end(), group->begin(), group->end());
    return result;
}

// One task, field by field, so that each entry reads as what its values are. Unset lists stay
// empty; the operator may answer only "done" unless the entry says more (mayNotApply,
// blockerMayBeAccepted; TaskActions applies it).
class TaskEntry
{
public:
    TaskEntry(TaskId id, Category category, TaskKind kind)
    {
        m_task.id = id;
        m_task.category = category;
        m_task.kind = kind;
    }

    // The upgrade paths (ids) the task applies to.
    TaskEntry &paths(const std::vector<const char *> &ids)
    {
        m_task.paths = ids;
        return *this;
    }
    TaskEntry &title(const char *text)
    {
        m_task.title = text;
        return *this;
    }
    TaskEntry &steps(std::vector<const char *> texts)
    {
        m_task.steps = std::move(texts);
        return *this;
    }
    // The documents' own boxes.
    TaskEntry &cautions(std::vector<Caution> boxes)
    {
        m_task.cautions = std::move(boxes);
        return *this;
    }
    // The figures its check compares against: {key, value, unit[, the one path that gives it]}.
    TaskEntry &thresholds(std::vector<Threshold> figures)
    {
        m_task.thresholds = std::move(figures);
        return *this;
    }
    // The document and section the task comes from, in words.
    TaskEntry &source(const char *reference)
    {
        m_task.reference = reference;
        return *this;
    }
    // No seed document has the task (catalog ○ rows): the source is another one.
    TaskEntry &externalOnly()
    {
        m_task.externalOnly = true;
        return *this;
    }
    // The documents' sentence holds only under a condition the operator knows ("If you move email
    // to Office 365…", "International editions…", "unless it provides a firewall"): the operator
    // may say, with a reason, that the condition does not hold here.
    TaskEntry &mayNotApply()
    {
        m_task.conditional = true;
        return *this;
    }
    // The paths on which the sentence of a mayNotApply() task has no condition (the path's own
    // document gives none, or choosing the path is the condition).
    // The paths on which an assisted task is manual: its document there gives no fact to show
    // and no action to offer.
    TaskEntry &manualOn(const std::vector<const char *> &ids)
    {
        m_task.manualOn = ids;
        return *this;
    }
    TaskEntry &unconditionalOn(const std::vector<const char *> &ids)
    {
        m_task.unconditionalOn = ids;
        return *this;
    }
    // A "Must fix" finding the operator may still accept as a risk, with a reason. Only where the
    // finding can be wrong for reasons the operator knows; every other "Must fix" names something
    // Setup itself refuses or the documents forbid.
    TaskEntry &blockerMayBeAccepted()
    {
        m_task.blockerMayBeAccepted = true;
        return *this;
    }
    // Steps after `steps`, each only on its paths.
    TaskEntry &pathSteps(std::vector<PathStep> steps)
    {
        m_task.pathSteps = std::move(steps);
        return *this;
    }

    // The Windows tools the document tells the operator to open; the wizard offers a button for
    // each one this computer has.
    TaskEntry &tools(std::vector<SystemTool> names)
    {
        m_task.tools = std::move(names);
        return *this;
    }

    operator Task() const { return m_task; }

private:
    Task m_task{};
};

} // namespace

std::vector<Task> catalogTasks()
{
    // Upgrade path ids by flow, each flow from its source document: F1 Small Business Server 2000 →
    // Windows SBS 2003 (S000, S001); F2 Windows SBS 2003 with the upgrade software (S001); F4
    // Exchange 2000 → Exchange 2003 → Windows Server 2003 (S002); F5 BackOffice → Windows Server 2003
    // (S003); F6 a migration to Windows Server Essentials (S004). There is no F3: Windows 2000 Server
    // or Windows Server 2003 → Windows SBS 2003 is in none of the five documents, so it is not a path
    // of this program.
    static const std::vector<const char *> F1 = {"sbs2000-to-sbs2003"};
    static const std::vector<const char *> F2 = {"sbs2003-upgrade"};
    static const std::vector<const char *> F4 = {"exchange2000-to-exchange2003"};
    // F4's last stage (Exchange 2003 already on Windows 2000), and Windows first (not supported).
    static const std::vector<const char *> F4Windows = {"w2k-exchange2003-to-ws2003"};
    static const std::vector<const char *> F4WindowsFirst = {"w2k-exchange2000-to-ws2003"};
    // The paths through BackOffice Server 4.5 get its tasks from it (UpgradePath::laterStage).
    static const std::vector<const char *> F5 = {"bo25-to-ws2003",  "bo40-to-ws2003",  "bo40-uninstall-to-ws2003",
                                                 "bo45-to-ws2003",  "sbs40-to-ws2003", "sbs45-to-ws2003"};
    static const std::vector<const char *> F6 = {"sbs2003-to-essentials",          "sbs2008-to-essentials",
                                                 "sbs2011-to-essentials",          "ws2003-to-essentials",
                                                 "sbs2011essentials-to-essentials", "ws2008foundation-to-essentials",
                                                 "wse-to-essentials",              "ws2012-to-essentials"};
    // F6 narrowed: sources that host email in Exchange; sources that need the Group Policy step.
    static const std::vector<const char *> F6Sbs = {"sbs2003-to-essentials", "sbs2008-to-essentials",
                                                    "sbs2011-to-essentials"};
    static const std::vector<const char *> F6Gpo = {"sbs2003-to-essentials", "ws2003-to-essentials"};
    static const std::vector<const char *> BO40 = {"bo40-to-ws2003", "bo40-uninstall-to-ws2003"};
    // BackOffice Server 2.5 and 4.0 go through 4.5 (S003): the Catalog gives them 4.5's tasks
    // (UpgradePath::laterStage).
    static const std::vector<const char *> BO45 = {"bo45-to-ws2003"};

    static const std::vector<const char *> All = join({&F1, &F2, &F4, &F4Windows, &F4WindowsFirst, &F5, &F6});
    static const std::vector<const char *> F1F2 = join({&F1, &F2});
    static const std::vector<const char *> F1F2F4 = join({&F1, &F2, &F4});
    static const std::vector<const char *> F1F2F4F6 = join({&F1, &F2, &F4, &F6});
    static const std::vector<const char *> F1F2F5F6 = join({&F1, &F2, &F5, &F6});
    static const std::vector<const char *> F1F2F6 = join({&F1, &F2, &F6});
    static const std::vector<const char *> F1F4F6 = join({&F1, &F4, &F6});
    static const std::vector<const char *> F1F5 = join({&F1, &F5});

    std::vector<Task> tasks;

    // ---- Before you start ------------------------------------------------------------------

    tasks.push_back(TaskEntry(taskid::pre::pathCheck, Category::BeforeYouStart, TaskKind::Assisted)
        .paths(All)
        .title(QT_TRANSLATE_NOOP("Catalog", "Confirm that your upgrade path is supported, and note any intermediate steps"))
        .steps({
            QT_TRANSLATE_NOOP("Catalog", "Confirm which product the server runs now, and which product you are moving to."),
            QT_TRANSLATE_NOOP("Catalog", "Read this program's advice for that path: whether it is supported, and whether it needs an intermediate version or a required order."),
            QT_TRANSLATE_NOOP("Catalog", "A direct upgrade of BackOffice Server 2.5 or 4.0 to Windows Server 2003 is not supported: first upgrade to BackOffice Server 4.5."),
            QT_TRANSLATE_NOOP("Catalog", "On a server with Exchange 2000, upgrade Exchange first, then Windows."),
            QT_TRANSLATE_NOOP("Catalog", "A move to Windows Server Essentials is a migration to a new server, and email hosted on the old server must move elsewhere."),
        })
        .source(QT_TRANSLATE_NOOP("Catalog", "Microsoft readme on upgrading BackOffice Small Business Server and BackOffice Server to Windows Server 2003; “How to migrate to Exchange Server 2003” (Serdar Yegulalp); “Step 1: Prepare your Source Server for Windows Server Essentials migration” (Microsoft)")));

    tasks.push_back(TaskEntry(taskid::pre::readGuide, Category::BeforeYouStart, TaskKind::Manual)
        .paths(F1F2F5F6)
        .title(QT_TRANSLATE_NOOP("Catalog", "Open the detailed guide for your upgrade path"))
        .source(QT_TRANSLATE_NOOP("Catalog", "Before Upgrading Small Business Server 2000 (Microsoft), last step; Windows Small Business Server 2003 Upgrade Best Practices, summary; Microsoft readme on upgrading BackOffice Small Business Server and BackOffice Server to Windows Server 2003; “Step 1: Prepare your Source Server for Windows Server Essentials migration”, “Next steps”"))
        .pathSteps({
            {F1, QT_TRANSLATE_NOOP("Catalog", "Small Business Server 2000: for detailed instructions, see Chapter 3C, “Upgrade Small Business Server 2000,” of Getting Started.")},
            {F2, QT_TRANSLATE_NOOP("Catalog", "Windows Small Business Server 2003: for the most up-to-date product documentation, visit the Microsoft Web site at http://go.microsoft.com/fwlink/?LinkId=33326.")},
            {F5, QT_TRANSLATE_NOOP("Catalog", "BackOffice Server and BackOffice Small Business Server: for the latest information, visit online product support at http://www.microsoft.com/isapi/redir.dll?prd=support&sbp=portal.")},
            {F6, QT_TRANSLATE_NOOP("Catalog", "Windows Server Essentials: when this preparation is complete, go on to “Step 2: Install Windows Server Essentials as a new replica domain controller.”")},
        }));

    // The BackOffice readme (S003) asks for this on the BackOffice paths; the same-language step comes
    // from outside the source documents ("Preparing for an Upgrade", Microsoft Windows Small Business
    // Server 2003 Administrator's Companion), as the source line says.
    tasks.push_back(TaskEntry(taskid::pre::international, Category::BeforeYouStart, TaskKind::Assisted)
        .mayNotApply()
        .paths(F1F5)
        .title(QT_TRANSLATE_NOOP("Catalog", "International editions: check the upgrade path and the language of the upgrade software"))
        .steps({
            QT_TRANSLATE_NOOP("Catalog", "Check the language of the operating system that is installed on the server."),
            QT_TRANSLATE_NOOP("Catalog", "For information about international versions of Small Business Server or BackOffice Server, contact your local Microsoft representative."),
            QT_TRANSLATE_NOOP("Catalog", "Make sure the upgrade software is the same language edition as the operating system already installed."),
        })
        .source(QT_TRANSLATE_NOOP("Catalog", "Microsoft readme on upgrading BackOffice Small Business Server and BackOffice Server to Windows Server 2003, both sections; “Preparing for an Upgrade”, Microsoft Windows Small Business Server 2003 Administrator's Companion (not in the source documents)")));

    // ---- Data ------------------------------------------------------------------------------

    tasks.push_back(TaskEntry(taskid::data::virusScan, Category::Data, TaskKind::Assisted)
        .paths(F1F2)
        .title(QT_TRANSLATE_NOOP("Catalog", "Run a virus scan of all drives and files, if possible the day or evening before the upgrade"))
        .steps({
            QT_TRANSLATE_NOOP("Catalog", "Run a virus scan of all the drives and files on the server."),
            QT_TRANSLATE_NOOP("Catalog", "If possible, run the scan the day or evening before you begin the upgrade."),
            QT_TRANSLATE_NOOP("Catalog", "If you use Small Business Server 2000, leave the Exchange M: drive out of the scan."),
        })
        .cautions({
            {CautionKind::Warning, QT_TRANSLATE_NOOP("Catalog", "If you use Small Business Server 2000, do not scan the Exchange M: drive, as this can lead to corruption of the Exchange database. For more information, see “Backup and Recovery for Small Business Server 2000” on the Microsoft TechNet Web site (https://go.microsoft.com/fwlink/?LinkId=12282).")},
        })
        .source(QT_TRANSLATE_NOOP("Catalog", "Before Upgrading Small Business Server 2000 (Microsoft), step “The day or evening prior to beginning the upgrade…” and its Warning; Windows Small Business Server 2003 Upgrade Best Practices, “Preparing your data”")));

    // S002 line 11, "First, back up all the relevant data on the server": the multi-stage process
    // whose last stage is Windows (F4Windows) too.
    tasks.push_back(TaskEntry(taskid::data::fullBackup, Category::Data, TaskKind::Assisted)
        .paths(join({&F1, &F2, &F4, &F4Windows, &F6}))
        .title(QT_TRANSLATE_NOOP("Catalog", "Make a full system backup, including the System State data and Exchange"))
        .steps({
            QT_TRANSLATE_NOOP("Catalog", "Perform a full system backup, including the System State data and Exchange. A backup protects your data from accidental loss if an unrecoverable error occurs during the upgrade or migration."),
        })
        // Each path's own guide, as its document gives it (S000, S001, S002; S004's table).
        .pathSteps({
            {F1, QT_TRANSLATE_NOOP("Catalog", "Small Business Server 2000: see the white paper “Backup and Recovery for Small Business Server 2000” on the Microsoft TechNet Web site (https://go.microsoft.com/fwlink/?LinkId=12282).")},
            {F2, QT_TRANSLATE_NOOP("Catalog", "Windows Small Business Server 2003: see “Backing Up and Restoring Windows Small Business Server 2003” on the Microsoft Download Center (http://go.microsoft.com/fwlink/?LinkId=27140).")},
            {F4, QT_TRANSLATE_NOOP("Catalog", "Exchange 2000 upgrade: back up all the relevant data on the server before you run the Exchange 2003 upgrade.")},
            {{"sbs2003-to-essentials"}, QT_TRANSLATE_NOOP("Catalog", "Windows Small Business Server 2003: see “Backing Up and Restoring Windows Small Business Server 2003” (https://msdn.microsoft.com/library/cc875809.aspx).")},
            {{"sbs2008-to-essentials"}, QT_TRANSLATE_NOOP("Catalog", "Windows Small Business Server 2008: see “Backing Up and Restoring Data on Windows Small Business Server 2008” (https://technet.microsoft.com/library/cc527505(WS.10).aspx).")},
            {{"ws2008foundation-to-essentials"}, QT_TRANSLATE_NOOP("Catalog", "Windows Server 2008 Foundation: see “Backup and Recovery” (https://technet.microsoft.com/library/cc754097(WS.10).aspx).")},
            {{"sbs2011essentials-to-essentials"}, QT_TRANSLATE_NOOP("Catalog", "Windows Small Business Server 2011 Essentials: see “Learn more about setting up server backup” (https://technet.microsoft.com/library/server-backup-support-1.aspx).")},
            {{"sbs2011-to-essentials"}, QT_TRANSLATE_NOOP("Catalog", "Windows Small Business Server 2011 Standard: see “Managing Server Backup” (https://technet.microsoft.com/library/cc527488.aspx).")},
            {{"wse-to-essentials"}, QT_TRANSLATE_NOOP("Catalog", "Windows Server Essentials: see “Manage Backup and Restore in Windows Server Essentials” (https://technet.microsoft.com/library/jj713536.aspx).")},
        })
        .cautions({
            {CautionKind::Warning, QT_TRANSLATE_NOOP("Catalog", "If you use Small Business Server 2000, do not back up the Exchange M: drive as part of the Exchange backup, as this can lead to corruption of the Exchange database.")},
        })
        .source(QT_TRANSLATE_NOOP("Catalog", "Before Upgrading Small Business Server 2000 (Microsoft), step “Complete and verify a full backup” and its Warning; Windows Small Business Server 2003 Upgrade Best Practices, “Preparing your data”; “How to migrate to Exchange Server 2003” (Serdar Yegulalp); “Step 1: Prepare your Source Server for Windows Server Essentials migration”, “Back up your Source Server”")));

    tasks.push_back(TaskEntry(taskid::data::verifyBackup, Category::Data, TaskKind::Assisted)
        // The sampled comparison can differ for reasons the operator knows (files changed since the backup).
        .blockerMayBeAccepted()
        .paths(F1F2F6)
        .title(QT_TRANSLATE_NOOP("Catalog", "Verify the backup, and test it by restoring some files to another location"))
        .steps({
            QT_TRANSLATE_NOOP("Catalog", "Verify that the backup ran successfully."),
            QT_TRANSLATE_NOOP("Catalog", "To test the integrity of the backup, select random files from your backup and restore them to an alternate location, not over the original files."),
            QT_TRANSLATE_NOOP("Catalog", "Confirm that the restored files are the same as the original files."),
        })
        .thresholds({
            // This program's choice: how many files the backup check picks at random; no document
            // gives a number.
            {"sampleFiles", 20.0, "count", nullptr, true, 1.0, 1000.0},
        })
        .source(QT_TRANSLATE_NOOP("Catalog", "Before Upgrading Small Business Server 2000 (Microsoft), step “Complete and verify a full backup”; Windows Small Business Server 2003 Upgrade Best Practices, “Preparing your data”; “Step 1: Prepare your Source Server for Windows Server Essentials migration”, “To back up the Source Server”; how many files the check picks at random is this program's choice (no document gives a number)")));

    tasks.push_back(TaskEntry(taskid::data::backupAfterPrep, Category::Data, TaskKind::Assisted)
        .paths(F6)
        .title(QT_TRANSLATE_NOOP("Catalog", "Back up the Source Server again after you have updated and prepared it"))
        .steps({
            QT_TRANSLATE_NOOP("Catalog", "When you have updated and prepared the Source Server for migration, create a backup of the updated server."),
            QT_TRANSLATE_NOOP("Catalog", "Do this before you continue the migration process."),
        })
        .source(QT_TRANSLATE_NOOP("Catalog", "“Step 1: Prepare your Source Server for Windows Server Essentials migration”, Notes under “Create a plan to migrate email…” and “Migrate email to another on-premises Exchange Server”")));

    // ---- Operating system ------------------------------------------------------------------

    tasks.push_back(TaskEntry(taskid::os::sbs2000Sp1, Category::OperatingSystem, TaskKind::Manual)
        .paths(F1)
        .title(QT_TRANSLATE_NOOP("Catalog", "Confirm that Small Business Server 2000 Service Pack 1 is installed"))
        .steps({
            QT_TRANSLATE_NOOP("Catalog", "Click Start, and then click Small Business Server Administrator Console."),
            QT_TRANSLATE_NOOP("Catalog", "In the console pane, click Server Status (BackOffice Home). In the details pane, click About."),
            QT_TRANSLATE_NOOP("Catalog", "The Version should read 2000 with Service Pack 1."),
            QT_TRANSLATE_NOOP("Catalog", "If Service Pack 1 is not installed, install it from the disc if it was included with your media, or download it: search for Knowledge Base article 326924 (https://go.microsoft.com/fwlink/?LinkId=4441). You can also download or order the SP1 CD at http://go.microsoft.com/fwlink/?LinkId=16820."),
        })
        .source(QT_TRANSLATE_NOOP("Catalog", "Before Upgrading Small Business Server 2000 (Microsoft), step 1; Windows Small Business Server 2003 Upgrade Best Practices, “Preparing your operating system”")));

    tasks.push_back(TaskEntry(taskid::os::updates, Category::OperatingSystem, TaskKind::Assisted)
        .paths(F1F2F6)
        .title(QT_TRANSLATE_NOOP("Catalog", "Install all required updates and service packs"))
        .steps({
            QT_TRANSLATE_NOOP("Catalog", "Install all required updates and service packs on the server."),
        })
        // S004's procedure on its paths; the evaluation-version rule (KB 932600) on the Windows
        // Small Business Server 2003 upgrade only.
        .pathSteps({
            {F6, QT_TRANSLATE_NOOP("Catalog", "To check for the latest updates, click Start → All Programs → Windows Update.")},
            {F6, QT_TRANSLATE_NOOP("Catalog", "Click Check for updates. If updates are found, click Install updates.")},
            {F6, QT_TRANSLATE_NOOP("Catalog", "Critical and security updates help the upgrade or migration succeed, and help protect your network while it takes place.")},
            {F2, QT_TRANSLATE_NOOP("Catalog", "Evaluation version of Windows Small Business Server 2003: if you are upgrading it to the full retail version, do not install Windows Server 2003 Service Pack 2 until the upgrade is complete, and remove it if it is already installed. Otherwise Setup may stop, saying that the version of Windows on your computer is newer than the version on the CD.")},
        })
        .source(QT_TRANSLATE_NOOP("Catalog", "Windows Small Business Server 2003 Upgrade Best Practices, “Preparing your operating system”; “Step 1: Prepare your Source Server for Windows Server Essentials migration”, “Install the most recent service packs” and “Download and install critical and security updates”; Microsoft Knowledge Base article 932600 (not in the source documents)")));

    tasks.push_back(TaskEntry(taskid::os::appCompat, Category::OperatingSystem, TaskKind::Assisted)
        .paths(F1F2)
        .title(QT_TRANSLATE_NOOP("Catalog", "Confirm that your server applications are compatible with the new server software"))
        .steps({
            QT_TRANSLATE_NOOP("Catalog", "Review the server applications installed on the server."),
            QT_TRANSLATE_NOOP("Catalog", "Confirm that each existing server application is compatible with the Windows Small Business Server upgrade software."),
            QT_TRANSLATE_NOOP("Catalog", "For more information, see the Windows Server Catalog on the Microsoft Web site (https://go.microsoft.com/fwlink/?LinkId=4303)."),
            QT_TRANSLATE_NOOP("Catalog", "The third-party applications most often incompatible with Windows Server 2003 are antivirus programs and some Web applications."),
        })
        .source(QT_TRANSLATE_NOOP("Catalog", "Before Upgrading Small Business Server 2000 (Microsoft), step 4; Windows Small Business Server 2003 Upgrade Best Practices, “Preparing your operating system”; on antivirus and Web applications, “Preparing for an Upgrade”, Microsoft Windows Small Business Server 2003 Administrator's Companion (not in the source documents)")));

    tasks.push_back(TaskEntry(taskid::os::stopLocalsystemServices, Category::OperatingSystem, TaskKind::Assisted)
        .paths(F1F2)
        .title(QT_TRANSLATE_NOOP("Catalog", "Stop third-party services that run as the Local System account"))
        .steps({
            QT_TRANSLATE_NOOP("Catalog", "A third-party application that runs as the Local System account may have a file lock on operating system files. This prevents Setup from upgrading your operating system."),
            QT_TRANSLATE_NOOP("Catalog", "Open Services: click Start → Run, and type Services.msc."),
            QT_TRANSLATE_NOOP("Catalog", "Look for third-party services that have Log On As set to Local System account."),
            QT_TRANSLATE_NOOP("Catalog", "For each of them, stop the service and record its Startup Type."),
            QT_TRANSLATE_NOOP("Catalog", "Then set the Startup Type to Disabled."),
            QT_TRANSLATE_NOOP("Catalog", "Keep the startup types you recorded: you need them to set the services back after the upgrade (see “After the upgrade”)."),
        })
        .tools({SystemTool::Services})
        .source(QT_TRANSLATE_NOOP("Catalog", "Before Upgrading Small Business Server 2000 (Microsoft), step “Stop services for any third-party applications…”; Windows Small Business Server 2003 Upgrade Best Practices, “Preparing your operating system”; setting the services back after the upgrade is this program's addition (not in the source documents)")));

    tasks.push_back(TaskEntry(taskid::os::disableDiskUtilities, Category::OperatingSystem, TaskKind::Assisted)
        .paths(F1F2)
        .title(QT_TRANSLATE_NOOP("Catalog", "Turn off disk utilities, such as real-time antivirus monitoring software or backup software that uses open file agents"))
        .steps({
            QT_TRANSLATE_NOOP("Catalog", "Turn off or disable any disk utilities that may be running, such as real-time antivirus monitoring software or backup software that uses open file agents."),
            QT_TRANSLATE_NOOP("Catalog", "Disk utilities can cause problems while Setup runs and can interfere with the upgrade."),
        })
        .source(QT_TRANSLATE_NOOP("Catalog", "Before Upgrading Small Business Server 2000 (Microsoft), step “Turn off or disable any disk utilities…”; Windows Small Business Server 2003 Upgrade Best Practices, “Preparing your operating system”")));

    tasks.push_back(TaskEntry(taskid::os::logonAsServiceGpo, Category::OperatingSystem, TaskKind::Automatic)
        .paths(F6Gpo)
        .title(QT_TRANSLATE_NOOP("Catalog", "Delete the “Log on as a service” setting from Group Policy"))
        .steps({
            QT_TRANSLATE_NOOP("Catalog", "Click Start → Control Panel → Administrative Tools → Group Policy Management."),
            QT_TRANSLATE_NOOP("Catalog", "Right-click Default Domain Controllers Policy, and then click Edit."),
            QT_TRANSLATE_NOOP("Catalog", "Go to Computer Configuration → Windows Settings → Security Settings → Local Policies → User Rights Assignment."),
            QT_TRANSLATE_NOOP("Catalog", "In the details pane, double-click Log on as a service, and then clear the Define these policy settings check box."),
            QT_TRANSLATE_NOOP("Catalog", "Delete the file \\\\localhost\\SYSVOL\\<domainname>\\scripts\\SBS_LOGIN_SCRIPT.bat."),
        })
        .source(QT_TRANSLATE_NOOP("Catalog", "“Step 1: Prepare your Source Server for Windows Server Essentials migration”, “Delete the Log on as a service account setting”")));

    tasks.push_back(TaskEntry(taskid::os::bpa, Category::OperatingSystem, TaskKind::Assisted)
        .paths(F6)
        .title(QT_TRANSLATE_NOOP("Catalog", "Run the Best Practices Analyzer, and fix as many of the reported issues as you can"))
        .steps({
            QT_TRANSLATE_NOOP("Catalog", "Download the Best Practices Analyzer (BPA) for your server. Windows SBS 2003: https://www.microsoft.com/download/details.aspx?id=5334. Windows SBS 2008: https://www.microsoft.com/download/details.aspx?id=6231. Windows SBS 2011: the Windows Server Solutions Best Practices Analyzer, https://www.microsoft.com/download/details.aspx?id=15556."),
            QT_TRANSLATE_NOOP("Catalog", "After the download is complete, click Start → All Programs → SBS Best Practices Analyzer Tool."),
            QT_TRANSLATE_NOOP("Catalog", "In the navigation pane, click Start a scan. Type a scan label, for example SBS BPA Scan 1Jul2013, and then click Start scanning."),
            QT_TRANSLATE_NOOP("Catalog", "After the scan finishes, click View a report of this Best Practices scan."),
            QT_TRANSLATE_NOOP("Catalog", "If your Source Server is running Windows Server Essentials (or Windows Server 2012), the BPA is on the server Dashboard: log on to the Destination Server as an administrator, open the Dashboard, click the Devices tab, and in the Tasks pane of the server click Best Practices Analyzer."),
            QT_TRANSLATE_NOOP("Catalog", "Click each issue to see its description and solutions. Not all of the issues affect migration, but solve as many of them as possible."),
        })
        .cautions({
            {CautionKind::Note, QT_TRANSLATE_NOOP("Catalog", "Check for updates before you scan the server.")},
        })
        .source(QT_TRANSLATE_NOOP("Catalog", "“Step 1: Prepare your Source Server for Windows Server Essentials migration”, “Run the Best Practices Analyzer”")));

    tasks.push_back(TaskEntry(taskid::os::healthReport, Category::OperatingSystem, TaskKind::Manual)
        .paths(F6)
        .title(QT_TRANSLATE_NOOP("Catalog", "Create a system health report for the Source Server"))
        .steps({
            QT_TRANSLATE_NOOP("Catalog", "Evaluate the health of the Source Server before you begin the migration, and generate a system health report."),
            QT_TRANSLATE_NOOP("Catalog", "The document names this task but does not say how to do it: use the reporting tools of your server version, and keep the report with the server's records."),
        })
        .source(QT_TRANSLATE_NOOP("Catalog", "“Step 1: Prepare your Source Server for Windows Server Essentials migration”, introduction to “Evaluate the health of the Source Server”")));

    tasks.push_back(TaskEntry(taskid::os::ntfsSystemDrive, Category::OperatingSystem, TaskKind::Automatic)
        .paths(F1F2F4)
        .title(QT_TRANSLATE_NOOP("Catalog", "Check that the system drive is formatted with NTFS"))
        .steps({
            QT_TRANSLATE_NOOP("Catalog", "Windows Small Business Server 2003 requires that the system drive be formatted as the NTFS file system."),
            QT_TRANSLATE_NOOP("Catalog", "Exchange Server 2003 also needs NTFS, not FAT, on the system partition and on the partitions that hold Exchange."),
        })
        .source(QT_TRANSLATE_NOOP("Catalog", "APPENDIX D Default Settings (Windows Small Business Server 2003, Microsoft) and “Server-Specific Requirements for Exchange Server 2003” (Exchange Server 2003 Deployment Guide); not in the source documents"))
        .externalOnly());

    // ---- Hardware --------------------------------------------------------------------------

    // ● for Small Business Server 2000 (S000, no figures: Appendix A was NOT FOUND); the Exchange
    // 2003 and Essentials figures are external tables (CatalogPaths.cpp, UpgradePath::requirementTable).
    tasks.push_back(TaskEntry(taskid::hw::requirements, Category::Hardware, TaskKind::Automatic)
        .paths(F1F4F6)
        .title(QT_TRANSLATE_NOOP("Catalog", "Check that the server meets at least the minimum hardware requirements"))
        .steps({
            QT_TRANSLATE_NOOP("Catalog", "Check the hardware requirements to ensure your computer meets at least the minimum requirements. Using the recommended hardware improves system performance."),
        })
        .pathSteps({
            {F1, QT_TRANSLATE_NOOP("Catalog", "Windows Small Business Server 2003: see Appendix A, “Additional Information,” of Getting Started.")},
            {F1, QT_TRANSLATE_NOOP("Catalog", "The Windows Small Business Server 2003 figures (Appendix A of Getting Started) are not included in this program: compare them yourself.")},
            {F6, QT_TRANSLATE_NOOP("Catalog", "Windows Server Essentials is installed on a new Destination Server: check that computer, not the Source Server. Windows Server Essentials needs a 64-bit processor.")},
        })
        .source(QT_TRANSLATE_NOOP("Catalog", "Before Upgrading Small Business Server 2000 (Microsoft), step 2; for Exchange Server 2003 and Windows Server Essentials, Microsoft's published system requirements (not in the source documents)")));

    tasks.push_back(TaskEntry(taskid::hw::compat, Category::Hardware, TaskKind::Assisted)
        .paths(F1F2)
        .title(QT_TRANSLATE_NOOP("Catalog", "Check in the Windows Server Catalog that the hardware is compatible"))
        .steps({
            QT_TRANSLATE_NOOP("Catalog", "Verify that your computer hardware is compatible with the Windows Small Business Server upgrade software, using the hardware recommendations in the Windows Server Catalog."),
            QT_TRANSLATE_NOOP("Catalog", "These recommendations help you get the best performance from the upgrade."),
            QT_TRANSLATE_NOOP("Catalog", "See the Windows Server Catalog on the Microsoft Web site (https://go.microsoft.com/fwlink/?LinkId=4303)."),
        })
        .source(QT_TRANSLATE_NOOP("Catalog", "Before Upgrading Small Business Server 2000 (Microsoft), step 4; Windows Small Business Server 2003 Upgrade Best Practices, hardware section")));

    tasks.push_back(TaskEntry(taskid::hw::driversBios, Category::Hardware, TaskKind::Assisted)
        .paths(F1F2)
        .title(QT_TRANSLATE_NOOP("Catalog", "Install updated device drivers and the latest system BIOS"))
        .steps({
            QT_TRANSLATE_NOOP("Catalog", "Find out whether there are newer drivers for your hardware devices and a newer system BIOS (basic input/output system). The device manufacturer can help you obtain these items."),
            QT_TRANSLATE_NOOP("Catalog", "Install them before the upgrade."),
            QT_TRANSLATE_NOOP("Catalog", "If you have a hardware driver that is not supported, contact your hardware manufacturer before running Setup."),
        })
        .cautions({
            {CautionKind::Important, QT_TRANSLATE_NOOP("Catalog", "Ensure that you have updated drivers for your hardware devices and the latest system BIOS (basic input/output system). The device manufacturer can help you obtain these items. Additionally, if you have a hardware driver that is not supported, contact your hardware manufacturer before running Setup.")},
        })
        .thresholds({
            // This program's choice: a BIOS older than this is flagged for the operator to check with
            // the manufacturer. No document gives a figure.
            {"maxBiosAgeYears", 5.0, "years", nullptr, true, 1.0, 20.0},
        })
        .source(QT_TRANSLATE_NOOP("Catalog", "Before Upgrading Small Business Server 2000 (Microsoft), Important box after step 4; Windows Small Business Server 2003 Upgrade Best Practices, hardware section, Important box; the BIOS age from which the check warns is this program's choice (no document gives a figure)")));

    tasks.push_back(TaskEntry(taskid::hw::freeDisk, Category::Hardware, TaskKind::Automatic)
        .paths(F1F2)
        .title(QT_TRANSLATE_NOOP("Catalog", "Make sure the hard disk has the free space that Setup needs"))
        .steps({
            QT_TRANSLATE_NOOP("Catalog", "Small Business Server 2000: ensure your hard disk has at least 2 gigabytes (GB) of free space. This space is temporarily used by Setup."),
            QT_TRANSLATE_NOOP("Catalog", "Windows Small Business Server 2003: make sure that the server's hard disk has the required amount of free space available for the upgrade. See the documentation that comes with the Windows Small Business Server upgrade software for the hard disk space requirements."),
            QT_TRANSLATE_NOOP("Catalog", "To free space, you can run Disk Cleanup (see the next task)."),
        })
        .thresholds({
            // S000: "at least 2 gigabytes (GB)". The document does not say 10^9 or 2^30 bytes;
            // 2 GiB is the conservative reading. S001 gives no figure for Windows Small Business
            // Server 2003 ("la cantidad necesaria de espacio libre"): no threshold on that path.
            {"minFreeBytes", 2147483648.0, "bytes", "sbs2000-to-sbs2003"},
        })
        .source(QT_TRANSLATE_NOOP("Catalog", "Before Upgrading Small Business Server 2000 (Microsoft), step “Ensure your hard disk has at least 2 gigabytes (GB) of free space”; Windows Small Business Server 2003 Upgrade Best Practices, hardware section")));

    tasks.push_back(TaskEntry(taskid::hw::diskCleanupDefrag, Category::Hardware, TaskKind::Assisted)
        .paths(F1F2)
        .title(QT_TRANSLATE_NOOP("Catalog", "Run Disk Cleanup and Disk Defragmenter"))
        .steps({
            QT_TRANSLATE_NOOP("Catalog", "Prepare your hard disk by running Disk Cleanup and Disk Defragmenter."),
            QT_TRANSLATE_NOOP("Catalog", "To open Disk Cleanup, click Start → Run, and then type Cleanmgr.exe."),
            QT_TRANSLATE_NOOP("Catalog", "To open Disk Defragmenter, click Start → Run, and then type Dfrg.msc."),
        })
        .tools({SystemTool::DiskCleanup, SystemTool::DiskDefragmenter})
        .source(QT_TRANSLATE_NOOP("Catalog", "Before Upgrading Small Business Server 2000 (Microsoft), step 3; Windows Small Business Server 2003 Upgrade Best Practices, hardware section")));

    // ---- Network ---------------------------------------------------------------------------

    tasks.push_back(TaskEntry(taskid::net::internetInfo, Category::Network, TaskKind::Assisted)
        .paths(F1F2)
        .title(QT_TRANSLATE_NOOP("Catalog", "Find out whether you need new information for connecting to the Internet"))
        .steps({
            QT_TRANSLATE_NOOP("Catalog", "Your Internet connection settings are preserved during the upgrade, but the Configure E-mail and Internet Connection Wizard has new functionality that the Small Business Server 2000 Internet Connection Wizard did not have."),
            QT_TRANSLATE_NOOP("Catalog", "To find out whether there is new information that you need to collect, complete the section “Required Information for Connecting to the Internet” in Appendix A of Getting Started, or see the documentation that comes with the upgrade software."),
            QT_TRANSLATE_NOOP("Catalog", "You will then be ready to complete the Configure E-mail and Internet Connection Wizard at the end of Setup, from the To Do List."),
        })
        .source(QT_TRANSLATE_NOOP("Catalog", "Before Upgrading Small Business Server 2000 (Microsoft), steps “Collect required information for connecting to the Internet” and “Determine if there is new information…”; Windows Small Business Server 2003 Upgrade Best Practices, network section")));

    tasks.push_back(TaskEntry(taskid::net::usersLogoff, Category::Network, TaskKind::Assisted)
        // "If you are beginning the upgrade while users are still working on the network…"
        .mayNotApply()
        .paths(F1F2)
        .title(QT_TRANSLATE_NOOP("Catalog", "If users are still working on the network, have them log off from the domain"))
        .steps({
            QT_TRANSLATE_NOOP("Catalog", "If you are beginning the upgrade while users are still working on the network, have users log off from the domain."),
            QT_TRANSLATE_NOOP("Catalog", "Check that no one is still connected to the server or has files open on it."),
        })
        .source(QT_TRANSLATE_NOOP("Catalog", "Before Upgrading Small Business Server 2000 (Microsoft), step “If you are beginning the upgrade while users are still working…”; Windows Small Business Server 2003 Upgrade Best Practices, network section")));

    tasks.push_back(TaskEntry(taskid::net::notifyUsers, Category::Network, TaskKind::Assisted)
        .paths(F1F2)
        .title(QT_TRANSLATE_NOOP("Catalog", "It is recommended that you tell users that they will have to log off and will lose their Internet connection"))
        .steps({
            QT_TRANSLATE_NOOP("Catalog", "It is recommended that you notify all users that they will need to log off in a short while, and that they will lose their Internet connection during the upgrade."),
        })
        // S000 (SBS 2000) only: the net send command and its wait; S001 (the SBS 2003 path) gives
        // neither.
        .pathSteps({
            {F1, QT_TRANSLATE_NOOP("Catalog", "You can quickly notify all users with the net send command. At the command prompt, type: Net send * You must log off from the domain in approximately 5 minutes. At that point, the Internet will also be unavailable.")},
            {F1, QT_TRANSLATE_NOOP("Catalog", "Wait the specified amount of time, and then continue.")},
        })
        .thresholds({
            // S000: "in approximately 5 minutes": the wait the task's countdown counts down.
            {"noticeWaitSeconds", 300.0, "seconds", "sbs2000-to-sbs2003"},
        })
        // S001 gives no wait, and so no countdown: the operator tells the users, nothing to show.
        .manualOn(F2)
        .source(QT_TRANSLATE_NOOP("Catalog", "Before Upgrading Small Business Server 2000 (Microsoft), step “It is recommended that you notify users…”; Windows Small Business Server 2003 Upgrade Best Practices, network section")));

    tasks.push_back(TaskEntry(taskid::net::disconnectInternet, Category::Network, TaskKind::Assisted)
        .mayNotApply()
        .paths(F1F2)
        // S000 (SBS 2000): "Unless your Internet connection device provides a firewall service…";
        // S001 (the SBS 2003 path) gives no such condition.
        .unconditionalOn(F2)
        .title(QT_TRANSLATE_NOOP("Catalog", "It is recommended that you make sure that the server is not connected to the Internet before you install the upgrade"))
        .pathSteps({
            {F1, QT_TRANSLATE_NOOP("Catalog", "Unless your Internet connection device provides a firewall service for your local network, it is recommended that you disconnect your Internet connection device from the Internet.")},
            {F1, QT_TRANSLATE_NOOP("Catalog", "Keep the device connected to your server.")},
            {F2, QT_TRANSLATE_NOOP("Catalog", "It is recommended that you make sure that the server is not connected before you install the upgrade.")},
        })
        .cautions({
            {CautionKind::Important, QT_TRANSLATE_NOOP("Catalog", "When disconnecting your Internet connection device from the Internet, do not disconnect it from your server.")},
        })
        .thresholds({
            // This program's choice: how long the check waits for an Internet host before it counts
            // as unreachable.
            {"connectTimeoutMs", 3000.0, "milliseconds", nullptr, true, 1000.0, 30000.0},
        })
        .source(QT_TRANSLATE_NOOP("Catalog", "Before Upgrading Small Business Server 2000 (Microsoft), step “Unless your Internet connection device provides a firewall service…” and its Important box; Windows Small Business Server 2003 Upgrade Best Practices, network section, introduction")));

    tasks.push_back(TaskEntry(taskid::net::timeSync, Category::Network, TaskKind::Automatic)
        .paths(F6)
        .title(QT_TRANSLATE_NOOP("Catalog", "Synchronize the Source Server's clock with an Internet time (NTP) server"))
        .steps({
            QT_TRANSLATE_NOOP("Catalog", "The time on the Source Server must be within five minutes of the time on the Destination Server, and the date and time zone must be the same on both servers."),
            QT_TRANSLATE_NOOP("Catalog", "If the Source Server runs in a virtual machine, the date, time and time zone of the host server must match those of the Source Server and the Destination Server."),
            QT_TRANSLATE_NOOP("Catalog", "Sign on to the Source Server with a domain administrator account. Click Start → Run, type cmd, and then press ENTER."),
            QT_TRANSLATE_NOOP("Catalog", "At the command prompt, type w32tm /config /syncfromflags:domhier /reliable:no /update, and then press ENTER."),
            QT_TRANSLATE_NOOP("Catalog", "Type net stop w32time and press ENTER. Then type net start w32time and press ENTER."),
        })
        .cautions({
            {CautionKind::Important, QT_TRANSLATE_NOOP("Catalog", "During the Windows Server Essentials installation, you can verify the time on the Destination Server and change it if necessary. Ensure that it is within five minutes of the time on the Source Server. When the installation finishes, the Destination Server synchronizes with the Network Time Protocol (NTP) server, and all domain-joined computers, including the Source Server, synchronize with the Destination Server, which becomes the primary domain controller (PDC) emulator master.")},
        })
        .thresholds({
            // S004: "within five minutes".
            {"maxOffsetSeconds", 300.0, "seconds"},
        })
        .source(QT_TRANSLATE_NOOP("Catalog", "“Step 1: Prepare your Source Server for Windows Server Essentials migration”, “Synchronize the Source Server time with an external time source”")));

    tasks.push_back(TaskEntry(taskid::net::networkConfig, Category::Network, TaskKind::Assisted)
        .paths(F6)
        .title(QT_TRANSLATE_NOOP("Catalog", "Verify the network configuration"))
        .steps({
            QT_TRANSLATE_NOOP("Catalog", "Verify the network configuration of the Source Server before the migration. The document names this task but gives no procedure."),
            QT_TRANSLATE_NOOP("Catalog", "Connect the Destination Server to the router with a network cable. It is recommended, but not required, that the router is UPnP-certified and uses the 192.168.x.x subnet. The router or firewall must support IPv4 NAT or IPv6."),
            QT_TRANSLATE_NOOP("Catalog", "NIC Teaming is not supported by the Windows Server Essentials networking wizards: set it up only after the installation and configuration are finished."),
        })
        .source(QT_TRANSLATE_NOOP("Catalog", "“Step 1: Prepare your Source Server for Windows Server Essentials migration”, introduction (no procedure given); “System Requirements for Windows Server 2012 Essentials” and “System requirements for Windows Server Essentials” (not in the source documents)")));

    // ---- Applications ----------------------------------------------------------------------

    tasks.push_back(TaskEntry(taskid::app::lobPlan, Category::Applications, TaskKind::Assisted)
        .mayNotApply()
        .paths(F6)
        .title(QT_TRANSLATE_NOOP("Catalog", "Plan how each line-of-business application will be migrated"))
        .steps({
            QT_TRANSLATE_NOOP("Catalog", "A line-of-business (LOB) application is a critical application that is vital to running the business, such as accounting, supply-chain management or resource-planning software."),
            QT_TRANSLATE_NOOP("Catalog", "Consult the provider of each LOB application to determine the appropriate method for migrating it."),
            QT_TRANSLATE_NOOP("Catalog", "Locate the media that is used to install the LOB applications on the Destination Server."),
        })
        .cautions({
            {CautionKind::Note, QT_TRANSLATE_NOOP("Catalog", "If you used the Windows Small Business Server 2011 Essentials SDK to develop a customized system health or alert add-in, and you want to continue to use it with Windows Server Essentials, you must also update the add-in and deploy it on the Destination Server.")},
        })
        .source(QT_TRANSLATE_NOOP("Catalog", "“Step 1: Prepare your Source Server for Windows Server Essentials migration”, “Create a plan to migrate line-of-business applications” and its Note")));

    tasks.push_back(TaskEntry(taskid::app::bo45SiteServer, Category::Applications, TaskKind::Assisted)
        .mayNotApply()
        .paths(BO45)
        .title(QT_TRANSLATE_NOOP("Catalog", "Site Server from BackOffice Server 4.5 cannot be installed on Windows Server 2003"))
        .steps({
            QT_TRANSLATE_NOOP("Catalog", "The version of Microsoft Site Server that shipped with BackOffice Server 4.5, and some components that depend on it, such as the Intranet Starter Site, cannot be installed on Windows Server 2003."),
            QT_TRANSLATE_NOOP("Catalog", "Check whether the server uses Site Server or the Intranet Starter Site, and plan what will replace them before you upgrade."),
        })
        .source(QT_TRANSLATE_NOOP("Catalog", "Microsoft readme on upgrading BackOffice Small Business Server and BackOffice Server to Windows Server 2003, “Upgrading from BackOffice Server 4.5”")));

    tasks.push_back(TaskEntry(taskid::app::bo45WebAdmin, Category::Applications, TaskKind::Manual)
        .mayNotApply()
        .paths(BO45)
        .title(QT_TRANSLATE_NOOP("Catalog", "BackOffice Server 4.5 Web Administration is not supported on Windows Server 2003"))
        .steps({
            QT_TRANSLATE_NOOP("Catalog", "The BackOffice Server 4.5 Web Administration feature is not supported in Windows Server 2003."),
            QT_TRANSLATE_NOOP("Catalog", "If you manage the server through Web Administration, plan another way to administer it after the upgrade."),
        })
        .source(QT_TRANSLATE_NOOP("Catalog", "Microsoft readme on upgrading BackOffice Small Business Server and BackOffice Server to Windows Server 2003, “Upgrading from BackOffice Server 4.5”")));

    // "If you originally installed Small Business Server 4.0 or 4.5 and then upgraded to BackOffice
    // Server 4.5": a condition on the server's history, on every path.
    tasks.push_back(TaskEntry(taskid::app::faxService, Category::Applications, TaskKind::Assisted)
        .mayNotApply()
        .paths(BO45)
        .title(QT_TRANSLATE_NOOP("Catalog", "Fax Service is no longer supported if the server started as Small Business Server 4.0 or 4.5"))
        .steps({
            QT_TRANSLATE_NOOP("Catalog", "If you originally installed Small Business Server 4.0 or Small Business Server 4.5 and then upgraded to BackOffice Server 4.5, Fax Service is no longer supported after the upgrade to Windows Server 2003."),
            QT_TRANSLATE_NOOP("Catalog", "If the business sends or receives faxes through the server, plan a replacement before you upgrade."),
        })
        .source(QT_TRANSLATE_NOOP("Catalog", "Microsoft readme on upgrading BackOffice Small Business Server and BackOffice Server to Windows Server 2003, “Upgrading from BackOffice Server 4.5”")));

    // "If you have used BackOffice Server 4.0 Setup to install a server application": the path
    // after uninstalling BackOffice Server 4.0 is that way.
    tasks.push_back(TaskEntry(taskid::app::bo40Uninstall, Category::Applications, TaskKind::Manual)
        .mayNotApply()
        .unconditionalOn({"bo40-uninstall-to-ws2003"})
        .paths(BO40)
        .title(QT_TRANSLATE_NOOP("Catalog", "Alternative: uninstall BackOffice Server 4.0, then restart Windows Server 2003 Setup"))
        .steps({
            QT_TRANSLATE_NOOP("Catalog", "This applies only if you have used BackOffice Server 4.0 Setup to install a server application."),
            QT_TRANSLATE_NOOP("Catalog", "Uninstall BackOffice Server 4.0. This removes all files specific to BackOffice Server 4.0, but not the server applications that you installed."),
            QT_TRANSLATE_NOOP("Catalog", "Then restart Windows Server 2003 Setup to upgrade the operating system."),
            QT_TRANSLATE_NOOP("Catalog", "The other way is to upgrade to BackOffice Server 4.5 first, and then to Windows Server 2003."),
        })
        .source(QT_TRANSLATE_NOOP("Catalog", "Microsoft readme on upgrading BackOffice Small Business Server and BackOffice Server to Windows Server 2003, “Upgrading from BackOffice Server 4.0”")));

    // S003 line 22: "To upgrade the server applications to versions supported by Windows Server
    // 2003, you should first upgrade to BackOffice Server 4.5": after uninstalling BackOffice
    // Server 4.0 (line 24) the server applications stay as they are, so they are not such versions.
    tasks.push_back(TaskEntry(taskid::app::bo40ServerApplications, Category::Applications, TaskKind::Manual)
        .paths({"bo40-uninstall-to-ws2003"})
        .title(QT_TRANSLATE_NOOP("Catalog", "Plan for the server applications: uninstalling BackOffice Server 4.0 does not upgrade them"))
        .steps({
            QT_TRANSLATE_NOOP("Catalog", "Uninstalling BackOffice Server 4.0 removes all files specific to BackOffice Server 4.0, but not the server applications that you installed: they stay in the versions of BackOffice Server 4.0."),
            QT_TRANSLATE_NOOP("Catalog", "To upgrade the server applications to versions supported by Windows Server 2003, the document says to first upgrade to BackOffice Server 4.5, and then upgrade to Windows Server 2003."),
            QT_TRANSLATE_NOOP("Catalog", "Before you restart Windows Server 2003 Setup, list the server applications on this server and decide for each one how it will get a version that Windows Server 2003 supports."),
        })
        .source(QT_TRANSLATE_NOOP("Catalog", "Microsoft readme on upgrading BackOffice Small Business Server and BackOffice Server to Windows Server 2003, “Upgrading from BackOffice Server 4.0”")));

    // ---- Email -----------------------------------------------------------------------------

    tasks.push_back(TaskEntry(taskid::mail::exchangeFirst, Category::Email, TaskKind::Automatic)
        .paths(join({&F4, &F4WindowsFirst}))
        .title(QT_TRANSLATE_NOOP("Catalog", "Upgrade Exchange 2000 to Exchange 2003 before you upgrade Windows"))
        .steps({
            QT_TRANSLATE_NOOP("Catalog", "Migrate from the inside out: Exchange first, then Windows."),
            QT_TRANSLATE_NOOP("Catalog", "Run the Exchange 2003 upgrade, which is essentially the same as installing Exchange 2003 on top of Exchange 2000. All mailboxes and other relevant data and settings should be preserved."),
            QT_TRANSLATE_NOOP("Catalog", "Only then upgrade the server itself to Windows Server 2003."),
            QT_TRANSLATE_NOOP("Catalog", "Exchange Server 2000 does not run on Windows Server 2003: an in-place upgrade to Windows Server 2003 of a server that has Exchange 2000 will abort with a warning."),
        })
        .source(QT_TRANSLATE_NOOP("Catalog", "“How to migrate to Exchange Server 2003”, Serdar Yegulalp (third-party article, March 2004)")));

    tasks.push_back(TaskEntry(taskid::mail::adcDcUpgrade, Category::Email, TaskKind::Assisted)
        .mayNotApply()
        .paths(F4)
        .title(QT_TRANSLATE_NOOP("Catalog", "Prepare the Active Directory Connector before a domain controller is upgraded to Windows Server 2003"))
        .steps({
            QT_TRANSLATE_NOOP("Catalog", "This applies if another computer is the domain controller and you plan to upgrade it to Windows Server 2003 first."),
            QT_TRANSLATE_NOOP("Catalog", "The Exchange 2000 version of the Active Directory Connector does not work with Windows Server 2003. It does work in a mixed-mode domain, but with some preparation."),
            QT_TRANSLATE_NOOP("Catalog", "See Microsoft Knowledge Base article 325379, under the header “Upgrading Windows 2000 Domain Controllers to Windows Server 2003”."),
            QT_TRANSLATE_NOOP("Catalog", "An Exchange 2000 SP2 server in an environment with Windows Server 2003 domain controllers needs the Exchange 2000 post-SP2 hotfix rollup."),
        })
        .source(QT_TRANSLATE_NOOP("Catalog", "“How to migrate to Exchange Server 2003”, Serdar Yegulalp (third-party article, March 2004); on the post-SP2 hotfix rollup, “Exchange 2003 Deployment Fundamentals” (Windows IT Pro; not in the source documents)")));

    // The last stage's; the Exchange 2000 path gets it from there (UpgradePath::laterStage).
    tasks.push_back(TaskEntry(taskid::mail::ws2003FeaturesDefer, Category::Email, TaskKind::Manual)
        .paths(F4Windows)
        .title(QT_TRANSLATE_NOOP("Catalog", "Wait until Windows Server 2003 is set up before using the Exchange 2003 features that need it"))
        .steps({
            QT_TRANSLATE_NOOP("Catalog", "Some Exchange 2003 features do not work on Windows 2000 Server: RPC over HTTP access from Outlook 2003, SharePoint Portal Server, IPSec support for clustering, cross-forest Kerberos authentication and the Volume Shadow Copy service."),
            QT_TRANSLATE_NOOP("Catalog", "If you plan to use any of them, wait until Windows Server 2003 is completely set up before you implement them."),
        })
        .source(QT_TRANSLATE_NOOP("Catalog", "“How to migrate to Exchange Server 2003”, Serdar Yegulalp (third-party article, March 2004)")));

    tasks.push_back(TaskEntry(taskid::mail::ex2003Prereqs, Category::Email, TaskKind::Automatic)
        .paths(F4)
        .title(QT_TRANSLATE_NOOP("Catalog", "Check the Exchange Server 2003 installation and upgrade prerequisites"))
        .steps({
            QT_TRANSLATE_NOOP("Catalog", "For an in-place upgrade, the server needs at least Windows 2000 Service Pack 3 and Exchange 2000 Service Pack 3."),
            QT_TRANSLATE_NOOP("Catalog", "Install and start the Windows components Exchange needs: .NET Framework, ASP.NET, Internet Information Services (IIS), the World Wide Web Publishing Service, the SMTP service and the NNTP service."),
            QT_TRANSLATE_NOOP("Catalog", "Remove the components that Exchange 2003 does not support: Mobile Information Server, Instant Messaging, Exchange 2000 Conferencing Server, Key Management Service, the cc:Mail connector and the MS Mail connector."),
            QT_TRANSLATE_NOOP("Catalog", "The domain controllers and global catalog servers must run Windows Server 2003, or Windows 2000 Service Pack 3 or later."),
            QT_TRANSLATE_NOOP("Catalog", "Run Exchange 2003 ForestPrep, even if Exchange 2000 ForestPrep was run before, and then DomainPrep."),
            QT_TRANSLATE_NOOP("Catalog", "If you have front-end and back-end servers, upgrade the front-end servers first."),
        })
        .source(QT_TRANSLATE_NOOP("Catalog", "Microsoft Exchange Server 2003 Deployment Guide; “Exchange 2003 Deployment Fundamentals” (Windows IT Pro); “Upgrading Exchange 2000 to 2003” (TechGenix); not in the source documents"))
        .externalOnly());

    // "If you are currently using a server running Windows SBS … to host your company's email…"
    tasks.push_back(TaskEntry(taskid::mail::essentialsNoExchange, Category::Email, TaskKind::Automatic)
        .mayNotApply()
        .paths(F6Sbs)
        .title(QT_TRANSLATE_NOOP("Catalog", "Plan the email migration: Windows Server Essentials has no email service of its own"))
        .steps({
            QT_TRANSLATE_NOOP("Catalog", "In Windows SBS 2011, Windows SBS 2008 and Windows SBS 2003, email is provided through Microsoft Exchange Server."),
            QT_TRANSLATE_NOOP("Catalog", "Windows Server Essentials does not provide an inbox email service."),
            QT_TRANSLATE_NOOP("Catalog", "If this server hosts your company's email, you need to migrate it to an alternate on-premises or hosted solution: Microsoft Office 365, or another on-premises Exchange Server."),
        })
        .source(QT_TRANSLATE_NOOP("Catalog", "“Step 1: Prepare your Source Server for Windows Server Essentials migration”, “Create a plan to migrate email hosted on Windows SBS 2011, Windows SBS 2008, and Windows SBS 2003”")));

    tasks.push_back(TaskEntry(taskid::mail::o365, Category::Email, TaskKind::Manual)
        .mayNotApply()
        .paths(F6Sbs)
        .title(QT_TRANSLATE_NOOP("Catalog", "If you move email to Office 365, finish that migration before you install Windows Server Essentials"))
        .steps({
            QT_TRANSLATE_NOOP("Catalog", "Follow the guidance in “Migrate All Mailboxes to the Cloud with a Cutover Exchange Migration” to start the email migration to Office 365."),
            QT_TRANSLATE_NOOP("Catalog", "Complete the email migration before you install Windows Server Essentials."),
            QT_TRANSLATE_NOOP("Catalog", "To migrate Exchange public folders to Office 365, see the blog post “Microsoft Exchange 2013 Public Folders Migration Scripts for Office 365”."),
        })
        .cautions({
            {CautionKind::Note, QT_TRANSLATE_NOOP("Catalog", "Removing the on-premises Exchange Server from the Source Server is mandatory if you intend to integrate Windows Server Essentials with Office 365.")},
            {CautionKind::Note, QT_TRANSLATE_NOOP("Catalog", "After you complete the installation, turn on the Office 365 Integration feature in Windows Server Essentials by running the Integrate with Microsoft Office 365 task.")},
        })
        .source(QT_TRANSLATE_NOOP("Catalog", "“Step 1: Prepare your Source Server for Windows Server Essentials migration”, “Migrate email to Microsoft Office 365” and its Note")));

    tasks.push_back(TaskEntry(taskid::mail::rpcOverHttp, Category::Email, TaskKind::Automatic)
        .mayNotApply()
        .paths(F6Sbs)
        .title(QT_TRANSLATE_NOOP("Catalog", "Enable RPC over HTTP on the Source Server for the Office 365 migration tool"))
        .steps({
            QT_TRANSLATE_NOOP("Catalog", "Enable RPC over HTTP on the Source Server. See “How to Deploy RPC over HTTP for the First Time in Small Business Server 2003 (Standard or Premium)”."),
            QT_TRANSLATE_NOOP("Catalog", "If the Office 365 migration tool still cannot connect, look at the ValidPorts setting in the registry at HKEY_LOCAL_MACHINE\\Software\\Microsoft\\Rpc\\RpcProxy, and make sure that the fully qualified domain name (FQDN) of the Source Server is listed."),
            QT_TRANSLATE_NOOP("Catalog", "If the FQDN is not listed, add it, for example: remote.contoso.com:6001-6002;remote.contoso.com:6004 (replace contoso with the name of your domain)."),
        })
        .cautions({
            {CautionKind::Important, QT_TRANSLATE_NOOP("Catalog", "To allow the Office 365 migration tool to connect to the Exchange Server that is running on the Source Server, you must enable RPC over HTTP on the Source Server.")},
        })
        .source(QT_TRANSLATE_NOOP("Catalog", "“Step 1: Prepare your Source Server for Windows Server Essentials migration”, “Migrate email to Microsoft Office 365”, Important box")));

    tasks.push_back(TaskEntry(taskid::mail::onpremExchange, Category::Email, TaskKind::Assisted)
        .mayNotApply()
        .paths(F6Sbs)
        .title(QT_TRANSLATE_NOOP("Catalog", "If you move email to another on-premises Exchange Server, install Windows Server Essentials first"))
        .steps({
            QT_TRANSLATE_NOOP("Catalog", "See “Integrate an On-Premises Exchange Server with Windows Server Essentials”."),
            QT_TRANSLATE_NOOP("Catalog", "Set up the new on-premises Exchange Server after you install Windows Server Essentials."),
            QT_TRANSLATE_NOOP("Catalog", "Finish the email migration before you demote the Source Server."),
        })
        .cautions({
            {CautionKind::Note, QT_TRANSLATE_NOOP("Catalog", "The Windows Small Business Server POP3 Connector is not included with Exchange Server. After you migrate email data to another Exchange Server, you can no longer use the POP3 Connector feature.")},
        })
        .source(QT_TRANSLATE_NOOP("Catalog", "“Step 1: Prepare your Source Server for Windows Server Essentials migration”, “Migrate email to another on-premises Exchange Server” and its Notes")));

    // ---- After the upgrade -----------------------------------------------------------------

    tasks.push_back(TaskEntry(taskid::post::pop3RouterTrigger, Category::AfterUpgrade, TaskKind::Assisted)
        .mayNotApply()
        .paths(F1)
        .title(QT_TRANSLATE_NOOP("Catalog", "The POP3 router trigger is no longer supported"))
        .steps({
            QT_TRANSLATE_NOOP("Catalog", "If you download POP3 e-mail through a router with the Microsoft Connector for POP3 Mailboxes, check after the upgrade that the e-mail still arrives."),
        })
        .cautions({
            {CautionKind::Note, QT_TRANSLATE_NOOP("Catalog", "The router trigger function for the Microsoft Connector for POP3 Mailboxes that was used to prepare the router for external network traffic when downloading POP3 e-mail is no longer supported.")},
        })
        .source(QT_TRANSLATE_NOOP("Catalog", "Before Upgrading Small Business Server 2000 (Microsoft), first Note at the end")));

    tasks.push_back(TaskEntry(taskid::post::urlscanExe, Category::AfterUpgrade, TaskKind::Automatic)
        .mayNotApply()
        .paths(F1)
        .title(QT_TRANSLATE_NOOP("Catalog", "URLScan can block .exe downloads, such as Connection Manager from Remote Web Workplace"))
        .steps({
            QT_TRANSLATE_NOOP("Catalog", "Check whether the IIS Lockdown Wizard and the URLScan security tool are installed on the server."),
            QT_TRANSLATE_NOOP("Catalog", "If they are, after the upgrade either remove the URLScan security tool from the IIS default Web site, or change its configuration to allow .exe files."),
        })
        .cautions({
            {CautionKind::Note, QT_TRANSLATE_NOOP("Catalog", "If you upgraded to Windows Small Business Server 2003 from Small Business Server 2000, and the Internet Information Services (IIS) Lockdown Wizard and URLScan security tool are installed, then by default .exe files cannot be requested through the IIS default Web site. As a result, if you try to download Connection Manager from Remote Web Workplace, you receive a “404 File Not Found” error.")},
        })
        .source(QT_TRANSLATE_NOOP("Catalog", "Before Upgrading Small Business Server 2000 (Microsoft), second Note at the end")));

    // Derived: the seeds say to record each Startup Type (os.stop-localsystem-services) but give
    // no step to restore it.
    tasks.push_back(TaskEntry(taskid::post::restoreServices, Category::AfterUpgrade, TaskKind::Automatic)
        .paths(F1F2)
        .title(QT_TRANSLATE_NOOP("Catalog", "Restore the startup types of the services you disabled"))
        .steps({
            QT_TRANSLATE_NOOP("Catalog", "After the upgrade, open Services: click Start → Run, and type Services.msc."),
            QT_TRANSLATE_NOOP("Catalog", "Set each third-party service that you disabled before Setup back to the Startup Type you recorded, and start the service if it should run."),
        })
        .tools({SystemTool::Services})
        .source(QT_TRANSLATE_NOOP("Catalog", "Derived from Before Upgrading Small Business Server 2000 (Microsoft) and Windows Small Business Server 2003 Upgrade Best Practices, which say to record the Startup Type but do not describe how to restore it; not in the source documents"))
        .externalOnly());

    return tasks;
}

} // namespace prep
