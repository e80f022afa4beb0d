// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SystemFunction.h"

#include <string>

namespace prep::facts::win {

HMODULE systemModule(const wchar_t *dll)
{
    if (const HMODULE loaded = ::GetModuleHandleW(dll))
        return loaded;
    wchar_t folder[MAX_PATH];
    const UINT length = ::GetSystemDirectoryW(folder, MAX_PATH);
    if (length == 0 || length >= MAX_PATH)
        return nullptr;
    const std::wstring path = std::wstring(folder, length) + L"\\" + dll;
    return ::LoadLibraryW(path.c_str());
}

} // namespace prep::facts::win
