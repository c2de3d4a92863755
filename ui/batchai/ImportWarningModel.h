#pragma once

#include "core/batchai/BatchAiImport.h"

#include <QAbstractTableModel>

namespace trainyard::ui {

// The warnings of a Batch AI import, one row each: the field path and why it does not carry over.
class ImportWarningModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { FieldColumn, MessageColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setWarnings(const QList<batchai::ImportWarning>& warnings);
    const QList<batchai::ImportWarning>& warnings() const { return m_warnings; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<batchai::ImportWarning> m_warnings;
};

} // namespace trainyard::ui
