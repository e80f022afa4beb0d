// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgramList.h"

#include "Registry.h"
#include "Win32Text.h"

#include <algorithm>
#include <tuple>

namespace prep::facts::win {

namespace {

const wchar_t *const uninstallKey = L"SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall";

// An entry Add or Remove Programs shows: it has a name, is not a part of Windows
// (SystemComponent) and is not an update listed under its program (ParentKeyName).
std::optional<ProgramFacts> programOf(const RegistryKey &entry)
{
    const auto name = entry.text(L"DisplayName");
    if (!name || name->empty() || entry.number(L"SystemComponent").value_or(0) == 1 || entry.text(L"ParentKeyName"))
        return std::nullopt;
    return ProgramFacts{toUtf8(*name), toUtf8(entry.text(L"DisplayVersion").value_or(L"")),
                        toUtf8(entry.text(L"Publisher").value_or(L""))};
}

} // namespace

std::vector<ProgramFacts> listPrograms(std::vector<std::string> &problems)
{
    std::vector<ProgramFacts> programs;
    for (const REGSAM view : softwareViews()) {
        const RegistryKey uninstall(HKEY_LOCAL_MACHINE, uninstallKey, view);
        if (!uninstall.isOpen()) {
            if (uninstall.error() != ERROR_FILE_NOT_FOUND)
                problems.push_back("Programs: cannot read HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\"
                                   "Uninstall: " +
                                   errorText(static_cast<unsigned long>(uninstall.error())));
            continue;
        }
        for (const std::wstring &name : uninstall.subkeys())
            if (auto program = programOf(uninstall.child(name)))
                programs.push_back(std::move(*program));
    }
    const auto key = [](const ProgramFacts &p) { return std::tie(p.name, p.version, p.publisher); };
    std::sort(programs.begin(), programs.end(), [&](const auto &a, const auto &b) { return key(a) < key(b); });
    // A program that writes its entry to both views is one program.
    programs.erase(
        std::unique(programs.begin(), programs.end(), [&](const auto &a, const auto &b) { return key(a) == key(b); }),
        programs.end());
    return programs;
}

} // namespace prep::facts::win
