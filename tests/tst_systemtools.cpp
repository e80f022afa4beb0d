// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Windows tools the documents tell the operator to open (Disk Cleanup, Disk Defragmenter,
// Services): a button under the task for each one this computer has, found only in the system
// folder, that starts it there; none for a tool the computer lacks, none while the checklist is
// about another server. The tools are a stand-in program copied into a folder under their names.
// Runs under Wine as well, where the launcher is ShellExecuteEx.

#include "CategoryPage.h"
#include "LanguageSwitcher.h"
#include "Mnemonics.h"
#include "PageIds.h"
#include "PrepWizard.h"
#include "SystemToolButtons.h"
#include "TaskDetailsPanel.h"
#include "WizardController.h"
#include "WizardDriver.h"
#include "catalog/TaskIds.h"
#include "checklist/ChecklistModel.h"
#include "probes/helpers/SystemToolLauncher.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <algorithm>

using namespace prep;

namespace {

// A folder that holds the stand-in under each of `names`.
void putStandIn(const QString &folder, const QStringList &names)
{
    for (const QString &name : names) {
        const QString file = QDir(folder).filePath(name);
        QVERIFY2(QFile::copy(QStringLiteral(PREP_TOOL_STAND_IN), file), qPrintable(file));
        QFile(file).setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
}

QList<QPushButton *> toolButtons(QWidget *top)
{
    QList<QPushButton *> buttons;
    for (QPushButton *button : top->findChildren<QPushButton *>())
        if (button->objectName().startsWith(QLatin1String("systemToolButton")) && button->isVisibleTo(top))
            buttons.append(button);
    return buttons;
}

QStringList texts(const QList<QPushButton *> &buttons)
{
    QStringList list;
    for (const QPushButton *button : buttons)
        list.append(button->text());
    return list;
}

} // namespace

class TestSystemTools : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    LanguageSwitcher languages;

    QString sessionFile() const { return dir.filePath(QStringLiteral("session.json")); }

