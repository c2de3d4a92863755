// The device code sign-in dialog (offscreen) against a loopback Entra ID token endpoint: it shows
// the code and the URL, copies the code, signs in through core's AzureCredential polling in the
// background, stops polling on Cancel, and shows a declined sign-in as an error.
#include "EntraDeviceCodeServer.h"
#include "core/azureml/AzureCredential.h"
#include "core/azureml/AzureHttpClient.h"
#include "ui/azure/AzureSignInDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace trainyard;
using namespace trainyard::azureml;
using namespace trainyard::ui;
using trainyard::test::EntraDeviceCodeServer;

namespace {

// A credential of its own account (the keychain cache is per account) at the loopback authority.
struct Credential {
    AzureCloud cloud;
    std::unique_ptr<AzureHttpClient> http;
    std::unique_ptr<AzureCredential> credential;

    explicit Credential(const QUrl& authority) {
        auto c = AzureCloud::fromConfig(
            {{QStringLiteral("authority"), authority.toString()},
             {QStringLiteral("tenant_id"), QStringLiteral("contoso.onmicrosoft.com")},
             {QStringLiteral("account"), QUuid::createUuid().toString(QUuid::WithoutBraces)}});
        if (!c)
            qFatal("%s", qPrintable(c.error().message));
        cloud = c.value();
        http = std::make_unique<AzureHttpClient>(
            [this](bool refresh, TokenCallback done) { credential->token(refresh, std::move(done)); });
        credential = std::make_unique<AzureCredential>(cloud, http.get());
    }
};

} // namespace

class TestAzureSignInDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { qunsetenv("TRAINYARD_AZURE_ACCESS_TOKEN"); }

    void showsTheCodeCopiesItAndSignsIn() {
        EntraDeviceCodeServer entra;
        entra.pending = 2;
        QVERIFY(entra.server.listen());
        Credential c(entra.server.baseUrl());
        AzureSignInDialog dialog(c.credential.get());
        QSignalSpy signedIn(&dialog, &AzureSignInDialog::signedIn);
        dialog.show();
        dialog.start();
        auto* code = dialog.findChild<QLabel*>(QStringLiteral("userCode"));
        auto* link = dialog.findChild<QLabel*>(QStringLiteral("verificationLink"));
        auto* copy = dialog.findChild<QPushButton*>(QStringLiteral("copyCode"));
        QVERIFY(code && link && copy);
        QVERIFY(!copy->isEnabled()); // nothing to copy before Entra ID answers
        QTRY_COMPARE(code->text(), QStringLiteral("GHK7QW2ZP"));
        QVERIFY(link->openExternalLinks());
        QVERIFY2(link->text().contains(QLatin1String("href=\"https://microsoft.com/devicelogin\"")),
                 qPrintable(link->text()));
        QVERIFY(copy->isEnabled());
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("GHK7QW2ZP"));
        // Still open while Entra ID says authorization_pending; accepted once a token is issued.
        QVERIFY(dialog.isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 15000);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(entra.polls, 3);
        // The credential now hands out the token it got, without asking again.
        std::optional<Result<QString>> token;
        c.credential->token(false, [&](const Result<QString>& t) { token = t; });
        QTRY_VERIFY(token.has_value());
        QVERIFY(token->ok());
        QCOMPARE(token->value(), QStringLiteral("ui-access-token"));
        QCOMPARE(c.credential->origin(), QStringLiteral("device code"));
    }

    void cancelStopsPolling() {
        EntraDeviceCodeServer entra;
        entra.pending = 1000;
        QVERIFY(entra.server.listen());
        Credential c(entra.server.baseUrl());
        AzureSignInDialog dialog(c.credential.get());
        QSignalSpy signedIn(&dialog, &AzureSignInDialog::signedIn);
        dialog.show();
        dialog.start();
        QTRY_COMPARE(dialog.userCode(), QStringLiteral("GHK7QW2ZP"));
        QTRY_VERIFY(entra.polls >= 1);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("cancelSignIn")), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.isVisible());
        // At most the poll already scheduled runs, then none (interval 1 s).
        const int pollsAtCancel = entra.polls;
        QTest::qWait(3000);
        QVERIFY2(entra.polls <= pollsAtCancel + 1, qPrintable(QString::number(entra.polls)));
        QCOMPARE(signedIn.size(), 0);
    }

    void declinedSignInIsShown() {
        EntraDeviceCodeServer entra;
        entra.pending = 0;
        entra.outcome = QStringLiteral("authorization_declined");
        QVERIFY(entra.server.listen());
        Credential c(entra.server.baseUrl());
        AzureSignInDialog dialog(c.credential.get());
        QList<Error> failed;
        connect(&dialog, &AzureSignInDialog::failed, this, [&](const Error& e) { failed << e; });
        dialog.show();
        dialog.start();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 15000);
        QCOMPARE(failed.first().kind, ErrorKind::Unauthorized);
        auto* status = dialog.findChild<QLabel*>(QStringLiteral("signInStatus"));
        QVERIFY2(status->text().contains(QLatin1String("declined")), qPrintable(status->text()));
        QVERIFY(dialog.isVisible()); // the user reads why, then closes it
        QCOMPARE(dialog.findChild<QPushButton*>(QStringLiteral("cancelSignIn"))->text(),
                 QStringLiteral("Close"));
    }
};

QTEST_MAIN(TestAzureSignInDialog)
#include "tst_azure_sign_in_dialog.moc"
