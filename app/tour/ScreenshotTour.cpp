#include "app/tour/ScreenshotTour.h"

#include "core/engine/Engine.h"
#include "core/engine/Transfer.h"
#include "core/local/AgentClient.h"
#include "core/local/LocalLayout.h"
#include "core/platform/Process.h"
#include "core/util/JsonFile.h"
#include "core/workspace/Workspace.h"
#include "ui/MainWindow.h"
#include "ui/Theme.h"
#include "ui/batchai/ImportBatchAiDialog.h"
#include "ui/charts/MetricChart.h"
#include "ui/charts/RunMetricsPanel.h"
#include "ui/compare/RunComparisonView.h"
#include "ui/compute/ComputeDialog.h"
#include "ui/compute/ComputePage.h"
#include "ui/logs/RunLogPanel.h"
#include "ui/model/ComputeWatcher.h"
#include "ui/model/RunTableModel.h"
#include "ui/model/RunWatcher.h"
#include "ui/runs/RunDetailsPanel.h"
#include "ui/runs/RunsPage.h"
#include "ui/runs/SubmitRunDialog.h"
#include "ui/workspace/DatastoresPage.h"
#include "ui/workspace/WorkspaceView.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

#include <functional>

namespace trainyard::tour {

namespace {

// The tour is a scripted user: it may wait, but only by running the event loop, so the window
// keeps painting and the engine's futures keep finishing.
void pump(int ms) {
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool waitUntil(const std::function<bool()>& done, int timeoutMs) {
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        pump(50);
    }
    return true;
}

template <typename T> T await(QFuture<T> future) {
    waitUntil([&] { return future.isFinished(); }, 120000);
    return future.result();
}

QJsonArray demoGpus() {
    QJsonArray gpus;
    for (int i = 0; i < 8; ++i)
        gpus.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("NVIDIA A100-SXM4-80GB")},
                                {QStringLiteral("memory_mib"), 81920},
                                {QStringLiteral("uuid"), QStringLiteral("GPU-demo-%1").arg(i)}});
    return gpus;
}

// Two environments for the submit dialog's picker: the system's interpreter and a pip spec.
Status makeEnvironments(Engine* engine) {
    EnvironmentSpec system;
    system.name = QStringLiteral("system-python");
    system.source = EnvironmentSource::Python;
    system.location = QStringLiteral("/usr/bin/python3");
    system.description = QStringLiteral("the machine's python3");
    if (auto e = await(engine->createEnvironment(system)); !e)
        return e.error();
    EnvironmentSpec torch;
    torch.name = QStringLiteral("pytorch-2.3");
    torch.source = EnvironmentSource::PipRequirements;
    torch.content = QStringLiteral("torch==2.3.0\ntorchvision==0.18.0\n");
    if (auto e = await(engine->createEnvironment(torch)); !e)
        return e.error();
    return {};
}

Status makeWorkspace(const QString& folder, const QString& name) {
    if (Status s = Workspace::createLocal(folder, name); !s)
        return s;
    // Short node preparation so the demo moves, long enough that "Resizing" can be seen.
    auto json = readJsonObjectFile(folder + QStringLiteral("/workspace.json"));
    if (!json)
        return json.error();
    QJsonObject ws = json.value();
    ws.insert(QStringLiteral("local"), QJsonObject{{QStringLiteral("node_prepare_ms"), 4000},
                                                   {QStringLiteral("node_leave_ms"), 300},
                                                   {QStringLiteral("cancel_grace_seconds"), 2},
                                                   {QStringLiteral("agent_idle_exit_seconds"), 30},
                                                   // Eight GPUs, so gpu-cluster's nodes show theirs.
                                                   {QStringLiteral("gpus"), demoGpus()}});
    return writeJsonFileAtomically(folder + QStringLiteral("/workspace.json"), ws);
}

void writeFile(const QString& path, const QByteArray& content) {
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(content);
}

