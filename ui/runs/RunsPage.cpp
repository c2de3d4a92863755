#include "ui/runs/RunsPage.h"

#include "ui/WhenReady.h"

#include "ui/EmptyState.h"

#include "core/engine/Engine.h"
#include "ui/StatusStyle.h"
#include "ui/model/ComputeWatcher.h"
#include "ui/model/RunFilterProxyModel.h"
#include "ui/model/RunTableModel.h"
#include "ui/model/RunWatcher.h"
#include "ui/runs/RunColumnsMenu.h"
#include "ui/runs/RunDetailsPanel.h"
#include "ui/runs/RunSelection.h"
#include "ui/runs/SubmitRunDialog.h"

#include <QComboBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace trainyard::ui {

RunsPage::RunsPage(RunWatcher* runs, ComputeWatcher* computes, QWidget* parent)
    : QWidget(parent)
    , m_engine(runs->engine())
    , m_runs(runs)
    , m_computes(computes)
    , m_model(new RunTableModel(this))
    , m_proxy(new RunFilterProxyModel(this))
    , m_title(new QLabel)
    , m_banner(new QLabel)
    , m_filter(new QLineEdit)
    , m_status(new QComboBox)
    , m_stack(new QStackedWidget)
    , m_table(new QTableView)
    , m_details(new RunDetailsPanel) {
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    auto* submit = new QPushButton(tr("&Submit run…"));
    m_cancel = new QPushButton(tr("Ca&ncel run"));
    m_clone = new QPushButton(tr("C&lone and resubmit…"));
    m_compare = new QPushButton(tr("Co&mpare"));
    m_compare->setToolTip(
        tr("Compare the selected runs (select two or more with Ctrl+click or Shift+click)"));
    m_filter->setPlaceholderText(tr("Filter runs (Ctrl+F): name, id, compute, tag…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setObjectName(QStringLiteral("runFilter"));
    m_status->addItem(tr("All statuses"));
    m_status->addItem(tr("Active"));
    for (int s = int(RunStatus::NotStarted); s <= int(RunStatus::Canceled); ++s)
        m_status->addItem(statusIcon(RunStatus(s)), statusText(RunStatus(s)), s);
    auto* toolbar = new QHBoxLayout;
    toolbar->addWidget(m_title);
    toolbar->addStretch();
    toolbar->addWidget(submit);
    toolbar->addWidget(m_compare);
    toolbar->addWidget(m_clone);
    toolbar->addWidget(m_cancel);
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_status);

    m_banner->setWordWrap(true);
    m_banner->hide();

    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RunTableModel::Started, Qt::DescendingOrder); // newest first, queued ones on top
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection); // Ctrl/Shift+click: runs to compare
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setColumnHidden(RunTableModel::Workspace, true); // one workspace here: no need to say which
    m_table->setColumnHidden(RunTableModel::Engine, true);
    int statusWidth = 0; // the longest status name in this language, plus icon and padding
    for (int st = int(RunStatus::NotStarted); st <= int(RunStatus::Canceled); ++st)
        statusWidth = qMax(statusWidth, m_table->fontMetrics().horizontalAdvance(statusText(RunStatus(st))));
    m_table->setColumnWidth(RunTableModel::Status, statusWidth + 40);
    m_table->setColumnWidth(RunTableModel::Number, 50);
    m_table->setColumnWidth(RunTableModel::DisplayName, 180);
    m_table->setColumnWidth(RunTableModel::Nodes, 60);
    m_table->setColumnWidth(RunTableModel::Started, 130);

    auto* tableArea = new QWidget;
    auto* tableLayout = new QVBoxLayout(tableArea);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(filterRow);
    tableLayout->addWidget(m_table);
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(tableArea);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto* empty = new EmptyState(tr("No runs yet"), QString());
    m_emptyText = empty->textLabel();
    auto* emptyButton = empty->addButton(tr("Submit your first run…"));
    auto* loading = new QLabel(tr("Loading runs…"));
    loading->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(loading);
    m_stack->addWidget(empty);
    m_stack->addWidget(splitter);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack);

    connect(submit, &QPushButton::clicked, this, &RunsPage::openSubmitDialog);
    connect(emptyButton, &QPushButton::clicked, this, &RunsPage::openSubmitDialog);
    connect(m_cancel, &QPushButton::clicked, this, [this] { requestCancel(selectedRun()); });
    connect(m_clone, &QPushButton::clicked, this, [this] { openCloneDialog(selectedRun()); });
    connect(m_compare, &QPushButton::clicked, this, [this] { emit compareRequested(selectedRuns()); });
    connect(m_details, &RunDetailsPanel::cancelRequested, this, &RunsPage::requestCancel);
    connect(m_details, &RunDetailsPanel::cloneRequested, this, &RunsPage::openCloneDialog);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &RunFilterProxyModel::setText);
    connect(m_status, &QComboBox::currentIndexChanged, this, &RunsPage::applyStatusFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QString id = selectedRun();
        if (!id.isEmpty()) {
            m_details->setRun(m_engine, id);
            m_runs->watch(id); // a run you look at is a run you watch
        }
        updateState();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &RunsPage::updateState);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &RunsPage::updateState);
    connect(m_computes, &ComputeWatcher::computesChanged, this, &RunsPage::updateState);
    connect(m_runs, &RunWatcher::runsChanged, this, &RunsPage::updateState);
    installRunColumnsMenu(m_table, m_model); // right-click a column title: columns, metric columns
    m_model->setWatcher(m_runs);
    setExperiment({});
    updateState();
}

