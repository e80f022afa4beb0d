// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// The printed checklist as the server's handover record (issue 20), read back from the PDF with
// pdftotext in English and Spanish: dates no reader can misread, "Made on" in a saved PDF, a
// snapshot's findings dated by the snapshot; a symbol per status, what the wizard found under
// every mark, who accepted a risk and when, a box to initial for open tasks, each caution once
// with its task, the sources and the after-the-upgrade tasks at the end; a first page that says
// what is left; a sign-off as true as the verdict with two signatures; the Internet form with
// blanks; the fingerprint of the JSON form in every format, and the PDF's metadata.

#include "LanguageSwitcher.h"
#include "Mnemonics.h"
#include "SampleChecklist.h"
#include "WizardController.h"
#include "WizardDriver.h"
#include "catalog/Catalog.h"
#include "catalog/TaskIds.h"
#include "checklist/ChecklistModel.h"
#include "probes/net/InternetInfoFields.h"
#include "probes/services/RecordedStartTypes.h"
#include "report/HtmlReport.h"
#include "report/JsonReport.h"
#include "report/MarkdownReport.h"
#include "report/PdfPrinter.h"
#include "report/ReportData.h"
#include "report/ReportFingerprint.h"
#include "report/ReportText.h"
#include "report/TextReport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace prep;

namespace {
// pdftotext breaks lines where the layout wraps them and writes ligatures as one character:
// texts are compared with all white space as one space, in compatibility normal form.
QString flattened(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).simplified();
}

struct PdfText
{
    QStringList pages; // pdftotext puts a form feed between pages
    QString all() const { return flattened(pages.join(u' ')); }
};

const QString accepted = QString(taskid::os::stopLocalsystemServices);
const QString couldNotCheck = QString(taskid::os::ntfsSystemDrive);

// When the operator accepted the sample's risk, and who: fixed, so that the record can be read.
void dateTheMarks(ChecklistModel *model)
{
    Session session = model->session();
    ItemState &state = session.items[accepted];
    state.waivedAt = QDateTime(QDate(2025, 3, 12), QTime(17, 5));
    state.markedBy = QStringLiteral("Jordi Puig");
    model->setSession(session);
}
// The text of the form titled `title`, up to the next form or the sign-off.
QString formText(const QString &all, const QString &title)
{
    const qsizetype at = all.indexOf(flattened(title));
    if (at < 0)
        return {};
    qsizetype end = all.size();
    for (const QString &next : {ReportText::internetInfo(), ReportText::backupRecord(), ReportText::serviceStartTypes(),
                                ReportText::signOff()}) {
        const qsizetype found = all.indexOf(flattened(next), at + 1);
        if (found > at && found < end)
            end = found;
    }
    return all.mid(at, end - at);
}
} // namespace

class RecordTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void languages_data();
    void datesAreSpelledOutAndThePdfIsMade_data() { languages_data(); }
    void datesAreSpelledOutAndThePdfIsMade();
    void snapshotFindingsSayTheSnapshotTime_data() { languages_data(); }
    void snapshotFindingsSayTheSnapshotTime();
    void statusSymbolsDifferAndMarksKeepTheFinding_data() { languages_data(); }
    void statusSymbolsDifferAndMarksKeepTheFinding();
    void openTasksHaveABoxAndCautionsComeOnceWithTheirTask_data() { languages_data(); }
    void openTasksHaveABoxAndCautionsComeOnceWithTheirTask();
    void afterTheUpgradeAndSourcesComeLast_data() { languages_data(); }
    void afterTheUpgradeAndSourcesComeLast();
    void firstPageSaysWhatIsLeft_data() { languages_data(); }
    void firstPageSaysWhatIsLeft();
    void signOffFollowsTheVerdict();
    void signOffHasTwoSignatures_data();
    void signOffHasTwoSignatures();
    void internetFormHasEveryFieldWithBlanks_data() { languages_data(); }
    void internetFormHasEveryFieldWithBlanks();
    void everyFormatCarriesTheFingerprint_data();
    void everyFormatCarriesTheFingerprint();
    void theFingerprintCanBeRecomputedElsewhere();
    void backupAndServicesFormsHaveBlanks_data() { languages_data(); }
    void backupAndServicesFormsHaveBlanks();
    void aMarkSaysWhoMadeItAndTheNameCanBeChanged_data() { languages_data(); }
    void aMarkSaysWhoMadeItAndTheNameCanBeChanged();

