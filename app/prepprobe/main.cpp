// SPDX-License-Identifier: GPL-3.0-or-later
// prepprobe: collects the facts of this computer and writes them as a JSON snapshot that
// prepwizard opens on another machine. No Qt, so that it runs on servers too old for Qt 6.

#include "AtomicFile.h"
#include "Collector.h"
#include "FactsJson.h"

#include <csignal>
#include <iostream>
#include <optional>
#include <stdexcept>
#include <string>

namespace {

enum ExitCode { Ok = 0, BadArguments = 2, CannotWrite = 3 };

constexpr const char *validOptions = "valid options: --output FILE, --root DIR, --version, --help";

struct Options
{
    std::string output; // empty: standard output
    std::string root = "/";
    bool version = false;
    bool help = false;
};

void printHelp()
{
    std::cout << "Usage: prepprobe [--output FILE] [--root DIR] [--version] [--help]\n"
                 "\n"
                 "Collects what this computer is (operating system, CPU, memory, volumes, services,\n"
                 "processes, sessions, network, firmware, programs) and writes it as a JSON snapshot\n"
                 "for Prep Wizard.\n"
                 "\n"
                 "  --output FILE  write the snapshot to FILE (replaced as a whole) instead of stdout\n"
                 "  --root DIR     read /proc, /sys and /etc below DIR (Linux; for tests)\n"
                 "  --version      print the version and exit\n"
                 "  --help         print this help and exit\n"
                 "\n"
                 "Exit status: 0 written, 2 bad arguments, 3 cannot write the output.\n";
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
    for (int i = 1; i < argc; ++i) {
        const std::string argument = argv[i];
        if (auto output = optionValue(argc, argv, i, "--output"))
            options.output = *output;
        else if (auto root = optionValue(argc, argv, i, "--root"))
            options.root = *root;
        else if (argument == "--version")
            options.version = true;
        else if (argument == "--help" || argument == "-h")
            options.help = true;
        else
            throw std::invalid_argument("unknown option \"" + argument + "\"");
    }
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

#ifndef _WIN32
    // A reader that goes away is a write error (EPIPE) with a message, not a silent death.
    std::signal(SIGPIPE, SIG_IGN);
#endif
    prep::facts::Collector collector(options.root);
    const std::string json = prep::facts::toJson(collector.all()) + "\n";
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
