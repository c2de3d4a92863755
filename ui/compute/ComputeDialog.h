#pragma once

#include "core/model/Compute.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace trainyard {
class Engine;

namespace ui {

// Create a cluster (every ComputeSpec field) or update one (min/max nodes and idle time only:
// the vm size and priority are fixed once a cluster exists). Checks the input as it is typed
// with core's own rules and keeps OK disabled until it is valid; sends the request itself and
// stays open with the engine's message if the engine refuses.
class ComputeDialog : public QDialog {
    Q_OBJECT
public:
    // Create mode.
    ComputeDialog(Engine* engine, const QStringList& existingNames, QWidget* parent = nullptr);
    // Update mode.
    ComputeDialog(Engine* engine, const ComputeInfo& compute, QWidget* parent = nullptr);

    ComputeSpec spec() const;
    QString validationMessage() const; // what the inline message says now ("" when valid)
    bool isUpdate() const { return m_update; }

    QLineEdit* nameEdit() const { return m_name; }
    QSpinBox* minNodesEdit() const { return m_minNodes; }
    QSpinBox* maxNodesEdit() const { return m_maxNodes; }
    QSpinBox* idleEdit() const { return m_idle; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* adminUserEdit() const { return m_adminUser; }
    QPushButton* okButton() const;
    QCheckBox* advancedToggle() const { return m_showAdvanced; }
    QLineEdit* vnetNameEdit() const { return m_vnetName; }

signals:
    void computeSaved(const trainyard::ComputeInfo& compute);

public slots:
    void accept() override;

private:
    void build();
    void validate();
    void showFailure(const QString& message);
    void showError(const QString& message);

    Engine* m_engine;
    bool m_update = false;
    QStringList m_existing;
    QString m_originalName;
    QLineEdit* m_name = nullptr;
    QComboBox* m_vmSize = nullptr;
    QComboBox* m_priority = nullptr;
    QSpinBox* m_minNodes = nullptr;
    QSpinBox* m_maxNodes = nullptr;
    QSpinBox* m_idle = nullptr;
    QLineEdit* m_description = nullptr;
    QCheckBox* m_showAdvanced = nullptr;
    QGroupBox* m_advanced = nullptr;
    QLineEdit* m_vnetResourceGroup = nullptr;
    QLineEdit* m_vnetName = nullptr;
    QLineEdit* m_subnetName = nullptr;
    QLineEdit* m_adminUser = nullptr;
    QLineEdit* m_password = nullptr;
    QPlainTextEdit* m_sshKey = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_vmSizeReason = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    bool m_sending = false;
    bool m_nameTyped = false; // no "name is empty" before the user has typed one
};

} // namespace ui
} // namespace trainyard
