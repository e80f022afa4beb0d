// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportActions.h"

#include "checklist/ChecklistModel.h"
#include "report/PdfPrinter.h"
#include "report/ReportText.h"
#include "report/SafeText.h"

#include <QDate>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>

#include <algorithm>
#include <array>

namespace prep {

namespace {
// The formats of "Export…", in the order of the dialog's file types.
constexpr std::array<ReportFormat, 3> exportFormats = {ReportFormat::Html, ReportFormat::Markdown, ReportFormat::Json};

QString fileType(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Html:
        return ReportActions::tr("Web page (*.html)");
    case ReportFormat::Markdown:
        return ReportActions::tr("Markdown (*.md)");
    case ReportFormat::Json:
        return ReportActions::tr("JSON for scripts (*.json)");
    case ReportFormat::Pdf:
        return ReportActions::tr("PDF document (*.pdf)");
    case ReportFormat::Text:
        return ReportActions::tr("Plain text (*.txt)");
    }
    return {};
}
} // namespace

ReportActions::ReportActions(ChecklistModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_machine(MachineDescription::thisComputer()), m_print(new QPushButton(this)),
      m_savePdf(new QPushButton(this)), m_export(new QPushButton(this)),
      m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("reportActions"));
    m_print->setObjectName(QStringLiteral("printButton"));
    m_savePdf->setObjectName(QStringLiteral("savePdfButton"));
    m_export->setObjectName(QStringLiteral("exportButton"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_print);
    layout->addWidget(m_savePdf);
    layout->addWidget(m_export);
    layout->addStretch(1);
    connect(m_print, &QPushButton::clicked, this, &ReportActions::print);
    connect(m_savePdf, &QPushButton::clicked, this, &ReportActions::saveAsPdf);
    connect(m_export, &QPushButton::clicked, this, &ReportActions::exportReport);
    retranslate();
}

void ReportActions::setMachine(const MachineDescription &machine)
{
    m_machine = machine;
}

void ReportActions::setDestination(const std::optional<MachineDescription> &destination)
{
    m_destination = destination;
}

ReportData ReportActions::report() const
{
    ReportData shown = ReportData::from(*m_model, m_machine);
    shown.setDestination(m_destination);
    return shown;
}

void ReportActions::setUrlOpener(UrlOpener opener)
{
    m_openUrl = std::move(opener);
}

void ReportActions::retranslate()
{
    m_print->setText(tr("&Print…"));
    m_print->setToolTip(tr("Preview the checklist as it will be printed, then print it"));
    m_savePdf->setText(tr("Save as P&DF…"));
    m_savePdf->setToolTip(tr("Save the checklist as a PDF document to keep with the server's records"));
    m_export->setText(tr("E&xport…"));
    m_export->setToolTip(tr("Save the checklist as a web page, as Markdown, or as JSON for scripts"));
}

void ReportActions::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool ReportActions::save(const QString &filePath, ReportFormat format, QString *error) const
{
    return ReportWriter(format).save(report(), filePath, error);
}

QString ReportActions::suggestedFilePath(ReportFormat format) const
{
    const QString server = SafeText::fileNamePart(report().serverTitle());
    const QString name =
        tr("checklist-%1-%2", "file name: server, date").arg(server, QDate::currentDate().toString(Qt::ISODate));
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .filePath(QStringLiteral("%1.%2").arg(name, ReportWriter::fileSuffix(format)));
}

void ReportActions::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(QPageLayout(PdfPrinter::defaultPageSize(), QPageLayout::Portrait, PdfPrinter::pageMargins(),
                                      QPageLayout::Millimeter));
    printer.setDocName(ReportText::documentTitle());
    const ReportData shown = report();
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print the checklist"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&shown](QPrinter *device) { PdfPrinter::print(shown, device); });
    preview.exec();
}

void ReportActions::saveAsPdf()
{
    const QString filePath = QFileDialog::getSaveFileName(
        this, tr("Save the checklist as PDF"), suggestedFilePath(ReportFormat::Pdf), fileType(ReportFormat::Pdf));
    if (!filePath.isEmpty())
        saveChosen(filePath, ReportFormat::Pdf);
}

void ReportActions::exportReport()
{
    QStringList types;
    for (ReportFormat format : exportFormats)
        types.append(fileType(format));
    QString chosenType = types.first();
    const QString filePath =
        QFileDialog::getSaveFileName(this, tr("Export the checklist"), suggestedFilePath(exportFormats.front()),
                                     types.join(QStringLiteral(";;")), &chosenType);
    if (filePath.isEmpty())
        return;
    const ReportFormat format = exportFormats[size_t(std::max<qsizetype>(0, types.indexOf(chosenType)))];
    const QString suffix = ReportWriter::fileSuffix(format);
    saveChosen(QFileInfo(filePath).suffix().isEmpty() ? QStringLiteral("%1.%2").arg(filePath, suffix) : filePath,
               format);
}

void ReportActions::saveChosen(const QString &filePath, ReportFormat format)
{
    QString error;
    if (save(filePath, format, &error)) {
        sayWhereSaved(filePath);
        return;
    }
    QMessageBox::warning(this, tr("The checklist was not saved"),
                         tr("The checklist could not be saved as %1 (%2).\n\nChoose another folder, or check that "
                            "the disk is not full and that you may write there.")
                             .arg(QDir::toNativeSeparators(filePath), error));
}

void ReportActions::sayWhereSaved(const QString &filePath)
{
    const QFileInfo file(filePath);
    QMessageBox box(QMessageBox::Information, tr("The checklist was saved"),
                    tr("The checklist was saved as %1\n\nin the folder %2.")
                        .arg(file.fileName(), QDir::toNativeSeparators(file.absolutePath())),
                    QMessageBox::Close, this);
    box.setObjectName(QStringLiteral("savedMessage"));
    QPushButton *open = box.addButton(tr("&Open the folder"), QMessageBox::ActionRole);
    open->setObjectName(QStringLiteral("openFolderButton"));
    box.setDefaultButton(QMessageBox::Close);
    box.exec();
    if (box.clickedButton() == open && m_openUrl && !m_openUrl(QUrl::fromLocalFile(file.absolutePath())))
        QMessageBox::warning(this, tr("The folder could not be opened"),
                             tr("The folder %1 could not be opened. The checklist is there all the same.")
                                 .arg(QDir::toNativeSeparators(file.absolutePath())));
}

} // namespace prep
