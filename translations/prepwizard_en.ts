<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ChosenFigures</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingChange</name>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fixed</source>
        <translation>
            <numerusform>%n fixed</numerusform>
            <numerusform>%n fixed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worse</source>
        <translation>
            <numerusform>%n worse</numerusform>
            <numerusform>%n worse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n better</source>
        <translation>
            <numerusform>%n better</numerusform>
            <numerusform>%n better</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed otherwise</source>
        <translation>
            <numerusform>%n changed otherwise</numerusform>
            <numerusform>%n changed otherwise</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FleetReport</name>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n server</numerusform>
            <numerusform>%n servers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Freshness</name>
    <message numerus="yes">
        <source>checked %n minute(s) ago</source>
        <translation>
            <numerusform>checked %n minute ago</numerusform>
            <numerusform>checked %n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>checked %n hour(s) ago</source>
        <translation>
            <numerusform>checked %n hour ago</numerusform>
            <numerusform>checked %n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>checked %n day(s) ago</source>
        <translation>
            <numerusform>checked %n day ago</numerusform>
            <numerusform>checked %n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeadlessCheck</name>
    <message numerus="yes">
        <source>none of the %n snapshot(s) could be read</source>
        <translation>
            <numerusform>the %n snapshot could not be read</numerusform>
            <numerusform>none of the %n snapshots could be read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoticeCountdown</name>
    <message numerus="yes">
        <source>You must log off from the domain in approximately %n minute(s). At that point, the Internet will also be unavailable.</source>
        <translation>
            <numerusform>You must log off from the domain in approximately %n minute. At that point, the Internet will also be unavailable.</numerusform>
            <numerusform>You must log off from the domain in approximately %n minutes. At that point, the Internet will also be unavailable.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Probes</name>
    <message numerus="yes">
        <source>at most %n year(s) old</source>
        <translation>
            <numerusform>at most %n year old</numerusform>
            <numerusform>at most %n years old</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>BIOS: %1, version %2, dated %3: more than %n year(s) old. Ask the manufacturer for a newer BIOS, and install it before the upgrade.</source>
        <translation>
            <numerusform>BIOS: %1, version %2, dated %3: more than %n year old. Ask the manufacturer for a newer BIOS, and install it before the upgrade.</numerusform>
            <numerusform>BIOS: %1, version %2, dated %3: more than %n years old. Ask the manufacturer for a newer BIOS, and install it before the upgrade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) running</source>
        <translation>
            <numerusform>%n product running</numerusform>
            <numerusform>%n products running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n antivirus or backup product(s) running on this computer. Turn them off or disable them before Setup runs; do the virus scan first.</source>
        <translation>
            <numerusform>%n antivirus or backup product running on this computer. Turn it off or disable it before Setup runs; do the virus scan first.</numerusform>
            <numerusform>%n antivirus or backup products running on this computer. Turn them off or disable them before Setup runs; do the virus scan first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %1 antivirus and backup products the wizard knows is running (%n programs checked).</source>
        <translation>
            <numerusform>None of the %1 antivirus and backup products the wizard knows is running (%n program checked).</numerusform>
            <numerusform>None of the %1 antivirus and backup products the wizard knows is running (%n programs checked).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Processor: %1, %n logical processor(s), up to %2 MHz.</source>
        <translation>
            <numerusform>Processor: %1, %n logical processor, up to %2 MHz.</numerusform>
            <numerusform>Processor: %1, %n logical processors, up to %2 MHz.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Processor: %1, %n logical processor(s); its speed could not be read.</source>
        <translation>
            <numerusform>Processor: %1, %n logical processor; its speed could not be read.</numerusform>
            <numerusform>Processor: %1, %n logical processors; its speed could not be read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n third-party service(s) start automatically as Local System; if they run, stop them and write down their start types:</source>
        <translation>
            <numerusform>%n third-party service starts automatically as Local System; if it runs, stop it and write down its start type:</numerusform>
            <numerusform>%n third-party services start automatically as Local System; if they run, stop them and write down their start types:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n third-party service(s) start automatically as root; if they run, stop them and write down their start types:</source>
        <translation>
            <numerusform>%n third-party service starts automatically as root; if it runs, stop it and write down its start type:</numerusform>
            <numerusform>%n third-party services start automatically as root; if they run, stop them and write down their start types:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No third-party service runs as Local System now (%n services checked).</source>
        <translation>
            <numerusform>No third-party service runs as Local System now (%n service checked).</numerusform>
            <numerusform>No third-party service runs as Local System now (%n services checked).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No third-party service runs as root now (%n services checked).</source>
        <translation>
            <numerusform>No third-party service runs as root now (%n service checked).</numerusform>
            <numerusform>No third-party service runs as root now (%n services checked).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n third-party service(s) run as Local System. They may lock operating system files that Setup must replace.</source>
        <translation>
            <numerusform>%n third-party service runs as Local System. It may lock operating system files that Setup must replace.</numerusform>
            <numerusform>%n third-party services run as Local System. They may lock operating system files that Setup must replace.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n third-party service(s) run as root. They may lock operating system files that Setup must replace.</source>
        <translation>
            <numerusform>%n third-party service runs as root. It may lock operating system files that Setup must replace.</numerusform>
            <numerusform>%n third-party services run as root. They may lock operating system files that Setup must replace.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) to set back</source>
        <translation>
            <numerusform>%n service to set back</numerusform>
            <numerusform>%n services to set back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n recorded service(s) have their recorded start type.</source>
        <translation>
            <numerusform>The %n recorded service has its recorded start type.</numerusform>
            <numerusform>All %n recorded services have their recorded start type.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) do not have the start type recorded before the upgrade. After the upgrade, set each one back to the start type below, and start it if it should run:</source>
        <translation>
            <numerusform>%n service does not have the start type recorded before the upgrade. After the upgrade, set it back to the start type below, and start it if it should run:</numerusform>
            <numerusform>%n services do not have the start type recorded before the upgrade. After the upgrade, set each one back to the start type below, and start it if it should run:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) of other users</source>
        <translation>
            <numerusform>%n session of another user</numerusform>
            <numerusform>%n sessions of other users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) of other users are open on this computer. Ask them to save their work and log off.</source>
        <translation>
            <numerusform>%n session of another user is open on this computer. Ask them to save their work and log off.</numerusform>
            <numerusform>%n sessions of other users are open on this computer. Ask them to save their work and log off.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your own %n session(s) as %1 are not counted.</source>
        <translation>
            <numerusform>Your own %n session as %1 is not counted.</numerusform>
            <numerusform>Your own %n sessions as %1 are not counted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) restored to %1 were compared with the originals in %2, picked at random among %3.</source>
        <translation>
            <numerusform>%n file restored to %1 was compared with its original in %2, picked at random among %3.</numerusform>
            <numerusform>%n files restored to %1 were compared with the originals in %2, picked at random among %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) identical.</source>
        <translation>
            <numerusform>%n file identical.</numerusform>
            <numerusform>%n files identical.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) differ from originals that did not change after the backup: the backup cannot be trusted. Find out why before the upgrade.</source>
        <translation>
            <numerusform>%n file differs from an original that did not change after the backup: the backup cannot be trusted. Find out why before the upgrade.</numerusform>
            <numerusform>%n files differ from originals that did not change after the backup: the backup cannot be trusted. Find out why before the upgrade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n restored file(s) have no original any more (deleted or renamed since the backup, or another original folder was meant).</source>
        <translation>
            <numerusform>%n restored file has no original any more (deleted or renamed since the backup, or another original folder was meant).</numerusform>
            <numerusform>%n restored files have no original any more (deleted or renamed since the backup, or another original folder was meant).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n original(s) changed after the backup, so they cannot be compared; this is not a fault of the backup.</source>
        <translation>
            <numerusform>%n original changed after the backup, so it cannot be compared; this is not a fault of the backup.</numerusform>
            <numerusform>%n originals changed after the backup, so they cannot be compared; this is not a fault of the backup.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read (open or locked) and were skipped.</source>
        <translation>
            <numerusform>%n file could not be read (open or locked) and was skipped.</numerusform>
            <numerusform>%n files could not be read (open or locked) and were skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>prepprobe prepare recorded the startup types of %n service(s) on %1 in the journal %2, before changing them:</source>
        <translation>
            <numerusform>prepprobe prepare recorded the startup type of %n service on %1 in the journal %2, before changing it:</numerusform>
            <numerusform>prepprobe prepare recorded the startup types of %n services on %1 in the journal %2, before changing them:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) were refused; stop those services by hand:</source>
        <translation>
            <numerusform>%n step was refused; stop that service by hand:</numerusform>
            <numerusform>%n steps were refused; stop those services by hand:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>prepprobe restore put back the startup types and states of %n service(s) on %1 that the journal %2 recorded.</source>
        <translation>
            <numerusform>prepprobe restore put back the startup type and state of %n service on %1 that the journal %2 recorded.</numerusform>
            <numerusform>prepprobe restore put back the startup types and states of %n services on %1 that the journal %2 recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Active Directory Connector (service %1) is not among the %n services of this server; it may run on another server of the organization.</source>
        <translation>
            <numerusform>The Active Directory Connector (service %1) is not the %n service of this server; it may run on another server of the organization.</numerusform>
            <numerusform>The Active Directory Connector (service %1) is not among the %n services of this server; it may run on another server of the organization.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drive(s) to back up</source>
        <translation>
            <numerusform>%n drive to back up</numerusform>
            <numerusform>%n drives to back up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A full system backup of this server takes in these %n drive(s) and the System State data:</source>
        <translation>
            <numerusform>A full system backup of this server takes in %n drive and the System State data:</numerusform>
            <numerusform>A full system backup of this server takes in these %n drives and the System State data:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No Best Practices Analyzer is among the %n installed programs: download the one for your server (see the steps), check for updates, then run a scan.</source>
        <translation>
            <numerusform>The %n installed program is not a Best Practices Analyzer: download the one for your server (see the steps), check for updates, then run a scan.</numerusform>
            <numerusform>No Best Practices Analyzer is among the %n installed programs: download the one for your server (see the steps), check for updates, then run a scan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drive(s)</source>
        <translation>
            <numerusform>%n drive</numerusform>
            <numerusform>%n drives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run Disk Cleanup (Cleanmgr.exe) and Disk Defragmenter (Dfrg.msc) on these %n drive(s):</source>
        <translation>
            <numerusform>Run Disk Cleanup (Cleanmgr.exe) and Disk Defragmenter (Dfrg.msc) on %n drive:</numerusform>
            <numerusform>Run Disk Cleanup (Cleanmgr.exe) and Disk Defragmenter (Dfrg.msc) on these %n drives:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Processor: %1, %n logical core(s)</source>
        <translation>
            <numerusform>Processor: %1, %n logical core</numerusform>
            <numerusform>Processor: %1, %n logical cores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n adapter(s) connected</source>
        <translation>
            <numerusform>%n adapter connected</numerusform>
            <numerusform>%n adapters connected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n network adapter(s); default gateways: %1; DNS servers: %2.</source>
        <translation>
            <numerusform>%n network adapter; default gateways: %1; DNS servers: %2.</numerusform>
            <numerusform>%n network adapters; default gateways: %1; DNS servers: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No fax service is among the %n services of this server: if the business sends no faxes through it, say the task does not apply.</source>
        <translation>
            <numerusform>The %n service of this server is not a fax service: if the business sends no faxes through it, say the task does not apply.</numerusform>
            <numerusform>No fax service is among the %n services of this server: if the business sends no faxes through it, say the task does not apply.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No POP3 connector is among the %n services of this server: if it does not download POP3 e-mail, say the task does not apply.</source>
        <translation>
            <numerusform>The %n service of this server is not a POP3 connector: if it does not download POP3 e-mail, say the task does not apply.</numerusform>
            <numerusform>No POP3 connector is among the %n services of this server: if it does not download POP3 e-mail, say the task does not apply.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Neither Site Server nor the Intranet Starter Site is among the %n installed programs and services.</source>
        <translation>
            <numerusform>Neither Site Server nor the Intranet Starter Site is the %n installed program or service.</numerusform>
            <numerusform>Neither Site Server nor the Intranet Starter Site is among the %n installed programs and services.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drive(s) to scan</source>
        <translation>
            <numerusform>%n drive to scan</numerusform>
            <numerusform>%n drives to scan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scan these %n drive(s) and all their files, if possible the day or evening before the upgrade:</source>
        <translation>
            <numerusform>Scan %n drive and all its files, if possible the day or evening before the upgrade:</numerusform>
            <numerusform>Scan these %n drives and all their files, if possible the day or evening before the upgrade:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No POP3 connector is among the %n services of this server: nothing of it is lost in the migration.</source>
        <translation>
            <numerusform>The %n service of this server is not a POP3 connector: nothing of it is lost in the migration.</numerusform>
            <numerusform>No POP3 connector is among the %n services of this server: nothing of it is lost in the migration.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n program(s) installed</source>
        <translation>
            <numerusform>%n program installed</numerusform>
            <numerusform>%n programs installed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n program(s) are installed on this server, %1 of them not from Microsoft (listed first):</source>
        <translation>
            <numerusform>%n program is installed on this server, %1 of them not from Microsoft (listed first):</numerusform>
            <numerusform>%n programs are installed on this server, %1 of them not from Microsoft (listed first):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n adapters are connected. If any of them are teamed (NIC Teaming): Microsoft&apos;s system requirements for Windows Server Essentials (not the source documents) say its networking wizards do not support it; team the Destination Server&apos;s adapters only after the installation.</source>
        <translation>
            <numerusform>%n adapters are connected. If any of them are teamed (NIC Teaming): Microsoft&apos;s system requirements for Windows Server Essentials (not the source documents) say its networking wizards do not support it; team the Destination Server&apos;s adapters only after the installation.</numerusform>
            <numerusform>%n adapters are connected. If any of them are teamed (NIC Teaming): Microsoft&apos;s system requirements for Windows Server Essentials (not the source documents) say its networking wizards do not support it; team the Destination Server&apos;s adapters only after the installation.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message numerus="yes">
        <source>%n must be fixed</source>
        <translation>
            <numerusform>%n must be fixed</numerusform>
            <numerusform>%n must be fixed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a warning</source>
        <translation>
            <numerusform>%n with a warning</numerusform>
            <numerusform>%n with a warning</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to review</source>
        <translation>
            <numerusform>%n to review</numerusform>
            <numerusform>%n to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks to do</source>
        <translation>
            <numerusform>%n task to do</numerusform>
            <numerusform>%n tasks to do</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be checked</source>
        <translation>
            <numerusform>%n could not be checked</numerusform>
            <numerusform>%n could not be checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every task is closed, but you accepted %n risk(s). Read them again on the checklist before you start.</source>
        <translation>
            <numerusform>Every task is closed, but you accepted %n risk. Read it again on the checklist before you start.</numerusform>
            <numerusform>Every task is closed, but you accepted %n risks. Read them again on the checklist before you start.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checked too long ago</source>
        <translation>
            <numerusform>%n checked too long ago</numerusform>
            <numerusform>%n checked too long ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) are older than %1 days: check again right before the upgrade; until then the checklist cannot be ready.</source>
        <translation>
            <numerusform>%n result is older than %1 days: check again right before the upgrade; until then the checklist cannot be ready.</numerusform>
            <numerusform>%n results are older than %1 days: check again right before the upgrade; until then the checklist cannot be ready.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accepted risk(s) are past their last day and count as what the check found: fix them, or accept them again.</source>
        <translation>
            <numerusform>%n accepted risk is past its last day and counts as what the check found: fix it, or accept it again.</numerusform>
            <numerusform>%n accepted risks are past their last day and count as what the check found: fix them, or accept them again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportComparison</name>
    <message numerus="yes">
        <source>%n task(s) changed: %1</source>
        <translation>
            <numerusform>%n task changed: %1</numerusform>
            <numerusform>%n tasks changed: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message numerus="yes">
        <source>%n task(s) to do once the upgrade is done; they do not count for the verdict.</source>
        <translation>
            <numerusform>%n task to do once the upgrade is done; it does not count for the verdict.</numerusform>
            <numerusform>%n tasks to do once the upgrade is done; they do not count for the verdict.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prep::BackupCheckDialog</name>
    <message numerus="yes">
        <source>Restore some files from the backup to another folder, not over the originals. The wizard picks up to %n file(s) at random from that folder and compares each with its original (SHA-256).</source>
        <translation>
            <numerusform>Restore some files from the backup to another folder, not over the originals. The wizard picks up to %n file at random from that folder and compares it with its original (SHA-256).</numerusform>
            <numerusform>Restore some files from the backup to another folder, not over the originals. The wizard picks up to %n files at random from that folder and compares each with its original (SHA-256).</numerusform>
        </translation>
    </message>
</context>
</TS>
