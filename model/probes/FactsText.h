// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Facts.h"
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

// "This computer is a virtual machine (kvm)."; empty when it is not one.
LocalizedText virtualMachine(const facts::Facts &facts);

// For Windows-only checks on another system: "This computer runs Linux, not Windows: …".
LocalizedText windowsOnly(const facts::Facts &facts);

// The name of this kind of system, for sentences ("Linux", "Windows").
QString platformName(const facts::Facts &facts);

} // namespace factsText

} // namespace prep