private:
    void fill(ChecklistModel *model, const QString &language);
    // Writes the PDF (kept in $PREP_REPORT_PDF_DIR when set, for people to look at) and reads it back.
    PdfText printAndRead(const ReportData &data, const QString &name);

    QTemporaryDir m_dir;
    LanguageSwitcher m_languages;
    QString m_lastPdf; // the file printAndRead wrote last
};

void RecordTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QFAIL("pdftotext (poppler-utils) is needed: installer/dependencies.sh installs it for the tests");
    m_languages.setLanguage(QStringLiteral("en"));
}

void RecordTest::cleanup()
{
    m_languages.setLanguage(QStringLiteral("en"));
}

void RecordTest::languages_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("Spanish") << QStringLiteral("es");
}

void RecordTest::fill(ChecklistModel *model, const QString &language)
{
    QVERIFY(m_languages.setLanguage(language));
    model->setLanguage(language);
    sample::fill(model);
    dateTheMarks(model);
}

PdfText RecordTest::printAndRead(const ReportData &data, const QString &name)
{
    const QString keep = qEnvironmentVariable("PREP_REPORT_PDF_DIR");
    const QString pdfPath = QDir(keep.isEmpty() ? m_dir.path() : keep).filePath(name + QStringLiteral(".pdf"));
    QFile file(pdfPath);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(pdfPath));
    PdfPrinter::writePdf(data, &file, QPageSize(QPageSize::A4));
    file.close();
    m_lastPdf = pdfPath;

    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-enc"),
                                                  QStringLiteral("UTF-8"), pdfPath, QStringLiteral("-")});
    if (!pdftotext.waitForFinished(60000) || pdftotext.exitCode() != 0)
        qFatal("pdftotext failed on %s", qPrintable(pdfPath));
    PdfText text;
    text.pages = QString::fromUtf8(pdftotext.readAllStandardOutput()).split(u'\f', Qt::SkipEmptyParts);
    return text;
}

// "13 March 2025, 18:45" in English, "13 de marzo de 2025, 18:45" in Spanish, wherever the record
// has a date; a saved PDF says when it was made; no date in digits only (2/12/26) anywhere.
void RecordTest::datesAreSpelledOutAndThePdfIsMade()
{
    QFETCH(QString, language);
    ChecklistModel model;
    fill(&model, language);
    const bool spanish = language == QLatin1String("es");
    const QString all =
        printAndRead(ReportData::from(model, sample::machine(), sample::generated()), QStringLiteral("dates-") + language)
            .all();

    const QString made = spanish ? QStringLiteral("13 de marzo de 2025, 18:45") : QStringLiteral("13 March 2025, 18:45");
    QVERIFY2(all.contains(made), qPrintable(all.left(600)));
    QVERIFY(all.contains(flattened(ReportText::madeOn(sample::generated()))));
    QVERIFY(all.contains(spanish ? QStringLiteral("Generado el 13 de marzo de 2025, 18:45")
                                 : QStringLiteral("Made on 13 March 2025, 18:45")));
    QVERIFY(!all.contains(QStringLiteral("Printed on")));
    QVERIFY(!all.contains(QStringLiteral("Impreso")));
    // The accepted risk, with its day and time.
    QVERIFY2(all.contains(spanish ? QStringLiteral("12 de marzo de 2025, 17:05") : QStringLiteral("12 March 2025, 17:05")),
             qPrintable(all));
    static const QRegularExpression digitsOnly(QStringLiteral("\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b"));
    QVERIFY2(!digitsOnly.match(all).hasMatch(), qPrintable(digitsOnly.match(all).captured()));
}

