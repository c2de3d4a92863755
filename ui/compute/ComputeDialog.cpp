#include "ui/compute/ComputeDialog.h"

#include "core/engine/Engine.h"
#include "core/secrets/SecretKeys.h"
#include "ui/DialogState.h"
#include "ui/StatusStyle.h"
#include "ui/WhenReady.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace trainyard::ui {

ComputeDialog::ComputeDialog(Engine* engine, const QStringList& existingNames, QWidget* parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_existing(existingNames) {
    setWindowTitle(tr("Create cluster"));
    build();
    rememberDialogGeometry(this, QStringLiteral("createCluster"));
    validate();
}

ComputeDialog::ComputeDialog(Engine* engine, const ComputeInfo& compute, QWidget* parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_update(true)
    , m_originalName(compute.spec.name) {
    setWindowTitle(tr("Update cluster %1").arg(compute.spec.name));
    build();
    rememberDialogGeometry(this, QStringLiteral("updateCluster"));
    m_name->setText(compute.spec.name);
    // Read-only and looking it: no frame, the window's background, no focus to type into.
    m_name->setReadOnly(true);
    m_name->setFrame(false);
    m_name->setFocusPolicy(Qt::NoFocus);
    QPalette fixed = m_name->palette();
    fixed.setColor(QPalette::Base, fixed.color(QPalette::Window));
    m_name->setPalette(fixed);
    m_name->setToolTip(tr("A cluster's name cannot change."));
    if (m_vmSize->findText(compute.spec.vmSize) < 0)
        m_vmSize->addItem(compute.spec.vmSize);
    m_vmSize->setCurrentText(compute.spec.vmSize);
    m_vmSize->setEnabled(false);
    m_priority->setCurrentIndex(compute.spec.vmPriority == VmPriority::LowPriority ? 1 : 0);
    m_priority->setEnabled(false);
    m_vmSizeReason->setText(tr("The vm size and priority are fixed when a cluster is created. To use "
                               "another size, create a new cluster."));
    m_vmSizeReason->show();
    m_minNodes->setValue(compute.spec.minNodes);
    m_maxNodes->setValue(compute.spec.maxNodes);
    m_idle->setValue(compute.spec.idleSecondsBeforeScaledown);
    m_description->setText(compute.spec.description);
    m_description->setReadOnly(true);
    m_showAdvanced->hide();
    validate();
}

void ComputeDialog::build() {
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("e.g. gpu-cluster"));
    m_vmSize = new QComboBox;
    m_vmSize->addItems(m_engine->vmSizes());
    m_priority = new QComboBox;
    m_priority->addItem(tr("Dedicated"));
    m_priority->addItem(tr("Low priority"));
    m_minNodes = new QSpinBox;
    m_minNodes->setObjectName(QStringLiteral("minNodes"));
    m_minNodes->setRange(0, 10000);
    m_maxNodes = new QSpinBox;
    m_maxNodes->setObjectName(QStringLiteral("maxNodes"));
    m_maxNodes->setRange(0, 10000);
    m_maxNodes->setValue(4);
    m_idle = new QSpinBox;
    m_idle->setObjectName(QStringLiteral("idleSeconds"));
    m_idle->setRange(0, 7 * 24 * 3600);
    m_idle->setValue(120);
    m_idle->setSuffix(tr(" s"));
    m_description = new QLineEdit;
    m_vmSizeReason = new QLabel;
    m_vmSizeReason->setWordWrap(true);
    m_vmSizeReason->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_vmSizeReason->hide();

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&VM size:"), m_vmSize);
    form->addRow(tr("&Priority:"), m_priority);
    form->addRow(QString(), m_vmSizeReason);
    form->addRow(tr("M&inimum nodes:"), m_minNodes);
    form->addRow(tr("M&aximum nodes:"), m_maxNodes);
    form->addRow(tr("Idle time before &scale-down:"), m_idle);
    form->addRow(tr("&Description:"), m_description);

    m_showAdvanced = new QCheckBox(tr("Advanced: network and admin user"));
    m_advanced = new QGroupBox;
    m_advanced->setObjectName(QStringLiteral("advanced"));
    m_vnetResourceGroup = new QLineEdit;
    m_vnetName = new QLineEdit;
    m_subnetName = new QLineEdit;
    m_adminUser = new QLineEdit;
    m_password = new QLineEdit;
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("kept in the system keychain"));
    m_sshKey = new QPlainTextEdit;
    m_sshKey->setPlaceholderText(tr("ssh-ed25519 AAAA… (public key)"));
    m_sshKey->setFixedHeight(m_sshKey->fontMetrics().height() * 3 + 12);
    auto* advancedForm = new QFormLayout(m_advanced);
    advancedForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    advancedForm->addRow(tr("VNet resource group:"), m_vnetResourceGroup);
    advancedForm->addRow(tr("VNet name:"), m_vnetName);
    advancedForm->addRow(tr("Subnet name:"), m_subnetName);
    advancedForm->addRow(tr("Admin user:"), m_adminUser);
    advancedForm->addRow(tr("Admin password:"), m_password);
    advancedForm->addRow(tr("SSH public key:"), m_sshKey);
    // Only what this engine offers: the local engine's nodes are slots on this machine, with no
    // network to join and no admin account.
    const EngineCapabilities can = m_engine->capabilities();
    for (QWidget* field : {static_cast<QWidget*>(m_vnetResourceGroup), static_cast<QWidget*>(m_vnetName),
                           static_cast<QWidget*>(m_subnetName)})
        advancedForm->setRowVisible(field, can.computeNetwork);
    for (QWidget* field : {static_cast<QWidget*>(m_adminUser), static_cast<QWidget*>(m_password),
                           static_cast<QWidget*>(m_sshKey)})
        advancedForm->setRowVisible(field, can.computeAdminUser);
    m_showAdvanced->setVisible(can.computeNetwork || can.computeAdminUser);
    if (!can.computeNetwork)
        m_showAdvanced->setText(tr("Advanced: admin user"));
    else if (!can.computeAdminUser)
        m_showAdvanced->setText(tr("Advanced: network"));
    // The fields show only when asked for, so the dialog stays short by default.
    m_advanced->hide();
    connect(m_showAdvanced, &QCheckBox::toggled, this, [this](bool on) {
        m_advanced->setVisible(on);
        validate();
        adjustSize();
    });

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("validationMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(messageStyleSheet(Tone::Error));
    m_message->setMinimumHeight(m_message->fontMetrics().height() * 2);
    m_message->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_update ? tr("Update") : tr("Create"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ComputeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_showAdvanced);
    layout->addWidget(m_advanced);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);

    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameTyped = true; });
    for (QLineEdit* edit : {m_name, m_vnetResourceGroup, m_vnetName, m_subnetName, m_adminUser, m_password})
        connect(edit, &QLineEdit::textChanged, this, &ComputeDialog::validate);
    connect(m_sshKey, &QPlainTextEdit::textChanged, this, &ComputeDialog::validate);
    for (QSpinBox* spin : {m_minNodes, m_maxNodes, m_idle})
        connect(spin, &QSpinBox::valueChanged, this, &ComputeDialog::validate);
    connect(m_vmSize, &QComboBox::currentTextChanged, this, &ComputeDialog::validate);
}

