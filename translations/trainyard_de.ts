<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AgentOptions</name>
    <message>
        <location filename="../core/local/AgentOptions.cpp" line="21"/>
        <source>workspace.json: local.%1 must be a whole number from %2 to %3.</source>
        <translation>workspace.json: local.%1 muss eine ganze Zahl von %2 bis %3 sein.</translation>
    </message>
    <message>
        <location filename="../core/local/AgentOptions.cpp" line="34"/>
        <source>workspace.json: &quot;local&quot; must be an object of settings.</source>
        <translation>workspace.json: &quot;local&quot; muss ein Objekt mit Einstellungen sein.</translation>
    </message>
    <message>
        <location filename="../core/local/AgentOptions.cpp" line="48"/>
        <source>workspace.json: local.python must be the name or path of a Python interpreter.</source>
        <translation>workspace.json: local.python muss der Name oder Pfad eines Python-Interpreters sein.</translation>
    </message>
</context>
<context>
    <name>AlertEvaluator</name>
    <message>
        <location filename="../core/alerts/AlertEvaluator.cpp" line="30"/>
        <source>%1 (rule %2: %3)</source>
        <translation>%1 (Regel %2: %3)</translation>
    </message>
    <message>
        <location filename="../core/alerts/AlertEvaluator.cpp" line="60"/>
        <source>%1 is %2 at step %3</source>
        <translation>%1 ist %2 bei Schritt %3</translation>
    </message>
    <message>
        <location filename="../core/alerts/AlertEvaluator.cpp" line="83"/>
        <source>run %1 is %2</source>
        <translation>Ausführung %1 ist %2</translation>
    </message>
    <message>
        <location filename="../core/alerts/AlertEvaluator.cpp" line="84"/>
        <source>run %1 is %2: %3</source>
        <translation>Ausführung %1 ist %2: %3</translation>
    </message>
    <message>
        <location filename="../core/alerts/AlertEvaluator.cpp" line="104"/>
        <source>node %1 is unusable</source>
        <translation>Knoten %1 ist unbrauchbar</translation>
    </message>
    <message>
        <location filename="../core/alerts/AlertEvaluator.cpp" line="105"/>
        <source>node %1 is unusable: %2</source>
        <translation>Knoten %1 ist unbrauchbar: %2</translation>
    </message>
    <message>
        <location filename="../core/alerts/AlertEvaluator.cpp" line="128"/>
        <source>no new point of %1 for %2 s</source>
        <translation>kein neuer Punkt von %1 seit %2 s</translation>
    </message>
</context>
<context>
    <name>AlertRule</name>
    <message>
        <location filename="../core/alerts/AlertRule.cpp" line="44"/>
        <source>%1 is NaN or infinite</source>
        <translation>%1 ist NaN oder unendlich</translation>
    </message>
    <message>
        <location filename="../core/alerts/AlertRule.cpp" line="47"/>
        <source>%1 above %2</source>
        <translation>%1 über %2</translation>
    </message>
    <message>
        <location filename="../core/alerts/AlertRule.cpp" line="50"/>
        <source>%1 below %2</source>
        <translation>%1 unter %2</translation>
    </message>
    <message>
        <location filename="../core/alerts/AlertRule.cpp" line="53"/>
        <source>no new %1 for %2 min</source>
        <translation>kein neuer Wert von %1 seit %2 min</translation>
    </message>
    <message>
        <location filename="../core/alerts/AlertRule.cpp" line="56"/>
        <source>run ended</source>
        <translation>Ausführung beendet</translation>
    </message>
    <message>
        <location filename="../core/alerts/AlertRule.cpp" line="59"/>
        <source>run failed</source>
        <translation>Ausführung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/alerts/AlertRule.cpp" line="62"/>
        <source>a node became unusable</source>
        <translation>ein Knoten wurde unbrauchbar</translation>
    </message>
    <message>
        <location filename="../core/alerts/AlertRule.cpp" line="65"/>
        <source>%1 (run %2)</source>
        <translation>%1 (Ausführung %2)</translation>
    </message>
    <message>
        <location filename="../core/alerts/AlertRule.cpp" line="70"/>
        <source>An alert on &apos;%1&apos; needs a metric name (--metric NAME), e.g. --metric loss.</source>
        <translation>Ein Alarm bei „%1“ braucht einen Metriknamen (--metric NAME), z. B. --metric loss.</translation>
    </message>
    <message>
        <location filename="../core/alerts/AlertRule.cpp" line="75"/>
        <source>An alert on &apos;%1&apos; takes no metric; --metric goes with --nan, --above, --below or --stale-minutes.</source>
        <translation>Ein Alarm bei „%1“ nimmt keine Metrik; --metric gehört zu --nan, --above, --below oder --stale-minutes.</translation>
    </message>
    <message>
        <location filename="../core/alerts/AlertRule.cpp" line="81"/>
        <source>The threshold must be a finite number; use --nan for NaN and infinity.</source>
        <translation>Der Schwellenwert muss eine endliche Zahl sein; verwenden Sie --nan für NaN und Unendlich.</translation>
    </message>
    <message>
        <location filename="../core/alerts/AlertRule.cpp" line="85"/>
        <source>--stale-minutes must be more than 0 and at most 10080 (a week), not %1.</source>
        <translation>--stale-minutes muss größer als 0 und höchstens 10080 (eine Woche) sein, nicht %1.</translation>
    </message>
    <message>
        <location filename="../core/alerts/AlertRule.cpp" line="118"/>
        <source>Alert rule &apos;%1&apos; has an unknown condition &apos;%2&apos;; allowed: nan, above, below, stale, ended, failed, unusable.</source>
        <translation>Die Alarmregel „%1“ hat eine unbekannte Bedingung „%2“; erlaubt: nan, above, below, stale, ended, failed, unusable.</translation>
    </message>
</context>
<context>
    <name>AlertRuleStore</name>
    <message>
        <location filename="../core/alerts/AlertRuleStore.cpp" line="26"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/alerts/AlertRuleStore.cpp" line="70"/>
        <source>No alert rule &apos;%1&apos;; the rules are: %2.</source>
        <translation>Keine Alarmregel „%1“; vorhandene Regeln: %2.</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <location filename="../core/util/AtomicFile.cpp" line="20"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>AzureCloud</name>
    <message>
        <location filename="../core/azureml/AzureCloud.cpp" line="26"/>
        <source>%1 &apos;%2&apos; is not a URL: give https://host[:port].</source>
        <translation>%1 „%2“ ist keine URL: geben Sie https://host[:port] an.</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureCloud.cpp" line="33"/>
        <source>%1 &apos;%2&apos; is refused: only https is allowed (plain http only for localhost/127.0.0.1, where nothing leaves the machine).</source>
        <translation>%1 „%2“ wird abgelehnt: nur https ist erlaubt (reines http nur für localhost/127.0.0.1, wo nichts den Rechner verlässt).</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureCloud.cpp" line="75"/>
        <source>poll_interval_seconds must be a number from 0 to 600.</source>
        <translation>poll_interval_seconds muss eine Zahl von 0 bis 600 sein.</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureCloud.cpp" line="87"/>
        <source>service_principal_id needs tenant_id: a service principal signs in to its own tenant, not to &apos;organizations&apos;.</source>
        <translation>service_principal_id braucht tenant_id: ein Dienstprinzipal meldet sich bei seinem eigenen Mandanten an, nicht bei „organizations“.</translation>
    </message>
</context>
<context>
    <name>AzureCredential</name>
    <message>
        <location filename="../core/azureml/AzureCredential.cpp" line="38"/>
        <source>The workspace was closed.</source>
        <translation>Der Arbeitsbereich wurde geschlossen.</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureCredential.cpp" line="49"/>
        <source>The keychain cannot be used (%1): the Azure sign-in is kept in memory for this session only.</source>
        <translation>Der Schlüsselbund kann nicht verwendet werden (%1): die Azure-Anmeldung wird nur für diese Sitzung im Speicher gehalten.</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureCredential.cpp" line="62"/>
        <source>Azure refused the token in TRAINYARD_AZURE_ACCESS_TOKEN (expired or for another scope; it must be for %1). Set a fresh one or unset it to sign in.</source>
        <translation>Azure hat das Token in TRAINYARD_AZURE_ACCESS_TOKEN abgelehnt (abgelaufen oder für einen anderen Bereich; es muss für %1 sein). Setzen Sie ein neues oder entfernen Sie die Variable, um sich anzumelden.</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureCredential.cpp" line="162"/>
        <source>No client secret for service principal %1 in the keychain: run `yard login azure --service-principal` to store it.</source>
        <translation>Kein Client-Geheimnis für den Dienstprinzipal %1 im Schlüsselbund: führen Sie `yard login azure --service-principal` aus, um es zu speichern.</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureCredential.cpp" line="188"/>
        <source>Not signed in to Azure: run `yard login azure` (device code), configure a service principal (service_principal_id, tenant_id), sign in with the Azure CLI (`az login`), or set TRAINYARD_AZURE_ACCESS_TOKEN.</source>
        <translation>Nicht bei Azure angemeldet: führen Sie `yard login azure` aus (Gerätecode), konfigurieren Sie einen Dienstprinzipal (service_principal_id, tenant_id), melden Sie sich mit der Azure CLI an (`az login`) oder setzen Sie TRAINYARD_AZURE_ACCESS_TOKEN.</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureCredential.cpp" line="210"/>
        <source>The Azure CLI gave no token (%1): run `az login` or `yard login azure`.</source>
        <translation>Die Azure CLI hat kein Token geliefert (%1): führen Sie `az login` oder `yard login azure` aus.</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureCredential.cpp" line="236"/>
        <source>The Azure CLI (az) could not be started.</source>
        <translation>Die Azure CLI (az) konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureCredential.cpp" line="248"/>
        <source>The token endpoint answered without access_token/expires_in.</source>
        <translation>Der Token-Endpunkt antwortete ohne access_token/expires_in.</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureCredential.cpp" line="265"/>
        <source>Sign-in at %1</source>
        <translation>Anmeldung bei %1</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureCredential.cpp" line="311"/>
        <source>Device code sign-in at %1</source>
        <translation>Gerätecode-Anmeldung bei %1</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureCredential.cpp" line="327"/>
        <source>The device code answer lacks device_code, user_code or verification_uri.</source>
        <translation>Der Antwort zum Gerätecode fehlt device_code, user_code oder verification_uri.</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureCredential.cpp" line="345"/>
        <source>Sign-in canceled.</source>
        <translation>Anmeldung abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureCredential.cpp" line="350"/>
        <location filename="../core/azureml/AzureCredential.cpp" line="395"/>
        <source>The code expired before sign-in finished: run `yard login azure` again.</source>
        <translation>Der Code ist abgelaufen, bevor die Anmeldung abgeschlossen war: führen Sie `yard login azure` erneut aus.</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureCredential.cpp" line="366"/>
        <source>Device code sign-in</source>
        <translation>Gerätecode-Anmeldung</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureCredential.cpp" line="393"/>
        <source>Sign-in was declined.</source>
        <translation>Die Anmeldung wurde abgelehnt.</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureCredential.cpp" line="404"/>
        <source>No service_principal_id in config.json: add it (and tenant_id) first.</source>
        <translation>Keine service_principal_id in config.json: ergänzen Sie sie (und tenant_id) zuerst.</translation>
    </message>
</context>
<context>
    <name>AzureHttpClient</name>
    <message>
        <location filename="../core/azureml/AzureHttpClient.cpp" line="105"/>
        <source>%1 failed: %2 (operation %3, x-ms-client-request-id %4)</source>
        <translation>%1 fehlgeschlagen: %2 (Vorgang %3, x-ms-client-request-id %4)</translation>
    </message>
</context>
<context>
    <name>AzureLogStream</name>
    <message>
        <location filename="../core/azureml/AzureLogStream.cpp" line="99"/>
        <source>Download log %1</source>
        <translation>Download des Protokolls %1</translation>
    </message>
</context>
<context>
    <name>AzureMetricStream</name>
    <message>
        <location filename="../core/azureml/AzureMetricStream.cpp" line="53"/>
        <source>Read the metrics of run &apos;%1&apos;</source>
        <translation>Lesen der Metriken der Ausführung „%1“</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMetricStream.cpp" line="91"/>
        <source>Read metric &apos;%1&apos; of run &apos;%2&apos;</source>
        <translation>Lesen der Metrik „%1“ der Ausführung „%2“</translation>
    </message>
</context>
<context>
    <name>AzureMlEngine</name>
    <message>
        <location filename="../core/azureml/AzureMlEngine.cpp" line="68"/>
        <location filename="../core/azureml/AzureMlEngine.cpp" line="123"/>
        <location filename="../core/azureml/AzureMlEngine.cpp" line="159"/>
        <source>Get workspace &apos;%1&apos;</source>
        <translation>Abruf des Arbeitsbereichs „%1“</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlEngine.cpp" line="88"/>
        <source>List workspaces of resource group &apos;%1&apos;</source>
        <translation>Auflisten der Arbeitsbereiche der Ressourcengruppe „%1“</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlEngine.cpp" line="111"/>
        <source>workspace name &apos;%1&apos; is not allowed: 3 to 33 letters, digits, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>Arbeitsbereichsname „%1“ ist nicht erlaubt: 3 bis 33 Buchstaben, Ziffern, „_“ oder „-“, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlEngine.cpp" line="129"/>
        <source>Workspace &apos;%1&apos; already exists in resource group &apos;%2&apos;; pass --exist-ok to use it as it is.</source>
        <translation>Der Arbeitsbereich „%1“ existiert bereits in der Ressourcengruppe „%2“; übergeben Sie --exist-ok, um ihn unverändert zu verwenden.</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlEngine.cpp" line="140"/>
        <source>workspace &apos;%1&apos; does not exist; creating it needs a location (an Azure region, e.g. eastus2).</source>
        <translation>der Arbeitsbereich „%1“ existiert nicht; zum Anlegen wird ein Standort benötigt (eine Azure-Region, z. B. eastus2).</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlEngine.cpp" line="147"/>
        <source>Create workspace &apos;%1&apos;</source>
        <translation>Anlegen des Arbeitsbereichs „%1“</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlComputes.cpp" line="26"/>
        <source>List computes</source>
        <translation>Auflisten der Computes</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlComputes.cpp" line="47"/>
        <source>Get compute &apos;%1&apos;</source>
        <translation>Abruf des Computes „%1“</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlComputes.cpp" line="78"/>
        <source>subnet_name needs vnet_name (and vnet_resourcegroup_name if the network is in another resource group).</source>
        <translation>subnet_name braucht vnet_name (und vnet_resourcegroup_name, wenn das Netzwerk in einer anderen Ressourcengruppe liegt).</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlComputes.cpp" line="95"/>
        <source>Create compute &apos;%1&apos;</source>
        <translation>Anlegen des Computes „%1“</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlComputes.cpp" line="135"/>
        <source>Update compute &apos;%1&apos;</source>
        <translation>Ändern des Computes „%1“</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlComputes.cpp" line="152"/>
        <source>Delete compute &apos;%1&apos;</source>
        <translation>Löschen des Computes „%1“</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlComputes.cpp" line="163"/>
        <source>List nodes of compute &apos;%1&apos;</source>
        <translation>Auflisten der Knoten des Computes „%1“</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlEngine.cpp" line="175"/>
        <source>List datastores</source>
        <translation>Auflisten der Datenspeicher</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlEngine.cpp" line="199"/>
        <source>No account key for storage account &apos;%1&apos; in the keychain: store it with `yard datastore set-key --account %1`.</source>
        <translation>Kein Kontoschlüssel für das Speicherkonto „%1“ im Schlüsselbund: speichern Sie ihn mit `yard datastore set-key --account %1`.</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlEngine.cpp" line="227"/>
        <source>Find the default datastore</source>
        <translation>Suche nach dem Standard-Datenspeicher</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlEngine.cpp" line="243"/>
        <source>The workspace has no default Azure Blob datastore.</source>
        <translation>Der Arbeitsbereich hat keinen Standard-Datenspeicher vom Typ Azure Blob.</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlRuns.cpp" line="58"/>
        <source>Submit job &apos;%1&apos;</source>
        <translation>Übermitteln des Jobs „%1“</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlRuns.cpp" line="106"/>
        <source>Register the code snapshot of &apos;%1&apos;</source>
        <translation>Registrieren des Code-Snapshots von „%1“</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlRuns.cpp" line="125"/>
        <source>List jobs</source>
        <translation>Auflisten der Jobs</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlRuns.cpp" line="156"/>
        <source>Get job &apos;%1&apos;</source>
        <translation>Abruf des Jobs „%1“</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlRuns.cpp" line="171"/>
        <source>Cancel job &apos;%1&apos;</source>
        <translation>Abbrechen des Jobs „%1“</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlRuns.cpp" line="181"/>
        <source>run id &apos;%1&apos; is not allowed: letters, digits, &apos;-&apos; and &apos;_&apos;, starting with a letter or digit, at most 255 characters.</source>
        <translation>Ausführungs-ID „%1“ ist nicht erlaubt: Buchstaben, Ziffern, „-“ und „_“, beginnend mit einem Buchstaben oder einer Ziffer, höchstens 255 Zeichen.</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlRuns.cpp" line="190"/>
        <source>Delete job &apos;%1&apos;</source>
        <translation>Löschen des Jobs „%1“</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlRuns.cpp" line="204"/>
        <source>Discover the workspace&apos;s service endpoints</source>
        <translation>Ermitteln der Dienstendpunkte des Arbeitsbereichs</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlRuns.cpp" line="233"/>
        <source>Get run details of &apos;%1&apos;</source>
        <translation>Abruf der Ausführungsdetails von „%1“</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlRuns.cpp" line="253"/>
        <source>The workspace&apos;s discovery answer has no &apos;api&apos; endpoint.</source>
        <translation>Die Discovery-Antwort des Arbeitsbereichs enthält keinen Endpunkt „api“.</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlRuns.cpp" line="275"/>
        <source>The workspace has no mlFlowTrackingUri.</source>
        <translation>Der Arbeitsbereich hat keine mlFlowTrackingUri.</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlEnvironments.cpp" line="24"/>
        <source>List environments</source>
        <translation>Auflisten der Umgebungen</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlEnvironments.cpp" line="38"/>
        <source>List versions of environment &apos;%1&apos;</source>
        <translation>Auflisten der Versionen der Umgebung „%1“</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlEnvironments.cpp" line="62"/>
        <source>Get environment %1:%2</source>
        <translation>Abruf der Umgebung %1:%2</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlEnvironments.cpp" line="74"/>
        <source>Get environment %1</source>
        <translation>Abruf der Umgebung %1</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlEnvironments.cpp" line="82"/>
        <source>No environment named &apos;%1&apos; in this workspace.</source>
        <translation>Keine Umgebung namens „%1“ in diesem Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlEnvironments.cpp" line="105"/>
        <source>Create environment %1</source>
        <translation>Anlegen der Umgebung %1</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlEnvironments.cpp" line="125"/>
        <source>List vm sizes of %1</source>
        <translation>Auflisten der VM-Größen von %1</translation>
    </message>
    <message>
        <location filename="../core/azureml/EnvironmentArm.cpp" line="40"/>
        <source>Azure ML runs in containers: an interpreter or prefix on this machine (%1) cannot be an environment there. Use --image, --conda-file or --pip-requirements.</source>
        <translation>Azure ML führt Ausführungen in Containern aus: ein Interpreter oder Präfix auf diesem Rechner (%1) kann dort keine Umgebung sein. Verwenden Sie --image, --conda-file oder --pip-requirements.</translation>
    </message>
</context>
<context>
    <name>AzureMlEngineFactory</name>
    <message>
        <location filename="../core/azureml/AzureMlEngineFactory.cpp" line="22"/>
        <source>%1: &apos;%2&apos; is missing; an Azure ML config.json needs subscription_id, resource_group and workspace_name.</source>
        <translation>%1: „%2“ fehlt; eine Azure-ML-config.json braucht subscription_id, resource_group und workspace_name.</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlEngineFactory.cpp" line="31"/>
        <source>workspace_name &apos;%1&apos; is not allowed: 3-33 letters, digits, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>workspace_name „%1“ ist nicht erlaubt: 3–33 Buchstaben, Ziffern, „_“ oder „-“, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
</context>
<context>
    <name>AzureRequest</name>
    <message>
        <location filename="../core/azureml/AzureRequest.cpp" line="57"/>
        <source>%1 was canceled.</source>
        <translation>%1 wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureRequest.cpp" line="145"/>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureRequest.cpp" line="176"/>
        <source>(HTTP %1, x-ms-client-request-id %2%3)</source>
        <translation>(HTTP %1, x-ms-client-request-id %2%3)</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureRequest.cpp" line="179"/>
        <source>, after %1 attempts</source>
        <translation>, nach %1 Versuchen</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureRequest.cpp" line="183"/>
        <location filename="../core/azureml/AzureRequest.cpp" line="198"/>
        <source>%1 failed: %2 %3</source>
        <translation>%1 fehlgeschlagen: %2 %3</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureRequest.cpp" line="186"/>
        <source>the server answered %1</source>
        <translation>der Server antwortete %1</translation>
    </message>
</context>
<context>
    <name>BatchAiDocument</name>
    <message>
        <location filename="../core/batchai/BatchAiDocument.cpp" line="135"/>
        <source>, … (%1 keys)</source>
        <translation>, … (%1 Schlüssel)</translation>
    </message>
    <message>
        <location filename="../core/batchai/BatchAiDocument.cpp" line="137"/>
        <source>%1: not a Batch AI definition. Expected a cluster (vmSize, scaleSettings, nodeSetup, …), a job (nodeCount, a toolkit such as tensorFlowSettings, inputDirectories, …), a file server (dataDisks, sshConfiguration) or the samples&apos; configuration.json (subscription_id, aad_client_id, storage_account, …), bare or wrapped in {&quot;$schema&quot;, &quot;properties&quot;} or a REST example; found the keys: %2.</source>
        <translation>%1: keine Batch-AI-Definition. Erwartet wird ein Cluster (vmSize, scaleSettings, nodeSetup, …), ein Job (nodeCount, ein Toolkit wie tensorFlowSettings, inputDirectories, …), ein Dateiserver (dataDisks, sshConfiguration) oder die configuration.json der Beispiele (subscription_id, aad_client_id, storage_account, …), direkt oder in {&quot;$schema&quot;, &quot;properties&quot;} eingebettet oder als REST-Beispiel; gefundene Schlüssel: %2.</translation>
    </message>
    <message>
        <location filename="../core/batchai/BatchAiDocument.cpp" line="142"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../core/batchai/BatchAiDocument.cpp" line="294"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/batchai/BatchAiDocument.cpp" line="297"/>
        <source>%1: %2 bytes is too large for a Batch AI definition (at most 16 MiB).</source>
        <translation>%1: %2 Bytes sind zu groß für eine Batch-AI-Definition (höchstens 16 MiB).</translation>
    </message>
</context>
<context>
    <name>BatchAiFileImport</name>
    <message>
        <location filename="../core/batchai/BatchAiFileImport.cpp" line="22"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/batchai/BatchAiFileImport.cpp" line="26"/>
        <source>%1 is too large for a Batch AI definition (at most 16 MiB).</source>
        <translation>%1 ist zu groß für eine Batch-AI-Definition (höchstens 16 MiB).</translation>
    </message>
