#include "core/batchai/ToolkitCommands.h"

#include <QFileInfo>

namespace trainyard::batchai {

namespace {

// One toolkit's settings and what every launch of it shares.
struct Toolkit {
    MappingContext& c;
    QString kit;   // "tensorFlowSettings", ...
    QJsonObject s; // its settings
    QString f;     // its JSON path
    RunConfig& run;
    QString interpreter = QStringLiteral("@PYTHON@");
    QString script;
    QString args; // commandLineArgs
    QSet<QString> known{QStringLiteral("pythonScriptFilePath"), QStringLiteral("pythonInterpreterPath"),
                        QStringLiteral("commandLineArgs"), QStringLiteral("processCount")};

    QString pythonLine(const QString& arguments) const {
        QString line = interpreter + u' ' + script;
        if (!arguments.trimmed().isEmpty())
            line += u' ' + arguments.trimmed();
        return line;
    }
    QString value(const char* key) const { return s.value(QLatin1String(key)).toString(); }
    // A tool's own launch ("caffe train --solver=x") followed by commandLineArgs.
    QString toolLine(const QString& launch) const { return args.isEmpty() ? launch : launch + u' ' + args; }

    // Batch AI's processCount is the total over all nodes; Azure ML and Trainyard count per node.
    int perNodeProcesses() {
        const int nodeCount = run.nodeCount;
        const auto total = intValue(s, QStringLiteral("processCount"));
        if (!total)
            return 1; // Batch AI's default: one per node
        if (*total < 1) {
            c.warn(f + QStringLiteral(".processCount"),
                   MapperTr::tr("%1 is not a process count: 1 per node is used.").arg(*total));
            return 1;
        }
        const int perNode = (*total + nodeCount - 1) / nodeCount;
        if (*total % nodeCount != 0)
            c.warn(f + QStringLiteral(".processCount"),
                   MapperTr::tr("%1 processes do not divide over %2 nodes: %3 per node is used, %4 in all.")
                       .arg(*total)
                       .arg(nodeCount)
                       .arg(perNode)
                       .arg(perNode * nodeCount));
        return perNode;
    }
    void useMpi(int processesPerNode) {
        run.distribution.type = DistributionType::Mpi;
        run.distribution.processCountPerNode = processesPerNode;
    }
};

// The TensorFlow tasks Batch AI placed become a TensorFlow distribution, one task per node.
Distribution tensorFlowDistribution(Toolkit& t, std::optional<int> psCount, std::optional<int> workerCount) {
    const int nodes = t.run.nodeCount;
    Distribution d;
    d.type = DistributionType::TensorFlow;
    d.parameterServerCount = psCount.value_or(1);
    d.workerCount = workerCount.value_or(nodes);
    if (!psCount)
        t.c.warn(
            t.f + QStringLiteral(".parameterServerCount"),
            MapperTr::tr("not given: Batch AI's default 1 is written explicitly (Azure ML's default is 0)."));
    if (!workerCount)
        t.c.warn(t.f + QStringLiteral(".workerCount"),
                 MapperTr::tr("not given: Batch AI's default, the node count %1, is written explicitly.")
                     .arg(nodes));
    if (d.workerCount < 1) {
        t.c.warn(t.f + QStringLiteral(".workerCount"),
                 MapperTr::tr("%1 is not a worker count: 1 is used.").arg(d.workerCount));
        d.workerCount = 1;
    }
    if (d.parameterServerCount < 0)
        d.parameterServerCount = 0;
    const int tasks = d.workerCount + d.parameterServerCount;
    if (tasks != nodes)
        t.c.warn(
            t.c.field(QStringLiteral("nodeCount")),
            MapperTr::tr("Batch AI placed %1 TensorFlow tasks (%2 worker(s), %3 parameter server(s)) on %4 "
                         "node(s); "
                         "Azure ML and Trainyard run one task per node, so node_count becomes %1.")
                .arg(tasks)
                .arg(d.workerCount)
                .arg(d.parameterServerCount)
                .arg(nodes));
    return d;
}

QString tensorFlow(Toolkit& t) {
    t.known += {QStringLiteral("masterCommandLineArgs"), QStringLiteral("workerCommandLineArgs"),
                QStringLiteral("parameterServerCommandLineArgs"), QStringLiteral("workerCount"),
                QStringLiteral("parameterServerCount")};
    const QString master = t.value("masterCommandLineArgs");
    const QString worker =
        t.value("workerCommandLineArgs").isEmpty() ? master : t.value("workerCommandLineArgs");
    const QString ps = t.value("parameterServerCommandLineArgs");
    const auto psCount = intValue(t.s, QStringLiteral("parameterServerCount"));
    const auto workerCount = intValue(t.s, QStringLiteral("workerCount"));
    if (t.run.nodeCount == 1 && !psCount && !workerCount && ps.isEmpty()) {
        t.c.warn(t.f, MapperTr::tr("one node and no parameter servers: a single TensorFlow process with no "
                                   "distribution."));
        return t.pythonLine(master.isEmpty() ? worker : master);
    }
    t.run.distribution = tensorFlowDistribution(t, psCount, workerCount);
    t.run.nodeCount = t.run.distribution.workerCount + t.run.distribution.parameterServerCount;
    QStringList lines{QStringLiteral("case \"$AZ_BATCHAI_TASK_TYPE\" in")};
    lines << QStringLiteral("  ps) %1 ;;").arg(t.pythonLine(ps));
    if (!master.isEmpty() && master != worker)
        lines << QStringLiteral("  *) if [ \"$AZ_BATCHAI_TASK_INDEX\" = 0 ]; then %1; else %2; fi ;;")
                     .arg(t.pythonLine(master), t.pythonLine(worker));
    else
        lines << QStringLiteral("  *) %1 ;;").arg(t.pythonLine(worker));
    lines << QStringLiteral("esac");
    if (!master.isEmpty() || !ps.isEmpty())
        t.c.warn(t.f,
                 MapperTr::tr("per-role arguments (master, worker, parameter server) become one command that "
                              "picks them by the TF_CONFIG task type; the master's are used by worker 0."));
    return lines.join(u'\n');
}

QString mpi(Toolkit& t) { // horovodSettings, customMpiSettings
    t.known += QStringLiteral("commandLine");
    t.useMpi(t.perNodeProcesses());
    const QString body =
        t.kit == QLatin1String("horovodSettings") ? t.pythonLine(t.args) : t.value("commandLine");
    t.c.warn(t.f, MapperTr::tr(
                      "becomes an MPI distribution with %1 process(es) per node (Batch AI's processCount is "
                      "the total; %2 here).")
                      .arg(t.run.distribution.processCountPerNode)
                      .arg(t.run.distribution.processCountPerNode * t.run.nodeCount));
    return body;
}

QString pyTorch(Toolkit& t, QString* backend) {
    t.known += QStringLiteral("communicationBackend");
    t.run.distribution.type = DistributionType::PyTorch;
    t.run.distribution.processCountPerNode = t.perNodeProcesses();
    *backend = t.value("communicationBackend");
    if (!backend->isEmpty())
        t.c.warn(
            t.f + QStringLiteral(".communicationBackend"),
            MapperTr::tr("'%1' is not a field of Azure ML's PyTorch distribution: the script chooses the "
                         "backend (its arguments keep it; $AZ_BATCHAI_PYTORCH_BACKEND is set to it).")
                .arg(*backend));
    return t.pythonLine(t.args);
}

QString withPython(QString body) {
    return body.replace(QStringLiteral("@PYTHON@"), QStringLiteral("python"));
}

QString cntk(Toolkit& t) {
    t.known += {QStringLiteral("languageType"), QStringLiteral("configFilePath")};
    const QString config = t.value("configFilePath");
    const QString language = t.value("languageType");
    const QString body = !config.isEmpty() && t.script.isEmpty()
                             ? t.toolLine(QStringLiteral("cntk configFile=") + config)
                             : t.pythonLine(t.args);
    t.useMpi(t.perNodeProcesses());
    t.c.warn(t.f, MapperTr::tr(
                      "Azure ML has no CNTK setting: a command job with an MPI distribution (%1 per node), "
                      "which is how Batch AI started CNTK; %2 launch written out as '%3'.")
                      .arg(t.run.distribution.processCountPerNode)
                      .arg(language.isEmpty()
                               ? (config.isEmpty() ? QStringLiteral("Python") : QStringLiteral("BrainScript"))
                               : language,
                           withPython(body)));
    return body;
}

QString chainer(Toolkit& t) {
    t.useMpi(t.perNodeProcesses());
    t.c.warn(t.f,
             MapperTr::tr("Azure ML has no Chainer setting: a command job with an MPI distribution (%1 per "
                          "node), as ChainerMN ran under Batch AI's mpirun.")
                 .arg(t.run.distribution.processCountPerNode));
    return t.pythonLine(t.args);
}

QString caffe(Toolkit& t) {
    t.known += QStringLiteral("configFilePath");
    const QString config = t.value("configFilePath");
    const QString body = !config.isEmpty() ? t.toolLine(QStringLiteral("caffe train --solver=") + config)
                                           : t.pythonLine(t.args);
    t.useMpi(t.perNodeProcesses());
    t.c.warn(t.f, MapperTr::tr(
                      "Azure ML has no Caffe setting: a command job with an MPI distribution (%1 per node) "
                      "running '%2'.")
                      .arg(t.run.distribution.processCountPerNode)
                      .arg(withPython(body)));
    return body;
}

QString caffe2(Toolkit& t) {
    t.useMpi(1);
    t.c.warn(t.f, MapperTr::tr(
                      "Azure ML has no Caffe2 setting: a command job with an MPI distribution, one process "
                      "per node, where $AZ_BATCHAI_TASK_INDEX is the rank (Batch AI's shard index)."));
    return t.pythonLine(t.args);
}

QString customToolkit(Toolkit& t) {
    t.known += QStringLiteral("commandLine");
    t.known.remove(QStringLiteral("processCount"));
    const QString body = t.value("commandLine");
    if (t.run.nodeCount > 1)
        t.c.warn(t.f, MapperTr::tr(
                          "Batch AI ran a custom toolkit on the first node only, with %1 nodes reserved; "
                          "Azure ML and Trainyard start a command with no distribution on every node. Choose "
                          "node_count 1, or an MPI distribution and drop the command's own mpirun.")
                          .arg(t.run.nodeCount));
    if (body.contains(QLatin1String("mpirun")))
        t.c.warn(
            t.f + QStringLiteral(".commandLine"),
            MapperTr::tr("runs its own mpirun: on Azure ML use an MPI distribution (process_count_per_node) "
                         "and run the script directly; the host list it used does not exist there."));
    if (present(t.s, QStringLiteral("processCount")))
        t.c.warn(t.f + QStringLiteral(".processCount"),
                 MapperTr::tr("not a field of customToolkitSettings (Batch AI ignored it): not imported."));
    return body;
}

// The one toolkit of the job (the first, when the file has several), or empty.
QString chooseToolkit(MappingContext& c, const QJsonObject& p) {
    static const QStringList toolkits{
        QStringLiteral("tensorFlowSettings"),   QStringLiteral("horovodSettings"),
        QStringLiteral("customMpiSettings"),    QStringLiteral("pyTorchSettings"),
        QStringLiteral("cntkSettings"),         QStringLiteral("chainerSettings"),
        QStringLiteral("caffeSettings"),        QStringLiteral("caffe2Settings"),
        QStringLiteral("customToolkitSettings")};
    QStringList found;
    for (const QString& t : toolkits)
        if (p.value(t).isObject())
            found << t;
    if (found.isEmpty()) {
        c.warn(
            c.field(QStringLiteral("customToolkitSettings")),
            MapperTr::tr("the file has no toolkit settings (the az command line or another file gave them): "
                         "there is nothing to run; give a command (--command)."));
        return {};
    }
    for (int i = 1; i < found.size(); ++i)
        c.warn(c.field(found.at(i)),
               MapperTr::tr("a job has exactly one toolkit: %1 is used, this one is not imported.")
                   .arg(found.first()));
    return found.first();
}

// pythonInterpreterPath and pythonScriptFilePath, which every Python toolkit shares.
void readPythonLaunch(Toolkit& t) {
    if (!t.value("pythonInterpreterPath").isEmpty()) {
        t.interpreter = t.value("pythonInterpreterPath");
        t.c.warn(t.f + QStringLiteral(".pythonInterpreterPath"),
                 MapperTr::tr("'%1' must exist in the job's environment image.").arg(t.interpreter));
    }
    t.script = t.value("pythonScriptFilePath");
    const QString sourceDirectory = t.c.options().sourceDirectory;
    if (!t.script.isEmpty() && !sourceDirectory.isEmpty()) {
        const QString local = QFileInfo(t.script).fileName();
        t.c.warn(t.f + QStringLiteral(".pythonScriptFilePath"),
                 MapperTr::tr("'%1' is run as '%2' from the source directory %3 (snapshotted with the job).")
                     .arg(t.script, local, sourceDirectory));
        t.script = local;
    }
    t.args = t.value("commandLineArgs");
}

} // namespace

ToolkitLaunch mapToolkit(MappingContext& c, const QJsonObject& p, RunConfig& run) {
    ToolkitLaunch launch;
    launch.field = c.field(QStringLiteral("customToolkitSettings"));
    const QString kit = chooseToolkit(c, p);
    if (kit.isEmpty())
        return launch;
    Toolkit t{c, kit, p.value(kit).toObject(), c.field(kit), run};
    launch.field = t.f;
    readPythonLaunch(t);
    if (kit == QLatin1String("tensorFlowSettings"))
        launch.body = tensorFlow(t);
    else if (kit == QLatin1String("horovodSettings") || kit == QLatin1String("customMpiSettings"))
        launch.body = mpi(t);
    else if (kit == QLatin1String("pyTorchSettings"))
        launch.body = pyTorch(t, &launch.pytorchBackend);
    else if (kit == QLatin1String("cntkSettings"))
        launch.body = cntk(t);
    else if (kit == QLatin1String("chainerSettings"))
        launch.body = chainer(t);
    else if (kit == QLatin1String("caffeSettings"))
        launch.body = caffe(t);
    else if (kit == QLatin1String("caffe2Settings"))
        launch.body = caffe2(t);
    else
        launch.body = customToolkit(t);
    if (launch.body.trimmed().isEmpty())
        c.warn(t.f, MapperTr::tr("has no command line or script: give a command."));
    c.reportUnknown(t.s, t.f, t.known);
    return launch;
}

} // namespace trainyard::batchai
