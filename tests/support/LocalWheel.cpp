#include "LocalWheel.h"

#include <QDir>
#include <QFile>
#include <QProcess>

namespace trainyard::test {

// A wheel is a zip with the module and a .dist-info folder (PEP 427); Python's zipfile writes it.
static const char* kWheelWriter = R"(
import sys, zipfile, hashlib, base64
folder, name, version, source = sys.argv[1:5]
info = f"{name}-{version}.dist-info"
files = {
    f"{name}.py": source.encode(),
    f"{info}/METADATA": f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n".encode(),
    f"{info}/WHEEL": b"Wheel-Version: 1.0\nGenerator: trainyard-test\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
}
record = []
for path, data in files.items():
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    record.append(f"{path},sha256={digest},{len(data)}")
record.append(f"{info}/RECORD,,")
files[f"{info}/RECORD"] = ("\n".join(record) + "\n").encode()
wheel = f"{folder}/{name}-{version}-py3-none-any.whl"
with zipfile.ZipFile(wheel, "w") as z:
    for path, data in files.items():
        z.writestr(path, data)
print(wheel)
)";

QString makeWheel(const QString& folder, const QString& name, const QString& version,
                  const QString& moduleSource) {
    QDir().mkpath(folder);
    QProcess python;
    python.start(QStringLiteral("python3"), {QStringLiteral("-c"), QString::fromUtf8(kWheelWriter), folder,
                                             name, version, moduleSource});
    if (!python.waitForFinished(30000) || python.exitCode() != 0)
        return {};
    return QString::fromUtf8(python.readAllStandardOutput()).trimmed();
}

QString writeOfflineRequirements(const QString& folder, const QString& name, const QString& version) {
    QDir().mkpath(folder);
    const QString path = folder + QStringLiteral("/requirements.txt");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QStringLiteral("--no-index\n--find-links ./wheels\n%1==%2\n").arg(name, version).toUtf8());
    return path;
}

EnvironmentSpec pipEnvironment(const QString& name, const QString& requirements) {
    EnvironmentSpec spec;
    spec.name = name;
    spec.source = EnvironmentSource::PipRequirements;
    spec.location = requirements;
    return spec;
}

} // namespace trainyard::test