</context>
<context>
    <name>BatchAiMapper</name>
    <message>
        <location filename="../core/batchai/MappingContext.cpp" line="72"/>
        <source>holds a placeholder, not a secret: give the real value when you create or submit (it will be kept in the keychain).</source>
        <translation>enthält einen Platzhalter, kein Geheimnis: geben Sie beim Anlegen oder Starten den echten Wert an (er wird im Schlüsselbund gespeichert).</translation>
    </message>
    <message>
        <location filename="../core/batchai/MappingContext.cpp" line="80"/>
        <source>a secret: it goes to the keychain as &apos;%1&apos; and appears in no file or printed spec.</source>
        <translation>ein Geheimnis: es kommt als „%1“ in den Schlüsselbund und erscheint in keiner Datei und keiner ausgegebenen Spezifikation.</translation>
    </message>
    <message>
        <location filename="../core/batchai/MappingContext.cpp" line="90"/>
        <source>not a Batch AI field this importer knows (API 2017-09-01-preview to 2018-05-01): not imported.</source>
        <translation>kein Batch-AI-Feld, das dieser Import kennt (API 2017-09-01-preview bis 2018-05-01): nicht importiert.</translation>
    </message>
    <message>
        <location filename="../core/batchai/MappingContext.cpp" line="103"/>
        <source>state reported by the service (%1), not part of a definition: not imported.</source>
        <translation>vom Dienst gemeldeter Zustand (%1), nicht Teil einer Definition: nicht importiert.</translation>
    </message>
    <message>
        <location filename="../core/batchai/MountMapping.cpp" line="49"/>
        <source>the storage account is a placeholder: register datastore &apos;%1&apos; with the real account before you run.</source>
        <translation>das Speicherkonto ist ein Platzhalter: registrieren Sie den Datenspeicher „%1“ vor dem Start mit dem echten Konto.</translation>
    </message>
    <message>
        <location filename="../core/batchai/MountMapping.cpp" line="24"/>
        <source>a Key Vault reference: give the datastore the account key from that vault.</source>
        <translation>ein Key-Vault-Verweis: geben Sie dem Datenspeicher den Kontoschlüssel aus diesem Vault.</translation>
    </message>
    <message>
        <location filename="../core/batchai/MountMapping.cpp" line="53"/>
        <source>fileMode/directoryMode have no datastore equivalent: Azure ML mounts with its own modes.</source>
        <translation>fileMode/directoryMode haben keine Entsprechung beim Datenspeicher: Azure ML bindet mit eigenen Rechten ein.</translation>
    </message>
    <message>
        <location filename="../core/batchai/MountMapping.cpp" line="57"/>
        <source>Azure file share &apos;%1&apos; mounted at &apos;%2&apos; becomes datastore &apos;%3&apos;; the command reaches it through a job input instead of a cluster mount.</source>
        <translation>Azure-Dateifreigabe „%1“, eingebunden unter „%2“, wird zum Datenspeicher „%3“; der Befehl erreicht sie über eine Job-Eingabe statt über eine Einbindung im Cluster.</translation>
    </message>
    <message>
        <location filename="../core/batchai/MountMapping.cpp" line="72"/>
        <source>the storage account is a placeholder or missing: register datastore &apos;%1&apos; with the real account before you run.</source>
        <translation>das Speicherkonto ist ein Platzhalter oder fehlt: registrieren Sie den Datenspeicher „%1“ vor dem Start mit dem echten Konto.</translation>
    </message>
    <message>
        <location filename="../core/batchai/MountMapping.cpp" line="77"/>
        <source>blobfuse mount options have no Azure ML equivalent.</source>
        <translation>blobfuse-Einbindungsoptionen haben keine Entsprechung in Azure ML.</translation>
    </message>
    <message>
        <location filename="../core/batchai/MountMapping.cpp" line="80"/>
        <source>blob container &apos;%1&apos; mounted at &apos;%2&apos; becomes datastore &apos;%3&apos;; the command reaches it through a job input instead of a cluster mount.</source>
        <translation>Blob-Container „%1“, eingebunden unter „%2“, wird zum Datenspeicher „%3“; der Befehl erreicht ihn über eine Job-Eingabe statt über eine Einbindung im Cluster.</translation>
    </message>
    <message>
        <location filename="../core/batchai/MountMapping.cpp" line="90"/>
        <source>a Batch AI NFS file server (mounted at &apos;%1&apos;): Azure ML has no managed NFS mount on AmlCompute; copy the data to a datastore (Azure Files or Blob) and use an input.</source>
        <translation>ein Batch-AI-NFS-Dateiserver (eingebunden unter „%1“): Azure ML hat auf AmlCompute keine verwaltete NFS-Einbindung; kopieren Sie die Daten in einen Datenspeicher (Azure Files oder Blob) und verwenden Sie eine Eingabe.</translation>
    </message>
    <message>
        <location filename="../core/batchai/MountMapping.cpp" line="97"/>
        <source>an unmanaged file system (&apos;%1&apos; at &apos;%2&apos;): Azure ML cannot run mount commands on its nodes; use a datastore.</source>
        <translation>ein nicht verwaltetes Dateisystem („%1“ unter „%2“): Azure ML kann auf seinen Knoten keine mount-Befehle ausführen; verwenden Sie einen Datenspeicher.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ClusterMapping.cpp" line="24"/>
        <source>the file names no cluster: &apos;%1&apos; (from the file name) is used; give --compute to choose.</source>
        <translation>die Datei nennt keinen Cluster: „%1“ (aus dem Dateinamen) wird verwendet; wählen Sie mit --compute einen anderen.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ClusterMapping.cpp" line="31"/>
        <source>&apos;%1&apos; is not a valid Azure ML compute name (2-16 letters, digits, hyphens, starting with a letter): &apos;%2&apos; is used.</source>
        <translation>„%1“ ist kein gültiger Azure-ML-Compute-Name (2–16 Buchstaben, Ziffern, Bindestriche, beginnend mit einem Buchstaben): „%2“ wird verwendet.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ClusterMapping.cpp" line="46"/>
        <source>missing (the az command line gave it as a flag): give --vm-size.</source>
        <translation>fehlt (die az-Befehlszeile gab es als Option an): geben Sie --vm-size an.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ClusterMapping.cpp" line="47"/>
        <source>missing: &apos;%1&apos; from the command line is used.</source>
        <translation>fehlt: „%1“ aus der Befehlszeile wird verwendet.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ClusterMapping.cpp" line="50"/>
        <source>%1 is replaced by &apos;%2&apos; from the command line.</source>
        <translation>%1 wird durch „%2“ aus der Befehlszeile ersetzt.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ClusterMapping.cpp" line="59"/>
        <source>%1 (K80/P100/P40/M60 era) is retired in Azure: choose a current size such as Standard_NC4as_T4_v3 or Standard_NC6s_v3; kept as written until you do.</source>
        <translation>%1 (Generation K80/P100/P40/M60) ist in Azure ausgemustert: wählen Sie eine aktuelle Größe wie Standard_NC4as_T4_v3 oder Standard_NC6s_v3; bis dahin bleibt der Wert wie geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ClusterMapping.cpp" line="68"/>
        <source>&apos;%1&apos; is not dedicated or lowpriority: dedicated is used.</source>
        <translation>„%1“ ist weder dedicated noch lowpriority: dedicated wird verwendet.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ClusterMapping.cpp" line="144"/>
        <source>has both manual and autoScale (Batch AI allowed exactly one): autoScale is used.</source>
        <translation>hat sowohl manual als auch autoScale (Batch AI erlaubte genau eines): autoScale wird verwendet.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ClusterMapping.cpp" line="78"/>
        <source>minimumNodeCount and maximumNodeCount are required: %1..%2 is used.</source>
        <translation>minimumNodeCount und maximumNodeCount sind Pflicht: %1..%2 wird verwendet.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ClusterMapping.cpp" line="84"/>
        <source>%1..%2 is not a node range (0 &lt;= minimum &lt;= maximum, maximum &gt;= 1): %3..%4 is used.</source>
        <translation>%1..%2 ist kein Knotenbereich (0 &lt;= Minimum &lt;= Maximum, Maximum &gt;= 1): %3..%4 wird verwendet.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ClusterMapping.cpp" line="95"/>
        <source>Azure ML has no initial node count (was %1): the cluster starts at min_nodes %2 and grows with the queue.</source>
        <translation>Azure ML hat keine anfängliche Knotenanzahl (war %1): der Cluster beginnt bei min_nodes %2 und wächst mit der Warteschlange.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ClusterMapping.cpp" line="110"/>
        <source>%1 is not a node count: 0 is used.</source>
        <translation>%1 ist keine Knotenanzahl: 0 wird verwendet.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ClusterMapping.cpp" line="114"/>
        <source>Azure ML has no manual scale: targetNodeCount %1 becomes min_nodes 0, max_nodes %2 (nodes start when jobs come and leave when idle; the first job waits for them).</source>
        <translation>Azure ML hat keine manuelle Skalierung: targetNodeCount %1 wird zu min_nodes 0, max_nodes %2 (Knoten starten, wenn Jobs kommen, und gehen, wenn sie frei sind; der erste Job wartet auf sie).</translation>
    </message>
    <message>
        <location filename="../core/batchai/ClusterMapping.cpp" line="122"/>
        <source>Azure ML has no manual scale: targetNodeCount %1 becomes min_nodes = max_nodes = %1, so %1 nodes stay allocated and are billed even when idle; choose 0..%1 (--scale-from-zero) to release idle nodes.</source>
        <translation>Azure ML hat keine manuelle Skalierung: targetNodeCount %1 wird zu min_nodes = max_nodes = %1, also bleiben %1 Knoten zugeteilt und werden auch im Leerlauf berechnet; wählen Sie 0..%1 (--scale-from-zero), um freie Knoten freizugeben.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ClusterMapping.cpp" line="130"/>
        <source>&apos;%1&apos; has no Azure ML equivalent (Azure ML waits for running jobs before it removes a node): dropped.</source>
        <translation>„%1“ hat keine Entsprechung in Azure ML (Azure ML wartet auf laufende Jobs, bevor es einen Knoten entfernt): entfällt.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ClusterMapping.cpp" line="153"/>
        <source>missing (the az command line gave it as a flag): min_nodes 0, max_nodes 1 is used; give --min-nodes / --max-nodes.</source>
        <translation>fehlt (die az-Befehlszeile gab es als Option an): min_nodes 0, max_nodes 1 wird verwendet; geben Sie --min-nodes / --max-nodes an.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ClusterMapping.cpp" line="162"/>
        <source>Batch AI clusters did not scale down on their own; Azure ML does: idle nodes leave after %1 s (Azure ML SDK v1&apos;s default; REST v2&apos;s is 120 s). Give --idle-seconds-before-scaledown to choose.</source>
        <translation>Batch-AI-Cluster skalierten nicht von selbst herunter; Azure ML tut es: freie Knoten gehen nach %1 s (Standard des Azure ML SDK v1; bei REST v2 sind es 120 s). Wählen Sie mit --idle-seconds-before-scaledown einen anderen Wert.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ClusterMapping.cpp" line="180"/>
        <source>not a subnet resource id (/subscriptions/…/resourceGroups/…/providers/Microsoft.Network/virtualNetworks/…/subnets/…): not imported.</source>
        <translation>keine Subnetz-Ressourcen-ID (/subscriptions/…/resourceGroups/…/providers/Microsoft.Network/virtualNetworks/…/subnets/…): nicht importiert.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ClusterMapping.cpp" line="201"/>
        <source>becomes userAccountCredentials; Azure ML opens the nodes&apos; SSH port unless the cluster is in a virtual network (remoteLoginPortPublicAccess NotSpecified).</source>
        <translation>wird zu userAccountCredentials; Azure ML öffnet den SSH-Port der Knoten, sofern der Cluster nicht in einem virtuellen Netzwerk liegt (remoteLoginPortPublicAccess NotSpecified).</translation>
    </message>
    <message>
        <location filename="../core/batchai/ClusterMapping.cpp" line="205"/>
        <source>becomes userAccountCredentials; in its virtual network the cluster&apos;s SSH port is closed to the internet (remoteLoginPortPublicAccess NotSpecified): reach the nodes from inside the network.</source>
        <translation>wird zu userAccountCredentials; in seinem virtuellen Netzwerk ist der SSH-Port des Clusters zum Internet hin geschlossen (remoteLoginPortPublicAccess NotSpecified): erreichen Sie die Knoten von innerhalb des Netzwerks.</translation>
    </message>
    <message>
        <source>becomes userAccountCredentials; SSH to the nodes needs remoteLoginPortPublicAccess Enabled (set).</source>
        <translation type="vanished">wird zu userAccountCredentials; SSH zu den Knoten braucht remoteLoginPortPublicAccess Enabled (gesetzt).</translation>
    </message>
    <message>
        <source>not a subnet resource id: copied as written.</source>
        <translation type="vanished">keine Subnetz-Ressourcen-ID: unverändert übernommen.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ClusterMapping.cpp" line="216"/>
        <source>Azure ML manages the node OS (the image was %1 %2 %3): tools that image had (the Data Science VM&apos;s conda, CUDA) come from the job&apos;s environment image instead.</source>
        <translation>Azure ML verwaltet das Betriebssystem der Knoten (das Image war %1 %2 %3): Werkzeuge dieses Images (conda, CUDA der Data Science VM) kommen stattdessen aus dem Umgebungs-Image des Jobs.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ClusterMapping.cpp" line="228"/>
        <source>Azure ML runs no setup task on its nodes: bake &apos;%1&apos; into the job&apos;s environment image (or run it first in the job&apos;s command).</source>
        <translation>Azure ML führt auf seinen Knoten keine Setup-Aufgabe aus: nehmen Sie „%1“ in das Umgebungs-Image des Jobs auf (oder führen Sie es zu Beginn des Job-Befehls aus).</translation>
    </message>
    <message>
        <location filename="../core/batchai/ClusterMapping.cpp" line="234"/>
        <source>&apos;%1&apos; belonged to the setup task: set it in the environment image.</source>
        <translation>„%1“ gehörte zur Setup-Aufgabe: setzen Sie es im Umgebungs-Image.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ClusterMapping.cpp" line="247"/>
        <source>&apos;%1&apos; is read from Key Vault (%2): give the workspace&apos;s identity access to it; there is no setup task to receive it.</source>
        <translation>„%1“ wird aus Key Vault gelesen (%2): geben Sie der Identität des Arbeitsbereichs Zugriff darauf; es gibt keine Setup-Aufgabe, die es empfängt.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ClusterMapping.cpp" line="253"/>
        <source>no setup task to run elevated: dropped.</source>
        <translation>keine Setup-Aufgabe, die mit erhöhten Rechten laufen könnte: entfällt.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ClusterMapping.cpp" line="266"/>
        <source>Azure ML collects node metrics itself (Azure Monitor): the Application Insights settings are dropped.</source>
        <translation>Azure ML erfasst Knotenmetriken selbst (Azure Monitor): die Application-Insights-Einstellungen entfallen.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ClusterMapping.cpp" line="299"/>
        <source>an Azure ML compute lives in its workspace&apos;s region (&apos;%1&apos; is not used).</source>
        <translation>ein Azure-ML-Compute liegt in der Region seines Arbeitsbereichs („%1“ wird nicht verwendet).</translation>
    </message>
    <message>
        <location filename="../core/batchai/ClusterMapping.cpp" line="309"/>
        <source>Imported from Batch AI %1</source>
        <translation>Aus Batch AI %1 importiert</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobDirectories.cpp" line="54"/>
        <source>mount &apos;%1&apos; is not in this file (it was on the cluster): datastore %2 path &apos;%3&apos; is assumed; change it if the data lives elsewhere.</source>
        <translation>die Einbindung „%1“ steht nicht in dieser Datei (sie lag am Cluster): Datenspeicher %2, Pfad „%3“ wird angenommen; ändern Sie ihn, wenn die Daten woanders liegen.</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobDirectories.cpp" line="38"/>
        <source>&apos;%1&apos; is not under $AZ_BATCHAI_MOUNT_ROOT: datastore %2 path &apos;%3&apos; is assumed.</source>
        <translation>„%1“ liegt nicht unter $AZ_BATCHAI_MOUNT_ROOT: Datenspeicher %2, Pfad „%3“ wird angenommen.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ToolkitCommands.cpp" line="40"/>
        <source>%1 is not a process count: 1 per node is used.</source>
        <translation>%1 ist keine Prozessanzahl: 1 pro Knoten wird verwendet.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ToolkitCommands.cpp" line="46"/>
        <source>%1 processes do not divide over %2 nodes: %3 per node is used, %4 in all.</source>
        <translation>%1 Prozesse lassen sich nicht auf %2 Knoten aufteilen: %3 pro Knoten werden verwendet, %4 insgesamt.</translation>
    </message>
    <message>
        <location filename="../core/batchai/BatchAiVariables.cpp" line="20"/>
        <source>$%1 is Azure Batch&apos;s, not Batch AI&apos;s: neither Azure ML nor Trainyard sets it.</source>
        <translation>$%1 gehört zu Azure Batch, nicht zu Batch AI: weder Azure ML noch Trainyard setzen es.</translation>
    </message>
    <message>
        <location filename="../core/batchai/BatchAiVariables.cpp" line="26"/>
        <source>$%1 (node-local temp dir) becomes the process&apos;s $TMPDIR (or /tmp).</source>
        <translation>$%1 (knotenlokaler Temp-Ordner) wird zu $TMPDIR des Prozesses (oder /tmp).</translation>
    </message>
    <message>
        <location filename="../core/batchai/BatchAiVariables.cpp" line="28"/>
        <source>$%1 (a folder every node shared over NFS) becomes output &apos;shared_job_temp&apos;; nodes see each other&apos;s files only where the output is a shared mount.</source>
        <translation>$%1 (ein Ordner, den alle Knoten über NFS teilten) wird zur Ausgabe „shared_job_temp“; Knoten sehen die Dateien der anderen nur, wo die Ausgabe eine gemeinsame Einbindung ist.</translation>
    </message>
    <message>
        <location filename="../core/batchai/BatchAiVariables.cpp" line="33"/>
        <source>$%1 becomes output &apos;stdouterr&apos;; the job&apos;s own logs are the engine&apos;s.</source>
        <translation>$%1 wird zur Ausgabe „stdouterr“; die Protokolle des Jobs selbst führt die Engine.</translation>
    </message>
    <message>
        <location filename="../core/batchai/BatchAiVariables.cpp" line="35"/>
        <source>$%1: there is no host file; an MPI distribution starts the processes itself, so drop the own mpirun (see the toolkit warning).</source>
        <translation>$%1: es gibt keine Host-Datei; eine MPI-Verteilung startet die Prozesse selbst, entfernen Sie also das eigene mpirun (siehe die Toolkit-Warnung).</translation>
    </message>
    <message>
        <location filename="../core/batchai/BatchAiVariables.cpp" line="39"/>
        <source>$%1 is counted with nvidia-smi at start (0 without GPUs).</source>
        <translation>$%1 wird beim Start mit nvidia-smi gezählt (0 ohne GPUs).</translation>
    </message>
    <message>
        <location filename="../core/batchai/BatchAiVariables.cpp" line="43"/>
        <source>$%1 is derived from TF_CONFIG (Trainyard&apos;s local engine also sets it).</source>
        <translation>$%1 wird aus TF_CONFIG abgeleitet (die lokale Engine von Trainyard setzt es auch).</translation>
    </message>
    <message>
        <location filename="../core/batchai/BatchAiVariables.cpp" line="45"/>
        <source>$%1 exists only in TensorFlow runs; this job is not one.</source>
        <translation>$%1 gibt es nur in TensorFlow-Ausführungen; dieser Job ist keine.</translation>
    </message>
    <message>
        <location filename="../core/batchai/BatchAiVariables.cpp" line="48"/>
        <source>$%1 is the TF_CONFIG task index.</source>
        <translation>$%1 ist der Task-Index aus TF_CONFIG.</translation>
    </message>
    <message>
        <location filename="../core/batchai/BatchAiVariables.cpp" line="49"/>
        <source>$%1 becomes the process rank ($RANK, $OMPI_COMM_WORLD_RANK).</source>
        <translation>$%1 wird zum Rang des Prozesses ($RANK, $OMPI_COMM_WORLD_RANK).</translation>
    </message>
    <message>
        <location filename="../core/batchai/BatchAiVariables.cpp" line="51"/>
        <source>$%1 (a shared-file init URL) becomes env:// : MASTER_ADDR, MASTER_PORT, RANK and WORLD_SIZE come from the PyTorch distribution.</source>
        <translation>$%1 (eine Init-URL über eine gemeinsame Datei) wird zu env:// : MASTER_ADDR, MASTER_PORT, RANK und WORLD_SIZE kommen aus der PyTorch-Verteilung.</translation>
    </message>
    <message>
        <location filename="../core/batchai/BatchAiVariables.cpp" line="56"/>
        <source>$%1 is set to the job&apos;s communicationBackend.</source>
        <translation>$%1 wird auf das communicationBackend des Jobs gesetzt.</translation>
    </message>
    <message>
        <location filename="../core/batchai/BatchAiVariables.cpp" line="58"/>
        <source>$%1 (the previous try&apos;s output) has no equivalent: it is empty.</source>
        <translation>$%1 (die Ausgabe des vorigen Versuchs) hat keine Entsprechung: sie ist leer.</translation>
    </message>
    <message>
        <location filename="../core/batchai/BatchAiVariables.cpp" line="59"/>
        <source>$%1 is not a Batch AI variable this importer knows: not set.</source>
        <translation>$%1 ist keine Batch-AI-Variable, die dieser Import kennt: nicht gesetzt.</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobMapping.cpp" line="158"/>
        <source>missing: give the job&apos;s container image.</source>
        <translation>fehlt: geben Sie das Container-Image des Jobs an.</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobMapping.cpp" line="132"/>
        <source>the registry password is in Key Vault (%1): Azure ML reads registry credentials from the workspace&apos;s Key Vault; copy the secret there.</source>
        <translation>das Registry-Passwort liegt in Key Vault (%1): Azure ML liest Registry-Zugangsdaten aus dem Key Vault des Arbeitsbereichs; kopieren Sie das Geheimnis dorthin.</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobMapping.cpp" line="138"/>
        <source>private registry %1: the Azure ML environment pulls from it with the user &apos;%2&apos; and the password from the keychain.</source>
        <translation>private Registry %1: die Azure-ML-Umgebung lädt daraus mit dem Benutzer „%2“ und dem Passwort aus dem Schlüsselbund.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ToolkitCommands.cpp" line="244"/>
        <source>the file has no toolkit settings (the az command line or another file gave them): there is nothing to run; give a command (--command).</source>
        <translation>die Datei hat keine Toolkit-Einstellungen (die az-Befehlszeile oder eine andere Datei lieferte sie): es gibt nichts auszuführen; geben Sie einen Befehl an (--command).</translation>
    </message>
    <message>
        <location filename="../core/batchai/ToolkitCommands.cpp" line="250"/>
        <source>a job has exactly one toolkit: %1 is used, this one is not imported.</source>
        <translation>ein Job hat genau ein Toolkit: %1 wird verwendet, dieses wird nicht importiert.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ToolkitCommands.cpp" line="260"/>
        <source>&apos;%1&apos; must exist in the job&apos;s environment image.</source>
        <translation>„%1“ muss im Umgebungs-Image des Jobs vorhanden sein.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ToolkitCommands.cpp" line="267"/>
        <source>&apos;%1&apos; is run as &apos;%2&apos; from the source directory %3 (snapshotted with the job).</source>
        <translation>„%1“ wird als „%2“ aus dem Quellverzeichnis %3 ausgeführt (mit dem Job als Snapshot gesichert).</translation>
    </message>
    <message>
        <location filename="../core/batchai/ToolkitCommands.cpp" line="106"/>
        <source>one node and no parameter servers: a single TensorFlow process with no distribution.</source>
        <translation>ein Knoten und keine Parameterserver: ein einzelner TensorFlow-Prozess ohne Verteilung.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ToolkitCommands.cpp" line="69"/>
        <source>not given: Batch AI&apos;s default 1 is written explicitly (Azure ML&apos;s default is 0).</source>
        <translation>nicht angegeben: der Batch-AI-Standard 1 wird ausdrücklich geschrieben (der Standard von Azure ML ist 0).</translation>
    </message>
    <message>
        <location filename="../core/batchai/ToolkitCommands.cpp" line="72"/>
        <source>not given: Batch AI&apos;s default, the node count %1, is written explicitly.</source>
        <translation>nicht angegeben: der Batch-AI-Standard, die Knotenanzahl %1, wird ausdrücklich geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ToolkitCommands.cpp" line="76"/>
        <source>%1 is not a worker count: 1 is used.</source>
        <translation>%1 ist keine Worker-Anzahl: 1 wird verwendet.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ToolkitCommands.cpp" line="85"/>
        <source>Batch AI placed %1 TensorFlow tasks (%2 worker(s), %3 parameter server(s)) on %4 node(s); Azure ML and Trainyard run one task per node, so node_count becomes %1.</source>
        <translation>Batch AI verteilte %1 TensorFlow-Tasks (%2 Worker, %3 Parameterserver) auf %4 Knoten; Azure ML und Trainyard führen einen Task pro Knoten aus, daher wird node_count zu %1.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ToolkitCommands.cpp" line="122"/>
        <source>per-role arguments (master, worker, parameter server) become one command that picks them by the TF_CONFIG task type; the master&apos;s are used by worker 0.</source>
        <translation>rollenspezifische Argumente (Master, Worker, Parameterserver) werden zu einem Befehl, der sie nach dem Task-Typ in TF_CONFIG wählt; die des Masters nutzt Worker 0.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ToolkitCommands.cpp" line="132"/>
        <source>becomes an MPI distribution with %1 process(es) per node (Batch AI&apos;s processCount is the total; %2 here).</source>
        <translation>wird zu einer MPI-Verteilung mit %1 Prozess(en) pro Knoten (processCount von Batch AI ist die Gesamtzahl; hier %2).</translation>
    </message>
    <message>
        <location filename="../core/batchai/ToolkitCommands.cpp" line="148"/>
        <source>&apos;%1&apos; is not a field of Azure ML&apos;s PyTorch distribution: the script chooses the backend (its arguments keep it; $AZ_BATCHAI_PYTORCH_BACKEND is set to it).</source>
        <translation>„%1“ ist kein Feld der PyTorch-Verteilung von Azure ML: das Skript wählt das Backend (seine Argumente behalten es; $AZ_BATCHAI_PYTORCH_BACKEND wird darauf gesetzt).</translation>
    </message>
    <message>
        <location filename="../core/batchai/ToolkitCommands.cpp" line="166"/>
        <source>Azure ML has no CNTK setting: a command job with an MPI distribution (%1 per node), which is how Batch AI started CNTK; %2 launch written out as &apos;%3&apos;.</source>
        <translation>Azure ML hat keine CNTK-Einstellung: ein Befehls-Job mit MPI-Verteilung (%1 pro Knoten), so wie Batch AI CNTK startete; %2-Start ausgeschrieben als „%3“.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ToolkitCommands.cpp" line="180"/>
        <source>Azure ML has no Chainer setting: a command job with an MPI distribution (%1 per node), as ChainerMN ran under Batch AI&apos;s mpirun.</source>
        <translation>Azure ML hat keine Chainer-Einstellung: ein Befehls-Job mit MPI-Verteilung (%1 pro Knoten), so wie ChainerMN unter dem mpirun von Batch AI lief.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ToolkitCommands.cpp" line="192"/>
        <source>Azure ML has no Caffe setting: a command job with an MPI distribution (%1 per node) running &apos;%2&apos;.</source>
        <translation>Azure ML hat keine Caffe-Einstellung: ein Befehls-Job mit MPI-Verteilung (%1 pro Knoten), der „%2“ ausführt.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ToolkitCommands.cpp" line="202"/>
        <source>Azure ML has no Caffe2 setting: a command job with an MPI distribution, one process per node, where $AZ_BATCHAI_TASK_INDEX is the rank (Batch AI&apos;s shard index).</source>
        <translation>Azure ML hat keine Caffe2-Einstellung: ein Befehls-Job mit MPI-Verteilung, ein Prozess pro Knoten, wobei $AZ_BATCHAI_TASK_INDEX der Rang ist (der Shard-Index von Batch AI).</translation>
    </message>
    <message>
        <location filename="../core/batchai/ToolkitCommands.cpp" line="213"/>
        <source>Batch AI ran a custom toolkit on the first node only, with %1 nodes reserved; Azure ML and Trainyard start a command with no distribution on every node. Choose node_count 1, or an MPI distribution and drop the command&apos;s own mpirun.</source>
        <translation>Batch AI führte ein eigenes Toolkit nur auf dem ersten Knoten aus, mit %1 reservierten Knoten; Azure ML und Trainyard starten einen Befehl ohne Verteilung auf jedem Knoten. Wählen Sie node_count 1 oder eine MPI-Verteilung und entfernen Sie das eigene mpirun des Befehls.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ToolkitCommands.cpp" line="221"/>
        <source>runs its own mpirun: on Azure ML use an MPI distribution (process_count_per_node) and run the script directly; the host list it used does not exist there.</source>
        <translation>führt ein eigenes mpirun aus: verwenden Sie in Azure ML eine MPI-Verteilung (process_count_per_node) und starten Sie das Skript direkt; die verwendete Host-Liste gibt es dort nicht.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ToolkitCommands.cpp" line="225"/>
        <source>not a field of customToolkitSettings (Batch AI ignored it): not imported.</source>
        <translation>kein Feld von customToolkitSettings (Batch AI ignorierte es): nicht importiert.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ToolkitCommands.cpp" line="302"/>
        <source>has no command line or script: give a command.</source>
        <translation>hat weder Befehlszeile noch Skript: geben Sie einen Befehl an.</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobMapping.cpp" line="31"/>
        <source>&apos;%1&apos; is not a valid experiment name (letters, digits, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;): &apos;%2&apos; is used.</source>
        <translation>„%1“ ist kein gültiger Experimentname (Buchstaben, Ziffern, „_“, „-“, „.“): „%2“ wird verwendet.</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobMapping.cpp" line="47"/>
        <source>the job ran on Batch AI cluster &apos;%1&apos;: compute &apos;%2&apos; is assumed; give --compute to choose.</source>
        <translation>der Job lief auf dem Batch-AI-Cluster „%1“: Compute „%2“ wird angenommen; wählen Sie mit --compute ein anderes.</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobMapping.cpp" line="52"/>
        <source>missing (the az command line gave it as a flag): give --compute.</source>
        <translation>fehlt (die az-Befehlszeile gab es als Option an): geben Sie --compute an.</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobMapping.cpp" line="63"/>
        <source>%1 is replaced by %2 from the command line.</source>
        <translation>%1 wird durch %2 aus der Befehlszeile ersetzt.</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobMapping.cpp" line="66"/>
        <source>missing: 1 node is used; give --node-count.</source>
        <translation>fehlt: 1 Knoten wird verwendet; geben Sie --node-count an.</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobMapping.cpp" line="68"/>
        <source>%1 is not a node count: 1 is used.</source>
        <translation>%1 ist keine Knotenanzahl: 1 wird verwendet.</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobDirectories.cpp" line="73"/>
        <source>an input directory needs an id: not imported.</source>
        <translation>ein Eingabeverzeichnis braucht eine ID: nicht importiert.</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobDirectories.cpp" line="88"/>
        <source>an output directory needs an id: not imported.</source>
        <translation>ein Ausgabeverzeichnis braucht eine ID: nicht importiert.</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobDirectories.cpp" line="94"/>
        <source>output &apos;%1&apos; becomes a job output in its own folder per job (Batch AI made a unique folder below &apos;%2&apos; too); the path is chosen by the engine.</source>
        <translation>die Ausgabe „%1“ wird zu einer Job-Ausgabe in einem eigenen Ordner je Job (Batch AI legte ebenfalls einen eindeutigen Ordner unter „%2“ an); den Pfad wählt die Engine.</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobDirectories.cpp" line="101"/>
        <source>a 2017-09-01-preview field with no equivalent: every output is a new folder.</source>
        <translation>ein Feld aus 2017-09-01-preview ohne Entsprechung: jede Ausgabe ist ein neuer Ordner.</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobMapping.cpp" line="81"/>
        <source>an environment variable needs a name: not imported.</source>
        <translation>eine Umgebungsvariable braucht einen Namen: nicht importiert.</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobMapping.cpp" line="91"/>
        <source>&apos;%1&apos; refers to other variables: it is set at the start of the command, where they exist.</source>
        <translation>„%1“ verweist auf andere Variablen: sie wird zu Beginn des Befehls gesetzt, wo diese existieren.</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobMapping.cpp" line="106"/>
        <source>&apos;%1&apos; is not passed to the run as a plain environment variable (an Azure ML job has no secrets field): read it from the workspace Key Vault in the script.</source>
        <translation>„%1“ wird der Ausführung nicht als einfache Umgebungsvariable übergeben (ein Azure-ML-Job hat kein Feld für Geheimnisse): lesen Sie es im Skript aus dem Key Vault des Arbeitsbereichs.</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobMapping.cpp" line="113"/>
        <source>&apos;%1&apos; is read from Key Vault (%2): give the job&apos;s identity access and read it in the script.</source>
        <translation>„%1“ wird aus Key Vault gelesen (%2): geben Sie der Identität des Jobs Zugriff und lesen Sie es im Skript.</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobMapping.cpp" line="149"/>
        <source>no container: Batch AI ran the job on the node&apos;s OS image; Azure ML needs an environment (choose a curated one).</source>
        <translation>kein Container: Batch AI führte den Job auf dem Betriebssystem-Image des Knotens aus; Azure ML braucht eine Umgebung (wählen Sie eine kuratierte).</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobMapping.cpp" line="175"/>
        <source>the command comes from the command line.</source>
        <translation>der Befehl kommt aus der Befehlszeile.</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobMapping.cpp" line="176"/>
        <source>the toolkit&apos;s launch is replaced by the command from the command line (the distribution stays).</source>
        <translation>der Start des Toolkits wird durch den Befehl aus der Befehlszeile ersetzt (die Verteilung bleibt).</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobMapping.cpp" line="186"/>
        <source>runs before the command in every process (Batch AI ran it once per node).</source>
        <translation>läuft vor dem Befehl in jedem Prozess (Batch AI führte es einmal pro Knoten aus).</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobDirectories.cpp" line="124"/>
        <source>$%1 names no input directory of this job: it is empty.</source>
        <translation>$%1 nennt kein Eingabeverzeichnis dieses Jobs: sie ist leer.</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobDirectories.cpp" line="128"/>
        <source>$%1 names no output directory of this job (Batch AI set it anyway for OUTPUTS): output &apos;%2&apos; is added.</source>
        <translation>$%1 nennt kein Ausgabeverzeichnis dieses Jobs (Batch AI setzte sie für OUTPUTS trotzdem): die Ausgabe „%2“ wird hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobDirectories.cpp" line="149"/>
        <source>the command reaches mount &apos;%1&apos; through $AZ_BATCHAI_MOUNT_ROOT: on Azure ML it becomes read-write input &apos;%2&apos; (datastore %3), linked back under the same path.</source>
        <translation>der Befehl erreicht die Einbindung „%1“ über $AZ_BATCHAI_MOUNT_ROOT: in Azure ML wird sie zur Lese-/Schreib-Eingabe „%2“ (Datenspeicher %3), unter demselben Pfad zurückverlinkt.</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobMapping.cpp" line="204"/>
        <source>&apos;%1&apos; is not a duration (use 7.00:00:00, P7D or 7 days, 0:00:00): Batch AI&apos;s default, 7 days, is used.</source>
        <translation>„%1“ ist keine Dauer (verwenden Sie 7.00:00:00, P7D oder 7 days, 0:00:00): der Batch-AI-Standard von 7 Tagen wird verwendet.</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobMapping.cpp" line="209"/>
        <source>not given: Batch AI stopped jobs after 7 days; that limit is written explicitly (Azure ML has no default).</source>
        <translation>nicht angegeben: Batch AI beendete Jobs nach 7 Tagen; diese Grenze wird ausdrücklich geschrieben (Azure ML hat keinen Standard).</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobMapping.cpp" line="222"/>
        <source>&apos;%1&apos;: Azure ML compute clusters have no job priority: dropped.</source>
        <translation>„%1“: Azure-ML-Compute-Cluster haben keine Job-Priorität: entfällt.</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobMapping.cpp" line="226"/>
        <source>the engine keeps the job&apos;s logs (&apos;yard run logs&apos;); the path &apos;%1&apos; is dropped.</source>
        <translation>die Engine führt die Protokolle des Jobs („yard run logs“); der Pfad „%1“ entfällt.</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobMapping.cpp" line="230"/>
        <source>the engine keeps the logs: dropped.</source>
        <translation>die Engine führt die Protokolle: entfällt.</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobMapping.cpp" line="233"/>
        <source>a job runs in its workspace&apos;s region: dropped.</source>
        <translation>ein Job läuft in der Region seines Arbeitsbereichs: entfällt.</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobMapping.cpp" line="236"/>
        <source>Azure ML runs &apos;%1&apos; as environment &apos;%2&apos; (create it from the image); Trainyard&apos;s local and Slurm engines run the command on the host without the container.</source>
        <translation>Azure ML führt „%1“ als Umgebung „%2“ aus (legen Sie sie aus dem Image an); die lokale und die Slurm-Engine von Trainyard führen den Befehl ohne Container auf dem Host aus.</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobMapping.cpp" line="242"/>
        <source>becomes resources.shmSize %1 on Azure ML; other engines do not limit /dev/shm.</source>
        <translation>wird in Azure ML zu resources.shmSize %1; andere Engines begrenzen /dev/shm nicht.</translation>
    </message>
    <message>
        <location filename="../core/batchai/FileServerMapping.cpp" line="11"/>
        <source>(file server)</source>
        <translation>(Dateiserver)</translation>
    </message>
    <message>
        <location filename="../core/batchai/FileServerMapping.cpp" line="12"/>
        <source>Azure ML has no managed NFS file server. Put the data in a datastore (Azure Files or Blob; %1 disk(s) of %2 GB were asked for) or mount Azure NetApp Files in the environment; nothing is created.</source>
        <translation>Azure ML hat keinen verwalteten NFS-Dateiserver. Legen Sie die Daten in einen Datenspeicher (Azure Files oder Blob; angefordert waren %1 Datenträger mit %2 GB) oder binden Sie Azure NetApp Files in der Umgebung ein; es wird nichts angelegt.</translation>
    </message>
    <message>
        <location filename="../core/batchai/FileServerMapping.cpp" line="20"/>
        <source>the file server&apos;s VM (%1) is not needed with a datastore.</source>
        <translation>die VM des Dateiservers (%1) wird mit einem Datenspeicher nicht gebraucht.</translation>
    </message>
    <message>
        <location filename="../core/batchai/FileServerMapping.cpp" line="28"/>
        <source>no server to reach: dropped.</source>
        <translation>kein Server zu erreichen: entfällt.</translation>
    </message>
    <message>
        <location filename="../core/batchai/FileServerMapping.cpp" line="30"/>
        <source>no server to place: dropped.</source>
        <translation>kein Server zu platzieren: entfällt.</translation>
    </message>
    <message>
        <location filename="../core/batchai/FileServerMapping.cpp" line="33"/>
        <source>disk type &apos;%1&apos; has no datastore equivalent: choose the storage account&apos;s tier instead.</source>
        <translation>Datenträgertyp „%1“ hat keine Entsprechung beim Datenspeicher: wählen Sie stattdessen die Stufe des Speicherkontos.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ConfigurationMapping.cpp" line="16"/>
        <source>empty: fill it in before the workspace&apos;s config.json is usable (Azure ML&apos;s config.json needs subscription_id, resource_group and workspace_name).</source>
        <translation>leer: ergänzen Sie den Wert, bevor die config.json des Arbeitsbereichs verwendbar ist (die config.json von Azure ML braucht subscription_id, resource_group und workspace_name).</translation>
    </message>
    <message>
        <location filename="../core/batchai/ConfigurationMapping.cpp" line="23"/>
        <source>missing (Batch AI before 2018-05-01 had no workspaces): give the Azure ML workspace name.</source>
        <translation>fehlt (Batch AI hatte vor 2018-05-01 keine Arbeitsbereiche): geben Sie den Namen des Azure-ML-Arbeitsbereichs an.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ConfigurationMapping.cpp" line="36"/>
        <source>a service principal: Trainyard signs in with it (client secret from the keychain) or with your own account.</source>
        <translation>ein Dienstprinzipal: Trainyard meldet sich damit an (Client-Geheimnis aus dem Schlüsselbund) oder mit Ihrem eigenen Konto.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ConfigurationMapping.cpp" line="51"/>
        <source>Azure ML workspaces have their own storage (workspaceblobstore): register this account as a datastore to keep using its data.</source>
        <translation>Azure-ML-Arbeitsbereiche haben ihren eigenen Speicher (workspaceblobstore): registrieren Sie dieses Konto als Datenspeicher, um seine Daten weiter zu nutzen.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ConfigurationMapping.cpp" line="59"/>
        <source>the samples&apos; node user: give it to each imported cluster (userAccountCredentials).</source>
        <translation>der Knotenbenutzer der Beispiele: geben Sie ihn jedem importierten Cluster (userAccountCredentials).</translation>
    </message>
    <message>
        <location filename="../core/batchai/ConfigurationMapping.cpp" line="66"/>
        <source>private registry credentials: Azure ML pulls images with the workspace&apos;s registry or credentials kept in its Key Vault (secret_url).</source>
        <translation>Zugangsdaten für private Registrys: Azure ML lädt Images mit der Registry des Arbeitsbereichs oder mit Zugangsdaten aus dessen Key Vault (secret_url).</translation>
    </message>
    <message>
        <location filename="../core/batchai/ConfigurationMapping.cpp" line="81"/>
        <source>Azure ML workspaces have their own Key Vault: this one is not used.</source>
        <translation>Azure-ML-Arbeitsbereiche haben ihren eigenen Key Vault: dieser wird nicht verwendet.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ConfigurationMapping.cpp" line="84"/>
        <source>the Batch AI endpoint: no longer exists, dropped.</source>
        <translation>der Batch-AI-Endpunkt: existiert nicht mehr, entfällt.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ConfigurationMapping.cpp" line="87"/>
        <source>the workspace&apos;s region decides (&apos;%1&apos; is not used).</source>
        <translation>die Region des Arbeitsbereichs entscheidet („%1“ wird nicht verwendet).</translation>
    </message>
    <message>
        <location filename="../core/batchai/BatchAiMapper.cpp" line="32"/>
        <source>outside the definition&apos;s properties: not imported.</source>
        <translation>außerhalb der properties der Definition: nicht importiert.</translation>
    </message>
    <message>
        <location filename="../core/batchai/BatchAiMapper.cpp" line="36"/>
        <source>a REST example: the request in parameters.parameters is imported, the recorded responses are not.</source>
        <translation>ein REST-Beispiel: die Anfrage in parameters.parameters wird importiert, die aufgezeichneten Antworten nicht.</translation>
    </message>
