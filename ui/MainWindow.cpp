#include "ui/MainWindow.h"

#include "ui/EmptyState.h"
#include "ui/Icons.h"
#include "ui/Theme.h"

#include "ui/azure/AzureSignInDialog.h"
#include "ui/batchai/ImportBatchAiDialog.h"

#include "core/engine/Engine.h"
#include "core/engine/SignIn.h"
#include "core/workspace/Workspace.h"
#include "core/workspace/WorkspaceConfig.h"
#include "ui/StatusStyle.h"
#include "ui/compare/RunComparisonView.h"
#include "ui/compute/ComputePage.h"
#include "ui/model/ComputeWatcher.h"
#include "ui/model/RunWatcher.h"
#include "ui/runs/AllRunsPage.h"
#include "ui/runs/RunsPage.h"
#include "ui/workspace/DatastoresPage.h"
#include "ui/workspace/WorkspaceView.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace trainyard::ui {

namespace {
enum ItemRole { ViewRole = Qt::UserRole + 1, PageRole, ExperimentRole };
constexpr int kMaxRecent = 8;

QIcon appIcon() {
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(QColor(0x1f, 0x6f, 0xd1));
    painter.setPen(Qt::NoPen);
    painter.drawRoundedRect(QRectF(1, 1, 30, 30), 6, 6);
    painter.setPen(QPen(Qt::white, 3));
    painter.drawLine(8, 22, 24, 22);
    painter.drawLine(8, 14, 24, 14);
    painter.drawLine(12, 8, 12, 26);
    painter.drawLine(20, 8, 20, 26);
    return QIcon(pixmap);
}
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_navigator(new QTreeWidget)
    , m_pages(new QStackedWidget)
    , m_engineStatus(new QLabel) {
    setWindowTitle(tr("Trainyard"));
    setWindowIcon(appIcon());
    m_navigator->setHeaderHidden(true);
    m_navigator->setMinimumWidth(180);
    m_navigator->setObjectName(QStringLiteral("navigator"));

    // Shown when no workspace is open: what to do next.
    auto* welcome =
        new EmptyState(tr("No workspace open"),
                       tr("A workspace holds your clusters, datastores and runs. Create a new local "
                          "workspace, or open an existing folder or an Azure ML config.json."));
    m_welcome = welcome;
    auto* newButton = welcome->addButton(tr("New workspace…"));
    auto* openButton = welcome->addButton(tr("Open workspace…"));
    m_pages->addWidget(m_welcome);
    m_allRuns = new AllRunsPage;
    m_pages->addWidget(m_allRuns);
    m_comparison = new RunComparisonView;
    m_pages->addWidget(m_comparison);
    connect(m_allRuns, &AllRunsPage::compareRequested, this, &MainWindow::compareRuns);
    m_allRunsItem = new QTreeWidgetItem(m_navigator, {tr("All runs")});
    m_allRunsItem->setToolTip(0, tr("The runs of every open workspace in one list"));
    m_allRunsItem->setHidden(true); // only worth showing with two workspaces or more
    connect(m_allRuns, &AllRunsPage::runActivated, this, [this](RunWatcher* watcher, const QString& runId) {
        for (WorkspaceView* v : std::as_const(m_views)) {
            if (v->runWatcher() == watcher) {
                showPage(v, Page::Runs);
                v->runsPage()->selectRun(runId);
            }
        }
    });
    connect(newButton, &QPushButton::clicked, this, &MainWindow::newWorkspace);
    connect(openButton, &QPushButton::clicked, this, &MainWindow::openWorkspaceFolder);

    auto* splitter = new QSplitter;
    splitter->addWidget(m_navigator);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({200, 1000});
    setCentralWidget(splitter);
    m_engineStatus->setObjectName(QStringLiteral("engineStatus"));
    statusBar()->addPermanentWidget(m_engineStatus);
    // Shown while an Azure ML workspace answers Unauthorized: the way to fix it, one click away.
    m_signInButton = new QPushButton(tr("Sign in…"));
    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    m_signInButton->setFlat(true);
    m_signInButton->setVisible(false);
    statusBar()->addPermanentWidget(m_signInButton);
    connect(m_signInButton, &QPushButton::clicked, this, [this] { signInToAzure(); });

    buildMenus();
    buildToolBar();
    connect(m_navigator, &QTreeWidget::currentItemChanged, this, &MainWindow::navigatorChanged);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(appIcon(), this);
        m_tray->setToolTip(tr("Trainyard"));
        m_tray->show();
    }

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    updateStatusBar();
}

