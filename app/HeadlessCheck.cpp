// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HeadlessCheck.h"

#include "LanguageSwitcher.h"
#include "catalog/Catalog.h"
#include "checklist/ChecklistModel.h"
#include "checklist/SessionStore.h"
#include "probes/helpers/PathMatch.h"
#include "probes/runner/ProbeRunner.h"
#include "probes/runner/SnapshotFacts.h"
#include "report/FleetReport.h"
#include "report/ReportText.h"
#include "report/ReportWriter.h"
#include "report/WholeFile.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
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

bool HeadlessCheck::prepareProbes(const QString &pathId, ProbeSettings *settings, MachineDescription *machine)
{
    *machine = MachineDescription::thisComputer();
    if (!m_line.factsFile.isEmpty()) {
        const std::shared_ptr<SnapshotFacts> snapshot = SnapshotFacts::load(m_line.factsFile, &m_error);
        if (!snapshot)
            return false;
        *machine = MachineDescription::ofSnapshot(snapshot->facts());
        settings->facts = snapshot;
        const UpgradePath *path = Catalog::instance().path(pathId);
        if (path && PathMatch::of(*path, snapshot->facts()) == PathMatch::Result::DoesNotMatch)
            m_warnings.append(PathMatch::snapshotSentence(*path, snapshot->facts()));
    }
    return loadDestination(settings);
}

bool HeadlessCheck::loadDestination(ProbeSettings *settings)
{
    if (!m_line.destinationFactsFile.isEmpty()) {
        const std::shared_ptr<SnapshotFacts> destination = SnapshotFacts::load(m_line.destinationFactsFile, &m_error);
        if (!destination)
            return false;
        settings->destinationFacts = destination;
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

    if (isFleet())
        return runFleet(session, format);

    ProbeSettings settings = m_line.probes;
    MachineDescription machine;
    if (!prepareProbes(session.pathId, &settings, &machine))
        return 3;

    // Opened before the probes run, so that an unwritable path (or a named pipe nobody reads)
    // fails at once; the file appears only when the report is complete (WholeFile).
    WholeFile output(m_line.outputFile);
    if (!m_line.outputFile.isEmpty()) {
        QString reason;
        if (!output.open(&reason))
            return fail(tr("cannot write %1: %2").arg(QDir::toNativeSeparators(m_line.outputFile), reason));
    }

    const ReportData data = checkOne(session, settings, machine);
    const QByteArray report = ReportWriter(format).render(data);
    QString reason;
    if (m_line.outputFile.isEmpty()) {
        // A full (/dev/full) or closed standard output is a report nobody gets.
        if (!WholeFile::writeAll(WholeFile::standardOutput, report, &reason))
            return fail(tr("cannot write the report to standard output: %1").arg(reason));
    } else if (!output.commit(report, &reason)) {
        return fail(tr("cannot write %1: %2").arg(QDir::toNativeSeparators(m_line.outputFile), reason));
    }
    return readinessExitCode(data.readiness);
}

ReportData HeadlessCheck::checkOne(const Session &session, const ProbeSettings &settings, const MachineDescription &machine)
{
    ChecklistModel model;
    if (m_line.maxAgeDays > 0)
        model.setMaxAgeDays(m_line.maxAgeDays);
    model.setSession(session);
    // --figure: the operator's value for a figure this program chose, before the checks use it.
    for (auto it = m_line.figures.cbegin(); it != m_line.figures.cend(); ++it)
        model.setFormValue(it.key(), it.value());
    runProbes(&model, settings);
    ReportData data = ReportData::from(model, machine);
    // The Destination's snapshot, named beside the Source as the window names it.
    if (settings.destinationFacts)
        data.setDestination(MachineDescription::ofSnapshot(settings.destinationFacts->read({})));
    return data;
}

bool HeadlessCheck::isFleet() const
{
    if (m_line.factsFiles.size() > 1)
        return true;
    return m_line.factsFiles.size() == 1 && QFileInfo(m_line.factsFiles.first()).isDir();
}

bool HeadlessCheck::fleetFiles(QStringList *files)
{
    for (const QString &given : m_line.factsFiles) {
        const QFileInfo info(given);
        if (!info.isDir()) {
            files->append(given);
            continue;
        }
        // Every *.json in the folder, by name; links and named pipes are listed (and refused
        // below), never followed. Bounded: a folder with more is refused before anything is read.
        QDir folder(given);
        if (!folder.isReadable()) {
            fail(tr("cannot list the folder %1").arg(QDir::toNativeSeparators(given)));
            return false;
        }
        QStringList names;
        QDirIterator entries(given, {QStringLiteral("*.json")}, QDir::Files | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot);
        while (entries.hasNext()) {
            entries.next();
            if (names.size() + files->size() >= maxServers) {
                fail(tr("%1 holds more than %2 snapshots; split them into several folders")
                         .arg(QDir::toNativeSeparators(given))
                         .arg(maxServers));
                return false;
            }
            names.append(entries.fileName());
        }
        std::sort(names.begin(), names.end());
        for (const QString &name : names)
            files->append(folder.filePath(name));
    }
    if (files->size() > maxServers) {
        fail(tr("more than %1 snapshots in one report").arg(maxServers));
        return false;
    }
    return true;
}

int HeadlessCheck::runFleet(const Session &session, ReportFormat format)
{
    QStringList files;
    if (!fleetFiles(&files))
        return 3;
    ProbeSettings common = m_line.probes;
    if (!loadDestination(&common))
        return 3;
    WholeFile output(m_line.outputFile);
    if (!m_line.outputFile.isEmpty()) {
        QString reason;
        if (!output.open(&reason))
            return fail(tr("cannot write %1: %2").arg(QDir::toNativeSeparators(m_line.outputFile), reason));
    }

    FleetReport fleet;
    fleet.generated = QDateTime::currentDateTime();
    fleet.language = session.language;
    for (const QString &file : files) {
        FleetServer server;
        server.file = QDir::toNativeSeparators(file);
        const QFileInfo info(file);
        std::shared_ptr<SnapshotFacts> snapshot;
        if (info.isSymLink() && !m_line.factsFiles.contains(file))
            server.reason = tr("it is a symbolic link, which is not followed in a folder");
        else
            snapshot = SnapshotFacts::load(file, &server.reason);
        if (snapshot) {
            ProbeSettings settings = common;
            settings.facts = snapshot;
            server.report = checkOne(session, settings, MachineDescription::ofSnapshot(snapshot->facts()));
            server.read = true;
            if (fleet.pathText.isEmpty())
                fleet.pathText = ReportText::pathText(server.report);
        }
        fleet.servers.append(server);
    }
    if (fleet.pathText.isEmpty())
        fleet.pathText = session.pathId;
    const QByteArray report = fleet.render(format);
    QString reason;
    if (m_line.outputFile.isEmpty()) {
        if (!WholeFile::writeAll(WholeFile::standardOutput, report, &reason))
            return fail(tr("cannot write the report to standard output: %1").arg(reason));
    } else if (!output.commit(report, &reason)) {
        return fail(tr("cannot write %1: %2").arg(QDir::toNativeSeparators(m_line.outputFile), reason));
    }
    if (fleet.readCount() == 0) {
        const int given = int(fleet.servers.size());
        m_error = tr("none of the %n snapshot(s) could be read", nullptr, given);
        return 3;
    }
    return fleet.exitStatus();
}

} // namespace prep
