// SPDX-License-Identifier: GPL-3.0-or-later
//
// Which answers besides "done" each task allows, as data beside the tasks themselves.

#include "Catalog.h"
#include "TaskIds.h"

#include <cstring>

namespace prep {

namespace {

// Tasks whose document sentence holds only under a condition the operator knows ("If you move
// email to Office 365…", "International editions…", "unless it provides a firewall"): the
// operator may say, with a reason, that the condition does not hold here.
constexpr const char *conditionalTasks[] = {
    taskid::pre::international,  taskid::net::disconnectInternet, taskid::app::lobPlan,
    taskid::app::bo45SiteServer, taskid::app::bo45WebAdmin,       taskid::app::faxService,
    taskid::app::bo40Uninstall,  taskid::mail::adcDcUpgrade,      taskid::mail::o365,
    taskid::mail::rpcOverHttp,   taskid::mail::onpremExchange,    taskid::post::pop3RouterTrigger,
    taskid::post::urlscanExe,
};

// "Must fix" findings the operator may still accept as a risk, with a reason: the sampled
// backup comparison can differ for reasons the operator knows (files changed since the backup).
// Every other "Must fix" names something Setup itself refuses or the documents forbid.
constexpr const char *acceptableBlockers[] = {
    taskid::data::verifyBackup,
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
