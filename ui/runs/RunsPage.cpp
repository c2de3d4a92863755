#include "ui/runs/RunsPage.h"

#include "ui/EmptyState.h"
#include "ui/Icons.h"
#include "ui/WhenReady.h"

#include "core/engine/Engine.h"
#include "ui/logs/RunLogPanel.h"
#include "ui/model/ComputeWatcher.h"
#include "ui/model/RunFilterProxyModel.h"
#include "ui/model/RunTableModel.h"
#include "ui/model/RunWatcher.h"
#include "ui/model/SelectedRuns.h"
#include "ui/runs/RunColumnsMenu.h"
#include "ui/runs/RunDetailsPanel.h"
#include "ui/runs/SubmitRunDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
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
    , m_bannerTimer(new QTimer(this))
    , m_filter(new QLineEdit)
    , m_status(new QComboBox)
    , m_stack(new QStackedWidget)
    , m_tableStack(new QStackedWidget)
    , m_table(new QTableView)
    , m_details(new RunDetailsPanel) {
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setMinimumWidth(0);
    m_title->setSizePolicy(QSizePolicy::Ignored,
                           QSizePolicy::Preferred); // a long experiment name never widens the page
    auto* submit = new QPushButton(themedIcon(QStringLiteral("media-playback-start")), tr("&Submit run…"));
    m_cancel = new QPushButton(themedIcon(QStringLiteral("process-stop")), tr("Ca&ncel run"));
    m_clone = new QPushButton(themedIcon(QStringLiteral("edit-copy")), tr("C&lone and resubmit…"));
    m_delete = new QPushButton(themedIcon(QStringLiteral("edit-delete")), tr("&Delete…"));
    m_delete->setObjectName(QStringLiteral("deleteRuns"));
    m_delete->setToolTip(tr("Delete the selected finished runs with their logs and outputs (Delete)"));
    m_compare = new QPushButton(themedIcon(QStringLiteral("view-compare")), tr("Co&mpare"));
    m_compare->setToolTip(
        tr("Compare the selected runs (select two or more with Ctrl+click or Shift+click)"));
    m_filter->setPlaceholderText(tr("Filter runs (Ctrl+F): name, id, compute, tag…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setObjectName(QStringLiteral("runFilter"));
    m_status->addItem(tr("All statuses"));
    m_status->addItem(tr("Active"));
    for (int s = int(RunStatus::NotStarted); s <= int(RunStatus::Canceled); ++s)
        m_status->addItem(statusIcon(RunStatus(s)), statusText(RunStatus(s)), s);
    for (QPushButton* b : {submit, m_compare, m_clone, m_cancel, m_delete}) {
        m_buttonTexts.append({b, b->text()});
        b->setToolTip(b->toolTip().isEmpty() ? QString(b->text()).remove(u'&') : b->toolTip());
    }
    auto* toolbar = new QHBoxLayout;
    toolbar->addWidget(m_title, 1);
    toolbar->addWidget(submit);
    toolbar->addWidget(m_compare);
    toolbar->addWidget(m_clone);
    toolbar->addWidget(m_cancel);
    toolbar->addWidget(m_delete);
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_status);

    m_banner->setObjectName(QStringLiteral("runsBanner"));
    m_banner->setWordWrap(true);
    m_banner->hide();
    m_bannerTimer->setSingleShot(true);
    m_bannerTimer->setInterval(8000);
    connect(m_bannerTimer, &QTimer::timeout, m_banner, &QLabel::hide);

    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RunTableModel::Started, Qt::DescendingOrder); // newest first, queued ones on top
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection); // compare and delete take several
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->installEventFilter(this); // Delete on the table, which keeps that key for itself
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

    // What the table says when the filter hides every run: which filter, and the way back.
    m_noMatch = new EmptyState(tr("No run matches the filter"), QString());
    m_noMatch->setObjectName(QStringLiteral("noMatch"));
    QPushButton* clearFilter = m_noMatch->addButton(tr("Show all runs"));
    m_tableStack->addWidget(m_table);
    m_tableStack->addWidget(m_noMatch);

    auto* tableArea = new QWidget;
    auto* tableLayout = new QVBoxLayout(tableArea);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(filterRow);
    tableLayout->addWidget(m_tableStack);
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("runsSplitter"));
    splitter->addWidget(tableArea);
    splitter->addWidget(m_details);
    // The run panel gets most of the height (logs and charts need it in a 600-pixel window);
    // where the user moves the divider is kept for the next start.
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    splitter->restoreState(QSettings().value(QStringLiteral("runs/splitter")).toByteArray());
    connect(splitter, &QSplitter::splitterMoved, this,
            [splitter] { QSettings().setValue(QStringLiteral("runs/splitter"), splitter->saveState()); });

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
    layout->addWidget(m_stack, 1);

    connect(submit, &QPushButton::clicked, this, &RunsPage::openSubmitDialog);
    connect(emptyButton, &QPushButton::clicked, this, &RunsPage::openSubmitDialog);
    connect(clearFilter, &QPushButton::clicked, this, [this] {
        m_filter->clear();
        m_status->setCurrentIndex(0);
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] { requestCancel(selectedRun()); });
    connect(m_clone, &QPushButton::clicked, this, [this] { openCloneDialog(selectedRun()); });
    connect(m_delete, &QPushButton::clicked, this, [this] { requestDelete(selectedRuns()); });
    connect(m_compare, &QPushButton::clicked, this, [this] { emit compareRequested(selectedRuns()); });
    connect(m_details, &RunDetailsPanel::cancelRequested, this, &RunsPage::requestCancel);
    connect(m_details, &RunDetailsPanel::cloneRequested, this, &RunsPage::openCloneDialog);
    // What the panel reads is the newest word on the run: the list shows it at once.
    connect(m_details, &RunDetailsPanel::runRead, m_runs, &RunWatcher::applySnapshot);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setText(text);
        filterChanged();
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, &RunsPage::applyStatusFilter);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        if (!m_table->indexAt(at).isValid())
            return;
        QMenu* menu = contextMenu();
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_table->viewport()->mapToGlobal(at));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (m_resetting || !current.isValid())
                    return;
                const QString id = current.data(RunTableModel::RunIdRole).toString();
                m_details->setRun(m_engine, id);
                m_runs->watch(id); // a run you look at is a run you watch
                updateState();
            });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RunsPage::updateState);
    // The list is rebuilt when runs come or go; the run in the panel stays the current row.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_resetting = true; });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_resetting = false;
        const QString shown = m_details->runId();
        if (!shown.isEmpty() && m_model->rowOf(shown) < 0)
            m_details->clear(); // deleted
        else if (!shown.isEmpty())
            selectRun(shown);
        filterChanged();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &RunsPage::updateState);
    connect(m_computes, &ComputeWatcher::computesChanged, this, &RunsPage::updateState);
    connect(m_runs, &RunWatcher::runsChanged, this, &RunsPage::updateState);
    installRunColumnsMenu(m_table, m_model); // right-click a column title: columns, metric columns
    m_model->setWatcher(m_runs);
    setExperiment({});
    updateState();
}