MainWindow::~MainWindow() {
    qDeleteAll(m_views);
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New workspace…"), this, &MainWindow::newWorkspace);
    QAction* open = file->addAction(tr("&Open workspace folder…"), this, &MainWindow::openWorkspaceFolder);
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open &config.json…"), this, &MainWindow::openWorkspaceConfig);
    m_recentMenu = file->addMenu(tr("&Recent workspaces"));
    file->addAction(tr("&Close workspace"), this, &MainWindow::closeCurrentWorkspace);
    file->addSeparator();
    m_signInAction = file->addAction(tr("&Sign in to Azure…"), this, [this] { signInToAzure(); });
    m_signInAction->setObjectName(QStringLiteral("signInAction"));
    file->addAction(tr("&Import Batch AI definition…"), this, [this] {
        WorkspaceView* view = currentWorkspace();
        if (!view)
            return;
        ImportBatchAiDialog dialog(view->workspace(), this);
        dialog.exec();
        view->refresh(); // a created cluster or a submitted run shows at once
    });
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    m_refresh = view->addAction(tr("&Refresh"), this, [this] {
        for (WorkspaceView* v : m_views)
            v->refresh();
        statusBar()->showMessage(tr("Refreshed."), 2000);
    });
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_find = view->addAction(tr("&Find"), this, &MainWindow::find);
    m_find->setShortcut(QKeySequence::Find);
    m_find->setToolTip(tr("Find in the log you are reading, or filter the runs (Ctrl+F)"));
    // The theme: the system's (a dark desktop gives a dark window), or light or dark always.
    QMenu* themeMenu = view->addMenu(tr("&Theme"));
    auto* themes = new QActionGroup(this);
    for (const auto& [theme, text] :
         {std::pair{Theme::System, tr("&System")}, std::pair{Theme::Light, tr("&Light")},
          std::pair{Theme::Dark, tr("&Dark")}}) {
        QAction* action = themeMenu->addAction(text);
        action->setCheckable(true);
        action->setChecked(savedTheme() == theme);
        action->setObjectName(QStringLiteral("theme-") + themeName(theme));
        themes->addAction(action);
        connect(action, &QAction::triggered, this, [theme] {
            saveTheme(theme);
            applyTheme(theme);
        });
    }

    QMenu* compute = menuBar()->addMenu(tr("&Compute"));
    m_createCluster = compute->addAction(tr("&Create cluster…"), this, [this] {
        if (WorkspaceView* v = currentWorkspace()) {
            showPage(v, Page::Compute);
            v->computePage()->openCreateDialog();
        }
    });
    m_updateCluster = compute->addAction(tr("&Update cluster…"), this, [this] {
        if (WorkspaceView* v = currentWorkspace()) {
            showPage(v, Page::Compute);
            v->computePage()->openUpdateDialog();
        }
    });
    m_updateCluster->setObjectName(QStringLiteral("updateCluster"));
    m_delete = compute->addAction(tr("&Delete selected…"), this, &MainWindow::deleteSelected);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setToolTip(tr("Delete the selected cluster or the selected finished runs (Delete)"));

    QMenu* runs = menuBar()->addMenu(tr("&Runs"));
    m_submit = runs->addAction(tr("&Submit run…"), this, [this] {
        if (WorkspaceView* v = currentWorkspace()) {
            showPage(v, Page::Runs);
            v->runsPage()->openSubmitDialog();
        }
    });
    m_submit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Trainyard"), this, &MainWindow::showAbout);
    updateRecentMenu();
}

void MainWindow::setIcon(QAction* action, const QString& name) {
    m_iconNames.insert(action, name);
    action->setIcon(themedIcon(name));
}

