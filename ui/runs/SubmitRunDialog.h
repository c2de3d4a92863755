#pragma once

#include "core/model/Compute.h"
#include "core/model/Environment.h"
#include "core/model/Run.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;

namespace trainyard {
class Engine;

namespace ui {

// Submit a run (Experiment.submit(ScriptRunConfig)): source folder, script or command,
// arguments, compute, node count, distribution, environment and tags. Checks the request
// against core's rules and the chosen cluster's limits (node count ≤ max nodes, the cluster
// exists and is not being deleted) before sending; OK stays disabled until it passes.
// Cloned from a run, it shows what changed against the original.
class SubmitRunDialog : public QDialog {
    Q_OBJECT
public:
    SubmitRunDialog(Engine* engine, const QList<ComputeInfo>& computes, const QStringList& experiments,
                    QWidget* parent = nullptr);
    void setConfig(const RunConfig& config); // fills the fields
    void setOriginal(const RunInfo& run);    // clone: fills them and shows the diff
    RunConfig config() const;
    QString validationMessage() const;
    QString changesText() const;
    QPushButton* okButton() const;

    QComboBox* experimentEdit() const { return m_experiment; }
    QLineEdit* sourceEdit() const { return m_source; }
    QLineEdit* scriptEdit() const { return m_script; }
    QLineEdit* commandEdit() const { return m_command; }
    QComboBox* computeEdit() const { return m_compute; }
    QSpinBox* nodeCountEdit() const { return m_nodeCount; }
    QComboBox* environmentPicker() const { return m_environmentPicker; }

signals:
    void submitted(const trainyard::RunInfo& run);

public slots:
    void accept() override;

private:
    void validate();
    void updateDistributionFields();
    void fillEnvironments(const QList<EnvironmentSpec>& environments);
    void selectEnvironment(const QString& reference);
    static QMap<QString, QString> parsePairs(const QString& text, QString* error);

    Engine* m_engine;
    QList<ComputeInfo> m_computes;
    std::optional<RunConfig> m_original;
    QComboBox* m_experiment;
    QLineEdit* m_displayName;
    QLineEdit* m_source;
    QRadioButton* m_useScript;
    QRadioButton* m_useCommand;
    QLineEdit* m_script;
    QLineEdit* m_command;
    QLineEdit* m_arguments;
    QComboBox* m_compute;
    QSpinBox* m_nodeCount;
    QComboBox* m_distribution;
    QSpinBox* m_processes;
    QSpinBox* m_workers;
    QSpinBox* m_parameterServers;
    QSpinBox* m_timeLimit; // max_run_duration_seconds; 0: no limit
    QPlainTextEdit* m_environment;
    QComboBox* m_environmentPicker; // Azure ML's environment (interpreter, packages, image)
    QString m_pendingEnvironment;   // asked for by setConfig() before the list arrived
    QPlainTextEdit* m_tags;
    QLabel* m_changes;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
    bool m_sending = false;
};

} // namespace ui
} // namespace trainyard
