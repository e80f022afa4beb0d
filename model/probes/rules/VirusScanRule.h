// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Facts.h"
#include "checklist/Finding.h"

namespace prep {

// data.virus-scan: the drives a scan of all drives covers, from the volumes the collector lists,
// with the Exchange M: drive set apart (the documents' Warning). The scan itself is the
// operator's: the finding never passes.
class VirusScanRule
{
public:
    static Finding evaluate(const facts::Facts &facts);
};

} // namespace prep