</context>
<context>
    <name>BlobTransfer</name>
    <message>
        <location filename="../core/azureml/BlobTransfer.cpp" line="59"/>
        <source>Transfer canceled after %1 of %2 files; no partial file was left under its name.</source>
        <translation>Übertragung nach %1 von %2 Dateien abgebrochen; keine unvollständige Datei wurde unter ihrem Namen hinterlassen.</translation>
    </message>
    <message>
        <location filename="../core/azureml/BlobTransfer.cpp" line="132"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../core/azureml/BlobTransfer.cpp" line="163"/>
        <source>%1 is not a folder: give the folder to upload.</source>
        <translation>%1 ist kein Ordner: geben Sie den hochzuladenden Ordner an.</translation>
    </message>
    <message>
        <location filename="../core/azureml/BlobTransfer.cpp" line="231"/>
        <location filename="../core/azureml/BlobTransfer.cpp" line="311"/>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/azureml/BlobTransfer.cpp" line="348"/>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../core/azureml/BlobTransfer.cpp" line="393"/>
        <source>Nothing under &apos;%1&apos; on the datastore.</source>
        <translation>Nichts unter „%1“ im Datenspeicher.</translation>
    </message>
    <message>
        <location filename="../core/azureml/BlobTransfer.cpp" line="430"/>
        <source>Refusing blob name &apos;%1&apos;: it would be written outside %2.</source>
        <translation>Blob-Name „%1“ wird abgelehnt: er würde außerhalb von %2 geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/azureml/BlobTransfer.cpp" line="472"/>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>ClusterBounds</name>
    <message>
        <location filename="../core/engine/ClusterBounds.cpp" line="18"/>
        <source>the local engine</source>
        <translation>die lokale Engine</translation>
    </message>
    <message>
        <location filename="../core/engine/ClusterBounds.cpp" line="23"/>
        <source>partition &apos;%1&apos;</source>
        <translation>Partition „%1“</translation>
    </message>
    <message>
        <location filename="../core/engine/ClusterBounds.cpp" line="30"/>
        <source>%1 is %2: %3 holds at most %4 nodes per cluster.</source>
        <translation>%1 ist %2: %3 erlaubt höchstens %4 Knoten pro Cluster.</translation>
    </message>
    <message>
        <location filename="../core/engine/ClusterBounds.cpp" line="42"/>
        <source>node_count is %1: %2 holds at most %3 nodes per cluster.</source>
        <translation>node_count ist %1: %2 erlaubt höchstens %3 Knoten pro Cluster.</translation>
    </message>
    <message>
        <location filename="../core/engine/ClusterBounds.cpp" line="50"/>
        <source>process_count_per_node is %1: %2 runs at most %3 processes per node (one per CPU).</source>
        <translation>process_count_per_node ist %1: %2 führt höchstens %3 Prozesse pro Knoten aus (einen pro CPU).</translation>
    </message>
    <message>
        <location filename="../core/engine/ClusterBounds.cpp" line="59"/>
        <source>The run would start %1 processes (node_count %2 × process_count_per_node %3): %4 runs at most %5 processes per run.</source>
        <translation>Die Ausführung würde %1 Prozesse starten (node_count %2 × process_count_per_node %3): %4 führt höchstens %5 Prozesse pro Ausführung aus.</translation>
    </message>
</context>
<context>
    <name>Compute</name>
    <message>
        <location filename="../core/model/Compute.cpp" line="24"/>
        <source>Invalid cluster name &apos;%1&apos;: use 2 to 16 characters, letters, digits and hyphens, starting with a letter.</source>
        <translation>Ungültiger Clustername „%1“: 2 bis 16 Zeichen aus Buchstaben, Ziffern und Bindestrichen, beginnend mit einem Buchstaben.</translation>
    </message>
    <message>
        <location filename="../core/model/Compute.cpp" line="32"/>
        <source>min_nodes is %1: it must be 0 or more.</source>
        <translation>min_nodes ist %1: der Wert muss 0 oder größer sein.</translation>
    </message>
    <message>
        <location filename="../core/model/Compute.cpp" line="35"/>
        <source>max_nodes is %1: it must be at least 1.</source>
        <translation>max_nodes ist %1: der Wert muss mindestens 1 sein.</translation>
    </message>
    <message>
        <location filename="../core/model/Compute.cpp" line="39"/>
        <source>max_nodes is %1: at most %2 nodes per cluster.</source>
        <translation>max_nodes ist %1: höchstens %2 Knoten pro Cluster.</translation>
    </message>
    <message>
        <location filename="../core/model/Compute.cpp" line="43"/>
        <source>min_nodes (%1) is greater than max_nodes (%2): min_nodes must be at most max_nodes.</source>
        <translation>min_nodes (%1) ist größer als max_nodes (%2): min_nodes darf höchstens max_nodes sein.</translation>
    </message>
    <message>
        <location filename="../core/model/Compute.cpp" line="49"/>
        <source>idle_seconds_before_scaledown is %1: it must be 0 or more seconds.</source>
        <translation>idle_seconds_before_scaledown ist %1: der Wert muss 0 Sekunden oder mehr sein.</translation>
    </message>
    <message>
        <location filename="../core/model/Compute.cpp" line="58"/>
        <source>vm_size is missing: choose one of the engine&apos;s vm sizes.</source>
        <translation>vm_size fehlt: wählen Sie eine der VM-Größen der Engine.</translation>
    </message>
</context>
<context>
    <name>DiskSpace</name>
    <message>
        <location filename="../core/util/DiskSpace.cpp" line="42"/>
        <source>%1 (the disk holding %2 is full: %3 bytes free)</source>
        <translation>%1 (der Datenträger mit %2 ist voll: %3 Bytes frei)</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <location filename="../core/engine/Engine.cpp" line="22"/>
        <source>The %1 engine cannot list a datastore&apos;s files yet: download a folder to see what it holds.</source>
        <translation>Die Engine %1 kann die Dateien eines Datenspeichers noch nicht auflisten: laden Sie einen Ordner herunter, um seinen Inhalt zu sehen.</translation>
    </message>
    <message>
        <location filename="../core/engine/Engine.cpp" line="52"/>
        <source>The %1 engine has no environments.</source>
        <translation>Die Engine %1 hat keine Umgebungen.</translation>
    </message>
    <message>
        <location filename="../core/engine/Engine.h" line="78"/>
        <source>The %1 engine keeps its runs: run &apos;%2&apos; cannot be deleted.</source>
        <translation>Die Engine %1 behält ihre Ausführungen: die Ausführung „%2“ kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <location filename="../core/engine/Engine.h" line="91"/>
        <source>The %1 engine cannot read %2 of run &apos;%3&apos; directly.</source>
        <translation>Die Engine %1 kann %2 der Ausführung „%3“ nicht direkt lesen.</translation>
    </message>
