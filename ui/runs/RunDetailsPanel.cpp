#include "ui/runs/RunDetailsPanel.h"

#include "core/metrics/EngineMetricStore.h"

#include "core/engine/Engine.h"
#include "core/engine/Transfer.h"
#include "ui/StatusStyle.h"
#include "ui/charts/RunMetricsPanel.h"
#include "ui/logs/RunLogPanel.h"
#include "ui/model/RunTableModel.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedLayout>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QUrl>
#include <QVBoxLayout>

namespace trainyard::ui {

RunDetailsPanel::RunDetailsPanel(QWidget* parent)
    : QWidget(parent)
    , m_timer(new QTimer(this))
    , m_title(new QLabel)
    , m_status(new QLabel)
    , m_facts(new QLabel)
    , m_waitReason(new QLabel)
    , m_error(new QLabel)
    , m_tabs(new QTabWidget)
    , m_logs(new RunLogPanel)
    , m_metrics(new RunMetricsPanel)
    , m_resources(new RunMetricsPanel(nullptr, RunMetricsPanel::Content::SystemMetrics))
    , m_files(new QTreeWidget)
    , m_filesMessage(new QLabel)
    , m_properties(new QTableWidget)
    , m_children(new QTreeWidget) {
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(QStringLiteral("runStatus"));
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The users' most common question is "why does it not start?": the answer stands out.
    m_waitReason->setObjectName(QStringLiteral("waitReason"));
    m_waitReason->setWordWrap(true);
    m_waitReason->setStyleSheet(QStringLiteral(
        "background:#fff4d6; color:#5c4300; padding:6px; border:1px solid #e8c766; border-radius:3px;"));
    m_waitReason->hide();
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color:#c62828;"));
    m_error->hide();
    m_cancel = new QPushButton(tr("Cancel run"));
    m_clone = new QPushButton(tr("Clone and resubmit…"));

    auto* headerRow = new QHBoxLayout;
    headerRow->addWidget(m_status);
    headerRow->addWidget(m_title, 1);
    headerRow->addWidget(m_clone);
    headerRow->addWidget(m_cancel);

    // Outputs: the run's files as a tree; open one or save them all.
    m_files->setHeaderLabels({tr("File"), tr("Size"), tr("Modified")});
    m_files->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto* openButton = new QPushButton(tr("Open"));
    auto* saveButton = new QPushButton(tr("Save as…"));
    auto* filesButtons = new QHBoxLayout;
    filesButtons->addWidget(m_filesMessage, 1);
    filesButtons->addWidget(openButton);
    filesButtons->addWidget(saveButton);
    auto* outputs = new QWidget;
    auto* outputsLayout = new QVBoxLayout(outputs);
    outputsLayout->addWidget(m_files);
    outputsLayout->addLayout(filesButtons);
    connect(openButton, &QPushButton::clicked, this, &RunDetailsPanel::openFile);
    connect(saveButton, &QPushButton::clicked, this, &RunDetailsPanel::saveFiles);
    connect(m_files, &QTreeWidget::itemDoubleClicked, this, &RunDetailsPanel::openFile);

    m_properties->setColumnCount(3);
    m_properties->setHorizontalHeaderLabels({tr("Kind"), tr("Name"), tr("Value")});
    m_properties->horizontalHeader()->setStretchLastSection(true);
    m_properties->verticalHeader()->hide();
    m_properties->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_children->setHeaderLabels({tr("Run"), tr("Status"), tr("Name")});
    m_children->setRootIsDecorated(false);

    m_tabs->addTab(m_logs, tr("Logs"));
    m_tabs->addTab(m_metrics, tr("Metrics"));
    m_tabs->addTab(m_resources, tr("Resources"));
    // Resources and metrics on one time axis: a time axis chosen for the metrics applies to both.
    connect(m_metrics, &RunMetricsPanel::xAxisModeChanged, m_resources, [this](metrics::XAxisMode mode) {
        if (mode != metrics::XAxisMode::Step)
            m_resources->setXAxisMode(mode);
    });
    m_tabs->addTab(outputs, tr("Outputs"));
    m_tabs->addTab(m_properties, tr("Properties && tags"));
    m_tabs->addTab(m_children, tr("Child runs"));

    m_content = new QWidget;
    auto* content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    content->addLayout(headerRow);
    content->addWidget(m_facts);
    content->addWidget(m_waitReason);
    content->addWidget(m_error);
    content->addWidget(m_tabs, 1);

    m_empty = new QLabel(tr("Select a run to see its status, logs, metrics and outputs."));
    static_cast<QLabel*>(m_empty)->setAlignment(Qt::AlignCenter);
    static_cast<QLabel*>(m_empty)->setWordWrap(true);
    auto* stack = new QStackedLayout(this);
    stack->addWidget(m_empty);
    stack->addWidget(m_content);

    connect(m_timer, &QTimer::timeout, this, &RunDetailsPanel::poll);
    connect(m_cancel, &QPushButton::clicked, this, [this] { emit cancelRequested(m_runId); });
    connect(m_clone, &QPushButton::clicked, this, [this] { emit cloneRequested(m_runId); });
}

void RunDetailsPanel::clear() {
    m_timer->stop();
    m_engine = nullptr;
    m_runId.clear();
    m_run = {};
    m_logs->clear();
    m_metrics->clear();
    m_resources->clear();
    m_files->clear();
    m_children->clear();
    m_properties->setRowCount(0);
    static_cast<QStackedLayout*>(layout())->setCurrentWidget(m_empty);
}

void RunDetailsPanel::setRun(Engine* engine, const QString& runId) {
    if (engine == m_engine && runId == m_runId)
        return;
    clear();
    if (!engine || runId.isEmpty())
        return;
    m_engine = engine;
    m_runId = runId;
    m_title->setText(runId);
    m_status->clear();
    m_facts->setText(tr("Loading…"));
    static_cast<QStackedLayout*>(layout())->setCurrentWidget(m_content);
    m_logs->setRun(engine, runId);
    m_metrics->setMetricStore(metrics::metricIngestorFor(engine)); // every point seen is kept
    m_metrics->setRun(engine, runId);
    m_resources->setRun(engine, runId);
    m_timer->start(500);
    poll();
    refreshFiles();
    refreshChildren();
}

QString RunDetailsPanel::waitReasonText() const {
    return m_waitReason->isHidden() ? QString() : m_waitReason->text();
}

QString RunDetailsPanel::statusText() const {
    return m_status->text();
}

void RunDetailsPanel::poll() {
    if (!m_engine || m_inFlight)
        return;
    m_inFlight = true;
    const QString runId = m_runId;
    auto* watcher = new QFutureWatcher<Result<RunInfo>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, runId] {
        watcher->deleteLater();
        m_inFlight = false;
        if (runId != m_runId)
            return;
        const auto result = watcher->result();
        if (!result) {
            m_facts->setText(result.error().message);
            return;
        }
        const bool wasTerminal = isTerminal(m_run.status) && m_run.id == runId;
        showRun(result.value());
        // Outputs and child runs change seldom: look again now and then, and once at the end.
        if (isTerminal(m_run.status)) {
            if (!wasTerminal) {
                refreshFiles();
                refreshChildren();
            }
            m_timer->setInterval(3000);
        } else if (++m_tick % 8 == 0) {
            refreshFiles();
            refreshChildren();
        }
    });
    watcher->setFuture(m_engine->getRun(m_runId));
}