// A snapshot taken on 10 March: its findings are dated 10 March, never "checked just now".
void RecordTest::snapshotFindingsSayTheSnapshotTime()
{
    QFETCH(QString, language);
    ChecklistModel model;
    fill(&model, language);
    const QDateTime taken(QDate(2025, 3, 10), QTime(9, 30));
    Finding disk;
    disk.status = ItemStatus::Passed;
    disk.evidence = {sample::sentence("%1 free on %2; %3 needed.",
                                      {TextArg::bytes(13314398618), TextArg::text(QStringLiteral("C:")),
                                       TextArg::bytes(2147483648)})};
    disk.checkedAt = taken;
    model.applyFinding(QString(taskid::hw::freeDisk), disk);
    MachineDescription machine = sample::machine();
    machine.snapshotTakenAt = taken;

    const QString all = printAndRead(ReportData::from(model, machine, sample::generated()),
                                     QStringLiteral("snapshot-") + language)
                            .all();
    const bool spanish = language == QLatin1String("es");
    const QString day = spanish ? QStringLiteral("10 de marzo de 2025, 09:30") : QStringLiteral("10 March 2025, 09:30");
    QVERIFY(all.contains(flattened(ReportText::tr("Found in the snapshot taken on %1.").arg(day))));
    QVERIFY(all.contains(flattened(ReportText::tr("%1 (snapshot taken on %2)")
                                       .arg(ReportText::tr("%1 — %2", "host name — operating system")
                                                .arg(machine.hostName, machine.operatingSystem),
                                            day))));
    for (const QString &relative : {QCoreApplication::translate("Freshness", "checked just now"),
                                    QStringLiteral("today"), QStringLiteral("hoy")})
        QVERIFY2(!all.contains(relative, Qt::CaseInsensitive), qPrintable(relative));
    // No age in words either ("checked 3 days ago", "comprobado hace 3 días").
    static const QRegularExpression age(QStringLiteral("\\d+ (minutes?|hours?|days?) ago|hace \\d+"));
    QVERIFY2(!age.match(all).hasMatch(), qPrintable(age.match(all).captured()));
    QVERIFY(!all.contains(flattened(ReportText::tr("Checked on %1.").arg(day))));
}

// Passed, Done, Risk accepted, Does not apply, To do and Could not check each have their own
// symbol, explained on the first page; a task marked done or accepted still says what the wizard
// found, and an accepted risk says why, who accepted it and when.
void RecordTest::statusSymbolsDifferAndMarksKeepTheFinding()
{
    QFETCH(QString, language);
    ChecklistModel model;
    fill(&model, language);
    // The file system could not be read: the operator looked by hand and marked it done.
    QVERIFY(model.confirm(couldNotCheck, QStringLiteral("Checked in Disk Management: NTFS.")));
    const QList<ItemStatus> shown = {ItemStatus::Passed,        ItemStatus::Confirmed, ItemStatus::Waived,
                                     ItemStatus::NotApplicable, ItemStatus::Pending,   ItemStatus::Unknown};
    QSet<QString> glyphs;
    for (ItemStatus status : shown)
        glyphs.insert(statusGlyph(status));
    QCOMPARE(glyphs.size(), shown.size());

    const QString all =
        printAndRead(ReportData::from(model, sample::machine(), sample::generated()), QStringLiteral("marks-") + language)
            .all();
    for (ItemStatus status : shown)
        QVERIFY2(all.contains(flattened(statusGlyph(status) + u' ' + statusTitle(status) + u':')),
                 qPrintable(statusTitle(status)));

    // Under the accepted risk: what was found, why it was accepted, by whom and when.
    const QString found = flattened(ReportText::tr("The wizard found: %1.", "what the check found under the operator's mark")
                                        .arg(statusTitle(ItemStatus::Warning)));
    QVERIFY2(all.contains(found + u' '
                          + flattened(sample::sentence("%1 services from other vendors run as LocalSystem.",
                                                       {TextArg::integer(2)})
                                          .toString())),
             qPrintable(all));
    QVERIFY(all.contains(flattened(ReportText::waiverText(
        QStringLiteral("The backup agent is stopped by the upgrade script; OfficeScan is uninstalled first.")))));
    const QString when = language == QLatin1String("es") ? QStringLiteral("12 de marzo de 2025, 17:05")
                                                         : QStringLiteral("12 March 2025, 17:05");
    QVERIFY(all.contains(flattened(ReportText::tr("Accepted on %1 by %2").arg(when, QStringLiteral("Jordi Puig")))));
    // Under the task done by hand: what the wizard could not check, and why.
    QVERIFY(all.contains(flattened(ReportText::tr("The wizard found: %1.", "what the check found under the operator's mark")
                                       .arg(statusTitle(ItemStatus::Unknown)))));
    QVERIFY(all.contains(QStringLiteral("access denied")));
    QVERIFY(all.contains(QStringLiteral("Checked in Disk Management: NTFS.")));
}

