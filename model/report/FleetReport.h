// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ReportData.h"
#include "report/ReportWriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

class QIODevice;

namespace prep {

// One server of a report about several (docs/multi-server.md): its snapshot file, and either its
// checklist or why the snapshot could not be read.
struct FleetServer
{
    QString file;       // as given on the command line, or found in the folder
    bool read = false;
    QString reason;     // why it could not be read; read == false only
    ReportData report;  // read == true only; every item names the host
    int exitStatus() const; // as `--check` on this server alone: 0..2, 3 when not read
};

// `prepwizard --check --facts A.json --facts B.json …`: a summary table (server, verdict, counts,
// snapshot time), then each server's checklist. Every row names its host. In every format.
struct FleetReport
{
    Q_DECLARE_TR_FUNCTIONS(FleetReport)

public:
    QDateTime generated;
    QString language;
    QString pathText; // "Windows SBS 2003 → Windows Server Essentials"
    QList<FleetServer> servers;

    // The worst of the servers read (an unread one counts as 1, "could not check"); 3 when
    // none could be read.
    int exitStatus() const;
    int readCount() const;

    QByteArray render(ReportFormat format, const QPageSize &pageSize = {}) const;

    static constexpr const char *schema = "prepwizard.fleet-report/1";
};

} // namespace prep
