// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Functions that Windows 2000 lacks, looked up when they are needed: a program that imports one
// of them does not start there at all. tests/windows checks that prepprobe.exe imports none.

#include <windows.h>

namespace prep::facts::win {

// A system DLL, loaded from the system folder (never from the current one) and kept loaded for
// the life of the process; nullptr when this Windows has no such DLL.
HMODULE systemModule(const wchar_t *dll);

// The function, or nullptr when this Windows does not have it:
//   auto *getNativeSystemInfo = systemFunction<decltype(::GetNativeSystemInfo)>(L"kernel32.dll",
//   "GetNativeSystemInfo");
template<typename Function> Function *systemFunction(const wchar_t *dll, const char *name)
{
    const HMODULE module = systemModule(dll);
    if (!module)
        return nullptr;
    // void (*)() is the type GCC accepts as "any function": FARPROC goes through it to the real
    // type without -Wcast-function-type.
    return reinterpret_cast<Function *>(reinterpret_cast<void (*)()>(::GetProcAddress(module, name)));
}

} // namespace prep::facts::win
