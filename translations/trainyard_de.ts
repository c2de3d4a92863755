<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <source>min_nodes (%1) is greater than max_nodes (%2): min_nodes must be at most max_nodes.</source>
        <translation>min_nodes (%1) ist größer als max_nodes (%2): min_nodes darf höchstens max_nodes sein.</translation>
    </message>
    <message>
        <location filename="../core/model/Compute.cpp" line="45"/>
        <source>idle_seconds_before_scaledown is %1: it must be 0 or more seconds.</source>
        <translation>idle_seconds_before_scaledown ist %1: der Wert muss 0 Sekunden oder mehr sein.</translation>
    </message>
    <message>
        <location filename="../core/model/Compute.cpp" line="54"/>
        <source>vm_size is missing: choose one of the engine&apos;s vm sizes.</source>
        <translation>vm_size fehlt: wählen Sie eine der VM-Größen der Engine.</translation>
    </message>
</context>
<context>
    <name>FileTree</name>
    <message>
        <location filename="../core/util/FileTree.cpp" line="47"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/util/FileTree.cpp" line="52"/>
        <location filename="../core/util/FileTree.cpp" line="65"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/util/FileTree.cpp" line="58"/>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/util/FileTree.cpp" line="76"/>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../core/util/FileTree.cpp" line="85"/>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>JsonFile</name>
    <message>
        <location filename="../core/util/JsonFile.cpp" line="26"/>
        <source>%1:%2:%3: invalid JSON: %4</source>
        <translation>%1:%2:%3: ungültiges JSON: %4</translation>
    </message>
    <message>
        <location filename="../core/util/JsonFile.cpp" line="33"/>
        <source>%1: expected a JSON object at the top level.</source>
        <translation>%1: auf oberster Ebene wird ein JSON-Objekt erwartet.</translation>
    </message>
    <message>
        <location filename="../core/util/JsonFile.cpp" line="40"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/util/JsonFile.cpp" line="47"/>
        <location filename="../core/util/JsonFile.cpp" line="50"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>LocalDatabase</name>
    <message>
        <location filename="../core/local/LocalDatabase.cpp" line="58"/>
        <source>Workspace database error: %1</source>
        <translation>Fehler in der Arbeitsbereich-Datenbank: %1</translation>
    </message>
    <message>
        <location filename="../core/local/LocalDatabase.cpp" line="87"/>
        <source>Cannot open the workspace database %1: %2</source>
        <translation>Die Arbeitsbereich-Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/local/LocalDatabase.cpp" line="126"/>
        <source>This workspace was written by a newer Trainyard (schema %1; this one knows up to %2). Update Trainyard to open it.</source>
        <translation>Dieser Arbeitsbereich stammt von einem neueren Trainyard (Schema %1; diese Version kennt bis %2). Aktualisieren Sie Trainyard, um ihn zu öffnen.</translation>
    </message>
    <message>
        <location filename="../core/local/LocalDatabase.cpp" line="230"/>
        <source>No compute named &apos;%1&apos; in this workspace; it has: %2.</source>
        <translation>Kein Compute namens „%1“ in diesem Arbeitsbereich; vorhanden: %2.</translation>
    </message>
    <message>
        <location filename="../core/local/LocalDatabase.cpp" line="231"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../core/local/LocalDatabase.cpp" line="260"/>
        <source>A compute named &apos;%1&apos; already exists: choose another name.</source>
        <translation>Ein Compute namens „%1“ existiert bereits: wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../core/local/LocalDatabase.cpp" line="306"/>
        <source>Cannot delete compute &apos;%1&apos;: these runs are still active on it: %2. Cancel them or wait for them to end.</source>
        <translation>Compute „%1“ kann nicht gelöscht werden: diese Ausführungen laufen noch darauf: %2. Brechen Sie sie ab oder warten Sie, bis sie enden.</translation>
    </message>
    <message>
        <location filename="../core/local/LocalDatabase.cpp" line="449"/>
        <source>No run with id &apos;%1&apos; in this workspace: `yard run list` shows the runs.</source>
        <translation>Keine Ausführung mit der ID „%1“ in diesem Arbeitsbereich: `yard run list` zeigt die Ausführungen.</translation>
    </message>
