#include "ui/workspace/DatastoresPage.h"

#include "ui/FileTreeItems.h"
#include "ui/Icons.h"
#include "ui/StatusStyle.h"
#include "ui/WhenReady.h"

#include "core/engine/Engine.h"
#include "core/engine/Transfer.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableWidget>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace trainyard::ui {

namespace {
enum ItemRole { PathRole = Qt::UserRole + 1, IsFolderRole };
} // namespace

DatastoresPage::DatastoresPage(Engine* engine, QWidget* parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_table(new QTableWidget)
    , m_tree(new QTreeWidget)
    , m_message(new QLabel)
    , m_treeMessage(new QLabel)
    , m_upload(new QPushButton(themedIcon(QStringLiteral("go-up")), tr("&Upload folder…")))
    , m_download(new QPushButton(themedIcon(QStringLiteral("go-down")), tr("&Download…")))
    , m_cancel(new QPushButton(themedIcon(QStringLiteral("process-stop")), tr("Cancel")))
    , m_progress(new QProgressBar)
    , m_progressText(new QLabel) {
    auto* title = new QLabel(tr("Datastores"));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title->setFont(font);
    auto* refreshButton = new QPushButton(themedIcon(QStringLiteral("view-refresh")), QString());
    refreshButton->setToolTip(tr("Refresh (F5)"));
    auto* top = new QHBoxLayout;
    top->addWidget(title, 1);
    top->addWidget(m_upload);
    top->addWidget(m_download);
    top->addWidget(refreshButton);
    m_upload->setObjectName(QStringLiteral("uploadFolder"));
    m_upload->setToolTip(
        tr("Copy a folder of this computer into the selected folder of the default datastore"));
    m_download->setObjectName(QStringLiteral("download"));
    m_download->setToolTip(tr("Copy the selected file or folder to a folder of this computer"));

    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Type"), tr("Location"), tr("Default")});
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("datastoreMessage"));
    m_message->setText(tr("Runs read their data from datastores: pass a path as {datastore:data/mnist} in a "
                          "run's arguments. Upload a folder here or with “yard datastore upload”."));

    m_tree->setObjectName(QStringLiteral("datastoreTree"));
    m_tree->setHeaderLabels({tr("Name"), tr("Size"), tr("Modified")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setAlternatingRowColors(true);
    m_treeMessage->setWordWrap(true);
    m_treeMessage->setObjectName(QStringLiteral("treeMessage"));
    auto* browser = new QWidget;
    auto* browserLayout = new QVBoxLayout(browser);
    browserLayout->setContentsMargins(0, 0, 0, 0);
    browserLayout->addWidget(new QLabel(tr("Files of the default datastore:")));
    browserLayout->addWidget(m_tree, 1);
    browserLayout->addWidget(m_treeMessage);

    // The transfer under way: what, how far, and the way to stop it.
    m_progress->setObjectName(QStringLiteral("transferProgress"));
    m_progress->setTextVisible(true);
    m_cancel->setObjectName(QStringLiteral("cancelTransfer"));
    auto* transferRow = new QHBoxLayout;
    transferRow->addWidget(m_progressText);
    transferRow->addWidget(m_progress, 1);
    transferRow->addWidget(m_cancel);
    m_progress->hide();
    m_cancel->hide();

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_table);
    splitter->addWidget(browser);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
    layout->addLayout(transferRow);

    connect(refreshButton, &QPushButton::clicked, this, &DatastoresPage::refresh);
    connect(m_upload, &QPushButton::clicked, this, &DatastoresPage::chooseUpload);
    connect(m_download, &QPushButton::clicked, this, &DatastoresPage::chooseDownload);
    connect(m_cancel, &QPushButton::clicked, this, &DatastoresPage::cancelTransfer);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &DatastoresPage::updateButtons);
    connect(m_tree, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        QTreeWidgetItem* item = m_tree->itemAt(at);
        if (!item)
            return;
        m_tree->setCurrentItem(item);
        QMenu* menu = contextMenu();
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_tree->viewport()->mapToGlobal(at));
    });
    refresh();
    updateButtons();
}

