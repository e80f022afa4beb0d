// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// Stands in for a Windows tool (Disk Cleanup, ...) in tst_systemtools: copied into a folder under
// the tool's file name, it says it was started by writing started.txt into the folder it was
// started in.
#include <cstdio>

int main()
{
    std::FILE *file = std::fopen("started.txt", "w");
    if (!file)
        return 1;
    const bool written = std::fputs("started\n", file) >= 0;
    return std::fclose(file) == 0 && written ? 0 : 1;
}
