// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompareCommand.h"

#include "FactsJson.h"
#include "HeadlessCheck.h"
#include "catalog/Catalog.h"
#include "checklist/ChecklistModel.h"
#include "checklist/SessionStore.h"
#include "probes/runner/SnapshotFacts.h"
#include "report/JsonReport.h"
#include "report/ReportData.h"
#include "report/WholeFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <algorithm>

namespace prep {

CompareCommand::CompareCommand(const CommandLine &line) : m_line(line) {}

int CompareCommand::fail(const QString &reason)
{
    m_error = reason;
    return 3;
}

bool CompareCommand::readReport(const QString &file, QJsonObject *report, bool *isReport)
{
    const QString shown = QDir::toNativeSeparators(file);
    const QFileInfo info(file);
    // A named pipe or a device would keep the reading waiting, or never end.
    if (!info.exists() || info.isDir() || !info.isFile()) {
        m_error = !info.exists() ? tr("cannot compare %1: there is no such file").arg(shown)
                                 : tr("cannot compare %1: it is not an ordinary file").arg(shown);
        return false;
    }
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly)) {
        m_error = tr("cannot compare %1: %2").arg(shown, input.errorString());
        return false;
    }
    const qint64 limit = std::max<qint64>(SessionStore::maxFileSize, qint64(facts::maxSnapshotBytes));
    const QByteArray bytes = input.read(limit + 1);
    if (input.error() != QFileDevice::NoError || bytes.size() > limit) {
        m_error = bytes.size() > limit ? tr("cannot compare %1: it is too large to be a report or a snapshot").arg(shown)
                                       : tr("cannot compare %1: %2").arg(shown, input.errorString());
        return false;
    }
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    *report = document.object();
    *isReport = report->value(QStringLiteral("schema")).toString() == QLatin1String(JsonReport::schema);
    return true;
}

bool CompareCommand::sideOfReport(const QString &file, const QJsonObject &report, ReportComparison::Side *side)
{
    QString reason;
    if (ReportComparison::sideFromReport(report, file, side, &reason))
        return true;
    m_error = tr("cannot compare %1: %2").arg(QDir::toNativeSeparators(file), reason);
    return false;
}

bool CompareCommand::sideOfSnapshot(const QString &file, const QString &pathId, ReportComparison::Side *side)
{
    QString reason;
    const std::shared_ptr<SnapshotFacts> snapshot = SnapshotFacts::load(file, &reason);
    if (!snapshot) {
        m_error = tr("cannot compare %1: it is neither a Prep Wizard report in JSON nor a server snapshot (%2)")
                      .arg(QDir::toNativeSeparators(file), reason);
        return false;
    }
    if (pathId.isEmpty()) {
        m_error = tr("comparing snapshots needs --path ID, the upgrade path to check them on");
        return false;
    }
    Session session;
    session.pathId = pathId;
    ChecklistModel model;
    model.setSession(session);
    ProbeSettings settings = m_line.probes;
    settings.facts = snapshot;
    HeadlessCheck::runProbes(&model, settings);
    const MachineDescription machine = MachineDescription::ofSnapshot(snapshot->facts());
    return sideOfReport(file, JsonReport::toJson(ReportData::from(model, machine)), side);
}

int CompareCommand::run()
{
    ReportFormat format = ReportFormat::Text;
    if (!ReportWriter::formatFromId(m_line.format, &format))
        return fail(CommandLine::tr("unknown format %1; use one of: %2")
                        .arg(m_line.format, ReportWriter::formatIds().join(QStringLiteral(", "))));
    if (format == ReportFormat::Pdf && m_line.outputFile.isEmpty())
        return fail(HeadlessCheck::tr("a PDF report needs --output FILE"));
    WholeFile output(m_line.outputFile);
    if (!m_line.outputFile.isEmpty()) {
        QString reason;
        if (!output.open(&reason))
            return fail(HeadlessCheck::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(m_line.outputFile), reason));
    }
    QJsonObject reports[2];
    bool isReport[2] = {false, false};
    for (int i = 0; i < 2; ++i) {
        if (!readReport(m_line.compareFiles.at(i), &reports[i], &isReport[i]))
            return 3;
    }
    // Reports first: a snapshot is checked on --path, else on the path of the report beside it.
    ReportComparison::Side sides[2];
    QString pathId = m_line.pathId;
    for (int i = 0; i < 2; ++i) {
        if (!isReport[i])
            continue;
        if (!sideOfReport(m_line.compareFiles.at(i), reports[i], &sides[i]))
            return 3;
        if (pathId.isEmpty())
            pathId = sides[i].pathId;
    }
    for (int i = 0; i < 2; ++i) {
        if (!isReport[i] && !sideOfSnapshot(m_line.compareFiles.at(i), pathId, &sides[i]))
            return 3;
    }
    const ReportComparison comparison(sides[0], sides[1]);
    const QByteArray text = comparison.render(format);
    QString reason;
    if (m_line.outputFile.isEmpty()) {
        if (!WholeFile::writeAll(WholeFile::standardOutput, text, &reason))
            return fail(HeadlessCheck::tr("cannot write the report to standard output: %1").arg(reason));
    } else if (!output.commit(text, &reason)) {
        return fail(HeadlessCheck::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(m_line.outputFile), reason));
    }
    return comparison.exitCode();
}

} // namespace prep
