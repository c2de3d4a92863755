<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
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
        <source>min_nodes (%1) is greater than max_nodes (%2): min_nodes must be at most max_nodes.</source>
        <translation>min_nodes (%1) jest większe niż max_nodes (%2): min_nodes może wynosić najwyżej max_nodes.</translation>
    </message>
    <message>
        <location filename="../core/model/Compute.cpp" line="45"/>
        <source>idle_seconds_before_scaledown is %1: it must be 0 or more seconds.</source>
        <translation>idle_seconds_before_scaledown wynosi %1: musi wynosić 0 lub więcej sekund.</translation>
    </message>
    <message>
        <location filename="../core/model/Compute.cpp" line="54"/>
        <source>vm_size is missing: choose one of the engine&apos;s vm sizes.</source>
        <translation>Brak vm_size: wybierz jeden z rozmiarów maszyn silnika.</translation>
    </message>
</context>
<context>
    <name>FileTree</name>
    <message>
        <location filename="../core/util/FileTree.cpp" line="47"/>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <location filename="../core/util/FileTree.cpp" line="52"/>
        <location filename="../core/util/FileTree.cpp" line="65"/>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <location filename="../core/util/FileTree.cpp" line="58"/>
        <source>Canceled.</source>
        <translation>Anulowano.</translation>
    </message>
    <message>
        <location filename="../core/util/FileTree.cpp" line="76"/>
        <source>Cannot write %1</source>
        <translation>Nie można zapisać %1</translation>
    </message>
    <message>
        <location filename="../core/util/FileTree.cpp" line="85"/>
        <source>%1 does not exist.</source>
        <translation>%1 nie istnieje.</translation>
    </message>
</context>
<context>
    <name>JsonFile</name>
    <message>
        <location filename="../core/util/JsonFile.cpp" line="26"/>
        <source>%1:%2:%3: invalid JSON: %4</source>
        <translation>%1:%2:%3: nieprawidłowy JSON: %4</translation>
    </message>
    <message>
        <location filename="../core/util/JsonFile.cpp" line="33"/>
        <source>%1: expected a JSON object at the top level.</source>
        <translation>%1: na najwyższym poziomie oczekiwano obiektu JSON.</translation>
    </message>
    <message>
        <location filename="../core/util/JsonFile.cpp" line="40"/>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <location filename="../core/util/JsonFile.cpp" line="47"/>
        <location filename="../core/util/JsonFile.cpp" line="50"/>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
</context>
<context>
    <name>LocalDatabase</name>
    <message>
        <location filename="../core/local/LocalDatabase.cpp" line="58"/>
        <source>Workspace database error: %1</source>
        <translation>Błąd bazy danych obszaru roboczego: %1</translation>
    </message>
    <message>
        <location filename="../core/local/LocalDatabase.cpp" line="87"/>
        <source>Cannot open the workspace database %1: %2</source>
        <translation>Nie można otworzyć bazy danych obszaru roboczego %1: %2</translation>
    </message>
    <message>
        <location filename="../core/local/LocalDatabase.cpp" line="126"/>
        <source>This workspace was written by a newer Trainyard (schema %1; this one knows up to %2). Update Trainyard to open it.</source>
        <translation>Ten obszar roboczy został zapisany przez nowszy Trainyard (schemat %1; ta wersja zna do %2). Zaktualizuj Trainyard, aby go otworzyć.</translation>
    </message>
    <message>
        <location filename="../core/local/LocalDatabase.cpp" line="230"/>
        <source>No compute named &apos;%1&apos; in this workspace; it has: %2.</source>
        <translation>Brak zasobu obliczeniowego „%1” w tym obszarze roboczym; dostępne: %2.</translation>
    </message>
    <message>
        <location filename="../core/local/LocalDatabase.cpp" line="231"/>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <location filename="../core/local/LocalDatabase.cpp" line="260"/>
        <source>A compute named &apos;%1&apos; already exists: choose another name.</source>
        <translation>Zasób obliczeniowy „%1” już istnieje: wybierz inną nazwę.</translation>
    </message>
    <message>
        <location filename="../core/local/LocalDatabase.cpp" line="306"/>
        <source>Cannot delete compute &apos;%1&apos;: these runs are still active on it: %2. Cancel them or wait for them to end.</source>
        <translation>Nie można usunąć zasobu „%1”: nadal działają na nim te przebiegi: %2. Anuluj je lub poczekaj, aż się zakończą.</translation>
    </message>
    <message>
        <location filename="../core/local/LocalDatabase.cpp" line="449"/>
        <source>No run with id &apos;%1&apos; in this workspace: `yard run list` shows the runs.</source>
        <translation>Brak przebiegu o identyfikatorze „%1” w tym obszarze roboczym: `yard run list` pokazuje przebiegi.</translation>
    </message>