</context>
<context>
    <name>Environment</name>
    <message>
        <location filename="../core/model/Environment.cpp" line="49"/>
        <source>Environment &apos;%1&apos; is not a reference: use NAME or NAME:VERSION.</source>
        <translation>Die Umgebung „%1“ ist kein Verweis: verwenden Sie NAME oder NAME:VERSION.</translation>
    </message>
    <message>
        <location filename="../core/model/Environment.cpp" line="65"/>
        <source>Invalid environment name &apos;%1&apos;: use 1 to 255 letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, starting with a letter or digit.</source>
        <translation>Ungültiger Umgebungsname „%1“: verwenden Sie 1 bis 255 Buchstaben, Ziffern, „-“, „_“ und „.“, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <location filename="../core/model/Environment.cpp" line="76"/>
        <source>Invalid environment version &apos;%1&apos;: use 1 to 50 letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, starting with a letter or digit (for example 1 or 2.0).</source>
        <translation>Ungültige Umgebungsversion „%1“: verwenden Sie 1 bis 50 Buchstaben, Ziffern, „-“, „_“ und „.“, beginnend mit einem Buchstaben oder einer Ziffer (zum Beispiel 1 oder 2.0).</translation>
    </message>
    <message>
        <location filename="../core/model/Environment.cpp" line="92"/>
        <source>Environment &apos;%1&apos; has no %2: give a Python interpreter, a prefix, a conda file, a pip requirements file or an image.</source>
        <translation>Die Umgebung „%1“ hat keine Angabe %2: geben Sie einen Python-Interpreter, ein Präfix, eine Conda-Datei, eine pip-Requirements-Datei oder ein Image an.</translation>
    </message>
</context>
<context>
    <name>EnvironmentBuild</name>
    <message>
        <location filename="../core/engine/EnvironmentBuild.cpp" line="39"/>
        <source>cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/engine/EnvironmentBuild.cpp" line="45"/>
        <source>%1 %2 failed with exit code %3</source>
        <translation>%1 %2 ist mit Exit-Code %3 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/engine/EnvironmentBuild.cpp" line="62"/>
        <location filename="../core/engine/EnvironmentBuild.cpp" line="85"/>
        <location filename="../core/engine/EnvironmentBuild.cpp" line="151"/>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../core/engine/EnvironmentBuild.cpp" line="76"/>
        <source>environment %1 is a conda file, which needs mamba or conda on this machine; neither is on the PATH.</source>
        <translation>Umgebung %1 ist eine Conda-Datei und braucht mamba oder conda auf diesem Rechner; keines von beiden ist im PATH.</translation>
    </message>
    <message>
        <location filename="../core/engine/EnvironmentBuild.cpp" line="126"/>
        <source>cannot create the environment cache %1</source>
        <translation>Umgebungs-Cache %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../core/engine/EnvironmentBuild.cpp" line="131"/>
        <source>waiting for another build of this environment (%1)</source>
        <translation>warte auf einen anderen Build dieser Umgebung (%1)</translation>
    </message>
    <message>
        <location filename="../core/engine/EnvironmentBuild.cpp" line="136"/>
        <source>reusing environment %1, built before in %2</source>
        <translation>Umgebung %1 wird wiederverwendet, zuvor gebaut in %2</translation>
    </message>
    <message>
        <location filename="../core/engine/EnvironmentBuild.cpp" line="141"/>
        <source>building environment %1 (%2) in %3</source>
        <translation>Umgebung %1 (%2) wird in %3 gebaut</translation>
    </message>
    <message>
        <location filename="../core/engine/EnvironmentBuild.cpp" line="146"/>
        <source>build failed: %1</source>
        <translation>Build fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/engine/EnvironmentBuild.cpp" line="152"/>
        <source>environment %1 is ready: %2</source>
        <translation>Umgebung %1 ist bereit: %2</translation>
    </message>
</context>
<context>
    <name>EnvironmentPreparation</name>
    <message>
        <location filename="../core/local/EnvironmentPreparation.cpp" line="68"/>
        <source>environment %1 could not be built: %2
%3</source>
        <translation>Umgebung %1 konnte nicht gebaut werden: %2
%3</translation>
    </message>
    <message>
        <location filename="../core/local/EnvironmentPreparation.cpp" line="74"/>
        <source>reusing environment %1, built before in %2</source>
        <translation>Umgebung %1 wird wiederverwendet, zuvor gebaut in %2</translation>
    </message>
    <message>
        <location filename="../core/local/EnvironmentPreparation.cpp" line="81"/>
        <source>building environment %1</source>
        <translation>Umgebung %1 wird gebaut</translation>
    </message>
    <message>
        <location filename="../core/local/EnvironmentPreparation.cpp" line="85"/>
        <source>the build of environment %1 ended without a result
%2</source>
        <translation>der Build der Umgebung %1 endete ohne Ergebnis
%2</translation>
    </message>
    <message>
        <location filename="../core/local/EnvironmentPreparation.cpp" line="104"/>
        <source>cannot start the build of environment %1: %2</source>
        <translation>der Build der Umgebung %1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/local/EnvironmentPreparation.cpp" line="139"/>
        <source>environment %1 runs in the image %2, which needs podman or docker on this machine; neither is installed.</source>
        <translation>Umgebung %1 läuft im Image %2, das podman oder docker auf diesem Rechner braucht; keines von beiden ist installiert.</translation>
    </message>
</context>
<context>
    <name>EnvironmentStore</name>
    <message>
        <location filename="../core/engine/EnvironmentStore.cpp" line="40"/>
        <source>The %1 file &apos;%2&apos; does not exist or cannot be read.</source>
        <translation>Die %1-Datei „%2“ existiert nicht oder kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/engine/EnvironmentStore.cpp" line="44"/>
        <source>The %1 file &apos;%2&apos; is %3 bytes: at most %4 are allowed.</source>
        <translation>Die %1-Datei „%2“ hat %3 Bytes: erlaubt sind höchstens %4.</translation>
    </message>
    <message>
        <location filename="../core/engine/EnvironmentStore.cpp" line="85"/>
        <source>Environment %1 exists already: versions never change; give another --version or leave it out for the next one.</source>
        <translation>Die Umgebung %1 existiert bereits: Versionen ändern sich nie; geben Sie eine andere --version an oder lassen Sie sie weg, um die nächste zu erhalten.</translation>
    </message>
    <message>
        <location filename="../core/engine/EnvironmentStore.cpp" line="89"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../core/engine/EnvironmentStore.cpp" line="100"/>
        <source>No environment named &apos;%1&apos; in this workspace (yard environment list shows them).</source>
        <translation>Keine Umgebung namens „%1“ in diesem Arbeitsbereich (yard environment list zeigt sie an).</translation>
    </message>
    <message>
        <location filename="../core/engine/EnvironmentStore.cpp" line="112"/>
        <source>Environment &apos;%1&apos; has no version %2 (it has %3).</source>
        <translation>Die Umgebung „%1“ hat keine Version %2 (vorhanden: %3).</translation>
    </message>
</context>
<context>
    <name>FileTree</name>
    <message>
        <source>Datastore path &apos;%1&apos; leaves the datastore: give a relative path like data/mnist.</source>
        <translation type="vanished">Der Datenspeicherpfad „%1“ verlässt den Datenspeicher: geben Sie einen relativen Pfad wie data/mnist an.</translation>
    </message>
    <message>
        <location filename="../core/util/FileTree.cpp" line="49"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/util/FileTree.cpp" line="54"/>
        <location filename="../core/util/FileTree.cpp" line="67"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/util/FileTree.cpp" line="60"/>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/util/FileTree.cpp" line="78"/>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../core/util/FileTree.cpp" line="87"/>
        <location filename="../core/util/FileTree.cpp" line="129"/>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/util/FileTree.cpp" line="94"/>
        <source>%1 is a symbolic link to %2, outside %3: copy the file into the folder instead of linking to it.</source>
        <translation>%1 ist ein symbolischer Link auf %2 außerhalb von %3: kopieren Sie die Datei in den Ordner, statt auf sie zu verlinken.</translation>
    </message>
    <message>
        <location filename="../core/util/FileTree.cpp" line="110"/>
        <source>Cannot write %1: a symbolic link in %2 leads out of it.</source>
        <translation>%1 kann nicht geschrieben werden: ein symbolischer Link in %2 führt aus diesem Ordner hinaus.</translation>
    </message>
</context>
<context>
    <name>GpuInventory</name>
    <message>
        <location filename="../core/engine/GpuInventory.cpp" line="40"/>
        <source>workspace.json: local.gpus[%1] must be a GPU&apos;s name or an object with &quot;name&quot; (and optionally &quot;index&quot;, &quot;memory_mib&quot;, &quot;uuid&quot;).</source>
        <translation>workspace.json: local.gpus[%1] muss der Name einer GPU sein oder ein Objekt mit &quot;name&quot; (und optional &quot;index&quot;, &quot;memory_mib&quot;, &quot;uuid&quot;).</translation>
    </message>
    <message>
        <location filename="../core/engine/GpuInventory.cpp" line="46"/>
        <source>workspace.json: local.gpus must be a list of GPUs ([] for none).</source>
        <translation>workspace.json: local.gpus muss eine Liste von GPUs sein ([] für keine).</translation>
    </message>
    <message>
        <location filename="../core/engine/GpuInventory.cpp" line="116"/>
        <source>compute &apos;%1&apos; cannot fit: %2 nodes of %3 need %4 GPUs, each node its own, but this machine has %5 (%6). Lower max_nodes or choose a smaller size (yard compute list-sizes).</source>
        <translation>Compute „%1“ passt nicht: %2 Knoten der Größe %3 brauchen %4 GPUs, jeder Knoten eigene, aber dieser Rechner hat %5 (%6). Senken Sie max_nodes oder wählen Sie eine kleinere Größe (yard compute list-sizes).</translation>
    </message>
    <message>
        <location filename="../core/engine/GpuInventory.cpp" line="124"/>
        <source>none found</source>
        <translation>keine gefunden</translation>
    </message>
</context>
<context>
    <name>ImportSecrets</name>
    <message>
        <location filename="../core/batchai/ImportSecrets.cpp" line="37"/>
        <source>Cannot keep %1 in the keychain: %2</source>
        <translation>%1 kann nicht im Schlüsselbund gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../core/batchai/ImportSecrets.cpp" line="51"/>
        <source>&lt;kept in the keychain&gt;</source>
        <translation>&lt;im Schlüsselbund gespeichert&gt;</translation>
    </message>
</context>
<context>
    <name>JsonFile</name>
    <message>
        <location filename="../core/util/JsonFile.cpp" line="27"/>
        <source>%1:%2:%3: invalid JSON: %4</source>
        <translation>%1:%2:%3: ungültiges JSON: %4</translation>
    </message>
    <message>
        <location filename="../core/util/JsonFile.cpp" line="34"/>
        <source>%1: expected a JSON object at the top level.</source>
        <translation>%1: auf oberster Ebene wird ein JSON-Objekt erwartet.</translation>
    </message>
    <message>
        <location filename="../core/util/JsonFile.cpp" line="41"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="vanished">%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>LocalDatabase</name>
    <message>
        <location filename="../core/local/LocalDatabase.cpp" line="61"/>
        <source>Workspace database error: %1</source>
        <translation>Fehler in der Arbeitsbereich-Datenbank: %1</translation>
    </message>
    <message>
        <location filename="../core/local/LocalDatabase.cpp" line="92"/>
        <source>Cannot open the workspace database %1: %2</source>
        <translation>Die Arbeitsbereich-Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/local/LocalDatabase.cpp" line="117"/>
        <source>The workspace database %1 is %2, but %3 holds %4 run folder(s): restore the database from a backup, or move the runs folder away to start this workspace afresh.</source>
        <translation>Die Arbeitsbereich-Datenbank %1 ist %2, aber %3 enthält %4 Ausführungsordner: stellen Sie die Datenbank aus einer Sicherung wieder her oder verschieben Sie den Ordner der Ausführungen, um diesen Arbeitsbereich neu zu beginnen.</translation>
    </message>
    <message>
        <location filename="../core/local/LocalDatabase.cpp" line="120"/>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <location filename="../core/local/LocalDatabase.cpp" line="120"/>
        <source>missing</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <location filename="../core/local/LocalDatabase.cpp" line="151"/>
        <source>This workspace was written by a newer Trainyard (schema %1; this one knows up to %2). Update Trainyard to open it.</source>
        <translation>Dieser Arbeitsbereich stammt von einem neueren Trainyard (Schema %1; diese Version kennt bis %2). Aktualisieren Sie Trainyard, um ihn zu öffnen.</translation>
    </message>
    <message>
        <location filename="../core/local/LocalDatabase.cpp" line="255"/>
        <source>No compute named &apos;%1&apos; in this workspace; it has: %2.</source>
        <translation>Kein Compute namens „%1“ in diesem Arbeitsbereich; vorhanden: %2.</translation>
    </message>
    <message>
        <location filename="../core/local/LocalDatabase.cpp" line="256"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../core/local/LocalDatabase.cpp" line="285"/>
        <source>A compute named &apos;%1&apos; already exists: choose another name.</source>
        <translation>Ein Compute namens „%1“ existiert bereits: wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../core/local/LocalDatabase.cpp" line="331"/>
        <source>Cannot delete compute &apos;%1&apos;: these runs are still active on it: %2. Cancel them or wait for them to end.</source>
        <translation>Compute „%1“ kann nicht gelöscht werden: diese Ausführungen laufen noch darauf: %2. Brechen Sie sie ab oder warten Sie, bis sie enden.</translation>
    </message>
    <message>
        <location filename="../core/local/LocalDatabase.cpp" line="479"/>
        <source>No run with id &apos;%1&apos; in this workspace: `yard run list` shows the runs.</source>
        <translation>Keine Ausführung mit der ID „%1“ in diesem Arbeitsbereich: `yard run list` zeigt die Ausführungen.</translation>
    </message>
    <message>
        <location filename="../core/local/LocalDatabase.cpp" line="564"/>
        <source>Run &apos;%1&apos; is %2: cancel it first, then delete it.</source>
        <translation>Die Ausführung „%1“ ist %2: brechen Sie sie zuerst ab und löschen Sie sie dann.</translation>
    </message>
    <message>
        <location filename="../core/local/LocalDatabase.cpp" line="589"/>
        <source>No run with id &apos;%1&apos; in this workspace.</source>
        <translation>Keine Ausführung mit der ID „%1“ in diesem Arbeitsbereich.</translation>
    </message>
</context>
<context>
    <name>LocalEngine</name>
    <message>
        <location filename="../core/local/LocalEngine.cpp" line="55"/>
        <source>A workspace already exists in %1.</source>
        <translation>In %1 existiert bereits ein Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../core/local/LocalEngine.cpp" line="58"/>
        <source>Cannot create the workspace folder %1.</source>
        <translation>Der Arbeitsbereich-Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../core/local/LocalEngine.cpp" line="124"/>
        <source>vm_size &apos;%1&apos; is not offered by the local engine: use &apos;local&apos; (a node is a slot on this machine) or &apos;local-gpuN&apos; for N GPUs per node (yard compute list-sizes).</source>
        <translation>vm_size „%1“ wird von der lokalen Engine nicht angeboten: verwenden Sie „local“ (ein Knoten ist ein Platz auf diesem Rechner) oder „local-gpuN“ für N GPUs pro Knoten (yard compute list-sizes).</translation>
    </message>
    <message>
        <location filename="../core/local/LocalEngine.cpp" line="367"/>
        <source>Run &apos;%1&apos; is deleted, but some of its files in %2 could not be removed.</source>
        <translation>Die Ausführung „%1“ ist gelöscht, aber einige ihrer Dateien in %2 konnten nicht entfernt werden.</translation>
    </message>
    <message>
        <location filename="../core/local/LocalEngine.cpp" line="454"/>
        <source>Run &apos;%1&apos; has no file %2.</source>
        <translation>Die Ausführung „%1“ hat keine Datei %2.</translation>
    </message>
    <message>
        <location filename="../core/local/LocalEngine.cpp" line="457"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>vm_size &apos;%1&apos; is not offered by the local engine: use &apos;local&apos; (a node is a slot on this machine).</source>
        <translation type="vanished">vm_size „%1“ wird von der lokalen Engine nicht angeboten: verwenden Sie „local“ (ein Knoten ist ein Platz auf diesem Rechner).</translation>
    </message>
    <message>
        <source>Datastore path &apos;%1&apos; leaves the datastore: give a relative path like data/mnist.</source>
        <translation type="vanished">Der Datenspeicherpfad „%1“ verlässt den Datenspeicher: geben Sie einen relativen Pfad wie data/mnist an.</translation>
    </message>
    <message>
        <location filename="../core/local/LocalEngine.cpp" line="221"/>
        <source>Source folder %1 does not exist.</source>
        <translation>Der Quellordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/local/LocalEngine.cpp" line="278"/>
        <source>environment %1 runs in the image %2, which needs podman or docker on this machine; neither is installed.</source>
        <translation>Umgebung %1 läuft im Image %2, das podman oder docker auf diesem Rechner braucht; keines von beiden ist installiert.</translation>
    </message>
    <message>
        <location filename="../core/local/LocalEngine.cpp" line="299"/>
        <source>node_count %1 is more than compute &apos;%2&apos; can have (max_nodes %3): lower node_count or raise max_nodes.</source>
        <translation>node_count %1 ist mehr, als Compute „%2“ haben kann (max_nodes %3): senken Sie node_count oder erhöhen Sie max_nodes.</translation>
    </message>
    <message>
        <source>Source directory &apos;%1&apos; does not exist.</source>
        <translation type="vanished">Das Quellverzeichnis „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>Entry script &apos;%1&apos; is not in the source directory %2.</source>
        <translation type="vanished">Das Startskript „%1“ liegt nicht im Quellverzeichnis %2.</translation>
    </message>
    <message>
        <location filename="../core/local/LocalEngine.cpp" line="426"/>
        <source>No run with id &apos;%1&apos; in this workspace.</source>
        <translation>Keine Ausführung mit der ID „%1“ in diesem Arbeitsbereich.</translation>
    </message>
</context>
<context>
    <name>LogDocument</name>
    <message>
        <location filename="../core/logs/LogDocument.cpp" line="84"/>
        <source>Cannot create a spool file for the log: %1</source>
        <translation>Für das Protokoll kann keine Spool-Datei angelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>LogSearch</name>
    <message>
        <location filename="../core/logs/LogSearch.cpp" line="60"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>MetricCsv</name>
    <message>
        <location filename="../core/metrics/MetricCsv.cpp" line="52"/>
        <location filename="../core/metrics/MetricCsv.cpp" line="70"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>MetricStore</name>
    <message>
        <location filename="../core/metrics/MetricStore.cpp" line="41"/>
        <location filename="../core/metrics/MetricWriter.cpp" line="39"/>
        <source>Metric store %1: %2 failed: %3</source>
        <translation>Metrikspeicher %1: Vorgang „%2“ fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location filename="../core/metrics/MetricStore.cpp" line="84"/>
        <source>the store is not open</source>
        <translation>der Speicher ist nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>MetricsJsonlParser</name>
    <message>
        <location filename="../core/metrics/MetricsJsonlParser.cpp" line="107"/>
        <source>metrics line %1 skipped: %2</source>
        <translation>Metrikzeile %1 übersprungen: %2</translation>
    </message>
    <message>
        <location filename="../core/metrics/MetricsJsonlParser.cpp" line="112"/>
        <source>not a metric object</source>
        <translation>kein Metrik-Objekt</translation>
    </message>
</context>
<context>
    <name>MpiLauncher</name>
    <message>
        <location filename="../core/local/MpiLauncher.cpp" line="47"/>
        <source>distribution mpi: %1 is neither Open MPI&apos;s mpirun nor MPICH&apos;s mpiexec (`--version` says neither).</source>
        <translation>distribution mpi: %1 ist weder mpirun von Open MPI noch mpiexec von MPICH (`--version` nennt keines von beiden).</translation>
    </message>
    <message>
        <location filename="../core/local/MpiLauncher.cpp" line="50"/>
        <source>distribution mpi needs an MPI launcher, and neither mpirun nor mpiexec is on the PATH: install Open MPI (Debian: openmpi-bin) or MPICH, or submit with another distribution.</source>
        <translation>distribution mpi braucht einen MPI-Launcher, aber weder mpirun noch mpiexec ist im PATH: installieren Sie Open MPI (Debian: openmpi-bin) oder MPICH, oder starten Sie mit einer anderen Verteilung.</translation>
    </message>
</context>
<context>
    <name>NodeGpus</name>
    <message>
        <location filename="../core/local/NodeGpus.cpp" line="32"/>
        <source>node %1 of %2 has no %3 GPU(s) of its own on this machine (%4 GPUs found).</source>
        <translation>Knoten %1 von %2 hat auf diesem Rechner keine eigenen %3 GPU(s) (%4 GPUs gefunden).</translation>
    </message>
</context>
<context>
    <name>PathConfinement</name>
    <message>
        <location filename="../core/util/PathConfinement.cpp" line="51"/>
        <source>Path &apos;%1&apos; leaves %2: give a relative path without &apos;..&apos; steps, like data/mnist.</source>
        <translation>Der Pfad „%1“ verlässt %2: geben Sie einen relativen Pfad ohne „..“-Schritte an, wie data/mnist.</translation>
    </message>
    <message>
        <location filename="../core/util/PathConfinement.cpp" line="58"/>
        <source>Path &apos;%1&apos; leads out of %2 through a symbolic link (to %3): only files inside it may be used.</source>
        <translation>Der Pfad „%1“ führt über einen symbolischen Link (auf %3) aus %2 hinaus: nur Dateien darin dürfen verwendet werden.</translation>
    </message>
