// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// A facts snapshot is written as versioned JSON and read back exactly; a text that is not a
// snapshot this version can read is refused with one clear line.

#include "Collector.h"
#include "FactsJson.h"

#include <nlohmann/json.hpp>

#include <QTest>

#include <limits>

using namespace prep::facts;
using namespace std::string_literals;
using Json = nlohmann::json;

namespace QTest {
template<> char *toString(const std::string &text)
{
    return qstrdup(text.c_str());
}
} // namespace QTest

namespace {

constexpr std::int64_t november21At10 = 1795255200; // 2026-11-21T10:00:00Z

// The server fixture, with every field that the Linux collector leaves empty filled in, so that
// a field the writer or the reader forgot shows up as a difference.
Facts completeFacts()
{
    Collector collector(PREP_FIXTURES "/linux-server");
    collector.setDiskSpaceFunction([](const std::string &, std::string &) {
        return std::optional<DiskSpace>(DiskSpace{std::numeric_limits<std::uint64_t>::max(), 123456789});
    });
    Facts facts = collector.all();
    facts.collectedAt = november21At10;
    facts.os.edition = "Small Business Server";
    facts.os.smallBusinessServer = true;
    facts.cpu.maxMhz = 2593.906;
    facts.services[0].state = ServiceState::Paused;
    facts.services[1].startType = StartType::Boot;
    facts.services[3].startType = StartType::AutomaticDelayed;
    facts.services[1].vendor = "Acme, Inc.";
    facts.sessions.push_back({"ana", "pts/0", "192.168.16.50", -1});
    facts.exchange = {true, "6.5.7638.1", "srv01:6001-6002;srv01:6004"};
    facts.problems.push_back("Sessions: \"quoted\"\nand a second line");
    return facts;
}

// Every field of every struct set to something other than its default, each text different,
// whether or not a machine would say so.
Facts everyFieldSet()
{
    Facts facts;
    facts.hostName = "srv01";
    facts.collectedAt = november21At10;
    facts.collectorVersion = "0.1.0";
    facts.platform = "windows";
    facts.os = {"Windows Server 2003", "5.2.3790 Service Pack 2", "5.2.3790", "x86", "Small Business Server", true,
                "es-ES"};
    facts.cpu = {"Intel Xeon", 8, 4, 2, 2593.906, true};
    facts.memory = {8589934592, 1073741824};
    facts.volumes = {{"C:\\", "\\Device\\HarddiskVolume1", "NTFS", 80000000000, 20000000000, true, true}};
    facts.services = {{"MSExchangeIS", "Microsoft Exchange Information Store", "LocalSystem", true,
                       ServiceState::Paused, StartType::AutomaticDelayed, true, "Microsoft Corporation",
                       "C:\\exchsrvr\\bin\\store.exe"}};
    facts.processes = {{4242, "store.exe", "SYSTEM"}};
    facts.sessions = {{"ana", "RDP-Tcp#0", "192.168.16.50", november21At10 - 3600}};
    facts.network = {{{"Local Area Connection", "00:11:22:33:44:55", true, true, true, 1000, {"192.168.16.2/24"}}},
                     {"192.168.16.1"},
                     {"192.168.16.3"},
                     "srv01.oficina.local",
                     "oficina.local"};
    facts.firmware = {"Dell Inc.", "A12", "2023-08-10"};
    facts.virtualization = {true, "hyperv"};
    facts.programs = {{"Microsoft Office 2003", "11.0.5614.0", "Microsoft"}};
    facts.exchange = {true, "6.5.7638.1", "srv01:6001-6002;srv01:6004"};
    facts.clock = {"Romance Standard Time", true, 60,
                   ClockMeasurement{"ntp.example.org:123", november21At10 + 5, "refused", -0.012, 0.03, 2, "RATE"}};
    facts.problems = {"Sessions: cannot be read"};
    return facts;
}

Json completeJson()
{
    return Json::parse(toJson(completeFacts()));
}

// What a snapshot reads as, written again in one line; or why it cannot be read.
std::string readBack(const std::string &text)
{
    try {
        return toJson(fromJson(text), -1);
    } catch (const SnapshotError &error) {
        return error.what();
    }
}

std::string errorOf(const std::string &text)
{
    try {
        fromJson(text);
    } catch (const SnapshotError &error) {
        return error.what();
    }
    return "(no error)";
}

} // namespace

