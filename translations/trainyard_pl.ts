<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AgentOptions</name>
    <message>
        <location filename="../core/local/AgentOptions.cpp" line="21"/>
        <source>workspace.json: local.%1 must be a whole number from %2 to %3.</source>
        <translation>workspace.json: local.%1 musi być liczbą całkowitą od %2 do %3.</translation>
    </message>
    <message>
        <location filename="../core/local/AgentOptions.cpp" line="34"/>
        <source>workspace.json: &quot;local&quot; must be an object of settings.</source>
        <translation>workspace.json: &quot;local&quot; musi być obiektem z ustawieniami.</translation>
    </message>
    <message>
        <location filename="../core/local/AgentOptions.cpp" line="48"/>
        <source>workspace.json: local.python must be the name or path of a Python interpreter.</source>
        <translation>workspace.json: local.python musi być nazwą lub ścieżką interpretera Pythona.</translation>
    </message>
</context>
<context>
    <name>AlertEvaluator</name>
    <message>
        <location filename="../core/alerts/AlertEvaluator.cpp" line="30"/>
        <source>%1 (rule %2: %3)</source>
        <translation>%1 (reguła %2: %3)</translation>
    </message>
    <message>
        <location filename="../core/alerts/AlertEvaluator.cpp" line="60"/>
        <source>%1 is %2 at step %3</source>
        <translation>%1 wynosi %2 w kroku %3</translation>
    </message>
    <message>
        <location filename="../core/alerts/AlertEvaluator.cpp" line="83"/>
        <source>run %1 is %2</source>
        <translation>przebieg %1 ma stan %2</translation>
    </message>
    <message>
        <location filename="../core/alerts/AlertEvaluator.cpp" line="84"/>
        <source>run %1 is %2: %3</source>
        <translation>przebieg %1 ma stan %2: %3</translation>
    </message>
    <message>
        <location filename="../core/alerts/AlertEvaluator.cpp" line="104"/>
        <source>node %1 is unusable</source>
        <translation>węzeł %1 jest niesprawny</translation>
    </message>
    <message>
        <location filename="../core/alerts/AlertEvaluator.cpp" line="105"/>
        <source>node %1 is unusable: %2</source>
        <translation>węzeł %1 jest niesprawny: %2</translation>
    </message>
    <message>
        <location filename="../core/alerts/AlertEvaluator.cpp" line="128"/>
        <source>no new point of %1 for %2 s</source>
        <translation>brak nowego punktu %1 od %2 s</translation>
    </message>
</context>
<context>
    <name>AlertRule</name>
    <message>
        <location filename="../core/alerts/AlertRule.cpp" line="44"/>
        <source>%1 is NaN or infinite</source>
        <translation>%1 to NaN lub nieskończoność</translation>
    </message>
    <message>
        <location filename="../core/alerts/AlertRule.cpp" line="47"/>
        <source>%1 above %2</source>
        <translation>%1 powyżej %2</translation>
    </message>
    <message>
        <location filename="../core/alerts/AlertRule.cpp" line="50"/>
        <source>%1 below %2</source>
        <translation>%1 poniżej %2</translation>
    </message>
    <message>
        <location filename="../core/alerts/AlertRule.cpp" line="53"/>
        <source>no new %1 for %2 min</source>
        <translation>brak nowej wartości %1 od %2 min</translation>
    </message>
    <message>
        <location filename="../core/alerts/AlertRule.cpp" line="56"/>
        <source>run ended</source>
        <translation>przebieg zakończony</translation>
    </message>
    <message>
        <location filename="../core/alerts/AlertRule.cpp" line="59"/>
        <source>run failed</source>
        <translation>przebieg nieudany</translation>
    </message>
    <message>
        <location filename="../core/alerts/AlertRule.cpp" line="62"/>
        <source>a node became unusable</source>
        <translation>węzeł stał się niesprawny</translation>
    </message>
    <message>
        <location filename="../core/alerts/AlertRule.cpp" line="65"/>
        <source>%1 (run %2)</source>
        <translation>%1 (przebieg %2)</translation>
    </message>
    <message>
        <location filename="../core/alerts/AlertRule.cpp" line="70"/>
        <source>An alert on &apos;%1&apos; needs a metric name (--metric NAME), e.g. --metric loss.</source>
        <translation>Alert dla „%1” wymaga nazwy metryki (--metric NAME), np. --metric loss.</translation>
    </message>
    <message>
        <location filename="../core/alerts/AlertRule.cpp" line="75"/>
        <source>An alert on &apos;%1&apos; takes no metric; --metric goes with --nan, --above, --below or --stale-minutes.</source>
        <translation>Alert dla „%1” nie przyjmuje metryki; --metric łączy się z --nan, --above, --below lub --stale-minutes.</translation>
    </message>
    <message>
        <location filename="../core/alerts/AlertRule.cpp" line="81"/>
        <source>The threshold must be a finite number; use --nan for NaN and infinity.</source>
        <translation>Próg musi być liczbą skończoną; dla NaN i nieskończoności użyj --nan.</translation>
    </message>
    <message>
        <location filename="../core/alerts/AlertRule.cpp" line="85"/>
        <source>--stale-minutes must be more than 0 and at most 10080 (a week), not %1.</source>
        <translation>--stale-minutes musi być większe od 0 i wynosić najwyżej 10080 (tydzień), a nie %1.</translation>
    </message>
    <message>
        <location filename="../core/alerts/AlertRule.cpp" line="118"/>
        <source>Alert rule &apos;%1&apos; has an unknown condition &apos;%2&apos;; allowed: nan, above, below, stale, ended, failed, unusable.</source>
        <translation>Reguła alertu „%1” ma nieznany warunek „%2”; dozwolone: nan, above, below, stale, ended, failed, unusable.</translation>
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
        <translation>Brak reguły alertu „%1”; dostępne reguły: %2.</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <location filename="../core/util/AtomicFile.cpp" line="20"/>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
</context>
<context>
    <name>AzureCloud</name>
    <message>
        <location filename="../core/azureml/AzureCloud.cpp" line="26"/>
        <source>%1 &apos;%2&apos; is not a URL: give https://host[:port].</source>
        <translation>%1 „%2” nie jest adresem URL: podaj https://host[:port].</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureCloud.cpp" line="33"/>
        <source>%1 &apos;%2&apos; is refused: only https is allowed (plain http only for localhost/127.0.0.1, where nothing leaves the machine).</source>
        <translation>%1 „%2” zostaje odrzucony: dozwolony jest tylko https (zwykły http tylko dla localhost/127.0.0.1, gdzie nic nie opuszcza komputera).</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureCloud.cpp" line="75"/>
        <source>poll_interval_seconds must be a number from 0 to 600.</source>
        <translation>poll_interval_seconds musi być liczbą od 0 do 600.</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureCloud.cpp" line="87"/>
        <source>service_principal_id needs tenant_id: a service principal signs in to its own tenant, not to &apos;organizations&apos;.</source>
        <translation>service_principal_id wymaga tenant_id: jednostka usługi loguje się do własnej dzierżawy, a nie do „organizations”.</translation>
    </message>
</context>
<context>
    <name>AzureCredential</name>
    <message>
        <location filename="../core/azureml/AzureCredential.cpp" line="38"/>
        <source>The workspace was closed.</source>
        <translation>Obszar roboczy został zamknięty.</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureCredential.cpp" line="49"/>
        <source>The keychain cannot be used (%1): the Azure sign-in is kept in memory for this session only.</source>
        <translation>Nie można użyć pęku kluczy (%1): logowanie do Azure jest przechowywane w pamięci tylko na czas tej sesji.</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureCredential.cpp" line="62"/>
        <source>Azure refused the token in TRAINYARD_AZURE_ACCESS_TOKEN (expired or for another scope; it must be for %1). Set a fresh one or unset it to sign in.</source>
        <translation>Azure odrzuciło token z TRAINYARD_AZURE_ACCESS_TOKEN (wygasł lub jest dla innego zakresu; musi być dla %1). Ustaw nowy albo usuń zmienną, aby się zalogować.</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureCredential.cpp" line="162"/>
        <source>No client secret for service principal %1 in the keychain: run `yard login azure --service-principal` to store it.</source>
        <translation>Brak klucza tajnego klienta dla jednostki usługi %1 w pęku kluczy: uruchom `yard login azure --service-principal`, aby go zapisać.</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureCredential.cpp" line="188"/>
        <source>Not signed in to Azure: run `yard login azure` (device code), configure a service principal (service_principal_id, tenant_id), sign in with the Azure CLI (`az login`), or set TRAINYARD_AZURE_ACCESS_TOKEN.</source>
        <translation>Nie zalogowano do Azure: uruchom `yard login azure` (kod urządzenia), skonfiguruj jednostkę usługi (service_principal_id, tenant_id), zaloguj się przez Azure CLI (`az login`) albo ustaw TRAINYARD_AZURE_ACCESS_TOKEN.</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureCredential.cpp" line="210"/>
        <source>The Azure CLI gave no token (%1): run `az login` or `yard login azure`.</source>
        <translation>Azure CLI nie zwróciło tokenu (%1): uruchom `az login` lub `yard login azure`.</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureCredential.cpp" line="236"/>
        <source>The Azure CLI (az) could not be started.</source>
        <translation>Nie można uruchomić Azure CLI (az).</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureCredential.cpp" line="248"/>
        <source>The token endpoint answered without access_token/expires_in.</source>
        <translation>Punkt końcowy tokenów odpowiedział bez access_token/expires_in.</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureCredential.cpp" line="265"/>
        <source>Sign-in at %1</source>
        <translation>Logowanie w %1</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureCredential.cpp" line="311"/>
        <source>Device code sign-in at %1</source>
        <translation>Logowanie kodem urządzenia w %1</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureCredential.cpp" line="327"/>
        <source>The device code answer lacks device_code, user_code or verification_uri.</source>
        <translation>W odpowiedzi z kodem urządzenia brakuje device_code, user_code lub verification_uri.</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureCredential.cpp" line="345"/>
        <source>Sign-in canceled.</source>
        <translation>Logowanie anulowano.</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureCredential.cpp" line="350"/>
        <location filename="../core/azureml/AzureCredential.cpp" line="395"/>
        <source>The code expired before sign-in finished: run `yard login azure` again.</source>
        <translation>Kod wygasł przed zakończeniem logowania: uruchom ponownie `yard login azure`.</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureCredential.cpp" line="366"/>
        <source>Device code sign-in</source>
        <translation>Logowanie kodem urządzenia</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureCredential.cpp" line="393"/>
        <source>Sign-in was declined.</source>
        <translation>Logowanie zostało odrzucone.</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureCredential.cpp" line="404"/>
        <source>No service_principal_id in config.json: add it (and tenant_id) first.</source>
        <translation>Brak service_principal_id w config.json: najpierw go dodaj (oraz tenant_id).</translation>
    </message>
</context>
<context>
    <name>AzureHttpClient</name>
    <message>
        <location filename="../core/azureml/AzureHttpClient.cpp" line="105"/>
        <source>%1 failed: %2 (operation %3, x-ms-client-request-id %4)</source>
        <translation>%1 nie powiodło się: %2 (operacja %3, x-ms-client-request-id %4)</translation>
    </message>
</context>
<context>
    <name>AzureLogStream</name>
    <message>
        <location filename="../core/azureml/AzureLogStream.cpp" line="99"/>
        <source>Download log %1</source>
        <translation>Pobieranie logu %1</translation>
    </message>
</context>
<context>
    <name>AzureMetricStream</name>
    <message>
        <location filename="../core/azureml/AzureMetricStream.cpp" line="53"/>
        <source>Read the metrics of run &apos;%1&apos;</source>
        <translation>Odczytywanie metryk przebiegu „%1”</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMetricStream.cpp" line="91"/>
        <source>Read metric &apos;%1&apos; of run &apos;%2&apos;</source>
        <translation>Odczytywanie metryki „%1” przebiegu „%2”</translation>
    </message>
</context>
<context>
    <name>AzureMlEngine</name>
    <message>
        <location filename="../core/azureml/AzureMlEngine.cpp" line="68"/>
        <location filename="../core/azureml/AzureMlEngine.cpp" line="123"/>
        <location filename="../core/azureml/AzureMlEngine.cpp" line="159"/>
        <source>Get workspace &apos;%1&apos;</source>
        <translation>Pobieranie obszaru roboczego „%1”</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlEngine.cpp" line="88"/>
        <source>List workspaces of resource group &apos;%1&apos;</source>
        <translation>Pobieranie listy obszarów roboczych grupy zasobów „%1”</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlEngine.cpp" line="111"/>
        <source>workspace name &apos;%1&apos; is not allowed: 3 to 33 letters, digits, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>nazwa obszaru roboczego „%1” jest niedozwolona: od 3 do 33 liter, cyfr, „_” lub „-”, na początku litera lub cyfra.</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlEngine.cpp" line="129"/>
        <source>Workspace &apos;%1&apos; already exists in resource group &apos;%2&apos;; pass --exist-ok to use it as it is.</source>
        <translation>Obszar roboczy „%1” już istnieje w grupie zasobów „%2”; podaj --exist-ok, aby użyć go bez zmian.</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlEngine.cpp" line="140"/>
        <source>workspace &apos;%1&apos; does not exist; creating it needs a location (an Azure region, e.g. eastus2).</source>
        <translation>obszar roboczy „%1” nie istnieje; do jego utworzenia potrzebna jest lokalizacja (region Azure, np. eastus2).</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlEngine.cpp" line="147"/>
        <source>Create workspace &apos;%1&apos;</source>
        <translation>Tworzenie obszaru roboczego „%1”</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlComputes.cpp" line="26"/>
        <source>List computes</source>
        <translation>Pobieranie listy zasobów obliczeniowych</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlComputes.cpp" line="47"/>
        <source>Get compute &apos;%1&apos;</source>
        <translation>Pobieranie zasobu obliczeniowego „%1”</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlComputes.cpp" line="78"/>
        <source>subnet_name needs vnet_name (and vnet_resourcegroup_name if the network is in another resource group).</source>
        <translation>subnet_name wymaga vnet_name (oraz vnet_resourcegroup_name, jeśli sieć jest w innej grupie zasobów).</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlComputes.cpp" line="95"/>
        <source>Create compute &apos;%1&apos;</source>
        <translation>Tworzenie zasobu obliczeniowego „%1”</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlComputes.cpp" line="135"/>
        <source>Update compute &apos;%1&apos;</source>
        <translation>Aktualizowanie zasobu obliczeniowego „%1”</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlComputes.cpp" line="152"/>
        <source>Delete compute &apos;%1&apos;</source>
        <translation>Usuwanie zasobu obliczeniowego „%1”</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlComputes.cpp" line="163"/>
        <source>List nodes of compute &apos;%1&apos;</source>
        <translation>Pobieranie listy węzłów zasobu obliczeniowego „%1”</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlEngine.cpp" line="175"/>
        <source>List datastores</source>
        <translation>Pobieranie listy magazynów danych</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlEngine.cpp" line="199"/>
        <source>No account key for storage account &apos;%1&apos; in the keychain: store it with `yard datastore set-key --account %1`.</source>
        <translation>Brak klucza konta magazynu „%1” w pęku kluczy: zapisz go poleceniem `yard datastore set-key --account %1`.</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlEngine.cpp" line="227"/>
        <source>Find the default datastore</source>
        <translation>Wyszukiwanie domyślnego magazynu danych</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlEngine.cpp" line="243"/>
        <source>The workspace has no default Azure Blob datastore.</source>
        <translation>Obszar roboczy nie ma domyślnego magazynu danych Azure Blob.</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlRuns.cpp" line="58"/>
        <source>Submit job &apos;%1&apos;</source>
        <translation>Przesyłanie zadania „%1”</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlRuns.cpp" line="106"/>
        <source>Register the code snapshot of &apos;%1&apos;</source>
        <translation>Rejestrowanie migawki kodu „%1”</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlRuns.cpp" line="125"/>
        <source>List jobs</source>
        <translation>Pobieranie listy zadań</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlRuns.cpp" line="156"/>
        <source>Get job &apos;%1&apos;</source>
        <translation>Pobieranie zadania „%1”</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlRuns.cpp" line="171"/>
        <source>Cancel job &apos;%1&apos;</source>
        <translation>Anulowanie zadania „%1”</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlRuns.cpp" line="181"/>
        <source>run id &apos;%1&apos; is not allowed: letters, digits, &apos;-&apos; and &apos;_&apos;, starting with a letter or digit, at most 255 characters.</source>
        <translation>identyfikator przebiegu „%1” jest niedozwolony: litery, cyfry, „-” i „_”, na początku litera lub cyfra, najwyżej 255 znaków.</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlRuns.cpp" line="190"/>
        <source>Delete job &apos;%1&apos;</source>
        <translation>Usuwanie zadania „%1”</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlRuns.cpp" line="204"/>
        <source>Discover the workspace&apos;s service endpoints</source>
        <translation>Wykrywanie punktów końcowych usług obszaru roboczego</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlRuns.cpp" line="233"/>
        <source>Get run details of &apos;%1&apos;</source>
        <translation>Pobieranie szczegółów przebiegu „%1”</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlRuns.cpp" line="253"/>
        <source>The workspace&apos;s discovery answer has no &apos;api&apos; endpoint.</source>
        <translation>Odpowiedź wykrywania obszaru roboczego nie zawiera punktu końcowego „api”.</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlRuns.cpp" line="275"/>
        <source>The workspace has no mlFlowTrackingUri.</source>
        <translation>Obszar roboczy nie ma mlFlowTrackingUri.</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlEnvironments.cpp" line="24"/>
        <source>List environments</source>
        <translation>Pobieranie listy środowisk</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlEnvironments.cpp" line="38"/>
        <source>List versions of environment &apos;%1&apos;</source>
        <translation>Pobieranie listy wersji środowiska „%1”</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlEnvironments.cpp" line="62"/>
        <source>Get environment %1:%2</source>
        <translation>Pobieranie środowiska %1:%2</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlEnvironments.cpp" line="74"/>
        <source>Get environment %1</source>
        <translation>Pobieranie środowiska %1</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlEnvironments.cpp" line="82"/>
        <source>No environment named &apos;%1&apos; in this workspace.</source>
        <translation>Brak środowiska o nazwie „%1” w tym obszarze roboczym.</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlEnvironments.cpp" line="105"/>
        <source>Create environment %1</source>
        <translation>Tworzenie środowiska %1</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlEnvironments.cpp" line="125"/>
        <source>List vm sizes of %1</source>
        <translation>Pobieranie listy rozmiarów maszyn wirtualnych dla %1</translation>
    </message>
    <message>
        <location filename="../core/azureml/EnvironmentArm.cpp" line="40"/>
        <source>Azure ML runs in containers: an interpreter or prefix on this machine (%1) cannot be an environment there. Use --image, --conda-file or --pip-requirements.</source>
        <translation>Azure ML uruchamia przebiegi w kontenerach: interpreter ani prefiks na tym komputerze (%1) nie może tam być środowiskiem. Użyj --image, --conda-file lub --pip-requirements.</translation>
    </message>
</context>
<context>
    <name>AzureMlEngineFactory</name>
    <message>
        <location filename="../core/azureml/AzureMlEngineFactory.cpp" line="22"/>
        <source>%1: &apos;%2&apos; is missing; an Azure ML config.json needs subscription_id, resource_group and workspace_name.</source>
        <translation>%1: brak „%2”; config.json Azure ML wymaga subscription_id, resource_group i workspace_name.</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureMlEngineFactory.cpp" line="31"/>
        <source>workspace_name &apos;%1&apos; is not allowed: 3-33 letters, digits, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>workspace_name „%1” jest niedozwolone: 3–33 liter, cyfr, „_” lub „-”, na początku litera lub cyfra.</translation>
    </message>
</context>
<context>
    <name>AzureRequest</name>
    <message>
        <location filename="../core/azureml/AzureRequest.cpp" line="57"/>
        <source>%1 was canceled.</source>
        <translation>%1 zostało anulowane.</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureRequest.cpp" line="145"/>
        <source>no answer within %1 s</source>
        <translation>brak odpowiedzi w ciągu %1 s</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureRequest.cpp" line="176"/>
        <source>(HTTP %1, x-ms-client-request-id %2%3)</source>
        <translation>(HTTP %1, x-ms-client-request-id %2%3)</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureRequest.cpp" line="179"/>
        <source>, after %1 attempts</source>
        <translation>, po %1 próbach</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureRequest.cpp" line="183"/>
        <location filename="../core/azureml/AzureRequest.cpp" line="198"/>
        <source>%1 failed: %2 %3</source>
        <translation>%1 nie powiodło się: %2 %3</translation>
    </message>
    <message>
        <location filename="../core/azureml/AzureRequest.cpp" line="186"/>
        <source>the server answered %1</source>
        <translation>serwer odpowiedział %1</translation>
    </message>
</context>
<context>
    <name>BatchAiDocument</name>
    <message>
        <location filename="../core/batchai/BatchAiDocument.cpp" line="135"/>
        <source>, … (%1 keys)</source>
        <translation>, … (kluczy: %1)</translation>
    </message>
    <message>
        <location filename="../core/batchai/BatchAiDocument.cpp" line="137"/>
        <source>%1: not a Batch AI definition. Expected a cluster (vmSize, scaleSettings, nodeSetup, …), a job (nodeCount, a toolkit such as tensorFlowSettings, inputDirectories, …), a file server (dataDisks, sshConfiguration) or the samples&apos; configuration.json (subscription_id, aad_client_id, storage_account, …), bare or wrapped in {&quot;$schema&quot;, &quot;properties&quot;} or a REST example; found the keys: %2.</source>
        <translation>%1: to nie jest definicja Batch AI. Oczekiwano klastra (vmSize, scaleSettings, nodeSetup, …), zadania (nodeCount, toolkit taki jak tensorFlowSettings, inputDirectories, …), serwera plików (dataDisks, sshConfiguration) lub pliku configuration.json z przykładów (subscription_id, aad_client_id, storage_account, …), samodzielnie lub opakowanych w {&quot;$schema&quot;, &quot;properties&quot;} albo w przykład REST; znalezione klucze: %2.</translation>
    </message>
    <message>
        <location filename="../core/batchai/BatchAiDocument.cpp" line="142"/>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <location filename="../core/batchai/BatchAiDocument.cpp" line="294"/>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <location filename="../core/batchai/BatchAiDocument.cpp" line="297"/>
        <source>%1: %2 bytes is too large for a Batch AI definition (at most 16 MiB).</source>
        <translation>%1: %2 bajtów to za dużo jak na definicję Batch AI (najwyżej 16 MiB).</translation>
    </message>
</context>
<context>
    <name>BatchAiFileImport</name>
    <message>
        <location filename="../core/batchai/BatchAiFileImport.cpp" line="22"/>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <location filename="../core/batchai/BatchAiFileImport.cpp" line="26"/>
        <source>%1 is too large for a Batch AI definition (at most 16 MiB).</source>
        <translation>%1 jest za duży jak na definicję Batch AI (najwyżej 16 MiB).</translation>
    </message>
