// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// The printed checklist: the PDF read back with pdftotext has every section and every task of the
// path, in English and Spanish, on A4 and Letter, with "Page 1 of N" footers, and shows text from
// the machine or the operator as the characters it is, and keeps each task on one page.

#include "LanguageSwitcher.h"
#include "SampleChecklist.h"
#include "catalog/Catalog.h"
#include "catalog/TaskIds.h"
#include "checklist/ChecklistModel.h"
#include "report/PdfPrinter.h"
#include "report/ReportData.h"
#include "report/ReportText.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace prep;

namespace {
// pdftotext breaks lines where the layout wraps them, and writes ligatures as one character ("ﬁ"):
// compare texts with all white space as one space, in compatibility normal form.
QString flattened(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).simplified();
}

struct PdfText
{
    QStringList pages; // pdftotext puts a form feed between pages
    QString all() const { return flattened(pages.join(u' ')); }
    // The first page (from 0), from page `from` on, that has `words`, or -1.
    int pageWith(const QString &words, int from = 0) const
    {
        for (int page = std::max(0, from); page < pages.size(); ++page) {
            if (flattened(pages.at(page)).contains(words))
                return page;
        }
        return -1;
    }
};
} // namespace

class PdfPrinterTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void hasEverySectionAndTask_data();
    void hasEverySectionAndTask();
    void spanishSectionTitleIsTranslated();
    void printsMachineAndOperatorTextAsCharacters();
    void paperSizeFollowsTheRequest_data();
    void paperSizeFollowsTheRequest();
    void aTaskIsNeverSplitAcrossPages_data();
    void aTaskIsNeverSplitAcrossPages();
    void sectionsStartWithTheirTitleAndNoPageIsBlank_data();
    void sectionsStartWithTheirTitleAndNoPageIsBlank();

private:
    // The sample checklist, with the program speaking `language`.
    bool fillSample(ChecklistModel *model, const QString &language);
    // Writes the PDF (kept in $PREP_REPORT_PDF_DIR when set, for people to look at) and reads it back.
    PdfText printAndRead(const ChecklistModel &model, const QPageSize &pageSize, const QString &name);
    QString pdfInfo(const QString &pdfPath);

    QTemporaryDir m_dir;
    LanguageSwitcher m_languages;
};

void PdfPrinterTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QFAIL("pdftotext (poppler-utils) is needed: installer/dependencies.sh installs it for the tests");
    m_languages.setLanguage(QStringLiteral("en"));
}

void PdfPrinterTest::cleanup()
{
    m_languages.setLanguage(QStringLiteral("en"));
}

bool PdfPrinterTest::fillSample(ChecklistModel *model, const QString &language)
{
    if (!m_languages.setLanguage(language))
        return false;
    model->setLanguage(language);
    sample::fill(model);
    return true;
}

PdfText PdfPrinterTest::printAndRead(const ChecklistModel &model, const QPageSize &pageSize, const QString &name)
{
    const QString keep = qEnvironmentVariable("PREP_REPORT_PDF_DIR");
    const QString pdfPath = QDir(keep.isEmpty() ? m_dir.path() : keep).filePath(name + QStringLiteral(".pdf"));
    QFile file(pdfPath);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(pdfPath));
    const ReportData data = ReportData::from(model, sample::machine(), sample::generated());
    PdfPrinter::writePdf(data, &file, pageSize);
    file.close();

    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-enc"),
                                                  QStringLiteral("UTF-8"), pdfPath, QStringLiteral("-")});
    if (!pdftotext.waitForFinished(60000) || pdftotext.exitCode() != 0)
        qFatal("pdftotext failed on %s", qPrintable(pdfPath));
    QString all = QString::fromUtf8(pdftotext.readAllStandardOutput());
    // The documents' order (tst_taskorder) names tasks and areas before their sections: these
    // tests look for where the sections print them, so the order's lines are left out (page
    // breaks kept).
    const qsizetype orderStart = data.order.isEmpty() ? -1 : all.indexOf(data.order.title);
    const qsizetype orderEnd = orderStart < 0 ? -1 : all.indexOf(ReportText::orderSourceText(QString()).trimmed(), orderStart);
    for (qsizetype i = orderStart; orderEnd > 0 && i < orderEnd; ++i) {
        if (all.at(i) != u'\f' && all.at(i) != u'\n')
            all[i] = u' ';
    }
    PdfText text;
    text.pages = all.split(u'\f', Qt::SkipEmptyParts);
    return text;
}

QString PdfPrinterTest::pdfInfo(const QString &pdfPath)
{
    QProcess pdfinfo;
    pdfinfo.start(QStringLiteral("pdfinfo"), {pdfPath});
    pdfinfo.waitForFinished(60000);
    return QString::fromUtf8(pdfinfo.readAllStandardOutput());
}

