// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Summary page's Print…, Save as PDF… and Export… buttons: the preview shows the pages, the
// chosen file is written in the chosen format, and a file that cannot be written is explained.
// Dialogs are answered by a timer, as a person would, so no test waits on a modal dialog.

#include "LanguageSwitcher.h"
#include "PrepWizard.h"
#include "ReportActions.h"
#include "SampleChecklist.h"
#include "SummaryPage.h"
#include "WizardController.h"
#include "checklist/ChecklistModel.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace prep;

namespace {
// Runs `answer` on the next modal dialog once it is open (and has done its first work).
void whenDialogOpens(std::function<void(QWidget *)> answer, int tries = 200)
{
    QTimer::singleShot(50, qApp, [answer = std::move(answer), tries]() mutable {
        if (QWidget *dialog = QApplication::activeModalWidget())
            answer(dialog);
        else if (tries > 0)
            whenDialogOpens(std::move(answer), tries - 1);
    });
}

void chooseFile(QWidget *dialog, const QString &filePath, const QString &type = {})
{
    auto *files = qobject_cast<QFileDialog *>(dialog);
    QVERIFY2(files, dialog->metaObject()->className());
    if (!type.isEmpty())
        files->selectNameFilter(type);
    // Typed into the file name box, as a person would: the dialog may still be filling that box
    // with its own suggestion while it reads the folder.
    auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
    QVERIFY(name);
    name->setText(filePath);
    static_cast<QDialog *>(files)->accept(); // QFileDialog::accept(), as the Save button does
}

// Closes the message that says where the file was written, as a person who has read it.
void closeSavedMessage()
{
    whenDialogOpens([](QWidget *box) {
        QVERIFY2(box->objectName() == QLatin1String("savedMessage"), box->metaObject()->className());
        box->close();
    });
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class ReportActionsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void summaryPageHasTheButtons();
    void buttonsFollowTheLanguage();
    void printShowsThePagesFirst();
    void saveAsPdfWritesTheChosenFile();
    void exportWritesTheChosenFormat_data();
    void exportWritesTheChosenFormat();
    void unwritableFileIsExplained();
    void aSavedFileIsSaidWithItsFolder_data();
    void aSavedFileIsSaidWithItsFolder();
    void suggestedNameHasServerAndDate();

private:
    QTemporaryDir m_dir;
    LanguageSwitcher m_languages;
    ChecklistModel m_model;
};

void ReportActionsTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_languages.setLanguage(QStringLiteral("en"));
    sample::fill(&m_model);
}

void ReportActionsTest::summaryPageHasTheButtons()
{
    WizardController controller({m_dir.filePath(QStringLiteral("session.json")), QStringLiteral("en"), sample::pathId},
                                &m_languages);
    auto *actions = controller.wizard()->summaryPage()->findChild<ReportActions *>(QStringLiteral("reportActions"));
    QVERIFY(actions);
    QCOMPARE(actions->findChild<QPushButton *>(QStringLiteral("printButton"))->text(), QStringLiteral("&Print…"));
    QCOMPARE(actions->findChild<QPushButton *>(QStringLiteral("savePdfButton"))->text(),
             QStringLiteral("Save as P&DF…"));
    QCOMPARE(actions->findChild<QPushButton *>(QStringLiteral("exportButton"))->text(), QStringLiteral("E&xport…"));
}

void ReportActionsTest::buttonsFollowTheLanguage()
{
    ReportActions actions(&m_model);
    QVERIFY(m_languages.setLanguage(QStringLiteral("es")));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange); // Qt posts it to each window
    const QString spanish = actions.findChild<QPushButton *>(QStringLiteral("printButton"))->text();
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCOMPARE(spanish, QStringLiteral("Im&primir…"));
    QCOMPARE(actions.findChild<QPushButton *>(QStringLiteral("printButton"))->text(), QStringLiteral("&Print…"));
}

void ReportActionsTest::printShowsThePagesFirst()
{
    ReportActions actions(&m_model);
    int pages = 0;
    bool previewed = false;
    whenDialogOpens([&](QWidget *dialog) {
        previewed = qobject_cast<QPrintPreviewDialog *>(dialog) != nullptr;
        if (auto *preview = dialog->findChild<QPrintPreviewWidget *>())
            pages = preview->pageCount();
        dialog->close();
    });
    QTest::mouseClick(actions.findChild<QPushButton *>(QStringLiteral("printButton")), Qt::LeftButton);
    QVERIFY(previewed);
    QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
}

void ReportActionsTest::saveAsPdfWritesTheChosenFile()
{
    ReportActions actions(&m_model);
    const QString path = m_dir.filePath(QStringLiteral("checklist.pdf"));
    whenDialogOpens([&](QWidget *dialog) {
        chooseFile(dialog, path);
        closeSavedMessage();
    });
    QTest::mouseClick(actions.findChild<QPushButton *>(QStringLiteral("savePdfButton")), Qt::LeftButton);
    QVERIFY(readAll(path).startsWith("%PDF-"));
}

