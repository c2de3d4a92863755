#include "ui/batchai/ImportBatchAiDialog.h"

#include "core/batchai/BatchAiFileImport.h"
#include "core/batchai/ImportSecrets.h"
#include "core/engine/Engine.h"
#include "core/workspace/Workspace.h"
#include "ui/StatusStyle.h"
#include "ui/WhenReady.h"
#include "ui/batchai/ImportWarningModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace trainyard::ui {

using namespace trainyard::batchai;

namespace {
enum FormPage { EmptyPage, ClusterPage, JobPage, OtherPage };

QSpinBox* spinBox(int min, int max) {
    auto* s = new QSpinBox;
    s->setRange(min, max);
    return s;
}

// Does a warning's field path name this Batch AI key (as the last part, or anywhere)?
std::function<bool(const QString&)> endsWith(const QString& key) {
    return [key](const QString& f) { return f == key || f.endsWith(u'.' + key); };
}
std::function<bool(const QString&)> contains(const QStringList& parts) {
    return [parts](const QString& f) {
        for (const QString& p : parts)
            if (f.contains(p))
                return true;
        return false;
    };
}
} // namespace

ImportBatchAiDialog::ImportBatchAiDialog(Workspace* workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_warnings(new ImportWarningModel(this)) {
    setWindowTitle(tr("Import Batch AI definition"));
    buildUi();
    resize(1200, 760);
}

void ImportBatchAiDialog::buildUi() {
    auto* top = new QHBoxLayout;
    m_file = new QLineEdit;
    m_file->setObjectName(QStringLiteral("file"));
    m_file->setPlaceholderText(tr("cluster.json, job.json or configuration.json from Batch AI"));
    auto* browse = new QPushButton(tr("Open…"));
    browse->setObjectName(QStringLiteral("browse"));
    m_kind = new QLabel;
    m_kind->setObjectName(QStringLiteral("kind"));
    top->addWidget(new QLabel(tr("File:")));
    top->addWidget(m_file, 1);
    top->addWidget(browse);
    top->addWidget(m_kind);
    connect(browse, &QPushButton::clicked, this, &ImportBatchAiDialog::browseFile);
    connect(m_file, &QLineEdit::returnPressed, this, [this] { openFile(m_file->text()); });

    m_original = new QPlainTextEdit;
    m_original->setObjectName(QStringLiteral("original"));
    m_original->setReadOnly(true);
    m_original->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_original->setFont(QFont(QStringLiteral("monospace")));

    m_forms = new QStackedWidget;
    auto* empty = new QLabel(tr("Open a Batch AI file to see its Trainyard and Azure ML form."));
    empty->setAlignment(Qt::AlignCenter);
    m_forms->addWidget(empty);
    m_forms->addWidget(buildClusterForm());
    m_forms->addWidget(buildJobForm());
    auto* other = new QLabel(tr("Nothing to create from this file: see the warnings below for what to do."));
    other->setWordWrap(true);
    other->setAlignment(Qt::AlignCenter);
    m_forms->addWidget(other);
    auto* scroll = new QScrollArea;
    scroll->setWidget(m_forms);
    scroll->setWidgetResizable(true);

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Batch AI (as written; secrets masked)")));
    leftLayout->addWidget(m_original);
    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(new QLabel(tr("Trainyard / Azure ML (editable)")));
    rightLayout->addWidget(scroll);
    auto* sideBySide = new QSplitter(Qt::Horizontal);
    sideBySide->addWidget(left);
    sideBySide->addWidget(right);
    sideBySide->setStretchFactor(0, 2);
    sideBySide->setStretchFactor(1, 3);
    sideBySide->setSizes({480, 720}); // the original stays readable next to the form

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("warnings"));
    m_table->setModel(m_warnings);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(ImportWarningModel::FieldColumn, 420); // field paths are long
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto* vertical = new QSplitter(Qt::Vertical);
    vertical->addWidget(sideBySide);
    vertical->addWidget(m_table);
    vertical->setStretchFactor(0, 3);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_action = buttons->addButton(tr("Create"), QDialogButtonBox::ActionRole);
    m_action->setObjectName(QStringLiteral("action"));
    m_action->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_action, &QPushButton::clicked, this, [this] {
        if (m_import && m_import->compute)
            create();
        else if (m_import && m_import->run)
            submit();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(vertical, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
}

void ImportBatchAiDialog::addRow(QFormLayout* form, const QString& label, QWidget* field, const QString& name,
                                 std::function<bool(const QString&)> matches) {
    field->setObjectName(name);
    auto* warning = new QLabel;
    warning->setObjectName(name + QStringLiteral("Warning"));
    warning->setWordWrap(true);
    warning->setStyleSheet(messageStyleSheet(Tone::Warning));
    warning->setMinimumWidth(260);
    warning->hide();
    auto* row = new QWidget;
    auto* h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    // Top-aligned: a field's warnings can be many lines, the field stays beside its label.
    h->addWidget(field, 1, Qt::AlignTop);
    h->addWidget(warning, 1, Qt::AlignTop);
    form->addRow(label, row);
    m_fieldWarnings.append({warning, std::move(matches)});
}

QWidget* ImportBatchAiDialog::buildClusterForm() {
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    m_name = new QLineEdit;
    addRow(form, tr("Name"), m_name, QStringLiteral("name"), endsWith(QStringLiteral("name")));
    m_vmSize = new QComboBox;
    m_vmSize->setEditable(true);
    if (m_workspace)
        m_vmSize->addItems(m_workspace->engine()->vmSizes());
    addRow(form, tr("VM size"), m_vmSize, QStringLiteral("vmSize"), endsWith(QStringLiteral("vmSize")));
    m_vmPriority = new QComboBox;
    m_vmPriority->addItem(tr("dedicated"), QStringLiteral("dedicated"));
    m_vmPriority->addItem(tr("low priority"), QStringLiteral("lowpriority"));
    addRow(form, tr("VM priority"), m_vmPriority, QStringLiteral("vmPriority"),
           endsWith(QStringLiteral("vmPriority")));
    m_minNodes = spinBox(0, 10000);
    addRow(form, tr("Min nodes"), m_minNodes, QStringLiteral("minNodes"),
           contains({QStringLiteral("scaleSettings.manual"), QStringLiteral("autoScale")}));
    m_maxNodes = spinBox(1, 10000);
    addRow(form, tr("Max nodes"), m_maxNodes, QStringLiteral("maxNodes"),
           [](const QString& f) { return f.endsWith(QLatin1String("scaleSettings")); });
    m_scaleFromZero = new QCheckBox(tr("Manual scale N becomes 0..N (idle nodes leave)"));
    addRow(form, QString(), m_scaleFromZero, QStringLiteral("scaleFromZero"),
           [](const QString&) { return false; });
    m_idleSeconds = spinBox(0, 7 * 24 * 3600);
    addRow(form, tr("Idle seconds before scale-down"), m_idleSeconds, QStringLiteral("idleSeconds"),
           endsWith(QStringLiteral("idle_seconds_before_scaledown")));
    m_adminUser = new QLineEdit;
    addRow(form, tr("Admin user"), m_adminUser, QStringLiteral("adminUser"),
           contains({QStringLiteral("userAccountSettings")}));
    connect(m_scaleFromZero, &QCheckBox::toggled, this, &ImportBatchAiDialog::remap);
    return page;
}

QWidget* ImportBatchAiDialog::buildJobForm() {
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    m_experiment = new QLineEdit;
    addRow(form, tr("Experiment"), m_experiment, QStringLiteral("experiment"),
           endsWith(QStringLiteral("experimentName")));
    m_compute = new QComboBox;
    m_compute->setEditable(true);
    addRow(form, tr("Compute"), m_compute, QStringLiteral("compute"),
           contains({QStringLiteral("cluster.id")}));
    auto* source = new QWidget;
    auto* sourceLayout = new QHBoxLayout(source);
    sourceLayout->setContentsMargins(0, 0, 0, 0);
    m_sourceDirectory = new QLineEdit;
    m_sourceDirectory->setObjectName(QStringLiteral("sourceDirectoryEdit"));
    auto* browse = new QPushButton(tr("Browse…"));
    sourceLayout->addWidget(m_sourceDirectory, 1);
    sourceLayout->addWidget(browse);
    addRow(form, tr("Source directory"), source, QStringLiteral("sourceDirectory"),
           contains({QStringLiteral("pythonScriptFilePath")}));
    connect(browse, &QPushButton::clicked, this, &ImportBatchAiDialog::browseSourceDirectory);
    connect(m_sourceDirectory, &QLineEdit::editingFinished, this, &ImportBatchAiDialog::remap);
    m_nodeCount = spinBox(1, 10000);
    addRow(form, tr("Node count"), m_nodeCount, QStringLiteral("nodeCount"),
           endsWith(QStringLiteral("nodeCount")));
    m_distribution = new QComboBox;
    for (auto t : {DistributionType::None, DistributionType::Mpi, DistributionType::PyTorch,
                   DistributionType::TensorFlow})
        m_distribution->addItem(toString(t), toString(t));
    addRow(form, tr("Distribution"), m_distribution, QStringLiteral("distribution"), [](const QString& f) {
        return f.contains(QLatin1String("Settings")) && !f.contains(QLatin1String("containerSettings")) &&
               !f.contains(QLatin1String("commandLine")) && !f.contains(QLatin1String("processCount")) &&
               !f.contains(QLatin1String("Count"));
    });
    m_processes = spinBox(1, 1024);
    addRow(form, tr("Processes per node"), m_processes, QStringLiteral("processes"),
           endsWith(QStringLiteral("processCount")));
    m_workers = spinBox(0, 10000);
    addRow(form, tr("Workers"), m_workers, QStringLiteral("workers"),
           endsWith(QStringLiteral("workerCount")));
    m_parameterServers = spinBox(0, 10000);
    addRow(form, tr("Parameter servers"), m_parameterServers, QStringLiteral("parameterServers"),
           endsWith(QStringLiteral("parameterServerCount")));
    m_image = new QLabel;
    m_image->setTextInteractionFlags(Qt::TextSelectableByMouse);
    addRow(form, tr("Container image"), m_image, QStringLiteral("image"),
           contains({QStringLiteral("containerSettings")}));
    m_command = new QPlainTextEdit;
    m_command->setFont(QFont(QStringLiteral("monospace")));
    m_command->setMinimumHeight(160);
    addRow(form, tr("Command"), m_command, QStringLiteral("command"),
           contains({QStringLiteral("jobPreparation"), QStringLiteral("commandLine"),
                     QStringLiteral("Directories"), QStringLiteral("constraints")}));
    m_environment = new QPlainTextEdit;
    m_environment->setPlaceholderText(tr("NAME=value, one a line"));
    m_environment->setMaximumHeight(90);
    addRow(form, tr("Environment variables"), m_environment, QStringLiteral("environment"),
           contains({QStringLiteral("environmentVariables"), QStringLiteral("secrets")}));
    return page;
}

void ImportBatchAiDialog::browseFile() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a Batch AI definition"), QString(),
                                                      tr("JSON files (*.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void ImportBatchAiDialog::browseSourceDirectory() {
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("The job's scripts"), m_sourceDirectory->text());
    if (!dir.isEmpty()) {
        m_sourceDirectory->setText(dir);
        remap();
    }
}

ImportOptions ImportBatchAiDialog::optionsFromForm() const {
    ImportOptions o;
    if (m_workspace)
        o.workspaceName = m_workspace->name();
    if (!m_import)
        return o;
    if (m_import->compute) {
        o.computeName = m_name->text().trimmed();
        o.vmSize = m_vmSize->currentText().trimmed();
        o.manualScaleFromZero = m_scaleFromZero->isChecked();
        o.idleSecondsBeforeScaledown = m_idleSeconds->value();
    } else if (m_import->run) {
        o.computeName = m_compute->currentText().trimmed();
        o.experiment = m_experiment->text().trimmed();
        o.sourceDirectory = m_sourceDirectory->text().trimmed();
    }
    return o;
}

void ImportBatchAiDialog::openFile(const QString& path) {
    m_path = path;
    m_file->setText(path);
    m_import.reset();
    ImportOptions options;
    if (m_workspace)
        options.workspaceName = m_workspace->name();
    setBusy(true, tr("Reading %1…").arg(path));
    whenReady(this, importBatchAiFileAsync(path, options), [this, path](const Result<BatchAiImport>& result) {
        if (path != m_path)
            return; // another file was opened meanwhile
        setBusy(false, QString());
        if (!result) {
            m_forms->setCurrentIndex(EmptyPage);
            m_original->clear();
            m_warnings->setWarnings({});
            m_kind->clear();
            showError(result.error());
            emit loaded(false);
            return;
        }
        m_import = result.value();
        showImport();
        emit loaded(true);
    });
}

// Options that change the mapping itself (names, scale choice, source directory) map the file
// again; the fields they do not touch keep what was typed only if the mapping agrees.
void ImportBatchAiDialog::remap() {
    if (!m_import || m_path.isEmpty())
        return;
    const ImportOptions options = optionsFromForm();
    const QString path = m_path;
    setBusy(true, tr("Mapping again…"));
    whenReady(this, importBatchAiFileAsync(path, options), [this, path](const Result<BatchAiImport>& result) {
        if (path != m_path)
            return;
        setBusy(false, QString());
        if (!result) {
            showError(result.error());
            emit loaded(false);
            return;
        }
        m_import = result.value();
        showImport();
        emit loaded(true);
    });
}

void ImportBatchAiDialog::showImport() {
    const BatchAiImport& r = *m_import;
    QString kind; // batchai::toString() is the JSON word; the user reads it in their language
    switch (r.document.kind) {
    case batchai::DocumentKind::Cluster:
        kind = tr("Batch AI cluster");
        break;
    case batchai::DocumentKind::Job:
        kind = tr("Batch AI job");
        break;
    case batchai::DocumentKind::FileServer:
        kind = tr("Batch AI file server");
        break;
    case batchai::DocumentKind::Configuration:
        kind = tr("Batch AI configuration");
        break;
    }
    m_kind->setText(r.document.apiVersion.isEmpty() ? kind
                                                    : tr("%1 (API %2)").arg(kind, r.document.apiVersion));
    m_original->setPlainText(r.originalText);
    m_warnings->setWarnings(r.warnings);
    m_table->resizeRowsToContents();
    const QSignalBlocker b1(m_scaleFromZero), b2(m_sourceDirectory);
    if (r.compute) {
        const ComputeSpec& c = *r.compute;
        m_name->setText(c.name);
        m_vmSize->setCurrentText(c.vmSize);
        m_vmPriority->setCurrentIndex(c.vmPriority == VmPriority::LowPriority ? 1 : 0);
        m_minNodes->setValue(c.minNodes);
        m_maxNodes->setValue(c.maxNodes);
        m_idleSeconds->setValue(c.idleSecondsBeforeScaledown);
        m_adminUser->setText(c.adminUsername);
        m_forms->setCurrentIndex(ClusterPage);
        m_action->setText(tr("Create cluster"));
        m_action->setEnabled(m_workspace != nullptr);
    } else if (r.run) {
        const RunConfig& run = *r.run;
        m_experiment->setText(run.experiment);
        m_compute->setCurrentText(run.compute);
        m_sourceDirectory->setText(run.sourceDirectory);
        m_nodeCount->setValue(run.nodeCount);
        m_distribution->setCurrentIndex(m_distribution->findData(toString(run.distribution.type)));
        m_processes->setValue(run.distribution.processCountPerNode);
        m_workers->setValue(run.distribution.workerCount);
        m_parameterServers->setValue(run.distribution.parameterServerCount);
        m_image->setText(r.image.isEmpty() ? tr("(none)") : r.image);
        m_command->setPlainText(run.command);
        QStringList env;
        for (auto it = run.environmentVariables.cbegin(); it != run.environmentVariables.cend(); ++it)
            env << it.key() + u'=' + it.value();
        m_environment->setPlainText(env.join(u'\n'));
        m_forms->setCurrentIndex(JobPage);
        m_action->setText(tr("Submit job"));
        m_action->setEnabled(m_workspace != nullptr);
        loadComputes();
    } else {
        m_forms->setCurrentIndex(OtherPage);
        m_action->setEnabled(false);
    }
    showWarningsBesideFields();
}

void ImportBatchAiDialog::showWarningsBesideFields() {
    for (auto& fw : m_fieldWarnings) {
        QStringList lines;
        for (const auto& w : m_warnings->warnings())
            if (fw.matches(w.field))
                lines << QStringLiteral("• ") + w.message;
        fw.label->setText(lines.join(u'\n'));
        fw.label->setVisible(!lines.isEmpty());
        fw.label->setToolTip(lines.join(u'\n'));
    }
}

void ImportBatchAiDialog::loadComputes() {
    if (!m_workspace)
        return;
    whenReady(this, m_workspace->engine()->listComputes(),
              [this](const Result<QList<ComputeInfo>>& computes) {
                  if (!computes)
                      return; // the field stays free text
                  const QString current = m_compute->currentText();
                  const QSignalBlocker block(m_compute);
                  m_compute->clear();
                  for (const auto& c : computes.value())
                      m_compute->addItem(c.spec.name);
                  m_compute->setCurrentText(current);
              });
}

ComputeSpec ImportBatchAiDialog::computeFromForm() const {
    ComputeSpec spec = m_import && m_import->compute ? *m_import->compute : ComputeSpec{};
    spec.name = m_name->text().trimmed();
    spec.vmSize = m_vmSize->currentText().trimmed();
    spec.vmPriority = m_vmPriority->currentData().toString() == QLatin1String("lowpriority")
                          ? VmPriority::LowPriority
                          : VmPriority::Dedicated;
    spec.minNodes = m_minNodes->value();
    spec.maxNodes = m_maxNodes->value();
    spec.idleSecondsBeforeScaledown = m_idleSeconds->value();
    spec.adminUsername = m_adminUser->text().trimmed();
    return spec;
}

RunConfig ImportBatchAiDialog::runFromForm() const {
    RunConfig run = m_import && m_import->run ? *m_import->run : RunConfig{};
    run.experiment = m_experiment->text().trimmed();
    run.compute = m_compute->currentText().trimmed();
    run.sourceDirectory = m_sourceDirectory->text().trimmed();
    run.nodeCount = m_nodeCount->value();
    run.distribution.type =
        distributionFromString(m_distribution->currentData().toString()).value_or(DistributionType::None);
    run.distribution.processCountPerNode = m_processes->value();
    run.distribution.workerCount = m_workers->value();
    run.distribution.parameterServerCount = m_parameterServers->value();
    run.command = m_command->toPlainText();
    run.environmentVariables.clear();
    for (const QString& line : m_environment->toPlainText().split(u'\n', Qt::SkipEmptyParts)) {
        const qsizetype eq = line.indexOf(u'=');
        if (eq > 0)
            run.environmentVariables.insert(line.left(eq).trimmed(), line.mid(eq + 1));
    }
    return run;
}

void ImportBatchAiDialog::create() {
    const ComputeSpec spec = computeFromForm();
    if (auto s = validateComputeSpec(spec); !s)
        return showError(s.error());
    setBusy(true, tr("Keeping the secrets in the keychain…"));
    whenReady(this, storeImportSecrets(m_import->secrets), [this, spec](const Status& stored) {
        if (!stored) {
            setBusy(false, QString());
            return showError(stored.error());
        }
        setBusy(true, tr("Creating %1…").arg(spec.name));
        whenReady(this, m_workspace->engine()->createCompute(spec), [this](const Result<ComputeInfo>& made) {
            setBusy(false, QString());
            if (!made)
                return showError(made.error());
            m_status->setText(tr("Created cluster %1.").arg(made->spec.name));
            emit created(made.value());
        });
    });
}

void ImportBatchAiDialog::submit() {
    RunConfig run = runFromForm();
    if (run.sourceDirectory.isEmpty())
        return showError(Error::invalid(tr("Choose the source directory: the folder with the job's scripts, "
                                           "snapshotted at submit."),
                                        QStringLiteral("source_directory")));
    if (auto s = validateRunConfig(run); !s)
        return showError(s.error());
    setBusy(true, tr("Keeping the secrets in the keychain…"));
    whenReady(this, storeImportSecrets(m_import->secrets), [this, run](const Status& stored) {
        if (!stored) {
            setBusy(false, QString());
            return showError(stored.error());
        }
        setBusy(true, tr("Submitting to %1…").arg(run.compute));
        whenReady(this, m_workspace->engine()->submitRun(run), [this](const Result<RunInfo>& submittedRun) {
            setBusy(false, QString());
            if (!submittedRun)
                return showError(submittedRun.error());
            m_status->setText(tr("Submitted run %1.").arg(submittedRun->id));
            emit submitted(submittedRun.value());
        });
    });
}

void ImportBatchAiDialog::setBusy(bool busy, const QString& status) {
    m_action->setEnabled(!busy && m_import && (m_import->compute || m_import->run) && m_workspace);
    m_status->setStyleSheet(QString());
    m_status->setText(status);
}

void ImportBatchAiDialog::showError(const Error& error) {
    m_status->setStyleSheet(messageStyleSheet(Tone::Error));
    m_status->setText(error.field.isEmpty() ? error.message
                                            : QStringLiteral("%1: %2").arg(error.field, error.message));
    emit failed(error.message);
}

} // namespace trainyard::ui
