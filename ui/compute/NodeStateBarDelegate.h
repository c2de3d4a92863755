#pragma once

#include <QStyledItemDelegate>

namespace trainyard::ui {

// Draws a cluster's node state counts (ComputeListModel::NodeCountsRole) as one stacked bar:
// idle, running, preparing, unusable, leaving, preempted, with the total on top.
class NodeStateBarDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace trainyard::ui
