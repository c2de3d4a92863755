#include "ui/runs/RunDetailsPanel.h"

#include "core/metrics/EngineMetricStore.h"

#include "core/engine/Engine.h"
#include "core/engine/Transfer.h"
#include "ui/ElidedLabel.h"
#include "ui/FileTreeItems.h"
#include "ui/Icons.h"
#include "ui/StatusStyle.h"
#include "ui/WhenReady.h"
#include "ui/charts/RunMetricsPanel.h"
#include "ui/logs/RunLogPanel.h"
#include "ui/model/RunTableModel.h"
#include "ui/runs/ChildRunList.h"
#include "ui/runs/RunAlertNotifier.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedLayout>
#include <QStackedWidget>
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
    , m_title(new ElidedLabel)
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
    , m_children(new ChildRunList)
    , m_childrenStack(new QStackedWidget)
    , m_noChildren(new QLabel(tr("This run has no child runs. A run's script starts them with "
                                 "run.child_run() or by submitting with a parent run.")))
    , m_alerts(new RunAlertNotifier(this)) {
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("runTitle"));
    m_status->setObjectName(QStringLiteral("runStatus"));
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The users' most common question is "why does it not start?": the answer stands out.
    m_waitReason->setObjectName(QStringLiteral("waitReason"));
    m_waitReason->setWordWrap(true);
    m_waitReason->setStyleSheet(bannerStyleSheet(Tone::Warning));
    m_waitReason->hide();
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(messageStyleSheet(Tone::Error));
    m_error->hide();
    m_cancel = new QPushButton(themedIcon(QStringLiteral("process-stop")), tr("Cancel run"));
    m_clone = new QPushButton(themedIcon(QStringLiteral("edit-copy")), tr("Clone and resubmit…"));

    auto* headerRow = new QHBoxLayout;
    headerRow->addWidget(m_status);
    headerRow->addWidget(m_title, 1);
    headerRow->addWidget(m_clone);
    headerRow->addWidget(m_cancel);

    // Outputs: the run's files as a tree; open one or save them all.
    m_files->setHeaderLabels({tr("File"), tr("Size"), tr("Modified")});
    m_files->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto* openButton = new QPushButton(themedIcon(QStringLiteral("document-open")), tr("Open"));
    openButton->setToolTip(tr("Open the selected file with the program your desktop uses for it"));
    auto* saveButton = new QPushButton(themedIcon(QStringLiteral("document-save")), tr("Save as…"));
    m_filesMessage->setObjectName(QStringLiteral("filesMessage"));
    m_filesMessage->setWordWrap(true);
    auto* filesButtons = new QHBoxLayout;
    filesButtons->addWidget(m_filesMessage, 1);
    filesButtons->addWidget(openButton);
    filesButtons->addWidget(saveButton);
    auto* outputs = new QWidget;
    auto* outputsLayout = new QVBoxLayout(outputs);
    outputsLayout->addWidget(m_files);
    outputsLayout->addLayout(filesButtons);
    connect(openButton, &QPushButton::clicked, this, &RunDetailsPanel::openCurrentFile);
    connect(saveButton, &QPushButton::clicked, this, &RunDetailsPanel::saveFiles);
    connect(m_files, &QTreeWidget::itemDoubleClicked, this, &RunDetailsPanel::openCurrentFile);

    m_properties->setColumnCount(3);
    m_properties->setHorizontalHeaderLabels({tr("Kind"), tr("Name"), tr("Value")});
    m_properties->horizontalHeader()->setStretchLastSection(true);
    // Kind and name are short and must be read whole; the value takes the rest.
    m_properties->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_properties->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_properties->setWordWrap(false);
    m_properties->verticalHeader()->hide();
    m_properties->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_noChildren->setObjectName(QStringLiteral("noChildren"));
    m_noChildren->setAlignment(Qt::AlignCenter);
    m_noChildren->setWordWrap(true);
    m_childrenStack->addWidget(m_noChildren);
    m_childrenStack->addWidget(m_children);

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
    m_tabs->addTab(m_childrenStack, tr("Child runs"));

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
    // A child run opens in this panel (its own logs, metrics and children).
    connect(m_children, &ChildRunList::childActivated, this,
            [this](const QString& id) { setRun(m_engine, id); });
}

