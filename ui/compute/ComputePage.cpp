#include "ui/compute/ComputePage.h"

#include "ui/WhenReady.h"

#include "ui/EmptyState.h"
#include "ui/Icons.h"

#include "core/engine/Engine.h"
#include "ui/StatusStyle.h"
#include "ui/compute/ComputeDialog.h"
#include "ui/compute/NodeStateBarDelegate.h"
#include "ui/model/ComputeListModel.h"
#include "ui/model/ComputeWatcher.h"
#include "ui/model/NodeTableModel.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace trainyard::ui {

namespace {
QLabel* legend() {
    // A small key for the stacked bar, so the colours need no tooltip to be read.
    QStringList parts;
    for (const QString& state : nodeStates())
        parts << QStringLiteral("<span style='color:%1'>■</span> %2")
                     .arg(nodeStateColor(state).name(), nodeStateText(state).toHtmlEscaped());
    auto* label = new QLabel(parts.join(QStringLiteral("&nbsp;&nbsp;")));
    label->setTextFormat(Qt::RichText);
    return label;
}
} // namespace

ComputePage::ComputePage(ComputeWatcher* watcher, QWidget* parent)
    : QWidget(parent)
    , m_engine(watcher->engine())
    , m_watcher(watcher)
    , m_model(new ComputeListModel(this))
    , m_nodes(new NodeTableModel(this))
    , m_stack(new QStackedWidget)
    , m_table(new QTableView)
    , m_nodeTable(new QTableView)
    , m_nodesTitle(new QLabel)
    , m_banner(new QLabel)
    , m_bannerTimer(new QTimer(this)) {
    auto* title = new QLabel(tr("Compute clusters"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* create = new QPushButton(themedIcon(QStringLiteral("list-add")), tr("&Create cluster…"));
    m_update = new QPushButton(themedIcon(QStringLiteral("document-properties")), tr("&Update…"));
    m_delete = new QPushButton(themedIcon(QStringLiteral("edit-delete")), tr("&Delete…"));
    auto* toolbar = new QHBoxLayout;
    toolbar->addWidget(title);
    toolbar->addStretch();
    toolbar->addWidget(create);
    toolbar->addWidget(m_update);
    toolbar->addWidget(m_delete);

    m_banner->setWordWrap(true);
    m_banner->setObjectName(QStringLiteral("computeBanner"));
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->hide();
    m_bannerTimer->setSingleShot(true);
    m_bannerTimer->setInterval(8000);
    connect(m_bannerTimer, &QTimer::timeout, m_banner, &QLabel::hide);

    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(ComputeListModel::NodeStates, new NodeStateBarDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        const QModelIndex index = m_table->indexAt(at);
        if (!index.isValid())
            return;
        m_table->selectRow(index.row());
        QMenu* menu = contextMenu();
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_table->viewport()->mapToGlobal(at));
    });
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setColumnWidth(ComputeListModel::NodeStates, 160);
    m_nodeTable->setModel(m_nodes);
    m_nodeTable->verticalHeader()->hide();
    m_nodeTable->horizontalHeader()->setStretchLastSection(true);
    m_nodeTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_nodeTable->setWordWrap(false);
    m_nodeTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);

    auto* lower = new QWidget;
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_nodesTitle);
    lowerLayout->addWidget(m_nodeTable);
    auto* upper = new QWidget;
    auto* upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addWidget(m_table);
    upperLayout->addWidget(legend());
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(upper);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    // The empty state says what to do next, with the button right there.
    auto* empty = new EmptyState(tr("No clusters yet"),
                                 tr("A cluster is where your runs execute. Create your first cluster: "
                                    "choose a VM size and how many nodes it may scale to."));
    auto* emptyButton = empty->addButton(tr("Create your first cluster…"));
    auto* loading = new QLabel(tr("Loading clusters…"));
    loading->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(loading);
    m_stack->addWidget(empty);
    m_stack->addWidget(splitter);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack);

    connect(create, &QPushButton::clicked, this, &ComputePage::openCreateDialog);
    connect(emptyButton, &QPushButton::clicked, this, &ComputePage::openCreateDialog);
    connect(m_update, &QPushButton::clicked, this, &ComputePage::openUpdateDialog);
    connect(m_delete, &QPushButton::clicked, this, &ComputePage::requestDelete);
    connect(m_table, &QTableView::doubleClicked, this, &ComputePage::openUpdateDialog);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ComputePage::updateSelection);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ComputePage::updateSelection);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ComputePage::updateSelection);
    connect(m_watcher, &ComputeWatcher::failed, this,
            [this](const Error& e) { showBanner(tr("Cannot list the clusters: %1").arg(e.message), true); });
    // An empty list changes no rows, so the page listens to the watcher too (loading → empty).
    connect(m_watcher, &ComputeWatcher::computesChanged, this, &ComputePage::updateSelection);
    connect(m_model, &QAbstractItemModel::modelReset, m_table, [this] {
        m_table->resizeColumnsToContents();
        m_table->setColumnWidth(ComputeListModel::NodeStates,
                                qMax(160, m_table->columnWidth(ComputeListModel::NodeStates)));
    });
    m_model->setWatcher(m_watcher);
    updateSelection();
}

