// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Writing a file so that a reader never sees half of it.

#include <string>

// Writes beside `path` and renames over it; false, with the reason in `error`, when it cannot.
bool writeAtomically(const std::string &path, const std::string &content, std::string &error);
