#include "ui/runs/SubmitRunDialog.h"

#include "core/engine/Engine.h"
#include "ui/DialogState.h"
#include "ui/StatusStyle.h"
#include "ui/WhenReady.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace trainyard::ui {

namespace {
const QString kSourceKey = QStringLiteral("dialogs/submitRun/sourceFolder");
const QString kScriptKey = QStringLiteral("dialogs/submitRun/entryScript");
} // namespace

SubmitRunDialog::SubmitRunDialog(Engine* engine, const QList<ComputeInfo>& computes,
                                 const QStringList& experiments, QWidget* parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_computes(computes)
    , m_experiment(new QComboBox)
    , m_displayName(new QLineEdit)
    , m_source(new QLineEdit)
    , m_useScript(new QRadioButton(tr("Python script:")))
    , m_useCommand(new QRadioButton(tr("Command:")))
    , m_script(new QLineEdit)
    , m_command(new QLineEdit)
    , m_arguments(new QLineEdit)
    , m_compute(new QComboBox)
    , m_nodeCount(new QSpinBox)
    , m_distribution(new QComboBox)
    , m_processes(new QSpinBox)
    , m_workers(new QSpinBox)
    , m_parameterServers(new QSpinBox)
    , m_timeLimit(new QSpinBox)
    , m_environment(new QPlainTextEdit)
    , m_environmentPicker(new QComboBox)
    , m_tags(new QPlainTextEdit)
    , m_changes(new QLabel)
    , m_message(new QLabel) {
    setWindowTitle(tr("Submit run"));
    m_experiment->setEditable(true);
    m_experiment->addItems(experiments);
    if (experiments.isEmpty())
        m_experiment->setEditText(QStringLiteral("default"));
    m_displayName->setPlaceholderText(tr("optional"));
    auto* browse = new QPushButton(tr("Browse…"));
    auto* sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_source, 1);
    sourceRow->addWidget(browse);
    m_useScript->setChecked(true);
    // The folder and script of the last submit come back; a first submit starts from train.py,
    // a real value (not a placeholder), so an untouched field submits what it shows.
    const QSettings settings;
    m_source->setText(settings.value(kSourceKey).toString());
    m_script->setText(settings.value(kScriptKey, QStringLiteral("train.py")).toString());
    m_source->setObjectName(QStringLiteral("sourceFolder"));
    m_script->setObjectName(QStringLiteral("entryScript"));
    m_command->setPlaceholderText(tr("e.g. bash run.sh"));
    m_command->setEnabled(false);
    auto* group = new QButtonGroup(this);
    group->addButton(m_useScript);
    group->addButton(m_useCommand);
    m_arguments->setPlaceholderText(tr("--epochs 10 --data {datastore:data/mnist}"));
    for (const ComputeInfo& c : computes)
        m_compute->addItem(c.spec.name);
    m_nodeCount->setRange(1, 10000);
    m_distribution->addItem(tr("None"), int(DistributionType::None));
    m_distribution->addItem(QStringLiteral("MPI"), int(DistributionType::Mpi));
    m_distribution->addItem(QStringLiteral("PyTorch"), int(DistributionType::PyTorch));
    m_distribution->addItem(QStringLiteral("TensorFlow"), int(DistributionType::TensorFlow));
    m_processes->setRange(1, 1024);
    m_workers->setRange(0, 10000);
    m_workers->setSpecialValueText(tr("all nodes"));
    m_parameterServers->setRange(0, 10000);
    m_timeLimit->setObjectName(QStringLiteral("timeLimit"));
    m_timeLimit->setRange(0, 100 * 24 * 3600); // Azure ML's limits.timeout has no lower ceiling
    m_timeLimit->setSuffix(tr(" s"));
    m_timeLimit->setSpecialValueText(tr("no limit"));
    m_timeLimit->setToolTip(tr("The run is stopped after this long (max_run_duration_seconds)."));
    const int pairHeight = m_environment->fontMetrics().height() * 3 + 12;
    m_environment->setPlaceholderText(QStringLiteral("KEY=value"));
    m_environment->setFixedHeight(pairHeight);
    m_tags->setPlaceholderText(QStringLiteral("team=vision"));
    m_tags->setFixedHeight(pairHeight);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Experiment:"), m_experiment);
    form->addRow(tr("Display &name:"), m_displayName);
    auto* sourceLabel = new QLabel(tr("&Source folder:"));
    sourceLabel->setBuddy(m_source); // a row holding a layout gets no buddy by itself
    form->addRow(sourceLabel, sourceRow);
    form->addRow(m_useScript, m_script);
    form->addRow(m_useCommand, m_command);
    form->addRow(tr("&Arguments:"), m_arguments);
    form->addRow(tr("&Compute:"), m_compute);
    form->addRow(tr("N&ode count:"), m_nodeCount);
    form->addRow(tr("&Distribution:"), m_distribution);
    form->addRow(tr("Processes per node:"), m_processes);
    form->addRow(tr("Workers:"), m_workers);
    form->addRow(tr("Parameter servers:"), m_parameterServers);
    form->addRow(tr("Time l&imit:"), m_timeLimit);
    form->addRow(tr("Envi&ronment:"), m_environmentPicker);
    form->addRow(tr("En&vironment variables:"), m_environment);
    form->addRow(tr("&Tags:"), m_tags);

    m_changes->setObjectName(QStringLiteral("changes"));
    m_changes->setWordWrap(true);
    m_changes->setStyleSheet(bannerStyleSheet(Tone::Info));
    m_changes->hide();
    m_message->setObjectName(QStringLiteral("validationMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(messageStyleSheet(Tone::Error));
    m_message->setMinimumHeight(m_message->fontMetrics().height() * 2);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Submit"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_changes);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    setMinimumWidth(560);
    rememberDialogGeometry(this, QStringLiteral("submitRun"));

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SubmitRunDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, [this] {
        auto* dialog = new QFileDialog(this, tr("Source folder"), m_source->text());
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, m_source, &QLineEdit::setText);
        dialog->open();
    });
    connect(m_useScript, &QRadioButton::toggled, this, [this](bool script) {
        m_script->setEnabled(script);
        m_command->setEnabled(!script);
        validate();
    });
    for (QLineEdit* edit : {m_displayName, m_source, m_script, m_command, m_arguments})
        connect(edit, &QLineEdit::textChanged, this, &SubmitRunDialog::validate);
    connect(m_experiment, &QComboBox::currentTextChanged, this, &SubmitRunDialog::validate);
    connect(m_compute, &QComboBox::currentTextChanged, this, &SubmitRunDialog::validate);
    for (QSpinBox* spin : {m_nodeCount, m_processes, m_workers, m_parameterServers})
        connect(spin, &QSpinBox::valueChanged, this, &SubmitRunDialog::validate);
    connect(m_distribution, &QComboBox::currentIndexChanged, this,
            &SubmitRunDialog::updateDistributionFields);
    connect(m_environment, &QPlainTextEdit::textChanged, this, &SubmitRunDialog::validate);
    connect(m_tags, &QPlainTextEdit::textChanged, this, &SubmitRunDialog::validate);
    connect(m_environmentPicker, &QComboBox::currentIndexChanged, this, &SubmitRunDialog::validate);
    m_environmentPicker->addItem(tr("Workspace default"), QString());
    m_environmentPicker->setToolTip(tr("The interpreter and packages of the run (yard environment list)."));
    whenReady(this, engine->listEnvironments(), [this](const Result<QList<EnvironmentSpec>>& environments) {
        if (environments)
            fillEnvironments(environments.value());
        else
            m_environmentPicker->setToolTip(environments.error().message); // an engine without them
    });
    updateDistributionFields();
}

