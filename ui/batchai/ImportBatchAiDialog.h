#pragma once

#include "core/batchai/BatchAiImport.h"
#include "core/model/Compute.h"
#include "core/model/Run.h"

#include <QDialog>
#include <QMap>

#include <functional>
#include <optional>

class QCheckBox;
class QFormLayout;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableView;

namespace trainyard {
class Workspace;

namespace ui {

class ImportWarningModel;

// File → Import Batch AI definition…: the Batch AI file on the left (secrets masked), its
// Trainyard form on the right with each field's warnings beside it, every warning in a table
// below; the form is editable, then Create (a cluster) or Submit (a job) through the workspace's
// engine. Reading, mapping, the keychain and the engine all run off the GUI thread.
class ImportBatchAiDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportBatchAiDialog(Workspace* workspace, QWidget* parent = nullptr);

    // Reads and maps the file; loaded() says when.
    void openFile(const QString& path);
    const std::optional<batchai::BatchAiImport>& imported() const { return m_import; }
    ImportWarningModel* warningModel() const { return m_warnings; }

    // The form as edited, for Create / Submit (and tests).
    ComputeSpec computeFromForm() const;
    RunConfig runFromForm() const;

signals:
    void loaded(bool ok);
    void created(const trainyard::ComputeInfo& compute);
    void submitted(const trainyard::RunInfo& run);
    void failed(const QString& message);

private:
    void buildUi();
    QWidget* buildClusterForm();
    QWidget* buildJobForm();
    void addRow(QFormLayout* form, const QString& label, QWidget* field, const QString& name,
                std::function<bool(const QString&)> matches);
    void remap();
    void showImport();
    void showWarningsBesideFields();
    void loadComputes();
    void browseFile();
    void browseSourceDirectory();
    void create();
    void submit();
    void setBusy(bool busy, const QString& status);
    void showError(const Error& error);
    batchai::ImportOptions optionsFromForm() const;

    Workspace* m_workspace;
    QString m_path;
    std::optional<batchai::BatchAiImport> m_import;
    ImportWarningModel* m_warnings;

    QLineEdit* m_file = nullptr;
    QLabel* m_kind = nullptr;
    QPlainTextEdit* m_original = nullptr;
    QStackedWidget* m_forms = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_action = nullptr;

    // cluster
    QLineEdit* m_name = nullptr;
    QComboBox* m_vmSize = nullptr;
    QComboBox* m_vmPriority = nullptr;
    QSpinBox* m_minNodes = nullptr;
    QSpinBox* m_maxNodes = nullptr;
    QSpinBox* m_idleSeconds = nullptr;
    QCheckBox* m_scaleFromZero = nullptr;
    QLineEdit* m_adminUser = nullptr;
    // job
    QLineEdit* m_experiment = nullptr;
    QComboBox* m_compute = nullptr;
    QLineEdit* m_sourceDirectory = nullptr;
    QSpinBox* m_nodeCount = nullptr;
    QComboBox* m_distribution = nullptr;
    QSpinBox* m_processes = nullptr;
    QSpinBox* m_workers = nullptr;
    QSpinBox* m_parameterServers = nullptr;
    QPlainTextEdit* m_command = nullptr;
    QPlainTextEdit* m_environment = nullptr;
    QLabel* m_image = nullptr;

    // The warning label beside each field and which warning fields belong to it.
    struct FieldWarnings {
        QLabel* label;
        std::function<bool(const QString&)> matches;
    };
    QList<FieldWarnings> m_fieldWarnings;
};

} // namespace ui
} // namespace trainyard
