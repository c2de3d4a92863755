#pragma once

#include "core/util/Result.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;

namespace trainyard {
class SignIn;

namespace ui {

// Sign-in to Azure with the device code flow (docs/architecture.md "Tokens"): shows the
// code and the verification URL Entra ID gives, with a button that copies the code and a link
// that opens the URL, while the engine's SignIn (core's AzureCredential) polls the token endpoint in the
// background. Accepted once a token is issued; Cancel stops the polling.
class AzureSignInDialog : public QDialog {
    Q_OBJECT
public:
    explicit AzureSignInDialog(SignIn* signIn, QWidget* parent = nullptr);
    ~AzureSignInDialog() override;

    // Asks Entra ID for a code; the dialog shows it when it arrives. Called by exec()/open() users.
    void start();
    QString userCode() const { return m_code; }
    QString verificationUri() const { return m_uri; }

signals:
    void signedIn();
    void failed(const trainyard::Error& error);

private:
    void showPrompt(const QString& code, const QString& uri, int expiresInSeconds);
    void finish(const Status& status);
    void cancel();

    QPointer<SignIn> m_credential;
    QLabel* m_intro;
    QLabel* m_codeLabel;
    QPushButton* m_copy;
    QLabel* m_link;
    QLabel* m_status;
    QPushButton* m_cancel;
    QString m_code;
    QString m_uri;
    bool m_polling = false;
};

} // namespace ui
} // namespace trainyard