void RunDetailsPanel::showRun(const RunInfo& run) {
    m_run = run;
    const QString name = run.displayName.isEmpty() ? run.id : run.displayName;
    m_title->setText(run.number > 0 ? tr("%1 (run %2)").arg(name).arg(run.number) : name);
    const QColor colour = statusColor(run.status);
    m_status->setText(ui::statusText(run.status));
    m_status->setStyleSheet(QStringLiteral("background:%1; color:white; padding:3px 8px; border-radius:3px; "
                                           "font-weight:bold;")
                                .arg(colour.name()));
    QStringList facts;
    facts << tr("Experiment: %1").arg(run.experiment.toHtmlEscaped());
    facts << tr("Compute: %1").arg(run.compute.toHtmlEscaped());
    facts << tr("Nodes: %1").arg(run.nodeCount);
    if (!run.nodes.isEmpty())
        facts << tr("On: %1").arg(run.nodes.join(QStringLiteral(", ")).toHtmlEscaped());
    const qint64 duration = RunTableModel::durationSeconds(run);
    facts << tr("Duration: %1").arg(duration < 0 ? tr("not started") : formatDuration(duration));
    if (run.exitCode)
        facts << tr("Exit code: %1").arg(*run.exitCode);
    facts << tr("Id: %1").arg(run.id.toHtmlEscaped());
    m_facts->setText(facts.join(QStringLiteral(" · ")));

    const bool waiting =
        !isTerminal(run.status) && run.status != RunStatus::Running && run.status != RunStatus::Finalizing;
    if (waiting || run.cancelRequested) {
        QString reason = localizedStatusDetail(run.statusDetail);
        if (reason.isEmpty())
            reason = run.cancelRequested ? tr("canceling") : tr("the engine has not said why yet");
        m_waitReason->setText(run.cancelRequested ? tr("Canceling: %1").arg(reason)
                                                  : tr("Why it waits: %1").arg(reason));
        m_waitReason->show();
    } else {
        m_waitReason->hide();
    }
    m_error->setText(tr("Error: %1").arg(run.error));
    m_error->setVisible(!run.error.isEmpty());
    m_cancel->setEnabled(!isTerminal(run.status) && !run.cancelRequested);

    // Properties and tags, sorted by kind then name.
    m_properties->setRowCount(0);
    const auto addRows = [this](const QString& kind, const QMap<QString, QString>& map) {
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            const int row = m_properties->rowCount();
            m_properties->insertRow(row);
            m_properties->setItem(row, 0, new QTableWidgetItem(kind));
            m_properties->setItem(row, 1, new QTableWidgetItem(it.key()));
            m_properties->setItem(row, 2, new QTableWidgetItem(it.value()));
        }
    };
    addRows(tr("Tag"), run.tags);
    addRows(tr("Property"), run.properties);
    QMap<QString, QString> config;
    config.insert(QStringLiteral("source_directory"), run.config.sourceDirectory);
    if (!run.config.entryScript.isEmpty())
        config.insert(QStringLiteral("script"), run.config.entryScript);
    if (!run.config.command.isEmpty())
        config.insert(QStringLiteral("command"), run.config.command);
    config.insert(QStringLiteral("arguments"), run.config.arguments.join(u' '));
    config.insert(QStringLiteral("distribution"), toString(run.distribution.type));
    addRows(tr("Configuration"), config);
}

