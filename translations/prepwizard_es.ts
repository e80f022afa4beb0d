<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Catalog</name>
    <message>
        <source>Automatic check</source>
        <translation>Comprobación automática</translation>
    </message>
    <message>
        <source>Assisted check</source>
        <translation>Comprobación asistida</translation>
    </message>
    <message>
        <source>Manual check</source>
        <translation>Comprobación manual</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Precaución:</translation>
    </message>
    <message>
        <source>Important:</source>
        <translation>Importante:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Admitida</translation>
    </message>
    <message>
        <source>Supported in stages</source>
        <translation>Admitida por etapas</translation>
    </message>
    <message>
        <source>Migration to a new server</source>
        <translation>Migración a un servidor nuevo</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>No admitida</translation>
    </message>
    <message>
        <source>The documents describe an in-place upgrade for this path.</source>
        <translation>Los documentos describen una actualización local para esta ruta.</translation>
    </message>
    <message>
        <source>The upgrade works only in a required order, or through an intermediate version.</source>
        <translation>La actualización solo funciona en un orden obligatorio o a través de una versión intermedia.</translation>
    </message>
    <message>
        <source>The new system is installed on a new server and the data and settings are moved to it; this is not an in-place upgrade.</source>
        <translation>El nuevo sistema se instala en un servidor nuevo y los datos y la configuración se trasladan a él; no es una actualización local.</translation>
    </message>
    <message>
        <source>For the latest information about upgrading BackOffice Server to Windows Server 2003, visit online product support at http://www.microsoft.com/isapi/redir.dll?prd=support&amp;sbp=portal.</source>
        <translation>Para obtener la información más reciente sobre la actualización de BackOffice Server a Windows Server 2003, visite el soporte técnico del producto en línea en http://www.microsoft.com/isapi/redir.dll?prd=support&amp;sbp=portal.</translation>
    </message>
    <message>
        <source>For information about international versions of BackOffice Server, contact your local Microsoft representative.</source>
        <translation>Para obtener información acerca de las versiones internacionales de BackOffice Server, póngase en contacto con el representante local de Microsoft.</translation>
    </message>
    <message>
        <source>A direct upgrade of Small Business Server 4.0 and Small Business Server 4.5 to Windows Server 2003 is not supported.</source>
        <translation>No se admite la actualización directa de Small Business Server 4.0 y Small Business Server 4.5 a Windows Server 2003.</translation>
    </message>
    <message>
        <source>The source document gives no upgrade path for Small Business Server 4.0 or 4.5; it only points to online product support.</source>
        <translation>El documento de origen no da ninguna ruta de actualización para Small Business Server 4.0 o 4.5; solo remite al soporte técnico del producto en línea.</translation>
    </message>
    <message>
        <source>Plan a new installation on a server, and then move your data and settings to it, instead of an in-place upgrade.</source>
        <translation>En lugar de una actualización local, planee una instalación nueva en un servidor y traslade después a ella los datos y la configuración.</translation>
    </message>
    <message>
        <source>For the latest information about upgrading Small Business Server to Windows Server 2003, visit online product support at http://www.microsoft.com/isapi/redir.dll?prd=support&amp;sbp=portal.</source>
        <translation>Para obtener la información más reciente sobre la actualización de Small Business Server a Windows Server 2003, visite el soporte técnico del producto en línea en http://www.microsoft.com/isapi/redir.dll?prd=support&amp;sbp=portal.</translation>
    </message>
    <message>
        <source>For information about international versions of Small Business Server, contact your local Microsoft representative.</source>
        <translation>Para obtener información acerca de las versiones internacionales de Small Business Server, póngase en contacto con el representante local de Microsoft.</translation>
    </message>
    <message>
        <source>Microsoft readme on upgrading BackOffice Small Business Server and BackOffice Server to Windows Server 2003</source>
        <translation>Léame de Microsoft sobre la actualización de BackOffice Small Business Server y BackOffice Server a Windows Server 2003</translation>
    </message>
    <message>
        <source>Back up the Source Server, and verify the backup.</source>
        <translation>Haga una copia de seguridad del servidor de origen y compruébela.</translation>
    </message>
    <message>
        <source>Install the latest updates and service packs on the Source Server.</source>
        <translation>Instale las actualizaciones y los Service Pack más recientes en el servidor de origen.</translation>
    </message>
    <message>
        <source>Delete the “Log on as a service” setting from Group Policy, and delete SBS_LOGIN_SCRIPT.bat.</source>
        <translation>Elimine la configuración “Iniciar sesión como servicio” de la directiva de grupo y elimine SBS_LOGIN_SCRIPT.bat.</translation>
    </message>
    <message>
        <source>Evaluate the health of the Source Server: updates, the Best Practices Analyzer, and the time synchronization.</source>
        <translation>Evalúe el estado del servidor de origen: actualizaciones, Analizador de procedimientos recomendados y sincronización de la hora.</translation>
    </message>
    <message>
        <source>Plan how the line-of-business applications will be migrated.</source>
        <translation>Planee cómo se migrarán las aplicaciones empresariales.</translation>
    </message>
    <message>
        <source>Plan the email migration to Office 365 or to another on-premises Exchange Server. For Office 365, finish the email migration before you install Windows Server Essentials.</source>
        <translation>Planee la migración del correo electrónico a Office 365 o a otro servidor Exchange local. Si elige Office 365, termine la migración del correo electrónico antes de instalar Windows Server Essentials.</translation>
    </message>
    <message>
        <source>Back up the updated server again.</source>
        <translation>Vuelva a hacer una copia de seguridad del servidor actualizado.</translation>
    </message>
    <message>
        <source>Go on to “Step 2: Install Windows Server Essentials as a new replica domain controller”.</source>
        <translation>Continúe con “Step 2: Install Windows Server Essentials as a new replica domain controller”.</translation>
    </message>
    <message>
        <source>This is a migration, not an in-place upgrade: Windows Server Essentials is installed on a new Destination Server as a replica domain controller, and the settings and data of the Source Server move to it.</source>
        <translation>Es una migración, no una actualización local: Windows Server Essentials se instala en un servidor de destino nuevo como controlador de dominio de réplica, y la configuración y los datos del servidor de origen se trasladan a él.</translation>
    </message>
    <message>
        <source>Windows Server Essentials does not provide an inbox email service. The email that this server hosts with Exchange must move to Office 365 or to another on-premises Exchange Server.</source>
        <translation>Windows Server Essentials no proporciona un servicio de bandeja de entrada de correo electrónico. El correo electrónico que este servidor aloja con Exchange debe trasladarse a Office 365 o a otro servidor Exchange local.</translation>
    </message>
    <message>
        <source>After you update and prepare the Source Server for migration, create a backup of the updated server before you continue the migration process.</source>
        <translation>Después de actualizar y preparar el servidor de origen para la migración, cree una copia de seguridad del servidor actualizado antes de continuar con el proceso de migración.</translation>
    </message>
    <message>
        <source>If you built a customized system health or alert add-in with the Windows Small Business Server 2011 Essentials SDK, update the add-in and deploy it on the Destination Server.</source>
        <translation>Si creó un complemento personalizado de estado del sistema o de alertas con el SDK de Windows Small Business Server 2011 Essentials, actualice el complemento e impleméntelo en el servidor de destino.</translation>
    </message>
    <message>
        <source>“Step 1: Prepare your Source Server for Windows Server Essentials migration” (Microsoft)</source>
        <translation>“Step 1: Prepare your Source Server for Windows Server Essentials migration” (Microsoft, en inglés)</translation>
    </message>
    <message>
        <source>Windows Server Essentials</source>
        <translation>Windows Server Essentials</translation>
    </message>
    <message>
        <source>Small Business Server 2000</source>
        <translation>Small Business Server 2000</translation>
    </message>
    <message>
        <source>Windows Small Business Server 2003</source>
        <translation>Windows Small Business Server 2003</translation>
    </message>
    <message>
        <source>Install Small Business Server 2000 Service Pack 1, if it is not installed yet.</source>
        <translation>Instale Small Business Server 2000 Service Pack 1, si aún no está instalado.</translation>
    </message>
    <message>
        <source>Complete the preparation tasks in this checklist: data, operating system, hardware and network.</source>
        <translation>Complete las tareas de preparación de esta lista: datos, sistema operativo, hardware y red.</translation>
    </message>
    <message>
        <source>Upgrade the server in place with Windows Small Business Server 2003 Setup, following Chapter 3C, “Upgrade Small Business Server 2000,” of Getting Started.</source>
        <translation>Realice una actualización local del servidor con el programa de instalación de Windows Small Business Server 2003, siguiendo el capítulo 3C, “Upgrade Small Business Server 2000”, de Getting Started.</translation>
    </message>
    <message>
        <source>At the end of Setup, complete the Configure E-mail and Internet Connection Wizard from the To Do List.</source>
        <translation>Al final de la instalación, complete el Asistente para configurar el correo electrónico y la conexión a Internet desde la lista de tareas pendientes.</translation>
    </message>
    <message>
        <source>Small Business Server 2000 Service Pack 1 is required before the upgrade.</source>
        <translation>Es necesario tener instalado Small Business Server 2000 Service Pack 1 antes de la actualización.</translation>
    </message>
    <message>
        <source>Setup temporarily needs at least 2 GB of free space on the hard disk.</source>
        <translation>El programa de instalación necesita temporalmente al menos 2 GB de espacio libre en el disco duro.</translation>
    </message>
    <message>
        <source>Windows Small Business Server upgrade software</source>
        <translation>Software de actualización de Windows Small Business Server</translation>
    </message>
    <message>
        <source>Read the documentation that comes with the Windows Small Business Server upgrade software for its hard disk space and Internet connection requirements.</source>
        <translation>Lea la documentación que acompaña al software de actualización de Windows Small Business Server para conocer los requisitos de espacio en el disco duro y de conexión a Internet.</translation>
    </message>
    <message>
        <source>Run the upgrade.</source>
        <translation>Ejecute la actualización.</translation>
    </message>
    <message>
        <source>The source document does not name the edition or version you upgrade to; it speaks of “the Windows Small Business Server upgrade software”.</source>
        <translation>El documento de origen no indica la edición ni la versión a la que se actualiza; habla del “software de actualización de Windows Small Business Server”.</translation>
    </message>
    <message>
        <source>Exchange 2000 Server on Windows 2000 Server</source>
        <translation>Exchange 2000 Server en Windows 2000 Server</translation>
    </message>
    <message>
        <source>Exchange Server 2003 on Windows Server 2003</source>
        <translation>Exchange Server 2003 en Windows Server 2003</translation>
    </message>
    <message>
        <source>Back up all the relevant data on the server.</source>
        <translation>Haga una copia de seguridad de todos los datos importantes del servidor.</translation>
    </message>
    <message>
        <source>Run the Exchange 2003 upgrade over Exchange 2000. All mailboxes and other relevant data and settings should be preserved.</source>
        <translation>Ejecute la actualización a Exchange 2003 sobre Exchange 2000. Todos los buzones y demás datos y configuraciones importantes deberían conservarse.</translation>
    </message>
    <message>
        <source>Then upgrade the server itself to Windows Server 2003.</source>
        <translation>A continuación, actualice el propio servidor a Windows Server 2003.</translation>
    </message>
    <message>
        <source>When Windows Server 2003 is completely set up, start using the Exchange 2003 features that need it.</source>
        <translation>Cuando Windows Server 2003 esté completamente configurado, empiece a usar las características de Exchange 2003 que lo necesitan.</translation>
    </message>
    <message>
        <source>The order matters: Exchange Server 2000 does not run on Windows Server 2003. If you upgrade Windows first, the upgrade will abort with a warning.</source>
        <translation>El orden importa: Exchange Server 2000 no se ejecuta en Windows Server 2003. Si actualiza primero Windows, la actualización se cancelará con una advertencia.</translation>
    </message>
    <message>
        <source>If another computer is the domain controller and will be upgraded to Windows Server 2003 first, the Exchange 2000 version of the Active Directory Connector does not work with Windows Server 2003 without some preparation (Knowledge Base article 325379).</source>
        <translation>Si otro equipo es el controlador de dominio y se va a actualizar primero a Windows Server 2003, la versión de Exchange 2000 del Conector de Active Directory no funciona con Windows Server 2003 sin cierta preparación (artículo 325379 de Knowledge Base).</translation>
    </message>
    <message>
        <source>Some Exchange 2003 features, such as RPC over HTTP and the Volume Shadow Copy service, work only once Windows Server 2003 is set up.</source>
        <translation>Algunas características de Exchange 2003, como RPC sobre HTTP y el servicio Instantáneas de volumen, solo funcionan cuando Windows Server 2003 ya está configurado.</translation>
    </message>
    <message>
        <source>“How to migrate to Exchange Server 2003”, Serdar Yegulalp (third-party article, March 2004)</source>
        <translation>“How to migrate to Exchange Server 2003”, Serdar Yegulalp (artículo de terceros, en inglés, marzo de 2004)</translation>
    </message>
    <message>
        <source>BackOffice Server 2.5</source>
        <translation>BackOffice Server 2.5</translation>
    </message>
    <message>
        <source>Windows Server 2003</source>
        <translation>Windows Server 2003</translation>
    </message>
    <message>
        <source>First upgrade to BackOffice Server 4.5, so that the server applications are versions that Windows Server 2003 supports.</source>
        <translation>Actualice primero a BackOffice Server 4.5, para que las aplicaciones de servidor sean versiones compatibles con Windows Server 2003.</translation>
    </message>
    <message>
        <source>Then upgrade to Windows Server 2003.</source>
        <translation>A continuación, actualice a Windows Server 2003.</translation>
    </message>
    <message>
        <source>A direct upgrade of BackOffice Server 2.5 to Windows Server 2003 is not supported.</source>
        <translation>No se admite la actualización directa de BackOffice Server 2.5 a Windows Server 2003.</translation>
    </message>
    <message>
        <source>BackOffice Server 4.0</source>
        <translation>BackOffice Server 4.0</translation>
    </message>
    <message>
        <source>A direct upgrade of BackOffice Server 4.0 to Windows Server 2003 is not supported.</source>
        <translation>No se admite la actualización directa de BackOffice Server 4.0 a Windows Server 2003.</translation>
    </message>
    <message>
        <source>Alternative: if you have used BackOffice Server 4.0 Setup to install a server application, you can uninstall BackOffice Server 4.0. This removes all files specific to BackOffice Server 4.0, but not the server applications that you installed. Then restart Windows Server 2003 Setup to upgrade the operating system.</source>
        <translation>Alternativa: si ha usado el programa de instalación de BackOffice Server 4.0 para instalar una aplicación de servidor, puede desinstalar BackOffice Server 4.0. Así se quitan todos los archivos específicos de BackOffice Server 4.0, pero no las aplicaciones de servidor que instaló. A continuación, vuelva a iniciar el programa de instalación de Windows Server 2003 para actualizar el sistema operativo.</translation>
    </message>
    <message>
        <source>BackOffice Server 4.5</source>
        <translation>BackOffice Server 4.5</translation>
    </message>
    <message>
        <source>Check the features listed below that will not work on Windows Server 2003, and plan for them.</source>
        <translation>Revise las características indicadas a continuación que no funcionarán en Windows Server 2003 y planee qué hacer con ellas.</translation>
    </message>
    <message>
        <source>Upgrade to Windows Server 2003.</source>
        <translation>Actualice a Windows Server 2003.</translation>
    </message>
    <message>
        <source>The version of Microsoft Site Server that shipped with BackOffice Server 4.5, and some components that depend on it, such as the Intranet Starter Site, cannot be installed on Windows Server 2003.</source>
        <translation>La versión de Microsoft Site Server que se incluía con BackOffice Server 4.5, y algunos componentes que dependen de ella, como Intranet Starter Site, no se pueden instalar en Windows Server 2003.</translation>
    </message>
    <message>
        <source>The BackOffice Server 4.5 Web Administration feature is not supported in Windows Server 2003.</source>
        <translation>La característica Administración web (Web Administration) de BackOffice Server 4.5 no se admite en Windows Server 2003.</translation>
    </message>
    <message>
        <source>If you originally installed Small Business Server 4.0 or Small Business Server 4.5 and then upgraded to BackOffice Server 4.5, Fax Service is no longer supported.</source>
        <translation>Si instaló originalmente Small Business Server 4.0 o Small Business Server 4.5 y después actualizó a BackOffice Server 4.5, el Servicio de fax deja de admitirse.</translation>
    </message>
    <message>
        <source>BackOffice Small Business Server 4.0</source>
        <translation>BackOffice Small Business Server 4.0</translation>
    </message>
    <message>
        <source>BackOffice Small Business Server 4.5</source>
        <translation>BackOffice Small Business Server 4.5</translation>
    </message>
    <message>
        <source>Windows Small Business Server 2008</source>
        <translation>Windows Small Business Server 2008</translation>
    </message>
    <message>
        <source>Windows Small Business Server 2011</source>
        <translation>Windows Small Business Server 2011</translation>
    </message>
    <message>
        <source>Exchange Server 2003</source>
        <translation>Exchange Server 2003</translation>
    </message>
    <message>
        <source>“Server-Specific Requirements for Exchange Server 2003” (Exchange Server 2003 Deployment Guide, Microsoft); not in the source documents. Processor: Intel Pentium or compatible, 133 MHz or faster. Memory: 128 MB supported minimum, 256 MB recommended. Disk: 500 MB available on the drive where Exchange is installed and 200 MB on the system drive.</source>
        <translation>“Server-Specific Requirements for Exchange Server 2003” (Exchange Server 2003 Deployment Guide, Microsoft); no figura en los documentos de origen. Procesador: Intel Pentium o compatible, de 133 MHz o más. Memoria: 128 MB como mínimo admitido, 256 MB recomendados. Disco: 500 MB disponibles en la unidad donde se instala Exchange y 200 MB en la unidad del sistema.</translation>
    </message>
    <message>
        <source>“System requirements for Windows Server Essentials” (Microsoft; applies to 2019, 2016, 2012 R2 and 2012); not in the source documents. Processor: 1.4 GHz single-core or 1.3 GHz multi-core, 64-bit. Memory: 2 GB, or 4 GB as a virtual machine; 16 GB recommended (the earlier Windows Server 2012 Essentials page recommends 8 GB). Disk: 160 GB with a 60 GB system partition.</source>
        <translation>“System requirements for Windows Server Essentials” (Microsoft; se aplica a 2019, 2016, 2012 R2 y 2012); no figura en los documentos de origen. Procesador: 1,4 GHz de un solo núcleo o 1,3 GHz de varios núcleos, de 64 bits. Memoria: 2 GB, o 4 GB como máquina virtual; 16 GB recomendados (la página anterior de Windows Server 2012 Essentials recomienda 8 GB). Disco: 160 GB con una partición del sistema de 60 GB.</translation>
    </message>
    <message>
        <source>Confirm that your upgrade path is supported, and note any intermediate steps</source>
        <translation>Confirme que se admite su ruta de actualización y anote los pasos intermedios</translation>
    </message>
    <message>
        <source>Confirm which product the server runs now, and which product you are moving to.</source>
        <translation>Confirme qué producto ejecuta ahora el servidor y a qué producto va a pasar.</translation>
    </message>
    <message>
        <source>Read this program&apos;s advice for that path: whether it is supported, and whether it needs an intermediate version or a required order.</source>
        <translation>Lea las recomendaciones de este programa para esa ruta: si se admite y si necesita una versión intermedia o un orden obligatorio.</translation>
    </message>
    <message>
        <source>A direct upgrade of BackOffice Server 2.5 or 4.0 to Windows Server 2003 is not supported: first upgrade to BackOffice Server 4.5.</source>
        <translation>No se admite la actualización directa de BackOffice Server 2.5 o 4.0 a Windows Server 2003: actualice primero a BackOffice Server 4.5.</translation>
    </message>
    <message>
        <source>On a server with Exchange 2000, upgrade Exchange first, then Windows.</source>
        <translation>En un servidor con Exchange 2000, actualice primero Exchange y después Windows.</translation>
    </message>
    <message>
        <source>A move to Windows Server Essentials is a migration to a new server, and email hosted on the old server must move elsewhere.</source>
        <translation>El paso a Windows Server Essentials es una migración a un servidor nuevo, y el correo electrónico alojado en el servidor antiguo debe trasladarse a otro lugar.</translation>
    </message>
    <message>
        <source>Microsoft readme on upgrading BackOffice Small Business Server and BackOffice Server to Windows Server 2003; “How to migrate to Exchange Server 2003” (Serdar Yegulalp); “Step 1: Prepare your Source Server for Windows Server Essentials migration” (Microsoft)</source>
        <translation>Léame de Microsoft sobre la actualización de BackOffice Small Business Server y BackOffice Server a Windows Server 2003; “How to migrate to Exchange Server 2003” (Serdar Yegulalp); “Step 1: Prepare your Source Server for Windows Server Essentials migration” (Microsoft, en inglés)</translation>
    </message>
    <message>
        <source>Open the detailed guide for your upgrade path</source>
        <translation>Abra la guía detallada de su ruta de actualización</translation>
    </message>
    <message>
        <source>Small Business Server 2000: for detailed instructions, see Chapter 3C, “Upgrade Small Business Server 2000,” of Getting Started.</source>
        <translation>Small Business Server 2000: para obtener instrucciones detalladas, consulte el capítulo 3C, “Upgrade Small Business Server 2000”, de Getting Started.</translation>
    </message>
    <message>
        <source>Windows Small Business Server 2003: for the most up-to-date product documentation, visit the Microsoft Web site at http://go.microsoft.com/fwlink/?LinkId=33326.</source>
        <translation>Windows Small Business Server 2003: para obtener la documentación del producto más actualizada, visite el sitio Web de Microsoft en http://go.microsoft.com/fwlink/?LinkId=33326.</translation>
    </message>
    <message>
        <source>BackOffice Server and BackOffice Small Business Server: for the latest information, visit online product support at http://www.microsoft.com/isapi/redir.dll?prd=support&amp;sbp=portal.</source>
        <translation>BackOffice Server y BackOffice Small Business Server: para obtener la información más reciente, visite el soporte técnico del producto en línea en http://www.microsoft.com/isapi/redir.dll?prd=support&amp;sbp=portal.</translation>
    </message>
    <message>
        <source>Windows Server Essentials: when this preparation is complete, go on to “Step 2: Install Windows Server Essentials as a new replica domain controller.”</source>
        <translation>Windows Server Essentials: cuando termine esta preparación, continúe con “Step 2: Install Windows Server Essentials as a new replica domain controller”.</translation>
    </message>
    <message>
        <source>Before Upgrading Small Business Server 2000 (Microsoft), last step; Windows Small Business Server 2003 Upgrade Best Practices, summary; Microsoft readme on upgrading BackOffice Small Business Server and BackOffice Server to Windows Server 2003; “Step 1: Prepare your Source Server for Windows Server Essentials migration”, “Next steps”</source>
        <translation>“Before Upgrading Small Business Server 2000” (Microsoft, en inglés), último paso; Prácticas recomendadas de actualización de Windows Small Business Server 2003, “Resumen”; léame de Microsoft sobre la actualización de BackOffice Small Business Server y BackOffice Server a Windows Server 2003; “Step 1: Prepare your Source Server for Windows Server Essentials migration” (Microsoft, en inglés), “Next steps”</translation>
    </message>
    <message>
        <source>International editions: check the upgrade path and the language of the upgrade software</source>
        <translation>Ediciones internacionales: compruebe la ruta de actualización y el idioma del software de actualización</translation>
    </message>
    <message>
        <source>Check the language of the operating system that is installed on the server.</source>
        <translation>Compruebe el idioma del sistema operativo instalado en el servidor.</translation>
    </message>
    <message>
        <source>For information about international versions of Small Business Server or BackOffice Server, contact your local Microsoft representative.</source>
        <translation>Para obtener información acerca de las versiones internacionales de Small Business Server o BackOffice Server, póngase en contacto con el representante local de Microsoft.</translation>
    </message>
    <message>
        <source>Make sure the upgrade software is the same language edition as the operating system already installed.</source>
        <translation>Asegúrese de que el software de actualización es de la misma edición de idioma que el sistema operativo ya instalado.</translation>
    </message>
    <message>
        <source>Microsoft readme on upgrading BackOffice Small Business Server and BackOffice Server to Windows Server 2003, both sections; “Preparing for an Upgrade”, Microsoft Windows Small Business Server 2003 Administrator&apos;s Companion (not in the source documents)</source>
        <translation>Léame de Microsoft sobre la actualización de BackOffice Small Business Server y BackOffice Server a Windows Server 2003, ambas secciones; “Preparing for an Upgrade”, Microsoft Windows Small Business Server 2003 Administrator&apos;s Companion (no figura en los documentos de origen)</translation>
    </message>
    <message>
        <source>Run a virus scan of all the drives and files on the server.</source>
        <translation>Ejecute una detección de virus en todas las unidades y los archivos del servidor.</translation>
    </message>
    <message>
        <source>If possible, run the scan the day or evening before you begin the upgrade.</source>
        <translation>Si es posible, ejecute la detección de virus el día o la noche antes de empezar la actualización.</translation>
    </message>
    <message>
        <source>If you use Small Business Server 2000, leave the Exchange M: drive out of the scan.</source>
        <translation>Si utiliza Small Business Server 2000, excluya de la detección de virus la unidad M: de Exchange.</translation>
    </message>
    <message>
        <source>If you use Small Business Server 2000, do not scan the Exchange M: drive, as this can lead to corruption of the Exchange database. For more information, see “Backup and Recovery for Small Business Server 2000” on the Microsoft TechNet Web site (https://go.microsoft.com/fwlink/?LinkId=12282).</source>
        <translation>Si utiliza Small Business Server 2000, no ejecute la detección de virus en la unidad M: de Exchange. Una detección de virus en esta unidad puede dañar la base de datos de Exchange. Para obtener más información, consulte “Copia de seguridad y recuperación para Small Business Server 2000” en el sitio Web de Microsoft TechNet (http://go.microsoft.com/fwlink/?LinkId=12282).</translation>
    </message>
    <message>
        <source>Before Upgrading Small Business Server 2000 (Microsoft), step “The day or evening prior to beginning the upgrade…” and its Warning; Windows Small Business Server 2003 Upgrade Best Practices, “Preparing your data”</source>
        <translation>“Before Upgrading Small Business Server 2000” (Microsoft, en inglés), paso “The day or evening prior to beginning the upgrade…” y su cuadro “Warning”; Prácticas recomendadas de actualización de Windows Small Business Server 2003, “Preparación de los datos”</translation>
    </message>
    <message>
        <source>Make a full system backup, including the System State data and Exchange</source>
        <translation>Realice una copia de seguridad completa de todo el sistema, incluidos los datos de estado del sistema y Exchange</translation>
    </message>
    <message>
        <source>Perform a full system backup, including the System State data and Exchange. A backup protects your data from accidental loss if an unrecoverable error occurs during the upgrade or migration.</source>
        <translation>Realice una copia de seguridad completa de todo el sistema, incluidos los datos de estado del sistema y Exchange. La copia de seguridad protege los datos de pérdidas accidentales si se produce un error irrecuperable durante la actualización o la migración.</translation>
    </message>
    <message>
        <source>Small Business Server 2000: see the white paper “Backup and Recovery for Small Business Server 2000” on the Microsoft TechNet Web site (https://go.microsoft.com/fwlink/?LinkId=12282).</source>
        <translation>Small Business Server 2000: consulte el documento técnico “Copia de seguridad y recuperación para Small Business Server 2000” en el sitio Web de Microsoft TechNet (http://go.microsoft.com/fwlink/?LinkId=12282).</translation>
    </message>
    <message>
        <source>Windows Small Business Server 2003: see “Backing Up and Restoring Windows Small Business Server 2003” on the Microsoft Download Center (http://go.microsoft.com/fwlink/?LinkId=27140).</source>
        <translation>Windows Small Business Server 2003: consulte “Copia de seguridad y restauración de Windows Small Business Server 2003” en el sitio Web del Centro de descargas de Microsoft (http://go.microsoft.com/fwlink/?LinkId=27140).</translation>
    </message>
    <message>
        <source>Exchange 2000 upgrade: back up all the relevant data on the server before you run the Exchange 2003 upgrade.</source>
        <translation>Actualización de Exchange 2000: haga una copia de seguridad de todos los datos importantes del servidor antes de ejecutar la actualización a Exchange 2003.</translation>
    </message>
    <message>
        <source>If you use Small Business Server 2000, do not back up the Exchange M: drive as part of the Exchange backup, as this can lead to corruption of the Exchange database.</source>
        <translation>Si utiliza Small Business Server 2000, no haga una copia de seguridad de la unidad M: de Exchange como parte de la copia de seguridad de Exchange. La realización de una copia de seguridad de esta unidad puede dañar la base de datos de Exchange.</translation>
    </message>
    <message>
        <source>Before Upgrading Small Business Server 2000 (Microsoft), step “Complete and verify a full backup” and its Warning; Windows Small Business Server 2003 Upgrade Best Practices, “Preparing your data”; “How to migrate to Exchange Server 2003” (Serdar Yegulalp); “Step 1: Prepare your Source Server for Windows Server Essentials migration”, “Back up your Source Server”</source>
        <translation>“Before Upgrading Small Business Server 2000” (Microsoft, en inglés), paso “Complete and verify a full backup” y su cuadro “Warning”; Prácticas recomendadas de actualización de Windows Small Business Server 2003, “Preparación de los datos”; “How to migrate to Exchange Server 2003” (Serdar Yegulalp); “Step 1: Prepare your Source Server for Windows Server Essentials migration” (Microsoft, en inglés), “Back up your Source Server”</translation>
    </message>
    <message>
        <source>Verify the backup, and test it by restoring some files to another location</source>
        <translation>Compruebe la copia de seguridad y pruébela restaurando algunos archivos en otra ubicación</translation>
    </message>
    <message>
        <source>Verify that the backup ran successfully.</source>
        <translation>Compruebe que la copia de seguridad se ha realizado correctamente.</translation>
    </message>
    <message>
        <source>To test the integrity of the backup, select random files from your backup and restore them to an alternate location, not over the original files.</source>
        <translation>Para probar la integridad de la copia de seguridad, seleccione al azar varios archivos de la copia y restáurelos en otra ubicación, no sobre los archivos originales.</translation>
    </message>
    <message>
        <source>Confirm that the restored files are the same as the original files.</source>
        <translation>Confirme que los archivos restaurados son idénticos a los archivos de origen.</translation>
    </message>
    <message>
        <source>Back up the Source Server again after you have updated and prepared it</source>
        <translation>Vuelva a hacer una copia de seguridad del servidor de origen después de actualizarlo y prepararlo</translation>
    </message>
    <message>
        <source>When you have updated and prepared the Source Server for migration, create a backup of the updated server.</source>
        <translation>Cuando haya actualizado y preparado el servidor de origen para la migración, cree una copia de seguridad del servidor actualizado.</translation>
    </message>
    <message>
        <source>Do this before you continue the migration process.</source>
        <translation>Hágalo antes de continuar con el proceso de migración.</translation>
    </message>
    <message>
        <source>“Step 1: Prepare your Source Server for Windows Server Essentials migration”, Notes under “Create a plan to migrate email…” and “Migrate email to another on-premises Exchange Server”</source>
        <translation>“Step 1: Prepare your Source Server for Windows Server Essentials migration” (Microsoft, en inglés), notas de “Create a plan to migrate email…” y de “Migrate email to another on-premises Exchange Server”</translation>
    </message>
    <message>
        <source>Confirm that Small Business Server 2000 Service Pack 1 is installed</source>
        <translation>Compruebe que está instalado Small Business Server 2000 con Service Pack 1</translation>
    </message>
    <message>
        <source>Click Start, and then click Small Business Server Administrator Console.</source>
        <translation>Haga clic en Inicio y, a continuación, haga clic en Consola del administrador de Small Business Server.</translation>
    </message>
    <message>
        <source>In the console pane, click Server Status (BackOffice Home). In the details pane, click About.</source>
        <translation>En el árbol de la consola, haga clic en Estado del servidor (Página principal de BackOffice). En el panel de detalles, haga clic en Acerca de.</translation>
    </message>
    <message>
        <source>The Version should read 2000 with Service Pack 1.</source>
        <translation>La información de versión mostrada debe ser 2000 con Service Pack 1.</translation>
    </message>
    <message>
        <source>If Service Pack 1 is not installed, install it from the disc if it was included with your media, or download it: search for Knowledge Base article 326924 (https://go.microsoft.com/fwlink/?LinkId=4441). You can also download or order the SP1 CD at http://go.microsoft.com/fwlink/?LinkId=16820.</source>
        <translation>Si no tiene el Service Pack 1, instálelo desde el disco, si se incluía con sus medios, o descárguelo: busque el artículo 326924 de Microsoft Knowledge Base (https://go.microsoft.com/fwlink/?LinkId=4441). También puede descargar o solicitar el CD del SP1 de Windows Small Business Server 2000 desde el sitio Web de Microsoft en http://go.microsoft.com/fwlink/?LinkId=16820.</translation>
    </message>
    <message>
        <source>Before Upgrading Small Business Server 2000 (Microsoft), step 1; Windows Small Business Server 2003 Upgrade Best Practices, “Preparing your operating system”</source>
        <translation>“Before Upgrading Small Business Server 2000” (Microsoft, en inglés), paso 1; Prácticas recomendadas de actualización de Windows Small Business Server 2003, “Preparación del sistema operativo”</translation>
    </message>
    <message>
        <source>Install all required updates and service packs</source>
        <translation>Instale todas las actualizaciones y los Service Pack necesarios</translation>
    </message>
    <message>
        <source>Install all required updates and service packs on the server.</source>
        <translation>Instale en el servidor todas las actualizaciones y los Service Pack necesarios.</translation>
    </message>
    <message>
        <source>To check for the latest updates, click Start → All Programs → Windows Update.</source>
        <translation>Para buscar las actualizaciones más recientes, haga clic en Inicio → Todos los programas → Windows Update.</translation>
    </message>
    <message>
        <source>Click Check for updates. If updates are found, click Install updates.</source>
        <translation>Haga clic en Buscar actualizaciones. Si se encuentran actualizaciones, haga clic en Instalar actualizaciones.</translation>
    </message>
    <message>
        <source>Critical and security updates help the upgrade or migration succeed, and help protect your network while it takes place.</source>
        <translation>Las actualizaciones críticas y de seguridad contribuyen al éxito de la actualización o la migración, y ayudan a proteger la red mientras se realiza.</translation>
    </message>
    <message>
        <source>Windows Small Business Server 2003 Upgrade Best Practices, “Preparing your operating system”; “Step 1: Prepare your Source Server for Windows Server Essentials migration”, “Install the most recent service packs” and “Download and install critical and security updates”; Microsoft Knowledge Base article 932600 (not in the source documents)</source>
        <translation>Prácticas recomendadas de actualización de Windows Small Business Server 2003, “Preparación del sistema operativo”; “Step 1: Prepare your Source Server for Windows Server Essentials migration” (Microsoft, en inglés), “Install the most recent service packs” y “Download and install critical and security updates”; artículo 932600 de Microsoft Knowledge Base (no figura en los documentos de origen)</translation>
    </message>
    <message>
        <source>Confirm that your server applications are compatible with the new server software</source>
        <translation>Confirme que las aplicaciones de servidor son compatibles con el nuevo software de servidor</translation>
    </message>
    <message>
        <source>Review the server applications installed on the server.</source>
        <translation>Revise las aplicaciones de servidor instaladas en el servidor.</translation>
    </message>
    <message>
        <source>Confirm that each existing server application is compatible with the Windows Small Business Server upgrade software.</source>
        <translation>Confirme que las aplicaciones de servidor existentes son compatibles con el software de actualización de Windows Small Business Server.</translation>
    </message>
    <message>
        <source>For more information, see the Windows Server Catalog on the Microsoft Web site (https://go.microsoft.com/fwlink/?LinkId=4303).</source>
        <translation>Para obtener más información, consulte Windows Server Catalog en el sitio Web de Microsoft (http://go.microsoft.com/fwlink/?LinkId=4303).</translation>
    </message>
    <message>
        <source>Stop third-party services that run as the Local System account</source>
        <translation>Detenga los servicios de las aplicaciones que no sean de Microsoft que se ejecuten con la cuenta Sistema local</translation>
    </message>
    <message>
        <source>A third-party application that runs as the Local System account may have a file lock on operating system files. This prevents Setup from upgrading your operating system.</source>
        <translation>Si una aplicación que no es de Microsoft se está ejecutando con la cuenta Sistema local, tal vez esté bloqueando archivos del sistema operativo. El bloqueo de archivos impedirá que el programa de instalación pueda actualizar el sistema operativo.</translation>
    </message>
    <message>
        <source>Open Services: click Start → Run, and type Services.msc.</source>
        <translation>Abra Servicios (haga clic en Inicio, Ejecutar y escriba Services.msc).</translation>
    </message>
    <message>
        <source>Look for third-party services that have Log On As set to Local System account.</source>
        <translation>Compruebe si alguno de los servicios de las aplicaciones que no sean de Microsoft tiene establecido Iniciar sesión como en la cuenta Sistema local.</translation>
    </message>
    <message>
        <source>For each of them, stop the service and record its Startup Type.</source>
        <translation>Para cada uno de ellos, detenga el servicio y registre la configuración correspondiente a Tipo de inicio.</translation>
    </message>
    <message>
        <source>Then set the Startup Type to Disabled.</source>
        <translation>A continuación, establezca Tipo de inicio como Deshabilitado.</translation>
    </message>
    <message>
        <source>Turn off or disable any disk utilities that may be running, such as real-time antivirus monitoring software or backup software that uses open file agents.</source>
        <translation>Desactive o deshabilite cualquier herramienta de disco que pueda estar en ejecución, por ejemplo, un software de supervisión de virus en tiempo real o un software de copia de seguridad con agentes de archivos abiertos.</translation>
    </message>
    <message>
        <source>Disk utilities can cause problems while Setup runs and can interfere with the upgrade.</source>
        <translation>Las herramientas de disco pueden causar problemas mientras se ejecuta el programa de instalación y podrían interferir en la actualización.</translation>
    </message>
    <message>
        <source>Before Upgrading Small Business Server 2000 (Microsoft), step “Turn off or disable any disk utilities…”; Windows Small Business Server 2003 Upgrade Best Practices, “Preparing your operating system”</source>
        <translation>“Before Upgrading Small Business Server 2000” (Microsoft, en inglés), paso “Turn off or disable any disk utilities…”; Prácticas recomendadas de actualización de Windows Small Business Server 2003, “Preparación del sistema operativo”</translation>
    </message>
    <message>
        <source>Delete the “Log on as a service” setting from Group Policy</source>
        <translation>Elimine la configuración “Iniciar sesión como servicio” de la directiva de grupo</translation>
    </message>
    <message>
        <source>Click Start → Control Panel → Administrative Tools → Group Policy Management.</source>
        <translation>Haga clic en Inicio → Panel de control → Herramientas administrativas → Administración de directivas de grupo.</translation>
    </message>
    <message>
        <source>Right-click Default Domain Controllers Policy, and then click Edit.</source>
        <translation>Haga clic con el botón secundario en Default Domain Controllers Policy y, a continuación, haga clic en Editar.</translation>
    </message>
    <message>
        <source>Go to Computer Configuration → Windows Settings → Security Settings → Local Policies → User Rights Assignment.</source>
        <translation>Vaya a Configuración del equipo → Configuración de Windows → Configuración de seguridad → Directivas locales → Asignación de derechos de usuario.</translation>
    </message>
    <message>
        <source>In the details pane, double-click Log on as a service, and then clear the Define these policy settings check box.</source>
        <translation>En el panel de detalles, haga doble clic en Iniciar sesión como servicio y, a continuación, desactive la casilla Definir esta configuración de directiva.</translation>
    </message>
    <message>
        <source>Delete the file \\localhost\SYSVOL\&lt;domainname&gt;\scripts\SBS_LOGIN_SCRIPT.bat.</source>
        <translation>Elimine el archivo \\localhost\SYSVOL\&lt;nombre_de_dominio&gt;\scripts\SBS_LOGIN_SCRIPT.bat.</translation>
    </message>
    <message>
        <source>“Step 1: Prepare your Source Server for Windows Server Essentials migration”, “Delete the Log on as a service account setting”</source>
        <translation>“Step 1: Prepare your Source Server for Windows Server Essentials migration” (Microsoft, en inglés), “Delete the Log on as a service account setting”</translation>
    </message>
    <message>
        <source>Run the Best Practices Analyzer, and fix as many of the reported issues as you can</source>
        <translation>Ejecute el Analizador de procedimientos recomendados y corrija todos los problemas notificados que pueda</translation>
    </message>
    <message>
        <source>Download the Best Practices Analyzer (BPA) for your server. Windows SBS 2003: https://www.microsoft.com/download/details.aspx?id=5334. Windows SBS 2008: https://www.microsoft.com/download/details.aspx?id=6231. Windows SBS 2011: the Windows Server Solutions Best Practices Analyzer, https://www.microsoft.com/download/details.aspx?id=15556.</source>
        <translation>Descargue el Analizador de procedimientos recomendados (BPA) para su servidor. Windows SBS 2003: https://www.microsoft.com/download/details.aspx?id=5334. Windows SBS 2008: https://www.microsoft.com/download/details.aspx?id=6231. Windows SBS 2011: Windows Server Solutions Best Practices Analyzer, https://www.microsoft.com/download/details.aspx?id=15556.</translation>
    </message>
    <message>
        <source>After the download is complete, click Start → All Programs → SBS Best Practices Analyzer Tool.</source>
        <translation>Cuando termine la descarga, haga clic en Inicio → Todos los programas → SBS Best Practices Analyzer Tool.</translation>
    </message>
    <message>
        <source>In the navigation pane, click Start a scan. Type a scan label, for example SBS BPA Scan 1Jul2013, and then click Start scanning.</source>
        <translation>En el panel de navegación, haga clic en Iniciar un análisis (Start a scan). Escriba una etiqueta para el análisis, por ejemplo SBS BPA Scan 1Jul2013, y, a continuación, haga clic en Iniciar el análisis (Start scanning).</translation>
    </message>
    <message>
        <source>After the scan finishes, click View a report of this Best Practices scan.</source>
        <translation>Cuando termine el análisis, haga clic en Ver un informe de este análisis de procedimientos recomendados (View a report of this Best Practices scan).</translation>
    </message>
    <message>
        <source>Click each issue to see its description and solutions. Not all of the issues affect migration, but solve as many of them as possible.</source>
        <translation>Haga clic en cada problema para ver su descripción y sus soluciones. No todos los problemas afectan a la migración, pero resuelva tantos como sea posible.</translation>
    </message>
    <message>
        <source>Check for updates before you scan the server.</source>
        <translation>Busque actualizaciones antes de analizar el servidor.</translation>
    </message>
    <message>
        <source>“Step 1: Prepare your Source Server for Windows Server Essentials migration”, “Run the Best Practices Analyzer”</source>
        <translation>“Step 1: Prepare your Source Server for Windows Server Essentials migration” (Microsoft, en inglés), “Run the Best Practices Analyzer”</translation>
    </message>
    <message>
        <source>Create a system health report for the Source Server</source>
        <translation>Cree un informe de estado del sistema del servidor de origen</translation>
    </message>
    <message>
        <source>Evaluate the health of the Source Server before you begin the migration, and generate a system health report.</source>
        <translation>Evalúe el estado del servidor de origen antes de empezar la migración y genere un informe de estado del sistema.</translation>
    </message>
    <message>
        <source>The document names this task but does not say how to do it: use the reporting tools of your server version, and keep the report with the server&apos;s records.</source>
        <translation>El documento menciona esta tarea, pero no explica cómo realizarla: use las herramientas de informes de su versión de servidor y guarde el informe con la documentación del servidor.</translation>
    </message>
    <message>
        <source>“Step 1: Prepare your Source Server for Windows Server Essentials migration”, introduction to “Evaluate the health of the Source Server”</source>
        <translation>“Step 1: Prepare your Source Server for Windows Server Essentials migration” (Microsoft, en inglés), introducción de “Evaluate the health of the Source Server”</translation>
    </message>
    <message>
        <source>Check that the system drive is formatted with NTFS</source>
        <translation>Compruebe que la unidad del sistema está formateada con NTFS</translation>
    </message>
    <message>
        <source>Windows Small Business Server 2003 requires that the system drive be formatted as the NTFS file system.</source>
        <translation>Windows Small Business Server 2003 requiere que la unidad del sistema esté formateada con el sistema de archivos NTFS.</translation>
    </message>
    <message>
        <source>Exchange Server 2003 also needs NTFS, not FAT, on the system partition and on the partitions that hold Exchange.</source>
        <translation>Exchange Server 2003 también necesita NTFS, no FAT, en la partición del sistema y en las particiones que contienen Exchange.</translation>
    </message>
    <message>
        <source>APPENDIX D Default Settings (Windows Small Business Server 2003, Microsoft) and “Server-Specific Requirements for Exchange Server 2003” (Exchange Server 2003 Deployment Guide); not in the source documents</source>
        <translation>“APPENDIX D Default Settings” (Windows Small Business Server 2003, Microsoft) y “Server-Specific Requirements for Exchange Server 2003” (Exchange Server 2003 Deployment Guide); no figura en los documentos de origen</translation>
    </message>
    <message>
        <source>Check that the server meets at least the minimum hardware requirements</source>
        <translation>Compruebe que el servidor cumple al menos los requisitos mínimos de hardware</translation>
    </message>
    <message>
        <source>Check the hardware requirements to ensure your computer meets at least the minimum requirements. Using the recommended hardware improves system performance.</source>
        <translation>Compruebe los requisitos de hardware para asegurarse de que el equipo cumple al menos los requisitos mínimos. El uso del hardware recomendado mejora el rendimiento del sistema.</translation>
    </message>
    <message>
        <source>Windows Small Business Server 2003: see Appendix A, “Additional Information,” of Getting Started.</source>
        <translation>Windows Small Business Server 2003: consulte el apéndice A, “Additional Information”, de Getting Started.</translation>
    </message>
    <message>
        <source>Windows Server Essentials is installed on a new Destination Server: check that computer, not the Source Server. Windows Server Essentials needs a 64-bit processor.</source>
        <translation>Windows Server Essentials se instala en un servidor de destino nuevo: compruebe ese equipo, no el servidor de origen. Windows Server Essentials necesita un procesador de 64 bits.</translation>
    </message>
    <message>
        <source>Before Upgrading Small Business Server 2000 (Microsoft), step 2; for Exchange Server 2003 and Windows Server Essentials, Microsoft&apos;s published system requirements (not in the source documents)</source>
        <translation>“Before Upgrading Small Business Server 2000” (Microsoft, en inglés), paso 2; para Exchange Server 2003 y Windows Server Essentials, requisitos del sistema publicados por Microsoft (no figuran en los documentos de origen)</translation>
    </message>
    <message>
        <source>Check in the Windows Server Catalog that the hardware is compatible</source>
        <translation>Compruebe en Windows Server Catalog que el hardware es compatible</translation>
    </message>
    <message>
        <source>Verify that your computer hardware is compatible with the Windows Small Business Server upgrade software, using the hardware recommendations in the Windows Server Catalog.</source>
        <translation>Compruebe que el hardware del equipo es compatible con las recomendaciones de hardware para Windows Small Business Server que se incluyen en Windows Server Catalog.</translation>
    </message>
    <message>
        <source>These recommendations help you get the best performance from the upgrade.</source>
        <translation>Estas recomendaciones le serán útiles para obtener un rendimiento óptimo de la actualización.</translation>
    </message>
    <message>
        <source>See the Windows Server Catalog on the Microsoft Web site (https://go.microsoft.com/fwlink/?LinkId=4303).</source>
        <translation>Consulte Windows Server Catalog en el sitio Web de Microsoft (http://go.microsoft.com/fwlink/?LinkId=4303).</translation>
    </message>
    <message>
        <source>Before Upgrading Small Business Server 2000 (Microsoft), step 4; Windows Small Business Server 2003 Upgrade Best Practices, hardware section</source>
        <translation>“Before Upgrading Small Business Server 2000” (Microsoft, en inglés), paso 4; Prácticas recomendadas de actualización de Windows Small Business Server 2003, “Preparación del hardware”</translation>
    </message>
    <message>
        <source>Install updated device drivers and the latest system BIOS</source>
        <translation>Instale los controladores de dispositivo actualizados y el BIOS del sistema más reciente</translation>
    </message>
    <message>
        <source>Find out whether there are newer drivers for your hardware devices and a newer system BIOS (basic input/output system). The device manufacturer can help you obtain these items.</source>
        <translation>Averigüe si hay controladores más recientes para los dispositivos de hardware y un BIOS (sistema básico de entrada y salida) del sistema más reciente. Si no tiene los últimos controladores o BIOS del sistema, póngase en contacto con el fabricante del dispositivo para obtener más información.</translation>
    </message>
    <message>
        <source>Install them before the upgrade.</source>
        <translation>Instálelos antes de la actualización.</translation>
    </message>
    <message>
        <source>If you have a hardware driver that is not supported, contact your hardware manufacturer before running Setup.</source>
        <translation>Si tiene un controlador de hardware no compatible, se recomienda que se ponga en contacto con el fabricante del hardware antes de ejecutar la instalación de la actualización.</translation>
    </message>
    <message>
        <source>Ensure that you have updated drivers for your hardware devices and the latest system BIOS (basic input/output system). The device manufacturer can help you obtain these items. Additionally, if you have a hardware driver that is not supported, contact your hardware manufacturer before running Setup.</source>
        <translation>Compruebe que ha actualizado los controladores de los dispositivos de hardware y que tiene el BIOS (sistema básico de entrada y salida) del sistema más reciente. Si no tiene los últimos controladores o BIOS del sistema, póngase en contacto con el fabricante del dispositivo para obtener más información. Además, si tiene un controlador de hardware no compatible, se recomienda que se ponga en contacto con el fabricante del hardware antes de ejecutar la instalación de la actualización.</translation>
    </message>
    <message>
        <source>To free space, you can run Disk Cleanup (see the next task).</source>
        <translation>Para liberar espacio, puede ejecutar el Liberador de espacio en disco (vea la tarea siguiente).</translation>
    </message>
    <message>
        <source>Before Upgrading Small Business Server 2000 (Microsoft), step “Ensure your hard disk has at least 2 gigabytes (GB) of free space”; Windows Small Business Server 2003 Upgrade Best Practices, hardware section</source>
        <translation>“Before Upgrading Small Business Server 2000” (Microsoft, en inglés), paso “Ensure your hard disk has at least 2 gigabytes (GB) of free space”; Prácticas recomendadas de actualización de Windows Small Business Server 2003, “Preparación del hardware”</translation>
    </message>
    <message>
        <source>Run Disk Cleanup and Disk Defragmenter</source>
        <translation>Ejecute el Liberador de espacio en disco y el Desfragmentador de disco</translation>
    </message>
    <message>
        <source>Prepare your hard disk by running Disk Cleanup and Disk Defragmenter.</source>
        <translation>Prepare el disco duro mediante el Liberador de espacio en disco y el Desfragmentador de disco.</translation>
    </message>
    <message>
        <source>To open Disk Cleanup, click Start → Run, and then type Cleanmgr.exe.</source>
        <translation>Para abrir el Liberador de espacio en disco, haga clic en Inicio, seleccione Ejecutar y, a continuación, escriba Cleanmgr.exe.</translation>
    </message>
    <message>
        <source>To open Disk Defragmenter, click Start → Run, and then type Dfrg.msc.</source>
        <translation>Para abrir el Desfragmentador de disco, haga clic en Inicio, seleccione Ejecutar y escriba Dfrg.msc.</translation>
    </message>
    <message>
        <source>Before Upgrading Small Business Server 2000 (Microsoft), step 3; Windows Small Business Server 2003 Upgrade Best Practices, hardware section</source>
        <translation>“Before Upgrading Small Business Server 2000” (Microsoft, en inglés), paso 3; Prácticas recomendadas de actualización de Windows Small Business Server 2003, “Preparación del hardware”</translation>
    </message>
    <message>
        <source>Find out whether you need new information for connecting to the Internet</source>
        <translation>Determine si necesita recopilar información nueva para la conexión a Internet</translation>
    </message>
    <message>
        <source>Your Internet connection settings are preserved during the upgrade, but the Configure E-mail and Internet Connection Wizard has new functionality that the Small Business Server 2000 Internet Connection Wizard did not have.</source>
        <translation>La configuración de la conexión a Internet se conserva durante la actualización, pero el Asistente para configurar el correo electrónico y la conexión a Internet tiene funciones nuevas que no tenía el Asistente para la conexión a Internet de Small Business Server 2000.</translation>
    </message>
    <message>
        <source>To find out whether there is new information that you need to collect, complete the section “Required Information for Connecting to the Internet” in Appendix A of Getting Started, or see the documentation that comes with the upgrade software.</source>
        <translation>Para determinar si debe recopilar información nueva, complete la sección “Required Information for Connecting to the Internet” del apéndice A de Getting Started, o consulte la documentación que acompaña al software de actualización.</translation>
    </message>
    <message>
        <source>You will then be ready to complete the Configure E-mail and Internet Connection Wizard at the end of Setup, from the To Do List.</source>
        <translation>Así estará preparado para completar el Asistente para configurar el correo electrónico y la conexión a Internet al final de la instalación, desde la lista de tareas pendientes.</translation>
    </message>
    <message>
        <source>Before Upgrading Small Business Server 2000 (Microsoft), steps “Collect required information for connecting to the Internet” and “Determine if there is new information…”; Windows Small Business Server 2003 Upgrade Best Practices, network section</source>
        <translation>“Before Upgrading Small Business Server 2000” (Microsoft, en inglés), pasos “Collect required information for connecting to the Internet” y “Determine if there is new information…”; Prácticas recomendadas de actualización de Windows Small Business Server 2003, “Preparación de la red”</translation>
    </message>
    <message>
        <source>You can quickly notify all users with the net send command. At the command prompt, type: Net send * You must log off from the domain in approximately 5 minutes. At that point, the Internet will also be unavailable.</source>
        <translation>Puede notificarlo rápidamente a todos los usuarios con el comando net send. En el símbolo del sistema, escriba: Net send * Debe cerrar la sesión del dominio en aproximadamente 5 minutos. En ese momento, Internet tampoco estará disponible.</translation>
    </message>
    <message>
        <source>Wait the specified amount of time, and then continue.</source>
        <translation>Espere el tiempo indicado y, a continuación, continúe.</translation>
    </message>
    <message>
        <source>Before Upgrading Small Business Server 2000 (Microsoft), step “It is recommended that you notify users…”; Windows Small Business Server 2003 Upgrade Best Practices, network section</source>
        <translation>“Before Upgrading Small Business Server 2000” (Microsoft, en inglés), paso “It is recommended that you notify users…”; Prácticas recomendadas de actualización de Windows Small Business Server 2003, “Preparación de la red”</translation>
    </message>
    <message>
        <source>If you are beginning the upgrade while users are still working on the network, have users log off from the domain.</source>
        <translation>Si inicia la actualización mientras aún hay usuarios trabajando en la red, pida a los usuarios que cierren la sesión del dominio.</translation>
    </message>
    <message>
        <source>Check that no one is still connected to the server or has files open on it.</source>
        <translation>Compruebe que nadie sigue conectado al servidor ni tiene archivos abiertos en él.</translation>
    </message>
    <message>
        <source>Before Upgrading Small Business Server 2000 (Microsoft), step “If you are beginning the upgrade while users are still working…”; Windows Small Business Server 2003 Upgrade Best Practices, network section</source>
        <translation>“Before Upgrading Small Business Server 2000” (Microsoft, en inglés), paso “If you are beginning the upgrade while users are still working…”; Prácticas recomendadas de actualización de Windows Small Business Server 2003, “Preparación de la red”</translation>
    </message>
    <message>
        <source>Keep the device connected to your server.</source>
        <translation>Mantenga el dispositivo conectado al servidor.</translation>
    </message>
    <message>
        <source>When disconnecting your Internet connection device from the Internet, do not disconnect it from your server.</source>
        <translation>Al desconectar de Internet el dispositivo de conexión a Internet, no lo desconecte del servidor.</translation>
    </message>
    <message>
        <source>Before Upgrading Small Business Server 2000 (Microsoft), step “Unless your Internet connection device provides a firewall service…” and its Important box; Windows Small Business Server 2003 Upgrade Best Practices, network section, introduction</source>
        <translation>“Before Upgrading Small Business Server 2000” (Microsoft, en inglés), paso “Unless your Internet connection device provides a firewall service…” y su cuadro “Important”; Prácticas recomendadas de actualización de Windows Small Business Server 2003, “Preparación de la red”, introducción</translation>
    </message>
    <message>
        <source>Synchronize the Source Server&apos;s clock with an Internet time (NTP) server</source>
        <translation>Sincronice el reloj del servidor de origen con un servidor horario de Internet (NTP)</translation>
    </message>
    <message>
        <source>The time on the Source Server must be within five minutes of the time on the Destination Server, and the date and time zone must be the same on both servers.</source>
        <translation>La hora del servidor de origen debe estar dentro de un margen de cinco minutos respecto a la hora del servidor de destino, y la fecha y la zona horaria deben ser las mismas en ambos servidores.</translation>
    </message>
    <message>
        <source>If the Source Server runs in a virtual machine, the date, time and time zone of the host server must match those of the Source Server and the Destination Server.</source>
        <translation>Si el servidor de origen se ejecuta en una máquina virtual, la fecha, la hora y la zona horaria del servidor host deben coincidir con las del servidor de origen y las del servidor de destino.</translation>
    </message>
    <message>
        <source>Sign on to the Source Server with a domain administrator account. Click Start → Run, type cmd, and then press ENTER.</source>
        <translation>Inicie sesión en el servidor de origen con una cuenta de administrador del dominio. Haga clic en Inicio → Ejecutar, escriba cmd y, a continuación, presione ENTRAR.</translation>
    </message>
    <message>
        <source>At the command prompt, type w32tm /config /syncfromflags:domhier /reliable:no /update, and then press ENTER.</source>
        <translation>En el símbolo del sistema, escriba w32tm /config /syncfromflags:domhier /reliable:no /update y, a continuación, presione ENTRAR.</translation>
    </message>
    <message>
        <source>Type net stop w32time and press ENTER. Then type net start w32time and press ENTER.</source>
        <translation>Escriba net stop w32time y presione ENTRAR. A continuación, escriba net start w32time y presione ENTRAR.</translation>
    </message>
    <message>
        <source>During the Windows Server Essentials installation, you can verify the time on the Destination Server and change it if necessary. Ensure that it is within five minutes of the time on the Source Server. When the installation finishes, the Destination Server synchronizes with the Network Time Protocol (NTP) server, and all domain-joined computers, including the Source Server, synchronize with the Destination Server, which becomes the primary domain controller (PDC) emulator master.</source>
        <translation>Durante la instalación de Windows Server Essentials, puede comprobar la hora del servidor de destino y cambiarla si es necesario. Asegúrese de que está dentro de un margen de cinco minutos respecto a la hora del servidor de origen. Cuando finaliza la instalación, el servidor de destino se sincroniza con el servidor NTP (Network Time Protocol), y todos los equipos unidos al dominio, incluido el servidor de origen, se sincronizan con el servidor de destino, que asume la función de maestro de operaciones emulador de controlador principal de dominio (PDC).</translation>
    </message>
    <message>
        <source>“Step 1: Prepare your Source Server for Windows Server Essentials migration”, “Synchronize the Source Server time with an external time source”</source>
        <translation>“Step 1: Prepare your Source Server for Windows Server Essentials migration” (Microsoft, en inglés), “Synchronize the Source Server time with an external time source”</translation>
    </message>
    <message>
        <source>Verify the network configuration</source>
        <translation>Compruebe la configuración de red</translation>
    </message>
    <message>
        <source>Verify the network configuration of the Source Server before the migration. The document names this task but gives no procedure.</source>
        <translation>Compruebe la configuración de red del servidor de origen antes de la migración. El documento menciona esta tarea, pero no da ningún procedimiento.</translation>
    </message>
    <message>
        <source>Connect the Destination Server to the router with a network cable. It is recommended, but not required, that the router is UPnP-certified and uses the 192.168.x.x subnet. The router or firewall must support IPv4 NAT or IPv6.</source>
        <translation>Conecte el servidor de destino al enrutador con un cable de red. Se recomienda, aunque no es obligatorio, que el enrutador tenga la certificación UPnP y use la subred 192.168.x.x. El enrutador o el firewall debe admitir NAT de IPv4 o IPv6.</translation>
    </message>
    <message>
        <source>NIC Teaming is not supported by the Windows Server Essentials networking wizards: set it up only after the installation and configuration are finished.</source>
        <translation>Los asistentes de red de Windows Server Essentials no admiten la agrupación de NIC: configúrela solo cuando hayan terminado la instalación y la configuración.</translation>
    </message>
    <message>
        <source>“Step 1: Prepare your Source Server for Windows Server Essentials migration”, introduction (no procedure given); “System Requirements for Windows Server 2012 Essentials” and “System requirements for Windows Server Essentials” (not in the source documents)</source>
        <translation>“Step 1: Prepare your Source Server for Windows Server Essentials migration” (Microsoft, en inglés), introducción (sin procedimiento); “System Requirements for Windows Server 2012 Essentials” y “System requirements for Windows Server Essentials” (no figuran en los documentos de origen)</translation>
    </message>
    <message>
        <source>Plan how each line-of-business application will be migrated</source>
        <translation>Planee cómo se migrará cada aplicación empresarial</translation>
    </message>
    <message>
        <source>A line-of-business (LOB) application is a critical application that is vital to running the business, such as accounting, supply-chain management or resource-planning software.</source>
        <translation>Una aplicación empresarial (LOB) es una aplicación esencial para el funcionamiento de la empresa, como el software de contabilidad, de gestión de la cadena de suministro o de planificación de recursos.</translation>
    </message>
    <message>
        <source>Consult the provider of each LOB application to determine the appropriate method for migrating it.</source>
        <translation>Consulte al proveedor de cada aplicación empresarial para determinar el método adecuado para migrarla.</translation>
    </message>
    <message>
        <source>Locate the media that is used to install the LOB applications on the Destination Server.</source>
        <translation>Localice los medios que se usan para instalar las aplicaciones empresariales en el servidor de destino.</translation>
    </message>
    <message>
        <source>If you used the Windows Small Business Server 2011 Essentials SDK to develop a customized system health or alert add-in, and you want to continue to use it with Windows Server Essentials, you must also update the add-in and deploy it on the Destination Server.</source>
        <translation>Si usó el SDK de Windows Small Business Server 2011 Essentials para desarrollar un complemento personalizado de estado del sistema o de alertas, y desea seguir usándolo con Windows Server Essentials, también debe actualizar el complemento e implementarlo en el servidor de destino.</translation>
    </message>
    <message>
        <source>“Step 1: Prepare your Source Server for Windows Server Essentials migration”, “Create a plan to migrate line-of-business applications” and its Note</source>
        <translation>“Step 1: Prepare your Source Server for Windows Server Essentials migration” (Microsoft, en inglés), “Create a plan to migrate line-of-business applications” y su nota</translation>
    </message>
    <message>
        <source>Site Server from BackOffice Server 4.5 cannot be installed on Windows Server 2003</source>
        <translation>Site Server de BackOffice Server 4.5 no se puede instalar en Windows Server 2003</translation>
    </message>
    <message>
        <source>Check whether the server uses Site Server or the Intranet Starter Site, and plan what will replace them before you upgrade.</source>
        <translation>Compruebe si el servidor usa Site Server o Intranet Starter Site y planee con qué los sustituirá antes de la actualización.</translation>
    </message>
    <message>
        <source>Microsoft readme on upgrading BackOffice Small Business Server and BackOffice Server to Windows Server 2003, “Upgrading from BackOffice Server 4.5”</source>
        <translation>Léame de Microsoft sobre la actualización de BackOffice Small Business Server y BackOffice Server a Windows Server 2003, “Upgrading from BackOffice Server 4.5”</translation>
    </message>
    <message>
        <source>BackOffice Server 4.5 Web Administration is not supported on Windows Server 2003</source>
        <translation>La Administración web de BackOffice Server 4.5 no se admite en Windows Server 2003</translation>
    </message>
    <message>
        <source>If you manage the server through Web Administration, plan another way to administer it after the upgrade.</source>
        <translation>Si administra el servidor mediante la Administración web, planee otra forma de administrarlo después de la actualización.</translation>
    </message>
    <message>
        <source>Fax Service is no longer supported if the server started as Small Business Server 4.0 or 4.5</source>
        <translation>El Servicio de fax deja de admitirse si el servidor empezó como Small Business Server 4.0 o 4.5</translation>
    </message>
    <message>
        <source>If you originally installed Small Business Server 4.0 or Small Business Server 4.5 and then upgraded to BackOffice Server 4.5, Fax Service is no longer supported after the upgrade to Windows Server 2003.</source>
        <translation>Si instaló originalmente Small Business Server 4.0 o Small Business Server 4.5 y después actualizó a BackOffice Server 4.5, el Servicio de fax deja de admitirse tras la actualización a Windows Server 2003.</translation>
    </message>
    <message>
        <source>If the business sends or receives faxes through the server, plan a replacement before you upgrade.</source>
        <translation>Si la empresa envía o recibe faxes a través del servidor, planee una alternativa antes de la actualización.</translation>
    </message>
    <message>
        <source>Alternative: uninstall BackOffice Server 4.0, then restart Windows Server 2003 Setup</source>
        <translation>Alternativa: desinstale BackOffice Server 4.0 y vuelva a iniciar el programa de instalación de Windows Server 2003</translation>
    </message>
    <message>
        <source>This applies only if you have used BackOffice Server 4.0 Setup to install a server application.</source>
        <translation>Esto solo se aplica si ha usado el programa de instalación de BackOffice Server 4.0 para instalar una aplicación de servidor.</translation>
    </message>
    <message>
        <source>Uninstall BackOffice Server 4.0. This removes all files specific to BackOffice Server 4.0, but not the server applications that you installed.</source>
        <translation>Desinstale BackOffice Server 4.0. Así se quitan todos los archivos específicos de BackOffice Server 4.0, pero no las aplicaciones de servidor que instaló.</translation>
    </message>
    <message>
        <source>Then restart Windows Server 2003 Setup to upgrade the operating system.</source>
        <translation>A continuación, vuelva a iniciar el programa de instalación de Windows Server 2003 para actualizar el sistema operativo.</translation>
    </message>
    <message>
        <source>The other way is to upgrade to BackOffice Server 4.5 first, and then to Windows Server 2003.</source>
        <translation>La otra opción es actualizar primero a BackOffice Server 4.5 y después a Windows Server 2003.</translation>
    </message>
    <message>
        <source>Microsoft readme on upgrading BackOffice Small Business Server and BackOffice Server to Windows Server 2003, “Upgrading from BackOffice Server 4.0”</source>
        <translation>Léame de Microsoft sobre la actualización de BackOffice Small Business Server y BackOffice Server a Windows Server 2003, “Upgrading from BackOffice Server 4.0”</translation>
    </message>
    <message>
        <source>Upgrade Exchange 2000 to Exchange 2003 before you upgrade Windows</source>
        <translation>Actualice Exchange 2000 a Exchange 2003 antes de actualizar Windows</translation>
    </message>
    <message>
        <source>Migrate from the inside out: Exchange first, then Windows.</source>
        <translation>Migre de dentro hacia fuera: primero Exchange y después Windows.</translation>
    </message>
    <message>
        <source>Run the Exchange 2003 upgrade, which is essentially the same as installing Exchange 2003 on top of Exchange 2000. All mailboxes and other relevant data and settings should be preserved.</source>
        <translation>Ejecute la actualización a Exchange 2003, que equivale básicamente a instalar Exchange 2003 sobre Exchange 2000. Todos los buzones y demás datos y configuraciones importantes deberían conservarse.</translation>
    </message>
    <message>
        <source>Only then upgrade the server itself to Windows Server 2003.</source>
        <translation>Solo entonces actualice el propio servidor a Windows Server 2003.</translation>
    </message>
    <message>
        <source>Exchange Server 2000 does not run on Windows Server 2003: an in-place upgrade to Windows Server 2003 of a server that has Exchange 2000 will abort with a warning.</source>
        <translation>Exchange Server 2000 no se ejecuta en Windows Server 2003: la actualización local a Windows Server 2003 de un servidor que tiene Exchange 2000 se cancelará con una advertencia.</translation>
    </message>
    <message>
        <source>Prepare the Active Directory Connector before a domain controller is upgraded to Windows Server 2003</source>
        <translation>Prepare el Conector de Active Directory antes de actualizar un controlador de dominio a Windows Server 2003</translation>
    </message>
    <message>
        <source>This applies if another computer is the domain controller and you plan to upgrade it to Windows Server 2003 first.</source>
        <translation>Esto se aplica si otro equipo es el controlador de dominio y tiene previsto actualizarlo primero a Windows Server 2003.</translation>
    </message>
    <message>
        <source>The Exchange 2000 version of the Active Directory Connector does not work with Windows Server 2003. It does work in a mixed-mode domain, but with some preparation.</source>
        <translation>La versión de Exchange 2000 del Conector de Active Directory no funciona con Windows Server 2003. Sí funciona en un dominio en modo mixto, pero con cierta preparación.</translation>
    </message>
    <message>
        <source>See Microsoft Knowledge Base article 325379, under the header “Upgrading Windows 2000 Domain Controllers to Windows Server 2003”.</source>
        <translation>Consulte el artículo 325379 de Microsoft Knowledge Base, en el apartado “Upgrading Windows 2000 Domain Controllers to Windows Server 2003”.</translation>
    </message>
    <message>
        <source>Wait until Windows Server 2003 is set up before using the Exchange 2003 features that need it</source>
        <translation>Espere a que Windows Server 2003 esté configurado antes de usar las características de Exchange 2003 que lo necesitan</translation>
    </message>
    <message>
        <source>Some Exchange 2003 features do not work on Windows 2000 Server: RPC over HTTP access from Outlook 2003, SharePoint Portal Server, IPSec support for clustering, cross-forest Kerberos authentication and the Volume Shadow Copy service.</source>
        <translation>Algunas características de Exchange 2003 no funcionan en Windows 2000 Server: el acceso mediante RPC sobre HTTP desde Outlook 2003, SharePoint Portal Server, la compatibilidad de IPSec con clústeres, la autenticación Kerberos entre bosques y el servicio Instantáneas de volumen.</translation>
    </message>
    <message>
        <source>If you plan to use any of them, wait until Windows Server 2003 is completely set up before you implement them.</source>
        <translation>Si tiene previsto usar alguna de ellas, espere a que Windows Server 2003 esté completamente configurado antes de implementarla.</translation>
    </message>
    <message>
        <source>Check the Exchange Server 2003 installation and upgrade prerequisites</source>
        <translation>Compruebe los requisitos previos de instalación y actualización de Exchange Server 2003</translation>
    </message>
    <message>
        <source>For an in-place upgrade, the server needs at least Windows 2000 Service Pack 3 and Exchange 2000 Service Pack 3.</source>
        <translation>Para una actualización local, el servidor necesita como mínimo Windows 2000 Service Pack 3 y Exchange 2000 Service Pack 3.</translation>
    </message>
    <message>
        <source>Install and start the Windows components Exchange needs: .NET Framework, ASP.NET, Internet Information Services (IIS), the World Wide Web Publishing Service, the SMTP service and the NNTP service.</source>
        <translation>Instale e inicie los componentes de Windows que necesita Exchange: .NET Framework, ASP.NET, Internet Information Services (IIS), el servicio de publicación World Wide Web, el servicio SMTP y el servicio NNTP.</translation>
    </message>
    <message>
        <source>Remove the components that Exchange 2003 does not support: Mobile Information Server, Instant Messaging, Exchange 2000 Conferencing Server, Key Management Service, the cc:Mail connector and the MS Mail connector.</source>
        <translation>Quite los componentes que Exchange 2003 no admite: Mobile Information Server, Instant Messaging, Exchange 2000 Conferencing Server, Key Management Service, el conector de cc:Mail y el conector de MS Mail.</translation>
    </message>
    <message>
        <source>The domain controllers and global catalog servers must run Windows Server 2003, or Windows 2000 Service Pack 3 or later.</source>
        <translation>Los controladores de dominio y los servidores de catálogo global deben ejecutar Windows Server 2003, o Windows 2000 Service Pack 3 o posterior.</translation>
    </message>
    <message>
        <source>Run Exchange 2003 ForestPrep, even if Exchange 2000 ForestPrep was run before, and then DomainPrep.</source>
        <translation>Ejecute ForestPrep de Exchange 2003, aunque ya se haya ejecutado ForestPrep de Exchange 2000, y después DomainPrep.</translation>
    </message>
    <message>
        <source>If you have front-end and back-end servers, upgrade the front-end servers first.</source>
        <translation>Si tiene servidores front-end y back-end, actualice primero los servidores front-end.</translation>
    </message>
    <message>
        <source>Microsoft Exchange Server 2003 Deployment Guide; “Exchange 2003 Deployment Fundamentals” (Windows IT Pro); “Upgrading Exchange 2000 to 2003” (TechGenix); not in the source documents</source>
        <translation>Microsoft Exchange Server 2003 Deployment Guide; “Exchange 2003 Deployment Fundamentals” (Windows IT Pro); “Upgrading Exchange 2000 to 2003” (TechGenix); no figuran en los documentos de origen</translation>
    </message>
    <message>
        <source>Plan the email migration: Windows Server Essentials has no email service of its own</source>
        <translation>Planee la migración del correo electrónico: Windows Server Essentials no tiene servicio de correo propio</translation>
    </message>
    <message>
        <source>In Windows SBS 2011, Windows SBS 2008 and Windows SBS 2003, email is provided through Microsoft Exchange Server.</source>
        <translation>En Windows SBS 2011, Windows SBS 2008 y Windows SBS 2003, el correo electrónico se proporciona mediante Microsoft Exchange Server.</translation>
    </message>
    <message>
        <source>Windows Server Essentials does not provide an inbox email service.</source>
        <translation>Windows Server Essentials no proporciona un servicio de bandeja de entrada de correo electrónico.</translation>
    </message>
    <message>
        <source>If this server hosts your company&apos;s email, you need to migrate it to an alternate on-premises or hosted solution: Microsoft Office 365, or another on-premises Exchange Server.</source>
        <translation>Si este servidor aloja el correo electrónico de la empresa, debe migrarlo a otra solución local u hospedada: Microsoft Office 365 u otro servidor Exchange local.</translation>
    </message>
    <message>
        <source>“Step 1: Prepare your Source Server for Windows Server Essentials migration”, “Create a plan to migrate email hosted on Windows SBS 2011, Windows SBS 2008, and Windows SBS 2003”</source>
        <translation>“Step 1: Prepare your Source Server for Windows Server Essentials migration” (Microsoft, en inglés), “Create a plan to migrate email hosted on Windows SBS 2011, Windows SBS 2008, and Windows SBS 2003”</translation>
    </message>
    <message>
        <source>If you move email to Office 365, finish that migration before you install Windows Server Essentials</source>
        <translation>Si traslada el correo electrónico a Office 365, termine esa migración antes de instalar Windows Server Essentials</translation>
    </message>
    <message>
        <source>Follow the guidance in “Migrate All Mailboxes to the Cloud with a Cutover Exchange Migration” to start the email migration to Office 365.</source>
        <translation>Siga las instrucciones de “Migrate All Mailboxes to the Cloud with a Cutover Exchange Migration” para iniciar la migración del correo electrónico a Office 365.</translation>
    </message>
    <message>
        <source>Complete the email migration before you install Windows Server Essentials.</source>
        <translation>Complete la migración del correo electrónico antes de instalar Windows Server Essentials.</translation>
    </message>
    <message>
        <source>To migrate Exchange public folders to Office 365, see the blog post “Microsoft Exchange 2013 Public Folders Migration Scripts for Office 365”.</source>
        <translation>Para migrar las carpetas públicas de Exchange a Office 365, consulte la entrada de blog “Microsoft Exchange 2013 Public Folders Migration Scripts for Office 365”.</translation>
    </message>
    <message>
        <source>Removing the on-premises Exchange Server from the Source Server is mandatory if you intend to integrate Windows Server Essentials with Office 365.</source>
        <translation>Quitar el servidor Exchange local del servidor de origen es obligatorio si tiene intención de integrar Windows Server Essentials con Office 365.</translation>
    </message>
    <message>
        <source>After you complete the installation, turn on the Office 365 Integration feature in Windows Server Essentials by running the Integrate with Microsoft Office 365 task.</source>
        <translation>Cuando termine la instalación, active la característica de integración con Office 365 en Windows Server Essentials ejecutando la tarea Integrar con Microsoft Office 365.</translation>
    </message>
    <message>
        <source>“Step 1: Prepare your Source Server for Windows Server Essentials migration”, “Migrate email to Microsoft Office 365” and its Note</source>
        <translation>“Step 1: Prepare your Source Server for Windows Server Essentials migration” (Microsoft, en inglés), “Migrate email to Microsoft Office 365” y su nota</translation>
    </message>
    <message>
        <source>Enable RPC over HTTP on the Source Server for the Office 365 migration tool</source>
        <translation>Habilite RPC sobre HTTP en el servidor de origen para la herramienta de migración de Office 365</translation>
    </message>
    <message>
        <source>Enable RPC over HTTP on the Source Server. See “How to Deploy RPC over HTTP for the First Time in Small Business Server 2003 (Standard or Premium)”.</source>
        <translation>Habilite RPC sobre HTTP en el servidor de origen. Consulte “How to Deploy RPC over HTTP for the First Time in Small Business Server 2003 (Standard or Premium)”.</translation>
    </message>
    <message>
        <source>If the Office 365 migration tool still cannot connect, look at the ValidPorts setting in the registry at HKEY_LOCAL_MACHINE\Software\Microsoft\Rpc\RpcProxy, and make sure that the fully qualified domain name (FQDN) of the Source Server is listed.</source>
        <translation>Si la herramienta de migración de Office 365 sigue sin poder conectarse, consulte el valor ValidPorts del Registro en HKEY_LOCAL_MACHINE\Software\Microsoft\Rpc\RpcProxy y asegúrese de que aparece el nombre de dominio completo (FQDN) del servidor de origen.</translation>
    </message>
    <message>
        <source>If the FQDN is not listed, add it, for example: remote.contoso.com:6001-6002;remote.contoso.com:6004 (replace contoso with the name of your domain).</source>
        <translation>Si el FQDN no aparece, agréguelo, por ejemplo: remote.contoso.com:6001-6002;remote.contoso.com:6004 (sustituya contoso por el nombre de su dominio).</translation>
    </message>
    <message>
        <source>To allow the Office 365 migration tool to connect to the Exchange Server that is running on the Source Server, you must enable RPC over HTTP on the Source Server.</source>
        <translation>Para que la herramienta de migración de Office 365 pueda conectarse al servidor Exchange que se ejecuta en el servidor de origen, debe habilitar RPC sobre HTTP en el servidor de origen.</translation>
    </message>
    <message>
        <source>“Step 1: Prepare your Source Server for Windows Server Essentials migration”, “Migrate email to Microsoft Office 365”, Important box</source>
        <translation>“Step 1: Prepare your Source Server for Windows Server Essentials migration” (Microsoft, en inglés), “Migrate email to Microsoft Office 365”, cuadro “Important”</translation>
    </message>
    <message>
        <source>If you move email to another on-premises Exchange Server, install Windows Server Essentials first</source>
        <translation>Si traslada el correo electrónico a otro servidor Exchange local, instale primero Windows Server Essentials</translation>
    </message>
    <message>
        <source>See “Integrate an On-Premises Exchange Server with Windows Server Essentials”.</source>
        <translation>Consulte “Integrate an On-Premises Exchange Server with Windows Server Essentials”.</translation>
    </message>
    <message>
        <source>Set up the new on-premises Exchange Server after you install Windows Server Essentials.</source>
        <translation>Configure el nuevo servidor Exchange local después de instalar Windows Server Essentials.</translation>
    </message>
    <message>
        <source>Finish the email migration before you demote the Source Server.</source>
        <translation>Termine la migración del correo electrónico antes de degradar el servidor de origen.</translation>
    </message>
    <message>
        <source>The Windows Small Business Server POP3 Connector is not included with Exchange Server. After you migrate email data to another Exchange Server, you can no longer use the POP3 Connector feature.</source>
        <translation>El Conector POP3 de Windows Small Business Server no se incluye con Exchange Server. Después de migrar los datos de correo electrónico a otro servidor Exchange, ya no podrá usar la característica Conector POP3.</translation>
    </message>
    <message>
        <source>“Step 1: Prepare your Source Server for Windows Server Essentials migration”, “Migrate email to another on-premises Exchange Server” and its Notes</source>
        <translation>“Step 1: Prepare your Source Server for Windows Server Essentials migration” (Microsoft, en inglés), “Migrate email to another on-premises Exchange Server” y sus notas</translation>
    </message>
    <message>
        <source>The POP3 router trigger is no longer supported</source>
        <translation>El desencadenador de enrutador de POP3 ya no se admite</translation>
    </message>
    <message>
        <source>If you download POP3 e-mail through a router with the Microsoft Connector for POP3 Mailboxes, check after the upgrade that the e-mail still arrives.</source>
        <translation>Si descarga correo electrónico POP3 a través de un enrutador con el Conector de Microsoft para buzones POP3, compruebe después de la actualización que el correo sigue llegando.</translation>
    </message>
    <message>
        <source>The router trigger function for the Microsoft Connector for POP3 Mailboxes that was used to prepare the router for external network traffic when downloading POP3 e-mail is no longer supported.</source>
        <translation>La función de desencadenador de enrutador del Conector de Microsoft para buzones POP3, que se usaba para preparar el enrutador para el tráfico de red externo al descargar correo electrónico POP3, ya no se admite.</translation>
    </message>
    <message>
        <source>Before Upgrading Small Business Server 2000 (Microsoft), first Note at the end</source>
        <translation>“Before Upgrading Small Business Server 2000” (Microsoft, en inglés), primera nota del final</translation>
    </message>
    <message>
        <source>URLScan can block .exe downloads, such as Connection Manager from Remote Web Workplace</source>
        <translation>URLScan puede bloquear las descargas de archivos .exe, como el Administrador de conexiones desde Remote Web Workplace</translation>
    </message>
    <message>
        <source>Check whether the IIS Lockdown Wizard and the URLScan security tool are installed on the server.</source>
        <translation>Compruebe si el Asistente para bloqueo de IIS (IIS Lockdown Wizard) y la herramienta de seguridad URLScan están instalados en el servidor.</translation>
    </message>
    <message>
        <source>If they are, after the upgrade either remove the URLScan security tool from the IIS default Web site, or change its configuration to allow .exe files.</source>
        <translation>Si lo están, después de la actualización quite la herramienta de seguridad URLScan del sitio Web predeterminado de IIS o cambie su configuración para permitir archivos .exe.</translation>
    </message>
    <message>
        <source>If you upgraded to Windows Small Business Server 2003 from Small Business Server 2000, and the Internet Information Services (IIS) Lockdown Wizard and URLScan security tool are installed, then by default .exe files cannot be requested through the IIS default Web site. As a result, if you try to download Connection Manager from Remote Web Workplace, you receive a “404 File Not Found” error.</source>
        <translation>Si actualizó a Windows Small Business Server 2003 desde Small Business Server 2000 y están instalados el Asistente para bloqueo de Internet Information Services (IIS) y la herramienta de seguridad URLScan, de forma predeterminada no se pueden solicitar archivos ejecutables (.exe) a través del sitio Web predeterminado de IIS. Como consecuencia, si intenta descargar el Administrador de conexiones desde Remote Web Workplace, recibirá el error “404 File Not Found”.</translation>
    </message>
    <message>
        <source>Before Upgrading Small Business Server 2000 (Microsoft), second Note at the end</source>
        <translation>“Before Upgrading Small Business Server 2000” (Microsoft, en inglés), segunda nota del final</translation>
    </message>
    <message>
        <source>Restore the startup types of the services you disabled</source>
        <translation>Restablezca el tipo de inicio de los servicios que deshabilitó</translation>
    </message>
    <message>
        <source>After the upgrade, open Services: click Start → Run, and type Services.msc.</source>
        <translation>Después de la actualización, abra Servicios (haga clic en Inicio, Ejecutar y escriba Services.msc).</translation>
    </message>
    <message>
        <source>Set each third-party service that you disabled before Setup back to the Startup Type you recorded, and start the service if it should run.</source>
        <translation>Para cada servicio que no sea de Microsoft que deshabilitó antes de la instalación, vuelva a establecer el Tipo de inicio que registró e inicie el servicio si debe estar en ejecución.</translation>
    </message>
    <message>
        <source>Derived from Before Upgrading Small Business Server 2000 (Microsoft) and Windows Small Business Server 2003 Upgrade Best Practices, which say to record the Startup Type but do not describe how to restore it; not in the source documents</source>
        <translation>Derivado de “Before Upgrading Small Business Server 2000” (Microsoft, en inglés) y de Prácticas recomendadas de actualización de Windows Small Business Server 2003, que indican registrar el Tipo de inicio pero no describen cómo restablecerlo; no figura en los documentos de origen</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <source>Confirm that your upgrade path is supported, and find the guide that describes it.</source>
        <translation>Confirme que se admite su ruta de actualización y busque la guía que la describe.</translation>
    </message>
    <message>
        <source>Data preparation</source>
        <translation>Preparación de los datos</translation>
    </message>
    <message>
        <source>Protect important business and user data from loss or damage by running a virus scan and making a full backup of the existing installation.</source>
        <translation>Proteja los datos importantes de la empresa y de los usuarios de posibles pérdidas o daños mediante la ejecución de una detección de virus y la realización de una copia de seguridad completa de la instalación existente.</translation>
    </message>
    <message>
        <source>Operating system preparation</source>
        <translation>Preparación del sistema operativo</translation>
    </message>
    <message>
        <source>Prepare the system for the upgrade by installing all required updates and service packs, and find out whether your existing server applications are compatible with the new server software.</source>
        <translation>Prepare la actualización del sistema: instale todas las actualizaciones y los Service Pack necesarios, y determine si las aplicaciones de servidor existentes son compatibles con el software de actualización del servidor.</translation>
    </message>
    <message>
        <source>Hardware preparation</source>
        <translation>Preparación del hardware</translation>
    </message>
    <message>
        <source>Make sure that the hardware you use is compatible with the server software you are going to install, and that you use the most current drivers for your hardware devices.</source>
        <translation>Asegúrese de que el hardware que utiliza es compatible con el software de servidor que va a instalar y de que usa los controladores más actuales para los dispositivos de hardware.</translation>
    </message>
    <message>
        <source>Network preparation</source>
        <translation>Preparación de la red</translation>
    </message>
    <message>
        <source>Check all the connectivity requirements for the upgrade, and prepare the network and its users before you begin.</source>
        <translation>Compruebe todos los requisitos de conectividad para la actualización y prepare la red y a sus usuarios antes de empezar.</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Aplicaciones</translation>
    </message>
    <message>
        <source>Plan for the server applications that must be migrated, or that will no longer work, after the upgrade.</source>
        <translation>Planee qué hacer con las aplicaciones de servidor que deben migrarse o que dejarán de funcionar después de la actualización.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Prepare Exchange and the company&apos;s email for the upgrade or migration.</source>
        <translation>Prepare Exchange y el correo electrónico de la empresa para la actualización o la migración.</translation>
    </message>
    <message>
        <source>After the upgrade</source>
        <translation>Después de la actualización</translation>
    </message>
    <message>
        <source>What to know and what to do once the upgrade is complete.</source>
        <translation>Qué debe saber y qué debe hacer una vez terminada la actualización.</translation>
    </message>
    <message>
        <source>Microsoft readme on upgrading BackOffice Small Business Server and BackOffice Server to Windows Server 2003; on the move to Windows Small Business Server 2003, “Migrating from Small Business Server 4.5 or Windows NT Server 4.0 to Windows Small Business Server 2003” (not in the source documents)</source>
        <translation>Léame de Microsoft sobre la actualización de BackOffice Small Business Server y BackOffice Server a Windows Server 2003; sobre el paso a Windows Small Business Server 2003, “Migrating from Small Business Server 4.5 or Windows NT Server 4.0 to Windows Small Business Server 2003” (no figura en los documentos de origen)</translation>
    </message>
    <message>
        <source>The upgrade software must be the same language edition as the operating system already installed.</source>
        <translation>El software de actualización debe ser de la misma edición de idioma que el sistema operativo ya instalado.</translation>
    </message>
    <message>
        <source>Before Upgrading Small Business Server 2000 (Microsoft); Windows Small Business Server 2003 Upgrade Best Practices (Microsoft); on the language edition, “Preparing for an Upgrade”, Microsoft Windows Small Business Server 2003 Administrator&apos;s Companion (not in the source documents)</source>
        <translation>“Before Upgrading Small Business Server 2000” (Microsoft, en inglés); Prácticas recomendadas de actualización de Windows Small Business Server 2003 (Microsoft); sobre la edición de idioma, “Preparing for an Upgrade”, Microsoft Windows Small Business Server 2003 Administrator&apos;s Companion (no figura en los documentos de origen)</translation>
    </message>
    <message>
        <source>If you are upgrading an evaluation version of Windows Small Business Server 2003 to the full retail version, do not install Windows Server 2003 Service Pack 2 until the upgrade is complete, and remove it if it is already installed.</source>
        <translation>Si actualiza una versión de evaluación de Windows Small Business Server 2003 a la versión comercial completa, no instale el Service Pack 2 de Windows Server 2003 hasta que haya terminado la actualización, y quítelo si ya está instalado.</translation>
    </message>
    <message>
        <source>Windows Small Business Server 2003 Upgrade Best Practices (Microsoft); on the evaluation version, Microsoft Knowledge Base article 932600 (not in the source documents)</source>
        <translation>Prácticas recomendadas de actualización de Windows Small Business Server 2003 (Microsoft); sobre la versión de evaluación, artículo 932600 de Microsoft Knowledge Base (no figura en los documentos de origen)</translation>
    </message>
    <message>
        <source>To move from Small Business Server 4.0 to Windows Small Business Server 2003, you must complete a new installation and then migrate the settings manually.</source>
        <translation>Para pasar de Small Business Server 4.0 a Windows Small Business Server 2003, debe realizar una instalación nueva y después migrar la configuración manualmente.</translation>
    </message>
    <message>
        <source>To move from Small Business Server 4.5 to Windows Small Business Server 2003, you must perform a server migration: install it on a new computer, and then migrate the data and settings.</source>
        <translation>Para pasar de Small Business Server 4.5 a Windows Small Business Server 2003, debe realizar una migración de servidor: instalarlo en un equipo nuevo y después migrar los datos y la configuración.</translation>
    </message>
    <message>
        <source>Windows Small Business Server 2011 Essentials</source>
        <translation>Windows Small Business Server 2011 Essentials</translation>
    </message>
    <message>
        <source>Windows Server 2008 Foundation</source>
        <translation>Windows Server 2008 Foundation</translation>
    </message>
    <message>
        <source>Run a virus scan of all drives and files, if possible the day or evening before the upgrade</source>
        <translation>Ejecute una detección de virus en todas las unidades y los archivos, si es posible el día o la noche antes de empezar la actualización</translation>
    </message>
    <message>
        <source>Evaluation version of Windows Small Business Server 2003: if you are upgrading it to the full retail version, do not install Windows Server 2003 Service Pack 2 until the upgrade is complete, and remove it if it is already installed. Otherwise Setup may stop, saying that the version of Windows on your computer is newer than the version on the CD.</source>
        <translation>Versión de evaluación de Windows Small Business Server 2003: si va a actualizarla a la versión comercial completa, no instale el Service Pack 2 de Windows Server 2003 hasta que haya terminado la actualización, y quítelo si ya está instalado. De lo contrario, el programa de instalación puede detenerse con el aviso de que la versión de Windows del equipo es más reciente que la del CD.</translation>
    </message>
    <message>
        <source>The third-party applications most often incompatible with Windows Server 2003 are antivirus programs and some Web applications.</source>
        <translation>Las aplicaciones que no son de Microsoft que con más frecuencia son incompatibles con Windows Server 2003 son los programas antivirus y algunas aplicaciones Web.</translation>
    </message>
    <message>
        <source>Before Upgrading Small Business Server 2000 (Microsoft), step 4; Windows Small Business Server 2003 Upgrade Best Practices, “Preparing your operating system”; on antivirus and Web applications, “Preparing for an Upgrade”, Microsoft Windows Small Business Server 2003 Administrator&apos;s Companion (not in the source documents)</source>
        <translation>“Before Upgrading Small Business Server 2000” (Microsoft, en inglés), paso 4; Prácticas recomendadas de actualización de Windows Small Business Server 2003, “Preparación del sistema operativo”; sobre los antivirus y las aplicaciones Web, “Preparing for an Upgrade”, Microsoft Windows Small Business Server 2003 Administrator&apos;s Companion (no figura en los documentos de origen)</translation>
    </message>
    <message>
        <source>Keep the startup types you recorded: you need them to set the services back after the upgrade (see “After the upgrade”).</source>
        <translation>Conserve los tipos de inicio que ha registrado: los necesitará para restablecer los servicios después de la actualización (consulte “Después de la actualización”).</translation>
    </message>
    <message>
        <source>Before Upgrading Small Business Server 2000 (Microsoft), step “Stop services for any third-party applications…”; Windows Small Business Server 2003 Upgrade Best Practices, “Preparing your operating system”; setting the services back after the upgrade is this program&apos;s addition (not in the source documents)</source>
        <translation>“Before Upgrading Small Business Server 2000” (Microsoft, en inglés), paso “Stop services for any third-party applications…”; Prácticas recomendadas de actualización de Windows Small Business Server 2003, “Preparación del sistema operativo”; restablecer los servicios después de la actualización es una tarea que añade este programa (no figura en los documentos de origen)</translation>
    </message>
    <message>
        <source>If your Source Server is running Windows Server Essentials (or Windows Server 2012), the BPA is on the server Dashboard: log on to the Destination Server as an administrator, open the Dashboard, click the Devices tab, and in the Tasks pane of the server click Best Practices Analyzer.</source>
        <translation>Si el servidor de origen ejecuta Windows Server Essentials (o Windows Server 2012), el Analizador de procedimientos recomendados está en el Panel del servidor: inicie sesión en el servidor de destino como administrador, abra el Panel, haga clic en la pestaña Dispositivos y, en el panel de tareas del servidor, haga clic en Analizador de procedimientos recomendados.</translation>
    </message>
    <message>
        <source>The Windows Small Business Server 2003 figures (Appendix A of Getting Started) are not included in this program: compare them yourself.</source>
        <translation>Las cifras de Windows Small Business Server 2003 (apéndice A de Getting Started) no se incluyen en este programa: compárelas usted mismo.</translation>
    </message>
    <message>
        <source>Make sure the hard disk has the free space that Setup needs</source>
        <translation>Asegúrese de que el disco duro tiene el espacio libre que necesita el programa de instalación</translation>
    </message>
    <message>
        <source>Small Business Server 2000: ensure your hard disk has at least 2 gigabytes (GB) of free space. This space is temporarily used by Setup.</source>
        <translation>Small Business Server 2000: asegúrese de que el disco duro tiene al menos 2 gigabytes (GB) de espacio libre. El programa de instalación usa este espacio temporalmente.</translation>
    </message>
    <message>
        <source>Windows Small Business Server 2003: make sure that the server&apos;s hard disk has the required amount of free space available for the upgrade. See the documentation that comes with the Windows Small Business Server upgrade software for the hard disk space requirements.</source>
        <translation>Windows Small Business Server 2003: asegúrese de que el disco duro del servidor tiene la cantidad necesaria de espacio libre disponible para la actualización. Consulte la documentación que acompaña al software de actualización de Windows Small Business Server para obtener información sobre los requisitos de espacio en el disco duro.</translation>
    </message>
    <message>
        <source>If users are still working on the network, have them log off from the domain</source>
        <translation>Si aún hay usuarios trabajando en la red, pídales que cierren la sesión del dominio</translation>
    </message>
    <message>
        <source>It is recommended that you notify all users that they will need to log off in a short while, and that they will lose their Internet connection during the upgrade.</source>
        <translation>Se recomienda notificar a todos los usuarios que tendrán que cerrar la sesión en breve y que perderán la conexión a Internet durante la actualización del servidor.</translation>
    </message>
    <message>
        <source>An Exchange 2000 SP2 server in an environment with Windows Server 2003 domain controllers needs the Exchange 2000 post-SP2 hotfix rollup.</source>
        <translation>Un servidor Exchange 2000 SP2 en un entorno con controladores de dominio Windows Server 2003 necesita el paquete acumulativo de revisiones posterior al SP2 de Exchange 2000.</translation>
    </message>
    <message>
        <source>“How to migrate to Exchange Server 2003”, Serdar Yegulalp (third-party article, March 2004); on the post-SP2 hotfix rollup, “Exchange 2003 Deployment Fundamentals” (Windows IT Pro; not in the source documents)</source>
        <translation>“How to migrate to Exchange Server 2003”, Serdar Yegulalp (artículo de terceros, en inglés, marzo de 2004); sobre el paquete acumulativo de revisiones posterior al SP2, “Exchange 2003 Deployment Fundamentals” (Windows IT Pro; no figura en los documentos de origen)</translation>
    </message>
    <message>
        <source>Before Upgrading Small Business Server 2000 (Microsoft), step “Complete and verify a full backup”; Windows Small Business Server 2003 Upgrade Best Practices, “Preparing your data”; “Step 1: Prepare your Source Server for Windows Server Essentials migration”, “To back up the Source Server”; how many files the check picks at random is this program&apos;s choice (no document gives a number)</source>
        <translation>“Before Upgrading Small Business Server 2000” (Microsoft, en inglés), paso “Complete and verify a full backup”; Prácticas recomendadas de actualización de Windows Small Business Server 2003, “Preparación de los datos”; “Step 1: Prepare your Source Server for Windows Server Essentials migration” (Microsoft, en inglés), “To back up the Source Server”; cuántos archivos elige al azar la comprobación lo decide este programa (ningún documento da un número)</translation>
    </message>
    <message>
        <source>Before Upgrading Small Business Server 2000 (Microsoft), Important box after step 4; Windows Small Business Server 2003 Upgrade Best Practices, hardware section, Important box; the BIOS age from which the check warns is this program&apos;s choice (no document gives a figure)</source>
        <translation>“Before Upgrading Small Business Server 2000” (Microsoft, en inglés), cuadro “Important” después del paso 4; Prácticas recomendadas de actualización de Windows Small Business Server 2003, “Preparación del hardware”, cuadro “Importante”; la antigüedad del BIOS a partir de la cual la comprobación avisa la elige este programa (ningún documento da una cifra)</translation>
    </message>
    <message>
        <source>Open Disk Clean&amp;up</source>
        <translation>Abrir el &amp;Liberador de espacio en disco</translation>
    </message>
    <message>
        <source>Open Disk De&amp;fragmenter</source>
        <translation>Abrir el Des&amp;fragmentador de disco</translation>
    </message>
    <message>
        <source>Open &amp;Services</source>
        <translation>Abrir Ser&amp;vicios</translation>
    </message>
    <message>
        <source>The documents say that this upgrade is not supported; the steps say what to do instead.</source>
        <translation>Los documentos indican que esta actualización no se admite; los pasos indican qué hacer en su lugar.</translation>
    </message>
    <message>
        <source>Windows Server 2003, through BackOffice Server 4.5</source>
        <translation>Windows Server 2003, a través de BackOffice Server 4.5</translation>
    </message>
    <message>
        <source>Windows Server Essentials (2012, 2012 R2 or 2016)</source>
        <translation>Windows Server Essentials (2012, 2012 R2 o 2016)</translation>
    </message>
    <message>
        <source>Exchange Server 2003 on Windows 2000 Server</source>
        <translation>Exchange Server 2003 en Windows 2000 Server</translation>
    </message>
    <message>
        <source>Upgrade the server itself to Windows Server 2003.</source>
        <translation>Actualice el propio servidor a Windows Server 2003.</translation>
    </message>
    <message>
        <source>Windows Server 2003, with Exchange 2000 Server kept</source>
        <translation>Windows Server 2003, conservando Exchange 2000 Server</translation>
    </message>
    <message>
        <source>Do not upgrade Windows first. Upgrade Exchange 2000 to Exchange 2003, and then the server itself to Windows Server 2003: choose “Exchange Server 2003 on Windows Server 2003” as the path.</source>
        <translation>No actualice primero Windows. Actualice Exchange 2000 a Exchange 2003 y, a continuación, el propio servidor a Windows Server 2003: elija la ruta “Exchange Server 2003 en Windows Server 2003”.</translation>
    </message>
    <message>
        <source>Exchange Server 2000 does not run on Windows Server 2003. If you attempt to install Exchange Server 2000 in Windows Server 2003, the install process itself may fail.</source>
        <translation>Exchange Server 2000 no se ejecuta en Windows Server 2003. Si intenta instalar Exchange Server 2000 en Windows Server 2003, puede que falle el propio proceso de instalación.</translation>
    </message>
    <message>
        <source>If you attempt an in-place upgrade to Windows Server 2003 of a Windows 2000 installation with Exchange Server 2000 on it, the upgrade will abort with a warning.</source>
        <translation>Si intenta hacer una actualización local a Windows Server 2003 de una instalación de Windows 2000 que tiene Exchange Server 2000, la actualización se cancelará con una advertencia.</translation>
    </message>
    <message>
        <source>Windows Server 2003, after uninstalling BackOffice Server 4.0</source>
        <translation>Windows Server 2003, después de desinstalar BackOffice Server 4.0</translation>
    </message>
    <message>
        <source>This path is for a server on which you have used BackOffice Server 4.0 Setup to install a server application.</source>
        <translation>Esta ruta es para un servidor en el que ha usado el programa de instalación de BackOffice Server 4.0 para instalar una aplicación de servidor.</translation>
    </message>
    <message>
        <source>This path upgrades the operating system only. To upgrade the server applications to versions supported by Windows Server 2003, the document says to upgrade to BackOffice Server 4.5 first.</source>
        <translation>Esta ruta solo actualiza el sistema operativo. Para actualizar las aplicaciones de servidor a versiones compatibles con Windows Server 2003, el documento indica que primero se actualice a BackOffice Server 4.5.</translation>
    </message>
    <message>
        <source>Windows Server Essentials (an earlier installation)</source>
        <translation>Windows Server Essentials (una instalación anterior)</translation>
    </message>
    <message>
        <source>Windows Server 2012</source>
        <translation>Windows Server 2012</translation>
    </message>
    <message>
        <source>Turn off disk utilities, such as real-time antivirus monitoring software or backup software that uses open file agents</source>
        <translation>Desactive las herramientas de disco, como el software de supervisión de virus en tiempo real o el software de copia de seguridad con agentes de archivos abiertos</translation>
    </message>
    <message>
        <source>It is recommended that you tell users that they will have to log off and will lose their Internet connection</source>
        <translation>Se recomienda notificar a los usuarios que tendrán que cerrar la sesión y que perderán la conexión a Internet</translation>
    </message>
    <message>
        <source>It is recommended that you make sure that the server is not connected to the Internet before you install the upgrade</source>
        <translation>Se recomienda asegurarse de que el servidor no está conectado a Internet antes de instalar la actualización</translation>
    </message>
    <message>
        <source>Unless your Internet connection device provides a firewall service for your local network, it is recommended that you disconnect your Internet connection device from the Internet.</source>
        <translation>A menos que el dispositivo de conexión a Internet proporcione un servicio de firewall para la red local, se recomienda desconectar de Internet el dispositivo de conexión a Internet.</translation>
    </message>
    <message>
        <source>It is recommended that you make sure that the server is not connected before you install the upgrade.</source>
        <translation>Se recomienda asegurarse de que el servidor no está conectado antes de instalar la actualización.</translation>
    </message>
    <message>
        <source>Windows Small Business Server 2003: see “Backing Up and Restoring Windows Small Business Server 2003” (https://msdn.microsoft.com/library/cc875809.aspx).</source>
        <translation>Windows Small Business Server 2003: consulte “Backing Up and Restoring Windows Small Business Server 2003” (https://msdn.microsoft.com/library/cc875809.aspx).</translation>
    </message>
    <message>
        <source>Windows Small Business Server 2008: see “Backing Up and Restoring Data on Windows Small Business Server 2008” (https://technet.microsoft.com/library/cc527505(WS.10).aspx).</source>
        <translation>Windows Small Business Server 2008: consulte “Backing Up and Restoring Data on Windows Small Business Server 2008” (https://technet.microsoft.com/library/cc527505(WS.10).aspx).</translation>
    </message>
    <message>
        <source>Windows Server 2008 Foundation: see “Backup and Recovery” (https://technet.microsoft.com/library/cc754097(WS.10).aspx).</source>
        <translation>Windows Server 2008 Foundation: consulte “Backup and Recovery” (https://technet.microsoft.com/library/cc754097(WS.10).aspx).</translation>
    </message>
    <message>
        <source>Windows Small Business Server 2011 Essentials: see “Learn more about setting up server backup” (https://technet.microsoft.com/library/server-backup-support-1.aspx).</source>
        <translation>Windows Small Business Server 2011 Essentials: consulte “Learn more about setting up server backup” (https://technet.microsoft.com/library/server-backup-support-1.aspx).</translation>
    </message>
    <message>
        <source>Windows Small Business Server 2011 Standard: see “Managing Server Backup” (https://technet.microsoft.com/library/cc527488.aspx).</source>
        <translation>Windows Small Business Server 2011 Standard: consulte “Managing Server Backup” (https://technet.microsoft.com/library/cc527488.aspx).</translation>
    </message>
    <message>
        <source>Windows Server Essentials: see “Manage Backup and Restore in Windows Server Essentials” (https://technet.microsoft.com/library/jj713536.aspx).</source>
        <translation>Windows Server Essentials: consulte “Manage Backup and Restore in Windows Server Essentials” (https://technet.microsoft.com/library/jj713536.aspx).</translation>
    </message>
    <message>
        <source>Run Windows Small Business Server 2003 Setup, following Chapter 3C, “Upgrade Small Business Server 2000,” of Getting Started.</source>
        <translation>Ejecute el programa de instalación de Windows Small Business Server 2003, siguiendo el capítulo 3C, “Upgrade Small Business Server 2000”, de Getting Started.</translation>
    </message>
    <message>
        <source>Before Upgrading Small Business Server 2000 (Microsoft): the order of its numbered steps</source>
        <translation>“Before Upgrading Small Business Server 2000” (Microsoft, en inglés): el orden de sus pasos numerados</translation>
    </message>
    <message>
        <source>Windows Small Business Server 2003 Upgrade Best Practices (Microsoft): the order of its sections (data, operating system, hardware, network) and of the tasks in each</source>
        <translation>Prácticas recomendadas de actualización de Windows Small Business Server 2003 (Microsoft): el orden de sus secciones (preparación de los datos, del sistema operativo, del hardware y de la red) y de las tareas de cada una</translation>
    </message>
    <message>
        <source>“How to migrate to Exchange Server 2003” (Serdar Yegulalp): first back up, second the Exchange 2003 upgrade, finally Windows Server 2003; the features that need it wait until it is set up</source>
        <translation>“How to migrate to Exchange Server 2003” (Serdar Yegulalp, en inglés): primero la copia de seguridad, después la actualización a Exchange 2003 y por último Windows Server 2003; las características que lo necesitan esperan hasta que esté instalado</translation>
    </message>
    <message>
        <source>“Step 1: Prepare your Source Server for Windows Server Essentials migration” (Microsoft): the order of its numbered steps and sections</source>
        <translation>“Step 1: Prepare your Source Server for Windows Server Essentials migration” (Microsoft, en inglés): el orden de sus pasos numerados y de sus secciones</translation>
    </message>
    <message>
        <source>Day of the upgrade</source>
        <translation>Día de la actualización</translation>
    </message>
    <message>
        <source>Order of the upgrade</source>
        <translation>Orden de la actualización</translation>
    </message>
    <message>
        <source>Order of the preparation</source>
        <translation>Orden de la preparación</translation>
    </message>
    <message>
        <source>Do the other tasks of the checklist first. Then, on the last days before the upgrade, do these tasks in this order, as the document gives it:</source>
        <translation>Realice primero las demás tareas de la lista. Después, en los últimos días antes de empezar la actualización, realice estas tareas en este orden, que es el del documento:</translation>
    </message>
    <message>
        <source>The upgrade has stages; do these tasks in this order, as the document gives it:</source>
        <translation>La actualización tiene varias fases; realice estas tareas en este orden, que es el del documento:</translation>
    </message>
    <message>
        <source>Do these tasks in this order, as the document gives it:</source>
        <translation>Realice estas tareas en este orden, que es el del documento:</translation>
    </message>
    <message>
        <source>Plan for the server applications: uninstalling BackOffice Server 4.0 does not upgrade them</source>
        <translation>Planee las aplicaciones de servidor: desinstalar BackOffice Server 4.0 no las actualiza</translation>
    </message>
    <message>
        <source>Uninstalling BackOffice Server 4.0 removes all files specific to BackOffice Server 4.0, but not the server applications that you installed: they stay in the versions of BackOffice Server 4.0.</source>
        <translation>Al desinstalar BackOffice Server 4.0 se quitan todos los archivos específicos de BackOffice Server 4.0, pero no las aplicaciones de servidor que instaló: estas siguen en las versiones de BackOffice Server 4.0.</translation>
    </message>
    <message>
        <source>To upgrade the server applications to versions supported by Windows Server 2003, the document says to first upgrade to BackOffice Server 4.5, and then upgrade to Windows Server 2003.</source>
        <translation>Para actualizar las aplicaciones de servidor a versiones compatibles con Windows Server 2003, el documento indica que primero se actualice a BackOffice Server 4.5 y, a continuación, a Windows Server 2003.</translation>
    </message>
    <message>
        <source>Before you restart Windows Server 2003 Setup, list the server applications on this server and decide for each one how it will get a version that Windows Server 2003 supports.</source>
        <translation>Antes de volver a iniciar el programa de instalación de Windows Server 2003, haga una lista de las aplicaciones de servidor de este servidor y decida para cada una cómo obtendrá una versión compatible con Windows Server 2003.</translation>
    </message>
</context>
<context>
    <name>CatalogListing</name>
    <message>
        <source>  Steps:
</source>
        <translation>  Pasos:
</translation>
    </message>
    <message>
        <source>  Notes:
</source>
        <translation>  Notas:
</translation>
    </message>
</context>
<context>
    <name>ChosenFigures</name>
    <message>
        <source>%1 must be a whole number from %2 to %3, not “%4”</source>
        <translation>%1 debe ser un número entero de %2 a %3, no “%4”</translation>
    </message>
    <message>
        <source>Age of the BIOS from which the check warns</source>
        <translation>Antigüedad del BIOS a partir de la cual la comprobación avisa</translation>
    </message>
    <message>
        <source>Files the backup check picks at random</source>
        <translation>Archivos que la comprobación de la copia de seguridad selecciona al azar</translation>
    </message>
    <message>
        <source>How long the Internet check waits for an answer</source>
        <translation>Tiempo que la comprobación de Internet espera una respuesta</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n año</numerusform>
            <numerusform>%n años</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ms</source>
        <comment>milliseconds</comment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source> years</source>
        <comment>after a number of years in a field</comment>
        <translation> años</translation>
    </message>
    <message>
        <source> files</source>
        <comment>after a number of files in a field</comment>
        <translation> archivos</translation>
    </message>
    <message>
        <source> ms</source>
        <comment>after a number of milliseconds in a field</comment>
        <translation> ms</translation>
    </message>
    <message>
        <source>%1: %2, as you set it. No document gives a figure; this program&apos;s choice is %3.</source>
        <translation>%1: %2, como usted lo indicó. Ningún documento da una cifra; la elección de este programa es %3.</translation>
    </message>
    <message>
        <source>%1: %2. No document gives a figure: this is this program&apos;s choice, and you can change it.</source>
        <translation>%1: %2. Ningún documento da una cifra: es la elección de este programa, y usted puede cambiarla.</translation>
    </message>
    <message>
        <source>The value “%1” kept for it is not one the program accepts, so it is not used.</source>
        <translation>El valor “%1” guardado para ella no es uno que el programa acepte, así que no se usa.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 necesita un valor</translation>
    </message>
    <message>
        <source>unknown option %1; see --help</source>
        <translation>opción desconocida %1; consulte --help</translation>
    </message>
    <message>
        <source>unknown language %1; use one of: %2</source>
        <translation>idioma desconocido %1; use uno de estos: %2</translation>
    </message>
    <message>
        <source>unknown upgrade path %1; valid paths: %2</source>
        <translation>ruta de actualización desconocida %1; rutas válidas: %2</translation>
    </message>
    <message>
        <source>--list-tasks needs --path ID; valid paths: %1</source>
        <translation>--list-tasks necesita --path ID; rutas válidas: %1</translation>
    </message>
    <message>
        <source>--check needs --path ID or --session FILE</source>
        <translation>--check necesita --path ID o --session ARCHIVO</translation>
    </message>
    <message>
        <source>unknown format %1; use one of: %2</source>
        <translation>formato desconocido %1; use uno de estos: %2</translation>
    </message>
    <message>
        <source>--ntp-server needs HOST or HOST:PORT, not %1</source>
        <translation>--ntp-server necesita HOST o HOST:PUERTO, no %1</translation>
    </message>
    <message>
        <source>--internet-host needs HOST or HOST:PORT, not %1</source>
        <translation>--internet-host necesita HOST o HOST:PUERTO, no %1</translation>
    </message>
    <message>
        <source>
On a closed network, or in tests:
  --ntp-server HOST[:PORT]     time server for the clock check (default pool.ntp.org)
  --internet-host HOST[:PORT]  a server that answers when the Internet is reachable
                               (default www.microsoft.com:443)
A PDF report needs --output FILE.
</source>
        <translation>
En una red cerrada, o en pruebas:
  --ntp-server HOST[:PUERTO]     servidor horario para la comprobación del reloj
                                 (valor predeterminado: pool.ntp.org)
  --internet-host HOST[:PUERTO]  un servidor que responde cuando hay acceso a Internet
                                 (valor predeterminado: www.microsoft.com:443)
Un informe PDF necesita --output ARCHIVO.
</translation>
    </message>
    <message>
        <source>--output %1 would replace an input of the check; choose another file</source>
        <translation>--output %1 reemplazaría un archivo de entrada de la comprobación; elija otro archivo</translation>
    </message>
    <message>
        <source>%1 is not text in this system&apos;s encoding (UTF-8); rename the file or use another name</source>
        <translation>%1 no es texto en la codificación de este sistema (UTF-8); cambie el nombre del archivo o use otro nombre</translation>
    </message>
    <message>
        <source>--max-age needs a number of days from 1 to %1, not %2</source>
        <translation>--max-age necesita un número de días de 1 a %1, no %2</translation>
    </message>
    <message>
        <source>--compare needs two files: the older report or snapshot, then the newer</source>
        <translation>--compare necesita dos archivos: el informe o la instantánea más antiguos y, después, los más recientes</translation>
    </message>
    <message>
        <source>choose only one of --list-paths, --list-tasks, --check, --compare, --verify, --version and --help</source>
        <translation>elija solo una de las opciones --list-paths, --list-tasks, --check, --compare, --verify, --version y --help</translation>
    </message>
    <message>
        <source>at most %1 --facts options; put the snapshots in a folder and give --facts FOLDER</source>
        <translation>como máximo %1 opciones --facts; ponga las instantáneas en una carpeta e indique --facts CARPETA</translation>
    </message>
    <message>
        <source>--source-time-server needs HOST or HOST:PORT, not %1</source>
        <translation>--source-time-server necesita HOST o HOST:PUERTO, no %1</translation>
    </message>
    <message>
        <source>--destination-time-server needs HOST or HOST:PORT, not %1</source>
        <translation>--destination-time-server necesita HOST o HOST:PUERTO, no %1</translation>
    </message>
    <message>
        <source>the wizard opens one snapshot; several --facts need --check</source>
        <translation>el asistente abre una sola instantánea; varias --facts necesitan --check</translation>
    </message>
    <message>
        <source>--session belongs to one server; leave it out when --facts names several</source>
        <translation>--session corresponde a un solo servidor; omítalo cuando --facts indique varios</translation>
    </message>
    <message>
        <source>
  --verify REPORT.json   recompute the fingerprint of a JSON report: exit status 0
                         unchanged, 1 changed since it was made, 3 unreadable

The clock check (Windows Server Essentials) compares the Source and the Destination Server:
  --source-time-server HOST[:PORT]       ask the Source Server&apos;s own time service (SNTP,
                                         UDP 123); this computer is then the Destination
  --destination-time-server HOST[:PORT]  ask the Destination Server&apos;s own time service
  --destination-facts FILE               the Destination&apos;s snapshot (prepprobe --time-server)
</source>
        <translation>
  --verify INFORME.json  recalcula la huella de un informe JSON: estado de salida 0
                         sin cambios, 1 modificado después de generarse, 3 ilegible

La comprobación del reloj (Windows Server Essentials) compara el servidor de origen y el de destino:
  --source-time-server HOST[:PUERTO]       consulta el servicio de hora del propio servidor de
                                           origen (SNTP, UDP 123); este equipo es entonces el destino
  --destination-time-server HOST[:PUERTO]  consulta el servicio de hora del servidor de destino
  --destination-facts ARCHIVO              la instantánea del destino (prepprobe --time-server)
</translation>
    </message>
    <message>
        <source>--figure needs KEY=VALUE with KEY one of %1, not %2</source>
        <translation>--figure necesita CLAVE=VALOR, con CLAVE una de %1, no %2</translation>
    </message>
    <message>
        <source>--figure %1: %2</source>
        <translation>--figure %1: %2</translation>
    </message>
    <message>
        <source>
Figures no document gives, which this program chose (the wizard and --check):
  --figure KEY=VALUE     use VALUE instead; KEY, this program&apos;s value, what is accepted:
</source>
        <translation>
Cifras que ningún documento da y que eligió este programa (el asistente y --check):
  --figure CLAVE=VALOR   usar VALOR en su lugar; CLAVE, el valor de este programa, lo que se acepta:
</translation>
    </message>
    <message>
        <source>Usage: prepwizard [options]
Prepares a server for an upgrade or migration, step by step.

Without options the wizard opens.
  --lang en|es           language of the wizard and of every report
  --path ID              upgrade path (see --list-paths)
  --list-paths           print the upgrade paths
  --list-tasks --path ID print the tasks of a path
  --check --path ID      check this computer and print a report, without a window
  --session FILE         the progress file: the wizard keeps the checklist in it, --check reads it
  --facts FILE           a snapshot taken by prepprobe, checked instead of this computer
                         (--check: several --facts, or a folder, give one report for all)
  --compare OLD NEW      what changed between two JSON reports or snapshots (snapshots
                         are checked on --path ID); exit status 0 nothing, 1 something
  --format FORMAT        text or json (lists); text, json, markdown, html or pdf (--check)
  --output FILE          write the report to FILE instead of standard output
  --max-age DAYS         results older than this must be checked again (default 14)
  --verbose              print on standard error which check ran, how long it took and
                         how it ended, and each file read and written
  --version              print the version
  --help                 print this help

Exit status of --check: 0 ready, 1 warnings or tasks still to do, 2 problems that must be
fixed, 3 could not run.
</source>
        <translation>Uso: prepwizard [opciones]
Prepara un servidor para una actualización o una migración, paso a paso.

Sin opciones se abre el asistente.
  --lang en|es           idioma del asistente y de todos los informes
  --path ID              ruta de actualización (consulte --list-paths)
  --list-paths           muestra las rutas de actualización
  --list-tasks --path ID muestra las tareas de una ruta
  --check --path ID      comprueba este equipo y muestra un informe, sin ventana
  --session ARCHIVO      el archivo de progreso: el asistente guarda en él la lista, --check lo lee
  --facts ARCHIVO        una instantánea tomada con prepprobe, que se comprueba en lugar de este equipo
                         (--check: varias --facts, o una carpeta, dan un solo informe de todos)
  --compare ANTES AHORA  qué cambió entre dos informes JSON o instantáneas (las instantáneas
                         se comprueban con --path ID); estado de salida 0 nada, 1 algo
  --format FORMATO       text o json (listas); text, json, markdown, html o pdf (--check)
  --output ARCHIVO       escribe el informe en ARCHIVO en lugar de la salida estándar
  --max-age DÍAS         los resultados más antiguos deben comprobarse de nuevo (14 por omisión)
  --verbose              muestra en la salida de errores qué comprobación se ejecutó, cuánto
                         tardó y cómo terminó, y cada archivo leído y escrito
  --version              muestra la versión
  --help                 muestra esta ayuda

Estado de salida de --check: 0 listo, 1 advertencias o tareas pendientes, 2 problemas que se
deben corregir, 3 no se pudo ejecutar.
</translation>
    </message>
</context>
<context>
    <name>CompareCommand</name>
    <message>
        <source>cannot compare %1: there is no such file</source>
        <translation>no se puede comparar %1: no existe ese archivo</translation>
    </message>
    <message>
        <source>cannot compare %1: it is not an ordinary file</source>
        <translation>no se puede comparar %1: no es un archivo normal</translation>
    </message>
    <message>
        <source>cannot compare %1: %2</source>
        <translation>no se puede comparar %1: %2</translation>
    </message>
    <message>
        <source>cannot compare %1: it is too large to be a report or a snapshot</source>
        <translation>no se puede comparar %1: es demasiado grande para ser un informe o una instantánea</translation>
    </message>
    <message>
        <source>cannot compare %1: it is neither a Prep Wizard report in JSON nor a server snapshot (%2)</source>
        <translation>no se puede comparar %1: no es un informe de Prep Wizard en JSON ni una instantánea de servidor (%2)</translation>
    </message>
    <message>
        <source>comparing snapshots needs --path ID, the upgrade path to check them on</source>
        <translation>para comparar instantáneas hace falta --path ID, la ruta de actualización con la que se comprueban</translation>
    </message>
</context>
<context>
    <name>FindingChange</name>
    <message>
        <source>New</source>
        <comment>a problem the earlier check did not find</comment>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Corregido</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Peor</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Mejor</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambiado</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nuevo</numerusform>
            <numerusform>%n nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fixed</source>
        <translation>
            <numerusform>%n corregido</numerusform>
            <numerusform>%n corregidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worse</source>
        <translation>
            <numerusform>%n peor</numerusform>
            <numerusform>%n peores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n better</source>
        <translation>
            <numerusform>%n mejor</numerusform>
            <numerusform>%n mejores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed otherwise</source>
        <translation>
            <numerusform>%n con otro cambio</numerusform>
            <numerusform>%n con otros cambios</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FleetReport</name>
    <message>
        <source>Preparation report for several servers</source>
        <translation>Informe de preparación de varios servidores</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n servidor</numerusform>
            <numerusform>%n servidores</numerusform>
        </translation>
    </message>
    <message>
        <source>(unknown)</source>
        <comment>host of a snapshot that could not be read</comment>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>No se pudo leer</translation>
    </message>
    <message>
        <source>this computer, now</source>
        <translation>este equipo, ahora</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Recuentos</translation>
    </message>
    <message>
        <source>Snapshot taken</source>
        <translation>Instantánea tomada</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>host · task title</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The snapshot %1 could not be read: %2</source>
        <translation>No se pudo leer la instantánea %1: %2</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>Servidor %1</translation>
    </message>
    <message>
        <source>Snapshot %1</source>
        <translation>Instantánea %1</translation>
    </message>
    <message>
        <source>%1 read, %2 could not be read; exit status %3</source>
        <translation>%1 leídas, %2 no se pudieron leer; estado de salida %3</translation>
    </message>
</context>
<context>
    <name>Freshness</name>
    <message>
        <source>checked just now</source>
        <translation>comprobado hace un momento</translation>
    </message>
    <message numerus="yes">
        <source>checked %n minute(s) ago</source>
        <translation>
            <numerusform>comprobado hace %n minuto</numerusform>
            <numerusform>comprobado hace %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>checked %n hour(s) ago</source>
        <translation>
            <numerusform>comprobado hace %n hora</numerusform>
            <numerusform>comprobado hace %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>checked %n day(s) ago</source>
        <translation>
            <numerusform>comprobado hace %n día</numerusform>
            <numerusform>comprobado hace %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeadlessCheck</name>
    <message>
        <source>cannot read the session file %1: %2</source>
        <translation>no se puede leer el archivo de sesión %1: %2</translation>
    </message>
    <message>
        <source>a PDF report needs --output FILE</source>
        <translation>un informe PDF necesita --output ARCHIVO</translation>
    </message>
    <message>
        <source>the session file %1 names no upgrade path; add --path ID</source>
        <translation>el archivo de sesión %1 no indica ninguna ruta de actualización; agregue --path ID</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>cannot write the report to standard output: %1</source>
        <translation>no se puede escribir el informe en la salida estándar: %1</translation>
    </message>
    <message>
        <source>cannot list the folder %1</source>
        <translation>no se puede listar la carpeta %1</translation>
    </message>
    <message>
        <source>%1 holds more than %2 snapshots; split them into several folders</source>
        <translation>%1 contiene más de %2 instantáneas; repártalas en varias carpetas</translation>
    </message>
    <message>
        <source>more than %1 snapshots in one report</source>
        <translation>más de %1 instantáneas en un mismo informe</translation>
    </message>
    <message>
        <source>it is a symbolic link, which is not followed in a folder</source>
        <translation>es un enlace simbólico, y en una carpeta no se siguen</translation>
    </message>
    <message numerus="yes">
        <source>none of the %n snapshot(s) could be read</source>
        <translation>
            <numerusform>no se pudo leer ninguna instantánea (%n)</numerusform>
            <numerusform>no se pudo leer ninguna de las %n instantáneas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InternetInfoFields</name>
    <message>
        <source>Not answered</source>
        <translation>Sin responder</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Nombre del servidor</translation>
    </message>
    <message>
        <source>DNS domain of the network</source>
        <translation>Dominio DNS de la red</translation>
    </message>
    <message>
        <source>Network adapters (name, MAC address, addresses)</source>
        <translation>Adaptadores de red (nombre, dirección MAC, direcciones)</translation>
    </message>
    <message>
        <source>Adapter for the local (internal) network</source>
        <translation>Adaptador de la red local (interna)</translation>
    </message>
    <message>
        <source>DNS servers</source>
        <translation>Servidores DNS</translation>
    </message>
    <message>
        <source>Internet connection type</source>
        <translation>Tipo de conexión a Internet</translation>
    </message>
    <message>
        <source>Broadband (DSL, cable modem, dedicated line)</source>
        <translation>Banda ancha (DSL, módem de cable, línea dedicada)</translation>
    </message>
    <message>
        <source>Dial-up (modem)</source>
        <translation>Acceso telefónico (módem)</translation>
    </message>
    <message>
        <source>Is there a router or firewall device between the ISP and the network?</source>
        <translation>¿Hay un enrutador o un dispositivo firewall entre el ISP y la red?</translation>
    </message>
    <message>
        <source>Does the Internet device provide a firewall for the local network?</source>
        <translation>¿Proporciona el dispositivo de conexión a Internet un firewall para la red local?</translation>
    </message>
    <message>
        <source>Internet service provider (name, support telephone)</source>
        <translation>Proveedor de servicios de Internet, ISP (nombre, teléfono de soporte técnico)</translation>
    </message>
    <message>
        <source>ISP user name for authentication, for example PPPoE (keep the password elsewhere)</source>
        <translation>Nombre de usuario del ISP para la autenticación, por ejemplo PPPoE (guarde la contraseña en otro lugar)</translation>
    </message>
    <message>
        <source>Internet e-mail domain name</source>
        <translation>Nombre de dominio de correo electrónico de Internet</translation>
    </message>
    <message>
        <source>POP3 mailboxes to download (Microsoft Connector for POP3 Mailboxes)</source>
        <translation>Buzones POP3 que se deben descargar (Conector de Microsoft para buzones POP3)</translation>
    </message>
    <message>
        <source>These fields are taken from public descriptions of the Internet connection and e-mail settings of Windows Small Business Server. They have not been verified against the official form “Required Information for Connecting to the Internet” (Appendix A of Getting Started).</source>
        <translation>Estos campos proceden de descripciones públicas de la configuración de la conexión a Internet y del correo electrónico de Windows Small Business Server. No se han comprobado con el formulario oficial “Required Information for Connecting to the Internet” (apéndice A de Getting Started).</translation>
    </message>
    <message>
        <source>Default gateway: the local address of the router through which the server reaches the Internet</source>
        <translation>Puerta de enlace predeterminada: la dirección local del enrutador a través del cual el servidor llega a Internet</translation>
    </message>
    <message>
        <source>Does the ISP bind the connection to a MAC address? (It then works only with the network adapter whose hardware address the ISP registered.)</source>
        <translation>¿Vincula el ISP la conexión a una dirección MAC? (En ese caso solo funciona con el adaptador de red cuya dirección física registró el ISP.)</translation>
    </message>
    <message>
        <source>ISP SMTP smart host (name or IP address): the ISP&apos;s server that passes your outgoing e-mail on to the Internet</source>
        <translation>Host inteligente SMTP del ISP (nombre o dirección IP): el servidor del ISP que reenvía a Internet su correo electrónico saliente</translation>
    </message>
    <message>
        <source>ISP mail server that holds incoming mail, and its signal (ETRN, or TURN after authentication): the command your server sends to collect the held mail</source>
        <translation>Servidor de correo del ISP que retiene el correo entrante, y su señal (ETRN, o TURN después de la autenticación): el comando que envía su servidor para recoger el correo retenido</translation>
    </message>
</context>
<context>
    <name>NoticeCountdown</name>
    <message numerus="yes">
        <source>You must log off from the domain in approximately %n minute(s). At that point, the Internet will also be unavailable.</source>
        <translation>
            <numerusform>Debe cerrar la sesión del dominio en aproximadamente %n minuto. En ese momento, Internet tampoco estará disponible.</numerusform>
            <numerusform>Debe cerrar la sesión del dominio en aproximadamente %n minutos. En ese momento, Internet tampoco estará disponible.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PathMatch</name>
    <message>
        <source>%1, with Exchange %2</source>
        <translation>%1, con Exchange %2</translation>
    </message>
    <message>
        <source>The snapshot of %1 shows %2: this path starts from that server.</source>
        <translation>La instantánea de %1 muestra %2: esta ruta parte de ese servidor.</translation>
    </message>
    <message>
        <source>The snapshot of %1 shows %2, but this path starts from %3. Choose the path that starts from that server, or open the snapshot of the right server.</source>
        <translation>La instantánea de %1 muestra %2, pero esta ruta parte de %3. Elija la ruta que parte de ese servidor o abra la instantánea del servidor correcto.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>No path in this wizard starts from that server.</source>
        <translation>Ninguna ruta de este asistente parte de ese servidor.</translation>
    </message>
    <message>
        <source>The paths that start from it: %1.</source>
        <translation>Las rutas que parten de él: %1.</translation>
    </message>
</context>
<context>
    <name>Probes</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a server snapshot: %2</source>
        <translation>%1 no es una instantánea de un servidor: %2</translation>
    </message>
    <message>
        <source>What could not be read: %1</source>
        <translation>No se pudo leer: %1</translation>
    </message>
    <message>
        <source>at least %1 free</source>
        <translation>al menos %1 libres</translation>
    </message>
    <message>
        <source>The wizard could not find the system volume among the volumes of this computer.</source>
        <translation>El asistente no encontró el volumen del sistema entre los volúmenes de este equipo.</translation>
    </message>
    <message>
        <source>The free space on %1 could not be measured.</source>
        <translation>No se pudo medir el espacio libre de %1.</translation>
    </message>
    <message>
        <source>%1 free on %2 (the system volume), %3 needed.</source>
        <translation>%1 libres en %2 (el volumen del sistema); se necesitan %3.</translation>
    </message>
    <message>
        <source>%1 free on %2 (the volume of the folder for Setup&apos;s files, %3), %4 needed.</source>
        <translation>%1 libres en %2 (el volumen de la carpeta para los archivos del programa de instalación, %3); se necesitan %4.</translation>
    </message>
    <message>
        <source>No folder for Setup&apos;s files has been chosen, so only the system volume was checked.</source>
        <translation>No se ha elegido ninguna carpeta para los archivos del programa de instalación, por lo que solo se ha comprobado el volumen del sistema.</translation>
    </message>
    <message>
        <source>The folder for Setup&apos;s files, %1, is on none of the volumes the wizard knows.</source>
        <translation>La carpeta para los archivos del programa de instalación, %1, no está en ninguno de los volúmenes que conoce el asistente.</translation>
    </message>
    <message>
        <source>The folder for Setup&apos;s files, %1, is on the system volume.</source>
        <translation>La carpeta para los archivos del programa de instalación, %1, está en el volumen del sistema.</translation>
    </message>
    <message>
        <source>Free space before Setup runs: run Disk Cleanup, or move files to another disk.</source>
        <translation>Libere espacio antes de ejecutar el programa de instalación: ejecute el Liberador de espacio en disco o mueva archivos a otro disco.</translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation>%1 libres</translation>
    </message>
    <message numerus="yes">
        <source>at most %n year(s) old</source>
        <translation>
            <numerusform>como máximo %n año de antigüedad</numerusform>
            <numerusform>como máximo %n años de antigüedad</numerusform>
        </translation>
    </message>
    <message>
        <source>The wizard could not read the BIOS vendor, version and date.</source>
        <translation>El asistente no pudo leer el fabricante, la versión ni la fecha del BIOS.</translation>
    </message>
    <message>
        <source>BIOS: %1, version %2, dated “%3” (a date the wizard cannot read, so it cannot tell the BIOS&apos;s age).</source>
        <translation>BIOS: %1, versión %2, con fecha “%3” (una fecha que el asistente no puede interpretar, por lo que no puede determinar la antigüedad del BIOS).</translation>
    </message>
    <message>
        <source>dated %1</source>
        <translation>con fecha %1</translation>
    </message>
    <message numerus="yes">
        <source>BIOS: %1, version %2, dated %3: more than %n year(s) old. Ask the manufacturer for a newer BIOS, and install it before the upgrade.</source>
        <translation>
            <numerusform>BIOS: %1, versión %2, con fecha %3: tiene más de %n año de antigüedad. Solicite al fabricante un BIOS más reciente e instálelo antes de la actualización.</numerusform>
            <numerusform>BIOS: %1, versión %2, con fecha %3: tiene más de %n años de antigüedad. Solicite al fabricante un BIOS más reciente e instálelo antes de la actualización.</numerusform>
        </translation>
    </message>
    <message>
        <source>BIOS: %1, version %2, dated %3.</source>
        <translation>BIOS: %1, versión %2, con fecha %3.</translation>
    </message>
    <message>
        <source>Only the manufacturer can say whether this is the latest BIOS, and whether the device drivers are current: check with them, then mark the task done.</source>
        <translation>Solo el fabricante puede indicar si este es el BIOS más reciente y si los controladores de dispositivo están actualizados: consúltelo y, a continuación, marque la tarea como realizada.</translation>
    </message>
    <message>
        <source>no connection to the Internet host</source>
        <translation>sin conexión con el host de Internet</translation>
    </message>
    <message>
        <source>connected in %1 ms</source>
        <translation>conectado en %1 ms</translation>
    </message>
    <message>
        <source>This computer connected to %1 on port %2 in %3 ms: it is connected to the Internet.</source>
        <translation>Este equipo se conectó a %1 en el puerto %2 en %3 ms: está conectado a Internet.</translation>
    </message>
    <message>
        <source>It is recommended that you disconnect from the Internet before Setup runs (on Small Business Server 2000, unless the Internet device provides a firewall for your network), but keep the device connected to the server.</source>
        <translation>Se recomienda desconectarse de Internet antes de ejecutar el programa de instalación (en Small Business Server 2000, a menos que el dispositivo de conexión a Internet proporcione un firewall para la red), pero mantenga el dispositivo conectado al servidor.</translation>
    </message>
    <message>
        <source>The check was cancelled before it finished.</source>
        <translation>La comprobación se canceló antes de terminar.</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>no conectado</translation>
    </message>
    <message>
        <source>The connection to %1 on port %2 was refused, by that host or by a firewall on the way.</source>
        <translation>Ese host, o un firewall intermedio, rechazó la conexión con %1 en el puerto %2.</translation>
    </message>
    <message>
        <source>%1 did not answer on port %2 within %3 ms.</source>
        <translation>%1 no respondió en el puerto %2 en un plazo de %3 ms.</translation>
    </message>
    <message>
        <source>The name %1 could not be resolved, so this computer cannot reach it.</source>
        <translation>No se pudo resolver el nombre %1, por lo que este equipo no puede comunicarse con él.</translation>
    </message>
    <message>
        <source>This computer could not connect to %1 on port %2: %3</source>
        <translation>Este equipo no pudo conectarse a %1 en el puerto %2: %3</translation>
    </message>
    <message>
        <source>This computer does not reach the Internet. Check that the Internet device is still connected to the server, then mark the task done.</source>
        <translation>Este equipo no tiene acceso a Internet. Compruebe que el dispositivo de conexión a Internet sigue conectado al servidor y, a continuación, marque la tarea como realizada.</translation>
    </message>
    <message>
        <source>This checklist is about a snapshot of %1. Whether that server reaches the Internet can only be tested on it; this computer was not tested in its place.</source>
        <translation>Esta lista de comprobación se refiere a una instantánea de %1. Solo en ese servidor se puede probar si tiene acceso a Internet; no se ha probado este equipo en su lugar.</translation>
    </message>
    <message>
        <source>%1 (%2), real-time antivirus: %3</source>
        <translation>%1 (%2), antivirus en tiempo real: %3</translation>
    </message>
    <message>
        <source>%1 (%2), backup software: %3</source>
        <translation>%1 (%2), software de copia de seguridad: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) running</source>
        <translation>
            <numerusform>%n producto en ejecución</numerusform>
            <numerusform>%n productos en ejecución</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n antivirus or backup product(s) running on this computer. Turn them off or disable them before Setup runs; do the virus scan first.</source>
        <translation>
            <numerusform>Hay %n producto antivirus o de copia de seguridad en ejecución en este equipo. Desactívelo o deshabilítelo antes de ejecutar el programa de instalación; analice antes en busca de virus.</numerusform>
            <numerusform>Hay %n productos antivirus o de copia de seguridad en ejecución en este equipo. Desactívelos o deshabilítelos antes de ejecutar el programa de instalación; analice antes en busca de virus.</numerusform>
        </translation>
    </message>
    <message>
        <source>The wizard could not list the running programs.</source>
        <translation>El asistente no pudo obtener la lista de los programas en ejecución.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %1 antivirus and backup products the wizard knows is running (%n programs checked).</source>
        <translation>
            <numerusform>No se está ejecutando ninguno de los %1 productos antivirus y de copia de seguridad que conoce el asistente (se ha comprobado %n programa).</numerusform>
            <numerusform>No se está ejecutando ninguno de los %1 productos antivirus y de copia de seguridad que conoce el asistente (se han comprobado %n programas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Other products are not in the list: look for antivirus or backup software among the services and in the notification area, then mark the task done.</source>
        <translation>Hay otros productos que no están en la lista: busque software antivirus o de copia de seguridad entre los servicios y en el área de notificación y, a continuación, marque la tarea como realizada.</translation>
    </message>
    <message>
        <source>No Exchange Server is installed on this server: it hosts no email to migrate.</source>
        <translation>No hay ningún Exchange Server instalado en este servidor: no aloja correo electrónico que haya que migrar.</translation>
    </message>
    <message>
        <source>This server hosts Exchange Server.</source>
        <translation>Este servidor aloja Exchange Server.</translation>
    </message>
    <message>
        <source>This server hosts Exchange Server (version %1).</source>
        <translation>Este servidor aloja Exchange Server (versión %1).</translation>
    </message>
    <message>
        <source>Windows Server Essentials has no email service: plan where the email goes (Office 365, or another Exchange Server) before the migration.</source>
        <translation>Windows Server Essentials no tiene servicio de correo electrónico: planee adónde se trasladará el correo electrónico (Office 365 u otro servidor Exchange) antes de la migración.</translation>
    </message>
    <message>
        <source>The system drive %1 is formatted %2; Exchange Server 2003 needs NTFS.</source>
        <translation>La unidad del sistema %1 está formateada con %2; Exchange Server 2003 necesita NTFS.</translation>
    </message>
    <message>
        <source>%1 (%2): not installed</source>
        <translation>%1 (%2): no instalado</translation>
    </message>
    <message>
        <source>%1 (%2): disabled</source>
        <translation>%1 (%2): deshabilitado</translation>
    </message>
    <message>
        <source>%1 (%2): running</source>
        <translation>%1 (%2): en ejecución</translation>
    </message>
    <message>
        <source>%1 (%2): installed, not running; set it to Automatic and start it</source>
        <translation>%1 (%2): instalado, pero no en ejecución; establezca Tipo de inicio como Automático e inicie el servicio</translation>
    </message>
    <message>
        <source>The .NET Framework is not among the installed programs; Exchange Server 2003 needs it on Windows 2000.</source>
        <translation>.NET Framework no figura entre los programas instalados; Exchange Server 2003 lo necesita en Windows 2000.</translation>
    </message>
    <message>
        <source>%1; Exchange %2</source>
        <translation>%1; Exchange %2</translation>
    </message>
    <message>
        <source>This server runs %1, with Exchange version %2. Compare the service packs with the first step above: the wizard holds no figures to judge them.</source>
        <translation>Este servidor ejecuta %1, con la versión %2 de Exchange. Compare los Service Pack con el primer paso de arriba: el asistente no tiene cifras para evaluarlos.</translation>
    </message>
    <message>
        <source>Exchange Server 2003 Setup stops when a prerequisite is missing: see the list below.</source>
        <translation>El programa de instalación de Exchange Server 2003 se detiene si falta un requisito previo: vea la lista siguiente.</translation>
    </message>
    <message>
        <source>No Exchange Server is installed on this server (%1), so there is no Exchange upgrade to do first here.</source>
        <translation>No hay ningún Exchange Server instalado en este servidor (%1), por lo que aquí no hay que actualizar Exchange primero.</translation>
    </message>
    <message>
        <source>Exchange %1</source>
        <translation>Exchange %1</translation>
    </message>
    <message>
        <source>Exchange 2000 Server (version %1) is installed on %2. Upgrade it to Exchange Server 2003 first; an upgrade of Windows with Exchange 2000 on the server stops with a warning.</source>
        <translation>Exchange 2000 Server (versión %1) está instalado en %2. Actualícelo primero a Exchange Server 2003; una actualización de Windows con Exchange 2000 en el servidor se detiene con una advertencia.</translation>
    </message>
    <message>
        <source>Exchange Server 2003 (version %1) is installed on %2: Exchange is upgraded, and Windows can follow.</source>
        <translation>Exchange Server 2003 (versión %1) está instalado en %2: Exchange ya está actualizado y Windows se puede actualizar a continuación.</translation>
    </message>
    <message>
        <source>Exchange version “%1” is installed on %2; the wizard knows only Exchange 2000 (6.0) and Exchange 2003 (6.5).</source>
        <translation>La versión “%1” de Exchange está instalada en %2; el asistente solo conoce Exchange 2000 (6.0) y Exchange 2003 (6.5).</translation>
    </message>
    <message>
        <source>This computer is a virtual machine.</source>
        <translation>Este equipo es una máquina virtual.</translation>
    </message>
    <message>
        <source>This computer runs in a container.</source>
        <translation>Este equipo se ejecuta en un contenedor.</translation>
    </message>
    <message>
        <source>This computer is a virtual machine (%1).</source>
        <translation>Este equipo es una máquina virtual (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Processor: %1, %n logical processor(s), up to %2 MHz.</source>
        <translation>
            <numerusform>Procesador: %1, %n procesador lógico, hasta %2 MHz.</numerusform>
            <numerusform>Procesador: %1, %n procesadores lógicos, hasta %2 MHz.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Processor: %1, %n logical processor(s); its speed could not be read.</source>
        <translation>
            <numerusform>Procesador: %1, %n procesador lógico; no se pudo leer su velocidad.</numerusform>
            <numerusform>Procesador: %1, %n procesadores lógicos; no se pudo leer su velocidad.</numerusform>
        </translation>
    </message>
    <message>
        <source>The processor is 64-bit.</source>
        <translation>El procesador es de 64 bits.</translation>
    </message>
    <message>
        <source>The processor is not 64-bit.</source>
        <translation>El procesador no es de 64 bits.</translation>
    </message>
    <message>
        <source>Memory: %1.</source>
        <translation>Memoria: %1.</translation>
    </message>
    <message>
        <source>System volume %1: %2, of which %3 free.</source>
        <translation>Volumen del sistema %1: %2, con %3 libres.</translation>
    </message>
    <message>
        <source>%1 MHz, %2 memory</source>
        <translation>%1 MHz, %2 de memoria</translation>
    </message>
    <message>
        <source>This program has no sourced hardware requirements for %1, so it cannot compare. Compare the values above with the hardware requirements in the documentation of %1.</source>
        <translation>Este programa no tiene requisitos de hardware documentados para %1, por lo que no puede compararlos. Compare los valores anteriores con los requisitos de hardware de la documentación de %1.</translation>
    </message>
    <message>
        <source>Processor speed %1 MHz; %2 needs at least %3 MHz for a multi-core processor.</source>
        <translation>Velocidad del procesador: %1 MHz; %2 necesita al menos %3 MHz con un procesador de varios núcleos.</translation>
    </message>
    <message>
        <source>Processor speed %1 MHz; %2 needs at least %3 MHz for a single-core processor.</source>
        <translation>Velocidad del procesador: %1 MHz; %2 necesita al menos %3 MHz con un procesador de un solo núcleo.</translation>
    </message>
    <message>
        <source>%1 needs a 64-bit processor.</source>
        <translation>%1 necesita un procesador de 64 bits.</translation>
    </message>
    <message>
        <source>Memory %1; %2 needs at least %3 as a virtual machine.</source>
        <translation>Memoria: %1; %2 necesita al menos %3 como máquina virtual.</translation>
    </message>
    <message>
        <source>Memory %1; %2 needs at least %3.</source>
        <translation>Memoria: %1; %2 necesita al menos %3.</translation>
    </message>
    <message>
        <source>%1 of memory is recommended for %2.</source>
        <translation>Para %2 se recomiendan %1 de memoria.</translation>
    </message>
    <message>
        <source>System volume %1; %2 needs a system partition of at least %3.</source>
        <translation>Volumen del sistema: %1; %2 necesita una partición del sistema de al menos %3.</translation>
    </message>
    <message>
        <source>%1 free on the system volume; %2 needs at least %3.</source>
        <translation>%1 libres en el volumen del sistema; %2 necesita al menos %3.</translation>
    </message>
    <message>
        <source>The volumes of this computer hold %1 together (the disks may be larger); %2 needs a disk of at least %3.</source>
        <translation>Los volúmenes de este equipo suman %1 en total (los discos pueden ser mayores); %2 necesita un disco de al menos %3.</translation>
    </message>
    <message>
        <source>the minimum for %1</source>
        <translation>el mínimo para %1</translation>
    </message>
    <message>
        <source>%1 is installed on a new computer, the Destination Server: these are the figures of this computer. Run this check on the Destination Server to compare that one.</source>
        <translation>%1 se instala en un equipo nuevo, el servidor de destino: estas son las cifras de este equipo. Ejecute esta comprobación en el servidor de destino para comparar las de ese equipo.</translation>
    </message>
    <message>
        <source>Some values could not be measured, so they were not compared.</source>
        <translation>Algunos valores no se pudieron medir, por lo que no se han comparado.</translation>
    </message>
    <message>
        <source>Adapter %1 (MAC address %2): no address</source>
        <translation>Adaptador %1 (dirección MAC %2): sin dirección</translation>
    </message>
    <message>
        <source>Adapter %1: %2</source>
        <translation>Adaptador %1: %2</translation>
    </message>
    <message>
        <source>Adapter %1 (MAC address %2): %3</source>
        <translation>Adaptador %1 (dirección MAC %2): %3</translation>
    </message>
    <message>
        <source>Default gateway: %1</source>
        <translation>Puerta de enlace predeterminada: %1</translation>
    </message>
    <message>
        <source>DNS servers: %1</source>
        <translation>Servidores DNS: %1</translation>
    </message>
    <message>
        <source>The wizard could not read the network settings; fill in the Internet information form yourself.</source>
        <translation>El asistente no pudo leer la configuración de red; rellene usted mismo el formulario de información para la conexión a Internet.</translation>
    </message>
    <message>
        <source>The wizard filled in the network settings of the Internet information form. Complete the rest of the form (connection type, provider, e-mail), then mark the task done.</source>
        <translation>El asistente ha rellenado la configuración de red en el formulario de información para la conexión a Internet. Complete el resto del formulario (tipo de conexión, proveedor, correo electrónico) y, a continuación, marque la tarea como realizada.</translation>
    </message>
    <message>
        <source>The wizard could not list the services of this computer.</source>
        <translation>El asistente no pudo obtener la lista de los servicios de este equipo.</translation>
    </message>
    <message>
        <source>The wizard cannot tell which services are running.</source>
        <translation>El asistente no puede determinar qué servicios están en ejecución.</translation>
    </message>
    <message numerus="yes">
        <source>%n third-party service(s) start automatically as Local System; if they run, stop them and write down their start types:</source>
        <translation>
            <numerusform>%n servicio de una aplicación que no es de Microsoft se inicia automáticamente con la cuenta Sistema local; si está en ejecución, deténgalo y registre su tipo de inicio:</numerusform>
            <numerusform>%n servicios de aplicaciones que no son de Microsoft se inician automáticamente con la cuenta Sistema local; si están en ejecución, deténgalos y registre su tipo de inicio:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n third-party service(s) start automatically as root; if they run, stop them and write down their start types:</source>
        <translation>
            <numerusform>%n servicio de otro fabricante se inicia automáticamente como root; si está en ejecución, deténgalo y registre su tipo de inicio:</numerusform>
            <numerusform>%n servicios de otros fabricantes se inician automáticamente como root; si están en ejecución, deténgalos y registre su tipo de inicio:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n servicio</numerusform>
            <numerusform>%n servicios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No third-party service runs as Local System now (%n services checked).</source>
        <translation>
            <numerusform>Ahora no se ejecuta con la cuenta Sistema local ningún servicio de aplicaciones que no sean de Microsoft (se ha comprobado %n servicio).</numerusform>
            <numerusform>Ahora no se ejecuta con la cuenta Sistema local ningún servicio de aplicaciones que no sean de Microsoft (se han comprobado %n servicios).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No third-party service runs as root now (%n services checked).</source>
        <translation>
            <numerusform>Ahora no se ejecuta como root ningún servicio de otros fabricantes (se ha comprobado %n servicio).</numerusform>
            <numerusform>Ahora no se ejecuta como root ningún servicio de otros fabricantes (se han comprobado %n servicios).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n third-party service(s) run as Local System. They may lock operating system files that Setup must replace.</source>
        <translation>
            <numerusform>%n servicio de una aplicación que no es de Microsoft se ejecuta con la cuenta Sistema local. Tal vez esté bloqueando archivos del sistema operativo que el programa de instalación debe reemplazar.</numerusform>
            <numerusform>%n servicios de aplicaciones que no son de Microsoft se ejecutan con la cuenta Sistema local. Tal vez estén bloqueando archivos del sistema operativo que el programa de instalación debe reemplazar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n third-party service(s) run as root. They may lock operating system files that Setup must replace.</source>
        <translation>
            <numerusform>%n servicio de otro fabricante se ejecuta como root. Tal vez esté bloqueando archivos del sistema operativo que el programa de instalación debe reemplazar.</numerusform>
            <numerusform>%n servicios de otros fabricantes se ejecutan como root. Tal vez estén bloqueando archivos del sistema operativo que el programa de instalación debe reemplazar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop each one, write down its start type, then set the start type to Disabled. The wizard keeps the start types below for the task of restoring them after the upgrade.</source>
        <translation>Detenga cada uno de ellos, registre su tipo de inicio y, a continuación, establezca Tipo de inicio como Deshabilitado. El asistente conserva los tipos de inicio siguientes para la tarea de restablecerlos después de la actualización.</translation>
    </message>
    <message>
        <source>The Default Domain Controllers Policy (%1) could not be read: %2</source>
        <translation>No se pudo leer la directiva Default Domain Controllers Policy (%1): %2</translation>
    </message>
    <message>
        <source>The Default Domain Controllers Policy was not found at %1. Is this server the domain controller?</source>
        <translation>No se encontró la directiva Default Domain Controllers Policy en %1. ¿Es este servidor el controlador de dominio?</translation>
    </message>
    <message>
        <source>The Default Domain Controllers Policy defines “Log on as a service” (for %1). Clear “Define these policy settings” as the steps say.</source>
        <translation>La directiva Default Domain Controllers Policy define “Iniciar sesión como servicio” (para %1). Desactive “Definir esta configuración de directiva” como indican los pasos.</translation>
    </message>
    <message>
        <source>The Default Domain Controllers Policy does not define “Log on as a service”.</source>
        <translation>La directiva Default Domain Controllers Policy no define “Iniciar sesión como servicio”.</translation>
    </message>
    <message>
        <source>%1 still exists: delete it.</source>
        <translation>%1 todavía existe: elimínelo.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>The DNS domain of this server is not known, so its SYSVOL folder cannot be found.</source>
        <translation>No se conoce el dominio DNS de este servidor, por lo que no se puede encontrar su carpeta SYSVOL.</translation>
    </message>
    <message>
        <source>NTFS</source>
        <translation>NTFS</translation>
    </message>
    <message>
        <source>The wizard could not find the file system of the system volume.</source>
        <translation>El asistente no pudo determinar el sistema de archivos del volumen del sistema.</translation>
    </message>
    <message>
        <source>formatted %1</source>
        <translation>formateada con %1</translation>
    </message>
    <message>
        <source>This computer runs %1, not Windows: its system volume %2 is formatted %3.</source>
        <translation>Este equipo ejecuta %1, no Windows: su volumen del sistema %2 está formateado con %3.</translation>
    </message>
    <message>
        <source>The system drive of the Windows server you upgrade must be formatted NTFS. Check it on that server, or open a snapshot of it.</source>
        <translation>La unidad del sistema del servidor Windows que va a actualizar debe estar formateada con NTFS. Compruébelo en ese servidor o abra una instantánea de él.</translation>
    </message>
    <message>
        <source>The system drive %1 is formatted NTFS.</source>
        <translation>La unidad del sistema %1 está formateada con NTFS.</translation>
    </message>
    <message>
        <source>The system drive %1 is formatted %2, not NTFS. After the backup, convert it to NTFS before the upgrade (at a command prompt: convert %3 /fs:ntfs).</source>
        <translation>La unidad del sistema %1 está formateada con %2, no con NTFS. Después de la copia de seguridad, conviértala a NTFS antes de la actualización (en el símbolo del sistema: convert %3 /fs:ntfs).</translation>
    </message>
    <message>
        <source>The catalog has no figure “%1” for this check, so it cannot decide.</source>
        <translation>El catálogo no tiene la cifra “%1” para esta comprobación, por lo que no puede decidir.</translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>La comprobación falló: %1</translation>
    </message>
    <message>
        <source>The check failed with an unexpected error.</source>
        <translation>La comprobación falló con un error inesperado.</translation>
    </message>
    <message>
        <source>The check did not answer within %1 s; its result, if it comes, is ignored. Use Check again to retry.</source>
        <translation>La comprobación no respondió en %1 s; si llega su resultado, se ignorará. Use Comprobar de nuevo para volver a intentarlo.</translation>
    </message>
    <message>
        <source>%1: start type Automatic</source>
        <translation>%1: tipo de inicio Automático</translation>
    </message>
    <message>
        <source>%1: start type Manual</source>
        <translation>%1: tipo de inicio Manual</translation>
    </message>
    <message>
        <source>%1: start type Disabled</source>
        <translation>%1: tipo de inicio Deshabilitado</translation>
    </message>
    <message>
        <source>%1: start type Boot</source>
        <translation>%1: tipo de inicio Arranque</translation>
    </message>
    <message>
        <source>%1: start type System</source>
        <translation>%1: tipo de inicio Sistema</translation>
    </message>
    <message>
        <source>%1: start type unknown</source>
        <translation>%1: tipo de inicio desconocido</translation>
    </message>
    <message>
        <source>No start types have been recorded yet. They are recorded when the wizard lists the services to stop (“Stop third-party services that run as the Local System account”); check again after that.</source>
        <translation>Todavía no se ha registrado ningún tipo de inicio. Se registran cuando el asistente muestra los servicios que hay que detener (“Detenga los servicios de las aplicaciones que no sean de Microsoft que se ejecuten con la cuenta Sistema local”); vuelva a comprobarlo después.</translation>
    </message>
    <message>
        <source>%1: no longer installed</source>
        <translation>%1: ya no está instalado</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) to set back</source>
        <translation>
            <numerusform>%n servicio por restablecer</numerusform>
            <numerusform>%n servicios por restablecer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n recorded service(s) have their recorded start type.</source>
        <translation>
            <numerusform>%n servicio registrado tiene el tipo de inicio que se registró.</numerusform>
            <numerusform>Los %n servicios registrados tienen el tipo de inicio que se registró.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) do not have the start type recorded before the upgrade. After the upgrade, set each one back to the start type below, and start it if it should run:</source>
        <translation>
            <numerusform>%n servicio no tiene el tipo de inicio registrado antes de la actualización. Después de la actualización, restablezca el tipo de inicio siguiente e inicie el servicio si debe estar en ejecución:</numerusform>
            <numerusform>%n servicios no tienen el tipo de inicio registrado antes de la actualización. Después de la actualización, restablezca en cada uno el tipo de inicio siguiente e inícielo si debe estar en ejecución:</numerusform>
        </translation>
    </message>
    <message>
        <source>No Exchange Server is installed on this server, so the Office 365 migration tool has nothing to connect to.</source>
        <translation>No hay ningún Exchange Server instalado en este servidor, por lo que la herramienta de migración de Office 365 no tiene nada a lo que conectarse.</translation>
    </message>
    <message>
        <source>The registry has no ValidPorts value under HKEY_LOCAL_MACHINE\Software\Microsoft\Rpc\RpcProxy: RPC over HTTP is not set up. Enable it as the steps say.</source>
        <translation>El Registro no tiene ningún valor ValidPorts en HKEY_LOCAL_MACHINE\Software\Microsoft\Rpc\RpcProxy: RPC sobre HTTP no está configurado. Habilítelo como indican los pasos.</translation>
    </message>
    <message>
        <source>%1: port %2</source>
        <translation>%1: puerto %2</translation>
    </message>
    <message>
        <source>%1: ports %2 to %3</source>
        <translation>%1: puertos %2 a %3</translation>
    </message>
    <message>
        <source>Not understood: %1</source>
        <translation>No reconocido: %1</translation>
    </message>
    <message>
        <source>ValidPorts lists no fully qualified server name with ports 6001-6002 and 6004. Add the server&apos;s name, for example remote.contoso.com:6001-6002;remote.contoso.com:6004.</source>
        <translation>ValidPorts no incluye ningún nombre de dominio completo (FQDN) del servidor con los puertos 6001-6002 y 6004. Agregue el nombre del servidor, por ejemplo remote.contoso.com:6001-6002;remote.contoso.com:6004.</translation>
    </message>
    <message>
        <source>ValidPorts lists %1 with ports 6001-6002 and 6004.</source>
        <translation>ValidPorts incluye %1 con los puertos 6001-6002 y 6004.</translation>
    </message>
    <message>
        <source>within %1 s</source>
        <translation>dentro de un margen de %1 s</translation>
    </message>
    <message>
        <source>%1 s off</source>
        <translation>%1 s de desfase</translation>
    </message>
    <message>
        <source>No answer from the time server %1 within %2 s.</source>
        <translation>El servidor horario %1 no respondió en un plazo de %2 s.</translation>
    </message>
    <message>
        <source>The name of the time server %1 could not be resolved.</source>
        <translation>No se pudo resolver el nombre del servidor horario %1.</translation>
    </message>
    <message>
        <source>The time server %1 could not be asked: %2</source>
        <translation>No se pudo consultar el servidor horario %1: %2</translation>
    </message>
    <message>
        <source>The time server %1 answered that its own clock is not synchronized; choose another time server.</source>
        <translation>El servidor horario %1 respondió que su propio reloj no está sincronizado; elija otro servidor horario.</translation>
    </message>
    <message>
        <source>The time server %1 refused to answer (code %2); choose another time server.</source>
        <translation>El servidor horario %1 se negó a responder (código %2); elija otro servidor horario.</translation>
    </message>
    <message>
        <source>What came back from the time server %1 is not an SNTP answer; check the name and port, or choose another time server.</source>
        <translation>Lo que devolvió el servidor horario %1 no es una respuesta SNTP; compruebe el nombre y el puerto, o elija otro servidor horario.</translation>
    </message>
    <message>
        <source>URLScan is not installed (there is no %1): it cannot block downloads.</source>
        <translation>URLScan no está instalado (no existe %1): no puede bloquear descargas.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>URLScan is installed and %1 refuses .exe files: after the upgrade, downloading Connection Manager from Remote Web Workplace fails with “404 File Not Found”. Remove URLScan from the default Web site, or allow .exe in its configuration.</source>
        <translation>URLScan está instalado y %1 rechaza los archivos .exe: después de la actualización, la descarga del Administrador de conexiones desde Remote Web Workplace falla con el error “404 File Not Found”. Quite URLScan del sitio Web predeterminado o permita .exe en su configuración.</translation>
    </message>
    <message>
        <source>URLScan is installed, and %1 allows .exe files.</source>
        <translation>URLScan está instalado y %1 permite los archivos .exe.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1 on %2 from %3</source>
        <translation>%1 en %2 desde %3</translation>
    </message>
    <message>
        <source>%1 on %2, since %3</source>
        <translation>%1 en %2, con sesión iniciada el %3</translation>
    </message>
    <message>
        <source>%1 on %2 from %3, since %4</source>
        <translation>%1 en %2 desde %3, con sesión iniciada el %4</translation>
    </message>
    <message>
        <source>The wizard could not list who is logged on to this computer.</source>
        <translation>El asistente no pudo determinar quién ha iniciado sesión en este equipo.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) of other users</source>
        <translation>
            <numerusform>%n sesión de otros usuarios</numerusform>
            <numerusform>%n sesiones de otros usuarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) of other users are open on this computer. Ask them to save their work and log off.</source>
        <translation>
            <numerusform>Hay %n sesión de otros usuarios abierta en este equipo. Pídales que guarden su trabajo y cierren la sesión.</numerusform>
            <numerusform>Hay %n sesiones de otros usuarios abiertas en este equipo. Pídales que guarden su trabajo y cierren la sesión.</numerusform>
        </translation>
    </message>
    <message>
        <source>No other user is logged on to this computer.</source>
        <translation>Ningún otro usuario ha iniciado sesión en este equipo.</translation>
    </message>
    <message numerus="yes">
        <source>Your own %n session(s) as %1 are not counted.</source>
        <translation>
            <numerusform>No se cuenta %n sesión suya como %1.</numerusform>
            <numerusform>No se cuentan %n sesiones suyas como %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Users of workstations who have files open on the server are not listed here: check the open sessions and files of the file shares, then mark the task done.</source>
        <translation>Aquí no aparecen los usuarios de estaciones de trabajo que tienen archivos abiertos en el servidor: compruebe las sesiones y los archivos abiertos de los recursos compartidos y, a continuación, marque la tarea como realizada.</translation>
    </message>
    <message>
        <source>The comparison was cancelled before it finished.</source>
        <translation>La comparación se canceló antes de terminar.</translation>
    </message>
    <message>
        <source>%1 of %2 identical</source>
        <translation>%1 de %2 idénticos</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) restored to %1 were compared with the originals in %2, picked at random among %3.</source>
        <translation>
            <numerusform>Se comparó %n archivo restaurado en %1 con su original de %2; se eligió al azar entre %3.</numerusform>
            <numerusform>Se compararon %n archivos restaurados en %1 con los originales de %2; se eligieron al azar entre %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no files in the restore folder: restore some files from the backup there first.</source>
        <translation>No hay archivos en la carpeta de restauración: restaure primero en ella algunos archivos de la copia de seguridad.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) identical.</source>
        <translation>
            <numerusform>%n archivo idéntico.</numerusform>
            <numerusform>%n archivos idénticos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) differ from originals that did not change after the backup: the backup cannot be trusted. Find out why before the upgrade.</source>
        <translation>
            <numerusform>%n archivo difiere de un original que no cambió después de la copia de seguridad: no se puede confiar en la copia de seguridad. Averigüe el motivo antes de la actualización.</numerusform>
            <numerusform>%n archivos difieren de originales que no cambiaron después de la copia de seguridad: no se puede confiar en la copia de seguridad. Averigüe el motivo antes de la actualización.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n restored file(s) have no original any more (deleted or renamed since the backup, or another original folder was meant).</source>
        <translation>
            <numerusform>%n archivo restaurado ya no tiene original (se eliminó o se le cambió el nombre después de la copia de seguridad, o se quería indicar otra carpeta original).</numerusform>
            <numerusform>%n archivos restaurados ya no tienen original (se eliminaron o se les cambió el nombre después de la copia de seguridad, o se quería indicar otra carpeta original).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n original(s) changed after the backup, so they cannot be compared; this is not a fault of the backup.</source>
        <translation>
            <numerusform>%n original cambió después de la copia de seguridad, por lo que no se puede comparar; no es un fallo de la copia de seguridad.</numerusform>
            <numerusform>%n originales cambiaron después de la copia de seguridad, por lo que no se pueden comparar; no es un fallo de la copia de seguridad.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read (open or locked) and were skipped.</source>
        <translation>
            <numerusform>%n archivo no se pudo leer (abierto o bloqueado) y se omitió.</numerusform>
            <numerusform>%n archivos no se pudieron leer (abiertos o bloqueados) y se omitieron.</numerusform>
        </translation>
    </message>
    <message>
        <source>Differs: %1</source>
        <translation>Difiere: %1</translation>
    </message>
    <message>
        <source>No original: %1</source>
        <translation>Sin original: %1</translation>
    </message>
    <message>
        <source>Changed after the backup: %1</source>
        <translation>Cambió después de la copia de seguridad: %1</translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation>No leído: %1</translation>
    </message>
    <message>
        <source>Processor speed %1 MHz; %2 needs at least %3 MHz.</source>
        <translation>Velocidad del procesador: %1 MHz; %2 necesita al menos %3 MHz.</translation>
    </message>
    <message>
        <source>This computer runs %1, not Windows: these are its own figures, not those of the Windows server you upgrade. Check them on that server, or open a snapshot of it.</source>
        <translation>Este equipo ejecuta %1, no Windows: estas son sus propias cifras, no las del servidor Windows que va a actualizar. Compruébelas en ese servidor o abra una instantánea de él.</translation>
    </message>
    <message>
        <source>%1 is not a server snapshot: it is not an ordinary file</source>
        <translation>%1 no es una instantánea de un servidor: no es un archivo normal</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>it is not an ordinary file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>%1 free on %2 (the system volume).</source>
        <translation>%1 libres en %2 (el volumen del sistema).</translation>
    </message>
    <message>
        <source>%1 free on %2 (the volume of the folder for Setup&apos;s files, %3).</source>
        <translation>%1 libres en %2 (el volumen de la carpeta de los archivos del programa de instalación, %3).</translation>
    </message>
    <message>
        <source>The document for this upgrade path gives no figure for the free space: compare it with the hard disk space requirements in the documentation that comes with the upgrade software.</source>
        <translation>El documento de esta ruta de actualización no indica cuánto espacio libre hace falta: compárelo con los requisitos de espacio en el disco duro de la documentación que acompaña al software de actualización.</translation>
    </message>
    <message>
        <source>%1: %2 refused: %3</source>
        <translation>%1: %2 rechazado: %3</translation>
    </message>
    <message numerus="yes">
        <source>prepprobe prepare recorded the startup types of %n service(s) on %1 in the journal %2, before changing them:</source>
        <translation>
            <numerusform>prepprobe prepare registró el Tipo de inicio de %n servicio en %1 en el diario %2, antes de cambiarlo:</numerusform>
            <numerusform>prepprobe prepare registró el Tipo de inicio de %n servicios en %1 en el diario %2, antes de cambiarlos:</numerusform>
        </translation>
    </message>
    <message>
        <source>The run was stopped before it finished: run the same prepprobe prepare command again, or prepprobe restore to put everything back.</source>
        <translation>La ejecución se detuvo antes de terminar: vuelva a ejecutar el mismo comando prepprobe prepare, o prepprobe restore para dejarlo todo como estaba.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) were refused; stop those services by hand:</source>
        <translation>
            <numerusform>Se rechazó %n paso; detenga ese servicio a mano:</numerusform>
            <numerusform>Se rechazaron %n pasos; detenga esos servicios a mano:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>prepprobe restore put back the startup types and states of %n service(s) on %1 that the journal %2 recorded.</source>
        <translation>
            <numerusform>prepprobe restore restableció en %1 el Tipo de inicio y el estado de %n servicio que registró el diario %2.</numerusform>
            <numerusform>prepprobe restore restableció en %1 el Tipo de inicio y el estado de %n servicios que registró el diario %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>prepprobe restore did not put everything back: run it again, or set these services back by hand:</source>
        <translation>prepprobe restore no lo dejó todo como estaba: vuelva a ejecutarlo o restablezca a mano estos servicios:</translation>
    </message>
    <message>
        <source>Source Server %1: its clock was not measured.</source>
        <translation>Servidor de origen %1: no se midió su reloj.</translation>
    </message>
    <message>
        <source>Destination Server: its clock was not measured.</source>
        <translation>Servidor de destino: no se midió su reloj.</translation>
    </message>
    <message>
        <source>Source Server %1: its clock could not be measured.</source>
        <translation>Servidor de origen %1: no se pudo medir su reloj.</translation>
    </message>
    <message>
        <source>Destination Server %1: its clock could not be measured.</source>
        <translation>Servidor de destino %1: no se pudo medir su reloj.</translation>
    </message>
    <message>
        <source>Source Server %1: this computer, whose clock is the reference.</source>
        <translation>Servidor de origen %1: este equipo, cuyo reloj es la referencia.</translation>
    </message>
    <message>
        <source>Destination Server %1: this computer, whose clock is the reference.</source>
        <translation>Servidor de destino %1: este equipo, cuyo reloj es la referencia.</translation>
    </message>
    <message>
        <source>Source Server %1: its clock is %2 s ahead of the clock of this computer, %3 (measured %4).</source>
        <translation>Servidor de origen %1: su reloj va %2 s adelantado respecto al reloj de este equipo, %3 (medido el %4).</translation>
    </message>
    <message>
        <source>Source Server %1: its clock is %2 s behind the clock of this computer, %3 (measured %4).</source>
        <translation>Servidor de origen %1: su reloj va %2 s atrasado respecto al reloj de este equipo, %3 (medido el %4).</translation>
    </message>
    <message>
        <source>Destination Server %1: its clock is %2 s ahead of the clock of this computer, %3 (measured %4).</source>
        <translation>Servidor de destino %1: su reloj va %2 s adelantado respecto al reloj de este equipo, %3 (medido el %4).</translation>
    </message>
    <message>
        <source>Destination Server %1: its clock is %2 s behind the clock of this computer, %3 (measured %4).</source>
        <translation>Servidor de destino %1: su reloj va %2 s atrasado respecto al reloj de este equipo, %3 (medido el %4).</translation>
    </message>
    <message>
        <source>Source Server %1: its clock is %2 s ahead of the time server %3 (measured %4).</source>
        <translation>Servidor de origen %1: su reloj va %2 s adelantado respecto al servidor horario %3 (medido el %4).</translation>
    </message>
    <message>
        <source>Source Server %1: its clock is %2 s behind the time server %3 (measured %4).</source>
        <translation>Servidor de origen %1: su reloj va %2 s atrasado respecto al servidor horario %3 (medido el %4).</translation>
    </message>
    <message>
        <source>Destination Server %1: its clock is %2 s ahead of the time server %3 (measured %4).</source>
        <translation>Servidor de destino %1: su reloj va %2 s adelantado respecto al servidor horario %3 (medido el %4).</translation>
    </message>
    <message>
        <source>Destination Server %1: its clock is %2 s behind the time server %3 (measured %4).</source>
        <translation>Servidor de destino %1: su reloj va %2 s atrasado respecto al servidor horario %3 (medido el %4).</translation>
    </message>
    <message>
        <source>The Source Server %1 runs in a virtual machine: the date, time and time zone of its host must match those of the Source and the Destination Server; check them on the host.</source>
        <translation>El servidor de origen %1 se ejecuta en una máquina virtual: la fecha, la hora y la zona horaria del servidor host deben coincidir con las del servidor de origen y las del servidor de destino; compruébelas en el host.</translation>
    </message>
    <message>
        <source>The Source Server %1 runs in a virtual machine (%2): the date, time and time zone of its host must match those of the Source and the Destination Server; check them on the host.</source>
        <translation>El servidor de origen %1 se ejecuta en una máquina virtual (%2): la fecha, la hora y la zona horaria del servidor host deben coincidir con las del servidor de origen y las del servidor de destino; compruébelas en el host.</translation>
    </message>
    <message>
        <source>The Destination Server %1 runs in a virtual machine: the date, time and time zone of its host must match those of the Source and the Destination Server; check them on the host.</source>
        <translation>El servidor de destino %1 se ejecuta en una máquina virtual: la fecha, la hora y la zona horaria del servidor host deben coincidir con las del servidor de origen y las del servidor de destino; compruébelas en el host.</translation>
    </message>
    <message>
        <source>The Destination Server %1 runs in a virtual machine (%2): the date, time and time zone of its host must match those of the Source and the Destination Server; check them on the host.</source>
        <translation>El servidor de destino %1 se ejecuta en una máquina virtual (%2): la fecha, la hora y la zona horaria del servidor host deben coincidir con las del servidor de origen y las del servidor de destino; compruébelas en el host.</translation>
    </message>
    <message>
        <source>The snapshot of %1 holds no clock measurement: take it again with prepprobe --time-server HOST, the same time server for the Source and the Destination Server.</source>
        <translation>La instantánea de %1 no contiene ninguna medición del reloj: vuelva a tomarla con prepprobe --time-server HOST, con el mismo servidor horario para el servidor de origen y el servidor de destino.</translation>
    </message>
    <message>
        <source>No answer from the time server %1 when the snapshot was taken.</source>
        <translation>El servidor horario %1 no respondió cuando se tomó la instantánea.</translation>
    </message>
    <message>
        <source>The two clocks were measured against different references (%1 and %2), so they cannot be compared: measure both against the same time server.</source>
        <translation>Los dos relojes se midieron con referencias distintas (%1 y %2), así que no se pueden comparar: mida ambos con el mismo servidor horario.</translation>
    </message>
    <message>
        <source>%1 s apart</source>
        <translation>%1 s de diferencia</translation>
    </message>
    <message>
        <source>The two clocks are %1 s apart: within the limit of %2 s.</source>
        <translation>Los dos relojes difieren en %1 s: dentro del límite de %2 s.</translation>
    </message>
    <message>
        <source>The two clocks are %1 s apart: more than the limit of %2 s. Synchronize the Source Server&apos;s clock as the steps say, set the Destination Server&apos;s to the same time, then check again.</source>
        <translation>Los dos relojes difieren en %1 s: más que el límite de %2 s. Sincronice el reloj del servidor de origen como indican los pasos, ponga el del servidor de destino a la misma hora y vuelva a comprobarlo.</translation>
    </message>
    <message>
        <source>The Source Server&apos;s clock is more than %1 s from the time server %2 already: synchronize it as the steps say, then check again.</source>
        <translation>El reloj del servidor de origen ya se aparta más de %1 s del servidor horario %2: sincronícelo como indican los pasos y vuelva a comprobarlo.</translation>
    </message>
    <message>
        <source>Without the Destination Server&apos;s clock the two cannot be compared: open its snapshot taken with prepprobe --time-server and the same time server (--destination-facts FILE), or ask its time service (--destination-time-server HOST).</source>
        <translation>Sin el reloj del servidor de destino no se pueden comparar: abra su instantánea tomada con prepprobe --time-server y el mismo servidor horario (--destination-facts ARCHIVO) o consulte su servicio de hora (--destination-time-server HOST).</translation>
    </message>
    <message>
        <source>The time zones differ: %1 on the Source Server, %2 on the Destination Server. Both servers must have the same date and time zone.</source>
        <translation>Las zonas horarias son distintas: %1 en el servidor de origen, %2 en el servidor de destino. Ambos servidores deben tener la misma fecha y la misma zona horaria.</translation>
    </message>
    <message>
        <source>The time zones have different names: %1 on the Source Server, %2 on the Destination Server. They may differ when daylight saving time begins or ends; set the same time zone on both.</source>
        <translation>Las zonas horarias tienen nombres distintos: %1 en el servidor de origen, %2 en el servidor de destino. Pueden diferir cuando empieza o termina el horario de verano; configure la misma zona horaria en ambos.</translation>
    </message>
    <message>
        <source>Time zone: %1 on the Source Server, %2 on the Destination Server.</source>
        <translation>Zona horaria: %1 en el servidor de origen, %2 en el servidor de destino.</translation>
    </message>
    <message>
        <source>The time zone of the Source Server is unknown: check by hand that both servers have the same date and time zone.</source>
        <translation>Se desconoce la zona horaria del servidor de origen: compruebe a mano que ambos servidores tienen la misma fecha y la misma zona horaria.</translation>
    </message>
    <message>
        <source>The time zone of the Destination Server is unknown: check by hand that both servers have the same date and time zone.</source>
        <translation>Se desconoce la zona horaria del servidor de destino: compruebe a mano que ambos servidores tienen la misma fecha y la misma zona horaria.</translation>
    </message>
    <message>
        <source>This computer runs %1, not Windows: this can only be checked on the Windows server. Take a snapshot of that server with prepprobe.exe, and open it here with “Open a server snapshot” on the first page.</source>
        <translation>Este equipo ejecuta %1, no Windows: esto solo se puede comprobar en el servidor Windows. Tome una instantánea de ese servidor con prepprobe.exe y ábrala aquí con “Abrir una instantánea de servidor”, en la primera página.</translation>
    </message>
    <message>
        <source>The Group Policy files are in SYSVOL on the server itself, and a snapshot of %1 does not contain them. On that server, follow the steps of this task, and then mark it done with a note of what you found.</source>
        <translation>Los archivos de la directiva de grupo están en SYSVOL, en el propio servidor, y una instantánea de %1 no los contiene. En ese servidor, siga los pasos de esta tarea y, después, márquela como realizada con una nota de lo que encontró.</translation>
    </message>
    <message>
        <source>URLScan&apos;s configuration is on the server itself, and a snapshot of %1 does not contain it.</source>
        <translation>La configuración de URLScan está en el propio servidor, y una instantánea de %1 no la contiene.</translation>
    </message>
    <message>
        <source>On that server, open %1 in Notepad; if there is no such file, URLScan is not installed. URLScan refuses .exe files when its [DenyExtensions] section lists .exe, or when UseAllowExtensions=1 and its [AllowExtensions] section does not list .exe. Then mark this task done with a note of what you found.</source>
        <translation>En ese servidor, abra %1 con el Bloc de notas; si ese archivo no existe, URLScan no está instalado. URLScan rechaza los archivos .exe cuando su sección [DenyExtensions] incluye .exe, o cuando UseAllowExtensions=1 y su sección [AllowExtensions] no incluye .exe. Después, marque esta tarea como realizada con una nota de lo que encontró.</translation>
    </message>
    <message>
        <source>%1 is installed on a new computer, the Destination Server: these are the figures of its snapshot, %2.</source>
        <translation>%1 se instala en un equipo nuevo, el servidor de destino: estas son las cifras de su instantánea, %2.</translation>
    </message>
    <message>
        <source>The wizard could not list the services of this server, so it cannot tell whether the Active Directory Connector is installed.</source>
        <translation>El asistente no pudo obtener la lista de los servicios de este servidor, por lo que no puede determinar si el Conector de Active Directory está instalado.</translation>
    </message>
    <message>
        <source>Exchange (version %1) is installed on this server.</source>
        <translation>Exchange (versión %1) está instalado en este servidor.</translation>
    </message>
    <message>
        <source>No Exchange Server is installed on this server.</source>
        <translation>No hay ningún Exchange Server instalado en este servidor.</translation>
    </message>
    <message>
        <source>The Active Directory Connector (service %1) is installed on this server: prepare it as Knowledge Base article 325379 says before a domain controller is upgraded to Windows Server 2003.</source>
        <translation>El Conector de Active Directory (servicio %1) está instalado en este servidor: prepárelo como indica el artículo 325379 de Microsoft Knowledge Base antes de actualizar un controlador de dominio a Windows Server 2003.</translation>
    </message>
    <message numerus="yes">
        <source>The Active Directory Connector (service %1) is not among the %n services of this server; it may run on another server of the organization.</source>
        <translation>
            <numerusform>El Conector de Active Directory (servicio %1) no figura entre el %n servicio de este servidor; puede ejecutarse en otro servidor de la organización.</numerusform>
            <numerusform>El Conector de Active Directory (servicio %1) no figura entre los %n servicios de este servidor; puede ejecutarse en otro servidor de la organización.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is Exchange 2000 Service Pack 2: with Windows Server 2003 domain controllers it needs the Exchange 2000 post-SP2 hotfix rollup.</source>
        <translation>Es Exchange 2000 Service Pack 2: con controladores de dominio de Windows Server 2003 necesita el paquete acumulativo de revisiones posterior a SP2 de Exchange 2000.</translation>
    </message>
    <message>
        <source>Whether another computer is the domain controller and will be upgraded first, the wizard cannot tell: if it is not, say the task does not apply.</source>
        <translation>El asistente no puede determinar si otro equipo es el controlador de dominio y se va a actualizar primero: si no es así, indique que la tarea no se aplica.</translation>
    </message>
    <message>
        <source>The wizard could not read the drives of this server, so it cannot list what the full backup takes in.</source>
        <translation>El asistente no pudo leer las unidades de este servidor, por lo que no puede indicar qué incluye la copia de seguridad completa.</translation>
    </message>
    <message numerus="yes">
        <source>%n drive(s) to back up</source>
        <translation>
            <numerusform>%n unidad que copiar</numerusform>
            <numerusform>%n unidades que copiar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A full system backup of this server takes in these %n drive(s) and the System State data:</source>
        <translation>
            <numerusform>Una copia de seguridad completa de todo el sistema de este servidor incluye %n unidad y los datos de estado del sistema:</numerusform>
            <numerusform>Una copia de seguridad completa de todo el sistema de este servidor incluye estas %n unidades y los datos de estado del sistema:</numerusform>
        </translation>
    </message>
    <message>
        <source>Exchange (version %1) is installed: include Exchange in the backup.</source>
        <translation>Exchange (versión %1) está instalado: incluya Exchange en la copia de seguridad.</translation>
    </message>
    <message>
        <source>%1 is the Exchange M: drive. If you use Small Business Server 2000, do not back it up as part of the Exchange backup: this can damage the Exchange database.</source>
        <translation>%1 es la unidad M: de Exchange. Si utiliza Small Business Server 2000, no haga una copia de seguridad de la unidad M: de Exchange como parte de la copia de seguridad de Exchange. La realización de una copia de seguridad de esta unidad puede dañar la base de datos de Exchange.</translation>
    </message>
    <message>
        <source>Backup software on this server: %1.</source>
        <translation>Software de copia de seguridad en este servidor: %1.</translation>
    </message>
    <message>
        <source>The wizard cannot tell whether a backup was made: make it, then mark the task done.</source>
        <translation>El asistente no puede saber si se realizó la copia de seguridad: realícela y, a continuación, marque la tarea como realizada.</translation>
    </message>
    <message>
        <source>The wizard could not read the installed programs, so it cannot tell whether the Best Practices Analyzer is installed.</source>
        <translation>El asistente no pudo leer los programas instalados, por lo que no puede determinar si el Analizador de procedimientos recomendados está instalado.</translation>
    </message>
    <message numerus="yes">
        <source>No Best Practices Analyzer is among the %n installed programs: download the one for your server (see the steps), check for updates, then run a scan.</source>
        <translation>
            <numerusform>El Analizador de procedimientos recomendados no figura entre el %n programa instalado: descargue el de su servidor (vea los pasos), busque actualizaciones y, a continuación, ejecute un análisis.</numerusform>
            <numerusform>El Analizador de procedimientos recomendados no figura entre los %n programas instalados: descargue el de su servidor (vea los pasos), busque actualizaciones y, a continuación, ejecute un análisis.</numerusform>
        </translation>
    </message>
    <message>
        <source>A Best Practices Analyzer is installed: check for updates, run a scan, and solve as many of the issues it reports as possible.</source>
        <translation>Hay un Analizador de procedimientos recomendados instalado: busque actualizaciones, ejecute un análisis y resuelva todos los problemas notificados que pueda.</translation>
    </message>
    <message>
        <source>The wizard does not read the scan&apos;s report: when you have solved what you can, mark the task done.</source>
        <translation>El asistente no lee el informe del análisis: cuando haya resuelto lo que pueda, marque la tarea como realizada.</translation>
    </message>
    <message>
        <source>The wizard could not read the drives of this server, so it cannot list the drives to clean up and defragment.</source>
        <translation>El asistente no pudo leer las unidades de este servidor, por lo que no puede indicar qué unidades hay que liberar y desfragmentar.</translation>
    </message>
    <message numerus="yes">
        <source>%n drive(s)</source>
        <translation>
            <numerusform>%n unidad</numerusform>
            <numerusform>%n unidades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run Disk Cleanup (Cleanmgr.exe) and Disk Defragmenter (Dfrg.msc) on these %n drive(s):</source>
        <translation>
            <numerusform>Ejecute el Liberador de espacio en disco (Cleanmgr.exe) y el Desfragmentador de disco (Dfrg.msc) en %n unidad:</numerusform>
            <numerusform>Ejecute el Liberador de espacio en disco (Cleanmgr.exe) y el Desfragmentador de disco (Dfrg.msc) en estas %n unidades:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, the Exchange M: drive, is not in the list: it is not a hard disk drive.</source>
        <translation>%1, la unidad M: de Exchange, no figura en la lista: no es una unidad de disco duro.</translation>
    </message>
    <message>
        <source>The wizard does not run the tools: when they have finished, mark the task done.</source>
        <translation>El asistente no ejecuta las herramientas: cuando terminen, marque la tarea como realizada.</translation>
    </message>
    <message>
        <source>%1 (%2): %3 free of %4</source>
        <translation>%1 (%2): %3 libres de %4</translation>
    </message>
    <message>
        <source>The wizard could not read the hardware of this server: look up its maker and model in the Windows Server Catalog yourself.</source>
        <translation>El asistente no pudo leer el hardware de este servidor: busque usted mismo su fabricante y su modelo en Windows Server Catalog.</translation>
    </message>
    <message>
        <source>Look up this hardware in the Windows Server Catalog, then mark the task done:</source>
        <translation>Busque este hardware en Windows Server Catalog y, a continuación, marque la tarea como realizada:</translation>
    </message>
    <message>
        <source>System maker (from the BIOS): %1, BIOS version %2</source>
        <translation>Fabricante del equipo (según el BIOS): %1, versión del BIOS %2</translation>
    </message>
    <message numerus="yes">
        <source>Processor: %1, %n logical core(s)</source>
        <translation>
            <numerusform>Procesador: %1, %n núcleo lógico</numerusform>
            <numerusform>Procesador: %1, %n núcleos lógicos</numerusform>
        </translation>
    </message>
    <message>
        <source>Memory: %1</source>
        <translation>Memoria: %1</translation>
    </message>
    <message>
        <source>Network adapter: %1 (%2)</source>
        <translation>Adaptador de red: %1 (%2)</translation>
    </message>
    <message>
        <source>The wizard could not read the installed programs of this server: review them in Add or Remove Programs.</source>
        <translation>El asistente no pudo leer los programas instalados en este servidor: revíselos en Agregar o quitar programas.</translation>
    </message>
    <message>
        <source>%1, publisher not given</source>
        <translation>%1, sin editor indicado</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, de %2</translation>
    </message>
    <message>
        <source>%1, version %2, publisher not given</source>
        <translation>%1, versión %2, sin editor indicado</translation>
    </message>
    <message>
        <source>%1, version %2, from %3</source>
        <translation>%1, versión %2, de %3</translation>
    </message>
    <message>
        <source>Confirm in the Windows Server Catalog that each server application among them is compatible with the upgrade software; antivirus programs and Web applications are the most often incompatible. Then mark the task done.</source>
        <translation>Confirme en Windows Server Catalog que cada aplicación de servidor entre ellos es compatible con el software de actualización; los programas antivirus y las aplicaciones Web son los que más a menudo no son compatibles. A continuación, marque la tarea como realizada.</translation>
    </message>
    <message>
        <source>%1: connected, addresses %2</source>
        <translation>%1: conectado, direcciones %2</translation>
    </message>
    <message>
        <source>%1: not connected, addresses %2</source>
        <translation>%1: no conectado, direcciones %2</translation>
    </message>
    <message>
        <source>The wizard could not read the network adapters of this server: verify its network configuration yourself.</source>
        <translation>El asistente no pudo leer los adaptadores de red de este servidor: compruebe usted mismo su configuración de red.</translation>
    </message>
    <message numerus="yes">
        <source>%n adapter(s) connected</source>
        <translation>
            <numerusform>%n adaptador conectado</numerusform>
            <numerusform>%n adaptadores conectados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n network adapter(s); default gateways: %1; DNS servers: %2.</source>
        <translation>
            <numerusform>%n adaptador de red; puertas de enlace predeterminadas: %1; servidores DNS: %2.</numerusform>
            <numerusform>%n adaptadores de red; puertas de enlace predeterminadas: %1; servidores DNS: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify this configuration, then mark the task done.</source>
        <translation>Compruebe esta configuración y, a continuación, marque la tarea como realizada.</translation>
    </message>
    <message>
        <source>The wizard could not read which operating system the server runs: confirm the product yourself.</source>
        <translation>El asistente no pudo leer qué sistema operativo ejecuta el servidor: confirme usted mismo el producto.</translation>
    </message>
    <message>
        <source>The server runs %1, which is where the chosen path starts.</source>
        <translation>El servidor ejecuta %1, que es donde empieza la ruta elegida.</translation>
    </message>
    <message>
        <source>The server runs %1, which is not where the chosen path starts: choose the path that starts from it on the path page.</source>
        <translation>El servidor ejecuta %1, que no es donde empieza la ruta elegida: elija en la página de la ruta la que empieza en ese producto.</translation>
    </message>
    <message>
        <source>The server runs %1; the wizard cannot tell whether the chosen path starts from it.</source>
        <translation>El servidor ejecuta %1; el asistente no puede determinar si la ruta elegida empieza en ese producto.</translation>
    </message>
    <message>
        <source>Exchange (version %1) is installed on it.</source>
        <translation>Tiene instalado Exchange (versión %1).</translation>
    </message>
    <message>
        <source>Read the advice for the path (whether it is supported, any intermediate version or required order), then mark the task done.</source>
        <translation>Lea los consejos de la ruta (si se admite, si necesita una versión intermedia o un orden determinado) y, a continuación, marque la tarea como realizada.</translation>
    </message>
    <message>
        <source>The wizard could not read the version of the operating system, so it cannot say which service pack is installed.</source>
        <translation>El asistente no pudo leer la versión del sistema operativo, por lo que no puede indicar qué Service Pack está instalado.</translation>
    </message>
    <message>
        <source>Service Pack %1</source>
        <translation>Service Pack %1</translation>
    </message>
    <message>
        <source>The server runs %1: Service Pack %2 is installed.</source>
        <translation>El servidor ejecuta %1: está instalado el Service Pack %2.</translation>
    </message>
    <message>
        <source>no service pack</source>
        <translation>sin Service Pack</translation>
    </message>
    <message>
        <source>The server runs %1, with no service pack installed.</source>
        <translation>El servidor ejecuta %1, sin ningún Service Pack instalado.</translation>
    </message>
    <message>
        <source>If this is the evaluation version of Windows Small Business Server 2003 and you are upgrading it to the full retail version, remove Service Pack 2 before the upgrade.</source>
        <translation>Si es la versión de evaluación de Windows Small Business Server 2003 y la va a actualizar a la versión comercial completa, quite el Service Pack 2 antes de la actualización.</translation>
    </message>
    <message>
        <source>The server runs %1.</source>
        <translation>El servidor ejecuta %1.</translation>
    </message>
    <message>
        <source>Which updates are still missing only Windows Update can tell: install all required updates and service packs, then mark the task done.</source>
        <translation>Solo Windows Update puede indicar qué actualizaciones faltan: instale todas las actualizaciones y los Service Pack necesarios y, a continuación, marque la tarea como realizada.</translation>
    </message>
    <message>
        <source>%1 (%2): stopped</source>
        <translation>%1 (%2): detenido</translation>
    </message>
    <message>
        <source>%1 (%2): installed</source>
        <translation>%1 (%2): instalado</translation>
    </message>
    <message>
        <source>The wizard could not list the services of this server: look for the service in Services (Services.msc).</source>
        <translation>El asistente no pudo obtener la lista de los servicios de este servidor: busque el servicio en Servicios (Services.msc).</translation>
    </message>
    <message>
        <source>Fax Service is installed on this server. If the server started as Small Business Server 4.0 or 4.5, it is no longer supported after the upgrade: if the business sends or receives faxes through it, plan a replacement, then mark the task done.</source>
        <translation>El Servicio de fax está instalado en este servidor. Si el servidor empezó como Small Business Server 4.0 o 4.5, deja de admitirse después de la actualización: si la empresa envía o recibe faxes a través de él, planee un sustituto y, a continuación, marque la tarea como realizada.</translation>
    </message>
    <message numerus="yes">
        <source>No fax service is among the %n services of this server: if the business sends no faxes through it, say the task does not apply.</source>
        <translation>
            <numerusform>Ningún servicio de fax figura entre el %n servicio de este servidor: si la empresa no envía faxes a través de él, indique que la tarea no se aplica.</numerusform>
            <numerusform>Ningún servicio de fax figura entre los %n servicios de este servidor: si la empresa no envía faxes a través de él, indique que la tarea no se aplica.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Microsoft Connector for POP3 Mailboxes is installed on this server. Its router trigger is no longer supported: after the upgrade, check that POP3 e-mail still arrives, then mark the task done.</source>
        <translation>El Conector de Microsoft para buzones POP3 está instalado en este servidor. Su desencadenador de enrutador ya no se admite: después de la actualización, compruebe que el correo electrónico POP3 sigue llegando y, a continuación, marque la tarea como realizada.</translation>
    </message>
    <message numerus="yes">
        <source>No POP3 connector is among the %n services of this server: if it does not download POP3 e-mail, say the task does not apply.</source>
        <translation>
            <numerusform>Ningún conector POP3 figura entre el %n servicio de este servidor: si no descarga correo electrónico POP3, indique que la tarea no se aplica.</numerusform>
            <numerusform>Ningún conector POP3 figura entre los %n servicios de este servidor: si no descarga correo electrónico POP3, indique que la tarea no se aplica.</numerusform>
        </translation>
    </message>
    <message>
        <source>The wizard could not read the installed programs or the services, so it cannot tell whether Site Server is installed.</source>
        <translation>El asistente no pudo leer los programas instalados ni los servicios, por lo que no puede determinar si Site Server está instalado.</translation>
    </message>
    <message>
        <source>Service %1 (%2)</source>
        <translation>Servicio %1 (%2)</translation>
    </message>
    <message>
        <source>Site Server or the Intranet Starter Site is on this server, and cannot be installed on Windows Server 2003: plan what will replace it before you upgrade, then mark the task done.</source>
        <translation>Site Server o Intranet Starter Site está en este servidor y no se puede instalar en Windows Server 2003: planee qué lo sustituirá antes de la actualización y, a continuación, marque la tarea como realizada.</translation>
    </message>
    <message numerus="yes">
        <source>Neither Site Server nor the Intranet Starter Site is among the %n installed programs and services.</source>
        <translation>
            <numerusform>Ni Site Server ni Intranet Starter Site figuran entre el %n programa y servicio instalado.</numerusform>
            <numerusform>Ni Site Server ni Intranet Starter Site figuran entre los %n programas y servicios instalados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Components that depend on Site Server may not show in these lists: check that the server does not use them, then say the task does not apply.</source>
        <translation>Puede que los componentes que dependen de Site Server no aparezcan en estas listas: compruebe que el servidor no los usa y, a continuación, indique que la tarea no se aplica.</translation>
    </message>
    <message>
        <source>The wizard could not read the language of the operating system: look it up on the server (Control Panel, Regional and Language Options).</source>
        <translation>El asistente no pudo leer el idioma del sistema operativo: consúltelo en el servidor (Panel de control, Configuración regional y de idioma).</translation>
    </message>
    <message>
        <source>The operating system (%1) is installed in this language: %2.</source>
        <translation>El sistema operativo (%1) está instalado en este idioma: %2.</translation>
    </message>
    <message>
        <source>Make sure the upgrade software is the same language edition, then mark the task done. For international versions, contact your local Microsoft representative.</source>
        <translation>Asegúrese de que el software de actualización es de la misma edición de idioma y, a continuación, marque la tarea como realizada. Para obtener información acerca de las versiones internacionales, póngase en contacto con el representante local de Microsoft.</translation>
    </message>
    <message>
        <source>The wizard could not read the drives of this server, so it cannot list the drives to scan.</source>
        <translation>El asistente no pudo leer las unidades de este servidor, por lo que no puede indicar en qué unidades hay que ejecutar la detección de virus.</translation>
    </message>
    <message numerus="yes">
        <source>%n drive(s) to scan</source>
        <translation>
            <numerusform>%n unidad que analizar</numerusform>
            <numerusform>%n unidades que analizar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scan these %n drive(s) and all their files, if possible the day or evening before the upgrade:</source>
        <translation>
            <numerusform>Ejecute una detección de virus en %n unidad y todos sus archivos; si es posible, el día o la noche antes de empezar la actualización:</numerusform>
            <numerusform>Ejecute una detección de virus en estas %n unidades y todos sus archivos; si es posible, el día o la noche antes de empezar la actualización:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is the Exchange M: drive. If you use Small Business Server 2000, do not scan it: a virus scan of this drive can damage the Exchange database.</source>
        <translation>%1 es la unidad M: de Exchange. Si utiliza Small Business Server 2000, no ejecute la detección de virus en la unidad M: de Exchange. Una detección de virus en esta unidad puede dañar la base de datos de Exchange.</translation>
    </message>
    <message>
        <source>The wizard does not run the scan: run it with your antivirus program, then mark the task done.</source>
        <translation>El asistente no ejecuta la detección de virus: ejecútela con su programa antivirus y, a continuación, marque la tarea como realizada.</translation>
    </message>
    <message>
        <source>The Windows Small Business Server POP3 Connector is installed on this server. It is not included with Exchange Server: after you migrate email to another Exchange Server, you can no longer use it. Plan how POP3 e-mail will be collected, then mark the task done.</source>
        <translation>El Conector POP3 de Windows Small Business Server está instalado en este servidor. No se incluye con Exchange Server: después de migrar el correo electrónico a otro servidor Exchange, ya no podrá usarlo. Planee cómo se recogerá el correo electrónico POP3 y, a continuación, marque la tarea como realizada.</translation>
    </message>
    <message numerus="yes">
        <source>No POP3 connector is among the %n services of this server: nothing of it is lost in the migration.</source>
        <translation>
            <numerusform>Ningún conector POP3 figura entre el %n servicio de este servidor: la migración no pierde nada de él.</numerusform>
            <numerusform>Ningún conector POP3 figura entre los %n servicios de este servidor: la migración no pierde nada de él.</numerusform>
        </translation>
    </message>
    <message>
        <source>Processor: %1</source>
        <translation>Procesador: %1</translation>
    </message>
    <message>
        <source>Automatic</source>
        <comment>a service&apos;s startup type</comment>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Manual</source>
        <comment>a service&apos;s startup type</comment>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Disabled</source>
        <comment>a service&apos;s startup type</comment>
        <translation>Deshabilitado</translation>
    </message>
    <message>
        <source>Boot</source>
        <comment>a service&apos;s startup type</comment>
        <translation>Arranque</translation>
    </message>
    <message>
        <source>System</source>
        <comment>a service&apos;s startup type</comment>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>a service&apos;s startup type</comment>
        <translation>Desconocido</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n program(s) installed</source>
        <translation>
            <numerusform>%n programa instalado</numerusform>
            <numerusform>%n programas instalados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n program(s) are installed on this server, %1 of them not from Microsoft (listed first):</source>
        <translation>
            <numerusform>Hay %n programa instalado en este servidor; %1 de ellos no es de Microsoft (se enumeran primero):</numerusform>
            <numerusform>Hay %n programas instalados en este servidor; %1 de ellos no son de Microsoft (se enumeran primero):</numerusform>
        </translation>
    </message>
    <message>
        <source>The line-of-business applications (accounting, supply-chain management, resource planning) may be among them. For each one, consult its provider on how to migrate it, and locate its installation media; then mark the task done.</source>
        <translation>Las aplicaciones empresariales (contabilidad, gestión de la cadena de suministro, planificación de recursos) pueden estar entre ellos. Consulte al proveedor de cada una cómo migrarla y localice sus medios de instalación; a continuación, marque la tarea como realizada.</translation>
    </message>
    <message>
        <source>The local network uses a 192.168.x.x subnet. Microsoft&apos;s system requirements for Windows Server Essentials (not the source documents) recommend, but do not require, such a subnet for the router.</source>
        <translation>La red local usa una subred 192.168.x.x. Los requisitos del sistema de Microsoft para Windows Server Essentials (no los documentos de origen) recomiendan, aunque no exigen, una subred así para el enrutador.</translation>
    </message>
    <message numerus="yes">
        <source>%n adapters are connected. If any of them are teamed (NIC Teaming): Microsoft&apos;s system requirements for Windows Server Essentials (not the source documents) say its networking wizards do not support it; team the Destination Server&apos;s adapters only after the installation.</source>
        <translation>
            <numerusform>Hay %n adaptador conectado. Si alguno forma parte de un equipo de NIC (Formación de equipos NIC): según los requisitos del sistema de Microsoft para Windows Server Essentials (no los documentos de origen), sus asistentes de red no lo admiten; forme el equipo de los adaptadores del servidor de destino solo después de la instalación.</numerusform>
            <numerusform>Hay %n adaptadores conectados. Si alguno forma parte de un equipo de NIC (Formación de equipos NIC): según los requisitos del sistema de Microsoft para Windows Server Essentials (no los documentos de origen), sus asistentes de red no lo admiten; forme el equipo de los adaptadores del servidor de destino solo después de la instalación.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is the service pack of Windows 2000 Server, not Small Business Server 2000 Service Pack 1: that one is the task “Confirm that Small Business Server 2000 Service Pack 1 is installed”.</source>
        <translation>Es el Service Pack de Windows 2000 Server, no el Service Pack 1 de Small Business Server 2000: ese es la tarea “Compruebe que está instalado Small Business Server 2000 con Service Pack 1”.</translation>
    </message>
    <message>
        <source>Check this again after the %1 stage: this task belongs to that stage, and the facts are of the server before it.</source>
        <translation>Vuelva a comprobarlo después de la etapa de %1: esta tarea pertenece a esa etapa, y los datos son del servidor anterior a ella.</translation>
    </message>
    <message>
        <source>Automatic (Delayed Start)</source>
        <comment>a service&apos;s startup type</comment>
        <translation>Automático (inicio retrasado)</translation>
    </message>
    <message>
        <source>%1: start type Automatic (Delayed Start)</source>
        <translation>%1: tipo de inicio Automático (inicio retrasado)</translation>
    </message>
    <message>
        <source>Not read: %1: it is not an ordinary file</source>
        <translation>No leído: %1: no es un archivo normal</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Ready with warnings</source>
        <translation>Listo, con advertencias</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>No está listo</translation>
    </message>
    <message>
        <source>Every task is done. Print this checklist and keep it with the server&apos;s records, then start the upgrade.</source>
        <translation>Todas las tareas están realizadas. Imprima esta lista de comprobación, guárdela con la documentación del servidor y, a continuación, empiece la actualización.</translation>
    </message>
    <message>
        <source>Not ready yet</source>
        <translation>Aún no está preparado</translation>
    </message>
    <message numerus="yes">
        <source>%n must be fixed</source>
        <translation>
            <numerusform>%n debe corregirse</numerusform>
            <numerusform>%n deben corregirse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a warning</source>
        <translation>
            <numerusform>%n con una advertencia</numerusform>
            <numerusform>%n con advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to review</source>
        <translation>
            <numerusform>%n por revisar</numerusform>
            <numerusform>%n por revisar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks to do</source>
        <translation>
            <numerusform>%n tarea pendiente</numerusform>
            <numerusform>%n tareas pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be checked</source>
        <translation>
            <numerusform>%n no se pudo comprobar</numerusform>
            <numerusform>%n no se pudieron comprobar</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of what is left</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>Every task is closed, but you accepted %n risk(s). Read them again on the checklist before you start.</source>
        <translation>
            <numerusform>Todas las tareas están cerradas, pero aceptó %n riesgo. Vuelva a leerlo en la lista de comprobación antes de empezar.</numerusform>
            <numerusform>Todas las tareas están cerradas, pero aceptó %n riesgos. Vuelva a leerlos en la lista de comprobación antes de empezar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left before the upgrade: %1. Finish each one, or accept the risk with a reason where the wizard allows it.</source>
        <translation>Queda antes de la actualización: %1. Termine cada una o acepte el riesgo con un motivo donde el asistente lo permita.</translation>
    </message>
    <message>
        <source>Left before the upgrade: %1. Fix what is marked “Must fix” and check again: the upgrade must not start before.</source>
        <translation>Queda antes de la actualización: %1. Corrija lo marcado como “Debe corregirse” y vuelva a comprobarlo: la actualización no debe empezar antes.</translation>
    </message>
    <message numerus="yes">
        <source>%n checked too long ago</source>
        <translation>
            <numerusform>%n comprobada hace demasiado tiempo</numerusform>
            <numerusform>%n comprobadas hace demasiado tiempo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) are older than %1 days: check again right before the upgrade; until then the checklist cannot be ready.</source>
        <translation>
            <numerusform>%n resultado tiene más de %1 días: compruebe de nuevo justo antes de la actualización; hasta entonces la lista no puede estar lista.</numerusform>
            <numerusform>%n resultados tienen más de %1 días: compruebe de nuevo justo antes de la actualización; hasta entonces la lista no puede estar lista.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accepted risk(s) are past their last day and count as what the check found: fix them, or accept them again.</source>
        <translation>
            <numerusform>%n riesgo aceptado ha pasado su último día y cuenta como lo que encontró la comprobación: corríjalo o vuelva a aceptarlo.</numerusform>
            <numerusform>%n riesgos aceptados han pasado su último día y cuentan como lo que encontró la comprobación: corríjalos o vuelva a aceptarlos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The documents say this upgrade is not supported: %1</source>
        <translation>Los documentos indican que esta actualización no se admite: %1</translation>
    </message>
    <message>
        <source>Instead: %1 This checklist cannot be ready on this path.</source>
        <translation>En su lugar: %1 En esta ruta, la lista de comprobación no puede estar lista.</translation>
    </message>
    <message>
        <source>Also left on the checklist: %1.</source>
        <translation>Además, queda en la lista de comprobación: %1.</translation>
    </message>
</context>
<context>
    <name>ReportComparison</name>
    <message>
        <source>%1 (%2)</source>
        <comment>status (measured value)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>it is neither a Prep Wizard report in JSON nor a server snapshot</source>
        <translation>no es un informe de Prep Wizard en JSON ni una instantánea de servidor</translation>
    </message>
    <message>
        <source>it is a Prep Wizard report without its tasks</source>
        <translation>es un informe de Prep Wizard sin sus tareas</translation>
    </message>
    <message>
        <source>it holds more than %1 tasks, which no Prep Wizard report does</source>
        <translation>contiene más de %1 tareas, y ningún informe de Prep Wizard tiene tantas</translation>
    </message>
    <message>
        <source>a task in it has no id, or the same id as another</source>
        <translation>una de sus tareas no tiene identificador, o tiene el mismo que otra</translation>
    </message>
    <message>
        <source>unknown server</source>
        <translation>servidor desconocido</translation>
    </message>
    <message>
        <source>%1, snapshot taken on %2</source>
        <translation>%1, instantánea tomada el %2</translation>
    </message>
    <message>
        <source>%1, checked on %2</source>
        <translation>%1, comprobación del %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>file (server and time)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <comment>task: before → after</comment>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Nothing changed between the two checks.</source>
        <translation>Nada cambió entre las dos comprobaciones.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) changed: %1</source>
        <translation>
            <numerusform>%n tarea cambió: %1</numerusform>
            <numerusform>%n tareas cambiaron: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>These are two different servers (%1 and %2): compare checks of the same server to see what changed on it.</source>
        <translation>Son dos servidores distintos (%1 y %2): compare comprobaciones del mismo servidor para ver qué cambió en él.</translation>
    </message>
    <message>
        <source>The two were checked for different upgrade paths (%1 and %2); only the tasks they share are compared.</source>
        <translation>Las dos se comprobaron para rutas de actualización distintas (%1 y %2); solo se comparan las tareas que tienen en común.</translation>
    </message>
    <message>
        <source>The two are in different languages: only the results are compared, not the measured values.</source>
        <translation>Las dos están en idiomas distintos: solo se comparan los resultados, no los valores medidos.</translation>
    </message>
    <message>
        <source>The second was checked before the first: give the older one first.</source>
        <translation>La segunda se comprobó antes que la primera: indique primero la más antigua.</translation>
    </message>
    <message>
        <source>Only in the first: %1</source>
        <translation>Solo en la primera: %1</translation>
    </message>
    <message>
        <source>Only in the second: %1</source>
        <translation>Solo en la segunda: %1</translation>
    </message>
    <message>
        <source>What changed between two checks</source>
        <translation>Qué cambió entre dos comprobaciones</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>Antes:   %1</translation>
    </message>
    <message>
        <source>After:  %1</source>
        <translation>Después: %1</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>Antes:</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>Después:</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
</context>
<context>
    <name>ReportFingerprint</name>
    <message>
        <source>there is no such file</source>
        <translation>no existe ese archivo</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>it is not an ordinary file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>it is too large to be a report</source>
        <translation>es demasiado grande para ser un informe</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be read: it is not a JSON report of Prep Wizard.</source>
        <translation>No se puede leer %1: no es un informe JSON de Prep Wizard.</translation>
    </message>
    <message>
        <source>%1 cannot be read: it is not a JSON report of Prep Wizard (%2).</source>
        <translation>No se puede leer %1: no es un informe JSON de Prep Wizard (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be checked: it has no fingerprint (it was made by an older version, or the fingerprint was removed).</source>
        <translation>No se puede comprobar %1: no tiene huella (lo generó una versión anterior, o se quitó la huella).</translation>
    </message>
    <message>
        <source>%1 is unchanged since it was made: its fingerprint %2 matches its content.</source>
        <translation>%1 no ha cambiado desde que se generó: su huella %2 coincide con su contenido.</translation>
    </message>
    <message>
        <source>%1 was changed after it was made: its fingerprint says %2, its content now gives %3.</source>
        <translation>%1 se modificó después de generarse: su huella dice %2, su contenido da ahora %3.</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>Server upgrade preparation checklist</source>
        <translation>Lista de comprobación para preparar la actualización del servidor</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Computer checked</source>
        <translation>Equipo comprobado</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Preparado por</translation>
    </message>
    <message>
        <source>Upgrade path</source>
        <translation>Ruta de actualización</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Steps of the upgrade</source>
        <translation>Pasos de la actualización</translation>
    </message>
    <message>
        <source>Good to know about this path</source>
        <translation>Conviene saber sobre esta ruta</translation>
    </message>
    <message>
        <source>Information for connecting to the Internet</source>
        <translation>Información para la conexión a Internet</translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation>Precauciones</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Firma de conformidad</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Date</source>
        <comment>sign-off line</comment>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>host name — operating system</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (snapshot taken on %2)</source>
        <translation>%1 (instantánea tomada el %2)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>upgrade path: source → target</comment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>status word: count</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Measured: %1</source>
        <translation>Medido: %1</translation>
    </message>
    <message>
        <source>Measured: %1 (needed: %2)</source>
        <translation>Medido: %1 (necesario: %2)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <comment>the operator&apos;s note on a task</comment>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Risk accepted because: %1</source>
        <translation>Riesgo aceptado. Motivo: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>verdict: explanation</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>verdict: readiness</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>document title — server</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>category (progress)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>form field: value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Marked done on %1</source>
        <translation>Marcada como realizada el %1</translation>
    </message>
    <message>
        <source>Marked done on %1 by %2</source>
        <translation>Marcada como realizada el %1 por %2</translation>
    </message>
    <message>
        <source>Accepted on %1</source>
        <translation>Aceptado el %1</translation>
    </message>
    <message>
        <source>Accepted on %1 by %2</source>
        <translation>Aceptado el %1 por %2</translation>
    </message>
    <message>
        <source>Does not apply because: %1</source>
        <translation>No se aplica porque: %1</translation>
    </message>
    <message>
        <source>Marked on %1</source>
        <translation>Marcada el %1</translation>
    </message>
    <message>
        <source>Marked on %1 by %2</source>
        <translation>Marcada el %1 por %2</translation>
    </message>
    <message>
        <source>Needs review: when this was marked, the check said “%1”; the latest check says “%2”.</source>
        <translation>Hay que revisarla: cuando se marcó, la comprobación decía “%1”; la última comprobación dice “%2”.</translation>
    </message>
    <message>
        <source>It said then: %1</source>
        <translation>Entonces decía: %1</translation>
    </message>
    <message>
        <source>marked done</source>
        <translation>marcada como realizada</translation>
    </message>
    <message>
        <source>risk accepted</source>
        <translation>riesgo aceptado</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>no se aplica</translation>
    </message>
    <message>
        <source>“%1”: the session file said “%2” over the finding “%3”, which the wizard does not allow; that mark was set aside.</source>
        <translation>“%1”: el archivo de sesión decía “%2” sobre el resultado “%3”, lo que el asistente no permite; esa marca se ha descartado.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) to do once the upgrade is done; they do not count for the verdict.</source>
        <translation>
            <numerusform>%n tarea para después de la actualización; no cuenta para el veredicto.</numerusform>
            <numerusform>%n tareas para después de la actualización; no cuentan para el veredicto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set aside from the session file</source>
        <translation>Descartado del archivo de sesión</translation>
    </message>
    <message>
        <source>The acceptance expired after %1: the task counts as what the check found until the risk is accepted again.</source>
        <translation>La aceptación venció después del %1: la tarea cuenta como lo que encontró la comprobación hasta que se vuelva a aceptar el riesgo.</translation>
    </message>
    <message>
        <source>Accepted until %1</source>
        <translation>Aceptado hasta el %1</translation>
    </message>
    <message>
        <source>Result %1: older than %2 days, so it must be checked again before the upgrade.</source>
        <translation>Resultado %1: tiene más de %2 días, así que hay que comprobarlo de nuevo antes de la actualización.</translation>
    </message>
    <message>
        <source>Result %1.</source>
        <comment>result checked 3 days ago</comment>
        <translation>Resultado %1.</translation>
    </message>
    <message>
        <source>Since the previous check (%1): %2 — it said “%3”.</source>
        <translation>Desde la comprobación anterior (%1): %2 — decía “%3”.</translation>
    </message>
    <message>
        <source>Since the previous check: %1.</source>
        <translation>Desde la comprobación anterior: %1.</translation>
    </message>
    <message>
        <source>I have worked through this checklist. The server is prepared for the migration as recorded above.</source>
        <translation>He completado esta lista de comprobación. El servidor está preparado para la migración tal como se indica arriba.</translation>
    </message>
    <message>
        <source>I have worked through this checklist. The server is prepared for the upgrade as recorded above.</source>
        <translation>He completado esta lista de comprobación. El servidor está preparado para la actualización tal como se indica arriba.</translation>
    </message>
    <message>
        <source>I have worked through this checklist. The server is prepared for the migration as recorded above, with the risks accepted as explained next to their tasks.</source>
        <translation>He completado esta lista de comprobación. El servidor está preparado para la migración tal como se indica arriba, con los riesgos aceptados según se explica junto a sus tareas.</translation>
    </message>
    <message>
        <source>I have worked through this checklist. The server is prepared for the upgrade as recorded above, with the risks accepted as explained next to their tasks.</source>
        <translation>He completado esta lista de comprobación. El servidor está preparado para la actualización tal como se indica arriba, con los riesgos aceptados según se explica junto a sus tareas.</translation>
    </message>
    <message>
        <source>I have worked through this checklist as recorded above. The migration cannot start yet: the tasks still open, listed on the first page, are to be finished first.</source>
        <translation>He completado esta lista de comprobación tal como se indica arriba. La migración no puede empezar todavía: antes hay que terminar las tareas aún abiertas, enumeradas en la primera página.</translation>
    </message>
    <message>
        <source>I have worked through this checklist as recorded above. The upgrade cannot start yet: the tasks still open, listed on the first page, are to be finished first.</source>
        <translation>He completado esta lista de comprobación tal como se indica arriba. La actualización no puede empezar todavía: antes hay que terminar las tareas aún abiertas, enumeradas en la primera página.</translation>
    </message>
    <message>
        <source>I have worked through this checklist as recorded above. The migration must not start: what is marked “Must fix” is to be fixed and checked again first.</source>
        <translation>He completado esta lista de comprobación tal como se indica arriba. La migración no debe empezar: antes hay que corregir lo marcado como “Debe corregirse” y volver a comprobarlo.</translation>
    </message>
    <message>
        <source>I have worked through this checklist as recorded above. The upgrade must not start: what is marked “Must fix” is to be fixed and checked again first.</source>
        <translation>He completado esta lista de comprobación tal como se indica arriba. La actualización no debe empezar: antes hay que corregir lo marcado como “Debe corregirse” y volver a comprobarlo.</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <comment>signature of the person who prepared the server</comment>
        <translation>Preparado por</translation>
    </message>
    <message>
        <source>Owner or consultant</source>
        <comment>signature of the person who receives the record</comment>
        <translation>Propietario o consultor</translation>
    </message>
    <message>
        <source>Still open before the upgrade (%1)</source>
        <comment>the number of open tasks</comment>
        <translation>Aún abiertas antes de la actualización (%1)</translation>
    </message>
    <message>
        <source>What the symbols mean</source>
        <translation>Qué significan los símbolos</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>QLocale date format of reports: 13 March 2025</comment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date, time: 13 March 2025, 18:45</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The wizard found: %1.</source>
        <comment>what the check found under the operator&apos;s mark</comment>
        <translation>El asistente encontró: %1.</translation>
    </message>
    <message>
        <source>Initials / date:</source>
        <comment>a box to fill in by hand under an open task</comment>
        <translation>Iniciales / fecha:</translation>
    </message>
    <message>
        <source>the wizard checked it</source>
        <translation>lo comprobó el asistente</translation>
    </message>
    <message>
        <source>the operator did it</source>
        <translation>lo hizo el operador</translation>
    </message>
    <message>
        <source>the operator accepted what the wizard found, with a reason</source>
        <translation>el operador aceptó lo que encontró el asistente, con un motivo</translation>
    </message>
    <message>
        <source>not for this server, with a reason</source>
        <translation>no corresponde a este servidor, con un motivo</translation>
    </message>
    <message>
        <source>still to do</source>
        <translation>pendiente de hacer</translation>
    </message>
    <message>
        <source>the wizard could not check it</source>
        <translation>el asistente no pudo comprobarlo</translation>
    </message>
    <message>
        <source>the wizard found a risk</source>
        <translation>el asistente encontró un riesgo</translation>
    </message>
    <message>
        <source>must be fixed before the upgrade</source>
        <translation>hay que corregirlo antes de la actualización</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <comment>status symbol, status word: what it means</comment>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Where each task comes from in the documents; its number is printed after the task&apos;s title.</source>
        <translation>De dónde procede cada tarea en los documentos; su número figura tras el título de la tarea.</translation>
    </message>
    <message>
        <source>Still to do once the upgrade is done. These tasks do not count for the verdict.</source>
        <translation>Pendiente una vez terminada la actualización. Estas tareas no cuentan para el resultado.</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <comment>when the report was made: 13 March 2025, 18:45</comment>
        <translation>Generado el %1</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256): %1</source>
        <comment>of the report&apos;s JSON form</comment>
        <translation>Huella (SHA-256): %1</translation>
    </message>
    <message>
        <source>Preparation record of %1: %2; verdict: %3</source>
        <comment>PDF subject: server, path, readiness</comment>
        <translation>Registro de preparación de %1: %2; resultado: %3</translation>
    </message>
    <message>
        <source>Found in the snapshot taken on %1.</source>
        <translation>Encontrado en la instantánea tomada el %1.</translation>
    </message>
    <message>
        <source>Checked on %1.</source>
        <translation>Comprobado el %1.</translation>
    </message>
    <message>
        <source>Older than %1 days: it must be checked again before the upgrade.</source>
        <translation>Tiene más de %1 días: hay que comprobarlo de nuevo antes de la actualización.</translation>
    </message>
    <message>
        <source>Migration planned for</source>
        <translation>Fecha prevista de la migración</translation>
    </message>
    <message>
        <source>Upgrade planned for</source>
        <translation>Fecha prevista de la actualización</translation>
    </message>
    <message>
        <source>Backup record</source>
        <translation>Registro de la copia de seguridad</translation>
    </message>
    <message>
        <source>Backup media (tape, disk, …)</source>
        <translation>Soporte de la copia de seguridad (cinta, disco, …)</translation>
    </message>
    <message>
        <source>Where the backup is kept</source>
        <translation>Dónde se guarda la copia de seguridad</translation>
    </message>
    <message>
        <source>Full backup made</source>
        <translation>Copia de seguridad completa realizada</translation>
    </message>
    <message>
        <source>Backup verified</source>
        <translation>Copia de seguridad comprobada</translation>
    </message>
    <message>
        <source>From the checklist: the backup tasks&apos; marks and the wizard&apos;s comparison. Fill in by hand what is blank.</source>
        <translation>De la lista de comprobación: las marcas de las tareas de copia de seguridad y la comparación del asistente. Complete a mano lo que esté en blanco.</translation>
    </message>
    <message>
        <source>%1, checked %2</source>
        <comment>a task&apos;s status, and when it was found</comment>
        <translation>%1, comprobación del %2</translation>
    </message>
    <message>
        <source>Services stopped for the upgrade, with their startup types</source>
        <translation>Servicios detenidos para la actualización, con su Tipo de inicio</translation>
    </message>
    <message>
        <source>Other service: %1</source>
        <comment>a row of the form to fill in by hand</comment>
        <translation>Otro servicio: %1</translation>
    </message>
    <message>
        <source>The startup types were recorded by the wizard before the services were stopped. When the upgrade is complete, set each service back to its startup type.</source>
        <translation>El asistente registró el Tipo de inicio antes de detener los servicios. Cuando se complete la actualización, vuelva a establecer el Tipo de inicio de cada servicio.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>number. step</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1. %2 (%3)</source>
        <comment>number. task (where the checklist has it)</comment>
        <translation>%1. %2 (%3)</translation>
    </message>
    <message>
        <source>Order given by: %1</source>
        <translation>Orden según: %1</translation>
    </message>
    <message>
        <source>Service plan %1 saved without a verified backup on %2.</source>
        <translation>Plan de servicios %1 guardado sin una copia de seguridad comprobada el %2.</translation>
    </message>
    <message>
        <source>Service plan %1 saved without a verified backup on %2 by %3.</source>
        <translation>Plan de servicios %1 guardado sin una copia de seguridad comprobada el %2 por %3.</translation>
    </message>
    <message>
        <source>This is a risk the operator accepted; it does not count as a verified backup.</source>
        <translation>Es un riesgo que aceptó el operador; no cuenta como copia de seguridad comprobada.</translation>
    </message>
    <message>
        <source>Destination Server</source>
        <translation>Servidor de destino</translation>
    </message>
    <message>
        <source>not opened: the hardware and clock checks need its snapshot</source>
        <translation>sin abrir: las comprobaciones de hardware y de la hora necesitan su instantánea</translation>
    </message>
</context>
<context>
    <name>ServicePlanner</name>
    <message>
        <source>The wizard does not know the name of the server; check it again first.</source>
        <translation>El asistente no conoce el nombre del servidor; vuelva a comprobarlo primero.</translation>
    </message>
    <message>
        <source>The check found no service to stop: there is nothing to prepare.</source>
        <translation>La comprobación no encontró ningún servicio que detener: no hay nada que preparar.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a journal the wizard can use: %2</source>
        <translation>%1 no es un diario que el asistente pueda usar: %2</translation>
    </message>
    <message>
        <source>%1 is the journal of the server %2, and this checklist is about %3.</source>
        <translation>%1 es el diario del servidor %2, y esta lista de comprobación es de %3.</translation>
    </message>
    <message>
        <source>%1 records no service: prepprobe prepare has not changed anything yet.</source>
        <translation>%1 no registra ningún servicio: prepprobe prepare aún no ha cambiado nada.</translation>
    </message>
    <message>
        <source>The backup has not been verified (“Verify the backup, and test it by restoring some files to another location”). Verify it first, or accept the risk of changing the server without a verified backup and give your reason.</source>
        <translation>La copia de seguridad no se ha comprobado (“Compruebe la copia de seguridad y pruébela restaurando algunos archivos en otra ubicación”). Compruébela primero, o acepte el riesgo de cambiar el servidor sin una copia de seguridad comprobada e indique su motivo.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>it is not a Prep Wizard session file</source>
        <translation>no es un archivo de sesión de Prep Wizard</translation>
    </message>
    <message>
        <source>it was saved by a newer version of Prep Wizard (format %1; this version reads format %2)</source>
        <translation>lo guardó una versión más reciente de Prep Wizard (formato %1; esta versión lee el formato %2)</translation>
    </message>
    <message>
        <source>parts of it are damaged</source>
        <translation>partes del archivo están dañadas</translation>
    </message>
    <message>
        <source>Your progress could not be saved to %1: %2</source>
        <translation>No se pudo guardar su progreso en %1: %2</translation>
    </message>
    <message>
        <source>it is too large to be a session file</source>
        <translation>es demasiado grande para ser un archivo de sesión</translation>
    </message>
    <message>
        <source>it could not be read (%1)</source>
        <translation>no se pudo leer (%1)</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>it is damaged or incomplete</source>
        <translation>está dañado o incompleto</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>it is not an ordinary file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>Your saved progress could not be opened because %1. The file was kept as %2. The wizard starts afresh.</source>
        <translation>No se pudo abrir el progreso guardado porque %1. El archivo se ha conservado como %2. El asistente empieza de nuevo.</translation>
    </message>
    <message>
        <source>Your saved progress could not be opened because %1, and it could not be moved aside; it stays at %2. The wizard starts afresh and saves to %3 instead.</source>
        <translation>No se pudo abrir el progreso guardado porque %1, y no se pudo apartar; sigue en %2. El asistente empieza de nuevo y guarda en %3.</translation>
    </message>
    <message>
        <source>%1 is open in another Prep Wizard window (process %2 on %3). This window does not save to it; close the other one first.</source>
        <translation>%1 está abierto en otra ventana de Prep Wizard (proceso %2 en %3). Esta ventana no guarda en él; cierre primero la otra.</translation>
    </message>
</context>
<context>
    <name>SessionArchive</name>
    <message>
        <source>The checklist could not be copied to %1: %2</source>
        <translation>No se pudo copiar la lista de comprobación en %1: %2</translation>
    </message>
    <message>
        <source>Too many copies of the checklist were made this minute in %1.</source>
        <translation>Se han hecho demasiadas copias de la lista de comprobación en este minuto en %1.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>To do</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Must fix</source>
        <translation>Debe corregirse</translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation>No se pudo comprobar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <source>Risk accepted</source>
        <translation>Riesgo aceptado</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation>No se aplica</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Revisar</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>risk accepted (what the wizard found)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>SystemToolLauncher</name>
    <message>
        <source>This computer does not have that tool.</source>
        <translation>Este equipo no tiene esa herramienta.</translation>
    </message>
    <message>
        <source>Windows could not start %1: %2</source>
        <translation>Windows no pudo iniciar %1: %2</translation>
    </message>
    <message>
        <source>Could not start %1.</source>
        <translation>No se pudo iniciar %1.</translation>
    </message>
</context>
<context>
    <name>WholeFile</name>
    <message>
        <source>no file name was given</source>
        <translation>no se indicó ningún nombre de archivo</translation>
    </message>
    <message>
        <source>it is a symbolic link; give the file it points to</source>
        <translation>es un enlace simbólico; indique el archivo al que apunta</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>it is a named pipe that no program reads</source>
        <translation>es una tubería con nombre que ningún programa lee</translation>
    </message>
    <message>
        <source>Windows error %1</source>
        <translation>error de Windows %1</translation>
    </message>
    <message>
        <source>another program has it open; close it there and try again</source>
        <translation>otro programa lo tiene abierto; ciérrelo allí y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>“%1” has a character that Windows does not allow in a file name (one of &lt; &gt; : &quot; / \ | ? * or a control character)</source>
        <translation>“%1” tiene un carácter que Windows no admite en un nombre de archivo (uno de &lt; &gt; : &quot; / \ | ? * o un carácter de control)</translation>
    </message>
    <message>
        <source>“%1” ends with a dot or a space, which Windows drops; remove it</source>
        <translation>“%1” termina en un punto o un espacio, que Windows descarta; quítelo</translation>
    </message>
    <message>
        <source>“%1” is a name that Windows keeps for a device (%2); choose another name</source>
        <translation>“%1” es un nombre que Windows reserva para un dispositivo (%2); elija otro nombre</translation>
    </message>
    <message>
        <source>the file is read-only; clear Read-only in its properties or choose another name</source>
        <translation>el archivo es de solo lectura; desactive Solo lectura en sus propiedades o elija otro nombre</translation>
    </message>
    <message>
        <source>%1; another program may have it open: close it there and try again</source>
        <translation>%1; puede que otro programa lo tenga abierto: ciérrelo allí y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>%1</source>
        <extracomment>The system&apos;s own words for an error (&quot;No space left on device&quot;), shown as they are.</extracomment>
        <translation>%1</translation>
    </message>
</context>
<context>
    <name>prep::BackupCheck</name>
    <message>
        <source>Choose the folder that holds the original files.</source>
        <translation>Elija la carpeta que contiene los archivos originales.</translation>
    </message>
    <message>
        <source>Choose the folder you restored the backup files to.</source>
        <translation>Elija la carpeta en la que restauró los archivos de la copia de seguridad.</translation>
    </message>
    <message>
        <source>The two folders are the same. Restore the files to another location, not over the originals.</source>
        <translation>Las dos carpetas son la misma. Restaure los archivos en otra ubicación, no sobre los originales.</translation>
    </message>
</context>
<context>
    <name>prep::BackupCheckButton</name>
    <message>
        <source>Compare &amp;restored files with the originals…</source>
        <translation>Com&amp;parar los archivos restaurados con los originales…</translation>
    </message>
</context>
<context>
    <name>prep::BackupCheckDialog</name>
    <message>
        <source>Compare restored files with the originals</source>
        <translation>Comparar los archivos restaurados con los originales</translation>
    </message>
    <message numerus="yes">
        <source>Restore some files from the backup to another folder, not over the originals. The wizard picks up to %n file(s) at random from that folder and compares each with its original (SHA-256).</source>
        <translation>
            <numerusform>Restaure algunos archivos de la copia de seguridad en otra carpeta, no sobre los originales. El asistente elige al azar hasta %n archivo de esa carpeta y lo compara con su original (SHA-256).</numerusform>
            <numerusform>Restaure algunos archivos de la copia de seguridad en otra carpeta, no sobre los originales. El asistente elige al azar hasta %n archivos de esa carpeta y compara cada uno con su original (SHA-256).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Original folder:</source>
        <translation>Carpeta &amp;original:</translation>
    </message>
    <message>
        <source>Original folder</source>
        <translation>Carpeta original</translation>
    </message>
    <message>
        <source>&amp;Restored to:</source>
        <translation>&amp;Restaurados en:</translation>
    </message>
    <message>
        <source>Folder the backup files were restored to</source>
        <translation>Carpeta en la que se restauraron los archivos de la copia de seguridad</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Browse for the original folder</source>
        <translation>Buscar la carpeta original</translation>
    </message>
    <message>
        <source>Browse for the restored folder</source>
        <translation>Buscar la carpeta de los archivos restaurados</translation>
    </message>
    <message>
        <source>The backup was &amp;taken at:</source>
        <translation>&amp;La copia de seguridad se realizó el:</translation>
    </message>
    <message>
        <source>Time the backup was taken</source>
        <translation>Fecha y hora de la copia de seguridad</translation>
    </message>
    <message>
        <source>Progress of the comparison</source>
        <translation>Progreso de la comparación</translation>
    </message>
    <message>
        <source>Differ from the original:</source>
        <translation>Difieren del original:</translation>
    </message>
    <message>
        <source>Files that differ from the original</source>
        <translation>Archivos que difieren del original</translation>
    </message>
    <message>
        <source>No original any more:</source>
        <translation>Ya sin original:</translation>
    </message>
    <message>
        <source>Restored files without an original</source>
        <translation>Archivos restaurados sin original</translation>
    </message>
    <message>
        <source>Original changed after the backup:</source>
        <translation>Original cambiado después de la copia de seguridad:</translation>
    </message>
    <message>
        <source>Files whose original changed after the backup</source>
        <translation>Archivos cuyo original cambió después de la copia de seguridad</translation>
    </message>
    <message>
        <source>Could not be read:</source>
        <translation>No se pudieron leer:</translation>
    </message>
    <message>
        <source>Files that could not be read</source>
        <translation>Archivos que no se pudieron leer</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>Co&amp;mparar</translation>
    </message>
    <message>
        <source>C&amp;ancel comparison</source>
        <translation>C&amp;ancelar la comparación</translation>
    </message>
    <message>
        <source>This checklist is about %1, not this computer: restore the files on %1, and give both folders by their network names, for example \\%1\Data and \\%1\Restored.</source>
        <translation>Esta lista de comprobación es de %1, no de este equipo: restaure los archivos en %1 e indique las dos carpetas por su nombre de red, por ejemplo \\%1\Datos y \\%1\Restaurado.</translation>
    </message>
</context>
<context>
    <name>prep::CategoryPage</name>
    <message>
        <source>Tasks: %1</source>
        <translation>Tareas: %1</translation>
    </message>
</context>
<context>
    <name>prep::ChecklistModel</name>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 de %2 realizadas</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>prep::InternetInfoForm</name>
    <message>
        <source>Information you may need for the Internet connection and e-mail after the upgrade. The wizard filled in what it found in the network settings; complete the rest.</source>
        <translation>Información que puede necesitar para la conexión a Internet y el correo electrónico después de la actualización. El asistente ha rellenado lo que encontró en la configuración de red; complete el resto.</translation>
    </message>
</context>
<context>
    <name>prep::NoticeCountdownPanel</name>
    <message>
        <source>&amp;Start the wait</source>
        <translation>&amp;Iniciar la espera</translation>
    </message>
    <message>
        <source>Wait after the message: %1</source>
        <translation>Espera después del mensaje: %1</translation>
    </message>
    <message>
        <source>S&amp;top the wait</source>
        <translation>&amp;Detener la espera</translation>
    </message>
    <message>
        <source>Time left: %1</source>
        <translation>Tiempo restante: %1</translation>
    </message>
    <message>
        <source>&amp;Start the wait again</source>
        <translation>&amp;Iniciar de nuevo la espera</translation>
    </message>
    <message>
        <source>The time is up: continue with the next step.</source>
        <translation>Se acabó el tiempo: continúe con el paso siguiente.</translation>
    </message>
    <message>
        <source>Message to the users</source>
        <translation>Mensaje a los usuarios</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>C&amp;opiar</translation>
    </message>
    <message>
        <source>To notify all users, you can send them this message at a command prompt; then start the wait:</source>
        <translation>Para notificarlo a todos los usuarios, puede enviarles este mensaje en el símbolo del sistema; a continuación, inicie la espera:</translation>
    </message>
</context>
<context>
    <name>prep::PathPage</name>
    <message>
        <source>Steps, in this order</source>
        <translation>Pasos, en este orden</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Conviene saber</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>Upgrade path</source>
        <translation>Ruta de actualización</translation>
    </message>
    <message>
        <source>Tell the wizard what the server runs now and what you are moving to.</source>
        <translation>Indique al asistente qué ejecuta ahora el servidor y a qué va a pasar.</translation>
    </message>
    <message>
        <source>The server &amp;runs now:</source>
        <translation>El servidor &amp;ejecuta ahora:</translation>
    </message>
    <message>
        <source>You are &amp;moving to:</source>
        <translation>Va a &amp;pasar a:</translation>
    </message>
    <message>
        <source>The server runs now</source>
        <translation>El servidor ejecuta ahora</translation>
    </message>
    <message>
        <source>You are moving to</source>
        <translation>Va a pasar a</translation>
    </message>
    <message>
        <source>I understand that this upgrade is not supported as it stands, and I want to prepare for it &amp;anyway.</source>
        <translation>Entiendo que esta actualización no es compatible tal como está y quiero prepararla de &amp;todos modos.</translation>
    </message>
    <message>
        <source>Check the path:</source>
        <translation>Compruebe la ruta:</translation>
    </message>
    <message>
        <source>Then the path goes on from %1 to %2: the tasks and notes of that stage are part of this path.</source>
        <translation>Después, la ruta continúa de %1 a %2: las tareas y las notas de esa etapa forman parte de esta ruta.</translation>
    </message>
    <message>
        <source>Not opened yet: the hardware and clock checks need it. On the Destination Server, run prepprobe.exe --time-server HOST --output FILE, bring the file here and open it.</source>
        <translation>Aún no se ha abierto: las comprobaciones de hardware y de la hora lo necesitan. En el servidor de destino, ejecute prepprobe.exe --time-server HOST --output FILE, traiga el archivo aquí y ábralo.</translation>
    </message>
    <message>
        <source>%1, from the snapshot %2 taken on %3. The hardware and clock checks read it.</source>
        <translation>%1, según la instantánea %2 tomada el %3. Las comprobaciones de hardware y de la hora la leen.</translation>
    </message>
    <message>
        <source>%1, from the snapshot %2 taken on %3, and that file cannot be opened: %4
Open it from where it is now, or a new snapshot. The hardware and clock checks wait until then.</source>
        <translation>%1, según la instantánea %2 tomada el %3, y ese archivo no se puede abrir: %4
Ábrala desde donde esté ahora, o abra una instantánea nueva. Las comprobaciones de hardware y de la hora esperan hasta entonces.</translation>
    </message>
    <message>
        <source>%1: opening the snapshot %2…</source>
        <translation>%1: abriendo la instantánea %2…</translation>
    </message>
    <message>
        <source>&amp;Open the Destination&apos;s snapshot…</source>
        <translation>Abrir la instantánea del servidor de &amp;destino…</translation>
    </message>
    <message>
        <source>&amp;Forget it</source>
        <translation>&amp;Olvidarla</translation>
    </message>
    <message>
        <source>Forget the Destination&apos;s snapshot</source>
        <translation>Olvidar la instantánea del servidor de destino</translation>
    </message>
</context>
<context>
    <name>prep::PrepWizard</name>
    <message>
        <source>Prep Wizard</source>
        <translation>Prep Wizard</translation>
    </message>
    <message>
        <source>Prep Wizard — %1</source>
        <translation>Prep Wizard — %1</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>Co&amp;mmit</source>
        <translation>&amp;Confirmar</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Your progress is saved as you go.</source>
        <translation>Su progreso se guarda a medida que avanza.</translation>
    </message>
    <message>
        <source>Your progress is saved in %1.</source>
        <translation>Su progreso está guardado en %1.</translation>
    </message>
    <message>
        <source>Close Prep Wizard?</source>
        <translation>¿Cerrar Prep Wizard?</translation>
    </message>
    <message>
        <source>%1 The next time you start the wizard, it offers to continue where you left off.</source>
        <translation>%1 La próxima vez que inicie el asistente, le ofrecerá continuar donde lo dejó.</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>&amp;Seguir trabajando</translation>
    </message>
    <message>
        <source>Your checklist is kept.</source>
        <translation>Su lista de comprobación queda guardada.</translation>
    </message>
    <message>
        <source>Type your name and the server&apos;s name: both are printed on the checklist. If you started a checklist before, choose whether to continue it or start a new one. To prepare an older server, open the snapshot that prepprobe.exe wrote there. Then click Next.</source>
        <translation>Escriba su nombre y el nombre del servidor: los dos se imprimen en la lista de comprobación. Si ya empezó una lista, elija si quiere continuarla o empezar una nueva. Para preparar un servidor antiguo, abra la instantánea que prepprobe.exe escribió en él. Después haga clic en Siguiente.</translation>
    </message>
    <message>
        <source>Choose what the server runs now and what you are moving to. The wizard says whether that upgrade is supported and lists its steps in order. Then click Next.</source>
        <translation>Elija lo que ejecuta ahora el servidor y aquello a lo que va a pasar. El asistente indica si esa actualización es compatible y enumera sus pasos en orden. Después haga clic en Siguiente.</translation>
    </message>
    <message>
        <source>This page shows how ready the server is and the state of every task. To change a task, click its step at the side. Print the checklist or save it as a PDF for your records.</source>
        <translation>Esta página muestra lo preparado que está el servidor y el estado de cada tarea. Para cambiar una tarea, haga clic en su paso, en el lateral. Imprima la lista de comprobación o guárdela como PDF para su documentación.</translation>
    </message>
    <message>
        <source>This page lists the tasks of one group: %1. Click a task to see what to do. The wizard checks some tasks by itself; for the others, do what the task says, then click the button that marks it done, press Enter in the note, or press Space in the list.</source>
        <translation>Esta página enumera las tareas de un grupo: %1. Haga clic en una tarea para ver qué hay que hacer. El asistente comprueba algunas tareas por sí mismo; para las demás, haga lo que indica la tarea y después haga clic en el botón que la marca como realizada, pulse Intro en la nota o pulse la barra espaciadora en la lista.</translation>
    </message>
    <message>
        <source>The open task: %1.</source>
        <translation>La tarea abierta: %1.</translation>
    </message>
    <message>
        <source>Keys: Tab moves to the next control; Alt with the underlined letter presses a button; F1 shows this help.</source>
        <translation>Teclas: Tab pasa al siguiente control; Alt con la letra subrayada pulsa un botón; F1 muestra esta ayuda.</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>The tab “%1” lists the tasks in the order the documents give; click one to open it.</source>
        <translation>La pestaña “%1” muestra las tareas en el orden que dan los documentos; haga clic en una para abrirla.</translation>
    </message>
</context>
<context>
    <name>prep::ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Accept the risk</source>
        <translation>Aceptar el riesgo</translation>
    </message>
    <message>
        <source>“%1” is not settled. If you go ahead anyway, write down why: the reason is printed on the checklist, beside what the wizard found.</source>
        <translation>“%1” no está resuelta. Si sigue adelante de todos modos, escriba por qué: el motivo se imprime en la lista de comprobación, junto a lo que encontró el asistente.</translation>
    </message>
    <message>
        <source>For example: the antivirus vendor confirmed the product is compatible.</source>
        <translation>Por ejemplo: el fabricante del antivirus ha confirmado que el producto es compatible.</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation>No se aplica</translation>
    </message>
    <message>
        <source>“%1” applies only in some cases. Write down why it does not apply to this server: the reason is printed on the checklist.</source>
        <translation>“%1” solo se aplica en algunos casos. Escriba por qué no se aplica a este servidor: el motivo se imprime en la lista de comprobación.</translation>
    </message>
    <message>
        <source>For example: we do not use Office 365.</source>
        <translation>Por ejemplo: no usamos Office 365.</translation>
    </message>
    <message>
        <source>Checked by hand</source>
        <translation>Comprobado a mano</translation>
    </message>
    <message>
        <source>The wizard could not check “%1”. If you checked it yourself, write down how and what you saw: it is printed on the checklist.</source>
        <translation>El asistente no pudo comprobar “%1”. Si lo comprobó usted, escriba cómo y qué vio: se imprime en la lista de comprobación.</translation>
    </message>
    <message>
        <source>For example: Disk Management shows 40 GB free on drive C.</source>
        <translation>Por ejemplo: Administración de discos muestra 40 GB libres en la unidad C.</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Marcar como realizada</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <comment>the acceptance holds until a day</comment>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Last day the acceptance holds</source>
        <translation>Último día en que vale la aceptación</translation>
    </message>
</context>
<context>
    <name>prep::ReportActions</name>
    <message>
        <source>Web page (*.html)</source>
        <translation>Página Web (*.html)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>JSON for scripts (*.json)</source>
        <translation>JSON para scripts (*.json)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Texto sin formato (*.txt)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>Preview the checklist as it will be printed, then print it</source>
        <translation>Muestra una vista previa de la lista de comprobación tal como se imprimirá y, a continuación, la imprime</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the checklist as a PDF document to keep with the server&apos;s records</source>
        <translation>Guarda la lista de comprobación como documento PDF para conservarla con la documentación del servidor</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Save the checklist as a web page, as Markdown, or as JSON for scripts</source>
        <translation>Guarda la lista de comprobación como página Web, como Markdown o como JSON para scripts</translation>
    </message>
    <message>
        <source>checklist-%1-%2</source>
        <comment>file name: server, date</comment>
        <translation>lista-de-comprobacion-%1-%2</translation>
    </message>
    <message>
        <source>Print the checklist</source>
        <translation>Imprimir la lista de comprobación</translation>
    </message>
    <message>
        <source>Save the checklist as PDF</source>
        <translation>Guardar la lista de comprobación como PDF</translation>
    </message>
    <message>
        <source>Export the checklist</source>
        <translation>Exportar la lista de comprobación</translation>
    </message>
    <message>
        <source>The checklist was not saved</source>
        <translation>No se guardó la lista de comprobación</translation>
    </message>
    <message>
        <source>The checklist could not be saved as %1 (%2).

Choose another folder, or check that the disk is not full and that you may write there.</source>
        <translation>No se pudo guardar la lista de comprobación como %1 (%2).

Elija otra carpeta o compruebe que el disco no está lleno y que tiene permiso para escribir en ella.</translation>
    </message>
    <message>
        <source>The checklist was saved</source>
        <translation>Se guardó la lista de comprobación</translation>
    </message>
    <message>
        <source>The checklist was saved as %1

in the folder %2.</source>
        <translation>La lista de comprobación se guardó como %1

en la carpeta %2.</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>&amp;Abrir la carpeta</translation>
    </message>
    <message>
        <source>The folder could not be opened</source>
        <translation>No se pudo abrir la carpeta</translation>
    </message>
    <message>
        <source>The folder %1 could not be opened. The checklist is there all the same.</source>
        <translation>No se pudo abrir la carpeta %1. La lista de comprobación está allí de todos modos.</translation>
    </message>
</context>
<context>
    <name>prep::ServicePlanButtons</name>
    <message>
        <source>&amp;Prepare the services with prepprobe…</source>
        <translation>&amp;Preparar los servicios con prepprobe…</translation>
    </message>
    <message>
        <source>Open the prepprobe &amp;journal…</source>
        <translation>Abrir el &amp;diario de prepprobe…</translation>
    </message>
</context>
<context>
    <name>prep::ServicePlanDialog</name>
    <message>
        <source>Prepare the services</source>
        <translation>Preparar los servicios</translation>
    </message>
    <message>
        <source>prepprobe prepare sets these services on %1 to the new startup type and stops them. Before each change it writes down the service&apos;s startup type and state in a journal, so that prepprobe restore can put everything back.</source>
        <translation>prepprobe prepare establece en %1 el nuevo Tipo de inicio de estos servicios y los detiene. Antes de cada cambio anota en un diario el Tipo de inicio y el estado del servicio, para que prepprobe restore pueda dejarlo todo como estaba.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Startup type now</source>
        <translation>Tipo de inicio actual</translation>
    </message>
    <message>
        <source>New startup type</source>
        <translation>Nuevo Tipo de inicio</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, and stop it</source>
        <translation>%1, y detenerlo</translation>
    </message>
    <message>
        <source>&amp;Plan file:</source>
        <translation>Archivo del &amp;plan:</translation>
    </message>
    <message>
        <source>&amp;Reason for changing the server without a verified backup:</source>
        <translation>&amp;Motivo para cambiar el servidor sin una copia de seguridad comprobada:</translation>
    </message>
    <message>
        <source>&amp;Save the plan</source>
        <translation>&amp;Guardar el plan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>On the server, in the folder that holds the plan, as an administrator:
%1
After the upgrade:
%2</source>
        <translation>En el servidor, en la carpeta que contiene el plan, como administrador:
%1
Después de la actualización:
%2</translation>
    </message>
</context>
<context>
    <name>prep::SetupFolderField</name>
    <message>
        <source>Folder for Setup&apos;s files</source>
        <translation>Carpeta para los archivos del programa de instalación</translation>
    </message>
    <message>
        <source>&amp;Folder for Setup&apos;s files:</source>
        <translation>Car&amp;peta para los archivos del programa de instalación:</translation>
    </message>
    <message>
        <source>Empty: only the system volume is checked</source>
        <translation>Vacío: solo se comprueba el volumen del sistema</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
</context>
<context>
    <name>prep::StepsPanel</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Upgrade path</source>
        <translation>Ruta de actualización</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>%1 (%2/%3)</source>
        <comment>step title with tasks done and total</comment>
        <translation>%1 (%2/%3)</translation>
    </message>
    <message>
        <source>current step</source>
        <translation>paso actual</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Checking: %1
from a snapshot taken %2</source>
        <translation>Se comprueba: %1
con una instantánea tomada el %2</translation>
    </message>
    <message>
        <source>Checking this computer: %1</source>
        <translation>Se comprueba este equipo: %1</translation>
    </message>
    <message>
        <source>Source: %1 (snapshot of %2)</source>
        <translation>Origen: %1 (instantánea del %2)</translation>
    </message>
    <message>
        <source>Source: this computer, %1</source>
        <translation>Origen: este equipo, %1</translation>
    </message>
    <message>
        <source>Destination: not opened</source>
        <translation>Destino: sin abrir</translation>
    </message>
    <message>
        <source>Destination: %1 (snapshot of %2)</source>
        <translation>Destino: %1 (instantánea del %2)</translation>
    </message>
    <message>
        <source>Destination: %1 (snapshot of %2, not open)</source>
        <translation>Destino: %1 (instantánea del %2, sin abrir)</translation>
    </message>
</context>
<context>
    <name>prep::SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>Todas las tareas</translation>
    </message>
    <message>
        <source>%1 — click to open the task</source>
        <comment>status — what a click does</comment>
        <translation>%1 — haga clic para abrir la tarea</translation>
    </message>
</context>
<context>
    <name>prep::TaskDetailsPanel</name>
    <message>
        <source>The wizard checks this by itself.</source>
        <translation>El asistente lo comprueba por sí mismo.</translation>
    </message>
    <message>
        <source>The wizard collects what it can; you confirm when it is done.</source>
        <translation>El asistente reúne lo que puede; usted confirma cuando esté hecho.</translation>
    </message>
    <message>
        <source>Only you can do this; mark it done when it is.</source>
        <translation>Solo usted puede hacerlo; márquela como realizada cuando lo esté.</translation>
    </message>
    <message>
        <source>Choose a task from the list to see what to do.</source>
        <translation>Elija una tarea de la lista para ver qué hay que hacer.</translation>
    </message>
    <message>
        <source>Status: %1 %2 — %3</source>
        <translation>Estado: %1 %2 — %3</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hay que hacer</translation>
    </message>
    <message>
        <source>What the wizard found</source>
        <translation>Qué ha encontrado el asistente</translation>
    </message>
    <message>
        <source>Checked %1</source>
        <translation>Comprobado el %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>Mark as &amp;done</source>
        <translation>Marcar como &amp;realizada</translation>
    </message>
    <message>
        <source>&amp;Withdraw acceptance</source>
        <translation>Re&amp;tirar la aceptación</translation>
    </message>
    <message>
        <source>&amp;Accept the risk…</source>
        <translation>Aceptar el ri&amp;esgo…</translation>
    </message>
    <message>
        <source>Optional: what you did, where the backup is, who to call…</source>
        <translation>Opcional: qué hizo, dónde está la copia de seguridad, a quién llamar…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation>Com&amp;probar de nuevo</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Su respuesta</translation>
    </message>
    <message>
        <source>I checked it &amp;myself…</source>
        <translation>Lo comprobé &amp;yo mismo…</translation>
    </message>
    <message>
        <source>Does not a&amp;pply…</source>
        <translation>No se a&amp;plica…</translation>
    </message>
    <message>
        <source>Mark as no&amp;t done</source>
        <translation>Marcar como no &amp;realizada</translation>
    </message>
    <message>
        <source>It a&amp;pplies after all</source>
        <translation>Sí se a&amp;plica</translation>
    </message>
    <message>
        <source>B&amp;y:</source>
        <comment>who made the mark</comment>
        <translation>&amp;Por:</translation>
    </message>
    <message>
        <source>Who did it</source>
        <translation>Quién la hizo</translation>
    </message>
    <message>
        <source>Done or decided by</source>
        <translation>Hecha o decidida por</translation>
    </message>
    <message>
        <source>%1 (this program&apos;s choice; no document gives a figure):</source>
        <translation>%1 (elección de este programa; ningún documento da una cifra):</translation>
    </message>
    <message>
        <source>This program&apos;s value: %1. A changed value is kept with the checklist, and the check runs again.</source>
        <translation>Valor de este programa: %1. Un valor cambiado se guarda con la lista, y la comprobación se vuelve a ejecutar.</translation>
    </message>
    <message>
        <source>Service plans saved without a verified backup</source>
        <translation>Planes de servicios guardados sin una copia de seguridad comprobada</translation>
    </message>
</context>
<context>
    <name>prep::WelcomePage</name>
    <message>
        <source>Welcome to Prep Wizard</source>
        <translation>Bienvenido a Prep Wizard</translation>
    </message>
    <message>
        <source>Prepare your server for an upgrade or a move to a new server, one task at a time.</source>
        <translation>Prepare el servidor para una actualización o para el paso a un servidor nuevo, tarea a tarea.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Microsoft&apos;s upgrade guides list many small tasks to do before an upgrade. Skipping one (a backup that was never tested, a program that keeps a file open, a clock a few minutes off) can spoil the whole upgrade.&lt;/p&gt;&lt;p&gt;This wizard goes through them with you. It checks what a program can check on this computer by itself; for the rest it shows you what to do, and you mark each task done. Your progress is saved as you go, and at the end you can print the checklist for your records.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What happens next&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Choose the upgrade path: what the server runs now and what it will run.&lt;/li&gt;&lt;li&gt;Work through the tasks page by page: Data, Operating system, Hardware, Network and, where your path needs them, Applications and Email.&lt;/li&gt;&lt;li&gt;Check the summary, then print the checklist or save it as a PDF.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;You can stop at any time: the next time you start the wizard, it offers to continue where you left off.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Las guías de actualización de Microsoft enumeran muchas tareas pequeñas que debe realizar antes de una actualización. Si omite una (una copia de seguridad que nunca se probó, un programa que mantiene un archivo abierto, un reloj que va unos minutos desfasado), puede estropear toda la actualización.&lt;/p&gt;&lt;p&gt;Este asistente las recorre con usted. Comprueba por sí mismo lo que un programa puede comprobar en este equipo; para el resto, le indica qué hacer y usted marca cada tarea como realizada. Su progreso se guarda sobre la marcha y, al final, puede imprimir la lista de comprobación para su documentación.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Qué sucede a continuación&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Elija la ruta de actualización: qué ejecuta ahora el servidor y qué ejecutará.&lt;/li&gt;&lt;li&gt;Realice las tareas página a página: datos, sistema operativo, hardware, red y, si su ruta las necesita, aplicaciones y correo electrónico.&lt;/li&gt;&lt;li&gt;Revise el resumen y, a continuación, imprima la lista de comprobación o guárdela como PDF.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Puede detenerse en cualquier momento: la próxima vez que inicie el asistente, le ofrecerá continuar donde lo dejó.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Saved progress</source>
        <translation>Progreso guardado</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>no path chosen yet</source>
        <translation>aún no se ha elegido ninguna ruta</translation>
    </message>
    <message>
        <source>You started a checklist for %1 (%2). %3 of %4 tasks are done. Last saved: %5.</source>
        <translation>Empezó una lista de comprobación para %1 (%2). Hay %3 de %4 tareas realizadas. Guardada por última vez: %5.</translation>
    </message>
    <message>
        <source>this server</source>
        <translation>este servidor</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>Who is preparing the server (printed on the checklist)</source>
        <translation>Quién prepara el servidor (se imprime en la lista de comprobación)</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Se&amp;rver name:</source>
        <translation>Nombre del se&amp;rvidor:</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Nombre del servidor</translation>
    </message>
    <message>
        <source>The server being upgraded</source>
        <translation>El servidor que se va a actualizar</translation>
    </message>
    <message>
        <source>Checking an older server</source>
        <translation>Comprobación de un servidor más antiguo</translation>
    </message>
    <message>
        <source>The wizard checks the computer it runs on. To prepare an older server that cannot run it (Windows 2000 or Windows Server 2003), copy prepprobe.exe to that server, run it, and bring the file it writes back here.</source>
        <translation>El asistente comprueba el equipo en el que se ejecuta. Para preparar un servidor más antiguo que no puede ejecutarlo (Windows 2000 o Windows Server 2003), copie prepprobe.exe en ese servidor, ejecútelo y traiga aquí el archivo que genera.</translation>
    </message>
    <message>
        <source>&amp;Open a server snapshot…</source>
        <translation>&amp;Abrir una instantánea de servidor…</translation>
    </message>
    <message>
        <source>Con&amp;tinue where I left off</source>
        <translation>C&amp;ontinuar donde lo dejé</translation>
    </message>
    <message>
        <source>&amp;Start a new checklist (the current one is kept as a dated copy)</source>
        <translation>&amp;Empezar una lista nueva (la actual se guarda como copia con fecha)</translation>
    </message>
    <message>
        <source>Upgrade &amp;planned for:</source>
        <translation>Fecha &amp;prevista:</translation>
    </message>
    <message>
        <source>Tick if you know the day of the upgrade: it is printed on the checklist</source>
        <translation>Márquelo si sabe el día de la actualización: se imprime en la lista de comprobación</translation>
    </message>
    <message>
        <source>I know the date of the upgrade</source>
        <translation>Sé la fecha de la actualización</translation>
    </message>
    <message>
        <source>Date the upgrade is planned for</source>
        <translation>Fecha prevista de la actualización</translation>
    </message>
</context>
<context>
    <name>prep::WizardController</name>
    <message>
        <source>Open a server snapshot</source>
        <translation>Abrir una instantánea de servidor</translation>
    </message>
    <message>
        <source>Server snapshots (*.json);;All files (*)</source>
        <translation>Instantáneas de servidor (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Start a new checklist?</source>
        <translation>¿Empezar una lista nueva?</translation>
    </message>
    <message>
        <source>Every task starts again as to do. The current checklist is kept as a dated copy beside %1.</source>
        <translation>Todas las tareas vuelven a quedar pendientes. La lista actual se guarda como copia con fecha junto a %1.</translation>
    </message>
    <message>
        <source>&amp;Start a new checklist</source>
        <translation>&amp;Empezar una lista nueva</translation>
    </message>
    <message>
        <source>&amp;Keep the current one</source>
        <translation>&amp;Conservar la actual</translation>
    </message>
    <message>
        <source>%1
The current checklist stays as it is.</source>
        <translation>%1
La lista actual se queda como está.</translation>
    </message>
    <message>
        <source>Open the prepprobe journal</source>
        <translation>Abrir el diario de prepprobe</translation>
    </message>
    <message>
        <source>prepprobe journals (*.journal);;All files (*)</source>
        <translation>Diarios de prepprobe (*.journal);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>This checklist is about %1, from the snapshot %2 taken on %3, and that file cannot be opened: %4</source>
        <translation>Esta lista trata de %1, según la instantánea %2 tomada el %3, y ese archivo no se puede abrir: %4</translation>
    </message>
    <message>
        <source>This checklist is about the computer %1, and this is %2.</source>
        <translation>Esta lista trata del equipo %1, y este es %2.</translation>
    </message>
    <message>
        <source>Open that server&apos;s snapshot (Open a server snapshot…), or start a new checklist for this computer. Nothing is checked until then.</source>
        <translation>Abra la instantánea de ese servidor (Abrir una instantánea de servidor…) o empiece una lista nueva para este equipo. Hasta entonces no se comprueba nada.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Comprobar de nuevo</translation>
    </message>
    <message>
        <source>These results come from a snapshot</source>
        <translation>Estos resultados proceden de una instantánea</translation>
    </message>
    <message>
        <source>The snapshot of %1 was taken on %2. To check again, run prepprobe.exe on %1 once more, bring the new snapshot here and open it.</source>
        <translation>La instantánea de %1 se tomó el %2. Para comprobar de nuevo, ejecute otra vez prepprobe.exe en %1, traiga aquí la nueva instantánea y ábrala.</translation>
    </message>
    <message>
        <source>&amp;Open the new snapshot…</source>
        <translation>&amp;Abrir la nueva instantánea…</translation>
    </message>
    <message>
        <source>Another server</source>
        <translation>Otro servidor</translation>
    </message>
    <message>
        <source>This snapshot is of another server</source>
        <translation>Esta instantánea es de otro servidor</translation>
    </message>
    <message>
        <source>The checklist is about %1; the snapshot is of %2. Its results would replace those of %1. To check %2, start a new checklist for it instead.</source>
        <translation>La lista trata de %1; la instantánea es de %2. Sus resultados sustituirían a los de %1. Para comprobar %2, empiece mejor una lista nueva para él.</translation>
    </message>
    <message>
        <source>&amp;Use it for this checklist</source>
        <translation>&amp;Usarla para esta lista</translation>
    </message>
    <message>
        <source>The snapshot %1 is of %2, not of the server of this checklist.</source>
        <translation>La instantánea %1 es de %2, no del servidor de esta lista.</translation>
    </message>
    <message>
        <source>The snapshot %1 is of %2, the Source Server. Run prepprobe on the Destination Server, and open the snapshot it writes there.</source>
        <translation>La instantánea %1 es de %2, el servidor de origen. Ejecute prepprobe en el servidor de destino y abra la instantánea que escribe allí.</translation>
    </message>
    <message>
        <source>Open the Destination&apos;s snapshot</source>
        <translation>Abrir la instantánea del servidor de destino</translation>
    </message>
</context>
</TS>
