// AzureMlEngine's clusters (AmlCompute): list, get, create (with the admin password from the
// keychain), scale, delete and their nodes. The rest of the engine is in AzureMlEngine.cpp.
#include "core/azureml/AzureMlEngine.h"

#include "core/azureml/ArmJson.h"
#include "core/azureml/ArmSpec.h"
#include "core/azureml/AzureHttpClient.h"
#include "core/secrets/SecretKeys.h"
#include "core/secrets/SecretStore.h"
#include "core/util/Promise.h"

#include <QCoreApplication>

namespace trainyard::azureml {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AzureMlEngine)
};
} // namespace

// ---- compute ------------------------------------------------------------------------------

QFuture<Result<QList<ComputeInfo>>> AzureMlEngine::listComputes() {
    Promise<Result<QList<ComputeInfo>>> done;
    m_http->getAll(armUrl(workspacePath() + QStringLiteral("/computes")), Tr::tr("List computes"), this,
                   [done](const Result<QJsonArray>& r) {
                       if (!r) {
                           done(r.error());
                           return;
                       }
                       QList<ComputeInfo> out;
                       for (const QJsonValue& v : r.value())
                           out << computeFromArm(v.toObject());
                       done(out);
                   });
    return done.future();
}

QFuture<Result<ComputeInfo>> AzureMlEngine::getCompute(const QString& name) {
    Promise<Result<ComputeInfo>> done;
    if (auto s = validateComputeName(name); !s) {
        done(s.error());
        return done.future();
    }
    m_http->send(spec("GET", armUrl(workspacePath() + QStringLiteral("/computes/") + name),
                      Tr::tr("Get compute '%1'").arg(name)),
                 this, [done](const AzureResponse& r) {
                     if (!r.ok())
                         done(*r.error);
                     else
                         done(computeFromArm(r.json()));
                 });
    return done.future();
}

void AzureMlEngine::computeAfterWrite(const QString& name, const AzureResponse& r,
                                      std::function<void(const Result<ComputeInfo>&)> done) {
    if (!r.ok()) {
        done(*r.error);
        return;
    }
    // After the operation the resource is read again (ARM RPC: the final state is a GET away).
    getCompute(name).then(this, [done](const Result<ComputeInfo>& c) { done(c); });
}

QFuture<Result<ComputeInfo>> AzureMlEngine::createCompute(const ComputeSpec& specIn) {
    Promise<Result<ComputeInfo>> done;
    if (auto s = validateComputeSpec(specIn); !s) {
        done(s.error());
        return done.future();
    }
    ComputeSpec spec = specIn;
    if (!spec.subnetName.isEmpty() && spec.vnetResourceGroup.isEmpty())
        spec.vnetResourceGroup = m_config.resourceGroup;
    if (!spec.subnetName.isEmpty() && spec.vnetName.isEmpty()) {
        done(Error::invalid(
            Tr::tr("subnet_name needs vnet_name (and vnet_resourcegroup_name if the network is in "
                   "another resource group)."),
            QStringLiteral("vnet_name")));
        return done.future();
    }
    // The workspace's location (the compute's) and the admin password (keychain) first.
    auto withLocation = [this, spec, done](const QString& location) {
        SecretStore::instance()
            .read(SecretKeys::computeAdminPassword(secretScope(), spec.name))
            .then(this, [this, spec, location, done](const Result<QByteArray>& password) {
                ComputeRequest request;
                request.location = location;
                request.subscriptionId = m_config.subscriptionId;
                if (password)
                    request.adminPassword = QString::fromUtf8(password.value());
                auto s = azureml::spec(
                    "PUT", armUrl(workspacePath() + QStringLiteral("/computes/") + spec.name),
                    Tr::tr("Create compute '%1'").arg(spec.name), computeCreateBody(spec, request));
                m_http->sendLongRunning(s, this, {}, [this, name = spec.name, done](const AzureResponse& r) {
                    computeAfterWrite(name, r, done);
                });
            });
    };
    const QString configured = m_config.raw.value(QLatin1String("location")).toString();
    if (!configured.isEmpty()) {
        withLocation(configured);
    } else if (!m_workspace.isEmpty()) {
        withLocation(m_workspace.value(QLatin1String("location")).toString());
    } else {
        getWorkspace().then(this, [withLocation, done](const Result<QJsonObject>& ws) {
            if (!ws)
                done(ws.error());
            else
                withLocation(ws.value().value(QLatin1String("location")).toString());
        });
    }
    return done.future();
}

QFuture<Result<ComputeInfo>> AzureMlEngine::updateCompute(const QString& name, const ScaleSettings& scale) {
    Promise<Result<ComputeInfo>> done;
    getCompute(name).then(this, [this, name, scale, done](const Result<ComputeInfo>& current) {
        if (!current) {
            done(current.error());
            return;
        }
        const ComputeSpec& c = current->spec;
        const int minNodes = scale.minNodes.value_or(c.minNodes);
        const int maxNodes = scale.maxNodes.value_or(c.maxNodes);
        const int idle = scale.idleSecondsBeforeScaledown.value_or(c.idleSecondsBeforeScaledown);
        if (auto s = validateScale(minNodes, maxNodes, idle); !s) {
            done(s.error());
            return;
        }
        // Compute_Update: PATCH with only scaleSettings (docs/architecture.md "ARM operations").
        m_http->sendLongRunning(
            spec("PATCH", armUrl(workspacePath() + QStringLiteral("/computes/") + name),
                 Tr::tr("Update compute '%1'").arg(name), computeScaleBody(minNodes, maxNodes, idle)),
            this, {}, [this, name, done](const AzureResponse& r) { computeAfterWrite(name, r, done); });
    });
    return done.future();
}

QFuture<Status> AzureMlEngine::deleteCompute(const QString& name) {
    Promise<Status> done;
    if (auto s = validateComputeName(name); !s) {
        done(s);
        return done.future();
    }
    // underlyingResourceAction is required (docs/architecture.md "ARM operations"): Delete removes the
    // cluster.
    m_http->sendLongRunning(spec("DELETE",
                                 armUrl(workspacePath() + QStringLiteral("/computes/") + name,
                                        QStringLiteral("underlyingResourceAction=Delete")),
                                 Tr::tr("Delete compute '%1'").arg(name)),
                            this, {},
                            [done](const AzureResponse& r) { done(r.ok() ? Status() : Status(*r.error)); });
    return done.future();
}

QFuture<Result<QList<ComputeNode>>> AzureMlEngine::listNodes(const QString& name) {
    Promise<Result<QList<ComputeNode>>> done;
    m_http->send(
        spec("POST",
             armUrl(workspacePath() + QStringLiteral("/computes/") + name + QStringLiteral("/listNodes")),
             Tr::tr("List nodes of compute '%1'").arg(name)),
        this, [done](const AzureResponse& r) {
            if (!r.ok()) {
                done(*r.error);
                return;
            }
            QList<ComputeNode> nodes;
            for (const QJsonValue& v : r.json().value(QLatin1String("nodes")).toArray())
                nodes << nodeFromArm(v.toObject());
            done(nodes);
        });
    return done.future();
}

} // namespace trainyard::azureml