void RunDetailsPanel::refreshFiles() {
    if (!m_engine)
        return;
    const QString runId = m_runId;
    auto* watcher = new QFutureWatcher<Result<QList<RunFile>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, runId] {
        watcher->deleteLater();
        if (runId != m_runId)
            return;
        const auto result = watcher->result();
        if (!result) {
            m_filesMessage->setText(result.error().message);
            return;
        }
        const QString selected =
            m_files->currentItem() ? m_files->currentItem()->data(0, Qt::UserRole).toString() : QString();
        m_files->clear();
        QHash<QString, QTreeWidgetItem*> folders;
        const auto folderItem = [&](const QString& path, auto&& self) -> QTreeWidgetItem* {
            if (path.isEmpty())
                return m_files->invisibleRootItem();
            if (auto* item = folders.value(path))
                return item;
            const int slash = path.lastIndexOf(u'/');
            QTreeWidgetItem* parent = self(slash < 0 ? QString() : path.left(slash), self);
            auto* item = new QTreeWidgetItem(parent, {path.mid(slash + 1)});
            folders.insert(path, item);
            return item;
        };
        for (const RunFile& file : result.value()) {
            const int slash = file.path.lastIndexOf(u'/');
            QTreeWidgetItem* parent = folderItem(slash < 0 ? QString() : file.path.left(slash), folderItem);
            auto* item = new QTreeWidgetItem(
                parent, {file.path.mid(slash + 1), QLocale().formattedDataSize(file.size),
                         QLocale().toString(file.modified.toLocalTime(), QLocale::ShortFormat)});
            item->setData(0, Qt::UserRole, file.path);
            if (file.path == selected)
                m_files->setCurrentItem(item);
        }
        m_files->expandAll();
        m_filesMessage->setText(result->isEmpty() ? tr("No files yet.")
                                                  : tr("%n file(s)", nullptr, int(result->size())));
    });
    watcher->setFuture(m_engine->listRunFiles(m_runId));
}