bool RunsPage::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_table && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->matches(QKeySequence::Delete)) {
        requestDelete(selectedRuns());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void RunsPage::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    // In a narrow window (900 pixels, long German words) the buttons show only their icons, so
    // the page title keeps its room; the tooltips still name them.
    int needed = m_title->fontMetrics().horizontalAdvance(m_title->text()) + 40;
    for (const auto& [button, text] : std::as_const(m_buttonTexts))
        needed += button->iconSize().width() + button->fontMetrics().horizontalAdvance(text) + 40;
    const bool compact = needed > width();
    for (const auto& [button, text] : std::as_const(m_buttonTexts))
        button->setText(compact ? QString() : text);
}

void RunsPage::setExperiment(const QString& experiment) {
    m_proxy->setExperiment(experiment);
    m_title->setText(experiment.isEmpty() ? tr("Runs") : tr("Experiment %1").arg(experiment));
    m_title->setToolTip(m_title->text());
    filterChanged();
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
    filterChanged();
}

void RunsPage::filterChanged() {
    // A run the filter hides leaves the panel too: what is shown is always what is listed.
    const QString shown = m_details->runId();
    bool listed = false;
    for (int row = 0; row < m_proxy->rowCount() && !listed; ++row)
        listed = m_proxy->index(row, 0).data(RunTableModel::RunIdRole).toString() == shown;
    if (!shown.isEmpty() && !listed && m_runs->hasLoaded())
        m_details->clear();
    const bool noMatch = m_model->rowCount() > 0 && m_proxy->rowCount() == 0;
    if (noMatch) {
        QStringList filters;
        if (!m_filter->text().trimmed().isEmpty())
            filters << tr("text “%1”").arg(m_filter->text().trimmed());
        if (m_status->currentIndex() > 0)
            filters << tr("status %1").arg(m_status->currentText());
        if (!m_proxy->experiment().isEmpty())
            filters << tr("experiment %1").arg(m_proxy->experiment());
        m_noMatch->textLabel()->setText(
            tr("None of the %n run(s) in this workspace matches %1.", nullptr, m_model->rowCount())
                .arg(filters.join(tr(" and "))));
    }
    m_tableStack->setCurrentWidget(noMatch ? static_cast<QWidget*>(m_noMatch) : m_table);
    updateState();
}

