// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Facts.h"
#include "checklist/Finding.h"
#include "checklist/LocalizedText.h"

#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace prep {

// Turning facts (plain C++) into what findings hold.
namespace factsText {

inline QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

QStringList list(const std::vector<std::string> &texts);

// A name or text the machine gave (a program, a service, a drive), bounded for a finding: one
// line, at most 160 characters (SafeText::oneLine).
QString shown(const std::string &text);

// "Windows Small Business Server 2003 5.2.3790 Service Pack 2": the operating system's name, its
// edition where the name does not say it ("(Premium)"), and its version, each part shown().
QString systemText(const facts::Facts &facts);

// Most detail lines one finding lists; the rest are counted in one "… and N more" line.
constexpr int maxDetailLines = 50;

// Appends detail lines to a finding, at most `cap` of them; finish() adds "… and N more" for
// the ones left out.
class CappedDetails
{
public:
    explicit CappedDetails(Finding &finding, int cap = maxDetailLines) : m_finding(finding), m_cap(cap) {}
    // Whether the next line would be shown; when false, add() only counts it.
    bool full() const { return m_shown >= m_cap; }
    void add(const LocalizedText &line);
    // One line left out, without building it (when full()).
    void skip() { ++m_left; }
    void finish();

private:
    Finding &m_finding;
    int m_cap = maxDetailLines;
    int m_shown = 0;
    int m_left = 0;
};

// "What could not be read: …", with the collector's own words; empty when there is nothing.
LocalizedText problems(const std::vector<std::string> &problems);

bool isWindows(const facts::Facts &facts);

// The volume the operating system runs from, or null.
const facts::VolumeFacts *systemVolume(const facts::Facts &facts);

// The Exchange M: drive (Exchange 2000's Installable File System view of its store, Small Business
// Server 2000, seeds 000 and 001): a volume mounted at M: whose file system is EXIFS, on a server
// with Exchange 2000 (version 6.0.*). An NTFS data disk at M: is not it. Null when there is none.
const facts::VolumeFacts *exchangeDrive(const facts::Facts &facts);
// "C:\ (NTFS): 1.5 GB free of 20.0 GB", one volume on one line.
LocalizedText volumeLine(const facts::VolumeFacts &volume);
// The drives a task acts on, one volumeLine() each in the finding's details (CappedDetails): all
// the volumes but `exchange` (exchangeDrive(), or null) and, with `writableOnly`, the read-only
// ones (a CD). Returns how many there are, those left out by the cap included.
int listDrives(Finding &finding, const facts::Facts &facts, const facts::VolumeFacts *exchange, bool writableOnly = false);

// Adds problems() to the finding's evidence, when the collector had any.
void addProblems(Finding &finding, const facts::Facts &facts);
// What a task's evidence needs could not be read (a snapshot without it, an error): "could not
// check", `what` in words, then the collector's problems. The first starts from no finding; the
// second ends one that holds details already (a threshold, lines found), appending to its
// evidence.
Finding couldNotRead(const LocalizedText &what, const facts::Facts &facts);
void markCouldNotRead(Finding &finding, const LocalizedText &what, const facts::Facts &facts);
// Windows-only evidence asked of another system: "could not check", with windowsOnly().
Finding notWindows(const facts::Facts &facts);

// "This computer is a virtual machine (kvm)."; empty when it is not one.
LocalizedText virtualMachine(const facts::Facts &facts);

// For Windows-only checks on another system: "This computer runs Linux, not Windows: …".
LocalizedText windowsOnly(const facts::Facts &facts);

// The name of this kind of system, for sentences ("Linux", "Windows").
QString platformName(const facts::Facts &facts);

} // namespace factsText

} // namespace prep