</context>
<context>
    <name>RankWorkDirs</name>
    <message>
        <location filename="../core/engine/RankWorkDirs.cpp" line="25"/>
        <source>Cannot link %1 to %2.</source>
        <translation>%1 kann nicht mit %2 verknüpft werden.</translation>
    </message>
    <message>
        <location filename="../core/engine/RankWorkDirs.cpp" line="36"/>
        <source>The source folder has a file named &apos;%1&apos;: it cannot become the run&apos;s %1 folder. Rename it, or write to $TRAINYARD_OUTPUTS_DIR.</source>
        <translation>Der Quellordner enthält eine Datei namens „%1“: sie kann nicht zum Ordner %1 der Ausführung werden. Benennen Sie sie um oder schreiben Sie nach $TRAINYARD_OUTPUTS_DIR.</translation>
    </message>
    <message>
        <location filename="../core/engine/RankWorkDirs.cpp" line="41"/>
        <location filename="../core/engine/RankWorkDirs.cpp" line="77"/>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>Run</name>
    <message>
        <source>Invalid experiment name &apos;%1&apos;: use 1 to 255 letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos;, starting with a letter or digit.</source>
        <translation type="vanished">Ungültiger Experimentname „%1“: 1 bis 255 Buchstaben, Ziffern, „_“, „-“ oder „.“, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <location filename="../core/model/Run.cpp" line="53"/>
        <source>No compute target given: name one of the workspace&apos;s clusters.</source>
        <translation>Kein Compute-Ziel angegeben: nennen Sie einen der Cluster des Arbeitsbereichs.</translation>
    </message>
    <message>
        <location filename="../core/model/Run.cpp" line="56"/>
        <source>Give exactly one of an entry script or a command.</source>
        <translation>Geben Sie genau eines an: ein Startskript oder einen Befehl.</translation>
    </message>
    <message>
        <source>node_count is %1: it must be at least 1.</source>
        <translation type="vanished">node_count ist %1: der Wert muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>process_count_per_node is %1: it must be at least 1.</source>
        <translation type="vanished">process_count_per_node ist %1: der Wert muss mindestens 1 sein.</translation>
    </message>
    <message>
        <location filename="../core/model/Run.cpp" line="47"/>
        <source>Invalid experiment name &apos;%1&apos;: use 1 to %2 letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos;, starting with a letter or digit.</source>
        <translation>Ungültiger Experimentname „%1“: 1 bis %2 Buchstaben, Ziffern, „_“, „-“ oder „.“, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <location filename="../core/model/Run.cpp" line="63"/>
        <source>node_count is %1: it must be 1 to %2.</source>
        <translation>node_count ist %1: der Wert muss zwischen 1 und %2 liegen.</translation>
    </message>
    <message>
        <location filename="../core/model/Run.cpp" line="67"/>
        <source>process_count_per_node is %1: it must be 1 to %2.</source>
        <translation>process_count_per_node ist %1: der Wert muss zwischen 1 und %2 liegen.</translation>
    </message>
    <message>
        <location filename="../core/model/Run.cpp" line="73"/>
        <source>worker and parameter server counts must be 0 or more.</source>
        <translation>Die Anzahl der Worker und Parameterserver muss 0 oder größer sein.</translation>
    </message>
    <message>
        <location filename="../core/model/Run.cpp" line="78"/>
        <source>A TensorFlow run needs node_count = worker_count + parameter_server_count with at least one worker; got node_count %1, %2 workers, %3 parameter servers.</source>
        <translation>Eine TensorFlow-Ausführung braucht node_count = worker_count + parameter_server_count mit mindestens einem Worker; erhalten: node_count %1, %2 Worker, %3 Parameterserver.</translation>
    </message>
    <message>
        <location filename="../core/model/Run.cpp" line="86"/>
        <source>Worker and parameter server counts apply only to the tensorflow distribution.</source>
        <translation>Worker- und Parameterserver-Anzahlen gelten nur für die TensorFlow-Verteilung.</translation>
    </message>
    <message>
        <location filename="../core/model/Run.cpp" line="90"/>
        <source>max_run_duration_seconds is %1: give a whole number of seconds, 1 or more, or 0 for no limit.</source>
        <translation>max_run_duration_seconds ist %1: geben Sie eine ganze Zahl von Sekunden an, 1 oder mehr, oder 0 für kein Limit.</translation>
    </message>
    <message>
        <location filename="../core/model/Run.cpp" line="99"/>
        <source>Invalid environment variable name &apos;%1&apos;: use letters, digits and &apos;_&apos;, not starting with a digit.</source>
        <translation>Ungültiger Name einer Umgebungsvariablen „%1“: Buchstaben, Ziffern und „_“, nicht mit einer Ziffer beginnend.</translation>
    </message>
</context>
<context>
    <name>RunEvents</name>
    <message>
        <location filename="../core/alerts/RunEvents.cpp" line="32"/>
        <source>Cannot record the run&apos;s event in %1: %2</source>
        <translation>Das Ereignis der Ausführung kann nicht in %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>RunFileRead</name>
    <message>
        <location filename="../core/engine/RunFileRead.cpp" line="22"/>
        <source>The run has no file &apos;%1&apos;.</source>
        <translation>Die Ausführung hat keine Datei „%1“.</translation>
    </message>
    <message>
        <location filename="../core/engine/RunFileRead.cpp" line="25"/>
        <source>&apos;%1&apos; is %2 bytes; files over %3 bytes are not read whole.</source>
        <translation>„%1“ hat %2 Bytes; Dateien über %3 Bytes werden nicht vollständig gelesen.</translation>
    </message>
    <message>
        <location filename="../core/engine/RunFileRead.cpp" line="31"/>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>RunSecretEnvironment</name>
    <message>
        <location filename="../core/secrets/RunSecretEnvironment.cpp" line="44"/>
        <source>there is no secret &apos;%1&apos; in the keychain: store it with `yard secret set %1` (the value is read from standard input).</source>
        <translation>im Schlüsselbund gibt es kein Geheimnis „%1“: speichern Sie es mit `yard secret set %1` (der Wert wird von der Standardeingabe gelesen).</translation>
    </message>
    <message>
        <location filename="../core/secrets/RunSecretEnvironment.cpp" line="49"/>
        <source>secret environment variable %1: %2</source>
        <translation>geheime Umgebungsvariable %1: %2</translation>
    </message>
    <message>
        <location filename="../core/secrets/RunSecretEnvironment.cpp" line="66"/>
        <source>Secret environment variables (%1) need the local engine: the %2 engine&apos;s runs cannot read this machine&apos;s keychain.</source>
        <translation>Geheime Umgebungsvariablen (%1) brauchen die lokale Engine: Ausführungen der Engine %2 können den Schlüsselbund dieses Rechners nicht lesen.</translation>
    </message>
</context>
<context>
    <name>RunSnapshot</name>
    <message>
        <location filename="../core/engine/RunSnapshot.cpp" line="56"/>
        <source>Source directory &apos;%1&apos; does not exist.</source>
        <translation>Das Quellverzeichnis „%1“ existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/engine/RunSnapshot.cpp" line="60"/>
        <source>Source directory %1 is a Trainyard workspace: give the folder of your scripts, so that the workspace&apos;s database and runs are not copied into the run.</source>
        <translation>Das Quellverzeichnis %1 ist ein Trainyard-Arbeitsbereich: geben Sie den Ordner Ihrer Skripte an, damit Datenbank und Ausführungen des Arbeitsbereichs nicht in die Ausführung kopiert werden.</translation>
    </message>
    <message>
        <location filename="../core/engine/RunSnapshot.cpp" line="70"/>
        <source>Entry script &apos;%1&apos; is not a file in the source directory %2: give its path relative to that folder.</source>
        <translation>Das Startskript „%1“ ist keine Datei im Quellverzeichnis %2: geben Sie seinen Pfad relativ zu diesem Ordner an.</translation>
    </message>
    <message>
        <location filename="../core/engine/RunSnapshot.cpp" line="97"/>
        <source>No run with id &apos;%1&apos;: run ids are letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;.</source>
        <translation>Keine Ausführung mit der ID „%1“: Ausführungs-IDs bestehen aus Buchstaben, Ziffern, „_“, „-“ und „.“.</translation>
    </message>
    <message>
        <location filename="../core/engine/RunSnapshot.cpp" line="102"/>
        <source>%1 is not a folder: give the folder to upload.</source>
        <translation>%1 ist kein Ordner: geben Sie den hochzuladenden Ordner an.</translation>
    </message>
    <message>
        <location filename="../core/engine/RunSnapshot.cpp" line="118"/>
        <source>%1 in the source directory is a symbolic link to %2, outside it: copy the file into the folder, or read it from a datastore.</source>
        <translation>%1 im Quellverzeichnis ist ein symbolischer Link auf %2 außerhalb davon: kopieren Sie die Datei in den Ordner oder lesen Sie sie aus einem Datenspeicher.</translation>
    </message>
    <message>
        <location filename="../core/engine/RunSnapshot.cpp" line="128"/>
        <source>The source directory %1 holds %2 MB (leaving out %3); a run&apos;s snapshot may hold at most %4 MB. Put data sets on a datastore (yard datastore upload) and read them from there.</source>
        <translation>Das Quellverzeichnis %1 umfasst %2 MB (ohne %3); der Snapshot einer Ausführung darf höchstens %4 MB umfassen. Legen Sie Datensätze in einen Datenspeicher (yard datastore upload) und lesen Sie sie von dort.</translation>
    </message>
</context>
<context>
    <name>SlurmClient</name>
    <message>
        <location filename="../core/slurm/SlurmClient.cpp" line="86"/>
        <source>Get a new one on a cluster login node with `scontrol token lifespan=&lt;seconds&gt;` and store it with `yard login slurm` (it reads `scontrol token`, a file or standard input).</source>
        <translation>Holen Sie sich auf einem Login-Knoten des Clusters mit `scontrol token lifespan=&lt;seconds&gt;` ein neues und speichern Sie es mit `yard login slurm` (es liest `scontrol token`, eine Datei oder die Standardeingabe).</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmClient.cpp" line="91"/>
        <source>The Slurm token of user &apos;%1&apos; for %2 expired at %3. %4</source>
        <translation>Das Slurm-Token des Benutzers „%1“ für %2 ist am %3 abgelaufen. %4</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmClient.cpp" line="95"/>
        <source>slurmrestd at %1 rejected the token of user &apos;%2&apos; (HTTP %3): it is wrong, for another user or cluster, or signed with another key. %4</source>
        <translation>slurmrestd unter %1 hat das Token des Benutzers „%2“ abgelehnt (HTTP %3): es ist falsch, gehört zu einem anderen Benutzer oder Cluster oder ist mit einem anderen Schlüssel signiert. %4</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmClient.cpp" line="105"/>
        <source>Cannot reach slurmrestd at %1 (%2). Check that it runs and that the workspace&apos;s &quot;url&quot; is right; Trainyard retries on its own when it comes back.</source>
        <translation>slurmrestd unter %1 ist nicht erreichbar (%2). Prüfen Sie, ob er läuft und ob die &quot;url&quot; des Arbeitsbereichs stimmt; Trainyard versucht es von selbst erneut, sobald er wieder da ist.</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmClient.cpp" line="144"/>
        <source>No Slurm token for user &apos;%1&apos; at %2. Store one with `yard login slurm` (it runs `scontrol token`, or reads a file or standard input)%3.</source>
        <translation>Kein Slurm-Token für den Benutzer „%1“ unter %2. Speichern Sie eines mit `yard login slurm` (es führt `scontrol token` aus oder liest eine Datei oder die Standardeingabe)%3.</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmClient.cpp" line="148"/>
        <source>; the keychain said: %1</source>
        <translation>; der Schlüsselbund meldete: %1</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmClient.cpp" line="163"/>
        <source>slurmrestd at %1 does not serve OpenAPI %2. Trainyard speaks %3; start slurmrestd with `-s openapi/v0.0.38` (or another of those), or set &quot;api_version&quot; in the workspace&apos;s config.json to one the server serves.</source>
        <translation>slurmrestd unter %1 bietet OpenAPI %2 nicht an. Trainyard spricht %3; starten Sie slurmrestd mit `-s openapi/v0.0.38` (oder einer anderen davon) oder setzen Sie &quot;api_version&quot; in der config.json des Arbeitsbereichs auf eine, die der Server anbietet.</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmClient.cpp" line="201"/>
        <source>slurmrestd at %1 answered HTTP %2 to ping: %3</source>
        <translation>slurmrestd unter %1 antwortete auf ping mit HTTP %2: %3</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmClient.cpp" line="254"/>
        <source>slurmrestd at %1 no longer serves OpenAPI %2 (HTTP 404 for %3); Trainyard speaks %4.</source>
        <translation>slurmrestd unter %1 bietet OpenAPI %2 nicht mehr an (HTTP 404 für %3); Trainyard spricht %4.</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmClient.cpp" line="272"/>
        <location filename="../core/slurm/SlurmClient.cpp" line="289"/>
        <source>Slurm refused %1 %2 (HTTP %3): %4</source>
        <translation>Slurm hat %1 %2 abgelehnt (HTTP %3): %4</translation>
    </message>
</context>
<context>
    <name>SlurmEngine</name>
    <message>
        <location filename="../core/slurm/SlurmEngine.cpp" line="28"/>
        <source>Slurm&apos;s REST API (22.05) cannot %1, so Trainyard does not pretend to. A Slurm operator does it on the cluster with `%2`; Trainyard shows the change at once.</source>
        <translation>Die REST-API von Slurm (22.05) bietet keine Möglichkeit, %1; daher gibt Trainyard auch nicht vor, es zu können. Ein Slurm-Operator erledigt das auf dem Cluster mit `%2`; Trainyard zeigt die Änderung sofort an.</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmEngine.cpp" line="106"/>
        <source>Slurm partition: nodes %1, %2 CPUs, %3 GPUs, state %4</source>
        <translation>Slurm-Partition: Knoten %1, %2 CPUs, %3 GPUs, Zustand %4</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmEngine.cpp" line="117"/>
        <source>The partition&apos;s state is %1: Slurm starts no jobs in it.</source>
        <translation>Der Zustand der Partition ist %1: Slurm startet darin keine Jobs.</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmEngine.cpp" line="144"/>
        <source>No partition &apos;%1&apos; on this Slurm cluster: it has %2.</source>
        <translation>Keine Partition „%1“ auf diesem Slurm-Cluster: vorhanden sind %2.</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmEngine.cpp" line="152"/>
        <source>create a partition</source>
        <translation>eine Partition anzulegen</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmEngine.cpp" line="160"/>
        <source>change a partition&apos;s size (max_nodes is the partition&apos;s node count)</source>
        <translation>die Größe einer Partition zu ändern (max_nodes ist die Knotenanzahl der Partition)</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmEngine.cpp" line="163"/>
        <source>change idle_seconds_before_scaledown (Slurm&apos;s SuspendTime in slurm.conf)</source>
        <translation>idle_seconds_before_scaledown zu ändern (SuspendTime von Slurm in slurm.conf)</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmEngine.cpp" line="166"/>
        <source>change min_nodes (nodes are powered up by Slurm&apos;s power saving, not by Trainyard)</source>
        <translation>min_nodes zu ändern (Knoten werden von der Energiesparfunktion von Slurm hochgefahren, nicht von Trainyard)</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmEngine.cpp" line="178"/>
        <source>delete a partition</source>
        <translation>eine Partition zu löschen</translation>
    </message>
    <message>
        <source>Datastore path &apos;%1&apos; leaves the datastore: give a relative path like data/mnist.</source>
        <translation type="vanished">Der Datenspeicherpfad „%1“ verlässt den Datenspeicher: geben Sie einen relativen Pfad wie data/mnist an.</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmEngine.cpp" line="210"/>
        <source>Source folder %1 does not exist.</source>
        <translation>Der Quellordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmRuns.cpp" line="79"/>
        <source>; exit code %1</source>
        <translation>; Exit-Code %1</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmRuns.cpp" line="91"/>
        <source>the job&apos;s tasks ended with exit code %1</source>
        <translation>die Tasks des Jobs endeten mit Exit-Code %1</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmRuns.cpp" line="95"/>
        <source>Slurm no longer knows job %1 (it ended more than MinJobAge ago) and its script left no exit record: it was killed or canceled outside Trainyard.</source>
        <translation>Slurm kennt Job %1 nicht mehr (er endete vor mehr als MinJobAge) und sein Skript hinterließ keinen Exit-Eintrag: er wurde außerhalb von Trainyard beendet oder abgebrochen.</translation>
    </message>
    <message>
        <source>Source directory &apos;%1&apos; does not exist.</source>
        <translation type="vanished">Das Quellverzeichnis „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>Entry script &apos;%1&apos; is not in the source directory %2.</source>
        <translation type="vanished">Das Startskript „%1“ liegt nicht im Quellverzeichnis %2.</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmRuns.cpp" line="231"/>
        <source>Cannot create %1: is the work dir mounted and writable?</source>
        <translation>%1 kann nicht angelegt werden: ist das Arbeitsverzeichnis eingebunden und beschreibbar?</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmRuns.cpp" line="275"/>
        <source>slurmrestd accepted the job but gave no job id.</source>
        <translation>slurmrestd hat den Job angenommen, aber keine Job-ID geliefert.</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmRuns.cpp" line="281"/>
        <source>Slurm did not take the run: %1</source>
        <translation>Slurm hat die Ausführung nicht angenommen: %1</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmRuns.cpp" line="358"/>
        <source>Run %1 has already ended (%2): there is nothing to cancel.</source>
        <translation>Ausführung %1 ist bereits beendet (%2): es gibt nichts abzubrechen.</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmEnvironment.cpp" line="73"/>
        <source>Cannot create the environment folder of %1.</source>
        <translation>Der Umgebungsordner von %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>SlurmJobScript</name>
    <message>
        <location filename="../core/slurm/SlurmJobScript.cpp" line="103"/>
        <source>Cannot create %1 in the work dir.</source>
        <translation>%1 kann im Arbeitsverzeichnis nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmJobScript.cpp" line="128"/>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>SlurmRunStore</name>
    <message>
        <location filename="../core/slurm/SlurmRunStore.cpp" line="82"/>
        <source>&apos;%1&apos; is not a run id.</source>
        <translation>„%1“ ist keine Ausführungs-ID.</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmRunStore.cpp" line="93"/>
        <source>No run with id &apos;%1&apos; in this workspace (%2).</source>
        <translation>Keine Ausführung mit der ID „%1“ in diesem Arbeitsbereich (%2).</translation>
    </message>