QPushButton* ComputeDialog::okButton() const {
    return m_buttons->button(QDialogButtonBox::Ok);
}

ComputeSpec ComputeDialog::spec() const {
    ComputeSpec spec;
    spec.name = m_name->text().trimmed();
    spec.vmSize = m_vmSize->currentText();
    spec.vmPriority = m_priority->currentIndex() == 1 ? VmPriority::LowPriority : VmPriority::Dedicated;
    spec.minNodes = m_minNodes->value();
    spec.maxNodes = m_maxNodes->value();
    spec.idleSecondsBeforeScaledown = m_idle->value();
    spec.description = m_description->text();
    if (m_showAdvanced->isChecked()) {
        spec.vnetResourceGroup = m_vnetResourceGroup->text().trimmed();
        spec.vnetName = m_vnetName->text().trimmed();
        spec.subnetName = m_subnetName->text().trimmed();
        spec.adminUsername = m_adminUser->text().trimmed();
        spec.adminSshPublicKey = m_sshKey->toPlainText().trimmed();
    }
    return spec;
}

QString ComputeDialog::validationMessage() const {
    return m_message->text();
}

void ComputeDialog::showError(const QString& message) {
    m_message->setText(message);
}

void ComputeDialog::validate() {
    const ComputeSpec s = spec();
    QString message;
    bool quiet = false; // OK stays off, but an untouched empty name is no error to show yet
    if (!m_update) {
        if (const Status name = validateComputeName(s.name); !name) {
            message = name.error().message;
            quiet = s.name.isEmpty() && !m_nameTyped;
        } else if (m_existing.contains(s.name, Qt::CaseInsensitive))
            message =
                tr("A cluster named '%1' already exists in this workspace: choose another name.").arg(s.name);
        else if (const Status spec = validateComputeSpec(s); !spec)
            message = spec.error().message;
    }
    if (message.isEmpty()) {
        if (const Status scale = validateScale(s.minNodes, s.maxNodes, s.idleSecondsBeforeScaledown); !scale)
            message = scale.error().message;
    }
    if (message.isEmpty() && m_showAdvanced->isChecked()) {
        const bool hasSecret = !m_password->text().isEmpty() || !s.adminSshPublicKey.isEmpty();
        const bool anyVnet =
            !s.vnetResourceGroup.isEmpty() || !s.vnetName.isEmpty() || !s.subnetName.isEmpty();
        const bool allVnet =
            !s.vnetResourceGroup.isEmpty() && !s.vnetName.isEmpty() && !s.subnetName.isEmpty();
        if (anyVnet && !allVnet)
            message = tr("A virtual network needs all three: resource group, VNet name and subnet name.");
        else if (hasSecret && s.adminUsername.isEmpty())
            message = tr("Give the admin user name that the password or SSH key belongs to.");
        else if (!s.adminUsername.isEmpty() && !hasSecret)
            message = tr("Give the admin user '%1' a password or an SSH public key.").arg(s.adminUsername);
    }
    m_message->setText(quiet ? QString() : message);
    okButton()->setEnabled(message.isEmpty() && !m_sending);
}

