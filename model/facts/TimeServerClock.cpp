// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimeServerClock.h"

#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <ctime>

#ifdef _WIN32
#include <winsock2.h>
#else
#include <arpa/inet.h>
#include <cerrno>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace prep::facts {

namespace {

constexpr int packetSize = 48;
constexpr double ntpToUnix = 2208988800.0; // seconds from 1900-01-01 to 1970-01-01
constexpr double twoTo32 = 4294967296.0;

double unixNow()
{
    using namespace std::chrono;
    return duration<double>(system_clock::now().time_since_epoch()).count();
}

std::uint64_t toNtp(double unixSeconds)
{
    const double ntp = unixSeconds + ntpToUnix;
    const double seconds = std::floor(ntp);
    const auto fraction = static_cast<std::uint64_t>((ntp - seconds) * twoTo32);
    return (static_cast<std::uint64_t>(seconds) << 32) | (fraction & 0xffffffffULL);
}

double fromNtp(std::uint64_t stamp)
{
    const auto seconds = static_cast<std::uint32_t>(stamp >> 32);
    const double fraction = static_cast<double>(stamp & 0xffffffffULL) / twoTo32;
    // RFC 4330 §3: with the top bit clear the time is in era 1, from 2036-02-07 on.
    const double era = (seconds & 0x80000000U) ? 0.0 : twoTo32;
    return static_cast<double>(seconds) + era + fraction - ntpToUnix;
}

std::uint64_t readStamp(const unsigned char *packet, int at)
{
    std::uint64_t value = 0;
    for (int i = 0; i < 8; ++i)
        value = (value << 8) | packet[at + i];
    return value;
}

void writeStamp(unsigned char *packet, int at, std::uint64_t value)
{
    for (int i = 7; i >= 0; --i) {
        packet[at + i] = static_cast<unsigned char>(value & 0xff);
        value >>= 8;
    }
}

std::string portText(unsigned short port)
{
    return std::to_string(port);
}

#ifdef _WIN32
using Socket = SOCKET;
constexpr Socket noSocket = INVALID_SOCKET;
void closeSocket(Socket s) { ::closesocket(s); }
std::string lastError() { return "Winsock error " + std::to_string(::WSAGetLastError()); }
#else
using Socket = int;
constexpr Socket noSocket = -1;
void closeSocket(Socket s) { ::close(s); }
std::string lastError() { return std::strerror(errno); }
#endif

class SocketGuard
{
public:
    explicit SocketGuard(Socket s) : socket_(s) {}
    ~SocketGuard()
    {
        if (socket_ != noSocket)
            closeSocket(socket_);
    }
    SocketGuard(const SocketGuard &) = delete;
    SocketGuard &operator=(const SocketGuard &) = delete;
    Socket get() const { return socket_; }

private:
    Socket socket_;
};

ClockMeasurement failed(ClockMeasurement measurement, const char *outcome, std::string error = {})
{
    measurement.outcome = outcome;
    measurement.error = std::move(error);
    return measurement;
}

// Waits for the socket to become readable: true when it did before `deadline` (unix seconds).
bool waitReadable(Socket s, double deadline)
{
    const double left = deadline - unixNow();
    if (left <= 0)
        return false;
#ifdef _WIN32
    fd_set readable;
    FD_ZERO(&readable);
    FD_SET(s, &readable);
    timeval wait;
    wait.tv_sec = static_cast<long>(left);
    wait.tv_usec = static_cast<long>((left - std::floor(left)) * 1e6);
    return ::select(0, &readable, nullptr, nullptr, &wait) > 0;
#else
    pollfd entry{};
    entry.fd = s;
    entry.events = POLLIN;
    const int ms = static_cast<int>(std::ceil(left * 1000));
    int ready = 0;
    do {
        ready = ::poll(&entry, 1, ms);
    } while (ready < 0 && errno == EINTR);
    return ready > 0;
#endif
}

} // namespace

bool parseTimeServer(const std::string &text, std::string &host, unsigned short &port)
{
    std::string name;
    std::string rest;
    if (!text.empty() && text[0] == '[') {
        const std::size_t close = text.find(']');
        if (close == std::string::npos || close == 1)
            return false;
        name = text.substr(1, close - 1);
        rest = text.substr(close + 1);
        if (!rest.empty() && rest[0] != ':')
            return false;
    } else {
        const std::size_t colon = text.find(':');
        name = text.substr(0, colon);
        if (colon != std::string::npos)
            rest = text.substr(colon);
        if (name.empty() || name.find_first_of("[]") != std::string::npos)
            return false;
    }
    unsigned long number = 123;
    if (!rest.empty()) {
        const std::string digits = rest.substr(1);
        if (digits.empty() || digits.size() > 5 || digits.find_first_not_of("0123456789") != std::string::npos)
            return false;
        number = std::stoul(digits);
        if (number == 0 || number > 65535)
            return false;
    }
    for (const char c : name)
        if (static_cast<unsigned char>(c) <= ' ')
            return false;
    host = name;
    port = static_cast<unsigned short>(number);
    return true;
}