QString ComputePage::selectedCompute() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(ComputeListModel::NameRole).toString();
}

void ComputePage::selectCompute(const QString& name) {
    const int row = m_model->rowOf(name);
    if (row >= 0)
        m_table->selectRow(row);
}

QString ComputePage::bannerText() const {
    return m_banner->isVisible() || !m_banner->isHidden() ? m_banner->text() : QString();
}

void ComputePage::updateSelection() {
    if (!m_watcher->hasLoaded())
        m_stack->setCurrentIndex(0);
    else
        m_stack->setCurrentIndex(m_model->rowCount() == 0 ? 1 : 2);
    if (m_model->rowCount() > 0 && !m_table->selectionModel()->hasSelection())
        m_table->selectRow(0);
    const QString name = selectedCompute();
    m_update->setEnabled(!name.isEmpty());
    m_delete->setEnabled(!name.isEmpty());
    updateBanner();
    emit selectionChanged();
    const int row = m_model->rowOf(name);
    if (row < 0) {
        m_nodes->setNodes({});
        m_nodesTitle->setText(tr("Nodes"));
        return;
    }
    const ComputeInfo& c = m_model->computes().at(row);
    m_nodes->setNodes(c.nodes);
    m_nodesTitle->setText(
        tr("Nodes of %1: %2 of at most %3").arg(c.spec.name).arg(c.currentNodeCount).arg(c.spec.maxNodes));
}

void ComputePage::showBanner(const QString& text, bool error, const QString& cluster) {
    m_banner->setText(text);
    m_banner->setStyleSheet(bannerStyleSheet(error ? Tone::Error : Tone::Success));
    m_banner->setVisible(!text.isEmpty());
    m_bannerCluster = cluster;
    if (error)
        m_bannerTimer->stop();
    else
        m_bannerTimer->start();
}

void ComputePage::updateBanner() {
    if (m_bannerCluster.isEmpty() || m_banner->isHidden())
        return;
    if (m_model->rowOf(m_bannerCluster) < 0) {
        m_banner->hide(); // the cluster is gone
        m_bannerCluster.clear();
        return;
    }
    // Ask the engine whether the runs the refusal named are still active there.
    if (m_checkingBanner)
        return;
    m_checkingBanner = true;
    RunFilter filter;
    filter.compute = m_bannerCluster;
    whenReady(this, m_engine->listRuns(filter),
              [this, cluster = m_bannerCluster](const Result<QList<RunInfo>>& runs) {
                  m_checkingBanner = false;
                  if (!runs || cluster != m_bannerCluster)
                      return;
                  if (std::all_of(runs->begin(), runs->end(),
                                  [](const RunInfo& r) { return isTerminal(r.status); })) {
                      m_banner->hide();
                      m_bannerCluster.clear();
                  }
              });
}

