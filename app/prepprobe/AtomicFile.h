// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Writing a file so that a reader never sees half of it, with the rules of prepwizard's WholeFile
// in plain C++:
// - a regular file (or a new one) is written to "<path>.XXXXXX" beside it, a name nobody can guess,
//   created exclusively (a planted file or link there is skipped, never followed or consumed),
//   flushed to the disk and renamed over `path`; a failed write leaves `path` as it was;
// - a device or a named pipe is written through; a pipe nobody reads fails at once;
// - a symbolic link is refused (it would write wherever it points).

#include <string>

// False, with the reason in `error` ("No space left on device"), when it cannot.
bool writeAtomically(const std::string &path, const std::string &content, std::string &error);
// All of `content` to an open descriptor (standard output), every write checked.
bool writeAllTo(int descriptor, const std::string &content, std::string &error);