</context>
<context>
    <name>LocalEngine</name>
    <message>
        <location filename="../core/local/LocalEngine.cpp" line="69"/>
        <source>A workspace already exists in %1.</source>
        <translation>W %1 istnieje już obszar roboczy.</translation>
    </message>
    <message>
        <location filename="../core/local/LocalEngine.cpp" line="72"/>
        <source>Cannot create the workspace folder %1.</source>
        <translation>Nie można utworzyć folderu obszaru roboczego %1.</translation>
    </message>
    <message>
        <location filename="../core/local/LocalEngine.cpp" line="111"/>
        <source>vm_size &apos;%1&apos; is not offered by the local engine: use &apos;local&apos; (a node is a slot on this machine).</source>
        <translation>Silnik lokalny nie oferuje vm_size „%1”: użyj „local” (węzeł to miejsce na tym komputerze).</translation>
    </message>
    <message>
        <location filename="../core/local/LocalEngine.cpp" line="181"/>
        <source>Datastore path &apos;%1&apos; leaves the datastore: give a relative path like data/mnist.</source>
        <translation>Ścieżka „%1” wychodzi poza magazyn danych: podaj ścieżkę względną, np. data/mnist.</translation>
    </message>
    <message>
        <location filename="../core/local/LocalEngine.cpp" line="208"/>
        <source>Source folder %1 does not exist.</source>
        <translation>Folder źródłowy %1 nie istnieje.</translation>
    </message>
    <message>
        <location filename="../core/local/LocalEngine.cpp" line="242"/>
        <source>node_count %1 is more than compute &apos;%2&apos; can have (max_nodes %3): lower node_count or raise max_nodes.</source>
        <translation>node_count %1 to więcej, niż może mieć zasób „%2” (max_nodes %3): zmniejsz node_count lub zwiększ max_nodes.</translation>
    </message>
    <message>
        <location filename="../core/local/LocalEngine.cpp" line="250"/>
        <source>Source directory &apos;%1&apos; does not exist.</source>
        <translation>Katalog źródłowy „%1” nie istnieje.</translation>
    </message>
    <message>
        <location filename="../core/local/LocalEngine.cpp" line="255"/>
        <source>Entry script &apos;%1&apos; is not in the source directory %2.</source>
        <translation>Skryptu startowego „%1” nie ma w katalogu źródłowym %2.</translation>
    </message>
    <message>
        <location filename="../core/local/LocalEngine.cpp" line="339"/>
        <source>No run with id &apos;%1&apos; in this workspace.</source>
        <translation>Brak przebiegu o identyfikatorze „%1” w tym obszarze roboczym.</translation>
    </message>
</context>
<context>
    <name>Run</name>
    <message>
        <location filename="../core/model/Run.cpp" line="42"/>
        <source>Invalid experiment name &apos;%1&apos;: use 1 to 255 letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos;, starting with a letter or digit.</source>
        <translation>Nieprawidłowa nazwa eksperymentu „%1”: użyj od 1 do 255 liter, cyfr, „_”, „-” lub „.”, zaczynając od litery lub cyfry.</translation>
    </message>
    <message>
        <location filename="../core/model/Run.cpp" line="47"/>
        <source>No compute target given: name one of the workspace&apos;s clusters.</source>
        <translation>Nie podano celu obliczeń: wskaż jeden z klastrów obszaru roboczego.</translation>
    </message>
    <message>
        <location filename="../core/model/Run.cpp" line="50"/>
        <source>Give exactly one of an entry script or a command.</source>
        <translation>Podaj dokładnie jedno: skrypt startowy albo polecenie.</translation>
    </message>
    <message>
        <location filename="../core/model/Run.cpp" line="53"/>
        <source>node_count is %1: it must be at least 1.</source>
        <translation>node_count wynosi %1: musi wynosić co najmniej 1.</translation>
    </message>
    <message>
        <location filename="../core/model/Run.cpp" line="58"/>
        <source>process_count_per_node is %1: it must be at least 1.</source>
        <translation>process_count_per_node wynosi %1: musi wynosić co najmniej 1.</translation>
    </message>
    <message>
        <location filename="../core/model/Run.cpp" line="62"/>
        <source>worker and parameter server counts must be 0 or more.</source>
        <translation>Liczba workerów i serwerów parametrów musi wynosić 0 lub więcej.</translation>
    </message>
    <message>
        <location filename="../core/model/Run.cpp" line="67"/>
        <source>A TensorFlow run needs node_count = worker_count + parameter_server_count with at least one worker; got node_count %1, %2 workers, %3 parameter servers.</source>
        <translation>Przebieg TensorFlow wymaga node_count = worker_count + parameter_server_count z co najmniej jednym workerem; otrzymano node_count %1, workerów: %2, serwerów parametrów: %3.</translation>
    </message>
    <message>
        <location filename="../core/model/Run.cpp" line="75"/>
        <source>Worker and parameter server counts apply only to the tensorflow distribution.</source>
        <translation>Liczby workerów i serwerów parametrów dotyczą tylko dystrybucji tensorflow.</translation>
    </message>
    <message>
        <location filename="../core/model/Run.cpp" line="82"/>
        <source>Invalid environment variable name &apos;%1&apos;: use letters, digits and &apos;_&apos;, not starting with a digit.</source>
        <translation>Nieprawidłowa nazwa zmiennej środowiskowej „%1”: użyj liter, cyfr i „_”, nie zaczynając od cyfry.</translation>
    </message>
