// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace prep {

enum class Verdict {
    Supported,   // in-place upgrade works as documented
    Staged,      // supported only in a required order or through an intermediate version
    Migration,   // a new server: not an in-place upgrade
    Unsupported, // the documents say it is not supported
};
QString verdictId(Verdict verdict); // "supported", "staged", "migration", "unsupported"
QString verdictTitle(Verdict verdict);
QString verdictExplanation(Verdict verdict);

struct UpgradePath
{
    const char *id;        // "sbs2000-to-sbs2003"
    const char *source;    // product names, QT_TRANSLATE_NOOP("Catalog", ...)
    const char *target;
    Verdict verdict;
    std::vector<const char *> steps; // in order
    std::vector<const char *> notes; // cautions in plain words
    const char *reference;           // source document(s)
    const char *requirementTable = nullptr; // id of a RequirementTable for hw.requirements, if any
    // The tasks of the last days, in the order the documents give (S000): the sequence the
    // operator follows across the checklist's areas, ending just before Setup runs. Empty when
    // the documents give no such order for the path.
    std::vector<const char *> dayOfUpgradeOrder = {};

    QString sourceText() const;
    QString targetText() const;
    QStringList stepTexts() const;
    QStringList noteTexts() const;
    QString referenceText() const;
};

// A sourced hardware requirement table (design/catalog.md §3). Absent figures are 0.
struct RequirementTable
{
    const char *id;          // "essentials", "exchange2003"
    const char *name;        // QT_TRANSLATE_NOOP("Catalog", "Windows Server Essentials")
    double minCpuMhzSingleCore;
    double minCpuMhzMultiCore;
    bool requires64Bit;
    double minMemoryBytes;
    double minMemoryBytesVirtual; // 0 when the same as minMemoryBytes
    double recommendedMemoryBytes;
    double minDiskBytes;          // whole disk
    double minSystemVolumeBytes;  // system partition size
    double minFreeSystemBytes;    // free space on the system drive
    const char *reference;
};

} // namespace prep