</context>
<context>
    <name>BatchAiMapper</name>
    <message>
        <location filename="../core/batchai/MappingContext.cpp" line="72"/>
        <source>holds a placeholder, not a secret: give the real value when you create or submit (it will be kept in the keychain).</source>
        <translation>zawiera symbol zastępczy, a nie sekret: podaj prawdziwą wartość przy tworzeniu lub uruchamianiu (zostanie zapisana w pęku kluczy).</translation>
    </message>
    <message>
        <location filename="../core/batchai/MappingContext.cpp" line="80"/>
        <source>a secret: it goes to the keychain as &apos;%1&apos; and appears in no file or printed spec.</source>
        <translation>sekret: trafia do pęku kluczy jako „%1” i nie pojawia się w żadnym pliku ani wypisanej specyfikacji.</translation>
    </message>
    <message>
        <location filename="../core/batchai/MappingContext.cpp" line="90"/>
        <source>not a Batch AI field this importer knows (API 2017-09-01-preview to 2018-05-01): not imported.</source>
        <translation>pole Batch AI nieznane temu importowi (API od 2017-09-01-preview do 2018-05-01): nie zaimportowano.</translation>
    </message>
    <message>
        <location filename="../core/batchai/MappingContext.cpp" line="103"/>
        <source>state reported by the service (%1), not part of a definition: not imported.</source>
        <translation>stan zgłoszony przez usługę (%1), nie należy do definicji: nie zaimportowano.</translation>
    </message>
    <message>
        <location filename="../core/batchai/MountMapping.cpp" line="49"/>
        <source>the storage account is a placeholder: register datastore &apos;%1&apos; with the real account before you run.</source>
        <translation>konto magazynu jest symbolem zastępczym: przed uruchomieniem zarejestruj magazyn danych „%1” z prawdziwym kontem.</translation>
    </message>
    <message>
        <location filename="../core/batchai/MountMapping.cpp" line="24"/>
        <source>a Key Vault reference: give the datastore the account key from that vault.</source>
        <translation>odwołanie do Key Vault: podaj magazynowi danych klucz konta z tego sejfu.</translation>
    </message>
    <message>
        <location filename="../core/batchai/MountMapping.cpp" line="53"/>
        <source>fileMode/directoryMode have no datastore equivalent: Azure ML mounts with its own modes.</source>
        <translation>fileMode/directoryMode nie mają odpowiednika w magazynie danych: Azure ML montuje z własnymi uprawnieniami.</translation>
    </message>
    <message>
        <location filename="../core/batchai/MountMapping.cpp" line="57"/>
        <source>Azure file share &apos;%1&apos; mounted at &apos;%2&apos; becomes datastore &apos;%3&apos;; the command reaches it through a job input instead of a cluster mount.</source>
        <translation>udział plików Azure „%1” zamontowany w „%2” staje się magazynem danych „%3”; polecenie sięga do niego przez wejście zadania zamiast montowania w klastrze.</translation>
    </message>
    <message>
        <location filename="../core/batchai/MountMapping.cpp" line="72"/>
        <source>the storage account is a placeholder or missing: register datastore &apos;%1&apos; with the real account before you run.</source>
        <translation>konto magazynu jest symbolem zastępczym lub go brak: przed uruchomieniem zarejestruj magazyn danych „%1” z prawdziwym kontem.</translation>
    </message>
    <message>
        <location filename="../core/batchai/MountMapping.cpp" line="77"/>
        <source>blobfuse mount options have no Azure ML equivalent.</source>
        <translation>opcje montowania blobfuse nie mają odpowiednika w Azure ML.</translation>
    </message>
    <message>
        <location filename="../core/batchai/MountMapping.cpp" line="80"/>
        <source>blob container &apos;%1&apos; mounted at &apos;%2&apos; becomes datastore &apos;%3&apos;; the command reaches it through a job input instead of a cluster mount.</source>
        <translation>kontener blob „%1” zamontowany w „%2” staje się magazynem danych „%3”; polecenie sięga do niego przez wejście zadania zamiast montowania w klastrze.</translation>
    </message>
    <message>
        <location filename="../core/batchai/MountMapping.cpp" line="90"/>
        <source>a Batch AI NFS file server (mounted at &apos;%1&apos;): Azure ML has no managed NFS mount on AmlCompute; copy the data to a datastore (Azure Files or Blob) and use an input.</source>
        <translation>serwer plików NFS Batch AI (zamontowany w „%1”): Azure ML nie ma zarządzanego montowania NFS na AmlCompute; skopiuj dane do magazynu danych (Azure Files lub Blob) i użyj wejścia.</translation>
    </message>
    <message>
        <location filename="../core/batchai/MountMapping.cpp" line="97"/>
        <source>an unmanaged file system (&apos;%1&apos; at &apos;%2&apos;): Azure ML cannot run mount commands on its nodes; use a datastore.</source>
        <translation>niezarządzany system plików („%1” w „%2”): Azure ML nie może uruchamiać poleceń mount na swoich węzłach; użyj magazynu danych.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ClusterMapping.cpp" line="24"/>
        <source>the file names no cluster: &apos;%1&apos; (from the file name) is used; give --compute to choose.</source>
        <translation>plik nie wskazuje klastra: użyto „%1” (z nazwy pliku); wybierz inny opcją --compute.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ClusterMapping.cpp" line="31"/>
        <source>&apos;%1&apos; is not a valid Azure ML compute name (2-16 letters, digits, hyphens, starting with a letter): &apos;%2&apos; is used.</source>
        <translation>„%1” nie jest prawidłową nazwą zasobu obliczeniowego Azure ML (2–16 liter, cyfr, łączników, na początku litera): użyto „%2”.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ClusterMapping.cpp" line="46"/>
        <source>missing (the az command line gave it as a flag): give --vm-size.</source>
        <translation>brak (wiersz poleceń az podał to jako opcję): podaj --vm-size.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ClusterMapping.cpp" line="47"/>
        <source>missing: &apos;%1&apos; from the command line is used.</source>
        <translation>brak: użyto „%1” z wiersza poleceń.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ClusterMapping.cpp" line="50"/>
        <source>%1 is replaced by &apos;%2&apos; from the command line.</source>
        <translation>%1 zastąpiono przez „%2” z wiersza poleceń.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ClusterMapping.cpp" line="59"/>
        <source>%1 (K80/P100/P40/M60 era) is retired in Azure: choose a current size such as Standard_NC4as_T4_v3 or Standard_NC6s_v3; kept as written until you do.</source>
        <translation>%1 (z czasów K80/P100/P40/M60) został wycofany w Azure: wybierz aktualny rozmiar, np. Standard_NC4as_T4_v3 lub Standard_NC6s_v3; do tego czasu wartość pozostaje bez zmian.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ClusterMapping.cpp" line="68"/>
        <source>&apos;%1&apos; is not dedicated or lowpriority: dedicated is used.</source>
        <translation>„%1” to ani dedicated, ani lowpriority: użyto dedicated.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ClusterMapping.cpp" line="144"/>
        <source>has both manual and autoScale (Batch AI allowed exactly one): autoScale is used.</source>
        <translation>ma zarówno manual, jak i autoScale (Batch AI dopuszczało dokładnie jedno): użyto autoScale.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ClusterMapping.cpp" line="78"/>
        <source>minimumNodeCount and maximumNodeCount are required: %1..%2 is used.</source>
        <translation>minimumNodeCount i maximumNodeCount są wymagane: użyto %1..%2.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ClusterMapping.cpp" line="84"/>
        <source>%1..%2 is not a node range (0 &lt;= minimum &lt;= maximum, maximum &gt;= 1): %3..%4 is used.</source>
        <translation>%1..%2 nie jest zakresem węzłów (0 &lt;= minimum &lt;= maksimum, maksimum &gt;= 1): użyto %3..%4.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ClusterMapping.cpp" line="95"/>
        <source>Azure ML has no initial node count (was %1): the cluster starts at min_nodes %2 and grows with the queue.</source>
        <translation>Azure ML nie ma początkowej liczby węzłów (było %1): klaster startuje od min_nodes %2 i rośnie wraz z kolejką.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ClusterMapping.cpp" line="110"/>
        <source>%1 is not a node count: 0 is used.</source>
        <translation>%1 nie jest liczbą węzłów: użyto 0.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ClusterMapping.cpp" line="114"/>
        <source>Azure ML has no manual scale: targetNodeCount %1 becomes min_nodes 0, max_nodes %2 (nodes start when jobs come and leave when idle; the first job waits for them).</source>
        <translation>Azure ML nie ma ręcznego skalowania: targetNodeCount %1 staje się min_nodes 0, max_nodes %2 (węzły startują, gdy przychodzą zadania, i odchodzą, gdy są bezczynne; pierwsze zadanie na nie czeka).</translation>
    </message>
    <message>
        <location filename="../core/batchai/ClusterMapping.cpp" line="122"/>
        <source>Azure ML has no manual scale: targetNodeCount %1 becomes min_nodes = max_nodes = %1, so %1 nodes stay allocated and are billed even when idle; choose 0..%1 (--scale-from-zero) to release idle nodes.</source>
        <translation>Azure ML nie ma ręcznego skalowania: targetNodeCount %1 staje się min_nodes = max_nodes = %1, więc %1 węzłów pozostaje przydzielonych i jest opłacanych także bezczynnie; wybierz 0..%1 (--scale-from-zero), aby zwalniać bezczynne węzły.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ClusterMapping.cpp" line="130"/>
        <source>&apos;%1&apos; has no Azure ML equivalent (Azure ML waits for running jobs before it removes a node): dropped.</source>
        <translation>„%1” nie ma odpowiednika w Azure ML (Azure ML czeka na działające zadania, zanim usunie węzeł): pominięto.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ClusterMapping.cpp" line="153"/>
        <source>missing (the az command line gave it as a flag): min_nodes 0, max_nodes 1 is used; give --min-nodes / --max-nodes.</source>
        <translation>brak (wiersz poleceń az podał to jako opcję): użyto min_nodes 0, max_nodes 1; podaj --min-nodes / --max-nodes.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ClusterMapping.cpp" line="162"/>
        <source>Batch AI clusters did not scale down on their own; Azure ML does: idle nodes leave after %1 s (Azure ML SDK v1&apos;s default; REST v2&apos;s is 120 s). Give --idle-seconds-before-scaledown to choose.</source>
        <translation>Klastry Batch AI nie zmniejszały się same; Azure ML to robi: bezczynne węzły odchodzą po %1 s (domyślna wartość Azure ML SDK v1; w REST v2 to 120 s). Wybierz inną opcją --idle-seconds-before-scaledown.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ClusterMapping.cpp" line="180"/>
        <source>not a subnet resource id (/subscriptions/…/resourceGroups/…/providers/Microsoft.Network/virtualNetworks/…/subnets/…): not imported.</source>
        <translation>to nie jest identyfikator zasobu podsieci (/subscriptions/…/resourceGroups/…/providers/Microsoft.Network/virtualNetworks/…/subnets/…): nie zaimportowano.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ClusterMapping.cpp" line="201"/>
        <source>becomes userAccountCredentials; Azure ML opens the nodes&apos; SSH port unless the cluster is in a virtual network (remoteLoginPortPublicAccess NotSpecified).</source>
        <translation>staje się userAccountCredentials; Azure ML otwiera port SSH węzłów, chyba że klaster jest w sieci wirtualnej (remoteLoginPortPublicAccess NotSpecified).</translation>
    </message>
    <message>
        <location filename="../core/batchai/ClusterMapping.cpp" line="205"/>
        <source>becomes userAccountCredentials; in its virtual network the cluster&apos;s SSH port is closed to the internet (remoteLoginPortPublicAccess NotSpecified): reach the nodes from inside the network.</source>
        <translation>staje się userAccountCredentials; w sieci wirtualnej port SSH klastra jest zamknięty od strony internetu (remoteLoginPortPublicAccess NotSpecified): łącz się z węzłami z wnętrza tej sieci.</translation>
    </message>
    <message>
        <source>becomes userAccountCredentials; SSH to the nodes needs remoteLoginPortPublicAccess Enabled (set).</source>
        <translation type="vanished">staje się userAccountCredentials; SSH do węzłów wymaga remoteLoginPortPublicAccess Enabled (ustawiono).</translation>
    </message>
    <message>
        <source>not a subnet resource id: copied as written.</source>
        <translation type="vanished">to nie jest identyfikator zasobu podsieci: skopiowano bez zmian.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ClusterMapping.cpp" line="216"/>
        <source>Azure ML manages the node OS (the image was %1 %2 %3): tools that image had (the Data Science VM&apos;s conda, CUDA) come from the job&apos;s environment image instead.</source>
        <translation>Azure ML zarządza systemem węzłów (obraz to %1 %2 %3): narzędzia z tego obrazu (conda, CUDA z Data Science VM) pochodzą teraz z obrazu środowiska zadania.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ClusterMapping.cpp" line="228"/>
        <source>Azure ML runs no setup task on its nodes: bake &apos;%1&apos; into the job&apos;s environment image (or run it first in the job&apos;s command).</source>
        <translation>Azure ML nie uruchamia zadania przygotowawczego na węzłach: wbuduj „%1” w obraz środowiska zadania (lub uruchom to na początku polecenia zadania).</translation>
    </message>
    <message>
        <location filename="../core/batchai/ClusterMapping.cpp" line="234"/>
        <source>&apos;%1&apos; belonged to the setup task: set it in the environment image.</source>
        <translation>„%1” należało do zadania przygotowawczego: ustaw to w obrazie środowiska.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ClusterMapping.cpp" line="247"/>
        <source>&apos;%1&apos; is read from Key Vault (%2): give the workspace&apos;s identity access to it; there is no setup task to receive it.</source>
        <translation>„%1” jest odczytywane z Key Vault (%2): daj tożsamości obszaru roboczego dostęp do niego; nie ma zadania przygotowawczego, które by je odebrało.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ClusterMapping.cpp" line="253"/>
        <source>no setup task to run elevated: dropped.</source>
        <translation>brak zadania przygotowawczego do uruchomienia z podwyższonymi uprawnieniami: pominięto.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ClusterMapping.cpp" line="266"/>
        <source>Azure ML collects node metrics itself (Azure Monitor): the Application Insights settings are dropped.</source>
        <translation>Azure ML sam zbiera metryki węzłów (Azure Monitor): ustawienia Application Insights pominięto.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ClusterMapping.cpp" line="299"/>
        <source>an Azure ML compute lives in its workspace&apos;s region (&apos;%1&apos; is not used).</source>
        <translation>zasób obliczeniowy Azure ML jest w regionie swojego obszaru roboczego („%1” nie jest używany).</translation>
    </message>
    <message>
        <location filename="../core/batchai/ClusterMapping.cpp" line="309"/>
        <source>Imported from Batch AI %1</source>
        <translation>Zaimportowano z Batch AI %1</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobDirectories.cpp" line="54"/>
        <source>mount &apos;%1&apos; is not in this file (it was on the cluster): datastore %2 path &apos;%3&apos; is assumed; change it if the data lives elsewhere.</source>
        <translation>montowania „%1” nie ma w tym pliku (było w klastrze): przyjęto magazyn danych %2, ścieżkę „%3”; zmień ją, jeśli dane są gdzie indziej.</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobDirectories.cpp" line="38"/>
        <source>&apos;%1&apos; is not under $AZ_BATCHAI_MOUNT_ROOT: datastore %2 path &apos;%3&apos; is assumed.</source>
        <translation>„%1” nie leży pod $AZ_BATCHAI_MOUNT_ROOT: przyjęto magazyn danych %2, ścieżkę „%3”.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ToolkitCommands.cpp" line="40"/>
        <source>%1 is not a process count: 1 per node is used.</source>
        <translation>%1 nie jest liczbą procesów: użyto 1 na węzeł.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ToolkitCommands.cpp" line="46"/>
        <source>%1 processes do not divide over %2 nodes: %3 per node is used, %4 in all.</source>
        <translation>%1 procesów nie dzieli się równo na %2 węzłów: użyto %3 na węzeł, razem %4.</translation>
    </message>
    <message>
        <location filename="../core/batchai/BatchAiVariables.cpp" line="20"/>
        <source>$%1 is Azure Batch&apos;s, not Batch AI&apos;s: neither Azure ML nor Trainyard sets it.</source>
        <translation>$%1 należy do Azure Batch, nie do Batch AI: ani Azure ML, ani Trainyard jej nie ustawiają.</translation>
    </message>
    <message>
        <location filename="../core/batchai/BatchAiVariables.cpp" line="26"/>
        <source>$%1 (node-local temp dir) becomes the process&apos;s $TMPDIR (or /tmp).</source>
        <translation>$%1 (lokalny katalog tymczasowy węzła) staje się $TMPDIR procesu (lub /tmp).</translation>
    </message>
    <message>
        <location filename="../core/batchai/BatchAiVariables.cpp" line="28"/>
        <source>$%1 (a folder every node shared over NFS) becomes output &apos;shared_job_temp&apos;; nodes see each other&apos;s files only where the output is a shared mount.</source>
        <translation>$%1 (folder współdzielony przez wszystkie węzły przez NFS) staje się wyjściem „shared_job_temp”; węzły widzą nawzajem swoje pliki tylko tam, gdzie wyjście jest wspólnym montowaniem.</translation>
    </message>
    <message>
        <location filename="../core/batchai/BatchAiVariables.cpp" line="33"/>
        <source>$%1 becomes output &apos;stdouterr&apos;; the job&apos;s own logs are the engine&apos;s.</source>
        <translation>$%1 staje się wyjściem „stdouterr”; logi samego zadania prowadzi silnik.</translation>
    </message>
    <message>
        <location filename="../core/batchai/BatchAiVariables.cpp" line="35"/>
        <source>$%1: there is no host file; an MPI distribution starts the processes itself, so drop the own mpirun (see the toolkit warning).</source>
        <translation>$%1: nie ma pliku hostów; dystrybucja MPI sama uruchamia procesy, więc usuń własne mpirun (zob. ostrzeżenie toolkitu).</translation>
    </message>
    <message>
        <location filename="../core/batchai/BatchAiVariables.cpp" line="39"/>
        <source>$%1 is counted with nvidia-smi at start (0 without GPUs).</source>
        <translation>$%1 jest liczona przy starcie przez nvidia-smi (0 bez GPU).</translation>
    </message>
    <message>
        <location filename="../core/batchai/BatchAiVariables.cpp" line="43"/>
        <source>$%1 is derived from TF_CONFIG (Trainyard&apos;s local engine also sets it).</source>
        <translation>$%1 jest wyprowadzana z TF_CONFIG (lokalny silnik Trainyard też ją ustawia).</translation>
    </message>
    <message>
        <location filename="../core/batchai/BatchAiVariables.cpp" line="45"/>
        <source>$%1 exists only in TensorFlow runs; this job is not one.</source>
        <translation>$%1 istnieje tylko w przebiegach TensorFlow; to zadanie nim nie jest.</translation>
    </message>
    <message>
        <location filename="../core/batchai/BatchAiVariables.cpp" line="48"/>
        <source>$%1 is the TF_CONFIG task index.</source>
        <translation>$%1 to indeks zadania z TF_CONFIG.</translation>
    </message>
    <message>
        <location filename="../core/batchai/BatchAiVariables.cpp" line="49"/>
        <source>$%1 becomes the process rank ($RANK, $OMPI_COMM_WORLD_RANK).</source>
        <translation>$%1 staje się rangą procesu ($RANK, $OMPI_COMM_WORLD_RANK).</translation>
    </message>
    <message>
        <location filename="../core/batchai/BatchAiVariables.cpp" line="51"/>
        <source>$%1 (a shared-file init URL) becomes env:// : MASTER_ADDR, MASTER_PORT, RANK and WORLD_SIZE come from the PyTorch distribution.</source>
        <translation>$%1 (URL inicjalizacji przez wspólny plik) staje się env:// : MASTER_ADDR, MASTER_PORT, RANK i WORLD_SIZE pochodzą z dystrybucji PyTorch.</translation>
    </message>
    <message>
        <location filename="../core/batchai/BatchAiVariables.cpp" line="56"/>
        <source>$%1 is set to the job&apos;s communicationBackend.</source>
        <translation>$%1 jest ustawiana na communicationBackend zadania.</translation>
    </message>
    <message>
        <location filename="../core/batchai/BatchAiVariables.cpp" line="58"/>
        <source>$%1 (the previous try&apos;s output) has no equivalent: it is empty.</source>
        <translation>$%1 (wyjście poprzedniej próby) nie ma odpowiednika: jest pusta.</translation>
    </message>
    <message>
        <location filename="../core/batchai/BatchAiVariables.cpp" line="59"/>
        <source>$%1 is not a Batch AI variable this importer knows: not set.</source>
        <translation>$%1 nie jest zmienną Batch AI znaną temu importowi: nie ustawiono.</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobMapping.cpp" line="158"/>
        <source>missing: give the job&apos;s container image.</source>
        <translation>brak: podaj obraz kontenera zadania.</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobMapping.cpp" line="132"/>
        <source>the registry password is in Key Vault (%1): Azure ML reads registry credentials from the workspace&apos;s Key Vault; copy the secret there.</source>
        <translation>hasło rejestru jest w Key Vault (%1): Azure ML czyta dane logowania do rejestru z Key Vault obszaru roboczego; skopiuj tam sekret.</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobMapping.cpp" line="138"/>
        <source>private registry %1: the Azure ML environment pulls from it with the user &apos;%2&apos; and the password from the keychain.</source>
        <translation>prywatny rejestr %1: środowisko Azure ML pobiera z niego jako użytkownik „%2” z hasłem z pęku kluczy.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ToolkitCommands.cpp" line="244"/>
        <source>the file has no toolkit settings (the az command line or another file gave them): there is nothing to run; give a command (--command).</source>
        <translation>plik nie ma ustawień toolkitu (podał je wiersz poleceń az lub inny plik): nie ma czego uruchomić; podaj polecenie (--command).</translation>
    </message>
    <message>
        <location filename="../core/batchai/ToolkitCommands.cpp" line="250"/>
        <source>a job has exactly one toolkit: %1 is used, this one is not imported.</source>
        <translation>zadanie ma dokładnie jeden toolkit: użyto %1, tego nie zaimportowano.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ToolkitCommands.cpp" line="260"/>
        <source>&apos;%1&apos; must exist in the job&apos;s environment image.</source>
        <translation>„%1” musi istnieć w obrazie środowiska zadania.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ToolkitCommands.cpp" line="267"/>
        <source>&apos;%1&apos; is run as &apos;%2&apos; from the source directory %3 (snapshotted with the job).</source>
        <translation>„%1” jest uruchamiany jako „%2” z katalogu źródłowego %3 (zapisanego razem z zadaniem).</translation>
    </message>
    <message>
        <location filename="../core/batchai/ToolkitCommands.cpp" line="106"/>
        <source>one node and no parameter servers: a single TensorFlow process with no distribution.</source>
        <translation>jeden węzeł i brak serwerów parametrów: pojedynczy proces TensorFlow bez dystrybucji.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ToolkitCommands.cpp" line="69"/>
        <source>not given: Batch AI&apos;s default 1 is written explicitly (Azure ML&apos;s default is 0).</source>
        <translation>nie podano: domyślna wartość Batch AI, 1, jest zapisana jawnie (domyślna w Azure ML to 0).</translation>
    </message>
    <message>
        <location filename="../core/batchai/ToolkitCommands.cpp" line="72"/>
        <source>not given: Batch AI&apos;s default, the node count %1, is written explicitly.</source>
        <translation>nie podano: domyślna wartość Batch AI, liczba węzłów %1, jest zapisana jawnie.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ToolkitCommands.cpp" line="76"/>
        <source>%1 is not a worker count: 1 is used.</source>
        <translation>%1 nie jest liczbą workerów: użyto 1.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ToolkitCommands.cpp" line="85"/>
        <source>Batch AI placed %1 TensorFlow tasks (%2 worker(s), %3 parameter server(s)) on %4 node(s); Azure ML and Trainyard run one task per node, so node_count becomes %1.</source>
        <translation>Batch AI rozmieściło %1 zadań TensorFlow (workery: %2, serwery parametrów: %3) na %4 węzłach; Azure ML i Trainyard uruchamiają jedno zadanie na węzeł, więc node_count wynosi %1.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ToolkitCommands.cpp" line="122"/>
        <source>per-role arguments (master, worker, parameter server) become one command that picks them by the TF_CONFIG task type; the master&apos;s are used by worker 0.</source>
        <translation>argumenty dla ról (master, worker, serwer parametrów) stają się jednym poleceniem, które wybiera je według typu zadania w TF_CONFIG; argumenty mastera dostaje worker 0.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ToolkitCommands.cpp" line="132"/>
        <source>becomes an MPI distribution with %1 process(es) per node (Batch AI&apos;s processCount is the total; %2 here).</source>
        <translation>staje się dystrybucją MPI z %1 procesami na węzeł (processCount w Batch AI to łączna liczba; tutaj %2).</translation>
    </message>
    <message>
        <location filename="../core/batchai/ToolkitCommands.cpp" line="148"/>
        <source>&apos;%1&apos; is not a field of Azure ML&apos;s PyTorch distribution: the script chooses the backend (its arguments keep it; $AZ_BATCHAI_PYTORCH_BACKEND is set to it).</source>
        <translation>„%1” nie jest polem dystrybucji PyTorch w Azure ML: backend wybiera skrypt (jego argumenty go zachowują; $AZ_BATCHAI_PYTORCH_BACKEND jest na niego ustawiana).</translation>
    </message>
    <message>
        <location filename="../core/batchai/ToolkitCommands.cpp" line="166"/>
        <source>Azure ML has no CNTK setting: a command job with an MPI distribution (%1 per node), which is how Batch AI started CNTK; %2 launch written out as &apos;%3&apos;.</source>
        <translation>Azure ML nie ma ustawienia CNTK: zadanie z poleceniem i dystrybucją MPI (%1 na węzeł), tak jak Batch AI uruchamiało CNTK; uruchomienie %2 rozpisano jako „%3”.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ToolkitCommands.cpp" line="180"/>
        <source>Azure ML has no Chainer setting: a command job with an MPI distribution (%1 per node), as ChainerMN ran under Batch AI&apos;s mpirun.</source>
        <translation>Azure ML nie ma ustawienia Chainer: zadanie z poleceniem i dystrybucją MPI (%1 na węzeł), tak jak ChainerMN działał pod mpirun Batch AI.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ToolkitCommands.cpp" line="192"/>
        <source>Azure ML has no Caffe setting: a command job with an MPI distribution (%1 per node) running &apos;%2&apos;.</source>
        <translation>Azure ML nie ma ustawienia Caffe: zadanie z poleceniem i dystrybucją MPI (%1 na węzeł) uruchamiające „%2”.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ToolkitCommands.cpp" line="202"/>
        <source>Azure ML has no Caffe2 setting: a command job with an MPI distribution, one process per node, where $AZ_BATCHAI_TASK_INDEX is the rank (Batch AI&apos;s shard index).</source>
        <translation>Azure ML nie ma ustawienia Caffe2: zadanie z poleceniem i dystrybucją MPI, jeden proces na węzeł, gdzie $AZ_BATCHAI_TASK_INDEX to ranga (indeks shardu w Batch AI).</translation>
    </message>
    <message>
        <location filename="../core/batchai/ToolkitCommands.cpp" line="213"/>
        <source>Batch AI ran a custom toolkit on the first node only, with %1 nodes reserved; Azure ML and Trainyard start a command with no distribution on every node. Choose node_count 1, or an MPI distribution and drop the command&apos;s own mpirun.</source>
        <translation>Batch AI uruchamiało własny toolkit tylko na pierwszym węźle, rezerwując %1 węzłów; Azure ML i Trainyard uruchamiają polecenie bez dystrybucji na każdym węźle. Wybierz node_count 1 albo dystrybucję MPI i usuń z polecenia własne mpirun.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ToolkitCommands.cpp" line="221"/>
        <source>runs its own mpirun: on Azure ML use an MPI distribution (process_count_per_node) and run the script directly; the host list it used does not exist there.</source>
        <translation>uruchamia własne mpirun: w Azure ML użyj dystrybucji MPI (process_count_per_node) i uruchom skrypt bezpośrednio; używanej listy hostów tam nie ma.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ToolkitCommands.cpp" line="225"/>
        <source>not a field of customToolkitSettings (Batch AI ignored it): not imported.</source>
        <translation>to nie jest pole customToolkitSettings (Batch AI je ignorowało): nie zaimportowano.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ToolkitCommands.cpp" line="302"/>
        <source>has no command line or script: give a command.</source>
        <translation>nie ma wiersza poleceń ani skryptu: podaj polecenie.</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobMapping.cpp" line="31"/>
        <source>&apos;%1&apos; is not a valid experiment name (letters, digits, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;): &apos;%2&apos; is used.</source>
        <translation>„%1” nie jest prawidłową nazwą eksperymentu (litery, cyfry, „_”, „-”, „.”): użyto „%2”.</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobMapping.cpp" line="47"/>
        <source>the job ran on Batch AI cluster &apos;%1&apos;: compute &apos;%2&apos; is assumed; give --compute to choose.</source>
        <translation>zadanie działało na klastrze Batch AI „%1”: przyjęto zasób „%2”; wybierz inny opcją --compute.</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobMapping.cpp" line="52"/>
        <source>missing (the az command line gave it as a flag): give --compute.</source>
        <translation>brak (wiersz poleceń az podał to jako opcję): podaj --compute.</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobMapping.cpp" line="63"/>
        <source>%1 is replaced by %2 from the command line.</source>
        <translation>%1 zastąpiono przez %2 z wiersza poleceń.</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobMapping.cpp" line="66"/>
        <source>missing: 1 node is used; give --node-count.</source>
        <translation>brak: użyto 1 węzła; podaj --node-count.</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobMapping.cpp" line="68"/>
        <source>%1 is not a node count: 1 is used.</source>
        <translation>%1 nie jest liczbą węzłów: użyto 1.</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobDirectories.cpp" line="73"/>
        <source>an input directory needs an id: not imported.</source>
        <translation>katalog wejściowy wymaga identyfikatora: nie zaimportowano.</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobDirectories.cpp" line="88"/>
        <source>an output directory needs an id: not imported.</source>
        <translation>katalog wyjściowy wymaga identyfikatora: nie zaimportowano.</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobDirectories.cpp" line="94"/>
        <source>output &apos;%1&apos; becomes a job output in its own folder per job (Batch AI made a unique folder below &apos;%2&apos; too); the path is chosen by the engine.</source>
        <translation>wyjście „%1” staje się wyjściem zadania w osobnym folderze dla każdego zadania (Batch AI też tworzyło unikatowy folder pod „%2”); ścieżkę wybiera silnik.</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobDirectories.cpp" line="101"/>
        <source>a 2017-09-01-preview field with no equivalent: every output is a new folder.</source>
        <translation>pole z 2017-09-01-preview bez odpowiednika: każde wyjście to nowy folder.</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobMapping.cpp" line="81"/>
        <source>an environment variable needs a name: not imported.</source>
        <translation>zmienna środowiskowa wymaga nazwy: nie zaimportowano.</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobMapping.cpp" line="91"/>
        <source>&apos;%1&apos; refers to other variables: it is set at the start of the command, where they exist.</source>
        <translation>„%1” odwołuje się do innych zmiennych: jest ustawiana na początku polecenia, gdzie one istnieją.</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobMapping.cpp" line="106"/>
        <source>&apos;%1&apos; is not passed to the run as a plain environment variable (an Azure ML job has no secrets field): read it from the workspace Key Vault in the script.</source>
        <translation>„%1” nie jest przekazywane do przebiegu jako zwykła zmienna środowiskowa (zadanie Azure ML nie ma pola na sekrety): odczytaj je w skrypcie z Key Vault obszaru roboczego.</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobMapping.cpp" line="113"/>
        <source>&apos;%1&apos; is read from Key Vault (%2): give the job&apos;s identity access and read it in the script.</source>
        <translation>„%1” jest odczytywane z Key Vault (%2): daj tożsamości zadania dostęp i odczytaj je w skrypcie.</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobMapping.cpp" line="149"/>
        <source>no container: Batch AI ran the job on the node&apos;s OS image; Azure ML needs an environment (choose a curated one).</source>
        <translation>brak kontenera: Batch AI uruchamiało zadanie na obrazie systemu węzła; Azure ML potrzebuje środowiska (wybierz jedno z przygotowanych).</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobMapping.cpp" line="175"/>
        <source>the command comes from the command line.</source>
        <translation>polecenie pochodzi z wiersza poleceń.</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobMapping.cpp" line="176"/>
        <source>the toolkit&apos;s launch is replaced by the command from the command line (the distribution stays).</source>
        <translation>uruchomienie toolkitu zastąpiono poleceniem z wiersza poleceń (dystrybucja pozostaje).</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobMapping.cpp" line="186"/>
        <source>runs before the command in every process (Batch AI ran it once per node).</source>
        <translation>działa przed poleceniem w każdym procesie (Batch AI uruchamiało to raz na węzeł).</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobDirectories.cpp" line="124"/>
        <source>$%1 names no input directory of this job: it is empty.</source>
        <translation>$%1 nie wskazuje katalogu wejściowego tego zadania: jest pusta.</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobDirectories.cpp" line="128"/>
        <source>$%1 names no output directory of this job (Batch AI set it anyway for OUTPUTS): output &apos;%2&apos; is added.</source>
        <translation>$%1 nie wskazuje katalogu wyjściowego tego zadania (Batch AI i tak ją ustawiało dla OUTPUTS): dodano wyjście „%2”.</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobDirectories.cpp" line="149"/>
        <source>the command reaches mount &apos;%1&apos; through $AZ_BATCHAI_MOUNT_ROOT: on Azure ML it becomes read-write input &apos;%2&apos; (datastore %3), linked back under the same path.</source>
        <translation>polecenie sięga do montowania „%1” przez $AZ_BATCHAI_MOUNT_ROOT: w Azure ML staje się ono wejściem do odczytu i zapisu „%2” (magazyn danych %3), podlinkowanym pod tą samą ścieżką.</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobMapping.cpp" line="204"/>
        <source>&apos;%1&apos; is not a duration (use 7.00:00:00, P7D or 7 days, 0:00:00): Batch AI&apos;s default, 7 days, is used.</source>
        <translation>„%1” nie jest czasem trwania (użyj 7.00:00:00, P7D lub 7 days, 0:00:00): użyto domyślnych dla Batch AI 7 dni.</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobMapping.cpp" line="209"/>
        <source>not given: Batch AI stopped jobs after 7 days; that limit is written explicitly (Azure ML has no default).</source>
        <translation>nie podano: Batch AI zatrzymywało zadania po 7 dniach; ten limit jest zapisany jawnie (Azure ML nie ma wartości domyślnej).</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobMapping.cpp" line="222"/>
        <source>&apos;%1&apos;: Azure ML compute clusters have no job priority: dropped.</source>
        <translation>„%1”: klastry obliczeniowe Azure ML nie mają priorytetu zadań: pominięto.</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobMapping.cpp" line="226"/>
        <source>the engine keeps the job&apos;s logs (&apos;yard run logs&apos;); the path &apos;%1&apos; is dropped.</source>
        <translation>silnik przechowuje logi zadania („yard run logs”); ścieżkę „%1” pominięto.</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobMapping.cpp" line="230"/>
        <source>the engine keeps the logs: dropped.</source>
        <translation>silnik przechowuje logi: pominięto.</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobMapping.cpp" line="233"/>
        <source>a job runs in its workspace&apos;s region: dropped.</source>
        <translation>zadanie działa w regionie swojego obszaru roboczego: pominięto.</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobMapping.cpp" line="236"/>
        <source>Azure ML runs &apos;%1&apos; as environment &apos;%2&apos; (create it from the image); Trainyard&apos;s local and Slurm engines run the command on the host without the container.</source>
        <translation>Azure ML uruchamia „%1” jako środowisko „%2” (utwórz je z obrazu); lokalny silnik i silnik Slurm w Trainyard uruchamiają polecenie na hoście bez kontenera.</translation>
    </message>
    <message>
        <location filename="../core/batchai/JobMapping.cpp" line="242"/>
        <source>becomes resources.shmSize %1 on Azure ML; other engines do not limit /dev/shm.</source>
        <translation>w Azure ML staje się resources.shmSize %1; inne silniki nie ograniczają /dev/shm.</translation>
    </message>
    <message>
        <location filename="../core/batchai/FileServerMapping.cpp" line="11"/>
        <source>(file server)</source>
        <translation>(serwer plików)</translation>
    </message>
    <message>
        <location filename="../core/batchai/FileServerMapping.cpp" line="12"/>
        <source>Azure ML has no managed NFS file server. Put the data in a datastore (Azure Files or Blob; %1 disk(s) of %2 GB were asked for) or mount Azure NetApp Files in the environment; nothing is created.</source>
        <translation>Azure ML nie ma zarządzanego serwera plików NFS. Umieść dane w magazynie danych (Azure Files lub Blob; żądano dysków: %1 po %2 GB) albo zamontuj Azure NetApp Files w środowisku; nic nie zostanie utworzone.</translation>
    </message>
    <message>
        <location filename="../core/batchai/FileServerMapping.cpp" line="20"/>
        <source>the file server&apos;s VM (%1) is not needed with a datastore.</source>
        <translation>maszyna wirtualna serwera plików (%1) nie jest potrzebna przy magazynie danych.</translation>
    </message>
    <message>
        <location filename="../core/batchai/FileServerMapping.cpp" line="28"/>
        <source>no server to reach: dropped.</source>
        <translation>nie ma serwera, do którego trzeba się łączyć: pominięto.</translation>
    </message>
    <message>
        <location filename="../core/batchai/FileServerMapping.cpp" line="30"/>
        <source>no server to place: dropped.</source>
        <translation>nie ma serwera do umieszczenia: pominięto.</translation>
    </message>
    <message>
        <location filename="../core/batchai/FileServerMapping.cpp" line="33"/>
        <source>disk type &apos;%1&apos; has no datastore equivalent: choose the storage account&apos;s tier instead.</source>
        <translation>typ dysku „%1” nie ma odpowiednika w magazynie danych: wybierz zamiast tego warstwę konta magazynu.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ConfigurationMapping.cpp" line="16"/>
        <source>empty: fill it in before the workspace&apos;s config.json is usable (Azure ML&apos;s config.json needs subscription_id, resource_group and workspace_name).</source>
        <translation>puste: uzupełnij, zanim config.json obszaru roboczego będzie użyteczny (config.json Azure ML wymaga subscription_id, resource_group i workspace_name).</translation>
    </message>
    <message>
        <location filename="../core/batchai/ConfigurationMapping.cpp" line="23"/>
        <source>missing (Batch AI before 2018-05-01 had no workspaces): give the Azure ML workspace name.</source>
        <translation>brak (Batch AI przed 2018-05-01 nie miało obszarów roboczych): podaj nazwę obszaru roboczego Azure ML.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ConfigurationMapping.cpp" line="36"/>
        <source>a service principal: Trainyard signs in with it (client secret from the keychain) or with your own account.</source>
        <translation>jednostka usługi: Trainyard loguje się nią (klucz tajny klienta z pęku kluczy) lub Twoim własnym kontem.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ConfigurationMapping.cpp" line="51"/>
        <source>Azure ML workspaces have their own storage (workspaceblobstore): register this account as a datastore to keep using its data.</source>
        <translation>obszary robocze Azure ML mają własny magazyn (workspaceblobstore): zarejestruj to konto jako magazyn danych, aby dalej używać jego danych.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ConfigurationMapping.cpp" line="59"/>
        <source>the samples&apos; node user: give it to each imported cluster (userAccountCredentials).</source>
        <translation>użytkownik węzłów z przykładów: podaj go w każdym zaimportowanym klastrze (userAccountCredentials).</translation>
    </message>
    <message>
        <location filename="../core/batchai/ConfigurationMapping.cpp" line="66"/>
        <source>private registry credentials: Azure ML pulls images with the workspace&apos;s registry or credentials kept in its Key Vault (secret_url).</source>
        <translation>dane logowania do prywatnego rejestru: Azure ML pobiera obrazy z rejestru obszaru roboczego lub z danymi logowania trzymanymi w jego Key Vault (secret_url).</translation>
    </message>
    <message>
        <location filename="../core/batchai/ConfigurationMapping.cpp" line="81"/>
        <source>Azure ML workspaces have their own Key Vault: this one is not used.</source>
        <translation>obszary robocze Azure ML mają własny Key Vault: ten nie jest używany.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ConfigurationMapping.cpp" line="84"/>
        <source>the Batch AI endpoint: no longer exists, dropped.</source>
        <translation>punkt końcowy Batch AI: już nie istnieje, pominięto.</translation>
    </message>
    <message>
        <location filename="../core/batchai/ConfigurationMapping.cpp" line="87"/>
        <source>the workspace&apos;s region decides (&apos;%1&apos; is not used).</source>
        <translation>decyduje region obszaru roboczego („%1” nie jest używany).</translation>
    </message>
    <message>
        <location filename="../core/batchai/BatchAiMapper.cpp" line="32"/>
        <source>outside the definition&apos;s properties: not imported.</source>
        <translation>poza properties definicji: nie zaimportowano.</translation>
    </message>
    <message>
        <location filename="../core/batchai/BatchAiMapper.cpp" line="36"/>
        <source>a REST example: the request in parameters.parameters is imported, the recorded responses are not.</source>
        <translation>przykład REST: zaimportowano żądanie z parameters.parameters, zapisanych odpowiedzi nie.</translation>
    </message>
