// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdapterList.h"

#include "Buffer.h"
#include "IpText.h"
#include "Registry.h"
#include "SystemFunction.h"
#include "Win32Text.h"

#include <winsock2.h>
#include <ws2tcpip.h>

#include <windows.h>

// After the three above, whose types it uses.
#include <iphlpapi.h>

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <map>

namespace prep::facts::win {

namespace {

// Calls `get(buffer, &bytes)` with a buffer grown to what it asks for; its result.
template<typename Get> DWORD fill(Buffer &buffer, Get get)
{
    ULONG bytes = 16 * 1024;
    DWORD result = ERROR_BUFFER_OVERFLOW;
    // The list can grow between two calls: a few tries, not one.
    for (int attempt = 0; attempt < 4 && (result == ERROR_BUFFER_OVERFLOW || result == ERROR_INSUFFICIENT_BUFFER);
         ++attempt) {
        buffer.resize(bytes);
        bytes = buffer.bytes();
        result = get(buffer, &bytes);
    }
    return result;
}

// An IPv4 address in a DWORD, in network byte order as the IP Helper API keeps them.
void bytesOf(DWORD address, unsigned char (&bytes)[4])
{
    std::memcpy(bytes, &address, 4);
}

// The masks of the IPv4 addresses, by address: Windows before Vista gives no prefix length.
std::map<DWORD, int> ipv4Prefixes()
{
    std::map<DWORD, int> prefixes;
    Buffer buffer;
    const DWORD result =
        fill(buffer, [](Buffer &b, ULONG *bytes) { return ::GetIpAddrTable(b.as<MIB_IPADDRTABLE>(), bytes, FALSE); });
    if (result != NO_ERROR)
        return prefixes;
    const auto *table = buffer.as<MIB_IPADDRTABLE>();
    for (DWORD i = 0; i < table->dwNumEntries; ++i) {
        unsigned char mask[4];
        bytesOf(table->table[i].dwMask, mask);
        prefixes[table->table[i].dwAddr] = prefixLength(mask);
    }
    return prefixes;
}

std::optional<MIB_IFROW> interfaceRow(DWORD index)
{
    MIB_IFROW row{};
    row.dwIndex = index;
    if (::GetIfEntry(&row) != NO_ERROR)
        return std::nullopt;
    return row;
}

std::uint64_t megabits(std::uint64_t bitsPerSecond)
{
    return bitsPerSecond / 1000000;
}

std::string withPrefix(const std::string &address, int prefix)
{
    // Without a known prefix the address stands alone: Windows XP and 2003 give none for IPv6.
    return prefix >= 0 ? address + "/" + std::to_string(prefix) : address;
}

// "192.168.16.2/24" or "fe80::1/64" of one unicast address.
std::string unicastText(const IP_ADAPTER_UNICAST_ADDRESS_LH &unicast, const std::map<DWORD, int> &ipv4Masks)
{
    // Windows before Vista fills a shorter structure, without OnLinkPrefixLength.
    const bool hasPrefix =
        unicast.Length >= offsetof(IP_ADAPTER_UNICAST_ADDRESS_LH, OnLinkPrefixLength) + sizeof(UINT8);
    const sockaddr *address = unicast.Address.lpSockaddr;
    if (address->sa_family == AF_INET) {
        const auto &in = reinterpret_cast<const sockaddr_in *>(address)->sin_addr;
        unsigned char bytes[4];
        std::memcpy(bytes, &in, 4);
        const auto mask = ipv4Masks.find(in.s_addr);
        const int prefix = hasPrefix ? unicast.OnLinkPrefixLength : mask != ipv4Masks.end() ? mask->second : -1;
        return withPrefix(ipv4Text(bytes), prefix);
    }
    const auto &in6 = reinterpret_cast<const sockaddr_in6 *>(address)->sin6_addr;
    unsigned char bytes[16];
    std::memcpy(bytes, &in6, 16);
    return withPrefix(ipv6Text(bytes), hasPrefix ? unicast.OnLinkPrefixLength : -1);
}

AdapterFacts describe(const IP_ADAPTER_ADDRESSES_LH &adapter, const std::map<DWORD, int> &ipv4Masks)
{
    AdapterFacts facts;
    facts.name = toUtf8(adapter.FriendlyName);
    facts.mac = macText(adapter.PhysicalAddress, adapter.PhysicalAddressLength);
    facts.up = adapter.OperStatus == IfOperStatusUp;
    facts.loopback = adapter.IfType == IF_TYPE_SOFTWARE_LOOPBACK;
    facts.wireless = adapter.IfType == IF_TYPE_IEEE80211;
    // TransmitLinkSpeed came with Vista; before it the interface table has the speed.
    if (adapter.Length >= offsetof(IP_ADAPTER_ADDRESSES_LH, TransmitLinkSpeed) + sizeof(ULONG64)) {
        if (adapter.TransmitLinkSpeed != ~ULONG64(0))
            facts.speedMbps = megabits(adapter.TransmitLinkSpeed);
    } else if (const auto row = interfaceRow(adapter.IfIndex)) {
        facts.speedMbps = megabits(row->dwSpeed);
    }
    for (const auto *unicast = adapter.FirstUnicastAddress; unicast; unicast = unicast->Next)
        facts.addresses.push_back(unicastText(*unicast, ipv4Masks));
    return facts;
}

// Windows 2000 keeps the name people see ("Local Area Connection") in the registry only.
std::string connectionName(const char *adapterName)
{
    const RegistryKey connection(
        HKEY_LOCAL_MACHINE, L"SYSTEM\\CurrentControlSet\\Control\\Network\\{4D36E972-E325-11CE-BFC1-08002BE10318}\\" +
                                toWide(adapterName) + L"\\Connection");
    return toUtf8(connection.text(L"Name").value_or(L""));
}

AdapterFacts describe(const IP_ADAPTER_INFO &adapter)
{
    AdapterFacts facts;
    facts.name = connectionName(adapter.AdapterName);
    // Where no connection name is kept, the adapter's description is the name it has.
    if (facts.name.empty())
        facts.name = adapter.Description;
    facts.mac = macText(adapter.Address, adapter.AddressLength);
    facts.wireless = adapter.Type == IF_TYPE_IEEE80211;
    if (const auto row = interfaceRow(adapter.Index)) {
        facts.up = row->dwOperStatus == IF_OPER_STATUS_OPERATIONAL || row->dwOperStatus == IF_OPER_STATUS_CONNECTED;
        facts.speedMbps = megabits(row->dwSpeed);
    }
    for (const IP_ADDR_STRING *ip = &adapter.IpAddressList; ip; ip = ip->Next) {
        unsigned char address[4];
        unsigned char mask[4];
        // An adapter without an address lists 0.0.0.0.
        if (parseIpv4(ip->IpAddress.String, address) && parseIpv4(ip->IpMask.String, mask) &&
            std::any_of(address, address + 4, [](unsigned char b) { return b != 0; }))
            facts.addresses.push_back(withPrefix(ipv4Text(address), prefixLength(mask)));
    }
    return facts;
}

} // namespace

std::optional<std::vector<AdapterFacts>> adaptersByAddresses(Problems &problems)
{
    auto *getAdaptersAddresses =
        systemFunction<decltype(::GetAdaptersAddresses)>(L"iphlpapi.dll", "GetAdaptersAddresses");
    if (!getAdaptersAddresses)
        return std::nullopt;
    Buffer buffer;
    const DWORD result = fill(buffer, [&](Buffer &b, ULONG *bytes) {
        constexpr ULONG flags = GAA_FLAG_SKIP_ANYCAST | GAA_FLAG_SKIP_MULTICAST | GAA_FLAG_SKIP_DNS_SERVER;
        return getAdaptersAddresses(AF_UNSPEC, flags, nullptr, b.as<IP_ADAPTER_ADDRESSES_LH>(), bytes);
    });
    std::vector<AdapterFacts> adapters;
    if (result == ERROR_NO_DATA)
        return adapters;
    if (result != NO_ERROR) {
        problems.push_back("Network: cannot list the adapters: " + errorText(result));
        return adapters;
    }
    const auto ipv4Masks = ipv4Prefixes();
    for (const auto *adapter = buffer.as<IP_ADAPTER_ADDRESSES_LH>(); adapter; adapter = adapter->Next)
        adapters.push_back(describe(*adapter, ipv4Masks));
    return adapters;
}

std::vector<AdapterFacts> adaptersByInfo(Problems &problems)
{
    Buffer buffer;
    const DWORD result =
        fill(buffer, [](Buffer &b, ULONG *bytes) { return ::GetAdaptersInfo(b.as<IP_ADAPTER_INFO>(), bytes); });
    std::vector<AdapterFacts> adapters;
    if (result == ERROR_NO_DATA)
        return adapters;
    if (result != NO_ERROR) {
        problems.push_back("Network: cannot list the adapters: " + errorText(result));
        return adapters;
    }
    for (const auto *adapter = buffer.as<IP_ADAPTER_INFO>(); adapter; adapter = adapter->Next)
        adapters.push_back(describe(*adapter));
    return adapters;
}

std::vector<AdapterFacts> listAdapters(Problems &problems)
{
    if (auto adapters = adaptersByAddresses(problems))
        return std::move(*adapters);
    problems.push_back("Network: IPv6 addresses and the loopback adapter unknown: this Windows has no "
                       "GetAdaptersAddresses (Windows XP and later have it)");
    return adaptersByInfo(problems);
}

std::vector<std::string> defaultGateways(Problems &problems)
{
    Buffer buffer;
    const DWORD result = fill(
        buffer, [](Buffer &b, ULONG *bytes) { return ::GetIpForwardTable(b.as<MIB_IPFORWARDTABLE>(), bytes, TRUE); });
    std::vector<std::string> gateways;
    if (result == ERROR_NO_DATA)
        return gateways;
    if (result != NO_ERROR) {
        problems.push_back("Network: cannot read the routing table: " + errorText(result));
        return gateways;
    }
    const auto *table = buffer.as<MIB_IPFORWARDTABLE>();
    for (DWORD i = 0; i < table->dwNumEntries; ++i) {
        const MIB_IPFORWARDROW &route = table->table[i];
        if (route.dwForwardDest != 0 || route.dwForwardMask != 0 || route.dwForwardNextHop == 0)
            continue;
        unsigned char hop[4];
        bytesOf(route.dwForwardNextHop, hop);
        const std::string gateway = ipv4Text(hop);
        if (std::find(gateways.begin(), gateways.end(), gateway) == gateways.end())
            gateways.push_back(gateway);
    }
    return gateways;
}

void readResolver(NetworkFacts &network, Problems &problems)
{
    Buffer buffer;
    const DWORD result =
        fill(buffer, [](Buffer &b, ULONG *bytes) { return ::GetNetworkParams(b.as<FIXED_INFO>(), bytes); });
    if (result != NO_ERROR) {
        problems.push_back("Network: cannot read the DNS settings: " + errorText(result));
        return;
    }
    const auto *info = buffer.as<FIXED_INFO>();
    for (const IP_ADDR_STRING *server = &info->DnsServerList; server; server = server->Next)
        if (server->IpAddress.String[0] != '\0')
            network.dnsServers.emplace_back(server->IpAddress.String);
    network.domain = info->DomainName;
}

} // namespace prep::facts::win