const char* kQuickScript = R"py(import sys, time
from azureml.core import Run
run = Run.get_context()
steps = int(sys.argv[1]) if len(sys.argv) > 1 else 5
for step in range(steps):
    loss = 1.0 / (step + 1)
    print(f"step {step}: loss={loss:.4f}", flush=True)
    run.log("loss", loss, step=step)
    time.sleep(0.05)
if "--fail" in sys.argv:
    print("RuntimeError: CUDA out of memory (simulated)", file=sys.stderr, flush=True)
    sys.exit(1)
print("done", flush=True)
)py";

const char* kTrainScript = R"py(import math, os, random, sys, time
from azureml.core import Run
run = Run.get_context()
rank = os.environ.get("RANK", "0")
print(f"rank {rank}: loading ImageNet subset (12800 images)", flush=True)
random.seed(7)
for step in range(100000):
    loss = 2.3 * math.exp(-step / 60.0) + 0.08 + random.random() * 0.05
    acc = 1.0 - 0.9 * math.exp(-step / 80.0) - random.random() * 0.02
    run.log("loss", loss, step=step)
    run.log("accuracy", acc, step=step)
    if step % 5 == 0:
        print(f"epoch {step // 50} step {step}: loss={loss:.4f} accuracy={acc:.3f} lr=0.001", flush=True)
    time.sleep(0.08)
)py";

class Tour {
public:
    Tour(QString dir, QString lang)
        : m_out(std::move(dir))
        , m_lang(std::move(lang)) {}

    int run();

private:
    bool save(QWidget* widget, const QString& name) {
        QApplication::processEvents();
        const QString path = m_out + QStringLiteral("/%1-%2.png").arg(name, m_lang);
        const bool ok = widget->grab().save(path);
        QTextStream(stdout) << (ok ? "saved " : "FAILED ") << path << Qt::endl;
        m_ok = m_ok && ok;
        return ok;
    }
    bool fail(const QString& what) {
        QTextStream(stderr) << "screenshot tour: " << what << Qt::endl;
        return false;
    }
    bool firstStart();
    bool demo();
    void batchAiImport(Workspace* workspace, QWidget* window);
    void polish(Engine* engine, ui::WorkspaceView* view, ui::MainWindow* window, const QString& trainId);
    void stopAgents();

    QString m_out;
    QString m_lang;
    QTemporaryDir m_tmp;
    QStringList m_workspaceFolders;
    bool m_ok = true;
};

bool Tour::firstStart() {
    const QString folder = m_tmp.path() + QStringLiteral("/first-start");
    if (Status s = makeWorkspace(folder, QStringLiteral("my-workspace")); !s)
        return fail(s.error().message);
    m_workspaceFolders << folder;
    auto workspace = Workspace::open(folder);
    if (!workspace)
        return fail(workspace.error().message);
    ui::MainWindow window;
    window.resize(1280, 800);
    ui::WorkspaceView* view = window.addWorkspace(workspace.value(), folder);
    window.show();
    if (!waitUntil([view] { return view->computeWatcher()->hasLoaded(); }, 30000))
        return fail(QStringLiteral("the empty workspace did not load"));
    pump(300);
    return save(&window, QStringLiteral("01-first-start"));
}

