// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// The report in every format, from one checklist: the JSON schema field by field, the same ids and
// status words in every language, and text from the machine or the operator never turned into
// markup.

#include "LanguageSwitcher.h"
#include "SampleChecklist.h"
#include "catalog/Catalog.h"
#include "catalog/TaskIds.h"
#include "checklist/ChecklistModel.h"
#include "probes/net/InternetInfoFields.h"
#include "report/HtmlReport.h"
#include "report/JsonReport.h"
#include "report/MarkdownReport.h"
#include "report/PdfPrinter.h"
#include "report/ReportData.h"
#include "report/ReportText.h"
#include "report/ReportWriter.h"
#include "report/TextReport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTextLayout>

#include <cerrno>
#include <cstring>

#ifndef _WIN32
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace prep;

namespace {
const QString markup = QStringLiteral("<b>x</b>");

QJsonObject itemById(const QJsonObject &report, const QString &id)
{
    for (const QJsonValue &item : report.value(QStringLiteral("items")).toArray()) {
        if (item.toObject().value(QStringLiteral("id")).toString() == id)
            return item.toObject();
    }
    return {};
}

QStringList keys(const QJsonObject &object)
{
    QStringList names = object.keys();
    names.sort();
    return names;
}

QStringList sorted(QStringList names)
{
    names.sort();
    return names;
}
} // namespace

class ReportTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void jsonHasTheSchemaFieldByField();
    void thePlannedDateIsInEveryFormatOnlyWhenGiven();
    void jsonItemsHaveTheirFindingAndTheOperatorsWords();
    void jsonIdsAndStatusWordsAreTheSameInSpanish();
    void snapshotMachineIsNamedWithItsTime();
    void htmlShowsMachineAndOperatorTextAsCharacters();
    void markdownShowsMachineAndOperatorTextAsCharacters();
    void textReportHasGlyphAndWordForEveryTask();
    void pdfFingerprintIsDrawnOneGlyphPerLetter();
    void internetInformationIsPrintedWithItsLabels();
    void everyFormatIsSaved();
    void savingWhereNoFileCanBeWrittenSaysWhy();
    void savingToAFullDiskSaysSoAndLeavesNothing();
    void savingToANamedPipeWritesThroughIt();

private:
    ReportData sampleReport(ChecklistModel *model);

    LanguageSwitcher m_languages;
};

void ReportTest::initTestCase()
{
    m_languages.setLanguage(QStringLiteral("en"));
}

void ReportTest::cleanup()
{
    m_languages.setLanguage(QStringLiteral("en"));
}

ReportData ReportTest::sampleReport(ChecklistModel *model)
{
    model->setLanguage(m_languages.language());
    sample::fill(model);
    return ReportData::from(*model, sample::machine(), sample::generated());
}

void ReportTest::thePlannedDateIsInEveryFormatOnlyWhenGiven()
{
    ChecklistModel model;
    const ReportData none = sampleReport(&model);
    const QJsonObject noDate = QJsonDocument::fromJson(JsonReport::render(none)).object();
    QVERIFY(!noDate.contains(QStringLiteral("plannedDate")));
    QVERIFY(!TextReport::render(none).contains(QStringLiteral("planned for")));
    QVERIFY(!model.setPlannedDate(QDate(99999, 1, 1)));
    QVERIFY(model.setPlannedDate(QDate(2026, 12, 12)));
    const ReportData data = ReportData::from(model, sample::machine(), sample::generated());
    const QJsonObject report = QJsonDocument::fromJson(JsonReport::render(data)).object();
    QCOMPARE(report.value(QStringLiteral("plannedDate")).toString(), QStringLiteral("2026-12-12"));
    QVERIFY2(TextReport::render(data).contains(QStringLiteral("Upgrade planned for: 12 December 2026")),
             qPrintable(TextReport::render(data).left(800)));
    QVERIFY(MarkdownReport::render(data).contains(QStringLiteral("12 December 2026")));
    QVERIFY(HtmlReport::render(data).contains(QStringLiteral("Upgrade planned for")));
}

