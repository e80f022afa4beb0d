// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// prepprobe prepare / restore: applies a service plan that the wizard wrote, journaling each
// service's startup type and state before changing it, and puts back what a journal recorded
// (ServiceChanges.h has both files). Windows only; elsewhere both say so and change nothing.
//
// Safety rules:
// - the plan or journal is read and checked as a whole first: damaged, for another computer, or
//   naming a service this computer does not have → a message, exit status 4, nothing changed;
// - before the first change to a service, its startup type and state are appended to the journal
//   and the journal is flushed to the disk (FlushFileBuffers); a run killed at any point leaves a
//   journal that restore completes;
// - a service already recorded is not recorded again, so prepare run twice keeps what was there
//   before the first run; restore run twice changes nothing the second time;
// - a service that refuses a change is reported and the others go on (exit status 5).

#include <ostream>
#include <string>

enum ExitCode { Ok = 0, BadArguments = 2, CannotWrite = 3, CannotUse = 4, SomeRefused = 5 };

// For the tests of a killed run: with PREPPROBE_TEST_KILL_AFTER=N in the environment, prepare
// ends itself abruptly (as a kill would) right after the N-th service's state was journaled,
// before that service is changed.
inline constexpr const char *killAfterVariable = "PREPPROBE_TEST_KILL_AFTER";

ExitCode prepareServices(const std::string &planPath, const std::string &journalPath, std::ostream &out,
                         std::ostream &err);
ExitCode restoreServices(const std::string &journalPath, std::ostream &out, std::ostream &err);