</context>
<context>
    <name>StatusStyle</name>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="20"/>
        <source>Not started</source>
        <translation>Nierozpoczęty</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="22"/>
        <source>Queued</source>
        <translation>W kolejce</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="24"/>
        <source>Preparing</source>
        <translation>Przygotowanie</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="26"/>
        <source>Starting</source>
        <translation>Uruchamianie</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="28"/>
        <source>Running</source>
        <translation>Działa</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="30"/>
        <source>Finalizing</source>
        <translation>Finalizowanie</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="32"/>
        <source>Completed</source>
        <translation>Zakończony</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="34"/>
        <source>Failed</source>
        <translation>Niepowodzenie</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="36"/>
        <source>Canceled</source>
        <translation>Anulowany</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="90"/>
        <source>idle</source>
        <translation>wolny</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="92"/>
        <source>running</source>
        <translation>zajęty</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="94"/>
        <source>preparing</source>
        <translation>przygotowanie</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="96"/>
        <source>unusable</source>
        <translation>niesprawny</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="98"/>
        <source>leaving</source>
        <translation>opuszcza</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="100"/>
        <source>preempted</source>
        <translation>wywłaszczony</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="122"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="124"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="125"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/StatusStyle.cpp" line="139"/>
        <source>queued behind %n run(s) on %1</source>
        <translation>
            <numerusform>w kolejce za %n przebiegiem na %1</numerusform>
            <numerusform>w kolejce za %n przebiegami na %1</numerusform>
            <numerusform>w kolejce za %n przebiegami na %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/StatusStyle.cpp" line="141"/>
        <source>waiting for %n node(s): the cluster is scaling up (%1 preparing)</source>
        <translation>
            <numerusform>czeka na %n węzeł: klaster się powiększa (przygotowywane: %1)</numerusform>
            <numerusform>czeka na %n węzły: klaster się powiększa (przygotowywane: %1)</numerusform>
            <numerusform>czeka na %n węzłów: klaster się powiększa (przygotowywane: %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/StatusStyle.cpp" line="145"/>
        <source>waiting for %n node(s): no free node and the cluster is at max_nodes (%1)</source>
        <translation>
            <numerusform>czeka na %n węzeł: brak wolnego węzła, a klaster osiągnął max_nodes (%1)</numerusform>
            <numerusform>czeka na %n węzły: brak wolnego węzła, a klaster osiągnął max_nodes (%1)</numerusform>
            <numerusform>czeka na %n węzłów: brak wolnego węzła, a klaster osiągnął max_nodes (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="149"/>
        <source>canceling</source>
        <translation>anulowanie</translation>
    </message>
</context>
<context>
    <name>WorkspaceConfig</name>
    <message>
        <location filename="../core/workspace/WorkspaceConfig.cpp" line="59"/>
        <source>%1: unknown engine &apos;%2&apos;: use local, slurm or azureml.</source>
        <translation>%1: nieznany silnik „%2”: użyj local, slurm lub azureml.</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceConfig.cpp" line="70"/>
        <source>No workspace at %1: give a workspace folder or a config.json.</source>
        <translation>Brak obszaru roboczego w %1: podaj folder obszaru roboczego lub plik config.json.</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceConfig.cpp" line="81"/>
        <source>No workspace.json or config.json in %1: create a workspace there with `yard workspace create --path %1`.</source>
        <translation>Brak workspace.json ani config.json w %1: utwórz tam obszar roboczy poleceniem `yard workspace create --path %1`.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/desktop/main.cpp" line="42"/>
        <source>Trainyard: train models on clusters.</source>
        <translation>Trainyard: trenowanie modeli na klastrach.</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="46"/>
        <source>Workspace folder or config.json.</source>
        <translation>Folder obszaru roboczego lub config.json.</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="47"/>
        <source>path</source>
        <translation>ścieżka</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="49"/>
        <source>Language: en, de or pl (default: the system&apos;s).</source>
        <translation>Język: en, de lub pl (domyślnie systemowy).</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="50"/>
        <source>lang</source>
        <translation>język</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="53"/>
        <source>Build a demo workspace in a temporary folder and save screenshots to &lt;dir&gt;.</source>
        <translation>Zbuduj demonstracyjny obszar roboczy w folderze tymczasowym i zapisz zrzuty ekranu w &lt;katalog&gt;.</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="55"/>
        <source>dir</source>
        <translation>katalog</translation>
    </message>
</context>
<context>
    <name>trainyard::Workspace</name>
    <message>
        <location filename="../core/azureml/AzureMlEngineFactory.cpp" line="10"/>
        <location filename="../core/slurm/SlurmEngineFactory.cpp" line="10"/>
        <source>The %1 engine is not available in this build of Trainyard.</source>
        <translation>Silnik %1 nie jest dostępny w tej kompilacji Trainyard.</translation>
    </message>
</context>
<context>
    <name>trainyard::ui::AllRunsPage</name>
    <message>
        <location filename="../ui/runs/AllRunsPage.cpp" line="25"/>
        <source>Runs of all open workspaces</source>
        <translation>Przebiegi wszystkich otwartych obszarów roboczych</translation>
    </message>
    <message>
        <location filename="../ui/runs/AllRunsPage.cpp" line="30"/>
        <source>Double-click a run to open it in its workspace.</source>
        <translation>Kliknij dwukrotnie przebieg, aby otworzyć go w jego obszarze roboczym.</translation>
    </message>
    <message>
        <location filename="../ui/runs/AllRunsPage.cpp" line="31"/>
        <source>Filter runs: name, id, workspace, compute, tag…</source>
        <translation>Filtruj przebiegi: nazwa, ID, obszar roboczy, obliczenia, tag…</translation>
    </message>
    <message>
        <location filename="../ui/runs/AllRunsPage.cpp" line="33"/>
        <source>All statuses</source>
        <translation>Wszystkie stany</translation>
    </message>
    <message>
        <location filename="../ui/runs/AllRunsPage.cpp" line="34"/>
        <source>Active</source>
        <translation>Aktywne</translation>
    </message>
</context>
<context>
    <name>trainyard::ui::ComputeDialog</name>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="25"/>
        <source>Create cluster</source>
        <translation>Utwórz klaster</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="35"/>
        <source>Update cluster %1</source>
        <translation>Zmień klaster %1</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="45"/>
        <source>The vm size and priority are fixed when a cluster is created. To use another size, create a new cluster.</source>
        <translation>Rozmiar maszyny i priorytet ustala się przy tworzeniu klastra. Aby użyć innego rozmiaru, utwórz nowy klaster.</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="60"/>
        <source>e.g. gpu-cluster</source>
        <translation>np. gpu-cluster</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="64"/>
        <source>Dedicated</source>
        <translation>Dedykowany</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="65"/>
        <source>Low priority</source>
        <translation>Niski priorytet</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="77"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="86"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="87"/>
        <source>&amp;VM size:</source>
        <translation>&amp;Rozmiar maszyny:</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="88"/>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorytet:</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="90"/>
        <source>M&amp;inimum nodes:</source>
        <translation>M&amp;inimalna liczba węzłów:</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="91"/>
        <source>M&amp;aximum nodes:</source>
        <translation>M&amp;aksymalna liczba węzłów:</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="92"/>
        <source>Idle time before &amp;scale-down:</source>
        <translation>Bezczynność przed &amp;zmniejszeniem:</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="93"/>
        <source>&amp;Description:</source>
        <translation>&amp;Opis:</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="95"/>
        <source>Advanced: network and admin user</source>
        <translation>Zaawansowane: sieć i administrator</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="104"/>
        <source>kept in the system keychain</source>
        <translation>przechowywane w systemowym pęku kluczy</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="106"/>
        <source>ssh-ed25519 AAAA… (public key)</source>
        <translation>ssh-ed25519 AAAA… (klucz publiczny)</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="110"/>
        <source>VNet resource group:</source>
        <translation>Grupa zasobów VNet:</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="111"/>
        <source>VNet name:</source>
        <translation>Nazwa VNet:</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="112"/>
        <source>Subnet name:</source>
        <translation>Nazwa podsieci:</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="113"/>
        <source>Admin user:</source>
        <translation>Administrator:</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="114"/>
        <source>Admin password:</source>
        <translation>Hasło administratora:</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="115"/>
        <source>SSH public key:</source>
        <translation>Publiczny klucz SSH:</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="132"/>
        <source>Update</source>
        <translation>Zmień</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="132"/>
        <source>Create</source>
        <translation>Utwórz</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="191"/>
        <source>A cluster named &apos;%1&apos; already exists in this workspace: choose another name.</source>
        <translation>Klaster „%1” już istnieje w tym obszarze roboczym: wybierz inną nazwę.</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="206"/>
        <source>A virtual network needs all three: resource group, VNet name and subnet name.</source>
        <translation>Sieć wirtualna wymaga wszystkich trzech: grupy zasobów, nazwy VNet i nazwy podsieci.</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="208"/>
        <source>Give the admin user name that the password or SSH key belongs to.</source>
        <translation>Podaj nazwę administratora, do którego należy hasło lub klucz SSH.</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="210"/>
        <source>Give the admin user &apos;%1&apos; a password or an SSH public key.</source>
        <translation>Nadaj administratorowi „%1” hasło lub publiczny klucz SSH.</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="223"/>
        <source>Updating…</source>
        <translation>Zmienianie…</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="223"/>
        <source>Creating…</source>
        <translation>Tworzenie…</translation>
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
        <location filename="../ui/compute/ComputePage.cpp" line="48"/>
        <source>Compute clusters</source>
        <translation>Klastry obliczeniowe</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="53"/>
        <source>&amp;Create cluster…</source>
        <translation>&amp;Utwórz klaster…</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="54"/>
        <source>&amp;Update…</source>
        <translation>&amp;Zmień…</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="55"/>
        <source>&amp;Delete…</source>
        <translation>U&amp;suń…</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="103"/>
        <source>No clusters yet</source>
        <translation>Nie ma jeszcze klastrów</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="106"/>
        <source>A cluster is where your runs execute. Create your first cluster: choose a VM size and how many nodes it may scale to.</source>
        <translation>Na klastrze wykonują się Twoje przebiegi. Utwórz pierwszy klaster: wybierz rozmiar maszyny i do ilu węzłów może się skalować.</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="111"/>
        <source>Create your first cluster…</source>
        <translation>Utwórz pierwszy klaster…</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="117"/>
        <source>Loading clusters…</source>
        <translation>Wczytywanie klastrów…</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="138"/>
        <source>Cannot list the clusters: %1</source>
        <translation>Nie można wyświetlić klastrów: %1</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="178"/>
        <source>Nodes</source>
        <translation>Węzły</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="184"/>
        <source>Nodes of %1: %2 of at most %3</source>
        <translation>Węzły klastra %1: %2 z maksymalnie %3</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="202"/>
        <location filename="../ui/compute/ComputePage.cpp" line="203"/>
        <source>Cluster %1 created.</source>
        <translation>Utworzono klaster %1.</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="218"/>
        <source>Cluster %1 updated.</source>
        <translation>Zmieniono klaster %1.</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="229"/>
        <source>Delete cluster</source>
        <translation>Usuń klaster</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="230"/>
        <source>Delete the cluster &apos;%1&apos;? Its nodes are released. Finished runs stay in the history; a cluster with active runs is not deleted.</source>
        <translation>Usunąć klaster „%1”? Jego węzły zostaną zwolnione. Zakończone przebiegi pozostaną w historii; klaster z aktywnymi przebiegami nie zostanie usunięty.</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="235"/>
        <source>Delete %1</source>
        <translation>Usuń %1</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="246"/>
        <source>Deleting %1…</source>
        <translation>Usuwanie %1…</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="253"/>
        <source>Cluster %1 was not deleted: %2</source>
        <translation>Klaster %1 nie został usunięty: %2</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="256"/>
        <location filename="../ui/compute/ComputePage.cpp" line="257"/>
        <source>Cluster %1 deleted.</source>
        <translation>Usunięto klaster %1.</translation>
    </message>
</context>
<context>
    <name>trainyard::ui::DatastoresPage</name>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="18"/>
        <source>Datastores</source>
        <translation>Magazyny danych</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="24"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="24"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="24"/>
        <source>Location</source>
        <translation>Lokalizacja</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="24"/>
        <source>Default</source>
        <translation>Domyślny</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="29"/>
        <source>Runs read their data from datastores: pass a path as {datastore:data/mnist} in a run&apos;s arguments. Upload a folder with `yard datastore upload`.</source>
        <translation>Przebiegi czytają dane z magazynów danych: przekaż ścieżkę jako {datastore:data/mnist} w argumentach przebiegu. Folder prześlesz poleceniem `yard datastore upload`.</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="44"/>
        <source>Cannot list the datastores: %1</source>
        <translation>Nie można wyświetlić magazynów danych: %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="54"/>
        <source>yes</source>
        <translation>tak</translation>
    </message>
</context>
<context>
    <name>trainyard::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="62"/>
        <location filename="../ui/MainWindow.cpp" line="126"/>
        <location filename="../ui/MainWindow.cpp" line="320"/>
        <source>Trainyard</source>
        <translation>Trainyard</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="71"/>
        <location filename="../ui/MainWindow.cpp" line="391"/>
        <source>No workspace open</source>
        <translation>Brak otwartego obszaru roboczego</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="78"/>
        <source>A workspace holds your clusters, datastores and runs. Create a new local workspace, or open an existing folder or an Azure ML config.json.</source>
        <translation>Obszar roboczy zawiera Twoje klastry, magazyny danych i przebiegi. Utwórz nowy lokalny obszar roboczy albo otwórz istniejący folder lub plik config.json z Azure ML.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="83"/>
        <source>New workspace…</source>
        <translation>Nowy obszar roboczy…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="84"/>
        <source>Open workspace…</source>
        <translation>Otwórz obszar roboczy…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="98"/>
        <source>All runs</source>
        <translation>Wszystkie przebiegi</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="99"/>
        <source>The runs of every open workspace in one list</source>
        <translation>Przebiegi wszystkich otwartych obszarów roboczych na jednej liście</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="142"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="143"/>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nowy obszar roboczy…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="144"/>
        <source>&amp;Open workspace folder…</source>
        <translation>&amp;Otwórz folder obszaru roboczego…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="146"/>
        <source>Open &amp;config.json…</source>
        <translation>Otwórz &amp;config.json…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="147"/>
        <source>&amp;Recent workspaces</source>
        <translation>&amp;Ostatnie obszary robocze</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="148"/>
        <source>&amp;Close workspace</source>
        <translation>&amp;Zamknij obszar roboczy</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="150"/>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="153"/>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="154"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="157"/>
        <source>Refreshed.</source>
        <translation>Odświeżono.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="160"/>
        <source>&amp;Find runs</source>
        <translation>&amp;Znajdź przebiegi</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="169"/>
        <source>&amp;Compute</source>
        <translation>&amp;Obliczenia</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="170"/>
        <source>&amp;Create cluster…</source>
        <translation>&amp;Utwórz klaster…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="176"/>
        <source>&amp;Update cluster…</source>
        <translation>&amp;Zmień klaster…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="182"/>
        <source>&amp;Delete selected…</source>
        <translation>U&amp;suń zaznaczone…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="185"/>
        <source>&amp;Runs</source>
        <translation>P&amp;rzebiegi</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="186"/>
        <source>&amp;Submit run…</source>
        <translation>&amp;Uruchom przebieg…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="194"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="195"/>
        <source>&amp;About Trainyard</source>
        <translation>&amp;O programie Trainyard</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="207"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="221"/>
        <source>Compute</source>
        <translation>Obliczenia</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="222"/>
        <source>Datastores</source>
        <translation>Magazyny danych</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="223"/>
        <source>Experiments</source>
        <translation>Eksperymenty</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="262"/>
        <source>Open workspace</source>
        <translation>Otwórz obszar roboczy</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="263"/>
        <source>Cannot open the workspace %1: %2</source>
        <translation>Nie można otworzyć obszaru roboczego %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="282"/>
        <source>Cannot open the default workspace: %1</source>
        <translation>Nie można otworzyć domyślnego obszaru roboczego: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="339"/>
        <source>%1 — Trainyard</source>
        <translation>%1 — Trainyard</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="385"/>
        <source>connecting…</source>
        <translation>łączenie…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="386"/>
        <source>connected</source>
        <translation>połączono</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="387"/>
        <source>not reachable</source>
        <translation>nieosiągalny</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="389"/>
        <source>%1 — %2 engine, %3</source>
        <translation>%1 — silnik %2, %3</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="400"/>
        <source>New workspace: choose an empty folder</source>
        <translation>Nowy obszar roboczy: wybierz pusty folder</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="408"/>
        <source>New workspace</source>
        <translation>Nowy obszar roboczy</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="409"/>
        <source>Cannot create a workspace in %1: %2</source>
        <translation>Nie można utworzyć obszaru roboczego w %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="418"/>
        <source>Open workspace folder</source>
        <translation>Otwórz folder obszaru roboczego</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="429"/>
        <source>Open workspace config</source>
        <translation>Otwórz konfigurację obszaru roboczego</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="429"/>
        <source>Workspace config (*.json)</source>
        <translation>Konfiguracja obszaru roboczego (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="489"/>
        <source>Run %1: %2</source>
        <translation>Przebieg %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="491"/>
        <source>Experiment %1 on %2</source>
        <translation>Eksperyment %1 na %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="500"/>
        <source>About Trainyard</source>
        <translation>O programie Trainyard</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="501"/>
        <source>&lt;h3&gt;Trainyard %1&lt;/h3&gt;&lt;p&gt;Train models on clusters: local, Slurm and Azure ML, with the names of the Azure ML SDK.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Trainyard %1&lt;/h3&gt;&lt;p&gt;Trenowanie modeli na klastrach: lokalnie, w Slurm i Azure ML, z nazwami z Azure ML SDK.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>trainyard::ui::NodeTableModel</name>
    <message>
        <location filename="../ui/model/NodeTableModel.cpp" line="72"/>
        <source>Node</source>
        <translation>Węzeł</translation>
    </message>
    <message>
        <location filename="../ui/model/NodeTableModel.cpp" line="74"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../ui/model/NodeTableModel.cpp" line="76"/>
        <source>Run</source>
        <translation>Przebieg</translation>
    </message>
    <message>
        <location filename="../ui/model/NodeTableModel.cpp" line="78"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../ui/model/NodeTableModel.cpp" line="80"/>
        <source>Since</source>
        <translation>Od</translation>
    </message>
    <message>
        <location filename="../ui/model/NodeTableModel.cpp" line="82"/>
        <source>Reason</source>
        <translation>Przyczyna</translation>
    </message>
</context>
<context>
    <name>trainyard::ui::RunDetailsPanel</name>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="63"/>
        <source>Cancel run</source>
        <translation>Anuluj przebieg</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="64"/>
        <source>Clone and resubmit…</source>
        <translation>Sklonuj i uruchom ponownie…</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="73"/>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="73"/>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="73"/>
        <source>Modified</source>
        <translation>Zmodyfikowano</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="75"/>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="76"/>
        <source>Save as…</source>
        <translation>Zapisz jako…</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="90"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="90"/>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="94"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="90"/>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="94"/>
        <source>Run</source>
        <translation>Przebieg</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="94"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="97"/>
        <source>Logs</source>
        <translation>Logi</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="98"/>
        <source>Metrics</source>
        <translation>Metryki</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="99"/>
        <source>Outputs</source>
        <translation>Wyniki</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="100"/>
        <source>Properties &amp;&amp; tags</source>
        <translation>Właściwości i tagi</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="101"/>
        <source>Child runs</source>
        <translation>Przebiegi podrzędne</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="112"/>
        <source>Select a run to see its status, logs, metrics and outputs.</source>
        <translation>Wybierz przebieg, aby zobaczyć jego stan, logi, metryki i wyniki.</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="147"/>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="201"/>
        <source>%1 (run %2)</source>
        <translation>%1 (przebieg %2)</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="208"/>
        <source>Experiment: %1</source>
        <translation>Eksperyment: %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="209"/>
        <source>Compute: %1</source>
        <translation>Obliczenia: %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="210"/>
        <source>Nodes: %1</source>
        <translation>Węzły: %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="212"/>
        <source>On: %1</source>
        <translation>Na: %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="214"/>
        <source>Duration: %1</source>
        <translation>Czas trwania: %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="214"/>
        <source>not started</source>
        <translation>nie rozpoczęto</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="216"/>
        <source>Exit code: %1</source>
        <translation>Kod wyjścia: %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="217"/>
        <source>Id: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="225"/>
        <source>canceling</source>
        <translation>anulowanie</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="225"/>
        <source>the engine has not said why yet</source>
        <translation>silnik nie podał jeszcze przyczyny</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="226"/>
        <source>Canceling: %1</source>
        <translation>Anulowanie: %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="227"/>
        <source>Why it waits: %1</source>
        <translation>Dlaczego czeka: %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="232"/>
        <source>Error: %1</source>
        <translation>Błąd: %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="247"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="248"/>
        <source>Property</source>
        <translation>Właściwość</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="257"/>
        <source>Configuration</source>
        <translation>Konfiguracja</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="300"/>
        <source>No files yet.</source>
        <translation>Nie ma jeszcze plików.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="301"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n plik</numerusform>
            <numerusform>%n pliki</numerusform>
            <numerusform>%n plików</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="325"/>
        <source>This run has no child runs.</source>
        <translation>Ten przebieg nie ma przebiegów podrzędnych.</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="334"/>
        <source>Choose a file to open.</source>
        <translation>Wybierz plik do otwarcia.</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="340"/>
        <source>Fetching %1…</source>
        <translation>Pobieranie %1…</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="347"/>
        <source>Opened %1.</source>
        <translation>Otwarto %1.</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="355"/>
        <source>Save the run&apos;s files to</source>
        <translation>Zapisz pliki przebiegu w</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="367"/>
        <source>Saving to %1…</source>
        <translation>Zapisywanie w %1…</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="369"/>
        <source>Saving: %1 of %2 files</source>
        <translation>Zapisywanie: %1 z %2 plików</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="373"/>
        <source>Saved to %1.</source>
        <translation>Zapisano w %1.</translation>
    </message>
</context>
<context>
    <name>trainyard::ui::RunLogPanel</name>
    <message>
        <location filename="../ui/logs/RunLogPanel.cpp" line="59"/>
        <source>Rank %1 — %2</source>
        <translation>Ranga %1 — %2</translation>
    </message>
</context>
<context>
    <name>trainyard::ui::RunTableModel</name>
    <message>
        <location filename="../ui/model/RunTableModel.cpp" line="182"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../ui/model/RunTableModel.cpp" line="184"/>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location filename="../ui/model/RunTableModel.cpp" line="186"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../ui/model/RunTableModel.cpp" line="188"/>
        <source>Experiment</source>
        <translation>Eksperyment</translation>
    </message>
    <message>
        <location filename="../ui/model/RunTableModel.cpp" line="190"/>
        <source>Compute</source>
        <translation>Obliczenia</translation>
    </message>
    <message>
        <location filename="../ui/model/RunTableModel.cpp" line="192"/>
        <source>Nodes</source>
        <translation>Węzły</translation>
    </message>
    <message>
        <location filename="../ui/model/RunTableModel.cpp" line="194"/>
        <source>Started</source>
        <translation>Rozpoczęto</translation>
    </message>
    <message>
        <location filename="../ui/model/RunTableModel.cpp" line="196"/>
        <source>Duration</source>
        <translation>Czas trwania</translation>
    </message>
    <message>
        <location filename="../ui/model/RunTableModel.cpp" line="198"/>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <location filename="../ui/model/RunTableModel.cpp" line="200"/>
        <source>Workspace</source>
        <translation>Obszar roboczy</translation>
    </message>
    <message>
        <location filename="../ui/model/RunTableModel.cpp" line="202"/>
        <source>Engine</source>
        <translation>Silnik</translation>
    </message>
</context>
<context>
    <name>trainyard::ui::RunsPage</name>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="46"/>
        <source>&amp;Submit run…</source>
        <translation>&amp;Uruchom przebieg…</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="47"/>
        <source>Ca&amp;ncel run</source>
        <translation>&amp;Anuluj przebieg</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="48"/>
        <source>C&amp;lone and resubmit…</source>
        <translation>&amp;Sklonuj i uruchom ponownie…</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="49"/>
        <source>Filter runs (Ctrl+F): name, id, compute, tag…</source>
        <translation>Filtruj przebiegi (Ctrl+F): nazwa, ID, obliczenia, tag…</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="52"/>
        <source>All statuses</source>
        <translation>Wszystkie stany</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="53"/>
        <source>Active</source>
        <translation>Aktywne</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="104"/>
        <source>No runs yet</source>
        <translation>Nie ma jeszcze przebiegów</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="110"/>
        <source>Submit your first run…</source>
        <translation>Uruchom pierwszy przebieg…</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="116"/>
        <source>Loading runs…</source>
        <translation>Wczytywanie przebiegów…</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="154"/>
        <source>Runs</source>
        <translation>Przebiegi</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="154"/>
        <source>Experiment %1</source>
        <translation>Eksperyment %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="217"/>
        <source>Runs need a cluster: create one on the Compute page, then submit a run from a folder with your training script.</source>
        <translation>Przebiegi potrzebują klastra: utwórz go na stronie Obliczenia, a potem uruchom przebieg z folderu ze skryptem treningowym.</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="219"/>
        <source>Submit a run: pick the folder with your training script, the script to run and a cluster.</source>
        <translation>Uruchom przebieg: wybierz folder ze skryptem treningowym, skrypt do uruchomienia i klaster.</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="233"/>
        <location filename="../ui/runs/RunsPage.cpp" line="234"/>
        <source>Run %1 submitted.</source>
        <translation>Uruchomiono przebieg %1.</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="262"/>
        <location filename="../ui/runs/RunsPage.cpp" line="269"/>
        <source>Cancel run</source>
        <translation>Anuluj przebieg</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="263"/>
        <source>Cancel run %1 (%2)? Its processes are stopped; logs, metrics and outputs written so far are kept, and you can clone it to run it again.</source>
        <translation>Anulować przebieg %1 (%2)? Jego procesy zostaną zatrzymane; zapisane dotąd logi, metryki i wyniki zostaną zachowane, a przebieg można sklonować i uruchomić ponownie.</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="270"/>
        <source>Keep running</source>
        <translation>Kontynuuj</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="280"/>
        <source>Canceling run %1…</source>
        <translation>Anulowanie przebiegu %1…</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="281"/>
        <source>Run %1 was not canceled: %2</source>
        <translation>Przebieg %1 nie został anulowany: %2</translation>
    </message>
</context>
<context>
    <name>trainyard::ui::SubmitRunDialog</name>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="31"/>
        <source>Python script:</source>
        <translation>Skrypt Python:</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="32"/>
        <source>Command:</source>
        <translation>Polecenie:</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="46"/>
        <source>Submit run</source>
        <translation>Uruchom przebieg</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="51"/>
        <source>optional</source>
        <translation>opcjonalnie</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="52"/>
        <source>Browse…</source>
        <translation>Przeglądaj…</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="58"/>
        <source>e.g. bash run.sh</source>
        <translation>np. bash run.sh</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="63"/>
        <source>--epochs 10 --data {datastore:data/mnist}</source>
        <translation>--epochs 10 --data {datastore:data/mnist}</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="67"/>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="73"/>
        <source>all nodes</source>
        <translation>wszystkie węzły</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="83"/>
        <source>&amp;Experiment:</source>
        <translation>&amp;Eksperyment:</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="84"/>
        <source>Display &amp;name:</source>
        <translation>Nazwa &amp;wyświetlana:</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="85"/>
        <source>&amp;Source folder:</source>
        <translation>&amp;Folder źródłowy:</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="90"/>
        <source>&amp;Arguments:</source>
        <translation>&amp;Argumenty:</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="91"/>
        <source>&amp;Compute:</source>
        <translation>&amp;Obliczenia:</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="92"/>
        <source>N&amp;ode count:</source>
        <translation>Liczba w&amp;ęzłów:</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="93"/>
        <source>&amp;Distribution:</source>
        <translation>&amp;Dystrybucja:</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="94"/>
        <source>Processes per node:</source>
        <translation>Procesy na węzeł:</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="95"/>
        <source>Workers:</source>
        <translation>Workery:</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="96"/>
        <source>Parameter servers:</source>
        <translation>Serwery parametrów:</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="97"/>
        <source>En&amp;vironment:</source>
        <translation>Śro&amp;dowisko:</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="98"/>
        <source>&amp;Tags:</source>
        <translation>&amp;Tagi:</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="109"/>
        <source>Submit</source>
        <translation>Uruchom</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="120"/>
        <source>Source folder</source>
        <translation>Folder źródłowy</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="237"/>
        <source>Clone and resubmit %1</source>
        <translation>Sklonuj i uruchom ponownie %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="258"/>
        <source>Environment line &apos;%1&apos; is not KEY=value: write one variable per line.</source>
        <translation>Wiersz środowiska „%1” nie ma postaci KLUCZ=wartość: jedna zmienna na wiersz.</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="262"/>
        <source>Tag line &apos;%1&apos; is not name=value: write one tag per line.</source>
        <translation>Wiersz tagu „%1” nie ma postaci nazwa=wartość: jeden tag na wiersz.</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="264"/>
        <source>This workspace has no cluster yet: create one on the Compute page first.</source>
        <translation>Ten obszar roboczy nie ma jeszcze klastra: najpierw utwórz go na stronie Obliczenia.</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="266"/>
        <source>Choose the source folder: its files are copied for the run.</source>
        <translation>Wybierz folder źródłowy: jego pliki zostaną skopiowane dla przebiegu.</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="279"/>
        <source>Compute &apos;%1&apos; does not exist in this workspace any more: choose another.</source>
        <translation>Zasób „%1” już nie istnieje w tym obszarze roboczym: wybierz inny.</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="281"/>
        <source>Compute &apos;%1&apos; is being deleted: choose another.</source>
        <translation>Zasób „%1” jest usuwany: wybierz inny.</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="283"/>
        <source>Node count %1 is more than cluster &apos;%2&apos; can have (max nodes %3): lower the node count or raise the cluster&apos;s max nodes.</source>
        <translation>Liczba węzłów %1 przekracza to, co może mieć klaster „%2” (maks. %3): zmniejsz liczbę węzłów lub zwiększ maksimum klastra.</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="302"/>
        <source>experiment</source>
        <translation>eksperyment</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="303"/>
        <source>display name</source>
        <translation>nazwa wyświetlana</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="304"/>
        <source>source</source>
        <translation>źródło</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="305"/>
        <source>script</source>
        <translation>skrypt</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="306"/>
        <source>command</source>
        <translation>polecenie</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="307"/>
        <source>arguments</source>
        <translation>argumenty</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="308"/>
        <source>compute</source>
        <translation>obliczenia</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="309"/>
        <source>node count</source>
        <translation>liczba węzłów</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="310"/>
        <source>distribution</source>
        <translation>dystrybucja</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="311"/>
        <source>environment</source>
        <translation>środowisko</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="313"/>
        <source>tags</source>
        <translation>tagi</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="317"/>
        <source>No changes against the original run yet.</source>
        <translation>Brak zmian względem pierwotnego przebiegu.</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="318"/>
        <source>Changed against the original: %1</source>
        <translation>Zmiany względem oryginału: %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="329"/>
        <source>Submitting…</source>
        <translation>Uruchamianie…</translation>
    </message>
</context>
</TS>