</context>
<context>
    <name>BlobTransfer</name>
    <message>
        <location filename="../core/azureml/BlobTransfer.cpp" line="59"/>
        <source>Transfer canceled after %1 of %2 files; no partial file was left under its name.</source>
        <translation>Przesyłanie anulowano po %1 z %2 plików; żaden niepełny plik nie pozostał pod swoją nazwą.</translation>
    </message>
    <message>
        <location filename="../core/azureml/BlobTransfer.cpp" line="132"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../core/azureml/BlobTransfer.cpp" line="163"/>
        <source>%1 is not a folder: give the folder to upload.</source>
        <translation>%1 nie jest folderem: podaj folder do przesłania.</translation>
    </message>
    <message>
        <location filename="../core/azureml/BlobTransfer.cpp" line="231"/>
        <location filename="../core/azureml/BlobTransfer.cpp" line="311"/>
        <source>Cannot read %1.</source>
        <translation>Nie można odczytać %1.</translation>
    </message>
    <message>
        <location filename="../core/azureml/BlobTransfer.cpp" line="348"/>
        <source>Cannot create %1.</source>
        <translation>Nie można utworzyć %1.</translation>
    </message>
    <message>
        <location filename="../core/azureml/BlobTransfer.cpp" line="393"/>
        <source>Nothing under &apos;%1&apos; on the datastore.</source>
        <translation>W magazynie danych nie ma niczego pod „%1”.</translation>
    </message>
    <message>
        <location filename="../core/azureml/BlobTransfer.cpp" line="430"/>
        <source>Refusing blob name &apos;%1&apos;: it would be written outside %2.</source>
        <translation>Odrzucono nazwę obiektu blob „%1”: zostałby zapisany poza %2.</translation>
    </message>
    <message>
        <location filename="../core/azureml/BlobTransfer.cpp" line="472"/>
        <source>Cannot write %1.</source>
        <translation>Nie można zapisać %1.</translation>
    </message>
</context>
<context>
    <name>ClusterBounds</name>
    <message>
        <location filename="../core/engine/ClusterBounds.cpp" line="18"/>
        <source>the local engine</source>
        <translation>lokalny silnik</translation>
    </message>
    <message>
        <location filename="../core/engine/ClusterBounds.cpp" line="23"/>
        <source>partition &apos;%1&apos;</source>
        <translation>partycja „%1”</translation>
    </message>
    <message>
        <location filename="../core/engine/ClusterBounds.cpp" line="30"/>
        <source>%1 is %2: %3 holds at most %4 nodes per cluster.</source>
        <translation>%1 wynosi %2: %3 obsługuje najwyżej %4 węzłów na klaster.</translation>
    </message>
    <message>
        <location filename="../core/engine/ClusterBounds.cpp" line="42"/>
        <source>node_count is %1: %2 holds at most %3 nodes per cluster.</source>
        <translation>node_count wynosi %1: %2 obsługuje najwyżej %3 węzłów na klaster.</translation>
    </message>
    <message>
        <location filename="../core/engine/ClusterBounds.cpp" line="50"/>
        <source>process_count_per_node is %1: %2 runs at most %3 processes per node (one per CPU).</source>
        <translation>process_count_per_node wynosi %1: %2 uruchamia na węźle najwyżej tyle procesów, ile ma CPU: %3.</translation>
    </message>
    <message>
        <location filename="../core/engine/ClusterBounds.cpp" line="59"/>
        <source>The run would start %1 processes (node_count %2 × process_count_per_node %3): %4 runs at most %5 processes per run.</source>
        <translation>Przebieg uruchomiłby procesów: %1 (node_count %2 × process_count_per_node %3); %4 uruchamia najwyżej %5 procesów na przebieg.</translation>
    </message>
</context>
<context>
    <name>Compute</name>
    <message>
        <location filename="../core/model/Compute.cpp" line="24"/>
        <source>Invalid cluster name &apos;%1&apos;: use 2 to 16 characters, letters, digits and hyphens, starting with a letter.</source>
        <translation>Nieprawidłowa nazwa klastra „%1”: użyj od 2 do 16 znaków (litery, cyfry i myślniki), zaczynając od litery.</translation>
    </message>
    <message>
        <location filename="../core/model/Compute.cpp" line="32"/>
        <source>min_nodes is %1: it must be 0 or more.</source>
        <translation>min_nodes wynosi %1: musi wynosić 0 lub więcej.</translation>
    </message>
    <message>
        <location filename="../core/model/Compute.cpp" line="35"/>
        <source>max_nodes is %1: it must be at least 1.</source>
        <translation>max_nodes wynosi %1: musi wynosić co najmniej 1.</translation>
    </message>
    <message>
        <location filename="../core/model/Compute.cpp" line="39"/>
        <source>max_nodes is %1: at most %2 nodes per cluster.</source>
        <translation>max_nodes wynosi %1: najwyżej %2 węzłów na klaster.</translation>
    </message>
    <message>
        <location filename="../core/model/Compute.cpp" line="43"/>
        <source>min_nodes (%1) is greater than max_nodes (%2): min_nodes must be at most max_nodes.</source>
        <translation>min_nodes (%1) jest większe niż max_nodes (%2): min_nodes może wynosić najwyżej max_nodes.</translation>
    </message>
    <message>
        <location filename="../core/model/Compute.cpp" line="49"/>
        <source>idle_seconds_before_scaledown is %1: it must be 0 or more seconds.</source>
        <translation>idle_seconds_before_scaledown wynosi %1: musi wynosić 0 lub więcej sekund.</translation>
    </message>
    <message>
        <location filename="../core/model/Compute.cpp" line="58"/>
        <source>vm_size is missing: choose one of the engine&apos;s vm sizes.</source>
        <translation>Brak vm_size: wybierz jeden z rozmiarów maszyn silnika.</translation>
    </message>
</context>
<context>
    <name>DiskSpace</name>
    <message>
        <location filename="../core/util/DiskSpace.cpp" line="42"/>
        <source>%1 (the disk holding %2 is full: %3 bytes free)</source>
        <translation>%1 (dysk zawierający %2 jest pełny, wolnych bajtów: %3)</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <location filename="../core/engine/Engine.cpp" line="22"/>
        <source>The %1 engine cannot list a datastore&apos;s files yet: download a folder to see what it holds.</source>
        <translation>Silnik %1 nie potrafi jeszcze wyświetlić plików magazynu danych: pobierz folder, aby zobaczyć jego zawartość.</translation>
    </message>
    <message>
        <location filename="../core/engine/Engine.cpp" line="52"/>
        <source>The %1 engine has no environments.</source>
        <translation>Silnik %1 nie ma środowisk.</translation>
    </message>
    <message>
        <location filename="../core/engine/Engine.h" line="78"/>
        <source>The %1 engine keeps its runs: run &apos;%2&apos; cannot be deleted.</source>
        <translation>Silnik %1 zachowuje swoje przebiegi: nie można usunąć przebiegu „%2”.</translation>
    </message>
    <message>
        <location filename="../core/engine/Engine.h" line="91"/>
        <source>The %1 engine cannot read %2 of run &apos;%3&apos; directly.</source>
        <translation>Silnik %1 nie może bezpośrednio odczytać %2 przebiegu „%3”.</translation>
    </message>
</context>
<context>
    <name>Environment</name>
    <message>
        <location filename="../core/model/Environment.cpp" line="49"/>
        <source>Environment &apos;%1&apos; is not a reference: use NAME or NAME:VERSION.</source>
        <translation>Środowisko „%1” nie jest odwołaniem: użyj NAZWA lub NAZWA:WERSJA.</translation>
    </message>
    <message>
        <location filename="../core/model/Environment.cpp" line="65"/>
        <source>Invalid environment name &apos;%1&apos;: use 1 to 255 letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, starting with a letter or digit.</source>
        <translation>Nieprawidłowa nazwa środowiska „%1”: użyj od 1 do 255 liter, cyfr, „-”, „_” i „.”, zaczynając od litery lub cyfry.</translation>
    </message>
    <message>
        <location filename="../core/model/Environment.cpp" line="76"/>
        <source>Invalid environment version &apos;%1&apos;: use 1 to 50 letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, starting with a letter or digit (for example 1 or 2.0).</source>
        <translation>Nieprawidłowa wersja środowiska „%1”: użyj od 1 do 50 liter, cyfr, „-”, „_” i „.”, zaczynając od litery lub cyfry (na przykład 1 lub 2.0).</translation>
    </message>
    <message>
        <location filename="../core/model/Environment.cpp" line="92"/>
        <source>Environment &apos;%1&apos; has no %2: give a Python interpreter, a prefix, a conda file, a pip requirements file or an image.</source>
        <translation>Środowisko „%1” nie ma %2: podaj interpreter Pythona, prefiks, plik conda, plik wymagań pip lub obraz.</translation>
    </message>
</context>
<context>
    <name>EnvironmentBuild</name>
    <message>
        <location filename="../core/engine/EnvironmentBuild.cpp" line="39"/>
        <source>cannot start %1: %2</source>
        <translation>nie można uruchomić %1: %2</translation>
    </message>
    <message>
        <location filename="../core/engine/EnvironmentBuild.cpp" line="45"/>
        <source>%1 %2 failed with exit code %3</source>
        <translation>%1 %2 zakończyło się niepowodzeniem z kodem wyjścia %3</translation>
    </message>
    <message>
        <location filename="../core/engine/EnvironmentBuild.cpp" line="62"/>
        <location filename="../core/engine/EnvironmentBuild.cpp" line="85"/>
        <location filename="../core/engine/EnvironmentBuild.cpp" line="151"/>
        <source>cannot write %1</source>
        <translation>nie można zapisać %1</translation>
    </message>
    <message>
        <location filename="../core/engine/EnvironmentBuild.cpp" line="76"/>
        <source>environment %1 is a conda file, which needs mamba or conda on this machine; neither is on the PATH.</source>
        <translation>środowisko %1 to plik conda, który wymaga mamba lub conda na tym komputerze; żadnego z nich nie ma w PATH.</translation>
    </message>
    <message>
        <location filename="../core/engine/EnvironmentBuild.cpp" line="126"/>
        <source>cannot create the environment cache %1</source>
        <translation>nie można utworzyć pamięci podręcznej środowisk %1</translation>
    </message>
    <message>
        <location filename="../core/engine/EnvironmentBuild.cpp" line="131"/>
        <source>waiting for another build of this environment (%1)</source>
        <translation>oczekiwanie na inne budowanie tego środowiska (%1)</translation>
    </message>
    <message>
        <location filename="../core/engine/EnvironmentBuild.cpp" line="136"/>
        <source>reusing environment %1, built before in %2</source>
        <translation>ponowne użycie środowiska %1, zbudowanego wcześniej w %2</translation>
    </message>
    <message>
        <location filename="../core/engine/EnvironmentBuild.cpp" line="141"/>
        <source>building environment %1 (%2) in %3</source>
        <translation>budowanie środowiska %1 (%2) w %3</translation>
    </message>
    <message>
        <location filename="../core/engine/EnvironmentBuild.cpp" line="146"/>
        <source>build failed: %1</source>
        <translation>budowanie nie powiodło się: %1</translation>
    </message>
    <message>
        <location filename="../core/engine/EnvironmentBuild.cpp" line="152"/>
        <source>environment %1 is ready: %2</source>
        <translation>środowisko %1 jest gotowe: %2</translation>
    </message>
</context>
<context>
    <name>EnvironmentPreparation</name>
    <message>
        <location filename="../core/local/EnvironmentPreparation.cpp" line="68"/>
        <source>environment %1 could not be built: %2
%3</source>
        <translation>nie udało się zbudować środowiska %1: %2
