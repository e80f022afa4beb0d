// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Facts.h"
#include "Finding.h"
#include "LocalizedText.h"

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

// "What could not be read: …", with the collector's own words; empty when there is nothing.
LocalizedText problems(const std::vector<std::string> &problems);

bool isWindows(const facts::Facts &facts);

// The volume the operating system runs from, or null.
const facts::VolumeFacts *systemVolume(const facts::Facts &facts);

// The Exchange M: drive (Exchange 2000's view of its store, Small Business Server 2000): a volume
// mounted at M: on a server with Exchange. Null when there is none.
const facts::VolumeFacts *exchangeDrive(const facts::Facts &facts);
// "C:\ (NTFS): 1.5 GB free of 20.0 GB", one volume on one line.
LocalizedText volumeLine(const facts::VolumeFacts &volume);

// What a task's evidence needs could not be read (a snapshot without it, an error): "could not
// check", `what` in words, then the collector's problems.
Finding couldNotRead(const LocalizedText &what, const facts::Facts &facts);
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
