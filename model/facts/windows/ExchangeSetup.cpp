// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeSetup.h"

#include "Registry.h"
#include "VersionInfo.h"
#include "Win32Text.h"

namespace prep::facts::win {

namespace {

// Exchange 2007 and 2010 write their version in four numbers: 14.3.123.4.
std::optional<std::string> msiVersion(const RegistryKey &setup)
{
    const auto major = setup.number(L"MsiProductMajor");
    const auto minor = setup.number(L"MsiProductMinor");
    const auto build = setup.number(L"MsiBuildMajor");
    const auto revision = setup.number(L"MsiBuildMinor");
    if (!major || !minor || !build || !revision)
        return std::nullopt;
    return std::to_string(*major) + "." + std::to_string(*minor) + "." + std::to_string(*build) + "." +
           std::to_string(*revision);
}

// Exchange 2000 and 2003 name only their folder: the version is that of the information store,
// bin\store.exe, as in 6.5.7638.1 (2003 SP2).
void readLegacyVersion(const RegistryKey &setup, ExchangeFacts &exchange, std::vector<std::string> &problems)
{
    const auto folder = setup.text(L"Services");
    if (!folder) {
        problems.push_back("Exchange: installed, but its setup key names no folder (Services), so its version is "
                           "unknown");
        return;
    }
    const std::wstring store = *folder + L"\\bin\\store.exe";
    std::string error;
    const auto info = readVersionInfo(store, error);
    if (info && !info->fileVersion.empty())
        exchange.version = info->fileVersion;
    else
        problems.push_back("Exchange: installed, but its version is unknown: cannot read the version of " +
                           toUtf8(store) + " (" + (info ? "the version information has no file version" : error) + ")");
}

} // namespace

ExchangeFacts readExchange(std::vector<std::string> &problems)
{
    ExchangeFacts exchange;
    const REGSAM view = nativeView();
    const RegistryKey software(HKEY_LOCAL_MACHINE, L"SOFTWARE\\Microsoft", view);
    for (const wchar_t *path : {L"ExchangeServer\\v14\\Setup", L"Exchange\\v8.0\\Setup"}) {
        const RegistryKey setup = software.child(path);
        if (!setup.isOpen())
            continue;
        exchange.installed = true;
        exchange.version = msiVersion(setup).value_or("");
        if (exchange.version.empty())
            problems.push_back("Exchange: installed, but HKLM\\SOFTWARE\\Microsoft\\" + toUtf8(path) +
                               " has no MsiProductMajor, MsiProductMinor, MsiBuildMajor and MsiBuildMinor");
        break;
    }
    if (!exchange.installed) {
        const RegistryKey setup = software.child(L"Exchange\\Setup");
        if (setup.isOpen()) {
            exchange.installed = true;
            readLegacyVersion(setup, exchange, problems);
        }
    }
    exchange.rpcProxyValidPorts = toUtf8(software.child(L"Rpc\\RpcProxy").text(L"ValidPorts").value_or(L""));
    return exchange;
}

} // namespace prep::facts::win