%3</translation>
    </message>
    <message>
        <location filename="../core/local/EnvironmentPreparation.cpp" line="74"/>
        <source>reusing environment %1, built before in %2</source>
        <translation>ponowne użycie środowiska %1, zbudowanego wcześniej w %2</translation>
    </message>
    <message>
        <location filename="../core/local/EnvironmentPreparation.cpp" line="81"/>
        <source>building environment %1</source>
        <translation>budowanie środowiska %1</translation>
    </message>
    <message>
        <location filename="../core/local/EnvironmentPreparation.cpp" line="85"/>
        <source>the build of environment %1 ended without a result
%2</source>
        <translation>budowanie środowiska %1 zakończyło się bez wyniku
%2</translation>
    </message>
    <message>
        <location filename="../core/local/EnvironmentPreparation.cpp" line="104"/>
        <source>cannot start the build of environment %1: %2</source>
        <translation>nie można rozpocząć budowania środowiska %1: %2</translation>
    </message>
    <message>
        <location filename="../core/local/EnvironmentPreparation.cpp" line="139"/>
        <source>environment %1 runs in the image %2, which needs podman or docker on this machine; neither is installed.</source>
        <translation>środowisko %1 działa w obrazie %2, który wymaga podman lub docker na tym komputerze; żaden z nich nie jest zainstalowany.</translation>
    </message>
</context>
<context>
    <name>EnvironmentStore</name>
    <message>
        <location filename="../core/engine/EnvironmentStore.cpp" line="40"/>
        <source>The %1 file &apos;%2&apos; does not exist or cannot be read.</source>
        <translation>Plik %1 „%2” nie istnieje lub nie można go odczytać.</translation>
    </message>
    <message>
        <location filename="../core/engine/EnvironmentStore.cpp" line="44"/>
        <source>The %1 file &apos;%2&apos; is %3 bytes: at most %4 are allowed.</source>
        <translation>Plik %1 „%2” jest za duży (bajty: %3): dozwolone jest najwyżej %4.</translation>
    </message>
    <message>
        <location filename="../core/engine/EnvironmentStore.cpp" line="85"/>
        <source>Environment %1 exists already: versions never change; give another --version or leave it out for the next one.</source>
        <translation>Środowisko %1 już istnieje: wersje nigdy się nie zmieniają; podaj inną wartość --version lub pomiń ją, aby użyć następnej.</translation>
    </message>
    <message>
        <location filename="../core/engine/EnvironmentStore.cpp" line="89"/>
        <source>Cannot create the folder %1.</source>
        <translation>Nie można utworzyć folderu %1.</translation>
    </message>
    <message>
        <location filename="../core/engine/EnvironmentStore.cpp" line="100"/>
        <source>No environment named &apos;%1&apos; in this workspace (yard environment list shows them).</source>
        <translation>Brak środowiska o nazwie „%1” w tym obszarze roboczym (pokazuje je yard environment list).</translation>
    </message>
    <message>
        <location filename="../core/engine/EnvironmentStore.cpp" line="112"/>
        <source>Environment &apos;%1&apos; has no version %2 (it has %3).</source>
        <translation>Środowisko „%1” nie ma wersji %2 (dostępne: %3).</translation>
    </message>
</context>
<context>
    <name>FileTree</name>
    <message>
        <source>Datastore path &apos;%1&apos; leaves the datastore: give a relative path like data/mnist.</source>
        <translation type="vanished">Ścieżka „%1” wychodzi poza magazyn danych: podaj ścieżkę względną, np. data/mnist.</translation>
    </message>
    <message>
        <location filename="../core/util/FileTree.cpp" line="49"/>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <location filename="../core/util/FileTree.cpp" line="54"/>
        <location filename="../core/util/FileTree.cpp" line="67"/>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <location filename="../core/util/FileTree.cpp" line="60"/>
        <source>Canceled.</source>
        <translation>Anulowano.</translation>
    </message>
    <message>
        <location filename="../core/util/FileTree.cpp" line="78"/>
        <source>Cannot write %1</source>
        <translation>Nie można zapisać %1</translation>
    </message>
    <message>
        <location filename="../core/util/FileTree.cpp" line="87"/>
        <location filename="../core/util/FileTree.cpp" line="129"/>
        <source>%1 does not exist.</source>
        <translation>%1 nie istnieje.</translation>
    </message>
    <message>
        <location filename="../core/util/FileTree.cpp" line="94"/>
        <source>%1 is a symbolic link to %2, outside %3: copy the file into the folder instead of linking to it.</source>
        <translation>%1 jest dowiązaniem symbolicznym do %2, poza %3: skopiuj plik do folderu zamiast tworzyć do niego dowiązanie.</translation>
    </message>
    <message>
        <location filename="../core/util/FileTree.cpp" line="110"/>
        <source>Cannot write %1: a symbolic link in %2 leads out of it.</source>
        <translation>Nie można zapisać %1: dowiązanie symboliczne w %2 prowadzi poza ten folder.</translation>
    </message>
</context>
<context>
    <name>GpuInventory</name>
    <message>
        <location filename="../core/engine/GpuInventory.cpp" line="40"/>
        <source>workspace.json: local.gpus[%1] must be a GPU&apos;s name or an object with &quot;name&quot; (and optionally &quot;index&quot;, &quot;memory_mib&quot;, &quot;uuid&quot;).</source>
        <translation>workspace.json: local.gpus[%1] musi być nazwą GPU lub obiektem z &quot;name&quot; (i opcjonalnie &quot;index&quot;, &quot;memory_mib&quot;, &quot;uuid&quot;).</translation>
    </message>
    <message>
        <location filename="../core/engine/GpuInventory.cpp" line="46"/>
        <source>workspace.json: local.gpus must be a list of GPUs ([] for none).</source>
        <translation>workspace.json: local.gpus musi być listą GPU ([] jeśli brak).</translation>
    </message>
    <message>
        <location filename="../core/engine/GpuInventory.cpp" line="116"/>
        <source>compute &apos;%1&apos; cannot fit: %2 nodes of %3 need %4 GPUs, each node its own, but this machine has %5 (%6). Lower max_nodes or choose a smaller size (yard compute list-sizes).</source>
        <translation>zasób obliczeniowy „%1” się nie mieści: węzły %3 w liczbie %2 wymagają %4 GPU (każdy węzeł własnych), a ten komputer ma %5 (%6). Zmniejsz max_nodes lub wybierz mniejszy rozmiar (yard compute list-sizes).</translation>
    </message>
    <message>
        <location filename="../core/engine/GpuInventory.cpp" line="124"/>
        <source>none found</source>
        <translation>nie znaleziono</translation>
    </message>
</context>
<context>
    <name>ImportSecrets</name>
    <message>
        <location filename="../core/batchai/ImportSecrets.cpp" line="37"/>
        <source>Cannot keep %1 in the keychain: %2</source>
        <translation>Nie można zapisać %1 w pęku kluczy: %2</translation>
    </message>
    <message>
        <location filename="../core/batchai/ImportSecrets.cpp" line="51"/>
        <source>&lt;kept in the keychain&gt;</source>
        <translation>&lt;zapisane w pęku kluczy&gt;</translation>
    </message>
</context>
<context>
    <name>JsonFile</name>
    <message>
        <location filename="../core/util/JsonFile.cpp" line="27"/>
        <source>%1:%2:%3: invalid JSON: %4</source>
        <translation>%1:%2:%3: nieprawidłowy JSON: %4</translation>
    </message>
    <message>
        <location filename="../core/util/JsonFile.cpp" line="34"/>
        <source>%1: expected a JSON object at the top level.</source>
        <translation>%1: na najwyższym poziomie oczekiwano obiektu JSON.</translation>
    </message>
    <message>
        <location filename="../core/util/JsonFile.cpp" line="41"/>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="vanished">Nie można zapisać %1: %2</translation>
    </message>
</context>
<context>
    <name>LocalDatabase</name>
    <message>
        <location filename="../core/local/LocalDatabase.cpp" line="61"/>
        <source>Workspace database error: %1</source>
        <translation>Błąd bazy danych obszaru roboczego: %1</translation>
    </message>
    <message>
        <location filename="../core/local/LocalDatabase.cpp" line="92"/>
        <source>Cannot open the workspace database %1: %2</source>
        <translation>Nie można otworzyć bazy danych obszaru roboczego %1: %2</translation>
    </message>
    <message>
        <location filename="../core/local/LocalDatabase.cpp" line="117"/>
        <source>The workspace database %1 is %2, but %3 holds %4 run folder(s): restore the database from a backup, or move the runs folder away to start this workspace afresh.</source>
        <translation>Baza danych obszaru roboczego %1 %2, ale w %3 są foldery przebiegów (liczba: %4): przywróć bazę danych z kopii zapasowej albo przenieś folder przebiegów gdzie indziej, aby zacząć ten obszar roboczy od nowa.</translation>
    </message>
    <message>
        <location filename="../core/local/LocalDatabase.cpp" line="120"/>
        <source>empty</source>
        <translation>jest pusta</translation>
    </message>
    <message>
        <location filename="../core/local/LocalDatabase.cpp" line="120"/>
        <source>missing</source>
        <translation>nie istnieje</translation>
    </message>
    <message>
        <location filename="../core/local/LocalDatabase.cpp" line="151"/>
        <source>This workspace was written by a newer Trainyard (schema %1; this one knows up to %2). Update Trainyard to open it.</source>
        <translation>Ten obszar roboczy został zapisany przez nowszy Trainyard (schemat %1; ta wersja zna do %2). Zaktualizuj Trainyard, aby go otworzyć.</translation>
    </message>
    <message>
        <location filename="../core/local/LocalDatabase.cpp" line="255"/>
        <source>No compute named &apos;%1&apos; in this workspace; it has: %2.</source>
        <translation>Brak zasobu obliczeniowego „%1” w tym obszarze roboczym; dostępne: %2.</translation>
    </message>
    <message>
        <location filename="../core/local/LocalDatabase.cpp" line="256"/>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <location filename="../core/local/LocalDatabase.cpp" line="285"/>
        <source>A compute named &apos;%1&apos; already exists: choose another name.</source>
        <translation>Zasób obliczeniowy „%1” już istnieje: wybierz inną nazwę.</translation>
    </message>
    <message>
        <location filename="../core/local/LocalDatabase.cpp" line="331"/>
        <source>Cannot delete compute &apos;%1&apos;: these runs are still active on it: %2. Cancel them or wait for them to end.</source>
        <translation>Nie można usunąć zasobu „%1”: nadal działają na nim te przebiegi: %2. Anuluj je lub poczekaj, aż się zakończą.</translation>
    </message>
    <message>
        <location filename="../core/local/LocalDatabase.cpp" line="479"/>
        <source>No run with id &apos;%1&apos; in this workspace: `yard run list` shows the runs.</source>
        <translation>Brak przebiegu o identyfikatorze „%1” w tym obszarze roboczym: `yard run list` pokazuje przebiegi.</translation>
    </message>
    <message>
        <location filename="../core/local/LocalDatabase.cpp" line="564"/>
        <source>Run &apos;%1&apos; is %2: cancel it first, then delete it.</source>
        <translation>Przebieg „%1” ma stan %2: najpierw go anuluj, a potem usuń.</translation>
    </message>
    <message>
        <location filename="../core/local/LocalDatabase.cpp" line="589"/>
        <source>No run with id &apos;%1&apos; in this workspace.</source>
        <translation>Brak przebiegu o identyfikatorze „%1” w tym obszarze roboczym.</translation>
    </message>
</context>
<context>
    <name>LocalEngine</name>
    <message>
        <location filename="../core/local/LocalEngine.cpp" line="55"/>
        <source>A workspace already exists in %1.</source>
        <translation>W %1 istnieje już obszar roboczy.</translation>
    </message>
    <message>
        <location filename="../core/local/LocalEngine.cpp" line="58"/>
        <source>Cannot create the workspace folder %1.</source>
        <translation>Nie można utworzyć folderu obszaru roboczego %1.</translation>
    </message>
    <message>
        <location filename="../core/local/LocalEngine.cpp" line="124"/>
        <source>vm_size &apos;%1&apos; is not offered by the local engine: use &apos;local&apos; (a node is a slot on this machine) or &apos;local-gpuN&apos; for N GPUs per node (yard compute list-sizes).</source>
        <translation>vm_size „%1” nie jest oferowany przez silnik lokalny: użyj „local” (węzeł to miejsce na tym komputerze) lub „local-gpuN” dla N GPU na węzeł (yard compute list-sizes).</translation>
    </message>
    <message>
        <location filename="../core/local/LocalEngine.cpp" line="367"/>
        <source>Run &apos;%1&apos; is deleted, but some of its files in %2 could not be removed.</source>
        <translation>Przebieg „%1” został usunięty, ale nie udało się usunąć niektórych jego plików w %2.</translation>
    </message>
    <message>
        <location filename="../core/local/LocalEngine.cpp" line="454"/>
        <source>Run &apos;%1&apos; has no file %2.</source>
        <translation>Przebieg „%1” nie ma pliku %2.</translation>
    </message>
    <message>
        <location filename="../core/local/LocalEngine.cpp" line="457"/>
        <source>Cannot create the folder %1.</source>
        <translation>Nie można utworzyć folderu %1.</translation>
    </message>
    <message>
        <source>vm_size &apos;%1&apos; is not offered by the local engine: use &apos;local&apos; (a node is a slot on this machine).</source>
        <translation type="vanished">Silnik lokalny nie oferuje vm_size „%1”: użyj „local” (węzeł to miejsce na tym komputerze).</translation>
    </message>
    <message>
        <source>Datastore path &apos;%1&apos; leaves the datastore: give a relative path like data/mnist.</source>
        <translation type="vanished">Ścieżka „%1” wychodzi poza magazyn danych: podaj ścieżkę względną, np. data/mnist.</translation>
    </message>
    <message>
        <location filename="../core/local/LocalEngine.cpp" line="221"/>
        <source>Source folder %1 does not exist.</source>
        <translation>Folder źródłowy %1 nie istnieje.</translation>
    </message>
    <message>
        <location filename="../core/local/LocalEngine.cpp" line="278"/>
        <source>environment %1 runs in the image %2, which needs podman or docker on this machine; neither is installed.</source>
        <translation>środowisko %1 działa w obrazie %2, który wymaga podman lub docker na tym komputerze; żaden z nich nie jest zainstalowany.</translation>
    </message>
    <message>
        <location filename="../core/local/LocalEngine.cpp" line="299"/>
        <source>node_count %1 is more than compute &apos;%2&apos; can have (max_nodes %3): lower node_count or raise max_nodes.</source>
        <translation>node_count %1 to więcej, niż może mieć zasób „%2” (max_nodes %3): zmniejsz node_count lub zwiększ max_nodes.</translation>
    </message>
    <message>
        <source>Source directory &apos;%1&apos; does not exist.</source>
        <translation type="vanished">Katalog źródłowy „%1” nie istnieje.</translation>
    </message>
    <message>
        <source>Entry script &apos;%1&apos; is not in the source directory %2.</source>
        <translation type="vanished">Skryptu startowego „%1” nie ma w katalogu źródłowym %2.</translation>
    </message>
    <message>
        <location filename="../core/local/LocalEngine.cpp" line="426"/>
        <source>No run with id &apos;%1&apos; in this workspace.</source>
        <translation>Brak przebiegu o identyfikatorze „%1” w tym obszarze roboczym.</translation>
    </message>
</context>
<context>
    <name>LogDocument</name>
    <message>
        <location filename="../core/logs/LogDocument.cpp" line="84"/>
        <source>Cannot create a spool file for the log: %1</source>
        <translation>Nie można utworzyć pliku buforowego dla logu: %1</translation>
    </message>
</context>
<context>
    <name>LogSearch</name>
    <message>
        <location filename="../core/logs/LogSearch.cpp" line="60"/>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
</context>
<context>
    <name>MetricCsv</name>
    <message>
        <location filename="../core/metrics/MetricCsv.cpp" line="52"/>
        <location filename="../core/metrics/MetricCsv.cpp" line="70"/>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
</context>
<context>
    <name>MetricStore</name>
    <message>
        <location filename="../core/metrics/MetricStore.cpp" line="41"/>
        <location filename="../core/metrics/MetricWriter.cpp" line="39"/>
        <source>Metric store %1: %2 failed: %3</source>
        <translation>Magazyn metryk %1: operacja „%2” nie powiodła się: %3</translation>
    </message>
    <message>
        <location filename="../core/metrics/MetricStore.cpp" line="84"/>
        <source>the store is not open</source>
        <translation>magazyn nie jest otwarty</translation>
    </message>
</context>
<context>
    <name>MetricsJsonlParser</name>
    <message>
        <location filename="../core/metrics/MetricsJsonlParser.cpp" line="107"/>
        <source>metrics line %1 skipped: %2</source>
        <translation>pominięto wiersz metryk %1: %2</translation>
    </message>
    <message>
        <location filename="../core/metrics/MetricsJsonlParser.cpp" line="112"/>
        <source>not a metric object</source>
        <translation>to nie jest obiekt metryki</translation>
    </message>
</context>
<context>
    <name>MpiLauncher</name>
    <message>
        <location filename="../core/local/MpiLauncher.cpp" line="47"/>
        <source>distribution mpi: %1 is neither Open MPI&apos;s mpirun nor MPICH&apos;s mpiexec (`--version` says neither).</source>
        <translation>distribution mpi: %1 nie jest ani mpirun z Open MPI, ani mpiexec z MPICH (`--version` nie wskazuje żadnego z nich).</translation>
    </message>
    <message>
        <location filename="../core/local/MpiLauncher.cpp" line="50"/>
        <source>distribution mpi needs an MPI launcher, and neither mpirun nor mpiexec is on the PATH: install Open MPI (Debian: openmpi-bin) or MPICH, or submit with another distribution.</source>
        <translation>distribution mpi wymaga programu uruchamiającego MPI, a w PATH nie ma ani mpirun, ani mpiexec: zainstaluj Open MPI (Debian: openmpi-bin) lub MPICH albo uruchom z inną dystrybucją.</translation>
    </message>
</context>
<context>
    <name>NodeGpus</name>
    <message>
        <location filename="../core/local/NodeGpus.cpp" line="32"/>
        <source>node %1 of %2 has no %3 GPU(s) of its own on this machine (%4 GPUs found).</source>
        <translation>węzeł %1 z %2 nie ma na tym komputerze własnych %3 GPU (znaleziono GPU: %4).</translation>
    </message>
</context>
<context>
    <name>PathConfinement</name>
    <message>
        <location filename="../core/util/PathConfinement.cpp" line="51"/>
        <source>Path &apos;%1&apos; leaves %2: give a relative path without &apos;..&apos; steps, like data/mnist.</source>
        <translation>Ścieżka „%1” wychodzi poza %2: podaj ścieżkę względną bez kroków „..”, np. data/mnist.</translation>
    </message>
    <message>
        <location filename="../core/util/PathConfinement.cpp" line="58"/>
        <source>Path &apos;%1&apos; leads out of %2 through a symbolic link (to %3): only files inside it may be used.</source>
        <translation>Ścieżka „%1” prowadzi poza %2 przez dowiązanie symboliczne (do %3): można używać tylko plików znajdujących się wewnątrz.</translation>
    </message>
</context>
<context>
    <name>RankWorkDirs</name>
    <message>
        <location filename="../core/engine/RankWorkDirs.cpp" line="25"/>
        <source>Cannot link %1 to %2.</source>
        <translation>Nie można dowiązać %1 do %2.</translation>
    </message>
    <message>
        <location filename="../core/engine/RankWorkDirs.cpp" line="36"/>
        <source>The source folder has a file named &apos;%1&apos;: it cannot become the run&apos;s %1 folder. Rename it, or write to $TRAINYARD_OUTPUTS_DIR.</source>
        <translation>Folder źródłowy zawiera plik o nazwie „%1”: nie może on stać się folderem %1 przebiegu. Zmień jego nazwę lub zapisuj do $TRAINYARD_OUTPUTS_DIR.</translation>
    </message>
    <message>
        <location filename="../core/engine/RankWorkDirs.cpp" line="41"/>
        <location filename="../core/engine/RankWorkDirs.cpp" line="77"/>
        <source>Cannot create %1.</source>
        <translation>Nie można utworzyć %1.</translation>
    </message>
</context>
<context>
    <name>Run</name>
    <message>
        <source>Invalid experiment name &apos;%1&apos;: use 1 to 255 letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos;, starting with a letter or digit.</source>
        <translation type="vanished">Nieprawidłowa nazwa eksperymentu „%1”: użyj od 1 do 255 liter, cyfr, „_”, „-” lub „.”, zaczynając od litery lub cyfry.</translation>
    </message>
    <message>
        <location filename="../core/model/Run.cpp" line="53"/>
        <source>No compute target given: name one of the workspace&apos;s clusters.</source>
        <translation>Nie podano celu obliczeń: wskaż jeden z klastrów obszaru roboczego.</translation>
    </message>
    <message>
        <location filename="../core/model/Run.cpp" line="56"/>
        <source>Give exactly one of an entry script or a command.</source>
        <translation>Podaj dokładnie jedno: skrypt startowy albo polecenie.</translation>
    </message>
    <message>
        <source>node_count is %1: it must be at least 1.</source>
        <translation type="vanished">node_count wynosi %1: musi wynosić co najmniej 1.</translation>
    </message>
    <message>
        <source>process_count_per_node is %1: it must be at least 1.</source>
        <translation type="vanished">process_count_per_node wynosi %1: musi wynosić co najmniej 1.</translation>
    </message>
    <message>
        <location filename="../core/model/Run.cpp" line="47"/>
        <source>Invalid experiment name &apos;%1&apos;: use 1 to %2 letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos;, starting with a letter or digit.</source>
        <translation>Nieprawidłowa nazwa eksperymentu „%1”: użyj od 1 do %2 liter, cyfr, „_”, „-” lub „.”, zaczynając od litery lub cyfry.</translation>
    </message>
    <message>
        <location filename="../core/model/Run.cpp" line="63"/>
        <source>node_count is %1: it must be 1 to %2.</source>
        <translation>node_count wynosi %1: musi wynosić od 1 do %2.</translation>
    </message>
    <message>
        <location filename="../core/model/Run.cpp" line="67"/>
        <source>process_count_per_node is %1: it must be 1 to %2.</source>
        <translation>process_count_per_node wynosi %1: musi wynosić od 1 do %2.</translation>
    </message>
    <message>
        <location filename="../core/model/Run.cpp" line="73"/>
        <source>worker and parameter server counts must be 0 or more.</source>
        <translation>Liczba workerów i serwerów parametrów musi wynosić 0 lub więcej.</translation>
    </message>
    <message>
        <location filename="../core/model/Run.cpp" line="78"/>
        <source>A TensorFlow run needs node_count = worker_count + parameter_server_count with at least one worker; got node_count %1, %2 workers, %3 parameter servers.</source>
        <translation>Przebieg TensorFlow wymaga node_count = worker_count + parameter_server_count z co najmniej jednym workerem; otrzymano node_count %1, workerów: %2, serwerów parametrów: %3.</translation>
    </message>
    <message>
        <location filename="../core/model/Run.cpp" line="86"/>
        <source>Worker and parameter server counts apply only to the tensorflow distribution.</source>
        <translation>Liczby workerów i serwerów parametrów dotyczą tylko dystrybucji tensorflow.</translation>
    </message>
    <message>
        <location filename="../core/model/Run.cpp" line="90"/>
        <source>max_run_duration_seconds is %1: give a whole number of seconds, 1 or more, or 0 for no limit.</source>
        <translation>max_run_duration_seconds wynosi %1: podaj całkowitą liczbę sekund, 1 lub więcej, albo 0, aby nie było limitu.</translation>
    </message>
    <message>
        <location filename="../core/model/Run.cpp" line="99"/>
        <source>Invalid environment variable name &apos;%1&apos;: use letters, digits and &apos;_&apos;, not starting with a digit.</source>
        <translation>Nieprawidłowa nazwa zmiennej środowiskowej „%1”: użyj liter, cyfr i „_”, nie zaczynając od cyfry.</translation>
    </message>
</context>
<context>
    <name>RunEvents</name>
    <message>
        <location filename="../core/alerts/RunEvents.cpp" line="32"/>
        <source>Cannot record the run&apos;s event in %1: %2</source>
        <translation>Nie można zapisać zdarzenia przebiegu w %1: %2</translation>
    </message>
</context>
<context>
    <name>RunFileRead</name>
    <message>
        <location filename="../core/engine/RunFileRead.cpp" line="22"/>
        <source>The run has no file &apos;%1&apos;.</source>
        <translation>Przebieg nie ma pliku „%1”.</translation>
    </message>
    <message>
        <location filename="../core/engine/RunFileRead.cpp" line="25"/>
        <source>&apos;%1&apos; is %2 bytes; files over %3 bytes are not read whole.</source>
        <translation>„%1” ma rozmiar %2 B; pliki większe niż %3 B nie są odczytywane w całości.</translation>
    </message>
    <message>
        <location filename="../core/engine/RunFileRead.cpp" line="31"/>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation>Nie można odczytać „%1”: %2</translation>
    </message>
