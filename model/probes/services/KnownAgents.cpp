// SPDX-FileCopyrightText: 2026 Prep Wizard maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/services/KnownAgents.h"

#include <algorithm>
#include <cctype>

namespace prep {

namespace {

// The kernel keeps process names (/proc/<pid>/comm) to 15 characters.
constexpr std::size_t linuxNameLength = 15;

std::string lower(const std::string &text)
{
    std::string result = text;
    std::transform(result.begin(), result.end(), result.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return result;
}

bool sameProcess(const std::string &seen, const char *known)
{
    const std::string wanted = lower(known);
    if (seen == wanted)
        return true;
    return seen.size() == linuxNameLength && wanted.size() > linuxNameLength && wanted.compare(0, seen.size(), seen) == 0;
}

// "clamav-daemon.service" → "clamav-daemon"; "clamd@scan.service" → "clamd".
std::string serviceBaseName(const std::string &name)
{
    std::string result = lower(name);
    const std::string suffix = ".service";
    if (result.size() > suffix.size() && result.compare(result.size() - suffix.size(), suffix.size(), suffix) == 0)
        result.erase(result.size() - suffix.size());
    const auto at = result.find('@');
    if (at != std::string::npos)
        result.erase(at);
    return result;
}

} // namespace

const std::vector<KnownAgents::Product> &KnownAgents::products()
{
    using R = Role;
    static const std::vector<Product> list = {
        // Real-time antivirus.
        {"ClamAV", "Cisco Talos", R::Antivirus, {"clamd", "clamonacc", "clamd.exe"}, {"clamav-daemon", "clamav-clamonacc", "clamd"}},
        {"Sophos Anti-Virus", "Sophos", R::Antivirus, {"savd", "SavService.exe"}, {"sav-protect", "sophos-spl", "SAVService"}},
        {"ESET NOD32 / ESET File Security", "ESET", R::Antivirus, {"esets_daemon", "ekrn.exe"}, {"esets", "ekrn"}},
        {"Kaspersky Endpoint Security", "Kaspersky", R::Antivirus, {"avp.exe", "kesl"}, {"kesl"}},
        {"McAfee VirusScan / Endpoint Security", "McAfee (Trellix)", R::Antivirus, {"mcshield.exe", "mfemms.exe", "mfetpd"}, {"McShield", "mfetpd"}},
        {"Symantec Endpoint Protection / Symantec AntiVirus", "Symantec (Broadcom)", R::Antivirus, {"Rtvscan.exe", "ccSvcHst.exe", "rtvscand"}, {"SepMasterService"}},
        {"Norton Security", "Gen Digital (NortonLifeLock)", R::Antivirus, {"NortonSecurity.exe"}, {}},
        {"Trend Micro OfficeScan / Apex One / Deep Security", "Trend Micro", R::Antivirus, {"ntrtscan.exe", "tmlisten.exe", "PccNTMon.exe", "ds_agent", "ds_agent.exe"}, {"ds_agent"}},
        {"Bitdefender", "Bitdefender", R::Antivirus, {"vsserv.exe", "bdagent.exe", "EPSecurityService.exe"}, {}},
        {"Microsoft Defender / Microsoft Security Essentials", "Microsoft", R::Antivirus, {"MsMpEng.exe", "NisSrv.exe", "wdavdaemon"}, {"WinDefend", "WdNisSvc", "mdatp"}},
        {"Avast Antivirus", "Avast (Gen Digital)", R::Antivirus, {"AvastSvc.exe"}, {}},
        {"Malwarebytes", "Malwarebytes", R::Antivirus, {"MBAMService.exe"}, {"MBAMService"}},
        // Backup software, whose agents hold files open.
        {"Veeam Agent / Veeam Backup & Replication", "Veeam Software", R::Backup, {"Veeam.EndPoint.Service.exe", "Veeam.Backup.Service.exe", "veeamservice"}, {"VeeamEndpointBackupSvc", "VeeamBackupSvc", "veeamservice"}},
        {"Acronis Backup / Acronis True Image", "Acronis", R::Backup, {"mms.exe", "TrueImageMonitor.exe", "schedul2.exe", "afcdpsrv.exe"}, {"acronis_mms", "AcrSch2Svc"}},
        {"Backup Exec", "Veritas (formerly Symantec)", R::Backup, {"beremote.exe", "bengine.exe", "beserver.exe", "beremote"}, {"BackupExecAgentAgent", "BackupExecJobEngine", "BackupExecRPCService"}},
        {"Bacula", "Bacula project", R::Backup, {"bacula-fd", "bacula-fd.exe"}, {"bacula-fd"}},
        {"Bareos", "Bareos", R::Backup, {"bareos-fd", "bareos-fd.exe"}, {"bareos-fd"}},
        {"Duplicati", "Duplicati project", R::Backup, {"Duplicati.Server.exe", "Duplicati.WindowsService.exe", "duplicati-server"}, {"duplicati"}},
        {"rsnapshot", "rsnapshot project", R::Backup, {"rsnapshot"}, {}},
        {"UrBackup client", "UrBackup project", R::Backup, {"urbackupclientbackend", "UrBackupClientBackend.exe"}, {"urbackupclientbackend", "UrBackupClientBackend"}},
        {"NTBackup / Windows Server Backup", "Microsoft", R::Backup, {"ntbackup.exe", "wbengine.exe"}, {"wbengine"}},
    };
    return list;
}

const KnownAgents::Product *KnownAgents::byProcess(const std::string &name)
{
    const std::string seen = lower(name);
    for (const Product &product : products()) {
        for (const char *process : product.processes) {
            if (sameProcess(seen, process))
                return &product;
        }
    }
    return nullptr;
}

const KnownAgents::Product *KnownAgents::byService(const std::string &name)
{
    const std::string seen = serviceBaseName(name);
    for (const Product &product : products()) {
        for (const char *service : product.services) {
            if (seen == lower(service))
                return &product;
        }
    }
    return nullptr;
}

} // namespace prep