void RunsPage::setExperiment(const QString& experiment) {
    m_proxy->setExperiment(experiment);
    m_title->setText(experiment.isEmpty() ? tr("Runs") : tr("Experiment %1").arg(experiment));
    updateState();
}

QStringList RunsPage::experiments() const {
    QStringList names;
    for (const RunInfo& run : m_model->runs())
        if (!names.contains(run.experiment))
            names << run.experiment;
    names.sort();
    return names;
}

void RunsPage::applyStatusFilter() {
    const int index = m_status->currentIndex();
    if (index <= 0)
        m_proxy->setStatusFilter(RunFilterProxyModel::StatusFilter::All);
    else if (index == 1)
        m_proxy->setStatusFilter(RunFilterProxyModel::StatusFilter::Active);
    else
        m_proxy->setStatusFilter(RunFilterProxyModel::StatusFilter::Exact,
                                 RunStatus(m_status->currentData().toInt()));
}

QString RunsPage::selectedRun() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(RunTableModel::RunIdRole).toString();
}

QStringList RunsPage::selectedRuns() const {
    return selectedRunIds(m_table);
}

void RunsPage::selectRun(const QString& runId) {
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (m_proxy->index(row, 0).data(RunTableModel::RunIdRole).toString() == runId) {
            m_table->selectRow(row);
            m_table->scrollTo(m_proxy->index(row, 0));
            return;
        }
    }
}

void RunsPage::focusFilter() {
    m_filter->setFocus();
    m_filter->selectAll();
}

QString RunsPage::bannerText() const {
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void RunsPage::showBanner(const QString& text, bool error) {
    m_banner->setText(text);
    m_banner->setStyleSheet(
        error ? QStringLiteral("background:#fdecea; color:#8e1c1c; padding:6px; border-radius:3px;")
              : QStringLiteral("background:#e8f4ea; color:#1e5e2a; padding:6px; border-radius:3px;"));
    m_banner->setVisible(!text.isEmpty());
}

void RunsPage::updateState() {
    if (!m_runs->hasLoaded())
        m_stack->setCurrentIndex(0);
    else
        m_stack->setCurrentIndex(m_model->rowCount() == 0 ? 1 : 2);
    m_emptyText->setText(
        m_computes->computes().isEmpty()
            ? tr("Runs need a cluster: create one on the Compute page, then submit a run from "
                 "a folder with your training script.")
            : tr("Submit a run: pick the folder with your training script, the script to run "
                 "and a cluster."));
    const RunInfo* run = m_model->run(selectedRun());
    m_cancel->setEnabled(run && !isTerminal(run->status) && !run->cancelRequested);
    m_clone->setEnabled(run != nullptr);
    m_compare->setEnabled(selectedRuns().size() >= 2);
}

SubmitRunDialog* RunsPage::openSubmitDialog() {
    auto* dialog = new SubmitRunDialog(m_engine, m_computes->computes(), experiments(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_proxy->experiment().isEmpty())
        dialog->experimentEdit()->setEditText(m_proxy->experiment());
    connect(dialog, &SubmitRunDialog::submitted, this, [this](const RunInfo& run) {
        m_runs->watch(run.id);
        showBanner(tr("Run %1 submitted.").arg(run.id), false);
        emit message(tr("Run %1 submitted.").arg(run.id));
        m_runs->refresh();
        // Show it as soon as the list has it.
        auto* once = new QObject(this);
        connect(m_model, &QAbstractItemModel::modelReset, once, [this, once, id = run.id] {
            if (m_model->rowOf(id) >= 0) {
                selectRun(id);
                once->deleteLater();
            }
        });
    });
    dialog->open();
    return dialog;
}

SubmitRunDialog* RunsPage::openCloneDialog(const QString& runId) {
    const RunInfo* run = m_model->run(runId);
    if (!run)
        return nullptr;
    SubmitRunDialog* dialog = openSubmitDialog();
    dialog->setOriginal(*run);
    return dialog;
}

void RunsPage::requestCancel(const QString& runId) {
    const RunInfo* run = m_model->run(runId);
    if (!run || isTerminal(run->status))
        return;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Cancel run"),
                                tr("Cancel run %1 (%2)? Its processes are stopped; logs, metrics and outputs "
                                   "written so far are kept, and you can clone it to run it again.")
                                    .arg(run->number)
                                    .arg(run->id),
                                QMessageBox::No, this);
    box->setObjectName(QStringLiteral("cancelConfirmation"));
    QPushButton* yes = box->addButton(tr("Cancel run"), QMessageBox::DestructiveRole);
    box->button(QMessageBox::No)->setText(tr("Keep running"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, yes, runId](QAbstractButton* clicked) {
        if (clicked != yes)
            return;
        whenReady(this, m_engine->cancelRun(runId), [this, runId](const Status& status) {
            showBanner(status ? tr("Canceling run %1…").arg(runId)
                              : tr("Run %1 was not canceled: %2").arg(runId, status.error().message),
                       !status);
            m_runs->refresh();
        });
    });
    box->open();
}

} // namespace trainyard::ui