// Every task still open has an "Initials / date" box, and no closed one has; each caution of the
// documents is printed once, with its task, not in a list of its own.
void RecordTest::openTasksHaveABoxAndCautionsComeOnceWithTheirTask()
{
    QFETCH(QString, language);
    ChecklistModel model;
    fill(&model, language);
    const ReportData data = ReportData::from(model, sample::machine(), sample::generated());
    const PdfText text = printAndRead(data, QStringLiteral("boxes-") + language);
    const QString all = text.all();

    int open = 0;
    for (const ReportSection &section : data.sections) {
        for (const ReportItem &item : section.items)
            open += item.settled() ? 0 : 1;
    }
    QVERIFY(open > 5);
    QCOMPARE(int(all.count(flattened(ReportText::initialsDate()))), open);

    QMap<QString, int> cautions; // text → tasks that have it
    for (const Task *task : model.tasks()) {
        for (const Caution &caution : task->cautions)
            ++cautions[flattened(QCoreApplication::translate("Catalog", caution.text))];
    }
    QVERIFY(!cautions.isEmpty());
    for (auto it = cautions.cbegin(); it != cautions.cend(); ++it)
        QVERIFY2(all.count(it.key()) == it.value(), qPrintable(it.key()));
    QVERIFY(!all.contains(flattened(ReportText::tr("Cautions"))));
    // The virus scan's warning is on the page of the virus scan.
    const Task *scan = Catalog::instance().task(QString(taskid::data::virusScan));
    QVERIFY(scan && !scan->cautions.empty());
    const QString scanCaution = flattened(QCoreApplication::translate("Catalog", scan->cautions.front().text));
    for (const QString &page : text.pages) {
        if (flattened(page).contains(scanCaution))
            QVERIFY(flattened(page).contains(flattened(scan->titleText())));
    }
}

// The tasks of after the upgrade come after the signatures, as what is still to do; the
// sources are one short list at the very end, each document once.
void RecordTest::afterTheUpgradeAndSourcesComeLast()
{
    QFETCH(QString, language);
    ChecklistModel model;
    fill(&model, language);
    const ReportData data = ReportData::from(model, sample::machine(), sample::generated());
    const QString all = printAndRead(data, QStringLiteral("order-") + language).all();

    const qsizetype signOff = all.indexOf(flattened(ReportText::signOff()));
    const qsizetype after = all.lastIndexOf(flattened(categoryTitle(Category::AfterUpgrade)));
    const qsizetype sources = all.indexOf(flattened(ReportText::sources() + u' ' + ReportText::sourcesIntro()));
    QVERIFY(signOff > 0);
    QVERIFY2(after > signOff, qPrintable(QStringLiteral("%1 %2").arg(after).arg(signOff)));
    QVERIFY(sources > after);
    QVERIFY(all.indexOf(flattened(ReportText::afterUpgradeIntro())) > signOff);
    for (const Task *task : model.tasks(Category::AfterUpgrade))
        QVERIFY2(all.lastIndexOf(flattened(task->titleText())) > signOff, task->id);
    for (const Task *task : model.tasks(Category::Data))
        QVERIFY2(all.indexOf(flattened(task->titleText())) < signOff, task->id);

    // Each source once, in the list, and none of them in the tasks' pages.
    QVERIFY(!data.sources.isEmpty());
    const QString beforeSources = all.left(sources);
    for (const QString &source : data.sources) {
        const QString words = flattened(source);
        QVERIFY2(!beforeSources.contains(words), qPrintable(source));
        QVERIFY2(all.indexOf(words, sources) > sources, qPrintable(source));
    }
}

