// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/LocalizedText.h"
#include "probes/runner/FactsSource.h"

#include <QString>

#include <memory>

namespace prep {

// The facts of another server, as prepprobe wrote them. Rules run on them exactly as on live
// facts; each probe sees only the problems of the areas it asked for.
class SnapshotFacts : public FactsSource
{
public:
    explicit SnapshotFacts(facts::Facts facts);

    // Reads a prepprobe JSON file; on failure returns null and says why in `error`, in words
    // translated when shown: a worker reads the file for the window (openSnapshotInBackground).
    static std::shared_ptr<SnapshotFacts> load(const QString &fileName, LocalizedText *error);
    // The same with the reason in the current language, for the thread that shows it.
    static std::shared_ptr<SnapshotFacts> load(const QString &fileName, QString *error);

    facts::Facts read(const std::vector<FactsArea> &areas) const override;
    bool isSnapshot() const override { return true; }
    const facts::Facts &facts() const { return m_facts; }
    QDateTime collectedAt() const override;

private:
    facts::Facts m_facts;
};

} // namespace prep