void MainWindow::buildToolBar() {
    m_toolBar = addToolBar(tr("Main toolbar"));
    m_toolBar->setObjectName(QStringLiteral("mainToolbar")); // saveState() needs the name
    m_toolBar->setMovable(false);
    // Text beside the icons of the main actions; the others (low priority) show only their icon.
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setIcon(m_submit, QStringLiteral("media-playback-start"));
    setIcon(m_createCluster, QStringLiteral("list-add"));
    setIcon(m_updateCluster, QStringLiteral("document-properties"));
    setIcon(m_delete, QStringLiteral("edit-delete"));
    setIcon(m_refresh, QStringLiteral("view-refresh"));
    setIcon(m_find, QStringLiteral("edit-find"));
    for (QAction* a : {m_updateCluster, m_delete, m_refresh, m_find})
        a->setPriority(QAction::LowPriority);
    m_toolBar->addAction(m_submit);
    m_toolBar->addAction(m_createCluster);
    m_toolBar->addAction(m_updateCluster);
    m_toolBar->addAction(m_delete);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_refresh);
    m_toolBar->addAction(m_find);
    updateActions();
}

void MainWindow::changeEvent(QEvent* event) {
    // View → Theme (or the desktop) changed the palette: the icons follow.
    if (event->type() == QEvent::PaletteChange)
        for (auto it = m_iconNames.cbegin(); it != m_iconNames.cend(); ++it)
            it.key()->setIcon(themedIcon(it.value()));
    QMainWindow::changeEvent(event);
}

void MainWindow::updateActions() {
    if (!m_toolBar)
        return;
    WorkspaceView* v = currentWorkspace();
    QWidget* page = m_pages->currentWidget();
    const bool onCompute = v && page == v->computePage();
    const bool onRuns = v && page == v->runsPage();
    m_submit->setEnabled(v != nullptr);
    m_createCluster->setEnabled(v != nullptr);
    // Update works on the selected cluster: without one it would do nothing.
    m_updateCluster->setEnabled(v && !v->computePage()->selectedCompute().isEmpty());
    m_delete->setEnabled((onCompute && !v->computePage()->selectedCompute().isEmpty()) ||
                         (onRuns && !v->runsPage()->selectedRuns().isEmpty()));
    m_find->setEnabled(v != nullptr);
}

void MainWindow::find() {
    WorkspaceView* v = currentWorkspace();
    if (!v)
        return;
    if (m_pages->currentWidget() == v->runsPage()) {
        v->runsPage()->focusFind();
        return;
    }
    showPage(v, Page::Runs);
    v->runsPage()->focusFilter();
}

WorkspaceView* MainWindow::addWorkspace(Workspace* workspace, const QString& path) {
    auto* view = new WorkspaceView(workspace, path);
    m_views << view;
    m_pages->addWidget(view->computePage());
    m_pages->addWidget(view->datastoresPage());
    m_pages->addWidget(view->runsPage());

    // Workspaces go above the "all runs" item, which stays last.
    auto* top = new QTreeWidgetItem({tr("%1 (%2)").arg(workspace->name(), workspace->engine()->kind())});
    m_navigator->insertTopLevelItem(m_navigator->indexOfTopLevelItem(m_allRunsItem), top);
    top->setData(0, ViewRole, QVariant::fromValue(quintptr(view)));
    top->setData(0, PageRole, int(Page::Compute));
    top->setToolTip(0, path);
    QFont bold = top->font(0);
    bold.setBold(true);
    top->setFont(0, bold);
    const auto child = [&](const QString& text, Page page) {
        auto* item = new QTreeWidgetItem(top, {text});
        item->setData(0, ViewRole, QVariant::fromValue(quintptr(view)));
        item->setData(0, PageRole, int(page));
        return item;
    };
    child(tr("Compute"), Page::Compute);
    child(tr("Datastores"), Page::Datastores);
    child(tr("Experiments"), Page::Runs);
    top->setExpanded(true);

    connect(view->runWatcher(), &RunWatcher::runsChanged, this, [this, view] { updateExperiments(view); });
    updateAllRuns();
    connect(view->runWatcher(), &RunWatcher::runEnded, this, &MainWindow::notifyRunEnded);
    const auto ok = [this, view] {
        if (!m_connection.value(view).isEmpty() || !m_connection.contains(view)) {
            m_connection.insert(view, QString());
            m_needsSignIn.remove(view);
            updateStatusBar();
        }
    };
    const auto failed = [this, view](const Error& e) {
        m_connection.insert(view, e.message);
        if (e.kind == ErrorKind::Unauthorized && view->workspace()->engine()->signIn())
            m_needsSignIn.insert(view);
        updateStatusBar();
    };
    connect(view->computeWatcher(), &ComputeWatcher::computesChanged, this, ok);
    connect(view->computeWatcher(), &ComputeWatcher::failed, this, failed);
    connect(view->runWatcher(), &RunWatcher::failed, this, failed);
    connect(view->computePage(), &ComputePage::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 5000); });
    connect(view->runsPage(), &RunsPage::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 5000); });
    connect(view->computePage(), &ComputePage::selectionChanged, this, &MainWindow::updateActions);
    connect(view->runsPage()->table()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    connect(view->runsPage(), &RunsPage::compareRequested, this, &MainWindow::compareRuns);

    rememberRecent(path);
    showPage(view, Page::Compute);
    updateStatusBar();
    return view;
}