// The first page alone tells the owner which server, which machine was checked, the path and
// its verdict, the readiness verdict in the model's words, what is left and which tasks.
void RecordTest::firstPageSaysWhatIsLeft()
{
    QFETCH(QString, language);
    ChecklistModel model;
    fill(&model, language);
    const ReportData data = ReportData::from(model, sample::machine(), sample::generated());
    const PdfText text = printAndRead(data, QStringLiteral("first-page-") + language);
    const QString first = flattened(text.pages.value(0));

    QVERIFY(first.contains(QStringLiteral("SRV-OFICINA")));
    QVERIFY(first.contains(flattened(ReportText::machineText(data.machine))));
    QVERIFY(first.contains(flattened(ReportText::pathText(data))));
    QVERIFY(first.contains(flattened(data.verdictTitle)));
    QCOMPARE(data.readiness, Readiness::NotReady);
    QVERIFY(first.contains(flattened(readinessTitle(data.readiness))));
    QVERIFY2(first.contains(flattened(readinessAdvice(data.readiness, data.counts))), qPrintable(first));
    QVERIFY(first.contains(flattened(ReportText::countsText(data.counts))));
    const QList<ReportItem> open = data.openTasks();
    QVERIFY(open.size() > 5);
    QVERIFY(first.contains(flattened(ReportText::openTasksTitle(int(open.size())))));
    for (const ReportItem &item : open)
        QVERIFY2(first.contains(flattened(item.title)), qPrintable(item.title));
    QStringList openIds;
    for (const ReportItem &item : open)
        openIds.append(item.id);
    for (const ReportItem &item : data.sectionsAfter().value(0).items)
        QVERIFY2(!openIds.contains(item.id), qPrintable(item.id)); // those wait for after the upgrade
}

// The sentence signed says the server is prepared only when the checklist is ready; in Spanish
// a migration is "migración" and an upgrade "actualización".
void RecordTest::signOffFollowsTheVerdict()
{
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("es")}) {
        QVERIFY(m_languages.setLanguage(language));
        const QString prepared = language == QLatin1String("es") ? QStringLiteral("prepar") : QStringLiteral("prepared");
        for (bool migration : {false, true}) {
            for (Readiness readiness :
                 {Readiness::Ready, Readiness::ReadyWithWarnings, Readiness::NotReadyYet, Readiness::NotReady}) {
                const QString sentence = ReportText::signOffStatement(readiness, migration);
                const bool ready = readiness == Readiness::Ready || readiness == Readiness::ReadyWithWarnings;
                QVERIFY2(sentence.contains(prepared, Qt::CaseInsensitive) == ready, qPrintable(sentence));
                if (language == QLatin1String("es")) {
                    QVERIFY2(sentence.contains(QStringLiteral("migración")) == migration, qPrintable(sentence));
                    QVERIFY2(sentence.contains(QStringLiteral("actualización")) == !migration, qPrintable(sentence));
                }
            }
        }
    }
}

void RecordTest::signOffHasTwoSignatures_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("pathId");
    QTest::newRow("English, upgrade") << QStringLiteral("en") << sample::pathId;
    QTest::newRow("Spanish, upgrade") << QStringLiteral("es") << sample::pathId;
    QTest::newRow("English, migration") << QStringLiteral("en") << QStringLiteral("sbs2003-to-essentials");
    QTest::newRow("Spanish, migration") << QStringLiteral("es") << QStringLiteral("sbs2003-to-essentials");
}