ClockMeasurement measureClock(const std::string &host, unsigned short port, int timeoutMs)
{
    ClockMeasurement measurement;
    measurement.server = (host.find(':') != std::string::npos ? "[" + host + "]" : host) + ":" + portText(port);
    measurement.measuredAt = static_cast<std::int64_t>(std::time(nullptr));
    const double deadline = unixNow() + timeoutMs / 1000.0;

#ifdef _WIN32
    WSADATA data;
    if (::WSAStartup(MAKEWORD(2, 0), &data) != 0)
        return failed(measurement, "network-error", "Winsock cannot start");
    struct Cleanup
    {
        ~Cleanup() { ::WSACleanup(); }
    } cleanup;
    // Windows 2000 has no getaddrinfo: IPv4 through gethostbyname, which also takes dotted numbers.
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    const unsigned long number = ::inet_addr(host.c_str());
    if (number != INADDR_NONE) {
        address.sin_addr.s_addr = number;
    } else {
        const hostent *entry = ::gethostbyname(host.c_str());
        if (!entry || entry->h_addrtype != AF_INET || !entry->h_addr_list || !entry->h_addr_list[0])
            return failed(measurement, "host-not-found", lastError());
        std::memcpy(&address.sin_addr, entry->h_addr_list[0], sizeof address.sin_addr);
    }
    SocketGuard socket(::socket(AF_INET, SOCK_DGRAM, IPPROTO_UDP));
    if (socket.get() == noSocket)
        return failed(measurement, "network-error", lastError());
    if (::connect(socket.get(), reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0)
        return failed(measurement, "network-error", lastError());
#else
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_DGRAM;
    addrinfo *found = nullptr;
    const int resolved = ::getaddrinfo(host.c_str(), portText(port).c_str(), &hints, &found);
    if (resolved != 0 || !found)
        return failed(measurement, "host-not-found", ::gai_strerror(resolved));
    SocketGuard socket(::socket(found->ai_family, found->ai_socktype, found->ai_protocol));
    const bool connected = socket.get() != noSocket && ::connect(socket.get(), found->ai_addr, found->ai_addrlen) == 0;
    const std::string connectError = connected ? std::string() : lastError();
    ::freeaddrinfo(found);
    if (!connected)
        return failed(measurement, "network-error", connectError);
#endif

    // Client mode (3), version 4; the transmit time comes back as "originate".
    unsigned char request[packetSize] = {};
    request[0] = 0x23;
    const double sentAt = unixNow();
    const std::uint64_t sentStamp = toNtp(sentAt);
    writeStamp(request, 40, sentStamp);
    if (::send(socket.get(), reinterpret_cast<const char *>(request), packetSize, 0) != packetSize)
        return failed(measurement, "network-error", lastError());

    bool unreadable = false;
    // At most a few hundred stray packets before the time is up: the loop ends with the deadline.
    for (int packets = 0; packets < 1000; ++packets) {
        if (!waitReadable(socket.get(), deadline))
            break;
        unsigned char reply[512];
        const auto got = ::recv(socket.get(), reinterpret_cast<char *>(reply), sizeof reply, 0);
        const double receivedAt = unixNow();
        if (got < 0)
            return failed(measurement, "network-error", lastError()); // e.g. the port is closed
        // Not the answer to this request: ignored, the wait goes on (RFC 4330 §5).
        if (got < packetSize || (reply[0] & 0x7) != 4 || readStamp(reply, 40) == 0) {
            unreadable = true;
            continue;
        }
        if (readStamp(reply, 24) != sentStamp)
            continue;
        measurement.stratum = reply[1];
        if (measurement.stratum == 0) {
            std::string code;
            for (int i = 12; i < 16; ++i)
                if (reply[i] > ' ' && reply[i] < 0x7f)
                    code += static_cast<char>(reply[i]);
            return failed(measurement, "refused", code);
        }
        if ((reply[0] >> 6) == 3)
            return failed(measurement, "unsynchronized");
        const double serverReceived = fromNtp(readStamp(reply, 32));
        const double serverSent = fromNtp(readStamp(reply, 40));
        measurement.outcome = "answered";
        measurement.offsetSeconds = ((serverReceived - sentAt) + (serverSent - receivedAt)) / 2.0;
        measurement.roundTripSeconds = (receivedAt - sentAt) - (serverSent - serverReceived);
        return measurement;
    }
    return failed(measurement, unreadable ? "unreadable" : "no-answer");
}

} // namespace prep::facts
