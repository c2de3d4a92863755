#include "core/azureml/EnvironmentArm.h"

#include <QCoreApplication>

namespace trainyard::azureml {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AzureMlEngine)
};

// A pip requirements file as the conda file Azure ML builds: its lines under `pip:`.
QString condaFromPip(const EnvironmentSpec& spec) {
    QString yaml = QStringLiteral("name: %1\ndependencies:\n  - python\n  - pip\n  - pip:\n").arg(spec.name);
    for (const QString& raw : spec.content.split(u'\n')) {
        const QString line = raw.trimmed();
        if (!line.isEmpty() && !line.startsWith(u'#'))
            yaml += QStringLiteral("    - %1\n").arg(line);
    }
    return yaml;
}
} // namespace

Result<QJsonObject> environmentVersionBody(const EnvironmentSpec& spec) {
    QJsonObject properties{{QStringLiteral("description"), spec.description},
                           {QStringLiteral("isAnonymous"), false}};
    switch (spec.source) {
    case EnvironmentSource::Image:
        properties.insert(QStringLiteral("image"), spec.location);
        break;
    case EnvironmentSource::CondaFile:
    case EnvironmentSource::PipRequirements:
        properties.insert(QStringLiteral("image"), QLatin1String(kDefaultBaseImage));
        properties.insert(QStringLiteral("condaFile"),
                          spec.source == EnvironmentSource::CondaFile ? spec.content : condaFromPip(spec));
        break;
    case EnvironmentSource::Python:
    case EnvironmentSource::Prefix:
        return Error::invalid(
            Tr::tr("Azure ML runs in containers: an interpreter or prefix on this machine (%1) "
                   "cannot be an environment there. Use --image, --conda-file or "
                   "--pip-requirements.")
                .arg(spec.location),
            toString(spec.source));
    }
    return QJsonObject{{QStringLiteral("properties"), properties}};
}

EnvironmentSpec environmentFromArm(const QJsonObject& resource, const QString& name) {
    const QJsonObject p = resource.value(QStringLiteral("properties")).toObject();
    EnvironmentSpec spec;
    // id: .../environments/{name}/versions/{version}
    const QStringList id = resource.value(QStringLiteral("id")).toString().split(u'/');
    const qsizetype at = id.lastIndexOf(QStringLiteral("environments"));
    spec.name = at >= 0 && at + 1 < id.size() ? id.at(at + 1) : name;
    spec.version = resource.value(QStringLiteral("name")).toString();
    spec.description = p.value(QStringLiteral("description")).toString();
    spec.createdAt = QDateTime::fromString(
        resource.value(QStringLiteral("systemData")).toObject().value(QStringLiteral("createdAt")).toString(),
        Qt::ISODateWithMs);
    const QString conda = p.value(QStringLiteral("condaFile")).toString();
    if (!conda.isEmpty()) {
        spec.source = EnvironmentSource::CondaFile;
        spec.content = conda;
    } else {
        spec.source = EnvironmentSource::Image;
        spec.location = p.value(QStringLiteral("image")).toString();
    }
    return spec;
}

QString environmentIdForJob(const QString& reference) {
    const QString bare = reference.startsWith(QLatin1String("azureml:")) ? reference.mid(8) : reference;
    // No version: Azure ML's "name@latest".
    return QStringLiteral("azureml:") + (bare.contains(u':') ? bare : bare + QStringLiteral("@latest"));
}

VmSize vmSizeFromArm(const QJsonObject& size) {
    VmSize s;
    s.name = size.value(QStringLiteral("name")).toString();
    s.family = size.value(QStringLiteral("family")).toString();
    s.vCPUs = size.value(QStringLiteral("vCPUs")).toInt();
    s.memoryGB = size.value(QStringLiteral("memoryGB")).toDouble();
    s.gpus = size.value(QStringLiteral("gpus")).toInt();
    s.lowPriorityCapable = size.value(QStringLiteral("lowPriorityCapable")).toBool();
    return s;
}

} // namespace trainyard::azureml
