// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/runner/Probe.h"

#include "catalog/Catalog.h"
#include "catalog/ChosenFigures.h"
#include "catalog/Task.h"
#include "catalog/UpgradePath.h"

#include <QCoreApplication>

#include <algorithm>

namespace prep {

std::optional<double> ProbeInput::threshold(const char *key) const
{
    const Threshold *found = !task ? nullptr
                             : path ? task->threshold(key, QLatin1String(path->id))
                                    : task->threshold(key);
    if (!found)
        return std::nullopt;
    // A figure this program chose: the operator's value where the session holds a valid one.
    if (found->chosen)
        return double(ChosenFigures::value(*task, *found, formValues));
    return found->value;
}

int ProbeInput::waitBudgetMs(int wantedMs) const
{
    // A tenth of what is left (at least 50 ms) is kept to hand the finding back before the
    // runner's watchdog gives up on the probe.
    const qint64 left = deadline.remainingTime();
    if (left < 0) // no limit
        return wantedMs;
    const qint64 reserve = std::max<qint64>(50, left / 10);
    return static_cast<int>(std::clamp<qint64>(left - reserve, 0, wantedMs));
}

Finding laterStageFinding(const UpgradePath &stage)
{
    Finding finding;
    finding.status = ItemStatus::Pending;
    finding.evidence.append(LocalizedText("Probes",
                                          QT_TRANSLATE_NOOP("Probes", "Check this again after the %1 stage: this task "
                                                                      "belongs to that stage, and the facts are of the "
                                                                      "server before it."),
                                          {TextArg::text(stage.sourceText())}));
    return finding;
}

const UpgradePath *laterStageOf(const ProbeInput &input)
{
    if (!input.task || !input.path)
        return nullptr;
    const char *stage = input.task->inheritedStage(QLatin1String(input.path->id));
    return stage ? Catalog::instance().path(QLatin1String(stage)) : nullptr;
}

} // namespace prep
