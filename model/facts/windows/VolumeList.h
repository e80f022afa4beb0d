// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The fixed drives (C:, and an Exchange M: where there is one) with their file systems and sizes.

#include "Collector.h"

#include <string>
#include <vector>

namespace prep::facts::win {

// Every drive letter of a fixed disk; sizes measured by `diskSpace`.
std::vector<VolumeFacts> listVolumes(const DiskSpaceFunction &diskSpace, std::vector<std::string> &problems);

// GetDiskFreeSpaceEx: the size, and the free space this user may use.
std::optional<DiskSpace> diskFreeSpace(const std::string &path, std::string &error);

} // namespace prep::facts::win