void RunDetailsPanel::clear() {
    m_timer->stop();
    m_engine = nullptr;
    m_runId.clear();
    m_run = {};
    m_logs->clear();
    m_metrics->clear();
    m_alerts->setRun(nullptr, {});
    m_resources->clear();
    m_files->clear();
    m_children->clearChildren();
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
    m_title->setFullText(runId);
    m_status->clear();
    m_facts->setText(tr("Loading…"));
    static_cast<QStackedLayout*>(layout())->setCurrentWidget(m_content);
    m_logs->setRun(engine, runId);
    m_metrics->setMetricStore(metrics::metricIngestorFor(engine)); // every point seen is kept
    m_metrics->setRun(engine, runId);
    m_alerts->setRun(engine, runId);
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
    whenReady(this, m_engine->getRun(m_runId), [this, runId](const Result<RunInfo>& result) {
        m_inFlight = false;
        if (runId != m_runId)
            return;
        if (!result) {
            m_facts->setText(result.error().message);
            return;
        }
        const bool wasTerminal = isTerminal(m_run.status) && m_run.id == runId;
        showRun(result.value());
        emit runRead(result.value());
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
}

void RunDetailsPanel::showRun(const RunInfo& run) {
    m_run = run;
    const QString name = run.displayName.isEmpty() ? run.id : run.displayName;
    m_title->setFullText(run.number > 0 ? tr("%1 (run %2)").arg(name).arg(run.number) : name);
    const QColor colour = statusColor(run.status);
    m_status->setText(ui::statusText(run.status));
    m_status->setStyleSheet(QStringLiteral("background:%1; color:white; padding:3px 8px; border-radius:3px; "
                                           "font-weight:bold;")
                                .arg(colour.name()));
    QStringList facts;
    facts << tr("Experiment: %1").arg(run.experiment.toHtmlEscaped());
    facts << tr("Compute: %1").arg(run.compute.toHtmlEscaped());
    facts << tr("Nodes: %1").arg(run.nodeCount);
    if (!run.config.environment.isEmpty())
        facts << tr("Environment: %1").arg(run.config.environment.toHtmlEscaped());
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
        // The tone's colours depend on the palette, which View → Theme may have changed.
        if (const QString style = bannerStyleSheet(Tone::Warning); m_waitReason->styleSheet() != style)
            m_waitReason->setStyleSheet(style);
        m_waitReason->show();
    } else {
        m_waitReason->hide();
    }
    m_error->setText(tr("Error: %1").arg(run.error));
    m_error->setVisible(!run.error.isEmpty());
    if (const QString style = messageStyleSheet(Tone::Error); m_error->styleSheet() != style)
        m_error->setStyleSheet(style);
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
    if (!run.config.environment.isEmpty())
        config.insert(QStringLiteral("environment"), run.config.environment);
    addRows(tr("Configuration"), config);
}

void RunDetailsPanel::refreshFiles() {
    if (!m_engine)
        return;
    const QString runId = m_runId;
    whenReady(this, m_engine->listRunFiles(m_runId), [this, runId](const Result<QList<RunFile>>& result) {
        if (runId != m_runId)
            return;
        if (!result) {
            m_filesMessage->setText(result.error().message);
            return;
        }
        const QString selected =
            m_files->currentItem() ? m_files->currentItem()->data(0, Qt::UserRole).toString() : QString();
        m_files->clear();
        FileTreeItems items(m_files);
        for (const RunFile& file : result.value()) {
            auto* item = items.addFile(
                file.path, {file.path.section(u'/', -1), QLocale().formattedDataSize(file.size),
                            QLocale().toString(file.modified.toLocalTime(), QLocale::ShortFormat)});
            item->setData(0, Qt::UserRole, file.path);
            if (file.path == selected)
                m_files->setCurrentItem(item);
        }
        m_files->expandAll();
        m_filesMessage->setText(result->isEmpty() ? tr("No files yet.")
                                                  : tr("%n file(s)", nullptr, int(result->size())));
    });
}

void RunDetailsPanel::refreshChildren() {
    if (!m_engine)
        return;
    const QString runId = m_runId;
    RunFilter filter;
    filter.parentRunId = runId;
    whenReady(this, m_engine->listRuns(filter), [this, runId](const Result<QList<RunInfo>>& runs) {
        if (runId != m_runId || !runs)
            return;
        QList<RunInfo> children = runs.value();
        std::reverse(children.begin(), children.end()); // oldest first, as the script made them
        m_children->showChildren(m_engine, children);
        m_childrenStack->setCurrentWidget(children.isEmpty() ? static_cast<QWidget*>(m_noChildren)
                                                             : static_cast<QWidget*>(m_children));
    });
}

void RunDetailsPanel::openCurrentFile() {
    QTreeWidgetItem* item = m_files->currentItem();
    openFile(item ? item->data(0, Qt::UserRole).toString() : QString());
}

void RunDetailsPanel::openFile(const QString& path) {
    if (!m_engine || path.isEmpty()) {
        m_filesMessage->setText(tr("Choose a file to open."));
        return;
    }
    // The engine hands out a run's file only as a copy: core copies just that file into this
    // user's own cache folder (never a shared /tmp), then the desktop's program opens it.
    const QString dir = Engine::openedFilesFolder(m_runId);
    Transfer* transfer = m_engine->downloadRunFile(m_runId, path, dir, this);
    m_filesMessage->setText(tr("Fetching %1…").arg(path));
    connect(transfer, &Transfer::finished, this, [this, transfer, dir, path](const Status& status) {
        transfer->deleteLater();
        if (!status) {
            m_filesMessage->setText(tr("%1 was not opened: %2").arg(path, status.error().message));
            return;
        }
        const QString local = dir + u'/' + path;
        if (QDesktopServices::openUrl(QUrl::fromLocalFile(local)))
            m_filesMessage->setText(tr("Opened %1.").arg(path));
        else
            m_filesMessage->setText(tr("No program could open %1: there is no application for this kind of "
                                       "file, or no desktop to start it. A copy is at %2; use Save as… to "
                                       "keep it elsewhere.")
                                        .arg(path, QDir::toNativeSeparators(local)));
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

QString RunDetailsPanel::titleText() const {
    return m_title->fullText();
}

QString RunDetailsPanel::childrenText() const {
    return m_childrenStack->currentWidget() == m_noChildren ? m_noChildren->text() : QString();
}

QString RunDetailsPanel::filesMessage() const {
    return m_filesMessage->text();
}

} // namespace trainyard::ui
