// The device code sign-in dialog (offscreen) against a loopback Entra ID token endpoint: it shows
// the code and the URL, copies the code, signs in through core's AzureCredential polling in the
// background, stops polling on Cancel, and shows a declined sign-in as an error.
#include "core/azureml/AzureCredential.h"
#include "core/azureml/AzureHttpClient.h"
#include "tests/integration/azureml/support/EntraServer.h"
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
using trainyard::test::EntraServer;

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

// A shown sign-in dialog that has started the device code flow against a loopback Entra ID
// answering authorization_pending `pending` times, then a token or the error `outcome`.
struct DialogOnFakeEntra {
    EntraServer entra;
    std::unique_ptr<Credential> c;
    std::unique_ptr<AzureSignInDialog> dialog;

    explicit DialogOnFakeEntra(int pending, const QString& outcome = {}) {
        entra.pendingPolls = pending;
        entra.deviceOutcome = outcome;
        if (!entra.server.listen())
            qFatal("the loopback Entra ID cannot listen");
        c = std::make_unique<Credential>(entra.server.baseUrl());
        dialog = std::make_unique<AzureSignInDialog>(c->credential.get());
    }
    void start() {
        dialog->show();
        dialog->start();
    }
};

const QString kUserCode = QLatin1String(EntraServer::kUserCode);

} // namespace

class TestAzureSignInDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { qunsetenv("TRAINYARD_AZURE_ACCESS_TOKEN"); }

    void showsTheCodeCopiesItAndSignsIn() {
        DialogOnFakeEntra s(2);
        AzureSignInDialog& dialog = *s.dialog;
        QSignalSpy signedIn(&dialog, &AzureSignInDialog::signedIn);
        s.start();
        auto* code = dialog.findChild<QLabel*>(QStringLiteral("userCode"));
        auto* link = dialog.findChild<QLabel*>(QStringLiteral("verificationLink"));
        auto* copy = dialog.findChild<QPushButton*>(QStringLiteral("copyCode"));
        QVERIFY(code && link && copy);
        QVERIFY(!copy->isEnabled()); // nothing to copy before Entra ID answers
        QTRY_COMPARE(code->text(), kUserCode);
        QVERIFY(link->openExternalLinks());
        QVERIFY2(link->text().contains(QLatin1String("href=\"https://microsoft.com/devicelogin\"")),
                 qPrintable(link->text()));
        QVERIFY(copy->isEnabled());
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), kUserCode);
        // Still open while Entra ID says authorization_pending; accepted once a token is issued.
        QVERIFY(dialog.isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 15000);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(s.entra.polls, 3);
        // The credential now hands out the token it got, without asking again.
        std::optional<Result<QString>> token;
        s.c->credential->token(false, [&](const Result<QString>& t) { token = t; });
        QTRY_VERIFY(token.has_value());
        QVERIFY(token->ok());
        QCOMPARE(token->value(), QStringLiteral("access-1"));
        QCOMPARE(s.c->credential->origin(), QStringLiteral("device code"));
    }

    void cancelStopsPolling() {
        DialogOnFakeEntra s(1000);
        AzureSignInDialog& dialog = *s.dialog;
        QSignalSpy signedIn(&dialog, &AzureSignInDialog::signedIn);
        s.start();
        QTRY_COMPARE(dialog.userCode(), kUserCode);
        QTRY_VERIFY(s.entra.polls >= 1);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("cancelSignIn")), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.isVisible());
        // At most the poll already scheduled runs, then none (interval 1 s).
        const int pollsAtCancel = s.entra.polls;
        QTest::qWait(3000);
        QVERIFY2(s.entra.polls <= pollsAtCancel + 1, qPrintable(QString::number(s.entra.polls)));
        QCOMPARE(signedIn.size(), 0);
    }

    void declinedSignInIsShown() {
        DialogOnFakeEntra s(0, QStringLiteral("authorization_declined"));
        AzureSignInDialog& dialog = *s.dialog;
        QList<Error> failed;
        connect(&dialog, &AzureSignInDialog::failed, this, [&](const Error& e) { failed << e; });
        s.start();
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
