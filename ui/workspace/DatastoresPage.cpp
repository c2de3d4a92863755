#include "ui/workspace/DatastoresPage.h"

#include "core/engine/Engine.h"

#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace trainyard::ui {

DatastoresPage::DatastoresPage(Engine* engine, QWidget* parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_table(new QTableWidget)
    , m_message(new QLabel) {
    auto* title = new QLabel(tr("Datastores"));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title->setFont(font);
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Type"), tr("Location"), tr("Default")});
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_message->setWordWrap(true);
    m_message->setText(tr("Runs read their data from datastores: pass a path as {datastore:data/mnist} in a "
                          "run's arguments. Upload a folder with `yard datastore upload`."));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_message);
    layout->addWidget(m_table);
    refresh();
}

void DatastoresPage::refresh() {
    auto* watcher = new QFutureWatcher<Result<QList<DatastoreInfo>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const auto result = watcher->result();
        if (!result) {
            m_message->setText(tr("Cannot list the datastores: %1").arg(result.error().message));
            return;
        }
        m_table->setRowCount(0);
        for (const DatastoreInfo& d : result.value()) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            m_table->setItem(row, 0, new QTableWidgetItem(d.name));
            m_table->setItem(row, 1, new QTableWidgetItem(d.type));
            m_table->setItem(row, 2, new QTableWidgetItem(d.location));
            m_table->setItem(row, 3, new QTableWidgetItem(d.isDefault ? tr("yes") : QString()));
        }
        m_table->resizeColumnToContents(0);
        m_table->resizeColumnToContents(1);
    });
    watcher->setFuture(m_engine->listDatastores());
}

} // namespace trainyard::ui
