#include "ui/compute/NodeStateBarDelegate.h"

#include "ui/StatusStyle.h"
#include "ui/model/ComputeListModel.h"

#include <QPainter>

namespace trainyard::ui {

void NodeStateBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const {
    QStyledItemDelegate::paint(painter, option, index); // background and selection
    const QVariantList counts = index.data(ComputeListModel::NodeCountsRole).toList();
    int total = 0;
    for (const QVariant& c : counts)
        total += c.toInt();
    const QRect bar = option.rect.adjusted(4, 5, -4, -5);
    painter->save();
    painter->setPen(Qt::NoPen);
    painter->setBrush(option.palette.color(QPalette::AlternateBase).darker(108));
    painter->drawRect(bar);
    if (total > 0) {
        const QStringList states = nodeStates();
        double x = bar.left();
        for (int i = 0; i < counts.size() && i < states.size(); ++i) {
            const double w = bar.width() * counts[i].toInt() / double(total);
            if (w <= 0)
                continue;
            painter->setBrush(nodeStateColor(states[i]));
            painter->drawRect(QRectF(x, bar.top(), w, bar.height()));
            x += w;
        }
    }
    // The total sits on a light pill so it reads on every segment colour.
    const QString text = QString::number(total);
    const int w = option.fontMetrics.horizontalAdvance(text) + 10;
    const QRect pill(bar.center().x() - w / 2, bar.top() + 1, w, bar.height() - 2);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setBrush(QColor(255, 255, 255, 220));
    painter->drawRoundedRect(pill, 4, 4);
    painter->setPen(QColor(0x20, 0x20, 0x20));
    painter->drawText(pill, Qt::AlignCenter, text);
    painter->restore();
}

QSize NodeStateBarDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    return {qMax(size.width(), 140), qMax(size.height(), 24)};
}

} // namespace trainyard::ui