QString RunsPage::noMatchText() const {
    return m_tableStack->currentWidget() == m_noMatch ? m_noMatch->textLabel()->text() : QString();
}

QString RunsPage::selectedRun() const {
    const QString shown = m_details->runId();
    if (!shown.isEmpty())
        return shown;
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(RunTableModel::RunIdRole).toString() : QString();
}

QStringList RunsPage::selectedRuns() const {
    QStringList ids = selectedRunIds(m_table->selectionModel());
    if (ids.isEmpty() && !m_details->runId().isEmpty())
        ids << m_details->runId();
    return ids;
}

void RunsPage::selectRun(const QString& runId) {
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (m_proxy->index(row, 0).data(RunTableModel::RunIdRole).toString() == runId) {
            m_table->selectionModel()->setCurrentIndex(
                m_proxy->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_table->scrollTo(m_proxy->index(row, 0));
            return;
        }
    }
}

void RunsPage::focusFilter() {
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void RunsPage::focusFind() {
    RunLogPanel* logs = m_details->logPanel();
    QWidget* focus = QApplication::focusWidget();
    if (focus && logs->isVisible() && (focus == logs || logs->isAncestorOf(focus)))
        logs->focusSearch();
    else
        focusFilter();
}

QMenu* RunsPage::contextMenu() {
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("runContextMenu"));
    const QStringList ids = selectedRuns();
    const QString current = ids.value(0);
    const RunInfo* run = m_model->run(current);
    QAction* open = menu->addAction(themedIcon(QStringLiteral("document-open")), tr("&Open"), this,
                                    [this, current] { selectRun(current); });
    open->setEnabled(run != nullptr);
    QAction* clone = menu->addAction(themedIcon(QStringLiteral("edit-copy")), tr("C&lone and resubmit…"),
                                     this, [this, current] { openCloneDialog(current); });
    clone->setEnabled(run != nullptr && ids.size() == 1);
    QAction* cancel = menu->addAction(themedIcon(QStringLiteral("process-stop")), tr("Ca&ncel run"), this,
                                      [this, current] { requestCancel(current); });
    cancel->setEnabled(run && ids.size() == 1 && !isTerminal(run->status) && !run->cancelRequested);
    QAction* compare = menu->addAction(themedIcon(QStringLiteral("view-compare")), tr("Co&mpare"), this,
                                       [this, ids] { emit compareRequested(ids); });
    compare->setObjectName(QStringLiteral("compareRuns"));
    compare->setEnabled(ids.size() >= 2);
    compare->setToolTip(tr("Select two runs or more to compare them"));
    menu->addSeparator();
    QAction* copy = menu->addAction(tr("Copy run &id"), this,
                                    [ids] { QApplication::clipboard()->setText(ids.join(u'\n')); });
    copy->setEnabled(!ids.isEmpty());
    menu->addSeparator();
    QAction* del = menu->addAction(themedIcon(QStringLiteral("edit-delete")), tr("&Delete…"), this,
                                   [this, ids] { requestDelete(ids); });
    del->setShortcut(QKeySequence::Delete);
    del->setEnabled(m_delete->isEnabled());
    del->setToolTip(m_delete->toolTip());
    menu->setToolTipsVisible(true);
    return menu;
}

