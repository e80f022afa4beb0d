// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/rules/RestoreServicesRule.h"

#include "probes/helpers/FactsText.h"
#include "probes/services/RecordedStartTypes.h"

#include <algorithm>

namespace prep {

Finding RestoreServicesRule::evaluate(const facts::Facts &facts, const QMap<QString, facts::StartType> &recorded)
{
    Finding finding;
    if (recorded.isEmpty()) {
        finding.status = ItemStatus::Pending;
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "No start types have been recorded yet. They are recorded when the wizard lists the services to stop (“Stop third-party services that run as the Local System account”); check again after that.")));
        return finding;
    }
    if (facts.services.empty())
        return factsText::couldNotRead(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "The wizard could not list the services of this computer.")), facts);
    int different = 0;
    for (auto it = recorded.cbegin(); it != recorded.cend(); ++it) {
        const auto now = std::find_if(facts.services.begin(), facts.services.end(),
                                      [&](const facts::ServiceFacts &service) { return factsText::q(service.name) == it.key(); });
        if (now == facts.services.end()) {
            ++different;
            finding.details.append(LocalizedText("Probes", QT_TRANSLATE_NOOP("Probes", "%1: no longer installed"), {TextArg::text(it.key())}));
        } else if (now->startType != it.value()) {
            ++different;
            finding.details.append(RecordedStartTypes::serviceLine(it.key(), it.value()));
        }
    }
    finding.measured = LocalizedText("Probes", QT_TRANSLATE_N_NOOP("Probes", "%n service(s) to set back"), {}, different);
    if (different == 0) {
        finding.status = ItemStatus::Passed;
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_N_NOOP("Probes", "All %n recorded service(s) have their recorded start type."), {}, static_cast<int>(recorded.size())));
    } else {
        finding.status = ItemStatus::Warning;
        finding.evidence.append(LocalizedText("Probes", QT_TRANSLATE_N_NOOP("Probes", "%n service(s) do not have the start type recorded before the upgrade. After the upgrade, set each one back to the start type below, and start it if it should run:"), {}, different));
    }
    return finding;
}

} // namespace prep
