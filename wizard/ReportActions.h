// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ReportData.h"
#include "report/ReportWriter.h"

#include <QUrl>
#include <QWidget>

#include <functional>

class QPushButton;

namespace prep {

class ChecklistModel;

// The Summary page's "Print…", "Save as PDF…" and "Export…" buttons. They ask where, then hand
// the checklist to the report code; a file that cannot be written is explained in plain words.
class ReportActions : public QWidget
{
    Q_OBJECT

public:
    explicit ReportActions(ChecklistModel *model, QWidget *parent = nullptr);

    // The computer the checklist describes: this one, or the server of an opened snapshot.
    void setMachine(const MachineDescription &machine);
    // On a migration path, the Destination Server's snapshot once opened.
    void setDestination(const std::optional<MachineDescription> &destination);
    // What the buttons do once the operator has chosen a file. On failure *error says why.
    bool save(const QString &filePath, ReportFormat format, QString *error) const;
    // The file name offered in the save dialogs: "checklist-SRV01-2025-03-13.pdf" in Documents.
    QString suggestedFilePath(ReportFormat format) const;

    // Opens a folder in the system's file manager: QDesktopServices::openUrl unless replaced
    // (tests give one that records the address instead).
    using UrlOpener = std::function<bool(const QUrl &)>;
    void setUrlOpener(UrlOpener opener);

    void print();
    void saveAsPdf();
    void exportReport();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    ReportData report() const; // the checklist as the reports print it now
    void saveChosen(const QString &filePath, ReportFormat format);
    // After a file was written: where it is, with a button that opens its folder.
    void sayWhereSaved(const QString &filePath);

    ChecklistModel *m_model;
    MachineDescription m_machine;
    std::optional<MachineDescription> m_destination;
    QPushButton *m_print;
    QPushButton *m_savePdf;
    QPushButton *m_export;
    UrlOpener m_openUrl;
};

} // namespace prep