void ReportActionsTest::exportWritesTheChosenFormat_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("written");
    QTest::addColumn<QByteArray>("start");
    QTest::newRow("web page") << ReportActions::tr("Web page (*.html)") << QStringLiteral("export.html")
                              << QStringLiteral("export.html") << QByteArray("<!DOCTYPE html>");
    QTest::newRow("Markdown, suffix added") << ReportActions::tr("Markdown (*.md)") << QStringLiteral("export-md")
                                            << QStringLiteral("export-md.md") << QByteArray("# ");
    QTest::newRow("JSON") << ReportActions::tr("JSON for scripts (*.json)") << QStringLiteral("export.json")
                          << QStringLiteral("export.json") << QByteArray("{");
}

void ReportActionsTest::exportWritesTheChosenFormat()
{
    QFETCH(QString, type);
    QFETCH(QString, fileName);
    QFETCH(QString, written);
    QFETCH(QByteArray, start);
    ReportActions actions(&m_model);
    whenDialogOpens([&](QWidget *dialog) {
        chooseFile(dialog, m_dir.filePath(fileName), type);
        closeSavedMessage();
    });
    QTest::mouseClick(actions.findChild<QPushButton *>(QStringLiteral("exportButton")), Qt::LeftButton);
    const QByteArray bytes = readAll(m_dir.filePath(written));
    QVERIFY2(bytes.startsWith(start), bytes.left(40).constData());
    if (written.endsWith(QLatin1String(".json")))
        QCOMPARE(QJsonDocument::fromJson(bytes).object().value(QStringLiteral("schema")).toString(),
                 QStringLiteral("prepwizard.report/1"));
}

void ReportActionsTest::unwritableFileIsExplained()
{
    ReportActions actions(&m_model);
    const QString path = m_dir.filePath(QStringLiteral("no-such-folder/checklist.pdf"));
    QString message;
    whenDialogOpens([&](QWidget *dialog) {
        chooseFile(dialog, path);
        whenDialogOpens([&](QWidget *box) {
            if (auto *warning = qobject_cast<QMessageBox *>(box))
                message = warning->text();
            box->close();
        });
    });
    QTest::mouseClick(actions.findChild<QPushButton *>(QStringLiteral("savePdfButton")), Qt::LeftButton);
    QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
    QVERIFY(!QFile::exists(path));

    // The same, without dialogs.
    QString error;
    QVERIFY(!actions.save(path, ReportFormat::Pdf, &error));
    QVERIFY(!error.isEmpty());
}

void ReportActionsTest::aSavedFileIsSaidWithItsFolder_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("language");
    QTest::newRow("Save as PDF") << QStringLiteral("savePdfButton") << QStringLiteral("record.pdf") << QStringLiteral("en");
    QTest::newRow("Export") << QStringLiteral("exportButton") << QStringLiteral("record.html") << QStringLiteral("en");
    QTest::newRow("Guardar como PDF") << QStringLiteral("savePdfButton") << QStringLiteral("registro.pdf")
                                      << QStringLiteral("es");
}

// After the file is written, a message names it and its folder, and its button opens the folder
// (through the opener the test gives instead of the system's file manager).
void ReportActionsTest::aSavedFileIsSaidWithItsFolder()
{
    QFETCH(QString, button);
    QFETCH(QString, fileName);
    QFETCH(QString, language);
    QVERIFY(m_languages.setLanguage(language));
    const auto english = qScopeGuard([this] { m_languages.setLanguage(QStringLiteral("en")); });
    ReportActions actions(&m_model);
    QList<QUrl> opened;
    actions.setUrlOpener([&opened](const QUrl &url) {
        opened.append(url);
        return true;
    });
    const QString folder = m_dir.filePath(QStringLiteral("records-") + language);
    QVERIFY(QDir().mkpath(folder));
    const QString path = QDir(folder).filePath(fileName);
    QString title;
    QString text;
    whenDialogOpens([&](QWidget *dialog) {
        chooseFile(dialog, path);
        whenDialogOpens([&](QWidget *box) {
            auto *message = qobject_cast<QMessageBox *>(box);
            QVERIFY2(message, box->metaObject()->className());
            title = message->windowTitle();
            text = message->text();
            auto *open = message->findChild<QPushButton *>(QStringLiteral("openFolderButton"));
            QVERIFY(open);
            QCOMPARE(open->text(), ReportActions::tr("&Open the folder"));
            QTest::mouseClick(open, Qt::LeftButton);
        });
    });
    QTest::mouseClick(actions.findChild<QPushButton *>(button), Qt::LeftButton);
    QVERIFY(QFile::exists(path));
    QCOMPARE(title, ReportActions::tr("The checklist was saved"));
    QVERIFY2(text.contains(fileName) && text.contains(QDir::toNativeSeparators(folder)), qPrintable(text));
    if (language == QLatin1String("es"))
        QVERIFY2(text.contains(QStringLiteral("en la carpeta")), qPrintable(text));
    QCOMPARE(opened, QList<QUrl>{QUrl::fromLocalFile(folder)});
}

void ReportActionsTest::suggestedNameHasServerAndDate()
{
    ReportActions actions(&m_model);
    const QString suggested = actions.suggestedFilePath(ReportFormat::Pdf);
    QVERIFY2(suggested.endsWith(
                 QStringLiteral("checklist-SRV-OFICINA-%1.pdf").arg(QDate::currentDate().toString(Qt::ISODate))),
             qPrintable(suggested));
    QVERIFY(suggested.startsWith(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)));
}

QTEST_MAIN(ReportActionsTest)
#include "tst_reportactions.moc"
