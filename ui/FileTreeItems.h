#pragma once

#include <QHash>
#include <QString>
#include <QTreeWidget>

namespace trainyard::ui {

// Builds a QTreeWidget of slash-separated paths ("outputs/model/weights.pt"): the item for a
// file, under items for its folders, made once each. Used by the run's Outputs tab and the
// datastore browser.
class FileTreeItems {
public:
    explicit FileTreeItems(QTreeWidget* tree)
        : m_tree(tree) {}

    // A new item for the file at `path`, showing `columns` (the first one is its name).
    QTreeWidgetItem* addFile(const QString& path, QStringList columns) {
        const int slash = path.lastIndexOf(u'/');
        return new QTreeWidgetItem(folder(slash < 0 ? QString() : path.left(slash)), columns);
    }
    // The item for the folder at `path` (the tree's root for ""), made when first asked for.
    QTreeWidgetItem* folder(const QString& path) {
        if (path.isEmpty())
            return m_tree->invisibleRootItem();
        if (QTreeWidgetItem* item = m_folders.value(path))
            return item;
        const int slash = path.lastIndexOf(u'/');
        auto* item =
            new QTreeWidgetItem(folder(slash < 0 ? QString() : path.left(slash)), {path.mid(slash + 1)});
        m_folders.insert(path, item);
        return item;
    }
    const QHash<QString, QTreeWidgetItem*>& folders() const { return m_folders; }

private:
    QTreeWidget* m_tree;
    QHash<QString, QTreeWidgetItem*> m_folders;
};

} // namespace trainyard::ui