void ReportTest::jsonHasTheSchemaFieldByField()
{
    ChecklistModel model;
    const ReportData data = sampleReport(&model);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(JsonReport::render(data), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject report = document.object();

    QCOMPARE(keys(report), sorted({QStringLiteral("schema"), QStringLiteral("generated"), QStringLiteral("machine"),
                                   QStringLiteral("operator"), QStringLiteral("path"), QStringLiteral("language"),
                                   QStringLiteral("summary"), QStringLiteral("items"),
                                   QStringLiteral("fingerprint")}));
    QCOMPARE(report.value(QStringLiteral("schema")).toString(), QStringLiteral("prepwizard.report/1"));
    QCOMPARE(QDateTime::fromString(report.value(QStringLiteral("generated")).toString(), Qt::ISODate),
             sample::generated());
    QCOMPARE(report.value(QStringLiteral("language")).toString(), QStringLiteral("en"));
    QCOMPARE(report.value(QStringLiteral("operator")).toString(), QStringLiteral("María Fernández"));

    const QJsonObject machine = report.value(QStringLiteral("machine")).toObject();
    QCOMPARE(machine.value(QStringLiteral("name")).toString(), QStringLiteral("SRV-OFICINA"));
    QCOMPARE(machine.value(QStringLiteral("hostName")).toString(), QStringLiteral("srv-oficina"));
    QCOMPARE(machine.value(QStringLiteral("os")).toString(), QStringLiteral("Windows Server 2000 SP4"));
    QCOMPARE(machine.value(QStringLiteral("source")).toString(), QStringLiteral("this-computer"));
    QVERIFY(!machine.contains(QStringLiteral("snapshotTakenAt")));

    const UpgradePath *path = Catalog::instance().path(sample::pathId);
    const QJsonObject pathObject = report.value(QStringLiteral("path")).toObject();
    QCOMPARE(pathObject.value(QStringLiteral("id")).toString(), sample::pathId);
    QCOMPARE(pathObject.value(QStringLiteral("source")).toString(), path->sourceText());
    QCOMPARE(pathObject.value(QStringLiteral("target")).toString(), path->targetText());
    QCOMPARE(pathObject.value(QStringLiteral("verdict")).toString(), QStringLiteral("supported"));
    QCOMPARE(pathObject.value(QStringLiteral("verdictTitle")).toString(), verdictTitle(path->verdict));
    QCOMPARE(pathObject.value(QStringLiteral("steps")).toVariant().toStringList(), path->stepTexts());
    QCOMPARE(pathObject.value(QStringLiteral("notes")).toVariant().toStringList(), path->noteTexts());

    const QJsonObject summary = report.value(QStringLiteral("summary")).toObject();
    QCOMPARE(summary.value(QStringLiteral("readiness")).toString(), QStringLiteral("not-ready"));
    QCOMPARE(summary.value(QStringLiteral("readinessTitle")).toString(), readinessTitle(Readiness::NotReady));
    const StatusCounts counts = model.counts();
    QCOMPARE(summary.value(QStringLiteral("advice")).toString(), readinessAdvice(Readiness::NotReady, counts));
    QCOMPARE(summary.value(QStringLiteral("exitStatus")).toInt(), 2);
    QCOMPARE(summary.value(QStringLiteral("total")).toInt(), counts.total);
    QCOMPARE(summary.value(QStringLiteral("settled")).toInt(), counts.settled);
    const QJsonObject byStatus = summary.value(QStringLiteral("counts")).toObject();
    QCOMPARE(byStatus.size(), int(allStatuses.size()));
    for (ItemStatus status : allStatuses)
        QCOMPARE(byStatus.value(statusId(status)).toInt(-1), counts.count(status));
    QCOMPARE(byStatus.value(QStringLiteral("confirmed")).toInt(), 3);
    QCOMPARE(byStatus.value(QStringLiteral("blocker")).toInt(), 1);

    // Every task of the path, in the checklist's order.
    const QJsonArray items = report.value(QStringLiteral("items")).toArray();
    const std::vector<const Task *> tasks = model.tasks();
    QCOMPARE(items.size(), qsizetype(tasks.size()));
    for (qsizetype i = 0; i < items.size(); ++i)
        QCOMPARE(items.at(i).toObject().value(QStringLiteral("id")).toString(), QLatin1String(tasks[size_t(i)]->id));
}

void ReportTest::jsonItemsHaveTheirFindingAndTheOperatorsWords()
{
    ChecklistModel model;
    const QJsonObject report = JsonReport::toJson(sampleReport(&model));
    const QStringList always = {QStringLiteral("id"),       QStringLiteral("category"), QStringLiteral("title"),
                                QStringLiteral("kind"),     QStringLiteral("status"),   QStringLiteral("statusTitle"),
                                QStringLiteral("evidence"), QStringLiteral("measured"), QStringLiteral("threshold"),
                                QStringLiteral("note"),     QStringLiteral("source"),   QStringLiteral("found")};

    // A task nobody has touched: the fields of the schema, empty, and nothing more.
    const QJsonObject pending = itemById(report, QString(taskid::data::fullBackup));
    const Task *backup = Catalog::instance().task(QString(taskid::data::fullBackup));
    QCOMPARE(keys(pending), sorted(always));
    QCOMPARE(pending.value(QStringLiteral("category")).toString(), QStringLiteral("data"));
    QCOMPARE(pending.value(QStringLiteral("title")).toString(), backup->titleText());
    QCOMPARE(pending.value(QStringLiteral("kind")).toString(), QStringLiteral("assisted"));
    QCOMPARE(pending.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QCOMPARE(pending.value(QStringLiteral("statusTitle")).toString(), statusTitle(ItemStatus::Pending));
    QCOMPARE(pending.value(QStringLiteral("evidence")).toArray().size(), 0);
    QCOMPARE(pending.value(QStringLiteral("measured")).toString(), QString());
    QCOMPARE(pending.value(QStringLiteral("note")).toString(), QString());
    QCOMPARE(pending.value(QStringLiteral("source")).toString(), backup->referenceText());

    // A probe's result: evidence, measured value and threshold as the wizard shows them.
    const QJsonObject passed = itemById(report, QString(taskid::hw::freeDisk));
    // A checked time comes with the result's age and whether it is stale (Freshness).
    const QStringList checked{QStringLiteral("checkedAt"), QStringLiteral("ageDays"), QStringLiteral("stale")};
    QCOMPARE(keys(passed), sorted(always + checked));
    QCOMPARE(passed.value(QStringLiteral("stale")).toBool(), false);
    QCOMPARE(passed.value(QStringLiteral("kind")).toString(), QStringLiteral("automatic"));
    QCOMPARE(passed.value(QStringLiteral("status")).toString(), QStringLiteral("passed"));
    const QModelIndex freeDisk = model.indexOf(QString(taskid::hw::freeDisk));
    QCOMPARE(passed.value(QStringLiteral("evidence")).toVariant().toStringList(),
             freeDisk.data(ChecklistModel::EvidenceRole).toStringList());
    QCOMPARE(passed.value(QStringLiteral("measured")).toString(), QStringLiteral("12.4 GB"));
    QCOMPARE(passed.value(QStringLiteral("threshold")).toString(), QStringLiteral("at least 2.0 GB"));
    QCOMPARE(
        QDateTime::fromString(passed.value(QStringLiteral("checkedAt")).toString(), Qt::ISODate).toSecsSinceEpoch(),
        freeDisk.data(ChecklistModel::CheckedAtRole).toDateTime().toSecsSinceEpoch());

    // The operator's confirmation with a note.
    const QJsonObject confirmed = itemById(report, QString(taskid::data::virusScan));
    QCOMPARE(keys(confirmed), sorted(always + QStringList{QStringLiteral("confirmedAt"), QStringLiteral("markedAt"),
                                                          QStringLiteral("markedBy")}));
    QCOMPARE(confirmed.value(QStringLiteral("markedBy")).toString(), model.session().operatorName);
    QCOMPARE(confirmed.value(QStringLiteral("status")).toString(), QStringLiteral("confirmed"));
    QCOMPARE(confirmed.value(QStringLiteral("note")).toString(),
             QStringLiteral("Full scan Tuesday night, nothing found. M: excluded."));
    QCOMPARE(QDateTime::fromString(confirmed.value(QStringLiteral("confirmedAt")).toString(), Qt::ISODate)
                 .toSecsSinceEpoch(),
             model.state(QString(taskid::data::virusScan)).confirmedAt.toSecsSinceEpoch());

    // An accepted risk: the reason, and the details the probe listed.
    const QJsonObject waived = itemById(report, QString(taskid::os::stopLocalsystemServices));
    QCOMPARE(keys(waived), sorted(always + checked + QStringList{QStringLiteral("details"),
                                                       QStringLiteral("waiverReason"), QStringLiteral("markedAt"),
                                                       QStringLiteral("markedBy")}));
    QCOMPARE(waived.value(QStringLiteral("status")).toString(), QStringLiteral("waived"));
    QCOMPARE(waived.value(QStringLiteral("found")).toString(), QStringLiteral("warning")); // still said
    QCOMPARE(waived.value(QStringLiteral("waiverReason")).toString(),
             QStringLiteral("The backup agent is stopped by the upgrade script; OfficeScan is uninstalled first."));
    QCOMPARE(waived.value(QStringLiteral("details")).toVariant().toStringList(),
             QStringList({QStringLiteral("Backup Exec Agent (BackupExecAgentAccelerator)"),
                          QStringLiteral("Trend Micro OfficeScan (ofcservice)")}));

    QCOMPARE(itemById(report, QString(taskid::hw::requirements)).value(QStringLiteral("status")).toString(),
             QStringLiteral("blocker"));
    QCOMPARE(itemById(report, QString(taskid::os::ntfsSystemDrive)).value(QStringLiteral("status")).toString(),
             QStringLiteral("unknown"));
}

void ReportTest::jsonIdsAndStatusWordsAreTheSameInSpanish()
{
    const auto stableFields = [](const QJsonObject &report) {
        QStringList fields;
        for (const QJsonValue &value : report.value(QStringLiteral("items")).toArray()) {
            const QJsonObject item = value.toObject();
            fields.append(QStringList{
                item.value(QStringLiteral("id")).toString(), item.value(QStringLiteral("category")).toString(),
                item.value(QStringLiteral("kind")).toString(), item.value(QStringLiteral("status")).toString()}
                              .join(u' '));
        }
        const QJsonObject summary = report.value(QStringLiteral("summary")).toObject();
        fields.append(summary.value(QStringLiteral("readiness")).toString());
        fields.append(QString::fromUtf8(QJsonDocument(summary.value(QStringLiteral("counts")).toObject()).toJson()));
        fields.append(report.value(QStringLiteral("path")).toObject().value(QStringLiteral("verdict")).toString());
        return fields;
    };
    ChecklistModel english;
    const QJsonObject inEnglish = JsonReport::toJson(sampleReport(&english));

    QVERIFY(m_languages.setLanguage(QStringLiteral("es")));
    ChecklistModel spanish;
    const QJsonObject inSpanish = JsonReport::toJson(sampleReport(&spanish));
    QCOMPARE(inSpanish.value(QStringLiteral("language")).toString(), QStringLiteral("es"));
    QCOMPARE(stableFields(inSpanish), stableFields(inEnglish));
    // Titles follow the language.
    const Task *backup = Catalog::instance().task(QString(taskid::data::fullBackup));
    QCOMPARE(itemById(inSpanish, QString(taskid::data::fullBackup)).value(QStringLiteral("title")).toString(),
             backup->titleText());
    QCOMPARE(itemById(inSpanish, QString(taskid::data::fullBackup)).value(QStringLiteral("statusTitle")).toString(),
             statusTitle(ItemStatus::Pending));
}

void ReportTest::snapshotMachineIsNamedWithItsTime()
{
    facts::Facts snapshot;
    snapshot.hostName = "SBS2003";
    snapshot.os.name = "Windows Server 2003";
    snapshot.os.version = "5.2.3790 Service Pack 2";
    snapshot.collectedAt = 1741887900; // 2025-03-13 17:45 UTC
    const MachineDescription machine = MachineDescription::ofSnapshot(snapshot);
    QCOMPARE(machine.hostName, QStringLiteral("SBS2003"));
    QCOMPARE(machine.operatingSystem, QStringLiteral("Windows Server 2003 5.2.3790 Service Pack 2"));
    QVERIFY(machine.isSnapshot());
    QCOMPARE(machine.snapshotTakenAt.toSecsSinceEpoch(), 1741887900);

    ChecklistModel model;
    sample::fill(&model);
    const ReportData data = ReportData::from(model, machine, sample::generated());
    const QJsonObject json = JsonReport::toJson(data).value(QStringLiteral("machine")).toObject();
    QCOMPARE(json.value(QStringLiteral("source")).toString(), QStringLiteral("snapshot"));
    QCOMPARE(
        QDateTime::fromString(json.value(QStringLiteral("snapshotTakenAt")).toString(), Qt::ISODate).toSecsSinceEpoch(),
        1741887900);
    QVERIFY(HtmlReport::render(data).contains(ReportText::machineText(machine).toHtmlEscaped()));
}

void ReportTest::htmlShowsMachineAndOperatorTextAsCharacters()
{
    ChecklistModel model;
    sample::fill(&model);
    model.setOperatorName(markup);
    model.setServerName(QStringLiteral("<script>alert(1)</script>"));
    model.setNote(QString(taskid::data::virusScan), markup);
    Finding finding;
    finding.status = ItemStatus::Warning;
    finding.evidence = {sample::sentence("%1 runs as LocalSystem.", {TextArg::text(markup)})};
    model.applyFinding(QString(taskid::os::stopLocalsystemServices), finding);
    model.setFormValue(InternetInfoFields::formKey("isp"), markup);

    const QString html = HtmlReport::render(ReportData::from(model, sample::machine(), sample::generated()));
    QVERIFY(!html.contains(markup));
    QVERIFY(!html.contains(QStringLiteral("<script>")));
    // The operator (header and signature), the note, the evidence, the form.
    QCOMPARE(html.count(QStringLiteral("&lt;b&gt;x&lt;/b&gt;")), 5);

    QTextDocument document;
    document.setHtml(html);
    const QString shown = document.toPlainText();
    QCOMPARE(shown.count(markup), 5);
    QVERIFY(shown.contains(QStringLiteral("<script>alert(1)</script>")));
}

void ReportTest::markdownShowsMachineAndOperatorTextAsCharacters()
{
    QCOMPARE(MarkdownReport::escaped(markup), QStringLiteral("\\<b\\>x\\</b\\>"));
    QCOMPARE(MarkdownReport::escaped(QStringLiteral("*all* _of_ [it](x) `now` | # ~ \\")),
             QStringLiteral("\\*all\\* \\_of\\_ \\[it\\](x) \\`now\\` \\| \\# \\~ \\\\"));
    QCOMPARE(MarkdownReport::escaped(QStringLiteral("- not a list")), QStringLiteral("\\- not a list"));
    QCOMPARE(MarkdownReport::escaped(QStringLiteral("12. not a list")), QStringLiteral("12\\. not a list"));
    QCOMPARE(MarkdownReport::escaped(QStringLiteral("12.4 GB free")), QStringLiteral("12.4 GB free"));
    QCOMPARE(MarkdownReport::escaped(QStringLiteral("two\nlines")), QStringLiteral("two lines"));

    ChecklistModel model;
    sample::fill(&model);
    model.setOperatorName(markup);
    model.setNote(QString(taskid::data::virusScan), markup);
    const QString markdown = MarkdownReport::render(ReportData::from(model, sample::machine(), sample::generated()));
    QVERIFY(!markdown.contains(markup));
    QCOMPARE(markdown.count(QStringLiteral("\\<b\\>x\\</b\\>")), 3); // operator (header, signature), note
}

void ReportTest::textReportHasGlyphAndWordForEveryTask()
{
    ChecklistModel model;
    const QString text = TextReport::render(sampleReport(&model));
    QVERIFY(text.startsWith(ReportText::documentTitle()));
    for (const Task *task : model.tasks()) {
        const ItemStatus status = model.status(QLatin1String(task->id));
        const QString word = model.indexOf(QLatin1String(task->id)).data(ChecklistModel::StatusTitleRole).toString();
        QVERIFY2(text.contains(QStringLiteral("%1 [%2] %3").arg(statusGlyph(status), word, task->titleText())),
                 task->id);
    }
    QVERIFY(
        text.contains(ReportText::noteText(QStringLiteral("Full scan Tuesday night, nothing found. M: excluded."))));
    QVERIFY(text.contains(ReportText::tr("%1: %2", "verdict: readiness")
                              .arg(ReportText::verdict(), readinessTitle(Readiness::NotReady))));
}

// A ligature in the PDF's footer (Wine's fonts draw "ff" as one glyph) is read and copied as
// U+FB00, and a fingerprint typed from the page no longer matches: every letter is its own glyph.
void ReportTest::pdfFingerprintIsDrawnOneGlyphPerLetter()
{
    const QString letters = ReportText::fingerprintText(QStringLiteral("ff").repeated(16) + QStringLiteral("fi").repeated(16));
    QTextLayout layout(letters, PdfPrinter::fingerprintFont());
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    qsizetype glyphs = 0;
    for (const QGlyphRun &run : layout.glyphRuns())
        glyphs += run.glyphIndexes().size();
    QCOMPARE(glyphs, letters.size());
}

void ReportTest::internetInformationIsPrintedWithItsLabels()
{
    ChecklistModel model;
    sample::fill(&model);
    model.setFormValue(InternetInfoFields::formKey("isp"), QStringLiteral("Telefónica, 1004"));
    model.setFormValue(InternetInfoFields::formKey("connectionType"), QStringLiteral("broadband"));
    model.setFormValue(InternetInfoFields::formKey("adapters"),
                       QStringLiteral("eth0 00:11:22:33:44:55\neth1 66:77:88:99:aa:bb"));
    model.setFormValue(InternetInfoFields::formKey("fromAnotherVersion"), QStringLiteral("kept"));
    const ReportData data = ReportData::from(model, sample::machine(), sample::generated());

    // Every field of the form (the empty ones are blanks on paper), and the one of another version.
    const ReportForm *internet = data.form(QStringLiteral("internetInfo"));
    QVERIFY(internet);
    QCOMPARE(internet->fields.size(), qsizetype(InternetInfoFields::fields().size()) + 1);
    const InternetInfoFields::Field *isp = InternetInfoFields::field(QStringLiteral("isp"));
    const InternetInfoFields::Field *type = InternetInfoFields::field(QStringLiteral("connectionType"));
    const QString html = HtmlReport::render(data);
    QVERIFY(html.contains(ReportText::internetInfo().toHtmlEscaped()));
    QVERIFY(html.contains(InternetInfoFields::labelText(*isp).toHtmlEscaped()));
    QVERIFY(html.contains(QStringLiteral("Telefónica, 1004")));
    QVERIFY(html.contains(InternetInfoFields::valueText(*type, QStringLiteral("broadband")).toHtmlEscaped()));
    QVERIFY(html.contains(QStringLiteral("eth0 00:11:22:33:44:55<br/>eth1 66:77:88:99:aa:bb")));
    QVERIFY(html.contains(QStringLiteral("fromAnotherVersion")));
    QVERIFY(html.contains(InternetInfoFields::notVerifiedText().toHtmlEscaped()));

    const QJsonObject json = JsonReport::toJson(data).value(QStringLiteral("internetInfo")).toObject();
    QCOMPARE(json.value(QStringLiteral("isp")).toString(), QStringLiteral("Telefónica, 1004"));
    QCOMPARE(json.value(QStringLiteral("connectionType")).toString(),
             InternetInfoFields::valueText(*type, QStringLiteral("broadband")));
    QCOMPARE(json.value(QStringLiteral("fromAnotherVersion")).toString(), QStringLiteral("kept"));

    QVERIFY(MarkdownReport::render(data).contains(MarkdownReport::escaped(InternetInfoFields::labelText(*isp))));
    QVERIFY(TextReport::render(data).contains(InternetInfoFields::labelText(*isp)));
}

void ReportTest::everyFormatIsSaved()
{
    QTemporaryDir dir;
    ChecklistModel model;
    const ReportData data = sampleReport(&model);
    for (const QString &id : ReportWriter::formatIds()) {
        ReportFormat format = ReportFormat::Text;
        QVERIFY(ReportWriter::formatFromId(id, &format));
        QCOMPARE(ReportWriter::formatId(format), id);
        const QString path = dir.filePath(QStringLiteral("report.%1").arg(ReportWriter::fileSuffix(format)));
        QString error;
        QVERIFY2(ReportWriter(format).save(data, path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        switch (format) {
        case ReportFormat::Pdf:
            QVERIFY(bytes.startsWith("%PDF-"));
            break;
        case ReportFormat::Json:
            QVERIFY(QJsonDocument::fromJson(bytes).isObject());
            break;
        case ReportFormat::Html:
            QVERIFY(bytes.startsWith("<!DOCTYPE html>"));
            QVERIFY(bytes.contains("table.tasks")); // the stylesheet travels with the page
            break;
        case ReportFormat::Markdown:
            QVERIFY(bytes.startsWith("# "));
            break;
        case ReportFormat::Text:
            QVERIFY(bytes.startsWith(ReportText::documentTitle().toUtf8()));
            break;
        }
    }
    ReportFormat unknown = ReportFormat::Text;
    QVERIFY(!ReportWriter::formatFromId(QStringLiteral("docx"), &unknown));
}

void ReportTest::savingWhereNoFileCanBeWrittenSaysWhy()
{
    QTemporaryDir dir;
    ChecklistModel model;
    const ReportData data = sampleReport(&model);
    QString error;
    QVERIFY(!ReportWriter(ReportFormat::Html).save(data, dir.filePath(QStringLiteral("missing/report.html")), &error));
    QVERIFY(!error.isEmpty());
    // A folder in the way of the file: nothing is written, and the reason is given.
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("report.pdf")));
    error.clear();
    QVERIFY(!ReportWriter(ReportFormat::Pdf).save(data, dir.filePath(QStringLiteral("report.pdf")), &error));
    QVERIFY(!error.isEmpty());
}

void ReportTest::savingToAFullDiskSaysSoAndLeavesNothing()
{
#ifdef _WIN32
    QSKIP("Linux: a full disk is a small tmpfs mounted");
#else
    // What Export… and Save as PDF… do: the reason for the message box, and no half a report.
    if (::geteuid() != 0)
        QSKIP("mounting a small tmpfs as a full disk needs root (CI runs as root)");
    QTemporaryDir dir;
    const QByteArray disk = QFile::encodeName(dir.path());
    QVERIFY2(::mount("tmpfs", disk.constData(), "tmpfs", 0, "size=64k") == 0, std::strerror(errno));
    const auto unmount = qScopeGuard([&] { ::umount2(disk.constData(), MNT_DETACH); });
    {
        QFile filler(dir.filePath(QStringLiteral("filler")));
        QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size()) {
        }
    }
    ChecklistModel model;
    const ReportData data = sampleReport(&model);
    for (const ReportFormat format : {ReportFormat::Html, ReportFormat::Pdf}) {
        QString error;
        QVERIFY(!ReportWriter(format).save(data, dir.filePath(QStringLiteral("report.") + ReportWriter::fileSuffix(format)),
                                           &error));
        QCOMPARE(error, QStringLiteral("No space left on device"));
    }
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("filler")});
#endif
}

void ReportTest::savingToANamedPipeWritesThroughIt()
{
#ifdef _WIN32
    QSKIP("POSIX: a named pipe in the file system");
#else
    // Chosen in the save dialog, a FIFO another program reads gets the report and stays a FIFO.
    QTemporaryDir dir;
    const QString pipe = dir.filePath(QStringLiteral("report.html"));
    QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
    QProcess reader;
    reader.start(QStringLiteral("cat"), {pipe});
    QVERIFY(reader.waitForStarted());
    ChecklistModel model;
    QString error;
    QVERIFY2(ReportWriter(ReportFormat::Html).save(sampleReport(&model), pipe, &error), qPrintable(error));
    QVERIFY(reader.waitForFinished(10000));
    QVERIFY(reader.readAllStandardOutput().startsWith("<!DOCTYPE html>"));
    QVERIFY(QFileInfo(pipe).exists() && !QFileInfo(pipe).isFile());
#endif
}

QTEST_MAIN(ReportTest)
#include "tst_report.moc"