void SubmitRunDialog::selectEnvironment(const QString& reference) {
    if (reference.isEmpty())
        return;
    if (m_environmentPicker->findData(reference) < 0)
        m_environmentPicker->addItem(reference, reference); // gone since, or not listed yet
    m_environmentPicker->setCurrentIndex(m_environmentPicker->findData(reference));
}

void SubmitRunDialog::fillEnvironments(const QList<EnvironmentSpec>& environments) {
    const QSignalBlocker block(m_environmentPicker);
    for (const EnvironmentSpec& e : environments) {
        const QString detail = e.needsBuild() ? toString(e.source) : e.location;
        m_environmentPicker->addItem(QStringLiteral("%1 (%2)").arg(e.reference(), detail), e.reference());
    }
    selectEnvironment(m_pendingEnvironment);
    m_pendingEnvironment.clear();
    validate();
}

QPushButton* SubmitRunDialog::okButton() const {
    return m_buttons->button(QDialogButtonBox::Ok);
}

void SubmitRunDialog::updateDistributionFields() {
    const auto type = DistributionType(m_distribution->currentData().toInt());
    m_processes->setEnabled(type == DistributionType::Mpi || type == DistributionType::PyTorch);
    m_workers->setEnabled(type == DistributionType::TensorFlow);
    m_parameterServers->setEnabled(type == DistributionType::TensorFlow);
    validate();
}

