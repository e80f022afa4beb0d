// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/net/InternetInfoFields.h"

#include "catalog/TaskIds.h"

#include <QCoreApplication>

namespace prep {

namespace {

QString translated(const char *source)
{
    return QCoreApplication::translate("InternetInfoFields", source);
}

const std::vector<InternetInfoFields::Choice> yesNo = {
    {"", QT_TRANSLATE_NOOP("InternetInfoFields", "Not answered")},
    {"yes", QT_TRANSLATE_NOOP("InternetInfoFields", "Yes")},
    {"no", QT_TRANSLATE_NOOP("InternetInfoFields", "No")},
};

} // namespace

const std::vector<InternetInfoFields::Field> &InternetInfoFields::fields()
{
    using K = Kind;
    // Where each row comes from: server name, domain, adapters, the local adapter, gateway and DNS
    // from Setup's defaults and the SBS 2003 book chapter "Planning the Network" (InformIT), which
    // also names the connection types, a router or firewall device, ISP authentication (PPPoE) and
    // MAC binding; the e-mail rows (domain, smart host, held mail with ETRN or TURN, POP3
    // mailboxes) from the SBS 2000-era Internet Connection Wizard's e-mail configuration; the
    // device firewall from document 000 (disconnect from the Internet during the upgrade).
    static const std::vector<Field> list = {
        {"serverName", QT_TRANSLATE_NOOP("InternetInfoFields", "Server name"), K::Line, {}, true},
        {"domain", QT_TRANSLATE_NOOP("InternetInfoFields", "DNS domain of the network"), K::Line, {}, true},
        {"adapters", QT_TRANSLATE_NOOP("InternetInfoFields", "Network adapters (name, MAC address, addresses)"), K::Lines, {}, true},
        {"localAdapter", QT_TRANSLATE_NOOP("InternetInfoFields", "Adapter for the local (internal) network"), K::Line, {}, false},
        {"gateway", QT_TRANSLATE_NOOP("InternetInfoFields", "Default gateway: the local address of the router through which the server reaches the Internet"), K::Line, {}, true},
        {"dnsServers", QT_TRANSLATE_NOOP("InternetInfoFields", "DNS servers"), K::Line, {}, true},
        {"connectionType", QT_TRANSLATE_NOOP("InternetInfoFields", "Internet connection type"), K::Choice,
         {{"", QT_TRANSLATE_NOOP("InternetInfoFields", "Not answered")},
          {"broadband", QT_TRANSLATE_NOOP("InternetInfoFields", "Broadband (DSL, cable modem, dedicated line)")},
          {"dial-up", QT_TRANSLATE_NOOP("InternetInfoFields", "Dial-up (modem)")}},
         false},
        {"router", QT_TRANSLATE_NOOP("InternetInfoFields", "Is there a router or firewall device between the ISP and the network?"), K::Choice, yesNo, false},
        {"deviceFirewall", QT_TRANSLATE_NOOP("InternetInfoFields", "Does the Internet device provide a firewall for the local network?"), K::Choice, yesNo, false},
        {"isp", QT_TRANSLATE_NOOP("InternetInfoFields", "Internet service provider (name, support telephone)"), K::Line, {}, false},
        {"ispUser", QT_TRANSLATE_NOOP("InternetInfoFields", "ISP user name for authentication, for example PPPoE (keep the password elsewhere)"), K::Line, {}, false},
        {"macBinding", QT_TRANSLATE_NOOP("InternetInfoFields", "Does the ISP bind the connection to a MAC address? (It then works only with the network adapter whose hardware address the ISP registered.)"), K::Choice, yesNo, false},
        {"emailDomain", QT_TRANSLATE_NOOP("InternetInfoFields", "Internet e-mail domain name"), K::Line, {}, false},
        {"smartHost", QT_TRANSLATE_NOOP("InternetInfoFields", "ISP SMTP smart host (name or IP address): the ISP's server that passes your outgoing e-mail on to the Internet"), K::Line, {}, false},
        {"incomingMail", QT_TRANSLATE_NOOP("InternetInfoFields", "ISP mail server that holds incoming mail, and its signal (ETRN, or TURN after authentication): the command your server sends to collect the held mail"), K::Line, {}, false},
        {"pop3Mailboxes", QT_TRANSLATE_NOOP("InternetInfoFields", "POP3 mailboxes to download (Microsoft Connector for POP3 Mailboxes)"), K::Lines, {}, false},
    };
    return list;
}

const InternetInfoFields::Field *InternetInfoFields::field(const QString &key)
{
    for (const Field &candidate : fields()) {
        if (key == QLatin1String(candidate.key))
            return &candidate;
    }
    return nullptr;
}

QString InternetInfoFields::formKey(const char *key)
{
    return taskid::net::internetInfo.formKey(key);
}

QString InternetInfoFields::labelText(const Field &field)
{
    return translated(field.label);
}

QString InternetInfoFields::valueText(const Field &field, const QString &value)
{
    for (const Choice &choice : field.choices) {
        if (value == QLatin1String(choice.id))
            return translated(choice.label);
    }
    return value;
}

QString InternetInfoFields::notVerifiedText()
{
    return translated(QT_TRANSLATE_NOOP("InternetInfoFields", "These fields are taken from public descriptions of the Internet connection and e-mail settings of Windows Small Business Server. They have not been verified against the official form “Required Information for Connecting to the Internet” (Appendix A of Getting Started)."));
}

} // namespace prep
