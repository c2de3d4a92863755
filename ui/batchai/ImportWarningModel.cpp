#include "ui/batchai/ImportWarningModel.h"

namespace trainyard::ui {

void ImportWarningModel::setWarnings(const QList<batchai::ImportWarning>& warnings) {
    beginResetModel();
    m_warnings = warnings;
    endResetModel();
}

int ImportWarningModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_warnings.size());
}

int ImportWarningModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportWarningModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_warnings.size())
        return {};
    const auto& w = m_warnings.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return index.column() == FieldColumn ? w.field : w.message;
    return {};
}

QVariant ImportWarningModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == FieldColumn ? tr("Batch AI field") : tr("Why it does not carry over as written");
}

} // namespace trainyard::ui