QMap<QString, QString> SubmitRunDialog::parsePairs(const QString& text, QString* error) {
    QMap<QString, QString> pairs;
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    for (const QString& raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        const int eq = line.indexOf(u'=');
        if (eq <= 0) {
            if (error && error->isEmpty())
                *error = line;
            continue;
        }
        pairs.insert(line.left(eq).trimmed(), line.mid(eq + 1).trimmed());
    }
    return pairs;
}

static QString joinArguments(const QStringList& arguments) {
    QStringList quoted;
    for (const QString& a : arguments)
        quoted << (a.contains(u' ') || a.isEmpty() ? u'"' + a + u'"' : a);
    return quoted.join(u' ');
}

static QString pairsText(const QMap<QString, QString>& pairs) {
    QStringList lines;
    for (auto it = pairs.cbegin(); it != pairs.cend(); ++it)
        lines << it.key() + u'=' + it.value();
    return lines.join(u'\n');
}

RunConfig SubmitRunDialog::config() const {
    RunConfig c;
    c.experiment = m_experiment->currentText().trimmed();
    c.displayName = m_displayName->text().trimmed();
    c.sourceDirectory = m_source->text().trimmed();
    if (m_useScript->isChecked())
        c.entryScript = m_script->text().trimmed();
    else
        c.command = m_command->text().trimmed();
    c.arguments = QProcess::splitCommand(m_arguments->text());
    c.compute = m_compute->currentText();
    c.nodeCount = m_nodeCount->value();
    c.distribution.type = DistributionType(m_distribution->currentData().toInt());
    c.distribution.processCountPerNode = m_processes->value();
    c.distribution.workerCount = m_workers->value();
    c.distribution.parameterServerCount = m_parameterServers->value();
    c.timeoutSeconds = m_timeLimit->value();
    c.environmentVariables = parsePairs(m_environment->toPlainText(), nullptr);
    c.tags = parsePairs(m_tags->toPlainText(), nullptr);
    c.environment = m_environmentPicker->currentData().toString();
    if (m_original)
        c.parentRunId.clear(); // a clone is a new top-level run
    return c;
}

void SubmitRunDialog::setConfig(const RunConfig& c) {
    const QSignalBlocker blockExperiment(m_experiment);
    m_experiment->setEditText(c.experiment);
    m_displayName->setText(c.displayName);
    m_source->setText(c.sourceDirectory);
    const bool script = !c.entryScript.isEmpty() || c.command.isEmpty();
    m_useScript->setChecked(script);
    m_useCommand->setChecked(!script);
    m_script->setText(c.entryScript);
    m_command->setText(c.command);
    m_arguments->setText(joinArguments(c.arguments));
    if (m_compute->findText(c.compute) < 0)
        m_compute->addItem(c.compute); // gone since: validate() says so
    m_compute->setCurrentText(c.compute);
    m_nodeCount->setValue(c.nodeCount);
    m_distribution->setCurrentIndex(qMax(0, m_distribution->findData(int(c.distribution.type))));
    m_processes->setValue(c.distribution.processCountPerNode);
    m_workers->setValue(c.distribution.workerCount);
    m_parameterServers->setValue(c.distribution.parameterServerCount);
    m_timeLimit->setValue(int(qMin<qint64>(c.timeoutSeconds, m_timeLimit->maximum())));
    m_environment->setPlainText(pairsText(c.environmentVariables));
    m_tags->setPlainText(pairsText(c.tags));
    m_pendingEnvironment = c.environment; // chosen again once the list is there
    selectEnvironment(c.environment);
    validate();
}

void SubmitRunDialog::setOriginal(const RunInfo& run) {
    setWindowTitle(tr("Clone and resubmit %1").arg(run.displayName.isEmpty() ? run.id : run.displayName));
    m_original = run.config;
    setConfig(run.config);
    m_changes->show();
    validate();
}

QString SubmitRunDialog::validationMessage() const {
    return m_message->text();
}

QString SubmitRunDialog::changesText() const {
    return m_changes->text();
}

