// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probes/runner/Probe.h"

#include <vector>

namespace prep {

// Every background probe of the program, one per task id: which facts each reads and which rule
// turns them into a finding. data.verify-backup is not here: it needs the operator's folders and
// runs from its dialog (BackupCheck).
class ProbeRegistry
{
public:
    static const std::vector<Probe> &all();
};

} // namespace prep