</context>
<context>
    <name>LocalEngine</name>
    <message>
        <location filename="../core/local/LocalEngine.cpp" line="69"/>
        <source>A workspace already exists in %1.</source>
        <translation>In %1 existiert bereits ein Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../core/local/LocalEngine.cpp" line="72"/>
        <source>Cannot create the workspace folder %1.</source>
        <translation>Der Arbeitsbereich-Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../core/local/LocalEngine.cpp" line="111"/>
        <source>vm_size &apos;%1&apos; is not offered by the local engine: use &apos;local&apos; (a node is a slot on this machine).</source>
        <translation>vm_size „%1“ wird von der lokalen Engine nicht angeboten: verwenden Sie „local“ (ein Knoten ist ein Platz auf diesem Rechner).</translation>
    </message>
    <message>
        <location filename="../core/local/LocalEngine.cpp" line="181"/>
        <source>Datastore path &apos;%1&apos; leaves the datastore: give a relative path like data/mnist.</source>
        <translation>Der Datenspeicherpfad „%1“ verlässt den Datenspeicher: geben Sie einen relativen Pfad wie data/mnist an.</translation>
    </message>
    <message>
        <location filename="../core/local/LocalEngine.cpp" line="208"/>
        <source>Source folder %1 does not exist.</source>
        <translation>Der Quellordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/local/LocalEngine.cpp" line="242"/>
        <source>node_count %1 is more than compute &apos;%2&apos; can have (max_nodes %3): lower node_count or raise max_nodes.</source>
        <translation>node_count %1 ist mehr, als Compute „%2“ haben kann (max_nodes %3): senken Sie node_count oder erhöhen Sie max_nodes.</translation>
    </message>
    <message>
        <location filename="../core/local/LocalEngine.cpp" line="250"/>
        <source>Source directory &apos;%1&apos; does not exist.</source>
        <translation>Das Quellverzeichnis „%1“ existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/local/LocalEngine.cpp" line="255"/>
        <source>Entry script &apos;%1&apos; is not in the source directory %2.</source>
        <translation>Das Startskript „%1“ liegt nicht im Quellverzeichnis %2.</translation>
    </message>
    <message>
        <location filename="../core/local/LocalEngine.cpp" line="339"/>
        <source>No run with id &apos;%1&apos; in this workspace.</source>
        <translation>Keine Ausführung mit der ID „%1“ in diesem Arbeitsbereich.</translation>
    </message>
</context>
<context>
    <name>Run</name>
    <message>
        <location filename="../core/model/Run.cpp" line="42"/>
        <source>Invalid experiment name &apos;%1&apos;: use 1 to 255 letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos;, starting with a letter or digit.</source>
        <translation>Ungültiger Experimentname „%1“: 1 bis 255 Buchstaben, Ziffern, „_“, „-“ oder „.“, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <location filename="../core/model/Run.cpp" line="47"/>
        <source>No compute target given: name one of the workspace&apos;s clusters.</source>
        <translation>Kein Compute-Ziel angegeben: nennen Sie einen der Cluster des Arbeitsbereichs.</translation>
    </message>
    <message>
        <location filename="../core/model/Run.cpp" line="50"/>
        <source>Give exactly one of an entry script or a command.</source>
        <translation>Geben Sie genau eines an: ein Startskript oder einen Befehl.</translation>
    </message>
    <message>
        <location filename="../core/model/Run.cpp" line="53"/>
        <source>node_count is %1: it must be at least 1.</source>
        <translation>node_count ist %1: der Wert muss mindestens 1 sein.</translation>
    </message>
    <message>
        <location filename="../core/model/Run.cpp" line="58"/>
        <source>process_count_per_node is %1: it must be at least 1.</source>
        <translation>process_count_per_node ist %1: der Wert muss mindestens 1 sein.</translation>
    </message>
    <message>
        <location filename="../core/model/Run.cpp" line="62"/>
        <source>worker and parameter server counts must be 0 or more.</source>
        <translation>Die Anzahl der Worker und Parameterserver muss 0 oder größer sein.</translation>
    </message>
    <message>
        <location filename="../core/model/Run.cpp" line="67"/>
        <source>A TensorFlow run needs node_count = worker_count + parameter_server_count with at least one worker; got node_count %1, %2 workers, %3 parameter servers.</source>
        <translation>Eine TensorFlow-Ausführung braucht node_count = worker_count + parameter_server_count mit mindestens einem Worker; erhalten: node_count %1, %2 Worker, %3 Parameterserver.</translation>
    </message>
    <message>
        <location filename="../core/model/Run.cpp" line="75"/>
        <source>Worker and parameter server counts apply only to the tensorflow distribution.</source>
        <translation>Worker- und Parameterserver-Anzahlen gelten nur für die TensorFlow-Verteilung.</translation>
    </message>
    <message>
        <location filename="../core/model/Run.cpp" line="82"/>
        <source>Invalid environment variable name &apos;%1&apos;: use letters, digits and &apos;_&apos;, not starting with a digit.</source>
        <translation>Ungültiger Name einer Umgebungsvariablen „%1“: Buchstaben, Ziffern und „_“, nicht mit einer Ziffer beginnend.</translation>
    </message>