</context>
<context>
    <name>RunSecretEnvironment</name>
    <message>
        <location filename="../core/secrets/RunSecretEnvironment.cpp" line="44"/>
        <source>there is no secret &apos;%1&apos; in the keychain: store it with `yard secret set %1` (the value is read from standard input).</source>
        <translation>w pęku kluczy nie ma sekretu „%1”: zapisz go poleceniem `yard secret set %1` (wartość jest odczytywana ze standardowego wejścia).</translation>
    </message>
    <message>
        <location filename="../core/secrets/RunSecretEnvironment.cpp" line="49"/>
        <source>secret environment variable %1: %2</source>
        <translation>tajna zmienna środowiskowa %1: %2</translation>
    </message>
    <message>
        <location filename="../core/secrets/RunSecretEnvironment.cpp" line="66"/>
        <source>Secret environment variables (%1) need the local engine: the %2 engine&apos;s runs cannot read this machine&apos;s keychain.</source>
        <translation>Tajne zmienne środowiskowe (%1) wymagają lokalnego silnika: przebiegi silnika %2 nie mogą odczytać pęku kluczy tego komputera.</translation>
    </message>
</context>
<context>
    <name>RunSnapshot</name>
    <message>
        <location filename="../core/engine/RunSnapshot.cpp" line="56"/>
        <source>Source directory &apos;%1&apos; does not exist.</source>
        <translation>Katalog źródłowy „%1” nie istnieje.</translation>
    </message>
    <message>
        <location filename="../core/engine/RunSnapshot.cpp" line="60"/>
        <source>Source directory %1 is a Trainyard workspace: give the folder of your scripts, so that the workspace&apos;s database and runs are not copied into the run.</source>
        <translation>Katalog źródłowy %1 jest obszarem roboczym Trainyard: podaj folder ze swoimi skryptami, aby baza danych i przebiegi obszaru roboczego nie zostały skopiowane do przebiegu.</translation>
    </message>
    <message>
        <location filename="../core/engine/RunSnapshot.cpp" line="70"/>
        <source>Entry script &apos;%1&apos; is not a file in the source directory %2: give its path relative to that folder.</source>
        <translation>Skrypt startowy „%1” nie jest plikiem w katalogu źródłowym %2: podaj jego ścieżkę względem tego folderu.</translation>
    </message>
    <message>
        <location filename="../core/engine/RunSnapshot.cpp" line="97"/>
        <source>No run with id &apos;%1&apos;: run ids are letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;.</source>
        <translation>Brak przebiegu o identyfikatorze „%1”: identyfikatory przebiegów składają się z liter, cyfr, „_”, „-” i „.”.</translation>
    </message>
    <message>
        <location filename="../core/engine/RunSnapshot.cpp" line="102"/>
        <source>%1 is not a folder: give the folder to upload.</source>
        <translation>%1 nie jest folderem: podaj folder do przesłania.</translation>
    </message>
    <message>
        <location filename="../core/engine/RunSnapshot.cpp" line="118"/>
        <source>%1 in the source directory is a symbolic link to %2, outside it: copy the file into the folder, or read it from a datastore.</source>
        <translation>%1 w katalogu źródłowym jest dowiązaniem symbolicznym do %2, poza tym katalogiem: skopiuj plik do folderu albo odczytuj go z magazynu danych.</translation>
    </message>
    <message>
        <location filename="../core/engine/RunSnapshot.cpp" line="128"/>
        <source>The source directory %1 holds %2 MB (leaving out %3); a run&apos;s snapshot may hold at most %4 MB. Put data sets on a datastore (yard datastore upload) and read them from there.</source>
        <translation>Katalog źródłowy %1 zajmuje %2 MB (bez %3); migawka przebiegu może zajmować najwyżej %4 MB. Umieść zbiory danych w magazynie danych (yard datastore upload) i odczytuj je stamtąd.</translation>
    </message>
</context>
<context>
    <name>SlurmClient</name>
    <message>
        <location filename="../core/slurm/SlurmClient.cpp" line="86"/>
        <source>Get a new one on a cluster login node with `scontrol token lifespan=&lt;seconds&gt;` and store it with `yard login slurm` (it reads `scontrol token`, a file or standard input).</source>
        <translation>Uzyskaj nowy na węźle logowania klastra poleceniem `scontrol token lifespan=&lt;seconds&gt;` i zapisz go poleceniem `yard login slurm` (odczytuje `scontrol token`, plik lub standardowe wejście).</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmClient.cpp" line="91"/>
        <source>The Slurm token of user &apos;%1&apos; for %2 expired at %3. %4</source>
        <translation>Token Slurm użytkownika „%1” dla %2 wygasł %3. %4</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmClient.cpp" line="95"/>
        <source>slurmrestd at %1 rejected the token of user &apos;%2&apos; (HTTP %3): it is wrong, for another user or cluster, or signed with another key. %4</source>
        <translation>slurmrestd pod adresem %1 odrzucił token użytkownika „%2” (HTTP %3): jest błędny, należy do innego użytkownika lub klastra albo został podpisany innym kluczem. %4</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmClient.cpp" line="105"/>
        <source>Cannot reach slurmrestd at %1 (%2). Check that it runs and that the workspace&apos;s &quot;url&quot; is right; Trainyard retries on its own when it comes back.</source>
        <translation>Nie można połączyć się z slurmrestd pod adresem %1 (%2). Sprawdź, czy działa i czy &quot;url&quot; obszaru roboczego jest poprawny; Trainyard sam ponowi próbę, gdy serwer wróci.</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmClient.cpp" line="144"/>
        <source>No Slurm token for user &apos;%1&apos; at %2. Store one with `yard login slurm` (it runs `scontrol token`, or reads a file or standard input)%3.</source>
        <translation>Brak tokenu Slurm dla użytkownika „%1” pod adresem %2. Zapisz go poleceniem `yard login slurm` (uruchamia `scontrol token` albo odczytuje plik lub standardowe wejście)%3.</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmClient.cpp" line="148"/>
        <source>; the keychain said: %1</source>
        <translation>; pęk kluczy zgłosił: %1</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmClient.cpp" line="163"/>
        <source>slurmrestd at %1 does not serve OpenAPI %2. Trainyard speaks %3; start slurmrestd with `-s openapi/v0.0.38` (or another of those), or set &quot;api_version&quot; in the workspace&apos;s config.json to one the server serves.</source>
        <translation>slurmrestd pod adresem %1 nie obsługuje OpenAPI %2. Trainyard obsługuje %3; uruchom slurmrestd z `-s openapi/v0.0.38` (lub inną z nich) albo ustaw w config.json obszaru roboczego &quot;api_version&quot; na wersję obsługiwaną przez serwer.</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmClient.cpp" line="201"/>
        <source>slurmrestd at %1 answered HTTP %2 to ping: %3</source>
        <translation>slurmrestd pod adresem %1 odpowiedział na ping kodem HTTP %2: %3</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmClient.cpp" line="254"/>
        <source>slurmrestd at %1 no longer serves OpenAPI %2 (HTTP 404 for %3); Trainyard speaks %4.</source>
        <translation>slurmrestd pod adresem %1 nie obsługuje już OpenAPI %2 (HTTP 404 dla %3); Trainyard obsługuje %4.</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmClient.cpp" line="272"/>
        <location filename="../core/slurm/SlurmClient.cpp" line="289"/>
        <source>Slurm refused %1 %2 (HTTP %3): %4</source>
        <translation>Slurm odrzucił %1 %2 (HTTP %3): %4</translation>
    </message>
</context>
<context>
    <name>SlurmEngine</name>
    <message>
        <location filename="../core/slurm/SlurmEngine.cpp" line="28"/>
        <source>Slurm&apos;s REST API (22.05) cannot %1, so Trainyard does not pretend to. A Slurm operator does it on the cluster with `%2`; Trainyard shows the change at once.</source>
        <translation>REST API Slurm (22.05) nie pozwala %1, więc Trainyard nie udaje, że to potrafi. Operator Slurm robi to w klastrze poleceniem `%2`; Trainyard od razu pokazuje zmianę.</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmEngine.cpp" line="106"/>
        <source>Slurm partition: nodes %1, %2 CPUs, %3 GPUs, state %4</source>
        <translation>Partycja Slurm: węzły %1, CPU: %2, GPU: %3, stan %4</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmEngine.cpp" line="117"/>
        <source>The partition&apos;s state is %1: Slurm starts no jobs in it.</source>
        <translation>Stan partycji to %1: Slurm nie uruchamia w niej zadań.</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmEngine.cpp" line="144"/>
        <source>No partition &apos;%1&apos; on this Slurm cluster: it has %2.</source>
        <translation>Brak partycji „%1” w tym klastrze Slurm: dostępne są %2.</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmEngine.cpp" line="152"/>
        <source>create a partition</source>
        <translation>utworzyć partycji</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmEngine.cpp" line="160"/>
        <source>change a partition&apos;s size (max_nodes is the partition&apos;s node count)</source>
        <translation>zmienić rozmiaru partycji (max_nodes to liczba węzłów partycji)</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmEngine.cpp" line="163"/>
        <source>change idle_seconds_before_scaledown (Slurm&apos;s SuspendTime in slurm.conf)</source>
        <translation>zmienić idle_seconds_before_scaledown (SuspendTime Slurm w slurm.conf)</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmEngine.cpp" line="166"/>
        <source>change min_nodes (nodes are powered up by Slurm&apos;s power saving, not by Trainyard)</source>
        <translation>zmienić min_nodes (węzły włącza oszczędzanie energii Slurm, a nie Trainyard)</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmEngine.cpp" line="178"/>
        <source>delete a partition</source>
        <translation>usunąć partycji</translation>
    </message>
    <message>
        <source>Datastore path &apos;%1&apos; leaves the datastore: give a relative path like data/mnist.</source>
        <translation type="vanished">Ścieżka „%1” wychodzi poza magazyn danych: podaj ścieżkę względną, np. data/mnist.</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmEngine.cpp" line="210"/>
        <source>Source folder %1 does not exist.</source>
        <translation>Folder źródłowy %1 nie istnieje.</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmRuns.cpp" line="79"/>
        <source>; exit code %1</source>
        <translation>; kod wyjścia %1</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmRuns.cpp" line="91"/>
        <source>the job&apos;s tasks ended with exit code %1</source>
        <translation>procesy zadania zakończyły się kodem wyjścia %1</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmRuns.cpp" line="95"/>
        <source>Slurm no longer knows job %1 (it ended more than MinJobAge ago) and its script left no exit record: it was killed or canceled outside Trainyard.</source>
        <translation>Slurm nie zna już zadania %1 (zakończyło się dawniej niż MinJobAge temu), a jego skrypt nie zostawił zapisu o zakończeniu: zostało zabite lub anulowane poza Trainyard.</translation>
    </message>
    <message>
        <source>Source directory &apos;%1&apos; does not exist.</source>
        <translation type="vanished">Katalog źródłowy „%1” nie istnieje.</translation>
    </message>
    <message>
        <source>Entry script &apos;%1&apos; is not in the source directory %2.</source>
        <translation type="vanished">Skryptu startowego „%1” nie ma w katalogu źródłowym %2.</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmRuns.cpp" line="231"/>
        <source>Cannot create %1: is the work dir mounted and writable?</source>
        <translation>Nie można utworzyć %1: czy katalog roboczy jest zamontowany i zapisywalny?</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmRuns.cpp" line="275"/>
        <source>slurmrestd accepted the job but gave no job id.</source>
        <translation>slurmrestd przyjął zadanie, ale nie podał identyfikatora zadania.</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmRuns.cpp" line="281"/>
        <source>Slurm did not take the run: %1</source>
        <translation>Slurm nie przyjął przebiegu: %1</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmRuns.cpp" line="358"/>
        <source>Run %1 has already ended (%2): there is nothing to cancel.</source>
        <translation>Przebieg %1 już się zakończył (%2): nie ma czego anulować.</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmEnvironment.cpp" line="73"/>
        <source>Cannot create the environment folder of %1.</source>
        <translation>Nie można utworzyć folderu środowiska dla %1.</translation>
    </message>
</context>
<context>
    <name>SlurmJobScript</name>
    <message>
        <location filename="../core/slurm/SlurmJobScript.cpp" line="103"/>
        <source>Cannot create %1 in the work dir.</source>
        <translation>Nie można utworzyć %1 w katalogu roboczym.</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmJobScript.cpp" line="128"/>
        <source>Cannot create %1.</source>
        <translation>Nie można utworzyć %1.</translation>
    </message>
</context>
<context>
    <name>SlurmRunStore</name>
    <message>
        <location filename="../core/slurm/SlurmRunStore.cpp" line="82"/>
        <source>&apos;%1&apos; is not a run id.</source>
        <translation>„%1” nie jest identyfikatorem przebiegu.</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmRunStore.cpp" line="93"/>
        <source>No run with id &apos;%1&apos; in this workspace (%2).</source>
        <translation>Brak przebiegu o identyfikatorze „%1” w tym obszarze roboczym (%2).</translation>
    </message>
</context>
<context>
    <name>SlurmSettings</name>
    <message>
        <location filename="../core/slurm/SlurmSettings.cpp" line="40"/>
        <source>url &apos;%1&apos; is not a slurmrestd address: give http(s)://host:port, e.g. http://login1:6820.</source>
        <translation>url „%1” nie jest adresem slurmrestd: podaj http(s)://host:port, np. http://login1:6820.</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmSettings.cpp" line="59"/>
        <source>%1: &quot;user&quot; is missing: the Slurm user name the token belongs to.</source>
        <translation>%1: brak &quot;user&quot;: nazwy użytkownika Slurm, do którego należy token.</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmSettings.cpp" line="64"/>
        <source>%1: &quot;work_dir&quot; must be an absolute folder on the filesystem the cluster&apos;s nodes share (runs, logs and outputs go there).</source>
        <translation>%1: &quot;work_dir&quot; musi być bezwzględną ścieżką folderu w systemie plików współdzielonym przez węzły klastra (trafiają tam przebiegi, logi i wyniki).</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmSettings.cpp" line="73"/>
        <source>%1: api_version &apos;%2&apos; is not one Trainyard speaks: use one of %3, or leave it out to detect it.</source>
        <translation>%1: api_version „%2” nie jest obsługiwana przez Trainyard: użyj jednej z %3 albo pomiń ją, aby została wykryta.</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmSettings.cpp" line="85"/>
        <source>A workspace already exists in %1.</source>
        <translation>W %1 istnieje już obszar roboczy.</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmSettings.cpp" line="89"/>
        <source>--user is required: the Slurm user name.</source>
        <translation>--user jest wymagane: nazwa użytkownika Slurm.</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmSettings.cpp" line="91"/>
        <source>--work-dir must be an absolute folder the cluster&apos;s nodes share.</source>
        <translation>--work-dir musi być bezwzględną ścieżką folderu współdzielonego przez węzły klastra.</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmSettings.cpp" line="94"/>
        <source>--api-version &apos;%1&apos; is not supported: use one of %2.</source>
        <translation>--api-version „%1” nie jest obsługiwana: użyj jednej z %2.</translation>
    </message>
    <message>
        <location filename="../core/slurm/SlurmSettings.cpp" line="98"/>
        <source>Cannot create the folder %1.</source>
        <translation>Nie można utworzyć folderu %1.</translation>
    </message>