bool MainWindow::openWorkspacePath(const QString& path) {
    for (WorkspaceView* v : m_views) {
        if (QFileInfo(v->path()) == QFileInfo(path)) {
            showPage(v, Page::Compute);
            return true;
        }
    }
    auto workspace = Workspace::open(path);
    if (!workspace) {
        QMessageBox::warning(this, tr("Open workspace"),
                             tr("Cannot open the workspace %1: %2").arg(path, workspace.error().message));
        return false;
    }
    addWorkspace(workspace.value(), path);
    return true;
}

void MainWindow::restoreSession() {
    const QStringList paths = QSettings().value(QStringLiteral("workspaces/open")).toStringList();
    for (const QString& path : paths)
        if (QFileInfo::exists(path))
            openWorkspacePath(path);
    if (!m_views.isEmpty())
        return;
    // First start: the default local workspace, made if missing, so there is always a place to start.
    auto workspace = Workspace::openDefault();
    if (workspace)
        addWorkspace(workspace.value(), defaultWorkspaceFolder());
    else
        statusBar()->showMessage(tr("Cannot open the default workspace: %1").arg(workspace.error().message));
}

WorkspaceView* MainWindow::currentWorkspace() const {
    if (QTreeWidgetItem* item = m_navigator->currentItem())
        return reinterpret_cast<WorkspaceView*>(item->data(0, ViewRole).value<quintptr>());
    return m_views.isEmpty() ? nullptr : m_views.first();
}

RunComparisonView* MainWindow::compareRuns(const QStringList& runIds) {
    QList<ComparedRun> runs;
    for (const QString& id : runIds)
        for (WorkspaceView* v : std::as_const(m_views)) {
            const QList<RunInfo>& known = v->runWatcher()->runs();
            const auto it =
                std::find_if(known.begin(), known.end(), [&](const RunInfo& r) { return r.id == id; });
            if (it != known.end()) {
                runs << ComparedRun{v->workspace()->engine(), *it};
                break;
            }
        }
    m_comparison->setRuns(runs);
    m_pages->setCurrentWidget(m_comparison);
    return m_comparison;
}

QWidget* MainWindow::currentPage() const {
    return m_pages->currentWidget();
}

void MainWindow::showPage(WorkspaceView* view, Page page, const QString& experiment) {
    // Select the navigator item; navigatorChanged() switches the page.
    for (int i = 0; i < m_navigator->topLevelItemCount(); ++i) {
        QTreeWidgetItem* top = m_navigator->topLevelItem(i);
        if (reinterpret_cast<WorkspaceView*>(top->data(0, ViewRole).value<quintptr>()) != view)
            continue;
        QTreeWidgetItem* target = top->child(int(page));
        if (page == Page::Runs && !experiment.isEmpty()) {
            for (int j = 0; j < target->childCount(); ++j)
                if (target->child(j)->data(0, ExperimentRole).toString() == experiment)
                    target = target->child(j);
        }
        if (m_navigator->currentItem() == target)
            navigatorChanged();
        else
            m_navigator->setCurrentItem(target);
        return;
    }
}

