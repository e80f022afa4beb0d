// SPDX-License-Identifier: GPL-3.0-or-later
//
// Which answers besides "done" each task allows, as data beside the tasks themselves.

#include "Catalog.h"

#include <cstring>

namespace prep {

namespace {

// Tasks whose document sentence holds only under a condition the operator knows ("If you move
// email to Office 365…", "International editions…", "unless it provides a firewall"): the
// operator may say, with a reason, that the condition does not hold here.
constexpr const char *conditionalTasks[] = {
    "pre.international",       "net.disconnect-internet", "app.lob-plan",
    "app.bo45-site-server",    "app.bo45-web-admin",      "app.fax-service",
    "app.bo40-uninstall",      "mail.adc-dc-upgrade",     "mail.o365",
    "mail.rpc-over-http",      "mail.onprem-exchange",    "post.pop3-router-trigger",
    "post.urlscan-exe",
};

// "Must fix" findings the operator may still accept as a risk, with a reason: the sampled
// backup comparison can differ for reasons the operator knows (files changed since the backup).
// Every other "Must fix" names something Setup itself refuses or the documents forbid.
constexpr const char *acceptableBlockers[] = {
    "data.verify-backup",
};

template<std::size_t N>
bool listed(const char *const (&ids)[N], const char *id)
{
    for (const char *entry : ids) {
        if (std::strcmp(entry, id) == 0)
            return true;
    }
    return false;
}

} // namespace

void applyOperatorAnswers(std::vector<Task> &tasks)
{
    for (Task &task : tasks) {
        task.conditional = listed(conditionalTasks, task.id);
        task.blockerMayBeAccepted = listed(acceptableBlockers, task.id);
    }
}

} // namespace prep
