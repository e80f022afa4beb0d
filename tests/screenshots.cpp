// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// Saves a picture of every page of the wizard, in English and Spanish, so that people can look at
// what the operator sees: prepwizard-screenshots OUTPUT_DIR [PATH_ID [SNAPSHOT [DESTINATION]]]
// (DESTINATION: the Destination's snapshot of a migration, as if opened on the path page). The window is
// 1280×800 unless PREP_SCREENSHOT_SIZE says otherwise ("800x600"). The probes run
// first (on this computer, or on the snapshot), with the network ones pointed at a closed port on
// 127.0.0.1 so that they answer at once. Not a test: it judges nothing.

#include "CategoryPage.h"
#include "LanguageSwitcher.h"
#include "PageIds.h"
#include "PrepWizard.h"
#include "SummaryPage.h"
#include "WizardController.h"
#include "catalog/TaskIds.h"
#include "checklist/ChecklistModel.h"
#include "probes/runner/ProbeRunner.h"
#include <QTabWidget>
#include <QTreeView>

#include <QApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QEventLoop>

#include <cstdio>

using namespace prep;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 2) {
        std::fprintf(stderr, "usage: prepwizard-screenshots OUTPUT_DIR [PATH_ID [SNAPSHOT [DESTINATION]]]\n");
        return 2;
    }
    const QDir out(arguments.at(1));
    const QString pathId = arguments.value(2, QStringLiteral("sbs2000-to-sbs2003"));
    const QString snapshot = arguments.value(3);
    const QString destination = arguments.value(4);
    ProbeSettings probes;
    probes.ntpHost = probes.internetHost = QStringLiteral("127.0.0.1");
    probes.ntpPort = probes.internetPort = 9;
    QDir().mkpath(out.path());
    QSize size(1280, 800);
    const QStringList wanted = qEnvironmentVariable("PREP_SCREENSHOT_SIZE").split(QLatin1Char('x'));
    if (wanted.size() == 2 && wanted.at(0).toInt() > 0 && wanted.at(1).toInt() > 0)
        size = QSize(wanted.at(0).toInt(), wanted.at(1).toInt());
    for (const QString &language : LanguageSwitcher::available()) {
        QTemporaryDir dir;
        LanguageSwitcher languages;
        WizardController controller({dir.filePath(QStringLiteral("session.json")), language, pathId, probes, snapshot},
                                    &languages);
        if (QString error; !destination.isEmpty() && !controller.openDestination(destination, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 2;
        }
        PrepWizard *wizard = controller.wizard();
        QEventLoop probing;
        QObject::connect(controller.probes(), &ProbeRunner::allFinished, &probing, &QEventLoop::quit);
        QTimer::singleShot(15000, &probing, &QEventLoop::quit);
        controller.probes()->checkAll();
        probing.exec();
        wizard->resize(size);
        wizard->show();
        int n = 0;
        for (;;) {
            QApplication::processEvents();
            const QString name = QStringLiteral("%1-%2-%3.png").arg(language).arg(n++, 2, 10, QLatin1Char('0'))
                                     .arg(wizard->currentPage()->objectName());
            wizard->grab().save(out.filePath(name));
            std::printf("%s\n", qPrintable(out.filePath(name)));
            // Also: the task with a figure this program chose, and the documents' order.
            const QString extra = out.filePath(name).chopped(4);
            if (wizard->currentId() == categoryPageId(Category::Hardware)
                && controller.model()->indexOf(QString(taskid::hw::driversBios)).isValid()) {
                wizard->categoryPage(Category::Hardware)->taskList()->setCurrentIndex(
                    controller.model()->indexOf(QString(taskid::hw::driversBios)));
                QApplication::processEvents();
                wizard->grab().save(extra + QStringLiteral("-figure.png"));
                std::printf("%s-figure.png\n", qPrintable(extra));
            }
            if (wizard->currentId() == SummaryPageId) {
                auto *tabs = wizard->summaryPage()->findChild<QTabWidget *>(QStringLiteral("summaryTabs"));
                if (tabs && tabs->isTabVisible(1)) {
                    tabs->setCurrentIndex(1);
                    QApplication::processEvents();
                    wizard->grab().save(extra + QStringLiteral("-order.png"));
                    std::printf("%s-order.png\n", qPrintable(extra));
                }
                break;
            }
            wizard->next();
        }
    }
    return 0;
}
