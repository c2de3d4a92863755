#pragma once

#include "core/util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace trainyard {

// Azure ML's Environment: the interpreter and packages a run gets. Exactly one source:
//   python            an interpreter as it is (Environment.python.interpreter_path, user_managed)
//   prefix            an existing venv or conda prefix (its bin/python)
//   conda_file        a conda specification (Environment.from_conda_specification)
//   pip_requirements  a requirements file (Environment.from_pip_requirements)
//   image             a container image (Environment.docker.base_image)
// A pip or conda spec is kept by content (the file is read at create time), so a version never
// changes under a run; engines that build it cache the result by environmentHash().
enum class EnvironmentSource { Python, Prefix, CondaFile, PipRequirements, Image };
QString
toString(EnvironmentSource source); // "python" | "prefix" | "conda_file" | "pip_requirements" | "image"
std::optional<EnvironmentSource> environmentSourceFromString(const QString& text);

struct EnvironmentSpec {
    QString name;
    QString version; // "1", "2", ...; empty at create: the next whole number
    QString description;
    EnvironmentSource source = EnvironmentSource::Python;
    QString location;  // python: the interpreter; prefix: the folder; image: the image reference
    QString content;   // conda_file, pip_requirements: the file's text
    QString sourceDir; // where the file was: relative paths in it (--find-links ./wheels) start here
    QDateTime createdAt;

    QString reference() const { return name + u':' + version; } // "name:version"
    bool needsBuild() const {
        return source == EnvironmentSource::CondaFile || source == EnvironmentSource::PipRequirements;
    }
};

// "name", "name:version" or Azure ML's "azureml:name:version"; an empty version means the latest.
struct EnvironmentReference {
    QString name;
    QString version;
};
Result<EnvironmentReference> parseEnvironmentReference(const QString& text);

// Azure ML's asset rules: names 1-255 letters, digits, '-', '_', '.', starting with a letter or digit;
// versions 1-50 of the same characters. The messages name the value and what is allowed.
Status validateEnvironmentName(const QString& name);
Status validateEnvironmentVersion(const QString& version);
Status validateEnvironmentSpec(const EnvironmentSpec& spec);

// The cache key of a built environment: what it is made of (source, text, base folder), not its
// name, so two versions with one requirements file share one build.
QString environmentHash(const EnvironmentSpec& spec);

QJsonObject toJson(const EnvironmentSpec& spec);
EnvironmentSpec environmentSpecFromJson(const QJsonObject& json);

} // namespace trainyard
