#pragma once

#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

namespace trainyard::test {

// Azurite's blob service (npm package azurite, .ci/deps/azureml.npm), started on 127.0.0.1 in a
// temporary folder and stopped by its PID when this object goes, also when a test fails.
class AzuriteProcess {
public:
    // Azurite's well-known development account (documented by Microsoft for the emulator).
    static constexpr const char* kAccount = "devstoreaccount1";
    static constexpr const char* kKeyBase64 =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    AzuriteProcess() = default;
    ~AzuriteProcess();
    // Empty on success, else why it could not start.
    QString start();
    QUrl accountUrl() const; // http://127.0.0.1:<port>/devstoreaccount1
    qint64 pid() const { return m_process.processId(); }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace trainyard::test
