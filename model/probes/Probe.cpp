// SPDX-License-Identifier: GPL-3.0-or-later
#include "Probe.h"

#include "ChosenFigures.h"
#include "Task.h"
#include "UpgradePath.h"

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

} // namespace prep