void DatastoresPage::refresh() {
    whenReady(this, m_engine->listDatastores(), [this](const Result<QList<DatastoreInfo>>& result) {
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
            m_table->item(row, 2)->setToolTip(d.location);
        }
        m_table->resizeColumnToContents(0);
        m_table->resizeColumnToContents(1);
    });
    refreshFiles();
}

void DatastoresPage::refreshFiles() {
    if (!m_engine->capabilities().browseDatastore) {
        m_tree->setEnabled(false);
        m_treeMessage->setText(
            tr("The %1 engine does not list a datastore's files here; upload and download still work.")
                .arg(m_engine->kind()));
        return;
    }
    whenReady(this, m_engine->listDatastoreFiles({}), [this](const Result<QList<DatastoreFile>>& result) {
        if (!result) {
            m_treeMessage->setText(tr("Cannot list the datastore's files: %1").arg(result.error().message));
            return;
        }
        const QString selected = selectedPath();
        QSet<QString> expanded;
        for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
            if ((*it)->isExpanded())
                expanded << (*it)->data(0, PathRole).toString();
        m_tree->clear();
        const QIcon folderIcon = style()->standardIcon(QStyle::SP_DirIcon);
        const QIcon fileIcon = style()->standardIcon(QStyle::SP_FileIcon);
        FileTreeItems items(m_tree);
        for (const DatastoreFile& file : result.value()) {
            auto* item = items.addFile(
                file.path, {file.path.section(u'/', -1), QLocale().formattedDataSize(file.size),
                            QLocale().toString(file.modified.toLocalTime(), QLocale::ShortFormat)});
            item->setIcon(0, fileIcon);
            item->setData(0, PathRole, file.path);
            item->setData(0, IsFolderRole, false);
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        }
        // Folders open as they were (the top ones at first), with the path to each open folder.
        for (auto it = items.folders().cbegin(); it != items.folders().cend(); ++it) {
            QTreeWidgetItem* folder = it.value();
            folder->setIcon(0, folderIcon);
            folder->setData(0, PathRole, it.key());
            folder->setData(0, IsFolderRole, true);
            if (expanded.contains(it.key()) || !it.key().contains(u'/'))
                for (QTreeWidgetItem* p = folder; p; p = p->parent())
                    p->setExpanded(true);
        }
        for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
            if ((*it)->data(0, PathRole).toString() == selected)
                m_tree->setCurrentItem(*it);
        m_treeMessage->setText(result->isEmpty()
                                   ? tr("The datastore is empty: upload a folder to give runs their data.")
                                   : tr("%n file(s)", nullptr, int(result->size())));
        updateButtons();
    });
}

QString DatastoresPage::selectedPath() const {
    QTreeWidgetItem* item = m_tree->currentItem();
    return item && item->isSelected() ? item->data(0, PathRole).toString() : QString();
}

QStringList DatastoresPage::filePaths() const {
    QStringList paths;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if (!(*it)->data(0, IsFolderRole).toBool())
            paths << (*it)->data(0, PathRole).toString();
    return paths;
}

QString DatastoresPage::messageText() const {
    return m_treeMessage->text();
}

QMenu* DatastoresPage::contextMenu() {
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("datastoreContextMenu"));
    const QString path = selectedPath();
    menu->addAction(themedIcon(QStringLiteral("go-down")), tr("&Download…"), this,
                    &DatastoresPage::chooseDownload)
        ->setEnabled(!path.isEmpty() && !m_transfer);
    menu->addAction(themedIcon(QStringLiteral("go-up")), tr("&Upload folder here…"), this,
                    &DatastoresPage::chooseUpload)
        ->setEnabled(!m_transfer);
    menu->addSeparator();
    // What to paste into a run's arguments to hand it this path.
    menu->addAction(tr("Copy run &argument"), this, [path] {
        QApplication::clipboard()->setText(QStringLiteral("{datastore:%1}").arg(path));
    });
    menu->addAction(tr("Copy &path"), this, [path] { QApplication::clipboard()->setText(path); });
    return menu;
}