    // A folder of its own for each test, as the system folder.
    QString toolFolder()
    {
        const QString folder = dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QLatin1Char('-')
                                            + QString::fromLatin1(QTest::currentDataTag()));
        QDir().mkpath(folder);
        return folder;
    }

    std::unique_ptr<WizardController> start(const QString &folder, const QString &language = QStringLiteral("en"))
    {
        WizardController::Options options{sessionFile(), language, QStringLiteral("sbs2000-to-sbs2003")};
        options.systemToolFolder = folder;
        auto controller = std::make_unique<WizardController>(options, &languages);
        controller->wizard()->show();
        if (!QTest::qWaitForWindowExposed(controller->wizard()))
            qWarning("window not exposed");
        return controller;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PrepWizardTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_systemtools"));
    }

    void init() { QFile::remove(sessionFile()); }

    void aToolIsFoundInTheSystemFolderOnly()
    {
        const QString folder = toolFolder();
        putStandIn(folder, {QStringLiteral("cleanmgr.exe")});
        const SystemToolLauncher launcher(folder);
        QCOMPARE(launcher.program(SystemTool::DiskCleanup), QDir(folder).filePath(QStringLiteral("cleanmgr.exe")));
        QVERIFY(!launcher.has(SystemTool::Services));
        QVERIFY(!launcher.has(SystemTool::DiskDefragmenter));
        // A folder of the tool's name is not the tool.
        QVERIFY(QDir(folder).mkdir(QStringLiteral("services.msc")));
        QVERIFY(!launcher.has(SystemTool::Services));
#ifndef Q_OS_WIN
        // Only Windows has a system folder with the tools, whatever this computer's current folder holds.
        QVERIFY(QDir::setCurrent(folder));
        for (SystemTool tool : {SystemTool::DiskCleanup, SystemTool::DiskDefragmenter, SystemTool::Services})
            QVERIFY(!SystemToolLauncher().has(tool));
        QVERIFY(QDir::setCurrent(dir.path()));
#endif
    }

    // Windows 2000 and 2003 have Dfrg.msc, as the document says; later Windows Dfrgui.exe.
    void theDefragmenterOfEitherWindowsIsFound()
    {
        const QString folder = toolFolder();
        putStandIn(folder, {QStringLiteral("dfrgui.exe")});
        const SystemToolLauncher launcher(folder);
        QCOMPARE(launcher.program(SystemTool::DiskDefragmenter), QDir(folder).filePath(QStringLiteral("dfrgui.exe")));
        putStandIn(folder, {QStringLiteral("dfrg.msc")});
        QCOMPARE(launcher.program(SystemTool::DiskDefragmenter), QDir(folder).filePath(QStringLiteral("dfrg.msc")));
    }

    // The button under "Run Disk Cleanup and Disk Defragmenter" starts Disk Cleanup in the
    // system folder; the computer has no Defragmenter, so there is no button for it.
    void theButtonStartsTheTool()
    {
        const QString folder = toolFolder();
        putStandIn(folder, {QStringLiteral("cleanmgr.exe")});
        auto controller = start(folder);
        TaskDetailsPanel *panel = openTask(*controller, QString(taskid::hw::diskCleanupDefrag));
        QVERIFY(panel);
        const QList<QPushButton *> buttons = toolButtons(panel);
        QCOMPARE(texts(buttons), QStringList{QStringLiteral("Open Disk Clean&up")});
        QTest::mouseClick(buttons.first(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(QDir(folder).filePath(QStringLiteral("started.txt"))), 20000);
        // Only under its task: another task of the page has none.
        QVERIFY(toolButtons(openTask(*controller, QString(taskid::hw::driversBios))).isEmpty());
    }

    void eachTaskHasItsDocumentsTools_data()
    {
        QTest::addColumn<QString>("taskId");
        QTest::addColumn<QStringList>("buttons");
        QTest::newRow("disk cleanup and defragmenter")
            << QString(taskid::hw::diskCleanupDefrag)
            << QStringList{QStringLiteral("Open Disk Clean&up"), QStringLiteral("Open Disk De&fragmenter")};
        QTest::newRow("stop the Local System services")
            << QString(taskid::os::stopLocalsystemServices) << QStringList{QStringLiteral("Open &Services")};
        QTest::newRow("restore the services")
            << QString(taskid::post::restoreServices) << QStringList{QStringLiteral("Open &Services")};
    }
    void eachTaskHasItsDocumentsTools()
    {
        QFETCH(QString, taskId);
        QFETCH(QStringList, buttons);
        const QString folder = toolFolder();
        putStandIn(folder, {QStringLiteral("cleanmgr.exe"), QStringLiteral("dfrg.msc"), QStringLiteral("services.msc")});
        auto controller = start(folder);
        TaskDetailsPanel *panel = openTask(*controller, taskId);
        QVERIFY(panel);
        QCOMPARE(texts(toolButtons(panel)), buttons);
    }

    // Each button has a mnemonic no other control of the window shows uses, in both languages.
    void theButtonsHaveTheirOwnMnemonics_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("taskId");
        for (const char *language : {"en", "es"})
            for (const char *taskId : {taskid::hw::diskCleanupDefrag, taskid::os::stopLocalsystemServices,
                                       taskid::post::restoreServices})
                QTest::addRow("%s %s", language, taskId) << QString::fromLatin1(language) << QString::fromLatin1(taskId);
    }
    void theButtonsHaveTheirOwnMnemonics()
    {
        QFETCH(QString, language);
        QFETCH(QString, taskId);
        const QString folder = toolFolder();
        putStandIn(folder, {QStringLiteral("cleanmgr.exe"), QStringLiteral("dfrg.msc"), QStringLiteral("services.msc")});
        auto controller = start(folder, language);
        TaskDetailsPanel *panel = openTask(*controller, taskId);
        QVERIFY(panel);
        QVERIFY(!toolButtons(panel).isEmpty());
        const QMap<QChar, QStringList> found = mnemonics(controller->wizard());
        for (auto it = found.cbegin(); it != found.cend(); ++it)
            QVERIFY2(it.value().size() == 1, qPrintable(it.value().join(QStringLiteral(" | "))));
    }

    void noButtonForAToolTheComputerLacks()
    {
        auto controller = start(toolFolder());
        TaskDetailsPanel *panel = openTask(*controller, QString(taskid::hw::diskCleanupDefrag));
        QVERIFY(panel);
        QVERIFY(toolButtons(panel).isEmpty());
    }

    // A snapshot of another server: its tools are there, not here.
    void noButtonWhileTheChecklistIsAboutAnotherServer()
    {
        const QString folder = toolFolder();
        putStandIn(folder, {QStringLiteral("cleanmgr.exe")});
        auto controller = start(folder);
        TaskDetailsPanel *panel = openTask(*controller, QString(taskid::hw::diskCleanupDefrag));
        QVERIFY(panel);
        QCOMPARE(toolButtons(panel).size(), 1);
        QString error;
        QVERIFY2(controller->openSnapshot(QStringLiteral(PREP_FIXTURES "/snapshots/sbs2003-server.json"), &error),
                 qPrintable(error));
        QApplication::processEvents();
        QVERIFY(toolButtons(panel).isEmpty());
    }

    void theButtonSpeaksTheOperatorsLanguage()
    {
        const QString folder = toolFolder();
        putStandIn(folder, {QStringLiteral("cleanmgr.exe"), QStringLiteral("dfrgui.exe")});
        auto controller = start(folder, QStringLiteral("es"));
        TaskDetailsPanel *panel = openTask(*controller, QString(taskid::hw::diskCleanupDefrag));
        QVERIFY(panel);
        QCOMPARE(texts(toolButtons(panel)),
                 (QStringList{QStringLiteral("Abrir el &Liberador de espacio en disco"),
                              QStringLiteral("Abrir el Des&fragmentador de disco")}));
        languages.setLanguage(QStringLiteral("en"));
        QApplication::processEvents();
        QCOMPARE(texts(toolButtons(panel)),
                 (QStringList{QStringLiteral("Open Disk Clean&up"), QStringLiteral("Open Disk De&fragmenter")}));
    }

    // A file of the tool's name that is not a program: the operator is told, in a message that
    // names it, and the wizard goes on.
    void aToolThatDoesNotStartIsSaidSo()
    {
        const QString folder = toolFolder();
        QFile broken(QDir(folder).filePath(QStringLiteral("cleanmgr.exe")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("not a program\n");
        broken.close();
        auto controller = start(folder);
        TaskDetailsPanel *panel = openTask(*controller, QString(taskid::hw::diskCleanupDefrag));
        QVERIFY(panel);
        const QList<QPushButton *> buttons = toolButtons(panel);
        QCOMPARE(buttons.size(), 1);
        QString shown;
        QTimer::singleShot(0, this, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                shown = box->text();
                box->accept();
            }
        });
        QTest::mouseClick(buttons.first(), Qt::LeftButton);
        QVERIFY2(shown.contains(QStringLiteral("cleanmgr.exe")), qPrintable(shown));
        QVERIFY(!QFile::exists(QDir(folder).filePath(QStringLiteral("started.txt"))));
    }
};

QTEST_MAIN(TestSystemTools)
#include "tst_systemtools.moc"