</context>
<context>
    <name>StatusStyle</name>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="20"/>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="22"/>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="24"/>
        <source>Preparing</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="26"/>
        <source>Starting</source>
        <translation>Startet</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="28"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="30"/>
        <source>Finalizing</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="32"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="34"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="36"/>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="90"/>
        <source>idle</source>
        <translation>frei</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="92"/>
        <source>running</source>
        <translation>belegt</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="94"/>
        <source>preparing</source>
        <translation>in Vorbereitung</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="96"/>
        <source>unusable</source>
        <translation>unbrauchbar</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="98"/>
        <source>leaving</source>
        <translation>wird entfernt</translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="100"/>
        <source>preempted</source>
        <translation>verdrängt</translation>
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
            <numerusform>in der Warteschlange hinter %n Ausführung auf %1</numerusform>
            <numerusform>in der Warteschlange hinter %n Ausführungen auf %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/StatusStyle.cpp" line="141"/>
        <source>waiting for %n node(s): the cluster is scaling up (%1 preparing)</source>
        <translation>
            <numerusform>wartet auf %n Knoten: der Cluster skaliert hoch (%1 in Vorbereitung)</numerusform>
            <numerusform>wartet auf %n Knoten: der Cluster skaliert hoch (%1 in Vorbereitung)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/StatusStyle.cpp" line="145"/>
        <source>waiting for %n node(s): no free node and the cluster is at max_nodes (%1)</source>
        <translation>
            <numerusform>wartet auf %n Knoten: kein Knoten frei und der Cluster ist bei max_nodes (%1)</numerusform>
            <numerusform>wartet auf %n Knoten: kein Knoten frei und der Cluster ist bei max_nodes (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/StatusStyle.cpp" line="149"/>
        <source>canceling</source>
        <translation>wird abgebrochen</translation>
    </message>
</context>
<context>
    <name>WorkspaceConfig</name>
    <message>
        <location filename="../core/workspace/WorkspaceConfig.cpp" line="59"/>
        <source>%1: unknown engine &apos;%2&apos;: use local, slurm or azureml.</source>
        <translation>%1: unbekannte Engine „%2“: verwenden Sie local, slurm oder azureml.</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceConfig.cpp" line="70"/>
        <source>No workspace at %1: give a workspace folder or a config.json.</source>
        <translation>Kein Arbeitsbereich unter %1: geben Sie einen Arbeitsbereich-Ordner oder eine config.json an.</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceConfig.cpp" line="81"/>
        <source>No workspace.json or config.json in %1: create a workspace there with `yard workspace create --path %1`.</source>
        <translation>Keine workspace.json oder config.json in %1: legen Sie dort mit `yard workspace create --path %1` einen Arbeitsbereich an.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/desktop/main.cpp" line="42"/>
        <source>Trainyard: train models on clusters.</source>
        <translation>Trainyard: Modelle auf Clustern trainieren.</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="46"/>
        <source>Workspace folder or config.json.</source>
        <translation>Arbeitsbereich-Ordner oder config.json.</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="47"/>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="49"/>
        <source>Language: en, de or pl (default: the system&apos;s).</source>
        <translation>Sprache: en, de oder pl (Standard: die des Systems).</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="50"/>
        <source>lang</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="53"/>
        <source>Build a demo workspace in a temporary folder and save screenshots to &lt;dir&gt;.</source>
        <translation>Einen Demo-Arbeitsbereich in einem temporären Ordner aufbauen und Bildschirmfotos in &lt;Ordner&gt; speichern.</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="55"/>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
</context>
<context>
    <name>trainyard::Workspace</name>
    <message>
        <location filename="../core/azureml/AzureMlEngineFactory.cpp" line="10"/>
        <location filename="../core/slurm/SlurmEngineFactory.cpp" line="10"/>
        <source>The %1 engine is not available in this build of Trainyard.</source>
        <translation>Die Engine %1 ist in diesem Build von Trainyard nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>trainyard::ui::AllRunsPage</name>
    <message>
        <location filename="../ui/runs/AllRunsPage.cpp" line="25"/>
        <source>Runs of all open workspaces</source>
        <translation>Ausführungen aller offenen Arbeitsbereiche</translation>
    </message>
    <message>
        <location filename="../ui/runs/AllRunsPage.cpp" line="30"/>
        <source>Double-click a run to open it in its workspace.</source>
        <translation>Doppelklicken Sie eine Ausführung, um sie in ihrem Arbeitsbereich zu öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/runs/AllRunsPage.cpp" line="31"/>
        <source>Filter runs: name, id, workspace, compute, tag…</source>
        <translation>Ausführungen filtern: Name, ID, Arbeitsbereich, Compute, Tag…</translation>
    </message>
    <message>
        <location filename="../ui/runs/AllRunsPage.cpp" line="33"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../ui/runs/AllRunsPage.cpp" line="34"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
</context>
<context>
    <name>trainyard::ui::ComputeDialog</name>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="25"/>
        <source>Create cluster</source>
        <translation>Cluster anlegen</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="35"/>
        <source>Update cluster %1</source>
        <translation>Cluster %1 ändern</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="45"/>
        <source>The vm size and priority are fixed when a cluster is created. To use another size, create a new cluster.</source>
        <translation>VM-Größe und Priorität werden beim Anlegen festgelegt. Für eine andere Größe legen Sie einen neuen Cluster an.</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="60"/>
        <source>e.g. gpu-cluster</source>
        <translation>z. B. gpu-cluster</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="64"/>
        <source>Dedicated</source>
        <translation>Dediziert</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="65"/>
        <source>Low priority</source>
        <translation>Niedrige Priorität</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="77"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="86"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="87"/>
        <source>&amp;VM size:</source>
        <translation>&amp;VM-Größe:</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="88"/>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="90"/>
        <source>M&amp;inimum nodes:</source>
        <translation>M&amp;indestanzahl Knoten:</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="91"/>
        <source>M&amp;aximum nodes:</source>
        <translation>M&amp;aximalanzahl Knoten:</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="92"/>
        <source>Idle time before &amp;scale-down:</source>
        <translation>Leerlauf vor &amp;Herunterskalieren:</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="93"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="95"/>
        <source>Advanced: network and admin user</source>
        <translation>Erweitert: Netzwerk und Admin-Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="104"/>
        <source>kept in the system keychain</source>
        <translation>wird im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="106"/>
        <source>ssh-ed25519 AAAA… (public key)</source>
        <translation>ssh-ed25519 AAAA… (öffentlicher Schlüssel)</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="110"/>
        <source>VNet resource group:</source>
        <translation>VNet-Ressourcengruppe:</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="111"/>
        <source>VNet name:</source>
        <translation>VNet-Name:</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="112"/>
        <source>Subnet name:</source>
        <translation>Subnetzname:</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="113"/>
        <source>Admin user:</source>
        <translation>Admin-Benutzer:</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="114"/>
        <source>Admin password:</source>
        <translation>Admin-Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="115"/>
        <source>SSH public key:</source>
        <translation>Öffentlicher SSH-Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="132"/>
        <source>Update</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="132"/>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="191"/>
        <source>A cluster named &apos;%1&apos; already exists in this workspace: choose another name.</source>
        <translation>Ein Cluster namens „%1“ existiert in diesem Arbeitsbereich bereits: wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="206"/>
        <source>A virtual network needs all three: resource group, VNet name and subnet name.</source>
        <translation>Ein virtuelles Netzwerk braucht alle drei Angaben: Ressourcengruppe, VNet-Name und Subnetzname.</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="208"/>
        <source>Give the admin user name that the password or SSH key belongs to.</source>
        <translation>Geben Sie den Admin-Benutzer an, zu dem Passwort oder SSH-Schlüssel gehören.</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="210"/>
        <source>Give the admin user &apos;%1&apos; a password or an SSH public key.</source>
        <translation>Geben Sie dem Admin-Benutzer „%1“ ein Passwort oder einen öffentlichen SSH-Schlüssel.</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="223"/>
        <source>Updating…</source>
        <translation>Wird geändert…</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputeDialog.cpp" line="223"/>
        <source>Creating…</source>
        <translation>Wird angelegt…</translation>
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
        <location filename="../ui/compute/ComputePage.cpp" line="48"/>
        <source>Compute clusters</source>
        <translation>Compute-Cluster</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="53"/>
        <source>&amp;Create cluster…</source>
        <translation>Cluster &amp;anlegen…</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="54"/>
        <source>&amp;Update…</source>
        <translation>Ä&amp;ndern…</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="55"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="103"/>
        <source>No clusters yet</source>
        <translation>Noch keine Cluster</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="106"/>
        <source>A cluster is where your runs execute. Create your first cluster: choose a VM size and how many nodes it may scale to.</source>
        <translation>Auf einem Cluster laufen Ihre Ausführungen. Legen Sie Ihren ersten Cluster an: wählen Sie eine VM-Größe und bis zu wie vielen Knoten er skalieren darf.</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="111"/>
        <source>Create your first cluster…</source>
        <translation>Ersten Cluster anlegen…</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="117"/>
        <source>Loading clusters…</source>
        <translation>Cluster werden geladen…</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="138"/>
        <source>Cannot list the clusters: %1</source>
        <translation>Die Cluster können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="178"/>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="184"/>
        <source>Nodes of %1: %2 of at most %3</source>
        <translation>Knoten von %1: %2 von höchstens %3</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="202"/>
        <location filename="../ui/compute/ComputePage.cpp" line="203"/>
        <source>Cluster %1 created.</source>
        <translation>Cluster %1 angelegt.</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="218"/>
        <source>Cluster %1 updated.</source>
        <translation>Cluster %1 geändert.</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="229"/>
        <source>Delete cluster</source>
        <translation>Cluster löschen</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="230"/>
        <source>Delete the cluster &apos;%1&apos;? Its nodes are released. Finished runs stay in the history; a cluster with active runs is not deleted.</source>
        <translation>Den Cluster „%1“ löschen? Seine Knoten werden freigegeben. Beendete Ausführungen bleiben im Verlauf; ein Cluster mit aktiven Ausführungen wird nicht gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="235"/>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="246"/>
        <source>Deleting %1…</source>
        <translation>%1 wird gelöscht…</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="253"/>
        <source>Cluster %1 was not deleted: %2</source>
        <translation>Cluster %1 wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <location filename="../ui/compute/ComputePage.cpp" line="256"/>
        <location filename="../ui/compute/ComputePage.cpp" line="257"/>
        <source>Cluster %1 deleted.</source>
        <translation>Cluster %1 gelöscht.</translation>
    </message>
</context>
<context>
    <name>trainyard::ui::DatastoresPage</name>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="18"/>
        <source>Datastores</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="24"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="24"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="24"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="24"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="29"/>
        <source>Runs read their data from datastores: pass a path as {datastore:data/mnist} in a run&apos;s arguments. Upload a folder with `yard datastore upload`.</source>
        <translation>Ausführungen lesen ihre Daten aus Datenspeichern: übergeben Sie einen Pfad als {datastore:data/mnist} in den Argumenten. Einen Ordner laden Sie mit `yard datastore upload` hoch.</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="44"/>
        <source>Cannot list the datastores: %1</source>
        <translation>Die Datenspeicher können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/workspace/DatastoresPage.cpp" line="54"/>
        <source>yes</source>
        <translation>ja</translation>
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
        <translation>Kein Arbeitsbereich geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="78"/>
        <source>A workspace holds your clusters, datastores and runs. Create a new local workspace, or open an existing folder or an Azure ML config.json.</source>
        <translation>Ein Arbeitsbereich enthält Ihre Cluster, Datenspeicher und Ausführungen. Legen Sie einen neuen lokalen Arbeitsbereich an oder öffnen Sie einen vorhandenen Ordner oder eine Azure-ML-config.json.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="83"/>
        <source>New workspace…</source>
        <translation>Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="84"/>
        <source>Open workspace…</source>
        <translation>Arbeitsbereich öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="98"/>
        <source>All runs</source>
        <translation>Alle Ausführungen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="99"/>
        <source>The runs of every open workspace in one list</source>
        <translation>Die Ausführungen aller offenen Arbeitsbereiche in einer Liste</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="142"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="143"/>
        <source>&amp;New workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="144"/>
        <source>&amp;Open workspace folder…</source>
        <translation>Arbeitsbereich-Ordner ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="146"/>
        <source>Open &amp;config.json…</source>
        <translation>&amp;config.json öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="147"/>
        <source>&amp;Recent workspaces</source>
        <translation>&amp;Zuletzt verwendete Arbeitsbereiche</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="148"/>
        <source>&amp;Close workspace</source>
        <translation>Arbeitsbereich &amp;schließen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="150"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="153"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="154"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="157"/>
        <source>Refreshed.</source>
        <translation>Aktualisiert.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="160"/>
        <source>&amp;Find runs</source>
        <translation>Ausführungen &amp;suchen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="169"/>
        <source>&amp;Compute</source>
        <translation>&amp;Compute</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="170"/>
        <source>&amp;Create cluster…</source>
        <translation>Cluster &amp;anlegen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="176"/>
        <source>&amp;Update cluster…</source>
        <translation>Cluster ä&amp;ndern…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="182"/>
        <source>&amp;Delete selected…</source>
        <translation>Auswahl &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="185"/>
        <source>&amp;Runs</source>
        <translation>A&amp;usführungen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="186"/>
        <source>&amp;Submit run…</source>
        <translation>Ausführung &amp;starten…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="194"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="195"/>
        <source>&amp;About Trainyard</source>
        <translation>Ü&amp;ber Trainyard</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="207"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="221"/>
        <source>Compute</source>
        <translation>Compute</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="222"/>
        <source>Datastores</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="223"/>
        <source>Experiments</source>
        <translation>Experimente</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="262"/>
        <source>Open workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="263"/>
        <source>Cannot open the workspace %1: %2</source>
        <translation>Der Arbeitsbereich %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="282"/>
        <source>Cannot open the default workspace: %1</source>
        <translation>Der Standard-Arbeitsbereich kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="339"/>
        <source>%1 — Trainyard</source>
        <translation>%1 — Trainyard</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="385"/>
        <source>connecting…</source>
        <translation>verbindet…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="386"/>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="387"/>
        <source>not reachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="389"/>
        <source>%1 — %2 engine, %3</source>
        <translation>%1 — Engine %2, %3</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="400"/>
        <source>New workspace: choose an empty folder</source>
        <translation>Neuer Arbeitsbereich: wählen Sie einen leeren Ordner</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="408"/>
        <source>New workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="409"/>
        <source>Cannot create a workspace in %1: %2</source>
        <translation>In %1 kann kein Arbeitsbereich angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="418"/>
        <source>Open workspace folder</source>
        <translation>Arbeitsbereich-Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="429"/>
        <source>Open workspace config</source>
        <translation>Arbeitsbereich-Konfiguration öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="429"/>
        <source>Workspace config (*.json)</source>
        <translation>Arbeitsbereich-Konfiguration (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="489"/>
        <source>Run %1: %2</source>
        <translation>Ausführung %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="491"/>
        <source>Experiment %1 on %2</source>
        <translation>Experiment %1 auf %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="500"/>
        <source>About Trainyard</source>
        <translation>Über Trainyard</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="501"/>
        <source>&lt;h3&gt;Trainyard %1&lt;/h3&gt;&lt;p&gt;Train models on clusters: local, Slurm and Azure ML, with the names of the Azure ML SDK.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Trainyard %1&lt;/h3&gt;&lt;p&gt;Modelle auf Clustern trainieren: lokal, mit Slurm und Azure ML, mit den Namen des Azure-ML-SDK.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>trainyard::ui::NodeTableModel</name>
    <message>
        <location filename="../ui/model/NodeTableModel.cpp" line="72"/>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location filename="../ui/model/NodeTableModel.cpp" line="74"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/model/NodeTableModel.cpp" line="76"/>
        <source>Run</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <location filename="../ui/model/NodeTableModel.cpp" line="78"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../ui/model/NodeTableModel.cpp" line="80"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location filename="../ui/model/NodeTableModel.cpp" line="82"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>trainyard::ui::RunDetailsPanel</name>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="63"/>
        <source>Cancel run</source>
        <translation>Ausführung abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="64"/>
        <source>Clone and resubmit…</source>
        <translation>Klonen und neu starten…</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="73"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="73"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="73"/>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="75"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="76"/>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="90"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="90"/>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="94"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="90"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="94"/>
        <source>Run</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="94"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="97"/>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="98"/>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="99"/>
        <source>Outputs</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="100"/>
        <source>Properties &amp;&amp; tags</source>
        <translation>Eigenschaften &amp;&amp; Tags</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="101"/>
        <source>Child runs</source>
        <translation>Untergeordnete Ausführungen</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="112"/>
        <source>Select a run to see its status, logs, metrics and outputs.</source>
        <translation>Wählen Sie eine Ausführung, um Status, Protokolle, Metriken und Ausgaben zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="147"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="201"/>
        <source>%1 (run %2)</source>
        <translation>%1 (Ausführung %2)</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="208"/>
        <source>Experiment: %1</source>
        <translation>Experiment: %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="209"/>
        <source>Compute: %1</source>
        <translation>Compute: %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="210"/>
        <source>Nodes: %1</source>
        <translation>Knoten: %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="212"/>
        <source>On: %1</source>
        <translation>Auf: %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="214"/>
        <source>Duration: %1</source>
        <translation>Dauer: %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="214"/>
        <source>not started</source>
        <translation>nicht gestartet</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="216"/>
        <source>Exit code: %1</source>
        <translation>Exit-Code: %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="217"/>
        <source>Id: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="225"/>
        <source>canceling</source>
        <translation>wird abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="225"/>
        <source>the engine has not said why yet</source>
        <translation>die Engine hat noch keinen Grund genannt</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="226"/>
        <source>Canceling: %1</source>
        <translation>Wird abgebrochen: %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="227"/>
        <source>Why it waits: %1</source>
        <translation>Warum sie wartet: %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="232"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="247"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="248"/>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="257"/>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="300"/>
        <source>No files yet.</source>
        <translation>Noch keine Dateien.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="301"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="325"/>
        <source>This run has no child runs.</source>
        <translation>Diese Ausführung hat keine untergeordneten Ausführungen.</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="334"/>
        <source>Choose a file to open.</source>
        <translation>Wählen Sie eine Datei zum Öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="340"/>
        <source>Fetching %1…</source>
        <translation>%1 wird geholt…</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="347"/>
        <source>Opened %1.</source>
        <translation>%1 geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="355"/>
        <source>Save the run&apos;s files to</source>
        <translation>Dateien der Ausführung speichern in</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="367"/>
        <source>Saving to %1…</source>
        <translation>Wird in %1 gespeichert…</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="369"/>
        <source>Saving: %1 of %2 files</source>
        <translation>Speichern: %1 von %2 Dateien</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunDetailsPanel.cpp" line="373"/>
        <source>Saved to %1.</source>
        <translation>In %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>trainyard::ui::RunLogPanel</name>
    <message>
        <location filename="../ui/logs/RunLogPanel.cpp" line="59"/>
        <source>Rank %1 — %2</source>
        <translation>Rang %1 — %2</translation>
    </message>
</context>
<context>
    <name>trainyard::ui::RunTableModel</name>
    <message>
        <location filename="../ui/model/RunTableModel.cpp" line="182"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/model/RunTableModel.cpp" line="184"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../ui/model/RunTableModel.cpp" line="186"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/model/RunTableModel.cpp" line="188"/>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <location filename="../ui/model/RunTableModel.cpp" line="190"/>
        <source>Compute</source>
        <translation>Compute</translation>
    </message>
    <message>
        <location filename="../ui/model/RunTableModel.cpp" line="192"/>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location filename="../ui/model/RunTableModel.cpp" line="194"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location filename="../ui/model/RunTableModel.cpp" line="196"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/model/RunTableModel.cpp" line="198"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../ui/model/RunTableModel.cpp" line="200"/>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/model/RunTableModel.cpp" line="202"/>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
</context>
<context>
    <name>trainyard::ui::RunsPage</name>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="46"/>
        <source>&amp;Submit run…</source>
        <translation>Ausführung &amp;starten…</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="47"/>
        <source>Ca&amp;ncel run</source>
        <translation>Ausführung a&amp;bbrechen</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="48"/>
        <source>C&amp;lone and resubmit…</source>
        <translation>&amp;Klonen und neu starten…</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="49"/>
        <source>Filter runs (Ctrl+F): name, id, compute, tag…</source>
        <translation>Ausführungen filtern (Strg+F): Name, ID, Compute, Tag…</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="52"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="53"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="104"/>
        <source>No runs yet</source>
        <translation>Noch keine Ausführungen</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="110"/>
        <source>Submit your first run…</source>
        <translation>Erste Ausführung starten…</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="116"/>
        <source>Loading runs…</source>
        <translation>Ausführungen werden geladen…</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="154"/>
        <source>Runs</source>
        <translation>Ausführungen</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="154"/>
        <source>Experiment %1</source>
        <translation>Experiment %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="217"/>
        <source>Runs need a cluster: create one on the Compute page, then submit a run from a folder with your training script.</source>
        <translation>Ausführungen brauchen einen Cluster: legen Sie auf der Seite Compute einen an und starten Sie dann eine Ausführung aus einem Ordner mit Ihrem Trainingsskript.</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="219"/>
        <source>Submit a run: pick the folder with your training script, the script to run and a cluster.</source>
        <translation>Starten Sie eine Ausführung: wählen Sie den Ordner mit Ihrem Trainingsskript, das Skript und einen Cluster.</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="233"/>
        <location filename="../ui/runs/RunsPage.cpp" line="234"/>
        <source>Run %1 submitted.</source>
        <translation>Ausführung %1 gestartet.</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="262"/>
        <location filename="../ui/runs/RunsPage.cpp" line="269"/>
        <source>Cancel run</source>
        <translation>Ausführung abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="263"/>
        <source>Cancel run %1 (%2)? Its processes are stopped; logs, metrics and outputs written so far are kept, and you can clone it to run it again.</source>
        <translation>Ausführung %1 (%2) abbrechen? Ihre Prozesse werden beendet; bisherige Protokolle, Metriken und Ausgaben bleiben erhalten, und Sie können sie klonen, um sie erneut zu starten.</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="270"/>
        <source>Keep running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="280"/>
        <source>Canceling run %1…</source>
        <translation>Ausführung %1 wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunsPage.cpp" line="281"/>
        <source>Run %1 was not canceled: %2</source>
        <translation>Ausführung %1 wurde nicht abgebrochen: %2</translation>
    </message>
</context>
<context>
    <name>trainyard::ui::SubmitRunDialog</name>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="31"/>
        <source>Python script:</source>
        <translation>Python-Skript:</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="32"/>
        <source>Command:</source>
        <translation>Befehl:</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="46"/>
        <source>Submit run</source>
        <translation>Ausführung starten</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="51"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="52"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="58"/>
        <source>e.g. bash run.sh</source>
        <translation>z. B. bash run.sh</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="63"/>
        <source>--epochs 10 --data {datastore:data/mnist}</source>
        <translation>--epochs 10 --data {datastore:data/mnist}</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="67"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="73"/>
        <source>all nodes</source>
        <translation>alle Knoten</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="83"/>
        <source>&amp;Experiment:</source>
        <translation>&amp;Experiment:</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="84"/>
        <source>Display &amp;name:</source>
        <translation>Anzeige&amp;name:</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="85"/>
        <source>&amp;Source folder:</source>
        <translation>&amp;Quellordner:</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="90"/>
        <source>&amp;Arguments:</source>
        <translation>&amp;Argumente:</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="91"/>
        <source>&amp;Compute:</source>
        <translation>&amp;Compute:</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="92"/>
        <source>N&amp;ode count:</source>
        <translation>Anzahl K&amp;noten:</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="93"/>
        <source>&amp;Distribution:</source>
        <translation>&amp;Verteilung:</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="94"/>
        <source>Processes per node:</source>
        <translation>Prozesse pro Knoten:</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="95"/>
        <source>Workers:</source>
        <translation>Worker:</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="96"/>
        <source>Parameter servers:</source>
        <translation>Parameterserver:</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="97"/>
        <source>En&amp;vironment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="98"/>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="109"/>
        <source>Submit</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="120"/>
        <source>Source folder</source>
        <translation>Quellordner</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="237"/>
        <source>Clone and resubmit %1</source>
        <translation>%1 klonen und neu starten</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="258"/>
        <source>Environment line &apos;%1&apos; is not KEY=value: write one variable per line.</source>
        <translation>Die Umgebungszeile „%1“ hat nicht die Form KEY=Wert: eine Variable pro Zeile.</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="262"/>
        <source>Tag line &apos;%1&apos; is not name=value: write one tag per line.</source>
        <translation>Die Tag-Zeile „%1“ hat nicht die Form Name=Wert: ein Tag pro Zeile.</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="264"/>
        <source>This workspace has no cluster yet: create one on the Compute page first.</source>
        <translation>Dieser Arbeitsbereich hat noch keinen Cluster: legen Sie zuerst auf der Seite Compute einen an.</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="266"/>
        <source>Choose the source folder: its files are copied for the run.</source>
        <translation>Wählen Sie den Quellordner: seine Dateien werden für die Ausführung kopiert.</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="279"/>
        <source>Compute &apos;%1&apos; does not exist in this workspace any more: choose another.</source>
        <translation>Compute „%1“ existiert in diesem Arbeitsbereich nicht mehr: wählen Sie ein anderes.</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="281"/>
        <source>Compute &apos;%1&apos; is being deleted: choose another.</source>
        <translation>Compute „%1“ wird gerade gelöscht: wählen Sie ein anderes.</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="283"/>
        <source>Node count %1 is more than cluster &apos;%2&apos; can have (max nodes %3): lower the node count or raise the cluster&apos;s max nodes.</source>
        <translation>%1 Knoten sind mehr, als Cluster „%2“ haben kann (höchstens %3): senken Sie die Knotenanzahl oder erhöhen Sie das Maximum des Clusters.</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="302"/>
        <source>experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="303"/>
        <source>display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="304"/>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="305"/>
        <source>script</source>
        <translation>Skript</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="306"/>
        <source>command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="307"/>
        <source>arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="308"/>
        <source>compute</source>
        <translation>Compute</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="309"/>
        <source>node count</source>
        <translation>Knotenanzahl</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="310"/>
        <source>distribution</source>
        <translation>Verteilung</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="311"/>
        <source>environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="313"/>
        <source>tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="317"/>
        <source>No changes against the original run yet.</source>
        <translation>Noch keine Änderungen gegenüber der ursprünglichen Ausführung.</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="318"/>
        <source>Changed against the original: %1</source>
        <translation>Geändert gegenüber dem Original: %1</translation>
    </message>
    <message>
        <location filename="../ui/runs/SubmitRunDialog.cpp" line="329"/>
        <source>Submitting…</source>
        <translation>Wird gestartet…</translation>
    </message>
</context>
</TS>