QMenu* ComputePage::contextMenu() {
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("computeContextMenu"));
    const QString name = selectedCompute();
    menu->addAction(themedIcon(QStringLiteral("document-properties")), tr("&Update…"), this,
                    &ComputePage::openUpdateDialog)
        ->setEnabled(!name.isEmpty());
    menu->addAction(tr("Copy &name"), this, [name] { QApplication::clipboard()->setText(name); })
        ->setEnabled(!name.isEmpty());
    menu->addSeparator();
    menu->addAction(themedIcon(QStringLiteral("edit-delete")), tr("&Delete…"), this,
                    &ComputePage::requestDelete)
        ->setEnabled(!name.isEmpty());
    return menu;
}

ComputeDialog* ComputePage::openCreateDialog() {
    QStringList names;
    for (const ComputeInfo& c : m_model->computes())
        names << c.spec.name;
    auto* dialog = new ComputeDialog(m_engine, names, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ComputeDialog::computeSaved, this, [this](const ComputeInfo& c) {
        showBanner(tr("Cluster %1 created.").arg(c.spec.name), false);
        emit message(tr("Cluster %1 created.").arg(c.spec.name));
        m_watcher->refresh();
        selectCompute(c.spec.name);
    });
    dialog->open();
    return dialog;
}

ComputeDialog* ComputePage::openUpdateDialog() {
    const int row = m_model->rowOf(selectedCompute());
    if (row < 0)
        return nullptr;
    auto* dialog = new ComputeDialog(m_engine, m_model->computes().at(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ComputeDialog::computeSaved, this, [this](const ComputeInfo& c) {
        showBanner(tr("Cluster %1 updated.").arg(c.spec.name), false);
        m_watcher->refresh();
    });
    dialog->open();
    return dialog;
}

void ComputePage::requestDelete() {
    const QString name = selectedCompute();
    if (name.isEmpty())
        return;
    // Ask the engine which runs are active there, so the question can say so.
    RunFilter filter;
    filter.compute = name;
    whenReady(this, m_engine->listRuns(filter), [this, name](const Result<QList<RunInfo>>& runs) {
        int active = 0;
        if (runs)
            for (const RunInfo& run : runs.value())
                active += isTerminal(run.status) ? 0 : 1;
        confirmDelete(name, active);
    });
}

void ComputePage::confirmDelete(const QString& name, int activeRuns) {
    const QString text =
        activeRuns > 0
            ? tr("The cluster '%1' still has %n active run(s), and a cluster is not deleted while runs "
                 "are active: cancel them first, or wait until they end. Try to delete it anyway?",
                 nullptr, activeRuns)
                  .arg(name)
            : tr("Delete the cluster '%1'? Its nodes are released. Finished runs stay in the history.")
                  .arg(name);
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Delete cluster"), text, QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteConfirmation"));
    QPushButton* yes = box->addButton(tr("Delete %1").arg(name), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, yes, name](QAbstractButton* clicked) {
        if (clicked == yes)
            deleteCompute(name);
    });
    box->open();
}

void ComputePage::deleteCompute(const QString& name) {
    showBanner(tr("Deleting %1…").arg(name), false);
    whenReady(this, m_engine->deleteCompute(name), [this, name](const Status& status) {
        if (!status) {
            // The engine's refusal names the active runs; show it as it is.
            showBanner(tr("Cluster %1 was not deleted: %2").arg(name, status.error().message), true, name);
            return;
        }
        showBanner(tr("Cluster %1 deleted.").arg(name), false);
        emit message(tr("Cluster %1 deleted.").arg(name));
        m_watcher->refresh();
    });
}

} // namespace trainyard::ui