</context>
<context>
    <name>SlurmSettings</name>
    <message>
        <location filename="../core/slurm/SlurmSettings.cpp" line="40"/>
        <source>url &apos;%1&apos; is not a slurmrestd address: give http(s)://host:port, e.g. http://login1:6820.</source>
        <translation>url „%1“ ist keine slurmrestd-Adresse: geben Sie http(s)://host:port an, z. B. http://login1:6820.</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmSettings.cpp" line="59"/>
        <source>%1: &quot;user&quot; is missing: the Slurm user name the token belongs to.</source>
        <translation>%1: &quot;user&quot; fehlt: der Slurm-Benutzername, zu dem das Token gehört.</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmSettings.cpp" line="64"/>
        <source>%1: &quot;work_dir&quot; must be an absolute folder on the filesystem the cluster&apos;s nodes share (runs, logs and outputs go there).</source>
        <translation>%1: &quot;work_dir&quot; muss ein absoluter Ordner auf dem Dateisystem sein, das sich die Knoten des Clusters teilen (Ausführungen, Protokolle und Ausgaben landen dort).</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmSettings.cpp" line="73"/>
        <source>%1: api_version &apos;%2&apos; is not one Trainyard speaks: use one of %3, or leave it out to detect it.</source>
        <translation>%1: api_version „%2“ wird von Trainyard nicht unterstützt: verwenden Sie eine von %3 oder lassen Sie sie weg, um sie zu ermitteln.</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmSettings.cpp" line="85"/>
        <source>A workspace already exists in %1.</source>
        <translation>In %1 existiert bereits ein Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmSettings.cpp" line="89"/>
        <source>--user is required: the Slurm user name.</source>
        <translation>--user ist erforderlich: der Slurm-Benutzername.</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmSettings.cpp" line="91"/>
        <source>--work-dir must be an absolute folder the cluster&apos;s nodes share.</source>
        <translation>--work-dir muss ein absoluter Ordner sein, den sich die Knoten des Clusters teilen.</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmSettings.cpp" line="94"/>
        <source>--api-version &apos;%1&apos; is not supported: use one of %2.</source>
        <translation>--api-version „%1“ wird nicht unterstützt: verwenden Sie eine von %2.</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmSettings.cpp" line="98"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>StatusStyle</name>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="22"/>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="24"/>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="26"/>
        <source>Preparing</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="28"/>
        <source>Starting</source>
        <translation>Startet</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="30"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="32"/>
        <source>Finalizing</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="34"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="36"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="38"/>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="92"/>
        <source>idle</source>
        <translation>frei</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="94"/>
        <source>running</source>
        <translation>belegt</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="96"/>
        <source>preparing</source>
        <translation>in Vorbereitung</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="98"/>
        <source>unusable</source>
        <translation>unbrauchbar</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="100"/>
        <source>leaving</source>
        <translation>wird entfernt</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="102"/>
        <source>preempted</source>
        <translation>verdrängt</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="179"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="181"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="182"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/StatusStyle.cpp" line="196"/>
        <source>queued behind %n run(s) on %1</source>
        <translation>
            <numerusform>in der Warteschlange hinter %n Ausführung auf %1</numerusform>
            <numerusform>in der Warteschlange hinter %n Ausführungen auf %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/StatusStyle.cpp" line="198"/>
        <source>waiting for %n node(s): the cluster is scaling up (%1 preparing)</source>
        <translation>
            <numerusform>wartet auf %n Knoten: der Cluster skaliert hoch (%1 in Vorbereitung)</numerusform>
            <numerusform>wartet auf %n Knoten: der Cluster skaliert hoch (%1 in Vorbereitung)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/StatusStyle.cpp" line="202"/>
        <source>waiting for %n node(s): no free node and the cluster is at max_nodes (%1)</source>
        <translation>
            <numerusform>wartet auf %n Knoten: kein Knoten frei und der Cluster ist bei max_nodes (%1)</numerusform>
            <numerusform>wartet auf %n Knoten: kein Knoten frei und der Cluster ist bei max_nodes (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="206"/>
        <source>canceling</source>
        <translation>wird abgebrochen</translation>
    </message>
</context>
<context>
    <name>SystemMetrics</name>
    <message>
        <location filename="../core/monitoring/SystemMetrics.cpp" line="98"/>
        <source>The system metrics interval &apos;%1&apos; is not allowed: give seconds from 0.1 to 3600, or 0 to turn sampling off.</source>
        <translation>Das Intervall der Systemmetriken „%1“ ist nicht erlaubt: geben Sie Sekunden von 0.1 bis 3600 an, oder 0, um die Erfassung auszuschalten.</translation>
    </message>
</context>
<context>
    <name>WorkspaceConfig</name>
    <message>
        <location filename="../core/workspace/WorkspaceConfig.cpp" line="61"/>
        <source>%1: unknown engine &apos;%2&apos;: use local, slurm or azureml.</source>
        <translation>%1: unbekannte Engine „%2“: verwenden Sie local, slurm oder azureml.</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceConfig.cpp" line="67"/>
        <source>%1: &quot;format&quot; is %2, but this Trainyard reads workspace format %3: open it with the Trainyard that wrote it, or update Trainyard.</source>
        <translation>%1: &quot;format&quot; ist %2, aber diese Trainyard-Version liest das Arbeitsbereichsformat %3: öffnen Sie den Arbeitsbereich mit der Trainyard-Version, die ihn geschrieben hat, oder aktualisieren Sie Trainyard.</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceConfig.cpp" line="102"/>
        <source>No workspace at %1: give a workspace folder or a config.json.</source>
        <translation>Kein Arbeitsbereich unter %1: geben Sie einen Arbeitsbereich-Ordner oder eine config.json an.</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceConfig.cpp" line="113"/>
        <source>No workspace.json or config.json in %1: create a workspace there with `yard workspace create --path %1`.</source>
        <translation>Keine workspace.json oder config.json in %1: legen Sie dort mit `yard workspace create --path %1` einen Arbeitsbereich an.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/desktop/main.cpp" line="21"/>
        <source>Trainyard: train models on clusters.</source>
        <translation>Trainyard: Modelle auf Clustern trainieren.</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="25"/>
        <source>Workspace folder or config.json.</source>
        <translation>Arbeitsbereich-Ordner oder config.json.</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="26"/>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="28"/>
        <source>Language: en, de or pl (default: the system&apos;s).</source>
        <translation>Sprache: en, de oder pl (Standard: die des Systems).</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="29"/>
        <source>lang</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>trainyard::Workspace</name>
    <message>
        <source>The %1 engine is not available in this build of Trainyard.</source>
        <translation type="vanished">Die Engine %1 ist in diesem Build von Trainyard nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>trainyard::alerts</name>
    <message>
        <source>Alert rule &apos;%1&apos; has an unknown condition &apos;%2&apos;; allowed: nan, above, below, stale, ended, failed, unusable.</source>
        <translation type="vanished">Die Alarmregel „%1“ hat eine unbekannte Bedingung „%2“; erlaubt: nan, above, below, stale, ended, failed, unusable.</translation>
    </message>
</context>
<context>
    <name>trainyard::alerts::AlertEvaluator</name>
    <message>
        <source>%1 (rule %2: %3)</source>
        <translation type="vanished">%1 (Regel %2: %3)</translation>
    </message>
    <message>
        <source>%1 is %2 at step %3</source>
        <translation type="vanished">%1 ist %2 bei Schritt %3</translation>
    </message>
    <message>
        <source>run %1 is %2</source>
        <translation type="vanished">Ausführung %1 ist %2</translation>
    </message>
    <message>
        <source>run %1 is %2: %3</source>
        <translation type="vanished">Ausführung %1 ist %2: %3</translation>
    </message>
    <message>
        <source>node %1 is unusable</source>
        <translation type="vanished">Knoten %1 ist unbrauchbar</translation>
    </message>
    <message>
        <source>node %1 is unusable: %2</source>
        <translation type="vanished">Knoten %1 ist unbrauchbar: %2</translation>
    </message>
    <message>
        <source>no new point of %1 for %2 s</source>
        <translation type="vanished">kein neuer Punkt von %1 seit %2 s</translation>
    </message>
</context>
<context>
    <name>trainyard::alerts::AlertRule</name>
    <message>
        <source>%1 is NaN or infinite</source>
        <translation type="vanished">%1 ist NaN oder unendlich</translation>
    </message>
    <message>
        <source>%1 above %2</source>
        <translation type="vanished">%1 über %2</translation>
    </message>
    <message>
        <source>%1 below %2</source>
        <translation type="vanished">%1 unter %2</translation>
    </message>
    <message>
        <source>no new %1 for %2 min</source>
        <translation type="vanished">kein neuer Wert von %1 seit %2 min</translation>
    </message>
    <message>
        <source>run ended</source>
        <translation type="vanished">Ausführung beendet</translation>
    </message>
    <message>
        <source>run failed</source>
        <translation type="vanished">Ausführung fehlgeschlagen</translation>
    </message>
    <message>
        <source>a node became unusable</source>
        <translation type="vanished">ein Knoten wurde unbrauchbar</translation>
    </message>
    <message>
        <source>%1 (run %2)</source>
        <translation type="vanished">%1 (Ausführung %2)</translation>
    </message>
    <message>
        <source>An alert on &apos;%1&apos; needs a metric name (--metric NAME), e.g. --metric loss.</source>
        <translation type="vanished">Ein Alarm bei „%1“ braucht einen Metriknamen (--metric NAME), z. B. --metric loss.</translation>
    </message>
    <message>
        <source>An alert on &apos;%1&apos; takes no metric; --metric goes with --nan, --above, --below or --stale-minutes.</source>
        <translation type="vanished">Ein Alarm bei „%1“ nimmt keine Metrik; --metric gehört zu --nan, --above, --below oder --stale-minutes.</translation>
    </message>
    <message>
        <source>The threshold must be a finite number; use --nan for NaN and infinity.</source>
        <translation type="vanished">Der Schwellenwert muss eine endliche Zahl sein; verwenden Sie --nan für NaN und Unendlich.</translation>
    </message>
    <message>
        <source>--stale-minutes must be more than 0 and at most 10080 (a week), not %1.</source>
        <translation type="vanished">--stale-minutes muss größer als 0 und höchstens 10080 (eine Woche) sein, nicht %1.</translation>
    </message>
</context>
<context>
    <name>trainyard::ui::AllRunsPage</name>
    <message>
        <location filename="../ui/runs/AllRunsPage.cpp" line="32"/>
        <location filename="../ui/runs/AllRunsPage.cpp" line="114"/>
        <source>Co&amp;mpare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/runs/AllRunsPage.cpp" line="33"/>
        <source>Runs of all open workspaces</source>
        <translation>Ausführungen aller offenen Arbeitsbereiche</translation>
    </message>
    <message>
        <location filename="../ui/runs/AllRunsPage.cpp" line="38"/>
        <source>Double-click a run to open it in its workspace.</source>
        <translation>Doppelklicken Sie eine Ausführung, um sie in ihrem Arbeitsbereich zu öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/runs/AllRunsPage.cpp" line="39"/>
        <source>Filter runs: name, id, workspace, compute, tag…</source>
        <translation>Ausführungen filtern: Name, ID, Arbeitsbereich, Compute, Tag…</translation>
    </message>
    <message>
        <location filename="../ui/runs/AllRunsPage.cpp" line="41"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../ui/runs/AllRunsPage.cpp" line="42"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../ui/runs/AllRunsPage.cpp" line="50"/>
        <source>Compare the selected runs (select two or more with Ctrl+click or Shift+click)</source>
        <translation>Die ausgewählten Ausführungen vergleichen (zwei oder mehr mit Strg+Klick oder Umschalt+Klick auswählen)</translation>
    </message>
    <message>
        <location filename="../ui/runs/AllRunsPage.cpp" line="111"/>
        <source>&amp;Open in its workspace</source>
        <translation>Im eigenen Arbeitsbereich ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../ui/runs/AllRunsPage.cpp" line="119"/>
        <source>Copy run &amp;id</source>
        <translation>Ausführungs-&amp;ID kopieren</translation>
    </message>
</context>
<context>
    <name>trainyard::ui::AzureSignInDialog</name>
    <message>
        <location filename="../ui/azure/AzureSignInDialog.cpp" line="19"/>
        <source>Asking Microsoft Entra ID for a sign-in code…</source>
        <translation>Anmeldecode wird bei Microsoft Entra ID angefordert…</translation>
    </message>
    <message>
        <location filename="../ui/azure/AzureSignInDialog.cpp" line="21"/>
        <source>Copy code</source>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <location filename="../ui/azure/AzureSignInDialog.cpp" line="24"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/azure/AzureSignInDialog.cpp" line="25"/>
        <source>Sign in to Azure</source>
        <translation>Bei Azure anmelden</translation>
    </message>
    <message>
        <location filename="../ui/azure/AzureSignInDialog.cpp" line="59"/>
        <source>Code copied. Paste it on the sign-in page.</source>
        <translation>Code kopiert. Fügen Sie ihn auf der Anmeldeseite ein.</translation>
    </message>
    <message>
        <location filename="../ui/azure/AzureSignInDialog.cpp" line="95"/>
        <source>Open the page below in a browser and enter this code:</source>
        <translation>Öffnen Sie die folgende Seite in einem Browser und geben Sie diesen Code ein:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/azure/AzureSignInDialog.cpp" line="99"/>
        <source>Waiting for the sign-in to finish in the browser (the code is valid for %n minute(s))…</source>
        <translation>
            <numerusform>Warten auf den Abschluss der Anmeldung im Browser (der Code ist %n Minute gültig)…</numerusform>
            <numerusform>Warten auf den Abschluss der Anmeldung im Browser (der Code ist %n Minuten gültig)…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/azure/AzureSignInDialog.cpp" line="113"/>
        <source>Sign-in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/azure/AzureSignInDialog.cpp" line="115"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>trainyard::ui::ChildRunList</name>
    <message>
        <location filename="../ui/runs/ChildRunList.cpp" line="23"/>
        <source>Run</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <location filename="../ui/runs/ChildRunList.cpp" line="23"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/runs/ChildRunList.cpp" line="23"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/runs/ChildRunList.cpp" line="23"/>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
</context>
<context>
    <name>trainyard::ui::ComputeDialog</name>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="27"/>
        <source>Create cluster</source>
        <translation>Cluster anlegen</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="38"/>
        <source>Update cluster %1</source>
        <translation>Cluster %1 ändern</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="49"/>
        <source>A cluster&apos;s name cannot change.</source>
        <translation>Der Name eines Clusters kann nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="56"/>
        <source>The vm size and priority are fixed when a cluster is created. To use another size, create a new cluster.</source>
        <translation>VM-Größe und Priorität werden beim Anlegen festgelegt. Für eine andere Größe legen Sie einen neuen Cluster an.</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="71"/>
        <source>e.g. gpu-cluster</source>
        <translation>z. B. gpu-cluster</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="75"/>
        <source>Dedicated</source>
        <translation>Dediziert</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="76"/>
        <source>Low priority</source>
        <translation>Niedrige Priorität</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="88"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="97"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="98"/>
        <source>&amp;VM size:</source>
        <translation>&amp;VM-Größe:</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="99"/>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="101"/>
        <source>M&amp;inimum nodes:</source>
        <translation>M&amp;indestanzahl Knoten:</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="102"/>
        <source>M&amp;aximum nodes:</source>
        <translation>M&amp;aximalanzahl Knoten:</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="103"/>
        <source>Idle time before &amp;scale-down:</source>
        <translation>Leerlauf vor &amp;Herunterskalieren:</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="104"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="106"/>
        <source>Advanced: network and admin user</source>
        <translation>Erweitert: Netzwerk und Admin-Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="115"/>
        <source>kept in the system keychain</source>
        <translation>wird im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="117"/>
        <source>ssh-ed25519 AAAA… (public key)</source>
        <translation>ssh-ed25519 AAAA… (öffentlicher Schlüssel)</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="121"/>
        <source>VNet resource group:</source>
        <translation>VNet-Ressourcengruppe:</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="122"/>
        <source>VNet name:</source>
        <translation>VNet-Name:</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="123"/>
        <source>Subnet name:</source>
        <translation>Subnetzname:</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="124"/>
        <source>Admin user:</source>
        <translation>Admin-Benutzer:</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="125"/>
        <source>Admin password:</source>
        <translation>Admin-Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="126"/>
        <source>SSH public key:</source>
        <translation>Öffentlicher SSH-Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="138"/>
        <source>Advanced: admin user</source>
        <translation>Erweitert: Administratorbenutzer</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="140"/>
        <source>Advanced: network</source>
        <translation>Erweitert: Netzwerk</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="157"/>
        <source>Update</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="157"/>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="219"/>
        <source>A cluster named &apos;%1&apos; already exists in this workspace: choose another name.</source>
        <translation>Ein Cluster namens „%1“ existiert in diesem Arbeitsbereich bereits: wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="234"/>
        <source>A virtual network needs all three: resource group, VNet name and subnet name.</source>
        <translation>Ein virtuelles Netzwerk braucht alle drei Angaben: Ressourcengruppe, VNet-Name und Subnetzname.</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="236"/>
        <source>Give the admin user name that the password or SSH key belongs to.</source>
        <translation>Geben Sie den Admin-Benutzer an, zu dem Passwort oder SSH-Schlüssel gehören.</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="238"/>
        <source>Give the admin user &apos;%1&apos; a password or an SSH public key.</source>
        <translation>Geben Sie dem Admin-Benutzer „%1“ ein Passwort oder einen öffentlichen SSH-Schlüssel.</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="251"/>
        <source>Updating…</source>
        <translation>Wird geändert…</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="251"/>
        <source>Creating…</source>
        <translation>Wird angelegt…</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="284"/>
        <source>The admin password cannot be kept in the keychain: %1</source>
        <translation>Das Admin-Passwort kann nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>trainyard::ui::ComputeListModel</name>
    <message>
        <location filename="../ui/model/ComputeListModel.cpp" line="80"/>
        <source>Resizing</source>
        <translation>Skaliert</translation>
    </message>
    <message>
        <location filename="../ui/model/ComputeListModel.cpp" line="80"/>
        <source>Steady</source>
        <translation>Stabil</translation>
    </message>
    <message>
        <location filename="../ui/model/ComputeListModel.cpp" line="84"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/model/ComputeListModel.cpp" line="90"/>
        <source>Low priority</source>
        <translation>Niedrige Priorität</translation>
    </message>
    <message>
        <location filename="../ui/model/ComputeListModel.cpp" line="90"/>
        <source>Dedicated</source>
        <translation>Dediziert</translation>
    </message>
    <message>
        <location filename="../ui/model/ComputeListModel.cpp" line="94"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/model/ComputeListModel.cpp" line="106"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../ui/model/ComputeListModel.cpp" line="108"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/model/ComputeListModel.cpp" line="110"/>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location filename="../ui/model/ComputeListModel.cpp" line="112"/>
        <source>Node states</source>
        <translation>Knotenzustände</translation>
    </message>
    <message>
        <location filename="../ui/model/ComputeListModel.cpp" line="114"/>
        <source>VM size</source>
        <translation>VM-Größe</translation>
    </message>
    <message>
        <location filename="../ui/model/ComputeListModel.cpp" line="116"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../ui/model/ComputeListModel.cpp" line="118"/>
        <source>Min – max</source>
        <translation>Min. – max.</translation>
    </message>
    <message>
        <location filename="../ui/model/ComputeListModel.cpp" line="120"/>
        <source>Idle timeout</source>
        <translation>Leerlaufzeit</translation>
    </message>
    <message>
        <location filename="../ui/model/ComputeListModel.cpp" line="122"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>trainyard::ui::ComputePage</name>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="57"/>
        <source>Compute clusters</source>
        <translation>Compute-Cluster</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="62"/>
        <source>&amp;Create cluster…</source>
        <translation>Cluster &amp;anlegen…</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="63"/>
        <location filename="../ui/compute/ComputePage.cpp" line="241"/>
        <source>&amp;Update…</source>
        <translation>Ä&amp;ndern…</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="64"/>
        <location filename="../ui/compute/ComputePage.cpp" line="247"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="123"/>
        <source>No clusters yet</source>
        <translation>Noch keine Cluster</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="124"/>
        <source>A cluster is where your runs execute. Create your first cluster: choose a VM size and how many nodes it may scale to.</source>
        <translation>Auf einem Cluster laufen Ihre Ausführungen. Legen Sie Ihren ersten Cluster an: wählen Sie eine VM-Größe und bis zu wie vielen Knoten er skalieren darf.</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="126"/>
        <source>Create your first cluster…</source>
        <translation>Ersten Cluster anlegen…</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="127"/>
        <source>Loading clusters…</source>
        <translation>Cluster werden geladen…</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="148"/>
        <source>Cannot list the clusters: %1</source>
        <translation>Die Cluster können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="190"/>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="196"/>
        <source>Nodes of %1: %2 of at most %3</source>
        <translation>Knoten von %1: %2 von höchstens %3</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="244"/>
        <source>Copy &amp;name</source>
        <translation>Namen &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="260"/>
        <location filename="../ui/compute/ComputePage.cpp" line="261"/>
        <source>Cluster %1 created.</source>
        <translation>Cluster %1 angelegt.</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="276"/>
        <source>Cluster %1 updated.</source>
        <translation>Cluster %1 geändert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compute/ComputePage.cpp" line="302"/>
        <source>The cluster &apos;%1&apos; still has %n active run(s), and a cluster is not deleted while runs are active: cancel them first, or wait until they end. Try to delete it anyway?</source>
        <translation>
            <numerusform>Der Cluster „%1“ hat noch %n aktive Ausführung, und ein Cluster wird nicht gelöscht, solange Ausführungen aktiv sind: brechen Sie sie zuerst ab oder warten Sie, bis sie endet. Trotzdem versuchen, ihn zu löschen?</numerusform>
            <numerusform>Der Cluster „%1“ hat noch %n aktive Ausführungen, und ein Cluster wird nicht gelöscht, solange Ausführungen aktiv sind: brechen Sie sie zuerst ab oder warten Sie, bis sie enden. Trotzdem versuchen, ihn zu löschen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="306"/>
        <source>Delete the cluster &apos;%1&apos;? Its nodes are released. Finished runs stay in the history.</source>
        <translation>Den Cluster „%1“ löschen? Seine Knoten werden freigegeben. Beendete Ausführungen bleiben im Verlauf.</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="308"/>
        <source>Delete cluster</source>
        <translation>Cluster löschen</translation>
    </message>
    <message>
        <source>Delete the cluster &apos;%1&apos;? Its nodes are released. Finished runs stay in the history; a cluster with active runs is not deleted.</source>
        <translation type="vanished">Den Cluster „%1“ löschen? Seine Knoten werden freigegeben. Beendete Ausführungen bleiben im Verlauf; ein Cluster mit aktiven Ausführungen wird nicht gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="310"/>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="321"/>
        <source>Deleting %1…</source>
        <translation>%1 wird gelöscht…</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="325"/>
        <source>Cluster %1 was not deleted: %2</source>
        <translation>Cluster %1 wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="328"/>
        <location filename="../ui/compute/ComputePage.cpp" line="329"/>
        <source>Cluster %1 deleted.</source>
        <translation>Cluster %1 gelöscht.</translation>
    </message>
</context>
<context>
    <name>trainyard::ui::DatastoresPage</name>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="43"/>
        <source>&amp;Upload folder…</source>
        <translation>Ordner hoch&amp;laden…</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="44"/>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="230"/>
        <source>&amp;Download…</source>
        <translation>&amp;Herunterladen…</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="45"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="48"/>
        <source>Datastores</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="54"/>
        <source>Refresh (F5)</source>
        <translation>Aktualisieren (F5)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="62"/>
        <source>Copy a folder of this computer into the selected folder of the default datastore</source>
        <translation>Einen Ordner dieses Computers in den ausgewählten Ordner des Standard-Datenspeichers kopieren</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="64"/>
        <source>Copy the selected file or folder to a folder of this computer</source>
        <translation>Die ausgewählte Datei oder den ausgewählten Ordner in einen Ordner dieses Computers kopieren</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="67"/>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="79"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="67"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="67"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="67"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="75"/>
        <source>Runs read their data from datastores: pass a path as {datastore:data/mnist} in a run&apos;s arguments. Upload a folder here or with “yard datastore upload”.</source>
        <translation>Ausführungen lesen ihre Daten aus Datenspeichern: geben Sie einen Pfad als {datastore:data/mnist} in den Argumenten einer Ausführung an. Laden Sie einen Ordner hier oder mit „yard datastore upload“ hoch.</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="79"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="79"/>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="91"/>
        <source>Files of the default datastore:</source>
        <translation>Dateien des Standard-Datenspeichers:</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="162"/>
        <source>The %1 engine does not list a datastore&apos;s files here; upload and download still work.</source>
        <translation>Die Engine %1 listet die Dateien eines Datenspeichers hier nicht auf; Hoch- und Herunterladen funktionieren trotzdem.</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="168"/>
        <source>Cannot list the datastore&apos;s files: %1</source>
        <translation>Die Dateien des Datenspeichers können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="203"/>
        <source>The datastore is empty: upload a folder to give runs their data.</source>
        <translation>Der Datenspeicher ist leer: laden Sie einen Ordner hoch, um den Ausführungen ihre Daten zu geben.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workspace/DatastoresPage.cpp" line="204"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="233"/>
        <source>&amp;Upload folder here…</source>
        <translation>Ordner hierher hoch&amp;laden…</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="238"/>
        <source>Copy run &amp;argument</source>
        <translation>Ausführungs-&amp;Argument kopieren</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="241"/>
        <source>Copy &amp;path</source>
        <translation>&amp;Pfad kopieren</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="257"/>
        <source>Upload a folder to the datastore</source>
        <translation>Einen Ordner in den Datenspeicher hochladen</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="272"/>
        <source>Download %1 to</source>
        <translation>%1 herunterladen nach</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="286"/>
        <source>Uploading %1 to %2</source>
        <translation>%1 wird nach %2 hochgeladen</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="293"/>
        <source>Downloading %1 to %2</source>
        <translation>%1 wird nach %2 heruntergeladen</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="320"/>
        <source>%1 of %2 files</source>
        <translation>%1 von %2 Dateien</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="328"/>
        <source>%1: done.</source>
        <translation>%1: fertig.</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="329"/>
        <source>%1: canceled; nothing half-written was kept.</source>
        <translation>%1: abgebrochen; nichts halb Geschriebenes wurde behalten.</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="330"/>
        <source>%1: failed: %2</source>
        <translation>%1: fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Runs read their data from datastores: pass a path as {datastore:data/mnist} in a run&apos;s arguments. Upload a folder with `yard datastore upload`.</source>
        <translation type="vanished">Ausführungen lesen ihre Daten aus Datenspeichern: übergeben Sie einen Pfad als {datastore:data/mnist} in den Argumenten. Einen Ordner laden Sie mit `yard datastore upload` hoch.</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="139"/>
        <source>Cannot list the datastores: %1</source>
        <translation>Die Datenspeicher können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="149"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>trainyard::ui::ImportBatchAiDialog</name>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="61"/>
        <source>Import Batch AI definition</source>
        <translation>Batch-AI-Definition importieren</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="70"/>
        <source>cluster.json, job.json or configuration.json from Batch AI</source>
        <translation>cluster.json, job.json oder configuration.json aus Batch AI</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="71"/>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="75"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="89"/>
        <source>Open a Batch AI file to see its Trainyard and Azure ML form.</source>
        <translation>Öffnen Sie eine Batch-AI-Datei, um ihr Trainyard- und Azure-ML-Formular zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="94"/>
        <source>Nothing to create from this file: see the warnings below for what to do.</source>
        <translation>Aus dieser Datei lässt sich nichts anlegen: was zu tun ist, steht in den Warnungen unten.</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="105"/>
        <source>Batch AI (as written; secrets masked)</source>
        <translation>Batch AI (wie geschrieben; Geheimnisse maskiert)</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="110"/>
        <source>Trainyard / Azure ML (editable)</source>
        <translation>Trainyard / Azure ML (bearbeitbar)</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="137"/>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="178"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="183"/>
        <source>VM size</source>
        <translation>VM-Größe</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="185"/>
        <source>dedicated</source>
        <translation>dediziert</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="186"/>
        <source>low priority</source>
        <translation>niedrige Priorität</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="187"/>
        <source>VM priority</source>
        <translation>VM-Priorität</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="190"/>
        <source>Min nodes</source>
        <translation>Min. Knoten</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="193"/>
        <source>Max nodes</source>
        <translation>Max. Knoten</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="195"/>
        <source>Manual scale N becomes 0..N (idle nodes leave)</source>
        <translation>Manuelle Skalierung N wird zu 0..N (freie Knoten gehen)</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="199"/>
        <source>Idle seconds before scale-down</source>
        <translation>Leerlauf vor dem Herunterskalieren (s)</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="202"/>
        <source>Admin user</source>
        <translation>Admin-Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="212"/>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="216"/>
        <source>Compute</source>
        <translation>Compute</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="223"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="226"/>
        <source>Source directory</source>
        <translation>Quellverzeichnis</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="231"/>
        <source>Node count</source>
        <translation>Knotenanzahl</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="237"/>
        <source>Distribution</source>
        <translation>Verteilung</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="243"/>
        <source>Processes per node</source>
        <translation>Prozesse pro Knoten</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="246"/>
        <source>Workers</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="249"/>
        <source>Parameter servers</source>
        <translation>Parameterserver</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="253"/>
        <source>Container image</source>
        <translation>Container-Image</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="258"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="262"/>
        <source>NAME=value, one a line</source>
        <translation>NAME=Wert, einer pro Zeile</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="264"/>
        <source>Environment variables</source>
        <translation>Umgebungsvariablen</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="270"/>
        <source>Open a Batch AI definition</source>
        <translation>Batch-AI-Definition öffnen</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="271"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="278"/>
        <source>The job&apos;s scripts</source>
        <translation>Die Skripte des Jobs</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="311"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="338"/>
        <source>Mapping again…</source>
        <translation>Wird neu zugeordnet…</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="359"/>
        <source>Batch AI cluster</source>
        <translation>Batch-AI-Cluster</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="362"/>
        <source>Batch AI job</source>
        <translation>Batch-AI-Job</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="365"/>
        <source>Batch AI file server</source>
        <translation>Batch-AI-Dateiserver</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="368"/>
        <source>Batch AI configuration</source>
        <translation>Batch-AI-Konfiguration</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="372"/>
        <source>%1 (API %2)</source>
        <translation>%1 (API %2)</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="387"/>
        <source>Create cluster</source>
        <translation>Cluster anlegen</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="399"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="406"/>
        <source>Submit job</source>
        <translation>Job starten</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="483"/>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="508"/>
        <source>Keeping the secrets in the keychain…</source>
        <translation>Geheimnisse werden im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="489"/>
        <source>Creating %1…</source>
        <translation>%1 wird angelegt…</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="494"/>
        <source>Created cluster %1.</source>
        <translation>Cluster %1 angelegt.</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="503"/>
        <source>Choose the source directory: the folder with the job&apos;s scripts, snapshotted at submit.</source>
        <translation>Wählen Sie das Quellverzeichnis: den Ordner mit den Skripten des Jobs, der beim Starten als Snapshot gesichert wird.</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="514"/>
        <source>Submitting to %1…</source>
        <translation>Wird an %1 übermittelt…</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="519"/>
        <source>Submitted run %1.</source>
        <translation>Ausführung %1 gestartet.</translation>
    </message>
</context>
<context>
    <name>trainyard::ui::ImportWarningModel</name>
    <message>
        <location filename="../ui/batchai/ImportWarningModel.cpp" line="31"/>
        <source>Batch AI field</source>
        <translation>Batch-AI-Feld</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportWarningModel.cpp" line="31"/>
        <source>Why it does not carry over as written</source>
        <translation>Warum es nicht unverändert übernommen wird</translation>
    </message>
</context>
<context>
    <name>trainyard::ui::LogView</name>
    <message>
        <location filename="../ui/logs/LogView.cpp" line="263"/>
        <source>[line clipped]</source>
        <translation>[Zeile gekürzt]</translation>
    </message>
</context>
<context>
    <name>trainyard::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="77"/>
        <location filename="../ui/MainWindow.cpp" line="133"/>
        <location filename="../ui/MainWindow.cpp" line="440"/>
        <source>Trainyard</source>
        <translation>Trainyard</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="85"/>
        <location filename="../ui/MainWindow.cpp" line="514"/>
        <source>No workspace open</source>
        <translation>Kein Arbeitsbereich geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="86"/>
        <source>A workspace holds your clusters, datastores and runs. Create a new local workspace, or open an existing folder or an Azure ML config.json.</source>
        <translation>Ein Arbeitsbereich enthält Ihre Cluster, Datenspeicher und Ausführungen. Legen Sie einen neuen lokalen Arbeitsbereich an oder öffnen Sie einen vorhandenen Ordner oder eine Azure-ML-config.json.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="89"/>
        <source>New workspace…</source>
        <translation>Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="90"/>
        <source>Open workspace…</source>
        <translation>Arbeitsbereich öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="97"/>
        <source>All runs</source>
        <translation>Alle Ausführungen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="98"/>
        <source>The runs of every open workspace in one list</source>
        <translation>Die Ausführungen aller offenen Arbeitsbereiche in einer Liste</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="120"/>
        <source>Sign in…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="149"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="150"/>
        <source>&amp;New workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="151"/>
        <source>&amp;Open workspace folder…</source>
        <translation>Arbeitsbereich-Ordner ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="153"/>
        <source>Open &amp;config.json…</source>
        <translation>&amp;config.json öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="154"/>
        <source>&amp;Recent workspaces</source>
        <translation>&amp;Zuletzt verwendete Arbeitsbereiche</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="155"/>
        <source>&amp;Close workspace</source>
        <translation>Arbeitsbereich &amp;schließen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="157"/>
        <source>&amp;Sign in to Azure…</source>
        <translation>Bei Azure &amp;anmelden…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="159"/>
        <source>&amp;Import Batch AI definition…</source>
        <translation>Batch-AI-Definition &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="168"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="171"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="172"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="175"/>
        <source>Refreshed.</source>
        <translation>Aktualisiert.</translation>
    </message>
    <message>
        <source>&amp;Find runs</source>
        <translation type="vanished">Ausführungen &amp;suchen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="178"/>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="180"/>
        <source>Find in the log you are reading, or filter the runs (Ctrl+F)</source>
        <translation>Im angezeigten Protokoll suchen oder die Ausführungen filtern (Strg+F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="182"/>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="185"/>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="185"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="186"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="198"/>
        <source>&amp;Compute</source>
        <translation>&amp;Compute</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="199"/>
        <source>&amp;Create cluster…</source>
        <translation>Cluster &amp;anlegen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="205"/>
        <source>&amp;Update cluster…</source>
        <translation>Cluster ä&amp;ndern…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="212"/>
        <source>&amp;Delete selected…</source>
        <translation>Auswahl &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="214"/>
        <source>Delete the selected cluster or the selected finished runs (Delete)</source>
        <translation>Den ausgewählten Cluster oder die ausgewählten beendeten Ausführungen löschen (Entf)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="216"/>
        <source>&amp;Runs</source>
        <translation>A&amp;usführungen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="217"/>
        <source>&amp;Submit run…</source>
        <translation>Ausführung &amp;starten…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="225"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="226"/>
        <source>&amp;About Trainyard</source>
        <translation>Ü&amp;ber Trainyard</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="236"/>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="303"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="317"/>
        <source>Compute</source>
        <translation>Compute</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="318"/>
        <source>Datastores</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="319"/>
        <source>Experiments</source>
        <translation>Experimente</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="365"/>
        <source>Open workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="366"/>
        <source>Cannot open the workspace %1: %2</source>
        <translation>Der Arbeitsbereich %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="385"/>
        <source>Cannot open the default workspace: %1</source>
        <translation>Der Standard-Arbeitsbereich kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="461"/>
        <source>%1 — Trainyard</source>
        <translation>%1 — Trainyard</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="508"/>
        <source>connecting…</source>
        <translation>verbindet…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="509"/>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="510"/>
        <source>not reachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="512"/>
        <source>%1 — %2 engine, %3</source>
        <translation>%1 — Engine %2, %3</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="523"/>
        <source>Sign in to Azure for %1</source>
        <translation>Für %1 bei Azure anmelden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="531"/>
        <source>Sign-in is for Azure ML workspaces; open one first.</source>
        <translation>Die Anmeldung ist für Azure-ML-Arbeitsbereiche gedacht; öffnen Sie zuerst einen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="541"/>
        <source>Signed in to Azure.</source>
        <translation>Bei Azure angemeldet.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="551"/>
        <source>New workspace: choose an empty folder</source>
        <translation>Neuer Arbeitsbereich: wählen Sie einen leeren Ordner</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="559"/>
        <source>New workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="560"/>
        <source>Cannot create a workspace in %1: %2</source>
        <translation>In %1 kann kein Arbeitsbereich angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="569"/>
        <source>Open workspace folder</source>
        <translation>Arbeitsbereich-Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="580"/>
        <source>Open workspace config</source>
        <translation>Arbeitsbereich-Konfiguration öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="580"/>
        <source>Workspace config (*.json)</source>
        <translation>Arbeitsbereich-Konfiguration (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="641"/>
        <source>Run %1: %2</source>
        <translation>Ausführung %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="643"/>
        <source>Experiment %1 on %2</source>
        <translation>Experiment %1 auf %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="652"/>
        <source>About Trainyard</source>
        <translation>Über Trainyard</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="653"/>
        <source>&lt;h3&gt;Trainyard %1&lt;/h3&gt;&lt;p&gt;Train models on clusters: local, Slurm and Azure ML, with the names of the Azure ML SDK.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Trainyard %1&lt;/h3&gt;&lt;p&gt;Modelle auf Clustern trainieren: lokal, mit Slurm und Azure ML, mit den Namen des Azure-ML-SDK.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>trainyard::ui::MetricChart</name>
    <message>
        <location filename="../ui/charts/MetricChart.cpp" line="84"/>
        <source>Reset zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/charts/MetricChart.cpp" line="85"/>
        <source>Show the whole x range again (or double-click the chart)</source>
        <translation>Den ganzen x-Bereich wieder anzeigen (oder das Diagramm doppelklicken)</translation>
    </message>
    <message>
        <location filename="../ui/charts/MetricChart.cpp" line="88"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../ui/charts/MetricChart.cpp" line="89"/>
        <source>Export every point of this metric as CSV</source>
        <translation>Alle Punkte dieser Metrik als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../ui/charts/MetricChart.cpp" line="108"/>
        <source> (raw)</source>
        <translation> (roh)</translation>
    </message>
    <message>
        <location filename="../ui/charts/MetricChart.cpp" line="109"/>
        <source> (smoothed)</source>
        <translation> (geglättet)</translation>
    </message>
    <message>
        <location filename="../ui/charts/MetricChart.cpp" line="132"/>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../ui/charts/MetricChart.cpp" line="132"/>
        <source>seconds since start</source>
        <translation>Sekunden seit Start</translation>
    </message>
    <message>
        <location filename="../ui/charts/MetricChart.cpp" line="354"/>
        <source>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; %2 — last %3 · min %4 · max %5 · %6 points</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; %2 — zuletzt %3 · min. %4 · max. %5 · %6 Punkte</translation>
    </message>
    <message>
        <location filename="../ui/charts/MetricChart.cpp" line="359"/>
        <source> · %1 NaN/inf not drawn</source>
        <translation> · %1 NaN/inf nicht gezeichnet</translation>
    </message>
    <message>
        <location filename="../ui/charts/MetricChart.cpp" line="363"/>
        <source>&lt;i&gt;Solid lines: smoothed (EMA, weight %1); faint lines: raw values.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Durchgezogene Linien: geglättet (EMA, Gewicht %1); blasse Linien: Rohwerte.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/charts/MetricChart.cpp" line="420"/>
        <source>%1 — step %2 · %3 · %4</source>
        <translation>%1 — Schritt %2 · %3 · %4</translation>
    </message>
</context>
<context>
    <name>trainyard::ui::MetricImagesView</name>
    <message>
        <location filename="../ui/charts/MetricImagesView.cpp" line="70"/>
        <source>Click to see the image at full size</source>
        <translation>Klicken, um das Bild in voller Größe zu sehen</translation>
    </message>
    <message>
        <location filename="../ui/charts/MetricImagesView.cpp" line="72"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../ui/charts/MetricImagesView.cpp" line="112"/>
        <source>step %1 (%2 of %3)</source>
        <translation>Schritt %1 (%2 von %3)</translation>
    </message>
    <message>
        <location filename="../ui/charts/MetricImagesView.cpp" line="131"/>
        <source>not an image this build can read</source>
        <translation>kein Bild, das dieser Build lesen kann</translation>
    </message>
    <message>
        <location filename="../ui/charts/MetricImagesView.cpp" line="139"/>
        <source>Image %1: %2</source>
        <translation>Bild %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/charts/MetricImagesView.cpp" line="162"/>
        <source>%1, step %2</source>
        <translation>%1, Schritt %2</translation>
    </message>
</context>
<context>
    <name>trainyard::ui::MetricValuesPanel</name>
    <message>
        <location filename="../ui/charts/MetricValuesPanel.cpp" line="32"/>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <location filename="../ui/charts/MetricValuesPanel.cpp" line="32"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/charts/MetricValuesPanel.cpp" line="32"/>
        <source>Last value</source>
        <translation>Letzter Wert</translation>
    </message>
    <message>
        <location filename="../ui/charts/MetricValuesPanel.cpp" line="32"/>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location filename="../ui/charts/MetricValuesPanel.cpp" line="32"/>
        <source>Range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../ui/charts/MetricValuesPanel.cpp" line="41"/>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <location filename="../ui/charts/MetricValuesPanel.cpp" line="66"/>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location filename="../ui/charts/MetricValuesPanel.cpp" line="68"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../ui/charts/MetricValuesPanel.cpp" line="70"/>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../ui/charts/MetricValuesPanel.cpp" line="72"/>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../ui/charts/MetricValuesPanel.cpp" line="74"/>
        <source>image</source>
        <translation>Bild</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/MetricValuesPanel.cpp" line="126"/>
        <source>%1 (%n row(s))</source>
        <translation>
            <numerusform>%1 (%n Zeile)</numerusform>
            <numerusform>%1 (%n Zeilen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trainyard::ui::NodeTableModel</name>
    <message>
        <location filename="../ui/model/NodeTableModel.cpp" line="76"/>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location filename="../ui/model/NodeTableModel.cpp" line="78"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/model/NodeTableModel.cpp" line="80"/>
        <source>Run</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <location filename="../ui/model/NodeTableModel.cpp" line="82"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../ui/model/NodeTableModel.cpp" line="84"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location filename="../ui/model/NodeTableModel.cpp" line="86"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../ui/model/NodeTableModel.cpp" line="88"/>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
</context>
<context>
    <name>trainyard::ui::RunAlertNotifier</name>
    <message>
        <location filename="../ui/runs/RunAlertNotifier.cpp" line="32"/>
        <source>Run %1</source>
        <translation>Ausführung %1</translation>
    </message>
</context>
<context>
    <name>trainyard::ui::RunComparisonView</name>
    <message>
        <location filename="../ui/compare/RunComparisonView.cpp" line="24"/>
        <source>Config</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <location filename="../ui/compare/RunComparisonView.cpp" line="26"/>
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <location filename="../ui/compare/RunComparisonView.cpp" line="28"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../ui/compare/RunComparisonView.cpp" line="30"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../ui/compare/RunComparisonView.cpp" line="32"/>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <location filename="../ui/compare/RunComparisonView.cpp" line="34"/>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <location filename="../ui/compare/RunComparisonView.cpp" line="56"/>
        <source>Differences only</source>
        <translation>Nur Unterschiede</translation>
    </message>
    <message>
        <location filename="../ui/compare/RunComparisonView.cpp" line="65"/>
        <source>Show only the values that are not the same in every run</source>
        <translation>Nur die Werte anzeigen, die nicht in jeder Ausführung gleich sind</translation>
    </message>
    <message>
        <location filename="../ui/compare/RunComparisonView.cpp" line="98"/>
        <source>Comparing %1 runs</source>
        <translation>Vergleich von %1 Ausführungen</translation>
    </message>
    <message>
        <location filename="../ui/compare/RunComparisonView.cpp" line="152"/>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <location filename="../ui/compare/RunComparisonView.cpp" line="152"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/compare/RunComparisonView.cpp" line="170"/>
        <source>(missing)</source>
        <translation>(fehlt)</translation>
    </message>
</context>
<context>
    <name>trainyard::ui::RunDetailsPanel</name>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="75"/>
        <source>Cancel run</source>
        <translation>Ausführung abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="76"/>
        <source>Clone and resubmit…</source>
        <translation>Klonen und neu starten…</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="85"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="85"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="85"/>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="87"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="89"/>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="105"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="105"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="105"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="vanished">Ausführung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="vanished">Status</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="55"/>
        <source>This run has no child runs. A run&apos;s script starts them with run.child_run() or by submitting with a parent run.</source>
        <translation>Diese Ausführung hat keine untergeordneten Ausführungen. Das Skript einer Ausführung startet sie mit run.child_run() oder durch Starten mit einer übergeordneten Ausführung.</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="88"/>
        <source>Open the selected file with the program your desktop uses for it</source>
        <translation>Die ausgewählte Datei mit dem Programm öffnen, das Ihr Desktop dafür verwendet</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="119"/>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="120"/>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="121"/>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="127"/>
        <source>Outputs</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="128"/>
        <source>Properties &amp;&amp; tags</source>
        <translation>Eigenschaften &amp;&amp; Tags</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="129"/>
        <source>Child runs</source>
        <translation>Untergeordnete Ausführungen</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="140"/>
        <source>Select a run to see its status, logs, metrics and outputs.</source>
        <translation>Wählen Sie eine Ausführung, um Status, Protokolle, Metriken und Ausgaben zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="180"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="234"/>
        <source>%1 (run %2)</source>
        <translation>%1 (Ausführung %2)</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="241"/>
        <source>Experiment: %1</source>
        <translation>Experiment: %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="242"/>
        <source>Compute: %1</source>
        <translation>Compute: %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="243"/>
        <source>Nodes: %1</source>
        <translation>Knoten: %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="245"/>
        <source>Environment: %1</source>
        <translation>Umgebung: %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="247"/>
        <source>On: %1</source>
        <translation>Auf: %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="249"/>
        <source>Duration: %1</source>
        <translation>Dauer: %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="249"/>
        <source>not started</source>
        <translation>nicht gestartet</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="251"/>
        <source>Exit code: %1</source>
        <translation>Exit-Code: %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="252"/>
        <source>Id: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="260"/>
        <source>canceling</source>
        <translation>wird abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="260"/>
        <source>the engine has not said why yet</source>
        <translation>die Engine hat noch keinen Grund genannt</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="261"/>
        <source>Canceling: %1</source>
        <translation>Wird abgebrochen: %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="262"/>
        <source>Why it waits: %1</source>
        <translation>Warum sie wartet: %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="270"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="287"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="288"/>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="299"/>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="326"/>
        <source>No files yet.</source>
        <translation>Noch keine Dateien.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="327"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>This run has no child runs.</source>
        <translation type="vanished">Diese Ausführung hat keine untergeordneten Ausführungen.</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="355"/>
        <source>Choose a file to open.</source>
        <translation>Wählen Sie eine Datei zum Öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="362"/>
        <source>Fetching %1…</source>
        <translation>%1 wird geholt…</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="366"/>
        <source>%1 was not opened: %2</source>
        <translation>%1 wurde nicht geöffnet: %2</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="371"/>
        <source>Opened %1.</source>
        <translation>%1 geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="373"/>
        <source>No program could open %1: there is no application for this kind of file, or no desktop to start it. A copy is at %2; use Save as… to keep it elsewhere.</source>
        <translation>Kein Programm konnte %1 öffnen: Für diese Art von Datei gibt es keine Anwendung oder keinen Desktop, der sie startet. Eine Kopie liegt in %2; mit Speichern unter… können Sie sie anderswo aufbewahren.</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="383"/>
        <source>Save the run&apos;s files to</source>
        <translation>Dateien der Ausführung speichern in</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="395"/>
        <source>Saving to %1…</source>
        <translation>Wird in %1 gespeichert…</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="397"/>
        <source>Saving: %1 of %2 files</source>
        <translation>Speichern: %1 von %2 Dateien</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="401"/>
        <source>Saved to %1.</source>
        <translation>In %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>trainyard::ui::RunLogPanel</name>
    <message>
        <location filename="../ui/logs/RunLogPanel.cpp" line="29"/>
        <source>Aa</source>
        <translation>Aa</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunLogPanel.cpp" line="30"/>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>Find in log</source>
        <translation type="vanished">Im Protokoll suchen</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunLogPanel.cpp" line="42"/>
        <source>Find in log (Ctrl+F)</source>
        <translation>Im Protokoll suchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunLogPanel.cpp" line="45"/>
        <source>No log yet: the run writes one once it starts.</source>
        <translation>Noch kein Protokoll: die Ausführung schreibt eines, sobald sie startet.</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunLogPanel.cpp" line="47"/>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunLogPanel.cpp" line="49"/>
        <source>Keep showing the newest lines</source>
        <translation>Immer die neuesten Zeilen zeigen</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunLogPanel.cpp" line="60"/>
        <source>▲</source>
        <translation>▲</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunLogPanel.cpp" line="60"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunLogPanel.cpp" line="61"/>
        <source>▼</source>
        <translation>▼</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunLogPanel.cpp" line="61"/>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Eingabe)</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunLogPanel.cpp" line="65"/>
        <source>Top</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunLogPanel.cpp" line="65"/>
        <source>Jump to the first line</source>
        <translation>Zur ersten Zeile springen</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunLogPanel.cpp" line="67"/>
        <source>Bottom</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunLogPanel.cpp" line="67"/>
        <source>Jump to the last line and follow</source>
        <translation>Zur letzten Zeile springen und folgen</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunLogPanel.cpp" line="68"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunLogPanel.cpp" line="68"/>
        <source>Copy the selected lines</source>
        <translation>Die ausgewählten Zeilen kopieren</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunLogPanel.cpp" line="188"/>
        <source>All ranks (merged)</source>
        <translation>Alle Ränge (zusammengeführt)</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunLogPanel.cpp" line="190"/>
        <source>Rank %1 — %2</source>
        <translation>Rang %1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunLogPanel.cpp" line="218"/>
        <source>searching…</source>
        <translation>sucht…</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunLogPanel.cpp" line="241"/>
        <source>no matches</source>
        <translation>keine Treffer</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/logs/RunLogPanel.cpp" line="242"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trainyard::ui::RunMetricsPanel</name>
    <message>
        <location filename="../ui/charts/RunMetricsPanel.cpp" line="48"/>
        <source>Log y</source>
        <translation>Log. y</translation>
    </message>
    <message>
        <location filename="../ui/charts/RunMetricsPanel.cpp" line="61"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../ui/charts/RunMetricsPanel.cpp" line="62"/>
        <source>Relative time</source>
        <translation>Relative Zeit</translation>
    </message>
    <message>
        <location filename="../ui/charts/RunMetricsPanel.cpp" line="63"/>
        <source>Wall time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location filename="../ui/charts/RunMetricsPanel.cpp" line="67"/>
        <source>Smoothing (debiased exponential moving average)</source>
        <translation>Glättung (exponentieller gleitender Mittelwert, bias-korrigiert)</translation>
    </message>
    <message>
        <location filename="../ui/charts/RunMetricsPanel.cpp" line="52"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/charts/RunMetricsPanel.cpp" line="71"/>
        <source>X axis:</source>
        <translation>X-Achse:</translation>
    </message>
    <message>
        <location filename="../ui/charts/RunMetricsPanel.cpp" line="74"/>
        <source>Smoothing:</source>
        <translation>Glättung:</translation>
    </message>
    <message>
        <location filename="../ui/charts/RunMetricsPanel.cpp" line="90"/>
        <source>&lt;p&gt;&lt;b&gt;No resource use yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Each rank&apos;s CPU, memory and disk use appear here while the run runs, sampled every few seconds.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Noch keine Ressourcennutzung.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;CPU-, Speicher- und Datenträgernutzung jedes Rangs erscheinen hier, während die Ausführung läuft, erfasst alle paar Sekunden.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/charts/RunMetricsPanel.cpp" line="92"/>
        <source>&lt;p&gt;&lt;b&gt;No metrics yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A run&apos;s charts appear here once its script logs a number:&lt;br&gt;&lt;code&gt;from trainyard import run; run.log(&quot;loss&quot;, 0.25, step=10)&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Noch keine Metriken.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Die Diagramme einer Ausführung erscheinen hier, sobald ihr Skript eine Zahl protokolliert:&lt;br&gt;&lt;code&gt;from trainyard import run; run.log(&quot;loss&quot;, 0.25, step=10)&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/charts/RunMetricsPanel.cpp" line="105"/>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location filename="../ui/charts/RunMetricsPanel.cpp" line="298"/>
        <source>rank %1</source>
        <translation>Rang %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/RunMetricsPanel.cpp" line="303"/>
        <source>rank %1 (%2)</source>
        <translation>Rang %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/charts/RunMetricsPanel.cpp" line="371"/>
        <source>Export metrics</source>
        <translation>Metriken exportieren</translation>
    </message>
    <message>
        <location filename="../ui/charts/RunMetricsPanel.cpp" line="371"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/charts/RunMetricsPanel.cpp" line="131"/>
        <source>Metrics exported.</source>
        <translation>Metriken exportiert.</translation>
    </message>
</context>
<context>
    <name>trainyard::ui::RunTableModel</name>
    <message>
        <location filename="../ui/model/RunTableModel.cpp" line="262"/>
        <location filename="../ui/runs/RunColumnsMenu.cpp" line="34"/>
        <source>%1 (last)</source>
        <translation>%1 (letzter)</translation>
    </message>
    <message>
        <location filename="../ui/model/RunTableModel.cpp" line="263"/>
        <location filename="../ui/runs/RunColumnsMenu.cpp" line="35"/>
        <source>%1 (min)</source>
        <translation>%1 (min)</translation>
    </message>
    <message>
        <location filename="../ui/model/RunTableModel.cpp" line="264"/>
        <location filename="../ui/runs/RunColumnsMenu.cpp" line="36"/>
        <source>%1 (max)</source>
        <translation>%1 (max)</translation>
    </message>
    <message>
        <location filename="../ui/model/RunTableModel.cpp" line="268"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/model/RunTableModel.cpp" line="270"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../ui/model/RunTableModel.cpp" line="272"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/model/RunTableModel.cpp" line="274"/>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <location filename="../ui/model/RunTableModel.cpp" line="276"/>
        <source>Compute</source>
        <translation>Compute</translation>
    </message>
    <message>
        <location filename="../ui/model/RunTableModel.cpp" line="278"/>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location filename="../ui/model/RunTableModel.cpp" line="280"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location filename="../ui/model/RunTableModel.cpp" line="282"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/model/RunTableModel.cpp" line="284"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../ui/model/RunTableModel.cpp" line="286"/>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/model/RunTableModel.cpp" line="288"/>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunColumnsMenu.cpp" line="30"/>
        <source>No metrics logged</source>
        <translation>Keine Metriken protokolliert</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunColumnsMenu.cpp" line="31"/>
        <source>Reading the runs&apos; metrics…</source>
        <translation>Metriken der Ausführungen werden gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunColumnsMenu.cpp" line="69"/>
        <source>Metric columns</source>
        <translation>Metrikspalten</translation>
    </message>
</context>
<context>
    <name>trainyard::ui::RunsPage</name>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="61"/>
        <source>&amp;Submit run…</source>
        <translation>Ausführung &amp;starten…</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="62"/>
        <location filename="../ui/runs/RunsPage.cpp" line="348"/>
        <source>Ca&amp;ncel run</source>
        <translation>Ausführung a&amp;bbrechen</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="63"/>
        <location filename="../ui/runs/RunsPage.cpp" line="345"/>
        <source>C&amp;lone and resubmit…</source>
        <translation>&amp;Klonen und neu starten…</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="64"/>
        <location filename="../ui/runs/RunsPage.cpp" line="361"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="66"/>
        <source>Delete the selected finished runs with their logs and outputs (Delete)</source>
        <translation>Die ausgewählten beendeten Ausführungen mit ihren Protokollen und Ausgaben löschen (Entf)</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="67"/>
        <location filename="../ui/runs/RunsPage.cpp" line="351"/>
        <source>Co&amp;mpare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="69"/>
        <source>Compare the selected runs (select two or more with Ctrl+click or Shift+click)</source>
        <translation>Die ausgewählten Ausführungen vergleichen (zwei oder mehr mit Strg+Klick oder Umschalt+Klick auswählen)</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="70"/>
        <source>Filter runs (Ctrl+F): name, id, compute, tag…</source>
        <translation>Ausführungen filtern (Strg+F): Name, ID, Compute, Tag…</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="73"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="74"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="124"/>
        <source>No run matches the filter</source>
        <translation>Keine Ausführung passt zum Filter</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="126"/>
        <source>Show all runs</source>
        <translation>Alle Ausführungen anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="148"/>
        <source>No runs yet</source>
        <translation>Noch keine Ausführungen</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="150"/>
        <source>Submit your first run…</source>
        <translation>Erste Ausführung starten…</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="151"/>
        <source>Loading runs…</source>
        <translation>Ausführungen werden geladen…</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="241"/>
        <source>Runs</source>
        <translation>Ausführungen</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="241"/>
        <source>Experiment %1</source>
        <translation>Experiment %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="279"/>
        <source>text “%1”</source>
        <translation>Text „%1“</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="281"/>
        <source>status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="283"/>
        <source>experiment %1</source>
        <translation>Experiment %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runs/RunsPage.cpp" line="285"/>
        <source>None of the %n run(s) in this workspace matches %1.</source>
        <translation>
            <numerusform>Die %n Ausführung in diesem Arbeitsbereich passt nicht zu %1.</numerusform>
            <numerusform>Keine der %n Ausführungen in diesem Arbeitsbereich passt zu %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="286"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="342"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="355"/>
        <source>Select two runs or more to compare them</source>
        <translation>Wählen Sie zwei oder mehr Ausführungen, um sie zu vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="357"/>
        <source>Copy run &amp;id</source>
        <translation>Ausführungs-&amp;ID kopieren</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="418"/>
        <source>Runs need a cluster: create one on the Compute page, then submit a run from a folder with your training script.</source>
        <translation>Ausführungen brauchen einen Cluster: legen Sie auf der Seite Compute einen an und starten Sie dann eine Ausführung aus einem Ordner mit Ihrem Trainingsskript.</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="420"/>
        <source>Submit a run: pick the folder with your training script, the script to run and a cluster.</source>
        <translation>Starten Sie eine Ausführung: wählen Sie den Ordner mit Ihrem Trainingsskript, das Skript und einen Cluster.</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="444"/>
        <location filename="../ui/runs/RunsPage.cpp" line="449"/>
        <source>Run %1 submitted.</source>
        <translation>Ausführung %1 gestartet.</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="479"/>
        <location filename="../ui/runs/RunsPage.cpp" line="486"/>
        <source>Cancel run</source>
        <translation>Ausführung abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="480"/>
        <source>Cancel run %1 (%2)? Its processes are stopped; logs, metrics and outputs written so far are kept, and you can clone it to run it again.</source>
        <translation>Ausführung %1 (%2) abbrechen? Ihre Prozesse werden beendet; bisherige Protokolle, Metriken und Ausgaben bleiben erhalten, und Sie können sie klonen, um sie erneut zu starten.</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="487"/>
        <source>Keep running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="495"/>
        <source>Canceling run %1…</source>
        <translation>Ausführung %1 wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="498"/>
        <source>Run %1 was not canceled: %2</source>
        <translation>Ausführung %1 wurde nicht abgebrochen: %2</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="511"/>
        <source>The %1 engine keeps every run: runs cannot be deleted here.</source>
        <translation>Die Engine %1 behält jede Ausführung: Ausführungen können hier nicht gelöscht werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runs/RunsPage.cpp" line="520"/>
        <source>%1 is still active: cancel it first, then delete it.</source>
        <translation>
            <numerusform>%1 ist noch aktiv: brechen Sie sie zuerst ab und löschen Sie sie dann.</numerusform>
            <numerusform>%1 sind noch aktiv: brechen Sie sie zuerst ab und löschen Sie sie dann.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="525"/>
        <source>the run %1</source>
        <translation>die Ausführung %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runs/RunsPage.cpp" line="526"/>
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n Ausführung</numerusform>
            <numerusform>%n Ausführungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="527"/>
        <source>Delete runs</source>
        <translation>Ausführungen löschen</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="528"/>
        <source>Delete %1 with its logs, metrics and outputs? This cannot be undone; save the outputs first if you need them.</source>
        <translation>%1 mit Protokollen, Metriken und Ausgaben löschen? Das kann nicht rückgängig gemacht werden; sichern Sie zuerst die Ausgaben, falls Sie sie brauchen.</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="533"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="547"/>
        <source>Run %1 was not deleted: %2</source>
        <translation>Ausführung %1 wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="553"/>
        <location filename="../ui/runs/RunsPage.cpp" line="554"/>
        <source>Run %1 deleted.</source>
        <translation>Ausführung %1 gelöscht.</translation>
    </message>
</context>
<context>
    <name>trainyard::ui::SubmitRunDialog</name>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="39"/>
        <source>Python script:</source>
        <translation>Python-Skript:</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="40"/>
        <source>Command:</source>
        <translation>Befehl:</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="56"/>
        <source>Submit run</source>
        <translation>Ausführung starten</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="61"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="62"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="74"/>
        <source>e.g. bash run.sh</source>
        <translation>z. B. bash run.sh</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="79"/>
        <source>--epochs 10 --data {datastore:data/mnist}</source>
        <translation>--epochs 10 --data {datastore:data/mnist}</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="83"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="89"/>
        <source>all nodes</source>
        <translation>alle Knoten</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="93"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="94"/>
        <source>no limit</source>
        <translation>kein Limit</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="95"/>
        <source>The run is stopped after this long (max_run_duration_seconds).</source>
        <translation>Die Ausführung wird nach dieser Dauer gestoppt (max_run_duration_seconds).</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="104"/>
        <source>&amp;Experiment:</source>
        <translation>&amp;Experiment:</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="105"/>
        <source>Display &amp;name:</source>
        <translation>Anzeige&amp;name:</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="106"/>
        <source>&amp;Source folder:</source>
        <translation>&amp;Quellordner:</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="111"/>
        <source>&amp;Arguments:</source>
        <translation>&amp;Argumente:</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="112"/>
        <source>&amp;Compute:</source>
        <translation>&amp;Compute:</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="113"/>
        <source>N&amp;ode count:</source>
        <translation>Anzahl K&amp;noten:</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="114"/>
        <source>&amp;Distribution:</source>
        <translation>&amp;Verteilung:</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="115"/>
        <source>Processes per node:</source>
        <translation>Prozesse pro Knoten:</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="116"/>
        <source>Workers:</source>
        <translation>Worker:</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="117"/>
        <source>Parameter servers:</source>
        <translation>Parameterserver:</translation>
    </message>
    <message>
        <source>En&amp;vironment:</source>
        <translation type="vanished">&amp;Umgebung:</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="118"/>
        <source>Time l&amp;imit:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="119"/>
        <source>Envi&amp;ronment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="120"/>
        <source>En&amp;vironment variables:</source>
        <translation>Umgebungsva&amp;riablen:</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="121"/>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="132"/>
        <source>Submit</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="144"/>
        <source>Source folder</source>
        <translation>Quellordner</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="167"/>
        <source>Workspace default</source>
        <translation>Standard des Arbeitsbereichs</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="168"/>
        <source>The interpreter and packages of the run (yard environment list).</source>
        <translation>Interpreter und Pakete der Ausführung (yard environment list).</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="294"/>
        <source>Clone and resubmit %1</source>
        <translation>%1 klonen und neu starten</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="315"/>
        <source>Environment line &apos;%1&apos; is not KEY=value: write one variable per line.</source>
        <translation>Die Umgebungszeile „%1“ hat nicht die Form KEY=Wert: eine Variable pro Zeile.</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="319"/>
        <source>Tag line &apos;%1&apos; is not name=value: write one tag per line.</source>
        <translation>Die Tag-Zeile „%1“ hat nicht die Form Name=Wert: ein Tag pro Zeile.</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="321"/>
        <source>This workspace has no cluster yet: create one on the Compute page first.</source>
        <translation>Dieser Arbeitsbereich hat noch keinen Cluster: legen Sie zuerst auf der Seite Compute einen an.</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="323"/>
        <source>Choose the source folder: its files are copied for the run.</source>
        <translation>Wählen Sie den Quellordner: seine Dateien werden für die Ausführung kopiert.</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="336"/>
        <source>Compute &apos;%1&apos; does not exist in this workspace any more: choose another.</source>
        <translation>Compute „%1“ existiert in diesem Arbeitsbereich nicht mehr: wählen Sie ein anderes.</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="338"/>
        <source>Compute &apos;%1&apos; is being deleted: choose another.</source>
        <translation>Compute „%1“ wird gerade gelöscht: wählen Sie ein anderes.</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="340"/>
        <source>Node count %1 is more than cluster &apos;%2&apos; can have (max nodes %3): lower the node count or raise the cluster&apos;s max nodes.</source>
        <translation>%1 Knoten sind mehr, als Cluster „%2“ haben kann (höchstens %3): senken Sie die Knotenanzahl oder erhöhen Sie das Maximum des Clusters.</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="359"/>
        <source>experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="360"/>
        <source>display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="361"/>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="362"/>
        <source>script</source>
        <translation>Skript</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="363"/>
        <source>command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="364"/>
        <source>arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="365"/>
        <source>compute</source>
        <translation>Compute</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="366"/>
        <source>node count</source>
        <translation>Knotenanzahl</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="367"/>
        <source>distribution</source>
        <translation>Verteilung</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="368"/>
        <source>time limit</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="369"/>
        <source>environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="371"/>
        <source>software environment</source>
        <translation>Software-Umgebung</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="372"/>
        <source>tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="376"/>
        <source>No changes against the original run yet.</source>
        <translation>Noch keine Änderungen gegenüber der ursprünglichen Ausführung.</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="377"/>
        <source>Changed against the original: %1</source>
        <translation>Geändert gegenüber dem Original: %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="388"/>
        <source>Submitting…</source>
        <translation>Wird gestartet…</translation>
    </message>
</context>
<context>
    <name>yard</name>
    <message>
        <location filename="../app/yard/AzureCommands.cpp" line="236"/>
        <source>--engine azureml needs --subscription, --resource-group and --name (and --location for a new workspace).</source>
        <translation>--engine azureml braucht --subscription, --resource-group und --name (und --location für einen neuen Arbeitsbereich).</translation>
    </message>
    <message>
        <location filename="../app/yard/AzureCommands.cpp" line="272"/>
        <source>Cannot create the folder of %1.</source>
        <translation>Der Ordner für %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../app/yard/AzureCommands.cpp" line="280"/>
        <source>Workspace &apos;%1&apos; in %2 (resource group %3).</source>
        <translation>Arbeitsbereich „%1“ in %2 (Ressourcengruppe %3).</translation>
    </message>
    <message>
        <location filename="../app/yard/AzureCommands.cpp" line="292"/>
        <source>workspace &apos;%1&apos; is not an Azure ML workspace.</source>
        <translation>der Arbeitsbereich „%1“ ist kein Azure-ML-Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../app/yard/AzureCommands.cpp" line="310"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../app/yard/AzureCommands.cpp" line="310"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../app/yard/DatastoreCommands.cpp" line="93"/>
        <source>Shows a datastore.</source>
        <translation>Zeigt einen Datenspeicher an.</translation>
    </message>
    <message>
        <location filename="../app/yard/DatastoreCommands.cpp" line="95"/>
        <source>the datastore&apos;s name</source>
        <translation>der Name des Datenspeichers</translation>
    </message>
    <message>
        <location filename="../app/yard/DatastoreCommands.cpp" line="108"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/yard/DatastoreCommands.cpp" line="108"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../app/yard/DatastoreCommands.cpp" line="108"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../app/yard/DatastoreCommands.cpp" line="108"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../app/yard/DatastoreCommands.cpp" line="109"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../app/yard/DatastoreCommands.cpp" line="113"/>
        <source>No datastore &apos;%1&apos;; the workspace has: %2.</source>
        <translation>Kein Datenspeicher „%1“; der Arbeitsbereich hat: %2.</translation>
    </message>
    <message>
        <location filename="../app/yard/AlertCommands.cpp" line="32"/>
        <source>give exactly one condition: --nan, --above VALUE, --below VALUE, --stale-minutes N or --on failed|ended|unusable (given: %1).</source>
        <translation>geben Sie genau eine Bedingung an: --nan, --above VALUE, --below VALUE, --stale-minutes N oder --on failed|ended|unusable (angegeben: %1).</translation>
    </message>
    <message>
        <location filename="../app/yard/AlertCommands.cpp" line="34"/>
        <location filename="../app/yard/DatastoreCommands.cpp" line="114"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../app/yard/AlertCommands.cpp" line="48"/>
        <source>--%1 &apos;%2&apos; is not a number.</source>
        <translation>--%1 „%2“ ist keine Zahl.</translation>
    </message>
    <message>
        <location filename="../app/yard/AlertCommands.cpp" line="54"/>
        <source>--stale-minutes &apos;%1&apos; is not a number of minutes.</source>
        <translation>--stale-minutes „%1“ ist keine Anzahl Minuten.</translation>
    </message>
    <message>
        <location filename="../app/yard/AlertCommands.cpp" line="66"/>
        <source>--on &apos;%1&apos; is not known; allowed: failed, ended, unusable.</source>
        <translation>--on „%1“ ist unbekannt; erlaubt: failed, ended, unusable.</translation>
    </message>
    <message>
        <location filename="../app/yard/AlertCommands.cpp" line="75"/>
        <source>The metric the rule watches (NAME, or a prefix ending in *).</source>
        <translation>Die Metrik, die die Regel überwacht (NAME oder ein Präfix, das auf * endet).</translation>
    </message>
    <message>
        <location filename="../app/yard/AlertCommands.cpp" line="77"/>
        <source>Fire when the metric is NaN or infinite.</source>
        <translation>Auslösen, wenn die Metrik NaN oder unendlich ist.</translation>
    </message>
    <message>
        <location filename="../app/yard/AlertCommands.cpp" line="79"/>
        <source>Fire when the metric is above VALUE.</source>
        <translation>Auslösen, wenn die Metrik über VALUE liegt.</translation>
    </message>
    <message>
        <location filename="../app/yard/AlertCommands.cpp" line="81"/>
        <source>Fire when the metric is below VALUE.</source>
        <translation>Auslösen, wenn die Metrik unter VALUE liegt.</translation>
    </message>
    <message>
        <location filename="../app/yard/AlertCommands.cpp" line="82"/>
        <source>Fire when the metric has no new point for N minutes.</source>
        <translation>Auslösen, wenn die Metrik N Minuten lang keinen neuen Punkt hat.</translation>
    </message>
    <message>
        <location filename="../app/yard/AlertCommands.cpp" line="84"/>
        <source>Fire when the run failed, ended, or a node became unusable.</source>
        <translation>Auslösen, wenn die Ausführung fehlschlug oder endete oder ein Knoten unbrauchbar wurde.</translation>
    </message>
    <message>
        <location filename="../app/yard/AlertCommands.cpp" line="86"/>
        <source>Only for this run (default: every run of the workspace).</source>
        <translation>Nur für diese Ausführung (Standard: jede Ausführung des Arbeitsbereichs).</translation>
    </message>
    <message>
        <location filename="../app/yard/AlertCommands.cpp" line="88"/>
        <source>Adds an alert rule to the workspace.</source>
        <translation>Fügt dem Arbeitsbereich eine Alarmregel hinzu.</translation>
    </message>
    <message>
        <location filename="../app/yard/AlertCommands.cpp" line="100"/>
        <source>Added %1: %2.</source>
        <translation>%1 hinzugefügt: %2.</translation>
    </message>
    <message>
        <location filename="../app/yard/AlertCommands.cpp" line="106"/>
        <source>Lists the workspace&apos;s alert rules.</source>
        <translation>Listet die Alarmregeln des Arbeitsbereichs auf.</translation>
    </message>
    <message>
        <location filename="../app/yard/AlertCommands.cpp" line="112"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/yard/AlertCommands.cpp" line="112"/>
        <source>Run</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <location filename="../app/yard/AlertCommands.cpp" line="112"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../app/yard/AlertCommands.cpp" line="113"/>
        <source>(all)</source>
        <translation>(alle)</translation>
    </message>
    <message>
        <location filename="../app/yard/AlertCommands.cpp" line="120"/>
        <source>Removes an alert rule.</source>
        <translation>Entfernt eine Alarmregel.</translation>
    </message>
    <message>
        <location filename="../app/yard/AlertCommands.cpp" line="122"/>
        <source>the rule&apos;s id (yard alert list)</source>
        <translation>die ID der Regel (yard alert list)</translation>
    </message>
    <message>
        <location filename="../app/yard/AlertCommands.cpp" line="129"/>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <location filename="../app/yard/AlertCommands.cpp" line="137"/>
        <source>How often the run&apos;s state is read.</source>
        <translation>Wie oft der Zustand der Ausführung gelesen wird.</translation>
    </message>
    <message>
        <location filename="../app/yard/AlertCommands.cpp" line="138"/>
        <source>Watches a run for the alert rules until it ends; alerts go to its events.</source>
        <translation>Überwacht eine Ausführung bis zu ihrem Ende auf die Alarmregeln; Alarme landen in ihren Ereignissen.</translation>
    </message>
    <message>
        <location filename="../app/yard/AlertCommands.cpp" line="153"/>
        <source>ALERT %1: %2</source>
        <translation>ALARM %1: %2</translation>
    </message>
    <message>
        <location filename="../app/yard/DatastoreCommands.cpp" line="119"/>
        <source>Show a datastore.</source>
        <translation>Einen Datenspeicher anzeigen.</translation>
    </message>
    <message>
        <location filename="../app/yard/RunCommands.cpp" line="279"/>
        <source>Deletes a run&apos;s record from the engine (Azure ML: the job).</source>
        <translation>Löscht den Eintrag einer Ausführung aus der Engine (Azure ML: den Job).</translation>
    </message>
    <message>
        <location filename="../app/yard/AlertCommands.cpp" line="145"/>
        <location filename="../app/yard/RunCommands.cpp" line="281"/>
        <source>the run&apos;s id</source>
        <translation>die ID der Ausführung</translation>
    </message>
    <message>
        <location filename="../app/yard/RunCommands.cpp" line="287"/>
        <source>Deleted run %1.</source>
        <translation>Ausführung %1 gelöscht.</translation>
    </message>
    <message>
        <location filename="../app/yard/RunCommands.cpp" line="519"/>
        <source>Delete a run (Azure ML).</source>
        <translation>Eine Ausführung löschen (Azure ML).</translation>
    </message>
    <message>
        <location filename="../app/yard/WorkspaceCommands.cpp" line="32"/>
        <source>azureml: the subscription id.</source>
        <translation>azureml: die Abonnement-ID.</translation>
    </message>
    <message>
        <location filename="../app/yard/WorkspaceCommands.cpp" line="34"/>
        <source>azureml: the resource group.</source>
        <translation>azureml: die Ressourcengruppe.</translation>
    </message>
    <message>
        <location filename="../app/yard/WorkspaceCommands.cpp" line="35"/>
        <source>azureml: the Azure region of a new workspace.</source>
        <translation>azureml: die Azure-Region eines neuen Arbeitsbereichs.</translation>
    </message>
    <message>
        <location filename="../app/yard/WorkspaceCommands.cpp" line="37"/>
        <source>azureml: the display name.</source>
        <translation>azureml: der Anzeigename.</translation>
    </message>
    <message>
        <location filename="../app/yard/WorkspaceCommands.cpp" line="38"/>
        <source>azureml: a description.</source>
        <translation>azureml: eine Beschreibung.</translation>
    </message>
    <message>
        <location filename="../app/yard/WorkspaceCommands.cpp" line="39"/>
        <source>azureml: an existing storage account (ARM id).</source>
        <translation>azureml: ein vorhandenes Speicherkonto (ARM-ID).</translation>
    </message>
    <message>
        <location filename="../app/yard/WorkspaceCommands.cpp" line="42"/>
        <source>azureml: an existing key vault (ARM id).</source>
        <translation>azureml: ein vorhandener Key Vault (ARM-ID).</translation>
    </message>
    <message>
        <location filename="../app/yard/WorkspaceCommands.cpp" line="44"/>
        <source>azureml: an existing Application Insights (ARM id).</source>
        <translation>azureml: ein vorhandenes Application Insights (ARM-ID).</translation>
    </message>
    <message>
        <location filename="../app/yard/WorkspaceCommands.cpp" line="46"/>
        <source>azureml: an existing container registry (ARM id).</source>
        <translation>azureml: eine vorhandene Container-Registry (ARM-ID).</translation>
    </message>
    <message>
        <location filename="../app/yard/WorkspaceCommands.cpp" line="47"/>
        <source>azureml: use the workspace if it exists already.</source>
        <translation>azureml: den Arbeitsbereich verwenden, wenn er bereits existiert.</translation>
    </message>
    <message>
        <location filename="../app/yard/WorkspaceCommands.cpp" line="56"/>
        <source>--engine &apos;%1&apos; is not supported here; allowed: local, slurm, azureml.</source>
        <translation>--engine „%1“ wird hier nicht unterstützt; erlaubt: local, slurm, azureml.</translation>
    </message>
    <message>
        <location filename="../app/yard/RunCompareCommand.cpp" line="20"/>
        <source>Show every compared value, not only those that differ.</source>
        <translation>Jeden verglichenen Wert anzeigen, nicht nur die abweichenden.</translation>
    </message>
    <message>
        <location filename="../app/yard/RunCompareCommand.cpp" line="21"/>
        <source>Compares runs: config, arguments, environment, tags, properties and metric summaries (last, min, max).</source>
        <translation>Vergleicht Ausführungen: Konfiguration, Argumente, Umgebung, Tags, Eigenschaften und Metrik-Zusammenfassungen (letzter Wert, min, max).</translation>
    </message>
    <message>
        <location filename="../app/yard/RunCompareCommand.cpp" line="27"/>
        <source>give at least two run ids to compare; got %1.</source>
        <translation>geben Sie mindestens zwei Ausführungs-IDs zum Vergleichen an; erhalten: %1.</translation>
    </message>
    <message>
        <location filename="../app/yard/RunCompareCommand.cpp" line="30"/>
        <source>run &apos;%1&apos; is named twice; give each run once.</source>
        <translation>Ausführung „%1“ ist doppelt angegeben; geben Sie jede Ausführung nur einmal an.</translation>
    </message>
    <message>
        <location filename="../app/yard/RunCompareCommand.cpp" line="48"/>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <location filename="../app/yard/RunCompareCommand.cpp" line="48"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/yard/RunCompareCommand.cpp" line="56"/>
        <source>(missing)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <location filename="../app/yard/RunCompareCommand.cpp" line="60"/>
        <source>The runs do not differ in what is compared (use --all to see it).</source>
        <translation>Die Ausführungen unterscheiden sich im Verglichenen nicht (mit --all wird alles angezeigt).</translation>
    </message>
    <message>
        <location filename="../app/yard/RunCompareCommand.cpp" line="69"/>
        <source>Compare runs side by side (differences only unless --all).</source>
        <translation>Ausführungen nebeneinander vergleichen (nur Unterschiede, außer mit --all).</translation>
    </message>
</context>
</TS>
