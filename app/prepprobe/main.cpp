// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// prepprobe: collects the facts of this computer and writes them as a JSON snapshot that
// prepwizard opens on another machine. No Qt, so that it runs on servers too old for Qt 6.

#include "AtomicFile.h"
#include "Collector.h"
#include "FactsJson.h"
#include "ServiceChanger.h"
#include "TimeServerClock.h"

#include <csignal>
#include <iostream>
#include <optional>
#include <stdexcept>
#include <string>

namespace {

// How long the time server may take to answer.
constexpr int timeServerWaitMs = 5000;

constexpr const char *validOptions = "valid options: --output FILE, --root DIR, --time-server HOST[:PORT], --version, --help; or prepare "
                                     "--plan FILE --journal FILE; or restore --journal FILE";

struct Options
{
    std::string command; // "", "prepare", "restore"
    std::string plan;
    std::string journal;
    std::string output; // empty: standard output
    std::string root = "/";
    std::string timeServerHost; // empty: no clock measurement
    unsigned short timeServerPort = 123;
    bool version = false;
    bool help = false;
};

void printHelp()
{
    std::cout << "Usage: prepprobe [--output FILE] [--root DIR] [--time-server HOST[:PORT]] [--version] [--help]\n"
                 "       prepprobe prepare --plan PLAN.json --journal JOURNAL\n"
                 "       prepprobe restore --journal JOURNAL\n"
                 "\n"
                 "Collects what this computer is (operating system, CPU, memory, volumes, services,\n"
                 "processes, sessions, network, firmware, programs) and writes it as a JSON snapshot\n"
                 "for Prep Wizard.\n"
                 "\n"
                 "  --output FILE  write the snapshot to FILE (replaced as a whole) instead of stdout\n"
                 "  --root DIR     read /proc, /sys and /etc below DIR (Linux; for tests)\n"
                 "  --time-server HOST[:PORT]\n"
                 "                 ask this time server (SNTP, UDP port 123 by default) how far this\n"
                 "                 computer's clock is off, and write the answer into the snapshot;\n"
                 "                 give the Source and the Destination Server the same one\n"
                 "  --version      print the version and exit\n"
                 "  --help         print this help and exit\n"
                 "\n"
                 "prepare (Windows) applies a plan that Prep Wizard wrote: it sets each service's startup\n"
                 "type and stops it, after appending what it was to JOURNAL. restore puts back what\n"
                 "JOURNAL recorded and starts what was running. Both can be run again safely.\n"
                 "\n"
                 "Exit status: 0 done, 2 bad arguments, 3 cannot write the output or the journal,\n"
                 "4 the plan or journal cannot be used (nothing changed), 5 some services refused.\n";
}

// "--output FILE" or "--output=FILE"; advances `i` past a separate value.
std::optional<std::string> optionValue(int argc, char **argv, int &i, const std::string &name)
{
    const std::string argument = argv[i];
    std::string value;
    if (argument.compare(0, name.size() + 1, name + "=") == 0)
        value = argument.substr(name.size() + 1);
    else if (argument != name)
        return std::nullopt;
    else if (i + 1 < argc)
        value = argv[++i];
    if (value.empty())
        throw std::invalid_argument(name + " needs a value");
    return value;
}

Options parseArguments(int argc, char **argv)
{
    Options options;
    int first = 1;
    if (argc > 1 && (std::string(argv[1]) == "prepare" || std::string(argv[1]) == "restore")) {
        options.command = argv[1];
        first = 2;
    }
    for (int i = first; i < argc; ++i) {
        const std::string argument = argv[i];
        const bool changes = !options.command.empty();
        if (auto plan = options.command == "prepare" ? optionValue(argc, argv, i, "--plan") : std::nullopt)
            options.plan = *plan;
        else if (auto journal = changes ? optionValue(argc, argv, i, "--journal") : std::nullopt)
            options.journal = *journal;
        else if (auto output = changes ? std::nullopt : optionValue(argc, argv, i, "--output"))
            options.output = *output;
        else if (auto root = changes ? std::nullopt : optionValue(argc, argv, i, "--root"))
            options.root = *root;
        else if (auto server = changes ? std::nullopt : optionValue(argc, argv, i, "--time-server")) {
            if (!prep::facts::parseTimeServer(*server, options.timeServerHost, options.timeServerPort))
                throw std::invalid_argument("--time-server needs HOST or HOST:PORT, not \"" + *server + "\"");
        }
        else if (argument == "--version")
            options.version = true;
        else if (argument == "--help" || argument == "-h")
            options.help = true;
        else
            throw std::invalid_argument("unknown option \"" + argument + "\"");
    }
    if (options.command == "prepare" && options.plan.empty())
        throw std::invalid_argument("prepare needs --plan FILE");
    if (!options.command.empty() && options.journal.empty())
        throw std::invalid_argument(options.command + " needs --journal FILE");
    return options;
}

} // namespace

int main(int argc, char **argv)
{
    Options options;
    try {
        options = parseArguments(argc, argv);
    } catch (const std::invalid_argument &error) {
        std::cerr << "prepprobe: " << error.what() << " (" << validOptions << ")\n";
        return BadArguments;
    }
    if (options.help) {
        printHelp();
        return Ok;
    }
    if (options.version) {
        std::cout << "prepprobe " << PREP_VERSION << "\n";
        return Ok;
    }

    if (options.command == "prepare")
        return prepareServices(options.plan, options.journal, std::cout, std::cerr);
    if (options.command == "restore")
        return restoreServices(options.journal, std::cout, std::cerr);

#ifndef _WIN32
    // A reader that goes away is a write error (EPIPE) with a message, not a silent death.
    std::signal(SIGPIPE, SIG_IGN);
#endif
    prep::facts::Collector collector(options.root);
    prep::facts::Facts facts = collector.all();
    if (!options.timeServerHost.empty()) {
        // Measured after the rest, so that the time of measurement is that of the snapshot or later.
        facts.clock.measurement = prep::facts::measureClock(options.timeServerHost, options.timeServerPort, timeServerWaitMs);
        const prep::facts::ClockMeasurement &clock = *facts.clock.measurement;
        if (clock.outcome != "answered")
            std::cerr << "prepprobe: the time server " << clock.server << " gave no time (" << clock.outcome
                      << (clock.error.empty() ? "" : ": " + clock.error) << "); the snapshot says so\n";
    }
    const std::string json = prep::facts::toJson(facts) + "\n";
    if (options.output.empty()) {
        // Every write checked: a full (/dev/full) or closed standard output is said, status 3.
        std::string error;
        if (!writeAllTo(1, json, error)) {
            std::cerr << "prepprobe: cannot write to standard output: " << error << "\n";
            return CannotWrite;
        }
        return Ok;
    }
    std::string error;
    if (!writeAtomically(options.output, json, error)) {
        std::cerr << "prepprobe: cannot write " << options.output << ": " << error << "\n";
        return CannotWrite;
    }
    return Ok;
}