class TestFactsJson : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsExactly()
    {
        const Facts facts = completeFacts();
        const std::string text = toJson(facts);
        const Facts back = fromJson(text);
        QCOMPARE(toJson(back), text);

        QCOMPARE(back.hostName, "srv-oficina"s);
        QCOMPARE(back.collectedAt, november21At10);
        QCOMPARE(back.collectorVersion, facts.collectorVersion);
        QCOMPARE(back.os.edition, "Small Business Server"s);
        QVERIFY(back.os.smallBusinessServer);
        QCOMPARE(back.cpu.maxMhz, 2593.906);
        QCOMPARE(back.cpu.sockets, 2);
        QCOMPARE(back.volumes[1].totalBytes, std::numeric_limits<std::uint64_t>::max());
        QCOMPARE(back.volumes[1].mountPoint, "/srv"s);
        QCOMPARE(back.services[0].state, ServiceState::Paused);
        QCOMPARE(back.services[1].startType, StartType::Boot);
        QCOMPARE(back.services[3].startType, StartType::AutomaticDelayed);
        QCOMPARE(back.services[1].vendor, "Acme, Inc."s);
        QCOMPARE(back.services[2].state, ServiceState::Running);
        QCOMPARE(back.processes.size(), facts.processes.size());
        QCOMPARE(back.sessions.back().host, "192.168.16.50"s);
        QCOMPARE(back.sessions.back().loginTime, std::int64_t(-1));
        QCOMPARE(back.network.adapters[0].addresses, facts.network.adapters[0].addresses);
        QCOMPARE(back.network.gateways, std::vector<std::string>{"192.168.16.1"});
        QCOMPARE(back.firmware.date, "2023-08-10"s);
        QCOMPARE(back.programs.size(), std::size_t(4));
        QVERIFY(back.exchange.installed);
        QCOMPARE(back.exchange.rpcProxyValidPorts, "srv01:6001-6002;srv01:6004"s);
        QCOMPARE(back.problems, facts.problems);
    }

    // A field written but not read (or read into another member) comes back as its default, and
    // every field is set: so the snapshot of what was read differs. Each field left out of the
    // snapshot reads differently, so that none is left at its default here.
    void everyFieldWrittenIsReadBack()
    {
        const std::string text = toJson(everyFieldSet(), -1);
        QCOMPARE(readBack(text), text);
        const Json json = Json::parse(text);
        const Json fields = json.flatten(); // "/volumes/0/mountPoint": "C:\\", …
        for (const auto &field : fields.items()) {
            if (field.key() == "/schema")
                continue;
            const Json::json_pointer pointer(field.key());
            Json without = json;
            Json &parent = without[pointer.parent_pointer()];
            if (parent.is_array())
                parent.erase(std::stoul(pointer.back()));
            else
                parent.erase(pointer.back());
            QVERIFY2(readBack(without.dump()) != text,
                     qPrintable(QString::fromStdString(field.key() + " reads the same when it is left out: set it "
                                                                     "to another value in everyFieldSet()")));
        }
    }

    void writesTheSchemaStableWordsAndUtcTime()
    {
        const Json json = completeJson();
        QCOMPARE(json["schema"].get<std::string>(), "prepwizard.facts/1"s);
        QCOMPARE(json["collectedAt"].get<std::string>(), "2026-11-21T10:00:00Z"s);
        QCOMPARE(json["platform"].get<std::string>(), "linux"s);
        QCOMPARE(json["services"][0]["state"].get<std::string>(), "paused"s);
        QCOMPARE(json["services"][2]["state"].get<std::string>(), "running"s);
        QCOMPARE(json["services"][2]["startType"].get<std::string>(), "automatic"s);
        QCOMPARE(json["services"][0]["startType"].get<std::string>(), "disabled"s);
        QCOMPARE(json["services"][3]["startType"].get<std::string>(), "automatic-delayed"s);
        // The schema comes first, for a person who opens the file.
        QVERIFY(toJson(completeFacts()).rfind("{\n  \"schema\": \"prepwizard.facts/1\"", 0) == 0);
        QVERIFY(toJson(completeFacts(), -1).find('\n') == std::string::npos);
    }

    void writesAndReadsTimesAcrossTheCalendar_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("epoch") << qint64(0) << u"1970-01-01T00:00:00Z"_qs;
        QTest::newRow("before the epoch") << qint64(-1) << u"1969-12-31T23:59:59Z"_qs;
        QTest::newRow("leap day 2000") << qint64(951782400) << u"2000-02-29T00:00:00Z"_qs;
        QTest::newRow("end of 2038") << qint64(2177452799) << u"2038-12-31T23:59:59Z"_qs;
        QTest::newRow("issue example") << qint64(november21At10) << u"2026-11-21T10:00:00Z"_qs;
    }

    void writesAndReadsTimesAcrossTheCalendar()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        Facts facts;
        facts.collectedAt = seconds;
        const Json json = Json::parse(toJson(facts));
        QCOMPARE(json["collectedAt"].get<std::string>(), text.toStdString());
        QCOMPARE(fromJson(json.dump()).collectedAt, std::int64_t(seconds));
    }

    void ignoresUnknownFieldsAndDefaultsAbsentOnes()
    {
        Json json = completeJson();
        json["addedInAFutureMinorVersion"] = {{"x", 1}};
        json["volumes"][0]["quota"] = 5;
        json.erase("firmware");
        json.erase("programs");
        const Facts facts = fromJson(json.dump());
        QCOMPARE(facts.volumes.size(), std::size_t(3));
        QVERIFY(facts.firmware.vendor.empty());
        QVERIFY(facts.programs.empty());
    }

    void aSmallestSnapshotNeedsSchemaHostAndTime()
    {
        const Facts facts = fromJson(R"({"schema": "prepwizard.facts/1", "hostName": "srv01",
                                         "collectedAt": "2026-11-21T10:00:00Z"})");
        QCOMPARE(facts.hostName, "srv01"s);
        QCOMPARE(facts.cpu.logicalCores, 0);
    }

    void refusesWhatIsNotASnapshot_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QString() << u"the snapshot is not valid JSON (error at byte 1)"_qs;
        QTest::newRow("truncated") << u"{\"schema\": \"prepwizard.facts/1\", \"hostN"_qs
                                   << u"the snapshot is not valid JSON (error at byte 40)"_qs;
        QTest::newRow("an array") << u"[1, 2]"_qs << u"the snapshot is not a JSON object"_qs;
        QTest::newRow("no schema") << u"{\"hostName\": \"srv01\"}"_qs
                                   << u"the snapshot has no \"schema\" field: it is not a prepwizard facts snapshot"_qs;
        QTest::newRow("schema not text") << u"{\"schema\": 1}"_qs << u"schema must be a string"_qs;
        QTest::newRow("other schema") << u"{\"schema\": \"prepwizard.report/1\"}"_qs
                                      << u"the snapshot has the unknown schema \"prepwizard.report/1\"; this "
                                         "version reads prepwizard.facts/1"_qs;
        QTest::newRow("newer schema") << u"{\"schema\": \"prepwizard.facts/2\"}"_qs
                                      << u"the snapshot was written by a newer prepprobe (prepwizard.facts/2); "
                                         "this version reads prepwizard.facts/1"_qs;
        QTest::newRow("no host") << u"{\"schema\": \"prepwizard.facts/1\", \"collectedAt\": \"x\"}"_qs
                                 << u"the snapshot has no \"hostName\" field"_qs;
    }

    void refusesWhatIsNotASnapshot()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        QCOMPARE(errorOf(text.toStdString()), message.toStdString());
    }

    void namesTheFieldOfTheWrongType_data()
    {
        QTest::addColumn<QString>("pointer"); // JSON pointer of the field to replace
        QTest::addColumn<QString>("value");   // JSON text put there
        QTest::addColumn<QString>("message");
        QTest::newRow("text for bytes") << u"/volumes/2/freeBytes"_qs << u"\"lots\""_qs
                                        << u"volumes[2].freeBytes must be a number"_qs;
        QTest::newRow("negative bytes")
            << u"/volumes/0/totalBytes"_qs << u"-5"_qs
            << u"volumes[0].totalBytes must be a whole number from 0 to 18446744073709551615"_qs;
        QTest::newRow("fractional cores")
            << u"/cpu/logicalCores"_qs << u"1.5"_qs
            << u"cpu.logicalCores must be a whole number from -2147483648 to 2147483647"_qs;
        QTest::newRow("too many cores") << u"/cpu/logicalCores"_qs << u"3000000000"_qs
                                        << u"cpu.logicalCores must be a whole number from -2147483648 to 2147483647"_qs;
        QTest::newRow("pid too large") << u"/processes/0/pid"_qs << u"4294967296"_qs
                                       << u"processes[0].pid must be a whole number from 0 to 4294967295"_qs;
        QTest::newRow("megahertz as text") << u"/cpu/maxMhz"_qs << u"\"fast\""_qs << u"cpu.maxMhz must be a number"_qs;
        QTest::newRow("flag as text") << u"/cpu/is64Bit"_qs << u"\"yes\""_qs << u"cpu.is64Bit must be true or false"_qs;
        QTest::newRow("name as number") << u"/os/name"_qs << u"12"_qs << u"os.name must be a string"_qs;
        QTest::newRow("unknown state") << u"/services/0/state"_qs << u"\"sleeping\""_qs
                                       << u"services[0].state must be one of unknown, running, stopped, starting, "
                                          "stopping, paused"_qs;
        QTest::newRow("unknown start type") << u"/services/3/startType"_qs << u"\"delayed\""_qs
                                            << u"services[3].startType must be one of unknown, automatic, manual, "
                                               "disabled, boot, system, automatic-delayed"_qs;
        QTest::newRow("address as number") << u"/network/adapters/0/addresses/1"_qs << u"5"_qs
                                           << u"network.adapters[0].addresses[1] must be a string"_qs;
        QTest::newRow("list as object") << u"/volumes"_qs << u"{}"_qs << u"volumes must be an array"_qs;
        QTest::newRow("element as text") << u"/volumes/1"_qs << u"\"x\""_qs << u"volumes[1] must be an object"_qs;
        QTest::newRow("section as list") << u"/os"_qs << u"[]"_qs << u"os must be an object"_qs;
        QTest::newRow("problem as number") << u"/problems/0"_qs << u"1"_qs << u"problems[0] must be a string"_qs;
        QTest::newRow("time in words") << u"/collectedAt"_qs << u"\"yesterday\""_qs
                                       << u"collectedAt must be a UTC time like 2026-11-21T10:00:00Z"_qs;
        QTest::newRow("no such day") << u"/collectedAt"_qs << u"\"2026-02-29T10:00:00Z\""_qs
                                     << u"collectedAt must be a UTC time like 2026-11-21T10:00:00Z"_qs;
        QTest::newRow("local time") << u"/collectedAt"_qs << u"\"2026-11-21T10:00:00+01:00\""_qs
                                    << u"collectedAt must be a UTC time like 2026-11-21T10:00:00Z"_qs;
    }

    void namesTheFieldOfTheWrongType()
    {
        QFETCH(QString, pointer);
        QFETCH(QString, value);
        QFETCH(QString, message);
        Json json = completeJson();
        json[Json::json_pointer(pointer.toStdString())] = Json::parse(value.toStdString());
        QCOMPARE(errorOf(json.dump()), message.toStdString());
    }

    void writesBadUtf8AsReplacementCharacters()
    {
        Facts facts;
        facts.processes.push_back({7, "caf\xe9", "root"}); // Latin-1 from a process title
        const Facts back = fromJson(toJson(facts));
        QCOMPARE(back.processes[0].name, "caf\xef\xbf\xbd"s);
    }

    void refusesATextOverAMebibyteNamingTheField()
    {
        Json json = completeJson();
        json["hostName"] = std::string(maxTextBytes, 'x');
        QCOMPARE(fromJson(json.dump()).hostName.size(), maxTextBytes);
        json["hostName"] = std::string(maxTextBytes + 1, 'x');
        QCOMPARE(errorOf(json.dump()), "hostName is longer than 1 MiB: the snapshot is damaged"s);
        json = completeJson();
        json["services"][2]["imagePath"] = std::string(2 * maxTextBytes, 'x');
        QCOMPARE(errorOf(json.dump()), "services[2].imagePath is longer than 1 MiB: the snapshot is damaged"s);
    }

    void refusesASnapshotOverSixteenMebibytes()
    {
        Json json = completeJson();
        json["hostName"] = std::string(50 * 1024 * 1024, 'x');
        QCOMPARE(errorOf(json.dump()), "the snapshot is larger than 16 MiB, more than any real snapshot"s);
    }

    void refusesDeepNestingWithoutRecursing()
    {
        const std::string message = "the snapshot nests more than 64 levels deep: it is not a prepwizard facts snapshot";
        QCOMPARE(errorOf(std::string(100000, '[') + std::string(100000, ']')), message);
        QCOMPARE(errorOf(std::string(100000, '[')), message);
        // An unknown field may nest: the snapshot itself (1), "volumes" (2), its first element
        // (3), then 61 arrays make 64 levels; one more is too many.
        Json json = completeJson();
        json["volumes"][0]["nested"] = Json::parse(std::string(61, '[') + std::string(61, ']'));
        QCOMPARE(fromJson(json.dump()).volumes.size(), completeFacts().volumes.size());
        json["volumes"][0]["nested"] = Json::parse(std::string(62, '[') + std::string(62, ']'));
        QCOMPARE(errorOf(json.dump()), message);
    }

    void refusesTextThatIsNotUtf8_data()
    {
        QTest::addColumn<QByteArray>("bytes"); // the host name
        QTest::addColumn<int>("bad");          // where in it the first bad byte is
        QTest::newRow("Latin-1") << QByteArray("caf\xe9 srv") << 3;
        QTest::newRow("overlong slash") << QByteArray("a\xc0\xaf" "b") << 1;
        QTest::newRow("surrogate") << QByteArray("a\xed\xa0\x80" "b") << 1;
        QTest::newRow("beyond U+10FFFF") << QByteArray("a\xf4\x90\x80\x80" "b") << 1;
        QTest::newRow("cut short") << QByteArray("ab\xe2\x82") << 2;
        QTest::newRow("lone continuation") << QByteArray("a\x80" "b") << 1;
    }

    void refusesTextThatIsNotUtf8()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, bad);
        // (Not a raw string: moc loses its way in one that ends in a quote.)
        const std::string before =
            "{\"schema\": \"prepwizard.facts/1\", \"collectedAt\": \"2026-11-21T10:00:00Z\", \"hostName\": \"";
        const std::size_t at = before.size() + static_cast<std::size_t>(bad) + 1;
        QCOMPARE(errorOf(before + bytes.toStdString() + "\"}"),
                 "the snapshot is not UTF-8 text (byte " + std::to_string(at) + " is not part of a character)");
    }

    void readsEveryValidUtf8Character()
    {
        const std::string name = "\xc2\xa0 \xe0\xa0\x80 \xed\x9f\xbf \xee\x80\x80 \xf0\x90\x80\x80 \xf4\x8f\xbf\xbf ñ 服务器";
        Facts facts;
        facts.hostName = name;
        QCOMPARE(fromJson(toJson(facts)).hostName, name);
    }

    void refusesANumberTooLargeToRead()
    {
        std::string text = completeJson().dump();
        const std::string mhz = "\"maxMhz\":2593.906";
        QVERIFY(text.find(mhz) != std::string::npos);
        text.replace(text.find(mhz), mhz.size(), "\"maxMhz\":1e400");
        QCOMPARE(errorOf(text), "the snapshot has a number too large to read: it is damaged"s);
    }
};

QTEST_GUILESS_MAIN(TestFactsJson)
#include "tst_factsjson.moc"
