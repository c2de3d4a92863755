#include "ui/runs/AllRunsPage.h"

#include "ui/Icons.h"
#include "ui/StatusStyle.h"
#include "ui/model/RunFilterProxyModel.h"
#include "ui/model/RunTableModel.h"
#include "ui/model/RunWatcher.h"
#include "ui/model/SelectedRuns.h"
#include "ui/runs/RunColumnsMenu.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace trainyard::ui {

AllRunsPage::AllRunsPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new RunTableModel(this))
    , m_proxy(new RunFilterProxyModel(this))
    , m_filter(new QLineEdit)
    , m_status(new QComboBox)
    , m_table(new QTableView)
    , m_compare(new QPushButton(tr("Co&mpare"))) {
    auto* title = new QLabel(tr("Runs of all open workspaces"));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title->setFont(font);
    auto* hint = new QLabel(tr("Double-click a run to open it in its workspace."));
    m_filter->setPlaceholderText(tr("Filter runs: name, id, workspace, compute, tag…"));
    m_filter->setClearButtonEnabled(true);
    m_status->addItem(tr("All statuses"));
    m_status->addItem(tr("Active"));
    for (int s = int(RunStatus::NotStarted); s <= int(RunStatus::Canceled); ++s)
        m_status->addItem(statusIcon(RunStatus(s)), statusText(RunStatus(s)), s);
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_status);
    filterRow->addWidget(m_compare);
    m_compare->setToolTip(
        tr("Compare the selected runs (select two or more with Ctrl+click or Shift+click)"));
    m_compare->setEnabled(false);

    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RunTableModel::Started, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection); // compare takes several
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    int statusWidth = 0;
    for (int st = int(RunStatus::NotStarted); st <= int(RunStatus::Canceled); ++st)
        statusWidth = qMax(statusWidth, m_table->fontMetrics().horizontalAdvance(statusText(RunStatus(st))));
    m_table->setColumnWidth(RunTableModel::Status, statusWidth + 40);
    m_table->setColumnWidth(RunTableModel::DisplayName, 180);
    m_table->setColumnWidth(RunTableModel::Started, 130);
    // The workspace and engine come right after the name: they are why this list exists.
    m_table->horizontalHeader()->moveSection(RunTableModel::Workspace, RunTableModel::Experiment);
    m_table->horizontalHeader()->moveSection(RunTableModel::Engine, RunTableModel::Experiment + 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addLayout(filterRow);
    layout->addWidget(m_table);

    installRunColumnsMenu(m_table, m_model); // right-click a column title: columns, metric columns
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &RunFilterProxyModel::setText);
    connect(m_status, &QComboBox::currentIndexChanged, this, &AllRunsPage::applyStatusFilter);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        if (!m_table->indexAt(at).isValid())
            return;
        QMenu* menu = contextMenu();
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_table->viewport()->mapToGlobal(at));
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const QModelIndex source = m_proxy->mapToSource(index);
        if (RunWatcher* watcher = m_model->watcherOf(source.row()))
            emit runActivated(watcher, source.data(RunTableModel::RunIdRole).toString());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_compare->setEnabled(selectedRuns().size() >= 2); });
    connect(m_compare, &QPushButton::clicked, this, [this] { emit compareRequested(selectedRuns()); });
}

QStringList AllRunsPage::selectedRuns() const {
    return selectedRunIds(m_table->selectionModel());
}

QMenu* AllRunsPage::contextMenu() {
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("allRunsContextMenu"));
    const QStringList ids = selectedRuns();
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    RunWatcher* watcher = current.isValid() ? m_model->watcherOf(current.row()) : nullptr;
    const QString currentId = current.data(RunTableModel::RunIdRole).toString();
    menu->addAction(themedIcon(QStringLiteral("document-open")), tr("&Open in its workspace"), this,
                    [this, watcher, currentId] { emit runActivated(watcher, currentId); })
        ->setEnabled(watcher != nullptr);
    QAction* compare = menu->addAction(themedIcon(QStringLiteral("view-compare")), tr("Co&mpare"), this,
                                       [this, ids] { emit compareRequested(ids); });
    compare->setObjectName(QStringLiteral("compareRuns"));
    compare->setEnabled(ids.size() >= 2);
    menu->addSeparator();
    menu->addAction(tr("Copy run &id"), this, [ids] { QApplication::clipboard()->setText(ids.join(u'\n')); })
        ->setEnabled(!ids.isEmpty());
    return menu;
}

void AllRunsPage::setWatchers(const QList<RunWatcher*>& watchers) {
    m_model->setWatchers(watchers);
}

void AllRunsPage::applyStatusFilter() {
    const int index = m_status->currentIndex();
    if (index <= 0)
        m_proxy->setStatusFilter(RunFilterProxyModel::StatusFilter::All);
    else if (index == 1)
        m_proxy->setStatusFilter(RunFilterProxyModel::StatusFilter::Active);
    else
        m_proxy->setStatusFilter(RunFilterProxyModel::StatusFilter::Exact,
                                 RunStatus(m_status->currentData().toInt()));
}

} // namespace trainyard::ui
