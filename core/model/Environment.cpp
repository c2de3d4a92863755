#include "core/model/Environment.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>

namespace trainyard {

// The translation context of this file's messages (lupdate reads Q_DECLARE_TR_FUNCTIONS).
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Environment)
};

const QList<std::pair<EnvironmentSource, QString>>& sourceNames() {
    static const QList<std::pair<EnvironmentSource, QString>> names{
        {EnvironmentSource::Python, QStringLiteral("python")},
        {EnvironmentSource::Prefix, QStringLiteral("prefix")},
        {EnvironmentSource::CondaFile, QStringLiteral("conda_file")},
        {EnvironmentSource::PipRequirements, QStringLiteral("pip_requirements")},
        {EnvironmentSource::Image, QStringLiteral("image")}};
    return names;
}
} // namespace

QString toString(EnvironmentSource source) {
    for (const auto& [value, name] : sourceNames()) {
        if (value == source)
            return name;
    }
    return {};
}

std::optional<EnvironmentSource> environmentSourceFromString(const QString& text) {
    for (const auto& [value, name] : sourceNames()) {
        if (name == text)
            return value;
    }
    return std::nullopt;
}

Result<EnvironmentReference> parseEnvironmentReference(const QString& text) {
    QString rest = text.trimmed();
    if (rest.startsWith(QLatin1String("azureml:")))
        rest = rest.mid(8);
    const QStringList parts = rest.split(u':');
    if (parts.size() > 2)
        return Error::invalid(
            Tr::tr("Environment '%1' is not a reference: use NAME or NAME:VERSION.").arg(text),
            QStringLiteral("environment"));
    EnvironmentReference ref{parts.value(0), parts.value(1)};
    if (auto s = validateEnvironmentName(ref.name); !s)
        return s.error();
    if (parts.size() == 2) {
        if (auto s = validateEnvironmentVersion(ref.version); !s)
            return s.error();
    }
    return ref;
}

Status validateEnvironmentName(const QString& name) {
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$"));
    if (pattern.match(name).hasMatch())
        return {};
    return Error::invalid(Tr::tr("Invalid environment name '%1': use 1 to 255 letters, digits, '-', '_' and "
                                 "'.', starting with a letter or digit.")
                              .arg(name),
                          QStringLiteral("name"));
}

Status validateEnvironmentVersion(const QString& version) {
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,49}$"));
    if (pattern.match(version).hasMatch())
        return {};
    return Error::invalid(
        Tr::tr("Invalid environment version '%1': use 1 to 50 letters, digits, '-', '_' and "
               "'.', starting with a letter or digit (for example 1 or 2.0).")
            .arg(version),
        QStringLiteral("version"));
}

Status validateEnvironmentSpec(const EnvironmentSpec& spec) {
    if (auto s = validateEnvironmentName(spec.name); !s)
        return s;
    if (!spec.version.isEmpty()) {
        if (auto s = validateEnvironmentVersion(spec.version); !s)
            return s;
    }
    const bool fromFile = spec.needsBuild();
    if (fromFile ? spec.content.trimmed().isEmpty() : spec.location.trimmed().isEmpty())
        return Error::invalid(
            Tr::tr("Environment '%1' has no %2: give a Python interpreter, a prefix, a conda "
                   "file, a pip requirements file or an image.")
                .arg(spec.name, toString(spec.source)),
            toString(spec.source));
    return {};
}

QString environmentHash(const EnvironmentSpec& spec) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString& part : {toString(spec.source), spec.content, spec.sourceDir}) {
        hash.addData(part.toUtf8());
        hash.addData(QByteArrayView("\0", 1)); // parts cannot run into each other
    }
    return QString::fromLatin1(hash.result().toHex().left(24));
}

QJsonObject toJson(const EnvironmentSpec& spec) {
    QJsonObject json{{QStringLiteral("name"), spec.name},
                     {QStringLiteral("version"), spec.version},
                     {QStringLiteral("description"), spec.description},
                     {QStringLiteral("source"), toString(spec.source)},
                     {QStringLiteral("created_at"), spec.createdAt.toString(Qt::ISODateWithMs)}};
    if (spec.needsBuild()) {
        json.insert(spec.source == EnvironmentSource::CondaFile ? QStringLiteral("conda_file")
                                                                : QStringLiteral("pip_requirements"),
                    spec.content);
        json.insert(QStringLiteral("source_dir"), spec.sourceDir);
        json.insert(QStringLiteral("hash"), environmentHash(spec));
    } else {
        json.insert(spec.source == EnvironmentSource::Image ? QStringLiteral("image") : toString(spec.source),
                    spec.location);
    }
    return json;
}

EnvironmentSpec environmentSpecFromJson(const QJsonObject& json) {
    EnvironmentSpec spec;
    spec.name = json.value(QStringLiteral("name")).toString();
    spec.version = json.value(QStringLiteral("version")).toString();
    spec.description = json.value(QStringLiteral("description")).toString();
    spec.source = environmentSourceFromString(json.value(QStringLiteral("source")).toString())
                      .value_or(EnvironmentSource::Python);
    spec.createdAt =
        QDateTime::fromString(json.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
    if (spec.needsBuild()) {
        spec.content = json.value(toString(spec.source)).toString();
        spec.sourceDir = json.value(QStringLiteral("source_dir")).toString();
    } else {
        spec.location = json.value(toString(spec.source)).toString();
    }
    return spec;
}

} // namespace trainyard