void ComputeDialog::accept() {
    validate();
    if (!okButton()->isEnabled())
        return;
    m_sending = true;
    okButton()->setEnabled(false);
    m_message->setStyleSheet(QString());
    m_message->setText(m_update ? tr("Updating…") : tr("Creating…"));
    const ComputeSpec s = spec();
    auto saved = [this](const Result<ComputeInfo>& result) {
        m_sending = false;
        if (!result) {
            // Stays open with the engine's words; nothing typed is lost.
            showFailure(result.error().message);
            return;
        }
        emit computeSaved(result.value());
        QDialog::accept();
    };
    if (m_update) {
        ScaleSettings scale;
        scale.minNodes = s.minNodes;
        scale.maxNodes = s.maxNodes;
        scale.idleSecondsBeforeScaledown = s.idleSecondsBeforeScaledown;
        whenReady(this, m_engine->updateCompute(m_originalName, scale), saved);
        return;
    }
    if (s.adminUsername.isEmpty()) {
        whenReady(this, m_engine->createCompute(s), saved);
        return;
    }
    // The admin password goes to the keychain first, where the engine reads it for the create
    // call; it never reaches a file, a log or the ComputeSpec.
    const QByteArray password = m_showAdvanced->isChecked() ? m_password->text().toUtf8() : QByteArray();
    whenReady(
        this, SecretKeys::keepComputeAdminPassword(m_engine->secretScope(), s.name, password),
        [this, s, saved](const Status& kept) {
            if (!kept) {
                m_sending = false;
                showFailure(
                    tr("The admin password cannot be kept in the keychain: %1").arg(kept.error().message));
                return;
            }
            whenReady(this, m_engine->createCompute(s), saved);
        });
}

void ComputeDialog::showFailure(const QString& message) {
    m_message->setStyleSheet(messageStyleSheet(Tone::Error));
    m_message->setText(message);
    okButton()->setEnabled(true);
}

} // namespace trainyard::ui
