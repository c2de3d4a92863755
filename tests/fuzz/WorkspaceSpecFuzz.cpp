#include "core/engine/ClusterBounds.h"
#include "core/engine/DatastoreArguments.h"
#include "core/engine/RankPlan.h"
#include "core/local/AgentOptions.h"
#include "core/model/ModelJson.h"
#include "core/util/JsonFile.h"
#include "core/workspace/WorkspaceConfig.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace trainyard;

namespace {
void check(bool ok, const char* what) {
    if (!ok) {
        std::fprintf(stderr, "workspace/spec fuzz invariant broken: %s\n", what);
        std::abort();
    }
}

// The input as a local workspace's workspace.json: read as the engine reads it, then the agent's
// settings from it. Accepted settings are inside their ranges; a refusal names its key.
void asWorkspaceJson(const QByteArray& bytes) {
    static QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("workspace.json"));
    {
        QFile f(file);
        check(f.open(QIODevice::WriteOnly | QIODevice::Truncate), "cannot write the scratch file");
        f.write(bytes);
    }
    const auto config = loadWorkspaceConfig(dir.path());
    if (!config) {
        check(!config.error().message.isEmpty(), "a refused workspace.json without a message");
        return;
    }
    check(QStringList{QStringLiteral("local"), QStringLiteral("slurm"), QStringLiteral("azureml")}.contains(
              config->engine),
          "an unknown engine accepted");
    const QJsonValue format = config->raw.value(QStringLiteral("format"));
    check(format.isUndefined() || format == QJsonValue(kWorkspaceFormat), "an unknown format accepted");
    const auto options = local::AgentOptions::fromWorkspaceJson(config->raw);
    if (!options) {
        check(options.error().field.startsWith(QLatin1String("local")), "an option error without its key");
        return;
    }
    check(options->tickMs >= 10, "a tick that spins the agent");
    check(options->nodePrepareMs >= 0 && options->nodeLeaveMs >= 0, "a negative node timing");
    check(options->cancelGraceSeconds >= 0 && options->idleExitSeconds >= 1, "a negative agent timing");
    check(!options->python.trimmed().isEmpty(), "no python");
}

// The input as a rank's spec.json: reading never crashes and what is read writes back the same.
void asSpecJson(const QJsonObject& json) {
    const RankSpec spec = rankSpecFromJson(json);
    const QJsonObject written = toJson(spec);
    check(toJson(rankSpecFromJson(written)) == written, "spec.json does not read back");
}

// The input as a run's stored configuration: what validates is within every bound the engines
// rely on, and its datastore references never leave the datastore.
void asRunConfig(const QJsonObject& json) {
    const RunConfig config = runConfigFromJson(json);
    if (!validateRunConfig(config))
        return;
    check(config.experiment.size() <= kMaxExperimentNameLength, "an experiment name too long for a folder");
    check(config.nodeCount >= 1 && config.nodeCount <= 10000, "node_count out of bounds");
    check(config.distribution.processCountPerNode >= 1 && config.distribution.processCountPerNode <= 1024,
          "process_count_per_node out of bounds");
    checkRunBounds(localClusterBounds(), config);
    const QString root = QStringLiteral("/nonexistent-ws/datastores/workspaceblobstore");
    const auto arguments = mountDatastoreReferences(config.arguments, root);
    if (arguments) {
        check(arguments->size() == config.arguments.size(), "arguments lost");
        for (int i = 0; i < arguments->size(); ++i) {
            if (config.arguments.at(i).contains(QLatin1String("{datastore:")) &&
                arguments->at(i) != config.arguments.at(i))
                check(arguments->at(i).contains(root),
                      "a datastore reference resolved outside the datastore");
        }
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    asWorkspaceJson(bytes);
    const auto json = parseJsonObject(bytes, QStringLiteral("fuzz.json"));
    if (!json)
        return 0;
    asSpecJson(json.value());
    asRunConfig(json.value());
    return 0;
}