bool Tour::demo() {
    const QString folder = m_tmp.path() + QStringLiteral("/demo");
    if (Status s = makeWorkspace(folder, QStringLiteral("vision-team")); !s)
        return fail(s.error().message);
    m_workspaceFolders << folder;
    auto opened = Workspace::open(folder);
    if (!opened)
        return fail(opened.error().message);
    Workspace* workspace = opened.value();
    Engine* engine = workspace->engine();
    const QString vmSize = engine->vmSizes().value(0);

    ComputeSpec cpu;
    cpu.name = QStringLiteral("cpu-cluster");
    cpu.vmSize = vmSize;
    cpu.minNodes = 0;
    cpu.maxNodes = 4;
    cpu.idleSecondsBeforeScaledown = 1800;
    if (auto c = await(engine->createCompute(cpu)); !c)
        return fail(c.error().message);

    const QString source = m_tmp.path() + QStringLiteral("/src");
    QDir().mkpath(source);
    writeFile(source + QStringLiteral("/quick.py"), kQuickScript);
    writeFile(source + QStringLiteral("/train.py"), kTrainScript);

    // 18 short runs over three experiments, a few failing, then the long one; a wide one comes later (20).
    const QStringList experiments{QStringLiteral("mnist-baseline"), QStringLiteral("resnet-sweep"),
                                  QStringLiteral("bert-finetune")};
    for (int i = 0; i < 18; ++i) {
        RunConfig config;
        config.experiment = experiments[i % 3];
        config.sourceDirectory = source;
        config.entryScript = QStringLiteral("quick.py");
        config.arguments = {QString::number(3 + i % 5)};
        if (i % 7 == 3)
            config.arguments << QStringLiteral("--fail");
        config.compute = cpu.name;
        config.displayName = QStringLiteral("%1-%2").arg(config.experiment.section(u'-', 0, 0)).arg(i + 1);
        config.tags.insert(QStringLiteral("lr"), QStringLiteral("0.00%1").arg(1 + i % 3));
        if (auto r = await(engine->submitRun(config)); !r)
            return fail(r.error().message);
    }
    if (auto s = makeEnvironments(engine); !s)
        return fail(s.error().message);
    RunConfig train;
    train.environment = QStringLiteral("system-python");
    train.experiment = QStringLiteral("resnet-sweep");
    train.sourceDirectory = source;
    train.entryScript = QStringLiteral("train.py");
    train.compute = cpu.name;
    train.nodeCount = 2;
    train.distribution.type = DistributionType::PyTorch;
    train.displayName = QStringLiteral("resnet50-imagenet");
    train.tags.insert(QStringLiteral("model"), QStringLiteral("resnet50"));
    auto trainRun = await(engine->submitRun(train));
    if (!trainRun)
        return fail(trainRun.error().message);
    const QString trainId = trainRun->id;

    ui::MainWindow window;
    window.resize(1280, 800);
    ui::WorkspaceView* view = window.addWorkspace(workspace, folder);
    window.show();

    // The long run must be running with some history before the pictures are taken.
    const bool running = waitUntil(
        [&] {
            const RunInfo* r = view->runsPage()->model()->run(trainId);
            return r && r->status == RunStatus::Running;
        },
        90000);
    if (!running)
        return fail(QStringLiteral("the demo run did not start"));

    // The second cluster scales up to its minimum: it shows as Resizing for a few seconds.
    ComputeSpec gpu;
    gpu.name = QStringLiteral("gpu-cluster");
    gpu.vmSize = QStringLiteral("local-gpu1"); // each node owns one of the eight GPUs
    gpu.vmPriority = VmPriority::LowPriority;
    gpu.minNodes = 2;
    gpu.maxNodes = 8;
    gpu.idleSecondsBeforeScaledown = 600;
    if (auto c = await(engine->createCompute(gpu)); !c)
        return fail(c.error().message);
    view->computeWatcher()->refresh();
    window.showPage(view, ui::MainWindow::Page::Compute);
    waitUntil(
        [&] {
            for (const ComputeInfo& c : view->computeWatcher()->computes())
                if (c.spec.name == gpu.name && c.allocationState == QLatin1String("Resizing"))
                    return true;
            return false;
        },
        10000);
    view->computePage()->selectCompute(cpu.name);
    pump(400);
    save(&window, QStringLiteral("02-compute"));

    // Create dialog with a name the rules refuse.
    ui::ComputeDialog* dialog = view->computePage()->openCreateDialog();
    dialog->nameEdit()->setText(QStringLiteral("9-gpu_cluster"));
    pump(300);
    save(dialog, QStringLiteral("03-create-dialog-error"));
    dialog->reject();

    // Update dialog: the vm size is read-only and says why.
    if (ui::ComputeDialog* update = view->computePage()->openUpdateDialog()) {
        pump(300);
        save(update, QStringLiteral("09-update-dialog"));
        update->reject();
    }

    // The run panel of the running run: logs, then the two charts.
    window.showPage(view, ui::MainWindow::Page::Runs);
    ui::RunsPage* runs = view->runsPage();
    runs->selectRun(trainId);
    if (auto* splitter = runs->findChild<QSplitter*>())
        splitter->setSizes({220, 560});
    waitUntil([&] { return runs->details()->metricsPanel()->metricNames().size() >= 2; }, 30000);
    pump(4000); // some log lines and a curve worth looking at
    runs->details()->tabs()->setCurrentIndex(0);
    pump(800);
    save(&window, QStringLiteral("04-run-logs"));
    // The search bar with a term that matches many lines: count, next / previous, highlights.
    // Typed into the search field, as a user would, so the picture shows the term too.
    QLineEdit* findEdit = runs->details()->logPanel()->findChild<QLineEdit*>();
    if (findEdit)
        findEdit->setText(QStringLiteral("accuracy"));
    pump(1500);
    save(&window, QStringLiteral("10-log-search"));
    if (findEdit)
        findEdit->clear();
    runs->details()->tabs()->setCurrentIndex(1);
    pump(800);
    save(&window, QStringLiteral("05-run-metrics"));

    // A run that cannot start yet says why: it wants all 4 nodes while 2 are busy.
    RunConfig wide = train;
    wide.displayName = QStringLiteral("resnet152-4-nodes");
    wide.nodeCount = 4;
    auto wideRun = await(engine->submitRun(wide));
    if (!wideRun)
        return fail(wideRun.error().message);
    waitUntil([&] { return runs->model()->rowOf(wideRun->id) >= 0; }, 10000);
    runs->selectRun(wideRun->id);
    if (auto* splitter = runs->findChild<QSplitter*>())
        splitter->setSizes({220, 560});
    waitUntil([&] { return !runs->details()->waitReasonText().isEmpty(); }, 15000);
    runs->details()->tabs()->setCurrentIndex(0);
    pump(600);
    save(&window, QStringLiteral("07-run-waiting"));

    // The runs table, given most of the height.
    runs->selectRun(trainId);
    waitUntil([&] { return runs->model()->rowCount() >= 20; }, 10000);
    if (auto* splitter = runs->findChild<QSplitter*>())
        splitter->setSizes({620, 160});
    pump(600);
    save(&window, QStringLiteral("06-runs-table"));

    // Twenty runs side by side: overlaid metrics, then what differs between them.
    QStringList twenty;
    for (const RunInfo& r : runs->model()->runs())
        if (twenty.size() < 20)
            twenty << r.id;
    ui::RunComparisonView* compare = window.compareRuns(twenty);
    waitUntil(
        [&] {
            ui::MetricChart* loss = compare->metricsPanel()->chart(QStringLiteral("loss"));
            return loss && loss->seriesCount() >= 19 && compare->table()->rowCount() > 0;
        },
        20000);
    pump(1500);
    save(&window, QStringLiteral("21-compare-runs"));

    // The Resources tab of the 2-node run: CPU and memory per rank on the time axis.
    window.showPage(view, ui::MainWindow::Page::Runs);
    runs->selectRun(trainId);
    if (auto* splitter = runs->findChild<QSplitter*>())
        splitter->setSizes({160, 620});
    runs->details()->tabs()->setCurrentWidget(runs->details()->resourcesPanel());
    waitUntil([&] { return runs->details()->resourcesPanel()->metricNames().size() >= 2; }, 20000);
    pump(1500);
    save(&window, QStringLiteral("22-run-resources"));

    // Clone and resubmit: the dialog lists what changed against the original.
    if (ui::SubmitRunDialog* clone = runs->openCloneDialog(trainId)) {
        clone->nodeCountEdit()->setValue(3);
        clone->experimentEdit()->setEditText(QStringLiteral("resnet-sweep-2"));
        pump(400);
        save(clone, QStringLiteral("08-clone-dialog"));
        // The environment picker, on the pip environment.
        QComboBox* picker = clone->environmentPicker();
        waitUntil([&] { return picker->count() >= 3; }, 5000);
        picker->setCurrentIndex(picker->findData(QStringLiteral("pytorch-2.3:1")));
        pump(200);
        save(clone, QStringLiteral("19-submit-environment"));
        clone->reject();
    }

    // The GPU cluster's nodes, each with its own GPU.
    window.showPage(view, ui::MainWindow::Page::Compute);
    waitUntil(
        [&] {
            for (const ComputeInfo& c : view->computeWatcher()->computes())
                if (c.spec.name == QLatin1String("gpu-cluster") && c.nodeStateCounts.idle >= 2)
                    return true;
            return false;
        },
        15000);
    view->computePage()->selectCompute(QStringLiteral("gpu-cluster"));
    pump(800);
    save(&window, QStringLiteral("20-gpu-nodes"));

    polish(engine, view, &window, trainId);
    batchAiImport(workspace, &window);

    // Leave nothing running: cancel what is active before the folder goes.
    for (const RunInfo& r : view->runWatcher()->runs())
        if (!isTerminal(r.status))
            await(engine->cancelRun(r.id));
    pump(500);
    return true;
}