QString RunsPage::bannerText() const {
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void RunsPage::showBanner(const QString& text, Tone tone, const QString& runId) {
    m_banner->setText(text);
    m_banner->setStyleSheet(bannerStyleSheet(tone));
    m_banner->setVisible(!text.isEmpty());
    m_bannerRun = runId;
    if (const RunInfo* run = m_model->run(runId)) {
        m_bannerStatus = run->status;
        m_bannerCancelRequested = run->cancelRequested;
    } else {
        m_bannerStatus = RunStatus::Queued; // just submitted: not in the list yet
        m_bannerCancelRequested = false;
    }
    if (runId.isEmpty() && tone != Tone::Error)
        m_bannerTimer->start();
    else
        m_bannerTimer->stop();
}

void RunsPage::updateBanner() {
    if (m_bannerRun.isEmpty() || m_banner->isHidden())
        return;
    const RunInfo* run = m_model->run(m_bannerRun);
    if (!run) {
        if (m_runs->hasLoaded() && m_bannerStatus != RunStatus::Queued)
            m_banner->hide(); // the run is gone (a just-submitted one may not be listed yet)
        return;
    }
    // Canceling is news until the run ends; anything else until the run moves on.
    const bool moved = m_bannerCancelRequested || run->cancelRequested != m_bannerCancelRequested
                           ? isTerminal(run->status)
                           : run->status != m_bannerStatus;
    if (moved) {
        m_banner->hide();
        m_bannerRun.clear();
    }
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
    // The buttons act on the run the panel shows, so they agree with the panel's own.
    const RunInfo* run = m_model->run(selectedRun());
    m_cancel->setEnabled(run && !isTerminal(run->status) && !run->cancelRequested);
    m_clone->setEnabled(run != nullptr);
    const QStringList ids = selectedRuns();
    bool deletable = !ids.isEmpty() && m_engine->capabilities().deleteRuns;
    for (const QString& id : ids)
        if (const RunInfo* r = m_model->run(id); !r || !isTerminal(r->status))
            deletable = false;
    m_delete->setEnabled(deletable);
    m_delete->setVisible(m_engine->capabilities().deleteRuns);
    updateBanner();
    m_compare->setEnabled(selectedRuns().size() >= 2);
}

SubmitRunDialog* RunsPage::openSubmitDialog() {
    auto* dialog = new SubmitRunDialog(m_engine, m_computes->computes(), experiments(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_proxy->experiment().isEmpty())
        dialog->experimentEdit()->setEditText(m_proxy->experiment());
    connect(dialog, &SubmitRunDialog::submitted, this, [this](const RunInfo& run) {
        m_runs->watch(run.id);
        emit message(tr("Run %1 submitted.").arg(run.id));
        // The submit's answer is the newest word on the run: list it now, not at the next poll.
        m_runs->applySnapshot(run);
        if (m_model->rowOf(run.id) >= 0)
            selectRun(run.id);
        showBanner(tr("Run %1 submitted.").arg(run.id), Tone::Success, run.id);
        m_runs->refresh();
        if (m_model->rowOf(run.id) >= 0)
            return;
        // The first list is still on its way: show the run as soon as it has it.
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
            if (status) {
                showBanner(tr("Canceling run %1…").arg(runId), Tone::Info, runId);
                m_bannerCancelRequested = true; // the banner stays until the run has ended
            } else {
                showBanner(tr("Run %1 was not canceled: %2").arg(runId, status.error().message), Tone::Error,
                           runId);
            }
            m_runs->refresh();
        });
    });
    box->open();
}

void RunsPage::requestDelete(const QStringList& runIds) {
    if (runIds.isEmpty())
        return;
    if (!m_engine->capabilities().deleteRuns) {
        showBanner(tr("The %1 engine keeps every run: runs cannot be deleted here.").arg(m_engine->kind()),
                   Tone::Error);
        return;
    }
    QStringList active;
    for (const QString& id : runIds)
        if (const RunInfo* run = m_model->run(id); run && !isTerminal(run->status))
            active << id;
    if (!active.isEmpty()) {
        showBanner(tr("%1 is still active: cancel it first, then delete it.", nullptr, int(active.size()))
                       .arg(active.join(QStringLiteral(", "))),
                   Tone::Error);
        return;
    }
    const QString what = runIds.size() == 1 ? tr("the run %1").arg(runIds.first())
                                            : tr("%n run(s)", nullptr, int(runIds.size()));
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Delete runs"),
                                tr("Delete %1 with its logs, metrics and outputs? This cannot be undone; "
                                   "save the outputs first if you need them.")
                                    .arg(what),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteRunConfirmation"));
    QPushButton* yes = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, yes, runIds](QAbstractButton* clicked) {
        if (clicked == yes)
            deleteRuns(runIds);
    });
    box->open();
}

void RunsPage::deleteRuns(const QStringList& runIds) {
    for (const QString& id : runIds) {
        whenReady(this, m_engine->deleteRun(id), [this, id](const Status& status) {
            if (!status) {
                showBanner(tr("Run %1 was not deleted: %2").arg(id, status.error().message), Tone::Error);
                return;
            }
            if (m_details->runId() == id)
                m_details->clear();
            m_runs->forget(id);
            showBanner(tr("Run %1 deleted.").arg(id), Tone::Success);
            emit message(tr("Run %1 deleted.").arg(id));
        });
    }
}

} // namespace trainyard::ui