void PdfPrinterTest::hasEverySectionAndTask_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QPageSize>("pageSize");
    QTest::newRow("English, A4") << QStringLiteral("en") << QPageSize(QPageSize::A4);
    QTest::newRow("English, Letter") << QStringLiteral("en") << QPageSize(QPageSize::Letter);
    QTest::newRow("Spanish, A4") << QStringLiteral("es") << QPageSize(QPageSize::A4);
    QTest::newRow("Spanish, Letter") << QStringLiteral("es") << QPageSize(QPageSize::Letter);
}

void PdfPrinterTest::hasEverySectionAndTask()
{
    QFETCH(QString, language);
    QFETCH(QPageSize, pageSize);
    ChecklistModel model;
    QVERIFY(fillSample(&model, language));

    const PdfText text =
        printAndRead(model, pageSize, QStringLiteral("checklist-%1-%2").arg(language, pageSize.key().toLower()));
    const QString all = text.all();
    QVERIFY2(text.pages.size() >= 2, qPrintable(QString::number(text.pages.size())));

    // The words are compared with what the program shows in this language, so the test holds
    // before and after the Spanish translation is filled in.
    QVERIFY(all.contains(flattened(ReportText::documentTitle())));
    QVERIFY(all.contains(QStringLiteral("SRV-OFICINA")));
    QVERIFY(all.contains(QStringLiteral("María Fernández")));
    QVERIFY(all.contains(flattened(readinessTitle(Readiness::NotReady))));
    for (Category category : model.categories())
        QVERIFY2(all.contains(flattened(categoryTitle(category))), qPrintable(categoryTitle(category)));
    for (const Task *task : model.tasks())
        QVERIFY2(all.contains(flattened(task->titleText())), task->id);
    QVERIFY(all.contains(flattened(statusTitle(ItemStatus::Blocker))));
    QVERIFY(all.contains(flattened(ReportText::waiverText(
        QStringLiteral("The backup agent is stopped by the upgrade script; OfficeScan is uninstalled first.")))));
    QVERIFY(all.contains(flattened(ReportText::signOff())));

    // Every page says where it is.
    for (int page = 0; page < text.pages.size(); ++page)
        QVERIFY2(flattened(text.pages.at(page)).contains(ReportText::pageOf(page + 1, int(text.pages.size()))),
                 qPrintable(text.pages.at(page).right(200)));
}

void PdfPrinterTest::spanishSectionTitleIsTranslated()
{
    QVERIFY(m_languages.setLanguage(QStringLiteral("es")));
    ChecklistModel model;
    model.setLanguage(QStringLiteral("es"));
    sample::fill(&model);
    const QString all = printAndRead(model, QPageSize(QPageSize::A4), QStringLiteral("spanish-titles")).all();
    if (QCoreApplication::translate("Catalog", "Data preparation") == QLatin1String("Data preparation"))
        QEXPECT_FAIL("", "translations/prepwizard_es.ts has no Spanish for the catalog yet", Continue);
    QVERIFY(all.contains(QStringLiteral("Preparación de los datos")));
}

void PdfPrinterTest::printsMachineAndOperatorTextAsCharacters()
{
    ChecklistModel model;
    sample::fill(&model);
    model.setOperatorName(QStringLiteral("<b>operator</b>"));
    model.setNote(QString(taskid::data::virusScan), QStringLiteral("<b>x</b> & <i>y</i>"));
    Finding finding;
    finding.status = ItemStatus::Warning;
    finding.evidence = {sample::sentence("%1 runs as LocalSystem.", {TextArg::text(QStringLiteral("<b>svc</b>"))})};
    model.applyFinding(QString(taskid::os::stopLocalsystemServices), finding);

    const QString all = printAndRead(model, QPageSize(QPageSize::A4), QStringLiteral("escaping")).all();
    QVERIFY(all.contains(QStringLiteral("<b>operator</b>")));
    QVERIFY(all.contains(QStringLiteral("<b>x</b> & <i>y</i>")));
    QVERIFY(all.contains(QStringLiteral("<b>svc</b> runs as LocalSystem.")));
}

void PdfPrinterTest::paperSizeFollowsTheRequest_data()
{
    QTest::addColumn<QPageSize>("pageSize");
    QTest::addColumn<QString>("points");
    QTest::newRow("A4") << QPageSize(QPageSize::A4) << QStringLiteral("pts (A4)");
    QTest::newRow("Letter") << QPageSize(QPageSize::Letter) << QStringLiteral("612 x 792 pts (letter)");
}