void DatastoresPage::updateButtons() {
    m_upload->setEnabled(!m_transfer);
    m_download->setEnabled(!m_transfer && !selectedPath().isEmpty());
}

void DatastoresPage::chooseUpload() {
    // Into the selected folder (or the selected file's folder), else the datastore's top.
    QString target;
    if (QTreeWidgetItem* item = m_tree->currentItem(); item && item->isSelected())
        target = item->data(0, IsFolderRole).toBool()
                     ? item->data(0, PathRole).toString()
                     : item->data(0, PathRole).toString().section(u'/', 0, -2);
    auto* dialog = new QFileDialog(this, tr("Upload a folder to the datastore"));
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, target](const QString& folder) {
        const QString name = QFileInfo(folder).fileName();
        uploadFolder(folder, target.isEmpty() ? name : target + u'/' + name);
    });
    dialog->open();
}

void DatastoresPage::chooseDownload() {
    const QString path = selectedPath();
    if (path.isEmpty())
        return;
    auto* dialog = new QFileDialog(this, tr("Download %1 to").arg(path));
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, path](const QString& folder) { downloadPath(path, folder); });
    dialog->open();
}

void DatastoresPage::uploadFolder(const QString& sourceDir, const QString& targetPath) {
    if (m_transfer)
        return;
    // Files already on the datastore are kept: an upload never overwrites data a run may use.
    startTransfer(m_engine->upload(sourceDir, targetPath, false, this),
                  tr("Uploading %1 to %2").arg(QDir::toNativeSeparators(sourceDir), targetPath));
}

void DatastoresPage::downloadPath(const QString& datastorePath, const QString& destinationDir) {
    if (m_transfer)
        return;
    startTransfer(m_engine->download(datastorePath, destinationDir, this),
                  tr("Downloading %1 to %2").arg(datastorePath, QDir::toNativeSeparators(destinationDir)));
}

void DatastoresPage::cancelTransfer() {
    if (m_transfer)
        m_transfer->cancel();
}

void DatastoresPage::startTransfer(Transfer* transfer, const QString& what) {
    m_transfer = transfer;
    m_progress->setRange(0, 0); // busy until the first progress says how much
    m_progress->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
    m_progressText->setText(what + QStringLiteral("…"));
    m_progressText->setToolTip(what);
    m_progressText->show();
    updateButtons();
    connect(transfer, &Transfer::progress, this, [this](const TransferProgress& p) {
        // Bytes when known, else files; kilobytes keep the numbers inside an int.
        if (p.bytesTotal > 0) {
            m_progress->setRange(0, int(qMax<qint64>(1, p.bytesTotal / 1024)));
            m_progress->setValue(int(p.bytesDone / 1024));
        } else if (p.filesTotal > 0) {
            m_progress->setRange(0, int(p.filesTotal));
            m_progress->setValue(int(p.filesDone));
        }
        m_progress->setFormat(tr("%1 of %2 files").arg(p.filesDone).arg(p.filesTotal));
    });
    connect(transfer, &Transfer::finished, this, [this, transfer, what](const Status& status) {
        transfer->deleteLater();
        m_transfer = nullptr;
        m_progress->hide();
        m_cancel->hide();
        const bool canceled = !status && status.error().kind == ErrorKind::Canceled;
        m_progressText->setText(status     ? tr("%1: done.").arg(what)
                                : canceled ? tr("%1: canceled; nothing half-written was kept.").arg(what)
                                           : tr("%1: failed: %2").arg(what, status.error().message));
        m_progressText->setStyleSheet(messageStyleSheet(status ? Tone::Success : Tone::Error));
        updateButtons();
        refreshFiles();
        emit transferFinished(bool(status));
    });
}

} // namespace trainyard::ui
