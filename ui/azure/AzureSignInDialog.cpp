#include "ui/azure/AzureSignInDialog.h"

#include "core/engine/SignIn.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace trainyard::ui {

AzureSignInDialog::AzureSignInDialog(SignIn* signIn, QWidget* parent)
    : QDialog(parent)
    , m_credential(signIn)
    , m_intro(new QLabel(tr("Asking Microsoft Entra ID for a sign-in code…")))
    , m_codeLabel(new QLabel)
    , m_copy(new QPushButton(tr("Copy code")))
    , m_link(new QLabel)
    , m_status(new QLabel)
    , m_cancel(new QPushButton(tr("Cancel"))) {
    setWindowTitle(tr("Sign in to Azure"));
    m_intro->setWordWrap(true);
    m_codeLabel->setObjectName(QStringLiteral("userCode"));
    m_codeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_codeLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    big.setFamily(QStringLiteral("monospace"));
    m_codeLabel->setFont(big);
    m_copy->setObjectName(QStringLiteral("copyCode"));
    m_copy->setEnabled(false);
    m_link->setObjectName(QStringLiteral("verificationLink"));
    // The browser opens through Qt's link handling (QDesktopServices), not through a file or socket.
    m_link->setOpenExternalLinks(true);
    m_link->setTextFormat(Qt::RichText);
    m_status->setObjectName(QStringLiteral("signInStatus"));
    m_status->setWordWrap(true);
    m_cancel->setObjectName(QStringLiteral("cancelSignIn"));

    auto* codeRow = new QHBoxLayout;
    codeRow->addWidget(m_codeLabel, 1);
    codeRow->addWidget(m_copy);
    auto* buttons = new QDialogButtonBox;
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(codeRow);
    layout->addWidget(m_link);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_code);
        m_status->setText(tr("Code copied. Paste it on the sign-in page."));
    });
    connect(m_cancel, &QPushButton::clicked, this, &AzureSignInDialog::cancel);
    resize(480, 240);
}

AzureSignInDialog::~AzureSignInDialog() {
    // Closing the window is a cancel too: the polling must not outlive the dialog.
    if (m_polling && m_credential)
        m_credential->cancelDeviceCode();
}

void AzureSignInDialog::start() {
    m_polling = true;
    QPointer<AzureSignInDialog> self(this);
    // The credential calls back on its own (the engine's) thread: hop to the dialog's.
    m_credential->startDeviceCode(
        [self](const DeviceCodePrompt& p) {
            if (self)
                QMetaObject::invokeMethod(self, [self, p] {
                    if (self)
                        self->showPrompt(p.userCode, p.verificationUri, p.expiresInSeconds);
                });
        },
        [self](const Status& status) {
            if (self)
                QMetaObject::invokeMethod(self, [self, status] {
                    if (self)
                        self->finish(status);
                });
        });
}

void AzureSignInDialog::showPrompt(const QString& code, const QString& uri, int expiresInSeconds) {
    m_code = code;
    m_uri = uri;
    m_intro->setText(tr("Open the page below in a browser and enter this code:"));
    m_codeLabel->setText(code);
    m_copy->setEnabled(true);
    m_link->setText(QStringLiteral("<a href=\"%1\">%2</a>").arg(uri.toHtmlEscaped(), uri.toHtmlEscaped()));
    m_status->setText(tr("Waiting for the sign-in to finish in the browser (the code is valid for %n "
                         "minute(s))…",
                         nullptr, qMax(1, expiresInSeconds / 60)));
}

void AzureSignInDialog::finish(const Status& status) {
    m_polling = false;
    if (status) {
        emit signedIn();
        accept();
        return;
    }
    if (status.error().kind == ErrorKind::Canceled)
        return; // the dialog is already closed
    m_status->setText(tr("Sign-in failed: %1").arg(status.error().message));
    m_copy->setEnabled(false);
    m_cancel->setText(tr("Close"));
    emit failed(status.error());
}

void AzureSignInDialog::cancel() {
    if (m_polling)
        m_credential->cancelDeviceCode();
    m_polling = false;
    reject();
}

} // namespace trainyard::ui
