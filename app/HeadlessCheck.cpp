// SPDX-License-Identifier: GPL-3.0-or-later
#include "HeadlessCheck.h"

#include "Catalog.h"
#include "ChecklistModel.h"
#include "LanguageSwitcher.h"
#include "ProbeRunner.h"
#include "ReportWriter.h"
#include "SessionStore.h"
#include "SnapshotFacts.h"
#include "WholeFile.h"

#include <QDir>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#ifndef _WIN32
#include <unistd.h>
#endif
#include <memory>

namespace prep {

HeadlessCheck::HeadlessCheck(const CommandLine &line, LanguageSwitcher *languages)
    : m_line(line), m_languages(languages)
{
}

int HeadlessCheck::fail(const QString &reason)
{
    m_error = reason;
    return 3;
}

bool HeadlessCheck::readSession(Session *session)
{
    QString reason;
    if (SessionStore::read(m_line.sessionFile, session, &reason))
        return true;
    m_error = tr("cannot read the session file %1: %2").arg(QDir::toNativeSeparators(m_line.sessionFile), reason);
    return false;
}

bool HeadlessCheck::prepareProbes(ProbeSettings *settings, MachineDescription *machine)
{
    *machine = MachineDescription::thisComputer();
    if (!m_line.factsFile.isEmpty()) {
        QString reason;
        const std::shared_ptr<SnapshotFacts> snapshot = SnapshotFacts::load(m_line.factsFile, &reason);
        if (!snapshot) {
            m_error = reason;
            return false;
        }
        *machine = MachineDescription::ofSnapshot(snapshot->facts());
        settings->facts = snapshot;
    }
    return true;
}

void HeadlessCheck::runProbes(ChecklistModel *model, const ProbeSettings &settings)
{
    ProbeRunner probes(model, settings);
    QEventLoop loop;
    QObject::connect(&probes, &ProbeRunner::allFinished, &loop, &QEventLoop::quit);
    // The runner reports each probe within its own time limit; this only guards against a
    // runner that never says it is done.
    QTimer safetyNet;
    safetyNet.setSingleShot(true);
    QObject::connect(&safetyNet, &QTimer::timeout, &loop, [&] {
        probes.cancelAll();
        loop.quit();
    });
    safetyNet.start(std::max(settings.localTimeLimitMs, settings.networkTimeLimitMs) + graceMs);
    probes.checkAll();
    loop.exec();
}

int HeadlessCheck::run()
{
    ReportFormat format = ReportFormat::Text;
    if (!ReportWriter::formatFromId(m_line.format, &format))
        return fail(CommandLine::tr("unknown format %1; use one of: %2")
                        .arg(m_line.format, ReportWriter::formatIds().join(QStringLiteral(", "))));
    if (format == ReportFormat::Pdf && m_line.outputFile.isEmpty())
        return fail(tr("a PDF report needs --output FILE"));

    Session session;
    if (!m_line.sessionFile.isEmpty() && !readSession(&session))
        return 3;
    if (!m_line.pathId.isEmpty())
        session.pathId = m_line.pathId;
    if (session.pathId.isEmpty())
        return fail(tr("the session file %1 names no upgrade path; add --path ID")
                        .arg(QDir::toNativeSeparators(m_line.sessionFile)));
    if (!Catalog::instance().path(session.pathId))
        return fail(CommandLine::tr("unknown upgrade path %1; valid paths: %2")
                        .arg(session.pathId, Catalog::instance().pathIds().join(QStringLiteral(", "))));
    // The language asked for; else the session's; else the one main() chose from the system.
    if (m_line.language.isEmpty() && LanguageSwitcher::isAvailable(session.language))
        m_languages->setLanguage(session.language);
    session.language = m_languages->language();

    ProbeSettings settings = m_line.probes;
    MachineDescription machine;
    if (!prepareProbes(&settings, &machine))
        return 3;

    // Opened before the probes run, so that an unwritable path (or a named pipe nobody reads)
    // fails at once; the file appears only when the report is complete (WholeFile).
    WholeFile output(m_line.outputFile);
    if (!m_line.outputFile.isEmpty()) {
        QString reason;
        if (!output.open(&reason))
            return fail(tr("cannot write %1: %2").arg(QDir::toNativeSeparators(m_line.outputFile), reason));
    }

    ChecklistModel model;
    if (m_line.maxAgeDays > 0)
        model.setMaxAgeDays(m_line.maxAgeDays);
    model.setSession(session);
    runProbes(&model, settings);

    const QByteArray report = ReportWriter(format).render(ReportData::from(model, machine));
    QString reason;
    if (m_line.outputFile.isEmpty()) {
        // A full (/dev/full) or closed standard output is a report nobody gets.
        if (!WholeFile::writeAll(WholeFile::standardOutput, report, &reason))
            return fail(tr("cannot write the report to standard output: %1").arg(reason));
    } else if (!output.commit(report, &reason)) {
        return fail(tr("cannot write %1: %2").arg(QDir::toNativeSeparators(m_line.outputFile), reason));
    }
    return readinessExitCode(model.readiness());
}

} // namespace prep