</context>
<context>
    <name>StatusStyle</name>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="22"/>
        <source>Not started</source>
        <translation>Nierozpoczęty</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="24"/>
        <source>Queued</source>
        <translation>W kolejce</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="26"/>
        <source>Preparing</source>
        <translation>Przygotowanie</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="28"/>
        <source>Starting</source>
        <translation>Uruchamianie</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="30"/>
        <source>Running</source>
        <translation>Działa</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="32"/>
        <source>Finalizing</source>
        <translation>Finalizowanie</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="34"/>
        <source>Completed</source>
        <translation>Zakończony</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="36"/>
        <source>Failed</source>
        <translation>Niepowodzenie</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="38"/>
        <source>Canceled</source>
        <translation>Anulowany</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="92"/>
        <source>idle</source>
        <translation>wolny</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="94"/>
        <source>running</source>
        <translation>zajęty</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="96"/>
        <source>preparing</source>
        <translation>przygotowanie</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="98"/>
        <source>unusable</source>
        <translation>niesprawny</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="100"/>
        <source>leaving</source>
        <translation>opuszcza</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="102"/>
        <source>preempted</source>
        <translation>wywłaszczony</translation>
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
            <numerusform>w kolejce za %n przebiegiem na %1</numerusform>
            <numerusform>w kolejce za %n przebiegami na %1</numerusform>
            <numerusform>w kolejce za %n przebiegami na %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/StatusStyle.cpp" line="198"/>
        <source>waiting for %n node(s): the cluster is scaling up (%1 preparing)</source>
        <translation>
            <numerusform>czeka na %n węzeł: klaster się powiększa (przygotowywane: %1)</numerusform>
            <numerusform>czeka na %n węzły: klaster się powiększa (przygotowywane: %1)</numerusform>
            <numerusform>czeka na %n węzłów: klaster się powiększa (przygotowywane: %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/StatusStyle.cpp" line="202"/>
        <source>waiting for %n node(s): no free node and the cluster is at max_nodes (%1)</source>
        <translation>
            <numerusform>czeka na %n węzeł: brak wolnego węzła, a klaster osiągnął max_nodes (%1)</numerusform>
            <numerusform>czeka na %n węzły: brak wolnego węzła, a klaster osiągnął max_nodes (%1)</numerusform>
            <numerusform>czeka na %n węzłów: brak wolnego węzła, a klaster osiągnął max_nodes (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="206"/>
        <source>canceling</source>
        <translation>anulowanie</translation>
    </message>
</context>
<context>
    <name>SystemMetrics</name>
    <message>
        <location filename="../core/monitoring/SystemMetrics.cpp" line="98"/>
        <source>The system metrics interval &apos;%1&apos; is not allowed: give seconds from 0.1 to 3600, or 0 to turn sampling off.</source>
        <translation>Interwał metryk systemowych „%1” jest niedozwolony: podaj liczbę sekund od 0.1 do 3600 lub 0, aby wyłączyć próbkowanie.</translation>
    </message>
</context>
<context>
    <name>WorkspaceConfig</name>
    <message>
        <location filename="../core/workspace/WorkspaceConfig.cpp" line="61"/>
        <source>%1: unknown engine &apos;%2&apos;: use local, slurm or azureml.</source>
        <translation>%1: nieznany silnik „%2”: użyj local, slurm lub azureml.</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceConfig.cpp" line="67"/>
        <source>%1: &quot;format&quot; is %2, but this Trainyard reads workspace format %3: open it with the Trainyard that wrote it, or update Trainyard.</source>
        <translation>%1: &quot;format&quot; ma wartość %2, ale ta wersja Trainyard czyta format obszaru roboczego %3: otwórz obszar roboczy wersją Trainyard, która go zapisała, albo zaktualizuj Trainyard.</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceConfig.cpp" line="102"/>
        <source>No workspace at %1: give a workspace folder or a config.json.</source>
        <translation>Brak obszaru roboczego w %1: podaj folder obszaru roboczego lub plik config.json.</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceConfig.cpp" line="113"/>
        <source>No workspace.json or config.json in %1: create a workspace there with `yard workspace create --path %1`.</source>
        <translation>Brak workspace.json ani config.json w %1: utwórz tam obszar roboczy poleceniem `yard workspace create --path %1`.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/desktop/main.cpp" line="21"/>
        <source>Trainyard: train models on clusters.</source>
        <translation>Trainyard: trenowanie modeli na klastrach.</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="25"/>
        <source>Workspace folder or config.json.</source>
        <translation>Folder obszaru roboczego lub config.json.</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="26"/>
        <source>path</source>
        <translation>ścieżka</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="28"/>
        <source>Language: en, de or pl (default: the system&apos;s).</source>
        <translation>Język: en, de lub pl (domyślnie systemowy).</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="29"/>
        <source>lang</source>
        <translation>język</translation>
    </message>
</context>
<context>
    <name>trainyard::Workspace</name>
    <message>
        <source>The %1 engine is not available in this build of Trainyard.</source>
        <translation type="vanished">Silnik %1 nie jest dostępny w tej kompilacji Trainyard.</translation>
    </message>
</context>
<context>
    <name>trainyard::alerts</name>
    <message>
        <source>Alert rule &apos;%1&apos; has an unknown condition &apos;%2&apos;; allowed: nan, above, below, stale, ended, failed, unusable.</source>
        <translation type="vanished">Reguła alertu „%1” ma nieznany warunek „%2”; dozwolone: nan, above, below, stale, ended, failed, unusable.</translation>
    </message>
</context>
<context>
    <name>trainyard::alerts::AlertEvaluator</name>
    <message>
        <source>%1 (rule %2: %3)</source>
        <translation type="vanished">%1 (reguła %2: %3)</translation>
    </message>
    <message>
        <source>%1 is %2 at step %3</source>
        <translation type="vanished">%1 wynosi %2 w kroku %3</translation>
    </message>
    <message>
        <source>run %1 is %2</source>
        <translation type="vanished">przebieg %1 ma stan %2</translation>
    </message>
    <message>
        <source>run %1 is %2: %3</source>
        <translation type="vanished">przebieg %1 ma stan %2: %3</translation>
    </message>
    <message>
        <source>node %1 is unusable</source>
        <translation type="vanished">węzeł %1 jest niesprawny</translation>
    </message>
    <message>
        <source>node %1 is unusable: %2</source>
        <translation type="vanished">węzeł %1 jest niesprawny: %2</translation>
    </message>
    <message>
        <source>no new point of %1 for %2 s</source>
        <translation type="vanished">brak nowego punktu %1 od %2 s</translation>
    </message>
</context>
<context>
    <name>trainyard::alerts::AlertRule</name>
    <message>
        <source>%1 is NaN or infinite</source>
        <translation type="vanished">%1 to NaN lub nieskończoność</translation>
    </message>
    <message>
        <source>%1 above %2</source>
        <translation type="vanished">%1 powyżej %2</translation>
    </message>
    <message>
        <source>%1 below %2</source>
        <translation type="vanished">%1 poniżej %2</translation>
    </message>
    <message>
        <source>no new %1 for %2 min</source>
        <translation type="vanished">brak nowej wartości %1 od %2 min</translation>
    </message>
    <message>
        <source>run ended</source>
        <translation type="vanished">przebieg zakończony</translation>
    </message>
    <message>
        <source>run failed</source>
        <translation type="vanished">przebieg nieudany</translation>
    </message>
    <message>
        <source>a node became unusable</source>
        <translation type="vanished">węzeł stał się niesprawny</translation>
    </message>
    <message>
        <source>%1 (run %2)</source>
        <translation type="vanished">%1 (przebieg %2)</translation>
    </message>
    <message>
        <source>An alert on &apos;%1&apos; needs a metric name (--metric NAME), e.g. --metric loss.</source>
        <translation type="vanished">Alert dla „%1” wymaga nazwy metryki (--metric NAME), np. --metric loss.</translation>
    </message>
    <message>
        <source>An alert on &apos;%1&apos; takes no metric; --metric goes with --nan, --above, --below or --stale-minutes.</source>
        <translation type="vanished">Alert dla „%1” nie przyjmuje metryki; --metric łączy się z --nan, --above, --below lub --stale-minutes.</translation>
    </message>
    <message>
        <source>The threshold must be a finite number; use --nan for NaN and infinity.</source>
        <translation type="vanished">Próg musi być liczbą skończoną; dla NaN i nieskończoności użyj --nan.</translation>
    </message>
    <message>
        <source>--stale-minutes must be more than 0 and at most 10080 (a week), not %1.</source>
        <translation type="vanished">--stale-minutes musi być większe od 0 i wynosić najwyżej 10080 (tydzień), a nie %1.</translation>
    </message>
</context>
<context>
    <name>trainyard::ui::AllRunsPage</name>
    <message>
        <location filename="../ui/runs/AllRunsPage.cpp" line="32"/>
        <location filename="../ui/runs/AllRunsPage.cpp" line="114"/>
        <source>Co&amp;mpare</source>
        <translation>&amp;Porównaj</translation>
    </message>
    <message>
        <location filename="../ui/runs/AllRunsPage.cpp" line="33"/>
        <source>Runs of all open workspaces</source>
        <translation>Przebiegi wszystkich otwartych obszarów roboczych</translation>
    </message>
    <message>
        <location filename="../ui/runs/AllRunsPage.cpp" line="38"/>
        <source>Double-click a run to open it in its workspace.</source>
        <translation>Kliknij dwukrotnie przebieg, aby otworzyć go w jego obszarze roboczym.</translation>
    </message>
    <message>
        <location filename="../ui/runs/AllRunsPage.cpp" line="39"/>
        <source>Filter runs: name, id, workspace, compute, tag…</source>
        <translation>Filtruj przebiegi: nazwa, ID, obszar roboczy, obliczenia, tag…</translation>
    </message>
    <message>
        <location filename="../ui/runs/AllRunsPage.cpp" line="41"/>
        <source>All statuses</source>
        <translation>Wszystkie stany</translation>
    </message>
    <message>
        <location filename="../ui/runs/AllRunsPage.cpp" line="42"/>
        <source>Active</source>
        <translation>Aktywne</translation>
    </message>
    <message>
        <location filename="../ui/runs/AllRunsPage.cpp" line="50"/>
        <source>Compare the selected runs (select two or more with Ctrl+click or Shift+click)</source>
        <translation>Porównaj zaznaczone przebiegi (zaznacz dwa lub więcej przez Ctrl+kliknięcie lub Shift+kliknięcie)</translation>
    </message>
    <message>
        <location filename="../ui/runs/AllRunsPage.cpp" line="111"/>
        <source>&amp;Open in its workspace</source>
        <translation>&amp;Otwórz w jego obszarze roboczym</translation>
    </message>
    <message>
        <location filename="../ui/runs/AllRunsPage.cpp" line="119"/>
        <source>Copy run &amp;id</source>
        <translation>Kopiuj &amp;ID przebiegu</translation>
    </message>
</context>
<context>
    <name>trainyard::ui::AzureSignInDialog</name>
    <message>
        <location filename="../ui/azure/AzureSignInDialog.cpp" line="19"/>
        <source>Asking Microsoft Entra ID for a sign-in code…</source>
        <translation>Pobieranie kodu logowania z Microsoft Entra ID…</translation>
    </message>
    <message>
        <location filename="../ui/azure/AzureSignInDialog.cpp" line="21"/>
        <source>Copy code</source>
        <translation>Kopiuj kod</translation>
    </message>
    <message>
        <location filename="../ui/azure/AzureSignInDialog.cpp" line="24"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../ui/azure/AzureSignInDialog.cpp" line="25"/>
        <source>Sign in to Azure</source>
        <translation>Zaloguj się do Azure</translation>
    </message>
    <message>
        <location filename="../ui/azure/AzureSignInDialog.cpp" line="59"/>
        <source>Code copied. Paste it on the sign-in page.</source>
        <translation>Skopiowano kod. Wklej go na stronie logowania.</translation>
    </message>
    <message>
        <location filename="../ui/azure/AzureSignInDialog.cpp" line="95"/>
        <source>Open the page below in a browser and enter this code:</source>
        <translation>Otwórz poniższą stronę w przeglądarce i wpisz ten kod:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/azure/AzureSignInDialog.cpp" line="99"/>
        <source>Waiting for the sign-in to finish in the browser (the code is valid for %n minute(s))…</source>
        <translation>
            <numerusform>Oczekiwanie na zakończenie logowania w przeglądarce (kod jest ważny przez %n minutę)…</numerusform>
            <numerusform>Oczekiwanie na zakończenie logowania w przeglądarce (kod jest ważny przez %n minuty)…</numerusform>
            <numerusform>Oczekiwanie na zakończenie logowania w przeglądarce (kod jest ważny przez %n minut)…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/azure/AzureSignInDialog.cpp" line="113"/>
        <source>Sign-in failed: %1</source>
        <translation>Logowanie nie powiodło się: %1</translation>
    </message>
    <message>
        <location filename="../ui/azure/AzureSignInDialog.cpp" line="115"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>trainyard::ui::ChildRunList</name>
    <message>
        <location filename="../ui/runs/ChildRunList.cpp" line="23"/>
        <source>Run</source>
        <translation>Przebieg</translation>
    </message>
    <message>
        <location filename="../ui/runs/ChildRunList.cpp" line="23"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../ui/runs/ChildRunList.cpp" line="23"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../ui/runs/ChildRunList.cpp" line="23"/>
        <source>Metrics</source>
        <translation>Metryki</translation>
    </message>
</context>
<context>
    <name>trainyard::ui::ComputeDialog</name>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="27"/>
        <source>Create cluster</source>
        <translation>Utwórz klaster</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="38"/>
        <source>Update cluster %1</source>
        <translation>Zmień klaster %1</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="49"/>
        <source>A cluster&apos;s name cannot change.</source>
        <translation>Nazwy klastra nie można zmienić.</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="56"/>
        <source>The vm size and priority are fixed when a cluster is created. To use another size, create a new cluster.</source>
        <translation>Rozmiar maszyny i priorytet ustala się przy tworzeniu klastra. Aby użyć innego rozmiaru, utwórz nowy klaster.</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="71"/>
        <source>e.g. gpu-cluster</source>
        <translation>np. gpu-cluster</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="75"/>
        <source>Dedicated</source>
        <translation>Dedykowany</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="76"/>
        <source>Low priority</source>
        <translation>Niski priorytet</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="88"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="97"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="98"/>
        <source>&amp;VM size:</source>
        <translation>&amp;Rozmiar maszyny:</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="99"/>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorytet:</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="101"/>
        <source>M&amp;inimum nodes:</source>
        <translation>M&amp;inimalna liczba węzłów:</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="102"/>
        <source>M&amp;aximum nodes:</source>
        <translation>M&amp;aksymalna liczba węzłów:</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="103"/>
        <source>Idle time before &amp;scale-down:</source>
        <translation>Bezczynność przed &amp;zmniejszeniem:</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="104"/>
        <source>&amp;Description:</source>
        <translation>&amp;Opis:</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="106"/>
        <source>Advanced: network and admin user</source>
        <translation>Zaawansowane: sieć i administrator</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="115"/>
        <source>kept in the system keychain</source>
        <translation>przechowywane w systemowym pęku kluczy</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="117"/>
        <source>ssh-ed25519 AAAA… (public key)</source>
        <translation>ssh-ed25519 AAAA… (klucz publiczny)</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="121"/>
        <source>VNet resource group:</source>
        <translation>Grupa zasobów VNet:</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="122"/>
        <source>VNet name:</source>
        <translation>Nazwa VNet:</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="123"/>
        <source>Subnet name:</source>
        <translation>Nazwa podsieci:</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="124"/>
        <source>Admin user:</source>
        <translation>Administrator:</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="125"/>
        <source>Admin password:</source>
        <translation>Hasło administratora:</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="126"/>
        <source>SSH public key:</source>
        <translation>Publiczny klucz SSH:</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="138"/>
        <source>Advanced: admin user</source>
        <translation>Zaawansowane: administrator</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="140"/>
        <source>Advanced: network</source>
        <translation>Zaawansowane: sieć</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="157"/>
        <source>Update</source>
        <translation>Zmień</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="157"/>
        <source>Create</source>
        <translation>Utwórz</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="219"/>
        <source>A cluster named &apos;%1&apos; already exists in this workspace: choose another name.</source>
        <translation>Klaster „%1” już istnieje w tym obszarze roboczym: wybierz inną nazwę.</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="234"/>
        <source>A virtual network needs all three: resource group, VNet name and subnet name.</source>
        <translation>Sieć wirtualna wymaga wszystkich trzech: grupy zasobów, nazwy VNet i nazwy podsieci.</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="236"/>
        <source>Give the admin user name that the password or SSH key belongs to.</source>
        <translation>Podaj nazwę administratora, do którego należy hasło lub klucz SSH.</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="238"/>
        <source>Give the admin user &apos;%1&apos; a password or an SSH public key.</source>
        <translation>Nadaj administratorowi „%1” hasło lub publiczny klucz SSH.</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="251"/>
        <source>Updating…</source>
        <translation>Zmienianie…</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="251"/>
        <source>Creating…</source>
        <translation>Tworzenie…</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="284"/>
        <source>The admin password cannot be kept in the keychain: %1</source>
        <translation>Nie można zapisać hasła administratora w pęku kluczy: %1</translation>
    </message>
</context>
<context>
    <name>trainyard::ui::ComputeListModel</name>
    <message>
        <location filename="../ui/model/ComputeListModel.cpp" line="80"/>
        <source>Resizing</source>
        <translation>Skalowanie</translation>
    </message>
    <message>
        <location filename="../ui/model/ComputeListModel.cpp" line="80"/>
        <source>Steady</source>
        <translation>Stabilny</translation>
    </message>
    <message>
        <location filename="../ui/model/ComputeListModel.cpp" line="84"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/model/ComputeListModel.cpp" line="90"/>
        <source>Low priority</source>
        <translation>Niski priorytet</translation>
    </message>
    <message>
        <location filename="../ui/model/ComputeListModel.cpp" line="90"/>
        <source>Dedicated</source>
        <translation>Dedykowany</translation>
    </message>
    <message>
        <location filename="../ui/model/ComputeListModel.cpp" line="94"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/model/ComputeListModel.cpp" line="106"/>
        <source>Cluster</source>
        <translation>Klaster</translation>
    </message>
    <message>
        <location filename="../ui/model/ComputeListModel.cpp" line="108"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../ui/model/ComputeListModel.cpp" line="110"/>
        <source>Nodes</source>
        <translation>Węzły</translation>
    </message>
    <message>
        <location filename="../ui/model/ComputeListModel.cpp" line="112"/>
        <source>Node states</source>
        <translation>Stany węzłów</translation>
    </message>
    <message>
        <location filename="../ui/model/ComputeListModel.cpp" line="114"/>
        <source>VM size</source>
        <translation>Rozmiar maszyny</translation>
    </message>
    <message>
        <location filename="../ui/model/ComputeListModel.cpp" line="116"/>
        <source>Priority</source>
        <translation>Priorytet</translation>
    </message>
    <message>
        <location filename="../ui/model/ComputeListModel.cpp" line="118"/>
        <source>Min – max</source>
        <translation>Min. – maks.</translation>
    </message>
    <message>
        <location filename="../ui/model/ComputeListModel.cpp" line="120"/>
        <source>Idle timeout</source>
        <translation>Limit bezczynności</translation>
    </message>
    <message>
        <location filename="../ui/model/ComputeListModel.cpp" line="122"/>
        <source>Errors</source>
        <translation>Błędy</translation>
    </message>
</context>
<context>
    <name>trainyard::ui::ComputePage</name>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="57"/>
        <source>Compute clusters</source>
        <translation>Klastry obliczeniowe</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="62"/>
        <source>&amp;Create cluster…</source>
        <translation>&amp;Utwórz klaster…</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="63"/>
        <location filename="../ui/compute/ComputePage.cpp" line="241"/>
        <source>&amp;Update…</source>
        <translation>&amp;Zmień…</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="64"/>
        <location filename="../ui/compute/ComputePage.cpp" line="247"/>
        <source>&amp;Delete…</source>
        <translation>U&amp;suń…</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="123"/>
        <source>No clusters yet</source>
        <translation>Nie ma jeszcze klastrów</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="124"/>
        <source>A cluster is where your runs execute. Create your first cluster: choose a VM size and how many nodes it may scale to.</source>
        <translation>Na klastrze wykonują się Twoje przebiegi. Utwórz pierwszy klaster: wybierz rozmiar maszyny i do ilu węzłów może się skalować.</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="126"/>
        <source>Create your first cluster…</source>
        <translation>Utwórz pierwszy klaster…</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="127"/>
        <source>Loading clusters…</source>
        <translation>Wczytywanie klastrów…</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="148"/>
        <source>Cannot list the clusters: %1</source>
        <translation>Nie można wyświetlić klastrów: %1</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="190"/>
        <source>Nodes</source>
        <translation>Węzły</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="196"/>
        <source>Nodes of %1: %2 of at most %3</source>
        <translation>Węzły klastra %1: %2 z maksymalnie %3</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="244"/>
        <source>Copy &amp;name</source>
        <translation>Kopiuj &amp;nazwę</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="260"/>
        <location filename="../ui/compute/ComputePage.cpp" line="261"/>
        <source>Cluster %1 created.</source>
        <translation>Utworzono klaster %1.</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="276"/>
        <source>Cluster %1 updated.</source>
        <translation>Zmieniono klaster %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compute/ComputePage.cpp" line="302"/>
        <source>The cluster &apos;%1&apos; still has %n active run(s), and a cluster is not deleted while runs are active: cancel them first, or wait until they end. Try to delete it anyway?</source>
        <translation>
            <numerusform>Klaster „%1” ma jeszcze %n aktywny przebieg, a klaster nie jest usuwany, dopóki są aktywne przebiegi: najpierw go anuluj lub zaczekaj, aż się zakończy. Mimo to spróbować go usunąć?</numerusform>
            <numerusform>Klaster „%1” ma jeszcze %n aktywne przebiegi, a klaster nie jest usuwany, dopóki są aktywne przebiegi: najpierw je anuluj lub zaczekaj, aż się zakończą. Mimo to spróbować go usunąć?</numerusform>
            <numerusform>Klaster „%1” ma jeszcze %n aktywnych przebiegów, a klaster nie jest usuwany, dopóki są aktywne przebiegi: najpierw je anuluj lub zaczekaj, aż się zakończą. Mimo to spróbować go usunąć?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="306"/>
        <source>Delete the cluster &apos;%1&apos;? Its nodes are released. Finished runs stay in the history.</source>
        <translation>Usunąć klaster „%1”? Jego węzły zostaną zwolnione. Zakończone przebiegi pozostaną w historii.</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="308"/>
        <source>Delete cluster</source>
        <translation>Usuń klaster</translation>
    </message>
    <message>
        <source>Delete the cluster &apos;%1&apos;? Its nodes are released. Finished runs stay in the history; a cluster with active runs is not deleted.</source>
        <translation type="vanished">Usunąć klaster „%1”? Jego węzły zostaną zwolnione. Zakończone przebiegi pozostaną w historii; klaster z aktywnymi przebiegami nie zostanie usunięty.</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="310"/>
        <source>Delete %1</source>
        <translation>Usuń %1</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="321"/>
        <source>Deleting %1…</source>
        <translation>Usuwanie %1…</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="325"/>
        <source>Cluster %1 was not deleted: %2</source>
        <translation>Klaster %1 nie został usunięty: %2</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="328"/>
        <location filename="../ui/compute/ComputePage.cpp" line="329"/>
        <source>Cluster %1 deleted.</source>
        <translation>Usunięto klaster %1.</translation>
    </message>
</context>
<context>
    <name>trainyard::ui::DatastoresPage</name>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="43"/>
        <source>&amp;Upload folder…</source>
        <translation>P&amp;rześlij folder…</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="44"/>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="230"/>
        <source>&amp;Download…</source>
        <translation>&amp;Pobierz…</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="45"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="48"/>
        <source>Datastores</source>
        <translation>Magazyny danych</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="54"/>
        <source>Refresh (F5)</source>
        <translation>Odśwież (F5)</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="62"/>
        <source>Copy a folder of this computer into the selected folder of the default datastore</source>
        <translation>Skopiuj folder z tego komputera do zaznaczonego folderu domyślnego magazynu danych</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="64"/>
        <source>Copy the selected file or folder to a folder of this computer</source>
        <translation>Skopiuj zaznaczony plik lub folder do folderu na tym komputerze</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="67"/>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="79"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="67"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="67"/>
        <source>Location</source>
        <translation>Lokalizacja</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="67"/>
        <source>Default</source>
        <translation>Domyślny</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="75"/>
        <source>Runs read their data from datastores: pass a path as {datastore:data/mnist} in a run&apos;s arguments. Upload a folder here or with “yard datastore upload”.</source>
        <translation>Przebiegi odczytują dane z magazynów danych: podaj ścieżkę jako {datastore:data/mnist} w argumentach przebiegu. Prześlij folder tutaj lub poleceniem „yard datastore upload”.</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="79"/>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="79"/>
        <source>Modified</source>
        <translation>Zmodyfikowano</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="91"/>
        <source>Files of the default datastore:</source>
        <translation>Pliki domyślnego magazynu danych:</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="162"/>
        <source>The %1 engine does not list a datastore&apos;s files here; upload and download still work.</source>
        <translation>Silnik %1 nie wyświetla tutaj plików magazynu danych; przesyłanie i pobieranie nadal działają.</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="168"/>
        <source>Cannot list the datastore&apos;s files: %1</source>
        <translation>Nie można wyświetlić plików magazynu danych: %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="203"/>
        <source>The datastore is empty: upload a folder to give runs their data.</source>
        <translation>Magazyn danych jest pusty: prześlij folder, aby przebiegi miały dane.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workspace/DatastoresPage.cpp" line="204"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n plik</numerusform>
            <numerusform>%n pliki</numerusform>
            <numerusform>%n plików</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="233"/>
        <source>&amp;Upload folder here…</source>
        <translation>P&amp;rześlij folder tutaj…</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="238"/>
        <source>Copy run &amp;argument</source>
        <translation>Kopiuj &amp;argument przebiegu</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="241"/>
        <source>Copy &amp;path</source>
        <translation>Kopiuj ś&amp;cieżkę</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="257"/>
        <source>Upload a folder to the datastore</source>
        <translation>Prześlij folder do magazynu danych</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="272"/>
        <source>Download %1 to</source>
        <translation>Pobierz %1 do</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="286"/>
        <source>Uploading %1 to %2</source>
        <translation>Przesyłanie %1 do %2</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="293"/>
        <source>Downloading %1 to %2</source>
        <translation>Pobieranie %1 do %2</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="320"/>
        <source>%1 of %2 files</source>
        <translation>%1 z %2 plików</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="328"/>
        <source>%1: done.</source>
        <translation>%1: gotowe.</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="329"/>
        <source>%1: canceled; nothing half-written was kept.</source>
        <translation>%1: anulowano; nie zachowano niczego zapisanego częściowo.</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="330"/>
        <source>%1: failed: %2</source>
        <translation>%1: niepowodzenie: %2</translation>
    </message>
    <message>
        <source>Runs read their data from datastores: pass a path as {datastore:data/mnist} in a run&apos;s arguments. Upload a folder with `yard datastore upload`.</source>
        <translation type="vanished">Przebiegi czytają dane z magazynów danych: przekaż ścieżkę jako {datastore:data/mnist} w argumentach przebiegu. Folder prześlesz poleceniem `yard datastore upload`.</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="139"/>
        <source>Cannot list the datastores: %1</source>
        <translation>Nie można wyświetlić magazynów danych: %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="149"/>
        <source>yes</source>
        <translation>tak</translation>
    </message>
</context>
<context>
    <name>trainyard::ui::ImportBatchAiDialog</name>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="61"/>
        <source>Import Batch AI definition</source>
        <translation>Importuj definicję Batch AI</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="70"/>
        <source>cluster.json, job.json or configuration.json from Batch AI</source>
        <translation>cluster.json, job.json lub configuration.json z Batch AI</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="71"/>
        <source>Open…</source>
        <translation>Otwórz…</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="75"/>
        <source>File:</source>
        <translation>Plik:</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="89"/>
        <source>Open a Batch AI file to see its Trainyard and Azure ML form.</source>
        <translation>Otwórz plik Batch AI, aby zobaczyć jego formularz Trainyard i Azure ML.</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="94"/>
        <source>Nothing to create from this file: see the warnings below for what to do.</source>
        <translation>Z tego pliku nie da się nic utworzyć: co zrobić, mówią ostrzeżenia poniżej.</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="105"/>
        <source>Batch AI (as written; secrets masked)</source>
        <translation>Batch AI (w oryginale; sekrety zamaskowane)</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="110"/>
        <source>Trainyard / Azure ML (editable)</source>
        <translation>Trainyard / Azure ML (do edycji)</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="137"/>
        <source>Create</source>
        <translation>Utwórz</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="178"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="183"/>
        <source>VM size</source>
        <translation>Rozmiar maszyny</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="185"/>
        <source>dedicated</source>
        <translation>dedykowany</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="186"/>
        <source>low priority</source>
        <translation>niski priorytet</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="187"/>
        <source>VM priority</source>
        <translation>Priorytet maszyny</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="190"/>
        <source>Min nodes</source>
        <translation>Min. węzłów</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="193"/>
        <source>Max nodes</source>
        <translation>Maks. węzłów</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="195"/>
        <source>Manual scale N becomes 0..N (idle nodes leave)</source>
        <translation>Ręczne skalowanie N staje się 0..N (bezczynne węzły odchodzą)</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="199"/>
        <source>Idle seconds before scale-down</source>
        <translation>Bezczynność przed zmniejszeniem (s)</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="202"/>
        <source>Admin user</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="212"/>
        <source>Experiment</source>
        <translation>Eksperyment</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="216"/>
        <source>Compute</source>
        <translation>Obliczenia</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="223"/>
        <source>Browse…</source>
        <translation>Przeglądaj…</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="226"/>
        <source>Source directory</source>
        <translation>Katalog źródłowy</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="231"/>
        <source>Node count</source>
        <translation>Liczba węzłów</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="237"/>
        <source>Distribution</source>
        <translation>Dystrybucja</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="243"/>
        <source>Processes per node</source>
        <translation>Procesy na węzeł</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="246"/>
        <source>Workers</source>
        <translation>Workery</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="249"/>
        <source>Parameter servers</source>
        <translation>Serwery parametrów</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="253"/>
        <source>Container image</source>
        <translation>Obraz kontenera</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="258"/>
        <source>Command</source>
        <translation>Polecenie</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="262"/>
        <source>NAME=value, one a line</source>
        <translation>NAZWA=wartość, po jednej w wierszu</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="264"/>
        <source>Environment variables</source>
        <translation>Zmienne środowiskowe</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="270"/>
        <source>Open a Batch AI definition</source>
        <translation>Otwórz definicję Batch AI</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="271"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Pliki JSON (*.json);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="278"/>
        <source>The job&apos;s scripts</source>
        <translation>Skrypty zadania</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="311"/>
        <source>Reading %1…</source>
        <translation>Wczytywanie %1…</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="338"/>
        <source>Mapping again…</source>
        <translation>Ponowne mapowanie…</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="359"/>
        <source>Batch AI cluster</source>
        <translation>Klaster Batch AI</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="362"/>
        <source>Batch AI job</source>
        <translation>Zadanie Batch AI</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="365"/>
        <source>Batch AI file server</source>
        <translation>Serwer plików Batch AI</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="368"/>
        <source>Batch AI configuration</source>
        <translation>Konfiguracja Batch AI</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="372"/>
        <source>%1 (API %2)</source>
        <translation>%1 (API %2)</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="387"/>
        <source>Create cluster</source>
        <translation>Utwórz klaster</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="399"/>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="406"/>
        <source>Submit job</source>
        <translation>Uruchom zadanie</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="483"/>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="508"/>
        <source>Keeping the secrets in the keychain…</source>
        <translation>Zapisywanie sekretów w pęku kluczy…</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="489"/>
        <source>Creating %1…</source>
        <translation>Tworzenie %1…</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="494"/>
        <source>Created cluster %1.</source>
        <translation>Utworzono klaster %1.</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="503"/>
        <source>Choose the source directory: the folder with the job&apos;s scripts, snapshotted at submit.</source>
        <translation>Wybierz katalog źródłowy: folder ze skryptami zadania, zapisywany w chwili uruchomienia.</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="514"/>
        <source>Submitting to %1…</source>
        <translation>Przesyłanie do %1…</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportBatchAiDialog.cpp" line="519"/>
        <source>Submitted run %1.</source>
        <translation>Uruchomiono przebieg %1.</translation>
    </message>
</context>
<context>
    <name>trainyard::ui::ImportWarningModel</name>
    <message>
        <location filename="../ui/batchai/ImportWarningModel.cpp" line="31"/>
        <source>Batch AI field</source>
        <translation>Pole Batch AI</translation>
    </message>
    <message>
        <location filename="../ui/batchai/ImportWarningModel.cpp" line="31"/>
        <source>Why it does not carry over as written</source>
        <translation>Dlaczego nie przechodzi bez zmian</translation>
    </message>
</context>
<context>
    <name>trainyard::ui::LogView</name>
    <message>
        <location filename="../ui/logs/LogView.cpp" line="263"/>
        <source>[line clipped]</source>
        <translation>[wiersz obcięty]</translation>
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
        <translation>Brak otwartego obszaru roboczego</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="86"/>
        <source>A workspace holds your clusters, datastores and runs. Create a new local workspace, or open an existing folder or an Azure ML config.json.</source>
        <translation>Obszar roboczy zawiera Twoje klastry, magazyny danych i przebiegi. Utwórz nowy lokalny obszar roboczy albo otwórz istniejący folder lub plik config.json z Azure ML.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="89"/>
        <source>New workspace…</source>
        <translation>Nowy obszar roboczy…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="90"/>
        <source>Open workspace…</source>
        <translation>Otwórz obszar roboczy…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="97"/>
        <source>All runs</source>
        <translation>Wszystkie przebiegi</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="98"/>
        <source>The runs of every open workspace in one list</source>
        <translation>Przebiegi wszystkich otwartych obszarów roboczych na jednej liście</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="120"/>
        <source>Sign in…</source>
        <translation>Zaloguj się…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="149"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="150"/>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nowy obszar roboczy…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="151"/>
        <source>&amp;Open workspace folder…</source>
        <translation>&amp;Otwórz folder obszaru roboczego…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="153"/>
        <source>Open &amp;config.json…</source>
        <translation>Otwórz &amp;config.json…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="154"/>
        <source>&amp;Recent workspaces</source>
        <translation>&amp;Ostatnie obszary robocze</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="155"/>
        <source>&amp;Close workspace</source>
        <translation>&amp;Zamknij obszar roboczy</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="157"/>
        <source>&amp;Sign in to Azure…</source>
        <translation>Za&amp;loguj się do Azure…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="159"/>
        <source>&amp;Import Batch AI definition…</source>
        <translation>&amp;Importuj definicję Batch AI…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="168"/>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="171"/>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="172"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="175"/>
        <source>Refreshed.</source>
        <translation>Odświeżono.</translation>
    </message>
    <message>
        <source>&amp;Find runs</source>
        <translation type="vanished">&amp;Znajdź przebiegi</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="178"/>
        <source>&amp;Find</source>
        <translation>&amp;Znajdź</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="180"/>
        <source>Find in the log you are reading, or filter the runs (Ctrl+F)</source>
        <translation>Szukaj w czytanym logu lub filtruj przebiegi (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="182"/>
        <source>&amp;Theme</source>
        <translation>&amp;Motyw</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="185"/>
        <source>&amp;System</source>
        <translation>&amp;Systemowy</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="185"/>
        <source>&amp;Light</source>
        <translation>&amp;Jasny</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="186"/>
        <source>&amp;Dark</source>
        <translation>&amp;Ciemny</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="198"/>
        <source>&amp;Compute</source>
        <translation>&amp;Obliczenia</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="199"/>
        <source>&amp;Create cluster…</source>
        <translation>&amp;Utwórz klaster…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="205"/>
        <source>&amp;Update cluster…</source>
        <translation>&amp;Zmień klaster…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="212"/>
        <source>&amp;Delete selected…</source>
        <translation>U&amp;suń zaznaczone…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="214"/>
        <source>Delete the selected cluster or the selected finished runs (Delete)</source>
        <translation>Usuń zaznaczony klaster lub zaznaczone zakończone przebiegi (Delete)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="216"/>
        <source>&amp;Runs</source>
        <translation>P&amp;rzebiegi</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="217"/>
        <source>&amp;Submit run…</source>
        <translation>&amp;Uruchom przebieg…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="225"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="226"/>
        <source>&amp;About Trainyard</source>
        <translation>&amp;O programie Trainyard</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="236"/>
        <source>Main toolbar</source>
        <translation>Główny pasek narzędzi</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="303"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="317"/>
        <source>Compute</source>
        <translation>Obliczenia</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="318"/>
        <source>Datastores</source>
        <translation>Magazyny danych</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="319"/>
        <source>Experiments</source>
        <translation>Eksperymenty</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="365"/>
        <source>Open workspace</source>
        <translation>Otwórz obszar roboczy</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="366"/>
        <source>Cannot open the workspace %1: %2</source>
        <translation>Nie można otworzyć obszaru roboczego %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="385"/>
        <source>Cannot open the default workspace: %1</source>
        <translation>Nie można otworzyć domyślnego obszaru roboczego: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="461"/>
        <source>%1 — Trainyard</source>
        <translation>%1 — Trainyard</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="508"/>
        <source>connecting…</source>
        <translation>łączenie…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="509"/>
        <source>connected</source>
        <translation>połączono</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="510"/>
        <source>not reachable</source>
        <translation>nieosiągalny</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="512"/>
        <source>%1 — %2 engine, %3</source>
        <translation>%1 — silnik %2, %3</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="523"/>
        <source>Sign in to Azure for %1</source>
        <translation>Zaloguj się do Azure dla %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="531"/>
        <source>Sign-in is for Azure ML workspaces; open one first.</source>
        <translation>Logowanie dotyczy obszarów roboczych Azure ML; najpierw otwórz taki obszar.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="541"/>
        <source>Signed in to Azure.</source>
        <translation>Zalogowano do Azure.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="551"/>
        <source>New workspace: choose an empty folder</source>
        <translation>Nowy obszar roboczy: wybierz pusty folder</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="559"/>
        <source>New workspace</source>
        <translation>Nowy obszar roboczy</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="560"/>
        <source>Cannot create a workspace in %1: %2</source>
        <translation>Nie można utworzyć obszaru roboczego w %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="569"/>
        <source>Open workspace folder</source>
        <translation>Otwórz folder obszaru roboczego</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="580"/>
        <source>Open workspace config</source>
        <translation>Otwórz konfigurację obszaru roboczego</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="580"/>
        <source>Workspace config (*.json)</source>
        <translation>Konfiguracja obszaru roboczego (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="641"/>
        <source>Run %1: %2</source>
        <translation>Przebieg %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="643"/>
        <source>Experiment %1 on %2</source>
        <translation>Eksperyment %1 na %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="652"/>
        <source>About Trainyard</source>
        <translation>O programie Trainyard</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="653"/>
        <source>&lt;h3&gt;Trainyard %1&lt;/h3&gt;&lt;p&gt;Train models on clusters: local, Slurm and Azure ML, with the names of the Azure ML SDK.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Trainyard %1&lt;/h3&gt;&lt;p&gt;Trenowanie modeli na klastrach: lokalnie, w Slurm i Azure ML, z nazwami z Azure ML SDK.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>trainyard::ui::MetricChart</name>
    <message>
        <location filename="../ui/charts/MetricChart.cpp" line="84"/>
        <source>Reset zoom</source>
        <translation>Resetuj powiększenie</translation>
    </message>
    <message>
        <location filename="../ui/charts/MetricChart.cpp" line="85"/>
        <source>Show the whole x range again (or double-click the chart)</source>
        <translation>Pokaż znowu cały zakres osi x (lub kliknij dwukrotnie wykres)</translation>
    </message>
    <message>
        <location filename="../ui/charts/MetricChart.cpp" line="88"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../ui/charts/MetricChart.cpp" line="89"/>
        <source>Export every point of this metric as CSV</source>
        <translation>Eksportuj wszystkie punkty tej metryki jako CSV</translation>
    </message>
    <message>
        <location filename="../ui/charts/MetricChart.cpp" line="108"/>
        <source> (raw)</source>
        <translation> (surowe)</translation>
    </message>
    <message>
        <location filename="../ui/charts/MetricChart.cpp" line="109"/>
        <source> (smoothed)</source>
        <translation> (wygładzone)</translation>
    </message>
    <message>
        <location filename="../ui/charts/MetricChart.cpp" line="132"/>
        <source>step</source>
        <translation>krok</translation>
    </message>
    <message>
        <location filename="../ui/charts/MetricChart.cpp" line="132"/>
        <source>seconds since start</source>
        <translation>sekundy od startu</translation>
    </message>
    <message>
        <location filename="../ui/charts/MetricChart.cpp" line="354"/>
        <source>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; %2 — last %3 · min %4 · max %5 · %6 points</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; %2 — ostatnia %3 · min %4 · maks %5 · punktów: %6</translation>
    </message>
    <message>
        <location filename="../ui/charts/MetricChart.cpp" line="359"/>
        <source> · %1 NaN/inf not drawn</source>
        <translation> · nienarysowane NaN/inf: %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/MetricChart.cpp" line="363"/>
        <source>&lt;i&gt;Solid lines: smoothed (EMA, weight %1); faint lines: raw values.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Linie ciągłe: wartości wygładzone (EMA, waga %1); blade linie: wartości surowe.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/charts/MetricChart.cpp" line="420"/>
        <source>%1 — step %2 · %3 · %4</source>
        <translation>%1 — krok %2 · %3 · %4</translation>
    </message>
</context>
<context>
    <name>trainyard::ui::MetricImagesView</name>
    <message>
        <location filename="../ui/charts/MetricImagesView.cpp" line="70"/>
        <source>Click to see the image at full size</source>
        <translation>Kliknij, aby zobaczyć obraz w pełnym rozmiarze</translation>
    </message>
    <message>
        <location filename="../ui/charts/MetricImagesView.cpp" line="72"/>
        <source>Step</source>
        <translation>Krok</translation>
    </message>
    <message>
        <location filename="../ui/charts/MetricImagesView.cpp" line="112"/>
        <source>step %1 (%2 of %3)</source>
        <translation>krok %1 (%2 z %3)</translation>
    </message>
    <message>
        <location filename="../ui/charts/MetricImagesView.cpp" line="131"/>
        <source>not an image this build can read</source>
        <translation>to nie jest obraz, który ta wersja potrafi odczytać</translation>
    </message>
    <message>
        <location filename="../ui/charts/MetricImagesView.cpp" line="139"/>
        <source>Image %1: %2</source>
        <translation>Obraz %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/charts/MetricImagesView.cpp" line="162"/>
        <source>%1, step %2</source>
        <translation>%1, krok %2</translation>
    </message>
</context>
<context>
    <name>trainyard::ui::MetricValuesPanel</name>
    <message>
        <location filename="../ui/charts/MetricValuesPanel.cpp" line="32"/>
        <source>Metric</source>
        <translation>Metryka</translation>
    </message>
    <message>
        <location filename="../ui/charts/MetricValuesPanel.cpp" line="32"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location filename="../ui/charts/MetricValuesPanel.cpp" line="32"/>
        <source>Last value</source>
        <translation>Ostatnia wartość</translation>
    </message>
    <message>
        <location filename="../ui/charts/MetricValuesPanel.cpp" line="32"/>
        <source>Points</source>
        <translation>Punkty</translation>
    </message>
    <message>
        <location filename="../ui/charts/MetricValuesPanel.cpp" line="32"/>
        <source>Range</source>
        <translation>Zakres</translation>
    </message>
    <message>
        <location filename="../ui/charts/MetricValuesPanel.cpp" line="41"/>
        <source>Values</source>
        <translation>Wartości</translation>
    </message>
    <message>
        <location filename="../ui/charts/MetricValuesPanel.cpp" line="66"/>
        <source>number</source>
        <translation>liczba</translation>
    </message>
    <message>
        <location filename="../ui/charts/MetricValuesPanel.cpp" line="68"/>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <location filename="../ui/charts/MetricValuesPanel.cpp" line="70"/>
        <source>list</source>
        <translation>lista</translation>
    </message>
    <message>
        <location filename="../ui/charts/MetricValuesPanel.cpp" line="72"/>
        <source>table</source>
        <translation>tabela</translation>
    </message>
    <message>
        <location filename="../ui/charts/MetricValuesPanel.cpp" line="74"/>
        <source>image</source>
        <translation>obraz</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/MetricValuesPanel.cpp" line="126"/>
        <source>%1 (%n row(s))</source>
        <translation>
            <numerusform>%1 (%n wiersz)</numerusform>
            <numerusform>%1 (%n wiersze)</numerusform>
            <numerusform>%1 (%n wierszy)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trainyard::ui::NodeTableModel</name>
    <message>
        <location filename="../ui/model/NodeTableModel.cpp" line="76"/>
        <source>Node</source>
        <translation>Węzeł</translation>
    </message>
    <message>
        <location filename="../ui/model/NodeTableModel.cpp" line="78"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../ui/model/NodeTableModel.cpp" line="80"/>
        <source>Run</source>
        <translation>Przebieg</translation>
    </message>
    <message>
        <location filename="../ui/model/NodeTableModel.cpp" line="82"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../ui/model/NodeTableModel.cpp" line="84"/>
        <source>Since</source>
        <translation>Od</translation>
    </message>
    <message>
        <location filename="../ui/model/NodeTableModel.cpp" line="86"/>
        <source>Reason</source>
        <translation>Przyczyna</translation>
    </message>
    <message>
        <location filename="../ui/model/NodeTableModel.cpp" line="88"/>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
</context>
<context>
    <name>trainyard::ui::RunAlertNotifier</name>
    <message>
        <location filename="../ui/runs/RunAlertNotifier.cpp" line="32"/>
        <source>Run %1</source>
        <translation>Przebieg %1</translation>
    </message>
</context>
<context>
    <name>trainyard::ui::RunComparisonView</name>
    <message>
        <location filename="../ui/compare/RunComparisonView.cpp" line="24"/>
        <source>Config</source>
        <translation>Konfiguracja</translation>
    </message>
    <message>
        <location filename="../ui/compare/RunComparisonView.cpp" line="26"/>
        <source>Arguments</source>
        <translation>Argumenty</translation>
    </message>
    <message>
        <location filename="../ui/compare/RunComparisonView.cpp" line="28"/>
        <source>Environment</source>
        <translation>Środowisko</translation>
    </message>
    <message>
        <location filename="../ui/compare/RunComparisonView.cpp" line="30"/>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <location filename="../ui/compare/RunComparisonView.cpp" line="32"/>
        <source>Properties</source>
        <translation>Właściwości</translation>
    </message>
    <message>
        <location filename="../ui/compare/RunComparisonView.cpp" line="34"/>
        <source>Metrics</source>
        <translation>Metryki</translation>
    </message>
    <message>
        <location filename="../ui/compare/RunComparisonView.cpp" line="56"/>
        <source>Differences only</source>
        <translation>Tylko różnice</translation>
    </message>
    <message>
        <location filename="../ui/compare/RunComparisonView.cpp" line="65"/>
        <source>Show only the values that are not the same in every run</source>
        <translation>Pokaż tylko wartości, które nie są takie same we wszystkich przebiegach</translation>
    </message>
    <message>
        <location filename="../ui/compare/RunComparisonView.cpp" line="98"/>
        <source>Comparing %1 runs</source>
        <translation>Porównanie przebiegów: %1</translation>
    </message>
    <message>
        <location filename="../ui/compare/RunComparisonView.cpp" line="152"/>
        <source>Section</source>
        <translation>Sekcja</translation>
    </message>
    <message>
        <location filename="../ui/compare/RunComparisonView.cpp" line="152"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../ui/compare/RunComparisonView.cpp" line="170"/>
        <source>(missing)</source>
        <translation>(brak)</translation>
    </message>
</context>
<context>
    <name>trainyard::ui::RunDetailsPanel</name>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="75"/>
        <source>Cancel run</source>
        <translation>Anuluj przebieg</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="76"/>
        <source>Clone and resubmit…</source>
        <translation>Sklonuj i uruchom ponownie…</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="85"/>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="85"/>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="85"/>
        <source>Modified</source>
        <translation>Zmodyfikowano</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="87"/>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="89"/>
        <source>Save as…</source>
        <translation>Zapisz jako…</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="105"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="105"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="105"/>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="vanished">Przebieg</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="vanished">Stan</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="55"/>
        <source>This run has no child runs. A run&apos;s script starts them with run.child_run() or by submitting with a parent run.</source>
        <translation>Ten przebieg nie ma przebiegów podrzędnych. Skrypt przebiegu uruchamia je przez run.child_run() lub przez uruchomienie z przebiegiem nadrzędnym.</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="88"/>
        <source>Open the selected file with the program your desktop uses for it</source>
        <translation>Otwórz zaznaczony plik programem, którego używa do tego pulpit</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="119"/>
        <source>Logs</source>
        <translation>Logi</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="120"/>
        <source>Metrics</source>
        <translation>Metryki</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="121"/>
        <source>Resources</source>
        <translation>Zasoby</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="127"/>
        <source>Outputs</source>
        <translation>Wyniki</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="128"/>
        <source>Properties &amp;&amp; tags</source>
        <translation>Właściwości i tagi</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="129"/>
        <source>Child runs</source>
        <translation>Przebiegi podrzędne</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="140"/>
        <source>Select a run to see its status, logs, metrics and outputs.</source>
        <translation>Wybierz przebieg, aby zobaczyć jego stan, logi, metryki i wyniki.</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="180"/>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="234"/>
        <source>%1 (run %2)</source>
        <translation>%1 (przebieg %2)</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="241"/>
        <source>Experiment: %1</source>
        <translation>Eksperyment: %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="242"/>
        <source>Compute: %1</source>
        <translation>Obliczenia: %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="243"/>
        <source>Nodes: %1</source>
        <translation>Węzły: %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="245"/>
        <source>Environment: %1</source>
        <translation>Środowisko: %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="247"/>
        <source>On: %1</source>
        <translation>Na: %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="249"/>
        <source>Duration: %1</source>
        <translation>Czas trwania: %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="249"/>
        <source>not started</source>
        <translation>nie rozpoczęto</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="251"/>
        <source>Exit code: %1</source>
        <translation>Kod wyjścia: %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="252"/>
        <source>Id: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="260"/>
        <source>canceling</source>
        <translation>anulowanie</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="260"/>
        <source>the engine has not said why yet</source>
        <translation>silnik nie podał jeszcze przyczyny</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="261"/>
        <source>Canceling: %1</source>
        <translation>Anulowanie: %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="262"/>
        <source>Why it waits: %1</source>
        <translation>Dlaczego czeka: %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="270"/>
        <source>Error: %1</source>
        <translation>Błąd: %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="287"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="288"/>
        <source>Property</source>
        <translation>Właściwość</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="299"/>
        <source>Configuration</source>
        <translation>Konfiguracja</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="326"/>
        <source>No files yet.</source>
        <translation>Nie ma jeszcze plików.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="327"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n plik</numerusform>
            <numerusform>%n pliki</numerusform>
            <numerusform>%n plików</numerusform>
        </translation>
    </message>
    <message>
        <source>This run has no child runs.</source>
        <translation type="vanished">Ten przebieg nie ma przebiegów podrzędnych.</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="355"/>
        <source>Choose a file to open.</source>
        <translation>Wybierz plik do otwarcia.</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="362"/>
        <source>Fetching %1…</source>
        <translation>Pobieranie %1…</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="366"/>
        <source>%1 was not opened: %2</source>
        <translation>Nie otwarto %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="371"/>
        <source>Opened %1.</source>
        <translation>Otwarto %1.</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="373"/>
        <source>No program could open %1: there is no application for this kind of file, or no desktop to start it. A copy is at %2; use Save as… to keep it elsewhere.</source>
        <translation>Żaden program nie mógł otworzyć %1: brak aplikacji dla tego rodzaju pliku albo pulpitu, który by ją uruchomił. Kopia jest w %2; użyj Zapisz jako…, aby zachować ją gdzie indziej.</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="383"/>
        <source>Save the run&apos;s files to</source>
        <translation>Zapisz pliki przebiegu w</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="395"/>
        <source>Saving to %1…</source>
        <translation>Zapisywanie w %1…</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="397"/>
        <source>Saving: %1 of %2 files</source>
        <translation>Zapisywanie: %1 z %2 plików</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="401"/>
        <source>Saved to %1.</source>
        <translation>Zapisano w %1.</translation>
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
        <translation>Śledź</translation>
    </message>
    <message>
        <source>Find in log</source>
        <translation type="vanished">Szukaj w logu</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunLogPanel.cpp" line="42"/>
        <source>Find in log (Ctrl+F)</source>
        <translation>Szukaj w logu (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunLogPanel.cpp" line="45"/>
        <source>No log yet: the run writes one once it starts.</source>
        <translation>Brak logu: przebieg zapisze go po uruchomieniu.</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunLogPanel.cpp" line="47"/>
        <source>Match case</source>
        <translation>Uwzględniaj wielkość liter</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunLogPanel.cpp" line="49"/>
        <source>Keep showing the newest lines</source>
        <translation>Pokazuj zawsze najnowsze wiersze</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunLogPanel.cpp" line="60"/>
        <source>▲</source>
        <translation>▲</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunLogPanel.cpp" line="60"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Poprzednie dopasowanie (Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunLogPanel.cpp" line="61"/>
        <source>▼</source>
        <translation>▼</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunLogPanel.cpp" line="61"/>
        <source>Next match (Enter)</source>
        <translation>Następne dopasowanie (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunLogPanel.cpp" line="65"/>
        <source>Top</source>
        <translation>Początek</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunLogPanel.cpp" line="65"/>
        <source>Jump to the first line</source>
        <translation>Przejdź do pierwszego wiersza</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunLogPanel.cpp" line="67"/>
        <source>Bottom</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunLogPanel.cpp" line="67"/>
        <source>Jump to the last line and follow</source>
        <translation>Przejdź do ostatniego wiersza i śledź</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunLogPanel.cpp" line="68"/>
        <source>Copy</source>
        <translation>Kopiuj</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunLogPanel.cpp" line="68"/>
        <source>Copy the selected lines</source>
        <translation>Kopiuj zaznaczone wiersze</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunLogPanel.cpp" line="188"/>
        <source>All ranks (merged)</source>
        <translation>Wszystkie rangi (scalone)</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunLogPanel.cpp" line="190"/>
        <source>Rank %1 — %2</source>
        <translation>Ranga %1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunLogPanel.cpp" line="218"/>
        <source>searching…</source>
        <translation>wyszukiwanie…</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunLogPanel.cpp" line="241"/>
        <source>no matches</source>
        <translation>brak dopasowań</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/logs/RunLogPanel.cpp" line="242"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n dopasowanie</numerusform>
            <numerusform>%n dopasowania</numerusform>
            <numerusform>%n dopasowań</numerusform>
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
        <translation>Krok</translation>
    </message>
    <message>
        <location filename="../ui/charts/RunMetricsPanel.cpp" line="62"/>
        <source>Relative time</source>
        <translation>Czas względny</translation>
    </message>
    <message>
        <location filename="../ui/charts/RunMetricsPanel.cpp" line="63"/>
        <source>Wall time</source>
        <translation>Czas zegarowy</translation>
    </message>
    <message>
        <location filename="../ui/charts/RunMetricsPanel.cpp" line="67"/>
        <source>Smoothing (debiased exponential moving average)</source>
        <translation>Wygładzanie (wykładnicza średnia krocząca z korekcją obciążenia)</translation>
    </message>
    <message>
        <location filename="../ui/charts/RunMetricsPanel.cpp" line="52"/>
        <source>Export CSV…</source>
        <translation>Eksportuj CSV…</translation>
    </message>
    <message>
        <location filename="../ui/charts/RunMetricsPanel.cpp" line="71"/>
        <source>X axis:</source>
        <translation>Oś X:</translation>
    </message>
    <message>
        <location filename="../ui/charts/RunMetricsPanel.cpp" line="74"/>
        <source>Smoothing:</source>
        <translation>Wygładzanie:</translation>
    </message>
    <message>
        <location filename="../ui/charts/RunMetricsPanel.cpp" line="90"/>
        <source>&lt;p&gt;&lt;b&gt;No resource use yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Each rank&apos;s CPU, memory and disk use appear here while the run runs, sampled every few seconds.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Brak danych o użyciu zasobów.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Użycie CPU, pamięci i dysku przez każdą rangę pojawia się tutaj podczas działania przebiegu, próbkowane co kilka sekund.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/charts/RunMetricsPanel.cpp" line="92"/>
        <source>&lt;p&gt;&lt;b&gt;No metrics yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A run&apos;s charts appear here once its script logs a number:&lt;br&gt;&lt;code&gt;from trainyard import run; run.log(&quot;loss&quot;, 0.25, step=10)&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Brak metryk.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Wykresy przebiegu pojawią się tutaj, gdy jego skrypt zapisze liczbę:&lt;br&gt;&lt;code&gt;from trainyard import run; run.log(&quot;loss&quot;, 0.25, step=10)&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/charts/RunMetricsPanel.cpp" line="105"/>
        <source>Images</source>
        <translation>Obrazy</translation>
    </message>
    <message>
        <location filename="../ui/charts/RunMetricsPanel.cpp" line="298"/>
        <source>rank %1</source>
        <translation>ranga %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/RunMetricsPanel.cpp" line="303"/>
        <source>rank %1 (%2)</source>
        <translation>ranga %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/charts/RunMetricsPanel.cpp" line="371"/>
        <source>Export metrics</source>
        <translation>Eksportuj metryki</translation>
    </message>
    <message>
        <location filename="../ui/charts/RunMetricsPanel.cpp" line="371"/>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/charts/RunMetricsPanel.cpp" line="131"/>
        <source>Metrics exported.</source>
        <translation>Wyeksportowano metryki.</translation>
    </message>
</context>
<context>
    <name>trainyard::ui::RunTableModel</name>
    <message>
        <location filename="../ui/model/RunTableModel.cpp" line="262"/>
        <location filename="../ui/runs/RunColumnsMenu.cpp" line="34"/>
        <source>%1 (last)</source>
        <translation>%1 (ostatnia)</translation>
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
        <translation>%1 (maks)</translation>
    </message>
    <message>
        <location filename="../ui/model/RunTableModel.cpp" line="268"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../ui/model/RunTableModel.cpp" line="270"/>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location filename="../ui/model/RunTableModel.cpp" line="272"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../ui/model/RunTableModel.cpp" line="274"/>
        <source>Experiment</source>
        <translation>Eksperyment</translation>
    </message>
    <message>
        <location filename="../ui/model/RunTableModel.cpp" line="276"/>
        <source>Compute</source>
        <translation>Obliczenia</translation>
    </message>
    <message>
        <location filename="../ui/model/RunTableModel.cpp" line="278"/>
        <source>Nodes</source>
        <translation>Węzły</translation>
    </message>
    <message>
        <location filename="../ui/model/RunTableModel.cpp" line="280"/>
        <source>Started</source>
        <translation>Rozpoczęto</translation>
    </message>
    <message>
        <location filename="../ui/model/RunTableModel.cpp" line="282"/>
        <source>Duration</source>
        <translation>Czas trwania</translation>
    </message>
    <message>
        <location filename="../ui/model/RunTableModel.cpp" line="284"/>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <location filename="../ui/model/RunTableModel.cpp" line="286"/>
        <source>Workspace</source>
        <translation>Obszar roboczy</translation>
    </message>
    <message>
        <location filename="../ui/model/RunTableModel.cpp" line="288"/>
        <source>Engine</source>
        <translation>Silnik</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunColumnsMenu.cpp" line="30"/>
        <source>No metrics logged</source>
        <translation>Brak zapisanych metryk</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunColumnsMenu.cpp" line="31"/>
        <source>Reading the runs&apos; metrics…</source>
        <translation>Odczytywanie metryk przebiegów…</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunColumnsMenu.cpp" line="69"/>
        <source>Metric columns</source>
        <translation>Kolumny metryk</translation>
    </message>
</context>
<context>
    <name>trainyard::ui::RunsPage</name>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="61"/>
        <source>&amp;Submit run…</source>
        <translation>&amp;Uruchom przebieg…</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="62"/>
        <location filename="../ui/runs/RunsPage.cpp" line="348"/>
        <source>Ca&amp;ncel run</source>
        <translation>&amp;Anuluj przebieg</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="63"/>
        <location filename="../ui/runs/RunsPage.cpp" line="345"/>
        <source>C&amp;lone and resubmit…</source>
        <translation>&amp;Sklonuj i uruchom ponownie…</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="64"/>
        <location filename="../ui/runs/RunsPage.cpp" line="361"/>
        <source>&amp;Delete…</source>
        <translation>Usu&amp;ń…</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="66"/>
        <source>Delete the selected finished runs with their logs and outputs (Delete)</source>
        <translation>Usuń zaznaczone zakończone przebiegi wraz z ich logami i wynikami (Delete)</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="67"/>
        <location filename="../ui/runs/RunsPage.cpp" line="351"/>
        <source>Co&amp;mpare</source>
        <translation>&amp;Porównaj</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="69"/>
        <source>Compare the selected runs (select two or more with Ctrl+click or Shift+click)</source>
        <translation>Porównaj zaznaczone przebiegi (zaznacz dwa lub więcej przez Ctrl+kliknięcie lub Shift+kliknięcie)</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="70"/>
        <source>Filter runs (Ctrl+F): name, id, compute, tag…</source>
        <translation>Filtruj przebiegi (Ctrl+F): nazwa, ID, obliczenia, tag…</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="73"/>
        <source>All statuses</source>
        <translation>Wszystkie stany</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="74"/>
        <source>Active</source>
        <translation>Aktywne</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="124"/>
        <source>No run matches the filter</source>
        <translation>Żaden przebieg nie pasuje do filtra</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="126"/>
        <source>Show all runs</source>
        <translation>Pokaż wszystkie przebiegi</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="148"/>
        <source>No runs yet</source>
        <translation>Nie ma jeszcze przebiegów</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="150"/>
        <source>Submit your first run…</source>
        <translation>Uruchom pierwszy przebieg…</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="151"/>
        <source>Loading runs…</source>
        <translation>Wczytywanie przebiegów…</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="241"/>
        <source>Runs</source>
        <translation>Przebiegi</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="241"/>
        <source>Experiment %1</source>
        <translation>Eksperyment %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="279"/>
        <source>text “%1”</source>
        <translation>tekst „%1”</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="281"/>
        <source>status %1</source>
        <translation>stan %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="283"/>
        <source>experiment %1</source>
        <translation>eksperyment %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runs/RunsPage.cpp" line="285"/>
        <source>None of the %n run(s) in this workspace matches %1.</source>
        <translation>
            <numerusform>Żaden z %n przebiegu w tym obszarze roboczym nie pasuje do %1.</numerusform>
            <numerusform>Żaden z %n przebiegów w tym obszarze roboczym nie pasuje do %1.</numerusform>
            <numerusform>Żaden z %n przebiegów w tym obszarze roboczym nie pasuje do %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="286"/>
        <source> and </source>
        <translation> i </translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="342"/>
        <source>&amp;Open</source>
        <translation>&amp;Otwórz</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="355"/>
        <source>Select two runs or more to compare them</source>
        <translation>Zaznacz dwa lub więcej przebiegów, aby je porównać</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="357"/>
        <source>Copy run &amp;id</source>
        <translation>Kopiuj &amp;ID przebiegu</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="418"/>
        <source>Runs need a cluster: create one on the Compute page, then submit a run from a folder with your training script.</source>
        <translation>Przebiegi potrzebują klastra: utwórz go na stronie Obliczenia, a potem uruchom przebieg z folderu ze skryptem treningowym.</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="420"/>
        <source>Submit a run: pick the folder with your training script, the script to run and a cluster.</source>
        <translation>Uruchom przebieg: wybierz folder ze skryptem treningowym, skrypt do uruchomienia i klaster.</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="444"/>
        <location filename="../ui/runs/RunsPage.cpp" line="449"/>
        <source>Run %1 submitted.</source>
        <translation>Uruchomiono przebieg %1.</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="479"/>
        <location filename="../ui/runs/RunsPage.cpp" line="486"/>
        <source>Cancel run</source>
        <translation>Anuluj przebieg</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="480"/>
        <source>Cancel run %1 (%2)? Its processes are stopped; logs, metrics and outputs written so far are kept, and you can clone it to run it again.</source>
        <translation>Anulować przebieg %1 (%2)? Jego procesy zostaną zatrzymane; zapisane dotąd logi, metryki i wyniki zostaną zachowane, a przebieg można sklonować i uruchomić ponownie.</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="487"/>
        <source>Keep running</source>
        <translation>Kontynuuj</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="495"/>
        <source>Canceling run %1…</source>
        <translation>Anulowanie przebiegu %1…</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="498"/>
        <source>Run %1 was not canceled: %2</source>
        <translation>Przebieg %1 nie został anulowany: %2</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="511"/>
        <source>The %1 engine keeps every run: runs cannot be deleted here.</source>
        <translation>Silnik %1 zachowuje każdy przebieg: nie można tu usuwać przebiegów.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runs/RunsPage.cpp" line="520"/>
        <source>%1 is still active: cancel it first, then delete it.</source>
        <translation>
            <numerusform>%1 jest nadal aktywny: najpierw go anuluj, a potem usuń.</numerusform>
            <numerusform>%1 są nadal aktywne: najpierw je anuluj, a potem usuń.</numerusform>
            <numerusform>%1 jest nadal aktywnych: najpierw je anuluj, a potem usuń.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="525"/>
        <source>the run %1</source>
        <translation>przebieg %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runs/RunsPage.cpp" line="526"/>
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n przebieg</numerusform>
            <numerusform>%n przebiegi</numerusform>
            <numerusform>%n przebiegów</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="527"/>
        <source>Delete runs</source>
        <translation>Usuń przebiegi</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="528"/>
        <source>Delete %1 with its logs, metrics and outputs? This cannot be undone; save the outputs first if you need them.</source>
        <translation>Usunąć %1 wraz z logami, metrykami i wynikami? Tej operacji nie można cofnąć; jeśli potrzebujesz wyników, najpierw je zapisz.</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="533"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="547"/>
        <source>Run %1 was not deleted: %2</source>
        <translation>Nie usunięto przebiegu %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="553"/>
        <location filename="../ui/runs/RunsPage.cpp" line="554"/>
        <source>Run %1 deleted.</source>
        <translation>Usunięto przebieg %1.</translation>
    </message>
</context>
<context>
    <name>trainyard::ui::SubmitRunDialog</name>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="39"/>
        <source>Python script:</source>
        <translation>Skrypt Python:</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="40"/>
        <source>Command:</source>
        <translation>Polecenie:</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="56"/>
        <source>Submit run</source>
        <translation>Uruchom przebieg</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="61"/>
        <source>optional</source>
        <translation>opcjonalnie</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="62"/>
        <source>Browse…</source>
        <translation>Przeglądaj…</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="74"/>
        <source>e.g. bash run.sh</source>
        <translation>np. bash run.sh</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="79"/>
        <source>--epochs 10 --data {datastore:data/mnist}</source>
        <translation>--epochs 10 --data {datastore:data/mnist}</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="83"/>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="89"/>
        <source>all nodes</source>
        <translation>wszystkie węzły</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="93"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="94"/>
        <source>no limit</source>
        <translation>bez limitu</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="95"/>
        <source>The run is stopped after this long (max_run_duration_seconds).</source>
        <translation>Przebieg zostanie zatrzymany po tym czasie (max_run_duration_seconds).</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="104"/>
        <source>&amp;Experiment:</source>
        <translation>&amp;Eksperyment:</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="105"/>
        <source>Display &amp;name:</source>
        <translation>Nazwa &amp;wyświetlana:</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="106"/>
        <source>&amp;Source folder:</source>
        <translation>&amp;Folder źródłowy:</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="111"/>
        <source>&amp;Arguments:</source>
        <translation>&amp;Argumenty:</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="112"/>
        <source>&amp;Compute:</source>
        <translation>&amp;Obliczenia:</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="113"/>
        <source>N&amp;ode count:</source>
        <translation>Liczba w&amp;ęzłów:</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="114"/>
        <source>&amp;Distribution:</source>
        <translation>&amp;Dystrybucja:</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="115"/>
        <source>Processes per node:</source>
        <translation>Procesy na węzeł:</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="116"/>
        <source>Workers:</source>
        <translation>Workery:</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="117"/>
        <source>Parameter servers:</source>
        <translation>Serwery parametrów:</translation>
    </message>
    <message>
        <source>En&amp;vironment:</source>
        <translation type="vanished">Śro&amp;dowisko:</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="118"/>
        <source>Time l&amp;imit:</source>
        <translation>&amp;Limit czasu:</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="119"/>
        <source>Envi&amp;ronment:</source>
        <translation>Ś&amp;rodowisko:</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="120"/>
        <source>En&amp;vironment variables:</source>
        <translation>&amp;Zmienne środowiskowe:</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="121"/>
        <source>&amp;Tags:</source>
        <translation>&amp;Tagi:</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="132"/>
        <source>Submit</source>
        <translation>Uruchom</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="144"/>
        <source>Source folder</source>
        <translation>Folder źródłowy</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="167"/>
        <source>Workspace default</source>
        <translation>Domyślne obszaru roboczego</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="168"/>
        <source>The interpreter and packages of the run (yard environment list).</source>
        <translation>Interpreter i pakiety przebiegu (yard environment list).</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="294"/>
        <source>Clone and resubmit %1</source>
        <translation>Sklonuj i uruchom ponownie %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="315"/>
        <source>Environment line &apos;%1&apos; is not KEY=value: write one variable per line.</source>
        <translation>Wiersz środowiska „%1” nie ma postaci KLUCZ=wartość: jedna zmienna na wiersz.</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="319"/>
        <source>Tag line &apos;%1&apos; is not name=value: write one tag per line.</source>
        <translation>Wiersz tagu „%1” nie ma postaci nazwa=wartość: jeden tag na wiersz.</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="321"/>
        <source>This workspace has no cluster yet: create one on the Compute page first.</source>
        <translation>Ten obszar roboczy nie ma jeszcze klastra: najpierw utwórz go na stronie Obliczenia.</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="323"/>
        <source>Choose the source folder: its files are copied for the run.</source>
        <translation>Wybierz folder źródłowy: jego pliki zostaną skopiowane dla przebiegu.</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="336"/>
        <source>Compute &apos;%1&apos; does not exist in this workspace any more: choose another.</source>
        <translation>Zasób „%1” już nie istnieje w tym obszarze roboczym: wybierz inny.</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="338"/>
        <source>Compute &apos;%1&apos; is being deleted: choose another.</source>
        <translation>Zasób „%1” jest usuwany: wybierz inny.</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="340"/>
        <source>Node count %1 is more than cluster &apos;%2&apos; can have (max nodes %3): lower the node count or raise the cluster&apos;s max nodes.</source>
        <translation>Liczba węzłów %1 przekracza to, co może mieć klaster „%2” (maks. %3): zmniejsz liczbę węzłów lub zwiększ maksimum klastra.</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="359"/>
        <source>experiment</source>
        <translation>eksperyment</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="360"/>
        <source>display name</source>
        <translation>nazwa wyświetlana</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="361"/>
        <source>source</source>
        <translation>źródło</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="362"/>
        <source>script</source>
        <translation>skrypt</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="363"/>
        <source>command</source>
        <translation>polecenie</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="364"/>
        <source>arguments</source>
        <translation>argumenty</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="365"/>
        <source>compute</source>
        <translation>obliczenia</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="366"/>
        <source>node count</source>
        <translation>liczba węzłów</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="367"/>
        <source>distribution</source>
        <translation>dystrybucja</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="368"/>
        <source>time limit</source>
        <translation>limit czasu</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="369"/>
        <source>environment</source>
        <translation>środowisko</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="371"/>
        <source>software environment</source>
        <translation>środowisko oprogramowania</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="372"/>
        <source>tags</source>
        <translation>tagi</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="376"/>
        <source>No changes against the original run yet.</source>
        <translation>Brak zmian względem pierwotnego przebiegu.</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="377"/>
        <source>Changed against the original: %1</source>
        <translation>Zmiany względem oryginału: %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="388"/>
        <source>Submitting…</source>
        <translation>Uruchamianie…</translation>
    </message>
</context>
<context>
    <name>yard</name>
    <message>
        <location filename="../app/yard/AzureCommands.cpp" line="236"/>
        <source>--engine azureml needs --subscription, --resource-group and --name (and --location for a new workspace).</source>
        <translation>--engine azureml wymaga --subscription, --resource-group i --name (oraz --location dla nowego obszaru roboczego).</translation>
    </message>
    <message>
        <location filename="../app/yard/AzureCommands.cpp" line="272"/>
        <source>Cannot create the folder of %1.</source>
        <translation>Nie można utworzyć folderu dla %1.</translation>
    </message>
    <message>
        <location filename="../app/yard/AzureCommands.cpp" line="280"/>
        <source>Workspace &apos;%1&apos; in %2 (resource group %3).</source>
        <translation>Obszar roboczy „%1” w %2 (grupa zasobów %3).</translation>
    </message>
    <message>
        <location filename="../app/yard/AzureCommands.cpp" line="292"/>
        <source>workspace &apos;%1&apos; is not an Azure ML workspace.</source>
        <translation>obszar roboczy „%1” nie jest obszarem roboczym Azure ML.</translation>
    </message>
    <message>
        <location filename="../app/yard/AzureCommands.cpp" line="310"/>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <location filename="../app/yard/AzureCommands.cpp" line="310"/>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <location filename="../app/yard/DatastoreCommands.cpp" line="93"/>
        <source>Shows a datastore.</source>
        <translation>Wyświetla magazyn danych.</translation>
    </message>
    <message>
        <location filename="../app/yard/DatastoreCommands.cpp" line="95"/>
        <source>the datastore&apos;s name</source>
        <translation>nazwa magazynu danych</translation>
    </message>
    <message>
        <location filename="../app/yard/DatastoreCommands.cpp" line="108"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../app/yard/DatastoreCommands.cpp" line="108"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../app/yard/DatastoreCommands.cpp" line="108"/>
        <source>Default</source>
        <translation>Domyślny</translation>
    </message>
    <message>
        <location filename="../app/yard/DatastoreCommands.cpp" line="108"/>
        <source>Location</source>
        <translation>Lokalizacja</translation>
    </message>
    <message>
        <location filename="../app/yard/DatastoreCommands.cpp" line="109"/>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <location filename="../app/yard/DatastoreCommands.cpp" line="113"/>
        <source>No datastore &apos;%1&apos;; the workspace has: %2.</source>
        <translation>Brak magazynu danych „%1”; obszar roboczy ma: %2.</translation>
    </message>
    <message>
        <location filename="../app/yard/AlertCommands.cpp" line="32"/>
        <source>give exactly one condition: --nan, --above VALUE, --below VALUE, --stale-minutes N or --on failed|ended|unusable (given: %1).</source>
        <translation>podaj dokładnie jeden warunek: --nan, --above VALUE, --below VALUE, --stale-minutes N lub --on failed|ended|unusable (podano: %1).</translation>
    </message>
    <message>
        <location filename="../app/yard/AlertCommands.cpp" line="34"/>
        <location filename="../app/yard/DatastoreCommands.cpp" line="114"/>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <location filename="../app/yard/AlertCommands.cpp" line="48"/>
        <source>--%1 &apos;%2&apos; is not a number.</source>
        <translation>--%1 „%2” nie jest liczbą.</translation>
    </message>
    <message>
        <location filename="../app/yard/AlertCommands.cpp" line="54"/>
        <source>--stale-minutes &apos;%1&apos; is not a number of minutes.</source>
        <translation>--stale-minutes „%1” nie jest liczbą minut.</translation>
    </message>
    <message>
        <location filename="../app/yard/AlertCommands.cpp" line="66"/>
        <source>--on &apos;%1&apos; is not known; allowed: failed, ended, unusable.</source>
        <translation>--on „%1” jest nieznane; dozwolone: failed, ended, unusable.</translation>
    </message>
    <message>
        <location filename="../app/yard/AlertCommands.cpp" line="75"/>
        <source>The metric the rule watches (NAME, or a prefix ending in *).</source>
        <translation>Metryka obserwowana przez regułę (NAME lub prefiks zakończony *).</translation>
    </message>
    <message>
        <location filename="../app/yard/AlertCommands.cpp" line="77"/>
        <source>Fire when the metric is NaN or infinite.</source>
        <translation>Wyzwalaj, gdy metryka to NaN lub nieskończoność.</translation>
    </message>
    <message>
        <location filename="../app/yard/AlertCommands.cpp" line="79"/>
        <source>Fire when the metric is above VALUE.</source>
        <translation>Wyzwalaj, gdy metryka jest powyżej VALUE.</translation>
    </message>
    <message>
        <location filename="../app/yard/AlertCommands.cpp" line="81"/>
        <source>Fire when the metric is below VALUE.</source>
        <translation>Wyzwalaj, gdy metryka jest poniżej VALUE.</translation>
    </message>
    <message>
        <location filename="../app/yard/AlertCommands.cpp" line="82"/>
        <source>Fire when the metric has no new point for N minutes.</source>
        <translation>Wyzwalaj, gdy metryka nie ma nowego punktu przez N minut.</translation>
    </message>
    <message>
        <location filename="../app/yard/AlertCommands.cpp" line="84"/>
        <source>Fire when the run failed, ended, or a node became unusable.</source>
        <translation>Wyzwalaj, gdy przebieg się nie powiódł lub zakończył albo węzeł stał się niesprawny.</translation>
    </message>
    <message>
        <location filename="../app/yard/AlertCommands.cpp" line="86"/>
        <source>Only for this run (default: every run of the workspace).</source>
        <translation>Tylko dla tego przebiegu (domyślnie: każdy przebieg obszaru roboczego).</translation>
    </message>
    <message>
        <location filename="../app/yard/AlertCommands.cpp" line="88"/>
        <source>Adds an alert rule to the workspace.</source>
        <translation>Dodaje regułę alertu do obszaru roboczego.</translation>
    </message>
    <message>
        <location filename="../app/yard/AlertCommands.cpp" line="100"/>
        <source>Added %1: %2.</source>
        <translation>Dodano %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/yard/AlertCommands.cpp" line="106"/>
        <source>Lists the workspace&apos;s alert rules.</source>
        <translation>Wyświetla reguły alertów obszaru roboczego.</translation>
    </message>
    <message>
        <location filename="../app/yard/AlertCommands.cpp" line="112"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/yard/AlertCommands.cpp" line="112"/>
        <source>Run</source>
        <translation>Przebieg</translation>
    </message>
    <message>
        <location filename="../app/yard/AlertCommands.cpp" line="112"/>
        <source>Rule</source>
        <translation>Reguła</translation>
    </message>
    <message>
        <location filename="../app/yard/AlertCommands.cpp" line="113"/>
        <source>(all)</source>
        <translation>(wszystkie)</translation>
    </message>
    <message>
        <location filename="../app/yard/AlertCommands.cpp" line="120"/>
        <source>Removes an alert rule.</source>
        <translation>Usuwa regułę alertu.</translation>
    </message>
    <message>
        <location filename="../app/yard/AlertCommands.cpp" line="122"/>
        <source>the rule&apos;s id (yard alert list)</source>
        <translation>identyfikator reguły (yard alert list)</translation>
    </message>
    <message>
        <location filename="../app/yard/AlertCommands.cpp" line="129"/>
        <source>Removed %1.</source>
        <translation>Usunięto %1.</translation>
    </message>
    <message>
        <location filename="../app/yard/AlertCommands.cpp" line="137"/>
        <source>How often the run&apos;s state is read.</source>
        <translation>Jak często odczytywany jest stan przebiegu.</translation>
    </message>
    <message>
        <location filename="../app/yard/AlertCommands.cpp" line="138"/>
        <source>Watches a run for the alert rules until it ends; alerts go to its events.</source>
        <translation>Obserwuje przebieg pod kątem reguł alertów, aż się zakończy; alerty trafiają do jego zdarzeń.</translation>
    </message>
    <message>
        <location filename="../app/yard/AlertCommands.cpp" line="153"/>
        <source>ALERT %1: %2</source>
        <translation>ALERT %1: %2</translation>
    </message>
    <message>
        <location filename="../app/yard/DatastoreCommands.cpp" line="119"/>
        <source>Show a datastore.</source>
        <translation>Wyświetl magazyn danych.</translation>
    </message>
    <message>
        <location filename="../app/yard/RunCommands.cpp" line="279"/>
        <source>Deletes a run&apos;s record from the engine (Azure ML: the job).</source>
        <translation>Usuwa zapis przebiegu z silnika (Azure ML: zadanie).</translation>
    </message>
    <message>
        <location filename="../app/yard/AlertCommands.cpp" line="145"/>
        <location filename="../app/yard/RunCommands.cpp" line="281"/>
        <source>the run&apos;s id</source>
        <translation>identyfikator przebiegu</translation>
    </message>
    <message>
        <location filename="../app/yard/RunCommands.cpp" line="287"/>
        <source>Deleted run %1.</source>
        <translation>Usunięto przebieg %1.</translation>
    </message>
    <message>
        <location filename="../app/yard/RunCommands.cpp" line="519"/>
        <source>Delete a run (Azure ML).</source>
        <translation>Usuń przebieg (Azure ML).</translation>
    </message>
    <message>
        <location filename="../app/yard/WorkspaceCommands.cpp" line="32"/>
        <source>azureml: the subscription id.</source>
        <translation>azureml: identyfikator subskrypcji.</translation>
    </message>
    <message>
        <location filename="../app/yard/WorkspaceCommands.cpp" line="34"/>
        <source>azureml: the resource group.</source>
        <translation>azureml: grupa zasobów.</translation>
    </message>
    <message>
        <location filename="../app/yard/WorkspaceCommands.cpp" line="35"/>
        <source>azureml: the Azure region of a new workspace.</source>
        <translation>azureml: region Azure nowego obszaru roboczego.</translation>
    </message>
    <message>
        <location filename="../app/yard/WorkspaceCommands.cpp" line="37"/>
        <source>azureml: the display name.</source>
        <translation>azureml: nazwa wyświetlana.</translation>
    </message>
    <message>
        <location filename="../app/yard/WorkspaceCommands.cpp" line="38"/>
        <source>azureml: a description.</source>
        <translation>azureml: opis.</translation>
    </message>
    <message>
        <location filename="../app/yard/WorkspaceCommands.cpp" line="39"/>
        <source>azureml: an existing storage account (ARM id).</source>
        <translation>azureml: istniejące konto magazynu (identyfikator ARM).</translation>
    </message>
    <message>
        <location filename="../app/yard/WorkspaceCommands.cpp" line="42"/>
        <source>azureml: an existing key vault (ARM id).</source>
        <translation>azureml: istniejący Key Vault (identyfikator ARM).</translation>
    </message>
    <message>
        <location filename="../app/yard/WorkspaceCommands.cpp" line="44"/>
        <source>azureml: an existing Application Insights (ARM id).</source>
        <translation>azureml: istniejący zasób Application Insights (identyfikator ARM).</translation>
    </message>
    <message>
        <location filename="../app/yard/WorkspaceCommands.cpp" line="46"/>
        <source>azureml: an existing container registry (ARM id).</source>
        <translation>azureml: istniejący rejestr kontenerów (identyfikator ARM).</translation>
    </message>
    <message>
        <location filename="../app/yard/WorkspaceCommands.cpp" line="47"/>
        <source>azureml: use the workspace if it exists already.</source>
        <translation>azureml: użyj obszaru roboczego, jeśli już istnieje.</translation>
    </message>
    <message>
        <location filename="../app/yard/WorkspaceCommands.cpp" line="56"/>
        <source>--engine &apos;%1&apos; is not supported here; allowed: local, slurm, azureml.</source>
        <translation>--engine „%1” nie jest tu obsługiwany; dozwolone: local, slurm, azureml.</translation>
    </message>
    <message>
        <location filename="../app/yard/RunCompareCommand.cpp" line="20"/>
        <source>Show every compared value, not only those that differ.</source>
        <translation>Pokaż każdą porównywaną wartość, nie tylko te, które się różnią.</translation>
    </message>
    <message>
        <location filename="../app/yard/RunCompareCommand.cpp" line="21"/>
        <source>Compares runs: config, arguments, environment, tags, properties and metric summaries (last, min, max).</source>
        <translation>Porównuje przebiegi: konfigurację, argumenty, środowisko, tagi, właściwości i podsumowania metryk (ostatnia, min, maks).</translation>
    </message>
    <message>
        <location filename="../app/yard/RunCompareCommand.cpp" line="27"/>
        <source>give at least two run ids to compare; got %1.</source>
        <translation>podaj co najmniej dwa identyfikatory przebiegów do porównania; podano: %1.</translation>
    </message>
    <message>
        <location filename="../app/yard/RunCompareCommand.cpp" line="30"/>
        <source>run &apos;%1&apos; is named twice; give each run once.</source>
        <translation>przebieg „%1” podano dwukrotnie; podaj każdy przebieg raz.</translation>
    </message>
    <message>
        <location filename="../app/yard/RunCompareCommand.cpp" line="48"/>
        <source>Section</source>
        <translation>Sekcja</translation>
    </message>
    <message>
        <location filename="../app/yard/RunCompareCommand.cpp" line="48"/>
        <source>Key</source>
        <translation>Klucz</translation>
    </message>
    <message>
        <location filename="../app/yard/RunCompareCommand.cpp" line="56"/>
        <source>(missing)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <location filename="../app/yard/RunCompareCommand.cpp" line="60"/>
        <source>The runs do not differ in what is compared (use --all to see it).</source>
        <translation>Przebiegi nie różnią się w porównywanych elementach (użyj --all, aby zobaczyć wszystko).</translation>
    </message>
    <message>
        <location filename="../app/yard/RunCompareCommand.cpp" line="69"/>
        <source>Compare runs side by side (differences only unless --all).</source>
        <translation>Porównaj przebiegi obok siebie (tylko różnice, chyba że podano --all).</translation>
    </message>
</context>
</TS>
