#pragma once

#include <QWidget>

class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace trainyard {
class Engine;
class Transfer;

namespace ui {

// The datastores of a workspace (name, type, location, default) and a browser of the default
// one: its files as a tree, upload of a folder and download of a file or folder, with progress
// and cancel. Core does every read and write (Engine::listDatastoreFiles, upload, download) on
// its own threads; this page only shows and asks.
class DatastoresPage : public QWidget {
    Q_OBJECT
public:
    explicit DatastoresPage(Engine* engine, QWidget* parent = nullptr);
    void refresh();

    // What the buttons do once the folders are chosen (tests, tour).
    void uploadFolder(const QString& sourceDir, const QString& targetPath);
    void downloadPath(const QString& datastorePath, const QString& destinationDir);
    void cancelTransfer();
    QString selectedPath() const; // the file or folder selected in the tree, "" for none
    QStringList filePaths() const;
    QString messageText() const;
    bool isTransferring() const { return m_transfer != nullptr; }
    QTreeWidget* tree() const { return m_tree; }
    QMenu* contextMenu(); // what a right click on a file or folder opens

signals:
    void transferFinished(bool ok);

private:
    void refreshFiles();
    void chooseUpload();
    void chooseDownload();
    void startTransfer(Transfer* transfer, const QString& what);
    void updateButtons();

    Engine* m_engine;
    QTableWidget* m_table;
    QTreeWidget* m_tree;
    QLabel* m_message;
    QLabel* m_treeMessage;
    QPushButton* m_upload;
    QPushButton* m_download;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_progressText;
    Transfer* m_transfer = nullptr;
};

} // namespace ui
} // namespace trainyard