void MainWindow::navigatorChanged() {
    QTreeWidgetItem* item = m_navigator->currentItem();
    auto* view = item ? reinterpret_cast<WorkspaceView*>(item->data(0, ViewRole).value<quintptr>()) : nullptr;
    if (item && item == m_allRunsItem) {
        m_pages->setCurrentWidget(m_allRuns);
        setWindowTitle(tr("Trainyard"));
        updateActions();
        return;
    }
    if (!view) {
        m_pages->setCurrentWidget(m_welcome);
        updateActions();
        return;
    }
    switch (Page(item->data(0, PageRole).toInt())) {
    case Page::Compute:
        m_pages->setCurrentWidget(view->computePage());
        break;
    case Page::Datastores:
        m_pages->setCurrentWidget(view->datastoresPage());
        break;
    case Page::Runs:
        view->runsPage()->setExperiment(item->data(0, ExperimentRole).toString());
        m_pages->setCurrentWidget(view->runsPage());
        break;
    }
    setWindowTitle(tr("%1 — Trainyard").arg(view->workspace()->name()));
    updateStatusBar();
    updateActions();
}

void MainWindow::updateExperiments(WorkspaceView* view) {
    QStringList names;
    for (const RunInfo& run : view->runWatcher()->runs())
        if (!names.contains(run.experiment))
            names << run.experiment;
    names.sort();
    for (int i = 0; i < m_navigator->topLevelItemCount(); ++i) {
        QTreeWidgetItem* top = m_navigator->topLevelItem(i);
        if (reinterpret_cast<WorkspaceView*>(top->data(0, ViewRole).value<quintptr>()) != view)
            continue;
        QTreeWidgetItem* experiments = top->child(int(Page::Runs));
        QStringList shown;
        for (int j = 0; j < experiments->childCount(); ++j)
            shown << experiments->child(j)->data(0, ExperimentRole).toString();
        if (shown == names)
            return;
        // Only add what is new, so the current item (maybe one of these) stays selected.
        for (const QString& name : names) {
            if (shown.contains(name))
                continue;
            auto* item = new QTreeWidgetItem(experiments, {name});
            item->setData(0, ViewRole, QVariant::fromValue(quintptr(view)));
            item->setData(0, PageRole, int(Page::Runs));
            item->setData(0, ExperimentRole, name);
        }
        experiments->sortChildren(0, Qt::AscendingOrder);
        experiments->setExpanded(true);
    }
}

void MainWindow::updateAllRuns() {
    QList<RunWatcher*> watchers;
    for (WorkspaceView* v : std::as_const(m_views))
        watchers << v->runWatcher();
    m_allRuns->setWatchers(watchers);
    m_allRunsItem->setHidden(m_views.size() < 2);
}

void MainWindow::updateStatusBar() {
    QStringList parts;
    for (WorkspaceView* v : m_views) {
        const QString error = m_connection.value(v);
        const QString state = !m_connection.contains(v) ? tr("connecting…")
                              : error.isEmpty()         ? tr("connected")
                                                        : tr("not reachable");
        parts
            << tr("%1 — %2 engine, %3").arg(v->workspace()->name(), v->workspace()->engine()->kind(), state);
    }
    m_engineStatus->setText(parts.isEmpty() ? tr("No workspace open") : parts.join(QStringLiteral("  |  ")));
    QStringList errors;
    for (auto it = m_connection.cbegin(); it != m_connection.cend(); ++it)
        if (!it.value().isEmpty())
            errors << it.value();
    m_engineStatus->setToolTip(errors.join(QLatin1Char('\n')));
    m_signInButton->setVisible(!m_needsSignIn.isEmpty());
    if (!m_needsSignIn.isEmpty())
        m_signInButton->setToolTip(
            tr("Sign in to Azure for %1").arg((*m_needsSignIn.cbegin())->workspace()->name()));
}