void RunDetailsPanel::refreshChildren() {
    if (!m_engine)
        return;
    const QString runId = m_runId;
    auto* watcher = new QFutureWatcher<Result<QList<RunInfo>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, runId] {
        watcher->deleteLater();
        const auto runs = watcher->result();
        if (runId != m_runId || !runs)
            return;
        m_children->clear();
        for (const RunInfo& run : runs.value()) {
            if (run.parentRunId != runId)
                continue;
            auto* item =
                new QTreeWidgetItem(m_children, {run.id, ui::statusText(run.status), run.displayName});
            item->setIcon(1, statusIcon(run.status));
        }
        if (m_children->topLevelItemCount() == 0)
            new QTreeWidgetItem(m_children, {tr("This run has no child runs.")});
    });
    watcher->setFuture(m_engine->listRuns({}));
}

void RunDetailsPanel::openFile() {
    QTreeWidgetItem* item = m_files->currentItem();
    const QString path = item ? item->data(0, Qt::UserRole).toString() : QString();
    if (!m_engine || path.isEmpty()) {
        m_filesMessage->setText(tr("Choose a file to open."));
        return;
    }
    // The engine hands out a run's files only as a copy; fetch them to a cache folder, then open.
    const QString dir = QDir::tempPath() + QStringLiteral("/trainyard-outputs/") + m_runId;
    Transfer* transfer = m_engine->downloadRunFiles(m_runId, dir, this);
    m_filesMessage->setText(tr("Fetching %1…").arg(path));
    connect(transfer, &Transfer::finished, this, [this, transfer, dir, path](const Status& status) {
        transfer->deleteLater();
        if (!status) {
            m_filesMessage->setText(status.error().message);
            return;
        }
        m_filesMessage->setText(tr("Opened %1.").arg(path));
        QDesktopServices::openUrl(QUrl::fromLocalFile(dir + u'/' + path));
    });
}

void RunDetailsPanel::saveFiles() {
    if (!m_engine)
        return;
    auto* dialog = new QFileDialog(this, tr("Save the run's files to"));
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &RunDetailsPanel::saveFilesTo);
    dialog->open();
}

void RunDetailsPanel::saveFilesTo(const QString& dir) {
    if (!m_engine)
        return;
    Transfer* transfer = m_engine->downloadRunFiles(m_runId, dir, this);
    m_filesMessage->setText(tr("Saving to %1…").arg(dir));
    connect(transfer, &Transfer::progress, this, [this](const TransferProgress& p) {
        m_filesMessage->setText(tr("Saving: %1 of %2 files").arg(p.filesDone).arg(p.filesTotal));
    });
    connect(transfer, &Transfer::finished, this, [this, transfer, dir](const Status& status) {
        transfer->deleteLater();
        m_filesMessage->setText(status ? tr("Saved to %1.").arg(dir) : status.error().message);
    });
}

QStringList RunDetailsPanel::filePaths() const {
    QStringList paths;
    for (QTreeWidgetItemIterator it(m_files); *it; ++it)
        if (const QString path = (*it)->data(0, Qt::UserRole).toString(); !path.isEmpty())
            paths << path;
    return paths;
}

QString RunDetailsPanel::filesMessage() const {
    return m_filesMessage->text();
}

} // namespace trainyard::ui
