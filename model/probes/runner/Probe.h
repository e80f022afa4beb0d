// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/Finding.h"
#include "probes/runner/FactsSource.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QMap>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace prep {

struct ProbeSettings;
struct Task;
struct UpgradePath;

// Which time limit applies: reading this computer's files, or waiting for another computer.
enum class ProbeReach { Local, Network };

// Everything a probe may use, copied or immutable, so that it can run on any thread.
struct ProbeInput
{
    std::shared_ptr<const FactsSource> facts;
    std::shared_ptr<const ProbeSettings> settings;
    const Task *task = nullptr;        // the catalog's task: thresholds
    const UpgradePath *path = nullptr; // the chosen path: requirement table, verdict
    QString targetName;                // the path's target product, in the language of the moment
    QString currentUser;               // the operator's account on this computer; empty on a snapshot
    QString setupFolder;               // where Setup's files go; empty: system volume only
    QMap<QString, QString> formValues; // the session's form values (recorded start types, ...)
    QDateTime now;
    QDeadlineTimer deadline;           // the probe's time limit
    std::shared_ptr<const std::atomic_bool> cancelled;

    // The catalog's threshold for this task, if it has one by that key; for a figure this program
    // chose, the operator's value in `formValues` when it is a valid one (ChosenFigures).
    std::optional<double> threshold(const char *key) const;
    bool isCancelled() const { return cancelled && cancelled->load(); }
    // How long a network wait may last and still leave time to report before the time limit.
    int waitBudgetMs(int wantedMs) const;
};

// What a probe returns: the finding, and form values to fill in where the session has none yet
// (the Internet information form, the start types to restore).
struct ProbeOutput
{
    Finding finding;
    QMap<QString, QString> formDefaults;
};

// One background check: the task it answers, its time limit class, and the work. `run` is called
// on a worker thread; it may throw, and it should return soon after `cancelled` is set.
struct Probe
{
    QString taskId;
    ProbeReach reach = ProbeReach::Local;
    std::function<ProbeOutput(const ProbeInput &)> run;
    // The catalog figures (Threshold::key) that `run` asks the task for (tst_catalogintegrity).
    std::vector<const char *> thresholds = {};
};

// The finding of a check whose task comes from a later stage of the path (Task::inheritedStage):
// the facts are of the server before that stage, so the check waits ("Check this again after the
// <stage> stage"), Pending, and says nothing about whether the task applies.
Finding laterStageFinding(const UpgradePath &stage);
// The later stage `input`'s task comes from on `input`'s path, if it does; else nullptr.
const UpgradePath *laterStageOf(const ProbeInput &input);

} // namespace prep
