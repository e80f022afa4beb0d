// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The network as the IP Helper API describes it: adapters with their addresses, default
// gateways, DNS servers and the DNS domain.

#include "Facts.h"

#include <optional>
#include <string>
#include <vector>

namespace prep::facts::win {

using Problems = std::vector<std::string>;

// By GetAdaptersAddresses where this Windows has it (XP and later), else by GetAdaptersInfo.
std::vector<AdapterFacts> listAdapters(Problems &problems);

// The two ways, apart, so that the Windows 2000 one is checked on newer Windows too.
// Nothing when this Windows has no GetAdaptersAddresses.
std::optional<std::vector<AdapterFacts>> adaptersByAddresses(Problems &problems);
// IPv4 only, and no loopback adapter: what Windows 2000 can say.
std::vector<AdapterFacts> adaptersByInfo(Problems &problems);

// The next hops of the IPv4 default routes.
std::vector<std::string> defaultGateways(Problems &problems);

// The DNS servers and domain the resolver uses.
void readResolver(NetworkFacts &network, Problems &problems);

} // namespace prep::facts::win