void PdfPrinterTest::paperSizeFollowsTheRequest()
{
    QFETCH(QPageSize, pageSize);
    QFETCH(QString, points); // as pdfinfo names the page size
    ChecklistModel model;
    sample::fill(&model);
    const QString pdfPath = m_dir.filePath(QStringLiteral("size.pdf"));
    QFile file(pdfPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    PdfPrinter::writePdf(ReportData::from(model, sample::machine(), sample::generated()), &file, pageSize);
    file.close();
    const QString info = pdfInfo(pdfPath);
    QVERIFY2(info.contains(points), qPrintable(info));
}

void PdfPrinterTest::aTaskIsNeverSplitAcrossPages_data()
{
    hasEverySectionAndTask_data();
}

// Every task done with a long note, so that rows of every height meet the page ends: a task's
// title and its note are read on the same page.
void PdfPrinterTest::aTaskIsNeverSplitAcrossPages()
{
    QFETCH(QString, language);
    QFETCH(QPageSize, pageSize);
    ChecklistModel model;
    QVERIFY(fillSample(&model, language));
    QStringList noted; // automatic tasks take no confirmation
    for (const Task *task : model.tasks()) {
        const QString id = QString::fromLatin1(task->id);
        if (model.confirm(id, QStringLiteral("Note for %1: done on Friday evening; the details are in the binder on "
                                             "the shelf beside the server, second tab, with the supplier's phone "
                                             "number.").arg(id)))
            noted.append(id);
    }
    QVERIFY(noted.size() > 15);

    const PdfText text =
        printAndRead(model, pageSize, QStringLiteral("rows-%1-%2").arg(language, pageSize.key().toLower()));
    for (const QString &id : std::as_const(noted)) {
        const int titlePage = text.pageWith(flattened(Catalog::instance().task(id)->titleText()));
        const int notePage = text.pageWith(QStringLiteral("Note for %1:").arg(id));
        QVERIFY2(titlePage >= 0 && titlePage == notePage,
                 qPrintable(QStringLiteral("%1: title on page %2, note on page %3").arg(id).arg(titlePage + 1).arg(notePage + 1)));
    }
}

void PdfPrinterTest::sectionsStartWithTheirTitleAndNoPageIsBlank_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QPageSize>("pageSize");
    QTest::addColumn<int>("sentences");
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("es")}) {
        for (const QPageSize &size : {QPageSize(QPageSize::A4), QPageSize(QPageSize::Letter)}) {
            for (int sentences = 0; sentences <= 3; ++sentences)
                QTest::addRow("%s, %s, %d", qPrintable(language), qPrintable(size.key()), sentences)
                    << language << size << sentences;
        }
    }
}

// Notes of several lengths move the page ends through the report: a section's title is always on
// the page of its first task, and every page has something on it besides its header and footer.
void PdfPrinterTest::sectionsStartWithTheirTitleAndNoPageIsBlank()
{
    QFETCH(QString, language);
    QFETCH(QPageSize, pageSize);
    QFETCH(int, sentences);
    ChecklistModel model;
    QVERIFY(fillSample(&model, language));
    const QString sentence = QStringLiteral("The details are in the binder on the shelf beside the server. ");
    for (const Task *task : model.tasks())
        model.confirm(QString::fromLatin1(task->id), sentence.repeated(sentences).trimmed());

    const PdfText text = printAndRead(
        model, pageSize, QStringLiteral("sections-%1-%2-%3").arg(language, pageSize.key().toLower()).arg(sentences));
    for (Category category : model.categories()) {
        const int titlePage = text.pageWith(flattened(categoryTitle(category)));
        // From the title's page on: the first page also names the open tasks.
        const int firstTaskPage = text.pageWith(flattened(model.tasks(category).front()->titleText()), titlePage);
        QVERIFY2(titlePage >= 0 && titlePage == firstTaskPage,
                 qPrintable(QStringLiteral("%1 on page %2, its first task on page %3")
                                .arg(categoryTitle(category))
                                .arg(titlePage + 1)
                                .arg(firstTaskPage + 1)));
    }
    const QStringList running = {ReportText::documentTitle(), QStringLiteral("SRV-OFICINA"),
                                 ReportText::madeOn(sample::generated()),
                                 model.headerData(ChecklistModel::TitleColumn, Qt::Horizontal).toString(),
                                 model.headerData(ChecklistModel::StatusColumn, Qt::Horizontal).toString()};
    for (int page = 0; page < text.pages.size(); ++page) {
        QString body = flattened(text.pages.at(page));
        body.remove(ReportText::pageOf(page + 1, int(text.pages.size())));
        for (const QString &line : running)
            body.remove(flattened(line));
        QVERIFY2(body.simplified().size() > 20, qPrintable(QStringLiteral("page %1 is blank").arg(page + 1)));
    }
}

QTEST_MAIN(PdfPrinterTest)
#include "tst_pdfprinter.moc"