AzureSignInDialog* MainWindow::signInToAzure(WorkspaceView* view) {
    if (!view)
        view = m_needsSignIn.isEmpty() ? currentWorkspace() : *m_needsSignIn.cbegin();
    SignIn* signIn = view ? view->workspace()->engine()->signIn() : nullptr;
    if (!signIn) {
        statusBar()->showMessage(tr("Sign-in is for Azure ML workspaces; open one first."), 5000);
        return nullptr;
    }
    auto* dialog = new AzureSignInDialog(signIn, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<WorkspaceView> guard(view);
    connect(dialog, &AzureSignInDialog::signedIn, this, [this, guard] {
        if (!guard)
            return;
        m_needsSignIn.remove(guard);
        statusBar()->showMessage(tr("Signed in to Azure."), 5000);
        guard->refresh(); // clusters and runs load with the new token at once
        updateStatusBar();
    });
    dialog->open();
    dialog->start();
    return dialog;
}

void MainWindow::newWorkspace() {
    auto* dialog = new QFileDialog(this, tr("New workspace: choose an empty folder"));
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& folder) {
        const Status created = Workspace::createLocal(folder, QFileInfo(folder).fileName());
        if (!created) {
            QMessageBox::warning(
                this, tr("New workspace"),
                tr("Cannot create a workspace in %1: %2").arg(folder, created.error().message));
            return;
        }
        openWorkspacePath(folder);
    });
    dialog->open();
}

void MainWindow::openWorkspaceFolder() {
    auto* dialog = new QFileDialog(this, tr("Open workspace folder"));
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString& path) { openWorkspacePath(path); });
    dialog->open();
}

void MainWindow::openWorkspaceConfig() {
    auto* dialog =
        new QFileDialog(this, tr("Open workspace config"), QString(), tr("Workspace config (*.json)"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString& path) { openWorkspacePath(path); });
    dialog->open();
}

void MainWindow::closeCurrentWorkspace() {
    WorkspaceView* view = currentWorkspace();
    if (!view)
        return;
    for (int i = 0; i < m_navigator->topLevelItemCount(); ++i) {
        if (reinterpret_cast<WorkspaceView*>(
                m_navigator->topLevelItem(i)->data(0, ViewRole).value<quintptr>()) == view) {
            delete m_navigator->takeTopLevelItem(i);
            break;
        }
    }
    m_views.removeAll(view);
    m_connection.remove(view);
    m_needsSignIn.remove(view);
    delete view;
    updateAllRuns();
    if (m_views.isEmpty())
        m_pages->setCurrentWidget(m_welcome);
    updateStatusBar();
}

void MainWindow::rememberRecent(const QString& path) {
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("workspaces/recent")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(QStringLiteral("workspaces/recent"), recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu() {
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("workspaces/recent")).toStringList();
    for (const QString& path : recent)
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this,
                                [this, path] { openWorkspacePath(path); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::deleteSelected() {
    WorkspaceView* view = currentWorkspace();
    if (!view)
        return;
    if (m_pages->currentWidget() == view->computePage())
        view->computePage()->requestDelete();
    else if (m_pages->currentWidget() == view->runsPage())
        view->runsPage()->requestDelete(view->runsPage()->selectedRuns());
}

void MainWindow::notifyRunEnded(const RunInfo& run) {
    const QString name = run.displayName.isEmpty() ? run.id : run.displayName;
    const QString title = tr("Run %1: %2").arg(name, statusText(run.status));
    const QString body =
        run.error.isEmpty() ? tr("Experiment %1 on %2").arg(run.experiment, run.compute) : run.error;
    if (m_tray && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(title, body,
                            run.status == RunStatus::Failed ? QSystemTrayIcon::Warning
                                                            : QSystemTrayIcon::Information);
    statusBar()->showMessage(title + QStringLiteral(" — ") + body, 10000);
}

void MainWindow::showAbout() {
    QMessageBox::about(this, tr("About Trainyard"),
                       tr("<h3>Trainyard %1</h3><p>Train models on clusters: local, Slurm and Azure ML, "
                          "with the names of the Azure ML SDK.</p><p>Qt %2</p>")
                           .arg(QStringLiteral(TRAINYARD_VERSION), QString::fromLatin1(qVersion())));
}

void MainWindow::closeEvent(QCloseEvent* event) {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    QStringList open;
    for (WorkspaceView* v : m_views)
        open << v->path();
    settings.setValue(QStringLiteral("workspaces/open"), open);
    QMainWindow::closeEvent(event);
}

} // namespace trainyard::ui