// The datastore browser, the smallest window (900×600), a context menu and the dark theme.
void Tour::polish(Engine* engine, ui::WorkspaceView* view, ui::MainWindow* window, const QString& trainId) {
    // Data uploaded as a user would, then browsed.
    const QString data = m_tmp.path() + QStringLiteral("/data/mnist");
    QDir().mkpath(data + QStringLiteral("/train"));
    QDir().mkpath(data + QStringLiteral("/test"));
    writeFile(data + QStringLiteral("/train/images.idx"), QByteArray(47040016 / 64, 'x'));
    writeFile(data + QStringLiteral("/train/labels.idx"), QByteArray(60008, 'x'));
    writeFile(data + QStringLiteral("/test/images.idx"), QByteArray(7840016 / 64, 'x'));
    writeFile(data + QStringLiteral("/test/labels.idx"), QByteArray(10008, 'x'));
    writeFile(data + QStringLiteral("/README.txt"), "MNIST, as distributed by Yann LeCun.\n");
    bool uploaded = false;
    Transfer* upload = engine->upload(data, QStringLiteral("mnist"), false, nullptr);
    QObject::connect(upload, &Transfer::finished, upload, [&uploaded, upload] {
        uploaded = true;
        upload->deleteLater();
    });
    waitUntil([&] { return uploaded; }, 30000);
    ui::DatastoresPage* datastores = view->datastoresPage();
    datastores->refresh();
    window->showPage(view, ui::MainWindow::Page::Datastores);
    waitUntil([&] { return datastores->filePaths().size() >= 5; }, 10000);
    for (QTreeWidgetItemIterator it(datastores->tree()); *it; ++it)
        if ((*it)->text(0) == QLatin1String("images.idx")) {
            datastores->tree()->setCurrentItem(*it);
            break;
        }
    pump(400);
    save(window, QStringLiteral("12-datastore-browser"));

    // 900×600, the smallest window the layouts are made for: logs, then metrics.
    window->resize(900, 600);
    window->showPage(view, ui::MainWindow::Page::Runs);
    ui::RunsPage* runs = view->runsPage();
    runs->filterEdit()->clear();
    runs->selectRun(trainId);
    if (auto* splitter = runs->findChild<QSplitter*>(QStringLiteral("runsSplitter")))
        splitter->setSizes({150, 350});
    runs->details()->tabs()->setCurrentIndex(0);
    pump(1000);
    save(window, QStringLiteral("13-small-window-logs"));
    runs->details()->tabs()->setCurrentIndex(1);
    pump(1000);
    save(window, QStringLiteral("14-small-window-metrics"));
    runs->details()->tabs()->setCurrentIndex(0);

    // The context menu of two selected runs (compare is on), drawn where a right click opens it.
    QTableView* table = runs->table();
    const int trainRow = [&] {
        for (int row = 0; row < table->model()->rowCount(); ++row)
            if (table->model()->index(row, 0).data(ui::RunTableModel::RunIdRole).toString() == trainId)
                return row;
        return 0;
    }();
    table->selectionModel()->select(table->model()->index(trainRow == 0 ? 1 : 0, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QMenu* menu = runs->contextMenu();
    const QRect cell = table->visualRect(table->model()->index(trainRow, ui::RunTableModel::DisplayName));
    const QPoint at = table->viewport()->mapTo(window, cell.center());
    menu->popup(window->mapToGlobal(at));
    pump(400);
    QPixmap shot = window->grab();
    {
        QPainter painter(&shot);
        painter.drawPixmap(at, menu->grab());
    }
    const QString path = m_out + QStringLiteral("/15-context-menu-%1.png").arg(m_lang);
    const bool ok = shot.save(path);
    QTextStream(stdout) << (ok ? "saved " : "FAILED ") << path << Qt::endl;
    m_ok = m_ok && ok;
    menu->close();
    menu->deleteLater();
    runs->selectRun(trainId);

    // The dark theme (View → Theme → Dark, or a desktop in dark mode).
    ui::applyTheme(ui::Theme::Dark);
    window->resize(1280, 800);
    pump(1000);
    save(window, QStringLiteral("16-dark-theme-logs"));
    runs->details()->tabs()->setCurrentIndex(1);
    pump(1000);
    save(window, QStringLiteral("17-dark-theme-metrics"));
    window->showPage(view, ui::MainWindow::Page::Compute);
    pump(600);
    save(window, QStringLiteral("18-dark-theme-compute"));
    ui::applyTheme(ui::Theme::System);
    window->showPage(view, ui::MainWindow::Page::Runs);
}

// The fixtures live beside the source tree (they are not part of it): $TRAINYARD_FIXTURES, else
// ../shared/fixtures next to the sources this program was built from (trainyard-tour is never
// installed, so the path stays out of the shipped binaries). Without them the picture is
// skipped, not the tour.
QString fixturesFolder() {
    const QString env = qEnvironmentVariable("TRAINYARD_FIXTURES");
    if (!env.isEmpty())
        return env;
    return QStringLiteral(TRAINYARD_SOURCE_DIR "/../shared/fixtures");
}

void Tour::batchAiImport(Workspace* workspace, QWidget* window) {
    const QString path =
        fixturesFolder() + QStringLiteral("/batchai/batchai-recipes/tensorflow-gpu-distributed.job.json");
    if (!QFileInfo::exists(path)) {
        QTextStream(stdout) << "skipped 11-batchai-import: " << path
                            << " is absent (set TRAINYARD_FIXTURES to the fixtures folder)" << Qt::endl;
        return;
    }
    ui::ImportBatchAiDialog dialog(workspace, window);
    bool done = false;
    bool loaded = false;
    QObject::connect(&dialog, &ui::ImportBatchAiDialog::loaded, &dialog, [&](bool ok) {
        done = true;
        loaded = ok;
    });
    dialog.show();
    dialog.openFile(path);
    if (!waitUntil([&] { return done; }, 30000) || !loaded) {
        m_ok = fail(QStringLiteral("the Batch AI import dialog did not load %1").arg(path));
        return;
    }
    pump(600);
    save(&dialog, QStringLiteral("11-batchai-import"));
    dialog.reject();
}

void Tour::stopAgents() {
    for (const QString& folder : m_workspaceFolders) {
        const qint64 pid = local::agentclient::runningAgentPid(local::LocalLayout(folder));
        if (pid > 0)
            platform::requestStop(pid);
    }
    pump(1000);
}

int Tour::run() {
    if (!m_tmp.isValid() || !QDir().mkpath(m_out)) {
        fail(QStringLiteral("cannot create %1 or a temporary folder").arg(m_out));
        return 1;
    }
    // The tour must not read or change the user's own settings and recent workspaces.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_tmp.path() + QStringLiteral("/settings"));
    const bool ok = firstStart() && demo();
    stopAgents();
    return ok && m_ok ? 0 : 1;
}

} // namespace

int runScreenshotTour(const QString& outputDir, const QString& lang) {
    Tour tour(outputDir, lang.isEmpty() ? QStringLiteral("en") : lang);
    return tour.run();
}

} // namespace trainyard::tour