// Under "Not ready": the sentence of a checklist not ready, and two signatures, each with its
// name, date and signature lines; the one who prepared it is named.
void RecordTest::signOffHasTwoSignatures()
{
    QFETCH(QString, language);
    QFETCH(QString, pathId);
    ChecklistModel model;
    fill(&model, language);
    model.setPath(pathId);
    const ReportData data = ReportData::from(model, sample::machine(), sample::generated());
    QVERIFY(data.readiness != Readiness::Ready && data.readiness != Readiness::ReadyWithWarnings);
    const bool migration = data.verdictId == QLatin1String("migration");
    QCOMPARE(migration, pathId != sample::pathId);
    const QString all = printAndRead(data, QStringLiteral("signoff-%1-%2").arg(language, pathId)).all();

    const qsizetype at = all.indexOf(flattened(ReportText::signOff()) + u' ');
    QVERIFY(at > 0);
    const QString block = all.mid(at, 1200);
    const QString sentence = flattened(ReportText::signOffStatement(data.readiness, migration));
    QVERIFY2(block.contains(sentence), qPrintable(block));
    QVERIFY(!sentence.contains(language == QLatin1String("es") ? QStringLiteral("prepar") : QStringLiteral("prepared")));
    if (language == QLatin1String("es"))
        QVERIFY(sentence.contains(migration ? QStringLiteral("migración") : QStringLiteral("actualización")));
    QVERIFY(block.contains(flattened(ReportText::preparedBy())));
    QVERIFY(block.contains(flattened(ReportText::ownerOrConsultant())));
    QVERIFY(block.contains(QStringLiteral("María Fernández")));
    for (const QString &line : {ReportText::signedName(), ReportText::signedDate(), ReportText::signature()})
        QVERIFY2(block.count(flattened(line)) >= 2, qPrintable(line));
}

// The Internet connection information as a form: every field, the filled ones with their value,
// the empty ones as a line to write on.
void RecordTest::internetFormHasEveryFieldWithBlanks()
{
    QFETCH(QString, language);
    ChecklistModel model;
    fill(&model, language);
    model.setFormValue(InternetInfoFields::formKey("isp"), QStringLiteral("Telefónica, 1004"));
    const QString all = printAndRead(ReportData::from(model, sample::machine(), sample::generated()),
                                     QStringLiteral("internet-") + language)
                            .all();
    const QString form = formText(all, ReportText::internetInfo());
    QVERIFY(!form.isEmpty());
    for (const InternetInfoFields::Field &field : InternetInfoFields::fields())
        QVERIFY2(form.contains(flattened(InternetInfoFields::labelText(field))), field.key);
    QVERIFY(form.contains(QStringLiteral("Telefónica, 1004")));
    QCOMPARE(int(form.count(ReportText::blank(40))), int(InternetInfoFields::fields().size()) - 1);
}

// Every format carries the fingerprint of the report's JSON form: the JSON file its own member,
// the HTML page, the Markdown and the text their last line, the PDF the foot of every page; the
// PDF's title, author and subject are in its metadata.
void RecordTest::everyFormatCarriesTheFingerprint_data()
{
    languages_data();
}

void RecordTest::everyFormatCarriesTheFingerprint()
{
    QFETCH(QString, language);
    ChecklistModel model;
    fill(&model, language);
    const ReportData data = ReportData::from(model, sample::machine(), sample::generated());
    const QJsonObject json = QJsonDocument::fromJson(JsonReport::render(data)).object();
    const QString fingerprint = json.value(QStringLiteral("fingerprint")).toString();
    QCOMPARE(fingerprint.size(), 64);
    QCOMPARE(fingerprint, JsonReport::fingerprint(data));
    QCOMPARE(fingerprint, ReportFingerprint::of(json));
    QJsonObject without = json;
    without.remove(QStringLiteral("fingerprint"));
    QCOMPARE(fingerprint, QString::fromLatin1(QCryptographicHash::hash(QJsonDocument(without).toJson(QJsonDocument::Compact),
                                                                       QCryptographicHash::Sha256)
                                                  .toHex()));
    const QString line = ReportText::fingerprintText(fingerprint);
    QVERIFY(HtmlReport::render(data).contains(line.toHtmlEscaped()));
    QVERIFY(MarkdownReport::render(data).contains(MarkdownReport::escaped(line)));
    QVERIFY(TextReport::render(data).contains(line));

    const PdfText text = printAndRead(data, QStringLiteral("fingerprint-") + language);
    for (int page = 0; page < text.pages.size(); ++page)
        QVERIFY2(flattened(text.pages.at(page)).contains(flattened(line)), qPrintable(QString::number(page + 1)));

    QProcess pdfinfo;
    pdfinfo.start(QStringLiteral("pdfinfo"), {m_lastPdf});
    QVERIFY(pdfinfo.waitForFinished(60000));
    const QString info = QString::fromUtf8(pdfinfo.readAllStandardOutput());
    const auto field = [&info](const QString &name) {
        for (const QString &row : info.split(u'\n')) {
            if (row.startsWith(name + u':'))
                return row.mid(name.size() + 1).trimmed();
        }
        return QString();
    };
    QCOMPARE(field(QStringLiteral("Title")), QStringLiteral("%1 — SRV-OFICINA").arg(ReportText::documentTitle()));
    QCOMPARE(field(QStringLiteral("Author")), QStringLiteral("María Fernández"));
    QCOMPARE(field(QStringLiteral("Subject")), ReportText::pdfSubject(data));
    QVERIFY(field(QStringLiteral("Subject")).contains(readinessTitle(Readiness::NotReady)));
    QCOMPARE(field(QStringLiteral("Creator")), QStringLiteral("Prep Wizard"));
    QCOMPARE(field(QStringLiteral("Pages")), QString::number(text.pages.size()));
}