void SubmitRunDialog::validate() {
    const RunConfig c = config();
    QString message;
    QString badLine;
    parsePairs(m_environment->toPlainText(), &badLine);
    if (!badLine.isEmpty())
        message = tr("Environment line '%1' is not KEY=value: write one variable per line.").arg(badLine);
    badLine.clear();
    parsePairs(m_tags->toPlainText(), &badLine);
    if (message.isEmpty() && !badLine.isEmpty())
        message = tr("Tag line '%1' is not name=value: write one tag per line.").arg(badLine);
    if (message.isEmpty() && m_computes.isEmpty())
        message = tr("This workspace has no cluster yet: create one on the Compute page first.");
    if (message.isEmpty() && c.sourceDirectory.isEmpty())
        message = tr("Choose the source folder: its files are copied for the run.");
    if (message.isEmpty()) {
        if (const Status s = validateRunConfig(c); !s)
            message = s.error().message;
    }
    if (message.isEmpty()) {
        // The cluster's limits, known here already, so the user learns before sending.
        const ComputeInfo* compute = nullptr;
        for (const ComputeInfo& info : m_computes)
            if (info.spec.name == c.compute)
                compute = &info;
        if (!compute)
            message =
                tr("Compute '%1' does not exist in this workspace any more: choose another.").arg(c.compute);
        else if (compute->provisioningState == QLatin1String("Deleting"))
            message = tr("Compute '%1' is being deleted: choose another.").arg(c.compute);
        else if (c.nodeCount > compute->spec.maxNodes)
            message = tr("Node count %1 is more than cluster '%2' can have (max nodes %3): lower the node "
                         "count or raise the cluster's max nodes.")
                          .arg(c.nodeCount)
                          .arg(c.compute)
                          .arg(compute->spec.maxNodes);
    }
    m_message->setText(message);
    okButton()->setEnabled(message.isEmpty() && !m_sending);

    if (m_original) {
        // What the clone changes against the original, field by field.
        const RunConfig& o = *m_original;
        QStringList changes;
        const auto diff = [&changes](const QString& field, const QString& before, const QString& after) {
            if (before != after)
                changes << QStringLiteral("%1: %2 → %3")
                               .arg(field, before.isEmpty() ? QStringLiteral("—") : before,
                                    after.isEmpty() ? QStringLiteral("—") : after);
        };
        diff(tr("experiment"), o.experiment, c.experiment);
        diff(tr("display name"), o.displayName, c.displayName);
        diff(tr("source"), o.sourceDirectory, c.sourceDirectory);
        diff(tr("script"), o.entryScript, c.entryScript);
        diff(tr("command"), o.command, c.command);
        diff(tr("arguments"), joinArguments(o.arguments), joinArguments(c.arguments));
        diff(tr("compute"), o.compute, c.compute);
        diff(tr("node count"), QString::number(o.nodeCount), QString::number(c.nodeCount));
        diff(tr("distribution"), toString(o.distribution.type), toString(c.distribution.type));
        diff(tr("time limit"), QString::number(o.timeoutSeconds), QString::number(c.timeoutSeconds));
        diff(tr("environment"), pairsText(o.environmentVariables).replace(u'\n', QStringLiteral(", ")),
             pairsText(c.environmentVariables).replace(u'\n', QStringLiteral(", ")));
        diff(tr("software environment"), o.environment, c.environment);
        diff(tr("tags"), pairsText(o.tags).replace(u'\n', QStringLiteral(", ")),
             pairsText(c.tags).replace(u'\n', QStringLiteral(", ")));
        m_changes->setText(
            changes.isEmpty()
                ? tr("No changes against the original run yet.")
                : tr("Changed against the original: %1").arg(changes.join(QStringLiteral("; "))));
    }
}

void SubmitRunDialog::accept() {
    validate();
    if (!okButton()->isEnabled())
        return;
    m_sending = true;
    okButton()->setEnabled(false);
    m_message->setStyleSheet(QString());
    m_message->setText(tr("Submitting…"));
    const RunConfig sent = config();
    whenReady(this, m_engine->submitRun(sent), [this, sent](const Result<RunInfo>& result) {
        m_sending = false;
        if (!result) {
            m_message->setStyleSheet(messageStyleSheet(Tone::Error));
            m_message->setText(result.error().message);
            okButton()->setEnabled(true);
            return;
        }
        QSettings settings;
        settings.setValue(kSourceKey, sent.sourceDirectory);
        if (!sent.entryScript.isEmpty())
            settings.setValue(kScriptKey, sent.entryScript);
        emit submitted(result.value());
        QDialog::accept();
    });
}

} // namespace trainyard::ui