// The definition in docs/record.md holds without Prep Wizard: Python's json module, keys sorted,
// no spaces, UTF-8, gives the same SHA-256.
void RecordTest::theFingerprintCanBeRecomputedElsewhere()
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 is not installed");
    ChecklistModel model;
    fill(&model, QStringLiteral("es"));
    const ReportData data = ReportData::from(model, sample::machine(), sample::generated());
    const QString path = m_dir.filePath(QStringLiteral("report.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(JsonReport::render(data));
    file.close();
    QProcess process;
    process.start(python, {QStringLiteral("-c"),
                           QStringLiteral("import hashlib, json, sys\n"
                                          "report = json.load(open(sys.argv[1], encoding='utf-8'))\n"
                                          "del report['fingerprint']\n"
                                          "canonical = json.dumps(report, sort_keys=True, separators=(',', ':'), "
                                          "ensure_ascii=False)\n"
                                          "print(hashlib.sha256(canonical.encode('utf-8')).hexdigest())\n"),
                           path});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(QString::fromLatin1(process.readAllStandardOutput()).trimmed(), JsonReport::fingerprint(data));
}


// In the wizard: a task marked done says who did it, the name of the Welcome page at first; the
// operator changes it for the colleague who did it, and the record prints that name, with the
// planned date on its first page.
void RecordTest::aMarkSaysWhoMadeItAndTheNameCanBeChanged()
{
    QFETCH(QString, language);
    const QString sessionFile = m_dir.filePath(QStringLiteral("session-by-%1.json").arg(language));
    WizardController controller(
        WizardController::Options{sessionFile, language, QStringLiteral("sbs2000-to-sbs2003")}, &m_languages);
    controller.wizard()->show();
    QVERIFY(QTest::qWaitForWindowExposed(controller.wizard()));
    ChecklistModel *model = controller.model();
    model->setOperatorName(QStringLiteral("Ana Ruiz"));
    const QDate planned = QDate::currentDate().addDays(9);
    QVERIFY(model->setPlannedDate(planned));
    const QString task = QString(taskid::pre::readGuide);
    QVERIFY(!model->setMarkedBy(task, QStringLiteral("Nadie"))); // no mark yet: nothing to name

    TaskDetailsPanel *panel = openTask(controller, task);
    QVERIFY(panel);
    auto *by = panel->findChild<QLineEdit *>(QStringLiteral("markedByEdit"));
    QVERIFY(by);
    QVERIFY(!by->isVisibleTo(panel));
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("doneButton")), Qt::LeftButton);
    QTRY_VERIFY(by->isVisibleTo(panel));
    QCOMPARE(by->text(), QStringLiteral("Ana Ruiz"));
    const QMap<QChar, QStringList> found = mnemonics(controller.wizard());
    for (auto it = found.cbegin(); it != found.cend(); ++it)
        QVERIFY2(it.value().size() == 1, qPrintable(it.value().join(QStringLiteral(" | "))));

    by->setFocus();
    by->selectAll();
    QTest::keyClicks(by, QStringLiteral("Jordi Puig"));
    QTest::keyClick(by, Qt::Key_Tab); // leaving the field keeps the name
    QCOMPARE(model->state(task).markedBy, QStringLiteral("Jordi Puig"));
    QCOMPARE(model->session().operatorName, QStringLiteral("Ana Ruiz"));

    const PdfText pdf = printAndRead(ReportData::from(*model, sample::machine(), sample::generated()),
                                     QStringLiteral("by-") + language);
    const QString title = flattened(model->indexOf(task).data(Qt::DisplayRole).toString());
    const QString all = pdf.all();
    const qsizetype at = all.indexOf(title);
    QVERIFY2(at >= 0, qPrintable(title));
    const QString byName = language == QLatin1String("es") ? QStringLiteral("por Jordi Puig") : QStringLiteral("by Jordi Puig");
    QVERIFY2(all.indexOf(byName, at) > at, qPrintable(all.mid(at, 600)));
    QVERIFY2(flattened(pdf.pages.first()).contains(ReportText::dateText(planned)), qPrintable(pdf.pages.first()));
}

// The records the documents ask for besides the Internet information, as forms: the backup
// (media and place blank to fill in, when it was made from its task's mark, when it was verified
// from the wizard's comparison) and the services' startup types recorded before they were stopped,
// with rows for the ones stopped by hand; the JSON report carries what was filled in.
void RecordTest::backupAndServicesFormsHaveBlanks()
{
    QFETCH(QString, language);
    ChecklistModel model;
    fill(&model, language);
    QVERIFY(model.confirm(QString(taskid::data::fullBackup), QStringLiteral("Tape 3")));
    Finding compared;
    compared.status = ItemStatus::Passed;
    compared.checkedAt = QDateTime(QDate(2025, 3, 12), QTime(18, 40));
    model.applyFinding(QString(taskid::data::verifyBackup), compared);
    model.setFormValue(RecordedStartTypes::key("Spooler"), QStringLiteral("automatic"));
    model.setFormValue(RecordedStartTypes::key("BackupExecAgentAccelerator"), QStringLiteral("disabled"));
    const ReportData data = ReportData::from(model, sample::machine(), sample::generated());
    const QString all = printAndRead(data, QStringLiteral("forms-") + language).all();

    const QString backup = formText(all, ReportText::backupRecord());
    QVERIFY2(!backup.isEmpty(), qPrintable(all.right(2000)));
    for (const QString &label : {ReportText::backupMedia(), ReportText::backupPlace()})
        QVERIFY2(backup.contains(flattened(label) + u' ' + ReportText::blank(40)), qPrintable(backup));
    QVERIFY2(backup.contains(flattened(ReportText::markLines(model.indexOf(QString(taskid::data::fullBackup))).first())),
             qPrintable(backup));
    QVERIFY2(backup.contains(flattened(ReportText::checkedLine(statusTitle(ItemStatus::Passed), compared.checkedAt))),
             qPrintable(backup));

    const QString services = formText(all, ReportText::serviceStartTypes());
    QVERIFY2(!services.isEmpty(), qPrintable(all.right(2000)));
    QVERIFY2(services.contains(QStringLiteral("Spooler ") + RecordedStartTypes::typeText(facts::StartType::Automatic)),
             qPrintable(services));
    QVERIFY2(services.contains(QStringLiteral("BackupExecAgentAccelerator ")
                               + RecordedStartTypes::typeText(facts::StartType::Disabled)),
             qPrintable(services));
    QCOMPARE(int(services.count(flattened(ReportText::otherService()))), 3);
    if (language == QLatin1String("es"))
        QVERIFY2(services.contains(QStringLiteral("Automático")), qPrintable(services));

    const QJsonObject json = JsonReport::toJson(data);
    QCOMPARE(json.value(QStringLiteral("serviceStartTypes")).toObject().value(QStringLiteral("Spooler")).toString(),
             RecordedStartTypes::typeText(facts::StartType::Automatic));
    const QJsonObject record = json.value(QStringLiteral("backupRecord")).toObject();
    QVERIFY(!record.contains(QStringLiteral("media"))); // blank: only on paper
    QVERIFY(record.value(QStringLiteral("verified")).toString().contains(statusTitle(ItemStatus::Passed)));
}

QTEST_MAIN(RecordTest)
#include "tst_record.moc"
